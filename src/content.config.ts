import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { referenceSchema } from './schemas/reference';
import { glossaryEntrySchema } from './schemas/glossary';
import { pageFrontmatterSchema } from './schemas/page';
import { workflowWordingSchema } from './schemas/workflow-wording';
import { readReferenceIds } from './lib/content-files';

// Everything a clinical writer edits lives in the top-level content/ folder.
const referenceIds = readReferenceIds();

export const collections = {
	docs: defineCollection({
		loader: glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}' }),
		schema: docsSchema({ extend: pageFrontmatterSchema(referenceIds) }),
	}),
	references: defineCollection({
		loader: file('./content/references.yaml'),
		schema: referenceSchema,
	}),
	/** Wording per walkthrough; the entry id is the file name, which must be a workflow id of src/machines/registry.ts. */
	workflows: defineCollection({
		loader: glob({ base: './content/workflows', pattern: '*.yaml' }),
		schema: workflowWordingSchema(referenceIds),
	}),
	glossary: defineCollection({
		loader: file('./content/glossary.yaml'),
		schema: glossaryEntrySchema,
	}),
};
