// Workshop sheets → journey data and YAML for `journeymap import file.xlsx|.csv`: the touchpoints
// sheet (one row per touchpoint) plus, when present, the Journey, Stages, Personas, Channels,
// Lanes and KPIs sheets the xlsx format writes, so an export imports back. Pure.
import { Document, isCollection } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { BUILTIN_LANES } from '../model/journey.js';
import { slugify } from '../model/slug.js';
import { TOUCHPOINT_COLUMNS_AFTER_EMOTION, TOUCHPOINT_COLUMNS_BEFORE_EMOTION } from '../model/touchpoint-columns.js';
import { type ConvertOptions, DEFAULT_SCHEMA_URL } from './mermaid-journey.js';
import { type Column, fieldColumn, normalizeHeader, SheetReader } from './sheet-fields.js';
import type { Sheet, SheetRow } from './sheet-table.js';
import { UniqueIds } from './unique-ids.js';

type Data = Record<string, unknown>;

const TOUCHPOINT_FIELDS = [...TOUCHPOINT_COLUMNS_BEFORE_EMOTION, 'emotion', ...TOUCHPOINT_COLUMNS_AFTER_EMOTION];
const TOUCHPOINT_ALIASES = {
  touchpoint: 'name',
  touchpointname: 'name',
  stagename: 'stage',
  pain: 'pains',
  opportunity: 'opportunities',
  system: 'systems',
  persona: 'personas',
  note: 'notes',
  momentoftruth: 'critical',
  fail: 'fails',
};
const SHEET_NAMES = ['journey', 'personas', 'channels', 'lanes', 'stages', 'touchpoints', 'kpis', 'actions'] as const;

/** Leaves out undefined values and empty lists, keeping key order. */
const compact = (data: Data): Data =>
  Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));

const stem = (file: string): string => (file.split(/[\\/]/).pop() ?? file).replace(/\.[^.]*$/, '').trim() || 'Imported journey';

/** Each known sheet by its name; the touchpoints are the sheet named so, else the first that is not another known sheet. */
function pickSheets(sheets: readonly Sheet[]): Partial<Record<(typeof SHEET_NAMES)[number], Sheet>> {
  const byName: Partial<Record<(typeof SHEET_NAMES)[number], Sheet>> = {};
  for (const sheet of sheets) {
    const key = SHEET_NAMES.find((n) => n === normalizeHeader(sheet.name));
    if (key && !byName[key]) byName[key] = sheet;
  }
  byName.touchpoints ??= sheets.find((s) => !SHEET_NAMES.some((n) => n === normalizeHeader(s.name)));
  return byName;
}

interface Table {
  readonly reader: SheetReader;
  readonly columns: Column[];
  readonly rows: readonly SheetRow[];
}

function table(file: string, sheet: Sheet | undefined, spec: Parameters<SheetReader['columns']>[1]): Table | undefined {
  if (!sheet || sheet.rows.length === 0) return undefined;
  const reader = new SheetReader(file, sheet.name);
  const [header, ...rows] = sheet.rows;
  return { reader, columns: reader.columns(header!, spec), rows };
}

function journeyFields(t: Table | undefined): Data {
  if (!t) return {};
  const out: Data = {};
  // Field/value pairs, one per row: the first column names the field.
  const fields = ['title', 'description', 'state', 'owner', 'updated', 'tags', 'locale'];
  for (const row of t.rows) {
    const name = t.reader.text(row, { kind: 'field', field: 'field', index: 0 });
    if (name === undefined) continue;
    const field = fields.find((f) => f === normalizeHeader(name));
    const value: Column = { kind: 'field', field: 'value', index: 1 };
    if (field === undefined) {
      t.reader.invalid(row.row, 1, `"${name}" is not a journey field`, `fields: ${fields.join(', ')}`);
      continue;
    }
    if (field === 'tags') out.tags = t.reader.items(row, value);
    else if (field === 'state') out.state = t.reader.choice(row, value, ['current', 'future'] as const);
    else out[field] = t.reader.text(row, value);
  }
  return compact(out);
}

