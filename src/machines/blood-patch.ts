/**
 * Epidural blood patch (EBP) protocol: a procedural checklist that enforces its order. Implements
 * ../shared/workflows.md §2. The red-flag screen comes first, the same one-screen screen as the
 * headache workflow's (every ticked sign carried to the serious-event workflow); then the checks before
 * starting, where any "no" stops the workflow with the reason; then each procedural step, which must be
 * marked done before the next opens.
 */
import { assign, setup } from 'xstate';
import {
	choicesOf,
	patternsOfSigns,
	handedOnOutput,
	handoverState,
	raiseRedFlagTo,
	redFlagExitTransitions,
	redFlagScreenAnswers,
	redFlagScreenSelect,
	redFlagSignPatterns,
	signsTicked,
	withPatterns,
	type RedFlagScreenEvent,
} from './red-flag-exit';
import type { StartPointContext } from './start-points';
import type { RedFlagContext, RedFlagExitEvent, StepMeta, SuspectedPattern, WorkflowOutput } from './workflow-types';

/**
 * 2: red-flag screen first; fever today hands over as a meningeal red flag from either question; sharp,
 * shooting or radicular pain during the injection stops it for good.
 * 3: a follow-up after a patch can start at the discharge advice (start.followUp).
 * 4: that start checks the red flags first, on the same screen, before the discharge advice.
 * 5: a headache changed or worse despite the patch hands over as a red flag (other pattern) instead of
 *    ending in its own outcome; "no effect" alone keeps "other causes first".
 */
export const bloodPatchMachineVersion = 5;

export type BloodPatchEvent =
	| RedFlagExitEvent
	| RedFlagScreenEvent
	| { type: 'diagnosis.confirmed' }
	| { type: 'diagnosis.inDoubt' }
	| { type: 'infection.none' }
	| { type: 'infection.fever' }
	| { type: 'infection.localSign' }
	| { type: 'antithrombotic.acceptable' }
	| { type: 'antithrombotic.notAcceptable' }
	| { type: 'consent.given' }
	| { type: 'consent.declined' }
	| { type: 'breathing.canHoldPosition' }
	| { type: 'breathing.cannotHoldPosition' }
	| { type: 'performer.available' }
	| { type: 'performer.unavailable' }
	| { type: 'position.done' }
	| { type: 'epiduralSpace.found' }
	| { type: 'bloodDraw.done' }
	| { type: 'injection.completed' }
	| { type: 'injection.pausedForPain' }
	| { type: 'injection.radicularPain' }
	| { type: 'stopped.settled' }
	| { type: 'stopped.neuroSigns' }
	| { type: 'pause.settled' }
	| { type: 'pause.notSettling' }
	| { type: 'rest.done' }
	| { type: 'monitor.done' }
	| { type: 'start.followUp' }
	| { type: 'result.relief' }
	| { type: 'result.returnedOrPersists' }
	| { type: 'result.noEffect' }
	| { type: 'result.changedOrWorse' }
	| { type: 'result.newBackPainOrNeuroSigns' };

const stop = { type: 'final', meta: { kind: 'outcome' } } as const;

