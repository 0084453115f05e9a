/**
 * Training progress for an island: read from this device on mount, changed through `update`, which
 * re-reads the stored record first so islands and tabs never undo each other. Unreadable data is kept
 * aside under its own key and reported once; the island carries on from empty progress.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import {
	emptyProgress,
	progressKey,
	readProgress,
	unreadableProgressKey,
	type TrainingProgress,
} from '@/lib/training-progress';

/** Fired on this page after a write, so other islands on the same page follow (`storage` fires only in other tabs). */
const changedEvent = 'tofersen-guide:training-changed';

function readStorage(key: string): string | null {
	try {
		return window.localStorage.getItem(key);
	} catch {
		return null;
	}
}

function writeStorage(key: string, value: string): boolean {
	try {
		window.localStorage.setItem(key, value);
		return true;
	} catch {
		return false;
	}
}

export function useTrainingProgress() {
	const [progress, setProgress] = useState<TrainingProgress>(emptyProgress);
	const [loaded, setLoaded] = useState(false);
	const [unreadable, setUnreadable] = useState(false);
	const [storageWorks, setStorageWorks] = useState(true);
	const current = useRef(progress);
	const storageOk = useRef(true);

	const load = useCallback(() => {
		const stored = readProgress(readStorage(progressKey));
		if (stored.kind === 'unreadable') {
			writeStorage(unreadableProgressKey, stored.raw);
			setUnreadable(true);
		}
		current.current = stored.progress;
		setProgress(stored.progress);
		setLoaded(true);
	}, []);

	useEffect(() => {
		load();
		const onStorage = (event: StorageEvent) => {
			if (event.key === progressKey) load();
		};
		window.addEventListener('storage', onStorage);
		window.addEventListener(changedEvent, load);
		return () => {
			window.removeEventListener('storage', onStorage);
			window.removeEventListener(changedEvent, load);
		};
	}, [load]);

	const update = useCallback((change: (previous: TrainingProgress) => TrainingProgress) => {
		// Start from what is stored now (another island may have written since), unless storage is not working,
		// in which case the answers given on this page so far live only in memory.
		const stored = readProgress(readStorage(progressKey));
		if (stored.kind === 'unreadable') writeStorage(unreadableProgressKey, stored.raw);
		const base = storageOk.current ? stored.progress : current.current;
		const next = change(base);
		storageOk.current = writeStorage(progressKey, JSON.stringify(next));
		setStorageWorks(storageOk.current);
		current.current = next;
		setProgress(next);
		if (storageOk.current) window.dispatchEvent(new Event(changedEvent));
	}, []);

	return { progress, loaded, unreadable, storageWorks, update };
}
