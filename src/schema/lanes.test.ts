import { expect, it } from 'vitest';
import { BUILTIN_LANES } from '../model/journey.js';
import { BUILTIN_LANE_NAMES } from './lanes.js';

it('the schema knows the same built-in lanes, in the same order, as the IR', () => {
  expect([...BUILTIN_LANE_NAMES]).toEqual([...BUILTIN_LANES]);
});
