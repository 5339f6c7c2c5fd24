// The rewritten Markdown of a Markdown input: `<out>/<md stem>[.<persona>].md`, the file's text
// with each ```journey fence that built replaced by an image link to its SVG (relative to the
// rewritten file); a fence with errors, or skipped by --persona, stays as written.
import { dirname, join, relative, sep } from 'node:path';
import { journeyFences } from '../../project/markdown-fences.js';
import { readFileBounded } from '../../project/read-bounded.js';
import type { InputFile } from '../../project/resolve-inputs.js';
import { decodeSource } from '../../source/decode-source.js';
import { MAX_FILE_BYTES } from '../../source/limits.js';
import { type EmitResult, emitOutputs, type OutputRun, type PlannedOutput } from './emit-outputs.js';

/** A fence whose SVG this run wrote (or found unchanged in the cache). */
export interface BuiltFence {
  readonly input: InputFile;
  /** Absolute path of its SVG. */
  readonly svg: string;
}

export function markdownOutputPath(outDir: string, stem: string, persona: string | undefined): string {
  return join(outDir, `${persona === undefined ? stem : `${stem}.${persona}`}.md`);
}

/** Every rewritten Markdown a run may write, one per Markdown file among the inputs. */
export function markdownOutputPaths(
  outDir: string,
  inputs: readonly InputFile[],
  persona: string | undefined,
): { path: string; input: InputFile }[] {
  const seen = new Map<string, InputFile>();
  for (const input of inputs)
    if (input.markdown && input.markdown.fence > 0 && !seen.has(input.markdown.stem)) seen.set(input.markdown.stem, input);
  return [...seen].map(([stem, input]) => ({ path: markdownOutputPath(outDir, stem, persona), input }));
}

/** Markdown's image syntax: brackets and backslashes in the alt text escaped; a target with spaces in <>. */
export function imageLink(alt: string, target: string): string {
  const text = alt.replace(/[\\[\]]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
  const href = /[\s()<>]/.test(target) ? `<${target.replace(/[<>]/g, (c) => encodeURIComponent(c))}>` : target;
  return `![${text}](${href})`;
}

/** The Markdown text with each built fence (by its offsets) replaced by `link(fence)`. */
export function replaceFences(text: string, fences: readonly { start: number; end: number; link: string }[]): string {
  let out = '';
  let at = 0;
  for (const fence of [...fences].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, fence.start) + fence.link;
    at = fence.end;
  }
  return out + text.slice(at);
}

/** The `title:` a fence's YAML gives (the image's alt text), else `journey <n>`. */
function fenceTitle(parse: (text: string) => unknown, text: string, index: number): string {
  try {
    const title = (parse(text) as { title?: unknown } | null)?.title;
    if (typeof title === 'string' && title.trim() !== '') return title.trim();
  } catch {
    // A fence that does not parse never built: no link is made for it.
  }
  return `journey ${index}`;
}

/**
 * The rewritten Markdown files, read again from disk: one per Markdown file among the inputs of
 * which at least one fence built. Fences outside `built` stay as written.
 */
export async function markdownOutputs(
  outDir: string,
  inputs: readonly InputFile[],
  built: readonly BuiltFence[],
  persona: string | undefined,
): Promise<PlannedOutput[]> {
  const outputs: PlannedOutput[] = [];
  // Loaded only for Markdown inputs: a run without them (or one the cache answers) never loads a YAML parser.
  const { parse } = await import('yaml');
  for (const { path, input } of markdownOutputPaths(outDir, inputs, persona)) {
    // A Markdown file none of whose fences built writes nothing, as a journey with errors does.
    const own = built.filter((fence) => fence.input.markdown?.stem === input.markdown?.stem);
    if (input.absolute === undefined || own.length === 0) continue;
    let text: string;
    try {
      const read = decodeSource(input.display, readFileBounded(input.absolute, MAX_FILE_BYTES)).source;
      if (!read) continue;
      text = read.text;
    } catch {
      continue;
    }
    const fences = await journeyFences(text);
    const links = own.flatMap(({ input: fenceInput, svg }) => {
      const fence = fences[(fenceInput.markdown?.fence ?? 0) - 1];
      if (!fence) return [];
      const link = imageLink(fenceTitle(parse, fence.text, fence.index), relative(dirname(path), svg).split(sep).join('/'));
      return [{ start: fence.start, end: fence.end, link }];
    });
    outputs.push({ path, artifact: { format: 'markdown', extension: 'md', bytes: new TextEncoder().encode(replaceFences(text, links)) } });
  }
  return outputs;
}

/** Writes (or, with --check, compares) the rewritten Markdown of every Markdown input of a run. */
export async function emitMarkdownOutputs(
  outDir: string,
  inputs: readonly InputFile[],
  built: readonly BuiltFence[],
  options: { readonly persona?: string; readonly check: boolean; readonly cwd: string; readonly run: OutputRun },
): Promise<EmitResult & { readonly count: number }> {
  if (!inputs.some((input) => input.markdown)) return { written: [], stale: [], failures: [], count: 0 };
  const planned = await markdownOutputs(outDir, inputs, built, options.persona);
  return { ...emitOutputs(planned, options.check, options.cwd, options.run), count: planned.length };
}
