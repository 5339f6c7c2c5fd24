// docs/ci.md: its YAML blocks parse as the workflows they claim to be, and every journeymap
// command in them runs in a fresh `journeymap init` project, in the order a pipeline would run
// them (matrix and parallel parts expanded): a flag that does not exist fails here (exit 2).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT, runCli, tempProject } from '../support/run-cli.js';

const DOC = readFileSync(join(REPO_ROOT, 'docs', 'ci.md'), 'utf8');
const blocks = [...DOC.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((m) => parse(m[1] ?? '') as Record<string, unknown>);

interface GithubStep {
  readonly run?: string;
  readonly uses?: string;
  readonly with?: Record<string, unknown>;
}
interface GithubJob {
  readonly steps: GithubStep[];
  readonly strategy?: { matrix: { shard: number[] } };
}
interface GitlabJob {
  readonly script?: string[];
  readonly parallel?: number;
  readonly cache?: { paths: string[] };
}

const github = blocks.find((b) => 'jobs' in b) as { jobs: Record<string, GithubJob> } | undefined;
const gitlab = blocks.find((b) => 'stages' in b) as Record<string, GitlabJob> | undefined;

/** The journeymap command lines of a list of shell lines, `npx ` dropped, split into arguments. */
const journeymapArgs = (lines: readonly string[]): string[][] =>
  lines
    .flatMap((line) => line.split('\n'))
    .map((line) => line.trim())
    .filter((line) => line.startsWith('npx journeymap '))
    .map((line) => line.replace(/^npx journeymap /, '').split(/\s+/));

/** A project as `journeymap init` makes it, built once as if its outputs were committed. */
function initProject(config?: (text: string) => string): string {
  const dir = tempProject();
  expect(runCli(['init', '.'], { cwd: dir }).status).toBe(0);
  if (config) writeFileSync(join(dir, 'journeymap.config.yaml'), config(readFileSync(join(dir, 'journeymap.config.yaml'), 'utf8')));
  expect(runCli(['build'], { cwd: dir }).status).toBe(0);
  return dir;
}

function runAll(dir: string, commands: readonly string[][]): void {
  for (const args of commands) {
    const r = runCli(args, { cwd: dir });
    expect({ args: args.join(' '), status: r.status, stderr: r.stderr }).toMatchObject({ status: 0 });
  }
}

describe('docs/ci.md', () => {
  it('has a GitHub Actions workflow and a GitLab CI pipeline', () => {
    expect(github).toBeDefined();
    expect(gitlab).toBeDefined();
    expect(Object.keys(github?.jobs ?? {})).toEqual(['check', 'build', 'publish']);
    expect(gitlab?.stages).toEqual(['check', 'build', 'publish']);
  });

  it('GitHub Actions: every journeymap command runs; the cache path is where the build writes its cache', () => {
    const jobs = github?.jobs ?? {};
    const dir = initProject();
    const check = journeymapArgs((jobs.check?.steps ?? []).flatMap((s) => (s.run ? [s.run] : [])));
    expect(check.map((a) => a.join(' '))).toEqual(['lint --reporter github', 'build --check --reporter github']);
    runAll(dir, check);
    const shards = jobs.build?.strategy?.matrix.shard ?? [];
    expect(shards).toEqual([1, 2, 3, 4]);
    const build = journeymapArgs((jobs.build?.steps ?? []).flatMap((s) => (s.run ? [s.run] : [])));
    expect(build.length).toBe(1);
    for (const k of shards) {
      const args = build[0]?.join(' ').replace('${{ matrix.shard }}', String(k)).split(' ') ?? [];
      const r = runCli(args, { cwd: dir });
      expect({ args: args.join(' '), status: r.status, stderr: r.stderr }).toMatchObject({ status: 0 });
    }
    // The union of the four parts: the site (part 1) and every map.
    expect(existsSync(join(dir, 'out', 'index.html'))).toBe(true);
    expect(existsSync(join(dir, 'out', 'maps', 'first.svg'))).toBe(true);
    const cache = jobs.build?.steps.find((s) => s.uses?.startsWith('actions/cache@'));
    const paths = String(cache?.with?.path ?? '')
      .trim()
      .split('\n');
    expect(paths).toEqual(['node_modules/.cache/journeymap', 'out']);
    expect(existsSync(join(dir, 'node_modules', '.cache', 'journeymap'))).toBe(true);
    // The cache step comes after npm ci, which would empty node_modules/.
    const order = (jobs.build?.steps ?? []).map((s) => s.run ?? s.uses ?? '');
    expect(order.indexOf('npm ci')).toBeLessThan(order.findIndex((s) => s.startsWith('actions/cache@')));
  });

  it('GitHub Actions: the check job annotates a broken journey and fails', () => {
    const dir = initProject();
    const file = join(dir, 'maps', 'first.journey.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('state: current', 'state: someday'));
    const [lint] = journeymapArgs((github?.jobs.check?.steps ?? []).flatMap((s) => (s.run ? [s.run] : [])));
    const r = runCli(lint ?? [], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^::error file=maps\/first\.journey\.yaml,line=\d+,col=\d+/m);
  });

  it('GitLab CI: every journeymap command runs with the cacheDir the page asks for', () => {
    expect(DOC).toContain('add `cacheDir: .journeymap-cache` to `journeymap.config.yaml`');
    const dir = initProject((text) => `${text}cacheDir: .journeymap-cache\n`);
    const jobs = gitlab ?? {};
    runAll(dir, journeymapArgs(jobs.check?.script ?? []));
    const parallel = jobs.build?.parallel ?? 0;
    expect(parallel).toBe(4);
    const [build] = journeymapArgs(jobs.build?.script ?? []);
    expect(build?.join(' ')).toBe('build --site --shard $CI_NODE_INDEX/$CI_NODE_TOTAL');
    for (let k = 1; k <= parallel; k++) {
      runAll(dir, [(build ?? []).map((a) => a.replace('$CI_NODE_INDEX', String(k)).replace('$CI_NODE_TOTAL', String(parallel)))]);
    }
    expect(existsSync(join(dir, 'out', 'index.html'))).toBe(true);
    expect(jobs.build?.cache?.paths).toEqual(['.journeymap-cache/', 'out/']);
    expect(existsSync(join(dir, '.journeymap-cache'))).toBe(true);
    expect(existsSync(join(dir, 'node_modules', '.cache', 'journeymap'))).toBe(false);
  });
});
