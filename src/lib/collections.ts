/** The guide's data collections, read one way everywhere so numbering and anchors agree. */
import { getCollection } from 'astro:content';
import { readReferenceIds } from './content-files';

/**
 * References in the order of content/references.yaml: a reference's number is its position there,
 * and the content layer returns entries in its own order, so sort by the file's.
 */
export async function getReferences() {
	const position = new Map(readReferenceIds().map((id, index) => [id, index]));
	return (await getCollection('references'))
		.map((entry) => entry.data)
		.sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
}

export async function getGlossary() {
	return (await getCollection('glossary')).map((entry) => entry.data);
}

export async function getPhrases() {
	return (await getCollection('phrases')).map((entry) => entry.data);
}
