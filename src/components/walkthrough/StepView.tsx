/** The current step: a question with its answers (or its boxes to tick), a checklist, or an outcome. */
import type { RefObject } from 'react';
import type { StepKind } from '@/machines/workflow-types';
import type { PreparedStep } from '@/lib/walkthrough-content';
import type { RecapSection } from '@/lib/walkthrough-recap';
import { formatTime } from './format-time';
import { InlineCitations } from '../citations/CitationLinks';
import { OutcomeDetails } from './OutcomeDetails';
import { MultiSelect, type MultiSelectProps } from './MultiSelect';
import { Recap } from './Recap';

export interface StepViewProps {
	headingId: string;
	/** The step heading's level: 2 in a walkthrough, deeper where the step sits in a larger section (a case scenario). */
	headingLevel?: 2 | 3 | 4;
	headingRef: RefObject<HTMLHeadingElement | null>;
	kind: StepKind;
	step: PreparedStep;
	/** Answers the machine accepts here, in the wording's order (a multi-select's own answer excluded). */
	answers: [event: string, label: string][];
	/** A multi-select step's boxes and answer; `resetKey` resets the ticks when the step changes. */
	select?: MultiSelectProps & { resetKey: string };
	/** Checklist item ids to show, in order, when the machine lists them (otherwise the wording's items). */
	itemIds?: readonly string[];
	/** An ending's handover: what was chosen and ticked on the way. */
	recap?: RecapSection[];
	/** Checklist items ticked on this step, with the time. */
	ticks: Record<string, string>;
	/** Where the user goes next when this outcome hands over to another workflow. */
	handover: { href: string; title: string } | undefined;
	/** False until the walkthrough's script runs: answers and ticks are shown disabled, not dead. */
	live: boolean;
	onAnswer: (event: string) => void;
	onTick: (itemId: string, ticked: boolean) => void;
}

export function StepView({
	headingId,
	headingLevel = 2,
	headingRef,
	kind,
	step,
	answers,
	select,
	itemIds,
	recap,
	ticks,
	handover,
	live,
	onAnswer,
	onTick,
}: StepViewProps) {
	const Heading = `h${headingLevel}` as const;
	const isEnd = kind === 'outcome' || kind === 'handover';
	const items = itemIds
		? itemIds.flatMap((id) => step.items.filter((item) => item.id === id))
		: step.items;
	// Only actions are ticked; what is not recommended is plain text, in its own list below them.
	const actions = items.filter((item) => item.kind === 'do');
	const notRecommended = items.filter((item) => item.kind === 'avoid');
	// Items the machine lists in a set order (first actions) are an ordered list; a long checklist's
	// actions come in its groups ("Now", "Offer"), so the first screen shows what to do first.
	const List = itemIds ? 'ol' : 'ul';
	const groups =
		!itemIds && step.groups
			? step.groups.map(([id, title]) => ({ id, title, items: actions.filter((item) => item.group === id) }))
			: [{ id: '', title: '', items: actions }];
	const check = (item: PreparedStep['items'][number]) => {
		const tickedAt = ticks[item.id];
		return (
			<li key={item.id}>
				<label className="wt-check">
					<input
						type="checkbox"
						checked={tickedAt !== undefined}
						disabled={!live}
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
	};
	return (
		<div className={`wt-step wt-${kind}`}>
			<Heading id={headingId} ref={headingRef} tabIndex={-1} className="wt-title">
				{isEnd && <span className="wt-kind">{kind === 'handover' ? 'Hand over: ' : 'Outcome: '}</span>}
				{step.title}
			</Heading>
			{/* biome-ignore lint/security/noDangerouslySetInnerHtml: guidanceHtml is rendered at build time from content/workflows/*.yaml (prepareWorkflow); no user input reaches it. */}
			<div className="wt-guidance" dangerouslySetInnerHTML={{ __html: step.guidanceHtml }} />
			{select && <MultiSelect key={select.resetKey} {...select} />}
			{kind === 'checklist' &&
				groups
					.filter((group) => group.items.length > 0)
					.map((group) => (
						<section key={group.id} className="wt-group" aria-label={group.title || undefined}>
							{group.title && <h3 className="wt-group-title">{group.title}</h3>}
							<List className="wt-checklist">{group.items.map(check)}</List>
						</section>
					))}
			{kind === 'checklist' && notRecommended.length > 0 && (
				<section className="wt-not-recommended" aria-label="Not recommended">
					<h3 className="wt-group-title">Not recommended</h3>
					<ul>
						{notRecommended.map((item) => (
							<li key={item.id} data-item={item.id}>
								{item.label}
								<InlineCitations citations={item.citations} />
							</li>
						))}
					</ul>
				</section>
			)}
			{isEnd && <OutcomeDetails step={step} className="wt-outcome" />}
			{recap && <Recap sections={recap} />}
			{answers.length > 0 && (
				<div className="wt-answers" role="group" aria-label="Answers">
					{answers.map(([event, label]) => (
						<button key={event} type="button" className="wt-button wt-answer" data-event={event} disabled={!live} onClick={() => onAnswer(event)}>
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
