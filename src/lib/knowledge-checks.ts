/**
 * Prepares a page's knowledge check for its island at build time: reference ids resolved to numbered
 * links (the same numbers as on the page), and the answer key the onboarding path uses to tell whether
 * the check is passed.
 */
import type { KnowledgeCheck } from '@/schemas/knowledge-check';
import { resolveCitations, toCitationLink, type CitableReference } from './citations';
import type { CheckKey } from './training-progress';
import type { CitationLink } from './walkthrough-content';

export interface PreparedQuestion {
	id: string;
	question: string;
	options: { id: string; text: string }[];
	correct: string;
	explanation: string;
	citations: CitationLink[];
}

export interface PreparedCheck {
	/** The page's slug, e.g. "plph"; the key its answers are saved under. */
	page: string;
	pageTitle: string;
	questions: PreparedQuestion[];
}

export function prepareCheck(
	page: string,
	pageTitle: string,
	check: KnowledgeCheck,
	references: readonly CitableReference[],
): PreparedCheck {
	return {
		page,
		pageTitle,
		questions: check.questions.map((question) => ({
			id: question.id,
			question: question.question,
			options: question.options,
			correct: question.correct,
			explanation: question.explanation,
			citations: resolveCitations(question.refs, references, `content/checks/${page}.yaml, question "${question.id}"`).map(
				toCitationLink,
			),
		})),
	};
}

/** The answer key of a check, raw or prepared. */
export function checkKeyOf(check: { questions: readonly { id: string; correct: string; options: readonly { id: string }[] }[] }): CheckKey {
	return {
		questions: check.questions.map((question) => ({
			id: question.id,
			correct: question.correct,
			options: question.options.map((option) => option.id),
		})),
	};
}
