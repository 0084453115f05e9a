/**
 * Brings the server-rendered knowledge checks (KnowledgeCheck.astro) to life without a framework: the
 * reader picks an option and checks it; the question is marked right or wrong and its explanation and
 * sources, already in the page but hidden, are shown. Answers are kept on this device through the same
 * record the onboarding path reads (src/lib/training-progress.ts), so a result survives a reload.
 *
 * Every visible word except the running score is in the HTML; this script only shows and hides parts,
 * ticks radios and sets the score, so the page's Content-Security-Policy needs nothing more.
 */
import { checkKeyOf } from '@/lib/knowledge-checks';
import { checkStatus, withCheckAnswer, withoutCheckAnswers, type CheckAnswer } from '@/lib/training-progress';
import { openTrainingProgress, type TrainingProgressSnapshot } from './training-progress-store';

interface QuestionView {
	id: string;
	correct: string;
	card: HTMLFieldSetElement;
	radios: HTMLInputElement[];
	legend: HTMLElement | null;
	ask: HTMLElement | null;
	checkButton: HTMLButtonElement | null;
	missing: HTMLElement | null;
	feedback: HTMLElement | null;
	verdictRight: HTMLElement | null;
	verdictWrong: HTMLElement | null;
	retry: HTMLElement | null;
}

function questionView(card: HTMLFieldSetElement): QuestionView {
	return {
		id: card.dataset['question'] ?? '',
		correct: card.dataset['correct'] ?? '',
		card,
		radios: [...card.querySelectorAll<HTMLInputElement>('input[type="radio"]')],
		legend: card.querySelector('legend'),
		ask: card.querySelector('.check-ask'),
		checkButton: card.querySelector('[data-action="check"]'),
		missing: card.querySelector('.check-missing'),
		feedback: card.querySelector('.check-feedback'),
		verdictRight: card.querySelector('[data-verdict="right"]'),
		verdictWrong: card.querySelector('[data-verdict="wrong"]'),
		retry: card.querySelector('[data-action="retry"]'),
	};
}

function setHidden(element: HTMLElement | null | undefined, hidden: boolean) {
	if (element) element.hidden = hidden;
}

function showMissing(view: QuestionView, missing: boolean) {
	setHidden(view.missing, !missing);
	if (missing && view.missing) view.checkButton?.setAttribute('aria-describedby', view.missing.id);
	else view.checkButton?.removeAttribute('aria-describedby');
}

/** Shows one question as open, or answered with `chosen`. */
function renderQuestion(view: QuestionView, chosen: string | undefined) {
	const wasAnswered = view.card.dataset['result'] === 'right' || view.card.dataset['result'] === 'wrong';
	const isRight = chosen === view.correct;
	view.card.dataset['result'] = chosen === undefined ? 'open' : isRight ? 'right' : 'wrong';
	for (const radio of view.radios) {
		radio.disabled = chosen !== undefined;
		// A pending choice is the reader's own: only an answer given, or one just taken back, sets the radios.
		if (chosen !== undefined) radio.checked = radio.value === chosen;
		else if (wasAnswered) radio.checked = false;
		setHidden(radio.closest('label')?.querySelector<HTMLElement>('.check-your-answer'), radio.value !== chosen);
	}
	setHidden(view.ask, chosen !== undefined);
	if (chosen !== undefined) showMissing(view, false);
	setHidden(view.feedback, chosen === undefined);
	view.feedback?.classList.toggle('tool-right', chosen !== undefined && isRight);
	view.feedback?.classList.toggle('tool-wrong', chosen !== undefined && !isRight);
	setHidden(view.verdictRight, !isRight);
	setHidden(view.verdictWrong, chosen === undefined || isRight);
	setHidden(view.retry, chosen === undefined || isRight);
}

function statusText(status: ReturnType<typeof checkStatus>): string {
	if (status.passed) return `Passed: all ${status.total} answered right.`;
	const toRetry = status.answered - status.right;
	return `${status.right} of ${status.total} answered right${toRetry > 0 ? `, ${toRetry} to try again` : ''}.`;
}

