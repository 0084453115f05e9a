/**
 * Serves the built site to WebKit through a small proxy in front of `astro preview` that adds one
 * same-origin script, tests/webkit/error-collector.js, as the first element of every page's <head>.
 * WebKitGTK's WebDriver cannot run a script before the page's own (no BiDi preload scripts), and a
 * collector added after navigation would miss every error thrown while the page loads and hydrates.
 * The script is served from the site's own origin, so a Content-Security-Policy of 'self' allows it;
 * everything else passes through untouched.
 */
import { readFileSync } from 'node:fs';
import { createServer, request as upstreamRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Service } from './services.ts';

export const collectorPath = '/__webkit-tests__/error-collector.js';
const collectorTag = `<script src="${collectorPath}"></script>`;

export function withCollector(html: string): string {
	return html.replace(/<head(\s[^>]*)?>/i, (head) => `${head}${collectorTag}`);
}

export function startCollectingProxy(upstreamOrigin: string): Promise<Service> {
	const collector = readFileSync(join(import.meta.dirname, 'error-collector.js'));
	const upstream = new URL(upstreamOrigin);
	const server = createServer((request, response) => {
		if (request.url === collectorPath) {
			response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
			response.end(collector);
			return;
		}
		const forwarded = upstreamRequest(
			{
				hostname: upstream.hostname,
				port: upstream.port,
				method: request.method,
				path: request.url,
				// Uncompressed, so pages can be edited; the host the upstream server expects.
				headers: { ...request.headers, host: upstream.host, 'accept-encoding': 'identity' },
			},
			(upstreamResponse) => {
				const isHtml = (upstreamResponse.headers['content-type'] ?? '').includes('text/html');
				if (!isHtml) {
					response.writeHead(upstreamResponse.statusCode ?? 502, upstreamResponse.headers);
					upstreamResponse.pipe(response);
					return;
				}
				const chunks: Buffer[] = [];
				upstreamResponse.on('data', (chunk: Buffer) => chunks.push(chunk));
				upstreamResponse.on('end', () => {
					const body = Buffer.from(withCollector(Buffer.concat(chunks).toString('utf8')));
					const headers = { ...upstreamResponse.headers, 'content-length': String(body.length) };
					delete headers['transfer-encoding'];
					delete headers.etag;
					response.writeHead(upstreamResponse.statusCode ?? 502, headers);
					response.end(body);
				});
			},
		);
		forwarded.on('error', (error) => {
			response.writeHead(502, { 'content-type': 'text/plain' });
			response.end(`The WebKit test proxy could not reach astro preview: ${error.message}`);
		});
		request.pipe(forwarded);
	});

	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as AddressInfo;
			let stopping: Promise<void> | undefined;
			resolve({
				name: 'the error-collecting proxy',
				origin: `http://127.0.0.1:${port}`,
				stop: () => {
					stopping ??= new Promise((done) => {
						server.close(() => done());
						server.closeAllConnections();
					});
					return stopping;
				},
			});
		});
	});
}
