import { describe, expect, it } from 'vitest';
import { clockStartsAt, formatMinutes, parseReportedTime, readTimer, stepOpenedAt } from '@/lib/step-timer';

const opened = new Date('2026-11-26T10:00:00Z');
const at = (minutes: number) => new Date(opened.getTime() + minutes * 60_000);

describe('a step timer', () => {
	it('counts down to a target from when the step opened', () => {
		expect(readTimer({ purpose: 'target', minutes: 120 }, opened, at(30))).toEqual({
			elapsedMinutes: 30,
			remainingMinutes: 90,
			reached: false,
			endsAt: at(120),
		});
	});

	it('is reached exactly at the target and stays reached after it', () => {
		expect(readTimer({ purpose: 'target', minutes: 120 }, opened, at(120)).reached).toBe(true);
		expect(readTimer({ purpose: 'deadline', minutes: 1440 }, opened, at(1500)).remainingMinutes).toBe(-60);
	});

	it('never shows negative elapsed time when the device clock is behind', () => {
		expect(readTimer({ purpose: 'target', minutes: 120 }, opened, at(-5)).elapsedMinutes).toBe(0);
	});

	it('opens at the time of the answer that led to the step, or at the start', () => {
		expect(stepOpenedAt([{ at: '2026-11-26T10:05:00.000Z' }], '2026-11-26T09:00:00.000Z')).toEqual(
			new Date('2026-11-26T10:05:00.000Z'),
		);
		expect(stepOpenedAt([], '2026-11-26T09:00:00.000Z')).toEqual(new Date('2026-11-26T09:00:00.000Z'));
	});

	it.each([
		[45, '45 min'],
		[60, '1 h'],
		[86, '1 h 26 min'],
		[1440, '24 h'],
		[-65, '1 h 5 min'],
	])('writes %i minutes as "%s"', (minutes, text) => {
		expect(formatMinutes(minutes)).toBe(text);
	});
});

describe('where a clock starts', () => {
	const deadline = { purpose: 'deadline', minutes: 1440 } as const;
	const answers = [
		{ event: 'redFlags.none', at: '2026-11-26T10:00:00.000Z' },
		{ event: 'timing.withinFiveDays', at: '2026-11-26T10:05:00.000Z' },
		// Back at the same step after a reassessment, hours later.
		{ event: 'reassess.sameTolerable', at: '2026-11-26T18:00:00.000Z' },
	];
	const startedAt = '2026-11-26T09:00:00.000Z';

	it('counts a target from when its step opened', () => {
		expect(clockStartsAt({ purpose: 'target', minutes: 120 }, { startedAt, answers })).toEqual({
			at: new Date('2026-11-26T18:00:00.000Z'),
			origin: 'step-opened',
		});
	});

	it('counts a deadline from the first answer of the case, however often its step opens again', () => {
		expect(clockStartsAt(deadline, { startedAt, answers })).toEqual({ at: new Date('2026-11-26T10:00:00.000Z'), origin: 'first-answer' });
	});

	it('counts a deadline from the reported time the nurse entered', () => {
		expect(clockStartsAt(deadline, { startedAt, answers, reportedAt: '2026-11-26T08:30:00.000Z' })).toEqual({
			at: new Date('2026-11-26T08:30:00.000Z'),
			origin: 'reported-entered',
		});
	});

	it('says when a deadline runs from a case opened further on (a link, or a follow-up start), not from the report', () => {
		const fromLink = answers.map((answer) => ({ ...answer, fromLink: true }));
		expect(clockStartsAt(deadline, { startedAt, answers: fromLink }).origin).toBe('opened-later');
		const followUp = [{ event: 'start.reassessPostural', at: '2026-11-27T09:00:00.000Z' }, ...answers];
		expect(clockStartsAt(deadline, { startedAt, answers: followUp })).toEqual({ at: new Date('2026-11-27T09:00:00.000Z'), origin: 'opened-later' });
	});

	it('refuses a reported time in the future or not a time, saying what to enter', () => {
		const now = new Date('2026-11-26T12:00:00');
		expect(parseReportedTime('2026-11-26T11:30', now)).toEqual({ ok: true, at: new Date('2026-11-26T11:30') });
		expect(parseReportedTime('2026-11-26T13:00', now)).toMatchObject({ ok: false, problem: expect.stringContaining('future') });
		expect(parseReportedTime('', now)).toMatchObject({ ok: false, problem: expect.stringContaining('Enter') });
	});
});
