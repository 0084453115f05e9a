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
