/**
 * The server configuration checked against the build it ships with (no browser): `dist/_headers` covers
 * every file the build emitted, each page keeps the meta policy that the header policy only completes,
 * and nginx accepts deploy/nginx.conf.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { headerOnlyPolicy, policyFor } from '../../src/lib/content-security-policy';
import { headersFile } from '../../src/lib/deploy/headers-file';
import { cacheControlFor, contentHashedName, hashedAssetsFolder, securityHeaders } from '../../src/lib/deploy/response-headers';
import { builtFiles } from '../../src/integrations/deploy-config';
import { headersForUrl, parseHeadersFile, urlsOf } from '../lib/deploy/static-host-rules';
import { expect, test } from './fixtures';
import { testConfig } from './nginx-server';

const dist = resolve(import.meta.dirname, '..', '..', 'dist');
const directiveNames = (policy: string) => policy.split(';').map((directive) => directive.trim().split(/\s+/)[0]);

test('dist/_headers is what the generator makes of exactly the files this build emitted', async () => {
	expect(readFileSync(resolve(dist, '_headers'), 'utf8')).toBe(headersFile(await builtFiles(dist)));
});

test('every built file, at every URL it is served at, gets each security header and its Cache-Control from exactly one rule', async () => {
	const rules = parseHeadersFile(readFileSync(resolve(dist, '_headers'), 'utf8'));
	const files = (await builtFiles(dist)).filter((file) => file !== '_headers');
	for (const file of files) {
		for (const url of urlsOf(file)) {
			const headers = headersForUrl(rules, url);
			for (const [name, value] of Object.entries(securityHeaders)) expect(headers[name], `${name} on ${url}`).toEqual([value]);
			expect(headers['Cache-Control'], url).toEqual([cacheControlFor(file)]);
		}
	}
	for (const url of ['/', '/sw.js', '/manifest.webmanifest']) expect(headersForUrl(rules, url)['Cache-Control']).toEqual(['no-cache']);
});

test('only files whose names carry a content hash are cached as immutable', async () => {
	const immutable = (await builtFiles(dist)).filter((file) => file.startsWith(`${hashedAssetsFolder}/`));
	expect(immutable.length).toBeGreaterThan(0);
	for (const file of immutable) expect(file, 'an immutable file must change name when it changes').toMatch(contentHashedName);
});

test('every page keeps its full meta policy, and the header policy adds only directives a meta element cannot carry', async () => {
	const pages = (await builtFiles(dist)).filter((file) => file.endsWith('.html'));
	expect(pages.length).toBeGreaterThan(10);
	const headerDirectives = directiveNames(headerOnlyPolicy);
	expect(headerDirectives).toEqual(['frame-ancestors']);
	for (const page of pages) {
		const html = readFileSync(resolve(dist, page), 'utf8');
		const meta = /<meta http-equiv="content-security-policy" content="([^"]+)">/.exec(html)?.[1];
		expect(meta, `${page} has its meta policy`).toBe(policyFor(html));
		expect(directiveNames(meta as string).filter((name) => headerDirectives.includes(name)), page).toEqual([]);
	}
});

test('nginx -t accepts deploy/nginx.conf inside a server block', () => {
	const { status, output } = testConfig(dist);
	expect(output).toContain('syntax is ok');
	expect(output).toContain('test is successful');
	expect(status).toBe(0);
});
