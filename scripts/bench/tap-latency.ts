/**
 * Time from a tap on an answer to the next step, on a walkthrough page in Chromium slowed 4x (a cheap
 * tablet). Measured inside the page with performance.now(): from the click event's timestamp to the
 * moment the walkthrough's `data-step` attribute changes (React has committed the next step), and to
 * the next animation frame after that (the step is on screen). "Back" returns to the first step
 * between taps, so every tap measures the same transition.
 */
import { chromium } from '@playwright/test';
import { chromiumPath, quietChromiumFlags } from '../lib/chromium.ts';

export interface TapLatency {
	/** The step tapped from, and the answer tapped. */
	from: string;
	answer: string;
	taps: number;
	/** Median milliseconds from the click to the new `data-step`. */
	medianToStepMs: number;
	/** Median milliseconds from the click to the first frame after the new step. */
	medianToFrameMs: number;
	/** Every tap, in order: milliseconds to the new `data-step`. */
	toStepMs: number[];
}

export function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	if (sorted.length === 0) return Number.NaN;
	return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/** Taps the first answer of the first step `taps` times on `url`, with the CPU slowed `cpuSlowdown` times. */
export async function measureTapLatency(url: string, taps = 20, cpuSlowdown = 4): Promise<TapLatency> {
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: quietChromiumFlags });
	try {
		const context = await browser.newContext({ viewport: { width: 768, height: 1024 }, hasTouch: false });
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
		await page.goto(url, { waitUntil: 'load' });
		// Astro removes the island's `ssr` attribute once React has hydrated it.
		await page.locator('astro-island:not([ssr]) .walkthrough').waitFor({ timeout: 30_000 });
		const walkthrough = page.locator('.walkthrough');
		const from = (await walkthrough.getAttribute('data-step')) ?? '';
		const answerButton = walkthrough.getByRole('group', { name: 'Answers' }).getByRole('button').first();
		const answer = (await answerButton.textContent())?.trim() ?? '';
		const back = walkthrough.getByRole('button', { name: 'Back', exact: true });

		const toStep: number[] = [];
		const toFrame: number[] = [];
		for (let tap = 0; tap < taps; tap++) {
			await page.evaluate(() => {
				const timing = new Promise<{ toStep: number; toFrame: number }>((resolve) => {
					let clickedAt: number | undefined;
					document.addEventListener(
						'click',
						(event) => {
							clickedAt = event.timeStamp;
						},
						{ capture: true, once: true },
					);
					const before = document.querySelector<HTMLElement>('.walkthrough')?.dataset.step;
					const observer = new MutationObserver(() => {
						const now = document.querySelector<HTMLElement>('.walkthrough')?.dataset.step;
						if (now === before || clickedAt === undefined) return;
						const stepAt = performance.now();
						observer.disconnect();
						const start = clickedAt;
						requestAnimationFrame(() => resolve({ toStep: stepAt - start, toFrame: performance.now() - start }));
					});
					observer.observe(document.body, { attributes: true, attributeFilter: ['data-step'], subtree: true });
				});
				(window as unknown as { benchTap: typeof timing }).benchTap = timing;
			});
			await answerButton.click();
			const timing = await page.evaluate(() => (window as unknown as { benchTap: Promise<{ toStep: number; toFrame: number }> }).benchTap);
			toStep.push(round(timing.toStep));
			toFrame.push(round(timing.toFrame));
			await back.click();
			await page.waitForFunction((step) => document.querySelector<HTMLElement>('.walkthrough')?.dataset.step === step, from);
		}
		return {
			from,
			answer,
			taps,
			medianToStepMs: round(median(toStep)),
			medianToFrameMs: round(median(toFrame)),
			toStepMs: toStep,
		};
	} finally {
		await browser.close();
	}
}
