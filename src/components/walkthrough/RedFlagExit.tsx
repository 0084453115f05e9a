/**
 * "New or worse symptoms?": one tap on what is seen leaves for the serious-event workflow, carrying
 * the pattern. The choices are always shown, so from any step the serious-event workflow's first
 * action is one tap away; the island records the answer and then opens that walkthrough.
 */
import { InlineCitations } from '@/components/citations/CitationLinks';
import { reasoningExplainedHref } from '@/lib/citations';
import type { CitationLink } from '@/lib/walkthrough-content';

export interface RedFlagExitProps {
	prompt: string;
	answers: [event: string, label: string][];
	/** False until the walkthrough's script runs: the choices are shown disabled, not dead. */
	live: boolean;
	onChoose: (event: string) => void;
	/** The sources the choices' sign lists are the guide's reasoning from (content/reasoning-claims.yaml). */
	reasoning?: readonly CitationLink[] | undefined;
}

export function RedFlagExit({ prompt, answers, live, onChoose, reasoning }: RedFlagExitProps) {
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
			{reasoning && reasoning.length > 0 && (
				<p className="wt-reasoning">
					These sign lists are <a href={reasoningExplainedHref}>the guide’s reasoning</a> from
					<InlineCitations citations={reasoning} />, not one source’s list.
				</p>
			)}
		</div>
	);
}
