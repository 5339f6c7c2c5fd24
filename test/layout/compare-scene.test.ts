// Language 1.1, part B, on the Scene: honest emotion curves (gaps bridged dotted, never invented),
// the compared journey's curves faint and dashed behind, "new" and "removed" touchpoints, the
// compared KPI value, sparklines with "as of", and a --persona view narrowing the comparison.
import { describe, expect, it } from 'vitest';
import { buildColumns } from '../../src/layout/context.js';
import { COMPARE_DASH, GAP_DASH } from '../../src/layout/lanes/emotions-lane.js';
import type { Journey } from '../../src/model/journey.js';
import type { GroupNode, PathNode, Scene, SceneNode } from '../../src/scene/scene.js';
import { defaultTheme } from '../../src/theme/themes.js';
import { currentJourney, futureJourney } from '../support/compare-journeys.js';
import { flatten, groups } from '../support/scene-walk.js';
import { sceneOf } from '../support/view.js';

const theme = defaultTheme;
const textOf = (nodes: readonly SceneNode[]): string[] =>
  flatten(nodes).flatMap((n) => (n.kind === 'text' ? [n.lines.map((l) => l.text).join(' ')] : []));
const role = (s: Scene, r: string): GroupNode[] => groups(s).filter((g) => g.role === r);
const curveOf = (s: Scene, r: 'emotion-curve' | 'compare-curve', id: string): GroupNode | undefined =>
  role(s, r).find((g) => g.ref?.id === id);
const paths = (nodes: readonly SceneNode[]): PathNode[] => nodes.filter((n): n is PathNode => n.kind === 'path');
const ends = (p: PathNode): [number, number][] => p.commands.flatMap((c) => (c.op === 'Z' ? [] : [[c.x, c.y] as [number, number]]));

describe('honest curves', () => {
  const scene = sceneOf(futureJourney, { theme });
  const columns = buildColumns(futureJourney);
  const centre = (id: string) => {
    const c = columns.find((col) => col.touchpoint?.id === id)!;
    return c.x + c.width / 2;
  };

  it('draws a persona who takes part everywhere as one unbroken curve, no gap', () => {
    const maria = curveOf(scene, 'emotion-curve', 'maria')!;
    const lines = paths(maria.children).filter((p) => p.stroke?.width === 2.5);
    expect(lines).toHaveLength(1);
    expect(ends(lines[0]!)).toHaveLength(5);
    expect(role({ ...scene, nodes: maria.children }, 'emotion-gap')).toEqual([]);
  });

  it('breaks a curve where its persona skips a column, bridging the gap dotted and lighter', () => {
    const tom = curveOf(scene, 'emotion-curve', 'tom')!;
    // Two runs: pays → email → tracks (a curve), receives alone (no line, only its marker).
    const lines = paths(tom.children).filter((p) => p.stroke?.width === 2.5);
    expect(lines).toHaveLength(1);
    const gap = tom.children.find((n): n is GroupNode => n.kind === 'group' && n.role === 'emotion-gap')!;
    expect(gap.label).toBe('Tom skips these steps');
    const [bridge] = paths(gap.children);
    expect(bridge!.stroke).toMatchObject({ width: 1.5, dash: GAP_DASH });
    expect(bridge!.opacity).toBeLessThan(1);
    // From the column before the gap to the column after it: straight, no invented value between.
    const [from, to] = ends(bridge!);
    expect(bridge!.commands.map((c) => c.op)).toEqual(['M', 'L']);
    expect(Math.abs(from![0] - centre('tracks'))).toBeLessThan(12);
    expect(Math.abs(to![0] - centre('receives'))).toBeLessThan(12);
    // The curve itself never reaches the skipped column.
    expect(ends(lines[0]!).every(([x]) => x < centre('approves') - 20)).toBe(true);
  });

  it('keys the gap in the legend only when some curve has one', () => {
    const legend = role(scene, 'legend')[0]!;
    expect(textOf(legend.children)).toContain('No step for this persona');
    const full = sceneOf(
      {
        ...futureJourney,
        compare: undefined,
        stages: [{ ...futureJourney.stages[0]!, touchpoints: futureJourney.stages[0]!.touchpoints.filter((t) => t.id !== 'approves') }],
      },
      { theme },
    );
    expect(textOf(role(full, 'legend')[0]!.children)).not.toContain('No step for this persona');
  });
});

