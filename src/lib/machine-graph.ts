/**
 * Turns a workflow machine and its wording into a plain graph (steps as nodes, answers as labelled
 * edges, hand-overs to other workflows as edges to a node for that workflow). The flowchart, the text
 * outline and the pocket cards are all drawn from this, so none of them can drift from the logic.
 */
import type { AnyStateMachine } from 'xstate';
import type { StepKind, StepMeta } from '@/machines/workflow-types';
import type { PreparedWorkflow } from './walkthrough-content';

/** A node of the diagram: a step, another workflow handed over to, or the red-flag exit. */
export type FlowNodeKind = StepKind | 'workflow' | 'exit' | 'figure';

export interface FlowNode {
	id: string;
	kind: FlowNodeKind;
	label: string;
	/** The state id, for steps; the workflow id, for other workflows. */
	ref: string;
}

export interface FlowEdge {
	id: string;
	from: string;
	to: string;
	/** The machine event, or `handover` for the edge from an outcome to the next workflow. */
	event: string;
	label: string;
}

export interface FlowGraph {
	nodes: FlowNode[];
	edges: FlowEdge[];
	initial: string;
}

/** Node id of the red-flag exit, which stands for "any step that is not an outcome". */
export const exitNodeId = 'exit';

interface TransitionConfig {
	target?: string;
	/** Said of each branch of a guarded choice, e.g. "when the headache is not postural". */
	description?: string;
}

/** Targets of one event's transition, with the machine's own description of each guarded branch. */
const targetsOf = (transition: unknown): { target: string; note?: string }[] => {
	const candidates = (Array.isArray(transition) ? transition : [transition]) as (string | TransitionConfig)[];
	return candidates.flatMap((candidate) => {
		const config = typeof candidate === 'string' ? { target: candidate } : candidate;
		if (!config?.target) return [];
		const note = candidates.length > 1 ? config.description : undefined;
		return [{ target: config.target.replace(/^\./, ''), ...(note ? { note } : {}) }];
	});
};

export function machineGraph(
	machine: AnyStateMachine,
	workflow: PreparedWorkflow,
	workflowTitles: Record<string, string>,
): FlowGraph {
	const nodes: FlowNode[] = [];
	const edges: FlowEdge[] = [];
	const labelOf = (stateId: string, event: string) =>
		workflow.steps[stateId]?.answers.find(([candidate]) => candidate === event)?.[1] ??
		workflow.redFlagExit?.answers.find(([candidate]) => candidate === event)?.[1] ??
		event;

	for (const [stateId, node] of Object.entries(machine.root.states)) {
		const kind = (node.meta as { kind: StepKind }).kind;
		nodes.push({ id: stateId, kind, label: workflow.steps[stateId]?.title ?? stateId, ref: stateId });
		for (const [event, transition] of Object.entries(node.config.on ?? {})) {
			// A guarded choice lists several targets for one event: one edge each.
			for (const { target, note } of targetsOf(transition)) {
				const label = note ? `${labelOf(stateId, event)} (${note})` : labelOf(stateId, event);
				edges.push({ id: `${stateId}--${event}--${target}`, from: stateId, to: target, event, label });
			}
		}
		// The hand-over target is declared in the step's meta (its output may be computed from the context).
		const handoverTo = (node.meta as StepMeta | undefined)?.handoverTo;
		if (node.type === 'final' && handoverTo) {
			const output = { handoverTo };
			const workflowNode = `workflow:${output.handoverTo}`;
			if (!nodes.some((candidate) => candidate.id === workflowNode)) {
				nodes.push({
					id: workflowNode,
					kind: 'workflow',
					label: workflowTitles[output.handoverTo] ?? output.handoverTo,
					ref: output.handoverTo,
				});
			}
			edges.push({ id: `${stateId}--handover`, from: stateId, to: workflowNode, event: 'handover', label: 'Continue in' });
		}
	}

	const rootTransitions = Object.entries(machine.root.config.on ?? {});
	if (rootTransitions.length > 0) {
		nodes.push({ id: exitNodeId, kind: 'exit', label: workflow.redFlagExit?.prompt ?? 'From any step', ref: exitNodeId });
		for (const [event, transition] of rootTransitions) {
			for (const { target } of targetsOf(transition)) {
				edges.push({ id: `${exitNodeId}--${event}--${target}`, from: exitNodeId, to: target, event, label: labelOf('', event) });
			}
		}
	}

	return { nodes, edges, initial: String(machine.root.config.initial) };
}
