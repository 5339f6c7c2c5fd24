// What the portfolio site knows of one compiled journey: a small serializable summary (cards,
// cross-journey views, the map tree), made from the Journey IR alone, never from a renderer's bytes.
import type { Journey, Kpi } from '../model/journey.js';

export interface SitePersona {
  readonly id: string;
  readonly name: string;
}

export interface SiteTouchpoint {
  readonly id: string;
  readonly name: string;
  readonly stage: string;
  readonly owner?: string;
  readonly evidence: 'assumption' | 'research' | 'data';
  /** Persona ids the step applies to. */
  readonly personas: readonly string[];
  /** Emotion per persona id, in [-2, 2]. */
  readonly emotion: Readonly<Record<string, number>>;
  readonly pains: readonly string[];
  readonly opportunities: readonly string[];
  /** The detail journey (`map:`), root-relative. */
  readonly map?: string;
}

export interface SiteKpi {
  readonly name: string;
  /** Undefined for a journey KPI; the stage name for a stage's KPI. */
  readonly stage?: string;
  /** The touchpoint id for a touchpoint's KPI. */
  readonly touchpoint?: string;
  readonly value?: number;
  readonly target?: number;
  readonly unit?: string;
  readonly better: 'higher' | 'lower';
  readonly met?: boolean;
  /** The series' values, oldest first, when the KPI has data. */
  readonly series?: readonly number[];
}

/** What the journey itself says: computed where it is compiled (a --jobs worker), small and serializable. */
export interface JourneySummary {
  /** The journey file, root-relative. */
  readonly file: string;
  readonly title: string;
  readonly description?: string;
  readonly state: 'current' | 'future';
  readonly owner?: string;
  readonly updated?: string;
  readonly tags: readonly string[];
  /** The personas written (not the implicit one). */
  readonly personas: readonly SitePersona[];
  readonly stages: readonly string[];
  readonly touchpoints: readonly SiteTouchpoint[];
  readonly kpis: readonly SiteKpi[];
  /** The compared (current-state) journey file, root-relative. */
  readonly compare?: string;
}

/** A journey on the site: its summary and where its map page is. */
export interface SiteJourney extends JourneySummary {
  /** Its map page, relative to the output folder, `/`-separated. */
  readonly page: string;
}

function siteKpi(kpi: Kpi, where: { stage?: string; touchpoint?: string }): SiteKpi {
  return {
    name: kpi.name,
    ...where,
    ...(kpi.value !== undefined ? { value: kpi.value } : {}),
    ...(kpi.target !== undefined ? { target: kpi.target } : {}),
    ...(kpi.unit !== undefined ? { unit: kpi.unit } : {}),
    better: kpi.better,
    ...(kpi.met !== undefined ? { met: kpi.met } : {}),
    ...(kpi.series && kpi.series.points.length > 0 ? { series: kpi.series.points.map((p) => p.value) } : {}),
  };
}

/** The summary of a compiled journey. */
export function summarizeJourney(journey: Journey): JourneySummary {
  const touchpoints: SiteTouchpoint[] = [];
  const kpis: SiteKpi[] = journey.kpis.map((k) => siteKpi(k, {}));
  for (const stage of journey.stages) {
    kpis.push(...stage.kpis.map((k) => siteKpi(k, { stage: stage.name })));
    for (const tp of stage.touchpoints) {
      touchpoints.push({
        id: tp.id,
        name: tp.name,
        stage: stage.name,
        ...(tp.owner !== undefined ? { owner: tp.owner } : {}),
        evidence: tp.evidence,
        personas: tp.personas,
        emotion: tp.emotion,
        pains: tp.pains,
        opportunities: tp.opportunities,
        ...(tp.map !== undefined ? { map: tp.map } : {}),
      });
      kpis.push(...tp.kpis.map((k) => siteKpi(k, { stage: stage.name, touchpoint: tp.id })));
    }
  }
  return {
    file: journey.file,
    title: journey.title,
    ...(journey.description !== undefined ? { description: journey.description } : {}),
    state: journey.state,
    ...(journey.owner !== undefined ? { owner: journey.owner } : {}),
    ...(journey.updated !== undefined ? { updated: journey.updated } : {}),
    tags: journey.tags,
    personas: journey.personas.filter((p) => !p.implicit).map((p) => ({ id: p.id, name: p.name })),
    stages: journey.stages.map((s) => s.name),
    touchpoints,
    kpis,
    ...(journey.compare ? { compare: journey.compare.file } : {}),
  };
}

/** Pains, opportunities and KPI health of a summary, for cards and counts. */
export function journeyCounts(journey: JourneySummary): { pains: number; opportunities: number; met: number; missed: number } {
  let pains = 0;
  let opportunities = 0;
  for (const tp of journey.touchpoints) {
    pains += tp.pains.length;
    opportunities += tp.opportunities.length;
  }
  const met = journey.kpis.filter((k) => k.met === true).length;
  const missed = journey.kpis.filter((k) => k.met === false).length;
  return { pains, opportunities, met, missed };
}
