// A build killed mid-write leaves temporaries of our own naming; the next build into that folder
// removes them, and nothing else. A journey's outputs are written as a set: every temporary
// first, then the renames, so a write that fails part-way leaves the old set untouched.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WriteSetError, writeFilesAtomic } from '../../src/project/atomic-write.js';
import { runCli, tempProject, VALID_JOURNEY } from '../support/run-cli.js';

/** The id of a process that has exited (a child we waited for). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

/** A folder's entries, the run's manifest of outputs aside. */
const entries = (dir: string): string[] => readdirSync(dir).filter((n) => n !== '.journeymap-manifest.json');

const HOUR_AGO = new Date(Date.now() - 3_600_000);
const IN_AN_HOUR = new Date(Date.now() + 3_600_000);

describe('stale temporaries', () => {
  it('a build removes the old temporaries of dead runs in the folders it writes, and nothing else', () => {
    const dead = deadPid();
    const cwd = tempProject({ 'a.journey.yaml': VALID_JOURNEY });
    const out = join(cwd, 'out');
    mkdirSync(join(out, 'sub'), { recursive: true });
    const files: Record<string, Date> = {
      [`.a.svg.journeymap-${dead}-k3j9x0ab.tmp`]: HOUR_AGO, // stale: removed
      [`.gone.pdf.journeymap-${dead}-zz.tmp`]: HOUR_AGO, // stale, any name: removed
      [`.a.svg.journeymap-${process.pid}-live0001.tmp`]: HOUR_AGO, // a live process's: kept
      [`.a.svg.journeymap-${dead}-future01.tmp`]: IN_AN_HOUR, // newer than the run: kept
      [`.a.svg.${dead}.oldstyle.tmp`]: HOUR_AGO, // not our naming: kept
      'notes.tmp': HOUR_AGO,
      [`a.svg.journeymap-${dead}-nodot.tmp`]: HOUR_AGO, // no leading dot: not ours
      [`.a.svg.journeymap-${dead}-x.tmp.bak`]: HOUR_AGO,
    };
    for (const [name, time] of Object.entries(files)) {
      writeFileSync(join(out, name), 'partial');
      utimesSync(join(out, name), time, time);
    }
    // A folder with our naming is never removed, nor a temporary in a folder the run does not write.
    mkdirSync(join(out, `.d.svg.journeymap-${dead}-dir.tmp`));
    writeFileSync(join(out, 'sub', `.b.svg.journeymap-${dead}-other.tmp`), 'partial');
    utimesSync(join(out, 'sub', `.b.svg.journeymap-${dead}-other.tmp`), HOUR_AGO, HOUR_AGO);

    const r = runCli(['build', 'a.journey.yaml', '-f', 'svg'], { cwd });
    expect(r.status).toBe(0);
    expect(entries(out).sort()).toEqual(
      [
        ...Object.keys(files).filter((n) => !n.includes('k3j9x0ab') && !n.startsWith('.gone')),
        `.d.svg.journeymap-${dead}-dir.tmp`,
        'a.svg',
        'sub',
      ].sort(),
    );
    expect(readdirSync(join(out, 'sub'))).toEqual([`.b.svg.journeymap-${dead}-other.tmp`]);
  });

  it('temporaries are named .<name>.journeymap-<pid>-<suffix>.tmp beside the output', () => {
    const dir = tempProject();
    // A folder where the output should go makes the rename fail after the temporary was written.
    mkdirSync(join(dir, 'a.svg', 'inside'), { recursive: true });
    let error: unknown;
    try {
      writeFilesAtomic([{ path: join(dir, 'a.svg'), bytes: Buffer.from('x') }]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WriteSetError);
    expect((error as WriteSetError).path).toBe(join(dir, 'a.svg'));
    expect(readdirSync(dir).filter((n) => n !== '.git')).toEqual(['a.svg']);
  });
});

describe('a journey writes all its outputs or none', () => {
  it('when one file of the set cannot be written, the others keep their old bytes', () => {
    const dir = tempProject();
    const svg = join(dir, 'out', 'a.svg');
    writeFilesAtomic([{ path: svg, bytes: Buffer.from('old svg') }]);
    writeFileSync(join(dir, 'blocker'), 'a file, not a folder');
    expect(() =>
      writeFilesAtomic([
        { path: svg, bytes: Buffer.from('new svg') },
        { path: join(dir, 'blocker', 'a.html'), bytes: Buffer.from('new html') },
      ]),
    ).toThrow(WriteSetError);
    expect(readFileSync(svg, 'utf8')).toBe('old svg');
    expect(readdirSync(join(dir, 'out'))).toEqual(['a.svg']);
  });

  it('through the CLI: a plugin output whose temporary cannot be created leaves the old SVG in place', () => {
    // An extension so long that a.<ext> fits a file name (255 bytes) but its temporary does not.
    const extension = 'x'.repeat(230);
    const cwd = tempProject({
      'a.journey.yaml': VALID_JOURNEY,
      'p.mjs': `export default { apiVersion: 1, renderers: [{ format: 'long', extension: '${extension}', mediaType: 'text/plain', render: async () => 'long' }] };\n`,
    });
    expect(runCli(['build', 'a.journey.yaml', '-f', 'svg'], { cwd }).status).toBe(0);
    const old = readFileSync(join(cwd, 'out', 'a.svg'));
    writeFileSync(join(cwd, 'a.journey.yaml'), VALID_JOURNEY.replace('Test journey', 'Renamed journey'));
    const r = runCli(['build', 'a.journey.yaml', '-f', 'svg,long', '--plugin', './p.mjs'], { cwd });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`journeymap: error: cannot write out/a.${extension}: ENAMETOOLONG (so none of its 2 outputs was written)`);
    expect(readFileSync(join(cwd, 'out', 'a.svg')).equals(old)).toBe(true);
    expect(entries(join(cwd, 'out'))).toEqual(['a.svg']);
  });
});
