/**
 * The JavaScript modules a built page can load, read from dist/ (no browser): its scripts and islands
 * and everything they import statically, and, when asked, what they import on demand (`import()`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assetsOfPage, staticImportsOf } from '../../scripts/bench/page-weight.ts';

export const distRoot = join(import.meta.dirname, '..', '..', 'dist');

/** `import("./CaseSummary.B1x.js")`, the bundler's `__vitePreload(() => import("./x.js"), …)`; not a computed `import(`${base}x.js`)`. */
const dynamicImport = /\bimport\(\s*["'`]([^"'`$]+\.js)["'`]\s*\)/g;

/** Every module `pagePath` loads, by path, with its code; `onDemand` adds the `import()`s, followed to the end. */
export function modulesOfPage(pagePath: string, { onDemand }: { onDemand: boolean }): Map<string, string> {
	const html = readFileSync(join(distRoot, pagePath, 'index.html'), 'utf8');
	const assets = assetsOfPage(html);
	const queue = [...assets.js, ...assets.deferredJs, ...assets.inlineModules.flatMap(staticImportsOf)].map((src) => new URL(src, `http://site${pagePath}`).pathname);
	const modules = new Map<string, string>();
	while (queue.length > 0) {
		const path = queue.shift() as string;
		if (modules.has(path) || !path.endsWith('.js')) continue;
		const code = readFileSync(join(distRoot, path), 'utf8');
		modules.set(path, code);
		const imported = [...staticImportsOf(code), ...(onDemand ? [...code.matchAll(dynamicImport)].map((match) => match[1] as string) : [])];
		for (const specifier of imported) queue.push(new URL(specifier, `http://site${path}`).pathname);
	}
	return modules;
}
