// The layout's promise: text never overflows its box or overlaps other text, and everything lies
// inside the scene — for the rich sample journey and for generated hostile journeys.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fontExtents, measureText } from '../../src/layout/measure-text.js';
import { TEXT_SLACK } from '../../src/layout/text-block.js';
import type { ImageNode, Scene } from '../../src/scene/scene.js';
import type { Theme } from '../../src/theme/theme.js';
import { defaultTheme } from '../../src/theme/themes.js';
import { localeWords } from '../../src/words/locale-words.js';
import { blueprintJourney } from '../support/blueprint-journey.js';
import { withCompare } from '../support/compare-journeys.js';
import { journeyArbitrary, largeJourney, sampleJourney } from '../support/journeys.js';
import { extent, flatten, textNodes } from '../support/scene-walk.js';
import { sceneOf } from '../support/view.js';

const EPS = 0.02;

function fitProblems(scene: Scene): string[] {
  const problems: string[] = [];
  const texts = textNodes(scene);
  for (const t of texts) {
    const { box } = t;
    const { ascent, descent } = fontExtents(t.font);
    for (const line of t.lines) {
      const w = measureText(line.text, t.font);
      const left = t.anchor === 'start' ? line.x : t.anchor === 'middle' ? line.x - w / 2 : line.x - w;
      if (w > box.width * (1 - TEXT_SLACK) + EPS) problems.push(`"${line.text}" is ${w}px wide in a ${box.width}px box (slack included)`);
      if (left < box.x - EPS || left + w > box.x + box.width + EPS) problems.push(`"${line.text}" leaves its box horizontally`);
      if (line.y - ascent < box.y - EPS || line.y + descent > box.y + box.height + EPS)
        problems.push(`"${line.text}" leaves its box vertically`);
    }
  }
  // No two text boxes overlap (sweep over x so big scenes stay fast).
  const boxes = texts
    .map((t) => t.box)
    .filter((b) => b.width > 0 && b.height > 0)
    .sort((a, b) => a.x - b.x);
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i]!;
    for (let j = i + 1; j < boxes.length; j++) {
      const b = boxes[j]!;
      if (b.x >= a.x + a.width - EPS) break;
      const overlapY = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (overlapY > EPS) problems.push(`text boxes overlap: ${JSON.stringify(a)} and ${JSON.stringify(b)}`);
    }
  }
  for (const node of flatten(scene.nodes)) {
    const e = extent(node);
    if (e && (e[0] < -EPS || e[1] < -EPS || e[2] > scene.width + EPS || e[3] > scene.height + EPS))
      problems.push(`${node.kind} outside the scene: ${e.join(',')}`);
  }
  return problems;
}

