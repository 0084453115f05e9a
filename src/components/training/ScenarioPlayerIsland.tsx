/**
 * Case scenarios played on the real workflow machines, in training mode, through the walkthrough's own
 * session actor and step view. At each step the trainee sees the answers the machine accepts there
 * (`snapshot.can`), in the walkthrough's own wording; after each
 * choice, whether it matches the scenario's expected answer and why (the step's guidance and sources).
 * The trainee may carry on down the path they chose; at the outcome, a debrief compares the two paths.
 * The island decides nothing clinical: the machine says what is possible, the scenario what was expected.
 */
import { useEffect, useId, useMemo, useRef, useState, type RefObject } from 'react';
import { useActorRef, useSelector } from '@xstate/react';
import type { WorkflowId } from '@/machines/workflow-pages';
import type { AnswerData } from '@/machines/workflow-types';
import type { PreparedWorkflow } from '@/lib/walkthrough-content';
import { newSession, replay, type GivenAnswer, type PathStep } from '@/lib/walkthrough-session';
import { sessionActor } from '@/lib/session-actor';
import type { PreparedScenario } from '@/lib/scenarios';
import { answerKey, debrief, feedbackOnLastAnswer } from '@/lib/scenario-feedback';
import { answerText } from '@/lib/answer-text';
import { withScenarioFinished } from '@/lib/training-progress';
import { useTrainingProgress } from './use-training-progress';
import { ProgressNotices } from './ProgressNotices';
import { InlineCitations, SourcesPanel } from '../citations/CitationLinks';
import { StepView } from '../walkthrough/StepView';
import { stepModel } from '../walkthrough/step-model';
import { useOnDemand } from '../walkthrough/on-demand';
import { type LoadedMachine, workflowMachines } from './workflow-machines';
import '@/styles/tools.css';

export interface ScenarioPlayerProps {
	scenarios: PreparedScenario[];
	/** The prepared wording of every workflow a scenario uses. */
	workflows: Partial<Record<WorkflowId, PreparedWorkflow>>;
}

const scenarioParam = 'scenario';

export default function ScenarioPlayerIsland({ scenarios, workflows: wording }: ScenarioPlayerProps) {
	const { progress, unreadable, storageWorks, update } = useTrainingProgress();
	const [selectedId, setSelectedId] = useState<string | undefined>();
	const playerRef = useRef<HTMLDivElement>(null);
	const chose = useRef(false);
	const listHeadingId = useId();

	// A link may name the case to open: /training/?scenario=<id>.
	useEffect(() => {
		const requested = new URLSearchParams(window.location.search).get(scenarioParam);
		if (requested && scenarios.some((scenario) => scenario.id === requested)) setSelectedId(requested);
	}, [scenarios]);

	useEffect(() => {
		const url = new URL(window.location.href);
		if (selectedId) url.searchParams.set(scenarioParam, selectedId);
		else url.searchParams.delete(scenarioParam);
		window.history.replaceState(window.history.state, '', url);
		if (selectedId && chose.current) playerRef.current?.querySelector<HTMLElement>('h3')?.focus();
		chose.current = false;
	}, [selectedId]);

	const selected = scenarios.find((scenario) => scenario.id === selectedId);
	const selectedWording = selected ? wording[selected.workflow] : undefined;

	return (
		<div className="scenario-player">
			<ProgressNotices unreadable={unreadable} storageWorks={storageWorks} />
			<section className="tool" aria-labelledby={listHeadingId}>
				<h2 id={listHeadingId}>Choose a case</h2>
				<ol className="scenario-list">
					{scenarios.map((scenario) => {
						const record = progress.scenarios[scenario.id];
						return (
							<li key={scenario.id} data-scenario={scenario.id}>
								<button
									type="button"
									className={`tool-button ${scenario.id === selectedId ? '' : 'secondary'}`}
									aria-current={scenario.id === selectedId ? 'true' : undefined}
									onClick={() => {
										chose.current = true;
										setSelectedId(scenario.id);
									}}
								>
									{scenario.title}
								</button>{' '}
								<span className="tool-hint">
									{wording[scenario.workflow]?.title}
									{record && (record.matchedExpected ? ' · ✓ finished on the expected path' : ' · finished, by another path')}
								</span>
							</li>
						);
					})}
				</ol>
			</section>
			<div ref={playerRef} id="scenario-player">
				{selected && selectedWording ? (
					<ScenarioRunWhenLoaded
						key={selected.id}
						scenario={selected}
						workflow={selectedWording}
						onFinished={(answers, outcome) => {
							const result = debrief(selected.expectedPath, selected.expectedOutcome, answers, outcome);
							update((previous) =>
								withScenarioFinished(previous, selected.id, {
									finishedAt: new Date().toISOString(),
									path: answers.map(answerKey),
									outcome,
									matchedExpected: result.matchedExpected,
								}),
							);
						}}
						onChooseAnother={() => setSelectedId(undefined)}
					/>
				) : (
					<p className="tool-hint">Choose a case above to start it.</p>
				)}
			</div>
		</div>
	);
}

