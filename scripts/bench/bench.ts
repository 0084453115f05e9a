/**
 * `npm run bench [-- --check] [-- --runs N] [-- --taps N] [-- --lighthouse all|heaviest] [-- --baseline <commit>]`:
 * builds the site, serves it, and measures every page the build emits (pages.ts): weight, Lighthouse
 * scores (on every page, or with `--lighthouse heaviest` on the heaviest page of each kind) and, on
 * walkthrough pages, tap latency. With --baseline, also builds an earlier commit and measures its
 * walkthrough pages the same way, for a before/after table (baseline.ts). Writes bench/report.md and
 * bench/report.json and prints the table. With --check, exits 1 when a budget (budgets.ts) breaks on any
 * page.
 *
 * It builds into bench/tmp/ (not dist/), so it never overwrites a build someone else is testing.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildWithSourceMaps, originsFromSourceMaps } from './attribution-build.ts';
import { checkBudgets, verdict } from './budgets.ts';
import { chromiumPath } from '../lib/chromium.ts';
import { type LighthouseResult, lighthouseCategories, runLighthouse } from './lighthouse-scores.ts';
import { builtPages, heaviestOfEachKind, type MeasuredPage } from './pages.ts';
import { exportCommit, resolveCommit, workflowOfPage } from './baseline.ts';
import { type OriginsOf, type PageWeight, weighPage } from './page-weight.ts';
import { startPreview } from './preview-server.ts';
import { type BenchReport, busyWarning, type PageResult, pagesTable, precacheLine, renderMarkdown } from './report.ts';
import { precache, siteSize } from './site-size.ts';
import { measureTapLatency, median } from './tap-latency.ts';
import { addTapCounts } from './tap-counts.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const benchDir = join(root, 'bench');
const siteDir = join(benchDir, 'tmp', 'dist');
const sourceMapSiteDir = join(benchDir, 'tmp', 'dist-sourcemaps');
const lighthouseDir = join(benchDir, 'tmp', 'lighthouse');
const baselineDir = join(benchDir, 'tmp', 'baseline');

function positiveInteger(value: string | undefined, name: string, fallback: number): number {
	if (value === undefined) return fallback;
	const number = Number(value);
	if (!Number.isInteger(number) || number < 1) {
		console.error(`--${name} takes a whole number of 1 or more; got "${value}".`);
		process.exit(2);
	}
	return number;
}

/** Runs `npm run build` in `cwd` into the benchmark's own folder and returns how long it took, in seconds. */
function timedBuild(outDir: string, cwd = root): Promise<number> {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn('npm', ['run', 'build', '--', '--outDir', outDir], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => {
			output += chunk.toString();
		});
		child.stderr.on('data', (chunk: Buffer) => {
			output += chunk.toString();
		});
		child.once('error', reject);
		child.once('exit', (code) => {
			if (code === 0) resolve((performance.now() - started) / 1000);
			else reject(new Error(`npm run build failed (exit ${code}):\n${output}`));
		});
	});
}

