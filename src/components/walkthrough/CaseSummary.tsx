/**
 * "Summary": the case so far as plain text (answers with times, ticks, the outcome, references), to
 * copy or print, with an optional trial code and no place for a name. Also "Clear all data on this
 * device", after a confirmation.
 */
import { useId, useState } from 'react';
import { caseSummaryText, clearGuideData, trialCodeProblem, type SummaryContext } from '@/lib/case-summary';

export interface CaseSummaryProps {
	context: Omit<SummaryContext, 'formatTime' | 'now'>;
	onTrialCode: (code: string) => void;
	onCleared: () => void;
}

const formatTime = (iso: string) => new Date(iso).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });

export function CaseSummary({ context, onTrialCode, onCleared }: CaseSummaryProps) {
	const [draftCode, setDraftCode] = useState(context.session.trialCode ?? '');
	const [status, setStatus] = useState('');
	const [confirmingClear, setConfirmingClear] = useState(false);
	const codeId = useId();
	const problemId = useId();
	const problem = trialCodeProblem(draftCode.trim());
	const text = caseSummaryText({ ...context, formatTime, now: new Date() });

	const copy = async () => {
		try {
			await navigator.clipboard.writeText(text);
			setStatus('Summary copied as plain text.');
		} catch {
			setStatus('This browser did not allow copying: select the text below and copy it.');
		}
	};
	const print = () => {
		document.body.dataset['print'] = 'summary';
		window.addEventListener('afterprint', () => delete document.body.dataset['print'], { once: true });
		window.print();
	};
	const clearAll = () => {
		const removed = clearGuideData(window.localStorage);
		setConfirmingClear(false);
		setDraftCode('');
		onCleared();
		setStatus(`All data of this guide on this device was cleared (${removed} saved item${removed === 1 ? '' : 's'}).`);
	};

	return (
		<section className="wt-summary" aria-label="Case summary">
			<h3>Case summary</h3>
			<div className="wt-field">
				<label htmlFor={codeId}>Participant trial code (optional; never a name)</label>
				<input
					id={codeId}
					type="text"
					inputMode="text"
					autoComplete="off"
					spellCheck={false}
					value={draftCode}
					aria-invalid={problem ? true : undefined}
					aria-describedby={problem ? problemId : undefined}
					onChange={(event) => {
						const value = event.currentTarget.value;
						setDraftCode(value);
						if (!trialCodeProblem(value.trim())) onTrialCode(value.trim());
					}}
				/>
				{problem && (
					<p id={problemId} className="wt-field-problem">
						{problem}
					</p>
				)}
			</div>
			<pre className="wt-summary-text" data-summary-text>
				{text}
			</pre>
			<div className="wt-controls">
				<button type="button" className="wt-button wt-secondary" onClick={copy}>
					Copy as text
				</button>
				<button type="button" className="wt-button wt-secondary" onClick={print}>
					Print summary
				</button>
				{confirmingClear ? (
					<span className="wt-confirm" role="group" aria-label="Confirm clearing all data">
						<span>Remove every saved walkthrough and all training progress from this device?</span>
						<button type="button" className="wt-button wt-danger" onClick={clearAll}>
							Yes, clear everything
						</button>
						<button type="button" className="wt-button wt-secondary" onClick={() => setConfirmingClear(false)}>
							Keep my data
						</button>
					</span>
				) : (
					<button type="button" className="wt-button wt-secondary" onClick={() => setConfirmingClear(true)}>
						Clear all data on this device
					</button>
				)}
			</div>
			<p className="wt-status" role="status">
				{status}
			</p>
		</section>
	);
}
