import { expect, test, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { workflowIds, workflows, type WorkflowId } from '@/machines/registry';
import { stateIdsOf } from '@/lib/step-paths';
import { walkthroughPagePath } from '@/lib/walkthrough-pages';
import { preparedWorkflow } from '../components/prepared-workflow';

const island = (page: Page) => page.locator('.walkthrough');

async function answer(page: Page, workflowId: 'plph' | 'blood-patch', event: string) {
	const stateId = (await island(page).getAttribute('data-step')) as string;
	const label = preparedWorkflow(workflowId).steps[stateId]!.answers.find(([e]) => e === event)![1];
	await island(page).getByRole('group', { name: 'Answers' }).getByRole('button', { name: label, exact: true }).click();
}

test('the blood-patch rest timer shows the right time after a reload and after 30 minutes', async ({ page }) => {
	await page.clock.install({ time: new Date('2026-11-26T10:00:00') });
	await page.goto('/walkthroughs/blood-patch/?step=rest');
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
	await page.goto('/walkthroughs/plph/');
	await expect(page).toHaveURL(/step=/);
	await page.evaluate(() => localStorage.clear());
	await page.reload();
	await expect(page).toHaveURL(/step=/);
	for (const event of ['redFlags.none', 'timing.withinFiveDays', 'character.notPostural', 'nonPostural.beyondFourteenDays']) {
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
	await page.goto('/walkthroughs/plph/?step=conservativeCare');
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
	for (const path of ['/walkthroughs/plph/?step=conservativeCare', '/walkthroughs/blood-patch/?step=relieved', '/adverse-events/']) {
		test(`${path} keeps WCAG AA contrast`, async ({ page }) => {
			await page.goto(path);
			await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
			const results = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
			expect(results.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
		});
	}
});

/** The links in the home page's "In an emergency" box, by workflow. */
const emergencyLinkNames: Record<WorkflowId, string> = {
	plph: 'headache walkthrough',
	'serious-event': 'serious-event walkthrough',
	'blood-patch': 'blood-patch walkthrough',
};

/** Taps a walkthrough's link in the home page's emergency box, with nothing saved on this device. */
async function tapFromHome(page: Page, id: WorkflowId) {
	await page.goto('/');
	await page.evaluate(() => localStorage.clear());
	await page.getByRole('complementary', { name: 'In an emergency' }).getByRole('link', { name: emergencyLinkNames[id] }).tap();
	await expect(island(page)).toHaveAttribute('data-live', '');
	await expect(page).toHaveURL(/step=/);
}

async function tapAnswer(page: Page, id: WorkflowId, event: string) {
	const stateId = (await island(page).getAttribute('data-step')) as string;
	const label = preparedWorkflow(id).steps[stateId]!.answers.find(([e]) => e === event)![1];
	await island(page).getByRole('group', { name: 'Answers' }).getByRole('button', { name: label, exact: true }).tap();
	await expect(island(page)).not.toHaveAttribute('data-step', stateId);
}

async function expectInFirstViewport(page: Page, locator: Locator) {
	const box = await locator.boundingBox();
	const viewport = page.viewportSize()!;
	expect(box, 'the element is laid out').not.toBeNull();
	expect(box!.y, 'top inside the first screen').toBeGreaterThanOrEqual(0);
	expect(box!.y + box!.height, 'bottom inside the first screen').toBeLessThanOrEqual(viewport.height);
}

test.describe('at the bedside on a tablet (768×1024, touch)', () => {
	// en-GB: 24-hour times, so the clock reads "10:00".
	test.use({ hasTouch: true, viewport: { width: 768, height: 1024 }, locale: 'en-GB' });

	for (const id of workflowIds) {
		test(`the ${id} walkthrough's first question and its answers are on the first screen, one tap from the home page`, async ({ page }) => {
			await tapFromHome(page, id);
			expect(await page.evaluate(() => window.scrollY)).toBe(0);
			const first = workflows[id].machine.config.initial as string;
			await expect(island(page)).toHaveAttribute('data-step', first);
			const heading = island(page).getByRole('heading', { level: 2 });
			await expect(heading).toHaveText(preparedWorkflow(id).steps[first]!.title);
			await expectInFirstViewport(page, heading);
			await expectInFirstViewport(page, island(page).getByRole('group', { name: 'Answers' }));
		});
	}

	for (const id of ['plph', 'blood-patch'] as const) {
		test(`"New or worse symptoms?" opens the serious-event walkthrough's first action in one tap from every ${id} step`, async ({ page }) => {
			const { machine } = workflows[id];
			const steps = stateIdsOf(machine).filter((stateId) => machine.root.states[stateId]?.type !== 'final');
			const exit = preparedWorkflow(id).redFlagExit!;
			for (const [index, stateId] of steps.entries()) {
				await page.goto(`${walkthroughPagePath(id)}?step=${stateId}`);
				await expect(island(page)).toHaveAttribute('data-step', stateId);
				await expect(island(page)).toHaveAttribute('data-live', '');
				const [, label] = exit.answers[index % exit.answers.length]!;
				await island(page).getByRole('group', { name: exit.prompt }).getByRole('button', { name: label, exact: true }).tap();
				await expect(page).toHaveURL(/\/walkthroughs\/serious-event\//);
				await expect(island(page)).toHaveAttribute('data-step', 'immediateAction');
				await expect(island(page).getByRole('heading', { level: 2 })).toHaveText(preparedWorkflow('serious-event').steps['immediateAction']!.title);
			}
		});
	}

	test("the browser's Back undoes one answer, Forward gives it again, and leaving the page keeps the case", async ({ page }) => {
		await tapFromHome(page, 'plph');
		await tapAnswer(page, 'plph', 'redFlags.none');
		await tapAnswer(page, 'plph', 'timing.withinFiveDays');
		const path = page.getByRole('region', { name: 'Path so far' }).getByRole('listitem');

		await page.goBack();
		await expect(island(page)).toHaveAttribute('data-step', 'timing');
		await expect(path).toHaveCount(1);
		await page.goForward();
		await expect(island(page)).toHaveAttribute('data-step', 'character');
		await expect(path).toHaveCount(2);

		// Leave for the topic page and come back: the case is still there, and Back still undoes one answer.
		await page.getByRole('link', { name: 'Post-lumbar-puncture headache (PLPH)' }).last().tap();
		await expect(page).toHaveURL(/\/plph\/$/);
		await page.goBack();
		await expect(island(page)).toHaveAttribute('data-step', 'character');
		await expect(path).toHaveCount(2);
		await page.goBack();
		await expect(island(page)).toHaveAttribute('data-step', 'timing');
		await page.goBack();
		await expect(island(page)).toHaveAttribute('data-step', 'redFlags');
		await page.goBack();
		await expect(page).toHaveURL(/\/$/);
	});

	test('the clinician-review deadline counts from the first answer, not from when its step opened again', async ({ page }) => {
		await page.clock.install({ time: new Date('2026-11-26T10:00:00') });
		await tapFromHome(page, 'plph');
		for (const event of ['redFlags.none', 'timing.withinFiveDays', 'character.postural', 'breathing.comfortableFlat']) {
			await tapAnswer(page, 'plph', event);
		}
		const start = island(page).locator('[data-timer-start]');
		await expect(start).toContainText('Counted from 10:00, the first answer of this case');
		const due = await island(page).locator('[data-timer-text]').textContent();
		expect(due).toContain('due by');

		// Two hours later the reassessment continues care: the same step opens again, the same deadline holds.
		await page.clock.fastForward('02:00:00');
		await tapAnswer(page, 'plph', 'care.done');
		await tapAnswer(page, 'plph', 'reassess.sameTolerable');
		await expect(island(page)).toHaveAttribute('data-step', 'conservativeCare');
		await expect(start).toContainText('Counted from 10:00');
		await expect(island(page).locator('[data-timer-text]')).toContainText(due!.split('due by')[1]!.trim());
		await expect(island(page).locator('[data-timer-text]')).toContainText('22 h left');

		// Re-opening the case does not restart it either.
		await page.reload();
		await expect(start).toContainText('Counted from 10:00');

		// The nurse can give the time the headache was reported; it is saved with the case.
		await island(page).getByRole('button', { name: 'Enter when it was reported' }).tap();
		await island(page).getByLabel('Reported at (date and time)').fill('2026-11-26T09:15');
		await island(page).getByRole('button', { name: 'Save the time' }).tap();
		await expect(start).toContainText('Counted from 09:15, when the problem was reported (time entered)');
		await page.reload();
		await expect(start).toContainText('Counted from 09:15');
		await expect(island(page).locator('[data-timer-text]')).toContainText('21 h 15 min left');
	});
});

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false, viewport: { width: 768, height: 1024 } });

	for (const id of workflowIds) {
		test(`the ${id} walkthrough has no enabled button and says at the top where the same steps are`, async ({ page }) => {
			await page.goto(walkthroughPagePath(id));
			const buttons = page.locator('.walkthrough button, [data-diagram] button');
			expect(await buttons.count()).toBeGreaterThan(2);
			expect(await page.locator('.walkthrough button:enabled, [data-diagram] button:enabled').count()).toBe(0);
			const note = island(page).getByRole('note');
			await expectInFirstViewport(page, note);
			for (const target of [`outline-${id}`, `flowchart-${id}`]) {
				await expect(note.locator(`a[href="#${target}"]`)).toHaveCount(1);
				await expect(page.locator(`[id="${target}"]`)).toHaveCount(1);
			}
		});
	}
});

