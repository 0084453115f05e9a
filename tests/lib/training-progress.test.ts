import { describe, expect, it } from 'vitest';
import {
	checkStatus,
	emptyProgress,
	readProgress,
	withCheckAnswer,
	withMarked,
	withScenarioFinished,
	withoutCheckAnswers,
	type CheckKey,
} from '@/lib/training-progress';

const now = new Date('2026-11-26T10:00:00.000Z');
const later = new Date('2026-11-27T08:30:00.000Z');
const key: CheckKey = {
	questions: [
		{ id: 'q1', correct: 'a', options: ['a', 'b'] },
		{ id: 'q2', correct: 'c', options: ['c', 'd'] },
	],
};

describe('training progress on this device', () => {
	it('reads nothing stored as empty progress', () => {
		expect(readProgress(null)).toEqual({ kind: 'none', progress: emptyProgress() });
	});

	it('reads back what it wrote', () => {
		let progress = withCheckAnswer(emptyProgress(), 'plph', 'q1', 'a', now);
		progress = withScenarioFinished(progress, 'plph-typical', {
			finishedAt: now.toISOString(),
			path: ['redFlags.none'],
			outcome: 'resolving',
			matchedExpected: true,
		});
		progress = withMarked(progress, 'page:plph', true, now);
		expect(readProgress(JSON.stringify(progress))).toEqual({ kind: 'ok', progress });
	});

	it.each([
		['text that is not JSON', '{"format":1,'],
		['another format', JSON.stringify({ ...emptyProgress(), format: 2 })],
		['a field of the wrong type', JSON.stringify({ ...emptyProgress(), marked: { 'page:plph': 42 } })],
		['a time that is not a time', JSON.stringify({ ...emptyProgress(), marked: { 'page:plph': 'yesterday' } })],
		['an array', '[]'],
	])('reports %s as unreadable, keeping the raw text and starting from empty progress', (_label, raw) => {
		expect(readProgress(raw)).toEqual({ kind: 'unreadable', progress: emptyProgress(), raw });
	});

	it('forgets one answer on "Try again", or every answer of a page', () => {
		let progress = withCheckAnswer(emptyProgress(), 'plph', 'q1', 'b', now);
		progress = withCheckAnswer(progress, 'plph', 'q2', 'c', now);
		expect(Object.keys(withoutCheckAnswers(progress, 'plph', 'q1').checks['plph'] ?? {})).toEqual(['q2']);
		expect(withoutCheckAnswers(progress, 'plph').checks['plph']).toBeUndefined();
	});

	it('marks and unmarks an item by hand, with the time', () => {
		const marked = withMarked(emptyProgress(), 'page:plph', true, now);
		expect(marked.marked).toEqual({ 'page:plph': now.toISOString() });
		expect(withMarked(marked, 'page:plph', false, later).marked).toEqual({});
	});

	it('stores nothing but ids, answers and times', () => {
		const progress = withMarked(withCheckAnswer(emptyProgress(), 'plph', 'q1', 'a', now), 'page:plph', true, now);
		expect(Object.keys(progress).sort()).toEqual(['checks', 'format', 'marked', 'scenarios']);
		expect(JSON.stringify(progress)).not.toMatch(/name|email|birth/i);
	});
});

describe('whether a check is passed', () => {
	it('is passed only when every question is answered right', () => {
		let progress = withCheckAnswer(emptyProgress(), 'plph', 'q1', 'a', now);
		expect(checkStatus(key, progress.checks['plph'])).toMatchObject({ answered: 1, right: 1, passed: false });
		progress = withCheckAnswer(progress, 'plph', 'q2', 'd', later);
		expect(checkStatus(key, progress.checks['plph'])).toMatchObject({ answered: 2, right: 1, passed: false });
		progress = withCheckAnswer(progress, 'plph', 'q2', 'c', later);
		expect(checkStatus(key, progress.checks['plph'])).toEqual({
			total: 2,
			answered: 2,
			right: 2,
			passed: true,
			lastAnsweredAt: later.toISOString(),
		});
	});

	it('follows the current answer key, so a corrected question cannot stay passed', () => {
		const progress = withCheckAnswer(withCheckAnswer(emptyProgress(), 'plph', 'q1', 'a', now), 'plph', 'q2', 'c', now);
		const corrected: CheckKey = { questions: [key.questions[0]!, { id: 'q2', correct: 'd', options: ['c', 'd'] }] };
		expect(checkStatus(corrected, progress.checks['plph']).passed).toBe(false);
	});

	it('counts an answer whose option was rewritten away as not answered', () => {
		const progress = withCheckAnswer(emptyProgress(), 'plph', 'q1', 'gone', now);
		expect(checkStatus(key, progress.checks['plph'])).toMatchObject({ answered: 0, right: 0 });
	});

	it('is never passed for a check with no questions', () => {
		expect(checkStatus({ questions: [] }, undefined).passed).toBe(false);
	});
});
