import { describe, expect, it } from 'vitest';
import { parseDuration } from './duration.js';

describe('parseDuration', () => {
  it.each([
    ['90s', 90],
    ['45m', 2700],
    ['3h', 10_800],
    ['1h30m', 5400],
    ['2d', 172_800],
    ['1w2d', 777_600],
    ['1.5h', 5400],
  ])('reads %s as %i seconds', (text, seconds) => {
    expect(parseDuration(text)).toEqual({ seconds });
  });

  it.each([
    ['2 days', 'write 2d'],
    ['1 hour 30 minutes', 'write 1h30m'],
    ['-3h', 'a wait or duration is a length of time, e.g. 3h'],
    [5, 'add a unit: 5m (minutes), 5h, 5d or 5w'],
    ['5', 'add a unit: 5m, 5h or 5d'],
    ['soon', 'write a number with a unit, or several: 90s, 45m, 3h, 1h30m, 2d, 1w2d'],
  ])('refuses %s with the hint "%s"', (text, hint) => {
    expect(parseDuration(text)).toMatchObject({ hint });
  });
});