function personasOf(t: Table | undefined): Data[] {
  if (!t) return [];
  const col = (f: string) => fieldColumn(t.columns, f);
  return t.rows.map((row) =>
    compact({
      id: t.reader.text(row, col('id')),
      name: t.reader.text(row, col('name')),
      age: t.reader.number(row, col('age')),
      role: t.reader.text(row, col('role')),
      quote: t.reader.text(row, col('quote')),
      goals: t.reader.lines(row, col('goals')),
      needs: t.reader.lines(row, col('needs')),
      frustrations: t.reader.lines(row, col('frustrations')),
      tech: t.reader.choice(row, col('tech'), ['low', 'medium', 'high'] as const),
      image: t.reader.text(row, col('image')),
      color: t.reader.text(row, col('color')),
    }),
  );
}

/**
 * A KPIs row. With a data file (our export writes its path, as the journey writes it, and its
 * column) the KPI is data-fed again: its value comes from the file, so the sheet's copy is left out.
 */
function kpiOf(t: Table, row: SheetRow): Data {
  const col = (f: string) => fieldColumn(t.columns, f);
  const file = t.reader.text(row, col('data'));
  const column = t.reader.text(row, col('data column'));
  return compact({
    name: t.reader.text(row, col('name')),
    ...(file === undefined ? { value: t.reader.number(row, col('value')) } : { data: column === undefined ? file : { file, column } }),
    target: t.reader.number(row, col('target')),
    baseline: t.reader.number(row, col('baseline')),
    unit: t.reader.text(row, col('unit')),
    better: t.reader.choice(row, col('better'), ['higher', 'lower'] as const),
    source: t.reader.text(row, col('source')),
  });
}

interface StageOut {
  readonly key: string;
  readonly data: Data;
  readonly touchpoints: Data[];
  readonly kpis: Data[];
}

export function workshopToJourney(sheets: readonly Sheet[], file: string): { data?: Data; diagnostics: Diagnostic[] } {
  const picked = pickSheets(sheets);
  const tps = table(file, picked.touchpoints, { fields: TOUCHPOINT_FIELDS, aliases: TOUCHPOINT_ALIASES, prefixed: true });
  const journey = table(file, picked.journey, { fields: ['field', 'value'] });
  const personaSheet = table(file, picked.personas, {
    fields: ['id', 'name', 'role', 'age', 'tech', 'quote', 'goals', 'needs', 'frustrations', 'color', 'image'],
  });
  const channelSheet = table(file, picked.channels, { fields: ['id', 'name', 'kind', 'icon'] });
  const laneSheet = table(file, picked.lanes, { fields: ['id', 'title'] });
  const stageSheet = table(file, picked.stages, { fields: ['id', 'name', 'objective'] });
  const kpiSheet = table(file, picked.kpis, {
    fields: ['name', 'value', 'target', 'baseline', 'unit', 'better', 'source', 'stage', 'touchpoint', 'data', 'data column'],
    aliases: { kpi: 'name' },
    ignored: ['where', 'status'],
  });
  const all = [tps, journey, personaSheet, channelSheet, laneSheet, stageSheet, kpiSheet];
  const diagnostics = (): Diagnostic[] => all.flatMap((t) => t?.reader.diagnostics ?? []);

  const sheetName = picked.touchpoints?.name ?? '';
  if (!tps) {
    return {
      diagnostics: [
        {
          code: 'sheet-missing-column',
          severity: 'error',
          message: 'no touchpoints: the spreadsheet has no rows',
          file,
          hint: 'one row per touchpoint, under a header row with stage and name columns',
        },
      ],
    };
  }
  const header = picked.touchpoints!.rows[0]!;
  const missing = ['stage', 'name'].filter((f) => !fieldColumn(tps.columns, f));
  if (missing.length > 0) {
    tps.reader.diagnostics.push({
      code: 'sheet-missing-column',
      severity: 'error',
      message: `${sheetName === '' ? 'the header row' : `sheet ${sheetName}`} has no ${missing.map((m) => `"${m}"`).join(' or ')} column`,
      span: { file, start: { line: header.row, column: 1, offset: 0 }, end: { line: header.row, column: 2, offset: 0 } },
      hint: "name the columns like the language's fields: stage, name (or touchpoint), channel, emotion, pains, opportunities, owner, …",
    });
    return { diagnostics: diagnostics() };
  }

  const people = personaBook(personasOf(personaSheet), personaSheet !== undefined);
  const emotionColumns = tps.columns.filter((c): c is EmotionColumn => c.kind === 'emotion');
  const emotionPersona = emotionColumnPersonas(tps, header, emotionColumns, people);
  const stages = sheetStages(stageSheet);
  const placed = touchpointsIntoStages(tps, stages, people, emotionPersona);
  const journeyKpis = placeKpis(kpiSheet, placed, stages);

  const head = journeyFields(journey);
  const data = compact({
    title: head.title ?? stem(file),
    ...head,
    personas: people.personas,
    channels: channelsOf(channelSheet),
    lanes: lanesOf(laneSheet),
    kpis: journeyKpis,
    stages: stages.map((s) => compact({ ...s.data, kpis: s.kpis, touchpoints: s.touchpoints })),
  });
  return { data, diagnostics: diagnostics() };
}

