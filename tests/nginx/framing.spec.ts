import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveFolder } from '../e2e/static-server';
import { expect, test } from './fixtures';

test('a page on another origin that embeds the guide in an iframe sees it blocked', async ({ page, baseURL }) => {
	// The embedding site: its own page in one frame (showing that frames load here), the guide in another.
	const folder = mkdtempSync(join(tmpdir(), 'guide-framer-'));
	writeFileSync(join(folder, 'own.html'), '<!doctype html><title>own</title><h1>The embedding site’s own page</h1>');
	writeFileSync(
		join(folder, 'index.html'),
		`<!doctype html><title>Embedding site</title>
<iframe name="own" src="/own.html" title="own page"></iframe>
<iframe name="guide" src="${baseURL}/plph/" title="the guide"></iframe>`,
	);
	const framer = await serveFolder(folder);
	try {
		expect(new URL(framer.url).origin).not.toBe(new URL(baseURL as string).origin);
		const refused = page.waitForEvent('console', {
			predicate: (message) => /frame-ancestors 'none'/.test(message.text()),
			timeout: 10_000,
		});
		await page.goto(framer.url);
		await refused;

		await expect(page.frameLocator('iframe[name="own"]').getByRole('heading', { name: 'The embedding site’s own page' })).toBeVisible();
		const guide = page.frame({ name: 'guide' });
		expect(guide, 'the guide’s frame exists').not.toBeNull();
		await expect(guide!.locator('h1')).not.toContainText('Post-lumbar-puncture headache');
		expect(guide!.url()).not.toContain(`${baseURL}/plph/`);
	} finally {
		await framer.close();
		rmSync(folder, { recursive: true, force: true });
	}
});
