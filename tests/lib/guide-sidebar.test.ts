import { describe, expect, it } from 'vitest';
import {
	buildSidebar,
	pocketCardLinks,
	readSidebarPages,
	type SidebarItem,
	sidebarPageFromFrontmatter,
	slugOfDocsFile,
} from '@/lib/guide-sidebar';
import { sidebarGroups } from '@/lib/sidebar-groups';
import { workflowIds } from '@/machines/registry';
import { walkthroughPagePath } from '@/lib/walkthrough-pages';
import { readGuidePages } from '../content/guide-pages';

/** Slugs and links of a sidebar config, depth first, as a reader meets them. */
function flatten(items: readonly SidebarItem[]): string[] {
	return items.flatMap((item) => {
		if (typeof item === 'string') return [item];
		if ('items' in item) return flatten(item.items);
		return [item.link];
	});
}

describe('the guide sidebar', () => {
	const sidebar = buildSidebar(readSidebarPages(), pocketCardLinks());

	it('lists every page in content/docs/ and every pocket card', () => {
		const slugs = readGuidePages().map((page) => slugOfDocsFile(page.file.replace('content/docs/', '')));
		expect(new Set(flatten(sidebar))).toEqual(new Set([...slugs, ...pocketCardLinks().map((card) => card.link)]));
	});

	it('opens with the walkthrough pages at the bedside (headache, serious event, blood patch), then the groups in order', () => {
		expect(sidebar.map((item) => (typeof item === 'object' && 'items' in item ? item.label : item))).toEqual(
			sidebarGroups.map((group) => group.label),
		);
		const walkthroughPages = workflowIds.map((id) => walkthroughPagePath(id));
		expect(flatten(sidebar).slice(0, walkthroughPages.length).map((slug) => `/${slug}/`)).toEqual(walkthroughPages);
	});

	it('stops a page without a sidebar group, saying how to add it', () => {
		expect(() => sidebarPageFromFrontmatter('content/docs/new.mdx', 'new', { title: 'New' })).toThrow(
			/content\/docs\/new\.mdx is not in the sidebar[\s\S]*group: bedside \| topics \| training \| about/,
		);
		expect(() => sidebarPageFromFrontmatter('content/docs/new.mdx', 'new', { sidebar: { order: 3 } })).toThrow(
			/has no `sidebar.group`/,
		);
	});

	it('stops a page with an unknown group, naming the groups', () => {
		expect(() => sidebarPageFromFrontmatter('content/docs/new.mdx', 'new', { sidebar: { group: 'bedsdie' } })).toThrow(
			'content/docs/new.mdx has `sidebar.group: bedsdie`, which is not a group. Use one of: bedside, topics, training, about.',
		);
	});

	it('orders a group by sidebar.order, then by slug, pages without an order last', () => {
		const page = (slug: string, order?: number) => ({ file: `content/docs/${slug}.mdx`, slug, group: 'topics' as const, order });
		expect(flatten(buildSidebar([page('c'), page('b', 2), page('a'), page('d', 1)], []))).toEqual(['d', 'b', 'a', 'c']);
	});

	it('names folders and index pages as Starlight does', () => {
		expect(slugOfDocsFile('plph.mdx')).toBe('plph');
		expect(slugOfDocsFile('index.mdx')).toBe('index');
		expect(slugOfDocsFile('walkthroughs/index.mdx')).toBe('walkthroughs');
		expect(slugOfDocsFile('walkthroughs/plph.md')).toBe('walkthroughs/plph');
	});
});
