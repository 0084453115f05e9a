/**
 * Case scenarios: preparation at build time (Markdown to HTML, references to numbered links) and, in
 * scenario-feedback.ts, the pure comparison of a trainee's answers with the expected path. The machine itself decides which
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

// The comparison runs in the browser, so it lives apart from the Markdown rendering above (marked is
// about 15 kB of gzip JavaScript the scenario player must not ship); re-exported for the build and tests.
export {
	answerKey,
	debrief,
	feedbackOnLastAnswer,
	firstDivergence,
	type AnswerFeedback,
	type Debrief,
} from './scenario-feedback';
