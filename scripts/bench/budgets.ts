/**
 * The budgets `npm run bench -- --check` enforces (README "Budgets"). A bedside reference on a cheap
 * tablet: content pages stay plain Starlight, a walkthrough page stays small, and every measured page
 * scores near the top in Lighthouse's mobile run.
 */
import type { PageKind } from './pages.ts';
import type { PageWeight } from './page-weight.ts';
import type { LighthouseCategory } from './lighthouse-scores.ts';

/** 1 kB = 1000 bytes, as Lighthouse and most bundle-size tools count. */
export const kB = 1000;

export const budgets = {
	/** Gzip JavaScript a walkthrough page may ship (React 19 + XState + the island). */
	walkthroughJsGzip: 110 * kB,
	/**
	 * What a content page must never ship: React, React DOM or XState. Starlight's and Astro's scripts,
	 * and small scripts of our own (the service-worker registration, the knowledge check), are allowed
	 * within `contentPageJsGzip`.
	 */
	contentPageForbiddenOrigins: ['react', 'react-dom', 'xstate'] as const,
	/** Gzip JavaScript a content page may ship in all. */
	contentPageJsGzip: 16 * kB,
	minPerformance: 95,
	minAccessibility: 100,
};

export interface BudgetInput {
	path: string;
	kind: PageKind;
	weight: PageWeight;
	scores: Record<LighthouseCategory, number>;
}

export interface BudgetResult {
	page: string;
	budget: string;
	limit: string;
	actual: string;
	ok: boolean;
}

const inKB = (bytes: number) => `${(bytes / kB).toFixed(1)} kB`;

export function checkBudgets(pages: readonly BudgetInput[]): BudgetResult[] {
	const results: BudgetResult[] = [];
	for (const { path, kind, weight, scores } of pages) {
		if (kind === 'content') {
			const forbidden = new Set<string>(budgets.contentPageForbiddenOrigins);
			const framework = Object.entries(weight.origins).filter(([origin, bytes]) => forbidden.has(origin) && bytes.raw > 0);
			results.push({
				page: path,
				budget: 'content page ships no React, React DOM or XState',
				limit: 'none of them',
				actual: framework.length === 0 ? 'none' : `${framework.map(([origin, bytes]) => `${origin} ${inKB(bytes.gzip)}`).join(', ')} gzip`,
				ok: framework.length === 0,
			});
			results.push({
				page: path,
				budget: 'content page gzip JavaScript',
				limit: `≤ ${inKB(budgets.contentPageJsGzip)}`,
				actual: inKB(weight.js.gzip),
				ok: weight.js.gzip <= budgets.contentPageJsGzip,
			});
		} else {
			results.push({
				page: path,
				budget: 'walkthrough page gzip JavaScript',
				limit: `≤ ${inKB(budgets.walkthroughJsGzip)}`,
				actual: inKB(weight.js.gzip),
				ok: weight.js.gzip <= budgets.walkthroughJsGzip,
			});
		}
		results.push({
			page: path,
			budget: 'Lighthouse performance',
			limit: `≥ ${budgets.minPerformance}`,
			actual: String(scores.performance),
			ok: scores.performance >= budgets.minPerformance,
		});
		results.push({
			page: path,
			budget: 'Lighthouse accessibility',
			limit: budgets.minAccessibility === 100 ? '100' : `≥ ${budgets.minAccessibility}`,
			actual: String(scores.accessibility),
			ok: scores.accessibility >= budgets.minAccessibility,
		});
	}
	return results;
}
