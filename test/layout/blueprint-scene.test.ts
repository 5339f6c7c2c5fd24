// Language 1.1, part A, on the Scene: the time lane (normalized durations, the longest-wait chip),
// elapsed time per stage and in total, handoffs in the owners lane and counted in the header, the
// failure marker, the storyboard picture and the detail-map badge with its relative output stem.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GroupNode, Scene, SceneNode } from '../../src/scene/scene.js';
import { defaultTheme } from '../../src/theme/themes.js';
import { blueprintJourney } from '../support/blueprint-journey.js';
import { journeyArbitrary } from '../support/journeys.js';
import { extent, flatten, groups, textNodes } from '../support/scene-walk.js';
import { sceneOf } from '../support/view.js';

const theme = defaultTheme;
const scene = sceneOf(blueprintJourney, { theme });
const textOf = (nodes: readonly SceneNode[]): string[] =>
  flatten(nodes).flatMap((n) => (n.kind === 'text' ? [n.lines.map((l) => l.text).join(' ')] : []));
const lane = (s: Scene, id: string): GroupNode => groups(s).find((g) => g.role === 'lane' && g.ref?.id === id)!;
const cell = (s: Scene, laneId: string, tp: string): GroupNode | undefined =>
  flatten(lane(s, laneId).children).find((n): n is GroupNode => n.kind === 'group' && n.role === 'cell' && n.ref?.id === tp);

describe('time', () => {
  it('shows wait and duration normalized, each after its icon, in the time lane', () => {
    expect(textOf(cell(scene, 'time', 'browses')!.children)).toEqual(['Takes 10 min']);
    expect(textOf(cell(scene, 'time', 'pays')!.children)).toEqual(['Waits 1 min 30 s', 'Takes 3 min']);
    expect(textOf(cell(scene, 'time', 'receives')!.children)).toEqual(['Waits 1 h 30 min', 'Takes 2 min']);
    expect(cell(scene, 'time', 'rates')).toBeUndefined();
    // An icon path left of each text line.
    const paths = flatten(cell(scene, 'time', 'pays')!.children).filter((n) => n.kind === 'path');
    expect(paths).toHaveLength(2);
  });

  it('marks the longest wait once, in its time cell, with the words and an outline', () => {
    const chips = groups(scene).filter((g) => g.role === 'longest-wait');
    expect(chips).toHaveLength(1);
    expect(chips[0]!.label).toBe('Longest wait of the journey: 1 d');
    expect(flatten(cell(scene, 'time', 'waits')!.children)).toContain(chips[0]);
    expect(textOf(chips[0]!.children)).toEqual(['Longest wait']);
    const outline = chips[0]!.children.find((n) => n.kind === 'rect');
    expect(outline).toMatchObject({ stroke: { color: theme.colors.pain } });
  });

  it('shows each stage’s elapsed time in its header and the total in the journey header', () => {
    const headers = groups(scene).filter((g) => g.role === 'stage-header');
    expect(textOf(headers[0]!.children)).toContain('Elapsed 14 min 30 s');
    expect(textOf(headers[1]!.children)).toContain('Elapsed 1 d 2 h');
    const header = groups(scene).find((g) => g.role === 'header')!;
    expect(textOf(header.children).join(' ')).toContain('Total time 1 d 2 h · 2 handoffs, 1 risky');
  });

  it('adds no time, handoff or detail words to a journey without them', () => {
    const plain = sceneOf(
      {
        ...blueprintJourney,
        handoffs: [],
        stages: blueprintJourney.stages.map((s) => ({
          ...s,
          touchpoints: s.touchpoints.map((t) => ({ ...t, wait: undefined, duration: undefined, map: undefined })),
        })),
      },
      { theme },
    );
    const all = textNodes(plain)
      .map((t) => t.lines.map((l) => l.text).join(' '))
      .join('\n');
    expect(all.split('\n').filter((t) => /Elapsed|Total time|handoff|Longest wait|Detail map|^Waits \d|^Takes \d/i.test(t))).toEqual([]);
    expect(groups(plain).filter((g) => g.role === 'handoff' || g.role === 'detail-link' || g.role === 'longest-wait')).toEqual([]);
  });
});

