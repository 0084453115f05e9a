/**
 * Which code the bytes of an emitted JavaScript chunk come from. A bundler merges packages into shared
 * chunks (the WalkthroughIsland chunk carries XState next to our own code), so file names alone cannot
 * tell framework from our code; the chunk's source map can. Each generated span is attributed to the
 * source its mapping names; spans with no mapping (bundler glue) are shared out in proportion.
 */

export const jsOrigins = ['react', 'react-dom', 'xstate', 'astro', 'starlight', 'other', 'own'] as const;
export type JsOrigin = (typeof jsOrigins)[number];

/**
 * `other` is any other package (zod, for one) and any chunk without a source map: not ours, but not the
 * framework either, so a content page that ships some breaks the Starlight-only budget.
 */
export const frameworkOrigins: ReadonlySet<JsOrigin> = new Set(['react', 'react-dom', 'xstate', 'astro', 'starlight']);

export type OriginBytes = Record<JsOrigin, number>;

export function noOriginBytes(): OriginBytes {
	return { react: 0, 'react-dom': 0, xstate: 0, astro: 0, starlight: 0, other: 0, own: 0 };
}

/** The package a source path (as written in a source map's `sources`) belongs to. */
export function originOfSource(source: string): JsOrigin {
	const path = source.replaceAll('\\', '/');
	const packageMatch = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path.slice(path.lastIndexOf('node_modules/')));
	if (packageMatch) {
		const name = packageMatch[1] ?? '';
		if (name === 'react') return 'react';
		if (name === 'react-dom' || name === 'scheduler') return 'react-dom';
		if (name === 'xstate' || name.startsWith('@xstate/') || name === 'use-sync-external-store') return 'xstate';
		if (name === '@astrojs/starlight' || name.includes('pagefind') || name.includes('expressive-code')) return 'starlight';
		if (name === 'astro' || name.startsWith('@astrojs/') || name === 'vite' || name === 'rolldown') return 'astro';
		return 'other';
	}
	if (/(^|\/)(src|content)\//.test(path)) return 'own';
	// Virtual modules (`\0vite/preload-helper`, `astro:scripts/...`) are the framework's own glue.
	return 'astro';
}

/** A source map as the bundler writes it (version 3). */
export interface SourceMap {
	sources: (string | null)[];
	mappings: string;
}

const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const base64Value = new Map([...base64].map((char, index) => [char, index]));

/** Decodes one segment of Base64 VLQ numbers. */
function decodeSegment(segment: string): number[] {
	const values: number[] = [];
	let value = 0;
	let shift = 0;
	for (const char of segment) {
		const digit = base64Value.get(char);
		if (digit === undefined) throw new Error(`Source map has "${char}", which is not Base64 VLQ.`);
		value += (digit & 31) * 2 ** shift;
		if (digit & 32) {
			shift += 5;
			continue;
		}
		values.push(value & 1 ? -Math.floor(value / 2) : Math.floor(value / 2));
		value = 0;
		shift = 0;
	}
	return values;
}

export interface ChunkAttribution {
	/** Bytes (UTF-8) per origin, adding up to the chunk's size. */
	bytes: OriginBytes;
	/** Bytes no mapping covered, before they were shared out. */
	unmapped: number;
}

/** Splits a generated chunk's bytes by origin, using its source map. */
export function attributeChunk(code: string, map: SourceMap): ChunkAttribution {
	const bytes = noOriginBytes();
	const origins = map.sources.map((source) => (source === null ? 'astro' : originOfSource(source)));
	const lines = code.split('\n');
	let sourceIndex = 0;
	map.mappings.split(';').forEach((lineMappings, lineIndex) => {
		const line = lines[lineIndex] ?? '';
		const spans: { column: number; origin: JsOrigin | undefined }[] = [];
		let column = 0;
		for (const segment of lineMappings.split(',')) {
			if (segment === '') continue;
			const [columnDelta = 0, sourceDelta] = decodeSegment(segment);
			column += columnDelta;
			if (sourceDelta !== undefined) {
				sourceIndex += sourceDelta;
				spans.push({ column, origin: origins[sourceIndex] });
			} else {
				spans.push({ column, origin: undefined });
			}
		}
		spans.forEach((span, index) => {
			if (span.origin === undefined) return;
			const end = spans[index + 1]?.column ?? line.length;
			bytes[span.origin] += Buffer.byteLength(line.slice(span.column, end));
		});
	});
	const mapped = jsOrigins.reduce((sum, origin) => sum + bytes[origin], 0);
	const total = Buffer.byteLength(code);
	const unmapped = total - mapped;
	if (mapped === 0) {
		bytes.astro = total;
		return { bytes, unmapped };
	}
	// Share unmapped bytes out in proportion, then make the parts add up to the chunk's exact size.
	const scale = total / mapped;
	let assigned = 0;
	for (const origin of jsOrigins) {
		bytes[origin] = Math.round(bytes[origin] * scale);
		assigned += bytes[origin];
	}
	const largest = jsOrigins.reduce((best, origin) => (bytes[origin] > bytes[best] ? origin : best), jsOrigins[0]);
	bytes[largest] += total - assigned;
	return { bytes, unmapped };
}
