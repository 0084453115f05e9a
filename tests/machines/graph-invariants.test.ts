/**
 * Invariants over every state of every workflow, walked with xstate/graph
 * (../shared/workflows.md, "Invariants the tests must prove").
 */
import { describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import type { AnyMachineSnapshot } from 'xstate';
import { workflowIds, workflows } from '@/machines/registry';
import { redFlagExitEventTypes, suspectedPatterns, type StepMeta } from '@/machines/workflow-types';
import { shortestAnswerPaths, stateIdsOf } from '@/lib/step-paths';
import { stateIdOf } from '@/lib/walkthrough-session';

const inputsFor = (id: string) =>
	id === 'serious-event' ? [{}, ...suspectedPatterns.map((suspectedPattern) => ({ suspectedPattern }))] : [{}];

/** Every distinct snapshot (state and context) reachable from the start, for every input. */
function reachableSnapshots(id: (typeof workflowIds)[number]): AnyMachineSnapshot[] {
	const { machine } = workflows[id];
	return inputsFor(id).flatMap((input) => getShortestPaths(machine, { input }).map((path) => path.state));
}

const kindOf = (id: (typeof workflowIds)[number], stateId: string) =>
	(workflows[id].machine.root.states[stateId]?.meta as StepMeta | undefined)?.kind;

describe.each(workflowIds)('the %s workflow', (id) => {
	const { machine } = workflows[id];
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
			const ends = getShortestPaths(machine, { fromState: snapshot }).filter((path) => path.state.status === 'done');
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

	it('never reaches a blood-patch referral or step once a red flag was answered yes', () => {
		for (const snapshot of snapshots) {
			const context = snapshot.context as { redFlag?: string | null };
			if (context.redFlag) {
				expect(kindOf(id, stateIdOf(snapshot)), `${stateIdOf(snapshot)} after a red flag`).toBe('handover');
				expect((snapshot.output as { handoverTo?: string } | undefined)?.handoverTo).toBe('serious-event');
			}
		}
	});
});

describe('red flags', () => {
	it('end the headache workflow in a hand-over to the serious-event workflow with the pattern carried', () => {
		for (const snapshot of reachableSnapshots('plph')) {
			if (kindOf('plph', stateIdOf(snapshot)) !== 'handover') continue;
			const context = snapshot.context as { redFlag: string | null };
			expect(snapshot.output).toEqual({ handoverTo: 'serious-event', pattern: context.redFlag });
		}
	});
});
