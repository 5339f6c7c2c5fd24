// docs/site.md's CI examples: the GitHub Actions workflow and the GitLab CI job parse, publish the
// folder they build, and their build command works on a real project (through the built CLI).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT, runCli, tempProject } from '../support/run-cli.js';
import { SITE_PROJECT } from '../support/site-project.js';

const doc = readFileSync(join(REPO_ROOT, 'docs', 'site.md'), 'utf8');
const yamlBlocks = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => parse(m[1]!) as Record<string, unknown>);

interface Step {
  readonly uses?: string;
  readonly run?: string;
  readonly with?: Record<string, unknown>;
}

describe('docs/site.md', () => {
  const github = yamlBlocks.find((b) => 'jobs' in b) as {
    permissions: Record<string, string>;
    jobs: Record<string, { steps: Step[]; needs?: string }>;
  };
  const gitlab = yamlBlocks.find((b) => 'pages' in b) as { pages: { script: string[]; artifacts: { paths: string[] } } };

  it('has a GitHub Pages workflow that builds the site into the folder it uploads, then deploys it', () => {
    expect(github.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
    const steps = github.jobs.build!.steps;
    const build = steps.find((s) => s.run?.includes('journeymap build'));
    expect(build?.run).toBe('npx journeymap build --site -f html,svg -o public');
    expect(steps.find((s) => s.uses === 'actions/upload-pages-artifact@v3')?.with).toEqual({ path: 'public' });
    expect(github.jobs.deploy!.needs).toBe('build');
    expect(github.jobs.deploy!.steps.map((s) => s.uses)).toEqual(['actions/deploy-pages@v4']);
  });

  it('has a GitLab Pages job that builds the site into public/', () => {
    expect(gitlab.pages.script.at(-1)).toBe('npx journeymap build --site -f html,svg -o public');
    expect(gitlab.pages.artifacts.paths).toEqual(['public']);
  });

  it('documents a config that works, and a command that builds the site', () => {
    const config = yamlBlocks.find((b) => 'staleAfterDays' in b);
    expect(config).toEqual({ site: true, staleAfterDays: 120 });
    const dir = tempProject(SITE_PROJECT);
    const args = (github.jobs.build!.steps.find((s) => s.run?.includes('journeymap build'))?.run ?? '').split(' ').slice(2);
    const result = runCli(args, { cwd: dir });
    expect(result.status).toBe(0);
    expect(existsSync(join(dir, 'public', 'index.html')) && existsSync(join(dir, 'public', 'maps', 'overview.svg'))).toBe(true);
  });
});
