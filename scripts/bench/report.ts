/** The benchmark's result, and how it is written as Markdown (bench/report.md) and JSON (bench/report.json). */
import { type BudgetResult, kB } from './budgets.ts';
import { jsOrigins } from './js-origin.ts';
import type { LighthouseCategory, LighthouseResult } from './lighthouse-scores.ts';
import type { PageKind } from './pages.ts';
import type { Bytes, PageWeight } from './page-weight.ts';
import type { Precache, SiteSize } from './site-size.ts';
import type { TapLatency } from './tap-latency.ts';
import { pairByWorkflow } from './baseline.ts';

export interface PageResult {
	path: string;
	kind: PageKind;
	/** The workflow a walkthrough page walks through (its island's `data-workflow`). */
	workflow?: string;
	weight: PageWeight;
	/** Absent when Lighthouse was not run on this page (`--lighthouse heaviest`). */
	lighthouse?: {
		runs: number;
		/** Median score per category over the runs. */
		scores: Record<LighthouseCategory, number>;
		/** Median of each metric over the runs. */
		metrics: LighthouseResult['metrics'];
		failedAudits: string[];
	};
	tap?: TapLatency;
	/** The host's 1-minute load average before each of this page's measurements, in order. */
	loadAverages: number[];
}

export interface BenchReport {
	generatedAt: string;
	environment: {
		node: string;
		lighthouse: string;
		chromium: string;
		cpus: number;
		/** Highest 1-minute load average seen before a measurement. */
		maxLoadAverage: number;
		/** 1-minute load average when the benchmark started, and when it ended. */
		loadAverageAtStart: number;
		loadAverageAtEnd: number;
		commit: string;
	};
	build: { seconds: number; site: SiteSize; precache: Precache };
	pages: PageResult[];
	budgets: BudgetResult[];
	/** `--baseline <ref>`: the walkthrough pages of an earlier commit, measured in the same run. */
	baseline?: {
		ref: string;
		commit: string;
		/** False when the commit's package-lock.json differs: it was built with this checkout's packages. */
		sameLockfile: boolean;
		pages: PageResult[];
	};
}

const size = (bytes: number) => (bytes / kB).toFixed(1);
const rawGzip = (bytes: Bytes) => `${size(bytes.raw)} / ${size(bytes.gzip)}`;

