import { describe, expect, it } from 'vitest';
import { initialTransition } from 'xstate';
import { plphMachine } from '@/machines/plph';
import { noRedFlags, walk } from './walk';

describe('the headache (PLPH) workflow', () => {
	it('asks about meningitis signs before anything else', () => {
		const [snapshot] = initialTransition(plphMachine);
		expect(snapshot.value).toBe('flagMeningitis');
	});

	it('asks every red-flag question before timing or character', () => {
		expect(walk(plphMachine, noRedFlags.slice(0, 1)).state).toBe('flagPressure');
		expect(walk(plphMachine, noRedFlags.slice(0, 2)).state).toBe('flagSpinal');
		expect(walk(plphMachine, noRedFlags.slice(0, 3)).state).toBe('flagUrgent');
		expect(walk(plphMachine, noRedFlags).state).toBe('timing');
	});

	it.each([
		['flag.meningitis.yes', [], 'handoverMeningeal', 'meningeal'],
		['flag.pressure.yes', noRedFlags.slice(0, 1), 'handoverPressure', 'pressure'],
		['flag.spinal.yes', noRedFlags.slice(0, 2), 'handoverSpinal', 'spinal'],
		['flag.urgent.yes', noRedFlags.slice(0, 3), 'handoverOther', 'other'],
	])('hands %s over to the serious-event workflow with its pattern', (yes, before, state, pattern) => {
		const { state: reached, snapshot } = walk(plphMachine, [...before, yes]);
		expect(reached).toBe(state);
		expect(snapshot.status).toBe('done');
		expect(snapshot.output).toEqual({ handoverTo: 'serious-event', pattern });
	});

	it('treats onset after day 5 as atypical: evaluation first, then it carries on', () => {
		expect(walk(plphMachine, [...noRedFlags, 'timing.afterFiveDays']).state).toBe('lateOnset');
		expect(walk(plphMachine, [...noRedFlags, 'timing.afterFiveDays', 'lateOnset.done']).state).toBe('character');
	});

	it('does not exclude PLPH for a headache that is not postural, unless it needs evaluation', () => {
		const nonPostural = [...noRedFlags, 'timing.withinFiveDays', 'character.notPostural'];
		expect(walk(plphMachine, [...nonPostural, 'nonPostural.noConcern']).state).toBe('breathing');
		expect(walk(plphMachine, [...nonPostural, 'nonPostural.needsEvaluation']).state).toBe('nonPosturalEvaluation');
	});

	it('asks about breathing before any advice to lie flat', () => {
		const postural = [...noRedFlags, 'timing.withinFiveDays', 'character.postural'];
		expect(walk(plphMachine, postural).state).toBe('breathing');
		expect(walk(plphMachine, [...postural, 'breathing.breathlessFlatOrNiv']).state).toBe('tolerablePosition');
		expect(walk(plphMachine, [...postural, 'breathing.breathlessFlatOrNiv', 'position.done']).state).toBe(
			'conservativeCare',
		);
	});

	it('loops conservative care and reassessment until the headache improves or needs referral', () => {
		const toReassess = [...noRedFlags, 'timing.withinFiveDays', 'character.postural', 'breathing.comfortableFlat', 'care.done'];
		expect(walk(plphMachine, toReassess).state).toBe('reassess');
		expect(walk(plphMachine, [...toReassess, 'reassess.sameTolerable']).state).toBe('conservativeCare');
		expect(walk(plphMachine, [...toReassess, 'reassess.improving']).state).toBe('resolving');
		const referral = walk(plphMachine, [...toReassess, 'reassess.failingDailyLifeImpaired']);
		expect(referral.state).toBe('referForBloodPatch');
		expect(referral.snapshot.output).toEqual({ handoverTo: 'blood-patch' });
	});

	it('sends a changed headache back through the red-flag screen', () => {
		const toReassess = [...noRedFlags, 'timing.withinFiveDays', 'character.postural', 'breathing.comfortableFlat', 'care.done'];
		expect(walk(plphMachine, [...toReassess, 'reassess.changedOrNewSymptoms']).state).toBe('flagMeningitis');
	});

	it('accepts the red-flag exit on a step deep in the workflow', () => {
		const toCare = [...noRedFlags, 'timing.withinFiveDays', 'character.postural', 'breathing.comfortableFlat'];
		const { state, snapshot } = walk(plphMachine, [...toCare, 'redFlag.pressure']);
		expect(state).toBe('handoverPressure');
		expect(snapshot.context.redFlag).toBe('pressure');
	});

	it('refuses an answer that belongs to another step', () => {
		expect(() => walk(plphMachine, ['timing.withinFiveDays'])).toThrow('not accepted');
	});
});
