/**
 * Training progress for a React island: the shared store (training-progress-store.ts) held in React
 * state, so islands and plain scripts on a page, and other tabs, all follow one record.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { emptyProgress, type TrainingProgress } from '@/lib/training-progress';
import { openTrainingProgress, type TrainingProgressSnapshot, type TrainingProgressStore } from './training-progress-store';

export function useTrainingProgress() {
	const [snapshot, setSnapshot] = useState<TrainingProgressSnapshot>(() => ({
		progress: emptyProgress(),
		unreadable: false,
		storageWorks: true,
	}));
	const [loaded, setLoaded] = useState(false);
	const store = useRef<TrainingProgressStore | undefined>(undefined);

	useEffect(() => {
		const opened = openTrainingProgress((next) => {
			setSnapshot(next);
			setLoaded(true);
		});
		store.current = opened;
		return () => opened.close();
	}, []);

	const update = useCallback((change: (previous: TrainingProgress) => TrainingProgress) => store.current?.update(change), []);

	return { ...snapshot, loaded, update };
}
