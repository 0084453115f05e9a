/** The service worker precaches the walkthrough pages first, then the code they run, other pages, and the rest. */
import { describe, expect, it } from 'vitest';
import { inPrecacheOrder, precacheRank } from '@/integrations/precache-order';
import { workflowPagePaths } from '@/machines/workflow-pages';

describe('the precache order', () => {
	it('puts every walkthrough page first, then scripts and styles, then other pages, then the rest', () => {
		const found = [
			'404.html',
			'_astro/client.CzWaolnw.js',
			'about/index.html',
			'blood-patch/index.html',
			'icons/icon-192.png',
			'index.html',
			'pagefind/pagefind.js',
			'pagefind/wasm.en.pagefind',
			'plph/index.html',
			'_astro/print.Bx1.css',
			'serious-events/index.html',
		].map((url) => ({ url, revision: 'r' }));
		expect(inPrecacheOrder(found).map((entry) => entry.url)).toEqual([
			'blood-patch/index.html',
			'plph/index.html',
			'serious-events/index.html',
			'_astro/client.CzWaolnw.js',
			'_astro/print.Bx1.css',
			'404.html',
			'about/index.html',
			'index.html',
			'icons/icon-192.png',
			'pagefind/pagefind.js',
			'pagefind/wasm.en.pagefind',
		]);
	});

	it('knows every workflow’s page as a walkthrough page', () => {
		for (const path of Object.values(workflowPagePaths)) expect(precacheRank(`${path.slice(1)}index.html`)).toBe(0);
	});

	it('keeps every entry, once', () => {
		const entries = ['b.png', 'plph/index.html', 'a.html'].map((url) => ({ url }));
		expect(inPrecacheOrder(entries)).toHaveLength(3);
		expect(new Set(inPrecacheOrder(entries))).toEqual(new Set(entries));
	});
});
