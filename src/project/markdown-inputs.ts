// Turns each Markdown input (a `.md` path) into one input per ```journey fence, whose output stem
// is `<md stem>-<n>`; other inputs pass through. A Markdown file without fences gives none; one
// that is not readable text stays one input (fence 0) so that reading it reports why.
import { decodeSource } from '../source/decode-source.js';
import { MAX_FILE_BYTES } from '../source/limits.js';
import { journeyFences } from './markdown-fences.js';
import { readFileBounded } from './read-bounded.js';
import type { InputFile } from './resolve-inputs.js';

export const isMarkdownPath = (path: string): boolean => /\.md$/i.test(path);

export async function expandMarkdownInputs(inputs: readonly InputFile[]): Promise<InputFile[]> {
  if (!inputs.some((input) => input.absolute !== undefined && isMarkdownPath(input.absolute))) return [...inputs];
  const expanded: InputFile[] = [];
  for (const input of inputs) {
    if (input.absolute === undefined || !isMarkdownPath(input.absolute) || input.refused) {
      expanded.push(input);
      continue;
    }
    const stem = input.outputStem;
    const unread: InputFile = { ...input, markdown: { fence: 0, stem, start: 0, end: 0 } };
    let bytes: Uint8Array;
    try {
      bytes = readFileBounded(input.absolute, MAX_FILE_BYTES);
    } catch {
      expanded.push(unread);
      continue;
    }
    const { source } = decodeSource(input.display, bytes);
    if (!source) {
      expanded.push(unread);
      continue;
    }
    for (const fence of await journeyFences(source.text)) {
      expanded.push({
        ...input,
        outputStem: `${stem}-${fence.index}`,
        markdown: { fence: fence.index, stem, start: fence.start, end: fence.end },
      });
    }
  }
  return expanded;
}
