import { describe, expect, it } from 'vitest';
import { seriousEventMachine } from '@/machines/serious-event';
import { walk } from './walk';

describe('the serious neurologic event workflow', () => {
	it('starts with immediate action, even when a pattern was carried across', () => {
		expect(walk(seriousEventMachine, []).state).toBe('immediateAction');
		expect(walk(seriousEventMachine, [], { suspectedPattern: 'meningeal' }).state).toBe('immediateAction');
	});

	it('asks for the pattern when none was carried across', () => {
		expect(walk(seriousEventMachine, ['immediate.done']).state).toBe('pattern');
	});

	it.each([
		['spinal', 'spinal'],
		['meningeal', 'meningeal'],
		['pressure', 'pressure'],
		['other', 'otherOrUnsure'],
	] as const)('goes straight to the %s branch when that pattern was carried across', (pattern, branch) => {
		expect(walk(seriousEventMachine, ['immediate.done'], { suspectedPattern: pattern }).state).toBe(branch);
	});

	it('records the investigator’s dosing decision and ends after reporting', () => {
		const { snapshot, state } = walk(seriousEventMachine, [
			'immediate.done',
			'pattern.pressure',
			'pressure.done',
			'dosing.interrupt',
			'report.done',
		]);
		expect(state).toBe('escalated');
		expect(snapshot.context.dosingDecision).toBe('interrupt');
	});

	it('requires the report step before the case is escalated', () => {
		expect(
			walk(seriousEventMachine, ['immediate.done', 'pattern.spinal', 'spinal.done', 'dosing.pending']).state,
		).toBe('report');
	});
});
