import { describe, expect, it } from 'vitest';
import { getSimplePaths } from 'xstate/graph';
import type { AnyMachineSnapshot, AnyStateMachine } from 'xstate';
import { answerEvents } from '@/lib/step-paths';
import { workflowIds, workflows } from '@/machines/registry';
import { machineGraph } from '@/lib/machine-graph';
import { workflowOutline, type OutlineStep } from '@/lib/workflow-outline';
import { stateIdOf } from '@/lib/walkthrough-session';
import { preparedWorkflow } from '../components/prepared-workflow';

/** Every step written out in the outline, by state id (each appears once). */
function index(step: OutlineStep, into = new Map<string, OutlineStep>()) {
	into.set(step.stateId, step);
	for (const answer of step.answers) if (answer.next.kind === 'step') index(answer.next.step, into);
	return into;
}

describe.each(workflowIds)('the text outline of the %s workflow', (id) => {
	const { machine } = workflows[id];
	const outline = workflowOutline(machineGraph(machine, preparedWorkflow(id), {}));
	const steps = index(outline.start, outline.exit ? index(outline.exit) : undefined);

	it('writes out every state exactly once', () => {
		expect([...steps.keys()].filter((key) => key !== 'exit').sort()).toEqual(Object.keys(machine.root.states).sort());
	});

	it('lists every path through the machine, step by step, in order', () => {
		// Each step once per path (its context aside), and each option of a multi-select on its own: every
		// edge of the outline is still walked, without one path per combination of ticks and flags.
		const paths = getSimplePaths(machine as AnyStateMachine, {
			serializeState: (snapshot) => stateIdOf(snapshot as AnyMachineSnapshot),
			events: (snapshot: AnyMachineSnapshot) =>
				answerEvents(machine)(snapshot).filter((event) => !('choices' in event) || (event.choices as string[]).length === 1),
		});
		expect(paths.length).toBeGreaterThan(0);
		for (const path of paths) {
			let at = steps.get(String(machine.root.config.initial))!;
			const targetOf = (next: OutlineStep['answers'][number]['next']) =>
				next.kind === 'step' ? next.step.stateId : next.kind === 'see-above' ? next.stateId : undefined;
			for (const { event, state } of path.steps.slice(1)) {
				// The red-flag exit is open from every step; the outline lists it once, under "exit".
				const from = event.type.startsWith('redFlag.') ? steps.get('exit')! : at;
				// A guarded choice lists one answer per target: follow the one the machine took.
				const answer = from.answers.find(
					(candidate) => candidate.event === event.type && targetOf(candidate.next) === stateIdOf(state),
				);
				expect(answer, `${at.stateId} --${event.type}`).toBeDefined();
				at = steps.get(targetOf(answer!.next) ?? '')!;
			}
			expect(at.stateId).toBe(stateIdOf(path.state));
		}
	});
});
