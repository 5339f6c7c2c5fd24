// Hand-made Journey IR values for the browser tests: a rich two-persona journey and one whose
// every text field is hostile markup. Built directly (not from YAML) so these tests need only
// layout and the renderers.
import type { Journey } from '../../src/model/journey.js';
import { builtinLane, kpi, persona, touchpoint as tp } from '../support/journeys.js';

const LANES = (
  ['touchpoints', 'actions', 'thoughts', 'emotions', 'pains', 'opportunities', 'frontstage', 'backstage', 'kpis'] as const
).map(builtinLane);

export function sampleJourney(): Journey {
  return {
    file: 'maps/grocery.journey.yaml',
    handoffs: [],
    title: 'First grocery order',
    description: 'From first ad to the second order, for new app customers.',
    state: 'current',
    owner: 'CX team',
    updated: '2026-11-01',
    tags: ['e-commerce', 'mobile'],
    personas: [persona('maria', 'Maria, busy parent', { color: '#d9480f' }), persona('tom', 'Tom, student')],
    channels: [{ id: 'app', name: 'Mobile app', kind: 'digital', icon: 'mobile' }],
    lanes: LANES,
    kpis: [kpi('NPS', { value: 31, target: 45, baseline: 24 })],
    stages: [
      {
        id: 'awareness',
        name: 'Awareness',
        objective: 'Be the first app she thinks of for groceries.',
        kpis: [],
        touchpoints: [
          tp('awareness', 'sees-ad', 'Sees an Instagram ad', {
            personas: ['maria'],
            channel: { name: 'Instagram' },
            action: 'Scrolls, taps the ad',
            thought: 'Do they deliver to my area?',
            emotion: { maria: 1 },
            pains: ['Ad does not say the delivery area'],
            opportunities: ['Show the postcode check in the ad'],
            frontstage: 'Ad creative, landing page',
            backstage: 'Campaign targeting by postcode',
            systems: ['Ad platform', 'CMS'],
            evidence: 'data',
            link: 'https://example.com/campaign',
            notes: 'Seen in 6 of 8 interviews.',
            kpis: [kpi('Bounce rate', { value: 62, target: 40, unit: '%', better: 'lower' })],
          }),
          tp('awareness', 'friend-post', "Sees a friend's post", { personas: ['tom'], emotion: { tom: 0.5 }, action: 'Reads the post' }),
        ],
      },
      {
        id: 'signup',
        name: 'Sign-up',
        kpis: [],
        touchpoints: [
          tp('signup', 'installs', 'Installs the app', {
            channel: { id: 'app', name: 'Mobile app', icon: 'mobile' },
            action: 'Downloads and opens the app',
            thought: 'Another account to make…',
            emotion: { maria: -1, tom: 0 },
            pains: ['Long sign-up form'],
            notes: 'Drop-off is highest here.',
            kpis: [kpi('Install to account', { value: 71, target: 65, unit: '%' })],
          }),
        ],
      },
      {
        id: 'checkout',
        name: 'Checkout',
        kpis: [],
        touchpoints: [
          tp('checkout', 'pays', 'Pays', {
            critical: true,
            action: 'Enters card details',
            emotion: { maria: -2, tom: 1 },
            pains: ['Card declined once'],
            opportunities: ['Offer Apple Pay'],
            backstage: 'Payment provider',
            evidence: 'research',
            notes: 'Moment of truth for trust.',
          }),
        ],
      },
    ],
  };
}

/** Every text a user controls, set to markup and characters that break naive escaping. */
export const HOSTILE = `<img src=x onerror=alert(1)> <script>alert(2)</script> </script> "'& \u2028 end`;

export function hostileJourney(): Journey {
  const base = sampleJourney();
  const stages = base.stages.map((s) => ({
    ...s,
    name: `${s.name} ${HOSTILE}`,
    touchpoints: s.touchpoints.map((t) => ({
      ...t,
      name: `${t.name} ${HOSTILE}`,
      action: HOSTILE,
      thought: HOSTILE,
      notes: `Notes ${HOSTILE}`,
      pains: [HOSTILE],
      systems: [HOSTILE],
      channel: { name: HOSTILE },
      kpis: [kpi(HOSTILE, { value: 1, target: 2, unit: HOSTILE })],
    })),
  }));
  return {
    ...base,
    title: `Title ${HOSTILE}`,
    description: HOSTILE,
    owner: HOSTILE,
    tags: [HOSTILE],
    personas: base.personas.map((p) => ({ ...p, name: `${p.name} ${HOSTILE}` })),
    lanes: [...base.lanes, { kind: 'custom', id: 'quote', title: `Quote ${HOSTILE}` }],
    stages: stages.map((s) => ({ ...s, touchpoints: s.touchpoints.map((t) => ({ ...t, fields: { quote: HOSTILE } })) })),
  };
}
