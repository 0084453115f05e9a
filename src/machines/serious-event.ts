/**
 * Suspected serious neurologic adverse event. Implements ../shared/workflows.md §3: immediate action
 * always first, then every pattern that fits (those carried across from another workflow arrive ticked
 * and cannot be dropped), one list of first actions merged from all of them in the safe order a–e
 * (first-actions.ts), the investigator's dosing decision, and immediate reporting to the sponsor.
 */
import { assign, setup } from 'xstate';
import { firstActions, type FirstActionId } from './first-actions';
import { choicesOf } from './red-flag-exit';
import { isSuspectedPattern, patternSet, suspectedPatterns, type StepMeta, type SuspectedPattern } from './workflow-types';

/** 2: patterns are a set, first actions merged and ordered; carried patterns can be added to, never dropped. */
export const seriousEventMachineVersion = 2;

export interface SeriousEventInput {
	/** Every pattern a red flag in another workflow pointed to, if the walkthrough was handed over. */
	suspectedPatterns?: readonly SuspectedPattern[];
}

export interface SeriousEventContext {
	/** Carried across from another workflow: shown ticked on the pattern step, and kept. */
	carriedPatterns: SuspectedPattern[];
	/** Every pattern ticked (the carried ones included). */
	patterns: SuspectedPattern[];
	/** The first actions for those patterns, in order (the selector the walkthrough renders). */
	firstActions: FirstActionId[];
	dosingDecision: 'continue' | 'interrupt' | 'discontinue' | 'pending' | null;
}

export type SeriousEventEvent =
	| { type: 'immediate.done' }
	| { type: 'patterns.chosen'; choices: string[] }
	| { type: 'firstActions.done' }
	| { type: 'dosing.continue' }
	| { type: 'dosing.interrupt' }
	| { type: 'dosing.discontinue' }
	| { type: 'dosing.pending' }
	| { type: 'report.done' };

const recordDecision = (decision: NonNullable<SeriousEventContext['dosingDecision']>) => ({
	target: 'report',
	actions: { type: 'recordDosingDecision', params: { decision } } as const,
});

export const seriousEventMachine = setup({
	types: {
		context: {} as SeriousEventContext,
		events: {} as SeriousEventEvent,
		input: {} as SeriousEventInput,
		meta: {} as StepMeta,
	},
	guards: {
		// At least one pattern ("unsure" is one), only known ones, and every carried pattern still ticked.
		keepsCarriedPatterns: ({ context, event }) => {
			const choices = choicesOf(event);
			return (
				choices.length > 0 &&
				choices.every(isSuspectedPattern) &&
				context.carriedPatterns.every((pattern) => choices.includes(pattern))
			);
		},
	},
	actions: {
		recordPatterns: assign(({ event }) => {
			const patterns = patternSet(choicesOf(event));
			return { patterns, firstActions: firstActions(patterns) };
		}),
		recordDosingDecision: assign(
			(_, params: { decision: NonNullable<SeriousEventContext['dosingDecision']> }) => ({
				dosingDecision: params.decision,
			}),
		),
	},
}).createMachine({
	id: 'serious-event',
	context: ({ input }) => {
		const carried = patternSet(input?.suspectedPatterns ?? []);
		return { carriedPatterns: carried, patterns: carried, firstActions: [], dosingDecision: null };
	},
	initial: 'immediateAction',
	states: {
		// Always first: prompt medical evaluation, tell the investigator, tell the participant to call at once
		// [qalsody-uspi, seed-benchchem-2025]; the baseline neurological exam is the comparison.
		immediateAction: {
			meta: { kind: 'checklist' },
			on: { 'immediate.done': 'patterns' },
		},
		// Tick every pattern that fits; "unsure" is a choice. Carried patterns arrive ticked and stay
		// (workflows.md §3 step 2) [qalsody-uspi, qalsody-eu-smpc, lovett-2025].
		patterns: {
			meta: {
				kind: 'question',
				select: { event: 'patterns.chosen', options: suspectedPatterns, lockedFromContext: 'carriedPatterns' },
			},
			on: {
				'patterns.chosen': { guard: 'keepsCarriedPatterns', target: 'firstActions', actions: 'recordPatterns' },
			},
		},
		// One checklist merged from every ticked pattern, in the order a–e (first-actions.ts)
		// [nice-ng42, idsa-meningitis-2004, escmid-meningitis-2016, uppal-2023, ichd3].
		firstActions: {
			meta: { kind: 'checklist', itemsFromContext: 'firstActions' },
			on: { 'firstActions.done': 'dosingDecision' },
		},
		// The investigator decides to continue, interrupt or discontinue; the decision is recorded [qalsody-uspi].
		dosingDecision: {
			meta: { kind: 'question' },
			on: {
				'dosing.continue': recordDecision('continue'),
				'dosing.interrupt': recordDecision('interrupt'),
				'dosing.discontinue': recordDecision('discontinue'),
				'dosing.pending': recordDecision('pending'),
			},
		},
		// Serious adverse events go to the sponsor immediately, per protocol, by trial code [ich-e6].
		report: { meta: { kind: 'checklist' }, on: { 'report.done': 'escalated' } },
		// The ending restates the patterns, the first actions and who was told: a complete handover.
		escalated: { type: 'final', meta: { kind: 'outcome', recap: true } },
	},
});
