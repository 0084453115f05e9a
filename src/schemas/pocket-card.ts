import { z } from 'astro/zod';

/** The printed pocket card of a workflow (content/pocket-cards/<workflow id>.yaml). */
export function pocketCardSchema(referenceIds: readonly [string, ...string[]]) {
	const line = z.object({
		/** One short line in the guide's words; `{{phrase-id}}` puts in a wording from content/phrases.yaml. */
		text: z.string().min(5),
		/** The references the line rests on. */
		refs: z.array(z.enum(referenceIds)).min(1, 'Every line on a pocket card names its reference ids.'),
		/**
		 * True when the line is the guide's own reasoning from its refs rather than something one of them
		 * states (content/reasoning-claims.yaml); printed as "the guide's reasoning from [..]".
		 */
		reasoning: z.boolean().default(false),
	});
	return z.object({
		/** Date of the last clinical review of the card. */
		reviewed: z.coerce.date(),
		/** What must send the reader elsewhere at once. */
		redFlags: z.array(line).min(1),
		/** The numbers worth carrying in a pocket. */
		keyNumbers: z.array(line).min(1),
	});
}
