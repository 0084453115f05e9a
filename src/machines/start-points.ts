/**
 * Named starting points: a follow-up contact starts a case where it stands, not at the checks before a
 * procedure that already happened. Each is an event the first step accepts only while the case has no
 * answer yet (`startsOpen` in the context, closed when the first step is left, so coming back to the
 * red-flag screen later never offers a way round it). A start is recorded as how the case began, never
 * as an answer to the steps it does not ask; the wording (`starts:` on the first step) says why those
 * steps are not part of such a case.
 */
/** Context of a workflow with starting points. */
export interface StartPointContext {
	/** True until the first step is left: start events are accepted only then. */
	startsOpen: boolean;
}

/**
 * A machine with starting points declares, in its `setup`, the guard `caseJustOpened`
 * (`context.startsOpen`) and the action `closeStartPoints` (sets it false), runs that action on leaving
 * its first step, and guards each start transition with `caseJustOpened`.
 */

/** Start events are named `start.<what>`; the walkthrough shows them apart from the step's answers. */
export const isStartEvent = (event: string): boolean => event.startsWith('start.');
