/**
 * What one page ships: its HTML, the stylesheets it links, and the JavaScript it loads without the user
 * asking for more: its module scripts, its islands' component and renderer modules, and everything those
 * import statically. JavaScript reachable only through a `client:visible` or `client:media` island is
 * counted too, and also reported apart as deferred: it loads when the island scrolls into view (or the
 * media query matches), not with the page. Dynamic `import()`s (Pagefind's UI, loaded when search
 * opens) are not counted.
 * Sizes are raw and gzip (zlib's default level, as `gzip` and most servers use), each file compressed on
 * its own as a server sends it.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHtml } from '../lib/parse-html.ts';
import { frameworkOrigins, jsOrigins, type OriginBytes } from './js-origin.ts';

export interface Bytes {
	raw: number;
	gzip: number;
}

export interface JsFile extends Bytes {
	path: string;
	/** Loaded only when a `client:visible`/`client:media` island needs it. */
	deferred: boolean;
	/** Raw bytes by origin; gzip by origin is estimated in the same proportion. */
	origins: OriginBytes;
	/**
	 * How the origins were found: the chunk's source map; the source map of the chunk with the same name
	 * when the source changed between the two builds (shares scaled to this file); or none.
	 */
	attribution: 'source map' | 'source map of the same-named chunk' | 'none';
}

export interface PageWeight {
	path: string;
	html: Bytes;
	css: Bytes & { files: string[] };
	js: Bytes & { files: JsFile[] };
	/** The part of `js` that loads only when a deferred island needs it. */
	deferredJs: Bytes;
	/** Each island's component module and its `client:` directive. */
	islands: { component: string; client: string }[];
	/** Bytes of inline <script> code inside the HTML (already counted in `html`). */
	inlineScript: Bytes;
	framework: Bytes;
	own: Bytes;
	other: Bytes;
	/** Bytes by origin, raw and gzip estimate. */
	origins: Record<keyof OriginBytes, Bytes>;
}

/** Tells where a chunk's bytes come from; see js-origin.ts. */
export type OriginsOf = (path: string, code: string) => Pick<JsFile, 'origins' | 'attribution'>;

export function sizeOf(content: Buffer | string): Bytes {
	const buffer = typeof content === 'string' ? Buffer.from(content) : content;
	return { raw: buffer.length, gzip: gzipSync(buffer).length };
}

/** `client:` directives that load an island's code only when something on the page calls for it. */
const deferredDirectives = new Set(['visible', 'media']);

/**
 * Whitespace, comments, and the list of files a chunk's dynamic imports preload, which Vite writes before
 * the imports of any chunk that has dynamic imports (`const __vite__mapDeps=(i,m=…)=>i.map(i=>d[i]);`).
 */
