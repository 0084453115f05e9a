/**
 * Picks the Chromium the browser tests drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else
 * Playwright's own download (`npx playwright install chromium`). With none, stops with one line saying
 * how to get one.
 */
import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';
import { installedChromium, quietChromiumFlags } from '../../scripts/lib/chromium.ts';

export function findChromium(env: NodeJS.ProcessEnv = process.env): LaunchOptions {
	const installed = installedChromium(env);
	if (installed) return { executablePath: installed, args: quietChromiumFlags };
	const bundled = chromium.executablePath();
	if (bundled && existsSync(bundled)) return { args: quietChromiumFlags };
	throw new Error(
		'No Chromium found: run `sudo apt-get install -y chromium`, set CHROMIUM_PATH, or run `npx playwright install chromium`.',
	);
}
