/**
 * Checks every internal link in the built site: each href/src must name a file the build emitted, and
 * each #fragment an element id (or <a name>) on the page it points to. A `?query` is ignored. Links to
 * other origins are listed, never fetched: the guide must build and check offline.
 *
 * Usage: node scripts/check-links.ts [dist]
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHtml } from './lib/parse-html.ts';

/** One URL written in a page, and where it was written. */
export interface PageLink {
	url: string;
	/** The element and attribute it came from, e.g. `a[href]`: tells the reader where to look. */
	source: string;
}

/** What the checker needs from one HTML page. */
export interface PageAnchors {
	/** Every id, plus every `<a name>`: the targets a #fragment may name. */
	ids: ReadonlySet<string>;
	links: readonly PageLink[];
}

/** The built site: every emitted file (paths relative to the output folder, with `/`) and its parsed pages. */
export interface BuiltSite {
	files: ReadonlySet<string>;
	pages: ReadonlyMap<string, PageAnchors>;
}

export interface BrokenLink {
	/** The page the link is on, relative to the output folder. */
	page: string;
	url: string;
	source: string;
	reason: string;
}

export interface ExternalLink {
	page: string;
	url: string;
}

export interface LinkReport {
	broken: BrokenLink[];
	external: ExternalLink[];
	/** How many internal links were checked. */
	checked: number;
}

/** Attributes that name a URL, by the elements that carry them. */
const urlAttributes: readonly [selector: string, attribute: string][] = [
	['a[href]', 'href'],
	['area[href]', 'href'],
	['link[href]', 'href'],
	['use[href]', 'href'],
	['use[xlink:href]', 'xlink:href'],
	['image[href]', 'href'],
	['[src]', 'src'],
	['video[poster]', 'poster'],
	['form[action]', 'action'],
	['astro-island[component-url]', 'component-url'],
	['astro-island[renderer-url]', 'renderer-url'],
	['astro-island[before-hydration-url]', 'before-hydration-url'],
	['meta[property="og:url"]', 'content'],
	['meta[property="og:image"]', 'content'],
];

/** Reads the link targets and links of one page. */
export function readPageAnchors(html: string): PageAnchors {
	const root = parseHtml(html);
	const ids = new Set<string>();
	for (const element of root.querySelectorAll('[id]')) {
		if (element.id) ids.add(element.id);
	}
	for (const element of root.querySelectorAll('a[name]')) {
		const name = element.getAttributeValue('name');
		if (name) ids.add(name);
	}
	const links: PageLink[] = [];
	for (const [selector, attribute] of urlAttributes) {
		for (const element of root.querySelectorAll(selector)) {
			const value = element.getAttributeValue(attribute);
			if (value !== null && value.trim() !== '') links.push({ url: value.trim(), source: `${element.tagName}[${attribute}]` });
		}
	}
	for (const element of root.querySelectorAll('[srcset]')) {
		const srcset = element.getAttributeValue('srcset') ?? '';
		for (const candidate of srcset.split(',')) {
			const url = candidate.trim().split(/\s+/)[0];
			if (url) links.push({ url, source: `${element.tagName}[srcset]` });
		}
	}
	return { ids, links };
}

/** The URL path a page file is served at: `plph/index.html` → `/plph/`. */
export function urlPathOf(page: string): string {
	if (page === 'index.html') return '/';
	if (page.endsWith('/index.html')) return `/${page.slice(0, -'index.html'.length)}`;
	return `/${page}`;
}

/**
 * The emitted file a URL path names, trying what `astro preview` and common static hosts serve: a
 * folder's index.html, else `<name>.html` (Starlight's 404 page is `404.html`, its canonical URL `/404/`).
 */
function fileFor(pathname: string, files: ReadonlySet<string>): string | undefined {
	const path = pathname.replace(/^\/+/, '');
	const candidates =
		path === '' ? ['index.html'] : path.endsWith('/') ? [`${path}index.html`, `${path.slice(0, -1)}.html`] : [path, `${path}/index.html`, `${path}.html`];
	return candidates.find((candidate) => files.has(candidate));
}

function decode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

