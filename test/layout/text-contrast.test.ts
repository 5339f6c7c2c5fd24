// Every text the map draws on a fill reads at WCAG AA (4.5:1; 3:1 for large text), or the theme
// is warned about that fill: checked on the laid-out Scene (each text against the last opaque
// rectangle painted under it), for the built-in themes, the docs' example theme and random themes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Journey } from '../../src/model/journey.js';
import type { Scene, SceneNode, TextNode } from '../../src/scene/scene.js';
import { AA_LARGE_TEXT, AA_TEXT, contrastRatio, toHex } from '../../src/theme/contrast.js';
import type { Theme } from '../../src/theme/theme.js';
import { contrastProblems } from '../../src/theme/theme-contrast.js';
import { builtinThemes, defaultTheme } from '../../src/theme/themes.js';
import { sampleJourney } from '../support/journeys.js';
import { sceneOf } from '../support/view.js';

interface Painted {
  readonly text: TextNode;
  readonly fill: string;
}

/** Each text node with the fill under the middle of its box, in paint order. */
function textsOnFills(scene: Scene): Painted[] {
  const fills: { x: number; y: number; width: number; height: number; fill: string }[] = [];
  const out: Painted[] = [];
  const walk = (nodes: readonly SceneNode[]): void => {
    for (const node of nodes) {
      if (node.kind === 'group') walk(node.children);
      // Tints (opacity under 1) are left out: the text reads against what lies under them.
      else if (node.kind === 'rect' && node.fill && toHex(node.fill) && (node.opacity ?? 1) === 1) fills.push({ ...node, fill: node.fill });
      else if (node.kind === 'text' && node.lines.length > 0) {
        const cx = node.box.x + node.box.width / 2;
        const cy = node.box.y + node.box.height / 2;
        const under = [...fills].reverse().find((f) => cx >= f.x && cx <= f.x + f.width && cy >= f.y && cy <= f.y + f.height);
        out.push({ text: node, fill: under?.fill ?? scene.background });
      }
    }
  };
  walk(scene.nodes);
  return out;
}

const isLarge = (t: TextNode): boolean => t.font.size >= 24 || (t.font.face === 'semibold' && t.font.size >= 18.66);
const needed = (t: TextNode): number => (isLarge(t) ? AA_LARGE_TEXT : AA_TEXT);

const futureJourney: Journey = { ...sampleJourney, state: 'future' };
const scenes = (theme: Theme): Scene[] => [sceneOf(sampleJourney, { theme }), sceneOf(futureJourney, { theme })];

/** The texts under AA whose fill no contrast problem names. */
function unwarned(theme: Theme): string[] {
  const warned = new Set(contrastProblems(theme).map((p) => toHex(p.fill)));
  return scenes(theme).flatMap((scene) =>
    textsOnFills(scene)
      .filter(({ text, fill }) => contrastRatio(text.color, fill) < needed(text) && !warned.has(toHex(fill)))
      .map(
        ({ text, fill }) =>
          `"${text.lines.map((l) => l.text).join(' ')}" ${text.color} on ${fill}: ${contrastRatio(text.color, fill).toFixed(2)}:1`,
      ),
  );
}

describe('text on fills', () => {
  it('finds the chips: the state badge, tags and evidence chips are text on coloured rectangles', () => {
    const painted = textsOnFills(sceneOf(sampleJourney, { theme: defaultTheme }));
    const badge = painted.find((p) => p.text.lines[0]?.text === 'CURRENT STATE');
    expect(badge).toMatchObject({ fill: defaultTheme.colors.accent, text: { color: '#ffffff' } });
    const tag = painted.find((p) => p.text.lines[0]?.text === 'mobile');
    expect(tag).toMatchObject({ fill: defaultTheme.colors.headerText, text: { color: defaultTheme.colors.headerBackground } });
  });

  it.each(Object.values(builtinThemes))('every text of the $name theme reaches AA, with nothing to warn about', (theme) => {
    expect(contrastProblems(theme)).toEqual([]);
    const failing = scenes(theme).flatMap((scene) =>
      textsOnFills(scene).filter(({ text, fill }) => contrastRatio(text.color, fill) < needed(text)),
    );
    expect(failing.map(({ text, fill }) => `${text.lines[0]?.text} ${text.color} on ${fill}`)).toEqual([]);
  });

  it("the docs' example theme (amber accent) gets dark text on its amber badge, 7.3:1 instead of white's 2:1", () => {
    const theme: Theme = { ...defaultTheme, colors: { ...defaultTheme.colors, headerBackground: '#0b3d2e', accent: '#f2a900' } };
    const badge = textsOnFills(sceneOf(sampleJourney, { theme })).find((p) => p.text.lines[0]?.text === 'CURRENT STATE');
    expect(badge?.fill).toBe('#f2a900');
    expect(badge?.text.color).toBe(defaultTheme.colors.text);
    expect(contrastRatio('#ffffff', '#f2a900')).toBeLessThan(2.2);
    expect(contrastRatio(badge!.text.color, '#f2a900')).toBeGreaterThan(7.3);
    expect(contrastProblems(theme)).toEqual([]);
    expect(unwarned(theme)).toEqual([]);
  });

  it('random theme colours: every text on a fill reaches AA, or its fill is warned about', () => {
    const colour = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`);
    const keys = Object.keys(defaultTheme.colors).filter((k) => k !== 'stageBackgrounds');
    const themes = fc
      .record({
        colors: fc.record(Object.fromEntries(keys.map((k) => [k, colour]))),
        stages: fc.array(colour, { minLength: 1, maxLength: 6 }),
        palette: fc.array(colour, { minLength: 1, maxLength: 6 }),
      })
      .map(
        ({ colors, stages, palette }): Theme => ({
          ...defaultTheme,
          colors: { ...(colors as unknown as Theme['colors']), stageBackgrounds: stages },
          personaPalette: palette,
        }),
      );
    let failingThemes = 0;
    fc.assert(
      fc.property(themes, (theme) => {
        if (scenes(theme).some((scene) => textsOnFills(scene).some(({ text, fill }) => contrastRatio(text.color, fill) < needed(text))))
          failingThemes++;
        expect(unwarned(theme)).toEqual([]);
      }),
      { numRuns: 40, seed: 13 },
    );
    // Random colours do put unreadable text on fills: the property is not vacuous.
    expect(failingThemes).toBeGreaterThan(20);
  });
});
