/**
 * The Chromium the benchmark and the browser tests drive ($CHROMIUM_PATH, else Debian's, as in CI), and
 * the flags that keep it quiet on a machine with no outside network.
 */
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

/** $CHROMIUM_PATH or Debian's /usr/bin/chromium, when present. */
export function installedChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
	return [env['CHROMIUM_PATH'], '/usr/bin/chromium'].find((candidate) => candidate && existsSync(candidate));
}

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
	const found = installedChromium(env);
	if (found) return found;
	throw new Error('No Chromium found: run `sudo apt-get install -y chromium` or set CHROMIUM_PATH to a Chromium binary.');
}
