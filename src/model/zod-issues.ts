// The one place zod issues become Diagnostics: code, message naming the value, span of the exact
// node (key node for unknown keys), hint. Union issues are narrowed to the branch the user meant.
import type { z } from 'zod/mini';
import type { Code } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { didYouMean, suggestionHint } from '../diagnostics/did-you-mean.js';
import { CSS_COLOR_NAMES } from '../schema/css-colors.js';
import { COLOR_PATTERN, DATE_PATTERN, ID_PATTERN, IMAGE_PATTERN, LINK_PATTERN } from '../schema/primitives.js';
import type { ParsedFile } from '../source/parse-source.js';
import { describeExpected, describeValue } from './describe-value.js';
import { allowedKeysAt } from './schema-keys.js';

type Issue = z.core.$ZodIssue;
type Path = (string | number)[];

/** Which rule a regex format issue broke, keyed by the pattern zod reports. */
const FORMATS: ReadonlyMap<string, { code: Code; what: string; hint: string }> = new Map([
  [
    String(ID_PATTERN),
    {
      code: 'invalid-id',
      what: 'an id',
      hint: 'use lower-case letters (of any script), digits, "-" and "_", starting with a letter or digit',
    },
  ],
  [String(COLOR_PATTERN), { code: 'invalid-color', what: 'a colour', hint: 'use #rgb, #rrggbb or a lower-case CSS colour name' }],
  [String(LINK_PATTERN), { code: 'invalid-link', what: 'a link', hint: 'links must start with http://, https:// or mailto:' }],
  [String(DATE_PATTERN), { code: 'invalid-value', what: 'a date', hint: 'write the date as YYYY-MM-DD, e.g. 2026-11-01' }],
  [String(IMAGE_PATTERN), { code: 'invalid-value', what: 'an image path', hint: 'images must be .png, .jpg, .jpeg or .svg files' }],
]);

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = Object.hasOwn(current, segment) ? (current as Record<PropertyKey, unknown>)[segment] : undefined;
  }
  return current;
}

const toPath = (path: readonly PropertyKey[]): Path => path.filter((s): s is string | number => typeof s !== 'symbol');

const fieldName = (path: Path): string => {
  const last = [...path].reverse().find((s) => typeof s === 'string');
  return typeof last === 'string' ? last : 'value';
};

/** What a message is about: the field, or for a list item "an entry of <field>" (no index: no positions in messages). */
const subjectOf = (path: Path): string => (typeof path[path.length - 1] === 'number' ? `an entry of ${fieldName(path)}` : fieldName(path));

const describeCount = (value: unknown): string =>
  Array.isArray(value) ? (value.length === 0 ? 'an empty list' : `${value.length} entries`) : describeValue(value);

/**
 * How far a union branch is from the value: 0 the value has the branch's type (its problems lie
 * inside), 1 the right type but not an allowed value (an enum), 2 another type altogether.
 */
function distance(branch: readonly Issue[]): number {
  const root = branch.filter((i) => i.path.length === 0);
  if (root.some((i) => i.code === 'invalid_type')) return 2;
  return root.some((i) => i.code === 'invalid_value') ? 1 : 0;
}

/** Flattens union issues into the issues of the branch the user meant, when one has the value's type. */
function flatten(issue: Issue, prefix: Path): { issue: Issue; path: Path }[] {
  const path = [...prefix, ...toPath(issue.path)];
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [{ issue, path }];
  // The nearest branch, the first of equals: `lanes: [{ id: X }]` is a custom lane with a bad id,
  // not a built-in lane name that a mapping fails to be.
  const nearest = Math.min(...issue.errors.map(distance));
  const chosen = nearest < 2 ? issue.errors.find((branch) => distance(branch) === nearest) : undefined;
  if (!chosen) return [{ issue, path }];
  return chosen.flatMap((i) => flatten(i, path));
}

interface Context {
  readonly parsed: ParsedFile;
  readonly schema: z.ZodMiniType;
}

