import { describe, expect, it } from 'vitest';
import { readYamlList } from '@/lib/content-files';
import { lessThanPrimaryWording, referenceSchema } from '@/schemas/reference';
import { glossaryEntrySchema } from '@/schemas/glossary';
import { readGuidePages, uncitedProse } from './guide-pages';

const references = readYamlList('references.yaml').map((entry) => referenceSchema.parse(entry));
const referenceIds = new Set(references.map((reference) => reference.id));
const glossaryIds = new Set(readYamlList('glossary.yaml').map((entry) => glossaryEntrySchema.parse(entry).id));
const pages = readGuidePages();

describe('guide pages', () => {
	it('exist for every page kind the guide promises', () => {
		const files = pages.map((page) => page.file);
		for (const expected of [
			'index',
			'mechanism',
			'administration',
			'adverse-events',
			'plph',
			'serious-events',
			'blood-patch',
			'references',
			'glossary',
			'about',
		]) {
			expect(files).toContain(`content/docs/${expected}.mdx`);
		}
	});

	describe.each(pages.map((page) => [page.file, page] as const))('%s', (_file, page) => {
		it('has a review date and at least one source in its frontmatter', () => {
			expect(String(page.frontmatter['reviewed'] ?? '')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(page.frontmatter['sources']).toBeInstanceOf(Array);
			expect((page.frontmatter['sources'] as unknown[]).length).toBeGreaterThan(0);
		});

		it('cites only reference ids that exist', () => {
			const unknown = [...page.citedIds, ...(page.frontmatter['sources'] as string[])].filter(
				(id) => !referenceIds.has(id),
			);
			expect(unknown, 'add these to content/references.yaml or fix the spelling').toEqual([]);
		});

		it('lists every id it cites in its frontmatter sources', () => {
			const sources = new Set(page.frontmatter['sources'] as string[]);
			expect(page.citedIds.filter((id) => !sources.has(id))).toEqual([]);
		});

		it('links only glossary terms that exist', () => {
			expect(page.termIds.filter((id) => !glossaryIds.has(id))).toEqual([]);
		});

		it.runIf((page.frontmatter['pageType'] ?? 'clinical') === 'clinical')(
			'carries a citation in every paragraph, list and table that states a clinical fact',
			() => {
				expect(uncitedProse(page.body).map((block) => block.text.slice(0, 120))).toEqual([]);
			},
		);

		it('contains no placeholder text', () => {
			expect(page.body).not.toMatch(/\b(TODO|TBD|lorem ipsum|coming soon)\b/i);
		});
	});
});

describe('reference list', () => {
	it('has no duplicate ids', () => {
		expect(referenceIds.size).toBe(references.length);
	});

	it('has every listed reference cited at least once', () => {
		const cited = new Set(pages.flatMap((page) => [...page.citedIds, ...(page.frontmatter['sources'] as string[])]));
		expect(references.map((reference) => reference.id).filter((id) => !cited.has(id))).toEqual([]);
	});

	it('gives every reference a note of what was read', () => {
		const raw = readYamlList('references.yaml') as { id: string; note?: unknown }[];
		const withoutNote = raw.filter((entry) => typeof entry.note !== 'string' || entry.note.trim().length < 10);
		expect(withoutNote.map((entry) => entry.id)).toEqual([]);
	});

	it('marks as primary no reference whose note says only an abstract or a summary was read', () => {
		const overstated = references.filter(
			(reference) => reference.readStatus === 'primary' && lessThanPrimaryWording.test(reference.note),
		);
		expect(overstated.map((reference) => reference.id)).toEqual([]);
	});

	it('rejects, at the schema, a reference with no note or a primary one read as an abstract', () => {
		const base = { id: 'x-2020', citation: 'Someone. A paper. 2020.', url: 'https://doi.org/10.1/x', urlKind: 'doi' };
		expect(referenceSchema.safeParse({ ...base, readStatus: 'abstract-only' }).success).toBe(false);
		expect(referenceSchema.safeParse({ ...base, readStatus: 'primary', note: 'The abstract only.' }).success).toBe(false);
		expect(referenceSchema.safeParse({ ...base, readStatus: 'abstract-only', note: 'The abstract only.' }).success).toBe(true);
	});

	it('gives every reference a https link', () => {
		expect(references.filter((reference) => !reference.url.startsWith('https://')).map((r) => r.id)).toEqual([]);
	});
});
