import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findOutputCollisions } from './output-paths.js';
import { resolveInputs } from './resolve-inputs.js';

let dir = '';
beforeAll(() => {
  dir = realpathSync(mkdtempSync(join(tmpdir(), 'jm-inputs-')));
  for (const file of [
    'maps/a.journey.yaml',
    'maps/sub/b.journey.yml',
    'maps/ci.yaml',
    'maps/node_modules/x.journey.yaml',
    'maps/.hidden/y.journey.yaml',
    'other/a.journey.yaml',
    'other/a.journey.yml',
    'loose.yaml',
  ]) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), 'title: x\n');
  }
});

describe('resolveInputs', () => {
  it('finds only journey files under a folder, mirroring paths from the output base, not from the folder', async () => {
    const { inputs, errors } = await resolveInputs(['maps'], dir, dir);
    expect(errors).toEqual([]);
    expect(inputs.map((i) => [i.display, i.outputStem])).toEqual([
      ['maps/a.journey.yaml', 'maps/a'],
      ['maps/sub/b.journey.yml', 'maps/sub/b'],
    ]);
  });

  it('compiles an explicit file whatever its name, and names stdin', async () => {
    const { inputs } = await resolveInputs(['loose.yaml', '-'], dir, dir);
    expect(inputs.map((i) => [i.display, i.outputStem])).toEqual([
      ['loose.yaml', 'loose'],
      ['<stdin>', 'stdin'],
    ]);
  });

  it('expands globs relative to their static base and dedupes', async () => {
    const { inputs } = await resolveInputs(['maps/**/*.journey.*', 'maps/a.journey.yaml'], dir, dir);
    expect(inputs.map((i) => i.outputStem)).toEqual(['maps/a', 'maps/sub/b']);
  });

  it('reports a missing path as an error and display paths stay root-relative from a sub-folder', async () => {
    const { inputs, errors } = await resolveInputs(['a.journey.yaml', 'nope'], join(dir, 'maps'), dir);
    expect(inputs.map((i) => i.display)).toEqual(['maps/a.journey.yaml']);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('nope');
  });

  it('names an explicit file, a folder and a glob the same way; from a sub-folder, by the output base', async () => {
    for (const paths of [['maps/sub/b.journey.yml'], ['maps/sub'], ['maps/*/b.journey.yml']]) {
      expect((await resolveInputs(paths, dir, dir)).inputs.map((i) => i.outputStem)).toEqual(['maps/sub/b']);
    }
    const fromSub = await resolveInputs(['sub/b.journey.yml'], join(dir, 'maps'), dir, dir);
    expect(fromSub.inputs.map((i) => i.outputStem)).toEqual(['maps/sub/b']);
    // Without an output base the working directory is the base; a file above it keeps its name.
    expect((await resolveInputs(['sub/b.journey.yml'], join(dir, 'maps'), dir)).inputs[0]?.outputStem).toBe('sub/b');
    expect((await resolveInputs(['../other/a.journey.yaml'], join(dir, 'maps'), dir)).inputs[0]?.outputStem).toBe('a');
  });

  it('flags two inputs that would write the same output', async () => {
    const { inputs } = await resolveInputs(['other/a.journey.yaml', 'other/a.journey.yml'], dir, dir);
    expect(findOutputCollisions(inputs)).toEqual([
      'other/a.journey.yaml and other/a.journey.yml would write the same output "other/a"',
    ]);
    expect(findOutputCollisions((await resolveInputs(['maps', 'other/a.journey.yaml'], dir, dir)).inputs)).toEqual([]);
  });
});