describe('failures and handoffs', () => {
  it('draws a failure triangle per failure point, then the recovery or that none is defined', () => {
    const waits = cell(scene, 'failures', 'waits')!;
    expect(textOf(waits.children)).toEqual(['Courier cannot find the door', 'No recovery defined']);
    const triangles = waits.children.filter((n) => n.kind === 'path' && n.fill === theme.colors.pain);
    expect(triangles).toHaveLength(1);
    expect(textOf(cell(scene, 'failures', 'receives')!.children)).toEqual(['Wrong parcel', 'Recovery: Courier swaps it the same day']);
  });

  it('draws each handoff in the owners lane of the receiving step, the arrow across the column boundary', () => {
    const handoffs = flatten(lane(scene, 'owners').children).filter((n): n is GroupNode => n.kind === 'group' && n.role === 'handoff');
    expect(handoffs.map((h) => h.label)).toEqual(['Risky handoff from Web to Logistics', 'Handoff from Logistics to Customer care']);
    expect(textOf(handoffs[0]!.children)).toEqual(['Risky handoff from Web']);
    expect(textOf(handoffs[1]!.children)).toEqual(['Handoff from Logistics']);
    // The receiving cell holds the marker, then the owner.
    expect(textOf(cell(scene, 'owners', 'waits')!.children)).toEqual(['Risky handoff from Web', 'Logistics']);
    // The arrow straddles the boundary (the x where the receiving column starts).
    const picture = flatten(cell(scene, 'storyboard', 'waits')!.children).find((n) => n.kind === 'image')!;
    const columnX = extent(picture)![0] - 12;
    const arrow = handoffs[0]!.children[0]!;
    const [x0, , x1] = extent(arrow)!;
    expect(x0).toBeLessThan(columnX);
    expect(x1).toBeGreaterThan(columnX);
    // Risky: pain colour and the failure triangle (a symbol, never colour alone); the other: neither.
    expect(arrow).toMatchObject({ stroke: { color: theme.colors.pain } });
    expect(handoffs[0]!.children.filter((n) => n.kind === 'path' && n.fill === theme.colors.pain)).toHaveLength(1);
    expect(handoffs[1]!.children[0]).toMatchObject({ stroke: { color: theme.colors.accent } });
    expect(handoffs[1]!.children.filter((n) => n.kind === 'path' && n.fill !== undefined)).toHaveLength(0);
  });

  it('keys the failure point, the handoff and the risky handoff in the legend', () => {
    const legend = groups(scene).find((g) => g.role === 'legend')!;
    expect(textOf(legend.children)).toEqual(expect.arrayContaining(['Failure point', 'Handoff', 'Risky handoff']));
  });
});

describe('storyboard and detail maps', () => {
  it('fits the picture into the storyboard cell (contain), as wide as the cell, at most 120 px tall', () => {
    const image = flatten(cell(scene, 'storyboard', 'waits')!.children).find((n) => n.kind === 'image');
    expect(image).toMatchObject({ kind: 'image', asset: 'shots/tracking.png', fit: 'contain', width: 176, height: 120 });
  });

  it('badges a touchpoint with a map, linking the relative output stem beside (never inside) the cell’s own link', () => {
    const badges = groups(scene).filter((g) => g.role === 'detail-link');
    expect(badges).toHaveLength(1);
    expect(badges[0]).toMatchObject({
      detail: '../details/door',
      ref: { kind: 'touchpoint', id: 'waits' },
      label: 'Open the detail map of Waits for the courier',
    });
    expect(textOf(badges[0]!.children)).toEqual(['Detail map']);
    const nameCell = cell(scene, 'touchpoints', 'waits')!;
    expect(nameCell.link).toBe('https://example.com/tracking');
    expect(flatten(nameCell.children)).not.toContain(badges[0]);
    // Inside the touchpoints lane, right under the name's cell content.
    expect(flatten(lane(scene, 'touchpoints').children)).toContain(badges[0]);
    const nameBottom = Math.max(...textNodes({ ...scene, nodes: nameCell.children }).map((t) => t.box.y + t.box.height));
    expect(extent(badges[0]!.children[0]!)![1]).toBeGreaterThan(nameBottom);
  });

  it('rounds every coordinate to 0.01 px', () => {
    const bad = JSON.stringify(scene).match(/\d+\.\d{3,}/g) ?? [];
    expect(bad).toEqual([]);
  });
});

