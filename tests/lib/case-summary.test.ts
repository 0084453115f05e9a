// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { plphMachine, plphMachineVersion } from '@/machines/plph';
import { caseSummaryText, clearGuideData, trialCodeProblem } from '@/lib/case-summary';
import { notAskedLabel } from '@/lib/answer-text';
import { newSession, replay, withAnswer, withTick, withTrialCode, type GivenAnswer } from '@/lib/walkthrough-session';
import { preparedWorkflow } from '../components/prepared-workflow';

const workflow = preparedWorkflow('plph');
const start = new Date('2026-11-26T09:00:00Z');
const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
const iso = (text: string) => `<${text}>`;

function summaryOf(events: (string | GivenAnswer)[], extra: (s: ReturnType<typeof newSession>) => ReturnType<typeof newSession> = (s) => s) {
	let session = newSession('plph', plphMachineVersion, start);
	events.forEach((answer, index) => {
		const { event, data } = typeof answer === 'string' ? { event: answer, data: undefined } : answer;
		session = withAnswer(session, event, at(index + 1), false, data);
	});
	session = extra(session);
	const result = replay(plphMachine, session);
	if (!result.ok) throw new Error('bad path');
	return caseSummaryText({ workflow, session, path: result.path, contentVersion: '2026.11.1', formatTime: iso, now: at(60) });
}

describe('the case summary', () => {
	it('lists each answer with its time and step, in order', () => {
		const text = summaryOf(['redFlags.none', 'timing.withinFiveDays']);
		const first = `${iso(at(1).toISOString())} ${workflow.steps['redFlags']!.title} → None of these`;
		const second = `${iso(at(2).toISOString())} ${workflow.steps['timing']!.title} → Yes — within 5 days`;
		expect(text).toContain(first);
		expect(text.indexOf(first)).toBeLessThan(text.indexOf(second));
	});

	it('names every red-flag sign ticked, not only the answer', () => {
		const text = summaryOf([{ event: 'redFlags.ticked', data: { choices: ['fever', 'spinal'] } }]);
		const options = Object.fromEntries(workflow.steps['redFlags']!.select!.options);
		expect(text).toContain(`Hand over with the ticked signs: ${options['fever']}; ${options['spinal']}`);
	});

	it('ends with the outcome: what to do now, who to tell, what to record', () => {
		const text = summaryOf([{ event: 'redFlags.ticked', data: { choices: ['fever', 'spinal'] } }]);
		const outcome = workflow.steps['handover']!;
		expect(text).toContain(`Outcome: ${outcome.title}`);
		expect(text).toContain(`What to do now: ${outcome.doNow}`);
		expect(text).toContain(`Who to tell: ${outcome.tell}`);
		expect(text).toContain(`What to record: ${outcome.record}`);
	});

	it('lists the references of every step on the path', () => {
		const text = summaryOf([{ event: 'redFlags.ticked', data: { choices: ['fever'] } }]);
		for (const citation of workflow.steps['redFlags']!.citations) expect(text).toContain(`[${citation.number}] ${citation.citation}`);
	});

	it('includes ticked checklist items with their time', () => {
		const path = ['redFlags.none', 'timing.withinFiveDays', 'character.postural', 'breathing.comfortableFlat'];
		const item = workflow.steps['conservativeCare']!.items[0]!;
		const text = summaryOf(path, (s) => withTick(s, item.id, true, at(30)));
		expect(text).toContain(`${iso(at(30).toISOString())} ✓ ${workflow.steps['conservativeCare']!.title}: ${item.label}`);
	});

	it('records the steps a link passed over as not asked, never with an answer', () => {
		let session = newSession('plph', plphMachineVersion, start);
		for (const event of ['redFlags.none', 'timing.withinFiveDays']) session = withAnswer(session, event, at(1), true);
		const result = replay(plphMachine, session);
		if (!result.ok) throw new Error('bad path');
		const text = caseSummaryText({ workflow, session, path: result.path, contentVersion: '2026.11.1', formatTime: iso, now: at(60) });
		expect(text).toContain(`${workflow.steps['redFlags']!.title} → ${notAskedLabel}`);
		expect(text).toContain(`${workflow.steps['timing']!.title} → ${notAskedLabel}`);
		expect(text).not.toMatch(/→ (None|No|Yes)/);
	});

	it('names the participant by trial code only, or says none was given', () => {
		expect(summaryOf([])).toContain('Trial code: not given');
		expect(summaryOf([], (s) => withTrialCode(s, 'TOF-0042'))).toContain('Trial code: TOF-0042');
		expect(summaryOf([]).toLowerCase()).not.toContain('name:');
	});
});

describe('the trial code field', () => {
	it.each(['TOF-0042', 'A1', ''])('accepts "%s"', (code) => expect(trialCodeProblem(code)).toBeUndefined());
	it.each(['Jane Smith', 'smith, j', 'a'.repeat(21), '-lead'])('refuses "%s" with a message', (code) => {
		expect(trialCodeProblem(code)).toMatch(/trial code only/);
	});
});

describe('clearing all data on this device', () => {
	it('removes every key the guide saved and nothing else', () => {
		localStorage.clear();
		localStorage.setItem('tofersen-guide:walkthrough:plph', '{}');
		localStorage.setItem('tofersen-guide:training', '{}');
		localStorage.setItem('another-site', 'keep');
		expect(clearGuideData(localStorage)).toBe(2);
		expect(Object.keys(localStorage)).toEqual(['another-site']);
	});
});
