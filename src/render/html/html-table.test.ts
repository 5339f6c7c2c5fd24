// The text alternative: a real table with caption, column and row headers, one row group per
// stage, one row per touchpoint, lanes as columns, and journey text escaped.
import { describe, expect, it } from 'vitest';
import { blueprintJourney } from '../../../test/support/blueprint-journey.js';
import { sampleJourney } from '../../../test/support/journeys.js';
import { formatsFor } from '../../view/formats.js';
import { laneTitle } from '../../view/lane-title.js';
import { en } from '../../words/en.js';
import { localeWords } from '../../words/locale-words.js';
import { emotionLabel, journeyTable, kpiText } from './html-table.js';

const fmt = formatsFor(en);

describe('journeyTable', () => {
  const html = journeyTable(sampleJourney, en, 'jmp-table', fmt);
  const touchpoints = sampleJourney.stages.flatMap((s) => s.touchpoints);

  it('has a caption, column headers for every lane but touchpoints, and a row group per stage', () => {
    expect(html).toMatch(/^<table class="jmp-table" id="jmp-table"><caption>First grocery order/);
    const cols = [...html.matchAll(/<th scope="col"[^>]*>([^<]*)<\/th>/g)].map((m) => m[1]);
    const lanes = sampleJourney.lanes.filter((l) => l.id !== 'touchpoints').map((l) => laneTitle(l, en));
    expect(cols).toEqual(['Touchpoint', 'Personas', ...lanes]);
    expect(html.match(/scope="rowgroup"/g)).toHaveLength(sampleJourney.stages.length);
    expect(html.match(/<th scope="row">/g)).toHaveLength(touchpoints.length);
  });

  it('puts every row at the width of the header', () => {
    const rows = html
      .split('<tr')
      .slice(1)
      .filter((r) => !r.includes('rowgroup'));
    for (const row of rows) expect(row.match(/<t[hd][ >]/g)).toHaveLength(sampleJourney.lanes.length + 1);
  });

  it('escapes text and marks moments of truth in words', () => {
    const j = { ...sampleJourney, title: 'A <b>&</b>' };
    expect(journeyTable(j, en, 'x', fmt)).toContain('<caption>A &lt;b&gt;&amp;&lt;/b&gt;: touchpoints by stage</caption>');
    const critical = touchpoints.find((t) => t.critical);
    expect(html).toContain(`${critical?.name} (moment of truth)`);
  });

  it('words emotions and KPIs', () => {
    expect([-2, -1, 0, 0.4, 1, 2].map((v) => emotionLabel(v, en))).toEqual([
      'very negative',
      'negative',
      'neutral',
      'neutral',
      'positive',
      'very positive',
    ]);
    expect(kpiText({ name: 'Bounce', value: 62, target: 40, unit: '%', better: 'lower', met: false }, en, fmt)).toBe(
      'Bounce: 62% (target 40%, lower is better) – Off target',
    );
    expect(kpiText({ name: 'NPS', better: 'higher' }, en, fmt)).toBe('NPS');
  });

  it('words the service blueprint: time, failures with recovery, the handoff into a step', () => {
    const table = journeyTable(blueprintJourney, en, 't', fmt);
    const row = (id: string): string => table.split(`<tr data-ref="${id}">`)[1]!.split('</tr>')[0]!;
    expect(row('waits')).toContain('<td data-lane="time"><ul><li>Waits 1 d</li><li>Longest wait</li></ul></td>');
    expect(row('waits')).toContain(
      '<td data-lane="failures"><ul><li>Courier cannot find the door</li><li>No recovery defined</li></ul></td>',
    );
    expect(row('waits')).toContain('<td data-lane="owners"><ul><li>Risky handoff from Web to Logistics</li><li>Logistics</li></ul></td>');
    expect(row('receives')).toContain(
      '<td data-lane="failures"><ul><li>Wrong parcel</li><li>Recovery: Courier swaps it the same day</li></ul></td>',
    );
    expect(row('pays')).toContain('<td data-lane="time"><ul><li>Waits 1 min 30 s</li><li>Takes 3 min</li></ul></td>');
    expect(row('pays')).toContain('<td data-lane="owners">Web</td>');
    expect(row('pays')).toContain('<td data-lane="storyboard"></td>');
  });

  it('writes KPI figures as the map does: word units spaced, no exponent, grouped thousands', () => {
    expect(kpiText({ name: 'Average wait', value: 12, target: 3, unit: 'min', better: 'lower', met: false }, en, fmt)).toBe(
      'Average wait: 12 min (target 3 min, lower is better) – Off target',
    );
    expect(kpiText({ name: 'Error rate', value: 1e-7, better: 'lower' }, en, fmt)).toBe('Error rate: 0.0000001');
    expect(kpiText({ name: 'Revenue', value: 123456789, target: -5, unit: '€', better: 'higher', met: true }, en, fmt)).toBe(
      'Revenue: 123,456,789 € (target \u22125 €, higher is better) – On target',
    );
  });

  it('writes figures and emotions as the map’s locale does', () => {
    const de = localeWords('de');
    expect(kpiText({ name: 'NPS', value: 1.8, target: 12.5, better: 'higher', met: false }, de, formatsFor(de))).toBe(
      'NPS: 1,8 (Ziel 12,5, höher ist besser) – Ziel verfehlt',
    );
    const table = journeyTable(sampleJourney, de, 'jmp-table', formatsFor(de));
    expect(table).toContain('Touchpoints nach Phase</caption>');
    expect(table).toMatch(/: \u22121 \(negativ\)|: \+1 \(positiv\)/);
  });
});