/** A Markdown table; columns whose every cell is a number (or a dash) are right-aligned. */
function table(header: string[], rows: string[][]): string {
	const numeric = (cell: string) => /^(?:[\d.]+(?: \/ [\d.]+)?(?: \([\d.]+ to frame\))?|–)$/.test(cell);
	const align = header.map((_, index) => (rows.length > 0 && rows.every((row) => numeric(row[index] ?? '')) ? '---:' : '---'));
	return [header, align, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/**
 * The highest 1-minute load average at which a run counts as taken on a quiet machine: about 1.5 on 2 CPUs.
 * Lighthouse's simulated throttling multiplies the CPU time it observes, so other work inflates TBT.
 */
export const quietLoadPerCpu = 0.75;

/** A warning when other work shared the machine: Lighthouse's TBT (hence performance) and tap times run high then. */
export function busyWarning(environment: BenchReport['environment']): string | undefined {
	if (environment.maxLoadAverage <= environment.cpus * quietLoadPerCpu) return undefined;
	return `The machine was busy (1-minute load average up to ${environment.maxLoadAverage} on ${environment.cpus} CPUs): Lighthouse performance and tap times run worse under load. Rerun on an idle machine before acting on them.`;
}

export function precacheLine(precache: Precache): string {
	if (!precache.serviceWorker) return 'no service worker yet';
	const missing = precache.missing.length > 0 ? `; ${precache.missing.length} listed URLs are not in the build: ${precache.missing.join(', ')}` : '';
	return `${size(precache.bytes)} kB in ${precache.entries} entries${missing}`;
}

/** The main table: one row per page. */
export function pagesTable(report: BenchReport): string {
	return table(
		['Page', 'HTML kB', 'CSS kB', 'JS kB', 'of which deferred', 'JS framework kB', 'JS other kB', 'JS own kB', 'Kind', 'Perf', 'TBT ms', 'A11y', 'BP', 'SEO', 'Tap → step ms'],
		report.pages.map((page) => [
			`\`${page.path}\``,
			rawGzip(page.weight.html),
			rawGzip(page.weight.css),
			rawGzip(page.weight.js),
			rawGzip(page.weight.deferredJs),
			rawGzip(page.weight.framework),
			rawGzip(page.weight.other),
			rawGzip(page.weight.own),
			page.kind,
			...(page.lighthouse
				? [
						String(page.lighthouse.scores.performance),
						String(page.lighthouse.metrics.tbt),
						String(page.lighthouse.scores.accessibility),
						String(page.lighthouse.scores['best-practices']),
						String(page.lighthouse.scores.seo),
					]
				: ['–', '–', '–', '–', '–']),
			page.tap ? `${page.tap.medianToStepMs} (${page.tap.medianToFrameMs} to frame)` : '–',
		]),
	);
}

const change = (before: string | undefined, after: string | undefined) => `${before ?? '–'} → ${after ?? '–'}`;

/** Before and after, per walkthrough: the baseline commit's page against this build's. */
export function beforeAfterSection(report: BenchReport): string {
	const baseline = report.baseline;
	if (!baseline) return '';
	const rows = pairByWorkflow(baseline.pages, report.pages.filter((page) => page.kind === 'walkthrough')).map(({ workflow, before, after }) => [
		workflow,
		change(before && `\`${before.path}\``, after && `\`${after.path}\``),
		change(before && size(before.weight.js.gzip), after && size(after.weight.js.gzip)),
		change(before && size(before.weight.own.gzip), after && size(after.weight.own.gzip)),
		change(before?.lighthouse && String(before.lighthouse.scores.performance), after?.lighthouse && String(after.lighthouse.scores.performance)),
		change(before?.lighthouse && String(before.lighthouse.metrics.tbt), after?.lighthouse && String(after.lighthouse.metrics.tbt)),
		change(before?.tap && String(before.tap.medianToStepMs), after?.tap && String(after.tap.medianToStepMs)),
	]);
	const packages = baseline.sameLockfile
		? 'with the same package-lock.json'
		: 'with this checkout\'s packages (its package-lock.json differs, so its "before" uses newer packages than it had)';
	return `
## Walkthrough pages before and after

Before: commit ${baseline.commit} (\`--baseline ${baseline.ref}\`), built ${packages} and measured in the same
run, the same way. Paired by workflow: a walkthrough may have moved to another page. "–" where a
measurement was not taken (Lighthouse runs only where it ran on this build's page).

${table(['Workflow', 'Page', 'JS gzip kB', 'of which own', 'Perf', 'TBT ms', 'Tap → step ms'], rows)}
`;
}

export function renderMarkdown(report: BenchReport): string {
	const islandName = (url: string) => url.slice(url.lastIndexOf('/') + 1).replace(/\.[\w-]+\.js$/, '');
	const origins = table(
		['Page', ...jsOrigins, 'Islands (client:)'],
		report.pages.map((page) => [
			`\`${page.path}\``,
			...jsOrigins.map((origin) => size(page.weight.origins[origin].gzip)),
			page.weight.islands.map((island) => `${islandName(island.component)} (${island.client})`).join(', ') || 'none',
		]),
	);
	const measured = report.pages.filter((page) => page.lighthouse);
	const notMeasured = report.pages.filter((page) => !page.lighthouse).map((page) => `\`${page.path}\``);
	const metrics = table(
		['Page', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS', 'Speed Index ms', 'Runs', 'Load average', 'Audits not passed'],
		measured.map((page) => {
			const lighthouse = page.lighthouse as NonNullable<PageResult['lighthouse']>;
			return [
				`\`${page.path}\``,
				String(lighthouse.metrics.fcp),
				String(lighthouse.metrics.lcp),
				String(lighthouse.metrics.tbt),
				String(lighthouse.metrics.cls),
				String(lighthouse.metrics.speedIndex),
				String(lighthouse.runs),
				page.loadAverages.join(', ') || '–',
				lighthouse.failedAudits.join(', ') || 'none',
			];
		}),
	);
	const budgetTable = table(
		['Page', 'Budget', 'Limit', 'Actual', ''],
		report.budgets.map((result) => [`\`${result.page}\``, result.budget, result.limit, result.actual, result.ok ? 'ok' : '**over**']),
	);
	const taps = report.pages.filter((page) => page.tap);
	const env = report.environment;
	return `# Benchmark

${report.generatedAt} · commit ${env.commit} · Node ${env.node} · Lighthouse ${env.lighthouse} · ${env.chromium} · ${env.cpus} CPUs, 1-minute load average ${env.loadAverageAtStart} at the start, ${env.loadAverageAtEnd} at the end, up to ${env.maxLoadAverage} before a measurement
${busyWarning(env) ? `\n> **${busyWarning(env)}**\n` : ''}
Sizes are raw / gzip in kB (1 kB = 1000 bytes). JS is what a page loads before it can be used: its module
scripts, its islands' component and renderer modules, and their static imports; "deferred" is the part
only a \`client:visible\` island loads, when it scrolls into view. Not counted: code loaded with \`import()\`
(a panel when it is opened, or in an idle moment after the page is ready) and the service worker's
precache of the whole site, which also starts only after load and an idle moment. Framework = React, React DOM,
XState, Astro and Starlight/Pagefind; other = any other package (e.g. zod); own = src/. Lighthouse: mobile
emulation, simulated throttling, median of ${measured[0]?.lighthouse?.runs ?? 0} runs per page, pages one after another, served gzipped
by \`astro preview\`${notMeasured.length > 0 ? ` (not run on ${notMeasured.join(', ')}: \`--lighthouse heaviest\` ran it on the heaviest page of each kind)` : ''}. Tap → step:
median of ${taps[0]?.tap?.taps ?? 0} taps on the first answer, from the click to the new step (and to the next
frame), Chromium at 4x CPU slowdown.

${pagesTable(report)}
${beforeAfterSection(report)}
- Build: ${report.build.seconds.toFixed(1)} s (\`npm run build\`)
- Whole site: ${size(report.build.site.bytes)} kB in ${report.build.site.files} files
- Offline precache: ${precacheLine(report.build.precache)}

## JavaScript by origin (gzip kB)

${origins}

## Lighthouse metrics

The load average column is the host's 1-minute load average before each run on that page: above about
1.5 on these 2 CPUs, TBT and the performance score are inflated by other work.

${metrics}

## Tap → next step

${
	taps.length === 0
		? 'No walkthrough page measured.'
		: table(
				['Page', 'From step', 'Answer', 'Median to step ms', 'Median to frame ms', 'Fastest ms', 'Slowest ms'],
				taps.map((page) => {
					const tap = page.tap as TapLatency;
					return [
						`\`${page.path}\``,
						tap.from,
						tap.answer,
						String(tap.medianToStepMs),
						String(tap.medianToFrameMs),
						String(Math.min(...tap.toStepMs)),
						String(Math.max(...tap.toStepMs)),
					];
				}),
			)
}

## Budgets

${budgetTable}
`;
}
