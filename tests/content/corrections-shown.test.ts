/**
 * Every correction of the source document listed on the About page is shown, in a "Corrected from the
 * source document" box, on the page the About table names; and every such box is listed on About.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGuidePages } from './guide-pages';

const about = readFileSync('content/docs/about.mdx', 'utf8');
const rows = [...about.matchAll(/^\| \*\*([^*]+)\*\*(?:, \[[^\]]+\]\((\/[^)#]*)[^)]*\))?: (.*)$/gm)].map((match) => ({
	claim: match[1] ?? '',
	path: match[2],
	row: match[3] ?? '',
}));

const correctionBoxes = (body: string) =>
	[...body.matchAll(/<Aside[^>]*title="Corrected from the source document"[^>]*>([\s\S]*?)<\/Aside>/g)].map((m) => m[1] ?? '');

const pageFile = (path: string) => `content/docs/${path.replace(/^\/|\/$/g, '') || 'index'}.mdx`;

describe('corrections listed on the About page', () => {
	it('include the source document’s claims Q2.2, Q2.3 and Q2.4 on the serious-events page', () => {
		for (const claim of ['Q2.2', 'Q2.3', 'Q2.4']) {
			expect(rows.find((row) => row.claim === claim)?.path, claim).toBe('/serious-events/');
		}
	});

	it.each(rows.map((row) => [row.claim, row] as const))('%s has its note on the page it belongs to', (claim, row) => {
		if (row.path === undefined) {
			expect(row.row, 'a correction with no page must say it was left out').toMatch(/Left out/);
			return;
		}
		const boxes = correctionBoxes(readFileSync(pageFile(row.path), 'utf8'));
		expect(boxes.some((box) => box.includes(`The source document (${claim})`))).toBe(true);
	});
});

describe.each(readGuidePages().map((page) => [page.file, page] as const))('%s', (_file, page) => {
	it('names the source document’s claim in each correction box, and About lists it', () => {
		const claims = new Set(rows.map((row) => row.claim));
		for (const box of correctionBoxes(page.body)) {
			const named = /The source document \(([^)]+)\)/.exec(box)?.[1];
			expect(named, box.slice(0, 80)).toBeDefined();
			expect(claims.has(named as string), named).toBe(true);
		}
	});
});
