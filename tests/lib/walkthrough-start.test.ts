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
const inProgress = withAnswer(newSession('plph', plphMachineVersion, now), 'flag.meningitis.no', now);
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
		expect(decideStart(saved, { step: 'flagPressure' }, plph, now)).toEqual({ session: inProgress, notices: [] });
	});

	it('opens the start with a message for a link to a step that does not exist', () => {
		const decision = decideStart({ kind: 'none' }, { step: 'noSuchStep' }, plph, now);
		expect(currentStep(decision.session)).toBe('flagMeningitis');
		expect(decision.notices).toEqual([{ kind: 'unknown-step', step: 'noSuchStep' }]);
	});

	it('opens the start with a message for a link to a step that cannot be reached', () => {
		const decision = decideStart({ kind: 'none' }, { step: 'timing' }, { ...plph, stepPaths: {} }, now);
		expect(decision.notices).toEqual([{ kind: 'unreachable-step', step: 'timing' }]);
	});

	it('starts a handed-over case with the suspected pattern carried across', () => {
		const decision = decideStart(
			{ kind: 'none' },
			{ from: 'plph', pattern: 'meningeal' },
			{
				workflowId: 'serious-event',
				machine: seriousEventMachine,
				version: seriousEventMachineVersion,
				stateIds: stateIdsOf(seriousEventMachine),
				stepPaths: shortestAnswerPaths(seriousEventMachine),
			},
			now,
		);
		expect(decision.session.input).toEqual({ suspectedPattern: 'meningeal' });
		expect(decision.session.handedOverFrom).toBe('plph');
		expect(decision.notices).toEqual([{ kind: 'handed-over', from: 'plph', pattern: 'meningeal' }]);
	});

	it('does not carry across a pattern it does not know, and says so', () => {
		const decision = decideStart({ kind: 'none' }, { from: 'plph', pattern: 'weird' }, plph, now);
		expect(decision.session.input).toBeUndefined();
		expect(decision.notices[0]).toEqual({ kind: 'unknown-pattern', pattern: 'weird' });
	});
});
