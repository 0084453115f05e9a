/**
 * The sidebar's groups, in the order a nurse looks for them: the walkthroughs at the bedside first.
 * Each page names one in its frontmatter (`sidebar.group`); src/lib/guide-sidebar.ts builds the sidebar.
 */
export const sidebarGroups = [
	{ id: 'bedside', label: 'At the bedside' },
	{ id: 'topics', label: 'Topics' },
	{ id: 'training', label: 'Training and onboarding' },
	{ id: 'about', label: 'References and about' },
] as const;

export type SidebarGroupId = (typeof sidebarGroups)[number]['id'];
export const sidebarGroupIds = sidebarGroups.map((group) => group.id) as [SidebarGroupId, ...SidebarGroupId[]];
