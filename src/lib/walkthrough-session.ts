/**
 * A walkthrough session: the answers given, in order, each with the time it was given and, for a
 * multi-select step, the options ticked (an answer is a machine event type plus optional data), plus
 * the checklist items ticked on each step. The machine's state is never stored; it is recomputed by
 * replaying the answers through the pure machine, so "Back" is dropping the last answer, and a saved
 * session made under other logic is caught on load (its version differs, or an answer no longer fits).
 *
 * Lifecycle: created at the first step, saved to localStorage under one key per workflow after every
 * change, removed by "Start a new case". It holds no name or any other identifying detail.
 */
// The record's shape is declared once, in zod (src/schemas/walkthrough-session.ts). This module ships to
// the browser, where zod (even zod/mini, 7 kB of gzip JavaScript) is too heavy for a walkthrough page: it
// reads records with hand checks that tests hold to that schema, value for value.
import { initialTransition, transition, type AnyMachineSnapshot, type AnyStateMachine } from 'xstate';
import { suspectedPatterns, type AnswerData } from '@/machines/workflow-types';
import type { WalkthroughSession } from '@/schemas/walkthrough-session';
import { arrayOf, boolean, integer, isoDateTime, literal, matching, objectOf, oneOf, optional, recordOf, string } from './stored-record';

export type { WalkthroughSession };
export type SessionInput = NonNullable<WalkthroughSession['input']>;
export type SavedAnswer = WalkthroughSession['answers'][number];

/**
 * 2: answers may carry data (`data.choices`), and the carried input is a set of patterns
 * (`suspectedPatterns`). A session saved in format 1 is shown with the "earlier version" notice.
 */
export const sessionFormat = 2;

/** Trial codes are letters, digits and dashes: enough for any protocol's code, too little for a name. */
export const trialCodePattern = /^[A-Za-z0-9][A-Za-z0-9-]{0,19}$/;

/** A stored session as `sessionSchema` reads it, or undefined: the same checks, without zod. */
export const readSessionRecord: (value: unknown) => WalkthroughSession | undefined = objectOf({
	format: literal(sessionFormat),
	workflowId: string,
	machineVersion: integer,
	startedAt: isoDateTime,
	input: optional(objectOf({ suspectedPatterns: optional(arrayOf(oneOf(suspectedPatterns))) })),
	trialCode: optional(matching(trialCodePattern)),
	reportedAt: optional(isoDateTime),
	handedOverFrom: optional(string),
	answers: arrayOf(
		objectOf({
			event: string,
			data: optional(objectOf({ choices: arrayOf(string) })),
			at: isoDateTime,
			fromLink: optional(boolean),
		}),
	),
	ticks: recordOf(recordOf(isoDateTime)),
});

/** Enough of a session saved under an earlier format to show its answers (`earlierSessionSchema`); nothing else is trusted. */
export const readEarlierSessionRecord = objectOf({
	format: integer,
	workflowId: string,
	answers: arrayOf(objectOf({ event: string, at: isoDateTime })),
});

/** An answer as given: the machine event type, and the ticked options when the step is a multi-select. */
export interface GivenAnswer {
	event: string;
	data?: AnswerData | undefined;
}

/** The machine event an answer stands for: its type, plus its data (the ticked options) when it has any. */
export const eventOf = (answer: GivenAnswer) => ({ ...(answer.data ? { choices: [...answer.data.choices] } : {}), type: answer.event });

export function newSession(
	workflowId: string,
	machineVersion: number,
	now: Date,
	extra: Pick<WalkthroughSession, 'input' | 'handedOverFrom'> = {},
): WalkthroughSession {
	return {
		format: sessionFormat,
		workflowId,
		machineVersion,
		startedAt: now.toISOString(),
		...(extra.input ? { input: extra.input } : {}),
		...(extra.handedOverFrom ? { handedOverFrom: extra.handedOverFrom } : {}),
		answers: [],
		ticks: {},
	};
}

/** One step of the path: the state shown, and the answer given there (absent for the current step). */
export interface PathStep {
	stateId: string;
	snapshot: AnyMachineSnapshot;
	answer?: WalkthroughSession['answers'][number];
}

export type Replay =
	| { ok: true; path: PathStep[]; current: AnyMachineSnapshot }
	| { ok: false; failedAt: number; event: string };

/** The id of the (single, top-level) state a workflow snapshot is in. */
export function stateIdOf(snapshot: AnyMachineSnapshot): string {
	return typeof snapshot.value === 'string' ? snapshot.value : Object.keys(snapshot.value)[0] ?? '';
}

