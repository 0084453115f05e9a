/**
 * The order in which the service worker precaches the site. Workbox 7 fetches precache entries one at a
 * time, in manifest order, so the order decides what reaches the device first on a first visit over bad
 * Wi-Fi: the walkthrough pages, then the code and styles every page runs, then the other pages, and
 * last the rest (icons, images, the search index's megabytes).
 */
import { workflowPagePaths } from '../machines/workflow-pages';

/** A precache manifest entry's URL, as Workbox writes it: relative to the site root (`plph/index.html`). */
export interface PrecacheEntry {
	url: string;
}

const walkthroughPageFiles: ReadonlySet<string> = new Set(
	Object.values(workflowPagePaths).map((path) => `${path.replace(/^\/+/, '')}index.html`),
);

/** 0 = a walkthrough page, 1 = the site's scripts and styles, 2 = any other page, 3 = everything else. */
export function precacheRank(url: string): number {
	const path = url.replace(/^\/+/, '').replace(/[?#].*$/, '');
	if (walkthroughPageFiles.has(path)) return 0;
	if (path.startsWith('_astro/') && /\.(?:js|css)$/.test(path)) return 1;
	if (path.endsWith('.html') && !path.startsWith('pagefind/')) return 2;
	return 3;
}

/** The entries in precache order; within a rank, the order Workbox found them in. */
export function inPrecacheOrder<T extends PrecacheEntry>(entries: readonly T[]): T[] {
	return entries
		.map((entry, index) => ({ entry, index, rank: precacheRank(entry.url) }))
		.sort((a, b) => a.rank - b.rank || a.index - b.index)
		.map(({ entry }) => entry);
}
