/** Says plainly why the walkthrough opened where it did, and offers back anything set aside. */
import type { StartNotice } from '@/lib/walkthrough-start';
import type { PreparedWorkflow } from '@/lib/walkthrough-content';
import { formatTime } from './format-time';

export interface StartNoticesProps {
	notices: StartNotice[];
	workflow: PreparedWorkflow;
	workflowTitles: Record<string, string>;
	canRestore: boolean;
	onRestore: () => void;
	onDismiss: () => void;
}

export function StartNotices({ notices, workflow, workflowTitles, canRestore, onRestore, onDismiss }: StartNoticesProps) {
	if (notices.length === 0) return null;
	const titleOf = (stateId: string) => workflow.steps[stateId]?.title ?? stateId;
	const patternLabel = (pattern: string) =>
		Object.values(workflow.steps)
			.flatMap((step) => step.select?.options ?? [])
			.find(([id]) => id === pattern)?.[1] ?? pattern;
	return (
		<div className="wt-notice" role="status">
			<ul>
				{/* biome-ignore lint/suspicious/useIterableCallbackReturn: the switch covers every notice kind, and TypeScript (noImplicitReturns) fails the build if a new kind has no case. */}
				{notices.map((notice) => {
					switch (notice.kind) {
						case 'unreadable':
							return (
								<li key={notice.kind}>
									The walkthrough saved on this device could not be read (it may be damaged), so this one starts
									from the beginning.
								</li>
							);
						case 'earlier-version':
							return (
								<li key={notice.kind}>
									The walkthrough saved on this device was made with an earlier version of these steps, so it
									starts again. The earlier answers were:{' '}
									{notice.answers.length === 0
										? 'none yet'
										: notice.answers
												.map((answer) => `${answer.event}${answer.data ? ` [${answer.data.choices.join(', ')}]` : ''} (${formatTime(answer.at)})`)
												.join('; ')}
									.
								</li>
							);
						case 'unknown-step':
							return (
								<li key={notice.kind}>
									The link pointed to a step called “{notice.step}” that this walkthrough does not have, so it opens
									at the start.
								</li>
							);
						case 'unreachable-step':
							return (
								<li key={notice.kind}>
									The link pointed to the step “{titleOf(notice.step)}”, which cannot be reached from the start, so
									the walkthrough opens at the start.
								</li>
							);
						case 'opened-from-link':
							return (
								<li key={notice.kind}>
									Opened at “{titleOf(notice.step)}” from a link. The steps before it were not asked: “Path so far”
									lists them as not asked.
								</li>
							);
						case 'handed-over':
							return (
								<li key={notice.kind}>
									Handed over from “{workflowTitles[notice.from] ?? notice.from}”
									{notice.patterns.length > 0 ? (
										<>
											{' '}
											with {notice.patterns.length === 1 ? 'the suspected pattern' : 'the suspected patterns'}:{' '}
											{notice.patterns.map(patternLabel).join('; ')}. They are ticked on the patterns step; add any others you find
										</>
									) : null}
									.
								</li>
							);
						case 'unknown-pattern':
							return (
								<li key={notice.kind}>
									The link named a pattern “{notice.pattern}” that this walkthrough does not know, so it was not
									carried across: tick the patterns that fit yourself.
								</li>
							);
						case 'set-aside':
							return <li key={notice.kind}>The walkthrough you had in progress on this device was kept aside.</li>;
					}
				})}
			</ul>
			<div className="wt-notice-actions">
				{canRestore && (
					<button type="button" className="wt-button wt-secondary" onClick={onRestore}>
						Restore the walkthrough kept aside
					</button>
				)}
				<button type="button" className="wt-button wt-secondary" onClick={onDismiss}>
					Dismiss
				</button>
			</div>
		</div>
	);
}
