/**
 * The three walkthroughs in WebKit, driven as a reader would: tapping the labelled answer buttons.
 * Paths come from the machines (xstate/graph), so a new step or outcome is covered without edits.
 */
import type { WebElement } from 'selenium-webdriver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { stateIdsOf } from '@/lib/step-paths';
import { workflowIds, workflows } from '@/machines/registry';
import { walkthroughPagePath } from '@/lib/walkthrough-pages';
import { isStartEvent } from '@/machines/start-points';
import { startPointsLabel } from '@/components/walkthrough/StartPoints';
import type { PreparedWorkflow } from '@/lib/walkthrough-content';
import type { GivenAnswer } from '@/lib/walkthrough-session';
import { preparedWorkflow } from '../components/prepared-workflow';
import { WebKitBrowser } from './webkit-browser';

let webkit: WebKitBrowser;
beforeAll(async () => {
	webkit = await WebKitBrowser.open();
});
afterAll(async () => {
	await webkit?.quit();
});

const island = () => webkit.find('.walkthrough');
const currentStep = async () => (await (await island()).getDomAttribute('data-step')) ?? '';

const pathSoFar = () => webkit.findAll('.walkthrough [aria-label="Path so far"] li');

/**
 * Waits until the island has restored its session and saved it again: it names the saved step in the
 * address only after writing the session to localStorage, so clearing storage or reloading earlier
 * would race with that write.
 */
async function waitUntilSaved() {
	await webkit.waitFor('the walkthrough to restore and save its session', async () => {
		const root = await island();
		if ((await root.getDomAttribute('data-steps')) === null) return false;
		const address = new URL(await webkit.driver.getCurrentUrl());
		return address.searchParams.get('step') === (await root.getDomAttribute('data-step'));
	});
}

/** Opens a walkthrough with nothing saved on this device. */
async function openFresh(pagePath: string) {
	await webkit.goto(pagePath);
	await waitUntilSaved();
	await webkit.driver.executeScript('window.localStorage.clear()');
	// A fresh visit to the bare address, not a reload: the address now names a step, which a reload would replay.
	await webkit.goto(pagePath);
	await waitUntilSaved();
	expect(await pathSoFar()).toHaveLength(0);
}

/** The state of the checkbox inside a multi-select option's label. */
const boxState = (label: WebElement) =>
	webkit.driver.executeScript<{ checked: boolean; disabled: boolean }>(
		'const box = arguments[0].querySelector("input"); return { checked: box.checked, disabled: box.disabled };',
		label,
	);

async function tapButton(container: WebElement, label: string) {
	const button = await webkit.findByText(container, 'button', label);
	expect(button, `a button labelled "${label}"`).toBeDefined();
	await webkit.tap(button!);
}

const currentPath = async () => new URL(await webkit.driver.getCurrentUrl()).pathname;

/**
 * Gives one answer by tapping its labelled button; for a multi-select, taps each option's label first
 * (carried options are already ticked). A red-flag exit goes straight on to the serious-event
 * walkthrough's first action; Back then returns to the hand-over kept in this case.
 */
async function answer(workflow: PreparedWorkflow, { event, data }: GivenAnswer) {
	const before = await currentStep();
	const select = workflow.steps[before]?.select;
	if (data && select) {
		const group = await webkit.findByAttribute(await island(), 'fieldset', 'class', 'wt-select');
		expect(group, `the boxes of step "${before}"`).toBeDefined();
		for (const choice of data.choices) {
			const label = await webkit.findByAttribute(group!, 'label', 'data-option', choice);
			expect(label, `the box "${choice}"`).toBeDefined();
			if (!(await boxState(label!)).checked) await webkit.tap(label!);
			expect((await boxState(label!)).checked, `"${choice}" ticked`).toBe(true);
		}
		await tapButton(group!, workflow.steps[before]!.answers.find(([candidate]) => candidate === event)![1]);
	} else if (event.startsWith('redFlag.')) {
		const exit = workflow.redFlagExit!;
		const group = await webkit.findByAttribute(await island(), '[role=group]', 'aria-label', exit.prompt);
		expect(group, `the red-flag exit on step "${before}"`).toBeDefined();
		const origin = await currentPath();
		await tapButton(group!, exit.answers.find(([candidate]) => candidate === event)![1]);
		await webkit.waitFor('the serious-event walkthrough to open', async () => (await currentPath()) === walkthroughPagePath('serious-event'));
		await waitUntilSaved();
		expect(await currentStep()).toBe('immediateAction');
		await webkit.driver.navigate().back();
		await webkit.waitFor(`${origin} to open again`, async () => (await currentPath()) === origin);
		await waitUntilSaved();
		return;
	} else {
		const groupName = isStartEvent(event) ? startPointsLabel : 'Answers';
		const group = await webkit.findByAttribute(await island(), '[role=group]', 'aria-label', groupName);
		expect(group, `the answers of step "${before}"`).toBeDefined();
		await tapButton(group!, workflow.steps[before]!.answers.find(([candidate]) => candidate === event)![1]);
	}
	await webkit.waitFor(`step "${before}" to move on after ${event}`, async () => (await currentStep()) !== before);
	await waitUntilSaved();
}

