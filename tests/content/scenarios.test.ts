/**
 * Case scenarios: every expected path is one the real machine accepts, step by step, and it ends in the
 * expected outcome. Guards the hazard of a scenario teaching a path the walkthrough does not allow (SAFETY.md).
 */
import { describe, expect, it } from 'vitest';
import { workflows, workflowIds, type WorkflowId } from '@/machines/registry';
import { replay, type SessionInput } from '@/lib/walkthrough-session';
import { expectedAnswer } from '@/lib/scenarios';
import type { Scenario } from '@/schemas/scenario';
import { readGuidePages } from './guide-pages';
import { readScenarios, readWording } from './training-content';

const scenarios = readScenarios();
const trainingPage = readGuidePages().find((page) => page.file === 'content/docs/training.mdx');

const replayExpected = (workflow: WorkflowId, path: Scenario['expectedPath'], input: SessionInput = {}) =>
	replay(workflows[workflow].machine, {
		input,
		answers: path.map((answer) => ({ ...expectedAnswer(answer), at: '2026-11-26T09:00:00.000Z' })),
	});

describe('case scenarios', () => {
	it('number at least 8 and cover every workflow', () => {
		expect(scenarios.length).toBeGreaterThanOrEqual(8);
		expect(new Set(scenarios.map((entry) => entry.scenario.workflow))).toEqual(new Set(workflowIds));
	});

	it('each have their own place in the list', () => {
		const orders = scenarios.map((entry) => entry.scenario.order);
		expect(new Set(orders).size).toBe(orders.length);
	});

	describe.each(scenarios.map((entry) => [entry.id, entry.scenario] as const))('content/scenarios/%s.yaml', (_id, scenario) => {
		const workflow = scenario.workflow as WorkflowId;
		const input = scenario.input?.suspectedPatterns ? { suspectedPatterns: scenario.input.suspectedPatterns } : {};

		it('has an expected path the real machine accepts, answer by answer', () => {
			const result = replayExpected(workflow, scenario.expectedPath, input);
			expect(result.ok ? 'accepted' : `"${(result as { event: string }).event}" refused at answer ${(result as { failedAt: number }).failedAt + 1}`).toBe(
				'accepted',
			);
		});

		it('ends in the expected outcome, where the walkthrough ends', () => {
			const result = replayExpected(workflow, scenario.expectedPath, input);
			if (!result.ok) throw new Error('path refused');
			expect(result.path.at(-1)?.stateId).toBe(scenario.expectedOutcome);
			expect(result.current.status).toBe('done');
		});

		it('gives every expected answer a label in the workflow wording, so the player can show it', () => {
			const wording = readWording(workflow);
			const result = replayExpected(workflow, scenario.expectedPath, input);
			if (!result.ok) throw new Error('path refused');
			const unlabelled = result.path
				.filter((step) => step.answer)
				.filter((step) => {
					const event = step.answer!.event;
					return !(event in (wording.steps[step.stateId]?.answers ?? {})) && !(event in (wording.redFlagExit?.answers ?? {}));
				})
				.map((step) => `${step.stateId}: ${step.answer!.event}`);
			expect(unlabelled).toEqual([]);
		});

		it('cites only references the training page lists in its sources', () => {
			const sources = new Set(trainingPage?.frontmatter['sources'] as string[]);
			expect(scenario.teachingPoints.flatMap((point) => point.refs).filter((ref) => !sources.has(ref))).toEqual([]);
		});

		it('names no person in the case text', () => {
			expect(scenario.case).not.toMatch(/\b(Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z]/);
		});
	});

	it('fails, naming the answer, when a path is not one the machine allows', () => {
		const result = replayExpected('plph', ['redFlags.none', 'character.postural']);
		expect(result).toEqual({ ok: false, failedAt: 1, event: 'character.postural' });
	});
});
