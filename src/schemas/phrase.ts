import { z } from 'astro/zod';

/**
 * One fact worded once (content/phrases.yaml). Pages use `<Phrase id="..." />`; pocket cards and
 * workflow wording write `{{id}}`; a content rule fails when the fact appears worded any other way.
 */
export function phraseSchema(referenceIds: readonly [string, ...string[]]) {
	return z.object({
		/** Stable kebab-case id, e.g. "caffeine-limit". */
		id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Phrase ids are kebab-case, e.g. "caffeine-limit".'),
		/** The wording, in lower case so it can sit inside a sentence. */
		text: z.string().min(5),
		/** The references that state it; the sentence that uses the phrase cites them. */
		refs: z.array(z.enum(referenceIds)).min(1, 'Name the reference ids that state this phrase in `refs: [...]`.'),
		/**
		 * A pattern that finds the fact worded any other way (e.g. "900\\s*mg"), as a JavaScript regular
		 * expression without slashes; the content rule searches every content file for it.
		 */
		detect: z.string().min(2),
	});
}

export type Phrase = z.infer<ReturnType<typeof phraseSchema>>;
