import { describe, expect, it } from 'vitest';
import { jobCount, PARALLEL_THRESHOLD, parseJobs } from './jobs.js';
import { UsageError } from './usage-error.js';

describe('--jobs', () => {
  it('defaults to the cores only from the threshold up, and never exceeds the journeys', () => {
    expect(jobCount(undefined, PARALLEL_THRESHOLD - 1, 8)).toBe(1);
    expect(jobCount(undefined, PARALLEL_THRESHOLD, 4)).toBe(4);
    expect(jobCount(undefined, 100, 1)).toBe(1);
    expect(jobCount(6, 3, 8)).toBe(3);
    expect(jobCount(2, 3, 1)).toBe(2);
  });

  it('accepts whole numbers from 1 and refuses the rest as usage errors', () => {
    expect(parseJobs(undefined)).toBeUndefined();
    expect(parseJobs('3')).toBe(3);
    for (const bad of ['0', '-2', '1.5', 'x', '', '1000']) expect(() => parseJobs(bad)).toThrow(UsageError);
  });
});
