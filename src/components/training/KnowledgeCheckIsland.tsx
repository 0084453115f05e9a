/**
 * A page's knowledge check: the reader picks an option, checks it, and sees right or wrong with the
 * explanation and its sources. Answers are kept on this device (src/lib/training-progress.ts), so a
 * result survives a reload and counts on the onboarding path.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { PreparedCheck, PreparedQuestion } from '@/lib/knowledge-checks';
import { checkKeyOf } from '@/lib/knowledge-checks';
import { checkStatus, withCheckAnswer, withoutCheckAnswers, type CheckAnswer } from '@/lib/training-progress';
import { useTrainingProgress } from './use-training-progress';
import { ProgressNotices } from './ProgressNotices';
import { SourcesPanel } from '../citations/CitationLinks';
import '@/styles/tools.css';

export default function KnowledgeCheckIsland({ check }: { check: PreparedCheck }) {
	const headingId = useId();
	const { progress, loaded, unreadable, storageWorks, update } = useTrainingProgress();
	const [confirmingClear, setConfirmingClear] = useState(false);
	const answers = progress.checks[check.page];
	const status = checkStatus(checkKeyOf(check), answers);

	return (
		<section className="tool knowledge-check" aria-labelledby={headingId} data-page={check.page}>
			<h3 id={headingId}>Knowledge check: {check.pageTitle}</h3>
			<p className="tool-hint">
				{check.questions.length} questions on this page's facts. Your answers are kept on this device only, with no name.
			</p>
			<ProgressNotices unreadable={unreadable} storageWorks={storageWorks} />
			<p role="status" className="check-status" data-passed={status.passed}>
				{!loaded
					? 'Reading your answers on this device…'
					: status.passed
						? `Passed: all ${status.total} answered right.`
						: `${status.right} of ${status.total} answered right${status.answered > status.right ? `, ${status.answered - status.right} to try again` : ''}.`}
			</p>
			<ol className="check-questions">
				{check.questions.map((question, index) => (
					<li key={question.id}>
						<QuestionCard
							number={index + 1}
							question={question}
							answer={answers?.[question.id]}
							onAnswer={(chosen) => update((previous) => withCheckAnswer(previous, check.page, question.id, chosen, new Date()))}
							onRetry={() => update((previous) => withoutCheckAnswers(previous, check.page, question.id))}
						/>
					</li>
				))}
			</ol>
			{status.answered > 0 && (
				<div className="tool-actions">
					{confirmingClear ? (
						<span className="tool-actions" role="group" aria-label="Confirm clearing answers">
							<span>Clear every answer on this page?</span>
							<button
								type="button"
								className="tool-button"
								onClick={() => {
									update((previous) => withoutCheckAnswers(previous, check.page));
									setConfirmingClear(false);
								}}
							>
								Yes, clear them
							</button>
							<button type="button" className="tool-button secondary" onClick={() => setConfirmingClear(false)}>
								Keep them
							</button>
						</span>
					) : (
						<button type="button" className="tool-button secondary" onClick={() => setConfirmingClear(true)}>
							Clear my answers on this page
						</button>
					)}
				</div>
			)}
		</section>
	);
}

interface QuestionCardProps {
	number: number;
	question: PreparedQuestion;
	answer: CheckAnswer | undefined;
	onAnswer: (chosen: string) => void;
	onRetry: () => void;
}

function QuestionCard({ number, question, answer, onAnswer, onRetry }: QuestionCardProps) {
	const baseId = useId();
	const [selected, setSelected] = useState<string | undefined>();
	const [missing, setMissing] = useState(false);
	const verdictRef = useRef<HTMLParagraphElement>(null);
	const legendRef = useRef<HTMLLegendElement>(null);
	const acted = useRef<'answered' | 'retried' | null>(null);
	// An answer whose option was since rewritten away counts as not answered.
	const chosen = answer && question.options.some((option) => option.id === answer.chosen) ? answer.chosen : undefined;
	const isRight = chosen === question.correct;
	const correctText = question.options.find((option) => option.id === question.correct)?.text ?? '';

	// Focus follows the reader's own action only: to the verdict after checking, back to the question after "Try again".
	useEffect(() => {
		if (acted.current === 'answered' && chosen) verdictRef.current?.focus();
		if (acted.current === 'retried' && !chosen) legendRef.current?.focus();
		acted.current = null;
	}, [chosen]);

	return (
		<fieldset className="check-question" data-question={question.id} data-result={chosen ? (isRight ? 'right' : 'wrong') : 'open'}>
			<legend ref={legendRef} tabIndex={-1}>
				{number}. {question.question}
			</legend>
			{question.options.map((option) => (
				<label key={option.id} className="tool-option">
					<input
						type="radio"
						name={`${baseId}-options`}
						value={option.id}
						checked={(chosen ?? selected) === option.id}
						disabled={chosen !== undefined}
						onChange={() => {
							setSelected(option.id);
							setMissing(false);
						}}
					/>
					<span>
						{option.text}
						{chosen === option.id && <strong> (your answer)</strong>}
					</span>
				</label>
			))}
			{chosen === undefined ? (
				<>
					<div className="tool-actions">
						<button
							type="button"
							className="tool-button"
							aria-describedby={missing ? `${baseId}-missing` : undefined}
							onClick={() => {
								if (!selected) {
									setMissing(true);
									return;
								}
								acted.current = 'answered';
								onAnswer(selected);
							}}
						>
							Check answer
						</button>
					</div>
					{missing && (
						<p id={`${baseId}-missing`} className="tool-error" role="alert">
							Choose an answer first.
						</p>
					)}
				</>
			) : (
				<div className={isRight ? 'tool-right' : 'tool-wrong'}>
					<p ref={verdictRef} tabIndex={-1} className="tool-verdict">
						{isRight ? '✓ Right.' : `✗ Not quite. The answer is: ${correctText}.`}
					</p>
					<p>{question.explanation}</p>
					<SourcesPanel citations={question.citations} className="tool-sources" />
					{!isRight && (
						<button
							type="button"
							className="tool-button secondary"
							onClick={() => {
								acted.current = 'retried';
								setSelected(undefined);
								onRetry();
							}}
						>
							Try this question again
						</button>
					)}
				</div>
			)}
		</fieldset>
	);
}
