/**
 * Red flags together (SAFETY.md hazard "first flag wins"): property tests over every combination of
 * the red-flag groups and of the serious-event patterns (../shared/workflows.md, invariants; §1 step 1,
 * §3 steps 2–3). Each combination is walked through the real machines, from the headache or blood-patch
 * screen to the serious-event workflow's first actions.
 */
import { describe, expect, it } from 'vitest';
import { bloodPatchMachine } from '@/machines/blood-patch';
import { firstActionIds, firstActions, rankOf, type FirstActionId } from '@/machines/first-actions';
import { plphMachine } from '@/machines/plph';
import { redFlagSigns } from '@/machines/red-flag-exit';
import { seriousEventMachine } from '@/machines/serious-event';
import { suspectedPatterns, type SuspectedPattern } from '@/machines/workflow-types';
import { nonEmptySubsets } from '@/lib/step-paths';
import { chosen, ticked, walk } from './walk';

/** The four red-flag groups of workflows.md §1 step 1, each by the sign that stands for it, and its pattern. */
const groups = [
	{ sign: 'fever', pattern: 'meningeal' },
	{ sign: 'pressure', pattern: 'pressure' },
	{ sign: 'spinal', pattern: 'spinal' },
	{ sign: 'other', pattern: 'other' },
] as const;
const groupCombinations = [[], ...nonEmptySubsets(groups)];

/**
 * What each pattern calls for, written out again from workflows.md §3 step 3 rather than read from the
 * machine, so a wrong table in first-actions.ts fails here.
 */
function requiredActions(patterns: readonly SuspectedPattern[]): FirstActionId[] {
	const has = (pattern: SuspectedPattern) => patterns.includes(pattern);
	const required: FirstActionId[] = ['workup-standard-of-care'];
	if (has('reducedConsciousness') || has('pressure')) required.push('check-breathing');
	if (has('spinal')) required.push('spinal-mri', 'csf-when-safe');
	if (has('pressure') || has('reducedConsciousness') || has('other')) required.push('brain-imaging');
	if (has('meningeal')) required.push('blood-cultures-empiric-treatment', 'csf-when-safe');
	if (has('pressure')) required.push('fundoscopy', 'no-blood-patch');
	if (has('other')) required.push('specialist-referral');
	return [...new Set(required)];
}

const before = (actions: FirstActionId[], first: FirstActionId, then: FirstActionId) =>
	!actions.includes(first) || !actions.includes(then) || actions.indexOf(first) < actions.indexOf(then);

function expectSafeOrder(actions: FirstActionId[], patterns: readonly SuspectedPattern[]) {
	const label = patterns.join('+');
	expect(new Set(actions).size, `${label}: each action once`).toBe(actions.length);
	expect([...actions].sort(), label).toEqual([...requiredActions(patterns)].sort());
	const ranks = actions.map((id) => rankOf(id, patterns));
	expect(ranks, `${label}: order a–e`).toEqual([...ranks].sort());
	// The orderings that matter most, spelled out: nothing before breathing; imaging before any puncture for
	// CSF; treatment for bacterial meningitis not after the puncture.
	if (actions.includes('check-breathing')) expect(actions[0], label).toBe('check-breathing');
	// Altered consciousness: neuroimaging is part of item a, next to breathing, ahead of the spinal MRI.
	if (patterns.includes('reducedConsciousness')) {
		expect(actions.slice(0, 2), `${label}: breathing, then neuroimaging`).toEqual(['check-breathing', 'brain-imaging']);
	} else {
		expect(before(actions, 'spinal-mri', 'brain-imaging'), `${label}: spinal MRI before brain imaging`).toBe(true);
	}
	expect(before(actions, 'spinal-mri', 'csf-when-safe'), `${label}: spinal MRI before CSF`).toBe(true);
	expect(before(actions, 'brain-imaging', 'csf-when-safe'), `${label}: brain imaging before CSF`).toBe(true);
	expect(before(actions, 'blood-cultures-empiric-treatment', 'csf-when-safe'), `${label}: cultures before CSF`).toBe(true);
}

