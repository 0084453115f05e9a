/** The bench's before/after: walkthrough pages of a baseline commit paired with this build's by workflow, and the table they make. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pairByWorkflow, resolveCommit, workflowOfPage } from '../../../scripts/bench/baseline.ts';
import { kB } from '../../../scripts/bench/budgets.ts';
import { jsOrigins } from '../../../scripts/bench/js-origin.ts';
import type { PageWeight } from '../../../scripts/bench/page-weight.ts';
import { type BenchReport, beforeAfterSection, type PageResult, renderMarkdown } from '../../../scripts/bench/report.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));

function walkthroughPage(path: string, workflow: string, jsGzip: number, ownGzip: number, measured: { performance?: number; tbt?: number; tapMs?: number } = {}): PageResult {
	const bytes = (gzip: number) => ({ raw: gzip * 3, gzip });
	const weight: PageWeight = {
		path,
		html: bytes(30 * kB),
		css: { ...bytes(15 * kB), files: [] },
		js: { ...bytes(jsGzip), files: [] },
		deferredJs: bytes(0),
		islands: [],
		inlineScript: bytes(0),
		framework: bytes(jsGzip - ownGzip),
		own: bytes(ownGzip),
		other: bytes(0),
		origins: Object.fromEntries(jsOrigins.map((origin) => [origin, bytes(origin === 'own' ? ownGzip : 0)])) as PageWeight['origins'],
	};
	return {
		path,
		kind: 'walkthrough',
		workflow,
		weight,
		...(measured.performance !== undefined
			? {
					lighthouse: {
						runs: 3,
						scores: { performance: measured.performance, accessibility: 100, 'best-practices': 100, seo: 100 },
						metrics: { fcp: 1000, lcp: 1200, tbt: measured.tbt ?? 0, cls: 0, speedIndex: 1000 },
						failedAudits: [],
					},
				}
			: {}),
		...(measured.tapMs !== undefined
			? { tap: { from: 'redFlags', answer: 'None of these', taps: 20, medianToStepMs: measured.tapMs, medianToFrameMs: measured.tapMs + 8, toStepMs: [measured.tapMs] } }
			: {}),
		loadAverages: [],
	};
}

const before = [walkthroughPage('/plph/', 'plph', 105.3 * kB, 22.0 * kB, { performance: 78, tbt: 640, tapMs: 90 }), walkthroughPage('/blood-patch/', 'blood-patch', 105.9 * kB, 22.4 * kB)];
const after = [
	walkthroughPage('/walkthroughs/blood-patch/', 'blood-patch', 98.6 * kB, 13.8 * kB),
	walkthroughPage('/walkthroughs/plph/', 'plph', 98.5 * kB, 13.7 * kB, { performance: 99, tbt: 98, tapMs: 55 }),
	walkthroughPage('/walkthroughs/serious-event/', 'serious-event', 98.4 * kB, 13.6 * kB),
];

function reportWith(baseline: BenchReport['baseline']): BenchReport {
	return {
		generatedAt: '2026-11-28T12:00:00.000Z',
		environment: { node: 'v22', lighthouse: '13.5.0', chromium: 'Chromium 156', cpus: 2, maxLoadAverage: 0.5, loadAverageAtStart: 0.4, loadAverageAtEnd: 0.5, commit: 'abc1234' },
		build: { seconds: 10, site: { bytes: 1000, files: 1 }, precache: { serviceWorker: false } },
		pages: after,
		budgets: [],
		...(baseline ? { baseline } : {}),
	};
}

describe('the bench baseline', () => {
	it('reads the workflow of a walkthrough page from its island, and none from another page', () => {
		expect(workflowOfPage('<astro-island><section class="walkthrough" data-workflow="blood-patch" data-step="x">')).toBe('blood-patch');
		expect(workflowOfPage('<main><p>The mechanism of tofersen.</p></main>')).toBeUndefined();
	});

	it('pairs pages by workflow when a walkthrough moved to another page, keeping one seen on one side only', () => {
		const pairs = pairByWorkflow(before, after);
		expect(pairs.map(({ workflow, before, after }) => [workflow, before?.path, after?.path])).toEqual([
			['blood-patch', '/blood-patch/', '/walkthroughs/blood-patch/'],
			['plph', '/plph/', '/walkthroughs/plph/'],
			['serious-event', undefined, '/walkthroughs/serious-event/'],
		]);
	});

	it('writes each workflow before → after, with a dash where a measurement was not taken', () => {
		const section = beforeAfterSection(reportWith({ ref: 'ce0ab0e', commit: 'ce0ab0e', sameLockfile: true, pages: before }));
		expect(section).toContain('## Walkthrough pages before and after');
		expect(section).toContain('Before: commit ce0ab0e (`--baseline ce0ab0e`), built with the same package-lock.json');
		expect(section).toContain('| plph | `/plph/` → `/walkthroughs/plph/` | 105.3 → 98.5 | 22.0 → 13.7 | 78 → 99 | 640 → 98 | 90 → 55 |');
		expect(section).toContain('| blood-patch | `/blood-patch/` → `/walkthroughs/blood-patch/` | 105.9 → 98.6 | 22.4 → 13.8 | – → – | – → – | – → – |');
		expect(section).toContain('| serious-event | – → `/walkthroughs/serious-event/` | – → 98.4 |');
	});

	it('says when the baseline was built with packages newer than its own', () => {
		const section = beforeAfterSection(reportWith({ ref: 'main~20', commit: 'ce0ab0e', sameLockfile: false, pages: before }));
		expect(section).toContain("built with this checkout's packages (its package-lock.json differs");
	});

	it('leaves the section out of a report run without --baseline', () => {
		expect(beforeAfterSection(reportWith(undefined))).toBe('');
		expect(renderMarkdown(reportWith(undefined))).not.toContain('before and after');
		expect(renderMarkdown(reportWith({ ref: 'ce0ab0e', commit: 'ce0ab0e', sameLockfile: true, pages: before }))).toContain('## Walkthrough pages before and after');
	});

	it('resolves a ref to a commit, and refuses one the repository does not have with a message saying what to give', () => {
		expect(resolveCommit(root, 'HEAD')).toMatch(/^[0-9a-f]{7,}$/);
		expect(() => resolveCommit(root, 'no-such-branch-anywhere')).toThrow(/--baseline "no-such-branch-anywhere" is not a commit of this repository/);
	});
});
