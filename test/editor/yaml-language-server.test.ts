// Editor support end to end: the real yaml-language-server, fed our shipped schemas/ through the
// `# yaml-language-server: $schema=…` modeline, completes, hovers and validates journey and library
// files. Expectations come from the schema files, so a schema change that breaks editors fails here.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CompletionItem, hoverText, type Position, splitCursor, YamlServer } from './yaml-server.js';

const REPO_ROOT = join(import.meta.dirname, '..', '..');
// Files live in <workspace>/examples/ like in the repo, so the examples' modelines resolve unchanged.
const JOURNEY_MODELINE = '# yaml-language-server: $schema=../schemas/journey.schema.json';
const LIBRARY_MODELINE = '# yaml-language-server: $schema=../../schemas/library.schema.json';

interface JsonSchema {
  readonly type?: string;
  readonly properties?: Record<string, JsonSchema>;
  readonly items?: JsonSchema;
  readonly anyOf?: readonly JsonSchema[];
  readonly enum?: readonly unknown[];
  readonly description?: string;
}

const readSchema = (name: string): JsonSchema => JSON.parse(readFileSync(join(REPO_ROOT, 'schemas', name), 'utf8')) as JsonSchema;

/** The mapping form of a "string or mapping" schema (stages, touchpoints), or the schema itself. */
function mappingOf(schema: JsonSchema | undefined): JsonSchema {
  const mapping = schema?.properties ? schema : schema?.anyOf?.find((s) => s.type === 'object' && s.properties);
  if (!mapping?.properties) throw new Error(`no mapping schema in ${JSON.stringify(schema).slice(0, 200)}`);
  return mapping;
}

const journeySchema = readSchema('journey.schema.json');
const stageSchema = mappingOf(journeySchema.properties?.stages?.items);
const touchpointSchema = mappingOf(stageSchema.properties?.touchpoints?.items);
const personaSchema = mappingOf(readSchema('library.schema.json').properties?.personas?.items);
const keysOf = (schema: JsonSchema): string[] => Object.keys(schema.properties ?? {});

const labels = (items: readonly CompletionItem[]): string[] => items.map((item) => item.label);

/** 0-based line of the first line containing `needle`. */
function lineOf(text: string, needle: string): number {
  const line = text.split('\n').findIndex((l) => l.includes(needle));
  if (line < 0) throw new Error(`${needle} not in document`);
  return line;
}

/** Position of the first character of `needle` (+ offset) in the document. */
function positionOf(text: string, needle: string, offset = 0): Position {
  const line = lineOf(text, needle);
  return { line, character: (text.split('\n')[line] ?? '').indexOf(needle) + offset };
}

let workspace = '';
let server: YamlServer | undefined;
let documentCount = 0;

/** Opens a fresh file (a unique name per call) and asks for completion at the cursor marker. */
async function completeAt(directory: string, marked: string): Promise<string[]> {
  const { text, position } = splitCursor(marked);
  const uri = yaml().open(join(directory, `doc-${++documentCount}.yaml`), text);
  return labels(await yaml().complete(uri, position));
}

function yaml(): YamlServer {
  if (!server) throw new Error('server not started');
  return server;
}

beforeAll(async () => {
  workspace = mkdtempSync(join(tmpdir(), 'journeymap-yls-'));
  cpSync(join(REPO_ROOT, 'schemas'), join(workspace, 'schemas'), { recursive: true });
  server = await YamlServer.start(workspace);
});

afterAll(async () => {
  await server?.close();
  if (workspace) rmSync(workspace, { recursive: true, force: true });
});

