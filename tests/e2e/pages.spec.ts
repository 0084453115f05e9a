import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { builtPagePaths } from './site-pages';

const pagePaths = builtPagePaths();

async function openCollectingErrors(page: Page, path: string) {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	await page.addInitScript(() => {
		const violations: string[] = [];
		(window as unknown as { cspViolations: string[] }).cspViolations = violations;
		document.addEventListener('securitypolicyviolation', (event) =>
			violations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`),
		);
	});
	const response = await page.goto(path, { waitUntil: 'networkidle' });
	const cspViolations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
	return { errors, status: response?.status(), cspViolations };
}

test.describe('every page', () => {
	for (const path of pagePaths) {
		test(`${path} loads with no console error or CSP violation and shows its provenance`, async ({ page }) => {
			const { errors, status, cspViolations } = await openCollectingErrors(page, path);
			expect(status).toBe(200);
			expect(errors).toEqual([]);
			expect(cspViolations).toEqual([]);
			await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
			const provenance = page.getByRole('complementary', { name: 'Page sources and review' });
			await expect(provenance).toContainText('Reviewed:');
			await expect(provenance).toContainText('Content version:');
			await expect(provenance.getByRole('link', { name: /^\[\d+\]$/ }).first()).toBeVisible();
		});

		// The tablet, and the phone width Lighthouse emulates: a check that scrolls elements into view
		// (axe, Lighthouse) also catches content that jumps as it is laid out.
		for (const viewport of [
			{ width: 768, height: 1024 },
			{ width: 412, height: 823 },
		]) {
			test(`${path} has no WCAG 2.2 AA violation at ${viewport.width}×${viewport.height}`, async ({ browser }) => {
				// AxeBuilder needs a page from its own context.
				const context = await browser.newContext({ viewport });
				const page = await context.newPage();
				await page.goto(path, { waitUntil: 'networkidle' });
				const results = await new AxeBuilder({ page })
					.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
					.analyze();
				expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
				await context.close();
			});
		}

		for (const viewport of [
			{ width: 768, height: 1024 },
			{ width: 1024, height: 768 },
		]) {
			test(`${path} does not scroll sideways at ${viewport.width}×${viewport.height}`, async ({ page }) => {
				await page.setViewportSize(viewport);
				await page.goto(path, { waitUntil: 'networkidle' });
				const overflow = await page.evaluate(
					() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
				);
				expect(overflow).toBeLessThanOrEqual(0);
			});
		}
	}
});

test('every request across the site stays on its own origin', async ({ page, baseURL }) => {
	const foreign: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol.startsWith('http') && url.origin !== new URL(baseURL as string).origin) foreign.push(url.href);
	});
	for (const path of pagePaths) await page.goto(path, { waitUntil: 'networkidle' });
	expect(foreign).toEqual([]);
});

test('a citation number links to its entry on the reference list', async ({ page }) => {
	await page.goto('/plph/');
	const firstCitation = page.locator('.sl-markdown-content .cite a').first();
	const href = await firstCitation.getAttribute('href');
	expect(href).toMatch(/^\/references\/#ref-[a-z0-9-]+$/);
	await firstCitation.click();
	await expect(page).toHaveURL(/\/references\/#ref-/);
	const id = (href as string).split('#')[1] as string;
	await expect(page.locator(`[id="${id}"]`)).toBeVisible();
});
