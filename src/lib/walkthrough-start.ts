/**
 * Decides where a walkthrough opens, from what was saved on this device and what the URL asks for
 * (a link into a step, or a hand-over from another workflow). Pure, so every case is unit-tested.
 * Whatever it decides, nothing the user entered is thrown away: a session it does not resume is
 * set aside (and can be restored), or, when it cannot be resumed, its answers are shown.
 */
import type { AnyStateMachine } from 'xstate';
import { isSuspectedPattern, patternSet, type SuspectedPattern } from '@/machines/workflow-types';
import type { StepPaths } from './step-paths';
import { newSession, replay, withAnswer, type LoadedSession, type WalkthroughSession } from './walkthrough-session';

export interface StartRequest {
	/** `?step=` : the state id a link points to. */
	step?: string | null;
	/** `?from=` : the workflow that handed over. */
	from?: string | null;
	/** `?pattern=` , repeated: every suspected pattern carried across (an older link carries one). */
	patterns?: readonly string[];
}

export type StartNotice =
	| { kind: 'unreadable' }
	| { kind: 'earlier-version'; answers: Pick<WalkthroughSession['answers'][number], 'event' | 'at' | 'data'>[] }
	| { kind: 'unknown-step'; step: string }
	| { kind: 'unreachable-step'; step: string }
	| { kind: 'opened-from-link'; step: string }
	| { kind: 'handed-over'; from: string; patterns: SuspectedPattern[] }
	| { kind: 'unknown-pattern'; pattern: string }
	| { kind: 'set-aside' };

export interface StartDecision {
	session: WalkthroughSession;
	notices: StartNotice[];
	/** A saved session in progress that this start did not resume; offered back with "Restore". */
	setAside?: WalkthroughSession;
}

export interface WorkflowFacts {
	workflowId: string;
	machine: AnyStateMachine;
	version: number;
	stateIds: readonly string[];
	stepPaths: StepPaths;
}

export function decideStart(saved: LoadedSession, request: StartRequest, workflow: WorkflowFacts, now: Date): StartDecision {
	const fresh = (extra: Parameters<typeof newSession>[3] = {}) =>
		newSession(workflow.workflowId, workflow.version, now, extra);
	const notices: StartNotice[] = [];
	let resumable: WalkthroughSession | undefined;

	switch (saved.kind) {
		case 'ok':
			resumable = saved.session;
			break;
		case 'unreadable':
			notices.push({ kind: 'unreadable' });
			break;
		case 'other-version':
		case 'no-longer-fits':
			notices.push({ kind: 'earlier-version', answers: saved.session.answers });
			break;
		case 'none':
			break;
	}
	const inProgress = resumable && resumable.answers.length > 0 ? resumable : undefined;
	const setAside = (decision: StartDecision): StartDecision =>
		inProgress ? { ...decision, notices: [...decision.notices, { kind: 'set-aside' }], setAside: inProgress } : decision;

	// A hand-over from another workflow starts a new case here, carrying every suspected pattern. A
	// pattern the link names but this guide does not know is reported, never guessed; the others are kept.
	if (request.from) {
		const named = request.patterns ?? [];
		for (const pattern of named.filter((candidate) => !isSuspectedPattern(candidate))) {
			notices.push({ kind: 'unknown-pattern', pattern });
		}
		const carried = patternSet(named.filter(isSuspectedPattern));
		const session = fresh({
			handedOverFrom: request.from,
			...(carried.length > 0 ? { input: { suspectedPatterns: carried } } : {}),
		});
		return setAside({
			session,
			notices: [...notices, { kind: 'handed-over', from: request.from, patterns: carried }],
		});
	}

	// A link into a step: resume when the saved session is already there, else replay the shortest path.
	if (request.step) {
		const step = request.step;
		if (resumable) {
			const replayed = replay(workflow.machine, resumable);
			if (replayed.ok && replayed.path.at(-1)?.stateId === step) return { session: resumable, notices };
		}
		if (!workflow.stateIds.includes(step)) {
			return setAside({ session: fresh(), notices: [...notices, { kind: 'unknown-step', step }] });
		}
		const path = workflow.stepPaths[step];
		if (!path) return setAside({ session: fresh(), notices: [...notices, { kind: 'unreachable-step', step }] });
		const session = path.reduce((linked, answer) => withAnswer(linked, answer.event, now, true, answer.data), fresh());
		return setAside({ session, notices: [...notices, { kind: 'opened-from-link', step }] });
	}

	return { session: resumable ?? fresh(), notices };
}