test('a link into a later step lists the steps before it as not asked, never as answered', async ({ page }) => {
	await page.goto('/walkthroughs/blood-patch/?step=rest');
	await expect(island(page)).toHaveAttribute('data-step', 'rest');
	const path = page.getByRole('region', { name: 'Path so far' });
	const blood = preparedWorkflow('blood-patch');
	for (const stateId of ['checkAntithrombotic', 'checkConsent']) {
		await expect(path.getByRole('listitem').filter({ hasText: blood.steps[stateId]!.title })).toContainText('not asked');
	}
	await expect(path).not.toContainText(/Yes|from the link/);
	await island(page).getByRole('button', { name: 'Summary' }).click();
	await expect(page.locator('[data-summary-text]')).toContainText(`${blood.steps['checkConsent']!.title} → not asked`);
});

test.describe('a follow-up contact on a tablet (768×1024, touch)', () => {
	test.use({ hasTouch: true, viewport: { width: 768, height: 1024 } });

	test('starts at the discharge advice after a patch, and never shows a safety check as answered', async ({ page }) => {
		const blood = preparedWorkflow('blood-patch');
		await tapFromHome(page, 'blood-patch');
		await island(page).getByRole('group', { name: 'Or start at a follow-up contact' }).getByRole('button', { name: blood.steps['redFlags']!.answers.find(([e]) => e === 'start.followUp')![1] }).tap();
		// The red flags are checked at this contact before anything else.
		await expect(island(page)).toHaveAttribute('data-step', 'followUpRedFlags');
		await island(page).getByRole('button', { name: blood.steps['followUpRedFlags']!.answers.find(([e]) => e === 'redFlags.none')![1] }).tap();
		await expect(island(page)).toHaveAttribute('data-step', 'monitor');
		const path = page.getByRole('region', { name: 'Path so far' });
		await expect(path).toContainText('Started at: Follow-up after a blood patch given earlier');
		await expect(path).toContainText('the checks before starting and the procedure were not part of this case');
		await island(page).getByRole('button', { name: 'Summary' }).tap();
		const summary = page.locator('[data-summary-text]');
		await expect(summary).toContainText('Started at: Follow-up after a blood patch given earlier.');
		for (const safetyCheck of ['redFlags', 'checkDiagnosis', 'checkInfection', 'checkAntithrombotic', 'checkConsent', 'checkBreathing']) {
			await expect(summary).not.toContainText(`${blood.steps[safetyCheck]!.title} →`);
		}
	});

	test('a link to a later step opens the same way: the start is recorded, the steps before it are not asked', async ({ page }) => {
		await page.goto('/walkthroughs/blood-patch/?step=result');
		await expect(island(page)).toHaveAttribute('data-step', 'result');
		const path = page.getByRole('region', { name: 'Path so far' });
		await expect(path).toContainText('Started at (by the link that opened this case): Follow-up after a blood patch given earlier');
		await expect(path).not.toContainText(/Yes|from the link/);
	});
});

test.describe('conservative care on a tablet (768×1024)', () => {
	test.use({ viewport: { width: 768, height: 1024 } });

	test('shows what to do now on the first screen, and what is not recommended as plain text, not a box to tick', async ({ page }) => {
		await page.goto('/walkthroughs/plph/?step=conservativeCare');
		await expect(island(page)).toHaveAttribute('data-live', '');
		await island(page).getByRole('button', { name: 'Dismiss' }).click();
		const now = island(page).getByRole('region', { name: 'Now' });
		await expectInFirstViewport(page, now.getByRole('heading'));
		await expectInFirstViewport(page, now.getByRole('checkbox').first());
		const care = preparedWorkflow('plph').steps['conservativeCare']!;
		const notRecommended = island(page).getByRole('region', { name: 'Not recommended' });
		for (const item of care.items.filter((candidate) => candidate.kind === 'avoid')) {
			await expect(notRecommended.locator(`[data-item="${item.id}"]`)).toContainText(item.label);
		}
		await expect(notRecommended.getByRole('checkbox')).toHaveCount(0);
		await expect(island(page).getByRole('checkbox')).toHaveCount(care.items.filter((item) => item.kind === 'do').length);
	});
});