describe('completion', () => {
  it('offers every top-level journey key on an empty line', async () => {
    const offered = await completeAt('examples', `${JOURNEY_MODELINE}\n¦\n`);
    expect(offered).toEqual(expect.arrayContaining(['title', 'stages', 'personas', 'lanes', 'kpis', 'imports']));
    expect(offered).toEqual(expect.arrayContaining(keysOf(journeySchema)));
  });

  it('leaves out top-level keys the journey already has', async () => {
    const offered = await completeAt('examples', `${JOURNEY_MODELINE}\ntitle: T\n¦\nstages: [Awareness]\n`);
    expect(offered).toContain('personas');
    expect(offered).not.toContain('title');
    expect(offered).not.toContain('stages');
  });

  it('offers touchpoint keys inside a touchpoint mapping, and only those', async () => {
    const offered = await completeAt(
      'examples',
      [JOURNEY_MODELINE, 'title: T', 'stages:', '  - name: A', '    touchpoints:', '      - name: Pays', '        ¦', ''].join('\n'),
    );
    expect(offered).toEqual(expect.arrayContaining(['emotion', 'pains', 'opportunities', 'critical', 'channel', 'evidence']));
    expect(offered).toEqual(expect.arrayContaining(keysOf(touchpointSchema).filter((k) => k !== 'name')));
    // Context, not a bag of every key: stage-only and journey-only keys are not offered here.
    expect(offered).not.toContain('objective');
    expect(offered).not.toContain('title');
  });

  it('offers touchpoint keys on a new list item, despite the string-or-mapping anyOf', async () => {
    const offered = await completeAt(
      'examples',
      [JOURNEY_MODELINE, 'title: T', 'stages:', '  - name: A', '    touchpoints:', '      - Sees an ad', '      - ¦', ''].join('\n'),
    );
    expect(offered).toEqual(expect.arrayContaining(['name', 'emotion', 'opportunities', 'evidence']));
  });

  it('offers the enum values after `evidence: ` and `state: `', async () => {
    const evidence = await completeAt(
      'examples',
      [JOURNEY_MODELINE, 'title: T', 'stages:', '  - name: A', '    touchpoints:', '      - name: Pays', '        evidence: ¦', ''].join(
        '\n',
      ),
    );
    expect(evidence).toEqual(expect.arrayContaining(['assumption', 'research', 'data']));
    expect(new Set(evidence)).toEqual(new Set(touchpointSchema.properties?.evidence?.enum));

    const state = await completeAt('examples', `${JOURNEY_MODELINE}\ntitle: T\nstate: ¦\nstages: [A]\n`);
    expect(new Set(state)).toEqual(new Set(['current', 'future']));
    expect(new Set(state)).toEqual(new Set(journeySchema.properties?.state?.enum));
  });

  it('offers persona keys inside a persona of a library file', async () => {
    const offered = await completeAt('examples/shared', `${LIBRARY_MODELINE}\npersonas:\n  - name: Priya\n    ¦\n`);
    expect(offered).toEqual(expect.arrayContaining(['goals', 'needs', 'frustrations', 'tech']));
    expect(offered).toEqual(expect.arrayContaining(keysOf(personaSchema).filter((k) => k !== 'name')));
    expect(offered).not.toContain('stages');
  });
});

describe('hover', () => {
  it('shows the schema description of `opportunities`', async () => {
    const text = [
      JOURNEY_MODELINE,
      'title: T',
      'stages:',
      '  - name: A',
      '    touchpoints:',
      '      - name: Pays',
      '        opportunities: [Show the fee early]',
      '',
    ].join('\n');
    const uri = yaml().open(`examples/hover-${++documentCount}.journey.yaml`, text);
    const description = touchpointSchema.properties?.opportunities?.description;
    expect(description).toMatch(/\S/);
    const shown = hoverText(await yaml().hover(uri, positionOf(text, 'opportunities:', 3)));
    expect(shown).toContain(description);
  });
});

describe('diagnostics', () => {
  it('reports a misspelt key and an out-of-range emotion at their lines', async () => {
    const text = [
      JOURNEY_MODELINE,
      'title: T',
      'stages:',
      '  - name: A',
      '    touchpoints:',
      '      - name: Pays',
      '        oportunities: [Show the fee early]',
      '        emotion: 5',
      '',
    ].join('\n');
    const uri = yaml().open('examples/typos.journey.yaml', text);
    const diagnostics = await yaml().diagnostics(uri);
    const typo = diagnostics.filter((d) => d.range.start.line === lineOf(text, 'oportunities'));
    expect(typo.map((d) => d.message)).toEqual([expect.stringMatching(/oportunities.*not allowed/i)]);
    expect(typo[0]?.range.start.character).toBe(positionOf(text, 'oportunities').character);
    const emotion = diagnostics.filter((d) => d.range.start.line === lineOf(text, 'emotion: 5'));
    expect(emotion.map((d) => d.message)).toEqual([expect.stringMatching(/maximum of 2/i)]);
    expect(diagnostics).toHaveLength(2);
    for (const d of diagnostics) expect(d.source).toMatch(/^yaml-schema/);
  });

  it('accepts ids in any script and rejects an upper-case one (the u-flag pattern works in the editor)', async () => {
    const text = [
      JOURNEY_MODELINE,
      'title: T',
      'locale: ja',
      'personas:',
      '  - { id: 佐藤さん, name: 佐藤 }',
      '  - { id: ユーザー, name: ユーザー }',
      '  - { id: Maria, name: Maria }',
      'stages:',
      '  - id: 認知',
      '    name: 認知',
      '    touchpoints: [インスタ広告を見る]',
      '',
    ].join('\n');
    const uri = yaml().open('examples/scripts.journey.yaml', text);
    const diagnostics = await yaml().diagnostics(uri);
    expect(diagnostics.map((d) => d.range.start.line)).toEqual([lineOf(text, 'id: Maria')]);
    expect(diagnostics[0]?.message).toMatch(/pattern/i);
  });

  it.each([
    ['examples/first-grocery-order.journey.yaml', 'title:', journeySchema.properties?.title?.description],
    ['examples/shared/personas.yaml', 'frustrations:', personaSchema.properties?.frustrations?.description],
  ])('finds nothing wrong in %s', async (path, key, description) => {
    const text = readFileSync(join(REPO_ROOT, path), 'utf8');
    const uri = yaml().open(path, text);
    expect(await yaml().diagnostics(uri)).toEqual([]);
    // Silence only counts if the schema was applied: the same document gets schema hovers.
    expect(description).toMatch(/\S/);
    expect(hoverText(await yaml().hover(uri, positionOf(text, key, 1)))).toContain(description);
  });
});
