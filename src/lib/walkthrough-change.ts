/**
 * The one contract between a walkthrough and anything else on its page that follows it (the live
 * flowchart): a DOM event on `document` after every change, and the same facts as data attributes on
 * the walkthrough's root element for whoever starts listening late.
 */
export interface WalkthroughChange {
	workflowId: string;
	/** State ids in order; the last is the current step. */
	steps: string[];
	/** The answers given, one fewer than the steps. */
	events: string[];
}

export const walkthroughChangeEvent = 'walkthrough:change';

export function readWalkthroughChange(element: Element): WalkthroughChange | undefined {
	const workflowId = element.getAttribute('data-workflow');
	const steps = element.getAttribute('data-steps');
	if (!workflowId || !steps) return undefined;
	const events = element.getAttribute('data-events') ?? '';
	return { workflowId, steps: steps.split(' '), events: events ? events.split(' ') : [] };
}
