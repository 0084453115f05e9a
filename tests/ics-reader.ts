/**
 * Test helper: a small, strict iCalendar reader written from RFC 5545, independent of the writer in
 * src/lib/icalendar.ts, so a test that reads a calendar back cannot pass just because writer and reader
 * share a mistake. It throws, naming the line, on anything an RFC 5545 parser would reject.
 */

export interface ReadProperty {
	name: string;
	params: Record<string, string>;
	value: string;
}

export interface ReadCalendar {
	properties: ReadProperty[];
	events: ReadProperty[][];
}

export function readICalendar(text: string): ReadCalendar {
	if (!text.endsWith('\r\n')) throw new Error('An iCalendar stream ends with CRLF.');
	if (/(?<!\r)\n/.test(text)) throw new Error('Every line ends with CRLF, never a bare LF.');
	const physical = text.slice(0, -2).split('\r\n');
	for (const [index, line] of physical.entries()) {
		if (new TextEncoder().encode(line).length > 75) throw new Error(`Line ${index + 1} is longer than 75 octets.`);
	}
	// Unfold: a line starting with a space or tab continues the previous one.
	const logical: string[] = [];
	for (const line of physical) {
		if (/^[ \t]/.test(line)) {
			if (logical.length === 0) throw new Error('The stream starts with a continuation line.');
			logical[logical.length - 1] += line.slice(1);
		} else logical.push(line);
	}
	const parsed = logical.map((line, index) => {
		const match = /^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=[^;:]*)*):(.*)$/.exec(line);
		if (!match) throw new Error(`Content line ${index + 1} is not NAME[;PARAM=VALUE]:VALUE: ${line}`);
		const params = Object.fromEntries(
			(match[2] ?? '')
				.split(';')
				.filter(Boolean)
				.map((pair) => pair.split('=') as [string, string]),
		);
		return { name: (match[1] as string).toUpperCase(), params, value: match[3] as string };
	});
	const first = parsed[0];
	const last = parsed.at(-1);
	if (first?.name !== 'BEGIN' || first.value !== 'VCALENDAR' || last?.name !== 'END' || last.value !== 'VCALENDAR') {
		throw new Error('The stream is not one VCALENDAR.');
	}
	const calendar: ReadCalendar = { properties: [], events: [] };
	let event: ReadProperty[] | undefined;
	for (const property of parsed.slice(1, -1)) {
		if (property.name === 'BEGIN' && property.value === 'VEVENT') {
			if (event) throw new Error('A VEVENT begins inside another.');
			event = [];
		} else if (property.name === 'END' && property.value === 'VEVENT') {
			if (!event) throw new Error('END:VEVENT without BEGIN.');
			calendar.events.push(event);
			event = undefined;
		} else if (event) event.push(property);
		else calendar.properties.push(property);
	}
	if (event) throw new Error('A VEVENT is not closed.');
	return calendar;
}

/** A property of an event by name; throws when it is absent, so a missing field fails loudly. */
export function property(event: ReadProperty[], name: string): ReadProperty {
	const found = event.find((candidate) => candidate.name === name);
	if (!found) throw new Error(`The event has no ${name}.`);
	return found;
}

/** Reverses RFC 5545 TEXT escaping. */
export const unescapeText = (value: string) => value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

/** `YYYYMMDD` → `YYYY-MM-DD`. */
export const isoFromBasic = (value: string) => `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}`;
