/**
 * Headache after a dosing lumbar puncture: clinically suspected post-lumbar-puncture headache (PLPH,
 * also called PDPH). Implements ../shared/workflows.md §1; each comment names the reference the step
 * rests on. The red flags come first, all on one screen: every ticked sign adds its pattern to a set,
 * and any tick leaves for the serious-event workflow carrying the whole set.
 */
import { assign, setup } from 'xstate';
import {
	choicesOf,
	patternsOfSigns,
	handedOnOutput,
	raiseRedFlagTo,
	redFlagSignPatterns,
	handoverState,
	redFlagExitTransitions,
	redFlagScreenAnswers,
	redFlagScreenSelect,
	signsTicked,
	withPatterns,
	type RedFlagScreenEvent,
} from './red-flag-exit';
import type { StartPointContext } from './start-points';
import type { RedFlagContext, RedFlagExitEvent, StepMeta, SuspectedPattern, WorkflowOutput } from './workflow-types';

/**
 * 2: one red-flag screen with a set of patterns; non-postural headache rechecked at every reassessment.
 * 3: a headache already being treated can start at its reassessment (start.reassess*).
 * 4: such a start checks the red flags first, on the same screen, before the reassessment.
 * 5: the 14-day / meningeal-signs check opens every reassessment of a non-postural headache (it used
 *    to follow only "same, tolerable"), and meningeal signs found there hand over, carrying the
 *    meningeal pattern, instead of ending in a plain evaluation outcome.
 */
export const plphMachineVersion = 5;

export interface PlphContext extends RedFlagContext, StartPointContext {
	/** The headache was not postural: its 14-day / meningeal-signs check returns at each reassessment. */
	headacheNotPostural: boolean;
}

export type PlphEvent =
	| RedFlagExitEvent
	| RedFlagScreenEvent
	| { type: 'timing.withinFiveDays' }
	| { type: 'timing.afterFiveDays' }
	| { type: 'lateOnset.done' }
	| { type: 'character.postural' }
	| { type: 'character.notPostural' }
	| { type: 'nonPostural.meningealSigns' }
	| { type: 'nonPostural.confusionOrDrowsiness' }
	| { type: 'nonPostural.beyondFourteenDays' }
	| { type: 'nonPostural.noConcern' }
	| { type: 'nonPosturalCare.done' }
	| { type: 'breathing.comfortableFlat' }
	| { type: 'breathing.breathlessFlatOrNiv' }
	| { type: 'position.done' }
	| { type: 'care.done' }
	| { type: 'reassess.improving' }
	| { type: 'reassess.sameTolerable' }
	| { type: 'reassess.failingDailyLifeImpaired' }
	| { type: 'reassess.hearingLoss' }
	| { type: 'reassess.changedOrNewSymptoms' }
	| { type: 'recheck.meningealSigns' }
	| { type: 'recheck.confusionOrDrowsiness' }
	| { type: 'recheck.beyondFourteenDays' }
	| { type: 'recheck.noConcern' }
	| { type: 'start.reassessPostural' }
	| { type: 'start.reassessNotPostural' };

/**
 * Into a reassessment: a non-postural headache first gets its 14-day / meningeal-signs check, at every
 * follow-up contact, before any answer can refer it on [ichd3; workflows.md §1 step 3].
 */
const toReassessment = [
	{ guard: 'headacheNotPostural', target: 'nonPosturalRecheck', description: 'when the headache is not postural' },
	{ target: 'reassess', description: 'when the headache is postural' },
] as const;

