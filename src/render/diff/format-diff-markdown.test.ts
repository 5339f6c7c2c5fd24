// formatDiffMarkdown on journeys loaded from YAML: the exact comment for a typical edit, parsed by
// marked (GitHub-flavoured Markdown) to check the tables' shape, and hostile texts that must stay text.
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { diffJourneys } from '../../model/diff-journeys.js';
import type { Journey } from '../../model/journey.js';
import { loadJourney } from '../../model/load-journey.js';
import { en } from '../../words/en.js';
import { escapeMarkdown, formatDiffMarkdown } from './format-diff-markdown.js';

function load(lines: string[]): Journey {
  const { journey, diagnostics } = loadJourney({ path: 'j.journey.yaml', text: `${lines.join('\n')}\n` }, { readFile: () => undefined });
  if (!journey) throw new Error(JSON.stringify(diagnostics));
  return journey;
}

const base = [
  'title: Groceries',
  'personas: [{ id: maria, name: Maria }, { id: tom, name: Tom }]',
  'kpis: [{ name: NPS, value: 50, target: 45 }]',
  'stages:',
  '  - id: browse',
  '    name: Browse',
  '    touchpoints:',
  '      - { id: search, name: Searches, emotion: 1 }',
  '      - { id: compare, name: Compares, emotion: 0 }',
  '  - id: checkout',
  '    name: Checkout',
  '    touchpoints:',
  '      - { id: pays, name: Pays, emotion: { maria: -2, tom: -1 }, pains: [Slow page], kpis: [{ name: Success, value: 98, target: 97 }] }',
];
const edit = (replace: Record<number, string | string[]>): string[] =>
  base.flatMap((line, i) => (i in replace ? (replace[i] ?? []) : [line]));

const old = load(base);
const now = load(
  edit({
    0: 'title: Groceries online',
    2: 'kpis: [{ name: NPS, value: 40, target: 45 }]',
    8: ['      - { id: compare, name: Compares, emotion: 1 }', '      - { id: saves, name: Saves a list }'],
    12: '      - { id: pays, name: Pays, emotion: { maria: -1, tom: -1 }, pains: [Fee shown late], kpis: [{ name: Success, value: 96, target: 97 }] }',
  }),
);

describe('formatDiffMarkdown', () => {
  it('writes the pull-request comment: summary, emotion per persona, changes by stage, KPIs', () => {
    expect(formatDiffMarkdown(diffJourneys(old, now), old, now, { file: 'maps/groceries.journey.yaml', words: en })).toBe(
      [
        '## Journey map changes: Groceries online',
        '',
        '`maps/groceries.journey.yaml` · 11 changes: 2 added, 1 removed, 8 changed',
        '',
        '### Emotion',
        '',
        '| Persona | Net change | Touchpoints |',
        '|---|---|---|',
        '| Maria | 📈 +2 | Compares 0 → 1 (+1); Pays −2 → −1 (+1) |',
        '| Tom | 📈 +1 | Compares 0 → 1 (+1) |',
        '',
        '### Journey',
        '',
        '- ✏️ journey: title “Groceries” → “Groceries online”',
        '',
        '### Stage: Browse',
        '',
        '- ➕ touchpoint **Saves a list**',
        '',
        '### Stage: Checkout',
        '',
        '- ➖ **Pays**: pains − “Slow page”',
        '- ➕ **Pays**: pains + “Fee shown late”',
        '',
        '### KPIs',
        '',
        '| KPI | Of | Change |',
        '|---|---|---|',
        '| NPS | journey | value 50 → 40 |',
        '| NPS | journey | ⚠️ On target → Off target |',
        '| Success | **Pays** | value 98 → 96 |',
        '| Success | **Pays** | ⚠️ On target → Off target |',
        '',
      ].join('\n'),
    );
  });

  it('says so when nothing changed', () => {
    expect(formatDiffMarkdown([], old, old, { words: en })).toBe('## Journey map changes: Groceries\n\nNo changes.\n');
  });

  it('is GitHub-flavoured Markdown whose tables keep their columns', () => {
    const html = marked.parse(formatDiffMarkdown(diffJourneys(old, now), old, now, { words: en }), { async: false, gfm: true });
    const tables = html.split('<table>').slice(1);
    expect(tables).toHaveLength(2);
    for (const table of tables) {
      const rows = table.split('</table>')[0]?.match(/<tr>[\s\S]*?<\/tr>/g) ?? [];
      for (const row of rows) expect(row.match(/<t[hd]>/g)).toHaveLength(3);
    }
    expect(html).toContain('<h3>Stage: Checkout</h3>');
  });

  it('keeps hostile texts as text: pipes, markup, HTML and line breaks', () => {
    const nasty = 'a | b **bold** <script>x</script> [link](http://e.com) `code` $x$\nnext';
    const hostile = load(
      edit({
        12: `      - { id: pays, name: "${nasty.replace('\n', '\\n')}", emotion: { maria: 2, tom: -1 }, pains: [Slow page], kpis: [{ name: "S|x", value: 98, target: 97 }] }`,
      }),
    );
    const markdown = formatDiffMarkdown(diffJourneys(old, hostile), old, hostile, { words: en });
    const html = marked.parse(markdown, { async: false, gfm: true });
    expect(html).not.toContain('<script>');
    expect(html).not.toMatch(/<a [^>]*>link<\/a>/); // a bare URL may autolink, as on GitHub; [text](url) must not
    expect(html).not.toContain('<code>');
    expect(html).not.toContain('<strong>bold</strong>');
    expect(html).toContain('&lt;script&gt;');
    const emotionRows = html.split('<table>')[1]?.match(/<tr>[\s\S]*?<\/tr>/g) ?? [];
    for (const row of emotionRows) expect(row.match(/<t[hd]>/g)).toHaveLength(3);
    expect(escapeMarkdown('x\r\ny')).toBe('x y');
  });
});
