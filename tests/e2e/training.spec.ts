/**
 * Training and onboarding in the built site: a case played right and played wrong, a knowledge check
 * that survives a reload, the onboarding path following progress, and the dosing planner's calendar
 * download holding the planned dates.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { parse } from 'yaml';
import { eventsOf, readCalendar, valueType, propertyValue } from '../ical';

const contentRoot = join(import.meta.dirname, '..', '..', 'content');
const readYaml = <T>(path: string) => parse(readFileSync(join(contentRoot, path), 'utf8')) as T;

interface ScenarioFile {
	title: string;
	expectedPath: (string | { event: string; choices: string[] })[];
}
interface CheckFile {
	questions: { id: string; correct: string; options: { id: string; text: string }[] }[];
}

/** Scrolls the island holding `selector` into view (they hydrate when visible) and waits until React has taken it over. */
async function waitForIsland(page: Page, selector: string) {
	await page.locator(selector).first().scrollIntoViewIfNeeded();
	await page.locator(`astro-island:not([ssr]) ${selector}`).first().waitFor();
}

/** Scrolls to the dosing planner and waits until its script has read today's date and taken over the form. */
/** Turns to the dosing planner as a reader does (its script loads on the first touch) and waits until it has started. */
async function waitForDosingPlanner(page: Page) {
	await page.locator('.dosing-planner').scrollIntoViewIfNeeded();
	await page.getByLabel('Date of loading dose 1').focus();
	await page.locator('.dosing-planner[data-loaded="true"]').waitFor();
}

/**
 * Collects every JavaScript module the page loads from /_astro/, with its text, so a test can show that
 * a page ran without React. Call before `page.goto`; await the result once the page has done its work.
 */
function collectScripts(page: Page): () => Promise<{ path: string; body: string }[]> {
	const modules: Promise<{ path: string; body: string }>[] = [];
	page.on('response', (response) => {
		const { pathname } = new URL(response.url());
		if (pathname.startsWith('/_astro/') && pathname.endsWith('.js')) modules.push(response.text().then((body) => ({ path: pathname, body })));
	});
	return () => Promise.all(modules);
}

/** The loaded modules that hold React. */
function modulesWithReact(loaded: { path: string; body: string }[]): string[] {
	// React DOM names itself; React 19's element symbol and internals object are in react, react-dom and the JSX
	// runtime (`__SECRET_INTERNALS` and `react.production` are the same markers in older builds).
	const reactMarkers = ['react-dom', 'react.transitional.element', '__CLIENT_INTERNALS', '__SECRET_INTERNALS', 'react.production'];
	return loaded.filter(({ body }) => reactMarkers.some((marker) => body.includes(marker))).map(({ path }) => path);
}

/** Scrolls to the page's knowledge check and waits until its script has restored the saved answers. */
async function waitForKnowledgeCheck(page: Page) {
	await page.locator('.knowledge-check').scrollIntoViewIfNeeded();
	await page.locator('.knowledge-check[data-loaded="true"]').waitFor();
}

async function openScenario(page: Page, id: string) {
	await page.goto(`/training/?scenario=${id}`);
	await waitForIsland(page, `.scenario-run[data-scenario="${id}"]`);
	return page.locator('.scenario-run');
}

/** Gives an answer; for a "tick every one" step, ticks each option's box first. */
async function answer(page: Page, expected: ScenarioFile['expectedPath'][number]) {
	const { event, choices } = typeof expected === 'string' ? { event: expected, choices: [] } : expected;
	for (const choice of choices) await page.locator(`.scenario-step input[name="${choice}"]`).check();
	await page.locator(`.scenario-step button[data-event="${event}"]`).click();
}

