import { describe, expect, it } from 'vitest';
import { bloodPatchMachine } from '@/machines/blood-patch';
import { bloodPatchChecksPass as allChecksPass, bloodPatchProcedure as procedure, walk } from './walk';

describe('the epidural blood patch workflow', () => {
	it('runs every check before the first procedural step opens', () => {
		for (let passed = 0; passed < allChecksPass.length; passed += 1) {
			const { state } = walk(bloodPatchMachine, allChecksPass.slice(0, passed));
			expect(state).toMatch(/^check/);
			expect(() => walk(bloodPatchMachine, [...allChecksPass.slice(0, passed), 'position.done'])).toThrow();
		}
		expect(walk(bloodPatchMachine, allChecksPass).state).toBe('position');
	});

	it.each([
		[0, 'diagnosis.inDoubt', 'stopDiagnosisInDoubt'],
		[1, 'infection.present', 'stopInfection'],
		[2, 'antithrombotic.notAcceptable', 'stopAntithrombotic'],
		[3, 'consent.declined', 'stopConsentDeclined'],
		[4, 'breathing.cannotHoldPosition', 'stopBreathing'],
		[5, 'performer.unavailable', 'stopNoPerformer'],
	])('stops before the patch when check %i fails (%s)', (index, no, stop) => {
		const { state, snapshot } = walk(bloodPatchMachine, [...allChecksPass.slice(0, index), no]);
		expect(state).toBe(stop);
		expect(snapshot.status).toBe('done');
	});

	it('opens each procedural step only after the one before is done', () => {
		for (let done = 0; done < procedure.length; done += 1) {
			const skipped = procedure[done + 1];
			if (skipped) expect(() => walk(bloodPatchMachine, [...allChecksPass, ...procedure.slice(0, done), skipped])).toThrow();
		}
		expect(walk(bloodPatchMachine, [...allChecksPass, ...procedure]).state).toBe('result');
	});

	it('pauses the injection for pain, resumes when it settles, and stops when it does not', () => {
		const toInjection = [...allChecksPass, 'position.done', 'epiduralSpace.found', 'bloodDraw.done'];
		expect(walk(bloodPatchMachine, [...toInjection, 'injection.pausedForPain']).state).toBe('injectionPaused');
		expect(walk(bloodPatchMachine, [...toInjection, 'injection.pausedForPain', 'pause.settled']).state).toBe('injection');
		expect(walk(bloodPatchMachine, [...toInjection, 'injection.pausedForPain', 'pause.notSettling']).state).toBe('rest');
	});

	it.each([
		['result.relief', 'relieved'],
		['result.returnedOrPersists', 'repeatPatchPossible'],
		['result.noEffectOrChanged', 'otherCausesFirst'],
		['result.worseDespitePatch', 'urgentImaging'],
		['result.newBackPainOrNeuroSigns', 'handoverSpinal'],
	])('ends after follow-up answer %s in %s', (answer, outcome) => {
		expect(walk(bloodPatchMachine, [...allChecksPass, ...procedure, answer]).state).toBe(outcome);
	});

	it('hands new back pain after a patch to the spinal branch of the serious-event workflow', () => {
		const { snapshot } = walk(bloodPatchMachine, [...allChecksPass, ...procedure, 'result.newBackPainOrNeuroSigns']);
		expect(snapshot.output).toEqual({ handoverTo: 'serious-event', pattern: 'spinal' });
	});
});
