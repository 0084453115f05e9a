/**
 * The long-running helpers the WebKit tests need: the site server and the WebDriver under Xvfb. Each
 * runs in its own process group, because each starts children of its own (`npx` starts `astro`;
 * `xvfb-run` starts Xvfb and WebKitWebDriver, which starts MiniBrowser and WebKit's web processes), and
 * ending only the first process would leave the rest holding a port or a display.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

export interface Service {
	name: string;
	/** Where the service answers, e.g. `http://127.0.0.1:40123`. */
	origin: string;
	/** Ends the service and everything it started; safe to call more than once. */
	stop: () => Promise<void>;
}

export interface ServiceOptions {
	name: string;
	command: string;
	args: string[];
	origin: string;
	/** Answers true once the service takes requests; called until it does or the service exits. */
	isReady: () => Promise<boolean>;
	env?: NodeJS.ProcessEnv;
	startTimeoutMs?: number;
}


/** Sends `signal` to a whole process group; signal 0 only asks whether any of it is still running. */
function signalGroup(pid: number, signal: NodeJS.Signals | 0): boolean {
	try {
		process.kill(-pid, signal);
		return true;
	} catch {
		// The group is already gone.
		return false;
	}
}

async function endGroup(child: ChildProcess): Promise<void> {
	const pid = child.pid;
	if (pid === undefined) return;
	if (!signalGroup(pid, 'SIGTERM')) return;
	// Xvfb, MiniBrowser and Astro's children can outlive the group leader, so wait for the whole group.
	for (let waited = 0; waited < 5_000; waited += 100) {
		if (!signalGroup(pid, 0)) return;
		await sleep(100);
	}
	signalGroup(pid, 'SIGKILL');
}

export async function startService(options: ServiceOptions): Promise<Service> {
	const child = spawn(options.command, options.args, {
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe'],
		env: options.env ?? process.env,
	});
	let output = '';
	const keep = (chunk: Buffer) => {
		output += chunk.toString();
	};
	child.stdout?.on('data', keep);
	child.stderr?.on('data', keep);
	let spawnError: Error | undefined;
	child.once('error', (error) => {
		spawnError = error;
	});

	// If this process dies without cleaning up, the group must not outlive it.
	const killOnExit = () => {
		if (child.pid !== undefined) signalGroup(child.pid, 'SIGKILL');
	};
	process.once('exit', killOnExit);
	let stopping: Promise<void> | undefined;
	const stop = () => {
		stopping ??= endGroup(child).then(() => {
			process.off('exit', killOnExit);
		});
		return stopping;
	};

	const timeoutMs = options.startTimeoutMs ?? 60_000;
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline && child.exitCode === null && spawnError === undefined) {
		if (await options.isReady().catch(() => false)) {
			return { name: options.name, origin: options.origin, stop };
		}
		await sleep(200);
	}
	await stop();
	const why = spawnError
		? `could not be started (${spawnError.message})`
		: child.exitCode !== null
			? `exited with code ${child.exitCode}`
			: `did not answer on ${options.origin} within ${timeoutMs / 1000} s`;
	throw new Error(`${options.name} ${why}. Its output:\n${output.trim() || '(none)'}`);
}
