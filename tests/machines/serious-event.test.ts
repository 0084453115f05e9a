import { describe, expect, it } from 'vitest';
import { seriousEventMachine } from '@/machines/serious-event';
import { chosen, walk } from './walk';

describe('the serious neurologic event workflow', () => {
	it('starts with immediate action, even when patterns were carried across', () => {
		expect(walk(seriousEventMachine, []).state).toBe('immediateAction');
		expect(walk(seriousEventMachine, [], { suspectedPatterns: ['meningeal'] }).state).toBe('immediateAction');
	});

	it('always asks for the patterns next, with the carried ones already ticked', () => {
		expect(walk(seriousEventMachine, ['immediate.done']).state).toBe('patterns');
		const carried = walk(seriousEventMachine, ['immediate.done'], { suspectedPatterns: ['spinal', 'meningeal'] });
		expect(carried.state).toBe('patterns');
		expect(carried.snapshot.context.patterns).toEqual(['spinal', 'meningeal']);
	});

	it('lets carried patterns be added to, never dropped', () => {
		const input = { suspectedPatterns: ['meningeal'] as const };
		expect(() => walk(seriousEventMachine, ['immediate.done', chosen('spinal')], { suspectedPatterns: [...input.suspectedPatterns] })).toThrow(
			'not accepted',
		);
		const added = walk(seriousEventMachine, ['immediate.done', chosen('meningeal', 'pressure')], {
			suspectedPatterns: [...input.suspectedPatterns],
		});
		expect(added.state).toBe('firstActions');
		expect(added.snapshot.context.patterns).toEqual(['meningeal', 'pressure']);
	});

	it('needs at least one pattern ("unsure" is one), and only known ones', () => {
		expect(() => walk(seriousEventMachine, ['immediate.done', chosen()])).toThrow('not accepted');
		expect(() => walk(seriousEventMachine, ['immediate.done', chosen('rash')])).toThrow('not accepted');
		expect(walk(seriousEventMachine, ['immediate.done', chosen('other')]).state).toBe('firstActions');
	});

	it('records the investigator’s dosing decision and ends after reporting', () => {
		const { snapshot, state } = walk(seriousEventMachine, [
			'immediate.done',
			chosen('pressure'),
			'firstActions.done',
			'dosing.interrupt',
			'report.done',
		]);
		expect(state).toBe('escalated');
		expect(snapshot.context.dosingDecision).toBe('interrupt');
	});

	it('requires the report step before the case is escalated', () => {
		expect(walk(seriousEventMachine, ['immediate.done', chosen('spinal'), 'firstActions.done', 'dosing.pending']).state).toBe(
			'report',
		);
	});
});
