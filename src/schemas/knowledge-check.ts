import { z } from 'astro/zod';

/**
 * A page's knowledge check, in content/checks/<page>.yaml: 3 to 5 multiple-choice questions drawn
 * from the facts on content/docs/<page>.mdx. The file name is the page's slug; a test proves the page
 * exists, embeds the check, and lists every reference id the check cites.
 */

const kebabId = (what: string, example: string) =>
	z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, `${what} ids are kebab-case, e.g. "${example}".`);

export function knowledgeCheckSchema(referenceIds: readonly [string, ...string[]]) {
	const option = z.object({
		/** Stable kebab-case id; a saved answer keeps it, so rewording the text keeps the answer. */
		id: kebabId('Option', 'atraumatic-needle'),
		/** The answer as the reader sees it. */
		text: z.string().min(1),
	});

	const question = z
		.object({
			/** Stable kebab-case id, unique in the file; saved answers are keyed by it. */
			id: kebabId('Question', 'loading-schedule'),
			/** The question, in one or two sentences. */
			question: z.string().min(10, 'Write the question in a full sentence.'),
			/** Two to five options, in the order shown. */
			options: z.array(option).min(2, 'Give at least two options.').max(5, 'Give at most five options.'),
			/** The id of the one correct option. */
			correct: z.string(),
			/** Why the correct option is right (and the others not), shown after answering. */
			explanation: z.string().min(20, 'Explain the answer in a sentence or two.'),
			/** The references the explanation rests on. */
			refs: z
				.array(
					z.enum(referenceIds, {
						error: (issue) =>
							`Unknown reference id "${String(issue.input)}". Add it to content/references.yaml or fix the spelling.`,
					}),
				)
				.min(1, 'Every question names at least one reference id in `refs: [...]`.'),
		})
		.superRefine((value, context) => {
			const ids = value.options.map((candidate) => candidate.id);
			if (!ids.includes(value.correct)) {
				context.addIssue({
					code: 'custom',
					path: ['correct'],
					message: `Question "${value.id}": \`correct: ${value.correct}\` names no option. Use one of: ${ids.join(', ')}.`,
				});
			}
			if (new Set(ids).size !== ids.length) {
				context.addIssue({ code: 'custom', path: ['options'], message: `Question "${value.id}" repeats an option id.` });
			}
		});

	return z
		.object({
			/** Three to five questions, in the order shown. */
			questions: z.array(question).min(3, 'A check has at least 3 questions.').max(5, 'A check has at most 5 questions.'),
		})
		.superRefine((value, context) => {
			const ids = value.questions.map((candidate) => candidate.id);
			const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
			if (repeated.length > 0) {
				context.addIssue({ code: 'custom', path: ['questions'], message: `Question ids repeat: ${repeated.join(', ')}.` });
			}
		});
}

export type KnowledgeCheck = z.infer<ReturnType<typeof knowledgeCheckSchema>>;
export type CheckQuestion = KnowledgeCheck['questions'][number];
