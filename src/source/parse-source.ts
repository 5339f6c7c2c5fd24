// Text → ParsedFile: the yaml Document with positions, its plain JS value and locate(path).
// Reports every source-level problem as a Diagnostic and never throws; knows nothing of journeys.
import { type Document, isMap, LineCounter, type ParsedNode, parseDocument } from 'yaml';
import type { Diagnostic, Span } from '../diagnostics/diagnostic.js';
import { type DataPath, locateSpan } from './locate.js';
import { MAX_ALIAS_COUNT, MAX_FILE_BYTES } from './limits.js';
import type { SourceFile } from './source-file.js';
import { spanOf } from './span.js';
import { astProblems, firstAliasRange, yamlProblems } from './yaml-checks.js';

export interface ParsedFile {
  readonly source: SourceFile;
  readonly doc: Document.Parsed<ParsedNode>;
  readonly lineCounter: LineCounter;
  /** The document as plain data (a mapping), made only after the AST passed every check. */
  readonly value: Readonly<Record<string, unknown>>;
  /** The span of the node at a data path: the value node, or the key node with 'key'. */
  locate(path: DataPath, which?: 'key' | 'value'): Span;
}

export function parseSource(source: SourceFile): { parsed?: ParsedFile; diagnostics: Diagnostic[] } {
  const file = source.path;
  if (source.text.length > MAX_FILE_BYTES) {
    return {
      diagnostics: [
        {
          code: 'file-too-large',
          severity: 'error',
          message: `file has ${source.text.length} characters; the limit is ${MAX_FILE_BYTES} (1 MiB)`,
          file,
          hint: 'split the journey, or move personas and channels into imported library files',
        },
      ],
    };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(source.text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    version: '1.2',
    // yaml would otherwise print warnings to the console; every problem is a Diagnostic instead.
    logLevel: 'error', // not 'silent': that also drops the multiple-documents error
  });
  const ctx = { file, text: source.text, lineCounter };
  const diagnostics = [
    ...yamlProblems(ctx, doc.errors, 'error'),
    ...yamlProblems(ctx, doc.warnings, 'warning'),
    ...astProblems(ctx, doc),
  ];
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };

  if (doc.contents === null) {
    diagnostics.push({
      code: 'empty-file',
      severity: 'error',
      message: 'file is empty or holds only comments',
      file,
      hint: 'a journey needs at least `title:` and `stages:`',
    });
    return { diagnostics };
  }
  if (!isMap(doc.contents)) {
    const range = doc.contents.range;
    diagnostics.push({
      code: 'not-a-mapping',
      severity: 'error',
      message: 'the top level of the file is not a mapping of keys to values',
      span: spanOf(file, lineCounter, range[0], range[1]),
      hint: 'start with keys such as `title: …` at the beginning of a line',
    });
    return { diagnostics };
  }

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    // toJS throws only for alias expansion (undefined anchors were reported above): an alias bomb.
    const range = firstAliasRange(doc) ?? [0, 0];
    diagnostics.push({
      code: 'yaml-alias-limit',
      severity: 'error',
      message: `aliases expand to too many nodes (limit ${MAX_ALIAS_COUNT})`,
      span: spanOf(file, lineCounter, range[0], range[1]),
      hint: 'write the repeated data out, or use fewer nested aliases',
    });
    return { diagnostics };
  }
  const parsed: ParsedFile = {
    source,
    doc,
    lineCounter,
    value: value as Record<string, unknown>,
    locate: locateSpan(file, doc, lineCounter, source.text),
  };
  return { parsed, diagnostics };
}
