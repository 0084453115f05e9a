/**
 * Claims of the source document that facts.md corrects may appear on the site only where the site
 * says they are the source document's and gives the correction (SAFETY.md H7).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Distinctive wording of each corrected claim (facts.md §9, §10). */
const correctedClaims = [
	{ claim: 'a 2–3 litre daily fluid target', pattern: /2[–-]3\s*(L|litres?|liters?)\b/i },
	{ claim: 'a 24–48 hour wait before a blood patch', pattern: /24[–-]48\s*h(ours?)?\b/i },
	{ claim: 'anesthesiologists only', pattern: /anesthesiologist|anaesthesiologist/i },
	{ claim: 'lying flat for 1–2 hours after a patch', pattern: /\b1[–-]2\s*h(ours?)?\b(?! compared)/i },
	{ claim: 'removing CSF to reduce intracranial pressure', pattern: /reduce (the risk of )?increased intracranial pressure/i },
];

const files = [
	// Pages may sit in folders (content/docs/walkthroughs/).
	...readdirSync('content/docs', { recursive: true, encoding: 'utf8' })
		.filter((name) => /\.mdx?$/.test(name))
		.map((name) => `content/docs/${name}`),
	...readdirSync('content/workflows').map((name) => `content/workflows/${name}`),
];

/** Where a passage attributes a claim to the source document, or qualifies it as local practice. */
const attributed = /source document|local practice|Corrected from the source document/i;

describe.each(files)('%s', (file) => {
	const text = readFileSync(file, 'utf8');
	it.each(correctedClaims)('shows "$claim" only as the source document’s claim, with its correction', ({ pattern }) => {
		// A row of a table whose first column is "The source document says" is an attribution in itself.
		const inCorrectionsTable = (offset: number) =>
			/\|\s*The source document says\s*\|/.test(text) && text.lastIndexOf('\n', offset) + 1 === text.lastIndexOf('\n|', offset) + 1;
		for (const match of text.matchAll(new RegExp(pattern, 'gi'))) {
			if (inCorrectionsTable(match.index ?? 0)) continue;
			// The attribution sits in the same passage: the 400 characters around the claim.
			const around = text.slice(Math.max(0, (match.index ?? 0) - 400), (match.index ?? 0) + 400);
			expect(around, `"${match[0]}" at offset ${match.index}`).toMatch(attributed);
		}
	});
});
