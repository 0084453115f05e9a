/** The guide's data collections, read one way everywhere so numbering and anchors agree. */
import { getCollection } from 'astro:content';

export async function getReferences() {
	return (await getCollection('references')).map((entry) => entry.data);
}

export async function getGlossary() {
	return (await getCollection('glossary')).map((entry) => entry.data);
}
