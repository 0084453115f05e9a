/**
 * A "tick every one that applies" step: a real fieldset with a legend and one checkbox per option, and
 * one button that gives the answer with the ticked options. Options carried from another workflow come
 * ticked and locked, with where they came from. Whether the answer can be given is the machine's call
 * (`canAnswer`, from `snapshot.can`); this component only records the ticks.
 */
import { useId, useState } from 'react';
import type { AnswerData } from '@/machines/workflow-types';

export interface MultiSelectOption {
	id: string;
	label: string;
	/** Ticked and not untickable: carried from another workflow. */
	locked: boolean;
}

export interface MultiSelectProps {
	legend: string;
	options: MultiSelectOption[];
	/** Said beside each locked option, e.g. "carried from Headache after a dosing lumbar puncture". */
	lockedNote?: string;
	event: string;
	answerLabel: string;
	/** Options ticked when the step opens besides the locked ones (the previous answer, after Back). */
	initiallyTicked?: readonly string[];
	canAnswer: (data: AnswerData) => boolean;
	onAnswer: (event: string, data: AnswerData) => void;
}

export function MultiSelect({ legend, options, lockedNote, event, answerLabel, initiallyTicked = [], canAnswer, onAnswer }: MultiSelectProps) {
	const hintId = useId();
	const [ticked, setTicked] = useState<ReadonlySet<string>>(
		() => new Set([...options.filter((option) => option.locked).map((option) => option.id), ...initiallyTicked]),
	);
	const choices = options.filter((option) => option.locked || ticked.has(option.id)).map((option) => option.id);
	const allowed = canAnswer({ choices });
	const toggle = (id: string, on: boolean) =>
		setTicked((previous) => {
			const next = new Set(previous);
			if (on) next.add(id);
			else next.delete(id);
			return next;
		});

	return (
		<fieldset className="wt-select">
			<legend>{legend}</legend>
			<ul className="wt-checklist">
				{options.map((option) => (
					<li key={option.id}>
						<label className="wt-check" data-option={option.id}>
							<input
								type="checkbox"
								name={option.id}
								checked={option.locked || ticked.has(option.id)}
								disabled={option.locked}
								onChange={(change) => toggle(option.id, change.currentTarget.checked)}
							/>
							<span>
								{option.label}
								{option.locked && lockedNote && <span className="wt-carried"> · {lockedNote}</span>}
							</span>
						</label>
					</li>
				))}
			</ul>
			<button
				type="button"
				className="wt-button wt-answer"
				data-event={event}
				aria-describedby={allowed ? undefined : hintId}
				disabled={!allowed}
				onClick={() => onAnswer(event, { choices })}
			>
				{answerLabel}
			</button>
			{!allowed && (
				<p id={hintId} className="wt-hint">
					Tick at least one box first.
				</p>
			)}
		</fieldset>
	);
}
