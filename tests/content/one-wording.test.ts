/**
 * One wording per fact: each fact in content/phrases.yaml is written there once and put into pages
 * (<Phrase>), pocket cards and workflow wording ({{id}}); the fact worded any other way fails here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReferenceIds, readYamlList } from '@/lib/content-files';
import { fillPhrases, fillPhrasesDeep, phraseIdsIn } from '@/lib/phrases';
import { phraseSchema } from '@/schemas/phrase';

const phrases = readYamlList('phrases.yaml').map((entry) => phraseSchema(readReferenceIds()).parse(entry));

function contentFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? contentFiles(path) : /\.(mdx?|ya?ml|json)$/.test(name) ? [path] : [];
	});
}
/** A file's text with its phrase references taken out, leaving only what is worded in place. */
const wordedInPlace = (file: string) =>
	readFileSync(file, 'utf8')
		.replace(/<Phrase\s+id="[^"]*"\s*\/>/g, '')
		.replace(/\{\{[^}]*\}\}/g, '');
const files = contentFiles('content').filter((file) => file !== join('content', 'phrases.yaml'));

describe.each(phrases.map((phrase) => [phrase.id, phrase] as const))('phrase %s', (id, phrase) => {
	const detector = new RegExp(phrase.detect, 'i');

	it('is found by its own detector, so the rule below can see the fact', () => {
		expect(phrase.text).toMatch(detector);
	});

	it('appears in no content file worded any other way', () => {
		const elsewhere = files.filter((file) => detector.test(wordedInPlace(file)));
		expect(elsewhere).toEqual([]);
	});

	it('is used somewhere: on a page, a pocket card or in workflow wording', () => {
		const users = files.filter((file) => {
			const text = readFileSync(file, 'utf8');
			return text.includes(`<Phrase id="${id}"`) || phraseIdsIn(text).includes(id);
		});
		expect(users.length).toBeGreaterThan(0);
	});
});

describe('the caffeine limit', () => {
	it('reads the same on the PLPH page, the About page, the pocket card and in the walkthrough', () => {
		for (const file of ['content/docs/plph.mdx', 'content/docs/about.mdx']) {
			expect(readFileSync(file, 'utf8'), file).toContain('<Phrase id="caffeine-limit" />');
		}
		for (const file of ['content/pocket-cards/plph.yaml', 'content/workflows/plph.yaml']) {
			expect(readFileSync(file, 'utf8'), file).toContain('{{caffeine-limit}}');
		}
	});
});

describe('filling phrases', () => {
	it('puts in the wording and rejects an unknown id, naming the file', () => {
		expect(fillPhrases('up to {{caffeine-limit}}.', phrases, 'x.yaml')).toContain('900 mg a day');
		expect(() => fillPhrases('{{no-such-phrase}}', phrases, 'x.yaml')).toThrow(/no-such-phrase.*x\.yaml/);
	});
});

describe('filling phrases through a whole content file', () => {
	it('fills every string, however deep, and leaves other values alone', () => {
		const wording = { title: 'Care', steps: { conservative: { items: [{ label: 'Caffeine {{caffeine-limit}}', n: 2 }] } } };
		const filled = fillPhrasesDeep(wording, phrases, 'content/workflows/plph.yaml');
		expect(filled.steps.conservative.items[0]?.label).toBe(`Caffeine ${phrases.find((p) => p.id === 'caffeine-limit')?.text}`);
		expect(filled.steps.conservative.items[0]?.n).toBe(2);
	});
});