describe('one persona’s view', () => {
  it('counts and draws the handoffs this persona meets', () => {
    const [order, delivery] = blueprintJourney.stages;
    // Tom skips the Logistics steps: his handoff goes from Web straight to Customer care.
    const journey = {
      ...blueprintJourney,
      stages: [
        order!,
        { ...delivery!, touchpoints: delivery!.touchpoints.map((t) => (t.owner === 'Logistics' ? { ...t, personas: ['maria'] } : t)) },
      ],
    };
    const tom = sceneOf(journey, { theme, persona: 'tom' });
    expect(
      groups(tom)
        .filter((g) => g.role === 'handoff')
        .map((g) => g.label),
    ).toEqual(['Handoff from Web to Customer care']);
    expect(textOf(groups(tom).find((g) => g.role === 'header')!.children).join(' ')).toContain('1 handoff');
    expect(textOf(groups(tom).find((g) => g.role === 'header')!.children).join(' ')).not.toContain('risky');
  });
});

describe('generated journeys', () => {
  /** Union extent of a group's leaves. */
  const box = (g: GroupNode): [number, number, number, number] => {
    const es = flatten(g.children).flatMap((n) => (n.kind === 'group' ? [] : [extent(n)!].filter(Boolean)));
    return [
      Math.min(...es.map((e) => e[0])),
      Math.min(...es.map((e) => e[1])),
      Math.max(...es.map((e) => e[2])),
      Math.max(...es.map((e) => e[3])),
    ];
  };
  const meets = (a: number[], b: number[]): boolean =>
    a[0]! < b[2]! - 0.02 && b[0]! < a[2]! - 0.02 && a[1]! < b[3]! - 0.02 && b[1]! < a[3]! - 0.02;

  function markProblems(s: Scene): string[] {
    const problems: string[] = [];
    for (const laneGroup of groups(s).filter((g) => g.role === 'lane')) {
      const row = laneGroup.children[0]!;
      if (row.kind !== 'rect') continue;
      const marks = flatten(laneGroup.children).filter(
        (n): n is GroupNode => n.kind === 'group' && (n.role === 'detail-link' || n.role === 'longest-wait' || n.role === 'handoff'),
      );
      for (const mark of marks) {
        const b = box(mark);
        if (b[1] < row.y - 0.02 || b[3] > row.y + row.height + 0.02) problems.push(`${mark.role} leaves its row`);
        const own = new Set(flatten(mark.children));
        for (const t of textNodes(s)) {
          if (own.has(t)) continue;
          if (meets(b, [t.box.x, t.box.y, t.box.x + t.box.width, t.box.y + t.box.height]))
            problems.push(`${mark.role} meets "${t.lines.map((l) => l.text).join(' ')}"`);
        }
      }
    }
    return problems;
  }

  it('badges, longest-wait chips and handoff markers stay in their lane row and meet no other text', () => {
    expect(markProblems(scene)).toEqual([]);
    fc.assert(
      fc.property(journeyArbitrary({ maxPersonas: 9 }), (journey) => {
        expect(markProblems(sceneOf(journey, { theme }))).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('detects text on a badge (the check itself can fail)', () => {
    const badge = groups(scene).find((g) => g.role === 'detail-link')!;
    const [first] = textNodes(scene);
    const [x, y] = box(badge);
    const moved = { ...first!, box: { ...first!.box, x: x + 2, y: y + 2 } };
    expect(markProblems({ ...scene, nodes: [...scene.nodes, moved] })).toHaveLength(1);
  });
});
