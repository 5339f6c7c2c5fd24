// Mermaid import: the YAML of every sample loads with no errors through the real front end and
// keeps the diagram's facts (stages, tasks, emotions per actor); bad diagrams give line:col codes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUDGETS } from '../model/budgets.js';
import type { Journey } from '../model/journey.js';
import { loadJourney } from '../model/load-journey.js';
import { convertMermaidJourney, DEFAULT_SCHEMA_URL, scoreToEmotion } from './mermaid-journey.js';

const samples = join(import.meta.dirname, '../../test/fixtures/mermaid');
const invalid = join(samples, 'invalid');
const noHost = { readFile: () => undefined };

function convertAndLoad(text: string, file = 'maps/sample.mmd'): { yaml: string; journey: Journey } {
  const { yaml, diagnostics } = convertMermaidJourney(text, file);
  expect(diagnostics).toEqual([]);
  expect(yaml).toBeDefined();
  const loaded = loadJourney({ path: 'maps/sample.journey.yaml', text: yaml ?? '' }, noHost);
  expect(
    loaded.diagnostics.filter((d) => d.severity === 'error'),
    yaml,
  ).toEqual([]);
  if (!loaded.journey) throw new Error(`did not load:\n${yaml}`);
  return { yaml: yaml ?? '', journey: loaded.journey };
}

/** Stage name → [task name, emotion per persona name] as the map will show them. */
function facts(journey: Journey): [string, [string, Record<string, number>][]][] {
  const nameOf = new Map(journey.personas.map((p) => [p.id, p.name]));
  return journey.stages.map((s) => [
    s.name,
    s.touchpoints.map((tp) => [tp.name, Object.fromEntries(Object.entries(tp.emotion).map(([id, e]) => [nameOf.get(id) ?? id, e]))]),
  ]);
}

