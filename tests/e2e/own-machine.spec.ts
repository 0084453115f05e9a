/**
 * A walkthrough page builds only its own workflow's machine: every JavaScript module the built
 * /walkthroughs/plph/ page can load (its scripts, its islands and everything they import, statically or
 * on demand) holds none of the blood-patch or serious-event machines' state ids. Reads the build in
 * dist/; no browser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { assetsOfPage, staticImportsOf } from '../../scripts/bench/page-weight.ts';
import { workflowIds, workflows, type WorkflowId } from '@/machines/registry';
import { walkthroughPagePath } from '@/lib/walkthrough-pages';

const distRoot = join(import.meta.dirname, '..', '..', 'dist');

/** `import("./CaseSummary.B1x.js")`, the bundler's `__vitePreload(() => import("./x.js"), …)`; not a computed `import(`${base}x.js`)`. */
const dynamicImport = /\bimport\(\s*["'`]([^"'`$]+\.js)["'`]\s*\)/g;

/** Every module `pagePath` may load, with its code: static imports and dynamic `import()`s followed to the end. */
function modulesOfPage(pagePath: string): Map<string, string> {
	const html = readFileSync(join(distRoot, pagePath, 'index.html'), 'utf8');
	const assets = assetsOfPage(html);
	const queue = [...assets.js, ...assets.deferredJs, ...assets.inlineModules.flatMap(staticImportsOf)].map((src) => new URL(src, `http://site${pagePath}`).pathname);
	const modules = new Map<string, string>();
	while (queue.length > 0) {
		const path = queue.shift() as string;
		if (modules.has(path) || !path.endsWith('.js')) continue;
		const code = readFileSync(join(distRoot, path), 'utf8');
		modules.set(path, code);
		const imported = [...staticImportsOf(code), ...[...code.matchAll(dynamicImport)].map((match) => match[1] as string)];
		for (const specifier of imported) queue.push(new URL(specifier, `http://site${path}`).pathname);
	}
	return modules;
}

const stateIds = (id: WorkflowId) => new Set(Object.keys(workflows[id].machine.root.states));

for (const own of workflowIds) {
	const page = walkthroughPagePath(own);
	test(`${page} ships only the ${own} machine`, () => {
		const modules = modulesOfPage(page);
		const code = [...modules.values()].join('\n');
		// The page's own machine is there: the check below would otherwise pass on a page with no walkthrough code.
		for (const stateId of stateIds(own)) expect(code, `${own} state "${stateId}"`).toMatch(new RegExp(`["'\`]?\\b${stateId}\\b["'\`]?\\s*:`));
		for (const other of Object.keys(workflows) as WorkflowId[]) {
			if (other === own) continue;
			// camelCase ids only: a plain word such as "rest" or "result" may well appear in React's own code.
			const foreign = [...stateIds(other)].filter((stateId) => !stateIds(own).has(stateId) && /[A-Z]/.test(stateId));
			expect(foreign.length).toBeGreaterThanOrEqual(3);
			const shipped = foreign.filter((stateId) => new RegExp(`["'\`]${stateId}["'\`]|[{,]${stateId}:`).test(code));
			expect(shipped, `${other} state ids in the modules of ${page}: ${[...modules.keys()].join(', ')}`).toEqual([]);
		}
	});
}
