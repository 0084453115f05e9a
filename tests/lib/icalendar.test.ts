/** The planner's iCalendar download: RFC 5545 all-day events that hold the planned dates and nothing identifying. */
import { describe, expect, it } from 'vitest';
import { parseIsoDate, type CalendarDate } from '@/lib/calendar-date';
import { dosingCalendar, planDoses } from '@/lib/dosing-schedule';
import { buildICalendar, escapeText, foldLine } from '@/lib/icalendar';
import { checkContentLines, eventsOf, readCalendar, valueType, propertyValue } from '../ical';

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
		const calendar = readCalendar(ics);
		expect(calendar.name).toBe('vcalendar');
		expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
		expect(calendar.getAllProperties().map((p) => p.name)).toEqual(['version', 'prodid', 'calscale', 'method']);
	});

	it('holds one all-day event per planned dose, on the planned dates', () => {
		const events = eventsOf(readCalendar(ics));
		expect(events.map((event) => propertyValue(event, 'dtstart'))).toEqual([
			'2026-01-05',
			'2026-01-23',
			'2026-02-06',
			'2026-03-06',
			'2026-04-03',
			'2026-05-01',
		]);
		for (const event of events) {
			expect(valueType(event, 'dtstart')).toBe('date');
			expect(valueType(event, 'dtend')).toBe('date');
			expect(propertyValue(event, 'dtstamp')).toBe('2026-01-02T09:15:30Z');
		}
		expect(propertyValue(events[0]!, 'dtend')).toBe('2026-01-06');
	});

	it('gives every dose its own UID and a neutral summary', () => {
		const events = eventsOf(readCalendar(ics));
		const uids = events.map((event) => propertyValue(event, 'uid'));
		expect(new Set(uids).size).toBe(events.length);
		expect(uids[0]).toBe('plan-7f3a-dose-1@tofersen-lp-guide');
		expect(events.map((event) => propertyValue(event, 'summary'))).toEqual([
			'Tofersen dose 1 (loading)',
			'Tofersen dose 2 (loading)',
			'Tofersen dose 3 (loading)',
			'Tofersen dose 4 (maintenance)',
			'Tofersen dose 5 (maintenance)',
			'Tofersen dose 6 (maintenance)',
		]);
	});

	it('asks for no name and carries no field about a person', () => {
		const names = eventsOf(readCalendar(ics)).flatMap((event) => event.getAllProperties().map((p) => p.name));
		for (const personal of ['attendee', 'organizer', 'contact', 'location']) expect(names).not.toContain(personal);
	});

	it('folds lines longer than 75 octets and keeps multi-byte characters whole', () => {
		const long = `DESCRIPTION:${'é'.repeat(60)}`;
		const folded = foldLine(long);
		for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
		expect(folded.replace(/\r\n /g, '')).toBe(long);
		expect(() => checkContentLines(ics)).not.toThrow();
		const text = buildICalendar([{ uid: 'x@y', date: { year: 2026, month: 1, day: 1 }, summary: 'é'.repeat(60) }], stamp);
		expect(() => checkContentLines(text)).not.toThrow();
		expect(propertyValue(eventsOf(readCalendar(text))[0]!, 'summary')).toBe('é'.repeat(60));
	});

	it('ends every line with CRLF: the line check rejects a bare LF and a line over 75 octets', () => {
		expect(() => checkContentLines(ics.replaceAll('\r\n', '\n'))).toThrow(/CRLF/);
		expect(() => checkContentLines(`BEGIN:VCALENDAR\r\nX-LONG:${'a'.repeat(80)}\r\nEND:VCALENDAR\r\n`)).toThrow(/75 octets/);
	});

	it('escapes commas, semicolons, backslashes and line breaks in text', () => {
		expect(escapeText('a, b; c\\d\ne')).toBe('a\\, b\\; c\\\\d\\ne');
		const text = buildICalendar([{ uid: 'x@y', date: { year: 2026, month: 1, day: 1 }, summary: 'one, two; three' }], stamp);
		expect(propertyValue(eventsOf(readCalendar(text))[0]!, 'summary')).toBe('one, two; three');
	});
});