describe.each([
	['headache (PLPH)', plphMachine],
	['blood-patch', bloodPatchMachine],
] as const)('the %s red-flag screen, over all 16 combinations of the four groups', (_name, machine) => {
	it.each(groupCombinations.map((combination) => [combination.map((group) => group.sign).join(' + ') || 'none', combination] as const))(
		'%s: every ticked group reaches the serious-event workflow, whose first actions keep the order a–e, and no path leads to a patch',
		(_label, combination) => {
			if (combination.length === 0) {
				expect(walk(machine, ['redFlags.none']).snapshot.status).toBe('active');
				return;
			}
			const { state, snapshot } = walk(machine, [ticked(...combination.map((group) => group.sign))]);
			expect(state).toBe('handover');
			expect(snapshot.status).toBe('done');
			expect(snapshot.output.handoverTo).toBe('serious-event');
			const carried = snapshot.output.patterns as SuspectedPattern[];
			for (const group of combination) expect(carried, group.sign).toContain(group.pattern);

			const serious = walk(seriousEventMachine, ['immediate.done', chosen(...carried)], { suspectedPatterns: carried });
			expect(serious.state).toBe('firstActions');
			expect(serious.snapshot.context.patterns).toEqual(carried);
			expectSafeOrder(serious.snapshot.context.firstActions, carried);
			// Nothing in the serious-event workflow opens the blood-patch workflow.
			expect(Object.values(seriousEventMachine.root.states).map((node) => (node.meta as { handoverTo?: string }).handoverTo)).not.toContain(
				'blood-patch',
			);
		},
	);

	it('carries every one of all 31 sets of signs, confusion or drowsiness adding reduced consciousness', () => {
		for (const signs of nonEmptySubsets(redFlagSigns)) {
			const { snapshot } = walk(machine, [ticked(...signs)]);
			const patterns = snapshot.output.patterns as SuspectedPattern[];
			expect(patterns.includes('reducedConsciousness'), signs.join('+')).toBe(signs.includes('confusionOrDrowsiness'));
			expect(patterns.includes('meningeal'), signs.join('+')).toBe(signs.includes('fever') || signs.includes('confusionOrDrowsiness'));
		}
	});
});

describe('the serious-event first actions, over every set of patterns', () => {
	it.each(nonEmptySubsets(suspectedPatterns).map((patterns) => [patterns.join(' + '), patterns] as const))(
		'%s: each action once, in the order a–e, through the machine as through the ordering',
		(_label, patterns) => {
			expectSafeOrder(firstActions(patterns), patterns);
			const { snapshot } = walk(seriousEventMachine, ['immediate.done', chosen(...patterns)]);
			expect(snapshot.context.firstActions).toEqual(firstActions(patterns));
		},
	);

	it('gives the same list whatever order the patterns were ticked in', () => {
		for (const patterns of nonEmptySubsets(suspectedPatterns)) {
			expect(firstActions([...patterns].reverse())).toEqual(firstActions(patterns));
		}
	});

	it('knows the rank of every action it can return, whatever the patterns', () => {
		for (const patterns of [[], ...nonEmptySubsets(suspectedPatterns)]) {
			expect(firstActionIds.map((id) => rankOf(id, patterns)).every((rank) => 'abcde'.includes(rank))).toBe(true);
		}
	});

	it('puts neuroimaging for drowsiness before the spinal MRI, and the spinal MRI first without it', () => {
		expect(firstActions(['spinal', 'reducedConsciousness']).slice(0, 3)).toEqual(['check-breathing', 'brain-imaging', 'spinal-mri']);
		expect(firstActions(['spinal', 'pressure']).slice(0, 3)).toEqual(['check-breathing', 'spinal-mri', 'brain-imaging']);
	});
});