for (const id of workflowIds) {
	const workflow = preparedWorkflow(id);
	const { machine } = workflows[id];
	const pagePath = walkthroughPagePath(id);
	const outcomes = stateIdsOf(machine).filter((stateId) => machine.root.states[stateId]?.type === 'final');

	describe(`the ${id} walkthrough in WebKit`, () => {
		for (const outcome of outcomes) {
			test(`reaches the outcome "${outcome}" by its shortest path`, async () => {
				await openFresh(pagePath);
				for (const event of workflow.stepPaths[outcome]!) await answer(workflow, event);

				expect(await currentStep()).toBe(outcome);
				expect(await (await webkit.find('.walkthrough h2')).getText()).toContain(workflow.steps[outcome]!.title);
				const doNow = await webkit.findByText(await island(), 'dt', 'What to do now');
				expect(doNow, '"What to do now" at the outcome').toBeDefined();
				expect(await doNow!.isDisplayed()).toBe(true);
				expect(await webkit.scriptErrors()).toEqual([]);
			});
		}

		test('resumes in the middle after a reload', async () => {
			await openFresh(pagePath);
			const [first, second] = Object.values(workflow.stepPaths).sort((a, b) => b.length - a.length)[0]!;
			await answer(workflow, first!);
			await answer(workflow, second!);
			const reached = await currentStep();

			await webkit.reload();
			await waitUntilSaved();
			expect(await currentStep()).toBe(reached);
			expect(await pathSoFar()).toHaveLength(2);
			expect(await webkit.scriptErrors()).toEqual([]);
		});
	});
}

/** A combined presentation, tapped through from the headache screen to the ordered first actions. */
describe('fever + new back pain + numb legs in WebKit', () => {
	test('carries both flags and lists spinal MRI, then blood cultures, then CSF when safe', async () => {
		const plph = preparedWorkflow('plph');
		const serious = preparedWorkflow('serious-event');
		await openFresh(walkthroughPagePath('plph'));
		await answer(plph, { event: 'redFlags.ticked', data: { choices: ['fever', 'spinal'] } });
		expect(await currentStep()).toBe('handover');
		const link = await webkit.findByText(await island(), 'a', `Continue in: ${serious.title}`);
		expect(link, 'the hand-over link').toBeDefined();
		expect(await link!.getDomAttribute('href')).toContain('pattern=spinal&pattern=meningeal');
		await webkit.tap(link!);
		await webkit.waitFor('the serious-event walkthrough to open', async () => (await currentStep()) === 'immediateAction');
		await waitUntilSaved();
		await answer(serious, { event: 'immediate.done' });
		for (const carried of ['spinal', 'meningeal']) {
			const label = await webkit.findByAttribute(await island(), 'label', 'data-option', carried);
			expect(await boxState(label!), carried).toEqual({ checked: true, disabled: true });
		}
		await answer(serious, { event: 'patterns.chosen', data: { choices: ['spinal', 'meningeal'] } });
		expect(await currentStep()).toBe('firstActions');
		const shown = await webkit.findAll('.walkthrough ol.wt-checklist > li');
		const texts = await Promise.all(shown.map((item) => item.getText()));
		const label = (id: string) => serious.steps['firstActions']!.items.find((item) => item.id === id)!.label;
		const expected = ['spinal-mri', 'blood-cultures-empiric-treatment', 'csf-when-safe', 'workup-standard-of-care'].map(label);
		expect(texts.map((text, index) => text.includes(expected[index]!.slice(0, 30)))).toEqual(expected.map(() => true));
		expect(await webkit.scriptErrors()).toEqual([]);
	});
});

describe("the browser's Back and Forward in WebKit", () => {
	test('Back undoes one answer and Forward gives it again', async () => {
		const plph = preparedWorkflow('plph');
		await openFresh(walkthroughPagePath('plph'));
		await answer(plph, { event: 'redFlags.none' });
		await answer(plph, { event: 'timing.withinFiveDays' });
		expect(await currentStep()).toBe('character');

		await webkit.driver.navigate().back();
		await webkit.waitFor('Back to undo the last answer', async () => (await currentStep()) === 'timing');
		expect(await pathSoFar()).toHaveLength(1);
		await webkit.driver.navigate().forward();
		await webkit.waitFor('Forward to give the answer again', async () => (await currentStep()) === 'character');
		expect(await pathSoFar()).toHaveLength(2);
		expect(await webkit.scriptErrors()).toEqual([]);
	});
});
