/**
 * The browser's history as the walkthrough's undo and redo. Each answer adds a history entry that
 * carries the case's answers up to that point, so the browser's Back (the tablet's swipe) undoes one
 * answer and Forward gives it again, with its original time. Pure: the island calls `pushState`,
 * `replaceState` and listens to `popstate`; this module says what each entry holds and what the case
 * becomes when the reader moves to an entry.
 */
import { withoutLastAnswer, type WalkthroughSession } from './walkthrough-session';

/** The key under which a walkthrough keeps its entry in `history.state`, beside anything else there. */
export const historyStateKey = 'tofersenWalkthrough';

export interface WalkthroughHistoryEntry {
	workflowId: string;
	/** Names the case: a new case has a new start time, so another case's entries are never applied. */
	startedAt: string;
	answers: WalkthroughSession['answers'];
	/**
	 * True when an answer pushed this entry, so the entry before it holds the same case one answer
	 * earlier, and the walkthrough's own "Back" can be the browser's Back.
	 */
	pushedByAnswer: boolean;
}

export function historyEntryOf(session: WalkthroughSession, pushedByAnswer: boolean): WalkthroughHistoryEntry {
	return { workflowId: session.workflowId, startedAt: session.startedAt, answers: session.answers, pushedByAnswer };
}

/** `history.state` with this walkthrough's entry set, keeping whatever else was there. */
export function withHistoryEntry(state: unknown, entry: WalkthroughHistoryEntry): Record<string, unknown> {
	const others = typeof state === 'object' && state !== null ? (state as Record<string, unknown>) : {};
	return { ...others, [historyStateKey]: entry };
}

/** This workflow's entry in a `history.state`, or undefined when it holds none (or something else). */
export function readHistoryEntry(state: unknown, workflowId: string): WalkthroughHistoryEntry | undefined {
	if (typeof state !== 'object' || state === null) return undefined;
	const entry = (state as Record<string, unknown>)[historyStateKey];
	if (typeof entry !== 'object' || entry === null) return undefined;
	const { workflowId: id, startedAt, answers, pushedByAnswer } = entry as Record<string, unknown>;
	if (id !== workflowId || typeof startedAt !== 'string' || !Array.isArray(answers)) return undefined;
	return { workflowId: id, startedAt, answers, pushedByAnswer: pushedByAnswer === true };
}

/** Whether an entry belongs to this case, holding exactly its answers (e.g. after a reload). */
export function entryMatches(entry: WalkthroughHistoryEntry | undefined, session: WalkthroughSession): boolean {
	return (
		entry !== undefined &&
		entry.startedAt === session.startedAt &&
		entry.answers.length === session.answers.length &&
		isPrefix(entry.answers, session.answers)
	);
}

const sameAnswer = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const isPrefix = <T>(prefix: readonly T[], list: readonly T[]) =>
	prefix.length <= list.length && prefix.every((answer, index) => sameAnswer(answer, list[index]));

/**
 * The case as it stands at a history entry the reader moved to: fewer answers (Back) drops the later
 * ones as the walkthrough's own Back does, ticks on the steps left included; more answers (Forward)
 * gives them again with their original times. Undefined when the entry is another case's, or its
 * answers do not continue this case's: the case is then left as it is.
 */
export function sessionAtEntry(session: WalkthroughSession, entry: WalkthroughHistoryEntry): WalkthroughSession | undefined {
	if (entry.workflowId !== session.workflowId || entry.startedAt !== session.startedAt) return undefined;
	if (isPrefix(entry.answers, session.answers)) {
		let undone = session;
		while (undone.answers.length > entry.answers.length) undone = withoutLastAnswer(undone);
		return undone;
	}
	if (isPrefix(session.answers, entry.answers)) return { ...session, answers: entry.answers };
	return undefined;
}
