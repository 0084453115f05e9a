import { describe, expect, it } from 'vitest';
import { plphMachine, plphMachineVersion } from '@/machines/plph';
import { seriousEventMachine, seriousEventMachineVersion } from '@/machines/serious-event';
import { shortestAnswerPaths, stateIdsOf } from '@/lib/step-paths';
import { decideStart } from '@/lib/walkthrough-start';
import { newSession, replay, withAnswer, type LoadedSession } from '@/lib/walkthrough-session';

const now = new Date('2026-11-26T10:00:00Z');
const plph = {
	workflowId: 'plph',
	machine: plphMachine,
	version: plphMachineVersion,
	stateIds: stateIdsOf(plphMachine),
	stepPaths: shortestAnswerPaths(plphMachine),
};
const inProgress = withAnswer(newSession('plph', plphMachineVersion, now), 'redFlags.none', now);
const saved: LoadedSession = { kind: 'ok', session: inProgress };
const currentStep = (session: Parameters<typeof replay>[1]) => {
	const result = replay(plphMachine, session);
	return result.ok ? result.path.at(-1)?.stateId : undefined;
};

describe('where a walkthrough opens', () => {
	it('resumes the saved session when the address asks for nothing else', () => {
		expect(decideStart(saved, {}, plph, now)).toEqual({ session: inProgress, notices: [] });
	});

	it('starts fresh and says why when the saved session was unreadable', () => {
		const decision = decideStart({ kind: 'unreadable', raw: '{' }, {}, plph, now);
		expect(decision.session.answers).toEqual([]);
		expect(decision.notices).toEqual([{ kind: 'unreadable' }]);
	});

	it('starts fresh and shows the earlier answers when the saved session is from another version', () => {
		const decision = decideStart({ kind: 'other-version', session: inProgress }, {}, plph, now);
		expect(decision.session.answers).toEqual([]);
		expect(decision.notices).toEqual([{ kind: 'earlier-version', answers: inProgress.answers }]);
	});

	it('opens a linked step by replaying the shortest path to it, and keeps the saved case aside', () => {
		const decision = decideStart(saved, { step: 'character' }, plph, now);
		expect(currentStep(decision.session)).toBe('character');
		expect(decision.session.answers.every((answer) => answer.fromLink)).toBe(true);
		expect(decision.setAside).toEqual(inProgress);
		expect(decision.notices).toEqual([{ kind: 'opened-from-link', step: 'character' }, { kind: 'set-aside' }]);
	});

	it('resumes the saved session when the link names the step it is already on', () => {
		expect(decideStart(saved, { step: 'timing' }, plph, now)).toEqual({ session: inProgress, notices: [] });
	});

	it('opens the start with a message for a link to a step that does not exist', () => {
		const decision = decideStart({ kind: 'none' }, { step: 'noSuchStep' }, plph, now);
		expect(currentStep(decision.session)).toBe('redFlags');
		expect(decision.notices).toEqual([{ kind: 'unknown-step', step: 'noSuchStep' }]);
	});

	it('opens the start with a message for a link to a step that cannot be reached', () => {
		const decision = decideStart({ kind: 'none' }, { step: 'timing' }, { ...plph, stepPaths: {} }, now);
		expect(decision.notices).toEqual([{ kind: 'unreachable-step', step: 'timing' }]);
	});

	const seriousEvent = {
		workflowId: 'serious-event',
		machine: seriousEventMachine,
		version: seriousEventMachineVersion,
		stateIds: stateIdsOf(seriousEventMachine),
		stepPaths: shortestAnswerPaths(seriousEventMachine),
	};

	it('starts a handed-over case with every suspected pattern carried across', () => {
		const decision = decideStart({ kind: 'none' }, { from: 'plph', patterns: ['pressure', 'meningeal'] }, seriousEvent, now);
		expect(decision.session.input).toEqual({ suspectedPatterns: ['meningeal', 'pressure'] });
		expect(decision.session.handedOverFrom).toBe('plph');
		expect(decision.notices).toEqual([{ kind: 'handed-over', from: 'plph', patterns: ['meningeal', 'pressure'] }]);
	});

	it('still reads an older link that carries a single pattern', () => {
		const decision = decideStart({ kind: 'none' }, { from: 'plph', patterns: ['spinal'] }, seriousEvent, now);
		expect(decision.session.input).toEqual({ suspectedPatterns: ['spinal'] });
	});

	it('does not carry across a pattern it does not know, says so, and keeps the others', () => {
		const decision = decideStart({ kind: 'none' }, { from: 'plph', patterns: ['weird', 'spinal'] }, seriousEvent, now);
		expect(decision.session.input).toEqual({ suspectedPatterns: ['spinal'] });
		expect(decision.notices).toEqual([
			{ kind: 'unknown-pattern', pattern: 'weird' },
			{ kind: 'handed-over', from: 'plph', patterns: ['spinal'] },
		]);
	});

	it('opens a link into a step after a multi-select, replaying the ticked options too', () => {
		const decision = decideStart({ kind: 'none' }, { step: 'firstActions' }, seriousEvent, now);
		const result = replay(seriousEventMachine, decision.session);
		expect(result.ok && result.path.at(-1)?.stateId).toBe('firstActions');
		expect(decision.session.answers[1]?.data?.choices.length).toBeGreaterThan(0);
	});
});
