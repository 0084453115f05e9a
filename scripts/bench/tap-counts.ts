/**
 * Taps to the key guidance: bedside journeys walked from the home page in Chromium at tablet size with
 * touch, each tap counted. A count, not a time. The journeys are shared with the browser test
 * (tests/e2e/tap-counts.spec.ts), which fails when one needs more taps than its limit or stops
 * reaching its guidance; the bench adds the counts to bench/report.md and bench/report.json.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Locator, type Page } from '@playwright/test';
import { chromiumPath, quietChromiumFlags } from '../lib/chromium.ts';
import { startPreview } from './preview-server.ts';

/**
 * One tap: a link by its accessible name (optionally inside a landmark), a walkthrough button by its
 * event, or a box of a "tick every one that applies" step by its option id.
 */
export type JourneyTap = { link: string | RegExp; within?: string } | { event: string } | { tick: string };

export interface TapJourney {
	name: string;
	/** The most taps this journey may take (from the issue, or the count when it was last improved). */
	limit: number;
	taps: JourneyTap[];
	/** Where the guidance is: the walkthrough page and its step. */
	reaches: { path: string; step: string };
}

const emergency = 'In an emergency';

export const tapJourneys: readonly TapJourney[] = [
	{
		name: 'Typical PLPH to conservative care',
		limit: 5,
		taps: [
			{ link: 'headache walkthrough', within: emergency },
			{ event: 'redFlags.none' },
			{ event: 'timing.withinFiveDays' },
			{ event: 'character.postural' },
			{ event: 'breathing.comfortableFlat' },
		],
		reaches: { path: '/walkthroughs/plph/', step: 'conservativeCare' },
	},
	{
		name: 'A red flag on the headache screen (fever) to the serious-event first actions',
		limit: 6,
		taps: [
			{ link: 'headache walkthrough', within: emergency },
			{ tick: 'fever' },
			{ event: 'redFlags.ticked' },
			{ link: /Continue in/ },
			{ event: 'immediate.done' },
			{ event: 'patterns.chosen' },
		],
		reaches: { path: '/walkthroughs/serious-event/', step: 'firstActions' },
	},
	{
		name: 'A red flag through "New or worse symptoms?" to the serious-event first actions',
		limit: 4,
		taps: [
			{ link: 'headache walkthrough', within: emergency },
			{ event: 'redFlag.meningeal' },
			{ event: 'immediate.done' },
			{ event: 'patterns.chosen' },
		],
		reaches: { path: '/walkthroughs/serious-event/', step: 'firstActions' },
	},
	{
		name: 'Seizure, from the home page, to urgent evaluation',
		limit: 4,
		taps: [
			{ link: 'serious-event walkthrough', within: emergency },
			{ event: 'immediate.done' },
			{ tick: 'other' },
			{ event: 'patterns.chosen' },
		],
		reaches: { path: '/walkthroughs/serious-event/', step: 'firstActions' },
	},
	{
		name: 'Follow-up after a blood patch to the discharge advice',
		limit: 6,
		taps: [{ link: 'blood-patch walkthrough', within: emergency }, { event: 'start.followUp' }, { event: 'redFlags.none' }],
		reaches: { path: '/walkthroughs/blood-patch/', step: 'monitor' },
	},
	{
		name: 'Follow-up after a blood patch to the outcome (relief)',
		limit: 6,
		taps: [
			{ link: 'blood-patch walkthrough', within: emergency },
			{ event: 'start.followUp' },
			{ event: 'redFlags.none' },
			{ event: 'monitor.done' },
			{ event: 'result.relief' },
		],
		reaches: { path: '/walkthroughs/blood-patch/', step: 'relieved' },
	},
	{
		name: 'Reassess a headache already being treated',
		limit: 3,
		taps: [{ link: 'headache walkthrough', within: emergency }, { event: 'start.reassessPostural' }, { event: 'redFlags.none' }],
		reaches: { path: '/walkthroughs/plph/', step: 'reassess' },
	},
];

