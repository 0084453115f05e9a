import { describe, expect, it } from 'vitest';
import { parseCitedIds, resolveCitations, toCitationLink } from '@/lib/citations';

const references = [
	{ id: 'qalsody-uspi', citation: 'QALSODY US Prescribing Information', url: 'https://example.org/a' },
	{ id: 'lovett-2025', citation: 'Lovett A et al. 2025', url: 'https://example.org/b' },
];

describe('citations', () => {
	it('numbers each reference by its position in the reference list', () => {
		const resolved = resolveCitations(['lovett-2025', 'qalsody-uspi'], references, 'content/docs/x.mdx');
		expect(resolved.map((c) => c.number)).toEqual([2, 1]);
		expect(resolved[0]?.href).toBe('/references/#ref-lovett-2025');
	});

	it('errors naming the unknown id and the page that cited it', () => {
		expect(() => resolveCitations(['lovet-2025'], references, 'content/docs/adverse-events.mdx')).toThrow(
			'Unknown reference id "lovet-2025" cited on content/docs/adverse-events.mdx',
		);
	});

	it('errors when a citation names no id', () => {
		expect(() => resolveCitations([], references, 'content/docs/x.mdx')).toThrow('names no reference id');
	});

	it('splits ids on spaces and commas and drops a repeated id', () => {
		expect(parseCitedIds(' a, b  c ')).toEqual(['a', 'b', 'c']);
		expect(resolveCitations(['lovett-2025', 'lovett-2025'], references, 'p')).toHaveLength(1);
	});
});

describe('a citation link', () => {
	const reference = (readStatus: string) => ({ id: 'x-2020', citation: 'X. A paper. 2020.', url: 'https://doi.org/10.1/x', readStatus });
	const link = (readStatus: string) => toCitationLink(resolveCitations(['x-2020'], [reference(readStatus)], 'a test')[0]!);

	it('says beside a source read only in part how it was read, as the About page promises', () => {
		expect(link('abstract-only').readAs).toBe('abstract only');
		expect(link('via-another-source').readAs).toBe('known only through another source');
		expect(link('partial').readAs).toBe('only part of the text was read');
		expect(link('summary').readAs).toBe('read as a summary only');
	});

	it('adds nothing for a source read in full', () => {
		expect(link('primary').readAs).toBeUndefined();
		expect(link('public-copy').readAs).toBeUndefined();
	});
});
