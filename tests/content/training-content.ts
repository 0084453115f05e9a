/** Test helper: the training content files (checks, scenarios, onboarding path) read from disk and validated as the build does. */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { workflowIds } from '@/machines/registry';
import { contentRoot, readReferenceIds, readYamlList } from '@/lib/content-files';
import { knowledgeCheckSchema } from '@/schemas/knowledge-check';
import { onboardingStageSchema } from '@/schemas/onboarding';
import { scenarioSchema } from '@/schemas/scenario';
import { workflowWordingSchema } from '@/schemas/workflow-wording';

const referenceIds = readReferenceIds();

const yamlFiles = (folder: string) =>
	readdirSync(`${contentRoot}${folder}`)
		.filter((name) => name.endsWith('.yaml'))
		.sort()
		.map((name) => ({ id: name.replace(/\.yaml$/, ''), data: parse(readFileSync(`${contentRoot}${folder}/${name}`, 'utf8')) as unknown }));

export const checkSchema = knowledgeCheckSchema(referenceIds);
export const scenarioFileSchema = scenarioSchema(referenceIds, workflowIds);

export const readChecks = () => yamlFiles('checks').map(({ id, data }) => ({ id, check: checkSchema.parse(data) }));
export const readScenarios = () => yamlFiles('scenarios').map(({ id, data }) => ({ id, scenario: scenarioFileSchema.parse(data) }));
export const readOnboarding = () => readYamlList('onboarding.yaml').map((entry) => onboardingStageSchema.parse(entry));

const wordingSchema = workflowWordingSchema(referenceIds);
/** A workflow's wording, parsed as the build parses it. */
export const readWording = (id: string) => wordingSchema.parse(parse(readFileSync(`${contentRoot}workflows/${id}.yaml`, 'utf8')));
