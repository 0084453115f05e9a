/** Playwright's test with baseURL pointing at the nginx that global-setup.ts started. */
import { test as base } from '@playwright/test';

export const test = base.extend({
	// biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern; there are none.
	baseURL: async ({}, use) => {
		const origin = process.env['NGINX_ORIGIN'];
		if (!origin) throw new Error('No nginx running: run these tests with `npx playwright test -c playwright.nginx.config.ts`.');
		await use(origin);
	},
});

export { expect } from '@playwright/test';
