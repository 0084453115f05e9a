import { describe, expect, it } from 'vitest';
import { initialTransition } from 'xstate';
import { plphMachine } from '@/machines/plph';
import { noRedFlags, ticked, walk } from './walk';

const toReassess = [...noRedFlags, 'timing.withinFiveDays', 'character.postural', 'breathing.comfortableFlat', 'care.done'];
const nonPosturalToReassess = [
	...noRedFlags,
	'timing.withinFiveDays',
	'character.notPostural',
	'nonPostural.noConcern',
	'nonPosturalCare.done',
	'breathing.comfortableFlat',
	'care.done',
];

describe('the headache (PLPH) workflow', () => {
	it('opens on the red-flag screen, before anything else', () => {
		const [snapshot] = initialTransition(plphMachine);
		expect(snapshot.value).toBe('redFlags');
	});

	it('asks every red-flag group on one screen: "None of these" goes on to timing in one tap', () => {
		expect(walk(plphMachine, noRedFlags).state).toBe('timing');
	});

	it.each([
		['fever', ['meningeal']],
		['confusionOrDrowsiness', ['meningeal', 'reducedConsciousness']],
		['pressure', ['pressure']],
		['spinal', ['spinal']],
		['other', ['other']],
	])('hands the sign %s over to the serious-event workflow with its patterns', (sign, patterns) => {
		const { state, snapshot } = walk(plphMachine, [ticked(sign)]);
		expect(state).toBe('handover');
		expect(snapshot.status).toBe('done');
		expect(snapshot.output).toEqual({ handoverTo: 'serious-event', patterns });
	});

	it('carries every ticked group together, never only the first', () => {
		const { snapshot } = walk(plphMachine, [ticked('other', 'fever', 'spinal')]);
		expect(snapshot.output).toEqual({ handoverTo: 'serious-event', patterns: ['spinal', 'meningeal', 'other'] });
	});

	it('refuses a ticked answer with no sign or an unknown sign', () => {
		expect(() => walk(plphMachine, [ticked()])).toThrow('not accepted');
		expect(() => walk(plphMachine, [ticked('fever', 'rash')])).toThrow('not accepted');
		expect(() => walk(plphMachine, ['redFlags.ticked'])).toThrow('not accepted');
	});

	it('treats onset after day 5 as atypical: evaluation first, then it carries on', () => {
		expect(walk(plphMachine, [...noRedFlags, 'timing.afterFiveDays']).state).toBe('lateOnset');
		expect(walk(plphMachine, [...noRedFlags, 'timing.afterFiveDays', 'lateOnset.done']).state).toBe('character');
	});

	it('does not exclude PLPH for a headache that is not postural: other causes considered, then care', () => {
		const nonPostural = [...noRedFlags, 'timing.withinFiveDays', 'character.notPostural'];
		expect(walk(plphMachine, [...nonPostural, 'nonPostural.noConcern']).state).toBe('nonPosturalCare');
		expect(walk(plphMachine, [...nonPostural, 'nonPostural.noConcern', 'nonPosturalCare.done']).state).toBe('breathing');
		expect(walk(plphMachine, [...nonPostural, 'nonPostural.beyondFourteenDays']).state).toBe('nonPosturalEvaluation');
	});

	it('hands over signs of meningitis found at the non-postural check, carrying their patterns as the screen would', () => {
		const nonPostural = [...noRedFlags, 'timing.withinFiveDays', 'character.notPostural'];
		for (const route of [
			[...nonPostural, 'nonPostural.meningealSigns'],
			[...nonPosturalToReassess, 'recheck.meningealSigns'],
		]) {
			const { state, snapshot } = walk(plphMachine, route);
			expect(state, route.at(-1)).toBe('handover');
			expect(snapshot.output).toEqual({ handoverTo: 'serious-event', patterns: ['meningeal'] });
		}
		// Confusion or drowsiness belongs to the same group and also carries reduced consciousness.
		for (const route of [
			[...nonPostural, 'nonPostural.confusionOrDrowsiness'],
			[...nonPosturalToReassess, 'recheck.confusionOrDrowsiness'],
		]) {
			expect(walk(plphMachine, route).snapshot.output, route.at(-1)).toEqual({
				handoverTo: 'serious-event',
				patterns: ['meningeal', 'reducedConsciousness'],
			});
		}
	});

	it('opens every reassessment of a non-postural headache with the 14-day / meningeal-signs check', () => {
		expect(walk(plphMachine, nonPosturalToReassess).state).toBe('nonPosturalRecheck');
		const second = [...nonPosturalToReassess, 'recheck.noConcern', 'reassess.sameTolerable', 'care.done'];
		expect(walk(plphMachine, second).state).toBe('nonPosturalRecheck');
		expect(walk(plphMachine, [...second, 'recheck.beyondFourteenDays']).state).toBe('nonPosturalEvaluation');
	});

	it('lets no answer refer a non-postural headache on before its check has been passed', () => {
		expect(() => walk(plphMachine, [...nonPosturalToReassess, 'reassess.failingDailyLifeImpaired'])).toThrow('not accepted');
		expect(() => walk(plphMachine, [...nonPosturalToReassess, 'reassess.hearingLoss'])).toThrow('not accepted');
		expect(walk(plphMachine, [...nonPosturalToReassess, 'recheck.noConcern', 'reassess.failingDailyLifeImpaired']).state).toBe(
			'referForBloodPatch',
		);
	});

	it('does not ask the non-postural check for a postural headache', () => {
		expect(walk(plphMachine, toReassess).state).toBe('reassess');
		expect(walk(plphMachine, [...toReassess, 'reassess.sameTolerable']).state).toBe('conservativeCare');
	});

	it('asks about breathing before any advice to lie flat', () => {
		const postural = [...noRedFlags, 'timing.withinFiveDays', 'character.postural'];
		expect(walk(plphMachine, postural).state).toBe('breathing');
		expect(walk(plphMachine, [...postural, 'breathing.breathlessFlatOrNiv']).state).toBe('tolerablePosition');
		expect(walk(plphMachine, [...postural, 'breathing.breathlessFlatOrNiv', 'position.done']).state).toBe('conservativeCare');
	});

	it('loops conservative care and reassessment until the headache improves or needs referral', () => {
		expect(walk(plphMachine, toReassess).state).toBe('reassess');
		expect(walk(plphMachine, [...toReassess, 'reassess.improving']).state).toBe('resolving');
		const referral = walk(plphMachine, [...toReassess, 'reassess.failingDailyLifeImpaired']);
		expect(referral.state).toBe('referForBloodPatch');
		expect(referral.snapshot.output).toEqual({ handoverTo: 'blood-patch' });
	});

	it('sends a changed headache back to the red-flag screen', () => {
		expect(walk(plphMachine, [...toReassess, 'reassess.changedOrNewSymptoms']).state).toBe('redFlags');
	});

	it('accepts the red-flag exit on a step deep in the workflow, adding its group', () => {
		const toCare = [...noRedFlags, 'timing.withinFiveDays', 'character.postural', 'breathing.comfortableFlat'];
		const { state, snapshot } = walk(plphMachine, [...toCare, 'redFlag.pressure']);
		expect(state).toBe('handover');
		expect(snapshot.context.patterns).toEqual(['pressure']);
		expect(walk(plphMachine, [...toCare, 'redFlag.reducedConsciousness']).snapshot.output.patterns).toEqual([
			'meningeal',
			'reducedConsciousness',
		]);
	});

	it('refuses an answer that belongs to another step', () => {
		expect(() => walk(plphMachine, ['timing.withinFiveDays'])).toThrow('not accepted');
	});
});
