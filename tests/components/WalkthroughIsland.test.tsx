// @vitest-environment jsdom
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import WalkthroughIsland from '@/components/walkthrough/WalkthroughIsland';
import { storageKey } from '@/lib/walkthrough-session';
import { preparedWorkflow } from './prepared-workflow';

const plph = preparedWorkflow('plph');
const titles = { plph: plph.title, 'serious-event': 'Serious event', 'blood-patch': 'Blood patch' };
const step = (stateId: string) => plph.steps[stateId]!;
const answerLabel = (stateId: string, event: string) => step(stateId).answers.find(([e]) => e === event)![1];

function renderIsland({ strict = false } = {}) {
	const island = <WalkthroughIsland workflowId="plph" workflow={plph} workflowTitles={titles} contentVersion="test" />;
	return render(strict ? <StrictMode>{island}</StrictMode> : island);
}

const currentHeading = () => screen.getByRole('heading', { level: 2 });

beforeEach(() => {
	window.localStorage.clear();
	window.history.replaceState(null, '', '/plph/');
});
afterEach(cleanup);

describe.each([false, true])('the walkthrough island (StrictMode: %s)', (strict) => {
	it('opens at the first red-flag question', () => {
		renderIsland({ strict });
		expect(currentHeading().textContent).toBe(step('flagMeningitis').title);
	});

	it('moves to the next step on an answer, focuses its heading and names it in the address', async () => {
		const user = userEvent.setup();
		renderIsland({ strict });
		await user.click(screen.getByRole('button', { name: answerLabel('flagMeningitis', 'flag.meningitis.no') }));
		expect(currentHeading().textContent).toBe(step('flagPressure').title);
		expect(document.activeElement).toBe(currentHeading());
		expect(new URL(window.location.href).searchParams.get('step')).toBe('flagPressure');
		const path = screen.getByRole('region', { name: 'Path so far' });
		expect(within(path).getAllByRole('listitem')).toHaveLength(1);
	});

	it('undoes the last answer with Back', async () => {
		const user = userEvent.setup();
		renderIsland({ strict });
		await user.click(screen.getByRole('button', { name: answerLabel('flagMeningitis', 'flag.meningitis.no') }));
		await user.click(screen.getByRole('button', { name: 'Back' }));
		expect(currentHeading().textContent).toBe(step('flagMeningitis').title);
		expect(screen.getByRole('button', { name: 'Back' })).toHaveProperty('disabled', true);
	});

	it('starts a new case only after confirmation', async () => {
		const user = userEvent.setup();
		renderIsland({ strict });
		await user.click(screen.getByRole('button', { name: answerLabel('flagMeningitis', 'flag.meningitis.no') }));
		await user.click(screen.getByRole('button', { name: 'Start a new case' }));
		await user.click(screen.getByRole('button', { name: 'Keep this case' }));
		expect(currentHeading().textContent).toBe(step('flagPressure').title);
		await user.click(screen.getByRole('button', { name: 'Start a new case' }));
		await user.click(screen.getByRole('button', { name: 'Yes, start a new case' }));
		expect(currentHeading().textContent).toBe(step('flagMeningitis').title);
		expect(JSON.parse(window.localStorage.getItem(storageKey('plph'))!).answers).toEqual([]);
	});

	it('resumes where it was after a reload', async () => {
		const user = userEvent.setup();
		const first = renderIsland({ strict });
		await user.click(screen.getByRole('button', { name: answerLabel('flagMeningitis', 'flag.meningitis.no') }));
		first.unmount();
		renderIsland({ strict });
		expect(currentHeading().textContent).toBe(step('flagPressure').title);
	});

	it('shows a notice and starts again when the saved session is corrupt', () => {
		window.localStorage.setItem(storageKey('plph'), '{"format":1,"answers":[oops');
		renderIsland({ strict });
		expect(screen.getByRole('status').textContent).toContain('could not be read');
		expect(currentHeading().textContent).toBe(step('flagMeningitis').title);
		expect(window.localStorage.getItem(`${storageKey('plph')}:unreadable`)).toBe('{"format":1,"answers":[oops');
	});

	it('opens the start with a message for a link to an unknown step', () => {
		window.history.replaceState(null, '', '/plph/?step=noSuchStep');
		renderIsland({ strict });
		expect(screen.getByRole('status').textContent).toContain('“noSuchStep”');
		expect(currentHeading().textContent).toBe(step('flagMeningitis').title);
	});

	it('opens a linked step and lets the saved case be restored', async () => {
		const user = userEvent.setup();
		const first = renderIsland({ strict });
		await user.click(screen.getByRole('button', { name: answerLabel('flagMeningitis', 'flag.meningitis.no') }));
		first.unmount();
		window.history.replaceState(null, '', '/plph/?step=character');
		renderIsland({ strict });
		expect(currentHeading().textContent).toBe(step('character').title);
		await user.click(screen.getByRole('button', { name: 'Restore the walkthrough kept aside' }));
		expect(currentHeading().textContent).toBe(step('flagPressure').title);
	});

	it('hands over through the red-flag exit with the pattern in the link', async () => {
		const user = userEvent.setup();
		renderIsland({ strict });
		await user.click(screen.getByRole('button', { name: plph.redFlagExit!.prompt }));
		const meningeal = plph.redFlagExit!.answers.find(([event]) => event === 'redFlag.meningeal')![1];
		await user.click(screen.getByRole('button', { name: meningeal }));
		expect(currentHeading().textContent).toContain(step('handoverMeningeal').title);
		const link = screen.getByRole('link', { name: /Continue in/ });
		expect(link.getAttribute('href')).toBe('/serious-events/?from=plph&pattern=meningeal#walkthrough');
	});

	it('records the time an item is ticked on a checklist step', async () => {
		const user = userEvent.setup();
		window.history.replaceState(null, '', '/plph/?step=conservativeCare');
		renderIsland({ strict });
		const firstItem = step('conservativeCare').items[0]!;
		await user.click(screen.getByRole('checkbox', { name: new RegExp(firstItem.label.slice(0, 20).replace(/[()]/g, '.')) }));
		expect(screen.getByText(/ticked/)).toBeTruthy();
		const saved = JSON.parse(window.localStorage.getItem(storageKey('plph'))!);
		expect(Object.keys(Object.values(saved.ticks as Record<string, object>)[0]!)).toEqual([firstItem.id]);
	});
});
