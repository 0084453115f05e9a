/**
 * The one walkthrough island: renders any workflow machine from its snapshot, `can()` and the
 * workflow's wording. It shows what the machine allows and records what the user chose; it never
 * decides what to recommend.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { AnyStateMachine } from 'xstate';
import type { WorkflowId } from '@/machines/workflow-pages';
import type { AnswerData, StepMeta, WorkflowOutput } from '@/machines/workflow-types';
import { walkthroughRecap } from '@/lib/walkthrough-recap';
import { type PackedWorkflow, unpackWorkflow } from '@/lib/packed-wording';
import { useWalkthrough } from './use-walkthrough';
import { StepView } from './StepView';
import { SourcesPanel } from '../citations/CitationLinks';
import { PathSoFar } from './PathSoFar';
import { RedFlagExit } from './RedFlagExit';
import { StartPoints } from './StartPoints';
import { isStartEvent } from '@/machines/start-points';
import { handoverHref } from '@/lib/walkthrough-pages';
import { onDemand } from './on-demand';
import { OnDemandPanel } from './OnDemandPanel';

/**
 * Panels not every visit shows, loaded when first shown (and in an idle moment after the page is ready):
 * the case summary, the notices a start can raise, and a step's timer.
 */
const caseSummaryModule = onDemand(() => import('./CaseSummary'));
const startNoticesModule = onDemand(() => import('./StartNotices'));
const stepTimerModule = onDemand(() => import('./StepTimer'));

export interface WalkthroughIslandProps {
	workflowId: WorkflowId;
	/** This workflow's wording, packed (each cited reference once; src/lib/packed-wording.ts). */
	workflow: PackedWorkflow;
	/** Titles of every workflow, to name the one that handed over. */
	workflowTitles: Record<string, string>;
	/** Content version, printed on the case summary. */
	contentVersion: string;
	/** The topic page with the background to these steps, linked from "Why / sources". */
	topic: { href: string; title: string };
	/** Element ids of the flowchart and the text outline below the walkthrough. */
	diagramIds: { flowchart: string; outline: string };
	/** Opens another page (the hand-over after the red-flag exit); tests pass their own. */
	navigate?: (href: string) => void;
}

const openPage = (href: string) => window.location.assign(href);

/** A link to an element on the page, or the same words as plain text where the line only keeps its room. */
const link = (active: boolean, targetId: string, text: string) => (active ? <a href={`#${targetId}`}>{text}</a> : <span>{text}</span>);

/**
 * The page's own workflow machine: each walkthrough page's island entry (PlphWalkthrough.tsx and its
 * siblings) passes its one machine, so a page never builds the other workflows' machines.
 */
export interface WorkflowMachine {
	machine: AnyStateMachine;
	machineVersion: number;
}

