import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nginxConfig } from '@/lib/deploy/nginx-config';
import { cacheControl, securityHeaders } from '@/lib/deploy/response-headers';
import { nginxConfigPath } from '@/integrations/deploy-config';

const config = nginxConfig();

/** The text of every `location … { … }` block (none nests another). */
const locationBlocks = (text: string) => [...text.matchAll(/^location [^{]+\{[^}]*\}/gm)].map((m) => m[0]);

describe('the nginx include', () => {
	it('is the committed deploy/nginx.conf, byte for byte (run `npm run build` and commit it when this fails)', () => {
		expect(readFileSync(nginxConfigPath, 'utf8')).toBe(config);
	});

	it('adds every security header at server level, on error responses too', () => {
		for (const [name, value] of Object.entries(securityHeaders)) {
			expect(config).toContain(`\nadd_header ${name} "${value}" always;\n`);
		}
	});

	it('has no add_header inside a location, which would drop the inherited security headers there', () => {
		expect(locationBlocks(config).length).toBeGreaterThan(0);
		for (const block of locationBlocks(config)) expect(block).not.toContain('add_header');
	});

	it('sends no-cache by default and immutable for the hashed assets folder, through one Cache-Control header', () => {
		expect(config).toContain(`set $tofersen_guide_cache_control "${cacheControl.revalidate}";`);
		expect(config).toMatch(
			new RegExp(`if \\(\\$uri ~ "\\^/_astro/"\\) \\{\\n\\s+set \\$tofersen_guide_cache_control "${cacheControl.immutable}";\\n\\}`),
		);
		expect(config.match(/add_header Cache-Control/g)).toHaveLength(1);
	});

	it('serves folders by their index.html, the 404 page for unknown paths, and the types a stock mime.types may lack', () => {
		expect(config).toMatch(/^index index\.html;$/m);
		expect(config).toMatch(/^error_page 404 \/404\.html;$/m);
		expect(config).toMatch(/location ~ \\\.webmanifest\$ \{\s+types \{ \}\s+default_type application\/manifest\+json;/);
		expect(config).toMatch(/location ~ \\\.wasm\$ \{\s+types \{ \}\s+default_type application\/wasm;/);
	});

	it('compresses text: scripts, styles, JSON, the manifest, SVG', () => {
		expect(config).toMatch(/^gzip on;$/m);
		const types = /^gzip_types (.*);$/m.exec(config)?.[1]?.split(' ') ?? [];
		for (const type of ['text/css', 'application/javascript', 'text/javascript', 'application/json', 'application/manifest+json', 'image/svg+xml']) {
			expect(types).toContain(type);
		}
	});

	it('does not serve the static hosts’ _headers file', () => {
		expect(config).toMatch(/location = \/_headers \{\s+return 404;\s+\}/);
	});
});
