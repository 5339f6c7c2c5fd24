// Mermaid `journey` diagram text → a small syntax tree (title, sections, tasks with scores and
// actors) plus diagnostics with line:col. Follows Mermaid's journey.jison lexer: case-insensitive
// keywords, `%%` and `#` comments, `Task: score[: actors]`. Knows nothing of the journey language.
import { parseDocument } from 'yaml';
import type { Code } from '../diagnostics/codes.js';
import type { Diagnostic, Point, Span } from '../diagnostics/diagnostic.js';

export interface MermaidTask {
  readonly name: string;
  /** As written, already checked to lie in 1..5. */
  readonly score: number;
  /** In the order written, trimmed, empty entries dropped. */
  readonly actors: readonly string[];
  readonly line: number;
}

export interface MermaidSection {
  /** Undefined for tasks written before any `section`. */
  readonly name?: string;
  readonly tasks: MermaidTask[];
}

export interface MermaidJourney {
  readonly title?: string;
  readonly description?: string;
  readonly sections: MermaidSection[];
}

interface Line {
  readonly number: number;
  /** Offset of the line's first character in the whole text. */
  readonly offset: number;
  readonly text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let offset = 0;
  text.split('\n').forEach((raw, i) => {
    lines.push({ number: i + 1, offset, text: raw.endsWith('\r') ? raw.slice(0, -1) : raw });
    offset += raw.length + 1;
  });
  return lines;
}

const point = (line: Line, column: number): Point => ({ line: line.number, column: column + 1, offset: line.offset + column });

/** A span over [from, to) of one line (0-based columns), never empty unless the line is. */
function spanIn(file: string, line: Line, from: number, to: number): Span {
  return { file, start: point(line, from), end: point(line, Math.max(from, to)) };
}

const isComment = (trimmed: string): boolean => trimmed.startsWith('%%');

/** Mermaid's `#` starts a comment anywhere on a line. */
const withoutComment = (text: string): string => {
  const hash = text.indexOf('#');
  return hash === -1 ? text : text.slice(0, hash);
};

/** The `title:` of a `---` front matter block, which Mermaid accepts before the diagram. */
function frontMatterTitle(lines: readonly Line[]): string | undefined {
  try {
    const value: unknown = parseDocument(lines.map((l) => l.text).join('\n')).toJS();
    const title = (value as { title?: unknown } | null)?.title;
    return typeof title === 'string' && title.trim() !== '' ? title.trim() : undefined;
  } catch {
    return undefined; // a broken front matter only loses its title; Mermaid config is not ours
  }
}

