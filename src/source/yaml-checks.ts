// Structural checks before anything becomes a JS object: nesting depth (on the CST), yaml's own
// errors, duplicate keys (with the first one as related), forbidden keys and unresolved aliases.
import { type CST, type Document, isAlias, isScalar, type ParsedNode, visit, type YAMLError } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { dataKey } from './locate.js';
import { type SpanSource, spanOf } from './span.js';

/** Keys that would reach Object.prototype if a consumer ever assigned them naively. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

type Context = SpanSource;

/** A tab in the leading whitespace of the line holding `offset`, if any. */
function leadingTab(text: string, offset: number): number | undefined {
  const lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  for (let i = lineStart; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\t') return i;
    if (ch !== ' ' && ch !== '-' && ch !== '?' && ch !== ':') return undefined;
  }
  return undefined;
}

/** Hints for yaml's error codes (yaml's ErrorCode), for the mistakes people make most. */
const YAML_HINTS: Readonly<Record<string, string>> = {
  BLOCK_AS_IMPLICIT_KEY: 'put text that contains ": " in quotes',
  MULTILINE_IMPLICIT_KEY: 'check the indentation of this line and the one before',
  MISSING_CHAR: 'a closing quote or bracket is missing',
  BAD_INDENT: 'check the indentation and that brackets are closed',
  MULTIPLE_DOCS: 'one journey per file: remove the "---" line or split the file',
  UNEXPECTED_TOKEN: 'check for a stray bracket, brace or quote',
  BAD_ALIAS: 'an alias "*name" needs an anchor "&name" defined before it',
  TAG_RESOLVE_FAILED: 'remove the tag: the value is read as the text written',
};

/**
 * The first collection nested deeper than `limit`, found on yaml's CST (built without recursion)
 * before the recursive composer sees it. Walks with its own stack for the same reason.
 */
export function tooDeep(tokens: readonly CST.Token[], limit: number): CST.Token | undefined {
  const stack: [CST.Token, number][] = tokens.map((token) => [token, 0]);
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [token, depth] = entry;
    if (token.type === 'document' && token.value) stack.push([token.value, depth]);
    if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection') continue;
    if (depth > limit) return token;
    // Pushed last to first, so the walk (and the collection reported) follows document order.
    for (let i = token.items.length - 1; i >= 0; i--) {
      const item = token.items[i]!;
      if ('value' in item && item.value) stack.push([item.value, depth + 1]);
      if ('key' in item && item.key) stack.push([item.key, depth + 1]);
    }
  }
  return undefined;
}

/** The tab an error is about: yaml's own TAB_AS_INDENT, or a tab in the indentation of its line. */
function tabOf(ctx: Context, problem: YAMLError): number | undefined {
  const start = problem.pos[0];
  if (problem.code === 'TAB_AS_INDENT') return ctx.text[start] === '\t' ? start : (leadingTab(ctx.text, start) ?? start);
  return leadingTab(ctx.text, start);
}

/**
 * yaml's errors and warnings as diagnostics; duplicate keys are reported by astProblems().
 * When errors come from tabs in the indentation, only the tabs are reported, one each: yaml also
 * misreads the lines around a tab (an "implicit key", a "complex key"), and those hints mislead.
 */
export function yamlProblems(ctx: Context, problems: readonly YAMLError[], severity: 'error' | 'warning'): Diagnostic[] {
  if (severity === 'error') {
    const tabs = [...new Set(problems.flatMap((p) => tabOf(ctx, p) ?? []))].sort((a, b) => a - b);
    if (tabs.length > 0) {
      return tabs.map((tab) => ({
        code: 'yaml-tab',
        severity,
        message: 'a tab is used for indentation',
        span: spanOf(ctx, tab, tab + 1),
        hint: 'indent with spaces; YAML does not allow tabs for indentation',
      }));
    }
  }
  const out: Diagnostic[] = [];
  const reportedAt = new Set<number>();
  for (const problem of problems) {
    if (problem.code === 'DUPLICATE_KEY') continue;
    const [start, end] = problem.pos;
    // yaml often reports one mistake several ways at one place; the first says it best.
    if (reportedAt.has(start)) continue;
    reportedAt.add(start);
    out.push({
      code: 'yaml-syntax',
      severity,
      // yaml's first message line names the problem; its own code frame is dropped (prettyErrors: false).
      message: (problem.message.split('\n')[0] ?? problem.message).replace(/\.$/, ''),
      span: spanOf(ctx, start, end > start ? end : start + 1),
      hint: YAML_HINTS[problem.code] ?? 'check indentation, colons and closing brackets or quotes here',
    });
  }
  return out;
}

/** Duplicate keys, forbidden keys and aliases to anchors that do not exist. */
export function astProblems(ctx: Context, doc: Document.Parsed<ParsedNode>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const span = (range: readonly number[] | null | undefined) => spanOf(ctx, range?.[0] ?? 0, range?.[1] ?? 0);
  visit(doc, {
    Map(_, map) {
      const seen = new Map<string, readonly number[] | null | undefined>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) {
          if (isAlias(pair.key)) {
            out.push({
              code: 'yaml-syntax',
              severity: 'error',
              message: `the alias "*${pair.key.source}" is used as a key; keys must be plain text`,
              span: span(pair.key.range),
              hint: 'write the key out as text',
            });
          } else if (pair.key !== null) {
            out.push({
              code: 'yaml-syntax',
              severity: 'error',
              message: 'a key is a list or mapping; keys must be plain text',
              span: span((pair.key as { range?: readonly number[] }).range),
              hint: 'write the key as text, or remove the "?" that starts a complex key',
            });
          }
          continue;
        }
        const key = dataKey(pair.key.value);
        if (FORBIDDEN_KEYS.has(key)) {
          out.push({
            code: 'forbidden-key',
            severity: 'error',
            message: `key "${key}" is not allowed`,
            span: span(pair.key.range),
            hint: 'rename or remove it; it could change how objects behave',
          });
        }
        const first = seen.get(key);
        if (seen.has(key)) {
          out.push({
            code: 'duplicate-key',
            severity: 'error',
            message: `${key === '' ? 'an empty key' : `key "${key}"`} appears twice in one mapping`,
            span: span(pair.key.range),
            hint: 'remove one of them or merge their values',
            related: first ? [{ message: 'first defined here', span: span(first) }] : [],
          });
        } else {
          seen.set(key, pair.key.range);
        }
      }
    },
    Alias(_, alias) {
      if (alias.resolve(doc) === undefined) {
        out.push({
          code: 'yaml-syntax',
          severity: 'error',
          message: `alias "*${alias.source}" refers to an anchor that is not defined before it`,
          span: span(alias.range),
          hint: `define "&${alias.source}" earlier in the file`,
        });
      }
    },
  });
  return out;
}

/** The first alias in the document: where an alias bomb is reported. */
export function firstAliasRange(doc: Document.Parsed<ParsedNode>): readonly [number, number] | undefined {
  let found: readonly [number, number] | undefined;
  visit(doc, {
    Alias(_, alias) {
      if (alias.range) found = [alias.range[0], alias.range[1]];
      return visit.BREAK;
    },
  });
  return found;
}
