// One status vocabulary, read back the way a reader gets it: an example's map (SVG text), its PDF
// (pdftotext) and its HTML page say "On target" / "Off target", never "Met" / "Missed"; and the
// page's browser script holds no words of its own (they come in the page's JSON data).
import { describe, expect, it } from 'vitest';
import { CLIENT_WORD_IDS } from '../../src/render/html/html-details-data.js';
import { PAGE_SCRIPT } from '../../src/render/html/html-page.js';
import { en } from '../../src/words/en.js';
import { PDF_TOOLS } from '../pdf/pdf-tools.js';
import { skipWithout } from '../support/consumers.js';
import { buildExample, svgWords } from './example-outputs.js';

/** Labels the page shows; none of them may be written into the script. */
const KNOWN_LABELS = [
  'Off target',
  'On target',
  'No target',
  'Moment of truth',
  'Touchpoint details',
  'Details closed',
  'Showing details',
  'Close details',
  'Table view',
  'Map view',
  'very negative',
  'Evidence',
  'Keyboard',
  'is better',
  'Missed',
  'Opportunities',
];

describe('the page script', () => {
  it('contains none of the words the page shows', () => {
    expect(PAGE_SCRIPT.length).toBeGreaterThan(1000);
    // Whole labels and capitalised words (a bare 'target' is also a property name in the code).
    const clientValues = CLIENT_WORD_IDS.map((id) => en[id].replace(/\{\w+\}/g, '').trim()).filter(
      (v) => / /.test(v) || /^\p{Lu}/u.test(v),
    );
    expect(clientValues.length).toBeGreaterThan(20);
    // As a word of its own: 'Details' inside the message id 'client.showDetails' is no label.
    const asWord = (word: string): RegExp => new RegExp(`(?<![\\p{L}.])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u');
    for (const word of [...KNOWN_LABELS, ...clientValues]) expect(PAGE_SCRIPT, word).not.toMatch(asWord(word));
    // The check itself can fail: a label written into the script is found.
    expect(`x.textContent="Off target"`).toMatch(asWord('Off target'));
  });
});

describe.skipIf(skipWithout(...PDF_TOOLS))('KPI status words in every format', () => {
  it('first-grocery-order says Off target and On target, never Met or Missed, in SVG, PDF and HTML', async () => {
    const out = await buildExample('first-grocery-order');
    const svg = svgWords(out.svg).join('\n');
    // What the page shows and says: its text and labels, without the style sheet, script and data
    // (class names such as jmp-kpi-missed are no words).
    const page = out.html.replace(/<(style|script)\b[^>]*>[\s\S]*?<\/\1>/g, '').replace(/\s(class|id|data-[\w-]+)="[^"]*"/g, '');
    for (const [format, text] of [
      ['svg', svg],
      ['pdf', out.pdfText],
      ['html', page],
    ] as const) {
      expect(text, format).toContain('Off target');
      expect(text, format).toContain('On target');
      expect(text, format).not.toMatch(/\bMissed\b|\bmissed\b|\bMet\b/);
    }
    // The HTML's details panel gets its status words from the page's data, not from the script.
    const data = JSON.parse(/<script type="application\/json" id="jmp-data">([^<]*)<\/script>/.exec(out.html)![1]!);
    expect(data.words['kpi.missed']).toBe('Off target');
    expect(data.words['kpi.met']).toBe('On target');
    expect(Object.keys(data.words).sort()).toEqual([...CLIENT_WORD_IDS].sort());
  });
});