interface ScenarioRunProps {
	scenario: PreparedScenario;
	workflow: PreparedWorkflow;
	onFinished: (answers: readonly GivenAnswer[], outcome: string) => void;
	onChooseAnother: () => void;
}

/** Loads the case's workflow machine (the first case on a workflow only), then plays the case. */
function ScenarioRunWhenLoaded(props: ScenarioRunProps) {
	const loaded = useOnDemand(workflowMachines[props.scenario.workflow], true);
	if (loaded.module) return <ScenarioRun {...props} {...loaded.module} />;
	return (
		<section className="tool" aria-label={`Case: ${props.scenario.title}`}>
			<p className="tool-hint" role="status">
				{loaded.failed ? 'This case could not be opened: this device has not saved it for offline use yet. ' : 'Opening the case…'}
				{loaded.failed && (
					<button type="button" className="tool-button secondary" onClick={loaded.retry}>
						Try again
					</button>
				)}
			</p>
		</section>
	);
}

/** A training case never happened: its log carries no real time, and nothing of it is saved but the result. */
const caseTime = new Date(0);

/**
 * One case, played on the walkthrough's own session actor (src/lib/session-actor.ts) over the real
 * machine, and shown with the walkthrough's own step view: the trainee sees exactly what the
 * walkthrough would show and may answer exactly what it would accept.
 */
