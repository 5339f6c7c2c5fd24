// The words of a map's locale: built-in catalogues complete and distinct, regional tags, other
// tags (English words, their own dates), labels over everything, and the formatter of each.
import { describe, expect, it } from 'vitest';
import { CATALOGUE_LOCALES } from '../schema/locales.js';
import { formatsFor } from '../view/formats.js';
import { en, type WordId } from './en.js';
import { CATALOGUES, localeWords } from './locale-words.js';
import { say, sayCount } from './say.js';

const ids = Object.keys(en) as WordId[];
const slots = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('the built-in catalogues', () => {
  it('are exactly the locales the model checks against', () => {
    expect(Object.keys(CATALOGUES).sort()).toEqual([...CATALOGUE_LOCALES].sort());
  });

  it.each(['de', 'fr', 'es', 'ja'])('%s has every id, the same slots as English, and its own words', (locale) => {
    const words = CATALOGUES[locale]!();
    expect(Object.keys(words).sort()).toEqual([...ids].sort());
    expect(words['meta.locale']).toBe(locale);
    for (const id of ids) expect(slots(words[id]), `${locale} ${id}: ${words[id]}`).toEqual(slots(en[id]));
    // Map words are translated (the terminal's cli.* and show.* stay English, see the headers).
    const mapIds = ids.filter((id) => !/^(cli|show|meta)\./.test(id));
    const same = mapIds.filter((id) => words[id] === en[id] && /\p{L}{3,}/u.test(en[id].replace(/\{\w+\}/g, '')));
    // Words that are the same in CX practice in that language (KPI, Persona, Logo, Storyboard…).
    expect(same.length, same.join(', ')).toBeLessThan(40);
    for (const id of [
      'lane.emotions',
      'mark.momentOfTruth',
      'kpi.met',
      'kpi.missed',
      'section.actions',
      'pdf.page',
      'html.tableView',
    ] as const) {
      expect(words[id], id).not.toBe(en[id]);
    }
  });

  it('words the CX terms as practitioners in each language do', () => {
    expect(['de', 'fr', 'es', 'ja'].map((l) => CATALOGUES[l]!()['mark.momentOfTruth'])).toEqual([
      'Moment der Wahrheit',
      'Moment de vérité',
      'Momento de la verdad',
      '真実の瞬間',
    ]);
    expect(say(CATALOGUES.de!(), 'map.stage.caps', { number: '01' })).toBe('PHASE 01');
    expect(say(CATALOGUES.fr!(), 'map.stage.caps', { number: '01' })).toBe('ÉTAPE 01');
    expect(say(CATALOGUES.ja!(), 'map.stage.caps', { number: '01' })).toBe('フェーズ 01');
    expect(CATALOGUES.fr!()['mark.pain']).toBe('Irritant');
  });

  it('counts follow each locale’s plural rules', () => {
    expect([0, 1, 2].map((n) => sayCount(CATALOGUES.fr!(), 'count.stages', n))).toEqual(['0 étape', '1 étape', '2 étapes']);
    expect([0, 1, 2].map((n) => sayCount(CATALOGUES.de!(), 'count.stages', n))).toEqual(['0 Phasen', '1 Phase', '2 Phasen']);
    expect(sayCount(CATALOGUES.ja!(), 'count.touchpoints', 1)).toBe('タッチポイント 1 件');
  });
});

describe('localeWords', () => {
  it('is English without a locale, and the catalogue itself for a built-in one', () => {
    expect(localeWords(undefined)).toBe(en);
    expect(localeWords('de')).toEqual(CATALOGUES.de!());
    expect(localeWords('de')['meta.locale']).toBe('de');
    expect(localeWords('JA')).toEqual(CATALOGUES.ja!());
  });

  it('gives a regional tag its language’s words and its own number format', () => {
    const words = localeWords('de-CH');
    expect(words['kpi.met']).toBe('Ziel erreicht');
    expect(words['meta.locale']).toBe('de-CH');
    expect(formatsFor(words).number(1234.5)).toMatch(/^1['’]234\.5$/);
    expect(formatsFor(localeWords('de-AT')).number(1.8)).toBe('1,8');
  });

  it('gives any other tag English words with its own numbers and dates', () => {
    const words = localeWords('pt-BR');
    expect(words['kpi.met']).toBe('On target');
    expect(words['meta.locale']).toBe('pt-BR');
    const format = formatsFor(words);
    expect(format.number(1234.5)).toBe('1.234,5');
    expect(format.number(-1.8)).toBe('\u22121,8');
    expect(format.date('2026-03-15')).toBe('15 de mar. de 2026');
    expect(format.date('2026-03')).toBe('mar. de 2026');
  });

  it('formats numbers and dates in each built-in locale', () => {
    const de = formatsFor(localeWords('de'));
    expect([de.number(1.8), de.number(1234.5), de.number(-0.25), de.date('2026-03-15'), de.date('2026-05')]).toEqual([
      '1,8',
      '1.234,5',
      '\u22120,25',
      '15. März 2026',
      'Mai 2026',
    ]);
    const fr = formatsFor(localeWords('fr'));
    expect([fr.number(1.8), fr.number(1234.5), fr.date('2026-03-15'), fr.date('2026-02')]).toEqual([
      '1,8',
      '1\u202f234,5',
      '15 mars 2026',
      'févr. 2026',
    ]);
    const es = formatsFor(localeWords('es'));
    expect([es.number(1.8), es.number(12345.5), es.date('2026-03-15')]).toEqual(['1,8', '12.345,5', '15 mar 2026']);
    const ja = formatsFor(localeWords('ja'));
    expect([ja.number(1234.5), ja.date('2026-03-15'), ja.date('2026-03')]).toEqual(['1,234.5', '2026年3月15日', '2026年3月']);
    const en = formatsFor(localeWords(undefined));
    expect([en.number(1234.5), en.date('2026-03-15')]).toEqual(['1,234.5', 'Mar 15, 2026']);
  });

  it('lays labels over any catalogue, by message id, leaving the locale tag alone', () => {
    const words = localeWords('de', { 'mark.momentOfTruth': 'Schlüsselmoment', 'meta.locale': 'xx' } as never);
    expect(words['mark.momentOfTruth']).toBe('Schlüsselmoment');
    expect(words['kpi.met']).toBe('Ziel erreicht');
    expect(words['meta.locale']).toBe('de');
    expect(localeWords(undefined, { 'lane.pains': 'Frictions' })['lane.pains']).toBe('Frictions');
  });

  it('falls back to English for a tag Intl cannot read (the model reports it)', () => {
    expect(localeWords('en-us-us')).toBe(en);
  });
});
