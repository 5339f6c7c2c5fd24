// Files a journey names many times are read once per load (once-host.ts, the series memo of
// load-kpi-data.ts, the linked-journey memo of load-links.ts), and nothing read is reused by a
// later load or for a different file, column or place.
import { describe, expect, it } from 'vitest';
import { loadSource } from '../compile.js';
import type { Host } from '../source/source-file.js';
import type { CheckedHost } from './checked-host.js';

/** An in-memory host that counts reads and image checks per path; files may change between loads. */
function countingHost(files: Record<string, string>) {
  const reads: Record<string, number> = {};
  const checks: Record<string, number> = {};
  const host: CheckedHost & Host = {
    readFile(path) {
      reads[path] = (reads[path] ?? 0) + 1;
      return Object.hasOwn(files, path) ? new TextEncoder().encode(files[path]) : undefined;
    },
    checkImage(path) {
      checks[path] = (checks[path] ?? 0) + 1;
      return Object.hasOwn(files, path) ? {} : { problem: 'missing', detail: 'missing' };
    },
  };
  return { host, reads, checks, files };
}

const journey = (touchpoints: string[]) =>
  ['title: T', 'stages:', '  - name: S', '    touchpoints:', ...touchpoints.map((t) => `      - ${t}`), ''].join('\n');

const kpiTouchpoint = (name: string, data: string) => `{ name: ${name}, kpis: [{ name: K, data: ${data}, target: 5 }] }`;

const kpiValues = (host: Host, text: string) => {
  const { journey: loaded, diagnostics } = loadSource({ path: 'j.journey.yaml', text }, host);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return loaded!.stages[0]!.touchpoints.map((tp) => tp.kpis[0]?.value);
};

describe('a file named many times in one journey', () => {
  const csv = 'date,value,other\n2026-01,1,10\n2026-02,2,20\n';

  it('is read once per load, and read afresh by the next load', () => {
    const { host, reads, files } = countingHost({ 'a.csv': csv });
    const text = journey([kpiTouchpoint('One', './a.csv'), kpiTouchpoint('Two', './a.csv'), kpiTouchpoint('Three', './a.csv')]);
    expect(kpiValues(host, text)).toEqual([2, 2, 2]);
    expect(reads['a.csv']).toBe(1);
    files['a.csv'] = 'date,value\n2026-01,7\n2026-03,9\n';
    expect(kpiValues(host, text)).toEqual([9, 9, 9]);
    expect(reads['a.csv']).toBe(2);
  });

  it('keeps each column and each file apart', () => {
    const { host } = countingHost({ 'a.csv': csv, 'b.csv': 'date,value\n2026-01,3\n2026-02,4\n' });
    const text = journey([
      kpiTouchpoint('One', './a.csv'),
      kpiTouchpoint('Two', '{ file: ./a.csv, column: other }'),
      kpiTouchpoint('Three', './b.csv'),
      kpiTouchpoint('Four', '{ file: ./a.csv, column: value }'),
    ]);
    expect(kpiValues(host, text)).toEqual([2, 20, 4, 2]);
  });

  it('reports a problem for every KPI that reads it, a problem of the KPI at its own line', () => {
    const { host } = countingHost({ 'a.csv': csv, 'e.csv': 'date,value,empty\n2026-01,1,\n' });
    const text = journey([
      kpiTouchpoint('One', '{ file: ./a.csv, column: nope }'),
      kpiTouchpoint('Two', '{ file: ./e.csv, column: empty }'),
      kpiTouchpoint('Three', '{ file: ./a.csv, column: nope }'),
      kpiTouchpoint('Four', '{ file: ./e.csv, column: empty }'),
    ]);
    const { diagnostics } = loadSource({ path: 'j.journey.yaml', text }, host);
    expect(diagnostics.map((d) => [d.code, d.span?.file, d.span?.start.line])).toEqual([
      ['data-invalid', 'a.csv', 1],
      ['data-invalid', 'j.journey.yaml', 6],
      ['data-invalid', 'a.csv', 1],
      ['data-invalid', 'j.journey.yaml', 8],
    ]);
  });

  it('checks a picture once per load', () => {
    const { host, checks } = countingHost({ 'p.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>' });
    const text = journey(['{ name: One, image: p.svg }', '{ name: Two, image: p.svg }', '{ name: Three, image: gone.svg }']);
    const { diagnostics } = loadSource({ path: 'j.journey.yaml', text }, host);
    expect(diagnostics.map((d) => [d.code, d.span?.start.line])).toEqual([['image-not-found', 7]]);
    expect(checks).toEqual({ 'p.svg': 1, 'gone.svg': 1 });
    loadSource({ path: 'j.journey.yaml', text }, host);
    expect(checks).toEqual({ 'p.svg': 2, 'gone.svg': 2 });
  });

  it('loads a detail map once, and names a broken one at every step that links it', () => {
    const detail = journey(['{ name: Door }']);
    const { host, reads, files } = countingHost({ 'd.journey.yaml': detail });
    const text = journey(['{ name: One, map: ./d.journey.yaml }', '{ name: Two, map: ./d.journey.yaml }']);
    expect(loadSource({ path: 'j.journey.yaml', text }, host).diagnostics).toEqual([]);
    expect(reads['d.journey.yaml']).toBe(1);
    files['d.journey.yaml'] = 'title: [broken';
    const { diagnostics } = loadSource({ path: 'j.journey.yaml', text }, host);
    expect(diagnostics.filter((d) => d.code === 'map-invalid').map((d) => d.span?.start.line)).toEqual([5, 6]);
    expect(reads['d.journey.yaml']).toBe(2);
  });
});
