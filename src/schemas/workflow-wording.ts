import { z } from 'astro/zod';

/**
 * The words of one workflow, in content/workflows/<id>.yaml: everything a clinical writer can change
 * without touching the machine. Steps are keyed by the machine's state ids and answers by its event
 * types; a test proves the two match one to one.
 */

const referenceIdList = (referenceIds: readonly [string, ...string[]]) =>
	z
		.array(
			z.enum(referenceIds, {
				error: (issue) =>
					`Unknown reference id "${String(issue.input)}". Add it to content/references.yaml or fix the spelling.`,
			}),
		)
		.min(1, 'Every step names at least one reference id in `refs: [...]`.');

export function workflowWordingSchema(referenceIds: readonly [string, ...string[]]) {
	const refs = referenceIdList(referenceIds);

	/**
	 * One item of a checklist step. Only things to do are ticked (ticking records the time); what not to
	 * do is shown as plain text in a "Not recommended" list, never as a box to tick.
	 */
	const checklistItem = z.object({
		/** Stable kebab-case id, kept in saved sessions. */
		id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Checklist item ids are kebab-case, e.g. "tell-investigator".'),
		/** What to do (or, for `kind: avoid`, what not to do), in one line; may carry its grade, e.g. "(B; Low)". */
		label: z.string().min(3),
		/** `do` (the default): an action to tick. `avoid`: not recommended or not routine, listed as plain text. */
		kind: z.enum(['do', 'avoid'], { error: 'An item\'s `kind` is `do` (an action to tick) or `avoid` (not recommended; plain text).' }).default('do'),
		/** On a step with `groups`: the id of the group this action belongs to. */
		group: z.string().optional(),
		/** Optional: the references this item rests on, when they differ from the step's. */
		refs: refs.optional(),
	});

	/** A heading over a long checklist's actions, in the order to work through them, e.g. "Now", "Offer". */
	const checklistGroup = z.object({
		id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Checklist group ids are kebab-case, e.g. "now".'),
		title: z.string().min(2),
	});

	const step = z.object({
		/** The step's heading: a question, a task, or the outcome. */
		title: z.string().min(3),
		/** Short Markdown shown under the heading: what to look for, why. */
		guidance: z.string().min(3),
		/** Button label for each answer, keyed by the machine's event type, e.g. `redFlags.none`. */
		answers: z.record(z.string(), z.string().min(1)).default({}),
		/**
		 * Multi-select steps only ("tick every one that applies"): the question the boxes answer, and one
		 * label per option id of the machine's multi-select, e.g. `fever: Fever, or a stiff neck with fever`.
		 */
		select: z
			.object({
				legend: z.string().min(3),
				options: z.record(z.string(), z.string().min(3)),
			})
			.optional(),
		/**
		 * The first step only, per start event (`start.<what>`, also labelled in `answers`): why the steps a
		 * case started there does not ask are not part of it. The case summary records it; it never records
		 * those steps as answered.
		 */
		starts: z.record(z.string().regex(/^start\./, 'Start events are named `start.<what>`.'), z.string().min(10)).optional(),
		/** Checklist steps only: the items to tick. */
		items: z.array(checklistItem).optional(),
		/** Outcome and hand-over steps: what to do now. */
		doNow: z.string().optional(),
		/** Outcome and hand-over steps: who to tell. */
		tell: z.string().optional(),
		/** Outcome and hand-over steps: what to record. */
		record: z.string().optional(),
		/** Steps whose machine state keeps a clock: what the clock measures, and why that length. */
		timer: z
			.object({
				/** e.g. "Clinician review due" or "Lying down". */
				label: z.string().min(3),
				/** One sentence on where the length comes from. */
				note: z.string().min(10),
			})
			.optional(),
		/** Long checklists: the groups of its actions, in order; then every action names its `group`. */
		groups: z.array(checklistGroup).min(2, 'Use `groups` for two or more groups, or leave it out.').optional(),
		/** The references the step rests on, shown in its "Why / sources" panel. */
		refs,
		/**
		 * When the step's sign lists are the guide's own reasoning rather than one source's list
		 * (content/reasoning-claims.yaml): the sources reasoned from, shown under the guidance as
		 * "the guide's reasoning from [2, 3, 14]".
		 */
		reasoningFrom: refs.optional(),
	});
	const groupedStep = step.superRefine((wording, context) => {
		const groupIds = new Set((wording.groups ?? []).map((group) => group.id));
		for (const [index, item] of (wording.items ?? []).entries()) {
			if (item.group !== undefined && !groupIds.has(item.group)) {
				context.addIssue({
					code: 'custom',
					path: ['items', index, 'group'],
					message: `Item "${item.id}" names the group "${item.group}", which is not in this step's \`groups\`. Add it there or fix the id.`,
				});
			}
			if (groupIds.size > 0 && item.kind === 'do' && item.group === undefined) {
				context.addIssue({
					code: 'custom',
					path: ['items', index],
					message: `Item "${item.id}" has no \`group\`, but this step groups its actions: add \`group: <one of ${[...groupIds].join(', ')}>\`.`,
				});
			}
		}
	});

	return z.object({
		/** The workflow's name, e.g. "Headache after a dosing lumbar puncture". */
		title: z.string().min(3),
		/** One sentence on when to use it. */
		summary: z.string().min(10),
		/** The "New or worse symptoms?" exit: its prompt and one label per pattern event (`redFlag.*`). */
		redFlagExit: z
			.object({
				prompt: z.string().min(3),
				answers: z.record(z.string(), z.string().min(1)),
				/** The sources the answers' sign lists are the guide's reasoning from, shown when the exit opens. */
				reasoningFrom: refs.optional(),
			})
			.optional(),
		/** Wording per state id. */
		steps: z.record(z.string(), groupedStep),
	});
}

export type WorkflowWording = z.infer<ReturnType<typeof workflowWordingSchema>>;
export type StepWording = WorkflowWording['steps'][string];
