// @vitest-environment jsdom
/** The update notice: a new version of the guide is offered once it has installed, whenever its install began. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerServiceWorker } from '@/components/offline/register-service-worker';

/** A stand-in for a service worker whose state the test moves by hand. */
class FakeWorker extends EventTarget {
	state: ServiceWorkerState = 'installing';
	messages: unknown[] = [];
	postMessage(message: unknown) {
		this.messages.push(message);
	}
	install() {
		this.state = 'installed';
		this.dispatchEvent(new Event('statechange'));
	}
}

/** A stand-in registration: `installing` and `waiting` as the browser would hold them. */
class FakeRegistration extends EventTarget {
	installing: FakeWorker | null = null;
	waiting: FakeWorker | null = null;
	update = async () => undefined;
	/** The browser finds an update: a worker starts installing. */
	findUpdate(): FakeWorker {
		const worker = new FakeWorker();
		this.installing = worker;
		this.dispatchEvent(new Event('updatefound'));
		return worker;
	}
	/** The installing worker finishes and waits to take over. */
	finishInstall(worker: FakeWorker) {
		this.installing = null;
		this.waiting = worker;
		worker.install();
	}
}

let registration: FakeRegistration;
const notice = () => document.getElementById('update-available');

beforeEach(() => {
	registration = new FakeRegistration();
	const container = Object.assign(new EventTarget(), {
		// A page already controlled by an older version: a new install is an update, not the first one.
		controller: new FakeWorker(),
		register: async () => registration,
	});
	Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true });
});

afterEach(() => {
	notice()?.remove();
	Reflect.deleteProperty(navigator, 'serviceWorker');
});

describe('registerServiceWorker', () => {
	it('offers the new version when an update found after registration has installed', async () => {
		await registerServiceWorker();
		const worker = registration.findUpdate();
		expect(notice()).toBeNull();
		registration.finishInstall(worker);
		expect(notice()?.textContent).toContain('A new version of this guide is available');
	});

	it('offers the new version when its install began before registration resolved', async () => {
		// The update was found while `register()` was still pending: no `updatefound` reaches the page.
		const worker = new FakeWorker();
		registration.installing = worker;
		await registerServiceWorker();
		registration.finishInstall(worker);
		expect(notice()?.textContent).toContain('A new version of this guide is available');
	});

	it('offers a version already waiting at once, and asks it to take over only when the reader chooses', async () => {
		const worker = new FakeWorker();
		worker.state = 'installed';
		registration.waiting = worker;
		await registerServiceWorker();
		expect(worker.messages).toEqual([]);
		notice()?.querySelector('button')?.click();
		expect(worker.messages).toEqual([{ type: 'SKIP_WAITING' }]);
	});
});
