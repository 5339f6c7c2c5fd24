// Ranges of many fields of one mapping at once: walks to the mapping once and reads its entries
// in one pass, giving each the range locate would give its path. Knows no journey fields.
import { type Document, isMap, isScalar, isSeq, type Node, type ParsedNode } from 'yaml';
import { type DataPath, dataKey, nodeAt, nodeRange, resolve } from './locate.js';

/**
 * The entries wanted, by key: `value` gives the entry itself (`owner`); `list` its items, keyed
 * `pains[0]`… (a scalar in place of the list is item 0); `map` its entries, keyed `fields.risks`.
 * A map, so the one pass over an entity's entries costs one lookup per entry.
 */
export type FieldsWanted = ReadonlyMap<string, 'value' | 'list' | 'map'>;

export type FoundField = (key: string, start: number, end: number) => void;

/** The range locate gives `value` (reached through `keyNode`, if any); a non-empty scalar is its own. */
function rangeTo(text: string, value: unknown, keyNode: Node | undefined, key: string, found: FoundField): void {
  const range = isScalar(value) ? value.range : undefined;
  if (range && range[1] > range[0]) {
    found(key, range[0], range[1]);
  } else {
    const [start, end] = nodeRange(text, value, keyNode);
    found(key, start, end);
  }
}

/**
 * Calls `found` with the range of each wanted entry of the mapping at `base` that is written.
 * False when `base` is not a mapping (a plain string standing for an entity, or no such path):
 * the caller locates those itself. Runs for every entity of a journey, so it stays lean.
 */
export function locateFields(
  doc: Document.Parsed<ParsedNode>,
  text: string,
  base: DataPath,
  wanted: FieldsWanted,
  found: FoundField,
): boolean {
  const node = nodeAt(doc, base);
  if (!isMap(node)) return false;
  for (const pair of node.items) {
    const keyNode = pair.key;
    if (!isScalar(keyNode)) continue;
    const key = dataKey(keyNode.value);
    const kind = wanted.get(key);
    if (kind === 'value') {
      rangeTo(text, pair.value, keyNode, key, found);
    } else if (kind === 'list') {
      const list = resolve(doc, pair.value);
      if (isSeq(list)) list.items.forEach((item, i) => rangeTo(text, item, undefined, `${key}[${i}]`, found));
      else rangeTo(text, pair.value, keyNode, `${key}[0]`, found);
    } else if (kind === 'map') {
      const map = resolve(doc, pair.value);
      if (!isMap(map)) continue;
      for (const entry of map.items) {
        if (isScalar(entry.key)) rangeTo(text, entry.value, entry.key, `${key}.${dataKey(entry.key.value)}`, found);
      }
    }
  }
  return true;
}
