/** The bench's budgets: a fabricated report within every budget passes, and each kind of breach fails `--check`. */
import { describe, expect, it } from 'vitest';
import { type BudgetInput, budgets, checkBudgets, kB, verdict } from '../../../scripts/bench/budgets.ts';
import { jsOrigins } from '../../../scripts/bench/js-origin.ts';
import type { PageKind } from '../../../scripts/bench/pages.ts';

function page(path: string, kind: PageKind, jsGzip: number, changes: { react?: number; performance?: number; tbt?: number; accessibility?: number } = {}): BudgetInput {
	const origins = Object.fromEntries(jsOrigins.map((origin) => [origin, { raw: 0, gzip: 0 }])) as BudgetInput['weight']['origins'];
	origins.starlight = { raw: jsGzip * 3, gzip: jsGzip };
	if (changes.react) origins.react = { raw: changes.react * 3, gzip: changes.react };
	return {
		path,
		kind,
		weight: { js: { raw: jsGzip * 3, gzip: jsGzip }, origins },
		lighthouse: {
			scores: { performance: changes.performance ?? 99, accessibility: changes.accessibility ?? 100, 'best-practices': 100, seo: 100 },
			metrics: { tbt: changes.tbt ?? 40 },
		},
	};
}

/** A report of every kind of page, each just within its budget. */
const withinBudget: BudgetInput[] = [
	page('/', 'content', 4.1 * kB),
	page('/administration/', 'content', 8 * kB),
	page('/plph/', 'walkthrough', 95 * kB, { performance: 95, tbt: 200 }),
	page('/training/', 'training', 100 * kB),
];

const broken = (pages: BudgetInput[]) =>
	verdict(checkBudgets(pages)).breaches.map((breach) => `${breach.page}: ${breach.budget}`);

describe('the bench budgets', () => {
	it('pass a report whose every page is within its budget, and --check exits 0', () => {
		const results = checkBudgets(withinBudget);
		expect(results.every((result) => result.ok)).toBe(true);
		expect(verdict(results).exitCode).toBe(0);
	});

	it('check weight, performance, blocking time and accessibility on every page', () => {
		const results = checkBudgets(withinBudget);
		for (const { path } of withinBudget) {
			expect(results.filter((result) => result.page === path).map((result) => result.budget)).toEqual(
				expect.arrayContaining([
					expect.stringMatching(/gzip JavaScript$/),
					'Lighthouse performance',
					'Lighthouse Total Blocking Time',
					'Lighthouse accessibility',
				]),
			);
		}
	});

	it('fail a content page over 8 kB of gzip JavaScript, and --check exits 1', () => {
		const report = [...withinBudget, page('/administration/', 'content', 8 * kB + 1)];
		expect(broken(report)).toEqual(['/administration/: content page gzip JavaScript']);
		expect(verdict(checkBudgets(report)).exitCode).toBe(1);
	});

	it('fail a content page that ships React, whatever its size', () => {
		expect(broken([page('/mechanism/', 'content', 6 * kB, { react: 1 * kB })])).toEqual([
			'/mechanism/: content page ships no React, React DOM or XState',
		]);
	});

	it('fail a walkthrough page over 95 kB and a training page over 100 kB', () => {
		expect(broken([page('/plph/', 'walkthrough', 95 * kB + 1), page('/training/', 'training', 100 * kB + 1)])).toEqual([
			'/plph/: walkthrough page gzip JavaScript',
			'/training/: training page gzip JavaScript',
		]);
		expect(budgets.jsGzip).toEqual({ content: 8 * kB, walkthrough: 95 * kB, training: 100 * kB });
	});

	it('fail a page scoring under 95, blocking over 200 ms, or under 100 in accessibility', () => {
		expect(
			broken([
				page('/', 'content', 4 * kB, { performance: 94 }),
				page('/plph/', 'walkthrough', 90 * kB, { tbt: 201 }),
				page('/references/', 'content', 4 * kB, { accessibility: 98 }),
			]),
		).toEqual(['/: Lighthouse performance', '/plph/: Lighthouse Total Blocking Time', '/references/: Lighthouse accessibility']);
	});

	it('still hold a page Lighthouse did not run on to its weight budget', () => {
		const { lighthouse: _notRun, ...unmeasured } = page('/glossary/', 'content', 9 * kB);
		expect(broken([unmeasured])).toEqual(['/glossary/: content page gzip JavaScript']);
	});
});
