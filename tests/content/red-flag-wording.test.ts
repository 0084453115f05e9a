/**
 * The wording of the red-flag screens, the serious-event patterns and first actions, and the Build 5
 * answers of issue #10: it labels exactly what the machines offer, and says what the sources say.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { firstActionIds } from '@/machines/first-actions';
import { workflowIds, workflows } from '@/machines/registry';
import type { StepMeta } from '@/machines/workflow-types';
import { contentRoot, readReferenceIds, readYamlList } from '@/lib/content-files';
import { fillPhrases } from '@/lib/phrases';
import { stateIdsOf } from '@/lib/step-paths';
import { phraseSchema } from '@/schemas/phrase';
import { workflowWordingSchema } from '@/schemas/workflow-wording';

const schema = workflowWordingSchema(readReferenceIds());
const readWording = (id: string) => schema.parse(parse(readFileSync(`${contentRoot}workflows/${id}.yaml`, 'utf8')));
const plph = readWording('plph');
const seriousEvent = readWording('serious-event');
const bloodPatch = readWording('blood-patch');

describe.each(workflowIds)('multi-select wording of the %s workflow', (id) => {
	const { machine } = workflows[id];
	const wording = readWording(id);

	it.each(stateIdsOf(machine))('labels exactly the options the machine offers at %s, or none', (stateId) => {
		const select = (machine.root.states[stateId]!.meta as StepMeta).select;
		expect(Object.keys(wording.steps[stateId]?.select?.options ?? {}).sort()).toEqual([...(select?.options ?? [])].sort());
	});

	it.each(stateIdsOf(machine))('gives %s checklist items for every id its machine can list there', (stateId) => {
		const fromContext = (machine.root.states[stateId]!.meta as StepMeta).itemsFromContext;
		if (!fromContext) return;
		expect(fromContext).toBe('firstActions');
		expect((wording.steps[stateId]?.items ?? []).map((item) => item.id)).toEqual(firstActionIds);
	});
});

describe('the symptom lists', () => {
	it.each([
		['plph redFlags', plph.steps['redFlags']!],
		['plph reassessRedFlags', plph.steps['reassessRedFlags']!],
		['blood-patch redFlags', bloodPatch.steps['redFlags']!],
		['blood-patch followUpRedFlags', bloodPatch.steps['followUpRedFlags']!],
		['serious-event patterns', seriousEvent.steps['patterns']!],
	])('are shown as the guide’s reasoning from the label, the EU leaflet and the guideline (%s)', (_id, step) => {
		// The marker renders "the guide's reasoning from [n, n, n]" under the step (content/reasoning-claims.yaml).
		expect(step.reasoningFrom).toEqual(expect.arrayContaining(['qalsody-uspi', 'qalsody-eu-smpc', 'uppal-2023']));
		expect(step.refs).toEqual(expect.arrayContaining(['qalsody-uspi', 'qalsody-eu-smpc', 'uppal-2023']));
	});

	it('are the same on the headache and blood-patch screens, so a sign means one thing everywhere', () => {
		expect(bloodPatch.steps['redFlags']?.select?.options).toEqual(plph.steps['redFlags']?.select?.options);
		expect(bloodPatch.redFlagExit?.answers).toEqual(plph.redFlagExit?.answers);
	});
});

describe('first actions wording', () => {
	const step = seriousEvent.steps['firstActions']!;
	const text = [step.guidance, ...(step.items ?? []).map((item) => item.label)].join('\n');

	it('names no antibiotic, antiviral or dose', () => {
		expect(text).not.toMatch(/\b(ceftriaxone|cefotaxime|vancomycin|ampicillin|amoxicillin|penicillin|meropenem|acyclovir|aciclovir|dexamethasone)\b/i);
		expect(text).not.toMatch(/\d\s*(mg|g|mL)\b/);
	});

	it('cites the meningitis guidelines for imaging before the puncture and for treatment not delayed', () => {
		const cites = (id: string) => step.items?.find((item) => item.id === id)?.refs ?? [];
		expect(cites('brain-imaging')).toEqual(expect.arrayContaining(['idsa-meningitis-2004', 'escmid-meningitis-2016']));
		expect(cites('blood-cultures-empiric-treatment')).toEqual(expect.arrayContaining(['idsa-meningitis-2004', 'escmid-meningitis-2016']));
	});
});

describe('answers that fit the risky moments (issue #10, Build 5)', () => {
	it('defines neck stiffness one way: without fever it fits PLPH, with fever it is a red flag', () => {
		expect(plph.steps['redFlags']?.guidance).toMatch(/stiff neck \*\*without\*\* fever is common in PLPH/);
		expect(plph.steps['character']?.guidance).toMatch(/Neck stiffness \*\*without fever\*\*/);
		for (const stateId of ['nonPostural', 'nonPosturalRecheck']) {
			expect(plph.steps[stateId]?.guidance, stateId).toMatch(/\*\*Signs of meningitis\*\* .*: fever, a stiff neck with fever, or confusion or drowsiness\./);
			expect(plph.steps[stateId]?.guidance, stateId).toMatch(/stiff neck without fever is a usual PLPH feature/);
		}
	});

	it('lists brain imaging as something the clinician may consider for a non-postural headache (C; Low)', () => {
		expect(plph.steps['nonPosturalCare']?.items?.map((item) => item.label)).toContain('Brain imaging considered by the clinician (C; Low)');
	});

	it('makes the respiratory review an item on the breathing route', () => {
		expect(plph.steps['tolerablePosition']?.items?.map((item) => item.id)).toContain('respiratory-review');
	});

	it('no longer lets "pressure in the back or legs is expected" cover radicular pain', () => {
		const injection = bloodPatch.steps['injection']!;
		expect(injection.guidance).toMatch(/radicular pain into a leg is not pressure/);
		// The no-resume rule is the guide's own caution, and says so: the guideline's rule is to resume if it settles.
		expect(injection.guidance).toMatch(/its own caution, stricter than the guideline/);
		expect(injection.answers['injection.radicularPain']).toMatch(/radicular/);
	});

	it('shows "most start within 48 h" as the source document’s claim', () => {
		expect(plph.steps['timing']?.guidance).toMatch(/The source document says most start within 48 h/);
	});

	it('words the caffeine limit as the guideline does, through the one wording of content/phrases.yaml', () => {
		const caffeine = plph.steps['conservativeCare']?.items?.find((item) => item.id === 'caffeine')?.label ?? '';
		expect(caffeine).toContain('{{caffeine-limit}}');
		const phrases = readYamlList('phrases.yaml').map((entry) => phraseSchema(readReferenceIds()).parse(entry));
		expect(fillPhrases(caffeine, phrases, 'content/workflows/plph.yaml')).toMatch(
			/up to 900 mg a day, avoiding caffeine from several sources at once/,
		);
	});
});
