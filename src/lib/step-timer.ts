/**
 * Reads a step's clock from saved timestamps only (when the step opened, and now), so the time shown
 * is right after a reload, a locked screen or a closed tab. The machine says what the clock is for;
 * this only does the arithmetic.
 */
import type { StepTimer } from '@/machines/workflow-types';

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
