/**
 * The flow graph as a nested outline: step → answers → next step … → outcome. Each step is written out
 * once, where it is first reached; a later answer that leads to it points back to it. Screen readers,
 * print and readers without JavaScript get the whole algorithm from this.
 */
import { exitNodeId, type FlowGraph, type FlowNode } from './machine-graph';

export type OutlineNext =
	| { kind: 'step'; step: OutlineStep }
	| { kind: 'see-above'; stateId: string; title: string }
	| { kind: 'workflow'; workflowId: string; title: string };

export interface OutlineAnswer {
	event: string;
	label: string;
	next: OutlineNext;
}

export interface OutlineStep {
	stateId: string;
	kind: FlowNode['kind'];
	title: string;
	answers: OutlineAnswer[];
}

export interface WorkflowOutline {
	start: OutlineStep;
	/** The red-flag exit, open from every step that is not an outcome; absent in the serious-event workflow. */
	exit?: OutlineStep;
}

export function workflowOutline(graph: FlowGraph): WorkflowOutline {
	const nodeById = new Map(graph.nodes.map((node) => [node.id, node]));
	const expanded = new Set<string>();

	const expand = (nodeId: string): OutlineStep => {
		const node = nodeById.get(nodeId);
		if (!node) throw new Error(`The flow graph has an edge to "${nodeId}", which is not a node.`);
		expanded.add(nodeId);
		const answers = graph.edges
			.filter((edge) => edge.from === nodeId && edge.event !== 'handover')
			.map((edge): OutlineAnswer => {
				const target = nodeById.get(edge.to);
				const next: OutlineNext = expanded.has(edge.to)
					? { kind: 'see-above', stateId: edge.to, title: target?.label ?? edge.to }
					: { kind: 'step', step: expand(edge.to) };
				return { event: edge.event, label: edge.label, next };
			});
		const handover = graph.edges.find((edge) => edge.from === nodeId && edge.event === 'handover');
		if (handover) {
			const target = nodeById.get(handover.to);
			answers.push({
				event: 'handover',
				label: handover.label,
				next: { kind: 'workflow', workflowId: target?.ref ?? handover.to, title: target?.label ?? handover.to },
			});
		}
		return { stateId: node.ref, kind: node.kind, title: node.label, answers };
	};

	const start = expand(graph.initial);
	const exit = nodeById.has(exitNodeId) ? expand(exitNodeId) : undefined;
	return { start, ...(exit ? { exit } : {}) };
}
