/**
 * The walkthrough's session actor: it records answers the clinical machine accepts and refuses the
 * others, keeps the replayed path equal to a full replay of the log after every change, and never
 * stores anything of its own beyond the answer log.
 */
import { describe, expect, it } from 'vitest';
import { type AnyStateMachine, createActor } from 'xstate';
import { sessionActor } from '@/lib/session-actor';
import { newSession, replay, type WalkthroughSession } from '@/lib/walkthrough-session';
import { bloodPatchMachine, bloodPatchMachineVersion } from '@/machines/blood-patch';
import { plphMachine, plphMachineVersion } from '@/machines/plph';
import { bloodPatchChecksPass, noRedFlags } from '../machines/walk';

const at = new Date('2026-11-26T09:00:00.000Z');
const later = new Date('2026-11-26T09:05:00.000Z');

function start(session: WalkthroughSession = newSession('plph', plphMachineVersion, at), machine: AnyStateMachine = plphMachine) {
	const actor = createActor(sessionActor, { input: { machine, session } });
	actor.start();
	return actor;
}

/** The replayed path as state ids and answers, to compare with a full replay of the same log. */
const shape = (replayed: ReturnType<typeof replay>) =>
	replayed.ok ? replayed.path.map((step) => [step.stateId, step.answer?.event]) : { failedAt: replayed.failedAt };

const fullReplayOf = (actor: ReturnType<typeof start>) => {
	const { machine, session } = actor.getSnapshot().context;
	return shape(replay(machine, session));
};

describe('the session actor', () => {
	it('records an answer the clinical machine accepts, with its time, and moves the path on', () => {
		const actor = start();
		actor.send({ type: 'answer', event: 'redFlags.none', at: later });
		const { session, replayed } = actor.getSnapshot().context;
		expect(session.answers).toEqual([{ event: 'redFlags.none', at: later.toISOString() }]);
		expect(replayed.ok && replayed.path.map((step) => step.stateId)).toEqual(['redFlags', 'timing']);
	});

	it('refuses an answer the clinical machine does not accept at the current step', () => {
		const actor = start();
		actor.send({ type: 'answer', event: 'timing.withinFiveDays', at: later });
		actor.send({ type: 'answer', event: 'made.up', at: later });
		expect(actor.getSnapshot().context.session.answers).toEqual([]);
	});

	it('records the options ticked on a multi-select step, and refuses a set the machine does not accept', () => {
		const actor = start();
		actor.send({ type: 'answer', event: 'redFlags.ticked', data: { choices: [] }, at: later });
		expect(actor.getSnapshot().context.session.answers).toEqual([]);
		actor.send({ type: 'answer', event: 'redFlags.ticked', data: { choices: ['fever'] }, at: later });
		expect(actor.getSnapshot().context.session.answers).toEqual([{ event: 'redFlags.ticked', data: { choices: ['fever'] }, at: later.toISOString() }]);
		expect(shape(actor.getSnapshot().context.replayed)).toEqual(fullReplayOf(actor));
	});

	it('refuses answers once the workflow has reached an outcome', () => {
		const actor = start();
		const toOutcome = ['redFlags.none', 'timing.withinFiveDays', 'character.notPostural', 'nonPostural.beyondFourteenDays'];
		for (const event of toOutcome) actor.send({ type: 'answer', event, at: later });
		const { replayed } = actor.getSnapshot().context;
		expect(replayed.ok && replayed.current.status).toBe('done');
		actor.send({ type: 'answer', event: 'redFlags.none', at: later });
		expect(actor.getSnapshot().context.session.answers).toHaveLength(toOutcome.length);
	});

	it('keeps the path equal to a full replay of the log after every answer, Back and tick', () => {
		const actor = start();
		const answers = [...noRedFlags, 'timing.withinFiveDays', 'character.postural', 'breathing.comfortableFlat'];
		for (const event of answers) {
			actor.send({ type: 'answer', event, at: later });
			expect(shape(actor.getSnapshot().context.replayed)).toEqual(fullReplayOf(actor));
		}
		actor.send({ type: 'back' });
		expect(shape(actor.getSnapshot().context.replayed)).toEqual(fullReplayOf(actor));
		actor.send({ type: 'back' });
		actor.send({ type: 'answer', event: 'character.postural', at: later });
		expect(shape(actor.getSnapshot().context.replayed)).toEqual(fullReplayOf(actor));
		expect(actor.getSnapshot().context.session.answers.map((answer) => answer.event)).toEqual(answers.slice(0, -1));
	});

	it('takes back the last answer and the ticks made after it; Back at the first step does nothing', () => {
		const actor = start(newSession('blood-patch', bloodPatchMachineVersion, at), bloodPatchMachine);
		actor.send({ type: 'back' });
		expect(actor.getSnapshot().context.session.answers).toEqual([]);
		for (const event of bloodPatchChecksPass) actor.send({ type: 'answer', event, at: later });
		actor.send({ type: 'tick', itemId: 'any-item', ticked: true, at: later });
		expect(actor.getSnapshot().context.session.ticks[String(bloodPatchChecksPass.length)]).toEqual({ 'any-item': later.toISOString() });
		actor.send({ type: 'back' });
		const { session } = actor.getSnapshot().context;
		expect(session.answers).toHaveLength(bloodPatchChecksPass.length - 1);
		expect(session.ticks[String(bloodPatchChecksPass.length)]).toBeUndefined();
	});

	it('loads a session by replaying its whole log, and reports one that no longer fits', () => {
		const actor = start();
		const saved = {
			...newSession('plph', plphMachineVersion, at),
			answers: ['redFlags.none', 'timing.withinFiveDays'].map((event) => ({ event, at: at.toISOString() })),
		};
		actor.send({ type: 'load', session: saved });
		expect(shape(actor.getSnapshot().context.replayed)).toEqual(fullReplayOf(actor));
		actor.send({ type: 'load', session: { ...saved, answers: [{ event: 'timing.withinFiveDays', at: at.toISOString() }] } });
		expect(actor.getSnapshot().context.replayed).toMatchObject({ ok: false, failedAt: 0 });
		// Nothing can be answered on a log that does not fit; a new case starts over.
		actor.send({ type: 'answer', event: 'redFlags.none', at: later });
		expect(actor.getSnapshot().context.session.answers).toHaveLength(1);
		actor.send({ type: 'newCase', at: later });
		expect(actor.getSnapshot().context.session).toEqual(newSession('plph', plphMachineVersion, later));
		expect(actor.getSnapshot().context.replayed.ok).toBe(true);
	});

	it('sets and clears the time the problem was reported', () => {
		const actor = start();
		actor.send({ type: 'reportedAt', at: at });
		expect(actor.getSnapshot().context.session.reportedAt).toBe(at.toISOString());
		actor.send({ type: 'reportedAt', at: undefined });
		expect(actor.getSnapshot().context.session).not.toHaveProperty('reportedAt');
	});

	it('sets and clears the trial code', () => {
		const actor = start();
		actor.send({ type: 'trialCode', code: 'TOF-0042' });
		expect(actor.getSnapshot().context.session.trialCode).toBe('TOF-0042');
		actor.send({ type: 'trialCode', code: '' });
		expect(actor.getSnapshot().context.session).not.toHaveProperty('trialCode');
	});
});
