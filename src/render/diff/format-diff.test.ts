// The diff formatters take every word from the catalogue: with a fake one (each value in «»),
// no English is left around the journey's own ids, names and numbers.
import { describe, expect, it } from 'vitest';
import type { Journey } from '../../model/journey.js';
import type { JourneyChange } from '../../model/journey-change.js';
import { loadJourney } from '../../model/load-journey.js';
import { en, type Words } from '../../words/en.js';
import { formatDiff } from './format-diff.js';
import { formatDiffMarkdown } from './format-diff-markdown.js';

const fake = Object.fromEntries(
  Object.entries(en).map(([id, text]) => [id, id === 'meta.locale' ? text : `«${text}»`]),
) as unknown as Words;

const journey = (title: string): Journey => {
  const { journey: j } = loadJourney(
    { path: 'j.journey.yaml', text: `title: ${title}\nstages: [{ id: buy, name: Buy, touchpoints: [{ id: pays, name: Pays }] }]\n` },
    { readFile: () => undefined },
  );
  if (!j) throw new Error('fixture');
  return j;
};

const changes: JourneyChange[] = [
  { kind: 'kpi-status', owner: { kind: 'journey' }, name: 'NPS', old: true, new: false, oldStatus: 'met', newStatus: 'missed' },
  { kind: 'kpi-status', owner: { kind: 'journey' }, name: 'CSAT', old: true, new: undefined, oldStatus: 'met', newStatus: 'no-value' },
  {
    kind: 'kpi-status',
    owner: { kind: 'touchpoint', id: 'pays' },
    name: 'Success',
    old: undefined,
    new: true,
    oldStatus: 'no-target',
    newStatus: 'met',
  },
  { kind: 'touchpoint-added', id: 'pays', name: 'Pays', stage: 'buy' },
  { kind: 'emotion-changed', touchpoint: 'pays', persona: 'maria', old: undefined, new: 1 },
];

describe('diff formatters and the word catalogue', () => {
  it('text: KPI status reads On target / Off target / No target, as everywhere else', () => {
    expect(formatDiff(changes.slice(0, 3), en)).toBe(
      [
        '~ kpi "NPS" of journey: On target → Off target',
        '~ kpi "CSAT" of journey: On target → No value yet',
        '~ kpi "Success" of touchpoint pays: No target → On target',
        '',
      ].join('\n'),
    );
  });

  it("text: every word is the catalogue's", () => {
    expect(formatDiff(changes, fake).trimEnd().split('\n')).toEqual([
      '~ «kpi "NPS" of «journey»»: «On target» → «Off target»',
      '~ «kpi "CSAT" of «journey»»: «On target» → «No value yet»',
      '~ «kpi "Success" of «touchpoint» pays»: «No target» → «On target»',
      '+ «touchpoint pays "Pays" in buy»',
      '~ «touchpoint» pays: «emotion» maria «none» → 1',
    ]);
    expect(formatDiff([], fake)).toBe('«no changes»\n');
  });

  it("markdown: headings, columns, counts and KPI cells are the catalogue's", () => {
    const text = formatDiffMarkdown(changes, journey('Old'), journey('New'), { words: fake });
    expect(text).toBe(
      [
        '## «Journey map changes: New»',
        '',
        '««5 changes»: «1 added», «4 changed»»',
        '',
        '### «Emotion»',
        '',
        '| «Persona» | «Net change» | «Touchpoints» |',
        '|---|---|---|',
        '| maria | ➖ 0 | Pays _«none»_ → 1 |',
        '',
        '### «Stage: Buy»',
        '',
        '- ➕ «touchpoint» **Pays**',
        '',
        '### «KPIs»',
        '',
        '| «KPI» | «Of» | «Change» |',
        '|---|---|---|',
        '| NPS | «journey» | ⚠️ «On target» → «Off target» |',
        '| CSAT | «journey» | «On target» → «No value yet» |',
        '| Success | **Pays** | ✅ «No target» → «On target» |',
        '',
      ].join('\n'),
    );
  });
});
