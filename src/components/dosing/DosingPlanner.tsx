/**
 * The dosing planner island: the user enters the first dose date, may mark later doses as given on
 * another date, and sees the plan that src/lib/dosing-schedule.ts computes. It renders and records;
 * every date and every refusal comes from the pure schedule function. Nothing is stored: the dates stay
 * in this page until it is closed, and the calendar file is made on the device.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { calendarDateOf, compareDates, formatIsoDate, formatReadableDate, type CalendarDate } from '@/lib/calendar-date';
import {
	doseCountChoices,
	doseLabel,
	dosingCalendar,
	explainDose,
	planDoses,
	type DateEntry,
	type PlannedDose,
} from '@/lib/dosing-schedule';
import '@/styles/tools.css';

/** What a date field holds, including the browser's "half-typed" state, which leaves `value` empty. */
const entryOf = (input: HTMLInputElement): DateEntry =>
	input.validity.badInput ? { text: input.value, incomplete: true } : { text: input.value };

/** Random, so the calendar's event ids say nothing about the participant (see dosingCalendar). */
function randomPlanId(): string {
	const bytes = new Uint8Array(8);
	crypto.getRandomValues(bytes);
	return `plan-${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

function download(fileName: string, text: string) {
	const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	document.body.append(link);
	link.click();
	link.remove();
	// Revoke after the click has been handled, so the download has started.
	setTimeout(() => URL.revokeObjectURL(url), 0);
}

export default function DosingPlanner() {
	const baseId = useId();
	const [firstDose, setFirstDose] = useState<DateEntry>({ text: '' });
	const [givenOn, setGivenOn] = useState<Record<number, DateEntry>>({});
	const [doseCount, setDoseCount] = useState<number>(9);
	// Today is read in the browser, on the user's own calendar; the built page cannot know it.
	const [today, setToday] = useState<CalendarDate | null>(null);
	useEffect(() => setToday(calendarDateOf(new Date())), []);

	const plan = useMemo(
		() => (today ? planDoses({ firstDose, givenOn, doseCount, today }) : undefined),
		[firstDose, givenOn, doseCount, today],
	);
	const problem = plan?.problems[0];
	const messageId = (dose: number) => `${baseId}-dose-${dose}-message`;
	const firstDoseTouched = firstDose.text !== '' || firstDose.incomplete === true;

	const setGiven = (dose: number, entry: DateEntry) =>
		setGivenOn((previous) => {
			const next = { ...previous };
			if (entry.text === '' && !entry.incomplete) delete next[dose];
			else next[dose] = entry;
			return next;
		});

	const rows = Array.from({ length: doseCount }, (_, index) => index + 1);
	const plannedByNumber = new Map((plan?.doses ?? []).map((dose) => [dose.number, dose]));
	const first = plan?.doses[0];
	const last = plan?.doses.at(-1);

	return (
		<section className="tool dosing-planner" aria-labelledby={`${baseId}-title`}>
			<h2 id={`${baseId}-title`}>Dosing planner</h2>
			<p className="tool-hint">
				Follows the US label's schedule and missed-dose rules. Nothing you enter is saved or sent; the calendar file is
				made on this device.
			</p>

			<div className="tool-field">
				<label htmlFor={`${baseId}-first`}>Date of loading dose 1</label>
				<input
					id={`${baseId}-first`}
					type="date"
					value={firstDose.text}
					aria-describedby={messageId(1)}
					aria-invalid={problem?.dose === 1 && firstDoseTouched ? true : undefined}
					onChange={(event) => setFirstDose(entryOf(event.currentTarget))}
					onBlur={(event) => setFirstDose(entryOf(event.currentTarget))}
				/>
				<p id={messageId(1)} className={problem?.dose === 1 && firstDoseTouched ? 'tool-error' : 'tool-hint'}>
					{problem?.dose === 1 ? problem.message : 'Choose the date with the date picker, or type it into the field.'}
				</p>
			</div>

			<div className="tool-field">
				<label htmlFor={`${baseId}-count`}>Doses to show</label>
				<select id={`${baseId}-count`} value={doseCount} onChange={(event) => setDoseCount(Number(event.currentTarget.value))}>
					{doseCountChoices.map((count) => (
						<option key={count} value={count}>
							{count} doses (3 loading, {count - 3} maintenance)
						</option>
					))}
				</select>
			</div>

			<p role="status" className="dosing-status">
				{!plan
					? 'Loading today’s date…'
					: plan.complete && first && last
						? `Plan: ${plan.doses.length} doses, from ${formatReadableDate(first.date)} to ${formatReadableDate(last.date)}.`
						: problem && problem.dose > 1
							? `No dates from ${doseLabel(problem.dose).toLowerCase()} on: fix its date first.`
							: 'No plan yet: enter the date of loading dose 1.'}
			</p>

			{plan && plan.doses.length > 0 && (
				<p className="tool-hint">
					If a dose was given late, enter the date it was given in its row; leave the field empty when it was given as
					planned. The later dates then move with it.
				</p>
			)}
			{plan && plan.doses.length > 0 && (
				<section className="tool-table-wrap" aria-label="Planned doses" tabIndex={0}>
					<table>
						<caption className="sr-only">Planned doses, with the date each falls on and why</caption>
						<thead>
							<tr>
								<th scope="col">Dose</th>
								<th scope="col">Date</th>
								<th scope="col">Why this date</th>
								<th scope="col">Given late? Date given</th>
							</tr>
						</thead>
						<tbody>
							{rows.map((number) => (
								<DoseRow
									key={number}
									number={number}
									dose={plannedByNumber.get(number)}
									today={today}
									entry={givenOn[number]}
									message={problem?.dose === number ? problem.message : undefined}
									blockedBy={problem && problem.dose < number ? problem.dose : undefined}
									messageId={messageId(number)}
									inputId={`${baseId}-given-${number}`}
									onChange={(entry) => setGiven(number, entry)}
								/>
							))}
						</tbody>
					</table>
				</section>
			)}

			<div className="tool-actions">
				<button
					type="button"
					className="tool-button"
					disabled={!plan?.complete}
					aria-describedby={`${baseId}-download-hint`}
					onClick={() => plan?.complete && download('tofersen-dosing-plan.ics', dosingCalendar(plan.doses, randomPlanId(), new Date()))}
				>
					Download calendar (.ics)
				</button>
				<span id={`${baseId}-download-hint`} className="tool-hint">
					{plan?.complete
						? 'One all-day event per dose, named only "Tofersen dose N"; no name or other detail of the participant.'
						: 'Available once every date above is valid.'}
				</span>
			</div>
		</section>
	);
}

interface DoseRowProps {
	number: number;
	dose: PlannedDose | undefined;
	today: CalendarDate | null;
	entry: DateEntry | undefined;
	message: string | undefined;
	/** The earlier dose whose date must be fixed before this one can be planned. */
	blockedBy: number | undefined;
	messageId: string;
	inputId: string;
	onChange: (entry: DateEntry) => void;
}

function DoseRow({ number, dose, today, entry, message, blockedBy, messageId, inputId, onChange }: DoseRowProps) {
	const isToday = dose && today && compareDates(dose.date, today) === 0;
	return (
		<tr data-dose={number} data-date={dose ? formatIsoDate(dose.date) : undefined}>
			<th scope="row">{doseLabel(number)}</th>
			<td>
				{dose ? (
					<>
						<time dateTime={formatIsoDate(dose.date)}>{formatReadableDate(dose.date)}</time>
						{isToday && <strong> (today)</strong>}
						{dose.daysLate > 0 && (
							<span className="tool-hint">
								{' '}
								(planned {formatReadableDate(dose.plannedDate)})
							</span>
						)}
					</>
				) : (
					'—'
				)}
			</td>
			<td>
				{dose
					? explainDose(dose)
					: blockedBy !== undefined
						? `Depends on ${doseLabel(blockedBy).toLowerCase()}: fix its date first.`
						: message
							? 'Not planned until the date beside it is fixed.'
							: ''}
			</td>
			<td>
				{number === 1 ? (
					<span className="tool-hint">The date entered above</span>
				) : (
					<div className="dosing-given">
						<label htmlFor={inputId} className="sr-only">
							{doseLabel(number)} given on
						</label>
						<input
							id={inputId}
							type="date"
							value={entry?.text ?? ''}
							aria-describedby={messageId}
							aria-invalid={message ? true : undefined}
							onChange={(event) => onChange(entryOf(event.currentTarget))}
							onBlur={(event) => onChange(entryOf(event.currentTarget))}
						/>
						<p id={messageId} className={message ? 'tool-error' : 'tool-hint'}>
							{message}
						</p>
					</div>
				)}
			</td>
		</tr>
	);
}
