// Linked maps through the built CLI: a touchpoint's `map` badge links, in each format, to the
// detail journey's output of the same format, and that link resolves to the file the same build
// wrote (the outputs mirror journey paths; the href is computed by the same stem rule).
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run, writeTemp } from '../pdf/pdf-tools.js';
import { runCli, tempProject } from '../support/run-cli.js';

const OVERVIEW = `title: Delivery overview
stages:
  - name: Delivery
    touchpoints:
      - id: waits
        name: Waits for the courier
        owner: Logistics
        wait: 1d
        map: ../details/door step.journey.yaml
      - { id: rates, name: Rates it, owner: Care, duration: 2m }
`;
const DETAIL = `title: Finding the door
stages:
  - name: Arrive
    touchpoints: [Rings the bell]
`;

describe('detail-map links in the built outputs', () => {
  const dir = tempProject({ 'journeymap.config.yaml': 'include: "**/*.journey.yaml"\n', 'maps/overview.journey.yaml': OVERVIEW, 'details/door step.journey.yaml': DETAIL });
  const result = runCli(['build', '-f', 'svg,html,pdf', '-o', 'out'], { cwd: dir });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('builds both journeys', () => {
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.status).toBe(0);
  });

  it.each(['svg', 'html'])('the %s links the detail’s output of the same format, which the build wrote', (ext) => {
    const file = join(dir, 'out', 'maps', `overview.${ext}`);
    const hrefs = [...readFileSync(file, 'utf8').matchAll(/href="([^"]*door[^"]*)"/g)].map((m) => m[1]!);
    expect(new Set(hrefs)).toEqual(new Set([`../details/door%20step.${ext}`]));
    expect(existsSync(resolve(dirname(file), decodeURIComponent(hrefs[0]!)))).toBe(true);
  });

  it('the PDF links the detail’s PDF with a GoToR action', () => {
    const file = join(dir, 'out', 'maps', 'overview.pdf');
    const json = JSON.parse(run('qpdf', ['--json=2', '--json-key=qpdf', writeTemp(readFileSync(file))])) as { qpdf: [unknown, Record<string, { value?: Record<string, unknown> }>] };
    const targets = Object.values(json.qpdf[1]).flatMap((o) => (o.value?.['/S'] === '/GoToR' ? [o.value['/F']] : []));
    // A file specification, not a URI: the name as it is.
    expect(targets).toEqual(['u:../details/door step.pdf']);
    expect(existsSync(resolve(dirname(file), '../details/door step.pdf'))).toBe(true);
  });
});
