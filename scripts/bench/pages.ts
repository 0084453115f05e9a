/** The pages the benchmark measures: the home page, a content page, every walkthrough page, the reference list. */

export type PageKind = 'content' | 'walkthrough';

export interface MeasuredPage {
	/** URL path on the built site, with its trailing slash. */
	path: string;
	kind: PageKind;
}

export const measuredPages: readonly MeasuredPage[] = [
	{ path: '/', kind: 'content' },
	{ path: '/mechanism/', kind: 'content' },
	{ path: '/walkthroughs/plph/', kind: 'walkthrough' },
	{ path: '/walkthroughs/serious-event/', kind: 'walkthrough' },
	{ path: '/walkthroughs/blood-patch/', kind: 'walkthrough' },
	{ path: '/references/', kind: 'content' },
];
