// @vitest-environment jsdom
/**
 * The training-progress store the knowledge check uses without React: it reads what this device holds,
 * never undoes another tool's write, keeps unreadable data aside, and keeps answers in memory when the
 * browser refuses to store them.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openTrainingProgress, trainingChangedEvent, type TrainingProgressSnapshot } from '@/components/training/training-progress-store';
import { emptyProgress, progressKey, unreadableProgressKey, withCheckAnswer, withMarked } from '@/lib/training-progress';

const now = new Date('2026-11-26T10:00:00Z');
const stored = () => JSON.parse(window.localStorage.getItem(progressKey) ?? 'null');

/** Opens a store and records every snapshot it reports. */
function open() {
	const snapshots: TrainingProgressSnapshot[] = [];
	const store = openTrainingProgress((snapshot) => snapshots.push(snapshot));
	return { store, snapshots, latest: () => snapshots.at(-1)! };
}

beforeEach(() => window.localStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('opening', () => {
	it('reports the progress saved on this device', () => {
		window.localStorage.setItem(progressKey, JSON.stringify(withCheckAnswer(emptyProgress(), 'plph', 'q1', 'a', now)));
		const { latest } = open();
		expect(latest().progress.checks['plph']?.['q1']?.chosen).toBe('a');
		expect(latest().unreadable).toBe(false);
	});

	it('keeps unreadable data aside, says so, and starts from empty progress', () => {
		window.localStorage.setItem(progressKey, '{"format":1, broken');
		const { latest } = open();
		expect(latest().unreadable).toBe(true);
		expect(latest().progress).toEqual(emptyProgress());
		expect(window.localStorage.getItem(unreadableProgressKey)).toBe('{"format":1, broken');
	});
});

describe('updating', () => {
	it('saves the change on top of what another tool wrote since, and tells the page', () => {
		const { store, latest } = open();
		const announced = vi.fn();
		window.addEventListener(trainingChangedEvent, announced);
		window.localStorage.setItem(progressKey, JSON.stringify(withMarked(emptyProgress(), 'page:about', true, now)));

		store.update((previous) => withCheckAnswer(previous, 'plph', 'q1', 'a', now));

		expect(stored().marked['page:about']).toBe(now.toISOString());
		expect(stored().checks.plph.q1.chosen).toBe('a');
		expect(latest().progress.checks['plph']?.['q1']?.chosen).toBe('a');
		expect(announced).toHaveBeenCalledTimes(1);
		window.removeEventListener(trainingChangedEvent, announced);
	});

	it('follows a change another tool on the page announces', () => {
		const { latest } = open();
		window.localStorage.setItem(progressKey, JSON.stringify(withCheckAnswer(emptyProgress(), 'plph', 'q2', 'b', now)));
		window.dispatchEvent(new Event(trainingChangedEvent));
		expect(latest().progress.checks['plph']?.['q2']?.chosen).toBe('b');
	});

	it('keeps answers in memory, and says they will not survive a reload, when the browser refuses to store them', () => {
		const { store, latest } = open();
		vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
			throw new DOMException('Quota exceeded', 'QuotaExceededError');
		});
		store.update((previous) => withCheckAnswer(previous, 'plph', 'q1', 'a', now));
		store.update((previous) => withCheckAnswer(previous, 'plph', 'q2', 'b', now));

		expect(latest().storageWorks).toBe(false);
		expect(Object.keys(latest().progress.checks['plph'] ?? {})).toEqual(['q1', 'q2']);
		expect(window.localStorage.getItem(progressKey)).toBeNull();
	});
});
