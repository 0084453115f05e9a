/**
 * The red-flag screen and the "New or worse symptoms?" exit, shared by every workflow that is not
 * itself the serious-event workflow [workflows.md, principles: safety first; §1 step 1].
 *
 * The screen is one "tick every sign present" step: every ticked sign adds its pattern to a set, and
 * the set is handed over whole, so two flags together are never reduced to the first one ("first flag
 * wins", SAFETY.md). The exit adds its group to the same set.
 */
import type { DoneStateEvent, EventObject } from 'xstate';
import { patternSet, type RedFlagContext, type StepMeta, type SuspectedPattern, type WorkflowOutput } from './workflow-types';

/**
 * The signs of the red-flag screen, in the order shown, and the patterns each carries
 * [qalsody-uspi, qalsody-eu-smpc, ichd3, uppal-2023, reilich-2024; workflows.md §1 step 1].
 * Confusion or drowsiness is in the meningeal group and also carries reduced consciousness.
 */
export const redFlagSignPatterns = {
	fever: ['meningeal'],
	confusionOrDrowsiness: ['meningeal', 'reducedConsciousness'],
	pressure: ['pressure'],
	spinal: ['spinal'],
	other: ['other'],
} as const satisfies Record<string, readonly SuspectedPattern[]>;
export type RedFlagSign = keyof typeof redFlagSignPatterns;
export const redFlagSigns = Object.keys(redFlagSignPatterns) as RedFlagSign[];

const isRedFlagSign = (value: string): value is RedFlagSign => value in redFlagSignPatterns;

/** The patterns a set of ticked signs carries, as a set. */
export const patternsOfSigns = (signs: readonly string[]): SuspectedPattern[] =>
	patternSet(signs.filter(isRedFlagSign).flatMap((sign) => redFlagSignPatterns[sign]));

export type RedFlagScreenEvent = { type: 'redFlags.ticked'; choices: string[] } | { type: 'redFlags.none' };

/** Multi-select meta for a red-flag screen step. */
export const redFlagScreenSelect = { event: 'redFlags.ticked', options: redFlagSigns } as const;

/**
 * The answers of a red-flag screen: any ticked sign hands over carrying every ticked sign's pattern
 * (guard `signsTicked`, action `addTickedSigns`, which a machine declares in its setup); "None of these"
 * goes on to `next` [workflows.md §1 step 1]. Every screen of every workflow uses this, so the rule
 * cannot differ between them.
 */
export const redFlagScreenAnswers = <Next extends string>(next: Next) =>
	({
		'redFlags.ticked': { guard: 'signsTicked', target: 'handover', actions: 'addTickedSigns' },
		'redFlags.none': next,
	}) as const;

/** The options ticked on a multi-select answer (none for an answer that carries no data). */
export const choicesOf = (event: EventObject): string[] => {
	const choices = (event as { choices?: unknown }).choices;
	return Array.isArray(choices) ? choices.filter((choice): choice is string => typeof choice === 'string') : [];
};

/** Guard `signsTicked`: at least one sign ticked, and only signs the screen knows. */
export const signsTicked = (event: EventObject): boolean => {
	const choices = (event as { choices?: unknown }).choices;
	return Array.isArray(choices) && choices.length > 0 && choices.every((choice) => typeof choice === 'string' && isRedFlagSign(choice));
};

/** The pattern set after adding some patterns to it. */
export const withPatterns = (patterns: readonly SuspectedPattern[], added: readonly SuspectedPattern[]): SuspectedPattern[] =>
	patternSet([...patterns, ...added]);

/** A transition that adds patterns to the set (action `raiseRedFlag`) and goes to `target`. */
export const raiseRedFlagTo = (patterns: readonly SuspectedPattern[], target: string) => ({
	target,
	actions: { type: 'raiseRedFlag', params: { patterns } } as const,
});

/** Root-level transitions: accepted on every step until the workflow ends; each adds its group. */
export const redFlagExitTransitions = {
	'redFlag.meningeal': raiseRedFlagTo(redFlagSignPatterns.fever, '.handover'),
	'redFlag.reducedConsciousness': raiseRedFlagTo(redFlagSignPatterns.confusionOrDrowsiness, '.handover'),
	'redFlag.pressure': raiseRedFlagTo(redFlagSignPatterns.pressure, '.handover'),
	'redFlag.spinal': raiseRedFlagTo(redFlagSignPatterns.spinal, '.handover'),
	'redFlag.other': raiseRedFlagTo(redFlagSignPatterns.other, '.handover'),
} as const;

/** The one hand-over ending: opens the serious-event workflow with every pattern in the set. */
export const handoverState = {
	type: 'final' as const,
	meta: { kind: 'handover', handoverTo: 'serious-event', recap: true } satisfies StepMeta,
	output: ({ context }: { context: RedFlagContext }): WorkflowOutput => ({
		handoverTo: 'serious-event',
		patterns: context.patterns,
	}),
};

/** Machine-level output: what the final state reached hands on (nothing for a plain outcome). */
export const handedOnOutput = ({ event }: { event: unknown }): WorkflowOutput =>
	(event as DoneStateEvent<WorkflowOutput | undefined>).output ?? {};
