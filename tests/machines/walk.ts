/** Test helper: gives answers to a workflow machine and returns where it ends up. */
import type { AnyStateMachine } from 'xstate';
import { replay } from '@/lib/walkthrough-session';
import type { SessionInput } from '@/lib/walkthrough-session';

export function walk(machine: AnyStateMachine, events: string[], input: SessionInput = {}) {
	const result = replay(machine, {
		input,
		answers: events.map((event) => ({ event, at: '2026-11-26T09:00:00.000Z' })),
	});
	if (!result.ok) throw new Error(`"${result.event}" (answer ${result.failedAt + 1}) is not accepted at that step`);
	const last = result.path.at(-1)!;
	return { state: last.stateId, snapshot: result.current };
}

/** Answers shared by several tests: the headache workflow's red-flag screen with every flag "no". */
export const noRedFlags = ['flag.meningitis.no', 'flag.pressure.no', 'flag.spinal.no', 'flag.urgent.no'];

/** The blood-patch checks before starting, all passed, and its procedural steps, all done. */
export const bloodPatchChecksPass = [
	'diagnosis.confirmed',
	'infection.none',
	'antithrombotic.acceptable',
	'consent.given',
	'breathing.canHoldPosition',
	'performer.available',
];
export const bloodPatchProcedure = ['position.done', 'epiduralSpace.found', 'bloodDraw.done', 'injection.completed', 'rest.done', 'monitor.done'];
