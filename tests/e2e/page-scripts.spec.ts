/**
 * What each built page's JavaScript holds at load (scripts, islands and their static imports; reads
 * dist/, no browser): content pages load no React at all, and an island page loads React, React DOM,
 * the scheduler and Astro's React renderer as one file (src/integrations/client-chunks.ts), since a
 * server compresses each file on its own.
 */
import { expect, test } from '@playwright/test';
import { builtPages } from '../../scripts/bench/pages.ts';
import { distRoot, modulesOfPage } from './page-modules';

/** A string only each part's own code holds, kept by the minifier (a symbol name, an event, a class). */
const reactParts = {
	react: 'react.transitional.element',
	'react-dom': '__reactContainer$',
	scheduler: 'unstable_scheduleCallback',
	'astro react renderer': 'astro:unmount',
} as const;

const filesHolding = (modules: Map<string, string>, marker: string) => [...modules].filter(([, code]) => code.includes(marker)).map(([path]) => path);

test('a content page loads no React', async () => {
	const contentPages = (await builtPages(distRoot)).filter((page) => page.kind === 'content');
	expect(contentPages.length).toBeGreaterThan(5);
	for (const page of contentPages) {
		const modules = modulesOfPage(page.path, { onDemand: false });
		for (const [part, marker] of Object.entries(reactParts)) expect(filesHolding(modules, marker), `${part} on ${page.path}`).toEqual([]);
	}
});

test('an island page loads React, React DOM, the scheduler and the renderer as one file', async () => {
	const islandPages = (await builtPages(distRoot)).filter((page) => page.kind !== 'content');
	expect(islandPages.map((page) => page.path)).toEqual(expect.arrayContaining(['/walkthroughs/plph/', '/training/', '/onboarding/']));
	for (const page of islandPages) {
		const modules = modulesOfPage(page.path, { onDemand: false });
		const files = Object.values(reactParts).map((marker) => filesHolding(modules, marker));
		for (const holding of files) expect(holding, page.path).toHaveLength(1);
		expect(new Set(files.flat()).size, `React's parts on ${page.path} are in ${[...new Set(files.flat())].join(', ')}`).toBe(1);
	}
});
