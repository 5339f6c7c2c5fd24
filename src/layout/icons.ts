// The built-in channel icon set: outline icons as PathCommand[] in a 16x16 box, chosen by a
// channel's icon name, else its kind, else a generic dot. Shapes only; placing is the caller's.
import type { Channel, ChannelRef, Journey } from '../model/journey.js';
import type { PathCommand } from '../scene/scene.js';
import { circlePath } from './shapes.js';

type P = PathCommand;
const M = (x: number, y: number): P => ({ op: 'M', x, y });
const L = (x: number, y: number): P => ({ op: 'L', x, y });
const C = (x1: number, y1: number, x2: number, y2: number, x: number, y: number): P => ({ op: 'C', x1, y1, x2, y2, x, y });
const Z: P = { op: 'Z' };
const box = (x: number, y: number, w: number, h: number): P[] => [M(x, y), L(x + w, y), L(x + w, y + h), L(x, y + h), Z];

export interface Icon {
  readonly commands: readonly PathCommand[];
  /** Filled shapes (the dot) instead of outlines. */
  readonly filled?: boolean;
}

export const ICONS = {
  mobile: { commands: [...box(4, 1, 8, 14), M(7, 12.5), L(9, 12.5)] },
  web: { commands: [...box(1, 2, 14, 12), M(1, 5.5), L(15, 5.5), M(3, 3.8), L(4, 3.8)] },
  email: { commands: [...box(1, 3, 14, 10), M(1, 3), L(8, 9), L(15, 3)] },
  mail: { commands: [...box(1, 3, 14, 10), ...box(10.5, 5, 2.5, 3), M(3, 9), L(8, 9), M(3, 11), L(7, 11)] },
  phone: {
    commands: [
      M(4, 1.5),
      L(6.2, 1.5),
      L(7.2, 5),
      L(5.6, 6.2),
      C(6.5, 8.2, 7.8, 9.5, 9.8, 10.4),
      L(11, 8.8),
      L(14.5, 9.8),
      L(14.5, 12),
      C(14.5, 13.4, 13.4, 14.5, 12, 14.5),
      C(6.5, 14.5, 1.5, 9.5, 1.5, 4),
      C(1.5, 2.6, 2.6, 1.5, 4, 1.5),
      Z,
    ],
  },
  store: {
    commands: [
      M(1.5, 6),
      L(3, 2),
      L(13, 2),
      L(14.5, 6),
      Z,
      M(3, 6),
      L(3, 14.5),
      L(13, 14.5),
      L(13, 6),
      M(7, 14.5),
      L(7, 10),
      L(9.5, 10),
      L(9.5, 14.5),
    ],
  },
  chat: { commands: [M(1.5, 2.5), L(14.5, 2.5), L(14.5, 11), L(7.5, 11), L(4, 14), L(4, 11), L(1.5, 11), Z, M(4.5, 6.8), L(11.5, 6.8)] },
  social: {
    commands: [
      ...circlePath(4, 8, 2),
      ...circlePath(12, 3.5, 2),
      ...circlePath(12, 12.5, 2),
      M(5.8, 7),
      L(10.2, 4.5),
      M(5.8, 9),
      L(10.2, 11.5),
    ],
  },
  person: { commands: [...circlePath(8, 5, 3), M(2, 15), C(2, 11, 5, 9.5, 8, 9.5), C(11, 9.5, 14, 11, 14, 15)] },
  search: { commands: [...circlePath(6.8, 6.8, 4.8), M(10.3, 10.3), L(14.5, 14.5)] },
  cart: {
    commands: [
      M(1, 2),
      L(3.2, 2),
      L(5, 10),
      L(13, 10),
      L(14.5, 4.5),
      L(3.9, 4.5),
      ...circlePath(6, 13.2, 1.3),
      ...circlePath(12, 13.2, 1.3),
    ],
  },
  card: { commands: [...box(1, 3, 14, 10), M(1, 6.5), L(15, 6.5), M(3, 10.5), L(7, 10.5)] },
  truck: {
    commands: [
      ...box(1, 3.5, 9, 8),
      M(10, 6.5),
      L(13, 6.5),
      L(15, 9),
      L(15, 11.5),
      L(10, 11.5),
      ...circlePath(4, 12.5, 1.6),
      ...circlePath(12, 12.5, 1.6),
    ],
  },
  document: {
    commands: [M(3, 1), L(10, 1), L(13, 4), L(13, 15), L(3, 15), Z, M(10, 1), L(10, 4), L(13, 4), M(5, 8), L(11, 8), M(5, 11), L(11, 11)],
  },
  calendar: { commands: [...box(1.5, 3, 13, 11.5), M(1.5, 6.5), L(14.5, 6.5), M(5, 1.5), L(5, 4.5), M(11, 1.5), L(11, 4.5)] },
  video: { commands: [...box(1, 4, 10, 8), M(11, 7), L(15, 4.5), L(15, 11.5), L(11, 9)] },
  dot: { commands: circlePath(8, 8, 3), filled: true },
} as const satisfies Record<string, Icon>;

export type IconName = keyof typeof ICONS;

const isIconName = (name: string): name is IconName => Object.hasOwn(ICONS, name);

const BY_KIND: Readonly<Record<NonNullable<Channel['kind']>, IconName>> = {
  digital: 'web',
  physical: 'store',
  human: 'person',
  other: 'dot',
};

/** Icon for a touchpoint's channel: its icon name, else the channel's kind, else a dot. */
export function iconForChannel(channel: ChannelRef | Channel | undefined, journey: Journey): Icon {
  if (!channel) return ICONS.dot;
  const icon = channel.icon ?? journey.channels.find((c) => c.id === ('id' in channel ? channel.id : undefined))?.icon;
  if (icon !== undefined && isIconName(icon)) return ICONS[icon];
  const kind = journey.channels.find((c) => c.id === channel.id)?.kind;
  return kind ? ICONS[BY_KIND[kind]] : ICONS.dot;
}