export const bloodPatchMachine = setup({
	types: {
		context: {} as RedFlagContext & StartPointContext,
		events: {} as BloodPatchEvent,
		output: {} as WorkflowOutput,
		meta: {} as StepMeta,
	},
	guards: { signsTicked: ({ event }) => signsTicked(event), caseJustOpened: ({ context }) => context.startsOpen },
	actions: {
		closeStartPoints: assign({ startsOpen: false }),
		raiseRedFlag: assign(({ context }, params: { patterns: readonly SuspectedPattern[] }) => ({
			patterns: withPatterns(context.patterns, params.patterns),
		})),
		addTickedSigns: assign(({ context, event }) => ({
			patterns: withPatterns(context.patterns, patternsOfSigns(choicesOf(event))),
		})),
	},
}).createMachine({
	id: 'blood-patch',
	context: { patterns: [], startsOpen: true },
	initial: 'redFlags',
	on: redFlagExitTransitions,
	output: handedOnOutput,
	states: {
		// Raised pressure and infection considered: the same red-flag screen as the headache workflow, and
		// every ticked sign carried [uppal-2023, qalsody-uspi; workflows.md §1 step 1, §2 step 1].
		redFlags: {
			meta: { kind: 'question', select: redFlagScreenSelect },
			exit: 'closeStartPoints',
			on: {
				...redFlagScreenAnswers('checkDiagnosis'),
				// A follow-up contact after a patch given earlier starts at the discharge advice, then the
				// result, once the red flags are checked at this contact; the checks before starting and the
				// procedure are not part of such a case [uppal-2023; workflows.md principles: safety first].
				'start.followUp': { guard: 'caseJustOpened', target: 'followUpRedFlags' },
			},
		},
		// The same red-flag screen at a follow-up contact, every ticked sign carried [workflows.md §1 step 1, §2 step 8].
		followUpRedFlags: {
			meta: { kind: 'question', select: redFlagScreenSelect },
			on: redFlagScreenAnswers('monitor'),
		},
		// Before starting [uppal-2023]: clinically suspected PLPH still stands.
		checkDiagnosis: {
			meta: { kind: 'question' },
			on: { 'diagnosis.confirmed': 'checkInfection', 'diagnosis.inDoubt': 'stopDiagnosisInDoubt' },
		},
		// Fever or infection is a hard stop here, stricter than the guideline's caution (C; Moderate) [uppal-2023, qalsody-eu-smpc].
		// Fever today is also the meningeal red flag, so it ends exactly as a ticked "fever" on the screen
		// does: the hand-over, whichever question the nurse meets it in [qalsody-uspi, ichd3].
		checkInfection: {
			meta: { kind: 'question' },
			on: {
				'infection.none': 'checkAntithrombotic',
				'infection.fever': raiseRedFlagTo(redFlagSignPatterns.fever, 'handover'),
				'infection.localSign': 'stopInfection',
			},
		},
		// Antithrombotic timing and, if indicated, platelets and coagulation per ASRA, SOAP or ESAIC/ESRA (A; Moderate).
		checkAntithrombotic: {
			meta: { kind: 'question' },
			on: {
				'antithrombotic.acceptable': 'checkConsent',
				'antithrombotic.notAcceptable': 'stopAntithrombotic',
			},
		},
		// Consent covers repeat dural puncture, backache, neurological complications (A; High); refusal is respected.
		checkConsent: {
			meta: { kind: 'question' },
			on: { 'consent.given': 'checkBreathing', 'consent.declined': 'stopConsentDeclined' },
		},
		// Can the participant hold the position, with NIV if used? [nice-ng42]
		checkBreathing: {
			meta: { kind: 'question' },
			on: {
				'breathing.canHoldPosition': 'checkPerformer',
				'breathing.cannotHoldPosition': 'stopBreathing',
			},
		},
		// A clinician experienced in epidural procedures, with an assistant for the sterile draw [uppal-2023].
		checkPerformer: {
			meta: { kind: 'question' },
			on: { 'performer.available': 'position', 'performer.unavailable': 'stopNoPerformer' },
		},
		stopDiagnosisInDoubt: stop,
		stopInfection: stop,
		stopAntithrombotic: stop,
		stopConsentDeclined: stop,
		stopBreathing: stop,
		stopNoPerformer: stop,
		// Lateral or sitting, as breathing allows; imaging guidance case by case (I; Low) [uppal-2023].
		position: {
			meta: { kind: 'checklist' },
			on: { 'position.done': 'epiduralSpace' },
		},
		// Loss of resistance, at or one level below the puncture (B; Moderate) [uppal-2023].
		epiduralSpace: {
			meta: { kind: 'checklist' },
			on: { 'epiduralSpace.found': 'bloodDraw' },
		},
		// Strictly aseptic draw of about 20 mL; over 30 mL no better (A; Moderate) [paech-2011, uppal-2023].
		bloodDraw: {
			meta: { kind: 'checklist' },
			on: { 'bloodDraw.done': 'injection' },
		},
		// Slow, incremental; stop for significant backache or headache, resume if it settles (A; Moderate)
		// [uppal-2023]. Sharp, shooting or radicular pain into a leg, or any new neurological symptom, is not
		// the expected pressure: the injection stops and does not resume (workflows.md §2 step 5, issue #10).
		injection: {
			meta: { kind: 'question' },
			on: {
				'injection.completed': 'rest',
				'injection.pausedForPain': 'injectionPaused',
				'injection.radicularPain': 'injectionStopped',
			},
		},
		// Stopped for good: no resume. A symptom that persists is a spinal red flag (haematoma, nerve injury)
		// [uppal-2023, qalsody-uspi, reilich-2024].
		injectionStopped: {
			meta: { kind: 'question' },
			on: {
				'stopped.settled': 'rest',
				'stopped.neuroSigns': raiseRedFlagTo(redFlagSignPatterns.spinal, 'handover'),
			},
		},
		injectionPaused: {
			meta: { kind: 'question' },
			on: { 'pause.settled': 'injection', 'pause.notSettling': 'rest' },
		},
		// Lying down in a tolerated position; no duration is evidence-based [uppal-2023]. The clock runs
		// toward 120 minutes, the longer arm of the only trial (favoured over 30 min) [martin-1994], which
		// is also the top of the source document's 1–2 h [seed-benchchem-2025].
		rest: {
			meta: { kind: 'checklist', timer: { purpose: 'target', minutes: 120 } },
			on: { 'rest.done': 'monitor' },
		},
		// Monitor and give discharge advice; return at once for red-flag symptoms (C; Low) [uppal-2023].
		monitor: {
			meta: { kind: 'checklist' },
			on: { 'monitor.done': 'result' },
		},
		// Outcome at follow-up [uppal-2023, gupta-2020-epimap].
		result: {
			meta: { kind: 'question' },
			on: {
				'result.relief': 'relieved',
				'result.returnedOrPersists': 'repeatPatchPossible',
				// No effect: other causes first, before any repeat [uppal-2023].
				'result.noEffect': 'otherCausesFirst',
				// Changed or worse despite the patch is step 1's "changed headache" flag (other pattern):
				// urgent neuroimaging and referral (B; Moderate) come as its first actions, with the report,
				// the same ending as the red-flag screen gives it [workflows.md §1 step 1, §2 step 8;
				// uppal-2023, bos-2021].
				'result.changedOrWorse': raiseRedFlagTo(redFlagSignPatterns.other, 'handover'),
				// New back pain or neurological signs: serious-event workflow, spinal branch.
				'result.newBackPainOrNeuroSigns': raiseRedFlagTo(redFlagSignPatterns.spinal, 'handover'),
			},
		},
		relieved: stop,
		repeatPatchPossible: stop,
		otherCausesFirst: stop,
		handover: handoverState,
	},
});
