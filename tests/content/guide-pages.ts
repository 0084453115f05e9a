/**
 * Reads the guide's MDX pages the way a reviewer does: frontmatter, the ids each cites, and the prose
 * blocks (paragraphs, list items, tables) that must carry a citation.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { contentRoot } from '@/lib/content-files';
import { parseCitedIds } from '@/lib/citations';

export interface GuidePage {
	file: string;
	frontmatter: Record<string, unknown>;
	body: string;
	citedIds: string[];
	termIds: string[];
}

const docsRoot = join(contentRoot, 'docs');

function listMdx(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return listMdx(path);
		return /\.mdx?$/.test(entry.name) && !entry.name.startsWith('_') ? [path] : [];
	});
}

export function parseGuidePage(file: string, source: string): GuidePage {
	const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
	if (!match) throw new Error(`${file} has no frontmatter block.`);
	const frontmatter = (parse(match[1] ?? '') ?? {}) as Record<string, unknown>;
	const body = match[2] ?? '';
	const citedIds = [...body.matchAll(/<(?:Cite|Reasoning)\s+ids=["']([^"']*)["']/g)].flatMap((m) =>
		parseCitedIds(m[1] ?? ''),
	);
	const termIds = [...body.matchAll(/<Term\s+id=["']([^"']*)["']/g)].map((m) => m[1] ?? '');
	return { file, frontmatter, body, citedIds, termIds };
}

export function readGuidePages(): GuidePage[] {
	return listMdx(docsRoot).map((path) =>
		parseGuidePage(`content/docs/${relative(docsRoot, path)}`, readFileSync(path, 'utf8')),
	);
}

export interface ProseBlock {
	kind: 'paragraph' | 'list-item' | 'table';
	text: string;
	/** The paragraph just before a list or table (its lead-in), if any. */
	leadIn?: string;
}

/** A citation of either kind: a source that states it, or the guide's reasoning from sources. */
const hasCite = (text: string) => /<(Cite|Reasoning)\s/.test(text);
const plainText = (text: string) => text.replace(/<[^>]+>/g, '').replace(/\{\/\*[\s\S]*?\*\/\}/g, '').trim();

/** Splits an MDX body into prose blocks, skipping imports, headings and component-only lines. */
export function proseBlocks(body: string): ProseBlock[] {
	const blocks: ProseBlock[] = [];
	let previousParagraph: string | undefined;
	for (const raw of body.split(/\n\s*\n/)) {
		const block = raw.trim();
		if (block === '' || block.startsWith('import ') || block.startsWith('#')) {
			previousParagraph = undefined;
			continue;
		}
		if (block.startsWith('|')) {
			blocks.push({ kind: 'table', text: block, ...(previousParagraph ? { leadIn: previousParagraph } : {}) });
			continue;
		}
		const lines = block.split('\n');
		const isList = lines.some((line) => /^\s*([-*]|\d+\.)\s/.test(line));
		if (isList) {
			const items: string[] = [];
			for (const line of lines) {
				if (/^\s*([-*]|\d+\.)\s/.test(line)) items.push(line);
				else if (items.length > 0) items[items.length - 1] += `\n${line}`;
			}
			for (const item of items) {
				blocks.push({ kind: 'list-item', text: item, ...(previousParagraph ? { leadIn: previousParagraph } : {}) });
			}
			continue;
		}
		if (plainText(block) === '') continue; // a component on its own, e.g. <ReferenceList />
		blocks.push({ kind: 'paragraph', text: block });
		previousParagraph = block;
	}
	return blocks;
}

/** Prose that states something and carries no citation of its own or from its lead-in. */
export function uncitedProse(body: string, shortNavigationLimit = 80): ProseBlock[] {
	const blocks = proseBlocks(body);
	return blocks.filter((block) => {
		if (hasCite(block.text)) return false;
		if (block.kind === 'table') {
			return !(block.leadIn && hasCite(block.leadIn));
		}
		if (block.kind === 'list-item') {
			// A short item in a list (a symptom, a checklist word) may rest on the lead-in's citation.
			if (plainText(block.text).length < shortNavigationLimit && block.leadIn && hasCite(block.leadIn)) return false;
			return plainText(block.text).length >= shortNavigationLimit || !(block.leadIn && hasCite(block.leadIn));
		}
		return plainText(block.text).length >= shortNavigationLimit;
	});
}

/** A paragraph, a list item or one row of a table: the unit a citation must support. */
export function citableUnits(body: string): string[] {
	return proseBlocks(body).flatMap((block) =>
		block.kind === 'table'
			? block.text.split('\n').filter((row) => !/^\|[\s|:-]*\|$/.test(row.trim()))
			: [block.text],
	);
}

/** The ids named by each `<Reasoning ids="..." />` in a text. */
export function reasoningMarkers(text: string): string[][] {
	return [...text.matchAll(/<Reasoning\s+ids=["']([^"']*)["']/g)].map((m) => parseCitedIds(m[1] ?? ''));
}

export interface ReasoningRule {
	id: string;
	keywords: readonly string[];
	mustCite: readonly string[];
}

export interface ReasoningViolation {
	claim: string;
	text: string;
}

/** True when the text makes the claim: it contains one of its keywords, in any case. */
export function makesClaim(text: string, rule: ReasoningRule): boolean {
	const lower = plainText(text).toLowerCase();
	return rule.keywords.some((keyword) => lower.includes(keyword.toLowerCase()));
}

/**
 * Units that make a reasoning claim without a `<Reasoning>` marker naming every `mustCite` source: a
 * symptom list assembled by the guide, cited as if one source stated it.
 */
export function unmarkedReasoning(body: string, rules: readonly ReasoningRule[]): ReasoningViolation[] {
	return citableUnits(body).flatMap((text) =>
		rules
			.filter((rule) => makesClaim(text, rule))
			.filter((rule) => !reasoningMarkers(text).some((ids) => rule.mustCite.every((id) => ids.includes(id))))
			.map((rule) => ({ claim: rule.id, text: plainText(text).slice(0, 140) })),
	);
}

/** Words that tell the reader, beside the statement, that only part of a source was read. */
export const partlyReadQualifier =
	/abstract|summary|opening part|first part|not read|known only through|through the (multisociety )?guideline|as reported by/i;

/** Units citing a partly read source (abstract only, an excerpt, via another source) that do not say so. */
export function unqualifiedPartlyReadCitations(body: string, partlyReadIds: ReadonlySet<string>): string[] {
	return citableUnits(body)
		.filter((text) =>
			[...text.matchAll(/<(?:Cite|Reasoning)\s+ids=["']([^"']*)["']/g)]
				.flatMap((m) => parseCitedIds(m[1] ?? ''))
				.some((id) => partlyReadIds.has(id)),
		)
		.filter((text) => !partlyReadQualifier.test(plainText(text)))
		.map((text) => plainText(text).slice(0, 140));
}
