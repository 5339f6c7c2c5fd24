// The benchmark's journey fills every field (scripts/bench-journeys.mjs): built by the real CLI
// without a diagnostic, its SVG draws every lane, the storyboard pictures, the data-fed KPIs'
// sparklines, the detail maps' links and the failure and time lanes; the plain variant has none
// of the language 1.1 fields. A generator that broke would otherwise only make the bench skip rows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { generateJourney, writeJourneyInputs } from '../../scripts/bench-journeys.mjs';
import { runCli, tempProject } from '../support/run-cli.js';

function built(text: string) {
  const dir = tempProject({ 'bench.journey.yaml': text });
  writeJourneyInputs(dir);
  const result = runCli(['build', 'bench.journey.yaml', '-f', 'svg', '-o', 'out', '--no-cache'], { cwd: dir });
  const svg = new DOMParser().parseFromString(readFileSync(join(dir, 'out', 'bench.svg'), 'utf8'), 'image/svg+xml');
  const groups = Array.from(svg.getElementsByTagName('g'));
  const withRole = (role: string): Element[] => groups.filter((g) => g.getAttribute('data-role') === role);
  const lanes = withRole('lane').map((g) => g.getAttribute('data-ref'));
  return { result, svg, withRole, lanes };
}

describe('the benchmark journey', () => {
  it('builds cleanly and draws every field, the language 1.1 ones too', () => {
    // 2 stages x 3 touchpoints x 2 personas: the same fields as the 12x15x3 bench journey.
    const { result, svg, withRole, lanes } = built(generateJourney(2, 3, 2));
    expect(result.status).toBe(0);
    expect(result.stderr).not.toMatch(/warning|error/i);
    expect(lanes).toEqual(expect.arrayContaining(['touchpoints', 'storyboard', 'time', 'emotions', 'thoughts', 'pains', 'opportunities']));
    expect(lanes).toEqual(expect.arrayContaining(['frontstage', 'backstage', 'owners', 'kpis', 'failures']));
    expect(svg.getElementsByTagName('image')).toHaveLength(6);
    // Each touchpoint's data-fed KPI, and each stage's.
    expect(withRole('sparkline')).toHaveLength(6 + 2);
    expect(withRole('detail-link').map((g) => g.getElementsByTagName('a')[0]?.getAttribute('href'))).toEqual(['detail.svg', 'detail.svg']);
    expect(withRole('longest-wait')).toHaveLength(1);
  });

  it('leaves the language 1.1 fields out when asked', () => {
    const { result, svg, withRole, lanes } = built(generateJourney(2, 3, 2, { v11: false }));
    expect(result.status).toBe(0);
    expect(lanes).not.toContain('storyboard');
    expect(lanes).not.toContain('time');
    expect(lanes).not.toContain('failures');
    expect(svg.getElementsByTagName('image')).toHaveLength(0);
    expect(withRole('sparkline')).toHaveLength(0);
    expect(withRole('detail-link')).toHaveLength(0);
  });
});
