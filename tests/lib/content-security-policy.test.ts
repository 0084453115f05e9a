import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { policyFor, withPolicy } from '@/lib/content-security-policy';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = `<html><head><title>x</title><script>alert(1)</script><script type="module" src="/a.js"></script><style>p{color:red}</style></head><body><div style="padding:0">x</div></body></html>`;

describe('the content security policy', () => {
	it('allows each inline script, style element and style attribute on the page by its hash, and nothing else inline', () => {
		const policy = policyFor(page);
		expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' ${sha('alert(1)')}`);
		expect(policy).toContain(`style-src 'self' ${sha('p{color:red}')}`);
		expect(policy).toContain(`style-src-attr 'unsafe-hashes' ${sha('padding:0')}`);
		expect(policy).not.toContain('unsafe-inline');
	});

	it('allows no other origin for anything', () => {
		expect(policyFor(page)).toMatch(/^default-src 'self';/);
		expect(policyFor(page)).not.toMatch(/https?:/);
	});

	it('is written first in the head, before anything it governs', () => {
		expect(withPolicy(page)).toMatch(/^<html><head><meta http-equiv="content-security-policy" content="[^"]+"><title>/);
	});

	it('keeps <meta charset> first, within the first 1024 bytes', () => {
		const withCharset = page.replace('<head>', '<head><meta charset="utf-8">');
		expect(withPolicy(withCharset)).toMatch(/^<html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" /);
	});
});
