// The pptx's "Current → future" slides of a journey with `compare` (the same rows as the PDF's page:
// new, removed and changed touchpoints as text, the emotion change as a native table), read from
// the slide XML and through LibreOffice; and a detail map's badge linked to that journey's .pptx.
import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPptx } from '../../src/render/pptx/pptx-renderer.js';
import type { Scene } from '../../src/scene/scene.js';
import { defaultTheme } from '../../src/theme/themes.js';
import { run } from '../pdf/pdf-tools.js';
import { currentJourney, futureJourney } from '../support/compare-journeys.js';
import { skipWithout } from '../support/consumers.js';
import { renderContextOf, sceneOf } from '../support/view.js';
import { convertWithLibreOffice, skipWithoutLibreOffice } from './libreoffice.js';

const xml = (text: string) => new DOMParser().parseFromString(text, 'text/xml');
const texts = (text: string): string[] => Array.from(xml(text).getElementsByTagName('a:t')).map((t) => t.textContent ?? '');
const paragraphs = (text: string): string[] =>
  Array.from(xml(text).getElementsByTagName('a:p')).map((p) =>
    Array.from(p.getElementsByTagName('a:t'))
      .map((t) => t.textContent ?? '')
      .join(''),
  );

async function slideXml(bytes: Uint8Array): Promise<{ zip: JSZip; slides: string[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
  return { zip, slides: await Promise.all(names.map((n) => zip.file(n)!.async('string'))) };
}

const render = (journey: typeof futureJourney) => renderPptx(sceneOf(journey, { theme: defaultTheme }), renderContextOf(journey));

describe('pptx "Current → future"', () => {
  let future: string[];
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await render(futureJourney);
    future = (await slideXml(bytes)).slides;
  });

  it('follows the persona slides: the lists slide, then the emotion table, then the KPIs', () => {
    const titles = future.map((s) => texts(s)[0]);
    // Map, Maria, Tom, then the two compare slides, then the KPI table.
    expect(titles.slice(1, 6)).toEqual(['Personas', 'Personas', 'Current → future', 'Current → future', 'KPIs']);
  });

  it('lists the new, removed and changed touchpoints with the PDF page’s words', () => {
    const p = paragraphs(future[3]!);
    expect(p).toContain('Compared with Delivery, current state');
    const after = (heading: string, n: number) => p.slice(p.indexOf(heading) + 1, p.indexOf(heading) + 1 + n);
    // The three headings come first, then each column's bullets (one paragraph per touchpoint).
    expect(p.filter((t) => ['New touchpoints', 'Removed touchpoints', 'Changed touchpoints'].includes(t))).toEqual([
      'New touchpoints',
      'Removed touchpoints',
      'Changed touchpoints',
    ]);
    expect(after('New touchpoints', 2)).toEqual(['Tracks the courier live (Waiting)', 'Approves substitutions (Waiting)']);
    expect(after('Removed touchpoints', 1)).toEqual(['Calls the hotline (Waiting)']);
    expect(after('Changed touchpoints', 3)).toEqual([
      'Pays (Waiting): emotion',
      'Gets an ETA email (Waiting): emotion',
      'Receives the order (Waiting): emotion',
    ]);
  });

  it('tells the emotion change per stage and persona in a native table', () => {
    const doc = xml(future[4]!);
    const tables = Array.from(doc.getElementsByTagName('a:tbl'));
    expect(tables).toHaveLength(1);
    const rows = Array.from(tables[0]!.getElementsByTagName('a:tr')).map((tr) =>
      Array.from(tr.getElementsByTagName('a:tc')).map((tc) =>
        Array.from(tc.getElementsByTagName('a:t'))
          .map((t) => t.textContent)
          .join(''),
      ),
    );
    expect(rows).toEqual([
      ['STAGE', 'PERSONA', 'CURRENT', 'FUTURE', 'CHANGE'],
      ['Waiting', 'Maria', '−1', '0.9', '+1.9'],
      ['Waiting', 'Tom', '−0.37', '0.75', '+1.12'],
    ]);
    expect(texts(future[4]!)).toContain('Emotion change per stage');
  });

  it('has no such slide without compare', async () => {
    const current = (await slideXml(await render(currentJourney))).slides;
    expect(current.some((s) => texts(s).includes('Current → future'))).toBe(false);
  });

  describe.skipIf(skipWithoutLibreOffice() || skipWithout('pdftotext'))('opened by LibreOffice', () => {
    it('reads back the lists and the table on the compare pages', () => {
      const pdf = convertWithLibreOffice(bytes, 'future.pptx', 'pdf');
      const page = (n: number) => run('pdftotext', ['-layout', '-f', String(n), '-l', String(n), pdf, '-']).replace(/[ \t]+/g, ' ');
      const lists = page(4);
      for (const line of [
        'Current → future',
        'Compared with Delivery, current state',
        'Tracks the courier live (Waiting)',
        'Calls the hotline (Waiting)',
        'Receives the order (Waiting): emotion',
      ])
        expect(lists).toContain(line);
      expect(page(5)).toMatch(/Waiting Maria −1 0\.9 \+1\.9/);
      expect(page(5)).toMatch(/Waiting Tom −0\.37 0\.75 \+1\.12/);
    }, 180_000);
  });
});

describe('pptx detail-map badge', () => {
  it('links the badge’s text to the detail journey’s .pptx, relative to this one', async () => {
    const scene: Scene = {
      width: 400,
      height: 200,
      background: '#ffffff',
      nodes: [
        {
          kind: 'group',
          role: 'detail-link',
          detail: '../details/front door',
          children: [
            {
              kind: 'text',
              anchor: 'start',
              box: { x: 20, y: 25, width: 120, height: 20 },
              font: { face: 'semibold', size: 12 },
              color: '#000000',
              lines: [{ text: 'Detail map', x: 20, y: 40 }],
            },
          ],
        },
      ],
    } as unknown as Scene;
    const { zip, slides } = await slideXml(await renderPptx(scene, renderContextOf(currentJourney)));
    const rels = await zip.file('ppt/slides/_rels/slide1.xml.rels')!.async('string');
    const links = Array.from(xml(rels).getElementsByTagName('Relationship')).filter((r) => r.getAttribute('Type')!.endsWith('/hyperlink'));
    expect(links.map((r) => [r.getAttribute('Target'), r.getAttribute('TargetMode')])).toEqual([
      ['../details/front%20door.pptx', 'External'],
    ]);
    const click = xml(slides[0]!).getElementsByTagName('a:hlinkClick')[0]!;
    expect(click.getAttribute('r:id')).toBe(links[0]!.getAttribute('Id'));
  });
});
