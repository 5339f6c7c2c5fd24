import { expect, it } from 'vitest';
import * as z from 'zod/mini';
import { BUILTIN_LANES } from '../model/journey.js';
import { laneSchema } from './lanes.js';

it('the schema accepts every built-in lane of the IR by name, and no other name', () => {
  for (const id of BUILTIN_LANES) expect(z.safeParse(laneSchema, id).success, id).toBe(true);
  expect(z.safeParse(laneSchema, 'swimlanes').success).toBe(false);
  expect(BUILTIN_LANES).toHaveLength(17);
});
