import { z } from 'astro/zod';

/**
 * The onboarding path, in content/onboarding.yaml: ordered stages, each an ordered list of things to do.
 * Items point at guide pages, walkthroughs, case scenarios and knowledge checks by id; a test proves
 * every target exists. An item's progress key is "<kind>:<target>", e.g. "check:plph".
 */

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use the page slug, e.g. "plph".');

const note = z.string().min(3).optional();

export const onboardingItemSchema = z.discriminatedUnion('kind', [
	/** Read a page; the trainee marks it read. */
	z.object({ kind: z.literal('page'), page: slug, note }),
	/** Try a walkthrough on its page; the trainee marks it done. */
	z.object({ kind: z.literal('walkthrough'), workflow: z.string().min(1), note }),
	/** Play a case scenario; done when it is finished. */
	z.object({ kind: z.literal('scenario'), scenario: slug, note }),
	/** Pass a page's knowledge check; done when every question is answered right. */
	z.object({ kind: z.literal('check'), page: slug, note }),
]);

export const onboardingStageSchema = z.object({
	/** Stable kebab-case id. */
	id: slug,
	/** The stage's heading, e.g. "Before your first dosing day". */
	title: z.string().min(3),
	/** One sentence on what the stage is for. */
	summary: z.string().min(10).optional(),
	items: z.array(onboardingItemSchema).min(1),
});

export type OnboardingItem = z.infer<typeof onboardingItemSchema>;
export type OnboardingStage = z.infer<typeof onboardingStageSchema>;

/** The key an item's progress is kept under. */
export function onboardingItemId(item: OnboardingItem): string {
	switch (item.kind) {
		case 'page':
			return `page:${item.page}`;
		case 'walkthrough':
			return `walkthrough:${item.workflow}`;
		case 'scenario':
			return `scenario:${item.scenario}`;
		case 'check':
			return `check:${item.page}`;
	}
}
