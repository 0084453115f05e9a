/**
 * Suspected serious neurologic adverse event. Implements ../shared/workflows.md §3: immediate action
 * always first, then the pattern (carried across when another workflow handed over), its workup per
 * standard of care, the investigator's dosing decision, and immediate reporting to the sponsor.
 */
import { assign, setup } from 'xstate';
import type { StepMeta, SuspectedPattern } from './workflow-types';

export const seriousEventMachineVersion = 1;

export interface SeriousEventInput {
	/** The pattern a red flag in another workflow pointed to, if the walkthrough was handed over. */
	suspectedPattern?: SuspectedPattern;
}

export interface SeriousEventContext {
	suspectedPattern: SuspectedPattern | null;
	dosingDecision: 'continue' | 'interrupt' | 'discontinue' | 'pending' | null;
}

export type SeriousEventEvent =
	| { type: 'immediate.done' }
	| { type: 'pattern.spinal' }
	| { type: 'pattern.meningeal' }
	| { type: 'pattern.pressure' }
	| { type: 'pattern.otherOrUnsure' }
	| { type: 'spinal.done' }
	| { type: 'meningeal.done' }
	| { type: 'pressure.done' }
	| { type: 'other.done' }
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
		patternCarriedAcross: ({ context }, params: { pattern: SuspectedPattern }) =>
			context.suspectedPattern === params.pattern,
	},
	actions: {
		recordDosingDecision: assign(
			(_, params: { decision: NonNullable<SeriousEventContext['dosingDecision']> }) => ({
				dosingDecision: params.decision,
			}),
		),
	},
}).createMachine({
	id: 'serious-event',
	context: ({ input }) => ({ suspectedPattern: input?.suspectedPattern ?? null, dosingDecision: null }),
	initial: 'immediateAction',
	states: {
		// Always first: prompt medical evaluation, tell the investigator, tell the participant to call at once
		// [qalsody-uspi, seed-benchchem-2025]; the baseline neurological exam is the comparison.
		immediateAction: {
			meta: { kind: 'checklist' },
			on: {
				'immediate.done': [
					{ guard: { type: 'patternCarriedAcross', params: { pattern: 'spinal' } }, target: 'spinal' },
					{ guard: { type: 'patternCarriedAcross', params: { pattern: 'meningeal' } }, target: 'meningeal' },
					{ guard: { type: 'patternCarriedAcross', params: { pattern: 'pressure' } }, target: 'pressure' },
					{ guard: { type: 'patternCarriedAcross', params: { pattern: 'other' } }, target: 'otherOrUnsure' },
					{ target: 'pattern' },
				],
			},
		},
		// One choice; "more than one or unsure" is a choice of its own.
		pattern: {
			meta: { kind: 'question' },
			on: {
				'pattern.spinal': 'spinal',
				'pattern.meningeal': 'meningeal',
				'pattern.pressure': 'pressure',
				'pattern.otherOrUnsure': 'otherOrUnsure',
			},
		},
		// Myelitis or radiculitis, or spinal haematoma or abscess: workup per standard of care
		// [qalsody-uspi W&P 5.1, qalsody-eu-smpc, lovett-2025].
		spinal: { meta: { kind: 'checklist' }, on: { 'spinal.done': 'dosingDecision' } },
		// Exclude bacterial meningitis first; aseptic meningitis is a CSF diagnosis [ichd3, qalsody-uspi W&P 5.3].
		meningeal: { meta: { kind: 'checklist' }, on: { 'meningeal.done': 'dosingDecision' } },
		// Raised pressure or papilledema: fundoscopy, neuroimaging (A; Moderate); no blood patch [qalsody-uspi W&P 5.2, uppal-2023].
		pressure: { meta: { kind: 'checklist' }, on: { 'pressure.done': 'dosingDecision' } },
		// Seizure, focal deficit, drowsiness: urgent medical evaluation per standard of care.
		otherOrUnsure: { meta: { kind: 'checklist' }, on: { 'other.done': 'dosingDecision' } },
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
		escalated: { type: 'final', meta: { kind: 'outcome' } },
	},
});