export interface TapCount {
	name: string;
	taps: number;
	limit: number;
	reached: { path: string; step: string | null };
}

/** Where the reader is: the page's path and the walkthrough's step, once the walkthrough is live. */
async function whereNow(page: Page): Promise<string> {
	try {
		const step = await page.locator('.walkthrough[data-live]').getAttribute('data-step', { timeout: 1000 });
		return `${new URL(page.url()).pathname} ${step ?? ''}`;
	} catch {
		return `${new URL(page.url()).pathname} (loading)`;
	}
}

function locate(page: Page, tap: JourneyTap): Locator {
	if ('event' in tap) return page.locator(`.walkthrough[data-live] button[data-event="${tap.event}"]`);
	if ('tick' in tap) return page.locator(`.walkthrough[data-live] label[data-option="${tap.tick}"]`);
	const scope = tap.within ? page.getByRole('complementary', { name: tap.within }) : page.locator('main');
	return scope.getByRole('link', { name: tap.link }).first();
}

/** Walks a journey by tapping, waiting after each tap until the page or the step has changed. */
export async function walkJourney(page: Page, journey: TapJourney): Promise<TapCount> {
	await page.goto('/');
	await page.evaluate(() => window.localStorage.clear());
	let taps = 0;
	for (const tap of journey.taps) {
		const before = await whereNow(page);
		await locate(page, tap).tap();
		taps += 1;
		if ('tick' in tap) {
			await locate(page, tap).locator('input:checked').waitFor();
			continue;
		}
		for (let waited = 0; (await whereNow(page)) === before || (await whereNow(page)).endsWith('(loading)'); waited += 100) {
			if (waited > 15_000) throw new Error(`"${journey.name}": tap ${taps} (${JSON.stringify(tap)}) changed nothing; still at ${before}.`);
			await page.waitForTimeout(100);
		}
	}
	const step = await page.locator('.walkthrough[data-live]').getAttribute('data-step');
	return { name: journey.name, taps, limit: journey.limit, reached: { path: new URL(page.url()).pathname, step } };
}

/** The bench's part: serves the built site, walks every journey, and adds the counts to the report. */
export async function addTapCounts(siteDir: string, benchDir: string): Promise<void> {
	console.log('Counting taps to the key guidance…');
	const server = await startPreview(siteDir);
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: quietChromiumFlags });
	const counts: TapCount[] = [];
	try {
		const context = await browser.newContext({ baseURL: server.origin, viewport: { width: 768, height: 1024 }, hasTouch: true });
		for (const journey of tapJourneys) counts.push(await walkJourney(await context.newPage(), journey));
	} finally {
		await browser.close();
		await server.stop();
	}
	const rows = counts.map((count) => {
		const reached = count.reached.path === journeyOf(count).reaches.path && count.reached.step === journeyOf(count).reaches.step;
		return `| ${count.name} | ${count.taps} | ≤ ${count.limit} | ${reached && count.taps <= count.limit ? 'yes' : 'NO'} |`;
	});
	const section = [
		'',
		'## Taps to the key guidance',
		'',
		'From the home page, at 768×1024 with touch; each tap on a link, an answer or a box counts once.',
		'',
		'| Journey | Taps | Limit | Holds |',
		'| --- | ---: | ---: | --- |',
		...rows,
		'',
	].join('\n');
	await writeFile(join(benchDir, 'report.md'), `${(await readFile(join(benchDir, 'report.md'), 'utf8')).trimEnd()}\n${section}`);
	const json = JSON.parse(await readFile(join(benchDir, 'report.json'), 'utf8')) as Record<string, unknown>;
	await writeFile(join(benchDir, 'report.json'), `${JSON.stringify({ ...json, tapCounts: counts }, null, '\t')}\n`);
	console.log(section);
}

const journeyOf = (count: TapCount) => tapJourneys.find((journey) => journey.name === count.name) as TapJourney;