const pageOrigin = 'http://built-site.invalid';
const skippedSchemes = new Set(['data:', 'javascript:', 'blob:', 'about:']);

/**
 * Checks every link of every page against the site's files and ids.
 * @param siteOrigin The site's public origin (astro.config `site`): absolute links to it are internal.
 */
export function checkLinks(site: BuiltSite, siteOrigin?: string): LinkReport {
	const broken: BrokenLink[] = [];
	const external: ExternalLink[] = [];
	let checked = 0;
	for (const [page, anchors] of site.pages) {
		const seen = new Set<string>();
		for (const link of anchors.links) {
			if (seen.has(link.url)) continue;
			seen.add(link.url);
			let url: URL;
			try {
				url = new URL(link.url, pageOrigin + urlPathOf(page));
			} catch {
				broken.push({ page, url: link.url, source: link.source, reason: 'is not a valid URL' });
				continue;
			}
			if (skippedSchemes.has(url.protocol)) continue;
			const internal = url.origin === pageOrigin || (siteOrigin !== undefined && url.origin === siteOrigin);
			if (!internal) {
				external.push({ page, url: link.url });
				continue;
			}
			checked++;
			const target = fileFor(decode(url.pathname), site.files);
			if (target === undefined) {
				broken.push({ page, url: link.url, source: link.source, reason: `names no file in the build (looked for ${decode(url.pathname)})` });
				continue;
			}
			const fragment = decode(url.hash.slice(1));
			// An empty fragment and "#top" scroll to the top of any HTML page without naming an element.
			if (fragment === '' || fragment.toLowerCase() === 'top') continue;
			const targetPage = site.pages.get(target);
			if (targetPage === undefined) continue;
			if (!targetPage.ids.has(fragment)) {
				const where = target === page ? 'this page' : target;
				broken.push({ page, url: link.url, source: link.source, reason: `has no element with id "${fragment}" on ${where}` });
			}
		}
	}
	return { broken, external, checked };
}

async function listFiles(root: string): Promise<string[]> {
	const entries = await readdir(root, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile())
		.map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** Reads a build output folder into what `checkLinks` needs. */
export async function readBuiltSite(outDir: string): Promise<BuiltSite> {
	const files = new Set(await listFiles(outDir));
	const pages = new Map<string, PageAnchors>();
	for (const file of files) {
		if (file.endsWith('.html')) pages.set(file, readPageAnchors(await readFile(join(outDir, file), 'utf8')));
	}
	return { files, pages };
}

/** The site's public origin, read from the canonical link the build writes into its pages. */
export function siteOriginOf(html: string): string | undefined {
	const canonical = parseHtml(html).querySelector('link[rel="canonical"]')?.getAttributeValue('href');
	if (!canonical) return undefined;
	try {
		return new URL(canonical).origin;
	} catch {
		return undefined;
	}
}

async function main(): Promise<void> {
	const outDir = resolve(process.argv[2] ?? 'dist');
	let site: BuiltSite;
	try {
		site = await readBuiltSite(outDir);
	} catch {
		console.error(`No built site at ${outDir}: run \`npm run build\` first.`);
		process.exit(1);
	}
	if (site.pages.size === 0) {
		console.error(`No HTML pages in ${outDir}: run \`npm run build\` first.`);
		process.exit(1);
	}
	const home = site.files.has('index.html') ? await readFile(join(outDir, 'index.html'), 'utf8') : '';
	const report = checkLinks(site, siteOriginOf(home));
	const externalUrls = [...new Set(report.external.map((link) => link.url))].sort();
	console.log(`Checked ${report.checked} internal links on ${site.pages.size} pages in ${relative(process.cwd(), outDir) || '.'}.`);
	if (externalUrls.length > 0) {
		console.log(`${externalUrls.length} external links (listed, not fetched):`);
		for (const url of externalUrls) console.log(`  ${url}`);
	}
	if (report.broken.length > 0) {
		console.error(`\n${report.broken.length} broken internal links:`);
		for (const link of report.broken) console.error(`  ${link.page}: ${link.source} "${link.url}" ${link.reason}`);
		process.exit(1);
	}
	console.log('No broken internal links.');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
