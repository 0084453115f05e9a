import { describe, expect, it } from 'vitest';
import { uncitedProse, unmarkedReasoning, unqualifiedPartlyReadCitations } from './guide-pages';

describe('the uncited-prose rule', () => {
	it('flags a long paragraph with no citation', () => {
		const body = 'Tofersen is given as 100 mg in 15 mL by lumbar puncture, three loading doses and then monthly.\n';
		expect(uncitedProse(body)).toHaveLength(1);
	});

	it('accepts a paragraph that ends with a citation', () => {
		const body = 'Tofersen is given as 100 mg in 15 mL by lumbar puncture, then monthly. <Cite ids="qalsody-uspi" />\n';
		expect(uncitedProse(body)).toEqual([]);
	});

	it('lets short list items rest on a cited lead-in paragraph', () => {
		const body = 'Signs to ask about: <Cite ids="qalsody-uspi" />\n\n- fever\n- stiff neck\n';
		expect(uncitedProse(body)).toEqual([]);
	});

	it('flags a long list item without its own citation even after a cited lead-in', () => {
		const body =
			'Signs: <Cite ids="x" />\n\n- a long statement about how conservative care is given with grades and evidence levels that needs its source\n';
		expect(uncitedProse(body)).toHaveLength(1);
	});

	it('flags a table with no citation in it or in its lead-in', () => {
		const body = 'The schedule:\n\n| Dose | Day |\n|---|---|\n| 1 | 1 |\n';
		expect(uncitedProse(body)).toHaveLength(1);
	});

	it('skips imports, headings and components on their own', () => {
		const body = "import X from './x';\n\n## A heading that is long enough to count as prose if it were prose, which it is not\n\n<ReferenceList />\n";
		expect(uncitedProse(body)).toEqual([]);
	});
});

describe('the reasoning rule', () => {
	const rule = { id: 'pressure', keywords: ['worse lying down'], mustCite: ['label', 'leaflet'] };

	it('flags a symptom list cited to a single source', () => {
		const body = '- Headache worse lying down or on waking. <Cite ids="label" />\n';
		expect(unmarkedReasoning(body, [rule])).toEqual([{ claim: 'pressure', text: '- Headache worse lying down or on waking.' }]);
	});

	it('flags a reasoning marker that leaves out a source the claim draws on', () => {
		const body = '- Headache worse lying down. <Reasoning ids="label guideline" />\n';
		expect(unmarkedReasoning(body, [rule])).toHaveLength(1);
	});

	it('accepts the claim marked as reasoning from all its sources', () => {
		const body = '- Headache worse lying down. <Reasoning ids="label leaflet guideline" />\n';
		expect(unmarkedReasoning(body, [rule])).toEqual([]);
	});

	it('checks each table row on its own', () => {
		const body =
			'Patterns: <Reasoning ids="label leaflet" />\n\n| Pattern | Signs |\n|---|---|\n| Pressure | Worse lying down <Cite ids="label" /> |\n';
		expect(unmarkedReasoning(body, [rule])).toHaveLength(1);
	});

	it('counts a reasoning marker as a citation for the uncited-prose rule', () => {
		const body = 'A long sentence that the guide reasons its way to from more than one source, not any single one. <Reasoning ids="a b" />\n';
		expect(uncitedProse(body)).toEqual([]);
	});
});

describe('the partly-read rule', () => {
	it('flags a statement citing an abstract-only source without saying so', () => {
		const body = 'Rises occurred in 60% and caused no symptoms. <Cite ids="small-cohort" />\n';
		expect(unqualifiedPartlyReadCitations(body, new Set(['small-cohort']))).toHaveLength(1);
	});

	it('accepts it when the sentence says only the abstract was read', () => {
		const body = 'Rises occurred in 60% and caused no symptoms (abstract only). <Cite ids="small-cohort" />\n';
		expect(unqualifiedPartlyReadCitations(body, new Set(['small-cohort']))).toEqual([]);
	});
});
