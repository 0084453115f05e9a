/**
 * What StepView shows for the current step of a replayed path, worked out the same way for the
 * walkthrough and the case-scenario player (one renderer for a step, fed one way): its kind, the answers
 * the machine accepts there (`snapshot.can`), a multi-select step's boxes, the checklist items the machine
 * lists, and an ending's recap. It reads the machine's step metadata and snapshot; it decides nothing.
 */
import type { AnyStateMachine } from 'xstate';
import type { AnswerData, StepKind, StepMeta, WorkflowOutput } from '@/machines/workflow-types';
import { isStartEvent } from '@/machines/start-points';
import type { PreparedWorkflow } from '@/lib/walkthrough-content';
import type { PathStep, WalkthroughSession } from '@/lib/walkthrough-session';
import { type RecapSection, walkthroughRecap } from '@/lib/walkthrough-recap';
import type { MultiSelectOption } from './MultiSelect';

export interface StepModel {
	stateId: string;
	kind: StepKind;
	meta: StepMeta | undefined;
	/** The workflow has reached an outcome or a hand-over. */
	ended: boolean;
	output: WorkflowOutput | undefined;
	/** Answers the machine accepts here, in the wording's order (a multi-select's own answer and starting points excluded). */
	answers: [event: string, label: string][];
	/** Named starting points the machine accepts here: only on the first step of a case with no answer yet. */
	starts: [event: string, label: string][];
	/** The "New or worse symptoms?" exit's answers the machine accepts here (none once ended). */
	exitAnswers: [event: string, label: string][];
	/** A multi-select step's boxes and answer, but for what the caller adds (its note and its handler). */
	select?: {
		resetKey: string;
		legend: string;
		options: MultiSelectOption[];
		event: string;
		answerLabel: string;
		canAnswer: (data: AnswerData) => boolean;
	};
	/** Checklist item ids the machine lists, in its order, when it lists them. */
	itemIds?: string[];
	/** An ending's recap of what was chosen and ticked on the way. */
	recap?: RecapSection[];
}

/** The model of the last step of `path`, or undefined when the path is empty or the step has no wording. */
export function stepModel(
	machine: AnyStateMachine,
	workflow: PreparedWorkflow,
	path: readonly PathStep[],
	session: Pick<WalkthroughSession, 'ticks'>,
): StepModel | undefined {
	const current = path.at(-1);
	const step = current ? workflow.steps[current.stateId] : undefined;
	if (!current || !step) return undefined;
	const snapshot = current.snapshot;
	const meta = machine.root.states[current.stateId]?.meta as StepMeta | undefined;
	const ended = snapshot.status === 'done';
	const context = snapshot.context as Record<string, unknown>;
	const listFromContext = (field: string | undefined) => {
		const value = field ? context[field] : undefined;
		return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : undefined;
	};
	const selectMeta = ended ? undefined : meta?.select;
	const locked = listFromContext(selectMeta?.lockedFromContext) ?? [];
	const itemIds = listFromContext(meta?.itemsFromContext);
	const recap = ended && meta?.recap ? walkthroughRecap(machine, workflow, [...path], session) : undefined;
	return {
		stateId: current.stateId,
		kind: meta?.kind ?? 'question',
		meta,
		ended,
		output: (ended ? snapshot.output : undefined) as WorkflowOutput | undefined,
		answers: step.answers.filter(([event]) => event !== selectMeta?.event && !isStartEvent(event) && snapshot.can({ type: event })),
		starts: step.answers.filter(([event]) => isStartEvent(event) && snapshot.can({ type: event })),
		exitAnswers: ended ? [] : (workflow.redFlagExit?.answers.filter(([event]) => snapshot.can({ type: event })) ?? []),
		...(selectMeta && step.select
			? {
					select: {
						resetKey: String(path.length),
						legend: step.select.legend,
						options: step.select.options
							.filter(([id]) => selectMeta.options.includes(id))
							.map(([id, label]) => ({ id, label, locked: locked.includes(id) })),
						event: selectMeta.event,
						answerLabel: step.answers.find(([event]) => event === selectMeta.event)?.[1] ?? selectMeta.event,
						canAnswer: (data: AnswerData) => snapshot.can({ type: selectMeta.event, ...data }),
					},
				}
			: {}),
		...(itemIds ? { itemIds } : {}),
		...(recap ? { recap } : {}),
	};
}