describe('as-is vs to-be on the map', () => {
  const scene = sceneOf(futureJourney, { theme });
  const columns = buildColumns(futureJourney);
  const centre = (id: string) => {
    const c = columns.find((col) => col.touchpoint?.id === id)!;
    return c.x + c.width / 2;
  };

  it('draws the compared curves faint and dashed, before (behind) this journey’s', () => {
    const lane = groups(scene).find((g) => g.role === 'lane' && g.ref?.id === 'emotions')!;
    const order = flatten(lane.children)
      .filter((n): n is GroupNode => n.kind === 'group' && (n.role === 'compare-curve' || n.role === 'emotion-curve'))
      .map((g) => `${g.role}:${g.ref?.id}`);
    expect(order).toEqual(['compare-curve:maria', 'compare-curve:tom', 'emotion-curve:maria', 'emotion-curve:tom']);
    const maria = curveOf(scene, 'compare-curve', 'maria')!;
    expect(maria.label).toBe('Current-state emotion curve of Maria');
    const [line] = paths(maria.children);
    expect(line!.stroke).toMatchObject({ color: '#d9480f', dash: COMPARE_DASH });
    expect(line!.opacity).toBeLessThan(1);
    // Maria's current points: pays, email (next to each other here too: one dashed curve) and
    // receives ("tracks" and "approves" now sit between: a single point, no invented line).
    expect(ends(line!).length).toBe(2);
    expect(ends(line!).every(([x]) => x < centre('tracks'))).toBe(true);
    const dots = paths(maria.children).filter((p) => p.fill === '#d9480f');
    expect(dots).toHaveLength(1);
    expect(Math.abs(ends(dots[0]!)[0]![0] - 3 - centre('receives'))).toBeLessThan(1);
  });

  it('puts "Current state" in the legend, in a group the HTML toggle hides', () => {
    const entry = role(scene, 'compare-legend');
    expect(entry).toHaveLength(1);
    expect(textOf(entry[0]!.children)).toEqual(['Current state']);
  });

  it('tags the touchpoints the current state lacks as new, and lists the removed one at its stage', () => {
    expect(role(scene, 'new-touchpoint').map((g) => g.ref?.id)).toEqual(['tracks', 'approves']);
    expect(textOf(role(scene, 'new-touchpoint')[0]!.children)).toEqual(['NEW']);
    const removed = role(scene, 'removed-touchpoints');
    expect(removed.map((g) => g.ref?.id)).toEqual(['wait']);
    expect(textOf(removed[0]!.children).join(' ')).toBe('Removed from the current state: Calls the hotline');
  });

  it('shows the current state’s KPI value beside this journey’s target, matched by name and owner', () => {
    const cards = role(scene, 'kpi');
    const nps = cards.find((g) => g.ref?.id === 'NPS')!;
    expect(textOf(nps.children).join(' ')).toContain('Target ≥ 45 · Current\u00a0state\u00a031');
    const onTime = cards.find((g) => g.ref?.id === 'On time')!;
    expect(textOf(onTime.children).join(' ')).toContain('Target ≥ 97% · Current\u00a0state\u00a093%');
  });

  it('draws nothing of the comparison without compare', () => {
    const plain = sceneOf({ ...futureJourney, compare: undefined }, { theme });
    for (const r of ['compare-curve', 'compare-legend', 'new-touchpoint', 'removed-touchpoints']) expect(role(plain, r)).toEqual([]);
    expect(textOf(plain.nodes).join(' ')).not.toContain('Current\u00a0state\u00a031');
  });

  it('narrows the comparison with --persona: only Tom’s current curve, only his removed steps', () => {
    const tom = sceneOf(futureJourney, { theme, persona: 'tom' });
    expect(role(tom, 'compare-curve').map((g) => g.ref?.id)).toEqual(['tom']);
    expect(textOf(role(tom, 'removed-touchpoints')[0]!.children).join(' ')).toContain('Calls the hotline');
    const maria = sceneOf(futureJourney, { theme, persona: 'maria' });
    // "calls" was Tom's alone: in Maria's view nothing was removed, and "approves" is new.
    expect(role(maria, 'removed-touchpoints')).toEqual([]);
    expect(role(maria, 'new-touchpoint').map((g) => g.ref?.id)).toEqual(['tracks', 'approves']);
  });
});

