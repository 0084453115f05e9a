/**
 * How a recorded answer reads: its label in the workflow's wording and, for a multi-select step, the
 * labels of the options ticked. Shared by the path so far, the case summary, the training debrief and
 * the notices, so an answer that carries data is never shown as a bare event type. Kept apart from the
 * case summary's code so that the path so far, shown with the walkthrough, does not load the summary.
 */
import type { PreparedWorkflow } from './walkthrough-content';
import type { GivenAnswer } from './walkthrough-session';

/** The wording's label for an answer: the step's own answers first, then the "New or worse symptoms?" exit. */
export function answerLabel(workflow: PreparedWorkflow, stateId: string, event: string): string {
	return (
		workflow.steps[stateId]?.answers.find(([candidate]) => candidate === event)?.[1] ??
		workflow.redFlagExit?.answers.find(([candidate]) => candidate === event)?.[1] ??
		event
	);
}

/** The labels of the options ticked on a multi-select answer, in the wording's order. */
export function chosenLabels(workflow: PreparedWorkflow, stateId: string, answer: GivenAnswer): string[] {
	const choices = answer.data?.choices ?? [];
	const options = workflow.steps[stateId]?.select?.options ?? [];
	const known = options.filter(([id]) => choices.includes(id)).map(([, label]) => label);
	const unknown = choices.filter((choice) => !options.some(([id]) => id === choice));
	return [...known, ...unknown];
}

/** The answer in one line: "Hand over with the ticked signs: Fever…; Spinal signs…". */
export function answerText(workflow: PreparedWorkflow, stateId: string, answer: GivenAnswer): string {
	const label = answerLabel(workflow, stateId, answer.event);
	const chosen = chosenLabels(workflow, stateId, answer);
	return chosen.length > 0 ? `${label}: ${chosen.join('; ')}` : label;
}

/**
 * How a case that began at a starting point (a follow-up contact) records its start: the start's name
 * and why the steps before it are not part of the case, never an answer to those steps.
 */
export function startedAtText(workflow: PreparedWorkflow, stateId: string, answer: { event: string; fromLink?: boolean | undefined }): string {
	const step = workflow.steps[stateId];
	const label = step?.answers.find(([candidate]) => candidate === answer.event)?.[1] ?? answer.event;
	const why = step?.starts?.[answer.event];
	// A link chose this start as the shortest way to its step: say so, the nurse did not choose it.
	return `Started at${answer.fromLink ? ' (by the link that opened this case)' : ''}: ${label}.${why ? ` ${why}` : ''}`;
}

/** How a step passed over by a link into a later step is recorded: never as an answer given. */
export const notAskedLabel = 'not asked (the case was opened further on from a link)';
