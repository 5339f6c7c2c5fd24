// Enforces BUDGETS (budgets.ts) before anything is validated or laid out: a file's lists, mappings
// and texts as parsed (aliases expanded), then the loaded map's totals (text with the imports,
// personas with imported ones, the grid's cells). Pure; reports budget-exceeded at the offending list or text and never throws.
import type { Diagnostic, Span } from '../diagnostics/diagnostic.js';
import type { DataPath } from '../source/locate.js';
import type { ParsedFile } from '../source/parse-source.js';
import { BUDGETS, type Budget } from './budgets.js';
import type { Journey } from './journey.js';

/** Enough to show what is wrong; a runaway file would otherwise list thousands of lists. */
const MAX_REPORTED = 20;

interface Walk {
  readonly parsed: ParsedFile;
  readonly out: Diagnostic[];
  /** Offsets already reported: an aliased list is one list in the source. */
  readonly reportedAt: Set<number>;
  touchpoints: number;
  kpis: number;
  characters: number;
  /** Set by a total that is exceeded: counting on would only repeat it. */
  stopped: boolean;
}

const HINTS = {
  list: 'keep the items that matter most, or split the journey into several maps',
  text: 'shorten it; put long detail in a linked document (`link:`)',
  map: 'split the journey into several maps, e.g. one per phase',
} as const;

export function budgetExceeded(message: string, span: Span | undefined, hint: string, file: string): Diagnostic {
  return { code: 'budget-exceeded', severity: 'error', message, ...(span ? { span } : { file }), hint };
}

function report(walk: Walk, path: DataPath, message: string, hint: string, which?: 'key'): void {
  const span = walk.parsed.locate(path, which);
  if (walk.reportedAt.has(span.start.offset)) return;
  walk.reportedAt.add(span.start.offset);
  walk.out.push(budgetExceeded(message, span, hint, walk.parsed.source.path));
  if (walk.out.length >= MAX_REPORTED) walk.stopped = true;
}

const isTouchpointList = (path: DataPath): boolean =>
  path.length === 3 && path[0] === 'stages' && typeof path[1] === 'number' && path[2] === 'touchpoints';

/** The budget of the list at `path`, and what its entries are called. */
function listBudget(path: DataPath): { budget: Budget; noun: string } {
  const last = path.at(-1);
  if (path.length === 1 && last === 'stages') return { budget: BUDGETS.stages, noun: 'stages' };
  if (path.length === 1 && last === 'personas') return { budget: BUDGETS.personas, noun: 'personas' };
  if (isTouchpointList(path)) return { budget: BUDGETS.touchpointsPerStage, noun: 'touchpoints' };
  if (last === 'kpis') return { budget: BUDGETS.kpisPerList, noun: 'KPIs' };
  return { budget: BUDGETS.listItems, noun: 'items' };
}

function text(walk: Walk, value: string, path: DataPath, which?: 'key'): void {
  if (walk.stopped) return;
  const { limit, unit } = BUDGETS.textCharacters;
  if (value.length > limit) {
    report(walk, path, `${which ? 'a key' : 'a text'} of ${value.length} characters; the budget is ${limit} ${unit}`, HINTS.text, which);
    return;
  }
  // Keys are not drawn (and the language's keys are short); only values count toward all text.
  if (which) return;
  walk.characters += value.length;
  if (walk.characters > BUDGETS.allText.limit) {
    const { limit: all, unit: allUnit } = BUDGETS.allText;
    report(
      walk,
      path,
      `the texts of this file add up to more than ${all} characters here; the budget is ${all} ${allUnit}`,
      HINTS.map,
      which,
    );
    walk.stopped = true;
  }
}

