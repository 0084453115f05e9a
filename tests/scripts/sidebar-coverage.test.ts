import { describe, expect, it } from 'vitest';
import { readSidebarLinks, sidebarFaults } from '../../scripts/lib/sidebar-coverage.ts';

/** A built page whose sidebar links `paths`, marking `current`, shaped as Starlight writes it. */
function pageWithSidebar(paths: string[], current: string | undefined): string {
	const links = paths
		.map((path) => `<li><a href="${path}"${path === current ? ' aria-current="page"' : ''}><span>${path}</span></a></li>`)
		.join('');
	return `<!doctype html><html lang="en"><head><title>t</title></head><body><nav class="sidebar" aria-label="Main"><button popovertarget="starlight__sidebar">Menu</button><sl-sidebar-pane id="starlight__sidebar"><ul class="top-level"><li><details open><summary>Group</summary><ul>${links}</ul></details></li></ul></sl-sidebar-pane></nav><main><a href="/elsewhere/">not the sidebar</a></main></body></html>`;
}

const allPaths = ['/', '/plph/', '/pocket-cards/plph/'];
const siteOf = (sidebarPaths: string[]) => new Map(allPaths.map((path) => [path, pageWithSidebar(sidebarPaths, path)]));

describe('the sidebar coverage check', () => {
	it('reads only the sidebar links, in order, with the current one marked', () => {
		expect(readSidebarLinks(pageWithSidebar(['/', '/plph/'], '/plph/'))).toEqual([
			{ href: '/', label: '/', current: false },
			{ href: '/plph/', label: '/plph/', current: true },
		]);
	});

	it('finds nothing wrong when every page lists every page and marks itself', () => {
		expect(sidebarFaults(siteOf(allPaths))).toEqual([]);
	});

	it('names the page missing from the sidebar and says how to add it', () => {
		const faults = sidebarFaults(siteOf(['/', '/plph/']));
		// Every page's sidebar lacks it, and the card itself has nothing to mark as current.
		expect(faults.filter((fault) => fault.includes('has no link to /pocket-cards/plph/.'))).toHaveLength(3);
		expect(faults).toContain('The sidebar on /pocket-cards/plph/ should mark exactly that page with aria-current="page"; it marks none.');
		expect(faults[0]).toContain('The sidebar on / has no link to /pocket-cards/plph/.');
		expect(faults[0]).toContain('src/lib/guide-sidebar.ts');
	});

	it('reports an empty sidebar, the fault of issue #15', () => {
		expect(sidebarFaults(new Map([['/', pageWithSidebar([], undefined)]]))).toEqual([
			'/ has no links in its sidebar (#starlight__sidebar): its tablet menu opens on nothing.',
		]);
	});

	it('reports a page that does not mark itself as the current one', () => {
		const site = new Map([
			['/', pageWithSidebar(['/', '/plph/'], '/')],
			['/plph/', pageWithSidebar(['/', '/plph/'], '/')],
		]);
		expect(sidebarFaults(site)).toEqual(['The sidebar on /plph/ should mark exactly that page with aria-current="page"; it marks /.']);
	});
});
