import { z } from 'astro/zod';

/** One entry of `content/glossary.yaml`; pages link a term's first use with `<Term id="..." />`. */
export const glossaryEntrySchema = z.object({
	/** Stable kebab-case id, the anchor on the glossary page. */
	id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Glossary ids are kebab-case, e.g. "csf".'),
	/** The term as readers see it, e.g. "CSF". */
	term: z.string().min(1),
	/** What an abbreviation stands for, e.g. "cerebrospinal fluid". */
	expansion: z.string().optional(),
	/** One or two plain sentences. */
	definition: z.string().min(10, 'Define the term in a sentence or two.'),
	/** Other names for the same thing (e.g. PDPH for PLPH). */
	synonyms: z.array(z.string()).optional(),
});

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
