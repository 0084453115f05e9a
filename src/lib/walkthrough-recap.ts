/**
 * The recap an ending shows when its machine state asks for one (meta `recap`): every choice made on a
 * multi-select step and every checklist on the way, with each item ticked or not and when. At the end
 * of the serious-event workflow this restates the patterns, the first actions in their order and who
 * was told, so the last screen is a complete handover. It reads the path and the session; it decides
 * nothing: a checklist's items and their order come from the machine (meta `itemsFromContext`).
 */
import type { AnyStateMachine } from 'xstate';
import type { StepMeta } from '@/machines/workflow-types';
import { chosenLabels } from './answer-text';
import type { PreparedWorkflow } from './walkthrough-content';
import type { PathStep, WalkthroughSession } from './walkthrough-session';

export interface RecapEntry {
	label: string;
	/** When the item was ticked; absent for an item not ticked (and for a chosen option). */
	tickedAt?: string;
	ticked: boolean;
}

export interface RecapSection {
	stepIndex: number;
	title: string;
	kind: 'chosen' | 'checklist';
	entries: RecapEntry[];
}

/** The ids of the items a checklist step shows, in order: from the machine's context when it says so. */
export function checklistItemIds(machine: AnyStateMachine, step: PathStep, workflow: PreparedWorkflow): string[] {
	const meta = machine.root.states[step.stateId]?.meta as StepMeta | undefined;
	if (meta?.itemsFromContext) {
		const ids = (step.snapshot.context as Record<string, unknown>)[meta.itemsFromContext];
		return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
	}
	return (workflow.steps[step.stateId]?.items ?? []).map((item) => item.id);
}

export function walkthroughRecap(
	machine: AnyStateMachine,
	workflow: PreparedWorkflow,
	path: PathStep[],
	session: Pick<WalkthroughSession, 'ticks'>,
): RecapSection[] {
	return path.flatMap((step, stepIndex): RecapSection[] => {
		const wording = workflow.steps[step.stateId];
		const meta = machine.root.states[step.stateId]?.meta as StepMeta | undefined;
		if (!wording || !step.answer) return [];
		if (meta?.select && step.answer.data) {
			const entries = chosenLabels(workflow, step.stateId, step.answer).map((label) => ({ label, ticked: true }));
			return [{ stepIndex, title: wording.title, kind: 'chosen', entries }];
		}
		if (meta?.kind !== 'checklist') return [];
		const ticks = session.ticks[String(stepIndex)] ?? {};
		const entries = checklistItemIds(machine, step, workflow).flatMap((id) => {
			const item = wording.items.find((candidate) => candidate.id === id);
			if (!item) return [];
			const tickedAt = ticks[id];
			return [{ label: item.label, ticked: tickedAt !== undefined, ...(tickedAt ? { tickedAt } : {}) }];
		});
		return [{ stepIndex, title: wording.title, kind: 'checklist', entries }];
	});
}