type EmotionColumn = Extract<Column, { kind: 'emotion' }>;

/** The journey's personas as the sheets name them, and how a cell's name finds one (or adds one when there is no Personas sheet). */
interface PersonaBook {
  readonly personas: Data[];
  /** The id of the persona a cell names by id, slug or name. */
  find(text: string): string | undefined;
  /** Whether personas come from a Personas sheet: then a name not in it is an error, not a new persona. */
  readonly fromSheet: boolean;
  add(name: string): string;
}

// Personas: the Personas sheet, else one per `emotion: <name>` column and per name in `personas` cells.
function personaBook(personas: Data[], fromSheet: boolean): PersonaBook {
  const personaIds = new UniqueIds(
    'persona',
    personas.map((p) => String(p.id ?? slugify(String(p.name ?? '')))),
  );
  const personaKey = (p: Data): string => String(p.id ?? slugify(String(p.name ?? '')));
  return {
    personas,
    fromSheet,
    find: (text) =>
      personas
        .map(personaKey)
        .find((id, i) => id === text || id === slugify(text) || String(personas[i]!.name ?? '').toLowerCase() === text.toLowerCase()),
    add: (name) => {
      const id = personaIds.take(slugify(name));
      personas.push({ id, name });
      return id;
    },
  };
}

/** The persona each `emotion: <name>` column speaks for (undefined: not in the Personas sheet, reported). */
function emotionColumnPersonas(
  tps: Table,
  header: SheetRow,
  emotionColumns: readonly EmotionColumn[],
  people: PersonaBook,
): Map<Column, string | undefined> {
  const emotionPersona = new Map<Column, string | undefined>();
  for (const c of emotionColumns) {
    const known = people.find(c.persona);
    if (known === undefined && people.fromSheet)
      tps.reader.invalid(
        header.row,
        c.index + 1,
        `persona "${c.persona}" is not in the Personas sheet`,
        'add the persona to the Personas sheet, or name one of its ids or names',
      );
    emotionPersona.set(c, known ?? (people.fromSheet ? undefined : people.add(c.persona)));
  }
  return emotionPersona;
}

/** The journey's stages as the Stages sheet lists them, in order; touchpoint rows add the rest. */
function sheetStages(stageSheet: Table | undefined): StageOut[] {
  const stages: StageOut[] = [];
  for (const row of stageSheet?.rows ?? []) {
    const col = (f: string) => fieldColumn(stageSheet!.columns, f);
    const name = stageSheet!.reader.text(row, col('name'));
    const id = stageSheet!.reader.text(row, col('id'));
    if (name === undefined) continue;
    stages.push({
      key: id ?? slugify(name),
      data: compact({ id, name, objective: stageSheet!.reader.text(row, col('objective')) }),
      touchpoints: [],
      kpis: [],
    });
  }
  return stages;
}

