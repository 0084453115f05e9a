/**
 * The walkthrough session record's declared shape (src/lib/walkthrough-session.ts has its lifecycle), in
 * zod: the types come from here, and tests hold the browser's hand checks (readSessionRecord,
 * readEarlierSessionRecord) to accept exactly what these schemas accept. Nothing ships this module to
 * the browser.
 */
import * as z from 'zod/mini';
import { sessionFormat, trialCodePattern } from '@/lib/walkthrough-session';
import { suspectedPatterns } from '@/machines/workflow-types';

const isoTime = z.iso.datetime({ offset: true });

export const sessionSchema = z.object({
	/** Layout of this record; bumped if the record's own shape changes. */
	format: z.literal(sessionFormat),
	workflowId: z.string(),
	/** The machine version the answers were given under. */
	machineVersion: z.int(),
	startedAt: isoTime,
	/** Input of the machine, e.g. every pattern carried across from another workflow. */
	input: z.optional(z.object({ suspectedPatterns: z.optional(z.array(z.enum(suspectedPatterns))) })),
	/** Optional participant trial code for the case summary (letters, digits, dashes); never a name. */
	trialCode: z.optional(z.string().check(z.regex(trialCodePattern))),
	/**
	 * When the problem was reported (the headache, for the clinician-review deadline), if the nurse
	 * entered it; otherwise clocks that count from the report use the case's first answer.
	 */
	reportedAt: z.optional(isoTime),
	/** The workflow that handed over to this one, if any. */
	handedOverFrom: z.optional(z.string()),
	/** Answers (machine event types, with the options ticked on a multi-select step) in the order given, with the time. */
	answers: z.array(
		z.object({
			event: z.string(),
			data: z.optional(z.object({ choices: z.array(z.string()) })),
			at: isoTime,
			fromLink: z.optional(z.boolean()),
		}),
	),
	/** Checklist ticks, keyed by the step's position in the path (its answer index), then by item id. */
	ticks: z.record(z.string(), z.record(z.string(), isoTime)),
});

/** Enough of a session saved under an earlier format to show its answers; nothing else is trusted. */
export const earlierSessionSchema = z.object({
	format: z.int(),
	workflowId: z.string(),
	answers: z.array(z.object({ event: z.string(), at: isoTime })),
});

export type WalkthroughSession = z.infer<typeof sessionSchema>;
