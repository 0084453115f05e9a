/**
 * The onboarding path as the island shows it: each item with its title, link and how it is done, and
 * the pure rule for whether it is done on this device. Built from content/onboarding.yaml at build time.
 */
import type { CheckKey, TrainingProgress } from './training-progress';
import { checkStatus } from './training-progress';

interface ItemBase {
	/** Progress key, e.g. "page:plph" (see onboardingItemId). */
	id: string;
	title: string;
	href: string;
	note?: string;
}

export type PreparedOnboardingItem =
	| (ItemBase & { kind: 'page' | 'walkthrough' })
	| (ItemBase & { kind: 'scenario'; scenario: string })
	| (ItemBase & { kind: 'check'; page: string; key: CheckKey });

export interface PreparedOnboardingStage {
	id: string;
	title: string;
	summary?: string;
	items: PreparedOnboardingItem[];
}

export interface ItemProgress {
	done: boolean;
	/** When it was done (ISO time), if it is. */
	doneAt?: string;
	/** A short status for the list and the printed record, e.g. "3 of 5 right". */
	detail: string;
}

/** Pages and walkthroughs are done when marked by hand; scenarios when finished; checks when every answer is right. */
export function itemProgress(item: PreparedOnboardingItem, progress: TrainingProgress): ItemProgress {
	switch (item.kind) {
		case 'page':
		case 'walkthrough': {
			const at = progress.marked[item.id];
			return at ? { done: true, doneAt: at, detail: item.kind === 'page' ? 'Read' : 'Tried' } : { done: false, detail: 'Not yet' };
		}
		case 'scenario': {
			const record = progress.scenarios[item.scenario];
			if (!record) return { done: false, detail: 'Not yet played to the end' };
			return {
				done: true,
				doneAt: record.finishedAt,
				detail: record.matchedExpected ? 'Finished on the expected path' : 'Finished, by another path',
			};
		}
		case 'check': {
			const status = checkStatus(item.key, progress.checks[item.page]);
			if (status.passed) return { done: true, ...(status.lastAnsweredAt ? { doneAt: status.lastAnsweredAt } : {}), detail: `Passed: ${status.right} of ${status.total} right` };
			return { done: false, detail: status.answered === 0 ? 'Not yet' : `${status.right} of ${status.total} right` };
		}
	}
}
