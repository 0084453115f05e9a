/**
 * The attribution build: the same site built again with hidden source maps, used only to tell which
 * package each byte of a chunk comes from. The measured site is the plain `astro build` output; this
 * second build exists so that the numbers are for exactly what `npm run build` ships.
 */
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { attributeChunk, noOriginBytes, type OriginBytes, type SourceMap } from './js-origin.ts';
import type { JsFile, OriginsOf } from './page-weight.ts';

/**
 * Builds the site in `cwd` (this checkout, or an exported baseline commit) into `outDir` with hidden
 * source maps, in a child process so that nothing of Astro stays loaded here.
 */
export function buildWithSourceMaps(outDir: string, cwd = fileURLToPath(new URL('../..', import.meta.url))): Promise<void> {
	const script = `import { build } from 'astro';
await build({ outDir: ${JSON.stringify(outDir)}, logLevel: 'error', vite: { build: { sourcemap: 'hidden' } } });`;
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, ['--input-type=module', '--eval', script], {
			stdio: ['ignore', 'inherit', 'inherit'],
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
			cwd,
		});
		child.once('error', reject);
		child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`The source-map build failed (exit ${code}).`))));
	});
}

/** `WalkthroughIsland.4PtLaLvF.js` → `WalkthroughIsland`: the chunk's name without its content hash. */
function chunkName(path: string): string {
	const file = path.slice(path.lastIndexOf('/') + 1);
	return file.replace(/\.[\w-]{6,12}\.js$/, '');
}

function scaled(bytes: OriginBytes, from: number, to: number): OriginBytes {
	const result = noOriginBytes();
	if (from === 0) return result;
	for (const origin of Object.keys(bytes) as (keyof OriginBytes)[]) result[origin] = Math.round((bytes[origin] * to) / from);
	return result;
}

/** Attributes chunks of the measured build using the attribution build in `mapsDir`. */
export async function originsFromSourceMaps(mapsDir: string): Promise<OriginsOf> {
	const files = (await readdir(mapsDir, { recursive: true })).map((file) => `/${String(file).split('\\').join('/')}`);
	const mapped = new Map<string, { code: string; map: SourceMap }>();
	for (const file of files.filter((path) => path.endsWith('.js') && files.includes(`${path}.map`))) {
		const code = await readFile(join(mapsDir, file), 'utf8');
		const map = JSON.parse(await readFile(join(mapsDir, `${file}.map`), 'utf8')) as SourceMap;
		mapped.set(file, { code, map });
	}
	const byName = new Map([...mapped].map(([path, entry]) => [chunkName(path), entry]));

	return (path: string, code: string): Pick<JsFile, 'origins' | 'attribution'> => {
		const size = Buffer.byteLength(code);
		const exact = mapped.get(path);
		if (exact && exact.code === code) return { origins: attributeChunk(code, exact.map).bytes, attribution: 'source map' };
		const twin = byName.get(chunkName(path));
		if (twin) {
			const twinBytes = attributeChunk(twin.code, twin.map).bytes;
			return { origins: scaled(twinBytes, Buffer.byteLength(twin.code), size), attribution: 'source map of the same-named chunk' };
		}
		return { origins: originsWithoutSourceMap(path, code), attribution: 'none' };
	};
}

/** A chunk that only imports or re-exports others: `import"./starlight-toc.js";`, `export{t as default}from"./react.js";`. */
const onlyLinksOthers = /^(?:\s*(?:import\s*["'][^"']+["']|export\s*\{[^}]*\}\s*from\s*["'][^"']+["'])\s*;?)*\s*$/;

/** Origins of a chunk that has no source map, from its name and shape; anything unrecognised is "other". */
export function originsWithoutSourceMap(path: string, code: string): OriginBytes {
	const size = Buffer.byteLength(code);
	const origins = noOriginBytes();
	const file = path.slice(path.lastIndexOf('/') + 1);
	// Expressive Code (Starlight's code blocks) injects its script as text, so it has no source map.
	if (/^ec\.[\w-]+\.js$/.test(file)) origins.starlight = size;
	// The bundler's runtime, Vite's helper that preloads a lazily loaded chunk's imports, and chunks that
	// only link others (an island's renderer entry re-exporting the React chunk) are the build's glue.
	else if (file.startsWith('rolldown-runtime.') || file.startsWith('preload-helper.') || onlyLinksOthers.test(code)) origins.astro = size;
	else origins.other = size;
	return origins;
}
