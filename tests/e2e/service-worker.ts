/** Waits until the service worker has installed, cached the site and controls the page. */
import type { Page } from '@playwright/test';

export async function waitForOfflineReady(page: Page) {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) {
			await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
		}
	});
}
