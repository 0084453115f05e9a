import { describe, expect, it } from 'vitest';
import { uncitedProse } from './guide-pages';

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
