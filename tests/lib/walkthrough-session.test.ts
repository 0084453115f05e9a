import { describe, expect, it } from 'vitest';
import { plphMachine, plphMachineVersion } from '@/machines/plph';
import {
	newSession,
	readSession,
	replay,
	withAnswer,
	withTick,
	withoutLastAnswer,
} from '@/lib/walkthrough-session';

const now = new Date('2026-11-26T10:00:00Z');
const later = new Date('2026-11-26T10:05:00Z');
const started = () => newSession('plph', plphMachineVersion, now);

describe('a walkthrough session', () => {
	it('replays its answers to the step they lead to', () => {
		const session = withAnswer(withAnswer(started(), 'redFlags.none', now), 'timing.withinFiveDays', later);
		const result = replay(plphMachine, session);
		expect(result.ok && result.path.map((step) => step.stateId)).toEqual(['redFlags', 'timing', 'character']);
		expect(result.ok && result.path[1]?.answer?.at).toBe(later.toISOString());
	});

	it('records the options ticked on a multi-select and replays them through the machine', () => {
		const session = withAnswer(started(), 'redFlags.ticked', now, false, { choices: ['fever', 'spinal'] });
		expect(session.answers[0]).toEqual({ event: 'redFlags.ticked', data: { choices: ['fever', 'spinal'] }, at: now.toISOString() });
		const result = replay(plphMachine, session);
		expect(result.ok && result.current.output).toEqual({ handoverTo: 'serious-event', patterns: ['spinal', 'meningeal'] });
	});

	it('goes back by dropping the last answer and the ticks of the step it left', () => {
		let session = withAnswer(started(), 'redFlags.none', now);
		session = withTick(session, 'some-item', true, later);
		session = withAnswer(session, 'timing.withinFiveDays', later);
		session = withTick(session, 'other-item', true, later);
		const back = withoutLastAnswer(session);
		expect(back.answers).toHaveLength(1);
		expect(back.ticks).toEqual({ '1': { 'some-item': later.toISOString() } });
	});

	it('records the time an item was ticked and forgets it when unticked', () => {
		const ticked = withTick(started(), 'tell-investigator', true, later);
		expect(ticked.ticks['0']).toEqual({ 'tell-investigator': later.toISOString() });
		expect(withTick(ticked, 'tell-investigator', false, later).ticks['0']).toEqual({});
	});

	it('stores no field for a name or any other identifier', () => {
		expect(Object.keys(withAnswer(started(), 'redFlags.none', now)).sort()).toEqual(
			['answers', 'format', 'machineVersion', 'startedAt', 'ticks', 'workflowId'].sort(),
		);
	});
});

describe('reading a saved session', () => {
	const read = (raw: string | null) => readSession(raw, plphMachine, 'plph', plphMachineVersion);

	it('resumes a session saved under this version', () => {
		const session = withAnswer(started(), 'redFlags.ticked', now, false, { choices: ['pressure'] });
		expect(read(JSON.stringify(session))).toEqual({ kind: 'ok', session });
	});

	it('reports nothing saved', () => {
		expect(read(null)).toEqual({ kind: 'none' });
	});

	it.each([
		['text that is not JSON', '{"format":2,'],
		['ticked options that are not a list', JSON.stringify({ ...started(), answers: [{ event: 'redFlags.ticked', data: { choices: 'fever' }, at: now.toISOString() }] })],
		['JSON of the wrong shape', '{"answers":"none"}'],
		['another workflow’s session', JSON.stringify(newSession('blood-patch', 1, now))],
		['a time that is not a time', JSON.stringify({ ...started(), startedAt: 'yesterday' })],
	])('calls %s unreadable instead of failing', (_label, raw) => {
		expect(read(raw).kind).toBe('unreadable');
	});

	it('refuses a session saved under another version of the machine', () => {
		const old = { ...withAnswer(started(), 'redFlags.none', now), machineVersion: plphMachineVersion - 1 };
		expect(read(JSON.stringify(old)).kind).toBe('other-version');
	});

	it('shows the answers of a session saved in the earlier format (one question a flag) instead of losing them', () => {
		const earlier = {
			format: 1,
			workflowId: 'plph',
			machineVersion: 1,
			startedAt: now.toISOString(),
			input: { suspectedPattern: 'meningeal' },
			answers: [{ event: 'flag.meningitis.no', at: now.toISOString() }],
			ticks: {},
		};
		expect(read(JSON.stringify(earlier))).toEqual({
			kind: 'other-version',
			session: { answers: [{ event: 'flag.meningitis.no', at: now.toISOString() }] },
		});
	});

	it('refuses a multi-select answer whose options the machine does not accept', () => {
		const session = withAnswer(started(), 'redFlags.ticked', now, false, { choices: ['rash'] });
		expect(read(JSON.stringify(session)).kind).toBe('no-longer-fits');
	});

	it('refuses a session whose answers no longer fit the machine', () => {
		const session = withAnswer(started(), 'flag.retired.no', now);
		expect(read(JSON.stringify(session)).kind).toBe('no-longer-fits');
	});
});
