/** Test helper: a workflow's wording prepared exactly as the build prepares it for the island. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { workflows, type WorkflowId } from '@/machines/registry';
import { contentRoot, readReferenceIds, readYamlList } from '@/lib/content-files';
import { fillPhrasesDeep, type WordedPhrase } from '@/lib/phrases';
import { prepareWorkflow } from '@/lib/walkthrough-content';
import { referenceSchema } from '@/schemas/reference';
import { workflowWordingSchema } from '@/schemas/workflow-wording';

export function preparedWorkflow(id: WorkflowId) {
	// The build fills {{phrase}} placeholders as the wording loads (src/content.config.ts); so does this.
	const wording = fillPhrasesDeep(
		workflowWordingSchema(readReferenceIds()).parse(parse(readFileSync(`${contentRoot}workflows/${id}.yaml`, 'utf8'))),
		readYamlList('phrases.yaml') as WordedPhrase[],
		`content/workflows/${id}.yaml`,
	);
	const references = readYamlList('references.yaml').map((entry) => referenceSchema.parse(entry));
	return prepareWorkflow(id, wording, workflows[id].machine, references);
}
