/**
 * The shortest answer sequence that reaches each step of a workflow, computed from the machine with
 * xstate/graph. A link to a step replays this path; a step missing here cannot be reached.
 */
import { getShortestPaths } from 'xstate/graph';
import type { AnyStateMachine } from 'xstate';
import type { SessionInput } from './walkthrough-session';
import { stateIdOf } from './walkthrough-session';

export type StepPaths = Record<string, string[]>;

export function shortestAnswerPaths(machine: AnyStateMachine, input: SessionInput = {}): StepPaths {
	const paths: StepPaths = {};
	for (const path of getShortestPaths(machine, { input })) {
		const stateId = stateIdOf(path.state);
		// Paths from xstate/graph start with the machine's own `xstate.init` step.
		const answers = path.steps.map((step) => step.event.type).filter((type) => type !== 'xstate.init');
		const known = paths[stateId];
		if (!known || answers.length < known.length) paths[stateId] = answers;
	}
	return paths;
}

/** Every state id of a workflow machine (its top-level states), in declaration order. */
export function stateIdsOf(machine: AnyStateMachine): string[] {
	return Object.keys(machine.root.states);
}
