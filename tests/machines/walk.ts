/** Test helper: gives answers to a workflow machine and returns where it ends up. */
import type { AnyStateMachine } from 'xstate';
import { replay } from '@/lib/walkthrough-session';
import type { GivenAnswer, SessionInput } from '@/lib/walkthrough-session';

export type Answer = string | GivenAnswer;

export function walk(machine: AnyStateMachine, answers: Answer[], input: SessionInput = {}) {
	const result = replay(machine, {
		input,
		answers: answers.map((answer) => ({
			...(typeof answer === 'string' ? { event: answer } : answer),
			at: '2026-11-26T09:00:00.000Z',
		})),
	});
	if (!result.ok) throw new Error(`"${result.event}" (answer ${result.failedAt + 1}) is not accepted at that step`);
	const last = result.path.at(-1)!;
	return { state: last.stateId, snapshot: result.current };
}

/** The red-flag screen's answer with these signs ticked. */
export const ticked = (...choices: string[]): GivenAnswer => ({ event: 'redFlags.ticked', data: { choices } });

/** The serious-event pattern step's answer with these patterns ticked. */
export const chosen = (...choices: string[]): GivenAnswer => ({ event: 'patterns.chosen', data: { choices } });

/** Answers shared by several tests: the red-flag screen with "None of these". */
export const noRedFlags = ['redFlags.none'];

/** The blood-patch red-flag screen clear, the checks before starting all passed, and its procedural steps, all done. */
export const bloodPatchChecksPass = [
	'redFlags.none',
	'diagnosis.confirmed',
	'infection.none',
	'antithrombotic.acceptable',
	'consent.given',
	'breathing.canHoldPosition',
	'performer.available',
];
export const bloodPatchProcedure = ['position.done', 'epiduralSpace.found', 'bloodDraw.done', 'injection.completed', 'rest.done', 'monitor.done'];
