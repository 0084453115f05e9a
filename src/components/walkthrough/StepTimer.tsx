/**
 * The clock of a timed step (the blood-patch rest, the PLPH review deadline), computed from the saved
 * time the step opened, so it is right after a reload or a locked screen. While it runs it keeps the
 * screen awake where the browser allows (Screen Wake Lock).
 */
import { useEffect, useState } from 'react';
import type { StepTimer as StepTimerMeta } from '@/machines/workflow-types';
import { formatMinutes, readTimer } from '@/lib/step-timer';
import { formatTime } from './format-time';

export interface StepTimerProps {
	timer: StepTimerMeta;
	wording: { label: string; note: string };
	openedAt: Date;
}

function useNow(intervalMs: number) {
	const [now, setNow] = useState(() => new Date());
	useEffect(() => {
		const tick = () => setNow(new Date());
		const id = window.setInterval(tick, intervalMs);
		document.addEventListener('visibilitychange', tick);
		return () => {
			window.clearInterval(id);
			document.removeEventListener('visibilitychange', tick);
		};
	}, [intervalMs]);
	return now;
}

function useWakeLock(active: boolean) {
	useEffect(() => {
		if (!active || !('wakeLock' in navigator)) return;
		let lock: WakeLockSentinel | undefined;
		let cancelled = false;
		const acquire = async () => {
			if (document.visibilityState !== 'visible') return;
			try {
				lock = await navigator.wakeLock.request('screen');
				if (cancelled) await lock.release();
			} catch {
				// Refused (battery saver, no permission): the timer still works from saved times.
			}
		};
		acquire();
		document.addEventListener('visibilitychange', acquire);
		return () => {
			cancelled = true;
			document.removeEventListener('visibilitychange', acquire);
			lock?.release().catch(() => undefined);
		};
	}, [active]);
}

export function StepTimer({ timer, wording, openedAt }: StepTimerProps) {
	const now = useNow(15_000);
	const reading = readTimer(timer, openedAt, now);
	useWakeLock(!reading.reached);
	const total = formatMinutes(timer.minutes);
	const text =
		timer.purpose === 'target'
			? reading.reached
				? `${total} reached at ${formatTime(reading.endsAt.toISOString(), now)}`
				: `${formatMinutes(reading.elapsedMinutes)} so far · ${formatMinutes(reading.remainingMinutes)} left of ${total}`
			: reading.reached
				? `Overdue by ${formatMinutes(reading.remainingMinutes)} (was due ${formatTime(reading.endsAt.toISOString(), now)})`
				: `${formatMinutes(reading.remainingMinutes)} left · due by ${formatTime(reading.endsAt.toISOString(), now)}`;
	return (
		<div className={`wt-timer${reading.reached ? ' wt-timer-reached' : ''}`}>
			<p className="wt-timer-reading" role="timer" aria-live="off">
				<strong>{wording.label}:</strong> <span data-timer-text>{text}</span>
			</p>
			<p className="wt-timer-note">
				Started {formatTime(openedAt.toISOString(), now)}. {wording.note}
			</p>
		</div>
	);
}
