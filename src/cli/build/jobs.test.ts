import { describe, expect, it } from 'vitest';
import { UsageError } from '../usage-error.js';
import { jobCount, PARALLEL_THRESHOLD, parseJobs } from './jobs.js';

describe('--jobs', () => {
  it('defaults to the cores only from the threshold up, and never exceeds the journeys', () => {
    const heavy = ['svg', 'pdf', 'html', 'png'];
    expect(jobCount(undefined, { journeys: PARALLEL_THRESHOLD - 1, formats: heavy }, 8)).toBe(1);
    expect(jobCount(undefined, { journeys: PARALLEL_THRESHOLD, formats: heavy }, 4)).toBe(4);
    expect(jobCount(undefined, { journeys: 100, formats: heavy }, 1)).toBe(1);
    expect(jobCount(6, { journeys: 3, formats: heavy }, 8)).toBe(3);
    expect(jobCount(2, { journeys: 3, formats: heavy }, 1)).toBe(2);
  });

  it('stays on the main thread when the work is too light to pay for workers', () => {
    expect(jobCount(undefined, { journeys: 120, formats: ['svg'] }, 2)).toBe(1);
    expect(jobCount(undefined, { journeys: 120, formats: ['svg', 'pdf', 'html'] }, 2)).toBe(2);
    expect(jobCount(4, { journeys: 120, formats: ['svg'] }, 2)).toBe(4);
  });

  it('accepts whole numbers from 1 and refuses the rest as usage errors', () => {
    expect(parseJobs(undefined)).toBeUndefined();
    expect(parseJobs('3')).toBe(3);
    for (const bad of ['0', '-2', '1.5', 'x', '', '1000']) expect(() => parseJobs(bad)).toThrow(UsageError);
  });
});
