/**
 * Renders a panel whose code loads on demand (on-demand.ts) once it is wanted: nothing, or `loading`,
 * while it loads; a plain message with "Try again" if it cannot be loaded (offline before the service
 * worker saved it); then the panel itself.
 */
import type { ReactNode } from 'react';
import { type OnDemand, useOnDemand } from './on-demand';

export interface OnDemandPanelProps<M> {
	source: OnDemand<M>;
	wanted: boolean;
	/** What the panel is, for the failure message: "The summary". */
	name: string;
	/** Shown while it loads, when the reader asked for it and should see that something is happening. */
	loading?: string;
	children: (module: M) => ReactNode;
}

export function OnDemandPanel<M>({ source, wanted, name, loading, children }: OnDemandPanelProps<M>) {
	const panel = useOnDemand(source, wanted);
	if (!wanted) return null;
	if (panel.module) return children(panel.module);
	if (!panel.failed && !loading) return null;
	return (
		<p className="wt-notice" role="status">
			{panel.failed ? `${name} could not be opened: this device has not saved it for offline use yet. ` : loading}
			{panel.failed && (
				<button type="button" className="wt-button wt-secondary" onClick={panel.retry}>
					Try again
				</button>
			)}
		</p>
	);
}
