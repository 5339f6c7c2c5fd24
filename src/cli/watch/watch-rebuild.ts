// --watch's incremental builds: plans once, then builds only the journeys a burst of changes
// touches (rebuild-scope.ts), planning again when journeys or folders come and go or a file no
// journey read (config, theme, plugin) changed. Remembers what each journey read from its build
// (BuildOutcome.reads, the inputs compile.ts recorded), the one source of watch dependencies.
import { existsSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { outputPath } from '../../project/output-paths.js';
import { toRootRelative } from '../../project/root-paths.js';
import { type BuildOutcome, executeBuild } from '../build/execute-build.js';
import { type BuildPlan, planBuild } from '../build/plan-build.js';
import type { BuildFlags } from '../commands/flags.js';
import type { CliIo } from '../io.js';
import { rebuildScope } from './rebuild-scope.js';
import type { TreeEvent } from './watch-tree.js';

export interface Rebuilder {
  /**
   * The plan of the next build: every journey at first (changes undefined), then only those the
   * changes touch (possibly none); undefined when the config file has errors (reported).
   */
  plan(changes: readonly TreeEvent[] | undefined): Promise<BuildPlan | undefined>;
  /** Builds a plan from plan() and remembers what each journey read. */
  execute(plan: BuildPlan): Promise<BuildOutcome>;
  /** The existing outputs of the current journeys, `/`-separated, relative to the output folder. */
  listedOutputs(): string[];
  /** Whether the last plan() added or dropped journeys, so the preview index changed. */
  journeysChanged(): boolean;
}

export function createRebuilder(paths: readonly string[], flags: BuildFlags, io: CliIo, jobs: number | undefined): Rebuilder {
  let current: BuildPlan | undefined;
  let changedSet = false;
  // Journey (root-relative) → the files it read, itself included.
  const reads = new Map<string, readonly string[]>();

  const replan = async (): Promise<{ plan?: BuildPlan; added: Set<string> }> => {
    const fresh = await planBuild(paths, flags, io);
    current = fresh;
    if (!fresh) return { added: new Set() };
    const names = new Set(fresh.inputs.map((i) => i.display));
    const added = new Set([...names].filter((name) => !reads.has(name)));
    const dropped = [...reads.keys()].filter((name) => !names.has(name));
    for (const name of dropped) reads.delete(name);
    for (const name of added) reads.set(name, [name]);
    changedSet = added.size > 0 || dropped.length > 0;
    return { plan: fresh, added };
  };

  return {
    async plan(changes) {
      changedSet = false;
      if (!current || changes === undefined) return (await replan()).plan;
      const root = current.session.root;
      const scope = rebuildScope(
        changes.map((c) => ({ kind: c.kind, path: toRootRelative(root, c.path) })),
        reads,
      );
      let added = new Set<string>();
      if (scope.replan) {
        const result = await replan();
        if (!result.plan) return undefined;
        added = result.added;
      }
      const plan = current;
      if (!plan || scope.all) return plan;
      return { ...plan, inputs: plan.inputs.filter((i) => scope.journeys.has(i.display) || added.has(i.display)) };
    },

    async execute(plan) {
      const outcome = await executeBuild(plan, flags, jobs);
      for (const [journey, files] of outcome.reads) reads.set(journey, files.includes(journey) ? files : [journey, ...files]);
      return outcome;
    },

    listedOutputs() {
      if (!current) return [];
      const { outDir, inputs, context } = current;
      return inputs
        .flatMap((input) => context.renderers.map((r) => outputPath(outDir, input, r.extension, flags.persona)))
        .filter((path) => existsSync(path))
        .map((path) => relative(outDir, path).split(sep).join('/'))
        .sort();
    },

    journeysChanged: () => changedSet,
  };
}
