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
		const session = withAnswer(withAnswer(started(), 'flag.meningitis.no', now), 'flag.pressure.no', later);
		const result = replay(plphMachine, session);
		expect(result.ok && result.path.map((step) => step.stateId)).toEqual(['flagMeningitis', 'flagPressure', 'flagSpinal']);
		expect(result.ok && result.path[1]?.answer?.at).toBe(later.toISOString());
	});

	it('goes back by dropping the last answer and the ticks of the step it left', () => {
		let session = withAnswer(started(), 'flag.meningitis.no', now);
		session = withTick(session, 'some-item', true, later);
		session = withAnswer(session, 'flag.pressure.no', later);
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
		expect(Object.keys(withAnswer(started(), 'flag.meningitis.no', now)).sort()).toEqual(
			['answers', 'format', 'machineVersion', 'startedAt', 'ticks', 'workflowId'].sort(),
		);
	});
});

describe('reading a saved session', () => {
	const read = (raw: string | null) => readSession(raw, plphMachine, 'plph', plphMachineVersion);

	it('resumes a session saved under this version', () => {
		const session = withAnswer(started(), 'flag.meningitis.no', now);
		expect(read(JSON.stringify(session))).toEqual({ kind: 'ok', session });
	});

	it('reports nothing saved', () => {
		expect(read(null)).toEqual({ kind: 'none' });
	});

	it.each([
		['text that is not JSON', '{"format":1,'],
		['JSON of the wrong shape', '{"answers":"none"}'],
		['another workflow’s session', JSON.stringify(newSession('blood-patch', 1, now))],
		['a time that is not a time', JSON.stringify({ ...started(), startedAt: 'yesterday' })],
	])('calls %s unreadable instead of failing', (_label, raw) => {
		expect(read(raw).kind).toBe('unreadable');
	});

	it('refuses a session saved under another version of the machine', () => {
		const old = { ...withAnswer(started(), 'flag.meningitis.no', now), machineVersion: plphMachineVersion - 1 };
		expect(read(JSON.stringify(old)).kind).toBe('other-version');
	});

	it('refuses a session whose answers no longer fit the machine', () => {
		const session = withAnswer(started(), 'flag.retired.no', now);
		expect(read(JSON.stringify(session)).kind).toBe('no-longer-fits');
	});
});
