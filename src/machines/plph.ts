/**
 * Headache after a dosing lumbar puncture: clinically suspected post-lumbar-puncture headache (PLPH,
 * also called PDPH). Implements ../shared/workflows.md §1; each comment names the reference the step
 * rests on. Red flags are asked first, one question a flag, and any "yes" leaves for the serious-event
 * workflow with the suspected pattern carried across.
 */
import { assign, setup } from 'xstate';
import { handedOnOutput, handoverStates, recordRedFlag, raiseRedFlagTo as flag, redFlagExitTransitions } from './red-flag-exit';
import type { RedFlagContext, RedFlagExitEvent, StepMeta, WorkflowOutput } from './workflow-types';

export const plphMachineVersion = 1;

export type PlphEvent =
	| RedFlagExitEvent
	| { type: 'flag.meningitis.yes' }
	| { type: 'flag.meningitis.no' }
	| { type: 'flag.pressure.yes' }
	| { type: 'flag.pressure.no' }
	| { type: 'flag.spinal.yes' }
	| { type: 'flag.spinal.no' }
	| { type: 'flag.urgent.yes' }
	| { type: 'flag.urgent.no' }
	| { type: 'timing.withinFiveDays' }
	| { type: 'timing.afterFiveDays' }
	| { type: 'lateOnset.done' }
	| { type: 'character.postural' }
	| { type: 'character.notPostural' }
	| { type: 'nonPostural.needsEvaluation' }
	| { type: 'nonPostural.noConcern' }
	| { type: 'breathing.comfortableFlat' }
	| { type: 'breathing.breathlessFlatOrNiv' }
	| { type: 'position.done' }
	| { type: 'care.done' }
	| { type: 'reassess.improving' }
	| { type: 'reassess.sameTolerable' }
	| { type: 'reassess.failingDailyLifeImpaired' }
	| { type: 'reassess.hearingLoss' }
	| { type: 'reassess.changedOrNewSymptoms' };

export const plphMachine = setup({
	types: {
		context: {} as RedFlagContext,
		events: {} as PlphEvent,
		output: {} as WorkflowOutput,
		meta: {} as StepMeta,
	},
	actions: {
		raiseRedFlag: assign(recordRedFlag),
	},
}).createMachine({
	id: 'plph',
	context: { redFlag: null },
	initial: 'flagMeningitis',
	// "New or worse symptoms?" stays one tap away on every step [workflows.md, principles].
	on: redFlagExitTransitions,
	output: handedOnOutput,
	states: {
		// Step 1, red-flag screen, one question a flag, before anything else [qalsody-uspi, ichd3].
		flagMeningitis: {
			meta: { kind: 'question' },
			on: {
				'flag.meningitis.yes': flag('meningeal', 'handoverMeningeal'),
				'flag.meningitis.no': 'flagPressure',
			},
		},
		// Raised pressure is not PLPH: no blood patch until excluded [qalsody-uspi W&P 5.2].
		flagPressure: {
			meta: { kind: 'question' },
			on: {
				'flag.pressure.yes': flag('pressure', 'handoverPressure'),
				'flag.pressure.no': 'flagSpinal',
			},
		},
		// Myelitis or radiculitis, or a spinal haematoma or abscess after a puncture [qalsody-uspi W&P 5.1, reilich-2024].
		flagSpinal: {
			meta: { kind: 'question' },
			on: {
				'flag.spinal.yes': flag('spinal', 'handoverSpinal'),
				'flag.spinal.no': 'flagUrgent',
			},
		},
		// Seizure, new focal deficit or a changed headache: urgent evaluation and imaging (B; Moderate) [bos-2021, uppal-2023].
		flagUrgent: {
			meta: { kind: 'question' },
			on: {
				'flag.urgent.yes': flag('other', 'handoverOther'),
				'flag.urgent.no': 'timing',
			},
		},
		// Step 2: within 5 days fits PLPH; later is atypical but does not exclude it [ichd3, uppal-2023].
		timing: {
			meta: { kind: 'question' },
			on: {
				'timing.withinFiveDays': 'character',
				'timing.afterFiveDays': 'lateOnset',
			},
		},
		// Onset after day 5: medical evaluation, brain imaging may be considered (C; Low) [uppal-2023].
		lateOnset: {
			meta: { kind: 'checklist' },
			on: { 'lateOnset.done': 'character' },
		},
		// Step 3: posture is usual but not required by ICHD-3 [ichd3, uppal-2023].
		character: {
			meta: { kind: 'question' },
			on: {
				'character.postural': 'breathing',
				'character.notPostural': 'nonPostural',
			},
		},
		// Possibly headache attributed to intrathecal injection (ICHD-3 7.5); PLPH not excluded [ichd3, uppal-2023].
		nonPostural: {
			meta: { kind: 'question' },
			on: {
				'nonPostural.needsEvaluation': 'nonPosturalEvaluation',
				'nonPostural.noConcern': 'breathing',
			},
		},
		// Beyond 14 days or meningeal signs: CSF fistula, meningitis, leptomeningeal disease to consider [ichd3].
		nonPosturalEvaluation: {
			type: 'final',
			meta: { kind: 'outcome' },
		},
		// Breathing before lying flat: orthopnoea signals respiratory weakness in MND [nice-ng42].
		breathing: {
			meta: { kind: 'question' },
			on: {
				'breathing.comfortableFlat': 'conservativeCare',
				'breathing.breathlessFlatOrNiv': 'tolerablePosition',
			},
		},
		// Offer the position the participant tolerates, with NIV if used (expert inference) [nice-ng42].
		tolerablePosition: {
			meta: { kind: 'checklist' },
			on: { 'position.done': 'conservativeCare' },
		},
		// Step 4: conservative care, each item with its grade [uppal-2023, cochrane-drugs-2015].
		// Suspected PLPH: a clinician reviews within 24 h and treatment starts at once (Q1) [uppal-2023].
		conservativeCare: {
			meta: { kind: 'checklist', timer: { purpose: 'deadline', minutes: 24 * 60 } },
			on: { 'care.done': 'reassess' },
		},
		// Step 5: reassess at each follow-up contact until resolved [uppal-2023].
		reassess: {
			meta: { kind: 'question' },
			on: {
				'reassess.improving': 'resolving',
				'reassess.sameTolerable': 'conservativeCare',
				'reassess.failingDailyLifeImpaired': 'referForBloodPatch',
				'reassess.hearingLoss': 'referEarlyHearingLoss',
				// A changed headache or any red flag goes back through step 1's escalations.
				'reassess.changedOrNewSymptoms': 'flagMeningitis',
			},
		},
		// Written red-flag advice, contact details, follow-up until resolved (B; Moderate) [uppal-2023].
		resolving: {
			type: 'final',
			meta: { kind: 'outcome' },
		},
		// Refractory and impairing daily activities: refer for a blood patch (B; Moderate) [uppal-2023, van-kooten-2008].
		referForBloodPatch: {
			type: 'final',
			meta: { kind: 'outcome' },
			output: { handoverTo: 'blood-patch' } satisfies WorkflowOutput,
		},
		// Hearing loss: consider early referral (C; Moderate) [uppal-2023].
		referEarlyHearingLoss: {
			type: 'final',
			meta: { kind: 'outcome' },
			output: { handoverTo: 'blood-patch' } satisfies WorkflowOutput,
		},
		...handoverStates,
	},
});
