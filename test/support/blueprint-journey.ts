// A journey using every language 1.1 field part A draws (wait, duration, fails, recovery, a storyboard
// picture, a detail map, handoffs, one risky), with the pictures it names, for the Scene and
// per-format tests. Builds the IR directly, like journeys.ts.
import { Resvg } from '@resvg/resvg-js';
import { findHandoffs } from '../../src/model/find-handoffs.js';
import type { Journey, Stage } from '../../src/model/journey.js';
import { BUILTIN_LANES } from '../../src/model/journey.js';
import type { Asset, AssetStore } from '../../src/render/renderer.js';
import { builtinLane, persona, touchpoint } from './journeys.js';

/** The storyboard picture's one colour: the PNG test finds it on the map. */
export const PICTURE_COLOR = '#00c853';

const picture = (width: number, height: number): Uint8Array =>
  new Resvg(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="${width}" height="${height}" fill="${PICTURE_COLOR}"/></svg>`,
  )
    .render()
    .asPng();

/** 1600x1200 px: far more than a 176 px cell shows. */
export const BIG_PICTURE = picture(1600, 1200);

export const blueprintAssets: AssetStore = {
  get: (key: string): Asset | undefined => (key === 'shots/tracking.png' ? { bytes: BIG_PICTURE, mediaType: 'image/png' } : undefined),
};

const stages: Stage[] = [
  {
    id: 'order',
    name: 'Order',
    kpis: [],
    touchpoints: [
      touchpoint('order', 'browses', 'Browses', { owner: 'Web', duration: { seconds: 600, text: '10m' } }),
      touchpoint('order', 'pays', 'Pays', { owner: 'Web', wait: { seconds: 90, text: '90s' }, duration: { seconds: 180, text: '3m' } }),
    ],
  },
  {
    id: 'delivery',
    name: 'Delivery',
    kpis: [],
    touchpoints: [
      touchpoint('delivery', 'waits', 'Waits for the courier', {
        owner: 'Logistics',
        critical: true,
        wait: { seconds: 86_400, text: '1d' },
        fails: ['Courier cannot find the door'],
        image: 'shots/tracking.png',
        map: 'details/door.journey.yaml',
        link: 'https://example.com/tracking',
      }),
      touchpoint('delivery', 'receives', 'Receives the parcel', {
        owner: 'Logistics',
        wait: { seconds: 5_400, text: '1h30m' },
        duration: { seconds: 120, text: '2m' },
        fails: ['Wrong parcel'],
        recovery: 'Courier swaps it the same day',
      }),
      touchpoint('delivery', 'rates', 'Rates the delivery', { owner: 'Customer care' }),
    ],
  },
];

/** At maps/delivery.journey.yaml, so the detail link climbs one folder: ../details/door. */
export const blueprintJourney: Journey = {
  file: 'maps/delivery.journey.yaml',
  title: 'Delivery blueprint',
  state: 'current',
  tags: [],
  personas: [persona('maria', 'Maria'), persona('tom', 'Tom')],
  channels: [],
  lanes: BUILTIN_LANES.map(builtinLane),
  kpis: [],
  stages,
  handoffs: findHandoffs(stages),
};
