/**
 * The "New or worse symptoms?" exit and the hand-over outcomes it leads to, shared by every workflow
 * that is not itself the serious-event workflow [workflows.md, principles: safety first].
 */
import type { DoneStateEvent } from 'xstate';
import type { RedFlagContext, StepMeta, SuspectedPattern, WorkflowOutput } from './workflow-types';

/** Assignment behind the named action `raiseRedFlag`: remembers which pattern was flagged. */
export const recordRedFlag = (_: unknown, params: { pattern: SuspectedPattern }): RedFlagContext => ({
	redFlag: params.pattern,
});

/** A transition that records the flagged pattern (action `raiseRedFlag`) and goes to `target`. */
export const raiseRedFlagTo = (pattern: SuspectedPattern, target: string) => ({
	target,
	actions: { type: 'raiseRedFlag', params: { pattern } } as const,
});

/** Root-level transitions: accepted on every step until the workflow ends. */
export const redFlagExitTransitions = {
	'redFlag.spinal': raiseRedFlagTo('spinal', '.handoverSpinal'),
	'redFlag.meningeal': raiseRedFlagTo('meningeal', '.handoverMeningeal'),
	'redFlag.pressure': raiseRedFlagTo('pressure', '.handoverPressure'),
	'redFlag.other': raiseRedFlagTo('other', '.handoverOther'),
} as const;

const handover = (pattern: SuspectedPattern) => ({
	type: 'final' as const,
	meta: { kind: 'handover' } satisfies StepMeta,
	output: { handoverTo: 'serious-event', pattern } satisfies WorkflowOutput,
});

/** The four final states that open the serious-event workflow with the pattern carried across. */
export const handoverStates = {
	handoverSpinal: handover('spinal'),
	handoverMeningeal: handover('meningeal'),
	handoverPressure: handover('pressure'),
	handoverOther: handover('other'),
};

/** Machine-level output: what the final state reached hands on (nothing for a plain outcome). */
export const handedOnOutput = ({ event }: { event: unknown }): WorkflowOutput =>
	(event as DoneStateEvent<WorkflowOutput | undefined>).output ?? {};
