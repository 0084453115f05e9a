/**
 * Case scenarios: preparation at build time (Markdown to HTML, references to numbered links) and the
 * pure comparison of a trainee's answers with the expected path. The machine itself decides which
 * answers are possible; this module only says whether the trainee's choices match the scenario's.
 */
import { marked } from 'marked';
import type { WorkflowId } from '@/machines/registry';
import type { Scenario } from '@/schemas/scenario';
import { resolveCitations, toCitationLink, type CitableReference } from './citations';
import type { CitationLink } from './walkthrough-content';
import type { GivenAnswer, SessionInput } from './walkthrough-session';

export interface PreparedScenario {
	id: string;
	title: string;
	workflow: WorkflowId;
	input?: SessionInput;
	caseHtml: string;
	expectedPath: GivenAnswer[];
	expectedOutcome: string;
	teachingPoints: { text: string; citations: CitationLink[] }[];
}

export function prepareScenario(
	id: string,
	scenario: Scenario & { workflow: WorkflowId },
	references: readonly CitableReference[],
): PreparedScenario {
	return {
		id,
		title: scenario.title,
		workflow: scenario.workflow,
		...(scenario.input?.suspectedPatterns ? { input: { suspectedPatterns: scenario.input.suspectedPatterns } } : {}),
		caseHtml: marked.parse(scenario.case, { async: false }),
		expectedPath: scenario.expectedPath.map(expectedAnswer),
		expectedOutcome: scenario.expectedOutcome,
		teachingPoints: scenario.teachingPoints.map((point, index) => ({
			text: point.text,
			citations: resolveCitations(point.refs, references, `content/scenarios/${id}.yaml, teaching point ${index + 1}`).map(
				toCitationLink,
			),
		})),
	};
}

/** A scenario file's expected answer as a recorded answer: `choices` become the answer's data. */
export function expectedAnswer(answer: Scenario['expectedPath'][number]): GivenAnswer {
	return typeof answer === 'string' ? { event: answer } : { event: answer.event, data: { choices: answer.choices } };
}

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
