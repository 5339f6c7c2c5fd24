// A document's plain value without building yaml's Document: js-yaml reads a large journey about
// four times faster than yaml's lexer, parser and composer cold (a 96 KB journey: ~25 ms against
// ~110 ms, and far less garbage). yaml stays the authority: this only answers for documents both
// read alike, and says "ask yaml" (undefined) for anything else, so yaml reports every problem
// and gives every position. Plain scalars are resolved by yaml's own YAML 1.2 core tags, so a
// number, boolean or null is whatever yaml would make of the same text.
import { FAILSAFE_SCHEMA, load, type State, Type } from 'js-yaml';
import { Schema } from 'yaml';
import { MAX_NESTING } from './limits.js';
import { FORBIDDEN_KEYS } from './yaml-checks.js';

/** What yaml's composer calls a plain-scalar tag: a test, and a resolver that may wrap its value. */
interface CoreScalarTag {
  readonly tag: string;
  readonly default?: boolean | 'key';
  readonly test?: RegExp;
  resolve(text: string, onError: (message: string) => void, options: { intAsBigInt: boolean }): unknown;
}

const unwrap = (value: unknown): unknown =>
  value !== null && typeof value === 'object' && 'value' in value ? (value as { value: unknown }).value : value;

/** Every text a core tag resolves is empty or starts so (most plain text fails here, cheaply). */
const MAY_RESOLVE = /^(?:$|[-+.~0-9nNtTfF])/;

/**
 * yaml's core tags that resolve plain scalars (null, bool, int, float), as js-yaml implicit types,
 * one per tag name and in yaml's order: the first of yaml's tests a text passes decides.
 */
function coreTypes(): Type[] {
  const tags = (new Schema({ schema: 'core', resolveKnownTags: false }).tags as unknown as CoreScalarTag[]).filter(
    (tag) => tag.default === true && tag.test,
  );
  const names = [...new Set(tags.map((tag) => tag.tag))];
  const options = { intAsBigInt: false };
  return names.map((name) => {
    const ofName = tags.filter((tag) => tag.tag === name);
    const match = (text: string) => (MAY_RESOLVE.test(text) ? ofName.find((tag) => tag.test?.test(text)) : undefined);
    return new Type(name, {
      kind: 'scalar',
      resolve: (text: string | null) => text !== null && match(text) !== undefined,
      construct: (text: string) => unwrap(match(text)?.resolve(text, () => {}, options)),
    });
  });
}

let schema: ReturnType<typeof FAILSAFE_SCHEMA.extend> | undefined;

/**
 * Text js-yaml and yaml may read differently, or that yaml has more to say about, each found by
 * reading generated documents with both (quick-value.test.ts). Such a file is left to yaml; text
 * that merely looks alike (" *bold*") only misses the faster path. Every pattern is linear in the
 * text (a hostile file may be a megabyte of brackets).
 */
const ASK_YAML = new RegExp(
  [
    // a tag, an anchor or an alias (`!x`, `&x`, `*x`), or a complex key (`? `)
    String.raw`(?:^|[\s[{,])(?:[!&*][^\s,\]}]|\?(?:\s|$))`,
    // a directive
    '^%',
    // a tab: the two parsers' rules for tabs differ
    '\t',
    // a collection as a key (`[a]: b`, and in flow `{a}:b`)
    String.raw`[\]}][ ]*:`,
    // a `#` straight after an opening bracket or a comma: js-yaml reads a comment, yaml an error
    '[[{,]#',
    // an empty `-` item
    String.raw`(?:^|\s)-[ ]*$`,
    // a block scalar's indentation digit or keep indicator (`|2`, `|+`), or its indicator alone
    // at the start of a line (its content may then sit left of it)
    String.raw`[|>](?:[-+]?[1-9]|\+)|^[ ]*[|>]`,
    // a block scalar whose leading blank lines hold spaces (yaml asks for an indentation digit)
    String.raw`[|>]-?[ ]*(?:#[^\n]*)?\n\n*[ ]+$`,
    // a document marker with text after it
    String.raw`^(?:---|\.\.\.)(?![ ]*$)`,
  ].join('|'),
  'm',
);

