// Text → ParsedFile: its plain JS value, the yaml Document with positions and locate(path). The
// value is js-yaml's where quick-value.ts finds both parsers agree, and the Document is then
// composed only when a position is first asked for. Reports every source-level problem as a
// Diagnostic and never throws; knows nothing of journeys.
import { Composer, type CST, type Document, isMap, isSeq, LineCounter, type ParsedNode, Parser, YAMLParseError } from 'yaml';
import type { Diagnostic, Span } from '../diagnostics/diagnostic.js';
import { fileTooLarge } from './decode-source.js';
import { findInvisibleCharacters, type InvisibleCharacter, mayHoldInvisibleCharacters } from './invisible-characters.js';
import { MAX_ALIAS_COUNT, MAX_FILE_BYTES, MAX_NESTING } from './limits.js';
import { normalizeLineEnds } from './line-ends.js';
import { type DataPath, locateSpan } from './locate.js';
import { quickValue } from './quick-value.js';
import type { SourceFile } from './source-file.js';
import { deferredSpan, spanOf } from './span.js';
import { astProblems, firstAliasRange, tooDeep, yamlProblems } from './yaml-checks.js';

export interface ParsedFile {
  readonly source: SourceFile;
  /**
   * Whether yaml's Document was made when the file was read. A file quickValue could read is not
   * composed until a position is asked for: `doc` and `lineCounter` compose it on first use, and
   * `locate` gives spans that do so when read.
   */
  readonly composed: boolean;
  readonly doc: Document.Parsed<ParsedNode>;
  readonly lineCounter: LineCounter;
  /** The document as plain data (a mapping), made only after the AST passed every check. */
  readonly value: Readonly<Record<string, unknown>>;
  /** The span of the node at a data path: the value node, or the key node with 'key'. */
  locate(path: DataPath, which?: 'key' | 'value'): Span;
  /** Bidi controls and zero-width characters in the file, raw or escaped (lint warns about them). */
  readonly invisibleCharacters: readonly InvisibleCharacter[];
}

const COMPOSE_OPTIONS = {
  prettyErrors: false,
  // Duplicate keys are astProblems' (yaml-checks.ts: one Map per mapping, the first definition as
  // related information); yaml's own check compares every key with every earlier one of its mapping
  // and its DUPLICATE_KEY error is dropped anyway. The document is the same either way.
  uniqueKeys: false,
  version: '1.2',
  // `!!binary`, `!!timestamp`, `!!set`… would become a Buffer, Date or Set, which no schema check
  // names well; unresolved, they stay the text or mapping written (with a warning).
  resolveKnownTags: false,
  // yaml would otherwise print warnings to the console; every problem is a Diagnostic instead.
  logLevel: 'error',
} as const;

/** The first document, as yaml's parseDocument composes it, with its error for a second one. */
function composeFirst(tokens: readonly CST.Token[], length: number): Document.Parsed<ParsedNode> {
  let doc: Document.Parsed<ParsedNode> | undefined;
  for (const next of new Composer(COMPOSE_OPTIONS).compose(tokens, true, length)) {
    if (!doc) {
      doc = next;
    } else {
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
      break;
    }
  }
  // compose(…, forceDoc = true) yields a document even for empty text.
  return doc as Document.Parsed<ParsedNode>;
}

export interface ParseOptions {
  /** Accept a sequence at the top level too (JSON data files are arrays of rows). Default: mappings only. */
  readonly sequence?: boolean;
  /** Compose yaml's Document at once, even for text quickValue reads (tests compare the two). */
  readonly compose?: boolean;
}

export function parseSource(given: SourceFile, options: ParseOptions = {}): { parsed?: ParsedFile; diagnostics: Diagnostic[] } {
  const file = given.path;
  // Text handed in directly (the API) skipped decodeSource's byte check. UTF-8 takes at least one
  // byte per UTF-16 unit, so more units than the byte limit is surely too large.
  if (given.text.length > MAX_FILE_BYTES) {
    return { diagnostics: [fileTooLarge(file, `${given.text.length} characters`)] };
  }
  // decodeSource already did this; text handed in directly (the API) may still hold lone CRs.
  const text = normalizeLineEnds(given.text);
  const source = text === given.text ? given : { path: file, text };
  const value = options.compose ? undefined : quickValue(text);
  if (isMapping(value) || (options.sequence && Array.isArray(value)))
    return { parsed: uncomposed(source, value as Record<string, unknown>, options), diagnostics: [] };
  return composed(source, options);
}

