/**
 * A secondary panel's code, loaded when the reader first asks for it rather than with the page (issue
 * "Fast on a cheap tablet": the walkthrough's own load must get cheaper). Once loaded it is kept, so the
 * panel renders at once the next time; `prefetch` loads it in an idle moment after the page is ready.
 * A load that fails (offline before the service worker cached it) can be tried again.
 */
import { useEffect, useState } from 'react';

export interface OnDemand<M> {
	/** The module, loading it if need be. */
	get: () => Promise<M>;
	/** The module if it has loaded. */
	current: () => M | undefined;
	/** Loads the module when the browser is idle, so that asking for it later shows it at once. */
	prefetchWhenIdle: () => void;
}

export function onDemand<M>(load: () => Promise<M>): OnDemand<M> {
	let loaded: M | undefined;
	let pending: Promise<M> | undefined;
	const get = () => {
		pending ??= load().then(
			(module) => {
				loaded = module;
				return module;
			},
			(error: unknown) => {
				pending = undefined;
				throw error;
			},
		);
		return pending;
	};
	return {
		get,
		current: () => loaded,
		prefetchWhenIdle: () => {
			const prefetch = () => {
				get().catch(() => undefined);
			};
			if ('requestIdleCallback' in window) window.requestIdleCallback(prefetch, { timeout: 10_000 });
			else setTimeout(prefetch, 2_000);
		},
	};
}

/** The module while `wanted`, loading it when first wanted; `failed` with `retry` when it could not be loaded. */
export function useOnDemand<M>(source: OnDemand<M>, wanted: boolean): { module: M | undefined; failed: boolean; retry: () => void } {
	const [module, setModule] = useState<{ value: M } | undefined>(() => {
		const current = source.current();
		return current === undefined ? undefined : { value: current };
	});
	const [failed, setFailed] = useState(false);
	useEffect(() => {
		// After a failure nothing loads until "Try again" clears it.
		if (!wanted || module || failed) return;
		let live = true;
		source.get().then(
			(value) => {
				if (live) setModule({ value });
			},
			() => {
				if (live) setFailed(true);
			},
		);
		return () => {
			live = false;
		};
	}, [source, wanted, module, failed]);
	const ready = module?.value ?? (wanted ? source.current() : undefined);
	return {
		module: ready,
		failed: failed && ready === undefined,
		retry: () => setFailed(false),
	};
}