/** Wires up one `.knowledge-check` section; a section already started is left alone. */
function startKnowledgeCheck(section: HTMLElement) {
	const page = section.dataset['page'];
	if (!page || section.dataset['loaded'] === 'true') return;
	const questions = [...section.querySelectorAll<HTMLFieldSetElement>('fieldset.check-question')].map(questionView);
	const key = checkKeyOf({
		questions: questions.map((view) => ({ id: view.id, correct: view.correct, options: view.radios.map((radio) => ({ id: radio.value })) })),
	});
	const status = section.querySelector<HTMLElement>('.check-status');
	const unreadableNotice = section.querySelector<HTMLElement>('[data-notice="unreadable"]');
	const storageNotice = section.querySelector<HTMLElement>('[data-notice="storage"]');
	const clearArea = section.querySelector<HTMLElement>('.check-clear');
	const clearAsk = section.querySelector<HTMLButtonElement>('[data-action="clear-ask"]');
	const clearConfirm = section.querySelector<HTMLElement>('.check-clear-confirm');
	const clearKeep = section.querySelector<HTMLButtonElement>('[data-action="clear-no"]');

	const setConfirming = (confirming: boolean) => {
		setHidden(clearAsk, confirming);
		setHidden(clearConfirm, !confirming);
	};

	const render = ({ progress, unreadable, storageWorks }: TrainingProgressSnapshot) => {
		const answers: Readonly<Record<string, CheckAnswer>> | undefined = progress.checks[page];
		const summary = checkStatus(key, answers);
		setHidden(unreadableNotice, !unreadable);
		setHidden(storageNotice, storageWorks);
		if (status) {
			status.textContent = statusText(summary);
			status.dataset['passed'] = String(summary.passed);
		}
		for (const view of questions) {
			// An answer whose option was since rewritten away counts as not answered.
			const chosen = answers?.[view.id]?.chosen;
			renderQuestion(view, chosen !== undefined && view.radios.some((radio) => radio.value === chosen) ? chosen : undefined);
		}
		if (clearArea) {
			const nothingToClear = summary.answered === 0;
			if (nothingToClear) setConfirming(false);
			clearArea.hidden = nothingToClear;
		}
	};

	const store = openTrainingProgress(render);
	section.dataset['loaded'] = 'true';

	section.addEventListener('change', (event) => {
		const card = (event.target as Element).closest<HTMLFieldSetElement>('fieldset.check-question');
		const view = questions.find((candidate) => candidate.card === card);
		if (view) showMissing(view, false);
	});

	section.addEventListener('click', (event) => {
		const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
		if (!button) return;
		const view = questions.find((candidate) => candidate.card.contains(button));
		switch (button.dataset['action']) {
			case 'check': {
				if (!view) return;
				const selected = view.radios.find((radio) => radio.checked)?.value;
				if (selected === undefined) {
					showMissing(view, true);
					return;
				}
				store.update((previous) => withCheckAnswer(previous, page, view.id, selected, new Date()));
				// Focus follows the reader's own action: to the verdict after checking.
				(view.verdictRight?.hidden ? view.verdictWrong : view.verdictRight)?.focus();
				return;
			}
			case 'retry': {
				if (!view) return;
				store.update((previous) => withoutCheckAnswers(previous, page, view.id));
				// …and back to the question after "Try again".
				view.legend?.focus();
				return;
			}
			case 'clear-ask':
				setConfirming(true);
				clearKeep?.focus();
				return;
			case 'clear-no':
				setConfirming(false);
				clearAsk?.focus();
				return;
			case 'clear-yes':
				store.update((previous) => withoutCheckAnswers(previous, page));
				questions[0]?.legend?.focus();
				return;
		}
	});
}

/** Wires up every knowledge check in `root`: restores the answers saved on this device and listens for new ones. */
export function startKnowledgeChecks(root: ParentNode) {
	for (const section of root.querySelectorAll<HTMLElement>('.knowledge-check[data-page]')) startKnowledgeCheck(section);
}
