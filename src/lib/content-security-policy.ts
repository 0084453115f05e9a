/**
 * Builds a page's Content-Security-Policy from the HTML the build emitted: the site's own files
 * ('self'), plus a hash for every inline script, inline style element and style attribute on that
 * page, and nothing else. Astro's own CSP option hashes only the scripts Astro processes; Starlight's
 * inline scripts and style attributes would be blocked, so the policy is computed from the output.
 */
import { createHash } from 'node:crypto';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const unique = (values: string[]) => [...new Set(values)].sort();

/** Decodes the few entities Astro emits inside attribute values, so the hash matches what the browser sees. */
const decodeAttribute = (value: string) =>
	value
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');

/**
 * What the server adds as a Content-Security-Policy header, on every response: only the directives a
 * `<meta>` policy cannot carry (browsers ignore `frame-ancestors`, `sandbox` and reporting in a meta
 * element). Every other directive lives in each page's meta policy, whose hashes differ from page to
 * page. The browser enforces both policies, so a resource loads only if each allows it: the header must
 * therefore name no fetch directive (`default-src`, `script-src`…), or it would block the inline scripts
 * and styles the meta policy allows by hash. Nothing in it depends on the build, so the server config
 * need not change when the content does.
 */
export const headerOnlyPolicy = "frame-ancestors 'none'";

export function policyFor(html: string): string {
	const scripts = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => hash(m[1] ?? ''));
	const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => hash(m[1] ?? ''));
	const styleAttributes = [...html.matchAll(/\sstyle="([^"]*)"/g)].map((m) => hash(decodeAttribute(m[1] ?? '')));
	return [
		"default-src 'self'",
		// Pagefind's search runs as WebAssembly.
		`script-src 'self' 'wasm-unsafe-eval' ${unique(scripts).join(' ')}`.trim(),
		`style-src 'self' ${unique(styles).join(' ')}`.trim(),
		`style-src-attr 'unsafe-hashes' ${unique(styleAttributes).join(' ')}`.trim(),
		"img-src 'self' data:",
		"font-src 'self'",
		"connect-src 'self'",
		"worker-src 'self'",
		"manifest-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
	].join('; ');
}

/**
 * Puts the policy right after `<meta charset>` (which must stay within the first 1024 bytes), before
 * any script or style it governs; first in <head> when there is no charset element.
 */
export function withPolicy(html: string): string {
	const meta = `<meta http-equiv="content-security-policy" content="${policyFor(html)}">`;
	const charset = /<meta charset="[^"]*"\s*\/?>/i;
	return charset.test(html) ? html.replace(charset, (tag) => `${tag}${meta}`) : html.replace(/<head([^>]*)>/, `<head$1>${meta}`);
}
