import { z } from 'astro/zod';
import { suspectedPatterns } from '../machines/workflow-types';

/**
 * A training case, in content/scenarios/<id>.yaml: a short case, the workflow machine it runs on, and
 * the path a trainee is expected to take through that machine. A test replays every expected path
 * through the real machine, so a scenario can never teach a path the walkthrough does not allow.
 */
export function scenarioSchema(referenceIds: readonly [string, ...string[]], workflowIds: readonly [string, ...string[]]) {
	const refs = z
		.array(
			z.enum(referenceIds, {
				error: (issue) =>
					`Unknown reference id "${String(issue.input)}". Add it to content/references.yaml or fix the spelling.`,
			}),
		)
		.min(1, 'Every teaching point names at least one reference id in `refs: [...]`.');

	return z.object({
		/** The case's name in the list, e.g. "Headache on day 2, no red flags". */
		title: z.string().min(5),
		/** Position in the list on the training page (1 first). */
		order: z.int().min(1),
		/** The workflow machine the case runs on (src/machines/registry.ts). */
		workflow: z.enum(workflowIds, {
			error: (issue) => `Unknown workflow "${String(issue.input)}". Use one of: ${workflowIds.join(', ')}.`,
		}),
		/** Serious-event cases only: every pattern carried across when another walkthrough handed over. */
		input: z.object({ suspectedPatterns: z.array(z.enum(suspectedPatterns)).min(1).optional() }).optional(),
		/** The case as the trainee reads it, in Markdown. Never a name: "the participant". */
		case: z.string().min(40, 'Describe the case in a few sentences.'),
		/**
		 * The expected answers, in order: a machine event type, or for a "tick every one" step the event
		 * with the options ticked, e.g. `{ event: redFlags.ticked, choices: [fever, spinal] }`.
		 */
		expectedPath: z
			.array(
				z.union([
					z.string().min(1),
					z.object({
						event: z.string().min(1),
						choices: z.array(z.string().min(1)).min(1, 'A multi-select answer ticks at least one option.'),
					}),
				]),
			)
			.min(1, 'List the expected answers in `expectedPath: [...]`.'),
		/** The state id the expected path ends in: an outcome or a hand-over. */
		expectedOutcome: z.string().min(1),
		/** What the debrief teaches, each point with its references. */
		teachingPoints: z.array(z.object({ text: z.string().min(10), refs })).min(1, 'Give at least one teaching point.'),
	});
}

export type Scenario = z.infer<ReturnType<typeof scenarioSchema>>;