function commandOutput(command: string, args: string[]): string | undefined {
	try {
		return execFileSync(command, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
	} catch {
		return undefined;
	}
}

/** The host's 1-minute load average, sampled before each measurement: a busy machine inflates TBT and tap times. */
const loadSamples: number[] = [];
const sampleLoad = (): number => {
	const load = Number((loadavg()[0] ?? 0).toFixed(2));
	loadSamples.push(load);
	return load;
};

async function environment(): Promise<BenchReport['environment']> {
	const lighthousePackage = JSON.parse(await readFile(join(root, 'node_modules', 'lighthouse', 'package.json'), 'utf8')) as { version: string };
	const commit = commandOutput('git', ['rev-parse', '--short', 'HEAD']) ?? 'unknown';
	const dirty = (commandOutput('git', ['status', '--porcelain']) ?? '') !== '';
	return {
		node: process.version,
		lighthouse: lighthousePackage.version,
		chromium: commandOutput(chromiumPath(), ['--version'])?.split('\n').at(-1) ?? 'Chromium (version unknown)',
		cpus: cpus().length,
		maxLoadAverage: Math.max(0, ...loadSamples),
		loadAverageAtStart: loadSamples[0] ?? 0,
		loadAverageAtEnd: loadSamples.at(-1) ?? 0,
		commit: dirty ? `${commit} with uncommitted changes` : commit,
	};
}

function medianLighthouse(runs: LighthouseResult[]): NonNullable<PageResult['lighthouse']> {
	const scores = Object.fromEntries(
		lighthouseCategories.map((category) => [category, median(runs.map((run) => run.scores[category]))]),
	) as LighthouseResult['scores'];
	const metric = (name: keyof LighthouseResult['metrics']) => median(runs.map((run) => run.metrics[name]));
	return {
		runs: runs.length,
		scores,
		metrics: { fcp: metric('fcp'), lcp: metric('lcp'), tbt: metric('tbt'), cls: metric('cls'), speedIndex: metric('speedIndex') },
		failedAudits: [...new Set(runs.flatMap((run) => run.failedAudits))],
	};
}

type WeighedPage = MeasuredPage & { workflow?: string; weight: PageWeight };

/** Each page's weight, and the workflow of each walkthrough page. */
function weighPages(dir: string, pages: readonly MeasuredPage[], originsOf: OriginsOf): Promise<WeighedPage[]> {
	return Promise.all(
		pages.map(async (page) => {
			const workflow = page.kind === 'walkthrough' ? workflowOfPage(await readFile(join(dir, page.path, 'index.html'), 'utf8')) : undefined;
			return { ...page, ...(workflow ? { workflow } : {}), weight: await weighPage(dir, page.path, originsOf) };
		}),
	);
}

/** Serves `dir` and measures each page: Lighthouse where asked, tap latency on walkthrough pages. */
async function measurePages(
	dir: string,
	weighed: readonly WeighedPage[],
	{
		lighthousePages,
		lighthouseRuns,
		taps,
		reportPrefix = '',
	}: { lighthousePages: ReadonlySet<string>; lighthouseRuns: number; taps: number; reportPrefix?: string },
): Promise<PageResult[]> {
	const server = await startPreview(dir);
	const pages: PageResult[] = [];
	try {
		for (const page of weighed) {
			const url = `${server.origin}${page.path}`;
			const loadAverages: number[] = [];
			let lighthouse: PageResult['lighthouse'];
			if (lighthousePages.has(page.path)) {
				const runs: LighthouseResult[] = [];
				for (let run = 1; run <= lighthouseRuns; run++) {
					console.log(`Lighthouse ${reportPrefix}${page.path} (run ${run} of ${lighthouseRuns})…`);
					loadAverages.push(sampleLoad());
					const name = `${reportPrefix}${page.path.replaceAll('/', '-').replace(/^-|-$/g, '') || 'home'}-${run}`;
					runs.push(await runLighthouse(url, lighthouseDir, name));
				}
				lighthouse = medianLighthouse(runs);
			}
			let tap: PageResult['tap'];
			if (page.kind === 'walkthrough') {
				console.log(`Tap latency ${reportPrefix}${page.path} (${taps} taps, 4x CPU slowdown)…`);
				loadAverages.push(sampleLoad());
				tap = await measureTapLatency(url, taps);
			}
			pages.push({
				path: page.path,
				kind: page.kind,
				...(page.workflow ? { workflow: page.workflow } : {}),
				weight: page.weight,
				...(lighthouse ? { lighthouse } : {}),
				...(tap ? { tap } : {}),
				loadAverages,
			});
		}
	} finally {
		await server.stop();
	}
	return pages;
}

async function main(): Promise<void> {
	const { values } = parseArgs({
		options: {
			check: { type: 'boolean', default: false },
			runs: { type: 'string' },
			taps: { type: 'string' },
			lighthouse: { type: 'string', default: 'all' },
			baseline: { type: 'string' },
		},
	});
	if (values.lighthouse !== 'all' && values.lighthouse !== 'heaviest') {
		console.error(`--lighthouse takes "all" (every page) or "heaviest" (the heaviest page of each kind); got "${values.lighthouse}".`);
		process.exit(2);
	}
	const lighthouseRuns = positiveInteger(values.runs, 'runs', 3);
	const taps = positiveInteger(values.taps, 'taps', 20);
	let baselineCommit: string | undefined;
	if (values.baseline !== undefined) {
		try {
			baselineCommit = resolveCommit(root, values.baseline);
		} catch (error) {
			console.error(error instanceof Error ? error.message : error);
			process.exit(2);
		}
	}

	// The load average before anything of ours runs: what the machine was doing when the benchmark began.
	sampleLoad();
	await rm(siteDir, { recursive: true, force: true });
	await rm(sourceMapSiteDir, { recursive: true, force: true });
	await rm(lighthouseDir, { recursive: true, force: true });

	console.log('Building the site (npm run build)…');
	const buildSeconds = await timedBuild(siteDir);
	console.log(`Built in ${buildSeconds.toFixed(1)} s. Building again with source maps, to split JavaScript by origin…`);
	await buildWithSourceMaps(sourceMapSiteDir);
	const originsOf = await originsFromSourceMaps(sourceMapSiteDir);

	const measuredPages = await builtPages(siteDir);
	const weighed = await weighPages(siteDir, measuredPages, originsOf);
	const unknown = weighed.flatMap(({ weight }) =>
		weight.js.files.filter((file) => file.attribution === 'none' && file.origins.other > 0).map((file) => file.path),
	);
	for (const path of new Set(unknown)) console.warn(`No source map for ${path}, and its name says nothing: counted as "other".`);
	const lighthousePages = new Set((values.lighthouse === 'all' ? weighed : heaviestOfEachKind(weighed)).map((page) => page.path));
	console.log(`${weighed.length} pages; Lighthouse on ${lighthousePages.size} of them, ${lighthouseRuns} runs each, one after another.`);

	const pages = await measurePages(siteDir, weighed, { lighthousePages, lighthouseRuns, taps });
	let baseline: BenchReport['baseline'];
	if (values.baseline !== undefined && baselineCommit !== undefined) {
		console.log(`Baseline: exporting ${baselineCommit} (${values.baseline}) and building it…`);
		const build = await exportCommit(root, baselineCommit, join(baselineDir, 'src'));
		const baselineSite = join(baselineDir, 'dist');
		await timedBuild(baselineSite, build.sourceDir);
		await buildWithSourceMaps(join(baselineDir, 'dist-sourcemaps'), build.sourceDir);
		const baselinePages = (await builtPages(baselineSite)).filter((page) => page.kind === 'walkthrough');
		const baselineWeighed = await weighPages(baselineSite, baselinePages, await originsFromSourceMaps(join(baselineDir, 'dist-sourcemaps')));
		// Lighthouse on the "before" of each page Lighthouse ran on in this build, so that each row compares like with like.
		const comparedWorkflows = new Set(weighed.filter((page) => lighthousePages.has(page.path)).map((page) => page.workflow));
		const baselineLighthouse = new Set(baselineWeighed.filter((page) => comparedWorkflows.has(page.workflow)).map((page) => page.path));
		baseline = {
			ref: values.baseline,
			commit: baselineCommit,
			sameLockfile: build.sameLockfile,
			pages: await measurePages(baselineSite, baselineWeighed, { lighthousePages: baselineLighthouse, lighthouseRuns, taps, reportPrefix: 'baseline-' }),
		};
	}
	sampleLoad();

	const report: BenchReport = {
		generatedAt: new Date().toISOString(),
		environment: await environment(),
		build: { seconds: Number(buildSeconds.toFixed(2)), site: await siteSize(siteDir), precache: await precache(siteDir) },
		pages,
		budgets: checkBudgets(pages),
		...(baseline ? { baseline } : {}),
	};
	await mkdir(benchDir, { recursive: true });
	await writeFile(join(benchDir, 'report.md'), renderMarkdown(report));
	await writeFile(join(benchDir, 'report.json'), `${JSON.stringify(report, null, '\t')}\n`);
	await addTapCounts(siteDir, benchDir);

	console.log(`\n${pagesTable(report)}\n`);
	console.log(`Build ${report.build.seconds.toFixed(1)} s · site ${(report.build.site.bytes / 1000).toFixed(1)} kB · precache: ${precacheLine(report.build.precache)}`);
	console.log('Written: bench/report.md, bench/report.json');
	const busy = busyWarning(report.environment);
	if (busy) console.warn(busy);

	const { breaches, exitCode } = verdict(report.budgets);
	if (breaches.length === 0) console.log('All budgets hold.');
	else {
		console.log(`\n${breaches.length} budget(s) broken:`);
		for (const breach of breaches) console.log(`  ${breach.page}: ${breach.budget}: ${breach.actual} (limit ${breach.limit})`);
	}
	if (values.check) process.exit(exitCode);
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
});
