import { describe, expect, it } from 'vitest';
import { type BuiltSite, checkLinks, readPageAnchors, urlPathOf } from '../../scripts/check-links.ts';

/** A built site from page sources, keyed by their path in the output folder. */
function siteOf(pages: Record<string, string>, otherFiles: string[] = []): BuiltSite {
	return {
		files: new Set([...Object.keys(pages), ...otherFiles]),
		pages: new Map(Object.entries(pages).map(([path, html]) => [path, readPageAnchors(html)])),
	};
}

const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;

describe('checkLinks', () => {
	it('accepts a link to another page and an id on it, with a query string ignored', () => {
		const site = siteOf({
			'index.html': page('<a href="/references/?from=home#ref-ichd3">ICHD-3</a>'),
			'references/index.html': page('<ol><li id="ref-ichd3">ICHD-3</li></ol>'),
		});
		expect(checkLinks(site).broken).toEqual([]);
		expect(checkLinks(site).checked).toBe(1);
	});

	it('names the page and the link when the target page does not exist', () => {
		const site = siteOf({ 'plph/index.html': page('<a href="/blood-patch/">Blood patch</a>') });
		expect(checkLinks(site).broken).toEqual([
			{
				page: 'plph/index.html',
				url: '/blood-patch/',
				source: 'a[href]',
				reason: 'names no file in the build (looked for /blood-patch/)',
			},
		]);
	});

	it('names the page and the link when the anchor is missing on the other page', () => {
		const site = siteOf({
			'plph/index.html': page('<a href="../glossary/#term-ebp">EBP</a>'),
			'glossary/index.html': page('<dl><dt id="term-csf">CSF</dt></dl>'),
		});
		expect(checkLinks(site).broken).toEqual([
			{
				page: 'plph/index.html',
				url: '../glossary/#term-ebp',
				source: 'a[href]',
				reason: 'has no element with id "term-ebp" on glossary/index.html',
			},
		]);
	});

	it('checks anchors on the same page, and accepts <a name> targets and #top', () => {
		const site = siteOf({
			'index.html': page('<a href="#start">Start</a><a href="#old">Old</a><a href="#top">Top</a><a href="#gone">Gone</a><h2 id="start">S</h2><a name="old"></a>'),
		});
		expect(checkLinks(site).broken.map((link) => [link.url, link.reason])).toEqual([['#gone', 'has no element with id "gone" on this page']]);
	});

	it('checks scripts, stylesheets and island modules as well as anchors', () => {
		const site = siteOf(
			{
				'index.html': page(
					'<link rel="stylesheet" href="/_astro/common.css"><script type="module" src="/_astro/page.js"></script>' +
						'<astro-island component-url="/_astro/Island.js" renderer-url="/_astro/client.js"></astro-island>',
				),
			},
			['_astro/common.css', '_astro/page.js', '_astro/Island.js'],
		);
		expect(checkLinks(site).broken.map((link) => [link.source, link.url])).toEqual([['astro-island[renderer-url]', '/_astro/client.js']]);
	});

	it('lists links to other origins without checking them, and treats the site origin as internal', () => {
		const site = siteOf({
			'index.html': page(
				'<link rel="canonical" href="https://guide.example.org/"><a href="https://doi.org/10.1136/rapm-2023-104817">Uppal</a>' +
					'<a href="https://guide.example.org/missing/">Self</a><a href="mailto:someone@example.org">Mail</a>',
			),
		});
		const report = checkLinks(site, 'https://guide.example.org');
		expect(report.external.map((link) => link.url)).toEqual(['https://doi.org/10.1136/rapm-2023-104817', 'mailto:someone@example.org']);
		expect(report.broken.map((link) => link.url)).toEqual(['https://guide.example.org/missing/']);
	});
});

describe('urlPathOf', () => {
	it('serves folder index pages at their folder and other pages at their file name', () => {
		expect(urlPathOf('index.html')).toBe('/');
		expect(urlPathOf('plph/index.html')).toBe('/plph/');
		expect(urlPathOf('404.html')).toBe('/404.html');
	});
});
