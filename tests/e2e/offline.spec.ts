import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { findChromium } from './find-chromium';
import { builtPagePaths } from './site-pages';
import { waitForOfflineReady } from './service-worker';
import { serveFolder } from './static-server';
import { preparedWorkflow } from '../components/prepared-workflow';
import { precacheUrls } from '../../scripts/bench/site-size.ts';
import { hostsWalkthroughIsland } from '@/integrations/precache-order';

test('after one visit, every page, a walkthrough and search work with the network off', async ({ page, context }) => {
	await page.goto('/');
	await waitForOfflineReady(page);
	await context.setOffline(true);

	for (const path of builtPagePaths()) {
		const response = await page.goto(path);
		expect(response?.ok(), path).toBe(true);
		await expect(page.locator('h1').first()).not.toBeEmpty();
	}

	const plph = preparedWorkflow('plph');
	await page.goto('/walkthroughs/plph/');
	await expect(page).toHaveURL(/step=/);
	for (const { event } of plph.stepPaths['resolving']!) {
		const stateId = (await page.locator('.walkthrough').getAttribute('data-step')) as string;
		const label = plph.steps[stateId]!.answers.find(([e]) => e === event)![1];
		// An answer, or the first step's follow-up start where that is the shortest way.
		await page.locator('.walkthrough').getByRole('button', { name: label, exact: true }).click();
	}
	await expect(page.locator('.walkthrough')).toHaveAttribute('data-step', 'resolving');

	await page.getByRole('button', { name: 'Search' }).click();
	await page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' }).fill('blood patch');
	await expect(page.getByRole('dialog', { name: 'Search' }).locator('a[href*="/blood-patch/"]').first()).toBeVisible({
		timeout: 15_000,
	});
});

test('the service worker is registered only after the page has loaded, and fetches the walkthrough pages first', async ({ page }) => {
	await page.addInitScript(() => {
		const register = ServiceWorkerContainer.prototype.register;
		const record = window as unknown as { registeredWhen?: { readyState: string; afterLoadEvent: boolean } };
		ServiceWorkerContainer.prototype.register = function (this: ServiceWorkerContainer, ...args: Parameters<typeof register>) {
			const timing = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
			record.registeredWhen = { readyState: document.readyState, afterLoadEvent: (timing?.loadEventEnd ?? 0) > 0 };
			return register.apply(this, args);
		};
	});
	await page.goto('/plph/');
	await waitForOfflineReady(page);
	expect(await page.evaluate(() => (window as unknown as { registeredWhen?: unknown }).registeredWhen)).toEqual({
		readyState: 'complete',
		afterLoadEvent: true,
	});

	const precached = precacheUrls(readFileSync(join('dist', 'sw.js'), 'utf8'));
	const walkthroughPages = builtPagePaths()
		.filter((path) => hostsWalkthroughIsland(readFileSync(join('dist', path, 'index.html'), 'utf8')))
		.map((path) => `${path.slice(1)}index.html`);
	expect(walkthroughPages.length).toBeGreaterThanOrEqual(3);
	expect(new Set(precached.slice(0, walkthroughPages.length))).toEqual(new Set(walkthroughPages));
});

test('passes Chromium’s installability checks', async ({ baseURL }) => {
	// Installing is refused in incognito, which is what Playwright's own contexts are: use a real profile.
	const profile = mkdtempSync(join(tmpdir(), 'guide-profile-'));
	const context = await chromium.launchPersistentContext(profile, { ...findChromium(), headless: true });
	try {
		const page = await context.newPage();
		await page.goto(`${baseURL}/`);
		await waitForOfflineReady(page);
		await page.reload();
		const session = await context.newCDPSession(page);
		const { installabilityErrors } = await session.send('Page.getInstallabilityErrors');
		expect(installabilityErrors).toEqual([]);
	} finally {
		await context.close();
		rmSync(profile, { recursive: true, force: true });
	}
});

test('a changed build is detected and the reader is offered a reload', async ({ page }) => {
	const folder = mkdtempSync(join(tmpdir(), 'guide-update-'));
	cpSync('dist', folder, { recursive: true });
	const server = await serveFolder(folder);
	try {
		await page.goto(`${server.url}/mechanism/`);
		await waitForOfflineReady(page);
		await expect(page.locator('.update-notice')).toHaveCount(0);

		// "Deploy" a new build: any byte change to sw.js is a new version to the browser.
		const sw = join(folder, 'sw.js');
		writeFileSync(sw, `${readFileSync(sw, 'utf8')}\n// build ${Date.now()}\n`);
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

		const notice = page.getByRole('status').filter({ hasText: 'A new version of this guide is available' });
		await expect(notice).toBeVisible({ timeout: 20_000 });
		await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload now' }).click()]);
		await expect(page.locator('.update-notice')).toHaveCount(0);
	} finally {
		await server.close();
		rmSync(folder, { recursive: true, force: true });
	}
});

test('the site sets no cookies', async ({ page, context }) => {
	for (const path of builtPagePaths()) await page.goto(path);
	expect(await context.cookies()).toEqual([]);
});
