/**
 * The training-progress record's declared shape (src/lib/training-progress.ts has its lifecycle), in
 * zod: the types come from here, and tests hold the browser's hand check (readProgressRecord) to accept
 * exactly what this schema accepts. Nothing ships this module to the browser.
 */
import * as z from 'zod/mini';
import { progressFormat } from '@/lib/training-progress';

const isoTime = z.iso.datetime({ offset: true });

export const checkAnswerSchema = z.object({
	/** The option id chosen. */
	chosen: z.string(),
	at: isoTime,
});

export const scenarioRecordSchema = z.object({
	finishedAt: isoTime,
	/** The answers (machine event types) the trainee gave, in order. */
	path: z.array(z.string()),
	/** The state id the trainee's path ended in. */
	outcome: z.string(),
	/** True when the path was the expected one, answer for answer. */
	matchedExpected: z.boolean(),
});

export const progressSchema = z.object({
	format: z.literal(progressFormat),
	/** Knowledge-check answers: page slug → question id → the choice. */
	checks: z.record(z.string(), z.record(z.string(), checkAnswerSchema)),
	/** The last finished run of each case scenario, by scenario id. */
	scenarios: z.record(z.string(), scenarioRecordSchema),
	/** Onboarding items marked done by hand, by item id, with the time. */
	marked: z.record(z.string(), isoTime),
});

export type TrainingProgress = z.infer<typeof progressSchema>;
export type CheckAnswer = z.infer<typeof checkAnswerSchema>;
export type ScenarioRecord = z.infer<typeof scenarioRecordSchema>;
