/** The wording handed to the walkthrough island, packed: the same wording once unpacked, in much less text. */
import { describe, expect, it } from 'vitest';
import { packWorkflow, unpackWorkflow } from '@/lib/packed-wording';
import { workflowIds } from '@/machines/registry';
import { preparedWorkflow } from '../components/prepared-workflow';

describe.each(workflowIds)('the packed wording of %s', (id) => {
	const workflow = preparedWorkflow(id);

	it('unpacks to exactly the prepared wording', () => {
		expect(unpackWorkflow(packWorkflow(workflow))).toEqual(workflow);
	});

	it('writes each cited reference once', () => {
		const packed = JSON.stringify(packWorkflow(workflow));
		const cited = new Set(Object.values(workflow.steps).flatMap((step) => [...step.citations, ...step.items.flatMap((item) => item.citations)]).map((link) => link.citation));
		for (const citation of cited) expect(packed.split(JSON.stringify(citation)).length - 1).toBe(1);
		expect(packed.length).toBeLessThan(JSON.stringify(workflow).length);
	});
});
