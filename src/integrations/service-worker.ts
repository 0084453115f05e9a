/**
 * Astro integration: after the build, generates a service worker (workbox-build) that precaches the
 * whole site (every page, asset and the search index), so that after one visit the guide works with
 * no network at all. Pages register it only once they have loaded and gone idle, and it fetches the
 * walkthrough pages first (precache-order.ts). A new build gets a new precache manifest, which is how a reader learns that a new
 * content version exists (see src/components/offline/register-service-worker.ts).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { type GenerateSWOptions, generateSW } from 'workbox-build';
import { hostsWalkthroughIsland, inPrecacheOrder } from './precache-order';

/** The built pages (as paths relative to `distDir`) that host a walkthrough: precached first. */
async function walkthroughPagesIn(distDir: string): Promise<Set<string>> {
	const entries = await readdir(distDir, { recursive: true, withFileTypes: true });
	const pages = new Set<string>();
	for (const entry of entries.filter((candidate) => candidate.isFile() && candidate.name.endsWith('.html'))) {
		const file = join(entry.parentPath, entry.name);
		if (hostsWalkthroughIsland(await readFile(file, 'utf8'))) pages.add(relative(distDir, file).split(sep).join('/'));
	}
	return pages;
}

/** Query parameters that name a walkthrough step or a hand-over: they select no different file. */
export const ignoredQueryParameters = [/^ts$/, /^step$/, /^from$/, /^pattern$/];

/**
 * The options that generate the worker for a built site in `distDir` (ending in "/"). Exported so the
 * nginx tests can regenerate a worker exactly as the build does when they stage a new content version.
 */
export function serviceWorkerOptions(distDir: string): GenerateSWOptions {
	return {
		globDirectory: distDir,
		// Everything the site is made of, the Pagefind index included; sitemaps are for crawlers.
		globPatterns: ['**/*'],
		// `_headers` is read by static hosts, never served (written after this step; ignored all the same).
		globIgnores: ['sw.js', 'workbox-*.js', 'sitemap-*.xml', '**/*.map', '_headers'],
		swDest: `${distDir}sw.js`,
		// "/plph/" is served from "/plph/index.html".
		directoryIndex: 'index.html',
		// Pagefind asks for pagefind-entry.json?ts=…; links into a step add ?step=….
		ignoreURLParametersMatching: ignoredQueryParameters,
		// Walkthrough pages first, then the code every page runs, other pages, and the rest (precache-order.ts).
		manifestTransforms: [async (entries) => ({ manifest: inPrecacheOrder(entries, await walkthroughPagesIn(distDir)), warnings: [] })],
		// The Pagefind wasm and index files are larger than Workbox's 2 MB default limit allows for.
		maximumFileSizeToCacheInBytes: 10 * 1024 * 1024,
		cleanupOutdatedCaches: true,
		// The reader decides when to switch to a new version (an "update available" notice).
		skipWaiting: false,
		clientsClaim: true,
		inlineWorkboxRuntime: true,
		sourcemap: false,
		mode: 'production',
	};
}

export function serviceWorker(): AstroIntegration {
	return {
		name: 'tofersen-guide:service-worker',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const { count, size, warnings } = await generateSW(serviceWorkerOptions(fileURLToPath(dir)));
				for (const warning of warnings) logger.warn(warning);
				logger.info(`Service worker precaches ${count} files (${(size / 1024).toFixed(0)} KiB).`);
			},
		},
	};
}
