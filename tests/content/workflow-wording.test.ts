import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { workflowIds, workflows } from '@/machines/registry';
import { redFlagExitEventTypes, type StepMeta } from '@/machines/workflow-types';
import { contentRoot, readReferenceIds } from '@/lib/content-files';
import { stateIdsOf } from '@/lib/step-paths';
import { workflowWordingSchema } from '@/schemas/workflow-wording';

const schema = workflowWordingSchema(readReferenceIds());
const readWording = (id: string) =>
	schema.parse(parse(readFileSync(`${contentRoot}workflows/${id}.yaml`, 'utf8')));

describe.each(workflowIds)('wording of the %s workflow', (id) => {
	const { machine } = workflows[id];
	const wording = readWording(id);
	const stateIds = stateIdsOf(machine);

	it('has wording for exactly the states of its machine', () => {
		expect(Object.keys(wording.steps).sort()).toEqual([...stateIds].sort());
	});

	it.each(stateIds)('labels exactly the answers the machine accepts at %s', (stateId) => {
		const node = machine.root.states[stateId]!;
		const ownEvents = Object.keys(node.config.on ?? {}).sort();
		expect(Object.keys(wording.steps[stateId]?.answers ?? {}).sort()).toEqual(ownEvents);
	});

	it.each(stateIds)('gives %s the parts its kind of step needs', (stateId) => {
		const kind = (machine.root.states[stateId]!.meta as StepMeta).kind;
		const step = wording.steps[stateId]!;
		expect(step.refs.length).toBeGreaterThan(0);
		if (kind === 'checklist') expect(step.items?.length ?? 0).toBeGreaterThan(0);
		if (kind === 'outcome' || kind === 'handover') {
			expect(step.doNow, 'what to do now').toBeTruthy();
			expect(step.tell, 'who to tell').toBeTruthy();
			expect(step.record, 'what to record').toBeTruthy();
		}
	});

	it('labels the red-flag exit exactly when the machine offers it', () => {
		const offersExit = redFlagExitEventTypes.every((type) => type in (machine.root.config.on ?? {}));
		if (offersExit) {
			expect(Object.keys(wording.redFlagExit?.answers ?? {}).sort()).toEqual([...redFlagExitEventTypes].sort());
		} else {
			expect(wording.redFlagExit).toBeUndefined();
		}
	});
});

describe('workflow wording schema', () => {
	const checklist = (items: object[], groups?: object[]) => ({
		title: 'A workflow',
		summary: 'When to use this workflow.',
		steps: { care: { title: 'Care', guidance: 'Text', refs: ['uppal-2023'], items, ...(groups ? { groups } : {}) } },
	});
	const groups = [
		{ id: 'now', title: 'Now' },
		{ id: 'offer', title: 'Offer' },
	];

	it('errors on an action in a grouped checklist without a group, saying which groups to use', () => {
		const result = schema.safeParse(checklist([{ id: 'review', label: 'Clinician review' }], groups));
		expect(result.error?.issues[0]?.message).toBe('Item "review" has no `group`, but this step groups its actions: add `group: <one of now, offer>`.');
	});

	it('errors on an item naming a group the step does not have', () => {
		const result = schema.safeParse(checklist([{ id: 'review', label: 'Clinician review', group: 'later' }], groups));
		expect(result.error?.issues[0]?.message).toContain('names the group "later", which is not in this step\'s `groups`');
	});

	it('takes items as actions to tick unless marked `kind: avoid`', () => {
		const result = schema.parse(checklist([{ id: 'review', label: 'Clinician review' }, { id: 'no-x', label: 'No long-term X', kind: 'avoid' }]));
		expect(result.steps['care']!.items!.map((item) => item.kind)).toEqual(['do', 'avoid']);
	});


	it('errors naming an unknown reference id and how to fix it', () => {
		const result = schema.safeParse({
			title: 'A workflow',
			summary: 'When to use this workflow.',
			steps: { start: { title: 'Start', guidance: 'Text', refs: ['no-such-ref'] } },
		});
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.message).toBe(
			'Unknown reference id "no-such-ref". Add it to content/references.yaml or fix the spelling.',
		);
	});
});
