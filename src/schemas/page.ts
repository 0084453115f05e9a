import { z } from 'astro/zod';
import { sidebarGroupIds } from '../lib/sidebar-groups';

/**
 * Frontmatter every guide page carries on top of Starlight's own: when a clinician last reviewed it,
 * and the references it rests on. `referenceIds` comes from content/references.yaml, so a misspelt id
 * fails the build.
 */
export function pageFrontmatterSchema(referenceIds: readonly [string, ...string[]]) {
	return z.object({
		/**
		 * `clinical` pages must cite a source in every paragraph and list; `navigation` (home, about) and
		 * `reference` (reference list, glossary) pages are held to the other rules only.
		 */
		pageType: z.enum(['clinical', 'navigation', 'reference']).default('clinical'),
		/** Date of the last clinical review of this page (YYYY-MM-DD); shown in the page footer. */
		reviewed: z.coerce.date({
			error: 'Add `reviewed: YYYY-MM-DD` (the date of the last clinical review) to the frontmatter.',
		}),
		/** Every reference id the page cites, in the order first cited; shown in the page footer. */
		sources: z
			.array(
				z.enum(referenceIds, {
					error: (issue) =>
						`Unknown reference id "${String(issue.input)}" in \`sources\`. Add it to content/references.yaml or fix the spelling.`,
				}),
			)
			.min(1, 'List the reference ids this page rests on in `sources: [...]`.'),
		/**
		 * Where the page sits in the sidebar and the tablet menu, on top of Starlight's `order` and `label`.
		 * Every page has one, so none can be missing from the menu (src/lib/guide-sidebar.ts builds it).
		 */
		sidebar: z.object(
			{
				group: z.enum(sidebarGroupIds, {
					error: (issue) =>
						issue.input === undefined
							? `Add \`sidebar: { group: ${sidebarGroupIds.join(' | ')}, order: N }\` to the frontmatter, so the page is in the menu.`
							: `Unknown sidebar group "${String(issue.input)}". Use one of: ${sidebarGroupIds.join(', ')}.`,
				}),
			},
			{ error: `Add \`sidebar: { group: ${sidebarGroupIds.join(' | ')}, order: N }\` to the frontmatter, so the page is in the menu.` },
		),
	});
}
