/**
 * The browser side of one walkthrough: the session itself (answers, times, ticks, and the path they
 * take) is held by the session actor (src/lib/session-actor.ts), used through @xstate/react; this hook
 * reads where it opened from, saves the answer log on this device after every change (subscribed to
 * the actor), keeps the address and the browser history in step (each answer adds an entry; Back and
 * Forward move through them), and tells the page. It never decides anything clinical.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useActorRef, useSelector } from '@xstate/react';
import type { AnyStateMachine } from 'xstate';
import type { WorkflowId } from '@/machines/workflow-pages';
import type { AnswerData } from '@/machines/workflow-types';
import { sessionActor } from '@/lib/session-actor';
import type { StepPaths } from '@/lib/step-paths';
import { decideStart, type StartNotice } from '@/lib/walkthrough-start';
import { newSession, readSession, setAsideKey, storageKey, type WalkthroughSession } from '@/lib/walkthrough-session';
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
	const sessionActorRef = useActorRef(sessionActor, { input: { machine, session: newSession(workflowId, version, new Date(0)) } });
	const session = useSelector(sessionActorRef, (snapshot) => snapshot.context.session);
	const replayed = useSelector(sessionActorRef, (snapshot) => snapshot.context.replayed);
	const [loaded, setLoaded] = useState(false);
	const [notices, setNotices] = useState<StartNotice[]>([]);
	const [setAside, setSetAside] = useState<WalkthroughSession | undefined>();
	const [storageWorks, setStorageWorks] = useState(true);
	/** The answer the last Back took away (either Back), so a multi-select step can offer its ticks again. */
	const [undone, setUndone] = useState<{ stepIndex: number; answer: WalkthroughSession['answers'][number] } | undefined>();
	/** Set by an answer: the next save adds a history entry instead of updating the current one. */
	const answerToPush = useRef(false);
	const load = useCallback((next: WalkthroughSession) => sessionActorRef.send({ type: 'load', session: next }), [sessionActorRef]);

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
		load(decision.session);
		setNotices(decision.notices);
		setSetAside(storedAside.kind === 'ok' ? storedAside.session : undefined);
		setLoaded(true);
	}, [workflowId, machine, version, stepPaths, load]);

	const path = replayed.ok ? replayed.path : [];
	const current = path.at(-1);

	// Persistence follows the actor: every change of the answer log is saved, written into the address
	// and the history, and announced to the page (the live flowchart). The log is what is stored, never
	// the actor's own snapshot.
	useEffect(() => {
		if (!loaded) return;
		let saved: WalkthroughSession | undefined;
		const persist = ({ context }: ReturnType<typeof sessionActorRef.getSnapshot>) => {
			const stepId = context.replayed.ok ? context.replayed.path.at(-1)?.stateId : undefined;
			if (context.session === saved || !context.replayed.ok || !stepId) return;
			saved = context.session;
			setStorageWorks(writeStorage(storageKey(workflowId), JSON.stringify(context.session)));
			recordInHistory(context.session, stepId, answerToPush.current);
			answerToPush.current = false;
			const change: WalkthroughChange = {
				workflowId,
				steps: context.replayed.path.map((step) => step.stateId),
				events: context.session.answers.map((answer) => answer.event),
			};
			document.dispatchEvent(new CustomEvent(walkthroughChangeEvent, { detail: change }));
		};
		persist(sessionActorRef.getSnapshot());
		const subscription = sessionActorRef.subscribe(persist);
		return () => subscription.unsubscribe();
	}, [loaded, sessionActorRef, workflowId]);

	// Back and Forward (the tablet's swipe) move to another entry: the case follows it when the entry
	// is this case's; another case's entry leaves the case as it is, and the entry is overwritten with it.
	useEffect(() => {
		if (!loaded) return;
		const onPopState = (event: PopStateEvent) => {
			const entry = readHistoryEntry(event.state, workflowId);
			if (!entry) return;
			const { session: before, replayed: path } = sessionActorRef.getSnapshot().context;
			const stepId = path.ok ? path.path.at(-1)?.stateId : undefined;
			const moved = sessionAtEntry(before, entry);
			if (moved) {
				const dropped = before.answers[moved.answers.length];
				setUndone(moved.answers.length < before.answers.length && dropped ? { stepIndex: moved.answers.length, answer: dropped } : undefined);
				load(moved);
				setNotices([]);
			} else if (stepId) {
				recordInHistory(before, stepId, false);
			}
		};
		window.addEventListener('popstate', onPopState);
		return () => window.removeEventListener('popstate', onPopState);
	}, [loaded, workflowId, sessionActorRef, load]);

	const answer = useCallback(
		(event: string, data?: AnswerData) => {
			answerToPush.current = true;
			sessionActorRef.send({ type: 'answer', event, ...(data ? { data } : {}), at: new Date() });
			setNotices([]);
		},
		[sessionActorRef],
	);
	/** The walkthrough's own Back: the browser's Back when the last answer made the current entry. */
	const back = useCallback(() => {
		const current = sessionActorRef.getSnapshot().context.session;
		const entry = readHistoryEntry(window.history.state, workflowId);
		if (entry?.pushedByAnswer && entryMatches(entry, current) && current.answers.length > 0) {
			window.history.back();
			return;
		}
		const dropped = current.answers.at(-1);
		setUndone(dropped ? { stepIndex: current.answers.length - 1, answer: dropped } : undefined);
		sessionActorRef.send({ type: 'back' });
	}, [workflowId, sessionActorRef]);
	const setReportedAt = useCallback((at: Date | undefined) => sessionActorRef.send({ type: 'reportedAt', at }), [sessionActorRef]);
	const tick = useCallback(
		(itemId: string, ticked: boolean) => sessionActorRef.send({ type: 'tick', itemId, ticked, at: new Date() }),
		[sessionActorRef],
	);
	const startNewCase = useCallback(() => {
		sessionActorRef.send({ type: 'newCase', at: new Date() });
		setNotices([]);
	}, [sessionActorRef]);
	const restoreSetAside = useCallback(() => {
		if (!setAside) return;
		load(setAside);
		setSetAside(undefined);
		writeStorage(setAsideKey(workflowId), null);
		setNotices([]);
	}, [setAside, workflowId, load]);
	const dismissNotices = useCallback(() => setNotices([]), []);
	const setTrialCode = useCallback((code: string) => sessionActorRef.send({ type: 'trialCode', code }), [sessionActorRef]);
	/** After "Clear all data on this device": nothing of the old case is kept, not even aside. */
	const forgetEverything = useCallback(() => {
		setSetAside(undefined);
		setNotices([]);
		sessionActorRef.send({ type: 'newCase', at: new Date() });
	}, [sessionActorRef]);

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
