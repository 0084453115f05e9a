// @vitest-environment jsdom
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import PlphWalkthrough from '@/components/walkthrough/PlphWalkthrough';
import SeriousEventWalkthrough from '@/components/walkthrough/SeriousEventWalkthrough';
import { packWorkflow } from '@/lib/packed-wording';
import { storageKey } from '@/lib/walkthrough-session';
import { startPointsLabel } from '@/components/walkthrough/StartPoints';
import { preparedWorkflow } from './prepared-workflow';

const plph = preparedWorkflow('plph');
const seriousEvent = preparedWorkflow('serious-event');
const optionLabel = (workflow: typeof plph, stateId: string, option: string) =>
	workflow.steps[stateId]!.select!.options.find(([id]) => id === option)![1];
const titles = { plph: plph.title, 'serious-event': 'Serious event', 'blood-patch': 'Blood patch' };
const step = (stateId: string) => plph.steps[stateId]!;
const answerLabel = (stateId: string, event: string) => step(stateId).answers.find(([e]) => e === event)![1];

const pageProps = {
	workflowId: 'plph',
	workflow: packWorkflow(plph),
	workflowTitles: titles,
	contentVersion: 'test',
	topic: { href: '/plph/', title: 'Post-lumbar-puncture headache (PLPH)' },
	diagramIds: { flowchart: 'flowchart-plph', outline: 'outline-plph' },
} as const;

function renderIsland({ strict = false, navigate = vi.fn<(href: string) => void>() } = {}) {
	const island = <PlphWalkthrough {...pageProps} navigate={navigate} />;
	return render(strict ? <StrictMode>{island}</StrictMode> : island);
}

function renderSeriousEvent({ strict = false } = {}) {
	const island = (
		<SeriousEventWalkthrough
			{...pageProps}
			workflowId="serious-event"
			workflow={packWorkflow(seriousEvent)}
			topic={{ href: '/serious-events/', title: 'Serious neurologic events' }}
			diagramIds={{ flowchart: 'flowchart-serious-event', outline: 'outline-serious-event' }}
		/>
	);
	return render(strict ? <StrictMode>{island}</StrictMode> : island);
}

const currentHeading = () => screen.getByRole('heading', { level: 2 });

beforeEach(() => {
	window.localStorage.clear();
	window.history.replaceState(null, '', '/plph/');
});
afterEach(cleanup);

