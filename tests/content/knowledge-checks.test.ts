/** Knowledge checks: well-formed, drawn from their page (every reference is one the page rests on), and embedded there. */
import { describe, expect, it } from 'vitest';
import { readGuidePages } from './guide-pages';
import { checkSchema, readChecks } from './training-content';

const checks = readChecks();
const pages = new Map(readGuidePages().map((page) => [page.file.replace(/^content\/docs\/|\.mdx$/g, ''), page]));

describe('knowledge checks', () => {
	it('exist for each main page', () => {
		expect(checks.map((entry) => entry.id).sort()).toEqual(
			['administration', 'adverse-events', 'blood-patch', 'mechanism', 'plph', 'serious-events'].sort(),
		);
	});

	describe.each(checks.map((entry) => [entry.id, entry.check] as const))('content/checks/%s.yaml', (page, check) => {
		it('has 3 to 5 questions, each with a correct option that exists', () => {
			expect(check.questions.length).toBeGreaterThanOrEqual(3);
			expect(check.questions.length).toBeLessThanOrEqual(5);
			for (const question of check.questions) {
				expect(question.options.map((option) => option.id), question.id).toContain(question.correct);
			}
		});

		it('belongs to a page that embeds it', () => {
			const guidePage = pages.get(page);
			expect(guidePage, `content/docs/${page}.mdx`).toBeDefined();
			expect(guidePage?.body).toContain(`<KnowledgeCheck page="${page}" />`);
		});

		it('cites only references its page rests on', () => {
			const sources = new Set(pages.get(page)?.frontmatter['sources'] as string[]);
			const foreign = check.questions.flatMap((question) => question.refs.filter((ref) => !sources.has(ref)).map((ref) => `${question.id}: ${ref}`));
			expect(foreign, 'a check draws only on its page: cite what the page cites').toEqual([]);
		});
	});
});

describe('the knowledge-check schema', () => {
	const valid = {
		questions: ['a', 'b', 'c'].map((id) => ({
			id: `question-${id}`,
			question: 'Which option is the right one?',
			options: [
				{ id: 'right', text: 'This one' },
				{ id: 'wrong', text: 'That one' },
			],
			correct: 'right',
			explanation: 'Because the page says so, with its source.',
			refs: ['uppal-2023'],
		})),
	};

	it('accepts a well-formed check', () => {
		expect(checkSchema.safeParse(valid).success).toBe(true);
	});

	it('refuses a correct answer that names no option, saying which options exist', () => {
		const broken = structuredClone(valid);
		broken.questions[0]!.correct = 'missing';
		const result = checkSchema.safeParse(broken);
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.message).toBe('Question "question-a": `correct: missing` names no option. Use one of: right, wrong.');
	});

	it('refuses an unknown reference id, naming it', () => {
		const broken = structuredClone(valid);
		broken.questions[1]!.refs = ['uppal-2032'];
		expect(checkSchema.safeParse(broken).error?.issues[0]?.message).toBe(
			'Unknown reference id "uppal-2032". Add it to content/references.yaml or fix the spelling.',
		);
	});

	it('refuses fewer than 3 questions and repeated question ids', () => {
		expect(checkSchema.safeParse({ questions: valid.questions.slice(0, 2) }).success).toBe(false);
		const repeated = structuredClone(valid);
		repeated.questions[2]!.id = 'question-a';
		expect(checkSchema.safeParse(repeated).error?.issues[0]?.message).toBe('Question ids repeat: question-a.');
	});
});
