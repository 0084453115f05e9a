import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { workflowIds, workflows, type WorkflowId } from '@/machines/registry';
import { stateIdsOf } from '@/lib/step-paths';
import { storageKey } from '@/lib/walkthrough-session';
import { preparedWorkflow } from '../components/prepared-workflow';

const island = (page: Page) => page.locator('.walkthrough');
const heading = (page: Page) => island(page).getByRole('heading', { level: 2 });

/** Gives one answer by clicking its labelled button, opening the red-flag exit first when needed. */
async function clickAnswer(page: Page, id: WorkflowId, event: string) {
	const workflow = preparedWorkflow(id);
	const stateId = (await island(page).getAttribute('data-step')) as string;
	if (event.startsWith('redFlag.')) {
		await island(page).getByRole('button', { name: workflow.redFlagExit!.prompt }).click();
		const label = workflow.redFlagExit!.answers.find(([e]) => e === event)![1];
		await island(page).getByRole('group', { name: workflow.redFlagExit!.prompt }).getByRole('button', { name: label, exact: true }).click();
		return;
	}
	const label = workflow.steps[stateId]!.answers.find(([e]) => e === event)![1];
	await island(page).getByRole('group', { name: 'Answers' }).getByRole('button', { name: label, exact: true }).click();
}

async function openFresh(page: Page, path: string) {
	await page.goto(path);
	await expect(page).toHaveURL(/step=/);
	await page.evaluate(() => window.localStorage.clear());
	await page.goto(path);
	await expect(page).toHaveURL(/step=/);
}

for (const id of workflowIds) {
	const workflow = preparedWorkflow(id);
	const { machine, pagePath } = workflows[id];
	const outcomes = stateIdsOf(machine).filter((stateId) => machine.root.states[stateId]?.type === 'final');

	test.describe(`the ${id} walkthrough`, () => {
		for (const outcome of outcomes) {
			test(`reaches the outcome "${outcome}" by its shortest path`, async ({ page }) => {
				await openFresh(page, pagePath);
				for (const event of workflow.stepPaths[outcome]!) {
					const before = await island(page).getAttribute('data-step');
					await clickAnswer(page, id, event);
					await expect(island(page)).not.toHaveAttribute('data-step', before as string);
				}
				await expect(island(page)).toHaveAttribute('data-step', outcome);
				await expect(heading(page)).toContainText(workflow.steps[outcome]!.title);
				await expect(island(page).getByText('What to do now')).toBeVisible();
			});
		}

		test('resumes in the middle after a reload', async ({ page }) => {
			await openFresh(page, pagePath);
			const [first, second] = Object.values(workflow.stepPaths).sort((a, b) => b.length - a.length)[0]!;
			await clickAnswer(page, id, first!);
			await clickAnswer(page, id, second!);
			const reached = await island(page).getAttribute('data-step');
			await page.reload();
			await expect(island(page)).toHaveAttribute('data-step', reached as string);
			await expect(page.getByRole('region', { name: 'Path so far' }).getByRole('listitem')).toHaveCount(2);
		});

		test('shows a notice for a corrupt saved session and still works', async ({ page }) => {
			await page.goto(pagePath);
			// Wait until the island has read and saved its session (it then names the step in the address).
			await expect(page).toHaveURL(/step=/);
			await page.evaluate((key) => window.localStorage.setItem(key, '{"format":1,"answers":'), storageKey(id));
			await page.reload();
			await expect(island(page).getByRole('status')).toContainText('could not be read');
			const start = Object.entries(workflow.stepPaths).find(([, path]) => path.length === 1)!;
			await clickAnswer(page, id, start[1][0]!);
			await expect(island(page)).toHaveAttribute('data-step', start[0]);
		});

		test('is free of WCAG 2.2 AA violations at a checklist step and at an outcome', async ({ browser }) => {
			const context = await browser.newContext({ viewport: { width: 768, height: 1024 } });
			const page = await context.newPage();
			const stepsToCheck = [
				stateIdsOf(machine).find((s) => (machine.root.states[s]!.meta as { kind: string }).kind === 'checklist')!,
				outcomes[0]!,
			];
			for (const stateId of stepsToCheck) {
				await page.goto(`${pagePath}?step=${stateId}`);
				await expect(island(page)).toHaveAttribute('data-step', stateId);
				const results = await new AxeBuilder({ page }).include('.walkthrough').withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
				expect(results.violations.map((v) => `${stateId} ${v.id}`)).toEqual([]);
			}
			await context.close();
		});
	});
}

test('a red flag in the headache walkthrough opens the serious-event walkthrough with the pattern carried across', async ({ page }) => {
	await openFresh(page, '/plph/');
	await clickAnswer(page, 'plph', 'flag.meningitis.yes');
	await island(page).getByRole('link', { name: /Continue in/ }).click();
	await expect(page).toHaveURL(/\/serious-events\//);
	await expect(island(page).getByRole('status')).toContainText('Handed over from');
	await clickAnswer(page, 'serious-event', 'immediate.done');
	await expect(island(page)).toHaveAttribute('data-step', 'meningeal');
});

test('the headache walkthrough can be walked to an outcome by keyboard alone', async ({ page }) => {
	const workflow = preparedWorkflow('plph');
	await openFresh(page, '/plph/');
	for (const event of workflow.stepPaths['resolving']!) {
		const stateId = (await island(page).getAttribute('data-step')) as string;
		const label = workflow.steps[stateId]!.answers.find(([e]) => e === event)![1];
		let focusedLabel = '';
		for (let presses = 0; presses < 250 && focusedLabel !== label; presses += 1) {
			await page.keyboard.press('Tab');
			focusedLabel = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
		}
		expect(focusedLabel).toBe(label);
		await page.keyboard.press('Enter');
		await expect(island(page)).not.toHaveAttribute('data-step', stateId);
		// Focus moves to the new step's heading, so the next answer is a few Tabs away.
		await expect(heading(page)).toBeFocused();
	}
	await expect(island(page)).toHaveAttribute('data-step', 'resolving');
});

test('a link to a step that does not exist opens the start with a message', async ({ page }) => {
	await openFresh(page, '/plph/?step=noSuchStep');
	await expect(island(page).getByRole('status')).toContainText('does not have');
	await expect(island(page)).toHaveAttribute('data-step', 'flagMeningitis');
});
