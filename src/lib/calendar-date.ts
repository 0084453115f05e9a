/**
 * Calendar dates as plain year-month-day values, with arithmetic on whole days.
 *
 * Why not `Date`: a `Date` is an instant, and adding 14 × 24 hours to a local midnight lands on 23:00 the
 * day before when a daylight-saving change falls in between, so a dose date would slip by one day. Here a
 * date is converted to a day count (days since 1970-01-01 in the proleptic Gregorian calendar) with
 * integer arithmetic only, so no time zone or clock change can move it. `Date` appears once, to read
 * today's date on the user's own calendar.
 */

export interface CalendarDate {
	readonly year: number;
	/** 1 = January … 12 = December. */
	readonly month: number;
	readonly day: number;
}

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export function daysInMonth(year: number, month: number): number {
	if (month === 2) return isLeapYear(year) ? 29 : 28;
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Days since 1970-01-01 (negative before it); H. Hinnant's days_from_civil algorithm. */
export function toDayNumber({ year, month, day }: CalendarDate): number {
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yearOfEra = y - era * 400;
	const shiftedMonth = (month + 9) % 12; // March = 0 … February = 11, so the leap day comes last
	const dayOfYear = Math.floor((153 * shiftedMonth + 2) / 5) + day - 1;
	const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
	return era * 146097 + dayOfEra - 719468;
}

/** The inverse of `toDayNumber`. */
export function fromDayNumber(dayNumber: number): CalendarDate {
	const z = dayNumber + 719468;
	const era = Math.floor(z / 146097);
	const dayOfEra = z - era * 146097;
	const yearOfEra = Math.floor(
		(dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
	);
	const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
	const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
	const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
	const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
	return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export const addDays = (date: CalendarDate, days: number): CalendarDate => fromDayNumber(toDayNumber(date) + days);

/** Whole days from `from` to `to` (positive when `to` is later). */
export const daysBetween = (from: CalendarDate, to: CalendarDate): number => toDayNumber(to) - toDayNumber(from);

export const compareDates = (a: CalendarDate, b: CalendarDate): number => toDayNumber(a) - toDayNumber(b);

/** The same month and day `years` later (or earlier); 29 February becomes 28 February in a common year. */
export function addYears(date: CalendarDate, years: number): CalendarDate {
	const year = date.year + years;
	return { year, month: date.month, day: Math.min(date.day, daysInMonth(year, date.month)) };
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** `YYYY-MM-DD`, the form of an HTML date field and of ISO 8601. */
export const formatIsoDate = ({ year, month, day }: CalendarDate): string => `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;

/** `YYYYMMDD`, the basic form iCalendar uses for DATE values. */
export const formatBasicDate = ({ year, month, day }: CalendarDate): string => `${pad(year, 4)}${pad(month, 2)}${pad(day, 2)}`;

/** Reads `YYYY-MM-DD` strictly: a real day of a real month, years 1000–9999; anything else is `undefined`. */
export function parseIsoDate(text: string): CalendarDate | undefined {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
	if (!match) return undefined;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
	return { year, month, day };
}

const weekdayNames = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** 0 = Monday … 6 = Sunday; 1970-01-01 was a Thursday. */
export const weekdayIndex = (date: CalendarDate): number => (((toDayNumber(date) + 3) % 7) + 7) % 7;

/** A date as people read it on a clinic rota, e.g. "Thu 1 Jan 1970"; unambiguous in every locale. */
export const formatReadableDate = (date: CalendarDate): string =>
	`${weekdayNames[weekdayIndex(date)]} ${date.day} ${monthNames[date.month - 1]} ${date.year}`;

/** Today on the user's own calendar: the local date of `now` in the device's time zone. */
export const calendarDateOf = (now: Date): CalendarDate => ({
	year: now.getFullYear(),
	month: now.getMonth() + 1,
	day: now.getDate(),
});
