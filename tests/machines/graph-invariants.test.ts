/**
 * Invariants over every state of every workflow, walked with xstate/graph
 * (../shared/workflows.md, "Invariants the tests must prove"). Multi-select steps are walked with every
 * set of options a reader could tick (answerEvents), so every data-carrying answer is covered.
 */
import { describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import type { AnyMachineSnapshot, AnyStateMachine } from 'xstate';
import { workflowIds, workflows } from '@/machines/registry';
import { redFlagExitEventTypes, suspectedPatterns, type StepMeta, type WorkflowOutput } from '@/machines/workflow-types';
import { answerEvents, nonEmptySubsets, shortestAnswerPaths, stateIdsOf } from '@/lib/step-paths';
import { stateIdOf } from '@/lib/walkthrough-session';

const inputsFor = (id: string) =>
	id === 'serious-event' ? [{}, ...nonEmptySubsets(suspectedPatterns).map((suspectedPatterns) => ({ suspectedPatterns }))] : [{}];

/** Every distinct snapshot (state and context) reachable from the start, for every input. */
function reachableSnapshots(id: (typeof workflowIds)[number]): AnyMachineSnapshot[] {
	const machine: AnyStateMachine = workflows[id].machine;
	return inputsFor(id).flatMap((input) => getShortestPaths(machine, { input, events: answerEvents(machine) }).map((path) => path.state));
}

const metaOf = (id: (typeof workflowIds)[number], stateId: string) =>
	workflows[id].machine.root.states[stateId]?.meta as StepMeta | undefined;
const kindOf = (id: (typeof workflowIds)[number], stateId: string) => metaOf(id, stateId)?.kind;

describe.each(workflowIds)('the %s workflow', (id) => {
	const machine: AnyStateMachine = workflows[id].machine;
	const snapshots = reachableSnapshots(id);

	it('reaches every one of its states from the start', () => {
		const reached = new Set(Object.keys(shortestAnswerPaths(machine)));
		expect(stateIdsOf(machine).filter((stateId) => !reached.has(stateId))).toEqual([]);
	});

	it('declares a step kind for every state, and only final states are outcomes or hand-overs', () => {
		for (const stateId of stateIdsOf(machine)) {
			const node = machine.root.states[stateId];
			const kind = kindOf(id, stateId);
			expect(kind, stateId).toBeDefined();
			expect(node?.type === 'final', stateId).toBe(kind === 'outcome' || kind === 'handover');
		}
	});

	it('can reach a final outcome from every reachable step, so no path is a dead end', () => {
		for (const snapshot of snapshots.filter((s) => s.status === 'active')) {
			const ends = getShortestPaths(machine, { fromState: snapshot, events: answerEvents(machine) }).filter(
				(path) => path.state.status === 'done',
			);
			expect(ends.length, `dead end at ${stateIdOf(snapshot)}`).toBeGreaterThan(0);
		}
	});

	it.runIf(id !== 'serious-event')('offers the red-flag exit on every step that is not an outcome', () => {
		for (const snapshot of snapshots.filter((s) => s.status === 'active')) {
			for (const type of redFlagExitEventTypes) {
				expect(snapshot.can({ type }), `${stateIdOf(snapshot)} refuses ${type}`).toBe(true);
			}
		}
	});

	it('never reaches a blood-patch referral or step once a red flag was raised, and hands every flagged pattern over', () => {
		for (const snapshot of snapshots) {
			const patterns = (snapshot.context as { patterns?: string[] }).patterns ?? [];
			if (id === 'serious-event' || patterns.length === 0) continue;
			expect(kindOf(id, stateIdOf(snapshot)), `${stateIdOf(snapshot)} after a red flag`).toBe('handover');
			expect(snapshot.output as WorkflowOutput).toEqual({ handoverTo: 'serious-event', patterns });
		}
	});

	it('offers a multi-select only with options that the machine accepts, one set at a time', () => {
		for (const snapshot of snapshots.filter((s) => s.status === 'active')) {
			const select = metaOf(id, stateIdOf(snapshot))?.select;
			if (!select) continue;
			for (const event of answerEvents(machine)(snapshot)) expect(snapshot.can(event), JSON.stringify(event)).toBe(true);
			expect(snapshot.can({ type: select.event, choices: [] }), 'nothing ticked').toBe(false);
		}
	});
});

describe('the serious-event workflow', () => {
	it('never drops a carried pattern: every reachable state keeps all of them', () => {
		for (const snapshot of reachableSnapshots('serious-event')) {
			const { carriedPatterns, patterns } = snapshot.context as { carriedPatterns: string[]; patterns: string[] };
			for (const carried of carriedPatterns) expect(patterns, stateIdOf(snapshot)).toContain(carried);
		}
	});
});