export default function WalkthroughIsland({
	workflowId,
	workflow: packedWorkflow,
	workflowTitles,
	contentVersion,
	topic,
	diagramIds,
	navigate = openPage,
	machine,
	machineVersion,
}: WalkthroughIslandProps & WorkflowMachine) {
	const workflow = useMemo(() => unpackWorkflow(packedWorkflow), [packedWorkflow]);
	const walkthrough = useWalkthrough(workflowId, workflow.stepPaths, { machine, machineVersion });
	const { current, path, session } = walkthrough;
	const headingRef = useRef<HTMLHeadingElement>(null);
	const [announcement, setAnnouncement] = useState('');
	const [confirmingNewCase, setConfirmingNewCase] = useState(false);
	const [showingSummary, setShowingSummary] = useState(false);
	useEffect(() => {
		for (const panel of [startNoticesModule, stepTimerModule, caseSummaryModule]) panel.prefetchWhenIdle();
	}, []);
	const userMoved = useRef(false);
	/** Set by the "New or worse symptoms?" exit: once the hand-over is saved, go straight on. */
	const leavingByExit = useRef(false);
	const headingId = useId();
	const startsId = useId();

	const stepNumber = path.length;
	const stateId = current?.stateId;
	const step = stateId ? workflow.steps[stateId] : undefined;

	// Focus follows the step, but only after the user acts: opening the page must not jump into it.
	useEffect(() => {
		if (!step || !userMoved.current) return;
		headingRef.current?.focus();
		setAnnouncement(`Step ${stepNumber}: ${step.title}`);
	}, [stepNumber, step]);

	// The exit's hand-over: once the answer is saved (the hook's effect runs first), open the next workflow.
	const endOutput = current?.snapshot.status === 'done' ? (current.snapshot.output as WorkflowOutput | undefined) : undefined;
	const exitTarget = endOutput?.handoverTo ? handoverHref(endOutput.handoverTo, workflowId, endOutput.patterns) : undefined;
	useEffect(() => {
		if (!leavingByExit.current || !exitTarget) return;
		leavingByExit.current = false;
		navigate(exitTarget);
	}, [exitTarget, navigate]);

	if (!current || !step) {
		return (
			<section className="walkthrough" aria-label={workflow.title}>
				<p role="alert">
					This walkthrough could not show its current step. Start a new case to continue.
				</p>
				<button type="button" className="wt-button" onClick={walkthrough.startNewCase}>
					Start a new case
				</button>
			</section>
		);
	}

	const snapshot = current.snapshot;
	const meta = machine.root.states[current.stateId]?.meta as StepMeta | undefined;
	const kind = meta?.kind ?? 'question';
	const ended = snapshot.status === 'done';
	const output = (ended ? snapshot.output : undefined) as WorkflowOutput | undefined;
	const act = <A extends unknown[]>(action: (...args: A) => void) => (...args: A) => {
		userMoved.current = true;
		setConfirmingNewCase(false);
		action(...args);
	};
	const context = snapshot.context as Record<string, unknown>;
	const listFromContext = (field: string | undefined) => {
		const value = field ? context[field] : undefined;
		return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : undefined;
	};
	const selectMeta = ended ? undefined : meta?.select;
	const answers = step.answers.filter(
		([event]) => event !== selectMeta?.event && !isStartEvent(event) && snapshot.can({ type: event }),
	);
	// Named starting points, offered only before the first answer (the machine refuses them later).
	const starts = session.answers.length === 0 ? step.answers.filter(([event]) => isStartEvent(event) && snapshot.can({ type: event })) : [];
	const select =
		selectMeta && step.select
			? {
					resetKey: String(stepNumber),
					legend: step.select.legend,
					options: step.select.options
						.filter(([id]) => selectMeta.options.includes(id))
						.map(([id, label]) => ({ id, label, locked: (listFromContext(selectMeta.lockedFromContext) ?? []).includes(id) })),
					lockedNote: `carried from “${session.handedOverFrom ? (workflowTitles[session.handedOverFrom] ?? session.handedOverFrom) : 'another walkthrough'}”`,
					event: selectMeta.event,
					answerLabel: step.answers.find(([event]) => event === selectMeta.event)?.[1] ?? selectMeta.event,
					...(walkthrough.undone?.stepIndex === session.answers.length && walkthrough.undone.answer.data
						? { initiallyTicked: walkthrough.undone.answer.data.choices }
						: {}),
					canAnswer: (data: AnswerData) => snapshot.can({ type: selectMeta.event, ...data }),
					onAnswer: act(walkthrough.answer),
				}
			: undefined;
	const itemIds = listFromContext(meta?.itemsFromContext);
	const recap = ended && meta?.recap ? walkthroughRecap(machine, workflow, path, session) : undefined;
	const exitOffered =
		!ended && workflow.redFlagExit !== undefined && workflow.redFlagExit.answers.some(([event]) => snapshot.can({ type: event }));
	const handover = output?.handoverTo
		? { href: handoverHref(output.handoverTo, workflowId, output.patterns), title: workflowTitles[output.handoverTo] ?? output.handoverTo }
		: undefined;
	// Before the script runs (or with JavaScript off) nothing is clickable that would do nothing.
	const live = walkthrough.loaded;
	const ticks = session.ticks[String(session.answers.length)] ?? {};

	return (
		<section
			className="walkthrough"
			aria-labelledby={headingId}
			data-workflow={workflowId}
			data-step={current.stateId}
			data-kind={kind}
			data-live={live ? '' : undefined}
			data-steps={walkthrough.loaded ? path.map((step) => step.stateId).join(' ') : undefined}
			data-events={walkthrough.loaded ? session.answers.map((answer) => answer.event).join(' ') : undefined}
		>
			{/* The page's title names the workflow; this line says where the walkthrough is and where the same steps are. */}
			<p className="wt-eyebrow">
				<span>
					Step {stepNumber}
					{starts.length > 0 && (
						<>
							{' · '}
							<a href={`#${startsId}`}>a follow-up contact?</a>
						</>
					)}
				</span>
				{/* Both texts share one place (the taller sets its height), so hydration moves nothing; the one
				    not in use only keeps the room, as plain words. */}
				<span className="wt-alternatives">
					<span className={live ? undefined : 'wt-hidden'} aria-hidden={live ? undefined : true}>
						Same steps as a {link(live, diagramIds.outline, 'text outline')} and a {link(live, diagramIds.flowchart, 'flowchart')}, below
					</span>
					<span className={live ? 'wt-hidden' : 'wt-not-live'} role="note" aria-hidden={live ? true : undefined}>
						Answers need JavaScript: use the {link(!live, diagramIds.outline, 'text outline')} or{' '}
						{link(!live, diagramIds.flowchart, 'flowchart')}
					</span>
				</span>
			</p>
			<OnDemandPanel source={startNoticesModule} wanted={walkthrough.notices.length > 0} name="A notice about this case">
				{({ StartNotices }) => (
					<StartNotices
						notices={walkthrough.notices}
						workflow={workflow}
						workflowTitles={workflowTitles}
						canRestore={walkthrough.setAside !== undefined}
						onRestore={act(walkthrough.restoreSetAside)}
						onDismiss={walkthrough.dismissNotices}
					/>
				)}
			</OnDemandPanel>
			{!walkthrough.storageWorks && (
				<p className="wt-notice" role="status">
					This browser is not letting the guide save progress on this device; the walkthrough works, but a
					reload will start it again.
				</p>
			)}
			<StepView
				headingId={headingId}
				headingRef={headingRef}
				kind={kind}
				step={step}
				answers={answers}
				{...(select ? { select } : {})}
				{...(itemIds ? { itemIds } : {})}
				{...(recap ? { recap } : {})}
				ticks={ticks}
				handover={handover}
				live={live}
				onAnswer={act(walkthrough.answer)}
				onTick={walkthrough.tick}
			/>
			<StartPoints id={startsId} starts={starts} live={live} onStart={act(walkthrough.answer)} />
			{meta?.timer && step.timer && live && (
				<OnDemandPanel source={stepTimerModule} wanted name="This step's timer">
					{({ StepTimer }) =>
						meta.timer &&
						step.timer && (
							<StepTimer
								timer={meta.timer}
								wording={step.timer}
								session={session}
								onReportedAt={walkthrough.setReportedAt}
							/>
						)
					}
				</OnDemandPanel>
			)}
			<SourcesPanel citations={step.citations} background={topic} />
			{exitOffered && workflow.redFlagExit && (
				<RedFlagExit
					prompt={workflow.redFlagExit.prompt}
					answers={workflow.redFlagExit.answers.filter(([event]) => snapshot.can({ type: event }))}
					live={live}
					onChoose={act((event: string) => {
						leavingByExit.current = true;
						walkthrough.answer(event);
					})}
					reasoning={workflow.redFlagExit.reasoning}
				/>
			)}
			<div className="wt-controls">
				<button type="button" className="wt-button wt-secondary" onClick={act(walkthrough.back)} disabled={!live || session.answers.length === 0}>
					Back
				</button>
				{confirmingNewCase ? (
					<span className="wt-confirm" role="group" aria-label="Confirm new case">
						<span>Clear these answers and start again?</span>
						<button type="button" className="wt-button wt-danger" onClick={act(walkthrough.startNewCase)}>
							Yes, start a new case
						</button>
						<button type="button" className="wt-button wt-secondary" onClick={() => setConfirmingNewCase(false)}>
							Keep this case
						</button>
					</span>
				) : (
					<button type="button" className="wt-button wt-secondary" onClick={() => setConfirmingNewCase(true)} disabled={!live}>
						Start a new case
					</button>
				)}
			</div>
			<button
				type="button"
				className="wt-button wt-secondary"
				aria-expanded={showingSummary}
				onClick={() => setShowingSummary(!showingSummary)}
				disabled={!live}
			>
				Summary
			</button>
			<OnDemandPanel source={caseSummaryModule} wanted={showingSummary} name="The summary" loading="Opening the summary…">
				{({ CaseSummary }) => (
					<CaseSummary
						context={{ workflow, session, path, contentVersion }}
						onTrialCode={walkthrough.setTrialCode}
						onCleared={walkthrough.forgetEverything}
					/>
				)}
			</OnDemandPanel>
			<PathSoFar path={path} workflow={workflow} />
			<p className="sr-only" aria-live="polite">
				{announcement}
			</p>
		</section>
	);
}
