// JourneyInput (+ imported library entities) → Journey IR with every check that needs the whole
// document: ids, references, lanes, fields, image paths. Pure; file access stays in load-journey.ts.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { JourneyInput } from '../schema/journey.js';
import type { ParsedFile } from '../source/parse-source.js';
import { assignIds, idCandidate } from './assign-ids.js';
import { checkLocale } from './check-locale.js';
import {
  type ChannelDraft,
  draftsOf,
  IMPLICIT_PERSONA,
  type ImageRef,
  normalizeChannels,
  normalizePersonas,
  type PersonaDraft,
} from './drafts.js';
import { collectFieldSpans, fieldSpanSpec } from './field-spans.js';
import { findHandoffs } from './find-handoffs.js';
import type { Journey, Stage, Touchpoint } from './journey.js';
import { normalizeKpis } from './normalize-kpi.js';
import { normalizeTouchpoint, type TouchpointInput } from './normalize-touchpoint.js';
import { isBuiltinLane, resolveLanes } from './resolve-lanes.js';

/** The fields lint rules point at. */
const STAGE_FIELD_SPANS = fieldSpanSpec(['name', 'objective']);
export interface Imported {
  readonly personas: readonly PersonaDraft[];
  readonly channels: readonly ChannelDraft[];
}

interface TouchpointEntry {
  readonly input: TouchpointInput;
  readonly path: (string | number)[];
  readonly stageIndex: number;
  /** Written as a plain string: the name's span is the entry itself. */
  readonly shorthand: boolean;
}

export function normalizeJourney(
  input: JourneyInput,
  parsed: ParsedFile,
  imported: Imported = { personas: [], channels: [] },
): { journey: Journey; images: ImageRef[]; maps: ImageRef[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const stageInputs = input.stages.map((s) => (typeof s === 'string' ? { name: s } : s));
  const personaResult = normalizePersonas([...imported.personas, ...draftsOf(input.personas, parsed, 'personas')]);
  const channelResult = normalizeChannels([...imported.channels, ...draftsOf(input.channels, parsed, 'channels')]);
  diagnostics.push(...personaResult.diagnostics, ...channelResult.diagnostics);
  const personas = personaResult.personas.length > 0 ? personaResult.personas : [IMPLICIT_PERSONA];

  const stageIds = assignIds(
    stageInputs.map((s, i) => idCandidate({ input: s, parsed, path: ['stages', i], shorthand: typeof input.stages[i] === 'string' })),
    'stage',
  );
  diagnostics.push(...stageIds.diagnostics);

  // Touchpoint ids are unique across the whole journey, so they are assigned in one pass.
  const entries = touchpointEntries(stageInputs);
  const touchpointIds = assignIds(
    entries.map((e) => idCandidate({ ...e, parsed })),
    'touchpoint',
  );
  diagnostics.push(...touchpointIds.diagnostics);

  const customLaneIds = (input.lanes ?? []).flatMap((l) => (typeof l !== 'string' && !isBuiltinLane(l.id) ? [l.id] : []));
  const ctx = { parsed, personaIds: [...new Set(personas.map((p) => p.id))], channels: channelResult.channels, customLaneIds };
  const images: ImageRef[] = [...personaResult.images];
  const maps: ImageRef[] = [];
  const touchpoints: Touchpoint[] = entries.map((entry, index) => {
    const result = normalizeTouchpoint(
      ctx,
      entry.input,
      { id: touchpointIds.ids[index] ?? '', stageId: stageIds.ids[entry.stageIndex] ?? '' },
      entry.path,
    );
    diagnostics.push(...result.diagnostics);
    images.push(...result.files.images);
    maps.push(...result.files.maps);
    return result.touchpoint;
  });

  const stages = stagesOf(parsed, stageInputs, stageIds.ids, touchpoints, entries);

  const laneResult = resolveLanes(input, parsed, stages);
  diagnostics.push(...laneResult.diagnostics);
  diagnostics.push(...checkLocale(parsed, input.locale));

  const journey: Journey = {
    file: parsed.source.path,
    title: input.title,
    titleSpan: parsed.locate(['title']),
    ...(input.description !== undefined ? { description: input.description } : {}),
    state: input.state ?? 'current',
    ...(input.owner !== undefined ? { owner: input.owner } : {}),
    ...(input.updated !== undefined ? { updated: input.updated } : {}),
    tags: [...(input.tags ?? [])],
    personas,
    channels: channelResult.channels,
    lanes: laneResult.lanes,
    kpis: normalizeKpis(parsed, input.kpis, ['kpis']),
    stages,
    ...(input.locale !== undefined ? { locale: input.locale } : {}),
    handoffs: findHandoffs(stages),
  };
  return { journey, images, maps, diagnostics };
}

type StageInput = Exclude<JourneyInput['stages'][number], string>;

/** Every touchpoint of every stage in document order, with its path and its stage. */
function touchpointEntries(stageInputs: readonly StageInput[]): TouchpointEntry[] {
  return stageInputs.flatMap((stage, stageIndex) =>
    (stage.touchpoints ?? []).map((tp, i) => ({
      input: typeof tp === 'string' ? { name: tp } : tp,
      path: ['stages', stageIndex, 'touchpoints', i],
      stageIndex,
      shorthand: typeof tp === 'string',
    })),
  );
}

/** The stages with their ids, KPIs and spans, each holding its own touchpoints (entries say whose). */
function stagesOf(
  parsed: ParsedFile,
  stageInputs: readonly StageInput[],
  ids: readonly string[],
  touchpoints: readonly Touchpoint[],
  entries: readonly TouchpointEntry[],
): Stage[] {
  return stageInputs.map((s, i) => ({
    id: ids[i] ?? '',
    name: s.name,
    ...(s.objective !== undefined ? { objective: s.objective } : {}),
    kpis: normalizeKpis(parsed, s.kpis, ['stages', i, 'kpis']),
    touchpoints: touchpoints.filter((_, t) => entries[t]?.stageIndex === i),
    span: parsed.locate(['stages', i]),
    // A stage written as a plain string: its `name` path ends below the string, which locate gives.
    fieldSpans: collectFieldSpans(parsed, ['stages', i], s, STAGE_FIELD_SPANS),
  }));
}
