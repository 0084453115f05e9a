import { describe, expect, it } from 'vitest';
import { answerKey, debrief, expectedAnswer, feedbackOnLastAnswer, firstDivergence } from '@/lib/scenarios';
import type { GivenAnswer } from '@/lib/walkthrough-session';

/** Answers without data, by event type. */
const plain = (...events: string[]): GivenAnswer[] => events.map((event) => ({ event }));
const ticked = (...choices: string[]): GivenAnswer => ({ event: 'redFlags.ticked', data: { choices } });

const expected = [ticked('fever', 'spinal'), ...plain('immediate.done', 'firstActions.done')];

describe('feedback on the last answer of a case', () => {
	it('says nothing before the first answer', () => {
		expect(feedbackOnLastAnswer(expected, [])).toBeUndefined();
	});

	it('says an answer matches when it is the expected one at that step, options in any order', () => {
		expect(feedbackOnLastAnswer(expected, [ticked('spinal', 'fever')])).toEqual({ kind: 'match', index: 0 });
		expect(feedbackOnLastAnswer(expected, [ticked('fever', 'spinal'), ...plain('immediate.done')])).toEqual({ kind: 'match', index: 1 });
	});

	it('names the expected answer when the trainee ticked other options', () => {
		expect(feedbackOnLastAnswer(expected, [ticked('fever')])).toEqual({
			kind: 'mismatch',
			index: 0,
			expected: ticked('fever', 'spinal'),
			chosen: ticked('fever'),
		});
	});

	it('names the expected answer when the trainee chose another', () => {
		expect(feedbackOnLastAnswer(plain('a', 'b'), plain('a', 'c'))).toEqual({ kind: 'mismatch', index: 1, expected: { event: 'b' }, chosen: { event: 'c' } });
	});

	it('stops comparing once the path has left the expected one, saying where', () => {
		expect(feedbackOnLastAnswer(expected, [ticked('fever'), ...plain('immediate.done')])).toEqual({ kind: 'off-path', index: 1, leftAt: 0 });
	});
});

describe('expected answers written in a scenario file', () => {
	it('turn choices into the answer’s data, and keys ignore the order of the options', () => {
		expect(expectedAnswer({ event: 'redFlags.ticked', choices: ['spinal', 'fever'] })).toEqual(ticked('spinal', 'fever'));
		expect(expectedAnswer('redFlags.none')).toEqual({ event: 'redFlags.none' });
		expect(answerKey(ticked('spinal', 'fever'))).toBe(answerKey(ticked('fever', 'spinal')));
		expect(answerKey(ticked('fever'))).not.toBe(answerKey({ event: 'redFlags.ticked' }));
	});
});

describe('the debrief', () => {
	it('recognizes the expected path, answer for answer', () => {
		expect(debrief(expected, 'end', expected, 'end')).toEqual({ matchedExpected: true, sameOutcome: true, divergedAt: undefined, matchingAnswers: 3 });
	});

	it('finds the first difference and whether the outcome still matches', () => {
		expect(debrief(expected, 'end', [ticked('fever', 'spinal'), ...plain('redFlag.pressure')], 'handover')).toEqual({
			matchedExpected: false,
			sameOutcome: false,
			divergedAt: 1,
			matchingAnswers: 1,
		});
		expect(debrief(plain('a', 'b'), 'end', plain('x', 'b'), 'end')).toMatchObject({ matchedExpected: false, sameOutcome: true, divergedAt: 0 });
	});

	it('treats a longer or shorter path with the same start as different where one ends', () => {
		expect(firstDivergence(plain('a', 'b'), plain('a', 'b', 'c'))).toBeUndefined();
		expect(debrief(plain('a', 'b'), 'end', plain('a', 'b', 'c', 'd'), 'end')).toMatchObject({ matchedExpected: false, divergedAt: 2 });
	});
});
