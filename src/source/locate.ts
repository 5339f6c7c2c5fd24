// Maps a data path (as zod reports it) to the YAML node it came from, and that node to a Span.
// The value node by default; the key node on request (unknown keys) or when the value is empty.
import { type Document, isAlias, isMap, isPair, isScalar, isSeq, type LineCounter, type Node, type ParsedNode } from 'yaml';
import type { Span } from '../diagnostics/diagnostic.js';
import { spanOf } from './span.js';

export type DataPath = readonly (string | number)[];

export type Range = readonly [number, number];

const rangeOf = (node: Node | null | undefined): Range | undefined => (node?.range ? [node.range[0], node.range[1]] : undefined);

/** Follows aliases so paths walk through `*anchor` into the anchored node. */
export function resolve(doc: Document, node: unknown): unknown {
  return isAlias(node) ? node.resolve(doc) : node;
}

/**
 * The name a scalar key gets in the plain data, as yaml's toJS names it: a null key (`~:` or
 * `: x`) becomes "". Paths (zod's, ours) and duplicate-key checks name keys this way.
 */
export const dataKey = (value: unknown): string => (value === null ? '' : String(value));

const keyMatches = (key: unknown, segment: string | number): boolean => isScalar(key) && dataKey(key.value) === String(segment);

/** First line of a mapping: where a frame points when a key inside it is missing. */
function firstLine(text: string, range: Range): Range {
  const newline = text.indexOf('\n', range[0]);
  let lineEnd = newline === -1 || newline > range[1] ? range[1] : newline;
  while (lineEnd > range[0] && /\s/.test(text[lineEnd - 1] ?? '')) lineEnd--;
  return [range[0], lineEnd > range[0] ? lineEnd : range[1]];
}

/** The offsets a path points at; falls back to the deepest node that exists. */
export function locateRange(doc: Document.Parsed<ParsedNode>, text: string, path: DataPath, which: 'key' | 'value' = 'value'): Range {
  let node: unknown = doc.contents;
  let keyNode: Node | undefined;
  for (const segment of path) {
    const current = resolve(doc, node);
    if (isMap(current)) {
      const pair = current.items.find((p) => isPair(p) && keyMatches(p.key, segment));
      if (!pair) {
        // A missing key: point at the key that holds this mapping, else at its first line.
        const holder = rangeOf(keyNode);
        return holder ?? firstLine(text, rangeOf(current) ?? [0, 0]);
      }
      keyNode = pair.key as Node;
      node = pair.value;
    } else if (isSeq(current) && typeof segment === 'number' && segment < current.items.length) {
      keyNode = undefined;
      node = current.items[segment];
    } else {
      break; // the path goes deeper than the document: the deepest node is the best we have
    }
  }
  return nodeRange(text, node, keyNode, which);
}

/** What locate reports for a node reached (as the value of `keyNode`, if any) at the end of a path. */
export function nodeRange(text: string, node: unknown, keyNode: Node | undefined, which: 'key' | 'value' = 'value'): Range {
  const valueRange = rangeOf(node as Node | null);
  const keyRange = rangeOf(keyNode);
  if (which === 'key' && keyRange) return keyRange;
  if (!valueRange || valueRange[1] <= valueRange[0]) return keyRange ?? valueRange ?? [0, 0];
  if (isMap(node) || isSeq(node)) return firstLineUnlessFlow(text, node, valueRange);
  return valueRange;
}

/** The node (aliases followed) a path leads to, or undefined when the document has no such path. */
export function nodeAt(doc: Document.Parsed<ParsedNode>, path: DataPath): unknown {
  let node: unknown = doc.contents;
  for (const segment of path) {
    const current = resolve(doc, node);
    if (isMap(current)) {
      const pair = current.items.find((p) => isPair(p) && keyMatches(p.key, segment));
      if (!pair) return undefined;
      node = pair.value;
    } else if (isSeq(current) && typeof segment === 'number' && segment < current.items.length) {
      node = current.items[segment];
    } else {
      return undefined;
    }
  }
  return resolve(doc, node);
}

/** Block collections span many lines; a code frame only needs their first one. */
function firstLineUnlessFlow(text: string, node: Node, range: Range): Range {
  return (isMap(node) || isSeq(node)) && node.flow ? range : firstLine(text, range);
}

export function locateSpan(
  file: string,
  doc: Document.Parsed<ParsedNode>,
  lineCounter: LineCounter,
  text: string,
): (path: DataPath, which?: 'key' | 'value') => Span {
  const source = { file, text, lineCounter };
  return (path, which) => {
    const [start, end] = locateRange(doc, text, path, which);
    return spanOf(source, start, end);
  };
}
