import { describe, expect, it } from 'vitest';
import type { Host } from '../source/source-file.js';
import { loadJourney } from './load-journey.js';

const host = (files: Record<string, string> = {}): Host => ({
  readFile: (path) => (Object.hasOwn(files, path) ? new TextEncoder().encode(files[path]) : undefined),
});
const load = (text: string, files?: Record<string, string>) => loadJourney({ path: 'maps/j.journey.yaml', text }, host(files));

describe('normalize defaults', () => {
  it('gives a journey without personas the implicit Customer', () => {
    const { journey } = load('title: T\nstages: [Start]\n');
    expect(journey?.personas).toEqual([{ id: 'customer', name: 'Customer', goals: [], needs: [], frustrations: [], implicit: true }]);
    expect(journey?.state).toBe('current');
    expect(journey?.tags).toEqual([]);
    expect(journey?.stages[0]).toMatchObject({ id: 'start', name: 'Start', touchpoints: [], kpis: [] });
  });

  it('fills touchpoint defaults and spreads a plain emotion over its personas', () => {
    const { journey, diagnostics } = load(
      [
        'title: T',
        'personas: [{ id: maria, name: Maria }, { name: Tom Jones }]',
        'stages:',
        '  - name: Checkout',
        '    touchpoints:',
        '      - Browses',
        '      - { name: Pays, emotion: -1.5, pains: Slow }',
        '      - { name: Rates, personas: tom-jones, emotion: { tom-jones: 2 } }',
      ].join('\n'),
    );
    expect(diagnostics).toEqual([]);
    const [browses, pays, rates] = journey?.stages[0]?.touchpoints ?? [];
    expect(journey?.personas.map((p) => p.id)).toEqual(['maria', 'tom-jones']);
    expect(browses).toMatchObject({
      id: 'browses',
      stageId: 'checkout',
      personas: ['maria', 'tom-jones'],
      emotion: {},
      critical: false,
      evidence: 'assumption',
      pains: [],
      fields: {},
    });
    expect(pays?.emotion).toEqual({ maria: -1.5, 'tom-jones': -1.5 });
    expect(pays?.pains).toEqual(['Slow']);
    expect(rates).toMatchObject({ personas: ['tom-jones'], emotion: { 'tom-jones': 2 } });
    for (const entity of [journey?.stages[0], browses, pays, rates, ...(journey?.personas ?? [])]) {
      expect(entity?.span?.file).toBe('maps/j.journey.yaml');
    }
  });

  it('resolves lanes: data-driven by default, channels only when listed, titled only as written', () => {
    const text = (lanes: string) =>
      `title: T\n${lanes}channels: [{ id: app, name: App }]\nstages:\n  - name: S\n    touchpoints:\n      - { name: A, channel: app, emotion: 1, kpis: [{ name: K, value: 3, target: 2 }] }\n`;
    const byDefault = load(text('')).journey;
    expect(byDefault?.lanes.map((l) => l.id)).toEqual(['touchpoints', 'emotions', 'kpis']);
    // A built-in lane's name is a word of the view's catalogue (view/lane-title.ts), not the model's.
    expect(byDefault?.lanes.at(-1)).toEqual({ kind: 'builtin', id: 'kpis' });
    expect(byDefault?.stages[0]?.touchpoints[0]?.channel).toEqual({ id: 'app', name: 'App' });
    expect(byDefault?.stages[0]?.touchpoints[0]?.kpis[0]).toMatchObject({ better: 'higher', met: true });
    const listed = load(text('lanes: [channels, touchpoints, { id: quotes, title: Quotes }, { id: pains, title: Pain points }]\n')).journey;
    expect(listed?.lanes).toEqual([
      { kind: 'builtin', id: 'channels' },
      { kind: 'builtin', id: 'touchpoints' },
      { kind: 'custom', id: 'quotes', title: 'Quotes' },
      { kind: 'builtin', id: 'pains', title: 'Pain points' },
    ]);
  });

  it('reports every problem of a file in one go', () => {
    const { journey, diagnostics } = load(
      'title: 5\nstate: past\nstages:\n  - name: S\n    oops: 1\n    touchpoints: [{ name: A, emotion: 9 }]\n',
    );
    expect(journey).toBeUndefined();
    expect(diagnostics.map((d) => [d.code, d.span?.start.line])).toEqual([
      ['invalid-type', 1],
      ['invalid-value', 2],
      ['unknown-key', 5],
      ['emotion-out-of-range', 6],
    ]);
  });
});

