// @vitest-environment jsdom
/**
 * The scenario player in jsdom: at every step of every expected path it offers exactly the answers the
 * real machine accepts there, in the workflow's wording, and a path played as expected ends in a
 * matching debrief that is kept on the device.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ScenarioPlayerIsland from '@/components/training/ScenarioPlayerIsland';
import { workflows, workflowIds, type WorkflowId } from '@/machines/registry';
import { readYamlList } from '@/lib/content-files';
import { answerKey, prepareScenario } from '@/lib/scenarios';
import type { StepMeta } from '@/machines/workflow-types';
import { progressKey } from '@/lib/training-progress';
import { replay } from '@/lib/walkthrough-session';
import { referenceSchema } from '@/schemas/reference';
import { readScenarios } from '../content/training-content';
import { preparedWorkflow } from './prepared-workflow';

const references = readYamlList('references.yaml').map((entry) => referenceSchema.parse(entry));
const scenarios = readScenarios().map(({ id, scenario }) =>
	prepareScenario(id, { ...scenario, workflow: scenario.workflow as WorkflowId }, references),
);
const prepared = Object.fromEntries(workflowIds.map((id) => [id, preparedWorkflow(id)]));

beforeEach(() => {
	window.localStorage.clear();
	window.history.replaceState(null, '', '/training/');
});
afterEach(cleanup);

const offeredEvents = (container: HTMLElement) =>
	[...container.querySelectorAll<HTMLButtonElement>('.scenario-step button[data-event]')].map((button) => button.dataset['event']).sort();

describe.each(scenarios.map((scenario) => [scenario.id, scenario] as const))('the case %s', (_id, scenario) => {
	it('offers, at every step, exactly the answers the machine accepts, and ends in a matching debrief', async () => {
		const user = userEvent.setup();
		const { container } = render(<ScenarioPlayerIsland scenarios={scenarios} workflows={prepared} />);
		await user.click(screen.getByRole('button', { name: scenario.title }));
		// The case's machine loads when the case is opened.
		await screen.findByRole('heading', { name: `Case: ${scenario.title}` });
		const { machine } = workflows[scenario.workflow];
		const wording = prepared[scenario.workflow]!;
		for (const [index, answer] of scenario.expectedPath.entries()) {
			const sofar = replay(machine, { ...(scenario.input ? { input: scenario.input } : {}), answers: scenario.expectedPath.slice(0, index).map((e) => ({ ...e, at: '' })) });
			if (!sofar.ok) throw new Error('expected path refused');
			const stateId = sofar.path.at(-1)!.stateId;
			const select = (machine.root.states[stateId]!.meta as StepMeta).select;
			const known = [...(wording.steps[stateId]?.answers ?? []), ...(wording.redFlagExit?.answers ?? [])].map(([e]) => e);
			// A multi-select's own answer is offered with its boxes; the machine accepts it once a box is ticked.
			const accepted = known.filter((candidate) => candidate === select?.event || sofar.current.can({ type: candidate })).sort();
			expect(offeredEvents(container), `step ${index + 1} (${stateId})`).toEqual(accepted);
			for (const choice of answer.data?.choices ?? []) {
				const box = container.querySelector<HTMLInputElement>(`.scenario-step input[name="${choice}"]`)!;
				if (!box.checked) await user.click(box);
			}
			await user.click(container.querySelector<HTMLButtonElement>(`.scenario-step button[data-event="${answer.event}"]`)!);
		}
		const debrief = screen.getByRole('region', { name: 'Debrief' });
		expect(debrief.dataset['matched']).toBe('true');
		expect(within(debrief).getByText(/You took the expected path/)).toBeTruthy();
		const stored = JSON.parse(window.localStorage.getItem(progressKey) ?? '{}');
		expect(stored.scenarios[scenario.id]).toMatchObject({
			path: scenario.expectedPath.map(answerKey),
			outcome: scenario.expectedOutcome,
			matchedExpected: true,
		});
	});
});
