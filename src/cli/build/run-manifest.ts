// After a writing build: records every journey of the run (all shards' journeys, from the plan, so
// each shard writes the same manifest) with the outputs it may write in <out>/.journeymap-manifest.json,
// and with --clean deletes the listed outputs of journeys that no longer exist, naming each one.
import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { updateManifest } from '../../project/output-manifest.js';
import { outputPath } from '../../project/output-paths.js';
import { say, wordsFor } from '../../words/say.js';
import type { BuildFlags } from '../commands/flags.js';
import { shownPath } from '../shown-path.js';
import { markdownOutputPaths } from './markdown-outputs.js';
import type { BuildPlan } from './plan-build.js';

/** Updates the manifest (and cleans); a message when it cannot be written. */
export function updateRunManifest(plan: BuildPlan, flags: BuildFlags): string | undefined {
  const { outDir, session } = plan;
  const current: Record<string, string[]> = {};
  for (const input of plan.allInputs) {
    if (input.absolute === undefined) continue;
    const outputs = plan.context.renderers.map((r) =>
      relative(outDir, outputPath(outDir, input, r.extension, flags.persona))
        .split(sep)
        .join('/'),
    );
    // The fences of one Markdown file share its path: its entry lists every fence's outputs.
    current[input.display] = [...(current[input.display] ?? []), ...outputs];
  }
  // And the rewritten Markdown (markdown-outputs.ts), under the Markdown file's own entry.
  for (const { path, input } of markdownOutputPaths(outDir, plan.allInputs, flags.persona)) {
    current[input.display]?.push(relative(outDir, path).split(sep).join('/'));
  }
  // A run that wrote nothing into a folder without a manifest leaves it as it was (a broken
  // journey's build writes nothing at all).
  const manifest = join(outDir, '.journeymap-manifest.json');
  if (!existsSync(manifest) && !Object.values(current).some((files) => files.some((file) => existsSync(join(outDir, file))))) {
    return undefined;
  }
  try {
    const { deleted } = updateManifest({ outDir, root: session.root, current, clean: flags.clean === true });
    if (!flags.quiet) {
      for (const file of deleted)
        session.io.writeErr(`${say(wordsFor(), 'cli.cleaned', { path: shownPath(session.io.cwd, `${outDir}${sep}${file}`) })}\n`);
    }
    return undefined;
  } catch (error) {
    const err = error as NodeJS.ErrnoException;
    return `cannot update ${shownPath(session.io.cwd, `${outDir}${sep}.journeymap-manifest.json`)}: ${err.code ?? err.message}`;
  }
}
