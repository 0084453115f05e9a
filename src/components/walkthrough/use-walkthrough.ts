/**
 * State of one walkthrough on the page: the session (answers, times, ticks), where it opened from,
 * saving it on this device after every change, and the browser history as undo and redo (each answer
 * adds an entry; Back and Forward move through them). The machine's state is recomputed from the
 * answers; this hook never decides anything clinical, it only records what the user chose.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AnyStateMachine } from 'xstate';
import type { WorkflowId } from '@/machines/workflow-pages';
import type { AnswerData } from '@/machines/workflow-types';
import type { StepPaths } from '@/lib/step-paths';
import { decideStart, type StartNotice } from '@/lib/walkthrough-start';
import {
	newSession,
	readSession,
	replay,
	setAsideKey,
	storageKey,
	withAnswer,
	withTick,
	withReportedAt,
	withTrialCode,
	withoutLastAnswer,
	type WalkthroughSession,
} from '@/lib/walkthrough-session';
import { stateIdsOf } from '@/lib/step-paths';
import { walkthroughChangeEvent, type WalkthroughChange } from '@/lib/walkthrough-change';
import { entryMatches, historyEntryOf, readHistoryEntry, sessionAtEntry, withHistoryEntry } from '@/lib/walkthrough-history';

function readStorage(key: string): string | null {
	try {
		return window.localStorage.getItem(key);
	} catch {
		return null;
	}
}

function writeStorage(key: string, value: string | null): boolean {
	try {
		if (value === null) window.localStorage.removeItem(key);
		else window.localStorage.setItem(key, value);
		return true;
	} catch {
		return false;
	}
}

/** The address naming the current step, so it can be shared; without hand-over parameters. */
function addressOfStep(stepId: string): URL {
	const url = new URL(window.location.href);
	url.searchParams.delete('from');
	url.searchParams.delete('pattern');
	url.searchParams.set('step', stepId);
	return url;
}

/**
 * Writes the case into the browser history: a new entry after an answer, else the current entry
 * updated. An updated entry stays "pushed by an answer" only while it still holds the same answers.
 */
function recordInHistory(session: WalkthroughSession, stepId: string, pushAnswer: boolean) {
	const url = addressOfStep(stepId);
	if (pushAnswer) {
		window.history.pushState(withHistoryEntry(window.history.state, historyEntryOf(session, true)), '', url);
		return;
	}
	const current = readHistoryEntry(window.history.state, session.workflowId);
	const pushed = entryMatches(current, session) && current?.pushedByAnswer === true;
	window.history.replaceState(withHistoryEntry(window.history.state, historyEntryOf(session, pushed)), '', url);
}

