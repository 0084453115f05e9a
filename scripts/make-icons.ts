/**
 * Renders the app icons (PNG, for the web app manifest) from public/favicon.svg in Chromium. Run it
 * after changing the SVG: `npm run icons`. The maskable icon keeps the symbol inside the safe zone.
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const svg = readFileSync('public/favicon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const { file, size, padding } of [
	{ file: 'icon-192.png', size: 192, padding: 0 },
	{ file: 'icon-512.png', size: 512, padding: 0 },
	{ file: 'icon-maskable-512.png', size: 512, padding: 0.1 },
]) {
	await page.setViewportSize({ width: size, height: size });
	const inner = size * (1 - 2 * padding);
	await page.setContent(
		`<body style="margin:0;background:#1d4f91;display:grid;place-items:center;width:${size}px;height:${size}px">` +
			`<div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body>`,
	);
	await page.screenshot({ path: `public/icons/${file}`, omitBackground: false });
}
await browser.close();
