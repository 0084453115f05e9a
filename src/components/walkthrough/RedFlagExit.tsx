/**
 * "New or worse symptoms?": one tap on what is seen leaves for the serious-event workflow, carrying
 * the pattern. The choices are always shown, so from any step the serious-event workflow's first
 * action is one tap away; the island records the answer and then opens that walkthrough.
 */


export interface RedFlagExitProps {
	prompt: string;
	answers: [event: string, label: string][];
	/** False until the walkthrough's script runs: the choices are shown disabled, not dead. */
	live: boolean;
	onChoose: (event: string) => void;
}

export function RedFlagExit({ prompt, answers, live, onChoose }: RedFlagExitProps) {
	return (
		<div className="wt-redflag">
			<p className="wt-redflag-prompt">
				{prompt} <span className="wt-redflag-hint">Tap what you see: the serious-event walkthrough opens.</span>
			</p>
			<div className="wt-redflag-choices" role="group" aria-label={prompt}>
				{answers.map(([event, label]) => (
					<button key={event} type="button" className="wt-button wt-danger" data-event={event} disabled={!live} onClick={() => onChoose(event)}>
						{label}
					</button>
				))}
			</div>
		</div>
	);
}
