/**
 * Every workflow the guide walks through, by id. The id names the machine module, the wording file
 * content/workflows/<id>.yaml, and the walkthrough's saved session; the version is stamped on saved
 * sessions so one saved under other logic is never resumed.
 */
import type { AnyStateMachine } from 'xstate';
import { bloodPatchMachine, bloodPatchMachineVersion } from './blood-patch';
import { plphMachine, plphMachineVersion } from './plph';
import { seriousEventMachine, seriousEventMachineVersion } from './serious-event';
import { type WorkflowId, workflowPagePaths } from './workflow-pages';

// Ids and pages live in workflow-pages.ts, which builds no machine; browser code that only links to a
// workflow imports them from there.
export { isWorkflowId, workflowIds, type WorkflowId } from './workflow-pages';

export interface WorkflowEntry {
	machine: AnyStateMachine;
	version: number;
	/**
	 * The topic page with the background to this workflow (its flowchart and outline, and a link to the
	 * walkthrough). The walkthrough itself runs on its own page: walkthroughPagePath in
	 * src/lib/walkthrough-pages.ts.
	 */
	pagePath: string;
}

export const workflows = {
	plph: { machine: plphMachine, version: plphMachineVersion, pagePath: workflowPagePaths.plph },
	'serious-event': { machine: seriousEventMachine, version: seriousEventMachineVersion, pagePath: workflowPagePaths['serious-event'] },
	'blood-patch': { machine: bloodPatchMachine, version: bloodPatchMachineVersion, pagePath: workflowPagePaths['blood-patch'] },
} as const satisfies Record<WorkflowId, WorkflowEntry>;
