import { describe, expect, it } from 'vitest';
import { headerOnlyPolicy } from '@/lib/content-security-policy';
import { headersFile } from '@/lib/deploy/headers-file';
import { cacheControl, securityHeaders } from '@/lib/deploy/response-headers';
import { headersForUrl, parseHeadersFile, urlsOf } from './static-host-rules';

/** The shape of a real build: pages, nested pages, hashed assets, the search index, the worker. */
const builtFiles = [
	'404.html',
	'_astro/page.cNngjUgL.js',
	'_astro/ec.w36nc.css',
	'favicon.svg',
	'icons/icon-192.png',
	'index.html',
	'manifest.webmanifest',
	'pagefind/pagefind-entry.json',
	'pagefind/wasm.en.pagefind',
	'plph/index.html',
	'pocket-cards/plph/index.html',
	'sitemap-index.xml',
	'sw.js',
];
const rules = parseHeadersFile(headersFile(builtFiles));

describe('the _headers file for Netlify and Cloudflare Pages', () => {
	it('sends every security header, from exactly one rule, with every file at every URL it is served at', () => {
		for (const url of builtFiles.flatMap(urlsOf)) {
			const headers = headersForUrl(rules, url);
			for (const [name, value] of Object.entries(securityHeaders)) expect(headers[name], `${name} on ${url}`).toEqual([value]);
		}
	});

	it('gives each file exactly one Cache-Control: immutable for hashed assets, no-cache for pages, sw.js and the manifest', () => {
		const expected = (file: string) => (file.startsWith('_astro/') ? cacheControl.immutable : cacheControl.revalidate);
		for (const file of builtFiles) {
			for (const url of urlsOf(file)) expect(headersForUrl(rules, url)['Cache-Control'], url).toEqual([expected(file)]);
		}
		expect(cacheControl.immutable).toBe('public, max-age=31536000, immutable');
		for (const url of ['/', '/plph/', '/sw.js', '/manifest.webmanifest']) {
			expect(headersForUrl(rules, url)['Cache-Control']).toEqual(['no-cache']);
		}
	});

	it('adds to the pages’ meta policy only what a meta element cannot carry: frame-ancestors, and no fetch directive', () => {
		expect(securityHeaders['Content-Security-Policy']).toBe(headerOnlyPolicy);
		expect(headerOnlyPolicy).toBe("frame-ancestors 'none'");
		expect(headerOnlyPolicy).not.toMatch(/(^|;\s*)(default|script|style|connect|img|font|worker)-src/);
	});

	it('sends the referrer to no one, forbids MIME sniffing, and turns off features the guide never uses but not the wake lock or the clipboard', () => {
		expect(securityHeaders['Referrer-Policy']).toBe('no-referrer');
		expect(securityHeaders['X-Content-Type-Options']).toBe('nosniff');
		const permissions = securityHeaders['Permissions-Policy'] as string;
		for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) expect(permissions).toContain(`${feature}=()`);
		expect(permissions).not.toMatch(/screen-wake-lock|clipboard-write/);
	});

	it('stays within Cloudflare Pages’ limits of 100 rules and 2,000 characters a line', () => {
		const text = headersFile(builtFiles);
		expect(rules.length).toBeLessThanOrEqual(100);
		for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(2000);
	});

	it('refuses a build without a 404 page, which the hosts serve for unknown paths', () => {
		expect(() => headersFile(builtFiles.filter((file) => file !== '404.html'))).toThrow(/404\.html/);
	});

	it('never gives _headers itself a rule: the hosts do not serve it', () => {
		const withItself = parseHeadersFile(headersFile([...builtFiles, '_headers']));
		expect(withItself.map(({ path }) => path)).not.toContain('/_headers');
	});
});
