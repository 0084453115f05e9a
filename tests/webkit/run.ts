/**
 * `npm run test:webkit`: the browser tests in WebKit, Safari's engine, because many bedside tablets
 * are iPads. Expects a built site in dist/ (it builds nothing), serves it with `astro preview` behind
 * the error-collecting proxy, starts WebKitWebDriver under Xvfb (it drives WebKitGTK's MiniBrowser), and
 * runs tests/webkit/*.spec.ts with Vitest (vitest.webkit.config.ts, which gives them the `@/` alias).
 * Everything it starts is stopped at the end, whether the tests pass, fail or are interrupted.
 * Arguments are passed on to Vitest, e.g. `npm run test:webkit -- -t plph`.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { startCollectingProxy } from './collecting-proxy.ts';
import { freePort } from '../../scripts/lib/free-port.ts';
import { type Service, startService } from './services.ts';

const projectRoot = join(import.meta.dirname, '..', '..');
const installHint = 'sudo apt-get install -y webkit2gtk-driver xvfb';

function onPath(command: string): boolean {
	return (process.env['PATH'] ?? '').split(delimiter).some((dir) => {
		try {
			accessSync(join(dir, command), constants.X_OK);
			return true;
		} catch {
			return false;
		}
	});
}

/** MiniBrowser ships in libwebkit2gtk-4.1-0 under a multiarch folder, outside PATH. */
function findMiniBrowser(): string | undefined {
	const fromEnv = process.env['WEBKIT_MINIBROWSER'];
	if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
	try {
		const listed = execFileSync('dpkg', ['-L', 'libwebkit2gtk-4.1-0'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
		const path = listed.split('\n').find((line) => line.endsWith('/MiniBrowser'));
		if (path && existsSync(path)) return path;
	} catch {
		// Not a Debian system, or the package is not installed: try the usual places.
	}
	const libDirs = existsSync('/usr/lib') ? readdirSync('/usr/lib').map((dir) => join('/usr/lib', dir)) : [];
	return [...libDirs, '/usr/lib', '/usr/libexec']
		.map((dir) => join(dir, 'webkit2gtk-4.1', 'MiniBrowser'))
		.find((path) => existsSync(path));
}

function fail(line: string): never {
	console.error(line);
	process.exit(1);
}

const startedAt = performance.now();
const miniBrowser = findMiniBrowser();
const missing = [
	...['WebKitWebDriver', 'xvfb-run'].filter((command) => !onPath(command)),
	...(miniBrowser ? [] : ['MiniBrowser']),
];
if (missing.length > 0 || miniBrowser === undefined) {
	fail(`The WebKit tests need ${missing.join(', ')}, which \`${installHint}\` installs.`);
}
if (!existsSync(join(projectRoot, 'dist', 'index.html'))) {
	fail('No built site in dist/: run `npm run build` first (the WebKit tests test the build, they do not make one).');
}

const services: Service[] = [];
let vitest: ChildProcess | undefined;
const stopAll = async () => {
	for (const service of services.splice(0).reverse()) await service.stop();
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.once(signal, () => {
		vitest?.kill(signal);
		void stopAll().then(() => process.exit(signal === 'SIGINT' ? 130 : 143));
	});
}

function runVitest(env: NodeJS.ProcessEnv): Promise<number> {
	return new Promise((resolve) => {
		const child = spawn('npx', ['vitest', 'run', '--config', 'vitest.webkit.config.ts', ...process.argv.slice(2)], {
			cwd: projectRoot,
			stdio: 'inherit',
			env,
		});
		vitest = child;
		child.once('error', (error) => {
			console.error(`Vitest could not be started: ${error.message}`);
			resolve(1);
		});
		child.once('exit', (code) => resolve(code ?? 1));
	});
}

let exitCode = 1;
try {
	const previewPort = await freePort();
	const preview = await startService({
		name: 'astro preview',
		command: 'npx',
		// --ignore-lock: Astro allows one preview per project, and a teammate's or Playwright's may be running.
		args: ['astro', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(previewPort)],
		origin: `http://127.0.0.1:${previewPort}`,
		isReady: async () => (await fetch(`http://127.0.0.1:${previewPort}/`)).ok,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	services.push(preview);
	const site = await startCollectingProxy(preview.origin);
	services.push(site);

	const driverPort = await freePort();
	const driver = await startService({
		name: 'WebKitWebDriver',
		command: 'xvfb-run',
		// -a picks a free display; a screen larger than the tablet-sized window the tests ask for.
		args: ['-a', '-s', '-screen 0 1280x1280x24', 'WebKitWebDriver', `--port=${driverPort}`],
		origin: `http://127.0.0.1:${driverPort}`,
		isReady: async () => {
			const status = (await (await fetch(`http://127.0.0.1:${driverPort}/status`)).json()) as { value?: { ready?: boolean } };
			return status.value?.ready === true;
		},
	});
	services.push(driver);

	console.log(`WebKit: MiniBrowser ${miniBrowser}, site ${site.origin} (astro preview behind the error collector), WebDriver ${driver.origin}`);
	exitCode = await runVitest({
		...process.env,
		WEBKIT_SITE_ORIGIN: site.origin,
		WEBKIT_DRIVER_URL: driver.origin,
		WEBKIT_MINIBROWSER: miniBrowser,
	});
} catch (error) {
	console.error(`The WebKit tests could not start: ${error instanceof Error ? error.message : String(error)}`);
	exitCode = 1;
} finally {
	await stopAll();
}
const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
console.log(`WebKit tests ${exitCode === 0 ? 'passed' : 'failed'} in ${seconds} s (servers and browser included).`);
process.exit(exitCode);