describe('KPI data on the map', () => {
  const scene = sceneOf(currentJourney, { theme });
  it('gives every KPI card with a series a sparkline and "as of" its latest date', () => {
    const cards = role(scene, 'kpi');
    expect(cards.map((c) => c.ref?.id).sort()).toEqual(['NPS', 'On time']);
    for (const card of cards) expect(card.children.some((n) => n.kind === 'group' && n.role === 'sparkline')).toBe(true);
    expect(textOf(cards.find((c) => c.ref?.id === 'NPS')!.children)).toContain('as of Oct 2026');
    expect(textOf(cards.find((c) => c.ref?.id === 'On time')!.children)).toContain('as of Mar 2026');
  });
});

describe('the current curve where the future reorders or removes steps', () => {
  // Current: pays, email, calls, receives (Maria on all but calls, Tom on all); future below.
  const future = (ids: readonly string[]): Journey => {
    const all = [...currentJourney.stages[0]!.touchpoints, ...futureJourney.stages[0]!.touchpoints];
    const stages = [{ ...futureJourney.stages[0]!, touchpoints: ids.map((id) => all.find((t) => t.id === id)!) }];
    return { ...futureJourney, stages, handoffs: [] };
  };
  /** Each dashed curve of a persona's current state as the columns it passes through, and its lone dots. */
  const shape = (journey: Journey, persona: string) => {
    const columns = buildColumns(journey);
    const columnAt = (x: number) => columns.findIndex((c) => Math.abs(c.x + c.width / 2 - x) < 1);
    const group = curveOf(sceneOf(journey, { theme }), 'compare-curve', persona)!;
    const all = paths(group.children);
    return {
      curves: all.filter((p) => p.stroke).map((p) => ends(p).map(([x]) => columnAt(x))),
      dots: all.filter((p) => !p.stroke).map((p) => columnAt(ends(p)[0]![0] - 3)),
    };
  };

  it('a reordered step breaks the curve instead of drawing it back and forth across columns', () => {
    // Future: pays, receives, email: pays→email were neighbours, but "receives" now sits between.
    expect(shape(future(['pays', 'receives', 'email']), 'tom')).toEqual({ curves: [], dots: [0, 2, 1] });
    // Future: email, pays, receives: no two current neighbours keep their order side by side.
    expect(shape(future(['email', 'pays', 'receives']), 'tom')).toEqual({ curves: [], dots: [1, 0, 2] });
  });

  it('a removed step leaves a gap: the steps on either side were not neighbours', () => {
    // "calls" is gone: Tom's email and receives were not neighbours in the current journey.
    expect(shape(future(['pays', 'email', 'receives']), 'tom')).toEqual({ curves: [[0, 1]], dots: [2] });
    // Maria skipped "calls" in the current journey already: the same gap, not a joined curve.
    expect(shape(future(['pays', 'email', 'receives']), 'maria')).toEqual({ curves: [[0, 1]], dots: [2] });
  });

  it('steps that stay neighbours in both journeys keep one curve', () => {
    expect(shape(future(['pays', 'email', 'calls', 'receives']), 'tom')).toEqual({ curves: [[0, 1, 2, 3]], dots: [] });
  });
});
