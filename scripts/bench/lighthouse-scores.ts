/**
 * Lighthouse scores for one URL with Lighthouse's defaults: mobile emulation (a mid-range phone screen)
 * and simulated throttling (slow 4G, 4x CPU slowdown), in a fresh headless Chromium per run.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath, quietChromiumFlags } from '../lib/chromium.ts';

export const lighthouseCategories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type LighthouseCategory = (typeof lighthouseCategories)[number];

export interface LighthouseResult {
	/** Scores 0–100 per category. */
	scores: Record<LighthouseCategory, number>;
	/** Performance metrics in milliseconds (CLS unitless), from the same run. */
	metrics: { fcp: number; lcp: number; tbt: number; cls: number; speedIndex: number };
	/** Audits that did not pass in accessibility, best practices or SEO, for a low score's reason. */
	failedAudits: string[];
}

/** Runs Lighthouse once on `url`, keeping the full report JSON in `reportDir`. */
export async function runLighthouse(url: string, reportDir: string, reportName: string): Promise<LighthouseResult> {
	const chrome = await launch({
		chromePath: chromiumPath(),
		chromeFlags: ['--headless', ...quietChromiumFlags],
		logLevel: 'silent',
	});
	try {
		const result = await lighthouse(url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: [...lighthouseCategories],
		});
		if (!result) throw new Error(`Lighthouse returned no result for ${url}.`);
		const lhr = result.lhr;
		if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.message}`);
		await mkdir(reportDir, { recursive: true });
		await writeFile(join(reportDir, `${reportName}.json`), JSON.stringify(lhr, null, '\t'));
		const score = (category: LighthouseCategory) => {
			const value = lhr.categories[category]?.score;
			if (value === null || value === undefined) throw new Error(`Lighthouse gave no ${category} score for ${url}.`);
			return Math.round(value * 100);
		};
		const metric = (audit: string) => lhr.audits[audit]?.numericValue ?? Number.NaN;
		const failedAudits = (['accessibility', 'best-practices', 'seo'] as const).flatMap((category) =>
			(lhr.categories[category]?.auditRefs ?? [])
				.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
				.map((ref) => `${category}: ${ref.id}`),
		);
		return {
			scores: {
				performance: score('performance'),
				accessibility: score('accessibility'),
				'best-practices': score('best-practices'),
				seo: score('seo'),
			},
			metrics: {
				fcp: Math.round(metric('first-contentful-paint')),
				lcp: Math.round(metric('largest-contentful-paint')),
				tbt: Math.round(metric('total-blocking-time')),
				cls: Number(metric('cumulative-layout-shift').toFixed(3)),
				speedIndex: Math.round(metric('speed-index')),
			},
			failedAudits,
		};
	} finally {
		chrome.kill();
	}
}
