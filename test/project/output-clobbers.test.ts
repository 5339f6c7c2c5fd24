// The clobber check compares outputs with inputs by real folder and by inode: a hard link, a
// symlinked folder or a second output of the same path is caught; distinct files are not.
import { linkSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordingHost } from '../../src/model/recording-host.js';
import { checkOutputs, findClobbers, inputsAmongOutputs } from '../../src/project/output-clobbers.js';
import { tempProject } from '../support/run-cli.js';

describe('findClobbers', () => {
  it('catches a hard link to an input, a path through a symlinked folder, and two equal outputs', () => {
    const dir = tempProject({ 'maps/a.journey.yaml': 'title: A\n' });
    mkdirSync(join(dir, 'out'));
    linkSync(join(dir, 'maps/a.journey.yaml'), join(dir, 'out/linked.svg'));
    symlinkSync(join(dir, 'maps'), join(dir, 'via'));
    const input = { path: join(dir, 'maps/a.journey.yaml'), label: 'the journey' };
    expect(findClobbers([{ path: join(dir, 'out/linked.svg'), label: 'out/linked.svg' }], [input])).toEqual([
      'out/linked.svg would overwrite the journey, an input of this run',
    ]);
    expect(findClobbers([{ path: join(dir, 'via/a.journey.yaml'), label: 'via' }], [input])).toEqual([
      'via would overwrite the journey, an input of this run',
    ]);
    const twice = [
      { path: join(dir, 'out/new/x.svg'), label: 'first' },
      { path: join(dir, 'out/new/./x.svg'), label: 'second' },
    ];
    expect(findClobbers(twice, [input])).toEqual(['first and second would write the same file']);
    expect(
      findClobbers(
        [
          { path: join(dir, 'out/a.svg'), label: 'a' },
          { path: join(dir, 'out/a.pdf'), label: 'b' },
        ],
        [input],
      ),
    ).toEqual([]);
  });

  it('inputs found after compiling are looked up among the planned outputs', () => {
    const dir = tempProject({ 'lib.yaml': 'x: 1\n' });
    writeFileSync(join(dir, 'other.yaml'), 'y: 1\n');
    const { keys } = checkOutputs([{ path: join(dir, 'lib.yaml'), label: 'lib.yaml (the y of a)' }], []);
    expect(inputsAmongOutputs(keys, [{ path: join(dir, 'lib.yaml'), label: 'lib.yaml, read by b' }])).toEqual([
      'lib.yaml (the y of a) would overwrite lib.yaml, read by b, an input of this run',
    ]);
    expect(inputsAmongOutputs(keys, [{ path: join(dir, 'other.yaml'), label: 'other' }])).toEqual([]);
  });
});

describe('recordingHost', () => {
  it('records files read and images checked (also a bad image, which was read), not missing ones', () => {
    const files: Record<string, string> = { 'lib.yaml': 'x', 'pic.png': 'not a png' };
    const { host, inputs } = recordingHost({
      readFile: (p) => (p in files ? new TextEncoder().encode(files[p]) : undefined),
      checkImage: (p) =>
        p === 'pic.png' ? { problem: 'invalid', detail: 'not a PNG' } : p === 'ok.svg' ? {} : { problem: 'missing', detail: 'missing' },
    });
    host.readFile('lib.yaml');
    host.readFile('gone.yaml');
    host.checkImage?.('pic.png');
    host.checkImage?.('ok.svg');
    host.checkImage?.('gone.png');
    host.readFile('lib.yaml');
    expect(inputs()).toEqual(['lib.yaml', 'pic.png', 'ok.svg']);
  });
});
