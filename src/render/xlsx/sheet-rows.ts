// The journey as sheet rows: one table (header + rows of cell values) per sheet, in the
// language's field names where the sheet describes entities, so the workbook reads back with
// `journeymap import`. Pure data; xlsx-renderer.ts styles and writes it.

import { posix } from 'node:path';
import type { Journey, Kpi } from '../../model/journey.js';
import { kpiStatus } from '../../model/kpi-met.js';
import { TOUCHPOINT_COLUMNS_AFTER_EMOTION, TOUCHPOINT_COLUMNS_BEFORE_EMOTION } from '../../model/touchpoint-columns.js';
import { KPI_STATUS_WORD } from '../../words/kpi-status-word.js';
import { say, type WordId, type Words } from '../../words/say.js';
import { collectKpis, groupByOwner } from '../summary-data.js';
import { XLSX_WORDS as W } from './words.js';

export type Cell = string | number | undefined;

export interface SheetTable {
  readonly name: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  /** Column indexes holding long text (wider, wrapped). */
  readonly wide?: readonly number[];
}

const list = (items: readonly string[]): Cell => (items.length === 0 ? undefined : items.join('\n'));
const inline = (items: readonly string[]): Cell => (items.length === 0 ? undefined : items.join(', '));

/** A root-relative path (images, maps) as the journey file writes it: relative to its folder. */
const fromJourney = (journey: Journey, path: string | undefined): Cell =>
  path === undefined ? undefined : posix.relative(posix.dirname(journey.file), path);

/** The implicit persona's emotion is one column "emotion"; named personas get "emotion: <id>". */
function emotionColumns(journey: Journey): { header: string; id: string }[] {
  const personas = journey.personas;
  if (personas.length === 1 && personas[0]!.implicit) return [{ header: 'emotion', id: personas[0]!.id }];
  return personas.map((p) => ({ header: `emotion: ${p.id}`, id: p.id }));
}

function touchpointsTable(journey: Journey): SheetTable {
  const custom = journey.lanes.filter((l) => l.kind === 'custom');
  const emotions = emotionColumns(journey);
  const named = journey.personas.filter((p) => !p.implicit).map((p) => p.id);
  const columns = [
    ...TOUCHPOINT_COLUMNS_BEFORE_EMOTION,
    ...emotions.map((e) => e.header),
    ...TOUCHPOINT_COLUMNS_AFTER_EMOTION,
    ...custom.map((l) => `fields: ${l.id}`),
  ];
  const rows = journey.stages.flatMap((stage) =>
    stage.touchpoints.map((tp): Cell[] => [
      stage.name,
      tp.id,
      tp.name,
      tp.channel?.id ?? tp.channel?.name,
      // All personas is the default: written only when the touchpoint is narrower.
      named.length > 0 && tp.personas.length < named.length ? inline(tp.personas) : undefined,
      tp.action,
      tp.thought,
      ...emotions.map((e) => tp.emotion[e.id]),
      list(tp.pains),
      list(tp.opportunities),
      tp.frontstage,
      tp.backstage,
      tp.owner,
      inline(tp.systems),
      tp.critical ? W.yes : undefined,
      tp.evidence,
      tp.link,
      tp.notes,
      tp.wait?.text,
      tp.duration?.text,
      list(tp.fails),
      tp.recovery,
      fromJourney(journey, tp.image),
      fromJourney(journey, tp.map),
      ...custom.map((l) => tp.fields[l.id]),
    ]),
  );
  const wideNames = new Set([
    'name',
    'action',
    'thought',
    'pains',
    'opportunities',
    'frontstage',
    'backstage',
    'notes',
    'fails',
    'recovery',
  ]);
  return {
    name: W.sheets.touchpoints,
    columns,
    rows,
    wide: columns.flatMap((c, i) => (wideNames.has(c) || c.startsWith('fields:') ? [i] : [])),
  };
}

/** The map's status words (On target / Off target / No value yet / No target), the same in every format. */
const status = (k: Kpi, words: Words): string => say(words, KPI_STATUS_WORD[kpiStatus(k)]);

const ACTION_KIND_WORD = {
  pain: 'action.pain',
  opportunity: 'action.opportunity',
  failure: 'action.failure',
  handoff: 'action.handoff',
  riskyHandoff: 'action.riskyHandoff',
} as const satisfies Record<string, WordId>;

