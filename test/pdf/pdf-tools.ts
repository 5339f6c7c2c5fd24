// Runs the real PDF consumers (qpdf, poppler) on rendered bytes for the PDF tests.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The tools the PDF tests run; pass to skipWithout (test/support/consumers.ts). */
export const PDF_TOOLS = ['qpdf', 'pdftotext', 'pdfinfo', 'pdfimages'] as const;

export function writeTemp(bytes: Uint8Array, name = 'map.pdf'): string {
  const file = join(mkdtempSync(join(tmpdir(), 'jm-pdf-')), name);
  writeFileSync(file, bytes);
  return file;
}

export const run = (cmd: string, args: readonly string[]): string =>
  execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

export interface Word {
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

/** Words of one page with their boxes in points (top-left origin), from `pdftotext -bbox`. */
export function words(file: string, page: number): Word[] {
  const html = run('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-']);
  const out: Word[] = [];
  const re = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (const m of html.matchAll(re)) {
    out.push({ xMin: +m[1]!, yMin: +m[2]!, xMax: +m[3]!, yMax: +m[4]!, text: m[5]!.replace(/&apos;/g, "'").replace(/&amp;/g, '&') });
  }
  return out;
}

export function pdfInfo(file: string, options: readonly string[] = []): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of run('pdfinfo', [...options, file]).split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) info[m[1]!.trim()] = m[2]!.trim();
  }
  return info;
}

export interface OutlineEntry {
  readonly title: string;
  readonly destpageposfrom1: number;
  readonly kids: readonly OutlineEntry[];
}

export const outlines = (file: string): OutlineEntry[] =>
  (JSON.parse(run('qpdf', ['--json=2', '--json-key=outlines', file])) as { outlines: OutlineEntry[] }).outlines;
