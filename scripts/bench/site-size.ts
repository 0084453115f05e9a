/** The whole built site's size, and what the service worker precaches for offline use (if there is one yet). */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export interface SiteSize {
	files: number;
	bytes: number;
}

export type Precache = { serviceWorker: false } | { serviceWorker: true; entries: number; bytes: number; missing: string[] };

async function filesUnder(root: string): Promise<string[]> {
	const entries = await readdir(root, { recursive: true, withFileTypes: true });
	return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

export async function siteSize(outDir: string): Promise<SiteSize> {
	const files = await filesUnder(outDir);
	const sizes = await Promise.all(files.map(async (file) => (await stat(file)).size));
	return { files: files.length, bytes: sizes.reduce((total, size) => total + size, 0) };
}

/** URLs in a Workbox precache manifest, as generateSW writes it into sw.js (`{url:"…",revision:…}`, minified or not). */
export function precacheUrls(serviceWorker: string): string[] {
	const urls = [...serviceWorker.matchAll(/["']?url["']?\s*:\s*["']([^"']+)["']/g)].map((match) => match[1] ?? '');
	return [...new Set(urls.filter(Boolean))];
}

export async function precache(outDir: string): Promise<Precache> {
	let serviceWorker: string;
	try {
		serviceWorker = await readFile(join(outDir, 'sw.js'), 'utf8');
	} catch {
		return { serviceWorker: false };
	}
	const files = new Set((await filesUnder(outDir)).map((file) => relative(outDir, file).split(sep).join('/')));
	const urls = precacheUrls(serviceWorker);
	let bytes = 0;
	const missing: string[] = [];
	for (const url of urls) {
		const path = decodeURIComponent(url.replace(/^\/+/, '').replace(/[?#].*$/, ''));
		if (files.has(path)) bytes += (await stat(join(outDir, path))).size;
		else missing.push(url);
	}
	return { serviceWorker: true, entries: urls.length, bytes, missing };
}
