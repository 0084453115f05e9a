/** Starts nginx serving dist/ for the whole run; its origin reaches the tests as $NGINX_ORIGIN. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { freePort } from '../../scripts/lib/free-port';
import { startNginx } from './nginx-server';

export default async function globalSetup() {
	const dist = resolve(import.meta.dirname, '..', '..', 'dist');
	if (!existsSync(resolve(dist, 'index.html'))) throw new Error('No built site in dist/: run `npm run build` first.');
	const port = process.env['NGINX_PORT'] ? Number(process.env['NGINX_PORT']) : await freePort();
	const nginx = await startNginx({ port, siteRoot: dist });
	process.env['NGINX_ORIGIN'] = nginx.origin;
	return () => nginx.stop();
}
