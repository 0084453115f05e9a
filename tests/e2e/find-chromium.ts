/**
 * Picks the Chromium the browser tests drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else
 * Playwright's own download (`npx playwright install chromium`). With none, stops with one line saying
 * how to get one.
 */
import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';

// Flags that keep Chromium quiet on a machine with no outside network (no update or sync calls).
const quietFlags = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

export function findChromium(env: NodeJS.ProcessEnv = process.env): LaunchOptions {
	const candidates = [env['CHROMIUM_PATH'], '/usr/bin/chromium'];
	for (const candidate of candidates) {
		if (candidate && existsSync(candidate)) return { executablePath: candidate, args: quietFlags };
	}
	const bundled = chromium.executablePath();
	if (bundled && existsSync(bundled)) return { args: quietFlags };
	throw new Error(
		'No Chromium found: run `sudo apt-get install -y chromium`, set CHROMIUM_PATH, or run `npx playwright install chromium`.',
	);
}
