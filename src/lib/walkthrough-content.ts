/**
 * Prepares a workflow's wording for the walkthrough island at build time: Markdown rendered to HTML,
 * reference ids resolved to numbered links, and the shortest path to each step for links into a step.
 * The island then ships no Markdown parser and no reference list.
 */
import { marked } from 'marked';
import type { AnyStateMachine } from 'xstate';
import type { StepWording, WorkflowWording } from '@/schemas/workflow-wording';
import {
	type CitableReference,
	type CitationLinkData,
	reasoningExplainedHref,
	resolveCitations,
	toCitationLink,
} from './citations';
import { shortestAnswerPaths, type StepPaths } from './step-paths';

export type CitationLink = CitationLinkData;

export interface PreparedStep {
	title: string;
	guidanceHtml: string;
	answers: [event: string, label: string][];
	/** Multi-select steps: the legend and each option's label, in the wording's order. */
	select?: { legend: string; options: [id: string, label: string][] };
	/** Checklist items: actions to tick (`do`) and what is not recommended (`avoid`, plain text). */
	items: { id: string; label: string; kind: 'do' | 'avoid'; group?: string; citations: CitationLink[] }[];
	/** A long checklist's groups of actions, in order: [group id, heading]. */
	groups?: [id: string, title: string][];
	/** The first step's starting points: start event → why the steps it skips are not part of the case. */
	starts?: Record<string, string>;
	doNow?: string;
	tell?: string;
	record?: string;
	timer?: { label: string; note: string };
	citations: CitationLink[];
}

export interface PreparedWorkflow {
	id: string;
	title: string;
	summary: string;
	redFlagExit?: { prompt: string; answers: [event: string, label: string][]; reasoning?: CitationLink[] };
	steps: Record<string, PreparedStep>;
	stepPaths: StepPaths;
}

const escapeHtml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** "The sign lists on this step are the guide's reasoning from [2, 3]", as HTML after the guidance. */
function reasoningHtml(citations: readonly CitationLink[]): string {
	const links = citations
		.map((c) => `<a href="${c.href}" title="${escapeHtml(c.citation)}"><span class="sr-only">Reference </span>${c.number}</a>`)
		.join(', ');
	return `<p class="wt-reasoning">The sign lists on this step are <a href="${reasoningExplainedHref}">the guide’s reasoning</a> from [${links}], not one source’s list.</p>\n`;
}

export function prepareWorkflow(
	id: string,
	wording: WorkflowWording,
	machine: AnyStateMachine,
	references: readonly CitableReference[],
): PreparedWorkflow {
	const cite = (ids: readonly string[], where: string): CitationLink[] =>
		resolveCitations(ids, references, where).map(toCitationLink);
	const prepareStep = (stateId: string, step: StepWording): PreparedStep => {
		const where = `content/workflows/${id}.yaml, step "${stateId}"`;
		return {
			title: step.title,
			guidanceHtml:
				marked.parse(step.guidance, { async: false }) +
				(step.reasoningFrom ? reasoningHtml(cite(step.reasoningFrom, `${where}, reasoningFrom`)) : ''),
			answers: Object.entries(step.answers),
			...(step.select ? { select: { legend: step.select.legend, options: Object.entries(step.select.options) } } : {}),
			...(step.starts ? { starts: step.starts } : {}),
			...(step.groups ? { groups: step.groups.map((group): [string, string] => [group.id, group.title]) } : {}),
			items: (step.items ?? []).map((item) => ({
				id: item.id,
				label: item.label,
				kind: item.kind,
				...(item.group ? { group: item.group } : {}),
				citations: item.refs ? cite(item.refs, `${where}, item "${item.id}"`) : [],
			})),
			...(step.doNow ? { doNow: step.doNow } : {}),
			...(step.tell ? { tell: step.tell } : {}),
			...(step.record ? { record: step.record } : {}),
			...(step.timer ? { timer: step.timer } : {}),
			citations: cite(step.refs, where),
		};
	};
	return {
		id,
		title: wording.title,
		summary: wording.summary,
		...(wording.redFlagExit
			? {
					redFlagExit: {
						prompt: wording.redFlagExit.prompt,
						answers: Object.entries(wording.redFlagExit.answers),
						...(wording.redFlagExit.reasoningFrom
							? { reasoning: cite(wording.redFlagExit.reasoningFrom, `content/workflows/${id}.yaml, redFlagExit`) }
							: {}),
					},
				}
			: {}),
		steps: Object.fromEntries(Object.entries(wording.steps).map(([stateId, step]) => [stateId, prepareStep(stateId, step)])),
		stepPaths: shortestAnswerPaths(machine),
	};
}
