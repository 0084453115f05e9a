import { expect, test } from '@playwright/test';

test('searching "blood patch" finds the blood-patch page', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('button', { name: 'Search' }).click();
	const dialog = page.getByRole('dialog', { name: 'Search' });
	await dialog.getByRole('textbox', { name: 'Search' }).fill('blood patch');
	await expect(dialog.locator('a[href*="/blood-patch/"]').first()).toBeVisible({ timeout: 15_000 });
});
