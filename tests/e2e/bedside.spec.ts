import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { preparedWorkflow } from '../components/prepared-workflow';

const island = (page: Page) => page.locator('.walkthrough');

async function answer(page: Page, workflowId: 'plph' | 'blood-patch', event: string) {
	const stateId = (await island(page).getAttribute('data-step')) as string;
	const label = preparedWorkflow(workflowId).steps[stateId]!.answers.find(([e]) => e === event)![1];
	await island(page).getByRole('group', { name: 'Answers' }).getByRole('button', { name: label, exact: true }).click();
}

test('the blood-patch rest timer shows the right time after a reload and after 30 minutes', async ({ page }) => {
	await page.clock.install({ time: new Date('2026-11-26T10:00:00') });
	await page.goto('/blood-patch/?step=rest');
	const timer = island(page).getByRole('timer');
	await expect(timer).toContainText('0 min so far · 2 h left of 2 h');
	await page.reload();
	await expect(island(page)).toHaveAttribute('data-step', 'rest');
	await expect(timer).toContainText('2 h left of 2 h');

	await page.clock.fastForward('30:00');
	await expect(timer).toContainText('30 min so far · 1 h 30 min left of 2 h');
	await page.reload();
	await expect(timer).toContainText('30 min so far · 1 h 30 min left of 2 h');
});

test('the summary holds each answer with its time and the outcome, has no name field, and can be cleared', async ({ page }) => {
	await page.goto('/plph/');
	await expect(page).toHaveURL(/step=/);
	await page.evaluate(() => localStorage.clear());
	await page.reload();
	await expect(page).toHaveURL(/step=/);
	for (const event of ['redFlags.none', 'timing.withinFiveDays', 'character.notPostural', 'nonPostural.needsEvaluation']) {
		await answer(page, 'plph', event);
	}

	await island(page).getByRole('button', { name: 'Summary' }).click();
	const summary = page.getByRole('region', { name: 'Case summary' });
	const text = summary.locator('[data-summary-text]');
	const plph = preparedWorkflow('plph');
	await expect(text).toContainText(`${plph.steps['redFlags']!.title} → None of these`);
	await expect(text).toContainText(`Outcome: ${plph.steps['nonPosturalEvaluation']!.title}`);
	await expect(text).toContainText(`What to record: ${plph.steps['nonPosturalEvaluation']!.record}`);
	await expect(text).toContainText(/\d{1,2}:\d{2}/);

	// The one field is the optional trial code; it refuses anything that looks like a name.
	await expect(summary.getByRole('textbox')).toHaveCount(1);
	const code = summary.getByLabel('Participant trial code (optional; never a name)');
	await code.fill('Jane Smith');
	await expect(summary).toContainText('Use the trial code only');
	await code.fill('TOF-0042');
	await expect(text).toContainText('Trial code: TOF-0042');

	await summary.getByRole('button', { name: 'Clear all data on this device' }).click();
	await summary.getByRole('button', { name: 'Yes, clear everything' }).click();
	await expect(summary.getByRole('status')).toContainText('cleared');
	const saved = await page.evaluate(() =>
		Object.keys(localStorage).filter((key) => key.startsWith('tofersen-guide:') && key !== 'tofersen-guide:walkthrough:plph'),
	);
	expect(saved).toEqual([]);
	const fresh = await page.evaluate(() => JSON.parse(localStorage.getItem('tofersen-guide:walkthrough:plph') ?? '{}'));
	expect(fresh.answers).toEqual([]);
	expect(fresh.trialCode).toBeUndefined();
});

test('every control of the walkthrough is at least 48 px tall', async ({ page }) => {
	await page.goto('/plph/?step=conservativeCare');
	await island(page).getByRole('button', { name: 'Summary' }).click();
	const controls = island(page).locator('button, a.wt-button, summary, label.wt-check, input[type="text"]');
	const heights = await controls.evaluateAll((elements) =>
		elements.map((element) => ({ text: element.textContent?.trim().slice(0, 40), height: element.getBoundingClientRect().height })),
	);
	expect(heights.length).toBeGreaterThan(5);
	expect(heights.filter((control) => control.height < 48)).toEqual([]);
});

test('the text size chosen is kept after a reload', async ({ page }) => {
	await page.goto('/mechanism/');
	const before = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
	// At tablet width the control sits in the menu.
	await page.getByRole('button', { name: 'Menu' }).click();
	await page.getByRole('combobox', { name: 'Text size' }).filter({ visible: true }).selectOption('larger');
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-text-size', 'larger');
	const after = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
	expect(Number.parseFloat(after)).toBeGreaterThan(Number.parseFloat(before));
	await expect(page.locator('text-size-select select').first()).toHaveValue('larger');
	// The text is larger, and the page still does not scroll sideways.
	expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});

test.describe('in dark mode (night shifts)', () => {
	test.use({ colorScheme: 'dark' });
	for (const path of ['/plph/?step=conservativeCare', '/blood-patch/?step=relieved', '/adverse-events/']) {
		test(`${path} keeps WCAG AA contrast`, async ({ page }) => {
			await page.goto(path);
			await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
			const results = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
			expect(results.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
		});
	}
});
