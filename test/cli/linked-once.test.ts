// A journey that several others compare with or link to is loaded once per build, and its own
// problems are reported once, at its own lines; each referrer gets one diagnostic naming the broken
// link. Sequential and --jobs builds alike; a referrer still lists the linked files as its inputs.
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { compileJourney } from '../../src/compile.js';
import { createLinkedLoads } from '../../src/model/linked-loads.js';
import type { Host } from '../../src/source/source-file.js';
import { defaultTheme } from '../../src/theme/themes.js';
import { runCli, tempProject } from '../support/run-cli.js';

const COMPARES = (title: string) => `title: ${title}
compare: ./current.journey.yaml
stages: [{ name: Buy, touchpoints: [{ id: pays, name: Pays }] }]
`;
const LINKS = `title: B
stages:
  - name: Buy
    touchpoints:
      - { id: pays, name: Pays, map: ./current.journey.yaml }
      - { id: waits, name: Waits, map: ./current.journey.yaml }
`;
const BROKEN = `title: Current
stages:
  - name: Buy
    touchpoints:
      - id: pays
        name: Pays
        personas: [marie]
`;

interface JsonDiagnostic {
  readonly code: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

describe('a broken journey that others link to, in one build', () => {
  const dir = tempProject({
    'a.journey.yaml': COMPARES('A'),
    'b.journey.yaml': LINKS,
    'current.journey.yaml': BROKEN,
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([['1'], ['3']])('--jobs %s: its own error once, at its own line; one link error per referring line', (jobs) => {
    const result = runCli(['build', '.', '-f', 'svg', '-o', 'out', '--reporter', 'json', '--jobs', jobs], { cwd: dir });
    expect(result.status).toBe(1);
    const found = (JSON.parse(result.stdout) as JsonDiagnostic[]).map((d) => `${d.code} ${d.file}:${d.line}:${d.column}`);
    expect(found.sort()).toEqual([
      'compare-invalid a.journey.yaml:2:10',
      'map-invalid b.journey.yaml:5:38',
      'map-invalid b.journey.yaml:6:40',
      'unknown-persona current.journey.yaml:7:20',
    ]);
  });
});

describe('the same, for validate', () => {
  const dir = tempProject({ 'a.journey.yaml': COMPARES('A'), 'b.journey.yaml': LINKS, 'current.journey.yaml': BROKEN });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports the linked file’s own error once', () => {
    const result = runCli(['validate', '.', '--reporter', 'json'], { cwd: dir });
    expect(result.status).toBe(1);
    const found = (JSON.parse(result.stdout) as JsonDiagnostic[]).map((d) => `${d.code} ${d.file}:${d.line}:${d.column}`);
    expect(found.filter((d) => d.startsWith('unknown-persona'))).toEqual(['unknown-persona current.journey.yaml:7:20']);
    expect(found).toHaveLength(4);
  });
});

describe('loading once per build', () => {
  const files: Record<string, string> = {
    'current.journey.yaml': `title: Current
kpis: [{ name: NPS, data: ./nps.csv }]
stages: [{ name: Buy, touchpoints: [{ id: pays, name: Pays }] }]
`,
    'nps.csv': 'date,value\n2026-01,30\n',
    'a.journey.yaml': COMPARES('A'),
    'b.journey.yaml': COMPARES('B'),
  };
  const host: Host = { readFile: (path) => (path in files ? new TextEncoder().encode(files[path]) : undefined) };
  const compile = (path: string, links = createLinkedLoads()) =>
    compileJourney({ path, text: files[path]! }, { host, theme: defaultTheme, links });

  it('two journeys comparing with one file share one load of it', () => {
    const links = createLinkedLoads();
    const a = compile('a.journey.yaml', links);
    const b = compile('b.journey.yaml', links);
    expect(a.journey?.compare).toBeDefined();
    expect(b.journey?.compare).toBe(a.journey?.compare);
    // Without a shared build, each loads its own.
    expect(compile('b.journey.yaml').journey?.compare).not.toBe(a.journey?.compare);
  });

  it('the second referrer still lists the compared journey and its data file as inputs', () => {
    const links = createLinkedLoads();
    compile('a.journey.yaml', links);
    expect(compile('b.journey.yaml', links).inputs).toEqual(['b.journey.yaml', 'current.journey.yaml', 'nps.csv']);
  });

  it('a changed text is loaded afresh', () => {
    const links = createLinkedLoads();
    const a = compile('a.journey.yaml', links);
    const before = files['current.journey.yaml']!;
    files['current.journey.yaml'] = before.replace('title: Current', 'title: Current, revised');
    try {
      expect(compile('b.journey.yaml', links).journey?.compare?.title).toBe('Current, revised');
      expect(a.journey?.compare?.title).toBe('Current');
    } finally {
      files['current.journey.yaml'] = before;
    }
  });
});
