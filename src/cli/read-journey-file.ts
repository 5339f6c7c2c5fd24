// What show and diff read: one journey from a file or standard input, and of a Markdown file (or
// standard input standing in for one) its first ```journey fence, compiled at the Markdown file's
// own lines and columns as build compiles every fence. A Markdown text without a fence is a usage error.
import type { InputFile } from '../project/resolve-inputs.js';
import type { CliIo } from './io.js';
import { type ReadInput, readInput } from './read-input.js';
import { UsageError } from './usage-error.js';

export const isMarkdownFile = (path: string): boolean => /\.md$/i.test(path);

export async function readJourneyFile(input: InputFile, io: Pick<CliIo, 'readStdin'>, markdown: boolean): Promise<ReadInput> {
  const read = await readInput(input, io);
  if (!markdown || !read.source) return read;
  const { journeyFences } = await import('../project/markdown-fences.js');
  const [first] = await journeyFences(read.source.text);
  if (!first) throw new UsageError(`${input.display} has no \`\`\`journey fence: nothing to read as a journey`);
  return { source: { path: read.source.path, text: first.text }, shown: read.source, diagnostics: read.diagnostics };
}
