import { describe, expect, it } from 'vitest';
import { bloodPatchMachine } from '@/machines/blood-patch';
import { bloodPatchChecksPass as allChecksPass, bloodPatchProcedure as procedure, ticked, walk } from './walk';

const toInjection = [...allChecksPass, 'position.done', 'epiduralSpace.found', 'bloodDraw.done'];

describe('the epidural blood patch workflow', () => {
	it('screens every red-flag group first, then runs every check before the first procedural step opens', () => {
		expect(walk(bloodPatchMachine, []).state).toBe('redFlags');
		for (let passed = 1; passed < allChecksPass.length; passed += 1) {
			const { state } = walk(bloodPatchMachine, allChecksPass.slice(0, passed));
			expect(state).toMatch(/^check/);
			expect(() => walk(bloodPatchMachine, [...allChecksPass.slice(0, passed), 'position.done'])).toThrow();
		}
		expect(walk(bloodPatchMachine, allChecksPass).state).toBe('position');
	});

	it('hands every ticked red flag over together, with no patch', () => {
		const { state, snapshot } = walk(bloodPatchMachine, [ticked('pressure', 'fever')]);
		expect(state).toBe('handover');
		expect(snapshot.output).toEqual({ handoverTo: 'serious-event', patterns: ['meningeal', 'pressure'] });
	});

	it.each([
		[1, 'diagnosis.inDoubt', 'stopDiagnosisInDoubt'],
		[2, 'infection.localSign', 'stopInfection'],
		[3, 'antithrombotic.notAcceptable', 'stopAntithrombotic'],
		[4, 'consent.declined', 'stopConsentDeclined'],
		[5, 'breathing.cannotHoldPosition', 'stopBreathing'],
		[6, 'performer.unavailable', 'stopNoPerformer'],
	])('stops before the patch when check %i fails (%s)', (index, no, stop) => {
		const { state, snapshot } = walk(bloodPatchMachine, [...allChecksPass.slice(0, index), no]);
		expect(state).toBe(stop);
		expect(snapshot.status).toBe('done');
	});

	it('gives fever today the same ending whichever question it is met in: the meningeal hand-over', () => {
		const atScreen = walk(bloodPatchMachine, [ticked('fever')]);
		const atInfectionCheck = walk(bloodPatchMachine, [...allChecksPass.slice(0, 2), 'infection.fever']);
		expect(atInfectionCheck.state).toBe(atScreen.state);
		expect(atInfectionCheck.snapshot.output).toEqual(atScreen.snapshot.output);
		expect(atScreen.snapshot.output).toEqual({ handoverTo: 'serious-event', patterns: ['meningeal'] });
	});

	it('opens each procedural step only after the one before is done', () => {
		for (let done = 0; done < procedure.length; done += 1) {
			const skipped = procedure[done + 1];
			if (skipped) expect(() => walk(bloodPatchMachine, [...allChecksPass, ...procedure.slice(0, done), skipped])).toThrow();
		}
		expect(walk(bloodPatchMachine, [...allChecksPass, ...procedure]).state).toBe('result');
	});

	it('pauses the injection for backache or headache, resumes when it settles, and stops when it does not', () => {
		expect(walk(bloodPatchMachine, [...toInjection, 'injection.pausedForPain']).state).toBe('injectionPaused');
		expect(walk(bloodPatchMachine, [...toInjection, 'injection.pausedForPain', 'pause.settled']).state).toBe('injection');
		expect(walk(bloodPatchMachine, [...toInjection, 'injection.pausedForPain', 'pause.notSettling']).state).toBe('rest');
	});

	it('stops the injection for radicular pain and never resumes it', () => {
		const stopped = [...toInjection, 'injection.radicularPain'];
		expect(walk(bloodPatchMachine, stopped).state).toBe('injectionStopped');
		expect(() => walk(bloodPatchMachine, [...stopped, 'pause.settled'])).toThrow('not accepted');
		expect(() => walk(bloodPatchMachine, [...stopped, 'injection.completed'])).toThrow('not accepted');
		expect(walk(bloodPatchMachine, [...stopped, 'stopped.settled']).state).toBe('rest');
		expect(walk(bloodPatchMachine, [...stopped, 'stopped.neuroSigns']).snapshot.output).toEqual({
			handoverTo: 'serious-event',
			patterns: ['spinal'],
		});
	});

	it.each([
		['result.relief', 'relieved'],
		['result.returnedOrPersists', 'repeatPatchPossible'],
		['result.noEffect', 'otherCausesFirst'],
		['result.changedOrWorse', 'handover'],
		['result.newBackPainOrNeuroSigns', 'handover'],
	])('ends after follow-up answer %s in %s', (answer, outcome) => {
		expect(walk(bloodPatchMachine, [...allChecksPass, ...procedure, answer]).state).toBe(outcome);
	});

	it('hands new back pain after a patch to the serious-event workflow with the spinal pattern', () => {
		const { snapshot } = walk(bloodPatchMachine, [...allChecksPass, ...procedure, 'result.newBackPainOrNeuroSigns']);
		expect(snapshot.output).toEqual({ handoverTo: 'serious-event', patterns: ['spinal'] });
	});

	it('hands a headache changed or worse despite the patch over as the red flag it is, as the screen would', () => {
		const afterPatch = walk(bloodPatchMachine, [...allChecksPass, ...procedure, 'result.changedOrWorse']);
		const onTheScreen = walk(bloodPatchMachine, [ticked('other')]);
		expect(afterPatch.snapshot.output).toEqual({ handoverTo: 'serious-event', patterns: ['other'] });
		expect(afterPatch.snapshot.output).toEqual(onTheScreen.snapshot.output);
	});
});
