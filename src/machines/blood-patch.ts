/**
 * Epidural blood patch (EBP) protocol: a procedural checklist that enforces its order. Implements
 * ../shared/workflows.md §2. The checks before starting come first, and any "no" stops the workflow
 * with the reason; each procedural step must be marked done before the next opens.
 */
import { assign, setup } from 'xstate';
import { handedOnOutput, handoverStates, recordRedFlag, raiseRedFlagTo, redFlagExitTransitions } from './red-flag-exit';
import type { RedFlagContext, RedFlagExitEvent, StepMeta, WorkflowOutput } from './workflow-types';

export const bloodPatchMachineVersion = 1;

export type BloodPatchEvent =
	| RedFlagExitEvent
	| { type: 'diagnosis.confirmed' }
	| { type: 'diagnosis.inDoubt' }
	| { type: 'infection.none' }
	| { type: 'infection.present' }
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
	| { type: 'pause.settled' }
	| { type: 'pause.notSettling' }
	| { type: 'rest.done' }
	| { type: 'monitor.done' }
	| { type: 'result.relief' }
	| { type: 'result.returnedOrPersists' }
	| { type: 'result.noEffectOrChanged' }
	| { type: 'result.worseDespitePatch' }
	| { type: 'result.newBackPainOrNeuroSigns' };

const stop = { type: 'final', meta: { kind: 'outcome' } } as const;

export const bloodPatchMachine = setup({
	types: {
		context: {} as RedFlagContext,
		events: {} as BloodPatchEvent,
		output: {} as WorkflowOutput,
		meta: {} as StepMeta,
	},
	actions: {
		raiseRedFlag: assign(recordRedFlag),
	},
}).createMachine({
	id: 'blood-patch',
	context: { redFlag: null },
	initial: 'checkDiagnosis',
	on: redFlagExitTransitions,
	output: handedOnOutput,
	states: {
		// Before starting [uppal-2023]: clinically suspected PLPH stands, raised pressure and infection considered.
		checkDiagnosis: {
			meta: { kind: 'question' },
			on: { 'diagnosis.confirmed': 'checkInfection', 'diagnosis.inDoubt': 'stopDiagnosisInDoubt' },
		},
		// Fever or infection is a hard stop here, stricter than the guideline's caution (C; Moderate) [uppal-2023, qalsody-eu-smpc].
		checkInfection: {
			meta: { kind: 'question' },
			on: { 'infection.none': 'checkAntithrombotic', 'infection.present': 'stopInfection' },
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
		// Slow, incremental; stop for significant backache or headache, resume if it settles (A; Moderate).
		injection: {
			meta: { kind: 'question' },
			on: { 'injection.completed': 'rest', 'injection.pausedForPain': 'injectionPaused' },
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
				'result.noEffectOrChanged': 'otherCausesFirst',
				'result.worseDespitePatch': 'urgentImaging',
				// New back pain or neurological signs: serious-event workflow, spinal branch.
				'result.newBackPainOrNeuroSigns': raiseRedFlagTo('spinal', 'handoverSpinal'),
			},
		},
		relieved: stop,
		repeatPatchPossible: stop,
		otherCausesFirst: stop,
		// Worse despite the patch: urgent neuroimaging and referral (B; Moderate) [uppal-2023, bos-2021].
		urgentImaging: stop,
		...handoverStates,
	},
});
