/**
 * The onboarding path with progress on this device: pages and walkthroughs are ticked by hand, knowledge
 * checks when every answer is right, case scenarios when played to their outcome. The completion record
 * below it prints the date, the content version and what was done, with no name: a line is left for a
 * signature on paper.
 */
import { useEffect, useId, useState } from 'react';
import { calendarDateOf, formatReadableDate, type CalendarDate } from '@/lib/calendar-date';
import { itemProgress, type PreparedOnboardingItem, type PreparedOnboardingStage } from '@/lib/onboarding';
import { withMarked, type TrainingProgress } from '@/lib/training-progress';
import { useTrainingProgress } from './use-training-progress';
import { ProgressNotices } from './ProgressNotices';
import '@/styles/tools.css';

export interface OnboardingPathProps {
	stages: PreparedOnboardingStage[];
	/** content/edition.json: the content version the record refers to. */
	edition: { version: string; date: string };
}

const kindLabel: Record<PreparedOnboardingItem['kind'], string> = {
	page: 'Page',
	walkthrough: 'Walkthrough',
	scenario: 'Case scenario',
	check: 'Knowledge check',
};

/** A stored time shown as the local calendar date it fell on. */
const localDay = (iso: string | undefined) => (iso ? formatReadableDate(calendarDateOf(new Date(iso))) : '');

export default function OnboardingPathIsland({ stages, edition }: OnboardingPathProps) {
	const { progress, loaded, unreadable, storageWorks, update } = useTrainingProgress();
	const [today, setToday] = useState<CalendarDate | null>(null);
	useEffect(() => setToday(calendarDateOf(new Date())), []);
	const headingId = useId();
	const recordHeadingId = useId();

	const items = stages.flatMap((stage) => stage.items);
	const doneCount = items.filter((item) => itemProgress(item, progress).done).length;

	return (
		<div className="onboarding">
			<section className="tool onboarding-progress-view" aria-labelledby={headingId}>
				<h2 id={headingId}>Your path</h2>
				<ProgressNotices unreadable={unreadable} storageWorks={storageWorks} />
				<p role="status" className="onboarding-summary" data-done={doneCount} data-total={items.length}>
					{loaded ? `${doneCount} of ${items.length} done on this device.` : 'Reading your progress on this device…'}
				</p>
				<progress className="onboarding-bar" max={items.length} value={doneCount} aria-label="Onboarding progress">
					{doneCount} of {items.length}
				</progress>
				{stages.map((stage, stageIndex) => (
					<section key={stage.id} className="onboarding-stage" aria-labelledby={`${headingId}-${stage.id}`}>
						<h3 id={`${headingId}-${stage.id}`}>
							{stageIndex + 1}. {stage.title}
						</h3>
						{stage.summary && <p className="tool-hint">{stage.summary}</p>}
						<ol className="onboarding-items">
							{stage.items.map((item) => (
								<OnboardingItemRow
									key={item.id}
									item={item}
									progress={progress}
									onMark={(done) => update((previous) => withMarked(previous, item.id, done, new Date()))}
								/>
							))}
						</ol>
					</section>
				))}
				<div className="tool-actions">
					<button type="button" className="tool-button" onClick={() => window.print()}>
						Print the completion record
					</button>
				</div>
			</section>

			<section className="tool onboarding-record" aria-labelledby={recordHeadingId}>
				<h2 id={recordHeadingId}>Completion record</h2>
				<dl className="onboarding-record-facts">
					<dt>Date</dt>
					<dd>{today ? formatReadableDate(today) : '—'}</dd>
					<dt>Content version</dt>
					<dd>
						{edition.version} (content date {edition.date})
					</dd>
					<dt>Done on this device</dt>
					<dd>
						{doneCount} of {items.length}
					</dd>
				</dl>
				<section className="tool-table-wrap" aria-label="What was done" tabIndex={0}>
					<table>
						<thead>
							<tr>
								<th scope="col">Item</th>
								<th scope="col">Kind</th>
								<th scope="col">Status</th>
								<th scope="col">Date</th>
							</tr>
						</thead>
						<tbody>
							{items.map((item) => {
								const status = itemProgress(item, progress);
								return (
									<tr key={item.id} data-item={item.id} data-done={status.done}>
										<td>{item.title}</td>
										<td>{kindLabel[item.kind]}</td>
										<td>{status.done ? `✓ ${status.detail}` : status.detail}</td>
										<td>{localDay(status.doneAt)}</td>
									</tr>
								);
							})}
						</tbody>
					</table>
				</section>
				<p className="onboarding-signature">
					Signature of the trainee: ______________________________ Date: ______________
				</p>
				<p className="onboarding-signature">
					Signature of the supervising investigator: ______________________________ Date: ______________
				</p>
				<p className="tool-hint">
					Progress is kept on this device only, with no name. Sign the printed record on paper and file it as your site
					requires.
				</p>
			</section>
		</div>
	);
}

interface OnboardingItemRowProps {
	item: PreparedOnboardingItem;
	progress: TrainingProgress;
	onMark: (done: boolean) => void;
}

function OnboardingItemRow({ item, progress, onMark }: OnboardingItemRowProps) {
	const status = itemProgress(item, progress);
	const markable = item.kind === 'page' || item.kind === 'walkthrough';
	return (
		<li className="onboarding-item" data-item={item.id} data-done={status.done}>
			<div>
				<span className="onboarding-tick" aria-hidden="true">
					{status.done ? '✓' : '○'}
				</span>{' '}
				<a href={item.href}>{item.title}</a> <span className="tool-hint">({kindLabel[item.kind].toLowerCase()})</span>
			</div>
			{item.note && <p className="tool-hint">{item.note}</p>}
			{markable ? (
				<label className="tool-option">
					<input type="checkbox" checked={status.done} onChange={(event) => onMark(event.currentTarget.checked)} />
					<span>
						{item.kind === 'page' ? 'I have read this page' : 'I have tried this walkthrough'}
						{status.done && status.doneAt ? ` · ${localDay(status.doneAt)}` : ''}
					</span>
				</label>
			) : (
				<p className="onboarding-status">
					<span className="sr-only">Status: </span>
					{status.done ? `Done: ${status.detail}, ${localDay(status.doneAt)}` : status.detail}
				</p>
			)}
		</li>
	);
}