function ScenarioRun({ scenario, workflow, onFinished, onChooseAnother, machine, version }: ScenarioRunProps & LoadedMachine) {
	const headingId = useId();
	const stepHeadingId = useId();
	const startInput = scenario.input;
	const session = useActorRef(sessionActor, {
		input: { machine, session: newSession(scenario.workflow, version, caseTime, startInput ? { input: startInput } : {}) },
	});
	const replayed = useSelector(session, (snapshot) => snapshot.context.replayed);
	const answers = useSelector(session, (snapshot) => snapshot.context.session.answers);
	const ticks = useSelector(session, (snapshot) => snapshot.context.session.ticks);
	const feedbackRef = useRef<HTMLElement | null>(null);
	const stepHeadingRef = useRef<HTMLHeadingElement>(null);
	const acted = useRef(false);
	const recorded = useRef<string | undefined>(undefined);

	const expectedRun = useMemo(
		() =>
			replay(machine, {
				...(startInput ? { input: startInput } : {}),
				answers: scenario.expectedPath.map((answer) => ({ ...answer, at: '' })),
			}),
		[machine, startInput, scenario.expectedPath],
	);
	const path = replayed.ok ? replayed.path : [];
	const model = stepModel(machine, workflow, path, { ticks });
	const feedback = feedbackOnLastAnswer(scenario.expectedPath, answers);

	// Record a finished case once per distinct finished path (StrictMode runs effects twice).
	useEffect(() => {
		if (!model?.ended) return;
		const signature = answers.map(answerKey).join('|');
		if (recorded.current === signature) return;
		recorded.current = signature;
		onFinished(answers, model.stateId);
	}, [model?.ended, model?.stateId, answers, onFinished]);

	// After the trainee's own action only, focus moves to the feedback (or the first step after a restart).
	// biome-ignore lint/correctness/useExhaustiveDependencies: it must run after every change of the answers, which it does not read.
	useEffect(() => {
		if (acted.current) (feedbackRef.current ?? stepHeadingRef.current)?.focus();
		acted.current = false;
	}, [answers]);

	const act =
		<A extends unknown[]>(action: (...args: A) => void) =>
		(...args: A) => {
			acted.current = true;
			action(...args);
		};
	const choose = act((event: string, data?: AnswerData) => session.send({ type: 'answer', event, ...(data ? { data } : {}), at: new Date() }));
	const back = act(() => session.send({ type: 'back' }));
	const restart = act(() => {
		recorded.current = undefined;
		session.send({ type: 'newCase', at: caseTime, ...(startInput ? { input: startInput } : {}) });
	});
	const tick = (itemId: string, ticked: boolean) => session.send({ type: 'tick', itemId, ticked, at: new Date() });

	const step = model ? workflow.steps[model.stateId] : undefined;
	if (!model || !step) {
		// Cannot happen with answers offered by the machine; said plainly rather than shown as a blank.
		return (
			<section className="tool" aria-labelledby={headingId}>
				<h3 id={headingId}>{scenario.title}</h3>
				<p role="alert">This case could not continue from the last answer. Restart it to play again.</p>
				<button type="button" className="tool-button" onClick={restart}>
					Restart this case
				</button>
			</section>
		);
	}

	const answeredStep = feedback ? path[feedback.index] : undefined;

	return (
		<section className="tool scenario-run" aria-labelledby={headingId} data-scenario={scenario.id} data-step={model.stateId}>
			<h3 id={headingId} tabIndex={-1}>
				Case: {scenario.title}
			</h3>
			{/* biome-ignore lint/security/noDangerouslySetInnerHtml: rendered at build time from Markdown in content/ (prepareScenario, prepareWorkflow); no user input reaches it. */}
			<div className="scenario-case" dangerouslySetInnerHTML={{ __html: scenario.caseHtml }} />
			<p className="tool-hint">
				Training mode: the answers are those the {workflow.title.toLowerCase()} walkthrough accepts at each step. Nothing here
				is about a real participant.
			</p>

			{feedback && answeredStep && (
				<FeedbackPanel
					feedback={feedback}
					answeredStep={answeredStep}
					workflow={workflow}
					expectedPath={expectedRun.ok ? expectedRun.path : []}
					focusRef={feedbackRef}
				/>
			)}

			<div className={`scenario-step kind-${model.kind}`} data-kind={model.kind}>
				{!model.ended && <p className="tool-hint">Step {path.length}</p>}
				<StepView
					headingId={stepHeadingId}
					headingLevel={4}
					headingRef={stepHeadingRef}
					kind={model.kind}
					step={step}
					answers={[...model.answers, ...model.starts]}
					{...(model.select ? { select: { ...model.select, lockedNote: 'carried from the walkthrough that handed over', onAnswer: choose } } : {})}
					{...(model.itemIds ? { itemIds: model.itemIds } : {})}
					{...(model.recap ? { recap: model.recap } : {})}
					ticks={ticks[String(answers.length)] ?? {}}
					handover={undefined}
					live
					onAnswer={choose}
					onTick={tick}
				/>
				{model.exitAnswers.length > 0 && workflow.redFlagExit && (
					<div className="scenario-answers scenario-exit" role="group" aria-label={workflow.redFlagExit.prompt}>
						<p className="tool-verdict">{workflow.redFlagExit.prompt}</p>
						{model.exitAnswers.map(([event, label]) => (
							<button key={event} type="button" className="tool-button secondary" data-event={event} onClick={() => choose(event)}>
								{label}
							</button>
						))}
					</div>
				)}
				<SourcesPanel citations={step.citations} className="tool-sources" />
			</div>

			{model.ended && <DebriefView scenario={scenario} workflow={workflow} path={path} expectedPath={expectedRun.ok ? expectedRun.path : []} />}

			<div className="tool-actions">
				<button type="button" className="tool-button secondary" onClick={back} disabled={answers.length === 0}>
					Back
				</button>
				<button type="button" className="tool-button secondary" onClick={restart} disabled={answers.length === 0}>
					Restart this case
				</button>
				<button type="button" className="tool-button secondary" onClick={onChooseAnother}>
					Choose another case
				</button>
			</div>
		</section>
	);
}

interface FeedbackPanelProps {
	feedback: NonNullable<ReturnType<typeof feedbackOnLastAnswer>>;
	answeredStep: PathStep;
	workflow: PreparedWorkflow;
	expectedPath: PathStep[];
	focusRef: RefObject<HTMLElement | null>;
}

