import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateSW } from 'workbox-build';
import { freePort } from '../../scripts/lib/free-port';
import { serviceWorkerOptions } from '../../src/integrations/service-worker';
import { builtFiles } from '../../src/integrations/deploy-config';
import { startNginx } from './nginx-server';
import { expect, test } from './fixtures';
import { waitForOfflineReady } from '../e2e/service-worker';

const edition = JSON.parse(readFileSync('content/edition.json', 'utf8')) as { version: string };

/**
 * A second build of the site with a new content version, made the cheap way: the built pages with the
 * version changed wherever it is printed, and the service worker generated again with the build's own
 * options (so its precache manifest changes exactly as a rebuild would change it).
 */
async function buildWithNewVersion(folder: string, version: string) {
	cpSync('dist', folder, { recursive: true });
	for (const file of (await builtFiles(folder)).filter((path) => path.endsWith('.html'))) {
		const path = join(folder, file);
		writeFileSync(path, readFileSync(path, 'utf8').replaceAll(edition.version, version));
	}
	await generateSW(serviceWorkerOptions(`${folder}/`));
}

/** Points the served root at another build in one step, as a symlink-switching deploy does. */
function switchServedRoot(link: string, target: string) {
	symlinkSync(target, `${link}.next`);
	renameSync(`${link}.next`, link);
}

test('a new build served in place shows the "new version" notice on the next visit, and reloading shows the new content version', async ({
	page,
}) => {
	const work = mkdtempSync(join(tmpdir(), 'guide-rollout-'));
	const current = join(work, 'current');
	const newVersion = `${edition.version}-next`;
	symlinkSync(resolve('dist'), current);
	const port = process.env['NGINX_PORT'] ? Number(process.env['NGINX_PORT']) + 1 : await freePort();
	const nginx = await startNginx({ port, siteRoot: current });
	try {
		await page.goto(`${nginx.origin}/`);
		await waitForOfflineReady(page);
		await expect(page.locator('.page-provenance')).toContainText(edition.version);
		await expect(page.locator('.page-provenance')).not.toContainText(newVersion);

		await buildWithNewVersion(join(work, 'second'), newVersion);
		switchServedRoot(current, join(work, 'second'));

		await page.goto(`${nginx.origin}/mechanism/`);
		const notice = page.getByRole('status').filter({ hasText: 'A new version of this guide is available' });
		await expect(notice).toBeVisible({ timeout: 20_000 });
		// Until the reader chooses, the page they have is the one they keep.
		await expect(page.locator('.page-provenance')).not.toContainText(newVersion);

		await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload now' }).click()]);
		await expect(page.locator('.page-provenance')).toContainText(newVersion);
		await expect(page.locator('.update-notice')).toHaveCount(0);
	} finally {
		await nginx.stop();
		rmSync(work, { recursive: true, force: true });
	}
});
