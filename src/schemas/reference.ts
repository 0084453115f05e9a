import { z } from 'astro/zod';

/** How the fact sheet read a source; shown beside each reference so readers can weigh it. */
export const readStatuses = ['primary', 'public-copy', 'abstract-only', 'summary', 'not-read'] as const;

/** One entry of `content/references.yaml`: a source that pages and workflow steps cite by id. */
export const referenceSchema = z.object({
	/** Stable kebab-case id used by `<Cite ids="..." />`, page `sources` and workflow wording. */
	id: z
		.string()
		.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Reference ids are kebab-case, e.g. "uppal-2023".'),
	/** Full citation: authors, title, journal or publisher, year, volume and pages. */
	citation: z.string().min(10, 'Give the full citation (authors, title, journal, year).'),
	/** A DOI link or another stable URL where the source can be read. */
	url: z.url({ error: 'Give a stable https URL (a DOI link where one exists).' }),
	/** What the URL points to: a DOI, the official page, PubMed, PMC, or a PubMed search. */
	urlKind: z.enum(['doi', 'official', 'pubmed', 'pmc', 'search']),
	/** How the fact sheet read it (primary text, a public copy, abstract only, ...). */
	readStatus: z.enum(readStatuses),
	/** Optional one-line note in the guide's own words. */
	note: z.string().optional(),
});

export type Reference = z.infer<typeof referenceSchema>;
