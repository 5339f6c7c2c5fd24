// The Journey IR: what normalize + check make of a JourneyInput. Every entity has an id and a
// span, arrays everywhere, emotion as a map per persona, lanes resolved, never zero personas.
// Types only; the functions that build it live beside this file.
import type { Span } from '../diagnostics/diagnostic.js';
import { BUILTIN_LANE_NAMES } from '../schema/lane-names.js';
import type { InvisibleCharacter } from '../source/invisible-characters.js';

/**
 * Where single fields of an entity are written, so a diagnostic can point at the exact value
 * rather than the whole entity. Keyed by the field as lint messages name it: `name`, `critical`,
 * `owner`, `emotion`, `thought`, `objective`; list items as `pains[1]` (a list written as one
 * string is item 0); custom lane texts as `fields.<lane id>`. Each span is the value's (a block
 * mapping's first line). Only fields that are written and that lint rules point at; a field that
 * is missing here falls back to the entity's `span`. A shorthand entity (a plain string) has its
 * `name` at the string itself.
 */
export type FieldSpans = Readonly<Partial<Record<string, Span>>>;

export type BuiltinLaneId = (typeof BUILTIN_LANE_NAMES)[number];

/** In the spec's order: the default lane order. */
export const BUILTIN_LANES: readonly BuiltinLaneId[] = BUILTIN_LANE_NAMES;

export type Lane =
  /** `title` only when the user wrote one: a built-in lane's own name comes from the view's words. */
  | { readonly kind: 'builtin'; readonly id: BuiltinLaneId; readonly title?: string }
  | { readonly kind: 'custom'; readonly id: string; readonly title: string };

export interface Persona {
  readonly id: string;
  readonly name: string;
  readonly age?: number;
  readonly role?: string;
  readonly quote?: string;
  readonly goals: readonly string[];
  readonly needs: readonly string[];
  readonly frustrations: readonly string[];
  readonly tech?: 'low' | 'medium' | 'high';
  /** Path relative to the project root (already checked to lie inside it). */
  readonly image?: string;
  /** Colour of the persona's emotion curve as written; layout falls back to the theme palette. */
  readonly color?: string;
  /** True for the implicit "Customer" persona of a journey without personas. */
  readonly implicit: boolean;
  readonly span?: Span;
  /** `id` (when written) and `name`; see FieldSpans. */
  readonly fieldSpans?: FieldSpans;
}

export interface Channel {
  readonly id: string;
  readonly name: string;
  readonly kind?: 'digital' | 'physical' | 'human' | 'other';
  /** Built-in icon name (see layout/icons.ts), if any. */
  readonly icon?: string;
  readonly span?: Span;
}

export interface Kpi {
  readonly name: string;
  readonly value?: number;
  readonly target?: number;
  readonly baseline?: number;
  readonly unit?: string;
  readonly better: 'higher' | 'lower';
  readonly source?: string;
  /** Whether value meets target (respecting `better`); undefined without both. */
  readonly met?: boolean;
  /** The series read from `data` (oldest first); `value` is its last point, `baseline` its first unless written. */
  readonly series?: KpiSeries;
  readonly span?: Span;
  /** `name`; see FieldSpans. */
  readonly fieldSpans?: FieldSpans;
}

/** A KPI's values over time, read from a data file. */
export interface KpiSeries {
  /** The data file, relative to the project root. */
  readonly file: string;
  readonly column: string;
  /** Oldest first; dates as written (YYYY-MM-DD or YYYY-MM). */
  readonly points: readonly { readonly date: string; readonly value: number }[];
}

/** A duration: seconds, and the text as written (for the map, which shows what the author wrote). */
export interface Duration {
  readonly seconds: number;
  readonly text: string;
}

/** A touchpoint's channel: a defined channel, or free text. */
export interface ChannelRef {
  readonly id?: string;
  readonly name: string;
  readonly icon?: string;
}

export type Evidence = 'assumption' | 'research' | 'data';

export interface Touchpoint {
  readonly id: string;
  readonly name: string;
  readonly stageId: string;
  readonly channel?: ChannelRef;
  /** Persona ids this touchpoint applies to (all personas when not given). */
  readonly personas: readonly string[];
  readonly action?: string;
  readonly thought?: string;
  /** Emotion per persona id, each in [-2, 2]; only personas with a value appear. */
  readonly emotion: Readonly<Record<string, number>>;
  readonly pains: readonly string[];
  readonly opportunities: readonly string[];
  readonly frontstage?: string;
  readonly backstage?: string;
  readonly owner?: string;
  readonly systems: readonly string[];
  readonly critical: boolean;
  readonly evidence: Evidence;
  readonly link?: string;
  readonly notes?: string;
  readonly kpis: readonly Kpi[];
  /** Custom lane texts by lane id. */
  readonly fields: Readonly<Record<string, string>>;
  /** How long the customer waits before this step. */
  readonly wait?: Duration;
  /** How long the step itself takes. */
  readonly duration?: Duration;
  /** Failure points of the step (service blueprint). */
  readonly fails: readonly string[];
  /** How the service recovers from them. */
  readonly recovery?: string;
  /** A storyboard picture, relative to the project root (checked to exist and lie inside it). */
  readonly image?: string;
  /** The journey that details this step, relative to the project root (checked to be a journey). */
  readonly map?: string;
  readonly span?: Span;
  /** The written text fields, list items, `critical` and `emotion`; see FieldSpans. */
  readonly fieldSpans?: FieldSpans;
}

export interface Stage {
  readonly id: string;
  readonly name: string;
  readonly objective?: string;
  readonly kpis: readonly Kpi[];
  readonly touchpoints: readonly Touchpoint[];
  readonly span?: Span;
  /** `name` and `objective`; see FieldSpans. */
  readonly fieldSpans?: FieldSpans;
}

export interface Journey {
  /** The journey file, relative to the project root. */
  readonly file: string;
  readonly title: string;
  /** Where `title:` is written; journey-wide diagnostics (lint) point here. */
  readonly titleSpan?: Span;
  readonly description?: string;
  readonly state: 'current' | 'future';
  readonly owner?: string;
  /** As written (YYYY-MM-DD). */
  readonly updated?: string;
  readonly tags: readonly string[];
  readonly personas: readonly Persona[];
  readonly channels: readonly Channel[];
  readonly lanes: readonly Lane[];
  readonly kpis: readonly Kpi[];
  readonly stages: readonly Stage[];
  /** The locale as written (`locale:`); the view falls back to the config's, then en. */
  readonly locale?: string;
  /** Where the owner changes between owned touchpoints, in journey order (found, never written). */
  readonly handoffs: readonly Handoff[];
  /** The current-state journey this one improves (`compare:`), loaded and checked. */
  readonly compare?: Journey;
  /**
   * The persona ids of each detail map (`map:`, by its root-relative path): a --persona build
   * writes a detail's `<name>.<persona>.*` only when it has that persona (view/detail-link.ts).
   */
  readonly detailPersonas?: Readonly<Record<string, readonly string[]>>;
  /**
   * Bidi controls and zero-width characters found in the journey file and its imports (source
   * facts, found while parsing), for the invisible-characters lint rule. Absent when there are none.
   */
  readonly invisibleCharacters?: readonly InvisibleCharacter[];
}

/** A handoff: the owner changes from one owned touchpoint to the next. */
export interface Handoff {
  readonly from: string;
  readonly to: string;
  readonly fromOwner: string;
  readonly toOwner: string;
  /** Into a moment of truth or a step that can fail: marked as a risk. */
  readonly risky: boolean;
}