function kpisTable(journey: Journey, words: Words): SheetTable {
  // Stage and touchpoint ids say where a KPI belongs, so import puts it back there.
  const stageOf = new Map<Kpi, string>();
  const touchpointOf = new Map<Kpi, string>();
  for (const stage of journey.stages) {
    for (const k of stage.kpis) stageOf.set(k, stage.id);
    for (const tp of stage.touchpoints) for (const k of tp.kpis) touchpointOf.set(k, tp.id);
  }
  const rows = collectKpis(journey, words).map(({ kpi, where }): Cell[] => [
    kpi.name,
    where,
    kpi.value,
    kpi.target,
    kpi.baseline,
    kpi.unit,
    kpi.better,
    kpi.source,
    status(kpi, words),
    stageOf.get(kpi),
    touchpointOf.get(kpi),
    // A data-fed KPI keeps its data file (as the journey writes it) and column, so import links it
    // again: the language has no inline series, and `value` beside `data` would be an error.
    fromJourney(journey, kpi.series?.file),
    kpi.series && kpi.series.column !== 'value' ? kpi.series.column : undefined,
  ]);
  return {
    name: W.sheets.kpis,
    columns: [
      W.kpiColumns.name,
      W.kpiColumns.where,
      'value',
      'target',
      'baseline',
      'unit',
      'better',
      'source',
      W.kpiColumns.status,
      'stage',
      'touchpoint',
      'data',
      'data column',
    ],
    rows,
    wide: [0, 1, 7],
  };
}

function actionsTable(journey: Journey, words: Words): SheetTable {
  const A = (id: WordId): string => say(words, id);
  const rows = journey.stages.flatMap((stage) =>
    groupByOwner(stage, journey).flatMap((group) =>
      group.items.map((item): Cell[] => [
        stage.name,
        group.owner ?? say(words, 'owner.none'),
        say(words, ACTION_KIND_WORD[item.kind === 'handoff' && item.risky ? 'riskyHandoff' : item.kind]),
        item.text,
        item.touchpoint.name,
        item.touchpoint.critical ? W.yes : undefined,
      ]),
    ),
  );
  return {
    name: W.sheets.actions,
    columns: [
      A('action.column.stage'),
      A('action.column.owner'),
      A('action.column.type'),
      A('action.column.action'),
      A('action.column.touchpoint'),
      A('mark.momentOfTruth'),
    ],
    rows,
    wide: [3, 4],
  };
}

function journeyTable(journey: Journey): SheetTable {
  const rows: Cell[][] = [
    ['title', journey.title],
    ['description', journey.description],
    ['state', journey.state],
    ['owner', journey.owner],
    ['updated', journey.updated],
    ['tags', inline(journey.tags)],
    ['locale', journey.locale],
  ];
  return { name: W.sheets.journey, columns: [W.field, W.value], rows: rows.filter((r) => r[1] !== undefined), wide: [1] };
}

function personasTable(journey: Journey): SheetTable {
  const rows = journey.personas
    .filter((p) => !p.implicit)
    .map((p): Cell[] => [
      p.id,
      p.name,
      p.role,
      p.age,
      p.tech,
      p.quote,
      list(p.goals),
      list(p.needs),
      list(p.frustrations),
      p.color,
      fromJourney(journey, p.image),
    ]);
  return {
    name: W.sheets.personas,
    columns: ['id', 'name', 'role', 'age', 'tech', 'quote', 'goals', 'needs', 'frustrations', 'color', 'image'],
    rows,
    wide: [1, 5, 6, 7, 8],
  };
}

export function sheetTables(journey: Journey, words: Words): SheetTable[] {
  return [
    touchpointsTable(journey),
    kpisTable(journey, words),
    actionsTable(journey, words),
    journeyTable(journey),
    {
      name: W.sheets.stages,
      columns: ['id', 'name', 'objective'],
      rows: journey.stages.map((s) => [s.id, s.name, s.objective]),
      wide: [1, 2],
    },
    personasTable(journey),
    {
      name: W.sheets.channels,
      columns: ['id', 'name', 'kind', 'icon'],
      rows: journey.channels.map((c) => [c.id, c.name, c.kind, c.icon]),
      wide: [1],
    },
    {
      name: W.sheets.lanes,
      columns: ['id', 'title'],
      rows: journey.lanes.map((l) => [l.id, l.kind === 'custom' ? l.title : undefined]),
      wide: [1],
    },
  ];
}
