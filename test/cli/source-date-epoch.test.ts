// SOURCE_DATE_EPOCH through the built CLI: the PDF's CreationDate and ModDate (read back by
// poppler's pdfinfo) follow it, on the main thread and on --jobs workers; absent, 2000-01-01.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfInfo, writeTemp } from '../pdf/pdf-tools.js';
import { skipWithout } from '../support/consumers.js';
import { runCli, tempProject, VALID_JOURNEY } from '../support/run-cli.js';

/** pdfinfo's CreationDate and ModDate as ISO strings. */
function dates(file: string): [string | undefined, string | undefined] {
  const info = pdfInfo(file, ['-isodates']);
  return [info.CreationDate, info.ModDate];
}

describe.skipIf(skipWithout('pdfinfo'))('SOURCE_DATE_EPOCH', () => {
  const cwd = tempProject({ 'a.journey.yaml': VALID_JOURNEY, 'b.journey.yaml': VALID_JOURNEY });

  it.each([
    [undefined, '2000-01-01T00:00:00Z'],
    ['1700000000', '2023-11-14T22:13:20Z'],
    ['1234567890', '2009-02-13T23:31:30Z'],
  ])('SOURCE_DATE_EPOCH=%s dates the PDF %s', (epoch, iso) => {
    const env: Record<string, string> = epoch === undefined ? {} : { SOURCE_DATE_EPOCH: epoch };
    const r = runCli(['build', 'a.journey.yaml', '-f', 'pdf', '-o', '-'], { cwd, env });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(dates(writeTemp(r.stdoutBytes))).toEqual([iso, iso]);
  });

  it('holds for every journey of a run on worker threads (--jobs 2)', () => {
    const r = runCli(['build', '.', '-f', 'pdf', '-o', 'out', '--jobs', '2'], { cwd, env: { SOURCE_DATE_EPOCH: '1700000000' } });
    expect(r.status).toBe(0);
    for (const name of ['a', 'b']) expect(dates(join(cwd, 'out', `${name}.pdf`))).toEqual(['2023-11-14T22:13:20Z', '2023-11-14T22:13:20Z']);
  });

  it('a value that is not whole seconds is a usage error (exit 2), one line', () => {
    const r = runCli(['build', 'a.journey.yaml', '-f', 'pdf', '-o', '-'], { cwd, env: { SOURCE_DATE_EPOCH: '17e8' } });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual(['journeymap: error: SOURCE_DATE_EPOCH must be a whole number of seconds; got "17e8"']);
  });
});
