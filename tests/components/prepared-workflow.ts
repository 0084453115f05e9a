/** Test helper: a workflow's wording prepared exactly as the build prepares it for the island. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { workflows, type WorkflowId } from '@/machines/registry';
import { contentRoot, readReferenceIds, readYamlList } from '@/lib/content-files';
import { prepareWorkflow } from '@/lib/walkthrough-content';
import { referenceSchema } from '@/schemas/reference';
import { workflowWordingSchema } from '@/schemas/workflow-wording';

export function preparedWorkflow(id: WorkflowId) {
	const wording = workflowWordingSchema(readReferenceIds()).parse(
		parse(readFileSync(`${contentRoot}workflows/${id}.yaml`, 'utf8')),
	);
	const references = readYamlList('references.yaml').map((entry) => referenceSchema.parse(entry));
	return prepareWorkflow(id, wording, workflows[id].machine, references);
}
