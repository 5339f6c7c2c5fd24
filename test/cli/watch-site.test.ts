// build --watch --site: after each rebuild the site's pages (the index and the portfolio views) are
// written again, from the rebuilt journeys' fresh summaries and the other journeys' earlier ones.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BROKEN_JOURNEY, tempProject, VALID_JOURNEY } from '../support/run-cli.js';
import { start, stopAll } from '../support/watch-process.js';

afterEach(stopAll);

const _BUILT = /\[watch\] \d+ journeys?: wrote/;

describe('build --watch --site', () => {
  it('rewrites the index and the views after each rebuild', async () => {
    const cwd = tempProject({
      'maps/a.journey.yaml': VALID_JOURNEY.replace('Test journey', 'Alpha journey'),
      'maps/b.journey.yaml': VALID_JOURNEY.replace('Test journey', 'Beta journey'),
    });
    const run = start(['build', 'maps', '--watch', '--site', '-f', 'svg'], cwd);
    await run.waitFor(/watching .* for changes/);
    const page = (name: string) => readFileSync(join(cwd, 'out', name), 'utf8');
    expect(page('index.html')).toContain('Alpha journey');
    expect(page('index.html')).toContain('Beta journey');
    expect(page('portfolio/personas.html')).toContain('<h2>Maria</h2>');

    // Only a is rebuilt; the index has its new title and still b (remembered), not the old title.
    let mark = run.stderr().length;
    writeFileSync(
      join(cwd, 'maps', 'a.journey.yaml'),
      VALID_JOURNEY.replace('Test journey', 'Gamma journey').replace('name: Maria', 'name: Mariana'),
    );
    await run.waitFor(/\[watch\] 1 journey: wrote/, mark);
    const index = page('index.html');
    expect(index).toContain('Gamma journey');
    expect(index).toContain('Beta journey');
    expect(index).not.toContain('Alpha journey');
    // The views too: the personas view names the persona as a (first in order) now does, with b's rows.
    const personas = page('portfolio/personas.html');
    expect(personas).toContain('<h2>Mariana</h2>');
    expect(personas).toContain('<tr><td>Beta journey</td><td>Discover</td><td><a href="../maps/b.html#tp-sees-an-ad">Sees an ad</a></td>');

    // A journey with errors leaves the site, as a full build leaves it off; b stays.
    mark = run.stderr().length;
    writeFileSync(join(cwd, 'maps', 'a.journey.yaml'), BROKEN_JOURNEY);
    await run.waitFor(/1 error/, mark);
    expect(page('index.html')).not.toContain('Gamma journey');
    expect(page('index.html')).toContain('Beta journey');

    expect(await run.stop()).toBe(0);
  }, 60_000);
});
