// The JourneyChange type: one structured difference between two versions of a journey, as made by
// diffJourneys and printed by formatDiff. Types only. Entities are named by id (matching is by id).

import type { KpiStatus } from './kpi-met.js';

/** A field value as compared: texts, numbers and flags; undefined when the field is absent. */
export type FieldValue = string | number | boolean | undefined;

/** What a field or list change belongs to. */
export type ChangeTarget =
  | { readonly kind: 'journey' }
  | { readonly kind: 'persona' | 'channel' | 'stage' | 'touchpoint'; readonly id: string };

export type JourneyChange =
  | {
      readonly kind: 'field-changed';
      readonly target: ChangeTarget;
      readonly field: string;
      readonly old: FieldValue;
      readonly new: FieldValue;
    }
  /** An item of a list field (pains, opportunities, systems, personas of a touchpoint, tags, lanes…). */
  | { readonly kind: 'item-added' | 'item-removed'; readonly target: ChangeTarget; readonly field: string; readonly item: string }
  | { readonly kind: 'persona-added' | 'persona-removed'; readonly id: string; readonly name: string }
  | { readonly kind: 'channel-added' | 'channel-removed'; readonly id: string; readonly name: string }
  /** `index` is the 1-based position in the new journey (added) or the old one (removed). */
  | { readonly kind: 'stage-added' | 'stage-removed'; readonly id: string; readonly name: string; readonly index: number }
  /** A stage whose place among the stages both versions share changed; 1-based positions. */
  | { readonly kind: 'stage-moved'; readonly id: string; readonly from: number; readonly to: number }
  | { readonly kind: 'touchpoint-added' | 'touchpoint-removed'; readonly id: string; readonly name: string; readonly stage: string }
  /** Between stages, or reordered within one (`from === to`). */
  | { readonly kind: 'touchpoint-moved'; readonly id: string; readonly from: string; readonly to: string }
  /** Emotion of one persona at one touchpoint; `delta` when both sides have a value. */
  | {
      readonly kind: 'emotion-changed';
      readonly touchpoint: string;
      readonly persona: string;
      readonly old: number | undefined;
      readonly new: number | undefined;
      readonly delta?: number;
    }
  /** KPIs are matched by name within their owner (journey, stage or touchpoint). */
  | { readonly kind: 'kpi-added' | 'kpi-removed'; readonly owner: ChangeTarget; readonly name: string }
  | {
      readonly kind: 'kpi-changed';
      readonly owner: ChangeTarget;
      readonly name: string;
      /** `data` is the series' file (and column), `asOf` its latest date (language 1.1). */
      readonly field: 'value' | 'target' | 'baseline' | 'unit' | 'better' | 'source' | 'data' | 'asOf';
      readonly old: FieldValue;
      readonly new: FieldValue;
    }
  /** Whether the KPI meets its target changed (met → missed is the one CI cares about). */
  | {
      readonly kind: 'kpi-status';
      readonly owner: ChangeTarget;
      readonly name: string;
      readonly old: boolean | undefined;
      readonly new: boolean | undefined;
      /** The status words' keys (a target with no value is `no-value`, not `no-target`). */
      readonly oldStatus: KpiStatus;
      readonly newStatus: KpiStatus;
    };
