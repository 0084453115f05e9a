/**
 * Astro integration: puts React, React DOM, React's scheduler and Astro's React renderer into one
 * browser file. Every island page loads all four together, and a server compresses each file on its
 * own, so one file is smaller on the wire than four: 0.8 kB less gzip JavaScript on each walkthrough
 * page and on the training and onboarding pages (issue "Fast on a cheap tablet"; `npm run bench`).
 * Content pages load none of it (tests/e2e/page-scripts.spec.ts keeps it so).
 *
 * Only the client build is touched: the server build that renders the pages keeps Vite's defaults.
 */
import type { AstroIntegration } from 'astro';

/** Module ids of React, React DOM, the scheduler and Astro's React renderer, on any platform's paths. */
export const reactRuntimeModule = /[\\/]node_modules[\\/](react|react-dom|scheduler|@astrojs[\\/]react)[\\/]/;

export function clientChunks(): AstroIntegration {
	return {
		name: 'tofersen-guide:client-chunks',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({
					vite: {
						environments: {
							client: {
								build: {
									rolldownOptions: {
										output: { codeSplitting: { groups: [{ name: 'react', test: reactRuntimeModule }] } },
									},
								},
							},
						},
					},
				});
			},
		},
	};
}
