/**
 * Vocabulary shared by the workflow machines: what kind of step a state is, the serious-event
 * patterns a red flag points to, the answers that carry data (a multi-select step's ticked options),
 * and the "New or worse symptoms?" exit that every non-final step of the headache and blood-patch
 * workflows offers [workflows.md, principles: safety first].
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

/**
 * A "tick every one that applies" step: the answer `event` carries the ticked option ids as `choices`.
 * `lockedFromContext` names a context field listing options that arrive ticked and cannot be unticked
 * (patterns carried from another workflow are never silently dropped; workflows.md §3 step 2).
 */
export interface MultiSelect {
	event: string;
	options: readonly string[];
	lockedFromContext?: string;
}

export interface StepMeta {
	kind: StepKind;
	timer?: StepTimer;
	/** The step asks for several options at once (see MultiSelect). */
	select?: MultiSelect;
	/** A checklist whose items, and their order, come from this context field (ids of the wording's items). */
	itemsFromContext?: string;
	/** An ending that restates what was chosen and ticked on the way, so the last screen is a handover. */
	recap?: boolean;
	/** An ending that opens another workflow (drawn in the flowcharts; the machine's output carries the data). */
	handoverTo?: 'serious-event' | 'blood-patch';
}

/**
 * Suspected patterns of a serious neurologic event [qalsody-uspi W&P 5.1–5.3; workflows.md §3], plus
 * reduced consciousness, which confusion or drowsiness carries besides the meningeal pattern and which
 * orders breathing and brain imaging first (workflows.md §1 step 1, §3 step 3a and 3c). Listed in this
 * canonical order wherever a set of them is stored or shown.
 */
export const suspectedPatterns = ['spinal', 'meningeal', 'pressure', 'reducedConsciousness', 'other'] as const;
export type SuspectedPattern = (typeof suspectedPatterns)[number];

export const isSuspectedPattern = (value: string): value is SuspectedPattern =>
	(suspectedPatterns as readonly string[]).includes(value);

/** The set as a list in canonical order, each pattern once. */
export const patternSet = (patterns: Iterable<string>): SuspectedPattern[] => {
	const present = new Set(patterns);
	return suspectedPatterns.filter((pattern) => present.has(pattern));
};

/** Data an answer may carry: the options ticked on a multi-select step. */
export interface AnswerData {
	choices: string[];
}

/** What a workflow hands on when it ends: the next workflow to open, and every pattern carried across. */
export interface WorkflowOutput {
	handoverTo?: 'serious-event' | 'blood-patch';
	patterns?: SuspectedPattern[];
}

/** The red-flag exit: one event per red-flag group (confusion or drowsiness on its own), accepted on every step until the path ends. */
export type RedFlagExitEvent =
	| { type: 'redFlag.meningeal' }
	| { type: 'redFlag.reducedConsciousness' }
	| { type: 'redFlag.pressure' }
	| { type: 'redFlag.spinal' }
	| { type: 'redFlag.other' };

export const redFlagExitEventTypes = [
	'redFlag.meningeal',
	'redFlag.reducedConsciousness',
	'redFlag.pressure',
	'redFlag.spinal',
	'redFlag.other',
] as const satisfies readonly RedFlagExitEvent['type'][];

/** Context every workflow that can raise a red flag keeps: every pattern flagged so far, as a set. */
export interface RedFlagContext {
	patterns: SuspectedPattern[];
}
