import { describe, expect, it } from 'vitest';
import {
	addDays,
	addYears,
	formatIsoDate,
	formatReadableDate,
	fromDayNumber,
	parseIsoDate,
	toDayNumber,
	type CalendarDate,
} from '@/lib/calendar-date';

const day = (text: string) => parseIsoDate(text) as CalendarDate;

describe('calendar dates', () => {
	it('count days from 1970-01-01 and back, across four centuries, without a gap or a repeat', () => {
		expect(toDayNumber(day('1970-01-01'))).toBe(0);
		expect(toDayNumber(day('2000-03-01'))).toBe(11017);
		for (let number = toDayNumber(day('1900-01-01')); number <= toDayNumber(day('2300-12-31')); number += 1) {
			const date = fromDayNumber(number);
			if (toDayNumber(date) !== number) throw new Error(`${formatIsoDate(date)} does not round-trip`);
		}
	});

	it('agree with the UTC calendar of the JavaScript engine on every day of 2024–2030', () => {
		for (let number = toDayNumber(day('2024-01-01')); number <= toDayNumber(day('2030-12-31')); number += 1) {
			expect(formatIsoDate(fromDayNumber(number))).toBe(new Date(number * 86_400_000).toISOString().slice(0, 10));
		}
	});

	it('add days across month, year and leap-day boundaries', () => {
		expect(formatIsoDate(addDays(day('2026-01-31'), 1))).toBe('2026-02-01');
		expect(formatIsoDate(addDays(day('2026-12-18'), 14))).toBe('2027-01-01');
		expect(formatIsoDate(addDays(day('2028-02-28'), 1))).toBe('2028-02-29');
		expect(formatIsoDate(addDays(day('2100-02-28'), 1))).toBe('2100-03-01');
	});

	it('add years, turning 29 February into 28 February in a common year', () => {
		expect(formatIsoDate(addYears(day('2028-02-29'), -2))).toBe('2026-02-28');
		expect(formatIsoDate(addYears(day('2026-06-15'), 2))).toBe('2028-06-15');
	});

	it('read only real dates written as YYYY-MM-DD', () => {
		expect(parseIsoDate('2026-02-28')).toEqual({ year: 2026, month: 2, day: 28 });
		for (const text of ['2026-02-29', '2026-13-01', '2026-00-10', '2026-1-5', '05/01/2026', '', 'tomorrow', '0999-01-01']) {
			expect(parseIsoDate(text), text).toBeUndefined();
		}
	});

	it('print dates with their weekday, unambiguously', () => {
		expect(formatReadableDate(day('1970-01-01'))).toBe('Thu 1 Jan 1970');
		expect(formatReadableDate(day('2026-03-29'))).toBe('Sun 29 Mar 2026');
	});
});
