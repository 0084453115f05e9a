/**
 * The HTTP response headers and cache rules a web server must add to the built site: the one source
 * that both `dist/_headers` (Netlify, Cloudflare Pages) and `deploy/nginx.conf` are generated from.
 * The Content-Security-Policy part comes from the same module that writes each page's meta policy.
 */
import { headerOnlyPolicy } from '../content-security-policy';

/**
 * Browser features the guide never uses, turned off for the page and anything it might embed. Not in
 * the list on purpose: `screen-wake-lock` (a running step timer keeps the tablet awake) and
 * `clipboard-write` (the case summary's "Copy" button).
 */
export const disabledFeatures = [
	'accelerometer',
	'camera',
	'display-capture',
	'geolocation',
	'gyroscope',
	'hid',
	'magnetometer',
	'microphone',
	'midi',
	'payment',
	'serial',
	'usb',
] as const;

/** Sent with every response, error pages included. */
export const securityHeaders: Readonly<Record<string, string>> = {
	'Content-Security-Policy': headerOnlyPolicy,
	// For browsers older than CSP's frame-ancestors; newer ones follow the policy and ignore this.
	'X-Frame-Options': 'DENY',
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'no-referrer',
	'Permissions-Policy': disabledFeatures.map((feature) => `${feature}=()`).join(', '),
};

/** The two caching behaviours the site needs. */
export const cacheControl = {
	/**
	 * Pages, `sw.js`, the manifest, the search index and icons keep their names from one build to the
	 * next: a cache (the browser's or a hospital proxy's) may keep them but must ask the server whether
	 * they changed before each use, so a new content version is seen on the next visit.
	 */
	revalidate: 'no-cache',
	/** Files whose name carries a hash of their content never change under that name. */
	immutable: 'public, max-age=31536000, immutable',
} as const;

/** The build's folder of content-hashed scripts and styles (Astro's default `build.assets`). */
export const hashedAssetsFolder = '_astro';

/** Matches a file name that carries a content hash, e.g. `page.cNngjUgL.js` or `ec.w36nc.css`. */
export const contentHashedName = /\.[\w-]{5,}\.[a-z0-9]+$/;

/** The Cache-Control for a built file, given its path relative to the build folder ("plph/index.html"). */
export function cacheControlFor(builtPath: string): string {
	return builtPath.startsWith(`${hashedAssetsFolder}/`) ? cacheControl.immutable : cacheControl.revalidate;
}

/** MIME types a stock nginx mime.types may lack (Debian 12's has no `.webmanifest`; older ones no `.wasm`). */
export const extraMimeTypes: Readonly<Record<string, string>> = {
	webmanifest: 'application/manifest+json',
	// Pagefind's search runs as WebAssembly; WebAssembly.instantiateStreaming needs this type.
	wasm: 'application/wasm',
};

/** Text worth compressing; Pagefind's index files are already compressed and stay as they are. */
export const compressibleTypes = [
	'text/css',
	'text/javascript',
	'application/javascript',
	'application/json',
	'application/manifest+json',
	'application/wasm',
	'application/xml',
	'text/xml',
	'text/plain',
	'image/svg+xml',
] as const;

/** Files the build writes for the server itself, never served. */
export const serverOnlyFiles = ['_headers'] as const;

/** The page served, with status 404, for a path the build has no file for. */
export const notFoundPage = '404.html';
