/**
 * Where each walkthrough runs. A walkthrough has a page of its own that opens on its first question
 * (one tap from the home page, no scrolling on a tablet); the topic page it belongs to keeps the
 * background, the flowchart and the text outline, and links to it. It runs in that one place only,
 * so a case has one address and one history for the browser's Back and Forward.
 */
// Page paths only: the walkthrough island links to other workflows without building their machines.
import { workflowPagePaths, type WorkflowId } from '@/machines/workflow-pages';

/** The page that runs the walkthrough: content/docs/walkthroughs/<id>.mdx. */
export function walkthroughPagePath(id: WorkflowId): string {
	return `/walkthroughs/${id}/`;
}

/** The topic page with the background to the walkthrough's steps (the registry's page). */
export function topicPagePath(id: WorkflowId): string {
	return workflowPagePaths[id];
}

/**
 * The address that opens `to`'s walkthrough handed over from `from`, carrying every suspected pattern
 * (`pattern=`, repeated), scrolled to the walkthrough.
 */
export function handoverHref(to: WorkflowId, from: string, patterns: readonly string[] = []): string {
	const query = new URLSearchParams([['from', from], ...patterns.map((pattern) => ['pattern', pattern])]);
	return `${walkthroughPagePath(to)}?${query}#walkthrough`;
}
