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
	/** Origins a content page may ship JavaScript from: Starlight's scripts and Astro's glue only. */
	contentPageJsOrigins: ['starlight', 'astro'] as const,
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
			const allowed = new Set<string>(budgets.contentPageJsOrigins);
			const foreign = Object.entries(weight.origins).filter(([origin, bytes]) => !allowed.has(origin) && bytes.raw > 0);
			results.push({
				page: path,
				budget: 'content page ships only Starlight/Astro scripts (no React, XState or island code)',
				limit: 'Starlight and Astro only',
				actual:
					foreign.length === 0
						? `Starlight and Astro only (${inKB(weight.js.gzip)} gzip)`
						: `${foreign.map(([origin, bytes]) => `${origin} ${inKB(bytes.gzip)}`).join(', ')} gzip` +
							(weight.deferredJs.raw > 0 ? ` (${inKB(weight.deferredJs.gzip)} of the page's JS deferred to a client:visible island)` : ''),
				ok: foreign.length === 0,
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
