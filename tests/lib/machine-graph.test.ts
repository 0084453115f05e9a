import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMachine } from 'xstate';
import { workflowIds, workflows } from '@/machines/registry';
import { exitNodeId, machineGraph } from '@/lib/machine-graph';
import { stateIdsOf } from '@/lib/step-paths';
import type { StepMeta } from '@/machines/workflow-types';
import { preparedWorkflow } from '../components/prepared-workflow';

const titles = { plph: 'Headache', 'serious-event': 'Serious event', 'blood-patch': 'Blood patch' };

describe.each(workflowIds)('the flow graph of the %s workflow', (id) => {
	const { machine } = workflows[id];
	const workflow = preparedWorkflow(id);
	const graph = machineGraph(machine, workflow, titles);

	it('has exactly one node per state, labelled with the step title', () => {
		for (const stateId of stateIdsOf(machine)) {
			const nodes = graph.nodes.filter((node) => node.ref === stateId && node.kind !== 'workflow');
			expect(nodes, stateId).toHaveLength(1);
			expect(nodes[0]?.label).toBe(workflow.steps[stateId]?.title);
		}
	});

	it('has an edge, labelled with its answer, for every transition of every state', () => {
		for (const stateId of stateIdsOf(machine)) {
			for (const event of Object.keys(machine.root.states[stateId]?.config.on ?? {})) {
				const edges = graph.edges.filter((edge) => edge.from === stateId && edge.event === event);
				expect(edges.length, `${stateId} ${event}`).toBeGreaterThan(0);
				const label = workflow.steps[stateId]?.answers.find(([e]) => e === event)?.[1];
				for (const edge of edges) expect(edge.label.startsWith(label ?? '?'), `${stateId} ${event}`).toBe(true);
			}
		}
	});

	it('draws the red-flag exit as one node with an edge to each hand-over, when the workflow has it', () => {
		const exitEdges = graph.edges.filter((edge) => edge.from === exitNodeId);
		expect(exitEdges.map((edge) => edge.event).sort()).toEqual(Object.keys(machine.root.config.on ?? {}).sort());
	});

	it('links every outcome that hands over to the next workflow', () => {
		for (const stateId of stateIdsOf(machine)) {
			const handoverTo = (machine.root.states[stateId]?.meta as StepMeta | undefined)?.handoverTo;
			const handover = graph.edges.find((edge) => edge.from === stateId && edge.event === 'handover');
			expect(handover?.to, stateId).toBe(handoverTo ? `workflow:${handoverTo}` : undefined);
		}
	});
});

describe('diagrams drawn from machines', () => {
	it('change when the machine changes', () => {
		const workflow = preparedWorkflow('plph');
		const original = machineGraph(workflows.plph.machine, workflow, titles);
		const config = workflows.plph.machine.config as { states: Record<string, { on?: Record<string, unknown> }> };
		const timing = config.states['timing']!;
		const changedConfig = {
			...config,
			states: { ...config.states, timing: { ...timing, on: { ...timing.on, 'timing.afterFiveDays': 'character' } } },
		};
		const changed = machineGraph(createMachine(changedConfig as never), workflow, titles);
		const target = (graph: typeof original) =>
			graph.edges.find((edge) => edge.from === 'timing' && edge.event === 'timing.afterFiveDays')?.to;
		expect(target(original)).toBe('lateOnset');
		expect(target(changed)).toBe('character');
	});

	it('are never hand-made: no SVG or image diagram sits in the content', () => {
		const files = (dir: string): string[] =>
			readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
				entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
			);
		const content = files('content');
		expect(content.filter((file) => /\.(svg|png|jpe?g|gif|webp)$/i.test(file))).toEqual([]);
		expect(content.filter((file) => file.endsWith('.mdx') && readFileSync(file, 'utf8').includes('<svg'))).toEqual([]);
	});
});
