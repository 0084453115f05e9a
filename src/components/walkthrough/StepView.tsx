/** The current step: a question with its answers, a checklist, or an outcome. */
import type { RefObject } from 'react';
import type { StepKind } from '@/machines/workflow-types';
import type { PreparedStep } from '@/lib/walkthrough-content';
import { formatTime } from './format-time';
import { InlineCitations } from '../citations/CitationLinks';
import { OutcomeDetails } from './OutcomeDetails';

export interface StepViewProps {
	headingId: string;
	headingRef: RefObject<HTMLHeadingElement | null>;
	kind: StepKind;
	step: PreparedStep;
	/** Answers the machine accepts here, in the wording's order. */
	answers: [event: string, label: string][];
	/** Checklist items ticked on this step, with the time. */
	ticks: Record<string, string>;
	/** Where the user goes next when this outcome hands over to another workflow. */
	handover: { href: string; title: string } | undefined;
	onAnswer: (event: string) => void;
	onTick: (itemId: string, ticked: boolean) => void;
}

export function StepView({ headingId, headingRef, kind, step, answers, ticks, handover, onAnswer, onTick }: StepViewProps) {
	const isEnd = kind === 'outcome' || kind === 'handover';
	return (
		<div className={`wt-step wt-${kind}`}>
			<h2 id={headingId} ref={headingRef} tabIndex={-1} className="wt-title">
				{isEnd && <span className="wt-kind">{kind === 'handover' ? 'Hand over: ' : 'Outcome: '}</span>}
				{step.title}
			</h2>
			{/* biome-ignore lint/security/noDangerouslySetInnerHtml: guidanceHtml is rendered at build time from content/workflows/*.yaml (prepareWorkflow); no user input reaches it. */}
			<div className="wt-guidance" dangerouslySetInnerHTML={{ __html: step.guidanceHtml }} />
			{kind === 'checklist' && step.items.length > 0 && (
				<ul className="wt-checklist">
					{step.items.map((item) => {
						const tickedAt = ticks[item.id];
						return (
							<li key={item.id}>
								<label className="wt-check">
									<input
										type="checkbox"
										checked={tickedAt !== undefined}
										onChange={(event) => onTick(item.id, event.currentTarget.checked)}
									/>
									<span>
										{item.label}
										<InlineCitations citations={item.citations} />
										{tickedAt && <span className="wt-ticked-at"> · ticked {formatTime(tickedAt)}</span>}
									</span>
								</label>
							</li>
						);
					})}
				</ul>
			)}
			{isEnd && <OutcomeDetails step={step} className="wt-outcome" />}
			{answers.length > 0 && (
				<div className="wt-answers" role="group" aria-label="Answers">
					{answers.map(([event, label]) => (
						<button key={event} type="button" className="wt-button wt-answer" data-event={event} onClick={() => onAnswer(event)}>
							{label}
						</button>
					))}
				</div>
			)}
			{handover && (
				<a className="wt-button wt-handover" href={handover.href}>
					Continue in: {handover.title}
				</a>
			)}
		</div>
	);
}
