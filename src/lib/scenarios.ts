/**
 * Case scenarios: preparation at build time (Markdown to HTML, references to numbered links) and the
 * pure comparison of a trainee's answers with the expected path. The machine itself decides which
 * answers are possible; this module only says whether the trainee's choices match the scenario's.
 */
import { marked } from 'marked';
import type { WorkflowId } from '@/machines/registry';
import type { Scenario } from '@/schemas/scenario';
import { resolveCitations, type CitableReference } from './citations';
import type { CitationLink } from './walkthrough-content';
import type { SessionInput } from './walkthrough-session';

export interface PreparedScenario {
	id: string;
	title: string;
	workflow: WorkflowId;
	input?: SessionInput;
	caseHtml: string;
	expectedPath: string[];
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
		...(scenario.input?.suspectedPattern ? { input: { suspectedPattern: scenario.input.suspectedPattern } } : {}),
		caseHtml: marked.parse(scenario.case, { async: false }),
		expectedPath: scenario.expectedPath,
		expectedOutcome: scenario.expectedOutcome,
		teachingPoints: scenario.teachingPoints.map((point, index) => ({
			text: point.text,
			citations: resolveCitations(point.refs, references, `content/scenarios/${id}.yaml, teaching point ${index + 1}`).map(
				({ number, href, reference }) => ({ number, href, citation: reference.citation }),
			),
		})),
	};
}

/** How the trainee's latest answer compares with the expected path. */
export type AnswerFeedback =
	| { kind: 'match'; index: number }
	| { kind: 'mismatch'; index: number; expected: string; chosen: string }
	/** The path had already left the expected one at `leftAt`; there is nothing to compare with. */
	| { kind: 'off-path'; index: number; leftAt: number };

/** The first position where the two paths differ, or undefined when one is a prefix of the other. */
export function firstDivergence(expected: readonly string[], chosen: readonly string[]): number | undefined {
	const length = Math.min(expected.length, chosen.length);
	for (let index = 0; index < length; index += 1) if (expected[index] !== chosen[index]) return index;
	return undefined;
}

/** Feedback on the last of `chosen`: matches the expected answer at that position, or not, or no longer comparable. */
export function feedbackOnLastAnswer(expected: readonly string[], chosen: readonly string[]): AnswerFeedback | undefined {
	const index = chosen.length - 1;
	if (index < 0) return undefined;
	const leftAt = firstDivergence(expected, chosen.slice(0, index));
	if (leftAt !== undefined) return { kind: 'off-path', index, leftAt };
	const expectedHere = expected[index];
	// Past the end of the expected path (only possible if it did not end in an outcome): nothing to compare.
	if (expectedHere === undefined) return { kind: 'off-path', index, leftAt: expected.length };
	const chosenHere = chosen[index] as string;
	return expectedHere === chosenHere ? { kind: 'match', index } : { kind: 'mismatch', index, expected: expectedHere, chosen: chosenHere };
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

export function debrief(expected: readonly string[], expectedOutcome: string, chosen: readonly string[], outcome: string): Debrief {
	const divergedAt = firstDivergence(expected, chosen) ?? (expected.length === chosen.length ? undefined : Math.min(expected.length, chosen.length));
	return {
		matchedExpected: divergedAt === undefined,
		sameOutcome: outcome === expectedOutcome,
		divergedAt,
		matchingAnswers: divergedAt ?? chosen.length,
	};
}
