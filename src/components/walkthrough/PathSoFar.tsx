/** The answers given so far, each with its step and time: the record of this case. */
import type { PathStep } from '@/lib/walkthrough-session';
import type { PreparedWorkflow } from '@/lib/walkthrough-content';
import { answerText, notAskedLabel, startedAtText } from '@/lib/answer-text';
import { isStartEvent } from '@/machines/start-points';
import { formatTime } from './format-time';

export function PathSoFar({ path, workflow }: { path: PathStep[]; workflow: PreparedWorkflow }) {
	const answered = path.filter((step): step is PathStep & Required<Pick<PathStep, 'answer'>> => step.answer !== undefined);
	if (answered.length === 0) return null;
	return (
		<section className="wt-path" aria-label="Path so far">
			<h3>Path so far</h3>
			<ol>
				{answered.map((step, index) => (
					// biome-ignore lint/suspicious/noArrayIndexKey: the path only grows or shrinks at its end, so a step's position is its identity.
					<li key={index} data-not-asked={step.answer.fromLink ? '' : undefined}>
						{isStartEvent(step.answer.event) ? (
							// A follow-up start: how the case began, never an answer to the step it was chosen on.
							<strong>{startedAtText(workflow, step.stateId, step.answer)}</strong>
						) : (
							<span className="wt-path-step">{workflow.steps[step.stateId]?.title ?? step.stateId}</span>
						)}{' '}
						{isStartEvent(step.answer.event) ? null : step.answer.fromLink ? (
							// A link opened the case further on: this step was passed over, never answered.
							<strong>{notAskedLabel}</strong>
						) : (
							<>
								<strong>{answerText(workflow, step.stateId, step.answer)}</strong>{' '}
								<span className="wt-path-time">{formatTime(step.answer.at)}</span>
							</>
						)}
					</li>
				))}
			</ol>
		</section>
	);
}
