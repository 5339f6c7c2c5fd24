// The example Markdown plugin, loaded the way users load it (loadPlugin on the file), called
// with journeys built here: content, the KPI scorecard, and that hostile text stays inert.

import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Journey, Stage, Touchpoint } from '../../src/model/journey.js';
import { loadPlugin } from '../../src/project/plugins.js';
import type { RenderContext, Renderer } from '../../src/render/renderer.js';
import type { Scene } from '../../src/scene/scene.js';
import { journeyArbitrary, kpi, persona, sampleJourney as richJourney, touchpoint } from '../support/journeys.js';
import { renderContextOf } from '../support/view.js';

const ROOT = join(import.meta.dirname, '..', '..');
const PLUGIN = './examples/plugins/markdown-summary.js';
const SPECIAL = '\\`*_{}[]<>|!~&';

/** A touchpoint of the one-persona journey below. */
const tp = (stageId: string, id: string, name: string, extra: Partial<Touchpoint> = {}): Touchpoint =>
  touchpoint(stageId, id, name, { personas: ['maria'], ...extra });

/** A small but complete journey; `text` replaces every piece of user text when given. */
function sampleJourney(text?: string): Journey {
  const t = (s: string): string => text ?? s;
  const stages: Stage[] = [
    {
      id: 'awareness',
      name: t('Awareness'),
      objective: t('Be the first app she thinks of'),
      kpis: [kpi(t('Ad click-through rate'), { value: 1.8, target: 2.5, unit: '%' })],
      touchpoints: [
        tp('awareness', 'sees-ad', t('Sees an Instagram ad'), {
          channel: { name: t('Social media') },
          pains: [t('Ad does not say the delivery area')],
          opportunities: [t('Show the postcode check in the ad')],
          kpis: [kpi(t('Bounce rate'), { value: 62, target: 40, unit: t('%'), better: 'lower' })],
        }),
        tp('awareness', 'hears-from-friend', t('Hears from a friend')),
      ],
    },
    {
      id: 'checkout',
      name: t('Checkout'),
      kpis: [kpi(t('Conversion'), { value: 4 })],
      touchpoints: [
        tp('checkout', 'pays', t('Pays'), {
          channel: { id: 'app', name: t('Mobile app') },
          critical: true,
          pains: [t('Card declined twice')],
          kpis: [kpi(t('Payment time'), { value: 30, target: 45, unit: t('s'), better: 'lower' })],
        }),
      ],
    },
  ];
  return {
    file: 'maps/grocery.journey.yaml',
    handoffs: [],
    title: t('First grocery order'),
    description: t('From first ad to the second order.'),
    state: 'future',
    owner: t('CX team'),
    updated: '2026-11-01',
    tags: [],
    personas: [persona('maria', t('Maria'))],
    channels: [],
    lanes: [],
    kpis: [kpi(t('NPS'), { value: 31, target: 45 }), kpi(t('Orders'), { target: 3 })],
    stages,
  };
}

const EMPTY_SCENE: Scene = { width: 1, height: 1, background: '#fff', title: '', description: '', nodes: [] };

function contextFor(journey: Journey): RenderContext {
  return renderContextOf(journey);
}

/** Characters of `special` that are not backslash-escaped (odd run of backslashes before them). */
function unescaped(markdown: string, special: string): string[] {
  const found: string[] = [];
  let backslashes = 0;
  for (const char of markdown) {
    if (special.includes(char) && char !== '\\' && backslashes % 2 === 0) found.push(char);
    backslashes = char === '\\' ? backslashes + 1 : 0;
  }
  return found;
}

/** Cells of a GFM table row: split on pipes that are not escaped. */
const cells = (row: string): string[] =>
  row
    .split(/(?<!\\)\|/)
    .slice(1, -1)
    .map((cell) => cell.trim());

let renderer: Renderer;
let escapeMarkdown: (text: string) => string;
const render = async (journey: Journey): Promise<string> => {
  const out = await renderer.render(EMPTY_SCENE, contextFor(journey));
  expect(typeof out).toBe('string');
  return out as string;
};

beforeAll(async () => {
  const plugin = await loadPlugin(PLUGIN, ROOT);
  renderer = plugin.renderers[0]!;
  const module = (await import(pathToFileURL(join(ROOT, PLUGIN)).href)) as {
    escapeMarkdown: (text: string) => string;
  };
  escapeMarkdown = module.escapeMarkdown;
});

