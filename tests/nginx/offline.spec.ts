import { expect, test } from './fixtures';
import { waitForOfflineReady } from '../e2e/service-worker';

test('after one visit the service worker has installed and the guide, a walkthrough and search work offline, with no policy violation', async ({
	page,
	context,
}) => {
	// Both policies apply here (the page's meta element and nginx's header): a header that blocked what the
	// meta policy allows by hash would show as a refused script or style.
	const violations: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
	});

	await page.goto('/');
	await waitForOfflineReady(page);
	await context.setOffline(true);

	await page.reload();
	await expect(page.locator('h1').first()).not.toBeEmpty();
	await page.locator('main').getByRole('link', { name: /headache/i }).first().click();
	await expect(page).toHaveURL(/\/plph\//);
	// Home's first headache link opens the walkthrough's own page (/walkthroughs/plph/).
	await expect(page.locator('h1').first()).toContainText(/headache/i);
	await expect(page.locator('.walkthrough')).toHaveAttribute('data-step', /.+/);

	await page.getByRole('button', { name: 'Search' }).click();
	await page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' }).fill('blood patch');
	await expect(page.getByRole('dialog', { name: 'Search' }).locator('a[href*="/blood-patch/"]').first()).toBeVisible({
		timeout: 15_000,
	});
	expect(violations).toEqual([]);
});
