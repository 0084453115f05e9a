/**
 * A minimal iCalendar (RFC 5545) writer for all-day events: DTSTART;VALUE=DATE with the exclusive
 * DTEND the next day, CRLF line endings, long lines folded at 75 octets, text values escaped. Dates are
 * calendar dates, never instants, so an imported event sits on the same day in every time zone.
 */
import { addDays, formatBasicDate, type CalendarDate } from './calendar-date';

export interface AllDayEvent {
	/** Globally unique and stable for this event (RFC 5545 §3.8.4.7). */
	uid: string;
	date: CalendarDate;
	summary: string;
	description?: string;
}

export const productId = '-//Tofersen LP complications guide//Dosing planner//EN';

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
	return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line longer than 75 octets (RFC 5545 §3.1), never inside a UTF-8 character. */
export function foldLine(line: string): string {
	const encoder = new TextEncoder();
	const parts: string[] = [];
	let current = '';
	let currentOctets = 0;
	for (const character of line) {
		const octets = encoder.encode(character).length;
		// The first line holds 75 octets; continuation lines start with a space, leaving 74.
		const limit = parts.length === 0 ? 75 : 74;
		if (currentOctets + octets > limit) {
			parts.push(current);
			current = '';
			currentOctets = 0;
		}
		current += character;
		currentOctets += octets;
	}
	parts.push(current);
	return parts.join('\r\n ');
}

/** `YYYYMMDDTHHMMSSZ`, the UTC DATE-TIME form of DTSTAMP. */
export const formatUtcStamp = (instant: Date): string => `${instant.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

export function buildICalendar(events: readonly AllDayEvent[], stamp: Date): string {
	const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${productId}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
	for (const event of events) {
		lines.push(
			'BEGIN:VEVENT',
			`UID:${event.uid}`,
			`DTSTAMP:${formatUtcStamp(stamp)}`,
			`DTSTART;VALUE=DATE:${formatBasicDate(event.date)}`,
			`DTEND;VALUE=DATE:${formatBasicDate(addDays(event.date, 1))}`,
			`SUMMARY:${escapeText(event.summary)}`,
			...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
			'TRANSP:TRANSPARENT',
			'END:VEVENT',
		);
	}
	lines.push('END:VCALENDAR');
	return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