describe('scene fits', () => {
  it('the rich sample journey: every line fits, no overlaps, all inside', () => {
    const scene = sceneOf(sampleJourney, { theme: defaultTheme });
    expect(textNodes(scene).length).toBeGreaterThan(100);
    expect(fitProblems(scene)).toEqual([]);
  });

  // Layout measures the localized words: German's long compounds (VERANTWORTLICHE, MOMENT DER
  // WAHRHEIT, Sichtbarkeitslinie), French and Spanish phrases, Japanese in the bundled CJK face.
  it.each(['de', 'fr', 'es', 'ja'])('the sample journey, blueprint and compared, in %s: every line fits', (locale) => {
    const words = localeWords(locale);
    const scene = sceneOf(sampleJourney, { theme: defaultTheme, words });
    const texts = textNodes(scene).map((t) => t.lines.map((l) => l.text).join(' '));
    expect(texts).toContain(words['mark.momentOfTruth.caps']);
    expect(fitProblems(scene)).toEqual([]);
    expect(fitProblems(sceneOf(blueprintJourney, { theme: defaultTheme, words }))).toEqual([]);
    expect(fitProblems(sceneOf(withCompare(sampleJourney), { theme: defaultTheme, words }))).toEqual([]);
  });

  it('the sample journey seen by one persona', () => {
    expect(fitProblems(sceneOf(sampleJourney, { theme: defaultTheme, persona: 'tom' }))).toEqual([]);
  });

  it('a large journey', () => {
    expect(fitProblems(sceneOf(largeJourney(5, 6, 4), { theme: defaultTheme }))).toEqual([]);
  });

  it('generated journeys with long words, unicode, emoji, empty strings and many personas', () => {
    fc.assert(
      fc.property(journeyArbitrary(), (journey) => {
        expect(fitProblems(sceneOf(journey, { theme: defaultTheme }))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('generated journeys compared with a current state (new, removed, faint curves, KPIs side by side) and KPI series', () => {
    fc.assert(
      fc.property(journeyArbitrary(), fc.boolean(), (journey, onePersona) => {
        const compared = withCompare(journey);
        const persona = onePersona ? journey.personas.at(-1)?.id : undefined;
        const scene = sceneOf(compared, { theme: defaultTheme, ...(persona !== undefined ? { persona } : {}) });
        expect(fitProblems(scene)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('detects a line that does not fit (the check itself can fail)', () => {
    const scene = sceneOf(sampleJourney, { theme: defaultTheme });
    const [first] = textNodes(scene);
    const broken: Scene = { ...scene, nodes: [...scene.nodes, { ...first!, box: { ...first!.box, width: 5 } }] };
    expect(fitProblems(broken).length).toBeGreaterThan(0);
  });

  describe('with a brand logo in the theme', () => {
    const branded: Theme = { ...defaultTheme, logo: 'brand/logo.png', brand: 'ACME Consulting and Partners International' };
    const images = (scene: Scene): ImageNode[] => flatten(scene.nodes).filter((n): n is ImageNode => n.kind === 'image');
    const logoOf = (scene: Scene): ImageNode | undefined => images(scene).find((i) => i.asset === branded.logo);

    /** Text boxes the logo's box meets (touching edges do not count). */
    function textOnLogo(scene: Scene): string[] {
      const logo = logoOf(scene);
      if (!logo) return ['no logo'];
      return textNodes(scene)
        .filter(
          (t) =>
            t.box.x < logo.x + logo.width - EPS &&
            logo.x < t.box.x + t.box.width - EPS &&
            t.box.y < logo.y + logo.height - EPS &&
            logo.y < t.box.y + t.box.height - EPS,
        )
        .map((t) => t.lines.map((l) => l.text).join(' '));
    }

    it('draws the logo top right of the header, contained, clear of every text, inside the band', () => {
      const scene = sceneOf({ ...sampleJourney, title: 'A very long journey title '.repeat(8) }, { theme: branded });
      const logo = logoOf(scene);
      expect(logo).toMatchObject({ fit: 'contain', width: 200, height: 56 });
      expect(logo!.x + logo!.width).toBeCloseTo(scene.width - 32, 1);
      const header = flatten(scene.nodes).find((n) => n.kind === 'group' && n.role === 'header');
      const band = header?.kind === 'group' ? header.children[0] : undefined;
      expect(band?.kind).toBe('rect');
      if (band?.kind === 'rect') expect(logo!.y + logo!.height).toBeLessThan(band.height);
      const title = textNodes(scene).find((t) => t.font.size === defaultTheme.fontSizes.title);
      // Vertically with the title: the logo's middle lies within the title's first line.
      expect(logo!.y + logo!.height / 2).toBeGreaterThan(title!.box.y);
      expect(logo!.y + logo!.height / 2).toBeLessThan(title!.box.y + title!.box.height);
      expect(title!.box.x + title!.box.width).toBeLessThanOrEqual(logo!.x);
      expect(textOnLogo(scene)).toEqual([]);
      expect(fitProblems(scene)).toEqual([]);
      // The brand text is laid out like any text: present, wrapped, under the logo.
      const brand = textNodes(scene).find((t) => t.lines.some((l) => l.text.startsWith('ACME')));
      expect(brand!.box.y).toBeGreaterThanOrEqual(logo!.y + logo!.height);
      expect(brand!.lines.length).toBe(2);
    });

    it('generated journeys: the logo meets no text and everything still fits', () => {
      fc.assert(
        fc.property(journeyArbitrary(), (journey) => {
          const scene = sceneOf(journey, { theme: branded });
          expect(textOnLogo(scene)).toEqual([]);
          expect(fitProblems(scene)).toEqual([]);
        }),
        { numRuns: 30 },
      );
    });

    it('without a logo there is no logo image; brand text alone stays clear of the title', () => {
      expect(images(sceneOf(sampleJourney, { theme: defaultTheme })).some((i) => i.fit === 'contain')).toBe(false);
      const scene = sceneOf(sampleJourney, { theme: { ...defaultTheme, brand: 'ACME Consulting' } });
      expect(images(scene).some((i) => i.fit === 'contain')).toBe(false);
      expect(textNodes(scene).some((t) => t.lines.some((l) => l.text === 'ACME Consulting'))).toBe(true);
      expect(fitProblems(scene)).toEqual([]);
    });

    it('detects text on the logo (the check itself can fail)', () => {
      const scene = sceneOf(sampleJourney, { theme: branded });
      const logo = logoOf(scene)!;
      const [first] = textNodes(scene);
      const moved = { ...first!, box: { ...first!.box, x: logo.x + 10, y: logo.y + 10 } };
      expect(textOnLogo({ ...scene, nodes: [...scene.nodes, moved] }).length).toBe(1);
    });
  });
});
