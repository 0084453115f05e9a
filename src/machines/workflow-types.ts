/**
 * Vocabulary shared by the workflow machines: what kind of step a state is, the serious-event
 * patterns a red flag points to, and the "New or worse symptoms?" exit that every non-final step of
 * the headache and blood-patch workflows offers [workflows.md, principles: safety first].
 */

/** How the walkthrough presents a state: a decision, a list to work through, or where the path ends. */
export type StepKind = 'question' | 'checklist' | 'outcome' | 'handover';

/**
 * A clock a step keeps, counted from the moment the step opened (the time of the answer that led to
 * it, saved with the walkthrough, so a reload or a locked screen shows the right time).
 * `deadline`: something is due within `minutes`; `target`: a period worth reaching, shown as time left.
 */
export interface StepTimer {
	purpose: 'deadline' | 'target';
	minutes: number;
}

export interface StepMeta {
	kind: StepKind;
	timer?: StepTimer;
}

/** Suspected pattern of a serious neurologic event [qalsody-uspi W&P 5.1–5.3; workflows.md §3]. */
export const suspectedPatterns = ['spinal', 'meningeal', 'pressure', 'other'] as const;
export type SuspectedPattern = (typeof suspectedPatterns)[number];

/** What a workflow hands on when it ends: the next workflow to open, and the pattern carried across. */
export interface WorkflowOutput {
	handoverTo?: 'serious-event' | 'blood-patch';
	pattern?: SuspectedPattern;
}

/** The red-flag exit: one event per suspected pattern, accepted on every step until the path ends. */
export type RedFlagExitEvent =
	| { type: 'redFlag.spinal' }
	| { type: 'redFlag.meningeal' }
	| { type: 'redFlag.pressure' }
	| { type: 'redFlag.other' };

export const redFlagExitEventTypes = [
	'redFlag.spinal',
	'redFlag.meningeal',
	'redFlag.pressure',
	'redFlag.other',
] as const satisfies readonly RedFlagExitEvent['type'][];

/** Context every workflow that can raise a red flag keeps: which pattern was flagged, if any. */
export interface RedFlagContext {
	redFlag: SuspectedPattern | null;
}
