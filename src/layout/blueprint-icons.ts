// Outline icons of the service blueprint marks (language 1.1), in a 16x16 box like the channel
// icons: hourglass (a wait), clock (a duration, elapsed time), arrow (a handoff), open-in (a detail
// map). Shapes only; placing is the caller's (iconNode in lanes/text-lanes.ts).
import type { PathCommand } from '../scene/scene.js';
import type { Icon } from './icons.js';
import { circlePath } from './shapes.js';

type P = PathCommand;
const M = (x: number, y: number): P => ({ op: 'M', x, y });
const L = (x: number, y: number): P => ({ op: 'L', x, y });
const C = (x1: number, y1: number, x2: number, y2: number, x: number, y: number): P => ({ op: 'C', x1, y1, x2, y2, x, y });

export const BLUEPRINT_ICONS = {
  hourglass: {
    commands: [
      M(3, 1.5),
      L(13, 1.5),
      M(3, 14.5),
      L(13, 14.5),
      M(4.5, 1.5),
      C(4.5, 6, 8, 6.5, 8, 8),
      C(8, 9.5, 4.5, 10, 4.5, 14.5),
      M(11.5, 1.5),
      C(11.5, 6, 8, 6.5, 8, 8),
      C(8, 9.5, 11.5, 10, 11.5, 14.5),
      M(6, 13),
      L(10, 13),
    ],
  },
  clock: { commands: [...circlePath(8, 8, 6.5), M(8, 4), L(8, 8), L(10.8, 9.8)] },
  arrow: { commands: [M(1.5, 8), L(13.5, 8), M(9.5, 4), L(13.5, 8), L(9.5, 12)] },
  detail: {
    commands: [M(9, 1.5), L(14.5, 1.5), L(14.5, 7), M(14.5, 1.5), L(7.5, 8.5), M(12, 10), L(12, 14.5), L(1.5, 14.5), L(1.5, 4), L(6, 4)],
  },
} as const satisfies Readonly<Record<string, Icon>>;
