/**
 * Makes a flowchart follow the walkthrough on the same page: the island announces every change with a
 * `walkthrough:change` event (current step and the answers given); this marks the current node and the
 * path taken. "Explore steps" shows a tapped node's wording and sources in a panel instead of
 * following its link. Vanilla DOM code: no diagram library runs in the browser.
 *
 * Marking the path only changes classes. Centring the current step in the scrollable chart measures it,
 * which forces the layout of a large SVG (265 ms at 4x CPU on /plph/, issue "Fast on a cheap tablet"),
 * and the chart is off screen under `content-visibility: auto` while the reader works the walkthrough:
 * so the chart is centred only while it is on screen, and a chart that was off screen is centred when
 * it scrolls into view. The script itself is loaded only when the reader comes near the chart
 * (WorkflowDiagram.astro), so it starts from the step the walkthrough has reached by then.
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
}

/** Scrolls the chart so that its current step is in the middle. Measures: call only while the chart is on screen. */
function centreCurrentStep(diagram: HTMLElement) {
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

/**
 * Keeps a chart's current step centred, measuring only while the chart is on screen: `request` centres
 * now if it is, or as soon as it scrolls into view.
 */
function centringWhenVisible(diagram: HTMLElement): { request: () => void } {
	const scroller = diagram.querySelector<HTMLElement>('.diagram-scroll');
	// Without IntersectionObserver (very old browsers) the chart is treated as always on screen.
	let onScreen = !('IntersectionObserver' in window);
	let pending = false;
	if (scroller && !onScreen) {
		new IntersectionObserver((entries) => {
			onScreen = entries.some((entry) => entry.isIntersecting);
			if (onScreen && pending) {
				pending = false;
				centreCurrentStep(diagram);
			}
		}).observe(scroller);
	}
	return {
		request: () => {
			// In the next frame, with the layout the browser does for it anyway, not inside the tap's handler.
			if (onScreen) requestAnimationFrame(() => centreCurrentStep(diagram));
			else pending = true;
		},
	};
}

/** Makes one chart follow the walkthrough of its workflow on the page, and sets up its tools. */
export function followWalkthrough(diagram: HTMLElement) {
	const workflowId = diagram.dataset['diagram'];
	const centring = centringWhenVisible(diagram);
	setUpTools(diagram);
	const follow = (change: WalkthroughChange) => {
		if (change.workflowId !== workflowId) return;
		markPath(diagram, change);
		centring.request();
	};
	document.addEventListener(walkthroughChangeEvent, (event) => follow((event as CustomEvent<WalkthroughChange>).detail));
	// A walkthrough that hydrated before this script ran has already announced itself on its element.
	for (const walkthrough of document.querySelectorAll('.walkthrough[data-steps]')) {
		const change = readWalkthroughChange(walkthrough);
		if (change) follow(change);
	}
}
