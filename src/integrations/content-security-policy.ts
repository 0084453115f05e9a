/**
 * Astro integration: after the build, writes a Content-Security-Policy meta element into every HTML
 * page (see src/lib/content-security-policy.ts), so the guide can run only its own scripts and styles
 * and can talk to no other origin.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withPolicy } from '../lib/content-security-policy';

async function htmlFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true });
	const nested = await Promise.all(
		entries.map((entry) => {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) return htmlFiles(path);
			return Promise.resolve(entry.name.endsWith('.html') ? [path] : []);
		}),
	);
	return nested.flat();
}

export function contentSecurityPolicy(): AstroIntegration {
	return {
		name: 'tofersen-guide:content-security-policy',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const files = await htmlFiles(fileURLToPath(dir));
				await Promise.all(files.map(async (file) => writeFile(file, withPolicy(await readFile(file, 'utf8')))));
				logger.info(`Content-Security-Policy written into ${files.length} pages.`);
			},
		},
	};
}
