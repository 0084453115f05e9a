import { describe, expect, it } from 'vitest';
import { originsWithoutSourceMap } from '../../../scripts/bench/attribution-build.ts';
import { attributeChunk, jsOrigins, originOfSource } from '../../../scripts/bench/js-origin.ts';
import { staticImportsOf } from '../../../scripts/bench/page-weight.ts';

describe('originOfSource', () => {
	it('tells framework packages from our own code by their path in the source map', () => {
		expect(originOfSource('../../node_modules/react/cjs/react-jsx-runtime.production.js')).toBe('react');
		expect(originOfSource('../../node_modules/scheduler/cjs/scheduler.production.js')).toBe('react-dom');
		expect(originOfSource('../../node_modules/@xstate/react/dist/xstate-react.esm.js')).toBe('xstate');
		expect(originOfSource('../../node_modules/@astrojs/starlight/components/Search.astro')).toBe('starlight');
		expect(originOfSource('../../node_modules/@astrojs/react/dist/client.js')).toBe('astro');
		expect(originOfSource('../../node_modules/zod/v4/core/core.js')).toBe('other');
		expect(originOfSource('../../src/components/walkthrough/StepView.tsx')).toBe('own');
		expect(originOfSource('\u0000vite/preload-helper.js')).toBe('astro');
	});
});

describe('attributeChunk', () => {
	// Segments: column 0 from source 0 (react), column 3 from source 1 (src/), in Base64 VLQ.
	const map = { sources: ['../node_modules/react/index.js', '../src/island.ts'], mappings: 'AAAA,GCAA' };

	it('counts each generated span for the source its mapping names', () => {
		expect(attributeChunk('abcdef', map).bytes).toMatchObject({ react: 3, own: 3, xstate: 0 });
	});

	it('shares unmapped bytes out in proportion, so the parts add up to the chunk', () => {
		// Two unmapped columns first, then two columns from each source.
		const result = attributeChunk('xxabcd', { ...map, mappings: 'EAAA,ECAA' });
		expect(result.unmapped).toBe(2);
		expect(result.bytes).toMatchObject({ react: 3, own: 3 });
	});
});

describe('staticImportsOf', () => {
	it('finds the static imports a bundled chunk starts with, and not its dynamic imports', () => {
		const chunk = 'import{n as e,t}from"./react.js";import"./glue.js";export*from"./more.js";var x=1;import("./lazy.js");';
		expect(staticImportsOf(chunk)).toEqual(['./react.js', './glue.js', './more.js']);
	});

	it('reads past the preload list Vite writes before the imports of a chunk with dynamic imports', () => {
		const chunk =
			'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/CaseSummary.x1.js","_astro/case-summary.y2.js"])))=>i.map(i=>d[i]);\n' +
			'import{r as e}from"./rolldown-runtime.js";import{t as n}from"./react.js";var a=()=>e(()=>import("./CaseSummary.x1.js"),__vite__mapDeps([0,1]));';
		expect(staticImportsOf(chunk)).toEqual(['./rolldown-runtime.js', './react.js']);
	});
});

describe('originsWithoutSourceMap', () => {
	/** The whole chunk counted under one origin, and nothing under any other. */
	const allAs = (origin: string, code: string) => ({ ...Object.fromEntries(jsOrigins.map((name) => [name, 0])), [origin]: Buffer.byteLength(code) });
	const glue = {
		'/_astro/client.CgtFczd-.js': 'export{t as default}from"./react.mmKiArsD.js";',
		'/_astro/toc.D4UDIxQL.js': 'import"./starlight-toc.D4UDIxQL.js";',
		'/_astro/preload-helper.DygEbaNj.js': 'var e=function(){};export{e as t};',
		'/_astro/rolldown-runtime.XKyaHtl9.js': 'var e=Object.create;export{e as r};',
	};

	it('counts the build glue a source map leaves out as the framework, not as another package', () => {
		for (const [path, code] of Object.entries(glue)) expect(originsWithoutSourceMap(path, code), path).toEqual(allAs('astro', code));
		expect(originsWithoutSourceMap('/_astro/ec.0vx5m.js', 'try{}catch{}')).toEqual(allAs('starlight', 'try{}catch{}'));
	});

	it('counts an unrecognised chunk as another package, so a content page cannot hide one', () => {
		const code = 'export const parse=(s)=>s;';
		expect(originsWithoutSourceMap('/_astro/vendor.A1b2C3d4.js', code)).toEqual(allAs('other', code));
	});
});
