import { expect, test } from '@playwright/test';
import { workflowIds } from '@/machines/registry';
import { preparedWorkflow } from '../components/prepared-workflow';

const pdfPageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

test('the flowchart highlight follows the walkthrough through its steps', async ({ page }) => {
	const plph = preparedWorkflow('plph');
	await page.goto('/walkthroughs/plph/');
	await expect(page).toHaveURL(/step=/);
	await page.evaluate(() => window.localStorage.clear());
	await page.goto('/walkthroughs/plph/');
	const diagram = page.locator('[data-diagram="plph"]');
	const walkthrough = page.locator('.walkthrough');
	// The chart's script starts when the reader comes near the chart (issue "Fast on a cheap tablet").
	await diagram.locator('.diagram-scroll').scrollIntoViewIfNeeded();
	const visited: string[] = [];
	for (const event of ['redFlags.none', 'timing.withinFiveDays', 'character.postural']) {
		const stateId = (await walkthrough.getAttribute('data-step')) as string;
		await expect(diagram.locator(`[data-node="${stateId}"]`)).toHaveClass(/fc-current/);
		for (const earlier of visited) await expect(diagram.locator(`[data-node="${earlier}"]`)).toHaveClass(/fc-visited/);
		const label = plph.steps[stateId]!.answers.find(([e]) => e === event)![1];
		await walkthrough.getByRole('group', { name: 'Answers' }).getByRole('button', { name: label, exact: true }).click();
		await expect(diagram.locator(`[data-edge="${stateId}--${event}--${await walkthrough.getAttribute('data-step')}"]`)).toHaveClass(
			/fc-taken/,
		);
		visited.push(stateId);
	}
	await expect(diagram.locator('[data-node="breathing"]')).toHaveClass(/fc-current/);
	await expect(diagram.locator('.fc-current')).toHaveCount(1);
});

test('the chart is measured and centred on the current step only once it is on screen', async ({ page }) => {
	// Count every measurement of a chart node, from the first script the page runs.
	await page.addInitScript(() => {
		const measure = Element.prototype.getBoundingClientRect;
		const counter = window as unknown as { chartNodeMeasurements: number };
		counter.chartNodeMeasurements = 0;
		Element.prototype.getBoundingClientRect = function (this: Element) {
			if (this.closest('.flowchart')) counter.chartNodeMeasurements += 1;
			return measure.call(this);
		};
	});
	// A step far into the chart, so that centring it has to scroll.
	await page.goto('/walkthroughs/blood-patch/?step=rest');
	const walkthrough = page.locator('.walkthrough');
	await expect(walkthrough).toHaveAttribute('data-step', 'rest');
	await page.waitForLoadState('networkidle');
	const scroller = page.locator('[data-diagram="blood-patch"] .diagram-scroll');
	expect(await page.evaluate(() => (window as unknown as { chartNodeMeasurements: number }).chartNodeMeasurements)).toBe(0);
	expect(await scroller.evaluate((element) => element.scrollTop + element.scrollLeft)).toBe(0);

	await scroller.scrollIntoViewIfNeeded();
	const current = page.locator('[data-diagram="blood-patch"] [data-node="rest"]');
	await expect(current).toHaveClass(/fc-current/);
	await expect
		.poll(async () => {
			const [node, view] = await Promise.all([current.boundingBox(), scroller.boundingBox()]);
			if (!node || !view) return false;
			const middle = { x: node.x + node.width / 2, y: node.y + node.height / 2 };
			return middle.x > view.x && middle.x < view.x + view.width && middle.y > view.y && middle.y < view.y + view.height;
		})
		.toBe(true);
	expect(await scroller.evaluate((element) => element.scrollTop + element.scrollLeft)).toBeGreaterThan(0);
});

test('explore mode shows a tapped step’s wording and sources without moving the walkthrough', async ({ page }) => {
	await page.goto('/walkthroughs/blood-patch/');
	await expect(page).toHaveURL(/step=/);
	const before = await page.locator('.walkthrough').getAttribute('data-step');
	const diagram = page.locator('[data-diagram="blood-patch"]');
	// The chart's tools start working when the reader comes near the chart (its script loads then).
	await diagram.getByRole('group', { name: 'Flowchart tools' }).scrollIntoViewIfNeeded();
	await diagram.getByRole('button', { name: 'Explore steps' }).click();
	await diagram.locator('[data-node="rest"]').click();
	const panel = diagram.locator('.diagram-explore');
	await expect(panel).toBeVisible();
	await expect(panel).toContainText(preparedWorkflow('blood-patch').steps['rest']!.title);
	await expect(panel.getByRole('link', { name: /^\[\d+\]$/ }).first()).toBeVisible();
	await expect(page.locator('.walkthrough')).toHaveAttribute('data-step', before as string);
	await expect(page).toHaveURL(new RegExp(`step=${before}`));
});

test.describe('with JavaScript disabled', () => {
	test.use({ javaScriptEnabled: false });
	for (const [id, path] of [
		['plph', '/plph/'],
		['serious-event', '/serious-events/'],
		['blood-patch', '/blood-patch/'],
	] as const) {
		test(`${path} still shows the ${id} flowchart and its text outline`, async ({ page }) => {
			await page.goto(path);
			const diagram = page.locator(`[data-diagram="${id}"]`);
			await expect(diagram.locator('svg.flowchart')).toBeVisible();
			for (const [stateId, step] of Object.entries(preparedWorkflow(id).steps)) {
				await expect(diagram.locator(`svg [data-node="${stateId}"]`)).toHaveCount(1);
				await expect(diagram.locator(`#outline-${id}-${stateId}`)).toContainText(step.title);
			}
		});
	}
});

for (const id of workflowIds) {
	for (const format of ['A4', 'Letter'] as const) {
		test(`the ${id} pocket card prints on one ${format} sheet`, async ({ page }) => {
			await page.goto(`/pocket-cards/${id}/`);
			await page.emulateMedia({ media: 'print' });
			expect(pdfPageCount(await page.pdf({ format, printBackground: true }))).toBe(1);
		});
	}
}