test.describe('case scenarios', () => {
	test('played right: every answer matches, and the debrief confirms the expected path', async ({ page }) => {
		const scenario = readYaml<ScenarioFile>('scenarios/plph-typical.yaml');
		const run = await openScenario(page, 'plph-typical');
		for (const [index, event] of scenario.expectedPath.entries()) {
			await answer(page, event);
			const feedback = run.locator('.scenario-feedback');
			await expect(feedback, `answer ${index + 1}`).toHaveAttribute('data-feedback', 'match');
			await expect(feedback).toContainText('matches the expected answer');
		}
		const debrief = run.getByRole('region', { name: 'Debrief' });
		await expect(debrief).toHaveAttribute('data-matched', 'true');
		await expect(debrief).toContainText('You took the expected path, answer for answer');
		await expect(debrief.locator('[data-differs="true"]')).toHaveCount(0);
		await expect(run.getByRole('heading', { name: /^Outcome: Resolving PLPH/ })).toBeVisible();
		await expect(debrief.getByRole('heading', { name: 'Teaching points' })).toBeVisible();
	});

	test('played wrong: the feedback names the expected answer and why, and the debrief compares the paths', async ({ page }) => {
		const run = await openScenario(page, 'plph-fever');
		await answer(page, 'redFlags.none');
		const feedback = run.locator('.scenario-feedback');
		await expect(feedback).toHaveAttribute('data-feedback', 'mismatch');
		await expect(feedback).toContainText('You chose “None of these”. This case expects “Hand over with the ticked signs: Meningitis signs');
		await expect(feedback).toContainText('Ask this before anything else.');
		await expect(feedback.getByText('Sources for this step')).toBeVisible();

		// The trainee carries on down the path they chose; the real machine decides what comes next.
		await expect(run).toHaveAttribute('data-step', 'timing');
		await answer(page, 'redFlag.pressure');
		await expect(feedback).toHaveAttribute('data-feedback', 'off-path');
		const debrief = run.getByRole('region', { name: 'Debrief' });
		await expect(debrief).toHaveAttribute('data-matched', 'false');
		await expect(debrief).toHaveAttribute('data-same-outcome', 'true');
		await expect(debrief.locator('[data-path="yours"] [data-differs="true"]').first()).toContainText('None of these');
		await expect(debrief.locator('[data-path="expected"] [data-differs="true"]').first()).toContainText('Hand over with the ticked signs');
	});

	test('Back lets the trainee try a step again after a wrong answer', async ({ page }) => {
		const run = await openScenario(page, 'plph-fever');
		await answer(page, 'redFlags.none');
		await run.getByRole('button', { name: 'Back', exact: true }).click();
		await answer(page, { event: 'redFlags.ticked', choices: ['fever'] });
		await expect(run.locator('.scenario-feedback')).toHaveAttribute('data-feedback', 'match');
		await expect(run.getByRole('region', { name: 'Debrief' })).toHaveAttribute('data-matched', 'true');
	});
});

