/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// The WebKit browser tests, run by `npm run test:webkit` (tests/webkit/run.ts starts the site and the
// driver first). One file at a time: WebKitWebDriver drives one browser session. Astro's Vite config
// gives the tests the same `@/` aliases as the site.
export default getViteConfig({
	test: {
		include: ['tests/webkit/**/*.spec.ts'],
		fileParallelism: false,
		testTimeout: 120_000,
		hookTimeout: 60_000,
		reporters: ['tree'],
	},
});
