import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './tests/e2e/find-chromium';

// The built site behind a real nginx with deploy/nginx.conf (tests/nginx/global-setup.ts starts it, on
// $NGINX_PORT or a free loopback port): headers, framing, offline and updates as a hospital serves them.
export default defineConfig({
	testDir: './tests/nginx',
	globalSetup: './tests/nginx/global-setup.ts',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	reporter: [['list']],
	timeout: 60_000,
	use: {
		viewport: { width: 768, height: 1024 },
		launchOptions: findChromium(),
	},
	projects: [{ name: 'chromium-tablet', use: { ...devices['Desktop Chrome'], viewport: { width: 768, height: 1024 } } }],
});