test.describe('knowledge checks', () => {
	test('a result survives a reload', async ({ page }) => {
		const check = readYaml<CheckFile>('checks/administration.yaml');
		const [first, second] = check.questions as [CheckFile['questions'][number], CheckFile['questions'][number]];
		const rightText = first.options.find((option) => option.id === first.correct)!.text;
		const wrongText = second.options.find((option) => option.id !== second.correct)!.text;

		await page.goto('/administration/');
		await waitForKnowledgeCheck(page);
		const firstCard = page.locator(`[data-question="${first.id}"]`);
		await firstCard.getByLabel(rightText).check();
		await firstCard.getByRole('button', { name: 'Check answer' }).click();
		await expect(firstCard).toHaveAttribute('data-result', 'right');
		await expect(firstCard.getByText('✓ Right.')).toBeVisible();
		const secondCard = page.locator(`[data-question="${second.id}"]`);
		await secondCard.getByLabel(wrongText).check();
		await secondCard.getByRole('button', { name: 'Check answer' }).click();
		await expect(secondCard).toHaveAttribute('data-result', 'wrong');

		await page.reload();
		await waitForKnowledgeCheck(page);
		await expect(page.locator(`[data-question="${first.id}"]`)).toHaveAttribute('data-result', 'right');
		await expect(page.locator(`[data-question="${second.id}"]`)).toHaveAttribute('data-result', 'wrong');
		await expect(page.locator('.check-status')).toHaveText(`1 of ${check.questions.length} answered right, 1 to try again.`);
	});

	test('unreadable saved progress gets a clear message, not a crash', async ({ page }) => {
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto('/plph/');
		await page.evaluate(() => window.localStorage.setItem('tofersen-guide:training', '{"format":1, this is not JSON'));
		await page.reload();
		await waitForKnowledgeCheck(page);
		await expect(page.locator('.knowledge-check').getByText('could not be read, so it starts again from here')).toBeVisible();
		await expect(page.locator('.check-status')).toHaveText(/^0 of \d answered right\.$/);
		expect(await page.evaluate(() => window.localStorage.getItem('tofersen-guide:training:unreadable'))).toBe(
			'{"format":1, this is not JSON',
		);
		expect(errors).toEqual([]);
	});

	test('marks an answer on /mechanism/ without loading React', async ({ page }) => {
		const check = readYaml<CheckFile>('checks/mechanism.yaml');
		const question = check.questions[0]!;
		const loadedScripts = collectScripts(page);

		await page.goto('/mechanism/');
		// Scrolled to the bottom, so anything loaded only when visible (a `client:visible` island) is loaded too.
		await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
		await waitForKnowledgeCheck(page);
		const card = page.locator(`[data-question="${question.id}"]`);
		await card.getByLabel(question.options.find((option) => option.id === question.correct)!.text).check();
		await card.getByRole('button', { name: 'Check answer' }).click();
		await expect(card).toHaveAttribute('data-result', 'right');
		await page.waitForLoadState('networkidle');

		const loaded = await loadedScripts();
		// The check's own script comes from /_astro/: an empty list would prove nothing.
		expect(loaded.length).toBeGreaterThan(0);
		expect(modulesWithReact(loaded)).toEqual([]);
	});
});

test.describe('onboarding path', () => {
	test('progress updates as pages are marked read, a check is passed and a case is finished', async ({ page }) => {
		await page.goto('/onboarding/');
		await waitForIsland(page, '.onboarding');
		const summary = page.locator('.onboarding-summary');
		const total = Number(await summary.getAttribute('data-total'));
		await expect(summary).toHaveText(`0 of ${total} done on this device.`);

		await page.locator('[data-item="page:mechanism"]').getByLabel('I have read this page').check();
		await expect(summary).toHaveText(`1 of ${total} done on this device.`);

		const check = readYaml<CheckFile>('checks/mechanism.yaml');
		await page.goto('/mechanism/');
		await waitForKnowledgeCheck(page);
		for (const question of check.questions) {
			const card = page.locator(`[data-question="${question.id}"]`);
			await card.getByLabel(question.options.find((option) => option.id === question.correct)!.text).check();
			await card.getByRole('button', { name: 'Check answer' }).click();
			await expect(card).toHaveAttribute('data-result', 'right');
		}
		await expect(page.locator('.check-status')).toHaveText(`Passed: all ${check.questions.length} answered right.`);

		const scenario = readYaml<ScenarioFile>('scenarios/plph-pressure.yaml');
		await openScenario(page, 'plph-pressure');
		for (const event of scenario.expectedPath) await answer(page, event);
		await expect(page.getByRole('region', { name: 'Debrief' })).toBeVisible();

		await page.goto('/onboarding/');
		await waitForIsland(page, '.onboarding');
		await expect(summary).toHaveText(`3 of ${total} done on this device.`);
		for (const item of ['page:mechanism', 'check:mechanism', 'scenario:plph-pressure']) {
			await expect(page.locator(`.onboarding-item[data-item="${item}"]`)).toHaveAttribute('data-done', 'true');
			await expect(page.locator(`.onboarding-record tr[data-item="${item}"]`)).toHaveAttribute('data-done', 'true');
		}
		await expect(page.locator('.onboarding-record tr[data-item="scenario:plph-pressure"]')).toContainText('Finished on the expected path');

		await page.locator('[data-item="page:mechanism"]').getByLabel('I have read this page').uncheck();
		await expect(summary).toHaveText(`2 of ${total} done on this device.`);
	});

	test('the completion record names the content version and asks for no name', async ({ page }) => {
		const edition = JSON.parse(readFileSync(join(contentRoot, 'edition.json'), 'utf8')) as { version: string };
		await page.goto('/onboarding/');
		await waitForIsland(page, '.onboarding');
		const record = page.getByRole('region', { name: 'Completion record' });
		await expect(record).toContainText(`Content version${edition.version}`);
		await expect(record.getByRole('textbox')).toHaveCount(0);
	});
});

