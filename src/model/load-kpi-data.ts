// KPIs fed by data files (`data:` on a journey, stage or touchpoint KPI): reads each file through
// the Host, takes the series, and makes its latest value the KPI's value and its first the
// baseline (unless written). `value` with `data` is an error: one source of truth.
import type { z } from 'zod/mini';
import type { Diagnostic, Span } from '../diagnostics/diagnostic.js';
import type { JourneyInput } from '../schema/journey.js';
import type { kpiSchema } from '../schema/kpi.js';
import { decodeSource } from '../source/decode-source.js';
import type { DataPath } from '../source/locate.js';
import type { ParsedFile } from '../source/parse-source.js';
import type { CheckedHost } from './checked-host.js';
import type { Journey, Kpi } from './journey.js';
import { kpiMet } from './kpi-met.js';
import { outsideRootProblem } from './outside-root.js';
import { resolveWrittenPath } from './project-path.js';
import { readSeries, type SeriesPoint } from './read-series.js';

type KpiInput = z.infer<typeof kpiSchema>;

export interface KpiDataResult {
  readonly journey: Journey;
  readonly diagnostics: Diagnostic[];
}

interface Context {
  readonly parsed: ParsedFile;
  readonly host: CheckedHost;
  readonly out: Diagnostic[];
  /** Series already read in this load, by column and file. */
  readonly series: Map<string, readonly SeriesPoint[]>;
}

function withData(kpi: Kpi, input: KpiInput | undefined, at: DataPath, ctx: Context): Kpi {
  const data = input?.data;
  if (data === undefined) return kpi;
  const { parsed, host, out } = ctx;
  if (input?.value !== undefined) {
    out.push({
      code: 'value-and-data',
      severity: 'error',
      message: `KPI "${kpi.name}" has both \`value\` and \`data\``,
      span: parsed.locate([...at, 'value'], 'key'),
      hint: 'remove `value`: the latest row of the data file is the value',
      related: [{ message: 'the data file is named here', span: parsed.locate([...at, 'data']) }],
    });
    return kpi;
  }
  const written = typeof data === 'string' ? data : data.file;
  const column = typeof data === 'string' ? 'value' : (data.column ?? 'value');
  const fileAt: DataPath = typeof data === 'string' ? [...at, 'data'] : [...at, 'data', 'file'];
  const resolved = resolveWrittenPath(parsed, fileAt, written, 'data file', 'data/nps.csv');
  if (resolved.diagnostic || resolved.path === undefined) {
    if (resolved.diagnostic) out.push(resolved.diagnostic);
    return kpi;
  }
  const path = resolved.path;
  if (!/\.(csv|json)$/i.test(path)) {
    out.push({
      code: 'data-invalid',
      severity: 'error',
      message: `data file "${written}" is neither .csv nor .json`,
      span: resolved.span,
      hint: 'export the series as CSV (date,value rows) or JSON',
    });
    return kpi;
  }
  const bytes = host.readFile(path);
  const outside = bytes === undefined ? outsideRootProblem(host, 'data file', path, resolved.span) : undefined;
  if (outside) {
    out.push(outside);
    return kpi;
  }
  if (bytes === undefined) {
    out.push({
      code: 'data-not-found',
      severity: 'error',
      message: `data file "${written}" does not exist`,
      span: resolved.span,
      hint: 'data paths are relative to the file that names them',
    });
    return kpi;
  }
  const points = seriesOf(path, column, bytes, resolved.span, ctx);
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return kpi;
  const baseline = kpi.baseline ?? first.value;
  const met = kpiMet(last.value, kpi.target, kpi.better);
  const { met: _old, ...rest } = kpi;
  return {
    ...rest,
    value: last.value,
    baseline,
    ...(met !== undefined ? { met } : {}),
    series: { file: path, column, points },
  };
}

/**
 * The series of one column of a data file, read once per file and column (many KPIs share a file).
 * Only a clean read is shared: a problem's diagnostic names the place of the KPI that read it.
 */
function seriesOf(path: string, column: string, bytes: Uint8Array, at: Span, ctx: Context): readonly SeriesPoint[] {
  const key = `${column}\n${path}`;
  const known = ctx.series.get(key);
  if (known) return known;
  const decoded = decodeSource(path, bytes);
  ctx.out.push(...decoded.diagnostics);
  if (!decoded.source) return [];
  const series = readSeries(decoded.source, column, at);
  ctx.out.push(...series.diagnostics);
  if (decoded.diagnostics.length === 0 && series.diagnostics.length === 0) ctx.series.set(key, series.points);
  return series.points;
}

/** Every KPI of the journey with its data file read; the input gives the written `data` and places. */
export function loadKpiData(journey: Journey, input: JourneyInput, parsed: ParsedFile, host: CheckedHost): KpiDataResult {
  const ctx: Context = { parsed, host, out: [], series: new Map() };
  const list = (kpis: readonly Kpi[], inputs: readonly KpiInput[] | undefined, at: DataPath): Kpi[] =>
    kpis.map((kpi, i) => withData(kpi, inputs?.[i], [...at, i], ctx));
  const stages = journey.stages.map((stage, s) => {
    const stageInput = input.stages[s];
    const written = typeof stageInput === 'string' || stageInput === undefined ? undefined : stageInput;
    return {
      ...stage,
      kpis: list(stage.kpis, written?.kpis, ['stages', s, 'kpis']),
      touchpoints: stage.touchpoints.map((tp, t) => {
        const tpInput = written?.touchpoints?.[t];
        const kpis = typeof tpInput === 'string' ? undefined : tpInput?.kpis;
        return { ...tp, kpis: list(tp.kpis, kpis, ['stages', s, 'touchpoints', t, 'kpis']) };
      }),
    };
  });
  const result: Journey = { ...journey, kpis: list(journey.kpis, input.kpis, ['kpis']), stages };
  return { journey: result, diagnostics: ctx.out };
}