/**
 * A flow collection js-yaml may read otherwise: one over several lines, or a flow mapping with a
 * collection as a key (`{ [a]: 1 }`, `{ a: 1, {b} }`: a `[` or `{` just after a `{` or a `,` of a
 * flow mapping). Brackets are counted without regard to quotes, which errs towards asking yaml.
 * One pass.
 */
function unusualFlow(text: string): boolean {
  const open: string[] = [];
  let afterEntryStart = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    // A flow collection over several lines: yaml's rules for their indentation and comments are
    // stricter than js-yaml's.
    if (c === '\n' && open.length > 0) return true;
    if (c === ' ' || c === '\n') continue;
    if ((c === '[' || c === '{') && afterEntryStart) return true;
    afterEntryStart = false;
    if (c === '[' || c === '{') open.push(c);
    else if (c === ']' || c === '}') open.pop();
    if ((c === '{' || c === ',') && open[open.length - 1] === '{') afterEntryStart = true;
  }
  return false;
}

/**
 * The value of a one-document YAML text both parsers read alike; undefined when yaml must read it
 * (see ASK_YAML) or js-yaml refuses it (a syntax error, a duplicate key, a second document).
 */
export function quickValue(text: string): unknown {
  if (ASK_YAML.test(text) || unusualFlow(text)) return undefined;
  schema ??= FAILSAFE_SCHEMA.extend({ implicit: coreTypes() });
  let doubtful = false;
  let value: unknown;
  try {
    const starts: number[] = [];
    const listener = (event: 'open' | 'close', state: State) => {
      if (event === 'open') starts.push(state.position);
      else doubtful ||= doubtfulNode(state.input, starts.pop() ?? 0, state.position);
    };
    value = load(text, { schema, json: false, listener, onWarning: () => (doubtful = true) });
  } catch {
    return undefined;
  }
  return !doubtful && plainTree(value) ? value : undefined;
}

/**
 * A node js-yaml may read otherwise than yaml, seen when it closes (`end` is just past it;
 * `start` where js-yaml began to look for it, whitespace before it included): a quoted scalar
 * over several lines (their line folding differs), or a quoted scalar or flow collection with a
 * `#` straight after it (js-yaml reads a comment, yaml an error).
 */
function doubtfulNode(input: string, start: number, end: number): boolean {
  const last = input[end - 1];
  if (last !== '"' && last !== "'" && last !== ']' && last !== '}') return false;
  if (input[end] === '#') return true;
  if (last === ']' || last === '}') return false;
  let first = start;
  while (input[first] === ' ' || input[first] === '\n') first++;
  return input.lastIndexOf('\n', end - 1) >= first;
}

/**
 * Whether the value is a tree yaml would give too: no collection reached twice (an alias, whose
 * expansion yaml limits), no key yaml reads otherwise (a null key is "" to yaml, "null" to
 * js-yaml) or refuses (FORBIDDEN_KEYS), no nesting deeper than yaml's path allows. Iterative,
 * with its own stack.
 */
function plainTree(root: unknown): boolean {
  const seen = new Set<object>();
  const stack: unknown[] = [root];
  const depths: number[] = [0];
  while (stack.length > 0) {
    const value = stack.pop();
    const depth = depths.pop() as number;
    if (value === null || typeof value !== 'object') continue;
    if (seen.has(value) || depth > MAX_NESTING) return false;
    seen.add(value);
    if (Array.isArray(value)) {
      for (const item of value) {
        stack.push(item);
        depths.push(depth + 1);
      }
      continue;
    }
    for (const key in value) {
      if (key === '' || key === 'null' || FORBIDDEN_KEYS.has(key)) return false;
      stack.push((value as Record<string, unknown>)[key]);
      depths.push(depth + 1);
    }
  }
  return true;
}
