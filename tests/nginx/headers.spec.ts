import { readFileSync } from 'node:fs';
import { headerOnlyPolicy } from '../../src/lib/content-security-policy';
import { cacheControl, securityHeaders } from '../../src/lib/deploy/response-headers';
import { expect, test } from './fixtures';

const expectSecurityHeaders = (headers: Record<string, string>, what: string) => {
	for (const [name, value] of Object.entries(securityHeaders)) expect(headers[name.toLowerCase()], `${name} on ${what}`).toBe(value);
};

test('an HTML page comes with the security headers, no-cache, gzip and its own meta policy', async ({ request }) => {
	const response = await request.get('/plph/');
	expect(response.status()).toBe(200);
	const headers = response.headers();
	expectSecurityHeaders(headers, '/plph/');
	expect(headers['content-security-policy']).toBe(headerOnlyPolicy);
	expect(headers['cache-control']).toBe(cacheControl.revalidate);
	expect(headers['content-type']).toBe('text/html; charset=utf-8');
	expect(headers['content-encoding']).toBe('gzip');
	expect(await response.text()).toContain('<meta http-equiv="content-security-policy" content="default-src');
});

test('sw.js and the manifest are revalidated on every use, the manifest with its own type', async ({ request }) => {
	const worker = await request.get('/sw.js');
	expectSecurityHeaders(worker.headers(), '/sw.js');
	expect(worker.headers()['cache-control']).toBe('no-cache');
	expect(worker.headers()['content-type']).toMatch(/^(application|text)\/javascript/);

	const manifest = await request.get('/manifest.webmanifest');
	expect(manifest.headers()['cache-control']).toBe('no-cache');
	expect(manifest.headers()['content-type']).toBe('application/manifest+json');
	expect(manifest.headers()['content-encoding']).toBe('gzip');
});

test('a hashed script and style the home page loads are cached for a year as immutable, and compressed', async ({ request }) => {
	const home = await (await request.get('/')).text();
	const assets = [...home.matchAll(/(?:src|href)="(\/_astro\/[^"]+\.(?:js|css))"/g)].map((m) => m[1] as string);
	const script = assets.find((path) => path.endsWith('.js'));
	const style = assets.find((path) => path.endsWith('.css'));
	expect(script && style, 'the home page loads a hashed script and a hashed style').toBeTruthy();
	for (const path of [script, style] as string[]) {
		const headers = (await request.get(path)).headers();
		expectSecurityHeaders(headers, path);
		expect(headers['cache-control'], path).toBe('public, max-age=31536000, immutable');
		expect(headers['content-encoding'], path).toBe('gzip');
	}
});

test('a folder is served by its index.html, and the folder without its slash redirects there', async ({ request }) => {
	const redirect = await request.get('/plph', { maxRedirects: 0 });
	expect(redirect.status()).toBe(301);
	expect(redirect.headers()['location']).toBe('/plph/');
	const index = await request.get('/plph/index.html');
	expect(await index.text()).toBe(await (await request.get('/plph/')).text());
});

test('an unknown path gets the guide’s 404 page, status 404, with the same headers', async ({ request }) => {
	const response = await request.get('/no-such-page/');
	expect(response.status()).toBe(404);
	expectSecurityHeaders(response.headers(), 'a 404');
	expect(response.headers()['cache-control']).toBe('no-cache');
	expect(await response.text()).toBe(readFileSync('dist/404.html', 'utf8'));
});

test('the search index is served as it was built: its compressed binary files are not compressed again', async ({ request }) => {
	const entry = await request.get('/pagefind/pagefind-entry.json');
	expect(entry.headers()['content-type']).toBe('application/json');
	expect(entry.headers()['cache-control']).toBe('no-cache');
	const wasm = await request.get('/pagefind/wasm.en.pagefind');
	expect(wasm.status()).toBe(200);
	expect(wasm.headers()['content-encoding']).toBeUndefined();
});

test('the static hosts’ _headers file is not served', async ({ request }) => {
	expect((await request.get('/_headers')).status()).toBe(404);
});