const findStage = (stages: readonly StageOut[], text: string): StageOut | undefined =>
  stages.find((s) => s.key === text || String(s.data.name).toLowerCase() === text.toLowerCase());

/**
 * Each touchpoint row into its stage (new stage names are added in order of appearance); returns
 * the touchpoints by id (or name slug) for the KPIs sheet's touchpoint column.
 */
function touchpointsIntoStages(
  tps: Table,
  stages: StageOut[],
  people: PersonaBook,
  emotionPersona: ReadonlyMap<Column, string | undefined>,
): Map<string, Data> {
  const col = (f: string) => fieldColumn(tps.columns, f);
  const stageIds = new UniqueIds('stage');
  const touchpointIds = new UniqueIds('touchpoint');
  const touchpointKeys = new Map<string, Data>();
  let current: StageOut | undefined;
  for (const row of tps.rows) {
    const r = tps.reader;
    const stageText = r.text(row, col('stage'));
    // A blank stage cell continues the stage above (workshop sheets often merge those cells).
    if (stageText !== undefined) {
      current = findStage(stages, stageText);
      if (!current) {
        current = { key: stageIds.take(slugify(stageText)), data: { name: stageText }, touchpoints: [], kpis: [] };
        stages.push(current);
      }
    }
    const name = r.text(row, col('name'));
    if (name === undefined) {
      r.invalid(
        row.row,
        col('name')!.index + 1,
        'this row has no touchpoint name',
        'every row is one touchpoint: give it a name, or delete the row',
      );
      continue;
    }
    if (!current) {
      r.invalid(row.row, col('stage')!.index + 1, `touchpoint "${name}" has no stage`, 'write the stage in the first row of each stage');
      continue;
    }
    const id = r.text(row, col('id')) ?? touchpointIds.explicit(slugify(name));
    const tp = touchpointOf(tps, row, id, name, people, emotionPersona);
    current.touchpoints.push(tp);
    touchpointKeys.set(String(id ?? slugify(name)), tp);
  }
  return touchpointKeys;
}

/** One touchpoint row as journey data: its personas, its emotion (per persona column, else the one column), its cells. */
function touchpointOf(
  tps: Table,
  row: SheetRow,
  id: string | undefined,
  name: string,
  people: PersonaBook,
  emotionPersona: ReadonlyMap<Column, string | undefined>,
): Data {
  const r = tps.reader;
  const col = (f: string) => fieldColumn(tps.columns, f);
  const shown = r.items(row, col('personas')).map((p) => {
    const found = people.find(p);
    if (found !== undefined) return found;
    if (people.fromSheet)
      r.invalid(
        row.row,
        col('personas')!.index + 1,
        `persona "${p}" is not in the Personas sheet`,
        'add the persona to the Personas sheet, or name one of its ids or names',
      );
    return people.fromSheet ? p : people.add(p);
  });
  const perPersona: Record<string, number> = {};
  for (const [c, persona] of emotionPersona) {
    const value = r.number(row, c, [-2, 2]);
    if (value !== undefined && persona !== undefined) perPersona[persona] = value;
  }
  const single = r.number(row, col('emotion'), [-2, 2]);
  const emotion = Object.keys(perPersona).length > 0 ? perPersona : single;
  const fields = Object.fromEntries(
    tps.columns.flatMap((c) => (c.kind === 'custom' && r.text(row, c) !== undefined ? [[c.lane, r.text(row, c)]] : [])),
  );
  return compact({
    id,
    name,
    channel: r.text(row, col('channel')),
    personas: shown,
    action: r.text(row, col('action')),
    thought: r.text(row, col('thought')),
    emotion,
    pains: r.lines(row, col('pains')),
    opportunities: r.lines(row, col('opportunities')),
    frontstage: r.text(row, col('frontstage')),
    backstage: r.text(row, col('backstage')),
    owner: r.text(row, col('owner')),
    systems: r.items(row, col('systems')),
    critical: r.yesNo(row, col('critical')) || undefined,
    evidence: r.choice(row, col('evidence'), ['assumption', 'research', 'data'] as const),
    link: r.text(row, col('link')),
    notes: r.text(row, col('notes')),
    wait: r.text(row, col('wait')),
    duration: r.text(row, col('duration')),
    fails: r.lines(row, col('fails')),
    recovery: r.text(row, col('recovery')),
    image: r.text(row, col('image')),
    map: r.text(row, col('map')),
    fields: Object.keys(fields).length > 0 ? fields : undefined,
  });
}

