import { z } from 'astro/zod';

/**
 * How the fact sheet read a source; shown beside each reference so readers can weigh it. Only
 * `primary` and `public-copy` mean the full official text was read.
 */
export const readStatuses = [
	'primary',
	'public-copy',
	'partial',
	'abstract-only',
	'summary',
	'via-another-source',
	'not-recorded',
	'not-read',
] as const;

export type ReadStatus = (typeof readStatuses)[number];

/** Statuses under which a page must say, beside the statement, that only part of the source was read. */
export const partlyReadStatuses: readonly ReadStatus[] = ['partial', 'abstract-only', 'summary', 'via-another-source'];

/** Words a note may not use for a source marked `primary`: they say less than the whole text was read. */
export const lessThanPrimaryWording = /\b(abstracts?|summary|summaries|summari[sz]ed|known only through|excerpts?)\b/i;

/** One entry of `content/references.yaml`: a source that pages and workflow steps cite by id. */
export const referenceSchema = z
	.object({
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
		/**
		 * What was read, in a short line taken from the fact sheet: which sections, "abstract only",
		 * "known only through Uppal". Shown beside the read status on the References page.
		 */
		note: z
			.string({
				error: 'Add `note:` saying what was read (which sections, "abstract only", "via Uppal"), from the fact sheet.',
			})
			.min(10, 'Make `note:` say what was read (which sections, "abstract only", "via Uppal").'),
	})
	.refine((reference) => reference.readStatus !== 'primary' || !lessThanPrimaryWording.test(reference.note), {
		message:
			'This reference is marked `readStatus: primary` but its note says less than the whole text was read. ' +
			'Use abstract-only, partial, summary or via-another-source instead.',
		path: ['readStatus'],
	});

export type Reference = z.infer<typeof referenceSchema>;