describe('convertMermaidJourney on the samples', () => {
  const files = readdirSync(samples).filter((f) => f.endsWith('.mmd'));

  it('finds the samples', () => expect(files.length).toBeGreaterThanOrEqual(3));

  it.each(files)('%s becomes YAML that loads without errors, schema comment first', (name) => {
    const text = readFileSync(join(samples, name), 'utf8');
    const { yaml, journey } = convertAndLoad(text, name);
    expect(yaml.split('\n')[0]).toBe(`# yaml-language-server: $schema=${DEFAULT_SCHEMA_URL}`);
    // Every task line of the diagram (name: number …) is one touchpoint.
    const taskLines = text.split('\n').filter((l) => /^\s*[^%:#\s][^:#]*:\s*\d/.test(l) && !/^\s*title\s/i.test(l));
    expect(journey.stages.flatMap((s) => s.touchpoints)).toHaveLength(taskLines.length);
  });

  it('keeps stages, tasks, actors and emotions (working-day.mmd)', () => {
    const { journey } = convertAndLoad(readFileSync(join(samples, 'working-day.mmd'), 'utf8'));
    expect(journey.title).toBe('My working day');
    expect(journey.personas.map((p) => [p.id, p.name])).toEqual([
      ['me', 'Me'],
      ['cat', 'Cat'],
    ]);
    expect(facts(journey)).toEqual([
      [
        'Go to work',
        [
          ['Make tea', { Me: 2 }],
          ['Go upstairs', { Me: 0 }],
          ['Do work', { Me: -2, Cat: -2 }],
        ],
      ],
      [
        'Go home',
        [
          ['Go downstairs', { Me: 2 }],
          ['Sit down', { Me: 2 }],
        ],
      ],
    ]);
  });

  it('quotes what YAML would misread, keeps duplicates apart, reads comments and accDescr (tricky-names.mmd)', () => {
    const { journey } = convertAndLoad(readFileSync(join(samples, 'tricky-names.mmd'), 'utf8'));
    expect(journey.title).toBe('Returns: the "hard" part');
    expect(journey.description).toBe('How a customer returns an order');
    expect(facts(journey)).toEqual([
      ['Tasks', [['Reads the policy', { Customer: 0, Courier: 0 }]]],
      [
        'Order',
        [
          ['true', { Customer: 1 }],
          ['Make tea', { Customer: 1.5, Courier: 1.5 }],
          ['- dash first', { Courier: -1 }],
        ],
      ],
      [
        'Order',
        [
          ['Make tea', { Courier: -2 }],
          ['123', { Customer: 0, Courier: 0 }],
        ],
      ],
      ['✨', [['Done!', { Customer: 2 }]]],
    ]);
    const ids = journey.stages.flatMap((s) => [s.id, ...s.touchpoints.map((t) => t.id)]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('takes the title from front matter, else from the file name', () => {
    const { journey } = convertAndLoad(readFileSync(join(samples, 'front-matter.mmd'), 'utf8'));
    expect(journey.title).toBe('Onboarding from front matter');
    expect(facts(journey)).toEqual([
      [
        'Sign up',
        [
          ['Opens the app', { Ana: 1, Ben: 1 }],
          ['Creates an account', { Ana: -1 }],
        ],
      ],
      ['Empty section', []],
    ]);
    const untitled = convertAndLoad('journey\n  section S\n    T: 3\n', 'maps/checkout flow.mmd');
    expect(untitled.journey.title).toBe('checkout flow');
  });

  it('uses the implicit persona when no task names an actor (no-actors.mmd)', () => {
    const { yaml, journey } = convertAndLoad(readFileSync(join(samples, 'no-actors.mmd'), 'utf8'));
    expect(yaml).not.toMatch(/^personas:/m);
    expect(journey.personas.map((p) => p.implicit)).toEqual([true]);
    expect(journey.stages.map((s) => s.touchpoints.map((t) => t.emotion.customer))).toEqual([[0, -1], [-2]]);
  });

  it('uses the schema URL it is given', () => {
    const { yaml } = convertMermaidJourney('journey\n section S\n  T: 3\n', 'a.mmd', { schemaUrl: '../schemas/journey.schema.json' });
    expect(yaml?.startsWith('# yaml-language-server: $schema=../schemas/journey.schema.json\n')).toBe(true);
  });
});

describe('scoreToEmotion', () => {
  it('maps 1..5 onto -2..2 without float noise', () => {
    expect([1, 2, 3, 4, 5, 4.7, 1.1].map(scoreToEmotion)).toEqual([-2, -1, 0, 1, 2, 1.7, -1.9]);
  });
});

describe('any diagram of plain names survives the trip', () => {
  // Names Mermaid can hold: no ":", "#", ";", "%" or line breaks, not blank, not a keyword line.
  const name = fc
    .string({ minLength: 1, maxLength: 20, unit: fc.constantFrom(...'aZ09 -_\'"!?*&@[]{},.|>é✨'.split('')) })
    .map((s) => s.trim())
    .filter((s) => s !== '' && !/^(title|section|accTitle|accDescr)(\s|$)/i.test(s) && !s.includes(','));
  const task = fc.record({ name, score: fc.integer({ min: 1, max: 5 }), actors: fc.array(name, { maxLength: 3 }) });
  const section = fc.record({ name, tasks: fc.array(task, { minLength: 1, maxLength: 4 }) });
  const withinPersonaBudget = (sections: readonly { tasks: readonly { actors: readonly string[] }[] }[]) =>
    new Set(sections.flatMap((s) => s.tasks.flatMap((t) => t.actors))).size <= BUDGETS.personas.limit;

  it('loads, and keeps every stage name, task name and emotion', () => {
    fc.assert(
      // Diagrams a map can hold: no more actors than the personas budget (more is budget-exceeded).
      fc.property(name, fc.array(section, { minLength: 1, maxLength: 4 }).filter(withinPersonaBudget), (title, sections) => {
        const text = [
          'journey',
          `  title ${title}`,
          ...sections.flatMap((s) => [
            `  section ${s.name}`,
            ...s.tasks.map((t) => `    ${t.name}: ${t.score}${t.actors.length > 0 ? `: ${t.actors.join(', ')}` : ''}`),
          ]),
        ].join('\n');
        const { journey } = convertAndLoad(text);
        expect(journey.title).toBe(title);
        expect(journey.stages.map((s) => s.name)).toEqual(sections.map((s) => s.name));
        const byId = new Map(journey.personas.map((p) => [p.id, p.name]));
        journey.stages.forEach((stage, i) =>
          stage.touchpoints.forEach((tp, j) => {
            const written = sections[i]?.tasks[j];
            expect(tp.name).toBe(written?.name);
            for (const [id, emotion] of Object.entries(tp.emotion)) {
              expect(emotion).toBe((written?.score ?? 0) - 3);
              if (written && written.actors.length > 0) expect(written.actors).toContain(byId.get(id));
            }
            // Every actor the task names has its emotion on the map.
            expect(
              Object.keys(tp.emotion)
                .map((id) => byId.get(id))
                .sort(),
            ).toEqual(
              written && written.actors.length > 0 ? [...new Set(written.actors)].sort() : journey.personas.map((p) => p.name).sort(),
            );
          }),
        );
      }),
      { numRuns: 60 },
    );
  });
});

describe('invalid Mermaid fixtures', () => {
  const fixtures = readdirSync(invalid).flatMap((code) =>
    readdirSync(join(invalid, code))
      .filter((f) => f.endsWith('.mmd'))
      .map((f) => `${code}/${f}`),
  );
  it.each(fixtures)('%s reports its expected diagnostic', (relative) => {
    const text = readFileSync(join(invalid, relative), 'utf8');
    const match = /^%% expect: ([a-z-]+) (\d+):(\d+)/.exec(text);
    expect(match, 'first line must be "%% expect: <code> line:col"').not.toBeNull();
    const { yaml, diagnostics } = convertMermaidJourney(text, relative);
    expect(yaml).toBeUndefined();
    const seen = diagnostics.map((d) => `${d.code} ${d.span?.start.line}:${d.span?.start.column}`);
    expect(seen).toContain(`${match?.[1]} ${match?.[2]}:${match?.[3]}`);
  });
});

describe('bad input', () => {
  const codes = (text: string) =>
    convertMermaidJourney(text, 'x.mmd').diagnostics.map(
      (d) => `${d.code} ${d.span ? `${d.span.start.line}:${d.span.start.column}` : d.file}`,
    );

  it('reports every bad line, not only the first', () => {
    expect(codes('journey\n section S\n  A: 0: Me\n  B\n  C: 3\n  D: x: Me\n')).toEqual([
      'mermaid-score-out-of-range 3:6',
      'mermaid-syntax 4:3',
      'mermaid-syntax 6:6',
    ]);
  });

  it('says when there is no diagram, or another kind', () => {
    expect(codes('')).toEqual(['mermaid-not-journey x.mmd']);
    expect(codes('%% only a comment\n')).toEqual(['mermaid-not-journey x.mmd']);
    expect(codes('\nsequenceDiagram\n A->>B: hi\n')).toEqual(['mermaid-not-journey 2:1']);
    expect(codes('journey\n')).toEqual(['mermaid-syntax 1:1']);
  });

  it('rejects ";" and stray colons, as Mermaid does', () => {
    expect(codes('journey\n section S\n  A: 3: Me; B: 2\n')).toEqual(['mermaid-syntax 3:11']);
    expect(codes('journey\n section S: x\n  A: 3\n')).toEqual(['mermaid-syntax 2:11']);
    expect(codes('journey\n section S\n  A: 3: Me: You\n')).toEqual(['mermaid-syntax 3:11']);
    expect(codes('journey\n section S\n  : 3: Me\n')).toEqual(['mermaid-syntax 3:3']);
    expect(codes('journey\n section\n  A: 3\n')).toEqual(['mermaid-syntax 2:2']);
  });
});
