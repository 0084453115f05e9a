/**
 * Training progress on this device: knowledge-check answers, finished case scenarios, and onboarding
 * items marked done by hand (a page read, a walkthrough tried). One record under one localStorage key,
 * read by the check, scenario and onboarding islands.
 *
 * Lifecycle: created on the first answer; every change re-reads the stored record and writes the merged
 * result, so two islands (or two tabs) never undo each other; "Clear" removes parts of it. It holds no
 * name or anything else that identifies a person: ids of questions, options, scenarios and pages, the
 * answers (machine event types) and the times.
 *
 * Whether a check is passed is not stored: it is recomputed from the saved choices and the current
 * answer key, so a corrected question can never leave a stale "passed".
 */
// The record's shape is declared once, in zod (src/schemas/training-progress.ts); this module ships to the
// browser, so it reads records with a hand check that tests hold to that schema, not with zod itself.
import type { CheckAnswer, ScenarioRecord, TrainingProgress } from '@/schemas/training-progress';
import { arrayOf, boolean, isoDateTime, literal, objectOf, recordOf, string } from './stored-record';

export type { CheckAnswer, ScenarioRecord, TrainingProgress };
export const progressFormat = 1;
export const progressKey = 'tofersen-guide:training';
/** Where an unreadable record is kept aside, so nothing is overwritten that someone might need. */
export const unreadableProgressKey = `${progressKey}:unreadable`;

/** A stored record as the schema reads it, or undefined: the same checks as `progressSchema`, without zod. */
export const readProgressRecord: (value: unknown) => TrainingProgress | undefined = objectOf({
	format: literal(progressFormat),
	checks: recordOf(recordOf(objectOf({ chosen: string, at: isoDateTime }))),
	scenarios: recordOf(objectOf({ finishedAt: isoDateTime, path: arrayOf(string), outcome: string, matchedExpected: boolean })),
	marked: recordOf(isoDateTime),
});

export const emptyProgress = (): TrainingProgress => ({ format: progressFormat, checks: {}, scenarios: {}, marked: {} });

export type LoadedProgress =
	| { kind: 'none'; progress: TrainingProgress }
	| { kind: 'ok'; progress: TrainingProgress }
	| { kind: 'unreadable'; progress: TrainingProgress; raw: string };

/** Reads a stored record; never throws. Unreadable data yields empty progress and the raw text to keep aside. */
export function readProgress(raw: string | null): LoadedProgress {
	if (raw === null) return { kind: 'none', progress: emptyProgress() };
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw);
	} catch {
		return { kind: 'unreadable', progress: emptyProgress(), raw };
	}
	const progress = readProgressRecord(parsed);
	return progress ? { kind: 'ok', progress } : { kind: 'unreadable', progress: emptyProgress(), raw };
}

export function withCheckAnswer(progress: TrainingProgress, page: string, questionId: string, chosen: string, now: Date): TrainingProgress {
	const pageAnswers = { ...(progress.checks[page] ?? {}), [questionId]: { chosen, at: now.toISOString() } };
	return { ...progress, checks: { ...progress.checks, [page]: pageAnswers } };
}

/** Forgets one answer ("Try again"), or every answer of the page when no question is named. */
export function withoutCheckAnswers(progress: TrainingProgress, page: string, questionId?: string): TrainingProgress {
	const checks = { ...progress.checks };
	if (questionId === undefined) delete checks[page];
	else {
		const pageAnswers = { ...(checks[page] ?? {}) };
		delete pageAnswers[questionId];
		checks[page] = pageAnswers;
	}
	return { ...progress, checks };
}

export function withScenarioFinished(progress: TrainingProgress, scenarioId: string, record: ScenarioRecord): TrainingProgress {
	return { ...progress, scenarios: { ...progress.scenarios, [scenarioId]: record } };
}

export function withMarked(progress: TrainingProgress, itemId: string, done: boolean, now: Date): TrainingProgress {
	const marked = { ...progress.marked };
	if (done) marked[itemId] = now.toISOString();
	else delete marked[itemId];
	return { ...progress, marked };
}

/** A check's answer key: question id → the correct option id, and each question's option ids. */
export interface CheckKey {
	questions: { id: string; correct: string; options: string[] }[];
}

export interface CheckStatus {
	total: number;
	answered: number;
	right: number;
	/** Every question answered right. */
	passed: boolean;
	/** When the last answer was given, if any. */
	lastAnsweredAt?: string;
}

/**
 * How far a page's check has got. An answer whose option no longer exists (the question was rewritten)
 * counts as not answered.
 */
export function checkStatus(key: CheckKey, answers: Readonly<Record<string, CheckAnswer>> | undefined): CheckStatus {
	let answered = 0;
	let right = 0;
	let lastAnsweredAt: string | undefined;
	for (const question of key.questions) {
		const answer = answers?.[question.id];
		if (!answer || !question.options.includes(answer.chosen)) continue;
		answered += 1;
		if (answer.chosen === question.correct) right += 1;
		if (!lastAnsweredAt || answer.at > lastAnsweredAt) lastAnsweredAt = answer.at;
	}
	const total = key.questions.length;
	return { total, answered, right, passed: total > 0 && right === total, ...(lastAnsweredAt ? { lastAnsweredAt } : {}) };
}