describe('markdown-summary plugin', () => {
  it('declares an md renderer', () => {
    expect(renderer).toMatchObject({ format: 'md', extension: 'md', mediaType: 'text/markdown' });
  });

  it('summarizes title, state, owner, stages in order with their touchpoints and channels', async () => {
    const journey = sampleJourney();
    const md = await render(journey);
    const lines = md.split('\n');
    expect(lines[0]).toBe(`# ${journey.title}`);
    expect(md).toContain('future');
    expect(md).toContain('CX team');
    const stageLines = journey.stages.map((s) => lines.findIndex((l) => l.startsWith('### ') && l.includes(s.name)));
    expect(stageLines.every((i) => i > 0)).toBe(true);
    expect([...stageLines].sort((a, b) => a - b)).toEqual(stageLines);
    journey.stages.forEach((stage, index) => {
      const end = stageLines[index + 1] ?? lines.findIndex((l) => l.startsWith('## Pains'));
      const section = lines.slice(stageLines[index], end);
      for (const tp of stage.touchpoints) {
        const item = section.find((l) => l.startsWith('- ') && l.includes(tp.name));
        expect(item, `${tp.name} under ${stage.name}`).toBeDefined();
        if (tp.channel) expect(item).toContain(tp.channel.name);
      }
    });
  });

  it('lists every pain and opportunity with the touchpoint it belongs to', async () => {
    const journey = sampleJourney();
    const md = await render(journey);
    const section = (title: string): string => md.slice(md.indexOf(`## ${title}`), md.indexOf('\n## ', md.indexOf(`## ${title}`) + 1));
    for (const tp of journey.stages.flatMap((s) => s.touchpoints)) {
      for (const pain of tp.pains) expect(section('Pains')).toMatch(new RegExp(`${tp.name}.*${pain}`));
      for (const opp of tp.opportunities) expect(section('Opportunities')).toMatch(new RegExp(`${tp.name}.*${opp}`));
    }
    expect(section('Pains')).not.toContain('Show the postcode check');
  });

  it('has a KPI table with one row per KPI and the met / missed / no-target status', async () => {
    const journey = sampleJourney();
    const md = await render(journey);
    const rows = md.split('\n').filter((l) => l.startsWith('|'));
    expect(cells(rows[0]!)).toEqual(['KPI', 'Where', 'Value', 'Target', 'Status']);
    const body = rows.slice(2);
    const all = [...journey.kpis, ...journey.stages.flatMap((s) => [...s.kpis, ...s.touchpoints.flatMap((t) => t.kpis)])];
    expect(body).toHaveLength(all.length);
    for (const k of all) {
      const row = body.map(cells).find((c) => c[0] === k.name);
      expect(row, k.name).toHaveLength(5);
      const expected = k.target === undefined ? '— no target' : k.met === true ? '✅ met' : k.met === false ? '❌ missed' : '—';
      expect(row![4]).toContain(expected);
      if (k.value !== undefined) expect(row![2]).toContain(String(k.value));
    }
    expect(body.map(cells).find((c) => c[0] === 'Payment time')![1]).toBe('Checkout › Pays');
  });

  it('keeps hostile text inert: same structure as a benign journey, no live markup', async () => {
    const hostile =
      '| x | <img src=x onerror=alert(1)> [click](javascript:alert(1)) ![i](http://e/t.png) `code` **b** _i_ ~s~\n# Injected heading\n| a | b |';
    const benign = (await render(sampleJourney('plain words'))).split('\n');
    const evil = (await render(sampleJourney(hostile))).split('\n');
    expect(evil).toHaveLength(benign.length);
    evil.forEach((line, i) => {
      expect(line.startsWith('#'), line).toBe(benign[i]!.startsWith('#'));
      if (line.startsWith('|')) expect(cells(line)).toHaveLength(cells(benign[i]!).length);
    });
    const userOnly = evil.join('\n');
    expect(unescaped(userOnly, '<>[]`|').filter((c) => c !== '|')).toEqual([]);
    expect(userOnly).not.toMatch(/(?<!\\)<img/);
    expect(userOnly).toContain('\\<img');
  });

  it('covers every stage, touchpoint and KPI of the shared rich sample journey', async () => {
    const md = await render(richJourney);
    for (const stage of richJourney.stages) {
      expect(md).toContain(`. ${escapeMarkdown(stage.name)}`);
      for (const tp of stage.touchpoints) expect(md).toContain(`- ${escapeMarkdown(tp.name)}`);
    }
    const kpiCount =
      richJourney.kpis.length +
      richJourney.stages.reduce((n, s) => n + s.kpis.length + s.touchpoints.reduce((m, t) => m + t.kpis.length, 0), 0);
    expect(md.split('\n').filter((l) => l.startsWith('| ')).length).toBe(kpiCount === 0 ? 0 : kpiCount + 2);
  });

  it('keeps its block structure for any journey (headings and table rows come only from the template)', async () => {
    await fc.assert(
      fc.asyncProperty(journeyArbitrary({ maxStages: 4 }), async (journey) => {
        const lines = (await render(journey)).split('\n');
        const headings = lines.filter((l) => /^ {0,3}#/.test(l));
        expect(headings).toHaveLength(1 + 1 + journey.stages.length + 3);
        for (const row of lines.filter((l) => /^\s*\|/.test(l))) expect(cells(row)).toHaveLength(5);
        const blockStarts = lines.filter((l) => /^\s*(>|[-+*] |\d+[.)] |<|```|~~~)/.test(l) && !l.startsWith('- '));
        expect(blockStarts).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('escapeMarkdown leaves no special character unescaped and loses no text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ab 1.-+#=\n\r', ...SPECIAL) }), (text) => {
        const out = escapeMarkdown(text);
        expect(unescaped(out, SPECIAL)).toEqual([]);
        expect(out).not.toMatch(/[\r\n]/);
        expect(out).not.toMatch(/^\s*([-+#=]|\d+[.)])/);
        expect(out.replace(/\\(.)/g, '$1')).toBe(text.replace(/[\r\n\u2028\u2029]+/g, ' '));
      }),
    );
  });
});
