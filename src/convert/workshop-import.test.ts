// Workshop CSV fixtures (test/fixtures/sheets/invalid/<code>/*.csv) give exactly the diagnostics
// their .expect file lists (code row:column), no YAML; and a clean sheet converts to YAML whose
// fields are the language's, matched from workshop headers.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { convertWorkshop } from './workshop-import.js';

const fixtures = join(import.meta.dirname, '../../test/fixtures/sheets/invalid');
const cases = readdirSync(fixtures).flatMap((code) =>
  readdirSync(join(fixtures, code))
    .filter((f) => f.endsWith('.csv'))
    .map((f) => [code, f] as const),
);

describe('workshop sheet fixtures', () => {
  it.each(cases)('%s/%s reports exactly its expected diagnostics', async (code, file) => {
    const text = readFileSync(join(fixtures, code, file), 'utf8');
    const expected = readFileSync(join(fixtures, code, file.replace(/\.csv$/, '.expect')), 'utf8')
      .trim()
      .split('\n');
    const { yaml, diagnostics } = await convertWorkshop({ kind: 'csv', text }, `sheets/${file}`);
    expect(diagnostics.map((d) => `${d.code} ${d.span?.start.line}:${d.span?.start.column}`).sort()).toEqual(expected.sort());
    expect(diagnostics.every((d) => d.span?.file === `sheets/${file}` && d.hint !== undefined)).toBe(true);
    if (diagnostics.some((d) => d.severity === 'error')) expect(yaml).toBeUndefined();
  });
});

describe('convertWorkshop', () => {
  it('reads semicolon- and tab-separated CSV (Excel in locales with a decimal comma) as well', async () => {
    for (const sep of [';', '\t']) {
      const text = [
        `Stage${sep}Touchpoint${sep}Pains${sep}Emotion`,
        `Discover${sep}"Sees an ad, twice"${sep}Vague, no price${sep}"-0,5"`,
      ].join('\n');
      const { yaml, diagnostics } = await convertWorkshop({ kind: 'csv', text }, 'w.csv');
      expect(diagnostics).toEqual([]);
      expect(parse(yaml!).stages).toEqual([
        { name: 'Discover', touchpoints: [{ name: 'Sees an ad, twice', pains: ['Vague, no price'], emotion: -0.5 }] },
      ]);
    }
  });

  it('names each bad cell like a spreadsheet does, in the message', async () => {
    const { diagnostics } = await convertWorkshop({ kind: 'csv', text: 'stage,name,emotion\nA,B,x\n' }, 'w.csv');
    expect(diagnostics.map((d) => d.message)).toEqual(['C2: "x" is not a number']);
  });

  it('maps workshop headers and cells to the language: lists, yes/no, per-persona emotion, custom lanes', async () => {
    const text = [
      'Stage Name,TOUCHPOINT,emotion: Maria Lopez,Pain,Systems,Critical,fields: effort,Link',
      'Discover,Sees an ad,1.5,"- Vague\n- No price","CMS; Ads",x,High,https://example.com',
      ',Sees an ad,-1,,,no,,',
    ].join('\n');
    const { yaml, diagnostics } = await convertWorkshop({ kind: 'csv', text }, 'w.csv');
    expect(diagnostics).toEqual([]);
    expect(parse(yaml!)).toEqual({
      title: 'w',
      personas: [{ id: 'maria-lopez', name: 'Maria Lopez' }],
      stages: [
        {
          name: 'Discover',
          touchpoints: [
            {
              name: 'Sees an ad',
              emotion: { 'maria-lopez': 1.5 },
              pains: ['Vague', 'No price'],
              systems: ['CMS', 'Ads'],
              critical: true,
              fields: { effort: 'High' },
              link: 'https://example.com',
            },
            // The second touchpoint of the same name gets its own id, as the loader would need.
            { id: 'sees-an-ad-2', name: 'Sees an ad', emotion: { 'maria-lopez': -1 } },
          ],
        },
      ],
    });
  });
});
