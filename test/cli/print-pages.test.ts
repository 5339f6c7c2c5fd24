// --page and --tile through the CLI, checked with pdfinfo, pdftotext and qpdf: --page a4 puts the
// map on exactly one A4 sheet (and warns, naming A3, when its body text prints under 5 pt);
// --page a3 --tile makes a poster of A3 sheets with trim marks; --tile alone is a usage error.
// Low-contrast theme warnings come in the run's one JSON array, at the theme file's line:col.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PDF_TOOLS, pdfInfo, run } from '../pdf/pdf-tools.js';
import { skipWithout } from '../support/consumers.js';
import { runCli, tempProject } from '../support/run-cli.js';

/** A map of `stages` stages and nothing for summary pages: every PDF page is the map. */
function wideJourney(stages: number): string {
  const body = Array.from(
    { length: stages },
    (_, i) =>
      `  - name: Stage ${i + 1}\n    touchpoints:\n      - { name: Step ${i + 1}a, emotion: 1 }\n      - { name: Step ${i + 1}b, emotion: -1 }\n`,
  ).join('');
  return `title: Wide programme\nstages:\n${body}`;
}

interface JsonDiagnostic {
  readonly code: string;
  readonly message: string;
  readonly file: string | null;
  readonly line: number | null;
  readonly column: number | null;
  readonly hint: string | null;
}

describe.skipIf(skipWithout(...PDF_TOOLS))('printing on paper', () => {
  it('--page a4: exactly one landscape A4 page for a wide map, and a warning naming A3', () => {
    const dir = tempProject({ 'wide.journey.yaml': wideJourney(14) });
    const result = runCli(['build', 'wide.journey.yaml', '-f', 'pdf', '--page', 'a4', '--reporter', 'json'], { cwd: dir });
    expect(result.status).toBe(0);
    const file = join(dir, 'out', 'wide.pdf');
    expect(run('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors');
    const info = pdfInfo(file);
    expect(info.Pages).toBe('1');
    expect(info['Page size']).toMatch(/^841\.8\d* x 595\.2\d* pts/);
    const text = run('pdftotext', [file, '-']);
    for (const name of ['Stage 1', 'Stage 14', 'Step 14b']) expect(text).toContain(name);
    const small = (JSON.parse(result.stdout) as JsonDiagnostic[]).filter((d) => d.code === 'print-text-small');
    expect(small).toHaveLength(1);
    expect(small[0]).toMatchObject({ file: 'wide.journey.yaml', line: null });
    expect(small[0]?.message).toMatch(/^fitted on one A4 sheet the map's body text prints at [0-4]\.\d pt, under 5 pt$/);
    expect(small[0]?.hint).toMatch(/^--page a3 prints it at \d\.\d pt/);
  });

  it('--page a4 gives no warning when the map fits with legible text', () => {
    const dir = tempProject({ 'small.journey.yaml': wideJourney(2) });
    const result = runCli(['build', 'small.journey.yaml', '-f', 'pdf', '--page', 'a4', '--reporter', 'json'], { cwd: dir });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([]);
    expect(pdfInfo(join(dir, 'out', 'small.pdf')).Pages).toBe('1');
  });

  it('--page a3 --tile: a poster of A3 sheets, each labelled and marked, no warning', () => {
    const dir = tempProject({ 'wide.journey.yaml': wideJourney(14) });
    const result = runCli(['build', 'wide.journey.yaml', '-f', 'pdf', '--page', 'a3', '--tile', '--reporter', 'json'], { cwd: dir });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([]);
    const file = join(dir, 'out', 'wide.pdf');
    expect(run('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors');
    const info = pdfInfo(file);
    const pages = Number(info.Pages);
    expect(pages).toBeGreaterThan(1);
    expect(info['Page size']).toMatch(/^1190\.5\d* x 841\.8\d* pts/);
    expect(run('pdftotext', ['-f', '1', '-l', '1', file, '-'])).toContain('sheet A1');
    expect(run('pdftotext', ['-f', '2', '-l', '2', file, '-'])).toContain('sheet B1');
    // Every step is on some sheet.
    const all = run('pdftotext', [file, '-']);
    for (let i = 1; i <= 14; i++) expect(all).toContain(`Step ${i}b`);
  });

  it('--tile without --page is a usage error (exit 2)', () => {
    const dir = tempProject({ 'wide.journey.yaml': wideJourney(2) });
    const result = runCli(['build', 'wide.journey.yaml', '-f', 'pdf', '--tile'], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--tile cuts the map onto paper: give --page a4, a3 or letter with it');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('a theme file with low contrast', () => {
  it('builds, and reports low-contrast at the colour in the same JSON array as the journeys', () => {
    const theme = 'extends: default\ncolors:\n  accent: "#888888"\n';
    const dir = tempProject({ 'wide.journey.yaml': wideJourney(2), 'brand.yaml': theme });
    const result = runCli(['build', 'wide.journey.yaml', '-f', 'svg', '--theme', 'brand.yaml', '--reporter', 'json'], { cwd: dir });
    expect(result.status).toBe(0);
    const diagnostics = JSON.parse(result.stdout) as JsonDiagnostic[];
    expect(diagnostics.map((d) => `${d.code} ${d.file}:${d.line}:${d.column}`)).toEqual(['low-contrast brand.yaml:3:11']);
    expect(diagnostics[0]?.message).toContain('neither white (3.5:1)');
  });

  it("the docs' example theme builds without a warning", () => {
    const theme =
      'extends: default\nbrand: ACME Consulting\ncolors: { headerBackground: "#0b3d2e", accent: "#f2a900" }\nfontSizes: { body: 12 }\npersonaPalette: ["#0072b2", "#d55e00"]\n';
    const dir = tempProject({ 'wide.journey.yaml': wideJourney(2), 'brand.yaml': theme });
    const result = runCli(['build', 'wide.journey.yaml', '-f', 'svg', '--theme', 'brand.yaml', '--reporter', 'json'], { cwd: dir });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([]);
  });
});