/** A local calendar date `days` after today, as YYYY-MM-DD, computed with UTC day arithmetic independent of the site's code. */
function localDatePlus(days: number): string {
	const now = new Date();
	const utc = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) + days * 86_400_000;
	return new Date(utc).toISOString().slice(0, 10);
}
const plusDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

test.describe('dosing planner', () => {
	test('the .ics download parses and holds the planned dates, a late dose included', async ({ page }) => {
		await page.goto('/administration/');
		await waitForDosingPlanner(page);
		const first = localDatePlus(10);
		await page.getByLabel('Date of loading dose 1').fill(first);
		const lateSecond = plusDays(first, 14 + 3);
		await page.getByLabel('Loading dose 2 given on').fill(lateSecond);

		// Expected from the label's rules alone: dose 3 is 14 days after the late dose 2, then every 28 days.
		const expected = [first, lateSecond, plusDays(lateSecond, 14)];
		for (let dose = 4; dose <= 9; dose += 1) expected.push(plusDays(expected.at(-1) as string, 28));
		await expect(page.locator('.dosing-planner tbody tr[data-date]')).toHaveCount(9);
		expect(await page.locator('.dosing-planner tbody tr[data-date]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-date')))).toEqual(
			expected,
		);

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Download calendar (.ics)' }).click(),
		]);
		expect(download.suggestedFilename()).toBe('tofersen-dosing-plan.ics');
		const text = readFileSync((await download.path()) as string, 'utf8');
		const events = eventsOf(readCalendar(text));
		expect(events.map((event) => propertyValue(event, 'dtstart'))).toEqual(expected);
		expect(events.map((event) => valueType(event, 'dtstart'))).toEqual(expected.map(() => 'date'));
		expect(propertyValue(events[3]!, 'summary')).toBe('Tofersen dose 4 (maintenance)');
		expect(new Set(events.map((event) => propertyValue(event, 'uid'))).size).toBe(9);
	});

	test('a wrong date gets a message beside its field and no plan from it on', async ({ page }) => {
		await page.goto('/administration/');
		await waitForDosingPlanner(page);
		const firstField = page.getByLabel('Date of loading dose 1');
		await firstField.fill(localDatePlus(-(3 * 366)));
		await expect(firstField).toHaveAccessibleDescription(/is more than 2 years before today/);
		await expect(firstField).toHaveAttribute('aria-invalid', 'true');
		await expect(page.locator('.dosing-planner tbody tr')).toHaveCount(0);
		await expect(page.getByRole('button', { name: 'Download calendar (.ics)' })).toBeDisabled();

		await firstField.fill(localDatePlus(0));
		const secondField = page.getByLabel('Loading dose 2 given on');
		await secondField.fill(localDatePlus(-1));
		await expect(secondField).toHaveAccessibleDescription(/cannot be given before loading dose 1/);
		await expect(page.locator('.dosing-planner tbody tr[data-date]')).toHaveCount(1);
		await expect(page.getByRole('button', { name: 'Download calendar (.ics)' })).toBeDisabled();
	});

	test('the planner’s rules load only once the reader turns to the planner', async ({ page }) => {
		const loadedScripts = collectScripts(page);
		await page.goto('/administration/');
		await page.locator('.dosing-planner').scrollIntoViewIfNeeded();
		await page.waitForLoadState('networkidle');
		const holdsPlanner = (loaded: { body: string }[]) => loaded.some(({ body }) => body.includes('tofersen-dosing-plan.ics'));
		expect(holdsPlanner(await loadedScripts())).toBe(false);
		await expect(page.locator('.dosing-planner [role="status"]')).toHaveText('No plan yet: enter the date of loading dose 1.');

		await page.getByLabel('Date of loading dose 1').fill(localDatePlus(3));
		await expect(page.locator('.dosing-planner tbody tr[data-date]')).toHaveCount(9);
		expect(holdsPlanner(await loadedScripts())).toBe(true);
	});

	test('plans and downloads on /administration/ without loading React', async ({ page }) => {
		const loadedScripts = collectScripts(page);
		await page.goto('/administration/');
		// Scrolled to the bottom, so anything loaded only when visible (a `client:visible` island) is loaded too.
		await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
		await waitForDosingPlanner(page);
		await page.getByLabel('Date of loading dose 1').fill(localDatePlus(3));
		await expect(page.locator('.dosing-planner tbody tr[data-date]')).toHaveCount(9);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Download calendar (.ics)' }).click(),
		]);
		expect(download.suggestedFilename()).toBe('tofersen-dosing-plan.ics');
		await page.waitForLoadState('networkidle');

		const loaded = await loadedScripts();
		// The planner's own script comes from /_astro/: an empty list would prove nothing.
		expect(loaded.some(({ body }) => body.includes('tofersen-dosing-plan.ics'))).toBe(true);
		expect(modulesWithReact(loaded)).toEqual([]);
	});
});

