/**
 * Runs Debian's nginx as a child process, as a hospital server would run it: the repository's
 * deploy/nginx.conf included in a server block that serves a built site. Everything nginx writes (pid,
 * logs, temp files) goes to a fresh temp folder; it listens on a loopback port and stops with the tests.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { nginxConfigPath } from '../../src/integrations/deploy-config';

const repositoryRoot = resolve(import.meta.dirname, '..', '..');
const stockMimeTypes = '/etc/nginx/mime.types';

/** $NGINX_PATH, else Debian's /usr/sbin/nginx; with neither, one line saying how to get it. */
export function nginxBinary(env: NodeJS.ProcessEnv = process.env): string {
	const found = [env['NGINX_PATH'], '/usr/sbin/nginx'].find((candidate) => candidate && existsSync(candidate));
	if (!found || !existsSync(stockMimeTypes)) {
		throw new Error('No nginx found: run `sudo apt-get install -y nginx` (Debian), or set NGINX_PATH to an nginx binary.');
	}
	return found;
}

/**
 * A whole nginx.conf around the hospital's include: what a hospital's /etc/nginx/nginx.conf and its own
 * server block provide (types, logs, listen, root), with every path inside `prefix`.
 */
export function serverConfig({ prefix, port, siteRoot }: { prefix: string; port: number; siteRoot: string }): string {
	// As root, workers would run as "nobody", whose group Debian lacks; they only read the built site.
	const user = process.getuid?.() === 0 ? 'user root root;\n' : '';
	return `${user}daemon off;
worker_processes 1;
pid ${join(prefix, 'nginx.pid')};
error_log ${join(prefix, 'error.log')} warn;
events { worker_connections 128; }
http {
    include ${stockMimeTypes};
    default_type application/octet-stream;
    access_log ${join(prefix, 'access.log')};
    client_body_temp_path ${join(prefix, 'body')};
    proxy_temp_path ${join(prefix, 'proxy')};
    fastcgi_temp_path ${join(prefix, 'fastcgi')};
    uwsgi_temp_path ${join(prefix, 'uwsgi')};
    scgi_temp_path ${join(prefix, 'scgi')};
    sendfile on;
    server {
        listen 127.0.0.1:${port};
        server_name localhost;
        root ${siteRoot};
        include ${join(repositoryRoot, nginxConfigPath)};
    }
}
`;
}

function writeConfig(options: { port: number; siteRoot: string }) {
	const prefix = mkdtempSync(join(tmpdir(), 'guide-nginx-'));
	const configFile = join(prefix, 'nginx.conf');
	writeFileSync(configFile, serverConfig({ prefix, ...options }));
	const args = ['-p', prefix, '-e', join(prefix, 'error.log'), '-c', configFile];
	return { prefix, args };
}

/** `nginx -t` on the include in its server block: the exit status and what nginx said. */
export function testConfig(siteRoot: string): { status: number | null; output: string } {
	const { prefix, args } = writeConfig({ port: 1, siteRoot });
	try {
		const result = spawnSync(nginxBinary(), ['-t', ...args], { encoding: 'utf8' });
		return { status: result.status, output: `${result.stdout}${result.stderr}` };
	} finally {
		rmSync(prefix, { recursive: true, force: true });
	}
}

export interface RunningNginx {
	origin: string;
	stop: () => Promise<void>;
}

export async function startNginx({ port, siteRoot }: { port: number; siteRoot: string }): Promise<RunningNginx> {
	const { prefix, args } = writeConfig({ port, siteRoot });
	const child: ChildProcess = spawn(nginxBinary(), args, { stdio: ['ignore', 'inherit', 'inherit'] });
	const exited = new Promise<void>((done) => child.once('exit', () => done()));
	const errorLog = () => (existsSync(join(prefix, 'error.log')) ? readFileSync(join(prefix, 'error.log'), 'utf8') : '');
	const origin = `http://127.0.0.1:${port}`;
	const stop = async () => {
		if (child.exitCode === null) child.kill('SIGTERM');
		await exited;
		rmSync(prefix, { recursive: true, force: true });
	};
	for (let attempt = 0; attempt < 100; attempt += 1) {
		if (child.exitCode !== null) break;
		// nginx writes its pid file only once it listens: until then an answer may come from someone else.
		const ready = existsSync(join(prefix, 'nginx.pid')) && await fetch(`${origin}/`).then(
			() => true,
			() => false,
		);
		if (ready) return { origin, stop };
		await new Promise((wait) => setTimeout(wait, 50));
	}
	const log = errorLog();
	await stop();
	throw new Error(`nginx did not start on ${origin}:\n${log}`);
}
