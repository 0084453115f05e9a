/**
 * Turns the ids a page or a workflow step cites into numbered, linkable citations.
 * A reference's number is its position in content/references.yaml, so "[12]" means the same source on
 * every page, in every walkthrough and on the printed reference list.
 */

export interface CitableReference {
	id: string;
	citation: string;
	url: string;
	/** How the fact check read it (content/references.yaml); partly read sources are flagged in citations. */
	readStatus?: string;
}

/**
 * What a citation says beside a source read only in part, as the About page promises; undefined for a
 * source read in full (or whose reading the fact check did not record).
 */
export const partlyReadLabels: Readonly<Record<string, string>> = {
	partial: 'only part of the text was read',
	'abstract-only': 'abstract only',
	summary: 'read as a summary only',
	'via-another-source': 'known only through another source',
};

/** A numbered link as the islands show it, with the partly-read flag when there is one. */
export interface CitationLinkData {
	number: number;
	href: string;
	citation: string;
	/** e.g. "abstract only", shown beside the citation in "Why / sources" panels. */
	readAs?: string;
}

export function toCitationLink({ number, href, reference }: ResolvedCitation): CitationLinkData {
	const readAs = reference.readStatus ? partlyReadLabels[reference.readStatus] : undefined;
	return { number, href, citation: reference.citation, ...(readAs ? { readAs } : {}) };
}

export interface ResolvedCitation<R extends CitableReference = CitableReference> {
	number: number;
	reference: R;
	/** Link to the entry on the reference page. */
	href: string;
}

export const referencesPagePath = '/references/';

/** Where the About page explains what "the guide's reasoning from [2, 3]" means. */
export const reasoningExplainedHref = '/about/#the-guides-own-reasoning';

export function referenceAnchor(id: string): string {
	return `ref-${id}`;
}

/** Splits the `ids` attribute of `<Cite ids="a b" />` (spaces or commas) into ids. */
export function parseCitedIds(ids: string): string[] {
	return ids
		.split(/[\s,]+/)
		.map((id) => id.trim())
		.filter((id) => id.length > 0);
}

/**
 * Resolves cited ids against the reference list, in the order given. Throws a message naming every
 * unknown id and the place that cited it, so a typo fails the build instead of shipping a dead link.
 */
export function resolveCitations<R extends CitableReference>(
	ids: readonly string[],
	references: readonly R[],
	citedFrom: string,
): ResolvedCitation<R>[] {
	if (ids.length === 0) {
		throw new Error(`A citation on ${citedFrom} names no reference id. Write <Cite ids="some-id" />.`);
	}
	const numberById = new Map(references.map((reference, index) => [reference.id, index + 1]));
	const unknown = ids.filter((id) => !numberById.has(id));
	if (unknown.length > 0) {
		const list = unknown.map((id) => `"${id}"`).join(', ');
		throw new Error(
			`Unknown reference id ${list} cited on ${citedFrom}. ` +
				'Add it to content/references.yaml or fix the spelling.',
		);
	}
	const unique = [...new Set(ids)];
	return unique.map((id) => {
		const number = numberById.get(id) as number;
		return {
			number,
			reference: references[number - 1] as R,
			href: `${referencesPagePath}#${referenceAnchor(id)}`,
		};
	});
}
