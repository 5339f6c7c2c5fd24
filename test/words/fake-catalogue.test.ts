// The strong check of "every word comes from the catalogue": with a fake catalogue (every value
// wrapped in «», slots kept) passed through the JourneyView, every text that layout, the PDF and
// the HTML page add must be a catalogue value. A text passes when, after taking out each «…»
// (innermost first; each must match a catalogue template, its slot values checked the same way),
// every word left is journey content. An English word written inline anywhere fails it.
import { describe, expect, it } from 'vitest';
import type { Journey } from '../../src/model/journey.js';
import type { Scene, SceneNode } from '../../src/scene/scene.js';
import type { WordId } from '../../src/words/en.js';
import { PDF_TOOLS } from '../pdf/pdf-tools.js';
import { skipWithout } from '../support/consumers.js';
import { contentOf, fake, foreignWords } from './catalogue-check.js';
import { buildExample, buildSource, EXAMPLES, type ExampleOutputs } from './example-outputs.js';

/** Every text a Scene carries: text nodes (whole, before truncation), group labels, title, desc. */
function sceneTexts(scene: Scene): string[] {
  const out = [scene.title, scene.description];
  const visit = (node: SceneNode): void => {
    if (node.kind === 'text') out.push(node.fullText ?? node.lines.map((l) => l.text).join(' '));
    if (node.kind === 'group') {
      if (node.label !== undefined) out.push(node.label);
      node.children.forEach(visit);
    }
  };
  scene.nodes.forEach(visit);
  return out;
}

const decode = (s: string): string =>
  s.replace(
    /&(amp|lt|gt|quot|#39|#x27);/g,
    (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[e] ?? '',
  );

/** The page around the map: its text nodes and the attributes people read (the map is the Scene's). */
function pageTexts(html: string): string[] {
  const page = html.replace(/<(style|script|svg)\b[^>]*>[\s\S]*?<\/\1>/g, '');
  const attributes = [...page.matchAll(/\s(?:aria-label|title|alt|content|placeholder)="([^"]*)"/g)].map((m) => decode(m[1]!));
  const texts = page
    .split(/<[^>]*>/)
    .map((t) => decode(t).trim())
    .filter((t) => t !== '');
  // The CSP and viewport metas are machine text, not words.
  return [...texts, ...attributes.filter((a) => !/^(default-src|width=|no-referrer|journeymap$)/.test(a))];
}

/** Journey content, with the initials the PDF draws for a persona without a picture ("MB"). */
const contentFor = (journey: Journey): string[] => [
  ...contentOf(journey),
  ...journey.personas.map((p) =>
    p.name
      .split(/\s+/)
      .map((w) => w.charAt(0))
      .join('')
      .toUpperCase(),
  ),
];

describe.skipIf(skipWithout(...PDF_TOOLS))('a fake catalogue reaches every word the outputs add', () => {
  it('the check finds an inline English word, a slot filled with English, and a word the catalogue lacks', () => {
    const content = ['Sees an ad', 'Maria'];
    expect(foreignWords('«Owner: Maria»', content)).toEqual([]);
    expect(foreignWords('«Moment of truth: Sees an ad»', content)).toEqual([]);
    expect(foreignWords('Moment of truth', content)).toEqual(['Moment', 'of', 'truth']);
    expect(foreignWords('«Owner: Nobody»', content)).toEqual(['Nobody']);
    expect(foreignWords('«Signed off»', content)).toEqual(['«Signed off»']);
    expect(foreignWords('Sees an ad (continued)', content)).toEqual(['continued']);
  });

  it.each(EXAMPLES)('%s: layout, the PDF and the HTML page print only catalogue words', async (name) => {
    expectOnlyCatalogueWords(await buildExample(name, fake));
  });

  it('a journey without personas: the implicit persona is named by the catalogue too', async () => {
    const text = [
      'title: Returns',
      'stages:',
      '  - name: Ask',
      '    touchpoints:',
      '      - name: Opens the form',
      '        emotion: -1',
    ].join('\n');
    const out = await buildSource({ path: 'returns.journey.yaml', text }, fake);
    expect(out.view.journey.personas.map((p) => p.name)).toEqual([fake['persona.implicit']]);
    expectOnlyCatalogueWords(out);
  });
});

function expectOnlyCatalogueWords(out: ExampleOutputs): void {
  {
    // The implicit persona's loader name ("Customer") is not the user's: it must not count as content.
    const content = contentFor({ ...out.journey, personas: out.journey.personas.filter((p) => !p.implicit) });
    expect(out.view.words).toBe(fake);

    const scene = sceneTexts(out.scene);
    expect(scene.some((t) => t.includes('«'))).toBe(true);
    expect(scene.flatMap((t) => foreignWords(t, content).map((w) => `${w} in "${t}"`))).toEqual([]);

    const pdfLines = out.pdfText.split('\n').filter((l) => l.trim() !== '');
    expect(out.pdfText).toContain('«');
    expect(foreignWords(out.pdfText, content)).toEqual([]);

    const page = pageTexts(out.html);
    expect(page.some((t) => t.includes('«'))).toBe(true);
    expect(page.flatMap((t) => foreignWords(t, content).map((w) => `${w} in "${t}"`))).toEqual([]);
    expect(pdfLines.length).toBeGreaterThan(5);

    // The page's script gets its words in the page's data, all from the catalogue.
    const data = JSON.parse(/<script type="application\/json" id="jmp-data">([^<]*)<\/script>/.exec(out.html)![1]!);
    for (const [id, value] of Object.entries(data.words as Record<string, string>)) expect(value, id).toBe(fake[id as WordId]);
  }
}