export const plphMachine = setup({
	types: {
		context: {} as PlphContext,
		events: {} as PlphEvent,
		output: {} as WorkflowOutput,
		meta: {} as StepMeta,
	},
	guards: {
		signsTicked: ({ event }) => signsTicked(event),
		headacheNotPostural: ({ context }) => context.headacheNotPostural,
		caseJustOpened: ({ context }) => context.startsOpen,
	},
	actions: {
		closeStartPoints: assign({ startsOpen: false }),
		raiseRedFlag: assign(({ context }, params: { patterns: readonly SuspectedPattern[] }) => ({
			patterns: withPatterns(context.patterns, params.patterns),
		})),
		addTickedSigns: assign(({ context, event }) => ({
			patterns: withPatterns(context.patterns, patternsOfSigns(choicesOf(event))),
		})),
		markNotPostural: assign({ headacheNotPostural: true }),
	},
}).createMachine({
	id: 'plph',
	context: { patterns: [], headacheNotPostural: false, startsOpen: true },
	initial: 'redFlags',
	// "New or worse symptoms?" stays one tap away on every step [workflows.md, principles].
	on: redFlagExitTransitions,
	output: handedOnOutput,
	states: {
		// Step 1: every red-flag group on one screen, before anything else; each ticked sign is carried
		// [qalsody-uspi, qalsody-eu-smpc, ichd3, uppal-2023, reilich-2024, bos-2021; workflows.md §1 step 1].
		redFlags: {
			meta: { kind: 'question', select: redFlagScreenSelect },
			exit: 'closeStartPoints',
			on: {
				...redFlagScreenAnswers('timing'),
				// A headache already being treated starts at its reassessment, after the red flags are checked
				// at this contact [uppal-2023; workflows.md principles: red flags before anything else]. Its
				// posture is asked at the start, so a non-postural headache keeps its 14-day / meningeal-signs
				// recheck at every reassessment [ichd3].
				'start.reassessPostural': { guard: 'caseJustOpened', target: 'reassessRedFlags' },
				'start.reassessNotPostural': { guard: 'caseJustOpened', target: 'reassessRedFlags', actions: 'markNotPostural' },
			},
		},
		// A follow-up contact screens the red flags first, like every case: the same screen, and every
		// ticked sign carried [workflows.md principles: safety first; §1 step 1, §1 step 5].
		reassessRedFlags: {
			meta: { kind: 'question', select: redFlagScreenSelect },
			on: { ...redFlagScreenAnswers('reassess'), 'redFlags.none': toReassessment },
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
				'character.notPostural': { target: 'nonPostural', actions: 'markNotPostural' },
			},
		},
		// Possibly headache attributed to intrathecal injection (ICHD-3 7.5); PLPH not excluded [ichd3, uppal-2023].
		// Meningeal signs are step 1's meningitis group: fever, or a stiff neck with fever, and confusion or
		// drowsiness, which also carries reduced consciousness. Each hands over with its patterns, as the
		// screen would [workflows.md §1 step 1; invariant: every flag reaches the serious-event workflow].
		nonPostural: {
			meta: { kind: 'question' },
			on: {
				'nonPostural.meningealSigns': raiseRedFlagTo(redFlagSignPatterns.fever, 'handover'),
				'nonPostural.confusionOrDrowsiness': raiseRedFlagTo(redFlagSignPatterns.confusionOrDrowsiness, 'handover'),
				'nonPostural.beyondFourteenDays': 'nonPosturalEvaluation',
				'nonPostural.noConcern': 'nonPosturalCare',
			},
		},
		// Inform the investigator, symptomatic care; a clinician considers other causes and brain imaging
		// may be considered (C; Low) [uppal-2023].
		nonPosturalCare: {
			meta: { kind: 'checklist' },
			on: { 'nonPosturalCare.done': 'breathing' },
		},
		// Beyond 14 days: CSF fistula, meningitis, leptomeningeal disease to consider [ichd3].
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
		// Offer the position the participant tolerates, with NIV if used, and a respiratory review
		// (expert inference) [nice-ng42].
		tolerablePosition: {
			meta: { kind: 'checklist' },
			on: { 'position.done': 'conservativeCare' },
		},
		// Step 4: conservative care, each item with its grade [uppal-2023, cochrane-drugs-2015].
		// Suspected PLPH: a clinician reviews within 24 h and treatment starts at once (Q1) [uppal-2023].
		conservativeCare: {
			meta: { kind: 'checklist', timer: { purpose: 'deadline', minutes: 24 * 60 } },
			on: { 'care.done': toReassessment },
		},
		// Step 5: reassess at each follow-up contact until resolved [uppal-2023].
		reassess: {
			meta: { kind: 'question' },
			on: {
				'reassess.improving': 'resolving',
				'reassess.sameTolerable': 'conservativeCare',
				'reassess.failingDailyLifeImpaired': 'referForBloodPatch',
				'reassess.hearingLoss': 'referEarlyHearingLoss',
				// A changed headache or any red flag goes back through step 1's screen.
				'reassess.changedOrNewSymptoms': 'redFlags',
			},
		},
		// Still non-postural at follow-up: the same check opens the reassessment, whatever its answer will
		// be, so no referral skips it [ichd3; workflows.md §1 step 3].
		nonPosturalRecheck: {
			meta: { kind: 'question' },
			on: {
				'recheck.meningealSigns': raiseRedFlagTo(redFlagSignPatterns.fever, 'handover'),
				'recheck.confusionOrDrowsiness': raiseRedFlagTo(redFlagSignPatterns.confusionOrDrowsiness, 'handover'),
				'recheck.beyondFourteenDays': 'nonPosturalEvaluation',
				'recheck.noConcern': 'reassess',
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
			meta: { kind: 'outcome', handoverTo: 'blood-patch' },
			output: { handoverTo: 'blood-patch' } satisfies WorkflowOutput,
		},
		// Hearing loss: consider early referral (C; Moderate) [uppal-2023].
		referEarlyHearingLoss: {
			type: 'final',
			meta: { kind: 'outcome', handoverTo: 'blood-patch' },
			output: { handoverTo: 'blood-patch' } satisfies WorkflowOutput,
		},
		// Every red flag ticked, on the screen or through the exit, goes to the serious-event workflow together.
		handover: handoverState,
	},
});
