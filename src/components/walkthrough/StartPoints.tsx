/**
 * The first step's named starting points (a follow-up contact): one tap starts the case where it
 * stands. Which starts exist, and what they open, is the machine's (src/machines/start-points.ts);
 * this only offers the ones it accepts now.
 */
export interface StartPointsProps {
	/** Element id, so the first screen can link down to the starts. */
	id: string;
	starts: [event: string, label: string][];
	live: boolean;
	onStart: (event: string) => void;
}

export const startPointsLabel = 'Or start at a follow-up contact';

export function StartPoints({ id, starts, live, onStart }: StartPointsProps) {
	if (starts.length === 0) return null;
	return (
		<div className="wt-starts" id={id}>
			<p className="wt-starts-prompt">{startPointsLabel}: the case summary records what was not part of it.</p>
			<div className="wt-answers" role="group" aria-label={startPointsLabel}>
				{starts.map(([event, label]) => (
					<button key={event} type="button" className="wt-button wt-secondary wt-answer" data-event={event} disabled={!live} onClick={() => onStart(event)}>
						{label}
					</button>
				))}
			</div>
		</div>
	);
}
