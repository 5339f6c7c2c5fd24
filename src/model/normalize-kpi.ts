// KPIs as written → IR KPIs with `better` defaulted and `met` computed. Pure.
import type { z } from 'zod/mini';
import type { kpiSchema } from '../schema/kpi.js';
import type { DataPath } from '../source/locate.js';
import type { ParsedFile } from '../source/parse-source.js';
import { collectFieldSpans, fieldSpanSpec } from './field-spans.js';
import type { Kpi } from './journey.js';
import { kpiMet } from './kpi-met.js';

/** The fields lint rules point at. */
const KPI_FIELD_SPANS = fieldSpanSpec(['name']);
export function normalizeKpis(parsed: ParsedFile, list: readonly z.infer<typeof kpiSchema>[] | undefined, path: DataPath): Kpi[] {
  return (list ?? []).map((k, index) => {
    const better = k.better ?? 'higher';
    const met = kpiMet(k.value, k.target, better);
    return {
      name: k.name,
      ...(k.value !== undefined ? { value: k.value } : {}),
      ...(k.target !== undefined ? { target: k.target } : {}),
      ...(k.baseline !== undefined ? { baseline: k.baseline } : {}),
      ...(k.unit !== undefined ? { unit: k.unit } : {}),
      better,
      ...(k.source !== undefined ? { source: k.source } : {}),
      ...(met !== undefined ? { met } : {}),
      span: parsed.locate([...path, index]),
      fieldSpans: collectFieldSpans(parsed, [...path, index], k, KPI_FIELD_SPANS),
    };
  });
}
