// The config's `locale` and `labels:` (language 1.1) through the CLI: the config's locale is every
// journey's unless the journey sets its own, labels replace any built-in word by message id, and
// the config is checked like a journey: an unknown label id is unknown-label at its line:col with
// a did-you-mean (exit 1), a locale without a catalogue warns locale-words-missing (exit 0).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli, tempProject, VALID_JOURNEY } from '../support/run-cli.js';

const svgText = (cwd: string, name: string): string => readFileSync(join(cwd, 'out', `${name}.svg`), 'utf8');
const CRITICAL = `title: Checkout
stages:
  - name: Pay
    touchpoints:
      - { name: Pays, critical: true, emotion: -1 }
kpis:
  - { name: NPS, value: 1.8, target: 2.5 }
`;

describe('locale and labels in journeymap.config.yaml', () => {
  it('sets the locale of journeys without one; a journey’s own locale wins', () => {
    const cwd = tempProject({
      'journeymap.config.yaml': 'locale: de\nformats: [svg]\n',
      'a.journey.yaml': CRITICAL,
      'b.journey.yaml': `locale: fr\n${CRITICAL}`,
    });
    const r = runCli(['build'], { cwd });
    expect(r.stderr).not.toMatch(/warning|error/);
    expect(r.status).toBe(0);
    expect(svgText(cwd, 'a')).toContain('MOMENT DER WAHRHEIT');
    expect(svgText(cwd, 'a')).toContain('1,8');
    expect(svgText(cwd, 'b')).toContain('MOMENT DE VÉRITÉ');
  });

  it('labels replace built-in words by id, in the config’s locale and in English', () => {
    const cwd = tempProject({
      'journeymap.config.yaml':
        'locale: de\nformats: [svg]\nlabels:\n  mark.momentOfTruth.caps: SCHLÜSSELMOMENT\n  map.stage.caps: ETAPPE {number}\n',
      'a.journey.yaml': CRITICAL,
      'b.journey.yaml': `locale: en\n${CRITICAL}`,
    });
    const r = runCli(['build'], { cwd });
    expect(r.status).toBe(0);
    for (const name of ['a', 'b']) {
      expect(svgText(cwd, name)).toContain('SCHLÜSSELMOMENT');
      expect(svgText(cwd, name)).toContain('ETAPPE 01');
    }
    expect(svgText(cwd, 'a')).not.toContain('MOMENT DER WAHRHEIT');
    expect(svgText(cwd, 'b')).toContain('Off target');
  });

  it('the portfolio site speaks the config’s locale', () => {
    const cwd = tempProject({ 'journeymap.config.yaml': 'locale: fr\nformats: [svg]\n', 'a.journey.yaml': CRITICAL });
    const r = runCli(['build', '--site'], { cwd });
    expect(r.status).toBe(0);
    const index = readFileSync(join(cwd, 'out', 'index.html'), 'utf8');
    expect(index).toContain('lang="fr"');
    expect(index).toContain('Portefeuille de parcours');
    expect(index).not.toContain('Journey portfolio');
  });

  it('an unknown label id is unknown-label at its line:col with a did-you-mean, and nothing is built', () => {
    const config = readFileSync(join(REPO_ROOT, 'test/fixtures/config/unknown-label/journeymap.config.yaml'), 'utf8');
    const cwd = tempProject({ 'journeymap.config.yaml': config, 'a.journey.yaml': VALID_JOURNEY });
    const r = runCli(['build', '--reporter', 'json'], { cwd });
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as { code: string; file: string; line: number; column: number; hint?: string }[];
    expect(report.map((d) => [d.code, d.file, d.line, d.column, d.hint])).toEqual([
      ['unknown-label', 'journeymap.config.yaml', 4, 3, 'did you mean "mark.momentOfTruth"?'],
    ]);
  });

  it('a locale without a catalogue warns at the config’s line:col, builds with English words and its numbers', () => {
    const cwd = tempProject({ 'journeymap.config.yaml': 'formats: [svg]\nlocale: pt-BR\n', 'a.journey.yaml': CRITICAL });
    const r = runCli(['build'], { cwd });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('warning[locale-words-missing]');
    expect(r.stderr).toContain('journeymap.config.yaml:2:9');
    expect(svgText(cwd, 'a')).toContain('MOMENT OF TRUTH');
    expect(svgText(cwd, 'a')).toContain('1,8');
  });

  it('a journey’s locale without a catalogue warns at the journey; validate reports it too', () => {
    const cwd = tempProject({ 'a.journey.yaml': `locale: ko\n${CRITICAL}` });
    const r = runCli(['validate', 'a.journey.yaml'], { cwd });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('warning[locale-words-missing]');
    expect(r.stderr).toContain('a.journey.yaml:1:9');
  });
});