/**
 * Replays answers through the pure machine. Fails, naming the answer, when an answer is not one the
 * machine accepts at that point (the saved session was made under other logic).
 */
export function replay(machine: AnyStateMachine, session: Pick<WalkthroughSession, 'input' | 'answers'>): Replay {
	let [snapshot] = initialTransition(machine, session.input ?? {});
	const path: PathStep[] = [];
	for (const [index, answer] of session.answers.entries()) {
		const event = eventOf(answer);
		if (snapshot.status !== 'active' || !snapshot.can(event)) {
			return { ok: false, failedAt: index, event: answer.event };
		}
		path.push({ stateId: stateIdOf(snapshot), snapshot, answer });
		[snapshot] = transition(machine, snapshot, event);
	}
	path.push({ stateId: stateIdOf(snapshot), snapshot });
	return { ok: true, path, current: snapshot };
}

export type LoadedSession =
	| { kind: 'none' }
	| { kind: 'ok'; session: WalkthroughSession }
	| { kind: 'unreadable'; raw: string }
	| { kind: 'other-version'; session: Pick<WalkthroughSession, 'answers'> }
	| { kind: 'no-longer-fits'; session: Pick<WalkthroughSession, 'answers'> };

/** Reads a saved session and says plainly what is wrong with it, if anything; never throws. */
export function readSession(
	raw: string | null,
	machine: AnyStateMachine,
	workflowId: string,
	machineVersion: number,
): LoadedSession {
	if (raw === null) return { kind: 'none' };
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw);
	} catch {
		return { kind: 'unreadable', raw };
	}
	const session = readSessionRecord(parsed);
	if (!session) {
		// Saved under an earlier record layout: its answers are shown, not resumed.
		const earlier = readEarlierSessionRecord(parsed);
		if (earlier && earlier.workflowId === workflowId && earlier.format !== sessionFormat) {
			return { kind: 'other-version', session: { answers: earlier.answers } };
		}
		return { kind: 'unreadable', raw };
	}
	if (session.workflowId !== workflowId) return { kind: 'unreadable', raw };
	if (session.machineVersion !== machineVersion) return { kind: 'other-version', session };
	if (!replay(machine, session).ok) return { kind: 'no-longer-fits', session };
	return { kind: 'ok', session };
}

export function withTrialCode(session: WalkthroughSession, trialCode: string): WalkthroughSession {
	const { trialCode: _previous, ...rest } = session;
	return trialCode === '' ? rest : { ...rest, trialCode };
}

export function withAnswer(
	session: WalkthroughSession,
	event: string,
	now: Date,
	fromLink = false,
	data?: AnswerData,
): WalkthroughSession {
	const answer: SavedAnswer = {
		event,
		...(data ? { data: { choices: [...data.choices] } } : {}),
		at: now.toISOString(),
		...(fromLink ? { fromLink: true } : {}),
	};
	return { ...session, answers: [...session.answers, answer] };
}

/** Sets (or, with undefined, clears) the time the problem was reported. */
export function withReportedAt(session: WalkthroughSession, reportedAt: Date | undefined): WalkthroughSession {
	const { reportedAt: _previous, ...rest } = session;
	return reportedAt === undefined ? rest : { ...rest, reportedAt: reportedAt.toISOString() };
}

/** Drops the last answer and any ticks made on the step it left. */
export function withoutLastAnswer(session: WalkthroughSession): WalkthroughSession {
	const answers = session.answers.slice(0, -1);
	const ticks = Object.fromEntries(
		Object.entries(session.ticks).filter(([stepIndex]) => Number(stepIndex) <= answers.length),
	);
	return { ...session, answers, ticks };
}

/** Ticks or unticks a checklist item on the current step, recording the time it was ticked. */
export function withTick(session: WalkthroughSession, itemId: string, ticked: boolean, now: Date): WalkthroughSession {
	const stepIndex = String(session.answers.length);
	const stepTicks = { ...(session.ticks[stepIndex] ?? {}) };
	if (ticked) stepTicks[itemId] = now.toISOString();
	else delete stepTicks[itemId];
	return { ...session, ticks: { ...session.ticks, [stepIndex]: stepTicks } };
}

/** localStorage keys, one per workflow; nothing else is stored. */
export const storageKey = (workflowId: string) => `tofersen-guide:walkthrough:${workflowId}`;
export const setAsideKey = (workflowId: string) => `tofersen-guide:walkthrough:${workflowId}:set-aside`;
