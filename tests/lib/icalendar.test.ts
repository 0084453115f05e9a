/** The planner's iCalendar download: RFC 5545 all-day events that hold the planned dates and nothing identifying. */
import { describe, expect, it } from 'vitest';
import { parseIsoDate, type CalendarDate } from '@/lib/calendar-date';
import { dosingCalendar, planDoses } from '@/lib/dosing-schedule';
import { buildICalendar, escapeText, foldLine } from '@/lib/icalendar';
import { isoFromBasic, property, readICalendar, unescapeText } from '../ics-reader';

const stamp = new Date('2026-01-02T09:15:30.000Z');
const plan = planDoses({
	firstDose: { text: '2026-01-05' },
	givenOn: { 2: { text: '2026-01-23' } },
	doseCount: 6,
	today: parseIsoDate('2026-01-01') as CalendarDate,
});
const ics = dosingCalendar(plan.doses, 'plan-7f3a', stamp);

describe('the dosing calendar file', () => {
	it('is a VCALENDAR with CRLF line endings and the required properties', () => {
		const calendar = readICalendar(ics);
		expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
		expect(calendar.properties.map((p) => p.name)).toEqual(['VERSION', 'PRODID', 'CALSCALE', 'METHOD']);
	});

	it('holds one all-day event per planned dose, on the planned dates', () => {
		const events = readICalendar(ics).events;
		expect(events.map((event) => isoFromBasic(property(event, 'DTSTART').value))).toEqual([
			'2026-01-05',
			'2026-01-23',
			'2026-02-06',
			'2026-03-06',
			'2026-04-03',
			'2026-05-01',
		]);
		for (const event of events) {
			expect(property(event, 'DTSTART').params).toEqual({ VALUE: 'DATE' });
			expect(property(event, 'DTSTART').value).toMatch(/^\d{8}$/);
			expect(property(event, 'DTEND').params).toEqual({ VALUE: 'DATE' });
			expect(property(event, 'DTSTAMP').value).toBe('20260102T091530Z');
		}
		expect(property(events[0]!, 'DTEND').value).toBe('20260106');
	});

	it('gives every dose its own UID and a neutral summary', () => {
		const events = readICalendar(ics).events;
		const uids = events.map((event) => property(event, 'UID').value);
		expect(new Set(uids).size).toBe(events.length);
		expect(uids[0]).toBe('plan-7f3a-dose-1@tofersen-lp-guide');
		expect(events.map((event) => unescapeText(property(event, 'SUMMARY').value))).toEqual([
			'Tofersen dose 1 (loading)',
			'Tofersen dose 2 (loading)',
			'Tofersen dose 3 (loading)',
			'Tofersen dose 4 (maintenance)',
			'Tofersen dose 5 (maintenance)',
			'Tofersen dose 6 (maintenance)',
		]);
	});

	it('asks for no name and carries no field about a person', () => {
		const names = readICalendar(ics).events.flatMap((event) => event.map((p) => p.name));
		for (const personal of ['ATTENDEE', 'ORGANIZER', 'CONTACT', 'LOCATION']) expect(names).not.toContain(personal);
	});

	it('folds lines longer than 75 octets and keeps multi-byte characters whole', () => {
		const long = `DESCRIPTION:${'é'.repeat(60)}`;
		const folded = foldLine(long);
		for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
		expect(folded.replace(/\r\n /g, '')).toBe(long);
		expect(() => readICalendar(ics)).not.toThrow();
	});

	it('escapes commas, semicolons, backslashes and line breaks in text', () => {
		expect(escapeText('a, b; c\\d\ne')).toBe('a\\, b\\; c\\\\d\\ne');
		const text = buildICalendar([{ uid: 'x@y', date: { year: 2026, month: 1, day: 1 }, summary: 'one, two; three' }], stamp);
		expect(unescapeText(property(readICalendar(text).events[0]!, 'SUMMARY').value)).toBe('one, two; three');
	});
});
