// `build --persona <id>` through the built CLI: the view holds that persona's emotion curve and
// legend entry only, drawn in the colour the full map gives that persona, and never names the others.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { runCli, tempProject, VALID_JOURNEY } from '../support/run-cli.js';

const parse = (file: string) => new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'image/svg+xml');

/** The `<g data-role=role>` groups of the SVG as data-ref → the stroke/fill colours drawn inside. */
function groups(file: string, role: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const g of Array.from(parse(file).getElementsByTagName('g')) as Element[]) {
    if (g.getAttribute('data-role') !== role) continue;
    const colours = new Set<string>();
    for (const path of Array.from(g.getElementsByTagName('path')) as Element[]) {
      for (const attr of ['stroke', 'fill']) {
        const value = path.getAttribute(attr);
        if (value && value !== 'none' && value !== '#ffffff') colours.add(value);
      }
    }
    out.set(g.getAttribute('data-ref') ?? '', colours);
  }
  return out;
}

const textOf = (file: string): string => parse(file).documentElement?.textContent ?? '';

describe('build --persona', () => {
  const cwd = tempProject({ 'a.journey.yaml': VALID_JOURNEY });
  expect(runCli(['build', 'a.journey.yaml', '-f', 'svg', '-o', 'all'], { cwd }).status).toBe(0);
  const full = join(cwd, 'all', 'a.svg');
  const fullCurves = groups(full, 'emotion-curve');

  it('the full map has both personas, each curve in its own colour', () => {
    expect([...fullCurves.keys()]).toEqual(['maria', 'tom']);
    expect([...groups(full, 'legend-persona').keys()]).toEqual(['maria', 'tom']);
    const [maria, tom] = [fullCurves.get('maria'), fullCurves.get('tom')];
    expect(maria?.size).toBe(1);
    expect(tom?.size).toBe(1);
    expect([...(maria ?? [])][0]).not.toBe([...(tom ?? [])][0]);
  });

  it.each([
    ['tom', 'maria', 'Tom', 'Maria'],
    ['maria', 'tom', 'Maria', 'Tom'],
  ])('--persona %s: only that curve and legend, in its colour; nothing of %s', (id, other, name, otherName) => {
    const r = runCli(['build', 'a.journey.yaml', '-f', 'svg', '-o', 'views', '--persona', id], { cwd });
    expect(r.status).toBe(0);
    const view = join(cwd, 'views', `a.${id}.svg`);
    const curves = groups(view, 'emotion-curve');
    expect([...curves.keys()]).toEqual([id]);
    expect([...groups(view, 'legend-persona').keys()]).toEqual([id]);
    // Same colour as in the full map, and the other persona's colour appears nowhere in the file.
    expect(curves.get(id)).toEqual(fullCurves.get(id));
    const otherColour = [...(fullCurves.get(other) ?? [])][0] ?? '';
    expect(otherColour).toMatch(/^#[0-9a-f]{6}$/);
    const svg = readFileSync(view, 'utf8');
    expect(svg).not.toContain(`"${otherColour}"`);
    const text = textOf(view);
    expect(text).toContain(name);
    expect(text).not.toContain(otherName);
    expect(svg).not.toContain(`data-ref="${other}"`);
  });
});
