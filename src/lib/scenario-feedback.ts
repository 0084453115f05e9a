/**
 * The pure comparison of a trainee's answers with a case scenario's expected path, for the scenario
 * player in the browser. The machine decides which answers are possible; this only says whether the
 * trainee's choices match the scenario's. It imports no Markdown renderer, so the player ships none.
 */
import type { GivenAnswer } from './walkthrough-session';

/** One string per answer, equal for the same event with the same options ticked in any order. */
export function answerKey(answer: GivenAnswer): string {
	const choices = answer.data ? [...answer.data.choices].sort().join(',') : undefined;
	return choices === undefined ? answer.event : `${answer.event}[${choices}]`;
}

const sameAnswer = (a: GivenAnswer, b: GivenAnswer) => answerKey(a) === answerKey(b);

/** How the trainee's latest answer compares with the expected path. */
export type AnswerFeedback =
	| { kind: 'match'; index: number }
	| { kind: 'mismatch'; index: number; expected: GivenAnswer; chosen: GivenAnswer }
	/** The path had already left the expected one at `leftAt`; there is nothing to compare with. */
	| { kind: 'off-path'; index: number; leftAt: number };

/** The first position where the two paths differ, or undefined when one is a prefix of the other. */
export function firstDivergence(expected: readonly GivenAnswer[], chosen: readonly GivenAnswer[]): number | undefined {
	const length = Math.min(expected.length, chosen.length);
	for (let index = 0; index < length; index += 1) if (!sameAnswer(expected[index] as GivenAnswer, chosen[index] as GivenAnswer)) return index;
	return undefined;
}

/** Feedback on the last of `chosen`: matches the expected answer at that position, or not, or no longer comparable. */
export function feedbackOnLastAnswer(expected: readonly GivenAnswer[], chosen: readonly GivenAnswer[]): AnswerFeedback | undefined {
	const index = chosen.length - 1;
	if (index < 0) return undefined;
	const leftAt = firstDivergence(expected, chosen.slice(0, index));
	if (leftAt !== undefined) return { kind: 'off-path', index, leftAt };
	const expectedHere = expected[index];
	// Past the end of the expected path (only possible if it did not end in an outcome): nothing to compare.
	if (expectedHere === undefined) return { kind: 'off-path', index, leftAt: expected.length };
	const chosenHere = chosen[index] as GivenAnswer;
	return sameAnswer(expectedHere, chosenHere)
		? { kind: 'match', index }
		: { kind: 'mismatch', index, expected: expectedHere, chosen: chosenHere };
}

export interface Debrief {
	/** The trainee's path is the expected one, answer for answer. */
	matchedExpected: boolean;
	/** The trainee ended in the expected outcome (possibly by another route). */
	sameOutcome: boolean;
	/** Where the trainee first chose differently, if they did. */
	divergedAt: number | undefined;
	/** Answers that matched before the first difference. */
	matchingAnswers: number;
}

export function debrief(expected: readonly GivenAnswer[], expectedOutcome: string, chosen: readonly GivenAnswer[], outcome: string): Debrief {
	const divergedAt = firstDivergence(expected, chosen) ?? (expected.length === chosen.length ? undefined : Math.min(expected.length, chosen.length));
	return {
		matchedExpected: divergedAt === undefined,
		sameOutcome: outcome === expectedOutcome,
		divergedAt,
		matchingAnswers: divergedAt ?? chosen.length,
	};
}
