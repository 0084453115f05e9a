/** The bench measures every page the build emits, each under its kind's budget. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtPages, heaviestOfEachKind, pageKindOf } from '../../../scripts/bench/pages.ts';

const walkthroughHtml =
	'<html><body><astro-island component-url="/_astro/WalkthroughIsland.CqsWW0nZ.js" client="load"></astro-island></body></html>';
const contentHtml = '<html><body><h1>Mechanism</h1><script type="module" src="/_astro/page.js"></script></body></html>';

describe('page kinds', () => {
	it('make a page hosting the walkthrough island a walkthrough page', () => {
		expect(pageKindOf('/plph/', walkthroughHtml)).toBe('walkthrough');
	});

	it('make the training and onboarding pages training pages', () => {
		expect(pageKindOf('/training/', '<astro-island component-url="/_astro/ScenarioPlayerIsland.x1y2z3.js"></astro-island>')).toBe('training');
		expect(pageKindOf('/onboarding/', contentHtml)).toBe('training');
	});

	it('keep any other page a content page, even one that grows a React island', () => {
		expect(pageKindOf('/mechanism/', contentHtml)).toBe('content');
		expect(pageKindOf('/glossary/', '<astro-island component-url="/_astro/GlossaryIsland.x1y2z3.js"></astro-island>')).toBe('content');
	});
});

describe('the pages measured', () => {
	const site = mkdtempSync(join(tmpdir(), 'bench-pages-'));
	afterAll(() => rmSync(site, { recursive: true, force: true }));

	it('are every index.html the build emitted, not assets or the search index', async () => {
		const write = (path: string, html: string) => {
			mkdirSync(join(site, path), { recursive: true });
			writeFileSync(join(site, path, 'index.html'), html);
		};
		write('', contentHtml);
		write('plph', walkthroughHtml);
		write('pocket-cards/plph', contentHtml);
		write('training', contentHtml);
		write('pagefind', contentHtml);
		write('_astro', contentHtml);
		writeFileSync(join(site, '404.html'), contentHtml);
		expect(await builtPages(site)).toEqual([
			{ path: '/', kind: 'content' },
			{ path: '/plph/', kind: 'walkthrough' },
			{ path: '/pocket-cards/plph/', kind: 'content' },
			{ path: '/training/', kind: 'training' },
		]);
	});

	it('with --lighthouse heaviest, are the heaviest page of each kind by gzip JavaScript', () => {
		const weighed = (path: string, kind: 'content' | 'walkthrough', js: number, html = 10) => ({
			path,
			kind,
			weight: { js: { gzip: js }, html: { gzip: html } },
		});
		const pages = [
			weighed('/', 'content', 4000),
			weighed('/administration/', 'content', 7000),
			weighed('/about/', 'content', 4000, 50),
			weighed('/plph/', 'walkthrough', 90000, 40),
			weighed('/blood-patch/', 'walkthrough', 90000, 41),
		];
		expect(heaviestOfEachKind(pages).map((page) => page.path)).toEqual(['/administration/', '/blood-patch/']);
	});
});
