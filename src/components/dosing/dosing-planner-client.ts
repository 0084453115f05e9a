/**
 * Brings the server-rendered dosing planner (DosingPlanner.astro) to life without a framework. It
 * renders and records: every date and every refusal comes from the pure schedule function
 * (src/lib/dosing-schedule.ts); this script only reads the fields, fills in the table and messages, and
 * makes the calendar file on the device. Nothing is stored or sent.
 *
 * It writes text, the `hidden` property, classes and ARIA attributes only, never inline styles or
 * handlers, so the page's Content-Security-Policy needs nothing more.
 */
import { calendarDateOf, compareDates, formatIsoDate, formatReadableDate, type CalendarDate } from '@/lib/calendar-date';
import {
	doseLabel,
	dosingCalendar,
	explainDose,
	planDoses,
	type DateEntry,
	type DosingPlan,
	type FieldProblem,
	type PlannedDose,
} from '@/lib/dosing-schedule';

const calendarFileName = 'tofersen-dosing-plan.ics';
const firstDoseHint = 'Choose the date with the date picker, or type it into the field.';

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

/** Sets an element's text only when it changes, so a live region is not announced again for nothing. */
function setText(element: Element | null, text: string) {
	if (element && element.textContent !== text) element.textContent = text;
}

function setInvalid(input: HTMLInputElement | null, invalid: boolean) {
	if (!input) return;
	if (invalid) input.setAttribute('aria-invalid', 'true');
	else input.removeAttribute('aria-invalid');
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
	const created = document.createElement(tag);
	if (className !== undefined) created.className = className;
	if (text !== undefined) created.textContent = text;
	return created;
}

/** One row of the table. Rows are built once and kept, so a date typed into a row survives the table being hidden. */
interface DoseRowView {
	number: number;
	row: HTMLTableRowElement;
	dateCell: HTMLTableCellElement;
	whyCell: HTMLTableCellElement;
	/** The "given on" field; dose 1 has none, its date is the field above the table. */
	input: HTMLInputElement | null;
	message: HTMLParagraphElement | null;
	/** What the date cell shows now, so it is rebuilt only when that changes. */
	shownDate: string;
}

function doseRowView(baseId: string, number: number): DoseRowView {
	const row = element('tr');
	row.dataset['dose'] = String(number);
	const header = element('th', undefined, doseLabel(number));
	header.scope = 'row';
	const dateCell = element('td');
	const whyCell = element('td');
	const givenCell = element('td');
	row.append(header, dateCell, whyCell, givenCell);
	if (number === 1) {
		givenCell.append(element('span', 'tool-hint', 'The date entered above'));
		return { number, row, dateCell, whyCell, input: null, message: null, shownDate: '' };
	}
	const inputId = `${baseId}-given-${number}`;
	const messageId = `${baseId}-dose-${number}-message`;
	const label = element('label', 'sr-only', `${doseLabel(number)} given on`);
	label.htmlFor = inputId;
	const input = element('input');
	input.id = inputId;
	input.type = 'date';
	input.dataset['givenDose'] = String(number);
	input.setAttribute('aria-describedby', messageId);
	const message = element('p', 'tool-hint');
	message.id = messageId;
	const wrapper = element('div', 'dosing-given');
	wrapper.append(label, input, message);
	givenCell.append(wrapper);
	return { number, row, dateCell, whyCell, input, message, shownDate: '' };
}

function renderDateCell(view: DoseRowView, dose: PlannedDose | undefined, today: CalendarDate) {
	const isToday = dose !== undefined && compareDates(dose.date, today) === 0;
	const shown = dose ? `${formatIsoDate(dose.date)}|${isToday}|${dose.daysLate > 0 ? formatIsoDate(dose.plannedDate) : ''}` : '—';
	if (shown === view.shownDate) return;
	view.shownDate = shown;
	if (!dose) {
		view.dateCell.replaceChildren('—');
		return;
	}
	const time = element('time', undefined, formatReadableDate(dose.date));
	time.dateTime = formatIsoDate(dose.date);
	const parts: Node[] = [time];
	if (isToday) parts.push(element('strong', undefined, ' (today)'));
	if (dose.daysLate > 0) parts.push(element('span', 'tool-hint', ` (planned ${formatReadableDate(dose.plannedDate)})`));
	view.dateCell.replaceChildren(...parts);
}

function renderRow(view: DoseRowView, dose: PlannedDose | undefined, problem: FieldProblem | undefined, today: CalendarDate) {
	const message = problem?.dose === view.number ? problem.message : undefined;
	// The earlier dose whose date must be fixed before this one can be planned.
	const blockedBy = problem && problem.dose < view.number ? problem.dose : undefined;
	if (dose) view.row.dataset['date'] = formatIsoDate(dose.date);
	else delete view.row.dataset['date'];
	renderDateCell(view, dose, today);
	setText(
		view.whyCell,
		dose
			? explainDose(dose)
			: blockedBy !== undefined
				? `Depends on ${doseLabel(blockedBy).toLowerCase()}: fix its date first.`
				: message
					? 'Not planned until the date beside it is fixed.'
					: '',
	);
	setInvalid(view.input, message !== undefined);
	if (view.message) {
		view.message.className = message ? 'tool-error' : 'tool-hint';
		setText(view.message, message ?? '');
	}
}

