/**
 * Hand-written journeys from the situations in ../shared/workflows.md. Generated graph tests prove the
 * walkthrough matches the machine; these prove the machine gives the answer the clinical design expects.
 */
import { describe, expect, it } from 'vitest';
import { bloodPatchMachine } from '@/machines/blood-patch';
import { plphMachine } from '@/machines/plph';
import { seriousEventMachine } from '@/machines/serious-event';
import { bloodPatchChecksPass as ebpChecksPass, bloodPatchProcedure as ebpProcedure, noRedFlags, walk } from './walk';

const typicalPlph = [...noRedFlags, 'timing.withinFiveDays', 'character.postural', 'breathing.comfortableFlat', 'care.done'];

describe('journeys from workflows.md', () => {
	it('orthostatic headache on day 2 without red flags → conservative care, improving → resolving', () => {
		expect(walk(plphMachine, [...noRedFlags, 'timing.withinFiveDays', 'character.postural', 'breathing.comfortableFlat']).state).toBe(
			'conservativeCare',
		);
		expect(walk(plphMachine, [...typicalPlph, 'reassess.improving']).state).toBe('resolving');
	});

	it('fever and stiff neck → meningitis branch, where bacterial meningitis is excluded first', () => {
		const plph = walk(plphMachine, ['flag.meningitis.yes']);
		expect(plph.snapshot.output).toEqual({ handoverTo: 'serious-event', pattern: 'meningeal' });
		const serious = walk(seriousEventMachine, ['immediate.done'], { suspectedPattern: plph.snapshot.output.pattern });
		expect(serious.state).toBe('meningeal');
	});

	it('headache worse lying down with blurred vision → pressure branch, never a blood patch', () => {
		const plph = walk(plphMachine, ['flag.meningitis.no', 'flag.pressure.yes']);
		expect(plph.state).toBe('handoverPressure');
		expect(plph.snapshot.output.handoverTo).toBe('serious-event');
		expect(walk(seriousEventMachine, ['immediate.done'], { suspectedPattern: 'pressure' }).state).toBe('pressure');
	});

	it('new back pain with leg numbness after a dose → spinal branch', () => {
		expect(walk(plphMachine, ['flag.meningitis.no', 'flag.pressure.no', 'flag.spinal.yes']).snapshot.output).toEqual({
			handoverTo: 'serious-event',
			pattern: 'spinal',
		});
	});

	it('a seizure after a dose → urgent evaluation in the serious-event workflow', () => {
		const plph = walk(plphMachine, [...noRedFlags.slice(0, 3), 'flag.urgent.yes']);
		expect(plph.snapshot.output).toEqual({ handoverTo: 'serious-event', pattern: 'other' });
		expect(walk(seriousEventMachine, ['immediate.done'], { suspectedPattern: 'other' }).state).toBe('otherOrUnsure');
	});

	it('headache starting on day 7 → medical evaluation first, PLPH not excluded', () => {
		expect(walk(plphMachine, [...noRedFlags, 'timing.afterFiveDays']).state).toBe('lateOnset');
		expect(walk(plphMachine, [...noRedFlags, 'timing.afterFiveDays', 'lateOnset.done', 'character.postural']).state).toBe(
			'breathing',
		);
	});

	it('non-postural headache lasting beyond 14 days → medical evaluation for other causes', () => {
		expect(
			walk(plphMachine, [...noRedFlags, 'timing.withinFiveDays', 'character.notPostural', 'nonPostural.needsEvaluation']).state,
		).toBe('nonPosturalEvaluation');
	});

	it('participant breathless lying flat → a tolerated position before conservative care', () => {
		expect(
			walk(plphMachine, [...noRedFlags, 'timing.withinFiveDays', 'character.postural', 'breathing.breathlessFlatOrNiv']).state,
		).toBe('tolerablePosition');
	});

	it('conservative care failing and daily life impaired → referral for a blood patch', () => {
		const referral = walk(plphMachine, [...typicalPlph, 'reassess.sameTolerable', 'care.done', 'reassess.failingDailyLifeImpaired']);
		expect(referral.state).toBe('referForBloodPatch');
		expect(referral.snapshot.output).toEqual({ handoverTo: 'blood-patch' });
	});

	it('new hearing loss with PLPH → early referral considered', () => {
		expect(walk(plphMachine, [...typicalPlph, 'reassess.hearingLoss']).state).toBe('referEarlyHearingLoss');
	});

	it('headache that changes character at follow-up → back to the red-flag screen, then urgent evaluation', () => {
		expect(walk(plphMachine, [...typicalPlph, 'reassess.changedOrNewSymptoms', ...noRedFlags.slice(0, 3), 'flag.urgent.yes']).state).toBe(
			'handoverOther',
		);
	});

	it('fever on the day of a planned patch → patch not started', () => {
		const { state, snapshot } = walk(bloodPatchMachine, ['diagnosis.confirmed', 'infection.present']);
		expect(state).toBe('stopInfection');
		expect(snapshot.status).toBe('done');
	});

	it('anticoagulant given too recently → patch not started', () => {
		expect(walk(bloodPatchMachine, ['diagnosis.confirmed', 'infection.none', 'antithrombotic.notAcceptable']).state).toBe(
			'stopAntithrombotic',
		);
	});

	it('participant declines consent → conservative care, no patch', () => {
		expect(walk(bloodPatchMachine, ebpChecksPass.slice(0, 3).concat('consent.declined')).state).toBe('stopConsentDeclined');
	});

	it('patch stopped for back pain that does not settle → rest and monitoring with the volume given', () => {
		expect(
			walk(bloodPatchMachine, [...ebpChecksPass, 'position.done', 'epiduralSpace.found', 'bloodDraw.done', 'injection.pausedForPain', 'pause.notSettling'])
				.state,
		).toBe('rest');
	});

	it('a typical patch with relief → documented, followed up until resolved', () => {
		expect(walk(bloodPatchMachine, [...ebpChecksPass, ...ebpProcedure, 'result.relief']).state).toBe('relieved');
	});

	it('headache returning after a patch → a repeat patch is possible', () => {
		expect(walk(bloodPatchMachine, [...ebpChecksPass, ...ebpProcedure, 'result.returnedOrPersists']).state).toBe('repeatPatchPossible');
	});

	it('worse despite the patch → urgent neuroimaging and referral', () => {
		expect(walk(bloodPatchMachine, [...ebpChecksPass, ...ebpProcedure, 'result.worseDespitePatch']).state).toBe('urgentImaging');
	});

	it('new back pain and weakness after a patch → spinal branch of the serious-event workflow', () => {
		expect(walk(bloodPatchMachine, [...ebpChecksPass, ...ebpProcedure, 'result.newBackPainOrNeuroSigns']).snapshot.output).toEqual({
			handoverTo: 'serious-event',
			pattern: 'spinal',
		});
	});

	it('red flag raised during the blood-draw step → hand-over, the patch goes no further', () => {
		const { state, snapshot } = walk(bloodPatchMachine, [...ebpChecksPass, 'position.done', 'epiduralSpace.found', 'redFlag.meningeal']);
		expect(state).toBe('handoverMeningeal');
		expect(snapshot.status).toBe('done');
	});

	it('suspected myelitis reported directly → immediate action, pattern, investigator decision, report', () => {
		const { state, snapshot } = walk(seriousEventMachine, [
			'immediate.done',
			'pattern.spinal',
			'spinal.done',
			'dosing.discontinue',
			'report.done',
		]);
		expect(state).toBe('escalated');
		expect(snapshot.context.dosingDecision).toBe('discontinue');
	});

	it('more than one pattern or unsure → the other/unsure branch', () => {
		expect(walk(seriousEventMachine, ['immediate.done', 'pattern.otherOrUnsure']).state).toBe('otherOrUnsure');
	});
});
