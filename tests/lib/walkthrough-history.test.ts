import { describe, expect, it } from 'vitest';
import {
	entryMatches,
	historyEntryOf,
	historyStateKey,
	readHistoryEntry,
	sessionAtEntry,
	withHistoryEntry,
} from '@/lib/walkthrough-history';
import { newSession, withAnswer, withTick } from '@/lib/walkthrough-session';

const start = new Date('2026-11-26T10:00:00Z');
const later = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
const oneAnswer = withAnswer(newSession('plph', 1, start), 'flag.meningitis.no', later(1));
const twoAnswers = withAnswer(oneAnswer, 'flag.pressure.no', later(2));

describe('the walkthrough in the browser history', () => {
	it('keeps its entry beside whatever else the history state holds', () => {
		const state = withHistoryEntry({ other: 1 }, historyEntryOf(oneAnswer, true));
		expect(state['other']).toBe(1);
		expect(readHistoryEntry(state, 'plph')).toEqual(historyEntryOf(oneAnswer, true));
	});

	it("ignores a state that holds no entry, or another workflow's", () => {
		expect(readHistoryEntry(null, 'plph')).toBeUndefined();
		expect(readHistoryEntry({ [historyStateKey]: 'nonsense' }, 'plph')).toBeUndefined();
		expect(readHistoryEntry(withHistoryEntry(null, historyEntryOf(oneAnswer, true)), 'blood-patch')).toBeUndefined();
	});

	it('goes back one answer, dropping the ticks made on the step it leaves', () => {
		const ticked = withTick(twoAnswers, 'an-item', true, later(3));
		const back = sessionAtEntry(ticked, historyEntryOf(oneAnswer, true));
		expect(back?.answers).toEqual(oneAnswer.answers);
		expect(back?.ticks).toEqual({});
	});

	it('goes forward one answer with the time it was first given', () => {
		expect(sessionAtEntry(oneAnswer, historyEntryOf(twoAnswers, true))?.answers).toEqual(twoAnswers.answers);
	});

	it("leaves the case alone at another case's entry, or one that does not continue it", () => {
		const otherCase = withAnswer(newSession('plph', 1, later(60)), 'flag.meningitis.no', later(61));
		expect(sessionAtEntry(twoAnswers, historyEntryOf(otherCase, true))).toBeUndefined();
		const otherBranch = withAnswer(oneAnswer, 'flag.pressure.yes', later(2));
		expect(sessionAtEntry(twoAnswers, historyEntryOf(withAnswer(otherBranch, 'x', later(3)), true))).toBeUndefined();
	});

	it('matches an entry only when it holds exactly the case’s answers', () => {
		expect(entryMatches(historyEntryOf(twoAnswers, true), twoAnswers)).toBe(true);
		expect(entryMatches(historyEntryOf(oneAnswer, true), twoAnswers)).toBe(false);
		expect(entryMatches(undefined, twoAnswers)).toBe(false);
	});
});
