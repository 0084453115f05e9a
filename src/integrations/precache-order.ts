/**
 * The order in which the service worker precaches the site. Workbox 7 fetches precache entries one at a
 * time, in manifest order, so the order decides what reaches the device first on a first visit over bad
 * Wi-Fi: the walkthrough pages, then the code and styles every page runs, then the other pages, and
 * last the rest (icons, images, the search index's megabytes).
 */

/** A precache manifest entry's URL, as Workbox writes it: relative to the site root (`plph/index.html`). */
export interface PrecacheEntry {
	url: string;
}

/** True when a built page hosts a walkthrough island (its component module is named after it). */
export function hostsWalkthroughIsland(html: string): boolean {
	return /<astro-island\b[^>]*\bcomponent-url="[^"]*\/[\w-]*Walkthrough[\w-]*\.[\w-]+\.js"/.test(html);
}

const pathOf = (url: string) => url.replace(/^\/+/, '').replace(/[?#].*$/, '');

/** 0 = a walkthrough page, 1 = the site's scripts and styles, 2 = any other page, 3 = everything else. */
export function precacheRank(url: string, walkthroughPages: ReadonlySet<string>): number {
	const path = pathOf(url);
	if (walkthroughPages.has(path)) return 0;
	if (path.startsWith('_astro/') && /\.(?:js|css)$/.test(path)) return 1;
	if (path.endsWith('.html') && !path.startsWith('pagefind/')) return 2;
	return 3;
}

/**
 * The entries in precache order; within a rank, the order Workbox found them in. `walkthroughPages`
 * are the HTML files (as manifest URLs, `walkthroughs/plph/index.html`) that host a walkthrough.
 */
export function inPrecacheOrder<T extends PrecacheEntry>(entries: readonly T[], walkthroughPages: ReadonlySet<string>): T[] {
	const pages = new Set([...walkthroughPages].map(pathOf));
	return entries
		.map((entry, index) => ({ entry, index, rank: precacheRank(entry.url, pages) }))
		.sort((a, b) => a.rank - b.rank || a.index - b.index)
		.map(({ entry }) => entry);
}
