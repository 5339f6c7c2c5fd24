// LibreOffice headless as the real consumer of the pptx and xlsx outputs: converts them to PDF
// (read back with pdftotext) and CSV. Skips where LibreOffice is missing on a developer's machine;
// under CI a missing LibreOffice fails (.ci/run installs it). Uses the bundled Inter (through a
// fontconfig file), as a consultant with the font installed would see the slides.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const FONTS = resolve(import.meta.dirname, '../../assets/fonts');

export const hasLibreOffice = spawnSync('libreoffice', ['--version'], { stdio: 'ignore', timeout: 60_000 }).status === 0;

/** True when LibreOffice tests should skip; under CI its absence throws instead. */
export function skipWithoutLibreOffice(): boolean {
  if (hasLibreOffice) return false;
  if (process.env.CI)
    throw new Error('libreoffice not installed, and CI is set: .ci/run installs libreoffice-impress and libreoffice-calc');
  return true;
}

/** Writes `bytes` as `name` in a fresh folder and converts it with LibreOffice (`filter`: a --convert-to argument); the first converted file's path. */
export function convertWithLibreOffice(bytes: Uint8Array, name: string, to: 'pdf' | 'csv', filter: string = to): string {
  const dir = mkdtempSync(join(tmpdir(), 'jm-office-'));
  const input = join(dir, name);
  writeFileSync(input, bytes);
  const fontsConf = join(dir, 'fonts.conf');
  writeFileSync(
    fontsConf,
    `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><dir>${FONTS}</dir><include ignore_missing="yes">/etc/fonts/fonts.conf</include><cachedir>${join(dir, 'fc')}</cachedir></fontconfig>`,
  );
  const out = join(dir, 'out');
  // Its own profile folder: parallel test files must not share (and lock) one LibreOffice profile.
  execFileSync(
    'libreoffice',
    ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', filter, '--outdir', out, input],
    {
      env: { ...process.env, FONTCONFIG_FILE: fontsConf, HOME: dir },
      stdio: 'ignore',
      timeout: 120_000,
    },
  );
  const produced = readdirSync(out)
    .sort()
    .find((f) => f.endsWith(`.${to}`));
  if (!produced) throw new Error(`libreoffice made no .${to} from ${name}`);
  return join(out, produced);
}

export const readText = (file: string): string => readFileSync(file, 'utf8');
