import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './tests/e2e/find-chromium';

// PLAYWRIGHT_PORT lets several checkouts run their browser tests side by side on one machine.
const port = Number(process.env.PLAYWRIGHT_PORT ?? 4329);

// Browser tests run against the built site (`astro preview`), in Debian's Chromium where present.
export default defineConfig({
	testDir: './tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	reporter: [['list']],
	timeout: 60_000,
	use: {
		baseURL: `http://localhost:${port}`,
		viewport: { width: 768, height: 1024 },
		launchOptions: findChromium(),
	},
	projects: [{ name: 'chromium-tablet', use: { ...devices['Desktop Chrome'], viewport: { width: 768, height: 1024 } } }],
	webServer: {
		command: `npm run preview -- --port ${port}`,
		url: `http://localhost:${port}/`,
		reuseExistingServer: false,
		timeout: 60_000,
	},
});
