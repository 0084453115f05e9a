/** Every page the build emitted, as URL paths, so browser tests cover new pages without edits. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const distRoot = join(import.meta.dirname, '..', '..', 'dist');

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === '_astro' ? [] : htmlFiles(path);
		return entry.name === 'index.html' ? [path] : [];
	});
}

export function builtPagePaths(): string[] {
	const paths = htmlFiles(distRoot).map((file) => {
		const dir = relative(distRoot, file).split(sep).slice(0, -1).join('/');
		return dir === '' ? '/' : `/${dir}/`;
	});
	if (paths.length === 0) throw new Error('No built pages in dist/: run `npm run build` first.');
	return paths.sort();
}
