/**
 * Test helper: reads an iCalendar stream with ical.js (a real RFC 5545 parser, independent of the writer
 * in src/lib/icalendar.ts, so a test that reads a calendar back cannot pass just because writer and
 * reader share a mistake). ical.js accepts bare LF and long lines, so the two rules it does not enforce,
 * CRLF line endings and lines of at most 75 octets, are checked here first.
 */
import ICAL from 'ical.js';

/** Throws, naming the line, when the stream breaks RFC 5545's line rules (section 3.1). */
export function checkContentLines(text: string): void {
	if (!text.endsWith('\r\n')) throw new Error('An iCalendar stream ends with CRLF.');
	if (/(?<!\r)\n/.test(text)) throw new Error('Every line ends with CRLF, never a bare LF.');
	for (const [index, line] of text.slice(0, -2).split('\r\n').entries()) {
		if (new TextEncoder().encode(line).length > 75) throw new Error(`Line ${index + 1} is longer than 75 octets.`);
	}
}

/** The calendar, after its line rules are checked; ical.js throws on anything it cannot parse. */
export function readCalendar(text: string): ICAL.Component {
	checkContentLines(text);
	return new ICAL.Component(ICAL.parse(text));
}

export function eventsOf(calendar: ICAL.Component): ICAL.Component[] {
	return calendar.getAllSubcomponents('vevent');
}

/** A property's first value as text (`2026-01-05` for a DATE); throws when absent, so a missing field fails loudly. */
export function propertyValue(event: ICAL.Component, name: string): string {
	const property = event.getFirstProperty(name);
	if (!property) throw new Error(`The event has no ${name.toUpperCase()}.`);
	return String(property.getFirstValue());
}

/** The value type a property was written with (`date` for `;VALUE=DATE`). */
export function valueType(event: ICAL.Component, name: string): string | undefined {
	return event.getFirstProperty(name)?.type;
}
