/**
 * Astro integration: after the build (and after the service worker, so `sw.js` gets its rule), writes
 * the web server configuration from src/lib/deploy/: `dist/_headers` for Netlify and Cloudflare Pages,
 * and `deploy/nginx.conf` for an nginx server. Runs last: `_headers` must not be precached, since
 * static hosts never serve it.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/deploy/headers-file';
import { nginxConfig } from '../lib/deploy/nginx-config';

/** Where the nginx include lives in the repository: outside `dist/`, so it is never served. */
export const nginxConfigPath = 'deploy/nginx.conf';

/** Every file under `dir`, as paths relative to it with "/" separators ("plph/index.html"). */
export async function builtFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true, recursive: true });
	return entries
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
}

export function deployConfig(): AstroIntegration {
	let root = '';
	return {
		name: 'tofersen-guide:deploy-config',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const distDir = fileURLToPath(dir);
				await writeFile(join(distDir, '_headers'), headersFile(await builtFiles(distDir)));
				const nginxFile = join(root, nginxConfigPath);
				const config = nginxConfig();
				const committed = await readFile(nginxFile, 'utf8').catch(() => '');
				if (committed === config) {
					logger.info(`dist/_headers written; ${nginxConfigPath} is up to date.`);
					return;
				}
				await mkdir(dirname(nginxFile), { recursive: true });
				await writeFile(nginxFile, config);
				logger.warn(`dist/_headers written; ${nginxConfigPath} was out of date and has been rewritten: commit it.`);
			},
		},
	};
}
