/**
 * `npm run bench -- --baseline <commit>`: the walkthrough pages of an earlier commit, measured the same
 * way in the same run, for a before/after table in the report. The commit's files are exported with
 * `git archive` into bench/tmp/baseline/ and built there with this checkout's packages (node_modules is
 * linked, not installed again); the report says when the commit's package-lock.json differs, since the
 * "before" is then built with newer packages than it had.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdir, rm, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { PageResult } from './report.ts';

export interface BaselineBuild {
	/** The short commit id the ref named. */
	commit: string;
	/** Whether the commit's package-lock.json is this checkout's. */
	sameLockfile: boolean;
	/** The exported sources, with node_modules linked. */
	sourceDir: string;
}

/** The commit a ref names, or a message saying how to give one. */
export function resolveCommit(root: string, ref: string): string {
	try {
		return execFileSync('git', ['rev-parse', '--short', '--verify', `${ref}^{commit}`], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
	} catch {
		throw new Error(`--baseline "${ref}" is not a commit of this repository: give a commit id, a tag or a branch (git log --oneline lists them).`);
	}
}

function gitShow(root: string, spec: string): string | undefined {
	try {
		return execFileSync('git', ['show', spec], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
	} catch {
		return undefined;
	}
}

/** Exports `commit`'s tracked files into `sourceDir` (emptied first) and links this checkout's node_modules there. */
export async function exportCommit(root: string, commit: string, sourceDir: string): Promise<BaselineBuild> {
	await rm(sourceDir, { recursive: true, force: true });
	await mkdir(sourceDir, { recursive: true });
	await new Promise<void>((resolve, reject) => {
		const archive = spawn('git', ['archive', '--format=tar', commit], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
		const untar = spawn('tar', ['-x', '-C', sourceDir], { stdio: ['pipe', 'inherit', 'inherit'] });
		archive.stdout.pipe(untar.stdin);
		archive.once('error', reject);
		untar.once('error', reject);
		untar.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`Exporting ${commit} failed (tar exit ${code}).`))));
	});
	await symlink(join(root, 'node_modules'), join(sourceDir, 'node_modules'), 'dir');
	const sameLockfile = gitShow(root, `${commit}:package-lock.json`) === gitShow(root, 'HEAD:package-lock.json');
	return { commit, sameLockfile, sourceDir };
}

/** The workflow a walkthrough page walks through, from its island's `data-workflow`; undefined on other pages. */
export function workflowOfPage(html: string): string | undefined {
	return /\bdata-workflow="([\w-]+)"/.exec(html)?.[1];
}

export interface BeforeAfter {
	workflow: string;
	before: PageResult | undefined;
	after: PageResult | undefined;
}

/**
 * The walkthrough pages of both builds, paired by workflow (a walkthrough may have moved to another page
 * between the two commits), in the order of the current build, then any the baseline alone had.
 */
export function pairByWorkflow(before: readonly PageResult[], after: readonly PageResult[]): BeforeAfter[] {
	const workflows = [...new Set([...after, ...before].flatMap((page) => (page.workflow ? [page.workflow] : [])))];
	return workflows.map((workflow) => ({
		workflow,
		before: before.find((page) => page.workflow === workflow),
		after: after.find((page) => page.workflow === workflow),
	}));
}