const leadingTrivia = /^(?:\s+|\/\*[\s\S]*?\*\/|\/\/[^\n]*\n|const __vite__mapDeps=\(i,m=__vite__mapDeps,d=\(m\.f\|\|\(m\.f=\[[^\]]*\]\)\)\)=>i\.map\(i=>d\[i\]\);)*/;
const staticImport = /^(?:import|export)\s*(?:[\w$\s{},*]*?\s*from\s*)?(["'`])([^"'`]+)\1\s*;?/;

/**
 * The modules a bundled ES module imports statically. Bundlers hoist every static import to the top of
 * the chunk, so reading import statements from the start until the first other statement finds them all.
 */
export function staticImportsOf(code: string): string[] {
	const specifiers: string[] = [];
	let rest = code;
	for (;;) {
		rest = rest.slice(leadingTrivia.exec(rest)?.[0].length ?? 0);
		const match = staticImport.exec(rest);
		if (!match?.[2]) return specifiers;
		specifiers.push(match[2]);
		rest = rest.slice(match[0].length);
	}
}

/** The stylesheets, module entry points and inline scripts a page's HTML names. */
export function assetsOfPage(html: string): {
	css: string[];
	js: string[];
	deferredJs: string[];
	islands: { component: string; client: string }[];
	inlineScripts: string[];
	inlineModules: string[];
} {
	const root = parseHtml(html);
	const css = root
		.querySelectorAll('link[href]')
		.filter((link) => (link.getAttributeValue('rel') ?? '').split(/\s+/).includes('stylesheet'))
		.map((link) => link.getAttributeValue('href') ?? '');
	const islands = root.querySelectorAll('astro-island');
	const islandModules = (deferred: boolean) =>
		islands
			.filter((island) => deferredDirectives.has(island.getAttributeValue('client') ?? '') === deferred)
			.flatMap((island) => ['component-url', 'renderer-url', 'before-hydration-url'].map((name) => island.getAttributeValue(name) ?? ''));
	const js = [
		...root.querySelectorAll('script[src]').map((script) => script.getAttributeValue('src') ?? ''),
		...root
			.querySelectorAll('link[href]')
			.filter((link) => (link.getAttributeValue('rel') ?? '').split(/\s+/).includes('modulepreload'))
			.map((link) => link.getAttributeValue('href') ?? ''),
		...islandModules(false),
	];
	const inline = root.querySelectorAll('script').filter((script) => {
		if (script.hasAttribute('src')) return false;
		const type = script.getAttributeValue('type');
		return type === null || type === '' || type === 'module' || type === 'text/javascript';
	});
	return {
		css: [...new Set(css.filter(Boolean))],
		js: [...new Set(js.filter(Boolean))],
		deferredJs: [...new Set(islandModules(true).filter(Boolean))],
		islands: islands.map((island) => ({
			component: island.getAttributeValue('component-url') ?? '',
			client: island.getAttributeValue('client') ?? '',
		})),
		inlineScripts: inline.map((script) => script.textContent),
		inlineModules: inline.filter((script) => script.getAttributeValue('type') === 'module').map((script) => script.textContent),
	};
}

function sitePath(url: string, base: string): string | undefined {
	const resolved = new URL(url, `http://site.invalid${base}`);
	return resolved.origin === 'http://site.invalid' ? decodeURIComponent(resolved.pathname) : undefined;
}

function fileOf(outDir: string, path: string): string {
	return join(outDir, path.endsWith('/') ? `${path}index.html` : path);
}

function sum(parts: Bytes[]): Bytes {
	return parts.reduce((total, part) => ({ raw: total.raw + part.raw, gzip: total.gzip + part.gzip }), { raw: 0, gzip: 0 });
}

/** Weighs one page of the built site in `outDir`. */
export async function weighPage(outDir: string, pagePath: string, originsOf: OriginsOf): Promise<PageWeight> {
	const html = await readFile(fileOf(outDir, pagePath));
	const assets = assetsOfPage(html.toString('utf8'));

	const cssFiles = assets.css.map((href) => sitePath(href, pagePath)).filter((path): path is string => path !== undefined);
	const cssSizes = await Promise.all(cssFiles.map(async (path) => sizeOf(await readFile(fileOf(outDir, path)))));

	const jsFiles: JsFile[] = [];
	const seen = new Set<string>();
	/** Adds the modules `entries` load, and everything they import, that are not counted yet. */
	const follow = async (entries: (string | undefined)[], deferred: boolean) => {
		const queue = entries.filter((path): path is string => path !== undefined);
		while (queue.length > 0) {
			const path = queue.shift() as string;
			if (seen.has(path)) continue;
			seen.add(path);
			const code = await readFile(fileOf(outDir, path), 'utf8');
			jsFiles.push({ path, deferred, ...sizeOf(code), ...originsOf(path, code) });
			for (const specifier of staticImportsOf(code)) {
				const imported = sitePath(specifier, path);
				if (imported !== undefined && !seen.has(imported)) queue.push(imported);
			}
		}
	};
	await follow(
		[
			...assets.js.map((src) => sitePath(src, pagePath)),
			...assets.inlineModules.flatMap((code) => staticImportsOf(code).map((specifier) => sitePath(specifier, pagePath))),
		],
		false,
	);
	await follow(
		assets.deferredJs.map((src) => sitePath(src, pagePath)),
		true,
	);

	const origins = Object.fromEntries(jsOrigins.map((origin) => [origin, { raw: 0, gzip: 0 }])) as Record<keyof OriginBytes, Bytes>;
	for (const file of jsFiles) {
		for (const origin of jsOrigins) {
			const share = file.raw === 0 ? 0 : file.origins[origin] / file.raw;
			origins[origin].raw += file.origins[origin];
			origins[origin].gzip += file.gzip * share;
		}
	}
	for (const origin of jsOrigins) origins[origin].gzip = Math.round(origins[origin].gzip);

	return {
		path: pagePath,
		html: sizeOf(html),
		css: { ...sum(cssSizes), files: cssFiles },
		js: { ...sum(jsFiles), files: jsFiles },
		deferredJs: sum(jsFiles.filter((file) => file.deferred)),
		islands: assets.islands,
		inlineScript: sizeOf(assets.inlineScripts.join('\n')),
		framework: sum(jsOrigins.filter((origin) => frameworkOrigins.has(origin)).map((origin) => origins[origin])),
		own: origins.own,
		other: origins.other,
		origins,
	};
}
