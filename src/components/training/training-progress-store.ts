/**
 * Training progress for plain DOM scripts (no React): the same reading, merging and syncing as the
 * islands' `useTrainingProgress` hook, so a knowledge check and the onboarding path share one record.
 *
 * Lifecycle: `openTrainingProgress` reads this device's record once and reports it; every `update`
 * re-reads the stored record first, so islands and tabs never undo each other, writes the merged
 * result and announces it on this page. Unreadable data is kept aside under its own key and reported;
 * the check carries on from empty progress. When the browser refuses to store anything, answers given
 * on this page live in memory only, and the snapshot says so.
 */
import {
	emptyProgress,
	progressKey,
	readProgress,
	unreadableProgressKey,
	type TrainingProgress,
} from '@/lib/training-progress';

/**
 * Fired on this page after a write, so other training tools on the same page follow (`storage` fires
 * only in other tabs).
 */
export const trainingChangedEvent = 'tofersen-guide:training-changed';

export interface TrainingProgressSnapshot {
	progress: TrainingProgress;
	/** The stored record could not be read; it was kept aside and progress started again. */
	unreadable: boolean;
	/** False once a write failed: answers from then on are kept in memory only. */
	storageWorks: boolean;
}

export interface TrainingProgressStore {
	/** Applies `change` to the freshest stored progress, saves it, and reports the result. */
	update(change: (previous: TrainingProgress) => TrainingProgress): void;
	/** Stops following changes (an island that unmounts). */
	close(): void;
}

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

/** Reads the progress on this device, calls `onChange` with it now and after every change (here, on this page or in another tab). */
export function openTrainingProgress(onChange: (snapshot: TrainingProgressSnapshot) => void): TrainingProgressStore {
	let snapshot: TrainingProgressSnapshot = { progress: emptyProgress(), unreadable: false, storageWorks: true };

	const load = () => {
		const stored = readProgress(readStorage(progressKey));
		if (stored.kind === 'unreadable') writeStorage(unreadableProgressKey, stored.raw);
		snapshot = { ...snapshot, progress: stored.progress, unreadable: snapshot.unreadable || stored.kind === 'unreadable' };
		onChange(snapshot);
	};

	const onStorage = (event: StorageEvent) => {
		if (event.key === progressKey) load();
	};
	load();
	window.addEventListener('storage', onStorage);
	window.addEventListener(trainingChangedEvent, load);

	return {
		update(change) {
			// Start from what is stored now (another tool may have written since), unless storage is not working,
			// in which case the answers given on this page so far live only in memory.
			const stored = readProgress(readStorage(progressKey));
			if (stored.kind === 'unreadable') writeStorage(unreadableProgressKey, stored.raw);
			const base = snapshot.storageWorks ? stored.progress : snapshot.progress;
			const next = change(base);
			const saved = writeStorage(progressKey, JSON.stringify(next));
			snapshot = { ...snapshot, progress: next, storageWorks: saved };
			onChange(snapshot);
			if (saved) window.dispatchEvent(new Event(trainingChangedEvent));
		},
		close() {
			window.removeEventListener('storage', onStorage);
			window.removeEventListener(trainingChangedEvent, load);
		},
	};
}
