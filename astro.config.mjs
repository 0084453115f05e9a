// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import react from '@astrojs/react';
import { contentSecurityPolicy } from './src/integrations/content-security-policy.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { deployConfig } from './src/integrations/deploy-config.ts';
import { clientChunks } from './src/integrations/client-chunks.ts';
import { guideSidebar } from './src/lib/guide-sidebar.ts';

// The site is static and self-contained: no fonts, analytics or CDNs, so it works offline at the bedside.
export default defineConfig({
	site: 'https://tofersen-lp-guide.example.org',
	integrations: [
		// Starlight already brings MDX; adding mdx() before it is an "Incorrect integration order" error.
		starlight({
			title: 'Tofersen LP complications guide',
			description:
				'A bedside, training and onboarding reference for research staff who give tofersen (Qalsody) by lumbar puncture.',
			customCss: ['./src/styles/custom.css', './src/styles/sidebar.css'],
			components: {
				Footer: './src/components/PageFooter.astro',
				Head: './src/components/Head.astro',
				ThemeSelect: './src/components/ThemeSelect.astro',
			},
			// Built from each page's `sidebar.group` and `sidebar.order`: a page without a group stops the build.
			sidebar: guideSidebar(),
			// No "Previous"/"Next" links from the sidebar order: under a walkthrough, "Next: Serious neurologic
			// events" reads like the next clinical step. Readers move between pages through the menu.
			pagination: false,
			credits: false,
		}),
		react(),
		clientChunks(),
		// Order matters: the policy is written into the pages before the service worker precaches them,
		// and the server headers come last so that `sw.js` has its rule and `_headers` is not precached.
		contentSecurityPolicy(),
		serviceWorker(),
		deployConfig(),
	],
});
