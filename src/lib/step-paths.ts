/**
 * The shortest answer sequence that reaches each step of a workflow, computed from the machine with
 * xstate/graph. A link to a step replays this path; a step missing here cannot be reached.
 *
 * Multi-select steps answer with data (the ticked options), so the traversal is given every choice a
 * reader could make there: each non-empty set of options (with any locked options always in it).
 */
import { getShortestPaths } from 'xstate/graph';
import type { AnyMachineSnapshot, AnyStateMachine, EventObject } from 'xstate';
import type { StepMeta } from '@/machines/workflow-types';
import type { GivenAnswer, SessionInput } from './walkthrough-session';
import { stateIdOf } from './walkthrough-session';

export type StepPaths = Record<string, GivenAnswer[]>;

/** Every non-empty subset of `options`, smallest first, each in the options' order. */
export function nonEmptySubsets<T>(options: readonly T[]): T[][] {
	const subsets: T[][] = [];
	for (let mask = 1; mask < 1 << options.length; mask += 1) {
		subsets.push(options.filter((_, index) => mask & (1 << index)));
	}
	return subsets.sort((a, b) => a.length - b.length);
}

/** The multi-select of the step a snapshot is in, if it has one. */
export function multiSelectOf(machine: AnyStateMachine, snapshot: AnyMachineSnapshot) {
	return (machine.root.states[stateIdOf(snapshot)]?.meta as StepMeta | undefined)?.select;
}

/**
 * Every answer a traversal should try at a snapshot: each event the step and the workflow accept, and
 * for a multi-select step every set of its options, the locked options always included.
 */
export function answerEvents(machine: AnyStateMachine) {
	return (snapshot: AnyMachineSnapshot): EventObject[] => {
		if (snapshot.status !== 'active') return [];
		const node = machine.root.states[stateIdOf(snapshot)];
		const types = [...Object.keys(node?.config.on ?? {}), ...Object.keys(machine.root.config.on ?? {})];
		const select = multiSelectOf(machine, snapshot);
		return types.flatMap((type): EventObject[] => {
			if (type !== select?.event) return [{ type }];
			const locked = select.lockedFromContext
				? (((snapshot.context as Record<string, unknown>)[select.lockedFromContext] as string[] | undefined) ?? [])
				: [];
			const free = select.options.filter((option) => !locked.includes(option));
			const sets = [...(locked.length > 0 ? [[]] : []), ...nonEmptySubsets(free)];
			return sets.map((set) => ({ type, choices: select.options.filter((option) => locked.includes(option) || set.includes(option)) }));
		});
	};
}

/** A traversal event as a recorded answer: its type, and its ticked options if it carries them. */
export const answerOfEvent = (event: EventObject): GivenAnswer => {
	const choices = (event as { choices?: unknown }).choices;
	return Array.isArray(choices) ? { event: event.type, data: { choices: [...(choices as string[])] } } : { event: event.type };
};

export function shortestAnswerPaths(machine: AnyStateMachine, input: SessionInput = {}): StepPaths {
	const paths: StepPaths = {};
	for (const path of getShortestPaths(machine, { input, events: answerEvents(machine) })) {
		const stateId = stateIdOf(path.state);
		// Paths from xstate/graph start with the machine's own `xstate.init` step.
		const answers = path.steps.map((step) => step.event).filter((event) => event.type !== 'xstate.init').map(answerOfEvent);
		const known = paths[stateId];
		if (!known || answers.length < known.length) paths[stateId] = answers;
	}
	return paths;
}

/** Every state id of a workflow machine (its top-level states), in declaration order. */
export function stateIdsOf(machine: AnyStateMachine): string[] {
	return Object.keys(machine.root.states);
}