describe.each([false, true])('the walkthrough island (StrictMode: %s)', (strict) => {
	it('opens the case summary when asked, loading its code then', async () => {
		const user = userEvent.setup();
		renderIsland({ strict });
		await user.click(screen.getByRole('button', { name: answerLabel('redFlags', 'redFlags.none') }));
		await user.click(screen.getByRole('button', { name: 'Summary' }));
		const summary = await screen.findByRole('region', { name: 'Case summary' });
		expect(summary.textContent).toContain(step('redFlags').title);
	});

	it('opens at the first red-flag question', () => {
		renderIsland({ strict });
		expect(currentHeading().textContent).toBe(step('redFlags').title);
	});

	it('moves to the next step on an answer, focuses its heading and names it in the address', async () => {
		const user = userEvent.setup();
		renderIsland({ strict });
		await user.click(screen.getByRole('button', { name: answerLabel('redFlags', 'redFlags.none') }));
		expect(currentHeading().textContent).toBe(step('timing').title);
		expect(document.activeElement).toBe(currentHeading());
		expect(new URL(window.location.href).searchParams.get('step')).toBe('timing');
		const path = screen.getByRole('region', { name: 'Path so far' });
		expect(within(path).getAllByRole('listitem')).toHaveLength(1);
	});

	it('undoes the last answer with Back', async () => {
		const user = userEvent.setup();
		renderIsland({ strict });
		await user.click(screen.getByRole('button', { name: answerLabel('redFlags', 'redFlags.none') }));
		await user.click(screen.getByRole('button', { name: 'Back' }));
		await waitFor(() => expect(currentHeading().textContent).toBe(step('redFlags').title));
		expect(screen.getByRole('button', { name: 'Back' })).toHaveProperty('disabled', true);
	});

	it("undoes one answer with the browser's Back and gives it again with Forward", async () => {
		const user = userEvent.setup();
		renderIsland({ strict });
		await user.click(screen.getByRole('button', { name: answerLabel('redFlags', 'redFlags.none') }));
		await user.click(screen.getByRole('button', { name: answerLabel('timing', 'timing.withinFiveDays') }));
		const given = JSON.parse(window.localStorage.getItem(storageKey('plph'))!).answers;
		window.history.back();
		await waitFor(() => expect(currentHeading().textContent).toBe(step('timing').title));
		expect(JSON.parse(window.localStorage.getItem(storageKey('plph'))!).answers).toEqual(given.slice(0, 1));
		window.history.forward();
		await waitFor(() => expect(currentHeading().textContent).toBe(step('character').title));
		// The answer given again keeps the time it was first given.
		expect(JSON.parse(window.localStorage.getItem(storageKey('plph'))!).answers).toEqual(given);
	});

	it('starts a new case only after confirmation', async () => {
		const user = userEvent.setup();
		renderIsland({ strict });
		await user.click(screen.getByRole('button', { name: answerLabel('redFlags', 'redFlags.none') }));
		await user.click(screen.getByRole('button', { name: 'Start a new case' }));
		await user.click(screen.getByRole('button', { name: 'Keep this case' }));
		expect(currentHeading().textContent).toBe(step('timing').title);
		await user.click(screen.getByRole('button', { name: 'Start a new case' }));
		await user.click(screen.getByRole('button', { name: 'Yes, start a new case' }));
		expect(currentHeading().textContent).toBe(step('redFlags').title);
		expect(JSON.parse(window.localStorage.getItem(storageKey('plph'))!).answers).toEqual([]);
	});

	it('resumes where it was after a reload', async () => {
		const user = userEvent.setup();
		const first = renderIsland({ strict });
		await user.click(screen.getByRole('button', { name: answerLabel('redFlags', 'redFlags.none') }));
		first.unmount();
		renderIsland({ strict });
		expect(currentHeading().textContent).toBe(step('timing').title);
	});

	it('shows a notice and starts again when the saved session is corrupt', async () => {
		window.localStorage.setItem(storageKey('plph'), '{"format":2,"answers":[oops');
		renderIsland({ strict });
		// Notices are a panel loaded when there is one to show.
		expect((await screen.findByRole('status')).textContent).toContain('could not be read');
		expect(currentHeading().textContent).toBe(step('redFlags').title);
		expect(window.localStorage.getItem(`${storageKey('plph')}:unreadable`)).toBe('{"format":2,"answers":[oops');
	});

	it('opens the start with a message for a link to an unknown step', async () => {
		window.history.replaceState(null, '', '/plph/?step=noSuchStep');
		renderIsland({ strict });
		expect((await screen.findByRole('status')).textContent).toContain('“noSuchStep”');
		expect(currentHeading().textContent).toBe(step('redFlags').title);
	});

	it('opens a linked step and lets the saved case be restored', async () => {
		const user = userEvent.setup();
		const first = renderIsland({ strict });
		await user.click(screen.getByRole('button', { name: answerLabel('redFlags', 'redFlags.none') }));
		first.unmount();
		window.history.replaceState(null, '', '/plph/?step=character');
		renderIsland({ strict });
		expect(currentHeading().textContent).toBe(step('character').title);
		await user.click(screen.getByRole('button', { name: 'Restore the walkthrough kept aside' }));
		expect(currentHeading().textContent).toBe(step('timing').title);
	});

	it('opens the serious-event walkthrough in one tap on the red-flag exit, the hand-over saved first', async () => {
		const user = userEvent.setup();
		const navigate = vi.fn<(href: string) => void>();
		renderIsland({ strict, navigate });
		const meningeal = plph.redFlagExit!.answers.find(([event]) => event === 'redFlag.meningeal')![1];
		const exit = screen.getByRole('group', { name: plph.redFlagExit!.prompt });
		await user.click(within(exit).getByRole('button', { name: meningeal }));
		expect(navigate).toHaveBeenCalledTimes(1);
		expect(navigate).toHaveBeenCalledWith('/walkthroughs/serious-event/?from=plph&pattern=meningeal#walkthrough');
		const saved = JSON.parse(window.localStorage.getItem(storageKey('plph'))!);
		expect(saved.answers.map((answer: { event: string }) => answer.event)).toEqual(['redFlag.meningeal']);
	});

	it('marks the red-flag sign lists, on the screen and in the exit, as the guide’s reasoning from their sources', () => {
		renderIsland({ strict });
		const onScreen = screen.getByText(/The sign lists on this step are/);
		expect(within(onScreen).getByRole('link', { name: 'the guide’s reasoning' }).getAttribute('href')).toBe(
			'/about/#the-guides-own-reasoning',
		);
		expect(within(onScreen).getAllByRole('link', { name: /Reference\s*\d+/ }).length).toBeGreaterThanOrEqual(2);
		const inExit = screen.getByText(/These sign lists are/);
		expect(within(inExit).getAllByRole('link', { name: /Reference\s*\d+/ }).length).toBe(plph.redFlagExit!.reasoning!.length);
	});

	it('says in "Why / sources" when a source was read only in part', () => {
		renderIsland({ strict });
		const partlyRead = step('redFlags').citations.filter((citation) => citation.readAs);
		expect(partlyRead.length).toBeGreaterThan(0);
		const panel = screen.getByText('Why / sources').closest('details')!;
		for (const citation of partlyRead) expect(panel.textContent).toContain(`(${citation.readAs})`);
	});

	it('starts a follow-up with the red-flag screen, then the non-postural check, recording the start and never the first assessment', async () => {
		const user = userEvent.setup();
		renderIsland({ strict });
		const starts = screen.getByRole('group', { name: startPointsLabel });
		await user.click(within(starts).getByRole('button', { name: answerLabel('redFlags', 'start.reassessNotPostural') }));
		expect(currentHeading().textContent).toBe(step('reassessRedFlags').title);
		await user.click(screen.getByRole('button', { name: answerLabel('reassessRedFlags', 'redFlags.none') }));
		// The posture chosen at the start puts the 14-day / meningeal-signs check before the reassessment.
		expect(currentHeading().textContent).toBe(step('nonPosturalRecheck').title);
		expect(screen.queryByRole('group', { name: startPointsLabel })).toBeNull();
		const path = screen.getByRole('region', { name: 'Path so far' });
		expect(path.textContent).toContain(`Started at: ${answerLabel('redFlags', 'start.reassessNotPostural')}`);
		expect(path.textContent).toContain(step('redFlags').starts!['start.reassessNotPostural']!);
		expect(path.textContent).not.toContain(step('redFlags').title);
		await user.click(screen.getByRole('button', { name: answerLabel('nonPosturalRecheck', 'recheck.noConcern') }));
		expect(currentHeading().textContent).toBe(step('reassess').title);
	});

	it('groups conservative care into what to do now and what to offer, and lists what is not recommended without boxes', () => {
		window.history.replaceState(null, '', '/walkthroughs/plph/?step=conservativeCare');
		renderIsland({ strict });
		const care = step('conservativeCare');
		const now = screen.getByRole('region', { name: 'Now' });
		const nowIds = care.items.filter((item) => item.group === 'now').map((item) => item.label);
		expect(within(now).getAllByRole('checkbox')).toHaveLength(nowIds.length);
		const notRecommended = screen.getByRole('region', { name: 'Not recommended' });
		expect(within(notRecommended).queryAllByRole('checkbox')).toHaveLength(0);
		for (const item of care.items.filter((candidate) => candidate.kind === 'avoid')) {
			expect(notRecommended.textContent).toContain(item.label);
			expect(screen.queryByRole('checkbox', { name: new RegExp(item.label.slice(0, 15)) })).toBeNull();
		}
	});

	it('leads to the topic page from "Why / sources"', () => {
		renderIsland({ strict });
		expect(screen.getByRole('link', { name: pageProps.topic.title }).getAttribute('href')).toBe('/plph/');
	});

	it('asks the red flags as one group of checkboxes, and hands every ticked sign over together', async () => {
		const user = userEvent.setup();
		renderIsland({ strict });
		const group = screen.getByRole('group', { name: step('redFlags').select!.legend });
		expect(within(group).getAllByRole('checkbox')).toHaveLength(5);
		const handOver = within(group).getByRole('button', { name: answerLabel('redFlags', 'redFlags.ticked') });
		expect(handOver).toHaveProperty('disabled', true);
		await user.click(within(group).getByRole('checkbox', { name: optionLabel(plph, 'redFlags', 'fever') }));
		await user.click(within(group).getByRole('checkbox', { name: optionLabel(plph, 'redFlags', 'spinal') }));
		await user.click(handOver);
		expect(currentHeading().textContent).toContain(step('handover').title);
		const link = screen.getByRole('link', { name: /Continue in/ });
		expect(link.getAttribute('href')).toBe('/walkthroughs/serious-event/?from=plph&pattern=spinal&pattern=meningeal#walkthrough');
		const saved = JSON.parse(window.localStorage.getItem(storageKey('plph'))!);
		expect(saved.answers[0]).toMatchObject({ event: 'redFlags.ticked', data: { choices: ['fever', 'spinal'] } });
		const handover = screen.getByRole('region', { name: 'Handover' });
		expect(handover.textContent).toContain(optionLabel(plph, 'redFlags', 'fever'));
		expect(handover.textContent).toContain(optionLabel(plph, 'redFlags', 'spinal'));
	});

	it('keeps the ticked signs when Back returns to the red-flag screen', async () => {
		const user = userEvent.setup();
		renderIsland({ strict });
		const group = () => screen.getByRole('group', { name: step('redFlags').select!.legend });
		await user.click(within(group()).getByRole('checkbox', { name: optionLabel(plph, 'redFlags', 'pressure') }));
		await user.click(within(group()).getByRole('checkbox', { name: optionLabel(plph, 'redFlags', 'other') }));
		await user.click(within(group()).getByRole('button', { name: answerLabel('redFlags', 'redFlags.ticked') }));
		await user.click(screen.getByRole('button', { name: 'Back' }));
		await waitFor(() => expect(currentHeading().textContent).toBe(step('redFlags').title));
		expect(within(group()).getByRole('checkbox', { name: optionLabel(plph, 'redFlags', 'pressure') })).toHaveProperty('checked', true);
		expect(within(group()).getByRole('checkbox', { name: optionLabel(plph, 'redFlags', 'other') })).toHaveProperty('checked', true);
		expect(within(group()).getByRole('checkbox', { name: optionLabel(plph, 'redFlags', 'fever') })).toHaveProperty('checked', false);
	});

	it('moves on with "None of these" in one tap', async () => {
		const user = userEvent.setup();
		renderIsland({ strict });
		await user.click(screen.getByRole('button', { name: answerLabel('redFlags', 'redFlags.none') }));
		expect(currentHeading().textContent).toBe(step('timing').title);
	});

	it('shows a session saved under the older logic as earlier answers, and starts again', () => {
		const earlier = {
			format: 1,
			workflowId: 'plph',
			machineVersion: 1,
			startedAt: '2026-11-26T09:00:00.000Z',
			answers: [{ event: 'flag.meningitis.no', at: '2026-11-26T09:01:00.000Z' }],
			ticks: {},
		};
		window.localStorage.setItem(storageKey('plph'), JSON.stringify(earlier));
		renderIsland({ strict });
		expect(screen.getByRole('status').textContent).toContain('earlier version');
		expect(screen.getByRole('status').textContent).toContain('flag.meningitis.no');
		expect(currentHeading().textContent).toBe(step('redFlags').title);
	});

	it('opens a hand-over with every carried pattern ticked and locked, says where they came from, and lets others be added', async () => {
		const user = userEvent.setup();
		window.history.replaceState(null, '', '/serious-events/?from=plph&pattern=spinal&pattern=meningeal');
		renderSeriousEvent({ strict });
		expect(screen.getByRole('status').textContent).toContain(optionLabel(seriousEvent, 'patterns', 'spinal'));
		await user.click(screen.getByRole('button', { name: seriousEvent.steps['immediateAction']!.answers[0]![1] }));
		const group = screen.getByRole('group', { name: seriousEvent.steps['patterns']!.select!.legend });
		const box = (option: string) => within(group).getByRole('checkbox', { name: new RegExp(optionLabel(seriousEvent, 'patterns', option).slice(0, 12)) });
		expect(box('spinal')).toHaveProperty('checked', true);
		expect(box('spinal')).toHaveProperty('disabled', true);
		expect(box('meningeal')).toHaveProperty('checked', true);
		expect(box('pressure')).toHaveProperty('checked', false);
		expect(group.textContent).toContain(`carried from “${titles.plph}”`);
		await user.click(box('pressure'));
		await user.click(within(group).getByRole('button', { name: seriousEvent.steps['patterns']!.answers[0]![1] }));
		// The checklist shows exactly the machine's ordered first actions, in that order; "no blood patch" is
		// not an action to tick but a "Not recommended" line.
		const items = screen.getAllByRole('checkbox').map((checkbox) => checkbox.closest('label')?.textContent ?? '');
		const expected = ['check-breathing', 'spinal-mri', 'brain-imaging', 'blood-cultures-empiric-treatment', 'csf-when-safe', 'fundoscopy', 'workup-standard-of-care'].map(
			(id) => seriousEvent.steps['firstActions']!.items.find((item) => item.id === id)!.label,
		);
		expect(items.map((text, index) => text.startsWith(expected[index]!))).toEqual(expected.map(() => true));
		expect(screen.getAllByRole('checkbox')[0]!.closest('ol, ul')?.tagName).toBe('OL');
		const noPatch = seriousEvent.steps['firstActions']!.items.find((item) => item.id === 'no-blood-patch')!.label;
		expect(screen.getByRole('region', { name: 'Not recommended' }).textContent).toContain(noPatch);
	});

	it('ends the serious-event walkthrough with a handover that restates the first actions and who was told', async () => {
		const user = userEvent.setup();
		window.history.replaceState(null, '', '/serious-events/?from=plph&pattern=pressure');
		renderSeriousEvent({ strict });
		const answer = (stateId: string) => seriousEvent.steps[stateId]!.answers[0]![1];
		const investigator = seriousEvent.steps['immediateAction']!.items.find((item) => item.id === 'inform-investigator')!;
		await user.click(screen.getByRole('checkbox', { name: investigator.label }));
		await user.click(screen.getByRole('button', { name: answer('immediateAction') }));
		await user.click(screen.getByRole('button', { name: answer('patterns') }));
		await user.click(screen.getByRole('button', { name: answer('firstActions') }));
		await user.click(screen.getByRole('button', { name: answer('dosingDecision') }));
		await user.click(screen.getByRole('button', { name: answer('report') }));
		expect(currentHeading().textContent).toContain(seriousEvent.steps['escalated']!.title);
		const handover = screen.getByRole('region', { name: 'Handover' });
		const text = handover.textContent ?? '';
		expect(text).toMatch(new RegExp(`${investigator.label.replace(/[()]/g, '.')} · ticked`));
		const label = (id: string) => seriousEvent.steps['firstActions']!.items.find((item) => item.id === id)!.label;
		expect(text.indexOf(label('check-breathing'))).toBeLessThan(text.indexOf(label('brain-imaging')));
		expect(text).toContain(label('fundoscopy'));
		expect(text).not.toContain(label('spinal-mri'));
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

describe('the walkthrough before its script runs (as the server renders it)', () => {
	it('has no enabled button, and says where the same steps are', () => {
		const html = renderToString(<PlphWalkthrough {...pageProps} />);
		const page = new DOMParser().parseFromString(html, 'text/html');
		const buttons = [...page.querySelectorAll('button')];
		expect(buttons.length).toBeGreaterThan(2);
		expect(buttons.filter((button) => !button.disabled).map((button) => button.textContent)).toEqual([]);
		const note = page.querySelector('[role="note"]');
		expect(note?.querySelector('a[href="#outline-plph"]')).not.toBeNull();
		expect(note?.querySelector('a[href="#flowchart-plph"]')).not.toBeNull();
	});
});
