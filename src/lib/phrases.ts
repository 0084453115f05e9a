/**
 * One wording per fact: text in content (pocket cards, workflow wording) writes `{{phrase-id}}` and the
 * build puts in the wording from content/phrases.yaml, so a limit such as the caffeine ceiling reads
 * the same everywhere.
 */

export interface WordedPhrase {
	id: string;
	text: string;
}

const placeholder = /\{\{\s*([a-z0-9-]+)\s*\}\}/g;

/** Replaces every `{{id}}` in `text`; an unknown id fails the build, naming the file that used it. */
export function fillPhrases(text: string, phrases: readonly WordedPhrase[], usedIn: string): string {
	const byId = new Map(phrases.map((phrase) => [phrase.id, phrase.text]));
	return text.replace(placeholder, (_match, id: string) => {
		const wording = byId.get(id);
		if (wording === undefined) {
			throw new Error(`Unknown phrase "{{${id}}}" in ${usedIn}. Add it to content/phrases.yaml or fix the spelling.`);
		}
		return wording;
	});
}

/** The phrase ids a text uses, in order. */
export function phraseIdsIn(text: string): string[] {
	return [...text.matchAll(placeholder)].map((match) => match[1] ?? '');
}

/** Fills `{{id}}` in every string of a parsed content file (objects, arrays and strings alike). */
export function fillPhrasesDeep<T>(value: T, phrases: readonly WordedPhrase[], usedIn: string): T {
	if (typeof value === 'string') return fillPhrases(value, phrases, usedIn) as T;
	if (Array.isArray(value)) return value.map((item) => fillPhrasesDeep(item, phrases, usedIn)) as T;
	if (value !== null && typeof value === 'object') {
		return Object.fromEntries(
			Object.entries(value).map(([key, item]) => [key, fillPhrasesDeep(item, phrases, usedIn)]),
		) as T;
	}
	return value;
}
