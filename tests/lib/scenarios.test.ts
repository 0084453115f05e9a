import { describe, expect, it } from 'vitest';
import { debrief, feedbackOnLastAnswer, firstDivergence } from '@/lib/scenarios';

const expected = ['flag.meningitis.no', 'flag.pressure.no', 'flag.spinal.no'];

describe('feedback on the last answer of a case', () => {
	it('says nothing before the first answer', () => {
		expect(feedbackOnLastAnswer(expected, [])).toBeUndefined();
	});

	it('says an answer matches when it is the expected one at that step', () => {
		expect(feedbackOnLastAnswer(expected, ['flag.meningitis.no', 'flag.pressure.no'])).toEqual({ kind: 'match', index: 1 });
	});

	it('names the expected answer when the trainee chose another', () => {
		expect(feedbackOnLastAnswer(expected, ['flag.meningitis.no', 'flag.pressure.yes'])).toEqual({
			kind: 'mismatch',
			index: 1,
			expected: 'flag.pressure.no',
			chosen: 'flag.pressure.yes',
		});
	});

	it('stops comparing once the path has left the expected one, saying where', () => {
		expect(feedbackOnLastAnswer(expected, ['flag.meningitis.yes', 'immediate.done'])).toEqual({ kind: 'off-path', index: 1, leftAt: 0 });
	});
});

describe('the debrief', () => {
	it('recognizes the expected path, answer for answer', () => {
		expect(debrief(expected, 'end', expected, 'end')).toEqual({ matchedExpected: true, sameOutcome: true, divergedAt: undefined, matchingAnswers: 3 });
	});

	it('finds the first difference and whether the outcome still matches', () => {
		expect(debrief(expected, 'end', ['flag.meningitis.no', 'redFlag.pressure'], 'handoverPressure')).toEqual({
			matchedExpected: false,
			sameOutcome: false,
			divergedAt: 1,
			matchingAnswers: 1,
		});
		expect(debrief(['a', 'b'], 'end', ['x', 'b'], 'end')).toMatchObject({ matchedExpected: false, sameOutcome: true, divergedAt: 0 });
	});

	it('treats a longer or shorter path with the same start as different where one ends', () => {
		expect(firstDivergence(['a', 'b'], ['a', 'b', 'c'])).toBeUndefined();
		expect(debrief(['a', 'b'], 'end', ['a', 'b', 'c', 'd'], 'end')).toMatchObject({ matchedExpected: false, divergedAt: 2 });
	});
});
