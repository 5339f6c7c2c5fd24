// A build's shared loads change nothing a load reports: cycles are reported at the same link
// whichever journey the chain started from, and a file's own problems stay at its own lines.
import { describe, expect, it } from 'vitest';
import { loadSource } from '../compile.js';
import type { Host } from '../source/source-file.js';
import { createLinkedLoads } from './linked-loads.js';

const files: Record<string, string> = {
  'a.journey.yaml': 'title: A\ncompare: ./c.journey.yaml\nstages: [{ name: S, touchpoints: [X] }]\n',
  'c.journey.yaml': 'title: C\nstages: [{ name: S, touchpoints: [{ id: x, name: X, map: ./a.journey.yaml }] }]\n',
  'd.journey.yaml': 'title: D\ncompare: ./c.journey.yaml\nstages: [{ name: S, touchpoints: [X] }]\n',
};
const host: Host = { readFile: (path) => (path in files ? new TextEncoder().encode(files[path]) : undefined) };
const codes = (path: string, links?: ReturnType<typeof createLinkedLoads>) =>
  loadSource({ path, text: files[path]! }, host, links).diagnostics.map((d) => `${d.code} ${d.span?.file}:${d.span?.start.line}`);

describe('shared loads and cycles', () => {
  it('reports each journey of a cycle as it would alone, in any order', () => {
    const alone = ['a.journey.yaml', 'c.journey.yaml', 'd.journey.yaml'].map((path) => codes(path));
    expect(alone[0]).toContain('map-cycle c.journey.yaml:2');
    expect(alone[1]).toContain('compare-cycle a.journey.yaml:2');
    for (const order of [
      ['a.journey.yaml', 'c.journey.yaml', 'd.journey.yaml'],
      ['d.journey.yaml', 'c.journey.yaml', 'a.journey.yaml'],
    ]) {
      const links = createLinkedLoads();
      const shared = Object.fromEntries(order.map((path) => [path, codes(path, links)]));
      expect([shared['a.journey.yaml'], shared['c.journey.yaml'], shared['d.journey.yaml']]).toEqual(alone);
    }
  });
});