export function useWalkthrough(
	workflowId: WorkflowId,
	stepPaths: StepPaths,
	{ machine, machineVersion: version }: { machine: AnyStateMachine; machineVersion: number },
) {
	// Before the saved session is read (and on the server) the walkthrough shows its first step.
	const [session, setSession] = useState<WalkthroughSession>(() => newSession(workflowId, version, new Date(0)));
	const [loaded, setLoaded] = useState(false);
	const [notices, setNotices] = useState<StartNotice[]>([]);
	const [setAside, setSetAside] = useState<WalkthroughSession | undefined>();
	const [storageWorks, setStorageWorks] = useState(true);
	/** The answer the last Back took away (either Back), so a multi-select step can offer its ticks again. */
	const [undone, setUndone] = useState<{ stepIndex: number; answer: WalkthroughSession['answers'][number] } | undefined>();
	/** Set by an answer: the next save adds a history entry instead of updating the current one. */
	const answerToPush = useRef(false);

	useEffect(() => {
		const params = new URLSearchParams(window.location.search);
		const saved = readSession(readStorage(storageKey(workflowId)), machine, workflowId, version);
		if (saved.kind === 'unreadable') {
			// Keep the unreadable text aside rather than overwrite it, in case someone needs it.
			writeStorage(`${storageKey(workflowId)}:unreadable`, saved.raw);
		}
		const decision = decideStart(
			saved,
			{ step: params.get('step'), from: params.get('from'), patterns: params.getAll('pattern') },
			{ workflowId, machine, version, stateIds: stateIdsOf(machine), stepPaths },
			new Date(),
		);
		if (decision.setAside) writeStorage(setAsideKey(workflowId), JSON.stringify(decision.setAside));
		const storedAside = readSession(readStorage(setAsideKey(workflowId)), machine, workflowId, version);
		setSession(decision.session);
		setNotices(decision.notices);
		setSetAside(storedAside.kind === 'ok' ? storedAside.session : undefined);
		setLoaded(true);
	}, [workflowId, machine, version, stepPaths]);

	const replayed = useMemo(() => replay(machine, session), [machine, session]);
	const path = replayed.ok ? replayed.path : [];
	const current = path.at(-1);

	useEffect(() => {
		if (!loaded || !current) return;
		setStorageWorks(writeStorage(storageKey(workflowId), JSON.stringify(session)));
		recordInHistory(session, current.stateId, answerToPush.current);
		answerToPush.current = false;
		const change: WalkthroughChange = {
			workflowId,
			steps: path.map((step) => step.stateId),
			events: session.answers.map((answer) => answer.event),
		};
		document.dispatchEvent(new CustomEvent(walkthroughChangeEvent, { detail: change }));
	}, [loaded, session, current, path, workflowId]);

	// Back and Forward (the tablet's swipe) move to another entry: the case follows it when the entry
	// is this case's; another case's entry leaves the case as it is, and the entry is overwritten with it.
	const latest = useRef({ session, stepId: current?.stateId });
	useEffect(() => {
		latest.current = { session, stepId: current?.stateId };
	}, [session, current]);
	useEffect(() => {
		if (!loaded) return;
		const onPopState = (event: PopStateEvent) => {
			const entry = readHistoryEntry(event.state, workflowId);
			if (!entry) return;
			const { session: before, stepId } = latest.current;
			const moved = sessionAtEntry(before, entry);
			if (moved) {
				const dropped = before.answers[moved.answers.length];
				setUndone(moved.answers.length < before.answers.length && dropped ? { stepIndex: moved.answers.length, answer: dropped } : undefined);
				setSession(moved);
				setNotices([]);
			} else if (stepId) {
				recordInHistory(before, stepId, false);
			}
		};
		window.addEventListener('popstate', onPopState);
		return () => window.removeEventListener('popstate', onPopState);
	}, [loaded, workflowId]);

	const answer = useCallback((event: string, data?: AnswerData) => {
		answerToPush.current = true;
		setSession((previous) => withAnswer(previous, event, new Date(), false, data));
		setNotices([]);
	}, []);
	/** The walkthrough's own Back: the browser's Back when the last answer made the current entry. */
	const back = useCallback(() => {
		const entry = readHistoryEntry(window.history.state, workflowId);
		if (entry?.pushedByAnswer && entryMatches(entry, session) && session.answers.length > 0) {
			window.history.back();
			return;
		}
		const dropped = session.answers.at(-1);
		setUndone(dropped ? { stepIndex: session.answers.length - 1, answer: dropped } : undefined);
		setSession((previous) => withoutLastAnswer(previous));
	}, [workflowId, session]);
	const setReportedAt = useCallback((at: Date | undefined) => setSession((previous) => withReportedAt(previous, at)), []);
	const tick = useCallback(
		(itemId: string, ticked: boolean) => setSession((previous) => withTick(previous, itemId, ticked, new Date())),
		[],
	);
	const startNewCase = useCallback(() => {
		setSession(newSession(workflowId, version, new Date()));
		setNotices([]);
	}, [workflowId, version]);
	const restoreSetAside = useCallback(() => {
		if (!setAside) return;
		setSession(setAside);
		setSetAside(undefined);
		writeStorage(setAsideKey(workflowId), null);
		setNotices([]);
	}, [setAside, workflowId]);
	const dismissNotices = useCallback(() => setNotices([]), []);
	const setTrialCode = useCallback((code: string) => setSession((previous) => withTrialCode(previous, code)), []);
	/** After "Clear all data on this device": nothing of the old case is kept, not even aside. */
	const forgetEverything = useCallback(() => {
		setSetAside(undefined);
		setNotices([]);
		setSession(newSession(workflowId, version, new Date()));
	}, [workflowId, version]);

	return {
		loaded,
		session,
		path,
		current,
		notices,
		setAside,
		storageWorks,
		answer,
		back,
		tick,
		startNewCase,
		restoreSetAside,
		dismissNotices,
		setTrialCode,
		setReportedAt,
		forgetEverything,
		undone,
	};
}
