// Finds the ```journey fences of a Markdown text (CommonMark, through mdast-util-from-markdown,
// loaded lazily: only Markdown inputs pay for it) and gives each as a YAML text of the Markdown's
// own length in which everything but that fence's body is blanked: lines, columns and offsets of
// every diagnostic are then the Markdown file's own, with no mapping back.
import { importModule } from './import-module.js';

/** One ```journey fence. */
export interface JourneyFence {
  /** 1-based, in document order. */
  readonly index: number;
  /** Offsets of the whole fence (opening line to closing fence) in the Markdown text. */
  readonly start: number;
  readonly end: number;
  /** The Markdown text with every character outside this fence's body made a space (line ends kept). */
  readonly text: string;
}

/** The fence's info string names a journey (its first word; the rest is free). */
export const JOURNEY_INFO = 'journey';

interface MdNode {
  readonly type: string;
  readonly lang?: string | null;
  readonly value?: string;
  readonly position?: { start: { line: number; offset?: number }; end: { line: number; offset?: number } };
  readonly children?: readonly MdNode[];
}

function collectFences(node: MdNode, found: MdNode[]): void {
  if (node.type === 'code' && node.lang === JOURNEY_INFO) found.push(node);
  for (const child of node.children ?? []) collectFences(child, found);
}

/**
 * The text with only lines `first..first+body.length-1` (0-based) kept. Each body line keeps its
 * columns: what the fence's container stripped (indentation, `> `) becomes spaces.
 */
export function blankOutside(lines: readonly string[], first: number, body: readonly string[]): string {
  return lines
    .map((raw, i) => {
      const cr = raw.endsWith('\r') ? '\r' : '';
      const line = cr ? raw.slice(0, -1) : raw;
      const kept = body[i - first];
      if (kept === undefined || i < first) return ' '.repeat(line.length) + cr;
      // A body line is its raw line minus a prefix; a tab the container split leaves no such suffix.
      return (line.endsWith(kept) ? ' '.repeat(line.length - kept.length) + kept : kept) + cr;
    })
    .join('\n');
}

export async function journeyFences(markdown: string): Promise<JourneyFence[]> {
  const { fromMarkdown } = (await importModule('mdast-util-from-markdown')) as typeof import('mdast-util-from-markdown');
  const found: MdNode[] = [];
  collectFences(fromMarkdown(markdown) as MdNode, found);
  const lines = markdown.split('\n');
  return found.flatMap((node, i) => {
    const position = node.position;
    if (!position) return [];
    const value = node.value ?? '';
    // Body lines start on the line after the opening fence (lines are 1-based in mdast).
    const bodyLines = position.end.line - position.start.line;
    const body = value === '' && bodyLines <= 1 ? [] : value.split('\n');
    return [
      {
        index: i + 1,
        start: position.start.offset ?? 0,
        end: position.end.offset ?? markdown.length,
        text: blankOutside(lines, position.start.line, body),
      },
    ];
  });
}
