// One touchpoint as written → the IR Touchpoint (id assigned by the caller): lists, emotion per
// persona, channel resolved, persona references and custom fields checked. Pure.
import type { z } from 'zod/mini';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { editDistance, suggestionHint } from '../diagnostics/did-you-mean.js';
import type { touchpointObjectSchema } from '../schema/touchpoint.js';
import type { DataPath } from '../source/locate.js';
import type { ParsedFile } from '../source/parse-source.js';
import type { ImageRef } from './drafts.js';
import { parseDuration } from './duration.js';
import { collectFieldSpans, fieldSpanSpec } from './field-spans.js';
import type { Channel, ChannelRef, Duration, Kpi, Touchpoint } from './journey.js';
import { normalizeKpis } from './normalize-kpi.js';
import { resolveWrittenPath } from './project-path.js';
import { toList } from './to-list.js';

export type TouchpointInput = z.infer<typeof touchpointObjectSchema>;

export interface TouchpointContext {
  readonly parsed: ParsedFile;
  readonly personaIds: readonly string[];
  readonly channels: readonly Channel[];
  readonly customLaneIds: readonly string[];
}

/** The fields lint rules point at (long-text's texts, critical-without-owner, touchpoint-without-emotion). */
const TOUCHPOINT_FIELD_SPANS = fieldSpanSpec(
  ['name', 'action', 'thought', 'frontstage', 'backstage', 'owner', 'notes', 'critical', 'emotion', 'recovery', 'wait', 'duration', 'map'],
  ['pains', 'opportunities', 'systems', 'fails'],
  ['fields'],
);

/** The hint for a persona id that is not defined (also used for --persona). */
export const unknownPersonaHint = (id: string, personaIds: readonly string[]): string =>
  suggestionHint(id, personaIds, `defined personas: ${personaIds.join(', ')}`);

function unknownPersona(ctx: TouchpointContext, id: string, path: DataPath, which?: 'key'): Diagnostic {
  return {
    code: 'unknown-persona',
    severity: 'error',
    message: `persona "${id}" is not defined`,
    span: ctx.parsed.locate(path, which),
    hint: unknownPersonaHint(id, ctx.personaIds),
  };
}

function resolveChannel(ctx: TouchpointContext, text: string, path: DataPath, out: Diagnostic[]): ChannelRef {
  const byId = ctx.channels.find((c) => c.id === text);
  const match = byId ?? ctx.channels.find((c) => c.name.toLowerCase() === text.toLowerCase());
  if (match) return { id: match.id, name: match.name, ...(match.icon !== undefined ? { icon: match.icon } : {}) };
  const near = ctx.channels.find((c) => editDistance(text.toLowerCase(), c.id) <= 1);
  if (near) {
    out.push({
      code: 'probable-channel-typo',
      severity: 'warning',
      message: `channel "${text}" is not a channel id, so it is shown as free text`,
      span: ctx.parsed.locate(path),
      hint: `did you mean "${near.id}"?`,
    });
  }
  return { name: text };
}

/** A touchpoint's `wait` or `duration`, or an invalid-duration diagnostic at the value. */
function durationOf(ctx: TouchpointContext, written: string | number | undefined, path: DataPath, out: Diagnostic[]): Duration | undefined {
  if (written === undefined) return undefined;
  const parsed = parseDuration(written);
  if ('seconds' in parsed) return { seconds: parsed.seconds, text: String(written).trim() };
  out.push({ code: 'invalid-duration', severity: 'error', message: parsed.problem, span: ctx.parsed.locate(path), hint: parsed.hint });
  return undefined;
}

/** The files a touchpoint names (storyboard image, detail map), for load-journey to check. */
export interface TouchpointFiles {
  readonly images: ImageRef[];
  readonly maps: ImageRef[];
}

