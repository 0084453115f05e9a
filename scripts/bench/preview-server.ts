/**
 * Serves a built site with `astro preview` on a free port for as long as the benchmark needs it.
 * The server runs in its own process group: `npx` starts `astro`, which starts its own children, and
 * killing only the first process would leave a server holding the port. `--ignore-lock` keeps it out of
 * Astro's one-preview-per-project lock, so it neither blocks nor is blocked by a preview someone else runs.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { freePort } from '../lib/free-port.ts';
import { setTimeout as sleep } from 'node:timers/promises';

export interface PreviewServer {
	origin: string;
	stop: () => Promise<void>;
}


async function endGroup(child: ChildProcess): Promise<void> {
	const pid = child.pid;
	if (pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	try {
		process.kill(-pid, 'SIGTERM');
	} catch {
		return;
	}
	const forceAfter = setTimeout(() => {
		try {
			process.kill(-pid, 'SIGKILL');
		} catch {
			// The group is already gone.
		}
	}, 5_000);
	await exited;
	clearTimeout(forceAfter);
	// `npx` can exit before the server it started; anything left in the group goes now.
	try {
		process.kill(-pid, 'SIGKILL');
	} catch {
		// Nothing left.
	}
}

export async function startPreview(outDir: string, timeoutMs = 60_000): Promise<PreviewServer> {
	const port = await freePort();
	const origin = `http://127.0.0.1:${port}`;
	const child = spawn('npx', ['astro', 'preview', '--ignore-lock', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port)], {
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe'],
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	let output = '';
	child.stdout?.on('data', (chunk: Buffer) => {
		output += chunk.toString();
	});
	child.stderr?.on('data', (chunk: Buffer) => {
		output += chunk.toString();
	});
	const stop = () => endGroup(child);
	const onExit = () => {
		if (child.pid !== undefined) {
			try {
				process.kill(-child.pid, 'SIGKILL');
			} catch {
				// Already gone.
			}
		}
	};
	process.once('exit', onExit);

	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) break;
		try {
			const response = await fetch(`${origin}/`);
			if (response.ok) {
				return {
					origin,
					stop: async () => {
						process.off('exit', onExit);
						await stop();
					},
				};
			}
		} catch {
			// Not listening yet.
		}
		await sleep(250);
	}
	await stop();
	process.off('exit', onExit);
	throw new Error(`astro preview did not answer on ${origin} within ${timeoutMs / 1000} s. Its output:\n${output}`);
}
