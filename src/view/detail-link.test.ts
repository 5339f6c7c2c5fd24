import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputStemOf } from '../project/output-paths.js';
import { detailHref, detailStem, outputStemOfFile, siteOutputStem } from './detail-link.js';

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

  it('names a top-level index journey index-journey on a site, as build --site writes it', () => {
    expect(siteOutputStem('index')).toBe('index-journey');
    expect(siteOutputStem('maps/index')).toBe('maps/index');
    expect(detailStem('maps/overview.journey.yaml', 'index.journey.yaml', true)).toBe('../index-journey');
    expect(detailStem('maps/overview.journey.yaml', 'index.journey.yaml')).toBe('../index');
    expect(detailStem('index.journey.yaml', 'maps/index.journey.yaml', true)).toBe('maps/index');
    expect(detailStem('overview.journey.yaml', 'index.journey.yml', true)).toBe('index-journey');
  });

  it('encodes each segment of the href, keeping ../ and adding the format’s extension', () => {
    expect(detailHref('../sub dir/ä detail', 'html')).toBe('../sub%20dir/%C3%A4%20detail.html');
    expect(detailHref('javascript:alert(1)', 'svg')).toBe('javascript%3Aalert(1).svg');
  });
});
