/**
 * The sidebar and the tablet menu (issue #15): every page lists every page, marks the current one, and
 * a reader with a tablet reaches every page from the home page by tapping, with no typed address.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { workflowIds } from '@/machines/registry';
import { walkthroughPagePath } from '@/lib/walkthrough-pages';
import { sidebarFaults } from '../../scripts/lib/sidebar-coverage.ts';
import { builtPagePaths } from './site-pages';

const pagePaths = builtPagePaths();
const tablet = { viewport: { width: 768, height: 1024 }, hasTouch: true };

test.use(tablet);

function menuButton(page: Page) {
	return page.getByRole('button', { name: 'Menu' });
}

function menuPanel(page: Page) {
	return page.locator('#starlight__sidebar');
}

/** Waits for `path` to open; a walkthrough page then adds `?step=` to its address, which does not matter here. */
async function expectPath(page: Page, path: string) {
	await page.waitForURL((url) => url.pathname === path);
}

async function openMenu(page: Page) {
	await menuButton(page).tap();
	await expect(menuPanel(page)).toBeVisible();
}

const distRoot = join(import.meta.dirname, '..', '..', 'dist');
// builtPagePaths() leaves out dist/404.html: the not-found page is not a destination.
const builtPages = () => new Map(pagePaths.map((path) => [path, readFileSync(join(distRoot, path, 'index.html'), 'utf8')]));

test('the built sidebar of every page links every page and marks that page as the current one', () => {
	expect(sidebarFaults(builtPages())).toEqual([]);
});

test('no built page ends with Previous/Next links, which under a walkthrough would read like the next clinical step', () => {
	const pages = builtPages();
	expect(pagePaths.filter((path) => /<a [^>]*rel="(prev|next)"/.test(pages.get(path) ?? ''))).toEqual([]);
});

test.describe('the tablet menu at 768×1024 with touch', () => {
	test('opens on a panel listing every page, with the current page marked', async ({ page }) => {
		await page.goto('/plph/');
		await expect(menuPanel(page)).toBeHidden();
		await openMenu(page);
		const links = menuPanel(page).getByRole('link');
		const hrefs = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
		expect(new Set(hrefs)).toEqual(new Set(pagePaths));
		for (const path of pagePaths) await expect(menuPanel(page).locator(`a[href="${path}"]`)).toBeVisible();
		await expect(menuPanel(page).locator('a[aria-current="page"]')).toHaveAttribute('href', '/plph/');
		// The walkthroughs come first, in the order a nurse needs them: headache, serious event, blood patch.
		const walkthroughPages = workflowIds.map((id) => walkthroughPagePath(id));
		expect(hrefs.slice(0, walkthroughPages.length)).toEqual(walkthroughPages);
		// Touch targets of at least 48 px, like every control of the guide.
		const heights = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getBoundingClientRect().height));
		expect(Math.min(...heights)).toBeGreaterThanOrEqual(48);
	});

	test('a tapped link opens its page, which is then marked as current in the menu', async ({ page }) => {
		await page.goto('/');
		await openMenu(page);
		await menuPanel(page).getByRole('link', { name: 'Serious neurologic events' }).tap();
		await expectPath(page, '/serious-events/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Serious neurologic events');
		await expect(menuPanel(page)).toBeHidden();
		await openMenu(page);
		await expect(menuPanel(page).getByRole('link', { name: 'Serious neurologic events' })).toHaveAttribute('aria-current', 'page');
		await expect(menuPanel(page).locator('a[aria-current]')).toHaveCount(1);
	});

	for (const path of ['/', '/plph/', '/pocket-cards/blood-patch/']) {
		test(`${path} has no WCAG 2.2 AA violation with the menu open`, async ({ browser }) => {
			// AxeBuilder needs a page from its own context.
			const context = await browser.newContext(tablet);
			const page = await context.newPage();
			await page.goto(path, { waitUntil: 'networkidle' });
			await openMenu(page);
			const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
			await context.close();
		});
	}
});

test('every page is reached from the home page by tapping the menu, with no typed address', async ({ page }) => {
	test.setTimeout(120_000);
	await page.goto('/');
	const reached = new Set<string>([new URL(page.url()).pathname]);
	for (const path of pagePaths.filter((path) => path !== '/')) {
		const from = new URL(page.url()).pathname;
		await openMenu(page);
		const link = menuPanel(page).locator(`a[href="${path}"]`);
		await expect(link, `the menu on ${from} has a link to ${path}`).toHaveCount(1);
		await link.tap();
		await expectPath(page, path);
		await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
		reached.add(new URL(page.url()).pathname);
	}
	// And back home from the last page, through the menu too.
	await openMenu(page);
	await menuPanel(page).locator('a[href="/"]').tap();
	await expectPath(page, '/');
	expect([...reached].sort()).toEqual(pagePaths);
});

test('on a wide screen the sidebar is always shown and marks the current page', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/adverse-events/');
	await expect(menuButton(page)).toBeHidden();
	const sidebar = page.getByRole('navigation', { name: 'Main' });
	for (const path of pagePaths) await expect(sidebar.locator(`a[href="${path}"]`)).toBeVisible();
	await expect(sidebar.locator('a[aria-current="page"]')).toHaveAttribute('href', '/adverse-events/');
	await sidebar.getByRole('link', { name: 'Glossary' }).tap();
	await expectPath(page, '/glossary/');
	await expect(page.getByRole('navigation', { name: 'Main' }).locator('a[aria-current="page"]')).toHaveAttribute('href', '/glossary/');
});
