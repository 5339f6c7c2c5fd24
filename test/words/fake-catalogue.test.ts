// The strong check of "every word comes from the catalogue": with a fake catalogue (every value
// wrapped in «», slots kept) passed through the JourneyView, every text that layout, the PDF and
// the HTML page add must be a catalogue value. A text passes when, after taking out each «…»
// (innermost first; each must match a catalogue template, its slot values checked the same way),
// every word left is journey content. An English word written inline anywhere fails it.
import { describe, expect, it } from 'vitest';
import type { Journey } from '../../src/model/journey.js';
import type { Scene, SceneNode } from '../../src/scene/scene.js';
import { en, type WordId, type Words } from '../../src/words/en.js';
import { PDF_TOOLS } from '../pdf/pdf-tools.js';
import { skipWithout } from '../support/consumers.js';
import { buildExample, buildSource, EXAMPLES, type ExampleOutputs } from './example-outputs.js';

const fake: Words = Object.fromEntries(
  (Object.keys(en) as WordId[]).map((id) => [id, id === 'meta.locale' ? en[id] : `«${en[id]}»`]),
) as Words;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A catalogue value as a pattern: slots capture anything, and a line break may fall anywhere. */
const templates: RegExp[] = Object.values(fake)
  .filter((v) => v.startsWith('«'))
  .map((v) => {
    const parts = v.split(/\{\w+\}/).map((literal) => [...literal].map((ch) => (/\s/.test(ch) ? '\\s*' : `${escape(ch)}\\s?`)).join(''));
    return new RegExp(`^${parts.join('([\\s\\S]*?)')}$`);
  });

/** Every string in the journey (names, texts, units, ids, dates as written): what the user wrote. */
function contentOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => contentOf(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => contentOf(v, out));
  return out;
}

/** Words of `text` that are neither a catalogue value nor journey content (empty: it passes). */
function foreignWords(text: string, content: readonly string[]): string[] {
  const problems: string[] = [];
  const notContent = (s: string): string[] =>
    (s.replace(/\u0001/g, ' ').match(/\p{L}+/gu) ?? []).filter((run) => !content.some((c) => c.includes(run)));
  const contentWords = (s: string): void => void problems.push(...notContent(s));
  let rest = text;
  for (let guard = 0; rest.includes('«') && guard < 200; guard++) {
    const inner = /«[^«»]*»/.exec(rest);
    if (!inner) break;
    // Several templates may match ('«{lane}: {touchpoint}»' and '«Owner: {owner}»'): the text is
    // a catalogue word when one of them leaves only journey content in its slots.
    const readings = templates.flatMap((t) => {
      const m = t.exec(inner[0]);
      return m ? [m.slice(1).flatMap((slot) => notContent(slot ?? ''))] : [];
    });
    if (readings.length === 0) problems.push(inner[0]);
    else problems.push(...readings.reduce((best, r) => (r.length < best.length ? r : best)));
    rest = rest.slice(0, inner.index) + '\u0001' + rest.slice(inner.index + inner[0].length);
  }
  if (/[«»]/.test(rest)) problems.push(`unbalanced: ${text}`);
  contentWords(rest.replace(/[«»]/g, ' '));
  return problems;
}

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
  s.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[e] ?? '');

/** The page around the map: its text nodes and the attributes people read (the map is the Scene's). */
function pageTexts(html: string): string[] {
  const page = html.replace(/<(style|script|svg)\b[^>]*>[\s\S]*?<\/\1>/g, '');
  const attributes = [...page.matchAll(/\s(?:aria-label|title|alt|content|placeholder)="([^"]*)"/g)].map((m) => decode(m[1]!));
  const texts = page.split(/<[^>]*>/).map((t) => decode(t).trim()).filter((t) => t !== '');
  // The CSP and viewport metas are machine text, not words.
  return [...texts, ...attributes.filter((a) => !/^(default-src|width=|no-referrer|journeymap$)/.test(a))];
}

/** Journey content, with the initials the PDF draws for a persona without a picture ("MB"). */
const contentFor = (journey: Journey): string[] => [
  ...contentOf(journey),
  ...journey.personas.map((p) => p.name.split(/\s+/).map((w) => w.charAt(0)).join('').toUpperCase()),
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
    const text = ['title: Returns', 'stages:', '  - name: Ask', '    touchpoints:', '      - name: Opens the form', '        emotion: -1'].join('\n');
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