export function normalizeTouchpoint(
  ctx: TouchpointContext,
  input: TouchpointInput,
  ids: { readonly id: string; readonly stageId: string },
  path: DataPath,
): { touchpoint: Touchpoint; diagnostics: Diagnostic[]; files: TouchpointFiles } {
  const diagnostics: Diagnostic[] = [];
  const files: TouchpointFiles = { images: [], maps: [] };
  const fileAt = (key: 'image' | 'map', written: string | undefined, example: string): string | undefined => {
    if (written === undefined) return undefined;
    const resolved = resolveWrittenPath(ctx.parsed, [...path, key], written, key, example);
    if (resolved.diagnostic) diagnostics.push(resolved.diagnostic);
    if (resolved.path !== undefined) (key === 'image' ? files.images : files.maps).push({ path: resolved.path, span: resolved.span });
    return resolved.path;
  };
  const image = fileAt('image', input.image, 'screens/checkout.png');
  const map = fileAt('map', input.map, 'details/checkout.journey.yaml');
  const wait = durationOf(ctx, input.wait, [...path, 'wait'], diagnostics);
  const duration = durationOf(ctx, input.duration, [...path, 'duration'], diagnostics);
  const personas = personasShown(ctx, input.personas, path, diagnostics);
  const emotion = emotionsOf(ctx, input.emotion, personas, path, diagnostics);
  const fields = customFields(ctx, input.fields, path, diagnostics);
  const kpis: Kpi[] = normalizeKpis(ctx.parsed, input.kpis, [...path, 'kpis']);
  const channel = input.channel !== undefined ? resolveChannel(ctx, input.channel, [...path, 'channel'], diagnostics) : undefined;
  const touchpoint: Touchpoint = {
    id: ids.id,
    name: input.name,
    stageId: ids.stageId,
    ...(channel ? { channel } : {}),
    personas,
    ...(input.action !== undefined ? { action: input.action } : {}),
    ...(input.thought !== undefined ? { thought: input.thought } : {}),
    emotion,
    pains: toList(input.pains),
    opportunities: toList(input.opportunities),
    ...(input.frontstage !== undefined ? { frontstage: input.frontstage } : {}),
    ...(input.backstage !== undefined ? { backstage: input.backstage } : {}),
    ...(input.owner !== undefined ? { owner: input.owner } : {}),
    systems: toList(input.systems),
    critical: input.critical ?? false,
    evidence: input.evidence ?? 'assumption',
    ...(input.link !== undefined ? { link: input.link } : {}),
    ...(input.notes !== undefined ? { notes: input.notes } : {}),
    kpis,
    fields,
    ...(wait ? { wait } : {}),
    ...(duration ? { duration } : {}),
    fails: toList(input.fails),
    ...(input.recovery !== undefined ? { recovery: input.recovery } : {}),
    ...(image !== undefined ? { image } : {}),
    ...(map !== undefined ? { map } : {}),
    span: ctx.parsed.locate(path),
    fieldSpans: collectFieldSpans(ctx.parsed, path, input, TOUCHPOINT_FIELD_SPANS),
  };
  return { touchpoint, diagnostics, files };
}

/** The personas a touchpoint is for: those listed (each known, once), else every persona. */
function personasShown(ctx: TouchpointContext, written: TouchpointInput['personas'], path: DataPath, diagnostics: Diagnostic[]): string[] {
  if (written === undefined) return [...ctx.personaIds];
  const listed = typeof written === 'string' ? [written] : written;
  listed.forEach((id, i) => {
    if (!ctx.personaIds.includes(id)) {
      diagnostics.push(unknownPersona(ctx, id, typeof written === 'string' ? [...path, 'personas'] : [...path, 'personas', i]));
    }
  });
  return [...new Set(listed)];
}

/** Emotion per persona: one number for every persona shown, or a mapping whose keys must be known personas. */
function emotionsOf(
  ctx: TouchpointContext,
  written: TouchpointInput['emotion'],
  personas: readonly string[],
  path: DataPath,
  diagnostics: Diagnostic[],
): Record<string, number> {
  const emotion: Record<string, number> = {};
  if (typeof written === 'number') {
    for (const id of personas) emotion[id] = written;
  } else if (written !== undefined) {
    for (const [id, value] of Object.entries(written)) {
      if (!ctx.personaIds.includes(id)) diagnostics.push(unknownPersona(ctx, id, [...path, 'emotion', id], 'key'));
      emotion[id] = value;
    }
  }
  return emotion;
}

/** The text for custom lanes (`fields`): each key must be a declared custom lane. */
function customFields(
  ctx: TouchpointContext,
  written: TouchpointInput['fields'],
  path: DataPath,
  diagnostics: Diagnostic[],
): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [laneId, text] of Object.entries(written ?? {})) {
    if (!ctx.customLaneIds.includes(laneId)) {
      diagnostics.push({
        code: 'unknown-field',
        severity: 'error',
        message: `field "${laneId}" is not a custom lane`,
        span: ctx.parsed.locate([...path, 'fields', laneId], 'key'),
        hint: suggestionHint(laneId, ctx.customLaneIds, `declare it in \`lanes:\`, e.g. lanes: [touchpoints, { id: ${laneId}, title: … }]`),
      });
    }
    fields[laneId] = text;
  }
  return fields;
}
