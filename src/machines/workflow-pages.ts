/**
 * What the rest of the site needs to know about the workflows without building any machine: their ids
 * and the page that hosts each walkthrough (hand-over links, the walkthrough list, the service worker's
 * precache order). It imports nothing, so a walkthrough page that links to another workflow does not
 * ship that workflow's machine. registry.ts adds each machine and its version, for the build and tests.
 */

export const workflowIds = ['plph', 'serious-event', 'blood-patch'] as const;
export type WorkflowId = (typeof workflowIds)[number];

/** The guide page that hosts each workflow's walkthrough. */
export const workflowPagePaths = {
	plph: '/plph/',
	'serious-event': '/serious-events/',
	'blood-patch': '/blood-patch/',
} as const satisfies Record<WorkflowId, string>;

export function isWorkflowId(value: string): value is WorkflowId {
	return (workflowIds as readonly string[]).includes(value);
}
