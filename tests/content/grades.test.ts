/** Every guideline grade is one tap from what it means: a <Grade> link to the page's legend. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeGrade, gradeInProse, parseGrade } from '@/lib/grades';
import { readGuidePages } from './guide-pages';

const pages = readGuidePages();

describe.each(pages.map((page) => [page.file, page] as const))('%s', (_file, page) => {
	it('writes every grade as <Grade of="..." />, never as bare text', () => {
		const outsideGradeTags = page.body.replace(/<Grade\s+of="[^"]*"\s*\/>/g, '');
		const bare = outsideGradeTags.split('\n').filter((line) => gradeInProse.test(line));
		expect(bare).toEqual([]);
	});

	it.runIf(page.body.includes('<Grade '))('carries the grade legend the grades link to', () => {
		expect(page.body).toContain('<GradeLegend />');
	});
});

describe('pocket cards', () => {
	it('print the grade legend whenever a line quotes a grade', () => {
		const template = readFileSync('src/pages/pocket-cards/[id].astro', 'utf8');
		expect(template).toMatch(/gradeInProse\.test\(line\.text\)/);
		expect(template).toContain('<GradeLegend compact />');
		expect(gradeInProse.test('Epidural space at or one level below the puncture (B; Moderate).')).toBe(true);
	});
});

describe('a grade', () => {
	it('is explained from the guideline’s scale', () => {
		expect(describeGrade(parseGrade('B; Moderate', 'x'))).toBe(
			'Grade B: offer: moderate benefit. Moderate certainty in the evidence.',
		);
	});

	it('outside the scale fails the build with the form to use', () => {
		expect(() => parseGrade('E; High', 'content/docs/x.mdx')).toThrow(/content\/docs\/x\.mdx.*<Grade of="B; Moderate" \/>/);
	});
});
