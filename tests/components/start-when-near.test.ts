// @vitest-environment jsdom
/** A part of the page whose script loads when the reader comes near it: not before, once, and without losing a tap. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startWhenNear } from '@/components/start-when-near';

/** A stand-in for the browser's IntersectionObserver that the test drives by hand. */
class FakeObserver {
	static instances: FakeObserver[] = [];
	observed = new Set<Element>();
	constructor(private readonly callback: IntersectionObserverCallback) {
		FakeObserver.instances.push(this);
	}
	observe(element: Element) {
		this.observed.add(element);
	}
	unobserve(element: Element) {
		this.observed.delete(element);
	}
	disconnect() {
		this.observed.clear();
	}
	/** The element comes within the margin of the screen. */
	near(element: Element) {
		if (!this.observed.has(element)) return;
		this.callback([{ target: element, isIntersecting: true } as IntersectionObserverEntry], this as unknown as IntersectionObserver);
	}
}

const nearScreen = (element: Element) => {
	for (const observer of FakeObserver.instances) observer.near(element);
};

let part: HTMLElement;
beforeEach(() => {
	FakeObserver.instances = [];
	vi.stubGlobal('IntersectionObserver', FakeObserver);
	document.body.innerHTML = '<section class="part"><button type="button" data-action="check">Check answer</button></section>';
	part = document.querySelector('.part') as HTMLElement;
});
afterEach(() => {
	vi.unstubAllGlobals();
	document.body.innerHTML = '';
});

describe('a part started when the reader comes near it', () => {
	it('loads nothing while it is far from the screen, then starts once', async () => {
		const start = vi.fn(async () => undefined);
		startWhenNear([part], start);
		expect(start).not.toHaveBeenCalled();
		nearScreen(part);
		nearScreen(part);
		expect(start).toHaveBeenCalledTimes(1);
		expect(start).toHaveBeenCalledWith(part);
	});

	it('starts when focus moves into it', () => {
		const start = vi.fn(async () => undefined);
		startWhenNear([part], start);
		part.querySelector('button')?.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
		expect(start).toHaveBeenCalledTimes(1);
	});

	it('keeps a tap on one of its buttons made before the script ran, and replays it once it runs', async () => {
		const checked = vi.fn();
		const start = vi.fn(async (element: HTMLElement) => {
			await new Promise((resolve) => setTimeout(resolve, 5));
			element.addEventListener('click', (event) => {
				if ((event.target as Element).closest('[data-action="check"]')) checked();
			});
		});
		startWhenNear([part], start);
		part.querySelector('button')?.click();
		expect(checked).not.toHaveBeenCalled();
		await vi.waitFor(() => expect(checked).toHaveBeenCalledTimes(1));
		part.querySelector('button')?.click();
		expect(checked).toHaveBeenCalledTimes(2);
	});

	it('tries again the next time it comes near when its script could not be loaded', async () => {
		const start = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(undefined);
		startWhenNear([part], start);
		nearScreen(part);
		await vi.waitFor(() => expect(FakeObserver.instances[0]?.observed.has(part)).toBe(true));
		nearScreen(part);
		expect(start).toHaveBeenCalledTimes(2);
	});

	it('starts at once in a browser without IntersectionObserver', () => {
		vi.stubGlobal('IntersectionObserver', undefined);
		// jsdom defines the name; a browser without it has no such property at all.
		delete (window as { IntersectionObserver?: unknown }).IntersectionObserver;
		const start = vi.fn(async () => undefined);
		startWhenNear([part], start);
		expect(start).toHaveBeenCalledTimes(1);
	});
});
