/**
 * Taps to the key guidance, counted from the home page on a tablet with touch (the journeys are in
 * scripts/bench/tap-counts.ts, which the bench reports too). Each journey must reach its guidance
 * within its limit of taps.
 */
import { expect, test } from '@playwright/test';
import { tapJourneys, walkJourney } from '../../scripts/bench/tap-counts.ts';

test.use({ hasTouch: true, viewport: { width: 768, height: 1024 } });

for (const journey of tapJourneys) {
	test(`${journey.name}: the guidance in at most ${journey.limit} taps from the home page`, async ({ page }) => {
		const count = await walkJourney(page, journey);
		expect(count.reached).toEqual(journey.reaches);
		expect(count.taps).toBeLessThanOrEqual(journey.limit);
	});
}
