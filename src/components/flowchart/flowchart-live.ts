/**
 * Makes a flowchart follow the walkthrough on the same page: the island announces every change with a
 * `walkthrough:change` event (current step and the answers given); this marks the current node and the
 * path taken. "Explore steps" shows a tapped node's wording and sources in a panel instead of
 * following its link. Vanilla DOM code: no diagram library runs in the browser.
 */
import { readWalkthroughChange, walkthroughChangeEvent, type WalkthroughChange } from '@/lib/walkthrough-change';

function markPath(diagram: HTMLElement, change: WalkthroughChange) {
	for (const element of diagram.querySelectorAll('.fc-current, .fc-visited, .fc-taken')) {
		element.classList.remove('fc-current', 'fc-visited', 'fc-taken');
		element.removeAttribute('aria-current');
	}
	change.steps.forEach((stateId, index) => {
		const node = diagram.querySelector<SVGElement>(`[data-node="${CSS.escape(stateId)}"]`);
		const isCurrent = index === change.steps.length - 1;
		node?.classList.add(isCurrent ? 'fc-current' : 'fc-visited');
		if (isCurrent) node?.setAttribute('aria-current', 'step');
		const event = change.events[index];
		const next = change.steps[index + 1];
		if (event && next) {
			const from = event.startsWith('redFlag.') ? 'exit' : stateId;
			diagram.querySelector(`[data-edge="${CSS.escape(`${from}--${event}--${next}`)}"]`)?.classList.add('fc-taken');
		}
	});
	const current = diagram.querySelector<SVGGraphicsElement>('.fc-current');
	const scroller = diagram.querySelector<HTMLElement>('.diagram-scroll');
	if (current && scroller && !diagram.classList.contains('fc-fit')) {
		const box = current.getBoundingClientRect();
		const view = scroller.getBoundingClientRect();
		scroller.scrollBy({
			left: box.left + box.width / 2 - (view.left + view.width / 2),
			top: box.top + box.height / 2 - (view.top + view.height / 2),
		});
	}
}

function setUpTools(diagram: HTMLElement) {
	const panel = diagram.querySelector<HTMLElement>('.diagram-explore');
	const fit = diagram.querySelector<HTMLButtonElement>('[data-action="fit"]');
	const explore = diagram.querySelector<HTMLButtonElement>('[data-action="explore"]');
	// The page renders these disabled, so without this script no button sits there doing nothing.
	for (const button of [fit, explore]) button?.removeAttribute('disabled');
	fit?.addEventListener('click', () => {
		const on = diagram.classList.toggle('fc-fit');
		fit.setAttribute('aria-pressed', String(on));
	});
	explore?.addEventListener('click', () => {
		const on = explore.getAttribute('aria-pressed') !== 'true';
		explore.setAttribute('aria-pressed', String(on));
		diagram.classList.toggle('fc-exploring', on);
		if (!on && panel) panel.hidden = true;
	});
	diagram.addEventListener('click', (event) => {
		if (explore?.getAttribute('aria-pressed') !== 'true' || !panel) return;
		const node = (event.target as Element).closest('[data-node]');
		const stateId = node?.getAttribute('data-node');
		const entry = stateId ? diagram.querySelector(`[data-outline-step="${CSS.escape(stateId)}"]`) : null;
		if (!node || !entry) return;
		event.preventDefault();
		const title = entry.querySelector('.outline-title')?.cloneNode(true);
		const detail = entry.querySelector('.outline-detail')?.cloneNode(true);
		panel.replaceChildren(...[title, detail].filter((part): part is Node => part !== null && part !== undefined));
		panel.hidden = false;
		panel.setAttribute('data-showing', stateId ?? '');
	});
}

export function followWalkthroughs(root: Document) {
	const diagrams = [...root.querySelectorAll<HTMLElement>('[data-diagram][data-interactive]')];
	for (const diagram of diagrams) setUpTools(diagram);
	const follow = (change: WalkthroughChange) => {
		for (const diagram of diagrams.filter((candidate) => candidate.dataset['diagram'] === change.workflowId)) {
			markPath(diagram, change);
		}
	};
	root.addEventListener(walkthroughChangeEvent, (event) => follow((event as CustomEvent<WalkthroughChange>).detail));
	// A walkthrough that hydrated before this script ran has already announced itself on its element.
	for (const walkthrough of root.querySelectorAll('.walkthrough[data-steps]')) {
		const change = readWalkthroughChange(walkthrough);
		if (change) follow(change);
	}
}