const isMapping = (value: unknown): boolean => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * A file quickValue read: its Document is composed (by the same code as any other file's) only
 * when a position is first asked for, which a file without diagnostics never does.
 */
function uncomposed(source: SourceFile, value: Record<string, unknown>, options: ParseOptions): ParsedFile {
  let full: ParsedFile | undefined;
  const compose = (): ParsedFile => {
    // quickValue answers only for text yaml reads without error (src/source/quick-value.test.ts
    // holds it to that); were yaml to refuse one anyway, positions fall back to the file's start.
    full ??= composed(source, options).parsed ?? (composed({ path: source.path, text: '{}' }, {}).parsed as ParsedFile);
    return full;
  };
  return {
    source,
    composed: false,
    get doc() {
      return compose().doc;
    },
    get lineCounter() {
      return compose().lineCounter;
    },
    value,
    locate: (path, which) => deferredSpan(source.path, () => compose().locate(path, which)),
    get invisibleCharacters() {
      return mayHoldInvisibleCharacters(source.text) ? compose().invisibleCharacters : [];
    },
  };
}

/** The file read by yaml's lexer, parser and composer, with every check. */
function composed(source: SourceFile, options: ParseOptions): { parsed?: ParsedFile; diagnostics: Diagnostic[] } {
  const file = source.path;
  const lineCounter = new LineCounter();
  const ctx = { file, text: source.text, lineCounter };
  // yaml's parseDocument in its two steps (parse, compose), so nesting is bounded in between.
  const tokens = [...new Parser(lineCounter.addNewLine).parse(source.text)];
  const deep = tooDeep(tokens, MAX_NESTING);
  if (deep) return { diagnostics: [nestedTooDeep(ctx, 'offset' in deep ? deep.offset : 0)] };
  const doc = composeFirst(tokens, source.text.length);
  const errors = yamlProblems(ctx, doc.errors, 'error');
  // A tab in the indentation confuses yaml into more errors around it; the tab is the one to fix.
  if (errors.some((d) => d.code === 'yaml-tab')) return { diagnostics: errors };
  const diagnostics = [...errors, ...yamlProblems(ctx, doc.warnings, 'warning'), ...astProblems(ctx, doc)];
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };

  const topLevel = topLevelProblem(ctx, doc, options);
  if (topLevel) return { diagnostics: [...diagnostics, topLevel] };
  const data = plainValue(ctx, doc);
  if ('diagnostic' in data) return { diagnostics: [...diagnostics, data.diagnostic] };
  const { value } = data;
  const parsed: ParsedFile = {
    source,
    composed: true,
    doc,
    lineCounter,
    value: value as Record<string, unknown>,
    locate: locateSpan(file, doc, lineCounter, source.text),
    invisibleCharacters: findInvisibleCharacters(ctx, doc),
  };
  return { parsed, diagnostics };
}

type SpanContext = Parameters<typeof spanOf>[0] & { readonly file: string };

function nestedTooDeep(ctx: SpanContext, offset: number): Diagnostic {
  return {
    code: 'yaml-syntax',
    severity: 'error',
    message: `lists and mappings are nested more than ${MAX_NESTING} levels deep`,
    span: spanOf(ctx, offset, offset + 1),
    hint: 'a journey needs only a few levels: check for runaway brackets or indentation',
  };
}

/** An empty document, or one whose top level is not a mapping (nor a sequence where one is accepted). */
function topLevelProblem(ctx: SpanContext, doc: Document.Parsed<ParsedNode>, options: ParseOptions): Diagnostic | undefined {
  if (doc.contents === null) {
    return {
      code: 'empty-file',
      severity: 'error',
      message: 'file is empty or holds only comments',
      file: ctx.file,
      hint: 'a journey needs at least `title:` and `stages:`',
    };
  }
  if (!isMap(doc.contents) && !(options.sequence && isSeq(doc.contents))) {
    const range = doc.contents.range;
    return {
      code: 'not-a-mapping',
      severity: 'error',
      message: 'the top level of the file is not a mapping of keys to values',
      span: spanOf(ctx, range[0], range[1]),
      hint: 'start with keys such as `title: …` at the beginning of a line',
    };
  }
  return undefined;
}

/** The document as plain data, with aliases expanded up to MAX_ALIAS_COUNT nodes. */
function plainValue(ctx: SpanContext, doc: Document.Parsed<ParsedNode>): { value: unknown } | { diagnostic: Diagnostic } {
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch {
    // toJS throws only for alias expansion (undefined anchors were reported above): an alias bomb.
    const range = firstAliasRange(doc) ?? [0, 0];
    return {
      diagnostic: {
        code: 'yaml-alias-limit',
        severity: 'error',
        message: `aliases expand to too many nodes (limit ${MAX_ALIAS_COUNT})`,
        span: spanOf(ctx, range[0], range[1]),
        hint: 'write the repeated data out, or use fewer nested aliases',
      },
    };
  }
}
