/**
 * The clock of a timed step (the blood-patch rest, the PLPH review deadline), computed from saved
 * times only (see clockStartsAt), so it is right after a reload, a locked screen or a re-opened case.
 * A deadline says what it counts from, and the nurse can enter when the problem was reported. While
 * it runs it keeps the screen awake where the browser allows (Screen Wake Lock).
 */
import { useEffect, useId, useState } from 'react';
import type { StepTimer as StepTimerMeta } from '@/machines/workflow-types';
import { clockStartsAt, formatMinutes, parseReportedTime, readTimer, type ClockStart } from '@/lib/step-timer';
import { formatTime } from './format-time';

export interface StepTimerProps {
	timer: StepTimerMeta;
	wording: { label: string; note: string };
	/** The case's saved times, which the clock counts from (clockStartsAt). */
	session: Parameters<typeof clockStartsAt>[1];
	/** Saves the time the problem was reported (deadlines only). */
	onReportedAt: (at: Date) => void;
}

const originText: Record<ClockStart['origin'], string> = {
	'step-opened': '',
	'reported-entered': ', when the problem was reported (time entered)',
	'first-answer': ', the first answer of this case',
	'opened-later': ', when this case was opened further on (a link or a follow-up start): enter when the problem was reported',
};

/** A `datetime-local` value for a time, in the device's time zone. */
function localInputValue(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function ReportedTimeForm({ start, onReportedAt, onDone }: { start: ClockStart; onReportedAt: (at: Date) => void; onDone: () => void }) {
	const [draft, setDraft] = useState(() => localInputValue(start.at));
	const [problem, setProblem] = useState<string | undefined>();
	const inputId = useId();
	const problemId = useId();
	const save = () => {
		const parsed = parseReportedTime(draft, new Date());
		if (!parsed.ok) {
			setProblem(parsed.problem);
			return;
		}
		onReportedAt(parsed.at);
		onDone();
	};
	return (
		<div className="wt-field wt-reported">
			<label htmlFor={inputId}>Reported at (date and time)</label>
			<input
				id={inputId}
				type="datetime-local"
				value={draft}
				max={localInputValue(new Date())}
				aria-invalid={problem ? true : undefined}
				aria-describedby={problem ? problemId : undefined}
				onChange={(event) => {
					setDraft(event.currentTarget.value);
					setProblem(undefined);
				}}
			/>
			{problem && (
				<p id={problemId} className="wt-field-problem">
					{problem}
				</p>
			)}
			<div className="wt-controls">
				<button type="button" className="wt-button" onClick={save}>
					Save the time
				</button>
				<button type="button" className="wt-button wt-secondary" onClick={onDone}>
					Cancel
				</button>
			</div>
		</div>
	);
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

export function StepTimer({ timer, wording, session, onReportedAt }: StepTimerProps) {
	const start = clockStartsAt(timer, session);
	const now = useNow(15_000);
	const [editing, setEditing] = useState(false);
	const openedAt = start.at;
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
			<p className="wt-timer-note" data-timer-start>
				{timer.purpose === 'deadline' ? 'Counted from' : 'Started'} {formatTime(openedAt.toISOString(), now)}
				{originText[start.origin]}. {wording.note}
			</p>
			{timer.purpose === 'deadline' &&
				(editing ? (
					<ReportedTimeForm start={start} onReportedAt={onReportedAt} onDone={() => setEditing(false)} />
				) : (
					<button type="button" className="wt-button wt-secondary" onClick={() => setEditing(true)}>
						Enter when it was reported
					</button>
				))}
		</div>
	);
}
