/** The service worker precaches the walkthrough pages first, then the code they run, other pages, and the rest. */
import { describe, expect, it } from 'vitest';
import { hostsWalkthroughIsland, inPrecacheOrder } from '@/integrations/precache-order';

const walkthroughPages = new Set(['blood-patch/index.html', 'plph/index.html', 'serious-events/index.html']);

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
		expect(inPrecacheOrder(found, walkthroughPages).map((entry) => entry.url)).toEqual([
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

	it('knows a walkthrough page by its walkthrough island', () => {
		expect(hostsWalkthroughIsland('<astro-island uid="Z1" component-url="/_astro/PlphWalkthrough.xEznXF5w.js" client="load">')).toBe(true);
		expect(hostsWalkthroughIsland('<astro-island uid="Z1" component-url="/_astro/WalkthroughIsland.T6DTP25X.js" client="load">')).toBe(true);
		expect(hostsWalkthroughIsland('<astro-island uid="Z2" component-url="/_astro/ScenarioPlayerIsland.CTGmCu3e.js">')).toBe(false);
		expect(hostsWalkthroughIsland('<a href="/walkthroughs/">Walkthroughs</a>')).toBe(false);
	});

	it('keeps every entry, once', () => {
		const entries = ['b.png', 'plph/index.html', 'a.html'].map((url) => ({ url }));
		expect(inPrecacheOrder(entries, walkthroughPages)).toHaveLength(3);
		expect(new Set(inPrecacheOrder(entries, walkthroughPages))).toEqual(new Set(entries));
	});
});