export function parseMermaidJourney(text: string, file: string): { journey?: MermaidJourney; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const error = (code: Code, message: string, span: Span, hint?: string): void => {
    diagnostics.push({ code, severity: 'error', message, span, ...(hint !== undefined ? { hint } : {}) });
  };
  const lines = splitLines(text.startsWith('\uFEFF') ? ` ${text.slice(1)}` : text);

  const found = headerLine(lines);
  let { index, title } = found;
  const header = lines[index];
  if (!header) {
    diagnostics.push({
      code: 'mermaid-not-journey',
      severity: 'error',
      message: 'the file holds no Mermaid diagram',
      file,
      hint: 'a journey diagram starts with the line `journey`',
    });
    return { diagnostics };
  }
  const keyword = /^\s*(\S+)(.*)$/.exec(header.text);
  const word = keyword?.[1] ?? '';
  const start = header.text.length - header.text.trimStart().length;
  if (word.toLowerCase() !== 'journey' || withoutComment(keyword?.[2] ?? '').trim() !== '') {
    error(
      'mermaid-not-journey',
      `expected a Mermaid \`journey\` diagram, found "${word}"`,
      spanIn(file, header, start, start + word.length),
      'only journey diagrams can be imported',
    );
    return { diagnostics };
  }

  let description: string | undefined;
  const sections: MermaidSection[] = [];
  let current: MermaidSection | undefined;
  for (index += 1; index < lines.length; index++) {
    const line = lines[index] as Line;
    const trimmed = line.text.trim();
    if (trimmed === '' || isComment(trimmed)) continue;
    const indent = line.text.length - line.text.trimStart().length;
    const content = withoutComment(line.text).trimEnd();
    if (content.trim() === '') continue;

    const multiDescr = /^accdescr\s*\{(.*)$/i.exec(content.trim());
    if (multiDescr) {
      const block = accDescrBlock(lines, index, multiDescr[1] ?? '');
      index = block.last;
      if (block.text !== '') description = block.text;
      continue;
    }
    const acc = /^(acctitle|accdescr)\s*:\s*(.*)$/i.exec(content.trim());
    if (acc) {
      if ((acc[1] ?? '').toLowerCase() === 'accdescr' && (acc[2] ?? '').trim() !== '') description = (acc[2] ?? '').trim();
      continue; // accTitle only names the diagram for screen readers; `title` names the map
    }
    const semicolon = content.indexOf(';');
    if (semicolon !== -1) {
      error(
        'mermaid-syntax',
        'Mermaid journey lines cannot contain ";"',
        spanIn(file, line, semicolon, semicolon + 1),
        'remove the ";" or rephrase',
      );
      continue;
    }
    const bare = /^(title|section)$/i.exec(content.trim());
    if (bare) {
      error(
        'mermaid-syntax',
        `\`${bare[1]}\` without a name`,
        spanIn(file, line, indent, indent + content.trim().length),
        `write \`${(bare[1] ?? '').toLowerCase()} <name>\``,
      );
      continue;
    }
    const titleMatch = /^title\s+(.*)$/i.exec(content.trim());
    if (titleMatch) {
      title = (titleMatch[1] ?? '').trim();
      continue;
    }
    const sectionMatch = /^section\s+(.*)$/i.exec(content.trim());
    if (sectionMatch) {
      const name = (sectionMatch[1] ?? '').trim();
      const colon = name.indexOf(':');
      if (colon !== -1) {
        const at = content.indexOf(':', indent);
        error('mermaid-syntax', 'a section name cannot contain ":"', spanIn(file, line, at, at + 1));
        continue;
      }
      current = { name, tasks: [] };
      sections.push(current);
      continue;
    }

    const task = parseTask(file, line, content, indent);
    if ('diagnostic' in task) {
      diagnostics.push(task.diagnostic);
      continue;
    }
    if (!current) {
      current = { tasks: [] };
      sections.push(current);
    }
    current.tasks.push(task.task);
  }

  if (sections.length === 0 && diagnostics.length === 0) {
    error(
      'mermaid-syntax',
      'the journey has no sections or tasks',
      spanIn(file, header, start, start + word.length),
      'add `section <name>` and task lines `Task: <1-5>: Actor`',
    );
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  return {
    journey: { ...(title !== undefined && title !== '' ? { title } : {}), ...(description !== undefined ? { description } : {}), sections },
    diagnostics,
  };
}

/** `Task name: score[: actor, actor]`, the line already stripped of its comment. */
/**
 * Where the `journey` keyword line should be: blank lines, comments and a front matter block may
 * precede it (the front matter's title is the journey's unless a `title` line follows).
 */
function headerLine(lines: readonly Line[]): { index: number; title: string | undefined } {
  let index = 0;
  let title: string | undefined;
  const skipBlank = () => {
    while (index < lines.length && ((lines[index]?.text.trim() ?? '') === '' || isComment(lines[index]?.text.trim() ?? ''))) index++;
  };
  skipBlank();
  if (lines[index]?.text.trim() === '---') {
    const close = lines.findIndex((l, i) => i > index && l.text.trim() === '---');
    if (close !== -1) {
      title = frontMatterTitle(lines.slice(index + 1, close));
      index = close + 1;
      skipBlank();
    }
  }
  return { index, title };
}

/**
 * `accDescr { … }` may span lines; its text (trimmed lines joined by spaces) becomes the journey's
 * description. `first` is what follows the brace on line `index`; `last` is the line it ends on.
 */
function accDescrBlock(lines: readonly Line[], index: number, first: string): { text: string; last: number } {
  const parts: string[] = [];
  let rest = first;
  while (!rest.includes('}') && index + 1 < lines.length) {
    parts.push(rest);
    index++;
    rest = lines[index]?.text ?? '';
  }
  parts.push(rest.slice(0, rest.includes('}') ? rest.indexOf('}') : rest.length));
  return {
    text: parts
      .map((p) => p.trim())
      .filter((p) => p !== '')
      .join(' '),
    last: index,
  };
}

function parseTask(file: string, line: Line, content: string, indent: number): { task: MermaidTask } | { diagnostic: Diagnostic } {
  const syntax = (message: string, from: number, to: number, hint: string) => ({
    diagnostic: { code: 'mermaid-syntax', severity: 'error', message, span: spanIn(file, line, from, to), hint } satisfies Diagnostic,
  });
  const end = content.length;
  const firstColon = content.indexOf(':', indent);
  const name = (firstColon === -1 ? content.slice(indent) : content.slice(indent, firstColon)).trim();
  if (firstColon === -1) {
    return syntax(`task "${name}" has no score`, indent, end, 'write `Task name: <1-5>: Actor, Actor`');
  }
  if (name === '') return syntax('a task line without a task name', indent, end, 'write `Task name: <1-5>: Actor, Actor`');
  const secondColon = content.indexOf(':', firstColon + 1);
  const scoreText = content.slice(firstColon + 1, secondColon === -1 ? end : secondColon);
  const scoreFrom = firstColon + 1 + (scoreText.length - scoreText.trimStart().length);
  const scoreTo = Math.max(scoreFrom + scoreText.trim().length, scoreFrom + 1);
  const score = scoreText.trim() === '' ? Number.NaN : Number(scoreText.trim());
  if (!Number.isFinite(score)) {
    const hint = secondColon === -1 ? `write \`${name}: <1-5>: ${scoreText.trim()}\`` : 'the score is a number from 1 to 5';
    return syntax(`task "${name}" has no score: "${scoreText.trim()}" is not a number`, scoreFrom, scoreTo, hint);
  }
  if (score < 1 || score > 5) {
    return {
      diagnostic: {
        code: 'mermaid-score-out-of-range',
        severity: 'error',
        message: `task "${name}" has score ${score}; scores lie in 1..5`,
        span: spanIn(file, line, scoreFrom, scoreTo),
        hint: 'scores become emotions as score - 3: 1 → -2, 3 → 0, 5 → 2',
      },
    };
  }
  const actorText = secondColon === -1 ? '' : content.slice(secondColon + 1);
  if (actorText.includes(':')) {
    const at = content.indexOf(':', secondColon + 1);
    return syntax(`task "${name}" has more than two ":"`, at, at + 1, 'write `Task name: <1-5>: Actor, Actor`');
  }
  const actors = actorText
    .split(',')
    .map((a) => a.trim())
    .filter((a) => a !== '');
  return { task: { name, score, actors: [...new Set(actors)], line: line.number } };
}
