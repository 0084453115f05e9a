// @vitest-environment jsdom
/** The dosing planner's script loads when the reader turns to the planner, or at once for a form the browser restored. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startDosingPlannersOnUse } from '@/components/dosing/dosing-planner-loader';

function planner(firstDate = ''): HTMLElement {
	document.body.innerHTML = `<main><section class="tool dosing-planner">
		<input type="date" data-field="first" value="${firstDate}" />
		<select data-field="count"><option value="6">6</option><option value="9" selected>9</option></select>
	</section></main>`;
	return document.querySelector('section.dosing-planner') as HTMLElement;
}

const loader = () => {
	const startDosingPlanners = vi.fn();
	const load = vi.fn(async () => ({ startDosingPlanners }));
	return { load, startDosingPlanners };
};

afterEach(() => {
	document.body.innerHTML = '';
});

describe('the dosing planner loader', () => {
	it('loads nothing until the reader focuses or touches the planner, then starts it once', async () => {
		const section = planner();
		const { load, startDosingPlanners } = loader();
		startDosingPlannersOnUse(document, load);
		expect(load).not.toHaveBeenCalled();

		section.querySelector('input')?.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
		section.dispatchEvent(new Event('pointerdown', { bubbles: true }));
		await vi.waitFor(() => expect(startDosingPlanners).toHaveBeenCalledTimes(1));
		expect(load).toHaveBeenCalledTimes(1);
		const root = startDosingPlanners.mock.calls[0]?.[0] as ParentNode | undefined;
		expect(root?.querySelector('section.dosing-planner')).toBe(section);
	});

	it('starts at once when the browser restored a date into the form', async () => {
		planner('2026-01-05');
		const { load, startDosingPlanners } = loader();
		startDosingPlannersOnUse(document, load);
		await vi.waitFor(() => expect(startDosingPlanners).toHaveBeenCalledTimes(1));
	});

	it('starts at once when the browser restored another dose count', async () => {
		const section = planner();
		(section.querySelector('option[value="6"]') as HTMLOptionElement).selected = true;
		const { load } = loader();
		startDosingPlannersOnUse(document, load);
		expect(load).toHaveBeenCalledTimes(1);
	});

	it('tries again on the next touch when the script could not be loaded (offline, not cached yet)', async () => {
		const section = planner();
		const startDosingPlanners = vi.fn();
		const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue({ startDosingPlanners });
		startDosingPlannersOnUse(document, load);
		section.dispatchEvent(new Event('pointerdown', { bubbles: true }));
		await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
		await new Promise((resolve) => setTimeout(resolve, 0));
		section.dispatchEvent(new Event('pointerdown', { bubbles: true }));
		await vi.waitFor(() => expect(startDosingPlanners).toHaveBeenCalledTimes(1));
	});
});
