/** The onboarding path: every item points at something that exists, and nothing is listed twice. */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isWorkflowId } from '@/machines/registry';
import { contentRoot } from '@/lib/content-files';
import { onboardingItemId } from '@/schemas/onboarding';
import { readOnboarding } from './training-content';

const stages = readOnboarding();
const items = stages.flatMap((stage) => stage.items);

describe('the onboarding path', () => {
	it('points only at pages, walkthroughs, scenarios and checks that exist', () => {
		const exists = (item: (typeof items)[number]): boolean => {
			switch (item.kind) {
				case 'page':
					return existsSync(`${contentRoot}docs/${item.page}.mdx`);
				case 'walkthrough':
					return isWorkflowId(item.workflow);
				case 'scenario':
					return existsSync(`${contentRoot}scenarios/${item.scenario}.yaml`);
				case 'check':
					return existsSync(`${contentRoot}checks/${item.page}.yaml`);
			}
		};
		const missing = items.filter((item) => !exists(item)).map(onboardingItemId);
		expect(missing).toEqual([]);
	});

	it('lists each item once', () => {
		const ids = items.map(onboardingItemId);
		expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
	});

	it('includes every knowledge check, every walkthrough and every case scenario', () => {
		const ids = new Set(items.map(onboardingItemId));
		const expected = [
			...['mechanism', 'administration', 'adverse-events', 'plph', 'serious-events', 'blood-patch'].map((page) => `check:${page}`),
			...['plph', 'serious-event', 'blood-patch'].map((workflow) => `walkthrough:${workflow}`),
		];
		expect(expected.filter((id) => !ids.has(id))).toEqual([]);
		const scenarioFiles = items.filter((item) => item.kind === 'scenario').length;
		expect(scenarioFiles).toBeGreaterThanOrEqual(8);
	});
});
