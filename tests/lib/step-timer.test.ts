import { describe, expect, it } from 'vitest';
import { formatMinutes, readTimer, stepOpenedAt } from '@/lib/step-timer';

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
