/**
 * Reads the guide's YAML data files straight from disk. The build's content layer validates them
 * too; this reader exists for what must be known before the content layer runs (the list of valid
 * reference ids for the page schema) and for the content-rule tests.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

/** The content folder; the build, the dev server and the tests all run from the project root. */
export const contentRoot = `${resolve('content')}/`;

export function readYamlList(fileName: string): unknown[] {
	const parsed: unknown = parse(readFileSync(contentRoot + fileName, 'utf8'));
	if (!Array.isArray(parsed)) {
		throw new Error(`content/${fileName} must be a YAML list (each entry starting with "- id: ...").`);
	}
	return parsed;
}

/** Ids of content/references.yaml, in file order; at least one, as the page schema's enum needs. */
export function readReferenceIds(): [string, ...string[]] {
	const ids = readYamlList('references.yaml').map((entry, index) => {
		const id = (entry as { id?: unknown }).id;
		if (typeof id !== 'string') {
			throw new Error(`content/references.yaml entry ${index + 1} has no \`id\`.`);
		}
		return id;
	});
	const [first, ...rest] = ids;
	if (first === undefined) throw new Error('content/references.yaml lists no references.');
	return [first, ...rest];
}