describe('imports', () => {
  const files = {
    'shared/people.yaml': 'imports: [base.yaml]\npersonas: [{ id: maria, name: Maria }]\n',
    'shared/base.yaml': 'channels: [{ id: app, name: App }]\npersonas: [{ id: tom, name: Tom }]\n',
    'maps/other.yaml': 'imports: [../shared/base.yaml]\n',
  };
  it('merges imported entities first, each file once (diamond imports)', () => {
    const { journey, diagnostics } = load(
      'title: T\nimports: [../shared/people.yaml, other.yaml]\npersonas: [{ id: ana, name: Ana }]\nstages: [S]\n',
      files,
    );
    expect(diagnostics).toEqual([]);
    expect(journey?.personas.map((p) => p.id)).toEqual(['tom', 'maria', 'ana']);
    expect(journey?.personas[0]?.span?.file).toBe('shared/base.yaml');
    expect(journey?.channels.map((c) => c.id)).toEqual(['app']);
  });
  it('reports duplicates across files with the other file as related', () => {
    const { diagnostics } = load('title: T\nimports: [../shared/people.yaml]\npersonas: [{ id: maria, name: M }]\nstages: [S]\n', files);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'duplicate-id', span: { file: 'maps/j.journey.yaml', start: { line: 3 } } });
    expect(diagnostics[0]?.related?.[0]?.span.file).toBe('shared/people.yaml');
  });
  it('detects a library that imports the journey back', () => {
    const { diagnostics } = load('title: T\nimports: [lib.yaml]\nstages: [S]\n', { 'maps/lib.yaml': 'imports: [j.journey.yaml]\n' });
    expect(diagnostics.map((d) => [d.code, d.span?.file])).toEqual([['import-cycle', 'maps/lib.yaml']]);
  });
});

describe('references', () => {
  it('warns on a probable channel typo but still loads', () => {
    const { journey, diagnostics } = load(
      'title: T\nchannels: [{ id: email, name: Email }]\nstages:\n  - { name: S, touchpoints: [{ name: A, channel: emial }] }\n',
    );
    expect(diagnostics.map((d) => [d.code, d.severity, d.hint])).toEqual([['probable-channel-typo', 'warning', 'did you mean "email"?']]);
    expect(journey?.stages[0]?.touchpoints[0]?.channel).toEqual({ name: 'emial' });
  });
  it('suggests the persona meant', () => {
    const { diagnostics } = load(
      'title: T\npersonas: [{ id: maria, name: Maria }]\nstages:\n  - { name: S, touchpoints: [{ name: A, personas: [marie] }] }\n',
    );
    expect(diagnostics[0]).toMatchObject({ code: 'unknown-persona', hint: 'did you mean "maria"?' });
  });
});

describe('unknown persona hints', () => {
  it('lists each defined persona once, even when an id is duplicated', () => {
    const { diagnostics } = load(
      [
        'title: T',
        'personas: [{ id: ann, name: Ann }, { id: ann, name: Ann 2 }]',
        'stages:',
        '  - name: S',
        '    touchpoints:',
        '      - { name: X, personas: [zzzzzz] }',
      ].join('\n'),
    );
    const unknown = diagnostics.find((d) => d.code === 'unknown-persona');
    expect(unknown?.hint).toBe('defined personas: ann');
    expect(diagnostics.map((d) => d.code)).toContain('duplicate-id');
  });
});