test.describe('accessibility of the tools once in use', () => {
	const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
	const violations = async (page: Page, selector: string) =>
		(await new AxeBuilder({ page }).include(selector).withTags(wcag).analyze()).violations.map(
			(violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`,
		);
	// AxeBuilder needs a page from its own context.
	const freshPage = async (browser: Browser) => (await browser.newContext({ viewport: { width: 768, height: 1024 } })).newPage();

	test('a case with feedback and its debrief has no WCAG 2.2 AA violation', async ({ browser }) => {
		const page = await freshPage(browser);
		await openScenario(page, 'plph-fever');
		await answer(page, 'redFlags.none');
		expect(await violations(page, '.scenario-player')).toEqual([]);
		await answer(page, 'redFlag.pressure');
		await expect(page.getByRole('region', { name: 'Debrief' })).toBeVisible();
		expect(await violations(page, '.scenario-player')).toEqual([]);
		await page.context().close();
	});

	test('an answered knowledge check has no WCAG 2.2 AA violation', async ({ browser }) => {
		const page = await freshPage(browser);
		const check = readYaml<CheckFile>('checks/plph.yaml');
		const question = check.questions[0]!;
		await page.goto('/plph/');
		await waitForKnowledgeCheck(page);
		const card = page.locator(`[data-question="${question.id}"]`);
		await card.getByLabel(question.options.find((option) => option.id !== question.correct)!.text).check();
		await card.getByRole('button', { name: 'Check answer' }).click();
		await expect(card).toHaveAttribute('data-result', 'wrong');
		expect(await violations(page, '.knowledge-check')).toEqual([]);
		await page.context().close();
	});

	test('the dosing planner with a plan and with a refused date has no WCAG 2.2 AA violation', async ({ browser }) => {
		const page = await freshPage(browser);
		await page.goto('/administration/');
		await waitForDosingPlanner(page);
		await page.getByLabel('Date of loading dose 1').fill(localDatePlus(0));
		await page.getByLabel('Loading dose 3 given on').fill(localDatePlus(1));
		await expect(page.getByLabel('Loading dose 3 given on')).toHaveAttribute('aria-invalid', 'true');
		expect(await violations(page, '.dosing-planner')).toEqual([]);
		await page.context().close();
	});

	test('the onboarding path with progress has no WCAG 2.2 AA violation', async ({ browser }) => {
		const page = await freshPage(browser);
		await page.goto('/onboarding/');
		await waitForIsland(page, '.onboarding');
		await page.locator('[data-item="page:about"]').getByLabel('I have read this page').check();
		expect(await violations(page, '.onboarding')).toEqual([]);
		await page.context().close();
	});
});