function statusText(plan: DosingPlan): string {
	const first = plan.doses[0];
	const last = plan.doses.at(-1);
	const problem = plan.problems[0];
	if (plan.complete && first && last) {
		return `Plan: ${plan.doses.length} doses, from ${formatReadableDate(first.date)} to ${formatReadableDate(last.date)}.`;
	}
	if (problem && problem.dose > 1) return `No dates from ${doseLabel(problem.dose).toLowerCase()} on: fix its date first.`;
	return 'No plan yet: enter the date of loading dose 1.';
}

/** Wires up one `.dosing-planner` section; a section already started is left alone. */
function startDosingPlanner(section: HTMLElement) {
	if (section.dataset['loaded'] === 'true') return;
	const baseId = section.dataset['baseId'] ?? 'dosing-planner';
	const firstField = section.querySelector<HTMLInputElement>('[data-field="first"]');
	const countField = section.querySelector<HTMLSelectElement>('[data-field="count"]');
	const firstMessage = section.querySelector<HTMLElement>('[data-part="first-message"]');
	const status = section.querySelector<HTMLElement>('[data-part="status"]');
	const lateHint = section.querySelector<HTMLElement>('[data-part="late-hint"]');
	const table = section.querySelector<HTMLElement>('[data-part="table"]');
	const tbody = section.querySelector<HTMLTableSectionElement>('[data-part="rows"]');
	const downloadButton = section.querySelector<HTMLButtonElement>('[data-action="download"]');
	const downloadHint = section.querySelector<HTMLElement>('[data-part="download-hint"]');
	if (!firstField || !countField || !tbody) return;

	// Today is read in the browser, on the user's own calendar; the built page cannot know it. Whatever
	// the browser kept in the fields (back and forward, a restored tab) is the user's entry and is kept.
	const today = calendarDateOf(new Date());
	let firstDose: DateEntry = entryOf(firstField);
	let doseCount = Number(countField.value);
	const givenOn: Record<number, DateEntry> = {};
	const rows = new Map<number, DoseRowView>();
	const rowView = (number: number): DoseRowView => {
		let view = rows.get(number);
		if (!view) {
			view = doseRowView(baseId, number);
			rows.set(number, view);
		}
		return view;
	};
	let plan: DosingPlan | undefined;

	// Taking off a row whose field has focus fires `focusout`, which asks for a render while one is under
	// way: that render runs once the current one is done, never inside it.
	let rendering = false;
	let renderAgain = false;
	const render = () => {
		if (rendering) {
			renderAgain = true;
			return;
		}
		rendering = true;
		try {
			do {
				renderAgain = false;
				renderOnce();
			} while (renderAgain);
		} finally {
			rendering = false;
		}
	};

	const renderOnce = () => {
		const current = planDoses({ firstDose, givenOn, doseCount, today });
		plan = current;
		const problem = current.problems[0];
		const firstDoseTouched = firstDose.text !== '' || firstDose.incomplete === true;
		const firstInvalid = problem?.dose === 1 && firstDoseTouched;
		setInvalid(firstField, firstInvalid);
		if (firstMessage) {
			firstMessage.className = firstInvalid ? 'tool-error' : 'tool-hint';
			setText(firstMessage, problem?.dose === 1 ? problem.message : firstDoseHint);
		}
		setText(status, statusText(current));

		const showTable = current.doses.length > 0;
		if (lateHint) lateHint.hidden = !showTable;
		if (table) table.hidden = !showTable;
		const wanted = showTable ? Array.from({ length: doseCount }, (_, index) => rowView(index + 1)) : [];
		const plannedByNumber = new Map(current.doses.map((dose) => [dose.number, dose]));
		for (const view of wanted) renderRow(view, plannedByNumber.get(view.number), problem, today);
		// The table always shows doses 1 to N in order, so rows are only added or taken off at the end:
		// a row that stays is never moved, and the field being typed in keeps its focus.
		for (const view of wanted.slice(tbody.rows.length)) tbody.append(view.row);
		while (tbody.rows.length > wanted.length) tbody.rows[tbody.rows.length - 1]?.remove();

		if (downloadButton) downloadButton.disabled = !current.complete;
		setText(
			downloadHint,
			current.complete
				? 'One all-day event per dose, named only "Tofersen dose N"; no name or other detail of the participant.'
				: 'Available once every date above is valid.',
		);
	};

	const readDateField = (input: HTMLInputElement) => {
		if (input === firstField) {
			firstDose = entryOf(input);
		} else {
			const number = Number(input.dataset['givenDose']);
			if (!Number.isInteger(number) || number < 2) return;
			const entry = entryOf(input);
			// An empty field means "given as planned"; a half-typed one is kept, so its message shows.
			if (entry.text === '' && !entry.incomplete) delete givenOn[number];
			else givenOn[number] = entry;
		}
		render();
	};

	const onDateEvent = (event: Event) => {
		const target = event.target;
		if (target instanceof HTMLInputElement && target.type === 'date') readDateField(target);
	};
	// `input` as the date changes; `focusout` because a half-typed date fires no `input` event.
	section.addEventListener('input', onDateEvent);
	section.addEventListener('change', onDateEvent);
	section.addEventListener('focusout', onDateEvent);
	countField.addEventListener('change', () => {
		doseCount = Number(countField.value);
		render();
	});
	downloadButton?.addEventListener('click', () => {
		if (plan?.complete) download(calendarFileName, dosingCalendar(plan.doses, randomPlanId(), new Date()));
	});

	render();
	section.dataset['loaded'] = 'true';
}

/** Wires up every dosing planner in `root`. */
export function startDosingPlanners(root: ParentNode) {
	for (const section of root.querySelectorAll<HTMLElement>('section.dosing-planner')) startDosingPlanner(section);
}