function FeedbackPanel({ feedback, answeredStep, workflow, expectedPath, focusRef }: FeedbackPanelProps) {
	const step = workflow.steps[answeredStep.stateId];
	const chosenLabel = answeredStep.answer ? answerText(workflow, answeredStep.stateId, answeredStep.answer) : '';
	const setFocus = (element: HTMLParagraphElement | null) => {
		focusRef.current = element;
	};
	if (feedback.kind === 'off-path') {
		return (
			<div className="tool-notice scenario-feedback" data-feedback="off-path" aria-live="polite">
				<p ref={setFocus} tabIndex={-1} className="tool-verdict">
					You chose “{chosenLabel}”.
				</p>
				<p>
					You left the expected path at step {feedback.leftAt + 1}. The walkthrough now follows your choices; the debrief at the
					end compares your path with the expected one.
				</p>
			</div>
		);
	}
	if (feedback.kind === 'match') {
		return (
			<div className="tool-right scenario-feedback" data-feedback="match" aria-live="polite">
				<p ref={setFocus} tabIndex={-1} className="tool-verdict">
					✓ “{chosenLabel}” matches the expected answer.
				</p>
				{step && <SourcesPanel citations={step.citations} className="tool-sources" />}
			</div>
		);
	}
	const expectedState = expectedPath[feedback.index]?.stateId ?? answeredStep.stateId;
	const expectedLabel = answerText(workflow, expectedState, feedback.expected);
	return (
		<div className="tool-wrong scenario-feedback" data-feedback="mismatch" aria-live="polite">
			<p ref={setFocus} tabIndex={-1} className="tool-verdict">
				✗ You chose “{chosenLabel}”. This case expects “{expectedLabel}”.
			</p>
			{step && (
				<>
					<p>Why, from the step “{step.title}”:</p>
					{/* biome-ignore lint/security/noDangerouslySetInnerHtml: rendered at build time from Markdown in content/ (prepareScenario, prepareWorkflow); no user input reaches it. */}
					<div dangerouslySetInnerHTML={{ __html: step.guidanceHtml }} />
					<SourcesPanel citations={step.citations} summary="Sources for this step" className="tool-sources" />
				</>
			)}
			<p>Go Back to try this step again, or carry on down the path you chose.</p>
		</div>
	);
}

interface DebriefViewProps {
	scenario: PreparedScenario;
	workflow: PreparedWorkflow;
	path: PathStep[];
	expectedPath: PathStep[];
}

function DebriefView({ scenario, workflow, path, expectedPath }: DebriefViewProps) {
	const headingId = useId();
	const chosen = path.flatMap((step) => (step.answer ? [step.answer] : []));
	const outcome = path.at(-1)?.stateId ?? '';
	const result = debrief(scenario.expectedPath, scenario.expectedOutcome, chosen, outcome);
	const titleOf = (stateId: string) => workflow.steps[stateId]?.title ?? stateId;
	const answered = (steps: PathStep[]) => steps.filter((step) => step.answer);

	return (
		<section className="scenario-debrief" aria-labelledby={headingId} data-matched={result.matchedExpected} data-same-outcome={result.sameOutcome}>
			<h4 id={headingId}>Debrief</h4>
			<p className={result.matchedExpected ? 'tool-right' : 'tool-wrong'}>
				<strong className="tool-verdict">
					{result.matchedExpected
						? `✓ You took the expected path, answer for answer, to the expected outcome: ${titleOf(scenario.expectedOutcome)}.`
						: result.sameOutcome
							? `You reached the expected outcome, ${titleOf(scenario.expectedOutcome)}, by a different route from step ${(result.divergedAt ?? 0) + 1}.`
							: `✗ You reached “${titleOf(outcome)}”. This case expects “${titleOf(scenario.expectedOutcome)}”. Your path first differed at step ${(result.divergedAt ?? 0) + 1}.`}
				</strong>
			</p>
			<div className="scenario-paths">
				<PathList title="Your path" steps={answered(path)} workflow={workflow} divergedAt={result.divergedAt} end={titleOf(outcome)} />
				<PathList
					title="Expected path"
					steps={answered(expectedPath)}
					workflow={workflow}
					divergedAt={result.divergedAt}
					end={titleOf(scenario.expectedOutcome)}
				/>
			</div>
			<h4>Teaching points</h4>
			<ul className="scenario-teaching">
				{scenario.teachingPoints.map((point) => (
					<li key={point.text}>
						{point.text}
						<InlineCitations className="tool-cite" citations={point.citations} />
					</li>
				))}
			</ul>
		</section>
	);
}

interface PathListProps {
	title: string;
	steps: PathStep[];
	workflow: PreparedWorkflow;
	divergedAt: number | undefined;
	end: string;
}

function PathList({ title, steps, workflow, divergedAt, end }: PathListProps) {
	return (
		<div className="scenario-path" data-path={title === 'Your path' ? 'yours' : 'expected'}>
			<h5>{title}</h5>
			<ol>
				{steps.map((step, index) => (
					// biome-ignore lint/suspicious/noArrayIndexKey: a path's steps are fixed once shown; a state can recur, so its position is its identity.
					<li key={`${index}-${step.stateId}`} data-differs={divergedAt !== undefined && index >= divergedAt ? 'true' : undefined}>
						{workflow.steps[step.stateId]?.title ?? step.stateId}: <strong>{step.answer ? answerText(workflow, step.stateId, step.answer) : ''}</strong>
						{divergedAt === index && <em> (first difference)</em>}
					</li>
				))}
				<li className="scenario-path-end">
					Ends at: <strong>{end}</strong>
				</li>
			</ol>
		</div>
	);
}
