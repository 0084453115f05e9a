/**
 * Loads the dosing planner's script (dosing-planner-client.ts, with the schedule rules and the calendar
 * writer) only when the reader turns to the planner: the first focus or touch inside it. Most readers of
 * the administration page never use the planner, and a content page's JavaScript budget is 8 kB. The
 * server-rendered form already says what to do first; the script reads the fields when it starts, so
 * whatever was typed or picked while it loaded is planned at once. A form the browser restored with
 * values (back and forward, a reopened tab) starts the script straight away.
 */

type StartPlanners = (root: ParentNode) => void;

function hasEntries(section: HTMLElement): boolean {
	const dateEntered = [...section.querySelectorAll<HTMLInputElement>('input')].some((input) => input.value !== '' || input.validity.badInput);
	const countChanged = [...section.querySelectorAll<HTMLOptionElement>('select option')].some((option) => option.selected !== option.defaultSelected);
	return dateEntered || countChanged;
}

/** Arms every `.dosing-planner` in `root` to load and start its script on first use. */
export function startDosingPlannersOnUse(root: ParentNode, load: () => Promise<{ startDosingPlanners: StartPlanners }>) {
	for (const section of root.querySelectorAll<HTMLElement>('section.dosing-planner')) {
		let started = false;
		const start = () => {
			if (started) return;
			started = true;
			section.removeEventListener('focusin', start);
			section.removeEventListener('pointerdown', start);
			load()
				.then(({ startDosingPlanners }) => startDosingPlanners(section.parentElement ?? section))
				.catch(() => {
					// Offline before the service worker cached the script: the next touch tries again.
					started = false;
					section.addEventListener('focusin', start);
					section.addEventListener('pointerdown', start);
				});
		};
		if (hasEntries(section)) start();
		else {
			section.addEventListener('focusin', start);
			section.addEventListener('pointerdown', start);
		}
	}
}
