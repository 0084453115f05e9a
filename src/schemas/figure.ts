import { z } from 'astro/zod';

const nodeId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Figure node ids are kebab-case, e.g. "motor-neurons".');

/** A small box-and-arrow figure in content/figures/<id>.yaml, drawn like the flowcharts. */
export function figureSchema(referenceIds: readonly [string, ...string[]]) {
	return z
		.object({
			/** Shown as the figure's caption and the SVG's title. */
			title: z.string().min(3),
			/** The figure in words, for screen readers and as the caption's second sentence. */
			description: z.string().min(10),
			/** References the figure rests on. */
			refs: z.array(z.enum(referenceIds)).min(1, 'List the reference ids the figure rests on.'),
			nodes: z.array(z.object({ id: nodeId, label: z.string().min(1) })).min(2),
			edges: z.array(z.object({ from: nodeId, to: nodeId, label: z.string().default('') })),
		})
		.superRefine((figure, context) => {
			const ids = new Set(figure.nodes.map((node) => node.id));
			for (const edge of figure.edges) {
				for (const end of [edge.from, edge.to]) {
					if (!ids.has(end)) {
						context.addIssue({
							code: 'custom',
							message: `An edge names the node "${end}", which the figure does not have. Add it under nodes or fix the id.`,
						});
					}
				}
			}
		});
}

export type Figure = z.infer<ReturnType<typeof figureSchema>>;
