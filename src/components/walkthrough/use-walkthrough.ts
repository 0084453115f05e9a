/**
 * State of one walkthrough on the page: the session (answers, times, ticks), where it opened from,
 * and saving it on this device after every change. The machine's state is recomputed from the
 * answers; this hook never decides anything clinical, it only records what the user chose.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { workflows, type WorkflowId } from '@/machines/registry';
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
	withTrialCode,
	withoutLastAnswer,
	type WalkthroughSession,
} from '@/lib/walkthrough-session';
import { stateIdsOf } from '@/lib/step-paths';
import { walkthroughChangeEvent, type WalkthroughChange } from '@/lib/walkthrough-change';

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

/** Keeps `?step=` naming the current step, so the address can be shared; drops hand-over parameters. */
function showStepInAddress(stepId: string) {
	const url = new URL(window.location.href);
	url.searchParams.delete('from');
	url.searchParams.delete('pattern');
	url.searchParams.set('step', stepId);
	window.history.replaceState(window.history.state, '', url);
}

export function useWalkthrough(workflowId: WorkflowId, stepPaths: StepPaths) {
	const { machine, version } = workflows[workflowId];
	// Before the saved session is read (and on the server) the walkthrough shows its first step.
	const [session, setSession] = useState<WalkthroughSession>(() => newSession(workflowId, version, new Date(0)));
	const [loaded, setLoaded] = useState(false);
	const [notices, setNotices] = useState<StartNotice[]>([]);
	const [setAside, setSetAside] = useState<WalkthroughSession | undefined>();
	const [storageWorks, setStorageWorks] = useState(true);

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
		showStepInAddress(current.stateId);
		const change: WalkthroughChange = {
			workflowId,
			steps: path.map((step) => step.stateId),
			events: session.answers.map((answer) => answer.event),
		};
		document.dispatchEvent(new CustomEvent(walkthroughChangeEvent, { detail: change }));
	}, [loaded, session, current, path, workflowId]);

	const answer = useCallback((event: string, data?: AnswerData) => {
		setSession((previous) => withAnswer(previous, event, new Date(), false, data));
		setNotices([]);
	}, []);
	const back = useCallback(() => setSession((previous) => withoutLastAnswer(previous)), []);
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
		forgetEverything,
	};
}
