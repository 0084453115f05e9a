/**
 * A walkthrough page builds only its own workflow's machine: every JavaScript module the built
 * /walkthroughs/plph/ page can load (its scripts, its islands and everything they import, statically or
 * on demand) holds none of the blood-patch or serious-event machines' state ids. Reads the build in
 * dist/; no browser.
 */
import { expect, test } from '@playwright/test';
import { workflowIds, workflows, type WorkflowId } from '@/machines/registry';
import { walkthroughPagePath } from '@/lib/walkthrough-pages';
import { modulesOfPage } from './page-modules';

const stateIds = (id: WorkflowId) => new Set(Object.keys(workflows[id].machine.root.states));

for (const own of workflowIds) {
	const page = walkthroughPagePath(own);
	test(`${page} ships only the ${own} machine`, () => {
		const modules = modulesOfPage(page, { onDemand: true });
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
