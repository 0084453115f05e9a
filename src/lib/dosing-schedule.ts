/**
 * The tofersen dosing schedule and the US label's missed-dose rules, as a pure function of the dates
 * the user entered [qalsody-uspi §2.1; workflows.md §4].
 *
 * - Loading doses on day 1, 15 and 29 (14 days apart), then a maintenance dose every 28 days.
 * - A 2nd loading dose given late: given as soon as possible, the 3rd loading dose 14 days after it.
 * - A 3rd loading dose or a maintenance dose given late: the next dose 28 days after it.
 *
 * Together these say: every dose is counted from the date the previous dose was actually given, 14 days
 * after a 1st or 2nd loading dose, 28 days after any later dose. On time, that is the plain schedule.
 *
 * The rules cover late doses only. The label gives no rule for a missed 1st dose or for a dose given
 * early, so an early date is refused with a message rather than turned into a plan the label does not
 * support. The EU SmPC words the rules differently [qalsody-eu-smpc §4.2]; the page says so.
 *
 * Whenever an entered date is missing or wrong, the plan stops before the dose it affects: the user sees
 * the message beside the field and no date that depends on it.
 */
import {
	addDays,
	addYears,
	compareDates,
	daysBetween,
	formatReadableDate,
	parseIsoDate,
	type CalendarDate,
} from './calendar-date';
import { buildICalendar } from './icalendar';

/** Which label's missed-dose rules the planner follows. */
export const missedDoseRules = 'US prescribing information (qalsody-uspi §2.1)';

export const loadingDoseCount = 3;
/** Days from a 1st or 2nd loading dose to the next dose. */
export const loadingInterval = 14;
/** Days from the 3rd loading dose or a maintenance dose to the next dose. */
export const maintenanceInterval = 28;
/** Entered dates more than this many years before or after today are refused as probable typing slips. */
export const plausibleYears = 2;
/** How many doses the planner can show, the loading doses included. */
export const doseCountChoices = [6, 9, 13, 20, 27, 40] as const;

/** What one date field holds: its text (`YYYY-MM-DD` from a date field), and whether the browser reports a half-typed date. */
export interface DateEntry {
	text: string;
	/** True when the date field holds something it cannot read as a date (e.g. a month without a day). */
	incomplete?: boolean;
}

export interface PlanRequest {
	/** The date of loading dose 1. */
	firstDose: DateEntry;
	/** Doses marked as given on a date other than planned, by dose number (2 and up). An empty text means "as planned". */
	givenOn: Readonly<Record<number, DateEntry>>;
	/** How many doses to plan, loading doses included. */
	doseCount: number;
	/** Today on the user's calendar. */
	today: CalendarDate;
}

export type DoseKind = 'loading' | 'maintenance';

export interface PlannedDose {
	number: number;
	kind: DoseKind;
	/** The date the schedule gives: dose 1 as entered, every later dose counted from the previous dose. */
	plannedDate: CalendarDate;
	/** The date the dose was given, when the user marked it as given later than planned. */
	givenOn?: CalendarDate;
	/** The date that counts: `givenOn` if marked, else `plannedDate`. */
	date: CalendarDate;
	/** Days after the planned date that it was given (0 when on time). */
	daysLate: number;
	/** For doses after the first: which dose it is counted from, how many days after it, and whether that dose was late. */
	countedFrom?: { dose: number; days: number; previousWasLate: boolean };
}

export interface FieldProblem {
	/** The dose whose date field holds the problem (1 is the first-dose field). */
	dose: number;
	message: string;
}

export interface DosingPlan {
	/** The doses that can be planned, in order; it stops before a dose whose date depends on a problem. */
	doses: PlannedDose[];
	/** At most one problem: the first field, in dose order, that needs fixing. */
	problems: FieldProblem[];
	/** True when every requested dose is planned and no field needs fixing. */
	complete: boolean;
}

export const doseKind = (number: number): DoseKind => (number <= loadingDoseCount ? 'loading' : 'maintenance');

/** Days from dose `number` to the next one [qalsody-uspi §2.1]. */
export const intervalAfter = (number: number): number => (number < loadingDoseCount ? loadingInterval : maintenanceInterval);

export const doseLabel = (number: number): string =>
	number <= loadingDoseCount ? `Loading dose ${number}` : `Maintenance dose ${number - loadingDoseCount}`;

type Read = { ok: true; date: CalendarDate | undefined } | { ok: false; message: string };

