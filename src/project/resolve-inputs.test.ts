import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
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
    expect(findOutputCollisions(inputs)).toEqual(['other/a.journey.yaml and other/a.journey.yml would write the same output "other/a"']);
    expect(findOutputCollisions((await resolveInputs(['maps', 'other/a.journey.yaml'], dir, dir)).inputs)).toEqual([]);
  });
});

describe('resolveInputs: nothing whose real path is outside the root', () => {
  // base/root is the project; base/secret.journey.yaml and base/elsewhere/ lie outside it.
  const base = realpathSync(mkdtempSync(join(tmpdir(), 'jm-confine-')));
  const root = join(base, 'root');
  mkdirSync(join(root, 'maps'), { recursive: true });
  mkdirSync(join(base, 'elsewhere'), { recursive: true });
  writeFileSync(join(base, 'secret.journey.yaml'), 'token: s3cret\n');
  writeFileSync(join(base, 'elsewhere/far.journey.yaml'), 'title: far\n');
  writeFileSync(join(root, 'maps/ok.journey.yaml'), 'title: ok\n');
  symlinkSync(join(base, 'secret.journey.yaml'), join(root, 'maps/leak.journey.yaml'));
  symlinkSync(join(root, 'maps/ok.journey.yaml'), join(root, 'maps/alias.journey.yaml'));
  symlinkSync(join(base, 'elsewhere'), join(root, 'linked'));
  const refusedOf = (inputs: readonly { display: string; refused?: { code: string; file?: string } }[]) =>
    inputs.map((i) => [i.display, i.refused?.code ?? 'read']);

  it('refuses a symlink out of the root that a glob matches, and keeps one inside', async () => {
    const { inputs, errors } = await resolveInputs(['maps/*.journey.yaml'], root, root);
    expect(errors).toEqual([]);
    expect(refusedOf(inputs)).toEqual([
      ['maps/alias.journey.yaml', 'read'],
      ['maps/leak.journey.yaml', 'path-outside-root'],
      ['maps/ok.journey.yaml', 'read'],
    ]);
    expect(inputs[1]?.refused).toMatchObject({ file: 'maps/leak.journey.yaml', severity: 'error' });
  });

  it('refuses the same from the config, a named symlink, and a linked folder', async () => {
    const config = await resolveInputs(['maps/*.journey.yaml'], root, root, root, { fromConfig: true });
    expect(refusedOf(config.inputs)[1]).toEqual(['maps/leak.journey.yaml', 'path-outside-root']);
    expect(refusedOf((await resolveInputs(['maps/leak.journey.yaml'], root, root)).inputs)).toEqual([
      ['maps/leak.journey.yaml', 'path-outside-root'],
    ]);
    expect(refusedOf((await resolveInputs(['linked'], root, root)).inputs)).toEqual([['linked/far.journey.yaml', 'path-outside-root']]);
    expect(refusedOf((await resolveInputs(['linked/*.yaml'], root, root)).inputs)).toEqual([
      ['linked/far.journey.yaml', 'path-outside-root'],
    ]);
  });

  it('reads what the command line names outside the root, but not from the config', async () => {
    expect(refusedOf((await resolveInputs(['../secret.journey.yaml'], root, root)).inputs)).toEqual([['../secret.journey.yaml', 'read']]);
    expect(refusedOf((await resolveInputs(['../elsewhere'], root, root)).inputs)).toEqual([['../elsewhere/far.journey.yaml', 'read']]);
    const fromConfig = await resolveInputs(['../secret.journey.yaml', '../elsewhere/*.yaml'], root, root, root, { fromConfig: true });
    expect(refusedOf(fromConfig.inputs)).toEqual([
      ['../secret.journey.yaml', 'path-outside-root'],
      ['../elsewhere/far.journey.yaml', 'path-outside-root'],
    ]);
  });
});
