/**
 * The budgets `npm run bench -- --check` enforces (README "Budgets"), on every page the build emits. A
 * bedside reference on a cheap tablet: content pages stay plain Starlight plus small scripts of our own,
 * a walkthrough page ships one workflow's island and no more, the training tools stay close to it, and
 * every page scores near the top in Lighthouse's mobile run with little main-thread blocking.
 */
import type { PageKind } from './pages.ts';
import type { OriginBytes } from './js-origin.ts';
import type { Bytes } from './page-weight.ts';
import type { LighthouseCategory } from './lighthouse-scores.ts';

/** 1 kB = 1000 bytes, as Lighthouse and most bundle-size tools count. */
export const kB = 1000;

export const budgets = {
	/** Gzip JavaScript each kind of page may ship: content pages are Starlight's ~4 kB plus our small scripts. */
	jsGzip: { content: 8 * kB, walkthrough: 95 * kB, training: 100 * kB } satisfies Record<PageKind, number>,
	/**
	 * What a content page must never ship: React, React DOM or XState. Starlight's and Astro's scripts,
	 * and small scripts of our own (the service-worker registration, the knowledge check), fit in its budget.
	 */
	contentPageForbiddenOrigins: ['react', 'react-dom', 'xstate'] as const,
	minPerformance: 95,
	/** Lighthouse's Total Blocking Time, median of the runs, in milliseconds. */
	maxTotalBlockingTimeMs: 200,
	minAccessibility: 100,
};

const kindName: Record<PageKind, string> = { content: 'content page', walkthrough: 'walkthrough page', training: 'training page' };

export interface BudgetInput {
	path: string;
	kind: PageKind;
	weight: { js: Bytes; origins: Record<keyof OriginBytes, Bytes> };
	/** Medians of the Lighthouse runs; absent when Lighthouse was not run on this page. */
	lighthouse?: { scores: Record<LighthouseCategory, number>; metrics: { tbt: number } };
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
	for (const { path, kind, weight, lighthouse } of pages) {
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
		}
		const limit = budgets.jsGzip[kind];
		results.push({
			page: path,
			budget: `${kindName[kind]} gzip JavaScript`,
			limit: `≤ ${inKB(limit)}`,
			actual: inKB(weight.js.gzip),
			ok: weight.js.gzip <= limit,
		});
		if (!lighthouse) continue;
		results.push({
			page: path,
			budget: 'Lighthouse performance',
			limit: `≥ ${budgets.minPerformance}`,
			actual: String(lighthouse.scores.performance),
			ok: lighthouse.scores.performance >= budgets.minPerformance,
		});
		results.push({
			page: path,
			budget: 'Lighthouse Total Blocking Time',
			limit: `≤ ${budgets.maxTotalBlockingTimeMs} ms`,
			actual: `${lighthouse.metrics.tbt} ms`,
			ok: lighthouse.metrics.tbt <= budgets.maxTotalBlockingTimeMs,
		});
		results.push({
			page: path,
			budget: 'Lighthouse accessibility',
			limit: budgets.minAccessibility === 100 ? '100' : `≥ ${budgets.minAccessibility}`,
			actual: String(lighthouse.scores.accessibility),
			ok: lighthouse.scores.accessibility >= budgets.minAccessibility,
		});
	}
	return results;
}

/** The budgets broken, and the exit code of `--check`: 1 when any budget on any page breaks. */
export function verdict(results: readonly BudgetResult[]): { breaches: BudgetResult[]; exitCode: 0 | 1 } {
	const breaches = results.filter((result) => !result.ok);
	return { breaches, exitCode: breaches.length > 0 ? 1 : 0 };
}
