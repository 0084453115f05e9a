/** "New or worse symptoms?": leaves the workflow for the serious-event workflow, carrying the pattern. */
import { useState } from 'react';

export interface RedFlagExitProps {
	prompt: string;
	answers: [event: string, label: string][];
	onChoose: (event: string) => void;
}

export function RedFlagExit({ prompt, answers, onChoose }: RedFlagExitProps) {
	const [open, setOpen] = useState(false);
	return (
		<div className="wt-redflag">
			<button type="button" className="wt-button wt-danger" aria-expanded={open} onClick={() => setOpen(!open)}>
				{prompt}
			</button>
			{open && (
				<div className="wt-answers" role="group" aria-label={prompt}>
					{answers.map(([event, label]) => (
						<button key={event} type="button" className="wt-button wt-answer" data-event={event} onClick={() => onChoose(event)}>
							{label}
						</button>
					))}
				</div>
			)}
		</div>
	);
}
