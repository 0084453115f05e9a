import { z } from 'astro/zod';

/**
 * A claim the guide makes by reasoning across several sources, where no single source states it
 * (content/reasoning-claims.yaml). Wherever its keywords appear, the sentence must carry the reasoning
 * marker (`<Reasoning ids="..." />` on pages, `reasoning: true` on pocket-card lines) naming at least
 * the sources listed in `mustCite`.
 */
export function reasoningClaimSchema(referenceIds: readonly [string, ...string[]]) {
	return z.object({
		/** Stable kebab-case id. */
		id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Claim ids are kebab-case, e.g. "raised-pressure-symptoms".'),
		/** What the claim is, in a few words. */
		claim: z.string().min(5),
		/** Which source says what, from the fact sheet: why no single source can carry the claim. */
		whoSaysWhat: z.string().min(20),
		/** Case-insensitive words that mark a sentence as making this claim. */
		keywords: z.array(z.string().min(3)).min(1),
		/** The sources the reasoning marker must name wherever the claim appears (at least two). */
		mustCite: z.array(z.enum(referenceIds)).min(2, 'Reasoning draws on at least two sources; list them in `mustCite`.'),
	});
}

export type ReasoningClaim = z.infer<ReturnType<typeof reasoningClaimSchema>>;
