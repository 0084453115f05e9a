/**
 * The grading scale of the multisociety PDPH guideline (uppal-2023), which uses the US Preventive
 * Services Task Force (USPSTF) grades; wording from ../shared/facts.md §6. Every grade on a page links
 * to a legend built from these definitions.
 */

export const gradeDefinitions = {
	A: 'Offer: high certainty of substantial benefit',
	B: 'Offer: moderate benefit',
	C: 'Offer selectively',
	D: 'Discourage',
	I: 'Evidence insufficient to decide',
} as const;

export const certaintyDefinitions = {
	High: 'High certainty in the evidence',
	Moderate: 'Moderate certainty in the evidence',
	Low: 'Low certainty in the evidence',
} as const;

export type GradeLetter = keyof typeof gradeDefinitions;
export type Certainty = keyof typeof certaintyDefinitions;

/** The anchor of the grade legend on a page. */
export const gradeLegendAnchor = 'grades';

/** Finds a grade written in prose, e.g. "(Grade B; Moderate certainty)", "(B; Low)" or "| C; Low". */
export const gradeInProse = /\b(?:Grade\s+)?[ABCDI];\s*(?:High|Moderate|Low)\b/;

export interface ParsedGrade {
	letter: GradeLetter;
	certainty: Certainty;
}

/** Parses `of="B; Moderate"`; anything else fails the build with the expected form. */
export function parseGrade(of: string, usedOn: string): ParsedGrade {
	const match = /^\s*([ABCDI])\s*;\s*(High|Moderate|Low)\s*$/.exec(of);
	if (!match) {
		throw new Error(
			`Grade "${of}" on ${usedOn} is not a grade of the multisociety guideline. Write <Grade of="B; Moderate" />: ` +
				'a letter A, B, C, D or I, then High, Moderate or Low.',
		);
	}
	return { letter: match[1] as GradeLetter, certainty: match[2] as Certainty };
}

/** One line a reader can take in at a glance: "Grade B: offer: moderate benefit. Moderate certainty in the evidence." */
export function describeGrade({ letter, certainty }: ParsedGrade): string {
	return `Grade ${letter}: ${gradeDefinitions[letter].toLowerCase()}. ${certaintyDefinitions[certainty]}.`;
}
