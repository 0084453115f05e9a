/**
 * The dosing planner's schedule: the label's loading and maintenance intervals, the US missed-dose rules
 * [qalsody-uspi §2.1; workflows.md §4], calendar edges, and every refusal. Guards hazard H5 (a wrong
 * dosing date) in SAFETY.md.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { calendarDateOf, formatIsoDate, parseIsoDate, type CalendarDate } from '@/lib/calendar-date';
import { explainDose, planDoses, type DateEntry, type PlanRequest } from '@/lib/dosing-schedule';

const day = (text: string): CalendarDate => parseIsoDate(text) as CalendarDate;
const entry = (text: string): DateEntry => ({ text });

function plan(first: string, doseCount: number, givenOn: Record<number, string> = {}, today = '2026-01-01') {
	const request: PlanRequest = {
		firstDose: entry(first),
		givenOn: Object.fromEntries(Object.entries(givenOn).map(([dose, text]) => [Number(dose), entry(text)])),
		doseCount,
		today: day(today),
	};
	return planDoses(request);
}

const datesOf = (result: ReturnType<typeof planDoses>) => result.doses.map((dose) => formatIsoDate(dose.date));

describe('the schedule from the first dose', () => {
	it('gives loading doses on day 1, 15 and 29, then a maintenance dose every 28 days', () => {
		const result = plan('2026-01-05', 9);
		expect(result.complete).toBe(true);
		expect(result.problems).toEqual([]);
		expect(datesOf(result)).toEqual([
			'2026-01-05',
			'2026-01-19',
			'2026-02-02',
			'2026-03-02',
			'2026-03-30',
			'2026-04-27',
			'2026-05-25',
			'2026-06-22',
			'2026-07-20',
		]);
		expect(result.doses.map((dose) => dose.kind)).toEqual([
			'loading',
			'loading',
			'loading',
			'maintenance',
			'maintenance',
			'maintenance',
			'maintenance',
			'maintenance',
			'maintenance',
		]);
	});

	it('plans exactly the number of doses asked for', () => {
		expect(plan('2026-01-05', 6).doses).toHaveLength(6);
		expect(plan('2026-01-05', 40).doses).toHaveLength(40);
	});

	it('treats a dose marked as given on its planned date as on time', () => {
		const result = plan('2026-01-05', 4, { 2: '2026-01-19' });
		expect(result.doses[1]?.daysLate).toBe(0);
		expect(result.doses[1]?.givenOn).toBeUndefined();
		expect(datesOf(result)).toEqual(['2026-01-05', '2026-01-19', '2026-02-02', '2026-03-02']);
	});
});

describe('missed-dose rules of the US label', () => {
	it('after a late 2nd loading dose, gives the 3rd loading dose 14 days after it', () => {
		const result = plan('2026-01-05', 6, { 2: '2026-01-23' });
		expect(datesOf(result)).toEqual(['2026-01-05', '2026-01-23', '2026-02-06', '2026-03-06', '2026-04-03', '2026-05-01']);
		expect(result.doses[1]).toMatchObject({ daysLate: 4, plannedDate: day('2026-01-19'), givenOn: day('2026-01-23') });
		expect(explainDose(result.doses[2]!)).toContain('14 days after loading dose 2, counted from the date it was actually given');
	});

	it('after a late 3rd loading dose, gives the next dose 28 days after it', () => {
		const result = plan('2026-01-05', 6, { 3: '2026-02-09' });
		expect(datesOf(result)).toEqual(['2026-01-05', '2026-01-19', '2026-02-09', '2026-03-09', '2026-04-06', '2026-05-04']);
		expect(result.doses[2]?.daysLate).toBe(7);
		expect(result.doses[3]?.countedFrom).toEqual({ dose: 3, days: 28, previousWasLate: true });
	});

	it('after a late maintenance dose, gives the next dose 28 days after it', () => {
		const result = plan('2026-01-05', 8, { 5: '2026-04-03' });
		expect(datesOf(result)).toEqual([
			'2026-01-05',
			'2026-01-19',
			'2026-02-02',
			'2026-03-02',
			'2026-04-03',
			'2026-05-01',
			'2026-05-29',
			'2026-06-26',
		]);
		expect(result.doses[4]?.daysLate).toBe(4);
	});

	it('applies several late doses one after the other', () => {
		const result = plan('2026-01-05', 6, { 2: '2026-01-23', 4: '2026-03-10' });
		// Dose 4 is planned 28 days after the late-shifted dose 3 (6 Feb → 6 Mar), then given 4 days late.
		expect(datesOf(result)).toEqual(['2026-01-05', '2026-01-23', '2026-02-06', '2026-03-10', '2026-04-07', '2026-05-05']);
	});
});

describe('calendar edges', () => {
	it('crosses month and year ends', () => {
		expect(datesOf(plan('2025-12-20', 5, {}, '2025-12-01'))).toEqual([
			'2025-12-20',
			'2026-01-03',
			'2026-01-17',
			'2026-02-14',
			'2026-03-14',
		]);
		expect(datesOf(plan('2026-01-31', 4, {}, '2026-01-01'))).toEqual(['2026-01-31', '2026-02-14', '2026-02-28', '2026-03-28']);
	});

	it('counts 29 February in a leap year and not in a common year', () => {
		expect(datesOf(plan('2028-02-10', 3, {}, '2027-06-01'))).toEqual(['2028-02-10', '2028-02-24', '2028-03-09']);
		expect(datesOf(plan('2027-02-10', 3, {}, '2027-01-01'))).toEqual(['2027-02-10', '2027-02-24', '2027-03-10']);
	});

	const originalZone = process.env['TZ'];
	afterAll(() => {
		if (originalZone === undefined) delete process.env['TZ'];
		else process.env['TZ'] = originalZone;
	});

	// Europe/London changes clocks on 29 March and 25 October 2026, America/New_York on 8 March and 1 November,
	// Australia/Sydney on 5 April and 4 October. Date-time arithmetic on local midnights slips a day across these.
	describe.each(['Europe/London', 'America/New_York', 'Australia/Sydney', 'UTC'])('in the time zone %s', (zone) => {
		it('gives the same dates across the spring daylight-saving change', () => {
			process.env['TZ'] = zone;
			expect(datesOf(plan('2026-03-01', 6))).toEqual([
				'2026-03-01',
				'2026-03-15',
				'2026-03-29',
				'2026-04-26',
				'2026-05-24',
				'2026-06-21',
			]);
		});

		it('gives the same dates across the autumn daylight-saving change', () => {
			process.env['TZ'] = zone;
			expect(datesOf(plan('2026-10-11', 6))).toEqual([
				'2026-10-11',
				'2026-10-25',
				'2026-11-08',
				'2026-12-06',
				'2027-01-03',
				'2027-01-31',
			]);
		});

		it('reads today as the local calendar date, on either side of local midnight', () => {
			process.env['TZ'] = zone;
			const justAfterMidnight = new Date(2026, 2, 29, 0, 30); // 29 March 2026, 00:30 local
			const justBeforeMidnight = new Date(2026, 2, 28, 23, 30);
			expect(formatIsoDate(calendarDateOf(justAfterMidnight))).toBe('2026-03-29');
			expect(formatIsoDate(calendarDateOf(justBeforeMidnight))).toBe('2026-03-28');
		});
	});

	it('reads the same instant as different calendar dates in different time zones', () => {
		const instant = new Date('2026-03-08T03:30:00Z');
		process.env['TZ'] = 'Europe/London';
		expect(formatIsoDate(calendarDateOf(instant))).toBe('2026-03-08');
		process.env['TZ'] = 'America/New_York';
		expect(formatIsoDate(calendarDateOf(instant))).toBe('2026-03-07');
	});
});

describe('refusals: the message beside the field, and no date that depends on it', () => {
	it('asks for the first dose date when there is none', () => {
		const result = plan('', 9);
		expect(result.doses).toEqual([]);
		expect(result.complete).toBe(false);
		expect(result.problems).toEqual([{ dose: 1, message: 'Enter the date of loading dose 1 to see the plan.' }]);
	});

	it('refuses a half-typed date', () => {
		const result = planDoses({ firstDose: { text: '', incomplete: true }, givenOn: {}, doseCount: 6, today: day('2026-01-01') });
		expect(result.doses).toEqual([]);
		expect(result.problems[0]?.message).toMatch(/incomplete or is not a real date/);
	});

	it('refuses a date that does not exist', () => {
		const result = plan('2026-02-30', 6);
		expect(result.doses).toEqual([]);
		expect(result.problems[0]?.message).toMatch(/“2026-02-30” is not a date the planner can read\. .*YYYY-MM-DD/);
	});

	it('refuses a first dose more than 2 years before today, and accepts one exactly 2 years before', () => {
		const refused = plan('2024-06-14', 6, {}, '2026-06-15');
		expect(refused.doses).toEqual([]);
		expect(refused.problems[0]?.message).toBe(
			'Fri 14 Jun 2024 is more than 2 years before today (Mon 15 Jun 2026). The planner accepts dates from Sat 15 Jun 2024 to Thu 15 Jun 2028: check the year.',
		);
		expect(plan('2024-06-15', 6, {}, '2026-06-15').complete).toBe(true);
	});

	it('refuses a first dose more than 2 years after today, and accepts one exactly 2 years after', () => {
		const refused = plan('2028-06-16', 6, {}, '2026-06-15');
		expect(refused.doses).toEqual([]);
		expect(refused.problems[0]?.message).toMatch(/^Fri 16 Jun 2028 is more than 2 years after today \(Mon 15 Jun 2026\)\./);
		expect(plan('2028-06-15', 6, {}, '2026-06-15').complete).toBe(true);
	});

	it('measures 2 years from 29 February to 28 February', () => {
		expect(plan('2026-02-28', 3, {}, '2028-02-29').complete).toBe(true);
		expect(plan('2026-02-27', 3, {}, '2028-02-29').complete).toBe(false);
	});

	it('refuses a dose given before the previous dose, and plans nothing from it on', () => {
		const result = plan('2026-01-05', 9, { 4: '2026-01-20' });
		expect(datesOf(result)).toEqual(['2026-01-05', '2026-01-19', '2026-02-02']);
		expect(result.complete).toBe(false);
		expect(result.problems).toEqual([
			{ dose: 4, message: 'Maintenance dose 1 cannot be given before loading dose 3 (Mon 2 Feb 2026). Check both dates.' },
		]);
	});

	it('refuses a dose given on the same day as the previous dose', () => {
		const result = plan('2026-01-05', 9, { 2: '2026-01-05' });
		expect(result.doses).toHaveLength(1);
		expect(result.problems[0]?.message).toBe(
			'Loading dose 2 cannot be given on the same day as loading dose 1 (Mon 5 Jan 2026). Check both dates.',
		);
	});

	it('refuses a dose given earlier than planned, since the label has rules for late doses only', () => {
		const result = plan('2026-01-05', 9, { 2: '2026-01-15' });
		expect(result.doses).toHaveLength(1);
		expect(result.problems[0]?.message).toMatch(
			/^Loading dose 2 was planned for Mon 19 Jan 2026; this date is 4 days earlier\. The label's missed-dose rules cover late doses only/,
		);
	});

	it('refuses a given-on date more than 2 years away from today', () => {
		const result = plan('2026-01-05', 9, { 3: '2029-01-05' });
		expect(result.doses).toHaveLength(2);
		expect(result.problems[0]).toMatchObject({ dose: 3 });
		expect(result.problems[0]?.message).toMatch(/more than 2 years after today/);
	});

	it('ignores a given-on date for a dose beyond the doses asked for', () => {
		expect(plan('2026-01-05', 3, { 7: 'nonsense' }).complete).toBe(true);
	});
});
