import { describe, expect, it } from 'vitest';
import { en } from '../words/en.js';
import { formatDuration } from './format-duration.js';

describe('formatDuration', () => {
  it.each([
    [0, '0 min'],
    [0.25, '0.3 s'],
    [45, '45 s'],
    [90, '1 min 30 s'],
    [2700, '45 min'],
    [5400, '1 h 30 min'],
    [3599.6, '1 h'], // 59 min 59.6 s rounds into the next unit
    [3 * 3600, '3 h'],
    [86_400 * 2, '2 d'],
    [86_400 * 9, '9 d'], // 1w2d: weeks read as days
    [86_400 + 23 * 3600 + 59 * 60, '2 d'],
    [86_400 + 2 * 3600 + 29 * 60, '1 d 2 h'],
    [1.5 * 3600, '1 h 30 min'], // decimals as written: 1.5h
  ])('%s s reads "%s"', (seconds, text) => {
    expect(formatDuration(seconds, en)).toBe(text);
  });
});