/** Counts a map-wide total; reports and stops at the entry that goes over it. */
function total(walk: Walk, name: 'touchpoints' | 'kpis', added: number, path: DataPath): void {
  const before = walk[name];
  walk[name] += added;
  const { limit, unit } = BUDGETS[name];
  if (walk[name] <= limit) return;
  const noun = name === 'kpis' ? 'KPIs' : 'touchpoints';
  report(
    walk,
    [...path, limit - before],
    `this is one ${noun.slice(0, -1)} more than the map may hold; the budget is ${limit} ${unit}`,
    HINTS.map,
  );
  walk.stopped = true;
}

function visit(walk: Walk, value: unknown, path: DataPath): void {
  if (walk.stopped) return;
  if (typeof value === 'string') {
    text(walk, value, path);
    return;
  }
  if (Array.isArray(value)) {
    const { budget, noun } = listBudget(path);
    const field = String(path.at(-1) ?? 'the list');
    if (value.length > budget.limit) {
      report(walk, path, `"${field}" holds ${value.length} ${noun}; the budget is ${budget.limit} ${budget.unit}`, HINTS.list);
      return;
    }
    if (isTouchpointList(path)) total(walk, 'touchpoints', value.length, path);
    if (path.at(-1) === 'kpis') total(walk, 'kpis', value.length, path);
    value.forEach((item, index) => visit(walk, item, [...path, index]));
    return;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    const { limit, unit } = BUDGETS.mappingEntries;
    if (entries.length > limit) {
      report(
        walk,
        path,
        `a mapping of ${entries.length} entries; the budget is ${limit} ${unit}`,
        'remove the keys that are not part of the language',
      );
      return;
    }
    for (const [key, item] of entries) {
      text(walk, key, [...path, key], 'key');
      visit(walk, item, [...path, key]);
    }
  }
}

/**
 * The budgets one file can break by itself: every list, mapping and text in it. Also counts the
 * characters of its texts, which the loader adds up over the journey and its imports.
 */
export function checkFileBudgets(parsed: ParsedFile): { diagnostics: Diagnostic[]; characters: number } {
  const walk: Walk = { parsed, out: [], reportedAt: new Set(), touchpoints: 0, kpis: 0, characters: 0, stopped: false };
  visit(walk, parsed.value, []);
  return { diagnostics: walk.out, characters: walk.characters };
}

/** All text of the journey and its imported libraries together; at `imports:`, which adds the rest. */
export function checkImportedText(parsed: ParsedFile, own: number, imported: number): Diagnostic[] {
  const { limit, unit } = BUDGETS.allText;
  if (own + imported <= limit) return [];
  const message = `this file's texts (${own} characters) and its imports' (${imported}) add up to ${own + imported} characters; the budget is ${limit} ${unit}`;
  return [
    budgetExceeded(
      message,
      parsed.locate(['imports']),
      'import smaller libraries: only the personas and channels this map uses',
      parsed.source.path,
    ),
  ];
}

/** The budgets only the loaded map can break: personas with imported ones, the grid's cells. */
export function checkMapBudgets(journey: Journey): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { personas, mapCells } = BUDGETS;
  if (journey.personas.length > personas.limit) {
    const first = journey.personas[personas.limit];
    out.push(
      budgetExceeded(
        `the map has ${journey.personas.length} personas, imported ones included; the budget is ${personas.limit} ${personas.unit}`,
        first?.span ?? journey.titleSpan,
        'import only the personas this journey is about, or split it into maps per persona group',
        journey.file,
      ),
    );
  }
  const touchpoints = journey.stages.reduce((sum, stage) => sum + stage.touchpoints.length, 0);
  const cells = touchpoints * journey.lanes.length;
  if (cells > mapCells.limit) {
    out.push(
      budgetExceeded(
        `the map has ${touchpoints} touchpoints x ${journey.lanes.length} lanes = ${cells} cells; the budget is ${mapCells.limit} ${mapCells.unit}`,
        journey.titleSpan,
        'list fewer `lanes:`, or split the journey into several maps',
        journey.file,
      ),
    );
  }
  return out;
}
