// A small hand-made Journey and a Scene painted from it, so the PDF tests do not depend on
// layout/. Text widths come from the real metrics (measureText), as layout's would.

import { measureText } from '../../src/layout/measure-text.js';
import type { Journey } from '../../src/model/journey.js';
import type { AssetStore, RenderContext } from '../../src/render/renderer.js';
import type { FontSpec, Scene, SceneNode, TextNode } from '../../src/scene/scene.js';
import { defaultTheme } from '../../src/theme/themes.js';
import { builtinLane, kpi, persona, touchpoint as tp } from '../support/journeys.js';
import { renderContextOf } from '../support/view.js';

export function sampleJourney(): Journey {
  return {
    file: 'maps/grocery.journey.yaml',
    handoffs: [],
    title: 'First grocery order',
    description: 'From first ad to the second order, for new app customers.',
    state: 'current',
    owner: 'CX team',
    updated: '2026-11-01',
    tags: ['e-commerce', 'mobile'],
    personas: [
      persona('maria', 'Maria, busy parent', {
        age: 38,
        role: 'Project manager',
        quote: 'I need groceries done in five minutes.',
        goals: ['Save time', 'Healthy food for the kids'],
        needs: ['Reliable delivery slots'],
        frustrations: ['Substitutions she did not approve'],
        tech: 'high',
        color: '#d9480f',
      }),
      persona('tom', 'Tom, student', { age: 21, goals: ['Cheap meals'], frustrations: ['Minimum order value'], tech: 'medium' }),
    ],
    channels: [],
    lanes: [builtinLane('touchpoints')],
    kpis: [kpi('NPS', { value: 31, target: 45, baseline: 24 })],
    stages: [
      {
        id: 'awareness',
        name: 'Awareness',
        kpis: [kpi('Ad click-through rate', { value: 1.8, target: 2.5, unit: '%', source: 'Ad platform, Oct 2026' })],
        touchpoints: [
          tp('awareness', 'sees-post', "Sees a friend's post"),
          tp('awareness', 'sees-ad', 'Sees an Instagram ad', {
            owner: 'Marketing',
            link: 'https://example.com/campaign',
            pains: ['Ad does not say the delivery area'],
            opportunities: ['Show the postcode check in the ad'],
            kpis: [kpi('Bounce rate', { value: 62, target: 40, better: 'lower', unit: '%' })],
          }),
        ],
      },
      {
        id: 'signup',
        name: 'Sign-up',
        kpis: [],
        touchpoints: [
          tp('signup', 'installs', 'Installs the app', {
            owner: 'Product',
            pains: ['Long form'],
            kpis: [kpi('Install rate', { value: 40, target: 30 })],
          }),
          tp('signup', 'verifies', 'Verifies her phone'),
        ],
      },
      {
        id: 'checkout',
        name: 'Checkout',
        kpis: [],
        touchpoints: [tp('checkout', 'pays', 'Pays', { critical: true, owner: 'Payments', opportunities: ['Offer Apple Pay'] })],
      },
    ],
  };
}

function text(content: string, x: number, y: number, font: FontSpec, anchor: TextNode['anchor'] = 'start'): TextNode {
  const width = measureText(content, font);
  const left = anchor === 'start' ? x : anchor === 'middle' ? x - width / 2 : x - width;
  return {
    kind: 'text',
    lines: [{ text: content, x, y, width }],
    font,
    color: defaultTheme.colors.text,
    anchor,
    box: { x: left, y: y - font.size, width, height: font.size * 1.4 },
  };
}

export const STAGE_WIDTH = 260;
export const KERNING_PROBE = 'AVAWAY Tomorrow, Yoyo. WAVE -> LTA';

/** Stage header row, then touchpoint cards per stage column (a linked group for links). */
export function sceneFor(journey: Journey, options: { bodySize?: number } = {}): Scene {
  const body: FontSpec = { face: 'regular', size: options.bodySize ?? 11 };
  const nodes: SceneNode[] = [
    { kind: 'rect', x: 0, y: 0, width: 40 + STAGE_WIDTH * journey.stages.length, height: 60, fill: defaultTheme.colors.headerBackground },
    { ...text(journey.title, 20, 40, { face: 'semibold', size: 26 }), color: '#ffffff' },
  ];
  journey.stages.forEach((stage, s) => {
    const x = 20 + s * STAGE_WIDTH;
    nodes.push({
      kind: 'rect',
      x,
      y: 80,
      width: STAGE_WIDTH - 10,
      height: 40,
      radius: 6,
      fill: defaultTheme.colors.stageBackgrounds[s] ?? '#eeeeee',
    });
    nodes.push(text(stage.name, x + (STAGE_WIDTH - 10) / 2, 106, { face: 'semibold', size: 15 }, 'middle'));
    stage.touchpoints.forEach((t, i) => {
      const y = 140 + i * 70;
      const card: SceneNode[] = [
        {
          kind: 'rect',
          x,
          y,
          width: STAGE_WIDTH - 10,
          height: 56,
          radius: 8,
          fill: '#ffffff',
          stroke: { color: t.critical ? '#e8590c' : '#cbd2d9', width: 1, ...(t.critical ? { dash: [4, 2] } : {}) },
        },
        text(t.name, x + 12, y + 24, body),
      ];
      nodes.push({
        kind: 'group',
        role: 'touchpoint',
        ref: { kind: 'touchpoint', id: t.id },
        children: card,
        ...(t.link ? { link: t.link } : {}),
      });
    });
  });
  const w = 40 + STAGE_WIDTH * journey.stages.length;
  nodes.push({
    kind: 'path',
    commands: [
      { op: 'M', x: 20, y: 330 },
      { op: 'C', x1: 120, y1: 280, x2: 220, y2: 380, x: w / 2, y: 330 },
      { op: 'L', x: w - 20, y: 300 },
    ],
    stroke: { color: '#0072b2', width: 2.5 },
  });
  nodes.push({
    kind: 'path',
    commands: [{ op: 'M', x: 20, y: 360 }, { op: 'L', x: w - 20, y: 360 }, { op: 'L', x: w - 20, y: 380 }, { op: 'Z' }],
    fill: 'rgba(0,0,0,0.1)',
  });
  nodes.push({ ...text('Legend: dashed border marks a moment of truth', 20, 400, { face: 'regular', size: 9.5 }), color: '#52606d' });
  // Pairs Inter kerns hard (AV, WA, To, Yo, ->): a kerned or shaped run would end elsewhere.
  nodes.push(text(KERNING_PROBE, w - 20, 400, { face: 'semibold', size: 14 }, 'end'));
  return { width: w, height: 420, background: '#ffffff', title: journey.title, description: journey.description ?? '', nodes };
}

export const noAssets: AssetStore = { get: () => undefined };

export function contextFor(journey: Journey, options: Partial<Omit<RenderContext, 'journey'>> & { persona?: string } = {}): RenderContext {
  return renderContextOf(journey, options);
}
