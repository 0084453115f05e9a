import { describe, expect, it } from 'vitest';
import { readYamlList } from '@/lib/content-files';
import { referenceSchema } from '@/schemas/reference';
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

	it('gives every reference a https link', () => {
		expect(references.filter((reference) => !reference.url.startsWith('https://')).map((r) => r.id)).toEqual([]);
	});
});
