/**
 * A workflow's wording as the walkthrough island receives it. Astro writes an island's props into the
 * page as an attribute that the browser parses and revives before hydrating (issue "Fast on a cheap
 * tablet": ~100 ms at 4x CPU for /plph/'s 40 kB). Nearly half of it was the same reference text
 * repeated in every step and checklist item that cites it; packed, each cited reference is written
 * once and steps name it by its number. The island unpacks it once, into the same PreparedWorkflow.
 */
import type { CitationLink, PreparedStep, PreparedWorkflow } from './walkthrough-content';

type PackedStep = Omit<PreparedStep, 'citations' | 'items'> & {
	citations: number[];
	items: (Omit<PreparedStep['items'][number], 'citations'> & { citations: number[] })[];
};

type PreparedExit = NonNullable<PreparedWorkflow['redFlagExit']>;

export interface PackedWorkflow extends Omit<PreparedWorkflow, 'steps' | 'redFlagExit'> {
	steps: Record<string, PackedStep>;
	redFlagExit?: Omit<PreparedExit, 'reasoning'> & { reasoning?: number[] };
	/** Every reference the steps cite, once, by its number. */
	references: Record<string, Omit<CitationLink, 'number'>>;
}

export function packWorkflow(workflow: PreparedWorkflow): PackedWorkflow {
	const references: PackedWorkflow['references'] = {};
	const numbers = (citations: readonly CitationLink[]) =>
		citations.map(({ number, ...reference }) => {
			references[String(number)] = reference;
			return number;
		});
	const steps = Object.fromEntries(
		Object.entries(workflow.steps).map(([stateId, step]) => [
			stateId,
			{ ...step, citations: numbers(step.citations), items: step.items.map((item) => ({ ...item, citations: numbers(item.citations) })) },
		]),
	);
	const { redFlagExit, ...rest } = workflow;
	let exit: Pick<PackedWorkflow, 'redFlagExit'> = {};
	if (redFlagExit) {
		const { reasoning, ...plain } = redFlagExit;
		exit = { redFlagExit: { ...plain, ...(reasoning ? { reasoning: numbers(reasoning) } : {}) } };
	}
	return { ...rest, ...exit, steps, references };
}

export function unpackWorkflow(packed: PackedWorkflow): PreparedWorkflow {
	const { references, redFlagExit, ...workflow } = packed;
	const links = (numbers: readonly number[]): CitationLink[] =>
		numbers.flatMap((number) => {
			const reference = references[String(number)];
			return reference ? [{ number, ...reference }] : [];
		});
	const steps = Object.fromEntries(
		Object.entries(packed.steps).map(([stateId, step]) => [
			stateId,
			{ ...step, citations: links(step.citations), items: step.items.map((item) => ({ ...item, citations: links(item.citations) })) },
		]),
	);
	let exit: Pick<PreparedWorkflow, 'redFlagExit'> = {};
	if (redFlagExit) {
		const { reasoning, ...plain } = redFlagExit;
		exit = { redFlagExit: { ...plain, ...(reasoning ? { reasoning: links(reasoning) } : {}) } };
	}
	return { ...workflow, ...exit, steps };
}