function toDiagnostic(ctx: Context, issue: Issue, path: Path): Diagnostic[] {
  const { parsed } = ctx;
  const value = valueAt(parsed.value, path);
  const field = fieldName(path);
  const subject = subjectOf(path);
  const error = (code: Code, message: string, hint?: string, which?: 'key'): Diagnostic => ({
    code,
    severity: 'error',
    message,
    span: parsed.locate(path, which),
    ...(hint ? { hint } : {}),
  });
  // .inf, -.inf and .nan: YAML numbers, but nothing a map can draw or compare.
  const nonFinite = typeof value === 'number' && !Number.isFinite(value);
  const emotionOf = path.at(-2) === 'emotion' ? `emotion of "${String(path.at(-1))}"` : undefined;
  const notFinite = () =>
    error(
      'invalid-number',
      `${emotionOf ?? subject} must be a finite number, received ${String(value)}`,
      'write a plain number such as 42 or 1.5; .inf and .nan are not allowed',
    );
  switch (issue.code) {
    case 'unrecognized_keys':
      return unknownKeys(ctx, issue.keys, path);
    case 'invalid_type': {
      if (value === undefined) return [error('missing-required', `"${field}" is required`, `add \`${field}:\``)];
      if (nonFinite && (issue.expected === 'number' || issue.expected === 'int')) return [notFinite()];
      const quoteHint =
        issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')
          ? `put it in quotes: "${String(value)}"`
          : undefined;
      return [error('invalid-type', `${subject} must be ${describeExpected(issue.expected)}, received ${describeValue(value)}`, quoteHint)];
    }
    case 'invalid_union': {
      const expected = issue.errors
        .flatMap((branch) => branch.filter((i) => i.path.length === 0 && i.code === 'invalid_type'))
        .map((i) => describeExpected((i as { expected: string }).expected));
      if (nonFinite && expected.includes(describeExpected('number'))) return [notFinite()];
      const list = [...new Set(expected)].join(' or ') || 'another value';
      return [error('invalid-type', `${subject} must be ${list}, received ${describeValue(value)}`)];
    }
    case 'too_small':
    case 'too_big':
      return nonFinite ? [notFinite()] : [outOfRange(issue, path, value, error)];
    case 'invalid_format': {
      const format = issue.pattern ? FORMATS.get(issue.pattern) : undefined;
      if (!format) return [error('invalid-value', `${subject} has an invalid format: ${describeValue(value)}`)];
      const colour = format.code === 'invalid-color' && typeof value === 'string' ? didYouMean(value, CSS_COLOR_NAMES) : undefined;
      return [error(format.code, `${describeValue(value)} is not ${format.what}`, colour ? `did you mean "${colour}"?` : format.hint)];
    }
    case 'invalid_value': {
      const options = issue.values.map(String);
      const expected = `expected one of: ${options.join(', ')}`;
      const hint = typeof value === 'string' ? suggestionHint(value, options, expected) : expected;
      // Lane names are the one enum whose misses have their own code (`lanes: [pain]`).
      const code: Code = path[path.length - 2] === 'lanes' ? 'unknown-lane' : 'invalid-value';
      const message =
        code === 'unknown-lane'
          ? `unknown lane ${describeValue(value)}`
          : `${subject} must be one of ${options.join(', ')}, received ${describeValue(value)}`;
      return [error(code, message, hint)];
    }
    default:
      return [error('invalid-value', `${subject}: ${issue.message}`)];
  }
}

/** One diagnostic per unknown key, at the key, with a did-you-mean, the split-text hint, or the keys allowed there. */
function unknownKeys(ctx: Context, keys: readonly string[], path: Path): Diagnostic[] {
  const { parsed } = ctx;
  const allowed = allowedKeysAt(ctx.schema, path);
  return keys.map((key) => {
    const suggestion = didYouMean(key, allowed);
    // `{ source: Ad platform, Oct 2026 }`: the comma made "Oct 2026" a key without a value.
    const splitText = valueAt(parsed.value, [...path, key]) === null && /\s/.test(key);
    return {
      code: 'unknown-key' as const,
      severity: 'error' as const,
      message: `unknown key "${key}"`,
      span: parsed.locate([...path, key], 'key'),
      hint: suggestion
        ? `did you mean "${suggestion}"?`
        : splitText
          ? 'a comma inside { … } starts a new key: put the text before it in quotes'
          : `allowed keys: ${allowed.join(', ')}`,
    };
  });
}

type ErrorAt = (code: Code, message: string, hint?: string) => Diagnostic;

/** A finite value past a limit: a list too short, an empty string, an emotion outside -2..2, a number out of bounds. */
function outOfRange(issue: Extract<Issue, { code: 'too_small' | 'too_big' }>, path: Path, value: unknown, error: ErrorAt): Diagnostic {
  const subject = subjectOf(path);
  const limit = issue.code === 'too_small' ? issue.minimum : issue.maximum;
  if (issue.origin === 'array') {
    const entries = `${String(limit)} ${limit === 1 ? 'entry' : 'entries'}`;
    return error(
      'missing-required',
      `${subject} needs at least ${entries}, received ${describeCount(value)}`,
      `add an entry under \`${fieldName(path)}:\``,
    );
  }
  if (issue.origin === 'string') return error('invalid-value', `${subject} must not be empty`);
  if (path.includes('emotion')) {
    return error(
      'emotion-out-of-range',
      `emotion ${String(value)} is outside -2..2`,
      'use -2 (very negative) to 2 (very positive); decimals are fine',
    );
  }
  const bound = issue.code === 'too_small' ? 'at least' : 'at most';
  return error('invalid-value', `${subject} must be ${bound} ${String(limit)}, received ${describeValue(value)}`);
}

/** Every zod issue as diagnostics, in document order. */
export function mapZodIssues(parsed: ParsedFile, schema: z.ZodMiniType, issues: readonly Issue[]): Diagnostic[] {
  const ctx = { parsed, schema };
  const diagnostics = issues.flatMap((issue) => flatten(issue, [])).flatMap(({ issue, path }) => toDiagnostic(ctx, issue, path));
  return diagnostics.sort((a, b) => (a.span?.start.offset ?? 0) - (b.span?.start.offset ?? 0));
}
