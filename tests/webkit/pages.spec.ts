/**
 * Every page of the build in WebKit: it loads, every island on it hydrates, and nothing reports an
 * error, from the first script that runs to the last island (see error-collector.js for what counts).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { workflowIds } from '@/machines/registry';
import { walkthroughPagePath } from '@/lib/walkthrough-pages';
import { builtPagePaths } from '../e2e/site-pages';
import { WebKitBrowser } from './webkit-browser';

const walkthroughPages = new Set<string>(workflowIds.map((id) => walkthroughPagePath(id)));

describe('every built page in WebKit', () => {
	let webkit: WebKitBrowser;
	beforeAll(async () => {
		webkit = await WebKitBrowser.open();
	});
	afterAll(async () => {
		await webkit?.quit();
	});

	for (const path of builtPagePaths()) {
		test(`${path} loads, renders its heading and hydrates every island with no script error`, async () => {
			await webkit.goto(path);
			expect((await (await webkit.find('h1')).getText()).trim()).not.toBe('');

			// Islands load when seen (client:visible) or at once (client:load): bring each into view and wait
			// until Astro marks it hydrated by removing its `ssr` attribute. Hydrating one can reveal others.
			// An <astro-island> is `display: contents` and has no box to scroll to; Astro watches its children.
			for (let island = await webkit.findAll('astro-island[ssr]'); island.length > 0; island = await webkit.findAll('astro-island[ssr]')) {
				const first = island[0]!;
				const component = await first.getDomAttribute('component-url');
				await webkit.driver.executeScript('(arguments[0].firstElementChild ?? arguments[0]).scrollIntoView({ block: "center" })', first);
				await webkit.waitFor(`the island ${component} to hydrate`, async () => (await first.getDomAttribute('ssr')) === null);
			}
			if (walkthroughPages.has(path)) {
				const walkthrough = await webkit.find('.walkthrough');
				// `data-steps` appears once the island has read its saved session and rendered the step.
				await webkit.waitFor('the walkthrough to restore its session', async () => (await walkthrough.getDomAttribute('data-steps')) !== null);
			}

			expect(await webkit.scriptErrors()).toEqual([]);
		});
	}
});
