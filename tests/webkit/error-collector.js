/*
 * Runs first in every page the WebKit tests open (tests/webkit/collecting-proxy.ts puts it at the top of
 * <head>), so it sees errors thrown while the page loads and hydrates, not only later ones. WebKitGTK's
 * WebDriver has no BiDi and no log endpoint, so the page has to keep its own record: the tests read
 * `window.__errors`.
 */
(() => {
	const errors = [];
	window.__errors = errors;
	const describe = (value) => (value instanceof Error ? `${value.name}: ${value.message}` : String(value));

	// Capture phase: also sees scripts and stylesheets that failed to load, whose error events do not bubble.
	window.addEventListener(
		'error',
		(event) => {
			if (event instanceof ErrorEvent) {
				errors.push(`${event.message} (${event.filename || 'inline'}:${event.lineno}:${event.colno})`);
				return;
			}
			const target = event.target;
			if (target instanceof Element) {
				errors.push(`Failed to load <${target.localName}> ${target.getAttribute('src') ?? target.getAttribute('href') ?? ''}`);
			}
		},
		true,
	);
	window.addEventListener('unhandledrejection', (event) => {
		errors.push(`Unhandled promise rejection: ${describe(event.reason)}`);
	});
	document.addEventListener('securitypolicyviolation', (event) => {
		errors.push(`Content-Security-Policy blocked ${event.blockedURI || 'an inline resource'} (${event.violatedDirective})`);
	});
	// React reports failed renders and hydration mismatches it recovered from through console.error.
	const consoleError = console.error;
	console.error = (...args) => {
		errors.push(`console.error: ${args.map(describe).join(' ')}`);
		consoleError.apply(console, args);
	};
})();
