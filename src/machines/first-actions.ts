/**
 * The first actions for a suspected serious neurologic event, merged from every suspected pattern into
 * one list, each action once, always in the safe order of ../shared/workflows.md §3 step 3:
 *   a. breathing and consciousness (with neuroimaging for altered consciousness), b. spinal MRI,
 *   c. brain imaging before any lumbar puncture for CSF,
 *   d. blood cultures with empiric treatment not delayed, then CSF studies when the puncture is safe,
 *   e. pattern-specific workup.
 * This ordering is the safety core of the workflow: when several red flags occur together, a lumbar
 * puncture for CSF can harm before imaging has excluded a mass, raised pressure or a spinal collection,
 * while treatment for bacterial meningitis must not wait for either [idsa-meningitis-2004,
 * escmid-meningitis-2016, uppal-2023, facts.md §8]. The guide names no antibiotic or dose.
 */
import type { SuspectedPattern } from './workflow-types';

/** Position of an action in the order a–e of workflows.md §3 step 3. */
export type ActionRank = 'a' | 'b' | 'c' | 'd' | 'e';

interface FirstAction {
	rank: ActionRank;
	/** The patterns that call for this action: any one of them is enough. */
	calledForBy: readonly SuspectedPattern[] | 'always';
	/** An earlier place the action takes when a pattern is present, ahead of its usual rank. */
	earlierWhen?: { pattern: SuspectedPattern; rank: ActionRank };
}

/**
 * Every first action, in the order it must be done. The wording of each (with its references) is an
 * item of the `firstActions` step in content/workflows/serious-event.yaml, keyed by the same id.
 */
export const firstActionTable = {
	// a. Drowsiness or confusion in ALS may be hypercapnia; in ALS, raised-pressure symptoms (morning
	// headache, confusion) also signal respiratory failure: check breathing, SpO2, NIV [nice-ng42].
	'check-breathing': { rank: 'a', calledForBy: ['reducedConsciousness', 'pressure'] },
	// b. Spinal signs after a puncture: urgent spinal MRI (haematoma, abscess, myelitis) before any further
	// lumbar puncture [qalsody-uspi, reilich-2024; facts.md §8].
	'spinal-mri': { rank: 'b', calledForBy: ['spinal'] },
	// c. Pressure signs, altered consciousness, a focal deficit or a new seizure: brain imaging before any
	// lumbar puncture for CSF [idsa-meningitis-2004, escmid-meningitis-2016]; neuroimaging (A; Moderate) [uppal-2023].
	// a. With altered consciousness it belongs with breathing, ahead of the spinal MRI: "Altered
	// consciousness → neuroimaging" is part of item a (workflows.md §3 step 3a) [uppal-2023].
	'brain-imaging': {
		rank: 'c',
		calledForBy: ['pressure', 'reducedConsciousness', 'other'],
		earlierWhen: { pattern: 'reducedConsciousness', rank: 'a' },
	},
	// d. Meningeal signs: blood cultures, and empiric treatment decided by the treating clinician, not
	// delayed for imaging or the puncture [idsa-meningitis-2004, escmid-meningitis-2016].
	'blood-cultures-empiric-treatment': { rank: 'd', calledForBy: ['meningeal'] },
	// d. Then CSF studies once the puncture is safe: Gram stain and culture first; "aseptic" only after
	// bacterial infection is excluded [ichd3]; CSF studies for myelitis per standard of care [facts.md §8].
	'csf-when-safe': { rank: 'd', calledForBy: ['meningeal', 'spinal'] },
	// e. Pattern-specific workup: fundoscopy for raised pressure [qalsody-uspi W&P 5.2, ema-epar-qalsody-2024].
	fundoscopy: { rank: 'e', calledForBy: ['pressure'] },
	// e. Not PDPH: no blood patch until raised pressure is excluded [qalsody-uspi, uppal-2023].
	'no-blood-patch': { rank: 'e', calledForBy: ['pressure'] },
	// e. Seizure, focal deficit, changed headache or unsure: urgent specialist referral (B; Moderate) [uppal-2023, bos-2021].
	'specialist-referral': { rank: 'e', calledForBy: ['other'] },
	// e. Workup and treatment per standard of care; trial treatments are context only [qalsody-uspi, lovett-2025].
	'workup-standard-of-care': { rank: 'e', calledForBy: 'always' },
} as const satisfies Record<string, FirstAction>;

export type FirstActionId = keyof typeof firstActionTable;
export const firstActionIds = Object.keys(firstActionTable) as FirstActionId[];

/** The place of an action in the order a–e, given the patterns present. */
export function rankOf(id: FirstActionId, patterns: Iterable<SuspectedPattern>): ActionRank {
	const action: FirstAction = firstActionTable[id];
	const { earlierWhen } = action;
	return earlierWhen && new Set(patterns).has(earlierWhen.pattern) ? earlierWhen.rank : action.rank;
}

/**
 * The ordered first actions for a set of suspected patterns: each once, in the order a–e; actions of
 * the same rank keep the table's order (breathing before imaging in a).
 */
export function firstActions(patterns: Iterable<SuspectedPattern>): FirstActionId[] {
	const present = [...new Set(patterns)];
	const calledFor = firstActionIds.filter((id) => {
		const { calledForBy } = firstActionTable[id];
		return calledForBy === 'always' || calledForBy.some((pattern) => present.includes(pattern));
	});
	// Array.prototype.sort is stable, so equal ranks stay in table order.
	return calledFor
		.map((id) => ({ id, rank: rankOf(id, present) }))
		.sort((first, second) => first.rank.localeCompare(second.rank))
		.map(({ id }) => id);
}
