/**
 * Registers the service worker that keeps the whole guide available offline, and tells the reader
 * when a new content version has been downloaded: a notice with a "Reload" button. The new version
 * takes over only when the reader chooses, so a page never changes under someone mid-task.
 *
 * Registration waits for the page's `load` and then an idle moment: a first visit's worker precaches
 * the whole site (about 3 MB), and doing that while the walkthrough hydrates competes with it on the
 * same renderer (issue "Fast on a cheap tablet": Total Blocking Time 533 → 258 ms on /plph/).
 */

const noticeId = 'update-available';

/** Set when the reader asks for the new version; only then does a change of worker reload the page. */
let reloadRequested = false;

function showUpdateNotice(waiting: ServiceWorker) {
	if (document.getElementById(noticeId)) return;
	const notice = document.createElement('div');
	notice.id = noticeId;
	notice.className = 'update-notice';
	notice.setAttribute('role', 'status');
	const text = document.createElement('p');
	text.textContent = 'A new version of this guide is available. Reload to read it (walkthrough progress is kept).';
	const reload = document.createElement('button');
	reload.type = 'button';
	reload.textContent = 'Reload now';
	reload.addEventListener('click', () => {
		reload.disabled = true;
		reloadRequested = true;
		// Workbox's generated worker activates on this message; the page reloads when it takes control.
		waiting.postMessage({ type: 'SKIP_WAITING' });
	});
	notice.append(text, reload);
	document.body.append(notice);
}

/** How long the registration waits for an idle moment before going ahead anyway (ms). */
const idleTimeoutMs = 5_000;

/** Registers the service worker once the page has loaded and the main thread is idle. */
export function registerServiceWorkerWhenIdle(): void {
	if (!('serviceWorker' in navigator)) return;
	const register = () => {
		registerServiceWorker().catch(() => undefined);
	};
	// Safari has no requestIdleCallback: there, a short pause after `load` stands in for it.
	const whenIdle = () => {
		if ('requestIdleCallback' in window) window.requestIdleCallback(register, { timeout: idleTimeoutMs });
		else setTimeout(register, 1_000);
	};
	if (document.readyState === 'complete') whenIdle();
	else window.addEventListener('load', whenIdle, { once: true });
}

export async function registerServiceWorker() {
	if (!('serviceWorker' in navigator)) return;
	navigator.serviceWorker.addEventListener('controllerchange', () => {
		// The first install takes control silently; a new version reloads only when the reader asked.
		if (!reloadRequested) return;
		reloadRequested = false;
		window.location.reload();
	});
	const registration = await navigator.serviceWorker.register('/sw.js');
	const offerIfWaiting = () => {
		if (registration.waiting && navigator.serviceWorker.controller) showUpdateNotice(registration.waiting);
	};
	/** Offers a new version once it has installed (unless it is the first install, which takes control silently). */
	const offerWhenInstalled = (worker: ServiceWorker | null) => {
		worker?.addEventListener('statechange', () => {
			if (worker.state === 'installed') offerIfWaiting();
		});
	};
	offerIfWaiting();
	// An update may have begun installing before `register()` resolved: its `updatefound` is gone, so
	// follow the worker already installing as well as any found later.
	offerWhenInstalled(registration.installing);
	registration.addEventListener('updatefound', () => offerWhenInstalled(registration.installing));
	// A tablet left open for days still learns about a new version when the reader comes back to it.
	document.addEventListener('visibilitychange', () => {
		if (document.visibilityState === 'visible') registration.update().catch(() => undefined);
	});
}
