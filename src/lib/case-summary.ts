/**
 * The case summary of a walkthrough as plain text: what was answered and when, what was ticked, where
 * the path ended (what to do, who to tell, what to record) and the references. It names the
 * participant by the optional trial code only; there is no place for a name.
 */
import { answerText, notAskedLabel, startedAtText } from './answer-text';
import { isStartEvent } from '@/machines/start-points';
import type { PreparedWorkflow } from './walkthrough-content';
import { trialCodePattern, type PathStep, type WalkthroughSession } from './walkthrough-session';

export interface SummaryContext {
	workflow: PreparedWorkflow;
	session: WalkthroughSession;
	path: PathStep[];
	contentVersion: string;
	/** Formats an ISO time for the reader (their locale and time zone). */
	formatTime: (iso: string) => string;
	now: Date;
}

export function trialCodeProblem(code: string): string | undefined {
	if (code === '' || trialCodePattern.test(code)) return undefined;
	return 'Use the trial code only: letters, digits and dashes, up to 20 characters, no spaces. Never a name.';
}

export function caseSummaryText({ workflow, session, path, contentVersion, formatTime, now }: SummaryContext): string {
	const lines: string[] = [];
	lines.push(`Case summary: ${workflow.title}`);
	lines.push(`Trial code: ${session.trialCode ?? 'not given'}`);
	lines.push(`Started: ${formatTime(session.startedAt)} · Summary made: ${formatTime(now.toISOString())}`);
	lines.push(`Content version: ${contentVersion}`);
	if (session.reportedAt) lines.push(`Reported at: ${formatTime(session.reportedAt)} (time entered; deadlines count from it)`);
	if (session.handedOverFrom) {
		const patterns = session.input?.suspectedPatterns ?? [];
		lines.push(
			`Handed over from: ${session.handedOverFrom}${patterns.length > 0 ? ` (suspected patterns: ${patterns.join(', ')})` : ''}`,
		);
	}
	lines.push('', 'Answers:');
	if (path.every((step) => !step.answer)) lines.push('  none yet');
	path.forEach((step, index) => {
		const title = workflow.steps[step.stateId]?.title ?? step.stateId;
		const ticks = Object.entries(session.ticks[String(index)] ?? {});
		for (const [itemId, at] of ticks) {
			const label = workflow.steps[step.stateId]?.items.find((item) => item.id === itemId)?.label ?? itemId;
			lines.push(`  ${formatTime(at)} ✓ ${title}: ${label}`);
		}
		if (step.answer && isStartEvent(step.answer.event)) lines.push(`  ${formatTime(step.answer.at)} ${startedAtText(workflow, step.stateId, step.answer)}`);
		else if (step.answer?.fromLink) lines.push(`  ${title} → ${notAskedLabel}`);
		else if (step.answer) lines.push(`  ${formatTime(step.answer.at)} ${title} → ${answerText(workflow, step.stateId, step.answer)}`);
	});
	const last = path.at(-1);
	const ended = last?.snapshot.status === 'done';
	const step = last ? workflow.steps[last.stateId] : undefined;
	lines.push('', `${ended ? 'Outcome' : 'Current step'}: ${step?.title ?? last?.stateId ?? ''}`);
	if (step?.doNow) lines.push(`  What to do now: ${step.doNow}`);
	if (step?.tell) lines.push(`  Who to tell: ${step.tell}`);
	if (step?.record) lines.push(`  What to record: ${step.record}`);
	const references = new Map(
		path.flatMap((visited) => workflow.steps[visited.stateId]?.citations ?? []).map((citation) => [citation.number, citation]),
	);
	lines.push('', 'References:');
	for (const citation of [...references.values()].sort((a, b) => a.number - b.number)) {
		lines.push(`  [${citation.number}] ${citation.citation}`);
	}
	lines.push(
		'',
		'A record aid from the Tofersen LP complications guide, not a medical record; it does not replace the study protocol, the prescribing information or clinical judgment.',
	);
	return lines.join('\n');
}

/** Removes everything the guide saved on this device (walkthroughs, training progress, settings). */
export function clearGuideData(storage: Storage): number {
	const keys = Array.from({ length: storage.length }, (_, index) => storage.key(index)).filter(
		(key): key is string => key?.startsWith('tofersen-guide:') ?? false,
	);
	for (const key of keys) storage.removeItem(key);
	return keys.length;
}
