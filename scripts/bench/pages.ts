/**
 * The pages the benchmark measures: every page the build emits, each of one kind, because each kind has
 * its own budget (budgets.ts). A page that hosts a walkthrough island is a walkthrough page; the training
 * and onboarding pages are training pages; every other page is a content page, and a content page that
 * grows a React island breaks its budget rather than silently moving to a larger one.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { hostsWalkthroughIsland } from '../../src/integrations/precache-order.ts';

export const pageKinds = ['content', 'walkthrough', 'training'] as const;
export type PageKind = (typeof pageKinds)[number];

export interface MeasuredPage {
	/** URL path on the built site, with its trailing slash. */
	path: string;
	kind: PageKind;
}

/** The training tools' pages: the scenario player and the onboarding path are React islands by design. */
export const trainingPagePaths: ReadonlySet<string> = new Set(['/training/', '/onboarding/']);

export function pageKindOf(path: string, html: string): PageKind {
	if (trainingPagePaths.has(path)) return 'training';
	// The same test the service worker uses to precache walkthrough pages first.
	if (hostsWalkthroughIsland(html)) return 'walkthrough';
	return 'content';
}

/** `<outDir>/plph/index.html` → `/plph/`. */
export function pagePathOf(outDir: string, htmlFile: string): string {
	const folder = relative(outDir, htmlFile).split(sep).slice(0, -1).join('/');
	return folder === '' ? '/' : `/${folder}/`;
}

/** Every page the build in `outDir` emitted (each folder's index.html; assets and the search index are not pages), sorted by path. */
export async function builtPages(outDir: string): Promise<MeasuredPage[]> {
	const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
	const htmlFiles = entries
		.filter((entry) => entry.isFile() && entry.name === 'index.html')
		.map((entry) => join(entry.parentPath, entry.name))
		.filter((file) => !/(^|[/\\])(_astro|pagefind)[/\\]/.test(relative(outDir, file)));
	const pages = await Promise.all(
		htmlFiles.map(async (file) => {
			const path = pagePathOf(outDir, file);
			return { path, kind: pageKindOf(path, await readFile(file, 'utf8')) };
		}),
	);
	if (pages.length === 0) throw new Error(`No pages in ${outDir}: the build emitted no index.html.`);
	return pages.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * The heaviest page of each kind (most gzip JavaScript, then most gzip HTML): what `--lighthouse
 * heaviest` runs Lighthouse on, when a full run on every page takes too long.
 */
export function heaviestOfEachKind<T extends MeasuredPage & { weight: { js: { gzip: number }; html: { gzip: number } } }>(
	pages: readonly T[],
): T[] {
	const heaviest = new Map<PageKind, T>();
	for (const page of pages) {
		const best = heaviest.get(page.kind);
		const heavier =
			!best || page.weight.js.gzip > best.weight.js.gzip || (page.weight.js.gzip === best.weight.js.gzip && page.weight.html.gzip > best.weight.html.gzip);
		if (heavier) heaviest.set(page.kind, page);
	}
	return pages.filter((page) => heaviest.get(page.kind) === page);
}
