// --watch keeps hearing every kind of save (rename over the file as editors do, in-place writes,
// appends, new folders, deletions) and rebuilds only the journeys a change touches: the changed
// journey and those that read the changed file (from the inputs each compiled journey recorded).
import { appendFileSync, mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempProject, VALID_JOURNEY } from '../support/run-cli.js';
import { start, stopAll } from '../support/watch-process.js';

afterEach(stopAll);

const ONE = /\[watch\] 1 journey: wrote (\d+) files? /;
const LIBRARY = 'personas:\n  - { id: maria, name: Maria }\n  - { id: tom, name: Tom }\n';
const IMPORTER = VALID_JOURNEY.replace(/personas:\n( {2}- .*\n)+/, 'imports: [../shared/people.yaml]\n').replace(
  'Test journey',
  'Importer',
);

/** Saves the way vim, VS Code and JetBrains editors can: a temporary file renamed over the original. */
function renameSave(file: string, text: string, tmpName: string): void {
  const tmp = join(file, '..', tmpName);
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

describe('build --watch hears every save', () => {
  it('rename-saves (again and again), in-place writes and appends rebuild only that journey', async () => {
    const cwd = tempProject({
      'maps/a.journey.yaml': VALID_JOURNEY,
      'maps/b.journey.yaml': VALID_JOURNEY.replace('Test journey', 'Other'),
    });
    const run = start(['build', '--watch', '-f', 'svg'], cwd);
    await run.waitFor(/watching .* for changes/);
    const file = join(cwd, 'maps', 'a.journey.yaml');
    const svg = join(cwd, 'out', 'maps', 'a.svg');
    const other = statSync(join(cwd, 'out', 'maps', 'b.svg')).mtimeMs;

    // Node 20's recursive fs.watch went deaf after the first of these on Linux.
    const temporaries = ['.a.journey.yaml.swp', 'a.journey.yaml.tmp', '.#a.journey.yaml', 'a.journey.yaml~'];
    for (const [i, tmp] of temporaries.entries()) {
      const mark = run.stderr().length;
      renameSave(file, VALID_JOURNEY.replace('Test journey', `Rename save ${i}`), tmp);
      expect((await run.waitFor(ONE, mark))[1]).toBe('1');
      expect(readFileSync(svg, 'utf8')).toContain(`Rename save ${i}`);
    }

    let mark = run.stderr().length;
    writeFileSync(file, VALID_JOURNEY.replace('Test journey', 'Written in place'));
    await run.waitFor(ONE, mark);
    expect(readFileSync(svg, 'utf8')).toContain('Written in place');

    mark = run.stderr().length;
    appendFileSync(file, '      - Appended step\n');
    await run.waitFor(ONE, mark);
    expect(readFileSync(svg, 'utf8')).toContain('Appended step');

    // b was never rebuilt, and no temporary file triggered a build of its own.
    expect(statSync(join(cwd, 'out', 'maps', 'b.svg')).mtimeMs).toBe(other);
    expect(run.stderr().match(/\[watch\] \d+ journeys?: wrote/g)).toHaveLength(1 + temporaries.length + 2);

    // Two saves 10 ms apart (chokidar reports only the first change within 50 ms): the map ends
    // up with the second.
    renameSave(file, VALID_JOURNEY.replace('Test journey', 'First of two'), '.a.tmp');
    await new Promise((resolve) => setTimeout(resolve, 10));
    renameSave(file, VALID_JOURNEY.replace('Test journey', 'Second of two'), '.a.tmp');
    await expect.poll(() => readFileSync(svg, 'utf8').includes('Second of two'), { timeout: 5000, interval: 20 }).toBe(true);
    expect(await run.stop()).toBe(0);
  }, 60_000);

  it('a library change rebuilds the journeys that import it, and only those', async () => {
    const cwd = tempProject({
      'shared/people.yaml': LIBRARY,
      'maps/importer.journey.yaml': IMPORTER,
      'maps/plain.journey.yaml': VALID_JOURNEY,
    });
    const run = start(['build', '--watch', '-f', 'svg'], cwd);
    await run.waitFor(/watching/);
    const plain = statSync(join(cwd, 'out', 'maps', 'plain.svg')).mtimeMs;
    const mark = run.stderr().length;
    renameSave(join(cwd, 'shared', 'people.yaml'), LIBRARY.replace('name: Maria', 'name: Mariana'), '.people.yaml.tmp');
    await run.waitFor(ONE, mark);
    expect(readFileSync(join(cwd, 'out', 'maps', 'importer.svg'), 'utf8')).toContain('Mariana');
    expect(statSync(join(cwd, 'out', 'maps', 'plain.svg')).mtimeMs).toBe(plain);
    expect(await run.stop()).toBe(0);
  }, 30_000);

  it('a change to a file no journey read (the theme) rebuilds every journey', async () => {
    const cwd = tempProject({
      'brand.yaml': 'extends: default\ncolors: { accent: "#f2a900" }\n',
      'maps/a.journey.yaml': VALID_JOURNEY,
      'maps/b.journey.yaml': VALID_JOURNEY,
    });
    const run = start(['build', '--watch', '-f', 'svg', '--theme', 'brand.yaml'], cwd);
    await run.waitFor(/watching/);
    const mark = run.stderr().length;
    renameSave(join(cwd, 'brand.yaml'), 'extends: default\ncolors: { accent: "#0b3d2e" }\n', '.brand.yaml.tmp');
    await run.waitFor(/\[watch\] 2 journeys: wrote 2 files/, mark);
    for (const name of ['a', 'b']) expect(readFileSync(join(cwd, 'out', 'maps', `${name}.svg`), 'utf8')).toContain('#0b3d2e');
    expect(await run.stop()).toBe(0);
  }, 30_000);

  it('builds a journey in a new folder; a deleted journey leaves the preview index', async () => {
    const cwd = tempProject({
      'maps/a.journey.yaml': VALID_JOURNEY,
      'maps/gone.journey.yaml': VALID_JOURNEY.replace('Test journey', 'Gone'),
    });
    const run = start(['build', '--watch', '--serve', '0', '-f', 'svg,html'], cwd);
    const [, url] = await run.waitFor(/serving .* at (http:\/\/127\.0\.0\.1:\d+\/)/);
    await run.waitFor(/watching/);
    const index = async () => (await fetch(url ?? '')).text();
    expect(await index()).toContain('href="/maps/gone.html"');

    let mark = run.stderr().length;
    mkdirSync(join(cwd, 'maps', 'team', 'north'), { recursive: true });
    writeFileSync(join(cwd, 'maps', 'team', 'north', 'new.journey.yaml'), VALID_JOURNEY.replace('Test journey', 'Brand new'));
    await run.waitFor(/\[watch\] 1 journey: wrote 2 files/, mark);
    expect(readFileSync(join(cwd, 'out', 'maps', 'team', 'north', 'new.svg'), 'utf8')).toContain('Brand new');
    expect(await index()).toContain('href="/maps/team/north/new.html"');

    mark = run.stderr().length;
    unlinkSync(join(cwd, 'maps', 'gone.journey.yaml'));
    await run.waitFor(/\[watch\] 0 journeys: wrote 0 files/, mark);
    const after = await index();
    expect(after).not.toContain('gone');
    expect(after).toContain('href="/maps/a.html"');
    expect(await run.stop()).toBe(0);
  }, 30_000);
});
