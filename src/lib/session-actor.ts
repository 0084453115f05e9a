/**
 * The walkthrough session as a small XState actor (the design card's @xstate/react: the island uses it
 * through `useActorRef` and `useSelector`). It holds the answer log with its times and ticks, and the
 * path those answers take through the clinical machine, replayed once per change: an answer adds one
 * `transition()`, "Back" drops the last step, and only a load or a new case replays the whole log.
 *
 * It decides nothing clinical. An answer is accepted only when the clinical machine's own `can()` on the
 * replayed state accepts it; the clinical machines stay pure and are only ever replayed. It is pure too:
 * every time comes in with its event, and storage, the address and page events belong to the island's
 * browser code, which subscribes to it. What is saved is the answer log (walkthrough-session.ts), never
 * this actor's snapshot.
 */
import { type AnyStateMachine, assertEvent, assign, setup, transition } from 'xstate';
import type { AnswerData } from '@/machines/workflow-types';
import {
	eventOf,
	newSession,
	replay,
	stateIdOf,
	withAnswer,
	withoutLastAnswer,
	withReportedAt,
	withTick,
	withTrialCode,
	type Replay,
	type SessionInput,
	type WalkthroughSession,
} from './walkthrough-session';

export interface SessionActorInput {
	/** The page's own clinical machine. */
	machine: AnyStateMachine;
	/** The log to start from: a new session until the saved one is read. */
	session: WalkthroughSession;
}

export interface SessionContext {
	machine: AnyStateMachine;
	session: WalkthroughSession;
	/** The log replayed through the clinical machine; `ok: false` when a loaded log no longer fits it. */
	replayed: Replay;
}

export type SessionEvent =
	/** A session read from this device (already checked) or decided at start. */
	| { type: 'load'; session: WalkthroughSession }
	/** `data`: the options ticked on a multi-select step. */
	| { type: 'answer'; event: string; data?: AnswerData; at: Date; fromLink?: boolean }
	| { type: 'back' }
	| { type: 'tick'; itemId: string; ticked: boolean; at: Date }
	| { type: 'trialCode'; code: string }
	/** When the problem was reported, as the nurse entered it; undefined clears it. */
	| { type: 'reportedAt'; at: Date | undefined }
	/** `input`: what the new case starts from (a training case's carried patterns); none by default. */
	| { type: 'newCase'; at: Date; input?: SessionInput };

/** The replay after one more answer: one transition from the current step, not a replay of the whole log. */
function replayedWithAnswer(machine: AnyStateMachine, replayed: Replay, session: WalkthroughSession): Replay {
	const answer = session.answers.at(-1);
	if (!replayed.ok || !answer) return replay(machine, session);
	const path = replayed.path.slice(0, -1);
	const here = replayed.path.at(-1);
	if (!here) return replay(machine, session);
	const [next] = transition(machine, replayed.current, eventOf(answer));
	path.push({ ...here, answer }, { stateId: stateIdOf(next), snapshot: next });
	return { ok: true, path, current: next };
}

/** The replay after "Back": the step before, as it was, with its answer taken back. */
function replayedWithoutLastAnswer(machine: AnyStateMachine, replayed: Replay, session: WalkthroughSession): Replay {
	if (!replayed.ok || replayed.path.length < 2) return replay(machine, session);
	const path = replayed.path.slice(0, -1);
	const { answer: _takenBack, ...previous } = path.at(-1) as (typeof path)[number];
	path[path.length - 1] = previous;
	return { ok: true, path, current: previous.snapshot };
}

export const sessionActor = setup({
	types: {
		context: {} as SessionContext,
		input: {} as SessionActorInput,
		events: {} as SessionEvent,
	},
	guards: {
		/** The clinical machine, in the replayed state, accepts this answer. */
		machineAcceptsAnswer: ({ context, event }) => {
			assertEvent(event, 'answer');
			const { replayed } = context;
			return replayed.ok && replayed.current.status === 'active' && replayed.current.can(eventOf(event));
		},
		hasAnswers: ({ context }) => context.session.answers.length > 0,
	},
	actions: {
		load: assign(({ context, event }) => {
			assertEvent(event, 'load');
			return { session: event.session, replayed: replay(context.machine, event.session) };
		}),
		recordAnswer: assign(({ context, event }) => {
			assertEvent(event, 'answer');
			const session = withAnswer(context.session, event.event, event.at, event.fromLink, event.data);
			return { session, replayed: replayedWithAnswer(context.machine, context.replayed, session) };
		}),
		takeBackAnswer: assign(({ context }) => {
			const session = withoutLastAnswer(context.session);
			return { session, replayed: replayedWithoutLastAnswer(context.machine, context.replayed, session) };
		}),
		recordTick: assign(({ context, event }) => {
			assertEvent(event, 'tick');
			return { session: withTick(context.session, event.itemId, event.ticked, event.at) };
		}),
		setTrialCode: assign(({ context, event }) => {
			assertEvent(event, 'trialCode');
			return { session: withTrialCode(context.session, event.code) };
		}),
		setReportedAt: assign(({ context, event }) => {
			assertEvent(event, 'reportedAt');
			return { session: withReportedAt(context.session, event.at) };
		}),
		startNewCase: assign(({ context, event }) => {
			assertEvent(event, 'newCase');
			const session = newSession(context.session.workflowId, context.session.machineVersion, event.at, event.input ? { input: event.input } : {});
			return { session, replayed: replay(context.machine, session) };
		}),
	},
}).createMachine({
	id: 'walkthroughSession',
	context: ({ input }) => ({ machine: input.machine, session: input.session, replayed: replay(input.machine, input.session) }),
	on: {
		load: { actions: 'load' },
		answer: { guard: 'machineAcceptsAnswer', actions: 'recordAnswer' },
		back: { guard: 'hasAnswers', actions: 'takeBackAnswer' },
		tick: { actions: 'recordTick' },
		trialCode: { actions: 'setTrialCode' },
		reportedAt: { actions: 'setReportedAt' },
		newCase: { actions: 'startNewCase' },
	},
});
