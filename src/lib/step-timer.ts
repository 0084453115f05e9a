/**
 * Reads a step's clock from saved timestamps only (when the step opened, and now), so the time shown
 * is right after a reload, a locked screen or a closed tab. The machine says what the clock is for;
 * this only does the arithmetic.
 */
import type { StepTimer } from '@/machines/workflow-types';
import { isStartEvent } from '@/machines/start-points';

export interface TimerReading {
	elapsedMinutes: number;
	/** Minutes until the deadline or target; negative once passed. */
	remainingMinutes: number;
	reached: boolean;
	endsAt: Date;
}

const minute = 60_000;

export function readTimer(timer: StepTimer, openedAt: Date, now: Date): TimerReading {
	const elapsedMinutes = Math.max(0, Math.floor((now.getTime() - openedAt.getTime()) / minute));
	const remainingMinutes = timer.minutes - elapsedMinutes;
	return {
		elapsedMinutes,
		remainingMinutes,
		reached: remainingMinutes <= 0,
		endsAt: new Date(openedAt.getTime() + timer.minutes * minute),
	};
}

/** "1 h 26 min", "45 min", "24 h". */
export function formatMinutes(minutes: number): string {
	const whole = Math.abs(Math.round(minutes));
	const hours = Math.floor(whole / 60);
	const rest = whole % 60;
	if (hours === 0) return `${rest} min`;
	return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** When the step opened: the time of the answer that led to it, or the start of the session. */
export function stepOpenedAt(answers: readonly { at: string }[], startedAt: string): Date {
	return new Date(answers.at(-1)?.at ?? startedAt);
}

/** Where a clock's start comes from, said under the clock so the nurse can check it. */
export type ClockOrigin = 'step-opened' | 'reported-entered' | 'first-answer' | 'opened-later';

export interface ClockStart {
	at: Date;
	origin: ClockOrigin;
}

/**
 * When a step's clock starts. A target (the blood-patch rest) runs from when its step opened. A
 * deadline (the clinician review within 24 h of suspected PLPH [uppal-2023]) runs from when the
 * problem was reported: the time the nurse entered, else the case's first answer given at the
 * bedside. So coming back to the step (a reassessment that continues care) or re-opening the case
 * never restarts it. A case opened further on (from a link, or at a follow-up start) began after the
 * report: its clock runs from when it was opened until the nurse enters the time.
 */
export function clockStartsAt(
	timer: StepTimer,
	session: {
		startedAt: string;
		reportedAt?: string | undefined;
		answers: readonly { event: string; at: string; fromLink?: boolean | undefined }[];
	},
): ClockStart {
	if (timer.purpose === 'target') return { at: stepOpenedAt(session.answers, session.startedAt), origin: 'step-opened' };
	if (session.reportedAt) return { at: new Date(session.reportedAt), origin: 'reported-entered' };
	const first = session.answers[0];
	if (!first) return { at: new Date(session.startedAt), origin: 'first-answer' };
	const openedLater = first.fromLink === true || isStartEvent(first.event);
	return { at: new Date(first.at), origin: openedLater ? 'opened-later' : 'first-answer' };
}

/**
 * Checks a reported time the nurse typed (a `datetime-local` value, read in the device's time zone):
 * a message saying what to fix, or the time.
 */
export function parseReportedTime(value: string, now: Date): { ok: true; at: Date } | { ok: false; problem: string } {
	const at = new Date(value);
	if (value.trim() === '' || Number.isNaN(at.getTime())) {
		return { ok: false, problem: 'Enter the date and time the problem was reported.' };
	}
	if (at.getTime() > now.getTime() + minute) {
		return { ok: false, problem: 'That time is in the future: enter when the problem was reported.' };
	}
	return { ok: true, at };
}