/** Reads a date field: empty is allowed only where the caller says so; every refusal says how to fix it. */
function readEntry(entry: DateEntry | undefined, today: CalendarDate, emptyMessage: string | undefined): Read {
	const text = entry?.text.trim() ?? '';
	if (entry?.incomplete) {
		return { ok: false, message: 'This date is incomplete or is not a real date. Choose a day, month and year.' };
	}
	if (text === '') return emptyMessage ? { ok: false, message: emptyMessage } : { ok: true, date: undefined };
	const date = parseIsoDate(text);
	if (!date) {
		return {
			ok: false,
			message: `“${text}” is not a date the planner can read. Use the date picker, or type it as YYYY-MM-DD (for example 2026-03-01).`,
		};
	}
	const earliest = addYears(today, -plausibleYears);
	const latest = addYears(today, plausibleYears);
	if (compareDates(date, earliest) < 0) {
		return {
			ok: false,
			message: `${formatReadableDate(date)} is more than ${plausibleYears} years before today (${formatReadableDate(today)}). The planner accepts dates from ${formatReadableDate(earliest)} to ${formatReadableDate(latest)}: check the year.`,
		};
	}
	if (compareDates(date, latest) > 0) {
		return {
			ok: false,
			message: `${formatReadableDate(date)} is more than ${plausibleYears} years after today (${formatReadableDate(today)}). The planner accepts dates from ${formatReadableDate(earliest)} to ${formatReadableDate(latest)}: check the year.`,
		};
	}
	return { ok: true, date };
}

export function planDoses(request: PlanRequest): DosingPlan {
	const stop = (doses: PlannedDose[], problem: FieldProblem): DosingPlan => ({ doses, problems: [problem], complete: false });

	const first = readEntry(request.firstDose, request.today, 'Enter the date of loading dose 1 to see the plan.');
	if (!first.ok) return stop([], { dose: 1, message: first.message });
	const firstDate = first.date as CalendarDate;

	const doses: PlannedDose[] = [{ number: 1, kind: 'loading', plannedDate: firstDate, date: firstDate, daysLate: 0 }];
	for (let number = 2; number <= request.doseCount; number += 1) {
		const previous = doses[doses.length - 1] as PlannedDose;
		const days = intervalAfter(previous.number);
		const plannedDate = addDays(previous.date, days);
		const countedFrom = { dose: previous.number, days, previousWasLate: previous.daysLate > 0 };
		const given = readEntry(request.givenOn[number], request.today, undefined);
		if (!given.ok) return stop(doses, { dose: number, message: given.message });
		const givenOn = given.date;
		if (givenOn && compareDates(givenOn, previous.date) <= 0) {
			const same = compareDates(givenOn, previous.date) === 0;
			return stop(doses, {
				dose: number,
				message: `${doseLabel(number)} cannot be given ${same ? 'on the same day as' : 'before'} ${doseLabel(previous.number).toLowerCase()} (${formatReadableDate(previous.date)}). Check both dates.`,
			});
		}
		if (givenOn && compareDates(givenOn, plannedDate) < 0) {
			const early = daysBetween(givenOn, plannedDate);
			return stop(doses, {
				dose: number,
				message: `${doseLabel(number)} was planned for ${formatReadableDate(plannedDate)}; this date is ${early} day${early === 1 ? '' : 's'} earlier. The label's missed-dose rules cover late doses only, so the planner does not plan after an early dose: follow the study protocol and ask the investigator.`,
			});
		}
		const daysLate = givenOn ? daysBetween(plannedDate, givenOn) : 0;
		doses.push({
			number,
			kind: doseKind(number),
			plannedDate,
			...(givenOn && daysLate > 0 ? { givenOn } : {}),
			date: givenOn ?? plannedDate,
			daysLate,
			countedFrom,
		});
	}
	return { doses, problems: [], complete: true };
}

/** Why a dose falls on its date, in a sentence for the table. */
export function explainDose(dose: PlannedDose): string {
	if (!dose.countedFrom) return 'The first dose, as entered.';
	const { dose: from, days, previousWasLate } = dose.countedFrom;
	const base = `${days} days after ${doseLabel(from).toLowerCase()}`;
	const rule = previousWasLate
		? `, counted from the date it was actually given (it was late; US label missed-dose rule)`
		: '';
	const late = dose.daysLate > 0 ? ` Given ${dose.daysLate} day${dose.daysLate === 1 ? '' : 's'} late, on ${formatReadableDate(dose.date)}.` : '';
	return `Planned ${base}${rule}.${late}`;
}

/** Summary line of a dose in a calendar: neutral, no name, nothing that identifies a participant. */
export const calendarSummary = (dose: Pick<PlannedDose, 'number' | 'kind'>): string => `Tofersen dose ${dose.number} (${dose.kind})`;

/**
 * The plan as an iCalendar file: one all-day event per dose. `planId` makes each event's UID unique to
 * this download (random, chosen by the caller), so two participants who start on the same day never
 * overwrite each other's events in a shared calendar.
 */
export function dosingCalendar(doses: readonly PlannedDose[], planId: string, stamp: Date): string {
	return buildICalendar(
		doses.map((dose) => ({
			uid: `${planId}-dose-${dose.number}@tofersen-lp-guide`,
			date: dose.date,
			summary: calendarSummary(dose),
			description: `${doseLabel(dose.number)}. ${explainDose(dose)} Planned with the Tofersen LP complications guide (US label schedule and missed-dose rules); check against the study protocol.`,
		})),
		stamp,
	);
}
