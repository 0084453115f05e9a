/**
 * Runs a part of the page's script only when the reader comes near that part: the knowledge check at the
 * foot of a page, the flowchart below a walkthrough. Until then its code is not even loaded, so a page's
 * load pays only for what is on screen (issue "Fast on a cheap tablet"). Like Astro's `client:visible`,
 * for the plain scripts that need no framework. Focus moving into the part (a keyboard) starts it too,
 * and a tap on one of its buttons before the script is running is kept and replayed once it is.
 */

/** How far outside the screen a part starts loading, so it is ready by the time it is seen. */
const nearMargin = '600px 0px';

export function startWhenNear<T extends Element>(
	elements: readonly T[],
	start: (element: T) => Promise<void> | void,
	/** Buttons that do nothing without the script: a tap on one before it runs is replayed after. */
	buttons = 'button[data-action]',
): void {
	const observer = 'IntersectionObserver' in window ? new IntersectionObserver(onIntersect, { rootMargin: nearMargin }) : undefined;
	const begins = new Map<Element, () => void>();

	function onIntersect(entries: IntersectionObserverEntry[]) {
		for (const entry of entries) if (entry.isIntersecting) begins.get(entry.target)?.();
	}

	for (const element of elements) {
		let state: 'waiting' | 'starting' | 'running' = 'waiting';
		let tapped: HTMLElement | undefined;
		const begin = () => {
			if (state !== 'waiting') return;
			state = 'starting';
			observer?.unobserve(element);
			Promise.resolve(start(element)).then(
				() => {
					state = 'running';
					element.removeEventListener('click', holdTap, true);
					tapped?.click();
					tapped = undefined;
				},
				() => {
					// Offline before the service worker cached the script: the part keeps its server-rendered
					// content, and the next approach or tap tries again.
					state = 'waiting';
					observer?.observe(element);
				},
			);
		};
		const holdTap = (event: Event) => {
			const button = (event.target as Element | null)?.closest<HTMLElement>(buttons);
			if (state === 'running' || !button || !element.contains(button)) return;
			event.preventDefault();
			event.stopImmediatePropagation();
			tapped = button;
			begin();
		};
		begins.set(element, begin);
		element.addEventListener('click', holdTap, true);
		element.addEventListener('focusin', begin);
		if (observer) observer.observe(element);
		else begin();
	}
}
