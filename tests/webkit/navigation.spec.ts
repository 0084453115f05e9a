/**
 * The tablet menu in WebKit (issue #15), as on an iPad at 768×1024: the menu button opens a panel
 * listing every page with the current one marked, a tapped link opens its page, axe finds nothing with
 * the menu open, and every page is reached from the home page through the menu alone.
 * WebKitWebDriver has no touch input: a tap is a click on the element scrolled into view.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtPagePaths } from '../e2e/site-pages';
import { WebKitBrowser } from './webkit-browser';

const pagePaths = builtPagePaths();
// axe-core comes with @axe-core/playwright; its source is run in the page, as AxeBuilder does in Chromium.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let webkit: WebKitBrowser;
beforeAll(async () => {
	webkit = await WebKitBrowser.open();
});
afterAll(async () => {
	await webkit?.quit();
});

const currentPath = async () => new URL(await webkit.driver.getCurrentUrl()).pathname;

async function openMenu() {
	const button = await webkit.find('button[popovertarget="starlight__sidebar"]');
	expect(await button.isDisplayed(), 'the menu button is shown at tablet width').toBe(true);
	await webkit.tap(button);
	await webkit.waitFor('the menu to open', () =>
		webkit.driver.executeScript<boolean>('return document.querySelector("#starlight__sidebar").matches(":popover-open")'),
	);
}

/** The menu's links as hrefs, in order, with the one marked as the current page. */
function menuLinks() {
	return webkit.driver.executeScript<{ href: string; current: boolean; shown: boolean }[]>(
		'return [...document.querySelectorAll("#starlight__sidebar a")].map((a) => ({ href: a.getAttribute("href"), current: a.getAttribute("aria-current") === "page", shown: a.getClientRects().length > 0 }))',
	);
}

async function tapMenuLink(path: string) {
	const link = await webkit.findByAttribute(await webkit.find('#starlight__sidebar'), 'a', 'href', path);
	expect(link, `the menu on ${await currentPath()} has a link to ${path}`).toBeDefined();
	await webkit.tap(link!);
	await webkit.waitFor(`${path} to open`, async () => (await currentPath()) === path);
	await webkit.waitFor(`${path} to finish loading`, () => webkit.driver.executeScript<boolean>('return document.readyState === "complete"'));
}

describe('the tablet menu in WebKit', () => {
	test('opens on a panel listing every page, shown, with the current page marked', async () => {
		await webkit.goto('/plph/');
		await openMenu();
		const links = await menuLinks();
		expect(new Set(links.map((link) => link.href))).toEqual(new Set(pagePaths));
		expect(links.filter((link) => !link.shown)).toEqual([]);
		expect(links.filter((link) => link.current).map((link) => link.href)).toEqual(['/plph/']);
		expect(await webkit.scriptErrors()).toEqual([]);
	});

	test('a tapped link opens its page, which is then marked as current', async () => {
		await webkit.goto('/');
		await openMenu();
		await tapMenuLink('/serious-events/');
		expect((await (await webkit.find('h1')).getText()).trim()).toBe('Serious neurologic events');
		await openMenu();
		expect((await menuLinks()).filter((link) => link.current).map((link) => link.href)).toEqual(['/serious-events/']);
	});

	test('axe finds no WCAG 2.2 AA violation with the menu open', async () => {
		await webkit.goto('/plph/');
		await openMenu();
		await webkit.driver.executeScript(
			`${axeSource}
			window.__axeResult = undefined;
			axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
				.then((results) => { window.__axeResult = results.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(' | ')); })
				.catch((error) => { window.__axeResult = ['axe failed: ' + error.message]; });`,
		);
		const violations = await webkit.waitFor('axe to finish', () => webkit.driver.executeScript<string[] | null>('return window.__axeResult ?? null'));
		expect(violations).toEqual([]);
		// Still open: axe checked the menu, not the page behind it.
		expect(await webkit.driver.executeScript<boolean>('return document.querySelector("#starlight__sidebar").matches(":popover-open")')).toBe(true);
	});

	test('every page is reached from the home page by tapping the menu, with no typed address', async () => {
		await webkit.goto('/');
		const reached = new Set([await currentPath()]);
		for (const path of pagePaths.filter((path) => path !== '/')) {
			await openMenu();
			await tapMenuLink(path);
			reached.add(await currentPath());
			expect(await webkit.scriptErrors()).toEqual([]);
		}
		expect([...reached].sort()).toEqual(pagePaths);
	});
});
