// Layout behaviour beyond fitting: determinism, rounding, lanes order, persona view, emotion
// curves, moments of truth, links, and the performance budget.
import { describe, expect, it } from 'vitest';
import type { Journey } from '../../src/model/journey.js';
import type { SceneNode } from '../../src/scene/scene.js';
import { defaultTheme } from '../../src/theme/themes.js';
import { largeJourney, persona, sampleJourney, touchpoint } from '../support/journeys.js';
import { commandPoints, extent, flatten, groups, textNodes } from '../support/scene-walk.js';
import { sceneOf } from '../support/view.js';

const theme = defaultTheme;

function numbers(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbers);
  if (value && typeof value === 'object') return Object.values(value).flatMap(numbers);
  return [];
}

describe('layoutJourney', () => {
  it('is deterministic and rounds every number to 2 decimals', () => {
    const a = sceneOf(sampleJourney, { theme });
    const b = sceneOf(structuredClone(sampleJourney) as Journey, { theme });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const bad = numbers(a).filter((n) => Math.round(n * 100) / 100 !== n || Object.is(n, -0));
    expect(bad).toEqual([]);
  });

  it('draws lanes in journey.lanes order with their titles', () => {
    const scene = sceneOf(sampleJourney, { theme });
    const lanes = groups(scene).filter((g) => g.role === 'lane');
    expect(lanes.map((g) => g.ref?.id)).toEqual(sampleJourney.lanes.map((l) => l.id));
    const reversed = sceneOf({ ...sampleJourney, lanes: [...sampleJourney.lanes].reverse() }, { theme });
    expect(
      groups(reversed)
        .filter((g) => g.role === 'lane')
        .map((g) => g.ref?.id),
    ).toEqual([...sampleJourney.lanes].reverse().map((l) => l.id));
    // Rows go downwards in that order.
    const tops = lanes.map((g) => Math.min(...flatten(g.children).flatMap((n) => (n.kind === 'rect' ? [n.y] : []))));
    expect([...tops].sort((x, y) => x - y)).toEqual(tops);
  });

  it('one stage header per stage, spanning its touchpoint columns', () => {
    const scene = sceneOf(sampleJourney, { theme });
    const headers = groups(scene).filter((g) => g.role === 'stage-header');
    expect(headers.map((g) => g.ref?.id)).toEqual(sampleJourney.stages.map((s) => s.id));
    const widths = headers.map((g) => (g.children[0]?.kind === 'rect' ? g.children[0].width : 0));
    const counts = sampleJourney.stages.map((s) => s.touchpoints.length);
    // Width (plus the gap between stage boxes) is proportional to the number of touchpoints.
    const perColumn = widths.map((w, i) => (w + 4) / counts[i]!);
    for (const w of perColumn) expect(w).toBeCloseTo(perColumn[0]!, 5);
    expect(perColumn[0]).toBeGreaterThanOrEqual(200);
  });

  it('draws one emotion curve per persona, skipping touchpoints the persona is not in', () => {
    const scene = sceneOf(sampleJourney, { theme });
    const curves = groups(scene).filter((g) => g.role === 'emotion-curve');
    expect(curves.map((g) => g.ref?.id)).toEqual(['maria', 'tom']);
    const count = (id: string) =>
      sampleJourney.stages.flatMap((s) => s.touchpoints).filter((t) => t.personas.includes(id) && t.emotion[id] !== undefined).length;
    for (const curve of curves) {
      const id = curve.ref!.id;
      expect(curve.personas).toEqual([id]);
      const [line] = curve.children;
      expect(line?.kind).toBe('path');
      if (line?.kind === 'path') {
        expect(line.commands[0]?.op).toBe('M');
        expect(line.commands.slice(1).every((c) => c.op === 'C' || c.op === 'L')).toBe(true);
      }
      // Two paths per point: the marker outline and its face (after the curve's runs and gaps).
      const markers = curve.children.filter((c) => c.kind === 'path' && c.fill !== undefined);
      expect(markers.length).toBe(count(id));
      expect(curve.children.filter((c) => c.kind === 'path' && c.stroke?.width === 1.3).length).toBe(count(id));
    }
    const maria = curves[0]!;
    const tom = curves[1]!;
    const stroke = (g: typeof maria) => (g.children[0]?.kind === 'path' ? g.children[0].stroke : undefined);
    expect(stroke(maria)?.color).toBe('#d9480f');
    expect(stroke(tom)?.color).not.toBe(stroke(maria)?.color);
    expect(JSON.stringify(stroke(tom)?.dash)).not.toBe(JSON.stringify(stroke(maria)?.dash));
  });

  it('places higher emotions higher up', () => {
    const scene = sceneOf(sampleJourney, { theme });
    const maria = groups(scene).find((g) => g.role === 'emotion-curve' && g.ref?.id === 'maria')!;
    const line = maria.children[0]!;
    const ends = line.kind === 'path' ? line.commands.filter((c) => c.op !== 'Z').map((c) => ('y' in c ? c.y : 0)) : [];
    const values = sampleJourney.stages
      .flatMap((s) => s.touchpoints)
      .flatMap((t) => (t.personas.includes('maria') && t.emotion.maria !== undefined ? [t.emotion.maria] : []));
    // Sorting points by value ascending = sorting by y descending (SVG y grows downwards).
    expect(values.length).toBe(ends.length);
    for (let i = 0; i < values.length; i++)
      for (let j = 0; j < values.length; j++) if (values[i]! > values[j]!) expect(ends[i]!).toBeLessThan(ends[j]!);
  });

  it('the persona option keeps only that persona and its touchpoints', () => {
    const scene = sceneOf(sampleJourney, { theme, persona: 'tom' });
    expect(
      groups(scene)
        .filter((g) => g.role === 'emotion-curve')
        .map((g) => g.ref?.id),
    ).toEqual(['tom']);
    const tps = new Set(
      groups(scene)
        .filter((g) => g.ref?.kind === 'touchpoint')
        .map((g) => g.ref?.id),
    );
    expect(tps.has('sees-ad')).toBe(false); // maria only
    expect(tps.has('pays')).toBe(false);
    expect(tps.has('contacts-support')).toBe(true);
    // Tom keeps the colour and dash he has in the full map.
    const strokeOf = (scene: ReturnType<typeof sceneOf>) => {
      const g = groups(scene).find((x) => x.role === 'emotion-curve' && x.ref?.id === 'tom');
      return g?.children[0]?.kind === 'path' ? g.children[0].stroke : undefined;
    };
    expect(strokeOf(scene)).toEqual(strokeOf(sceneOf(sampleJourney, { theme })));
  });

  it('the persona view drops lanes that only other personas fill', () => {
    // Notes only on Maria's touchpoints: Tom's view has no notes row; Maria's and the full map do.
    const journey: Journey = {
      ...sampleJourney,
      stages: sampleJourney.stages.map((stage) => ({
        ...stage,
        touchpoints: stage.touchpoints.map(({ notes, ...tp }) =>
          tp.personas.includes('tom') ? tp : { ...tp, notes: notes ?? 'Maria only' },
        ),
      })),
    };
    const lanesOf = (persona?: string) =>
      groups(sceneOf(journey, { theme, ...(persona ? { persona } : {}) }))
        .filter((g) => g.role === 'lane')
        .map((g) => g.ref?.id);
    expect(journey.lanes.map((lane) => lane.id)).toContain('notes');
    expect(lanesOf()).toEqual(journey.lanes.map((lane) => lane.id));
    expect(lanesOf('maria')).toContain('notes');
    expect(lanesOf('tom')).not.toContain('notes');
    expect(lanesOf('tom')).toEqual(expect.arrayContaining(['touchpoints', 'emotions', 'pains']));
  });

  it('marks moments of truth with a column band and a flag', () => {
    const scene = sceneOf(sampleJourney, { theme });
    const critical = sampleJourney.stages
      .flatMap((s) => s.touchpoints)
      .filter((t) => t.critical)
      .map((t) => t.id);
    expect(
      groups(scene)
        .filter((g) => g.role === 'moment-of-truth')
        .map((g) => g.ref?.id),
    ).toEqual(critical);
    const flags = textNodes(scene).filter((t) => t.lines.some((l) => /moment of truth/i.test(l.text)));
    expect(flags.length).toBeGreaterThanOrEqual(critical.length);
  });

  it('draws a line of visibility only when both frontstage and backstage lanes are shown', () => {
    const has = (j: Journey) => groups(sceneOf(j, { theme })).some((g) => g.role === 'line-of-visibility');
    expect(has(sampleJourney)).toBe(true);
    expect(has({ ...sampleJourney, lanes: sampleJourney.lanes.filter((l) => l.id !== 'backstage') })).toBe(false);
  });

  it('shows KPI status with words, not colour alone', () => {
    const text = textNodes(sceneOf(sampleJourney, { theme })).flatMap((t) => t.lines.map((l) => l.text));
    expect(text).toContain('On target');
    expect(text).toContain('Off target');
    // Bounce rate 62% against a lower-is-better target of 40%.
    expect(text).toContain('Target \u2264 40%');
  });

  it('keeps the touchpoint link and personas on the cell groups', () => {
    const scene = sceneOf(sampleJourney, { theme });
    const cells = groups(scene).filter((g) => g.ref?.id === 'sees-ad' && g.role === 'cell');
    expect(cells.length).toBeGreaterThan(5);
    expect(cells.some((g) => g.link === 'https://example.com/campaign')).toBe(true);
    expect(cells.every((g) => JSON.stringify(g.personas) === '["maria"]')).toBe(true);
  });

  it('caps absurdly long text with an ellipsis and keeps the full text', () => {
    const long = 'word '.repeat(400).trim();
    const journey: Journey = {
      ...sampleJourney,
      stages: [{ ...sampleJourney.stages[0]!, touchpoints: [{ ...sampleJourney.stages[0]!.touchpoints[1]!, action: long }] }],
    };
    const cut = textNodes(sceneOf(journey, { theme })).find((t) => t.fullText === long);
    expect(cut).toBeDefined();
    expect(cut!.lines.at(-1)?.text.endsWith('\u2026')).toBe(true);
    expect(cut!.lines.length).toBeLessThan(20);
  });

  it('keeps emotion curve points within the emotion lane', () => {
    const scene = sceneOf(sampleJourney, { theme });
    const lane = groups(scene).find((g) => g.role === 'lane' && g.ref?.id === 'emotions')!;
    const bg = flatten(lane.children).find((n): n is Extract<SceneNode, { kind: 'rect' }> => n.kind === 'rect')!;
    for (const curve of flatten(lane.children).filter((n) => n.kind === 'path'))
      for (const [, y] of commandPoints(curve.kind === 'path' ? curve.commands : [])) {
        expect(y).toBeGreaterThanOrEqual(bg.y);
        expect(y).toBeLessThanOrEqual(bg.y + bg.height);
      }
  });

  it('keeps the emotion markers of personas who feel the same apart, so none hides another', () => {
    // 8 personas; on each touchpoint they share a value (or nearly), incl. the extremes -2 and 2.
    const personas = Array.from({ length: 8 }, (_, i) => persona(`p${i}`, `Persona ${i}`));
    const ids = personas.map((p) => p.id);
    const values = [2, -2, 0, 1, 1.1];
    const stage = sampleJourney.stages[0]!;
    const touchpoints = values.map((v, i) =>
      touchpoint(stage.id, `t${i}`, `Touchpoint ${i}`, {
        personas: ids,
        emotion: Object.fromEntries(ids.map((id, k) => [id, k % 2 === 0 ? v : Math.min(2, v + 0.05)])),
      }),
    );
    const journey: Journey = { ...sampleJourney, personas, stages: [{ ...stage, touchpoints }] };
    const scene = sceneOf(journey, { theme });
    const curves = groups(scene).filter((g) => g.role === 'emotion-curve');
    expect(curves).toHaveLength(8);
    // Marker outlines: the filled paths of each curve group.
    const markers = curves.flatMap((g) => g.children.filter((n) => n.kind === 'path' && n.fill !== undefined).map((n) => extent(n)!));
    expect(markers).toHaveLength(8 * values.length);
    const overlaps = markers.flatMap((a, i) =>
      markers
        .slice(i + 1)
        .filter((b) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3])
        .map((b) => `${a.join(',')} / ${b.join(',')}`),
    );
    expect(overlaps).toEqual([]);
    // Each touchpoint's markers stay within its column (columns of equal width from the grid's left).
    const lane = groups(scene).find((g) => g.role === 'lane' && g.ref?.id === 'emotions')!;
    const zone = flatten(lane.children).find(
      (n): n is Extract<SceneNode, { kind: 'rect' }> => n.kind === 'rect' && n.fill === theme.colors.positiveZone,
    )!;
    const columnWidth = zone.width / values.length;
    curves.forEach((g) => {
      const own = g.children.filter((n) => n.kind === 'path' && n.fill !== undefined).map((n) => extent(n)!);
      own.forEach((m, i) => {
        expect(m[0]).toBeGreaterThanOrEqual(zone.x + i * columnWidth);
        expect(m[2]).toBeLessThanOrEqual(zone.x + (i + 1) * columnWidth);
      });
    });
  });

  it('keeps KPI cards card-sized in the wide column of a one-touchpoint map', () => {
    const stage = sampleJourney.stages[0]!;
    const only = stage.touchpoints.find((t) => t.kpis.length > 0)!;
    const scene = sceneOf({ ...sampleJourney, stages: [{ ...stage, touchpoints: [only] }] }, { theme });
    const cards = groups(scene).filter((g) => g.role === 'kpi' && g.ref?.id !== undefined);
    const widths = cards.map((g) => (g.children[0]?.kind === 'rect' ? g.children[0].width : 0));
    expect(widths.length).toBeGreaterThanOrEqual(3); // journey, stage and touchpoint KPIs
    expect(scene.width).toBeGreaterThan(1000);
    for (const w of widths) expect(w).toBeLessThanOrEqual(240);
  });

  // Speed is measured by `npm run bench`, never asserted here (shared, noisy machines).
  it('lays out 12 stages x 15 touchpoints x 3 personas with width growing linearly', () => {
    const small = sceneOf(largeJourney(12, 5, 3), { theme });
    const large = sceneOf(largeJourney(12, 15, 3), { theme });
    const touchpoints = (scene: typeof large) => flatten(scene.nodes).filter((n) => n.kind === 'group' && n.ref?.kind === 'touchpoint');
    expect(new Set(touchpoints(large).map((n) => (n.kind === 'group' ? n.ref?.id : ''))).size).toBe(180);
    const perColumn = (scene: typeof large, columns: number) => scene.width / columns;
    expect(perColumn(large, 180)).toBeLessThan(perColumn(small, 60));
    expect(large.width).toBeGreaterThan(2.5 * small.width);
  });
});
