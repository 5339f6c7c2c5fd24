import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputStemOf } from '../project/output-paths.js';
import { detailHref, detailStem, outputStemOfFile } from './detail-link.js';

describe('detail links', () => {
  it('names the stem as the output paths do', () => {
    expect(outputStemOfFile('maps/a.journey.yaml')).toBe('maps/a');
    expect(outputStemOfFile('a.journey.yml')).toBe('a');
    expect(outputStemOfFile('x/notes.yaml')).toBe('x/notes');
    for (const file of ['a.journey.yaml', 'maps/a.journey.yaml', 'maps/deep/b.journey.yml']) {
      expect(outputStemOf('/p', join('/p', file))).toBe(outputStemOfFile(file));
    }
  });

  it.each([
    ['overview.journey.yaml', 'details/door.journey.yaml', 'details/door'],
    ['maps/delivery.journey.yaml', 'details/door.journey.yaml', '../details/door'],
    ['maps/delivery.journey.yaml', 'maps/door.journey.yaml', 'door'],
    ['a/b/c.journey.yaml', 'a/x/d.journey.yaml', '../x/d'],
    ['a/b/c.journey.yaml', 'd.journey.yaml', '../../d'],
    ['a.journey.yaml', 'a/a.journey.yaml', 'a/a'],
  ])('from %s to %s is %s', (from, to, stem) => {
    expect(detailStem(from, to)).toBe(stem);
  });

  it('encodes each segment of the href, keeping ../ and adding the format’s extension', () => {
    expect(detailHref('../sub dir/ä detail', 'html')).toBe('../sub%20dir/%C3%A4%20detail.html');
    expect(detailHref('javascript:alert(1)', 'svg')).toBe('javascript%3Aalert(1).svg');
  });
});
