/**
 * The workflow machines for the case-scenario player, each loaded when a case on it is opened: the
 * training page lists every case but plays one at a time, so it need not build all three machines to
 * show the list (the walkthrough pages likewise build only their own).
 */
import type { AnyStateMachine } from 'xstate';
import type { WorkflowId } from '@/machines/workflow-pages';
import { type OnDemand, onDemand } from '../walkthrough/on-demand';

export interface LoadedMachine {
	machine: AnyStateMachine;
	version: number;
}

export const workflowMachines = {
	plph: onDemand(async (): Promise<LoadedMachine> => {
		const { plphMachine, plphMachineVersion } = await import('@/machines/plph');
		return { machine: plphMachine, version: plphMachineVersion };
	}),
	'serious-event': onDemand(async (): Promise<LoadedMachine> => {
		const { seriousEventMachine, seriousEventMachineVersion } = await import('@/machines/serious-event');
		return { machine: seriousEventMachine, version: seriousEventMachineVersion };
	}),
	'blood-patch': onDemand(async (): Promise<LoadedMachine> => {
		const { bloodPatchMachine, bloodPatchMachineVersion } = await import('@/machines/blood-patch');
		return { machine: bloodPatchMachine, version: bloodPatchMachineVersion };
	}),
} as const satisfies Record<WorkflowId, OnDemand<LoadedMachine>>;
