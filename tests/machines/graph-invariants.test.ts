/**
 * Invariants over every state of every workflow, walked with xstate/graph
 * (../shared/workflows.md, "Invariants the tests must prove"). Multi-select steps are walked with every
 * set of options a reader could tick (answerEvents), so every data-carrying answer is covered.
 */
import { describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import { initialTransition, type AnyMachineSnapshot, type AnyStateMachine } from 'xstate';
import { isStartEvent } from '@/machines/start-points';
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

	it('accepts a starting point only before the first answer, never on coming back to the first step', () => {
		const [opening] = initialTransition(machine, {});
		const startEvents = answerEvents(machine)(opening).filter(({ type }) => isStartEvent(type));
		for (const event of startEvents) expect(opening.can(event), event.type).toBe(true);
		for (const snapshot of snapshots.filter((s) => s.status === 'active' && s !== opening)) {
			if ((snapshot.context as { startsOpen?: boolean }).startsOpen) continue;
			for (const event of startEvents) expect(snapshot.can(event), `${stateIdOf(snapshot)} accepts ${event.type}`).toBe(false);
		}
		// Coming back to the first step (a reassessment that rechecks the red flags) happens in the headache workflow.
		if (id === 'plph') {
			const back = snapshots.filter((s) => stateIdOf(s) === machine.config.initial && !(s.context as { startsOpen: boolean }).startsOpen);
			expect(back.length).toBeGreaterThan(0);
		}
	});

	it('offers a multi-select only with options that the machine accepts, one set at a time', () => {
		for (const snapshot of snapshots.filter((s) => s.status === 'active')) {
			const select = metaOf(id, stateIdOf(snapshot))?.select;
			if (!select) continue;
			// Start events are left out: they are accepted only at the very start (see the test below).
			for (const event of answerEvents(machine)(snapshot).filter(({ type }) => !isStartEvent(type))) {
				expect(snapshot.can(event), JSON.stringify(event)).toBe(true);
			}
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
