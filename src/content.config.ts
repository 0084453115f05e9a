import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { referenceSchema } from './schemas/reference';
import { glossaryEntrySchema } from './schemas/glossary';
import { pageFrontmatterSchema } from './schemas/page';
import { workflowWordingSchema } from './schemas/workflow-wording';
import { figureSchema } from './schemas/figure';
import { pocketCardSchema } from './schemas/pocket-card';
import { knowledgeCheckSchema } from './schemas/knowledge-check';
import { scenarioSchema } from './schemas/scenario';
import { onboardingStageSchema } from './schemas/onboarding';
import { phraseSchema } from './schemas/phrase';
import { reasoningClaimSchema } from './schemas/reasoning-claim';
import { workflowIds } from './machines/registry';
import { readReferenceIds, readYamlList } from './lib/content-files';
import { fillPhrasesDeep, type WordedPhrase } from './lib/phrases';

// Everything a clinical writer edits lives in the top-level content/ folder.
const referenceIds = readReferenceIds();
// Read before the content layer so the wording can be filled in as it loads; the phrases collection
// below validates the same file.
const phrases = readYamlList('phrases.yaml') as WordedPhrase[];

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
		// `{{caffeine-limit}}` in the wording becomes the one wording of content/phrases.yaml.
		schema: workflowWordingSchema(referenceIds).transform((wording) =>
			fillPhrasesDeep(wording, phrases, 'content/workflows'),
		),
	}),
	/** Box-and-arrow figures (content/figures/<id>.yaml), drawn by the flowchart renderer. */
	figures: defineCollection({
		loader: glob({ base: './content/figures', pattern: '*.yaml' }),
		schema: figureSchema(referenceIds),
	}),
	/** Pocket card text per workflow; the entry id is the workflow id. */
	pocketCards: defineCollection({
		loader: glob({ base: './content/pocket-cards', pattern: '*.yaml' }),
		schema: pocketCardSchema(referenceIds),
	}),
	/** Knowledge checks; the entry id is the slug of the page that embeds it (content/checks/<page>.yaml). */
	checks: defineCollection({
		loader: glob({ base: './content/checks', pattern: '*.yaml' }),
		schema: knowledgeCheckSchema(referenceIds),
	}),
	/** Case scenarios played on the real workflow machines (content/scenarios/<id>.yaml). */
	scenarios: defineCollection({
		loader: glob({ base: './content/scenarios', pattern: '*.yaml' }),
		schema: scenarioSchema(referenceIds, workflowIds),
	}),
	/** The onboarding path's stages, in file order (content/onboarding.yaml). */
	onboarding: defineCollection({
		loader: file('./content/onboarding.yaml'),
		schema: onboardingStageSchema,
	}),
	/** One wording per fact (content/phrases.yaml), used by <Phrase> on pages and {{id}} in pocket cards. */
	phrases: defineCollection({
		loader: file('./content/phrases.yaml'),
		schema: phraseSchema(referenceIds),
	}),
	/** Claims that are the guide's reasoning across sources (content/reasoning-claims.yaml); read by the content rules. */
	reasoningClaims: defineCollection({
		loader: file('./content/reasoning-claims.yaml'),
		schema: reasoningClaimSchema(referenceIds),
	}),
	glossary: defineCollection({
		loader: file('./content/glossary.yaml'),
		schema: glossaryEntrySchema,
	}),
};