/** KPIs go back where their stage and touchpoint columns say, else to the journey: returns the journey's. */
function placeKpis(kpiSheet: Table | undefined, touchpointKeys: ReadonlyMap<string, Data>, stages: readonly StageOut[]): Data[] {
  const journeyKpis: Data[] = [];
  for (const row of kpiSheet?.rows ?? []) {
    const t = kpiSheet!;
    const kpi = kpiOf(t, row);
    if (kpi.name === undefined) continue;
    const tpKey = t.reader.text(row, fieldColumn(t.columns, 'touchpoint'));
    const stageKey = t.reader.text(row, fieldColumn(t.columns, 'stage'));
    const tp = tpKey !== undefined ? touchpointKeys.get(tpKey) : undefined;
    const stage = stageKey !== undefined ? findStage(stages, stageKey) : undefined;
    if (tp) tp.kpis = [...((tp.kpis as Data[] | undefined) ?? []), kpi];
    else if (stage) stage.kpis.push(kpi);
    else journeyKpis.push(kpi);
  }
  return journeyKpis;
}

function channelsOf(channelSheet: Table | undefined): Data[] {
  return (channelSheet?.rows ?? []).map((row) => {
    const c = (f: string) => fieldColumn(channelSheet!.columns, f);
    return compact({
      id: channelSheet!.reader.text(row, c('id')),
      name: channelSheet!.reader.text(row, c('name')),
      kind: channelSheet!.reader.choice(row, c('kind'), ['digital', 'physical', 'human', 'other'] as const),
      icon: channelSheet!.reader.text(row, c('icon')),
    });
  });
}

/** The Lanes sheet: a built-in lane by its id alone, any other (or a retitled one) as { id, title }. */
function lanesOf(laneSheet: Table | undefined): (string | Data)[] {
  return (laneSheet?.rows ?? []).flatMap((row): (string | Data)[] => {
    const id = laneSheet!.reader.text(row, fieldColumn(laneSheet!.columns, 'id'));
    const title = laneSheet!.reader.text(row, fieldColumn(laneSheet!.columns, 'title'));
    if (id === undefined) return [];
    return (BUILTIN_LANES as readonly string[]).includes(id) && title === undefined ? [id] : [{ id, title: title ?? id }];
  });
}

function setFlow(node: unknown): void {
  if (isCollection(node)) node.flow = true;
}

export function workshopYaml(data: Data, file: string, options: ConvertOptions = {}): string {
  const doc = new Document(data, { version: '1.2' });
  doc.commentBefore = ` yaml-language-server: $schema=${options.schemaUrl ?? DEFAULT_SCHEMA_URL}\n Imported from the workshop spreadsheet ${file}.`;
  // Short lists and the per-persona emotion read better inline, as in the language reference.
  setFlow(doc.get('tags'));
  (data.stages as Data[]).forEach((stage, s) => {
    ((stage.touchpoints as Data[] | undefined) ?? []).forEach((_, t) => {
      for (const key of ['personas', 'emotion', 'systems', 'fields']) setFlow(doc.getIn(['stages', s, 'touchpoints', t, key]));
    });
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
