/**
 * The guide's sidebar: the left column on a wide screen and the menu (≡) on a tablet. It is built
 * from the pages' own frontmatter (`sidebar.group`, `sidebar.order`, optional `sidebar.label`), so a
 * new page in content/docs/ cannot be left out: one without a group stops the build with a message
 * saying how to add it. Pages made by src/pages/ (the pocket cards) are listed here in code.
 *
 * Starlight's `autogenerate` cannot be used: it looks for pages under src/content/docs/, and this
 * guide keeps them in the top-level content/docs/ (it found nothing, which left the menu empty).
 *
 * Runs when astro.config.mjs loads, before the content layer, so it reads the files itself; the page
 * schema (src/schemas/page.ts) checks the same fields again during the build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { contentRoot } from './content-files';
import { workflowIds } from '../machines/registry';
import { type SidebarGroupId, sidebarGroupIds, sidebarGroups } from './sidebar-groups';

/** Where one content/docs page goes in the sidebar, from its frontmatter. */
export interface SidebarPage {
	/** e.g. `content/docs/plph.mdx`, for messages. */
	file: string;
	/** Starlight's entry id, which its sidebar `slug` items name: `plph`, `index`, `walkthroughs/plph`. */
	slug: string;
	group: SidebarGroupId;
	/** Position inside the group, lowest first; pages without one come last, by slug. */
	order: number | undefined;
}

/** A link to a page that is not in content/docs/ (Starlight's sidebar `link` item). */
export interface SidebarLink {
	label: string;
	link: string;
}

/**
 * The subset of Starlight's sidebar config this guide writes: a page by its slug (Starlight labels it
 * with the page's `sidebar.label` or title), a link, or a group.
 */
export type SidebarItem = string | SidebarLink | { label: string; items: SidebarItem[] };

const howToAdd = (file: string) =>
	`Add to the frontmatter of ${file}:\n` +
	'sidebar:\n' +
	`  group: ${sidebarGroupIds.join(' | ')}   # ${sidebarGroups.map((group) => `${group.id} = "${group.label}"`).join(', ')}\n` +
	'  order: 12                # its place inside the group, lowest first\n' +
	'(the groups are defined in src/lib/sidebar-groups.ts).';

/** Reads the sidebar fields of one page's frontmatter; throws, saying how to fix it, when they are missing or wrong. */
export function sidebarPageFromFrontmatter(file: string, slug: string, frontmatter: Record<string, unknown>): SidebarPage {
	const sidebar = frontmatter['sidebar'];
	if (typeof sidebar !== 'object' || sidebar === null) {
		throw new Error(`${file} is not in the sidebar: every page must be, so readers can reach it from the menu. ${howToAdd(file)}`);
	}
	const { group, order } = sidebar as Record<string, unknown>;
	if (group === undefined) {
		throw new Error(`${file} has no \`sidebar.group\`, so the sidebar has nowhere to list it. ${howToAdd(file)}`);
	}
	if (!sidebarGroupIds.includes(group as SidebarGroupId)) {
		throw new Error(`${file} has \`sidebar.group: ${String(group)}\`, which is not a group. Use one of: ${sidebarGroupIds.join(', ')}.`);
	}
	if (order !== undefined && typeof order !== 'number') {
		throw new Error(`${file} has \`sidebar.order: ${String(order)}\`; it must be a number (its place inside the group).`);
	}
	return { file, slug, group: group as SidebarGroupId, order };
}

/** Starlight's entry id for a file under content/docs/: the path without extension, `foo/index` → `foo`. */
export function slugOfDocsFile(pathFromDocs: string): string {
	const withoutExtension = pathFromDocs.split(sep).join('/').replace(/\.mdx?$/, '');
	return withoutExtension.endsWith('/index') ? withoutExtension.slice(0, -'/index'.length) : withoutExtension;
}

function listDocsFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return listDocsFiles(path);
		// The same files the docs collection loads (src/content.config.ts): *.md and *.mdx not starting with `_`.
		return /\.mdx?$/.test(entry.name) && !entry.name.startsWith('_') ? [path] : [];
	});
}

function readFrontmatter(file: string, source: string): Record<string, unknown> {
	const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
	if (!match) throw new Error(`${file} has no frontmatter block (--- … ---) at its top.`);
	return (parse(match[1] ?? '') ?? {}) as Record<string, unknown>;
}

/** Every page in content/docs/ with its place in the sidebar. */
export function readSidebarPages(docsRoot = join(contentRoot, 'docs')): SidebarPage[] {
	return listDocsFiles(docsRoot).map((path) => {
		const pathFromDocs = relative(docsRoot, path);
		const file = `content/docs/${pathFromDocs.split(sep).join('/')}`;
		return sidebarPageFromFrontmatter(file, slugOfDocsFile(pathFromDocs), readFrontmatter(file, readFileSync(path, 'utf8')));
	});
}

/** The printable pocket cards (src/pages/pocket-cards/[id].astro makes one per workflow). */
export function pocketCardLinks(): SidebarLink[] {
	return workflowIds.map((id) => {
		const wording = parse(readFileSync(join(contentRoot, 'workflows', `${id}.yaml`), 'utf8')) as { title?: unknown };
		const title = typeof wording.title === 'string' ? wording.title : id;
		// "Card:" tells it apart from the page of the same name in the same menu.
		return { label: `Card: ${title}`, link: `/pocket-cards/${id}/` };
	});
}

const bySidebarOrder = (a: SidebarPage, b: SidebarPage) =>
	(a.order ?? Number.MAX_VALUE) - (b.order ?? Number.MAX_VALUE) || a.slug.localeCompare(b.slug);

/**
 * Starlight's `sidebar` config: one group per sidebar group with its pages in order, the pocket cards
 * at the end of "At the bedside". A group no page names is left out rather than shown empty.
 */
export function buildSidebar(pages: readonly SidebarPage[], pocketCards: readonly SidebarLink[]): SidebarItem[] {
	return sidebarGroups.flatMap((group) => {
		const items: SidebarItem[] = pages
			.filter((page) => page.group === group.id)
			.sort(bySidebarOrder)
			.map((page): SidebarItem => page.slug);
		if (group.id === 'bedside' && pocketCards.length > 0) items.push({ label: 'Pocket cards to print', items: [...pocketCards] });
		return items.length > 0 ? [{ label: group.label, items }] : [];
	});
}

/** The sidebar astro.config.mjs gives Starlight. */
export function guideSidebar(): SidebarItem[] {
	return buildSidebar(readSidebarPages(), pocketCardLinks());
}
