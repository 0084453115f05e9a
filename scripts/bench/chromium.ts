/** The Chromium the benchmark drives (Debian's, as in CI), and the flags that keep it quiet offline. */
import { existsSync } from 'node:fs';

/** No update, sync or background calls: the machines that run this have no outside network. */
export const quietChromiumFlags = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
	const candidates = [env['CHROMIUM_PATH'], '/usr/bin/chromium'];
	for (const candidate of candidates) {
		if (candidate && existsSync(candidate)) return candidate;
	}
	throw new Error('No Chromium found: run `sudo apt-get install -y chromium` or set CHROMIUM_PATH to a Chromium binary.');
}
