/**
 * Reads the sidebar out of built pages and checks that it reaches every page: each page the build
 * emitted is linked from the sidebar of every page, and each page marks itself, and only itself, as
 * the current one. The same sidebar is the desktop left column and the tablet menu.
 */
import { parseHtml } from './parse-html.ts';

export interface SidebarLink {
	href: string;
	label: string;
	current: boolean;
}

/** How a reader finds a page that is missing from the sidebar, for the failure message. */
const howToAdd =
	'A page in content/docs/ needs `sidebar: { group, order }` in its frontmatter; a page made by src/pages/ ' +
	'needs a link in src/lib/guide-sidebar.ts (as the pocket cards have).';

/** The links in a page's sidebar (Starlight's `#starlight__sidebar` in the `Main` navigation), in order. */
export function readSidebarLinks(html: string): SidebarLink[] {
	const sidebar = parseHtml(html).querySelector('#starlight__sidebar');
	if (!sidebar) return [];
	return sidebar.querySelectorAll('a[href]').map((link) => ({
		href: link.getAttributeValue('href') ?? '',
		label: link.textContent.replace(/\s+/g, ' ').trim(),
		current: link.getAttributeValue('aria-current') === 'page',
	}));
}

/**
 * Everything wrong with the sidebars of a built site, one sentence per fault; empty when every page
 * (keyed by its URL path, e.g. `/plph/`) lists every page and marks itself.
 */
export function sidebarFaults(pages: ReadonlyMap<string, string>): string[] {
	const faults: string[] = [];
	const paths = [...pages.keys()];
	for (const [path, html] of pages) {
		const links = readSidebarLinks(html);
		if (links.length === 0) {
			faults.push(`${path} has no links in its sidebar (#starlight__sidebar): its tablet menu opens on nothing.`);
			continue;
		}
		const linked = new Set(links.map((link) => link.href));
		const missing = paths.filter((other) => !linked.has(other));
		if (missing.length > 0) faults.push(`The sidebar on ${path} has no link to ${missing.join(', ')}. ${howToAdd}`);
		const current = links.filter((link) => link.current).map((link) => link.href);
		if (current.length !== 1 || current[0] !== path) {
			faults.push(
				`The sidebar on ${path} should mark exactly that page with aria-current="page"; it marks ${current.length === 0 ? 'none' : current.join(', ')}.`,
			);
		}
	}
	return faults;
}
