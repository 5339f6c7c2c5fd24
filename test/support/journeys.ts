// Test helpers shared by every engineer: a rich sample Journey (all lanes, 2 personas, KPIs,
// moments of truth, a custom lane) and a fast-check arbitrary of valid Journeys. Builds the IR
// directly, so tests do not depend on the YAML front end.
import fc from 'fast-check';
import { findHandoffs } from '../../src/model/find-handoffs.js';
import type { BuiltinLaneId, Journey, Kpi, Lane, Persona, Stage, Touchpoint } from '../../src/model/journey.js';
import { BUILTIN_LANES } from '../../src/model/journey.js';
import { kpiMet } from '../../src/model/kpi-met.js';

/** A built-in lane as the loader makes it: no title of its own (the view's words name it). */
export const builtinLane = (id: BuiltinLaneId): Lane => ({ kind: 'builtin', id });

export function persona(id: string, name: string, extra: Partial<Persona> = {}): Persona {
  return { id, name, goals: [], needs: [], frustrations: [], implicit: false, ...extra };
}

export function kpi(name: string, extra: Partial<Kpi> = {}): Kpi {
  const k: Kpi = { name, better: 'higher', ...extra };
  const met = kpiMet(k.value, k.target, k.better);
  return met === undefined ? k : { ...k, met };
}

export function touchpoint(stageId: string, id: string, name: string, extra: Partial<Touchpoint> = {}): Touchpoint {
  return {
    id,
    name,
    stageId,
    personas: ['maria', 'tom'],
    emotion: {},
    pains: [],
    opportunities: [],
    systems: [],
    critical: false,
    evidence: 'assumption',
    kpis: [],
    fields: {},
    fails: [],
    ...extra,
  };
}

const tp = touchpoint;

/** A first-grocery-order journey using every lane, both personas, and journey/stage/touchpoint KPIs. */
export const sampleJourney: Journey = {
  file: 'maps/first-order.journey.yaml',
  handoffs: [],
  title: 'First grocery order',
  description: 'From first ad to the second order, for new app customers in the Lyon pilot area.',
  state: 'current',
  owner: 'CX team',
  updated: '2026-11-01',
  tags: ['e-commerce', 'mobile', 'pilot'],
  personas: [
    persona('maria', 'Maria, busy parent', {
      role: 'Project manager',
      age: 38,
      color: '#d9480f',
      goals: ['Save time'],
      image: 'images/maria.png',
    }),
    persona('tom', 'Tom, student'),
  ],
  channels: [
    { id: 'app', name: 'Mobile app', kind: 'digital', icon: 'mobile' },
    { id: 'store', name: 'Pick-up point', kind: 'physical', icon: 'store' },
    { id: 'support', name: 'Support chat', kind: 'human', icon: 'chat' },
    { id: 'social', name: 'Instagram', kind: 'digital', icon: 'social' },
  ],
  lanes: [...BUILTIN_LANES.map(builtinLane), { kind: 'custom', id: 'risks', title: 'Risks' }],
  kpis: [kpi('NPS', { value: 31, target: 45, baseline: 24 }), kpi('Second order within 30 days', { value: 42, target: 40, unit: '%' })],
  stages: [
    {
      id: 'awareness',
      name: 'Awareness',
      objective: 'Be the first app she thinks of for groceries.',
      kpis: [kpi('Ad click-through rate', { value: 1.8, target: 2.5, unit: '%', source: 'Ad platform, Oct 2026' })],
      touchpoints: [
        tp('awareness', 'sees-friends-post', "Sees a friend's post", { emotion: { maria: 0.5, tom: 1 } }),
        tp('awareness', 'sees-ad', 'Sees an Instagram ad', {
          channel: { id: 'social', name: 'Instagram', icon: 'social' },
          personas: ['maria'],
          action: 'Scrolls, taps the ad',
          thought: 'Do they deliver to my area?',
          emotion: { maria: 1 },
          pains: ['Ad does not say the delivery area'],
          opportunities: ['Show the postcode check in the ad'],
          frontstage: 'Ad creative, landing page',
          backstage: 'Campaign targeting by postcode',
          owner: 'Marketing',
          systems: ['Ad platform', 'CMS'],
          evidence: 'data',
          link: 'https://example.com/campaign',
          notes: 'Seen in 6 of 8 interviews.',
          kpis: [kpi('Bounce rate', { value: 62, target: 40, unit: '%', better: 'lower' })],
          fields: { risks: 'Ad fatigue after two weeks' },
        }),
      ],
    },
    {
      id: 'onboarding',
      name: 'Sign-up & first basket',
      objective: 'Get from install to a filled basket in under five minutes.',
      kpis: [
        kpi('Install → basket conversion', { value: 34, target: 30, unit: '%' }),
        kpi('Median time to basket', { value: 7.5, target: 5, unit: 'min', better: 'lower' }),
      ],
      touchpoints: [
        tp('onboarding', 'installs-app', 'Installs the app', {
          channel: { id: 'app', name: 'Mobile app', icon: 'mobile' },
          action: 'Downloads from the store, opens it',
          thought: 'Another account to create…',
          emotion: { maria: 0, tom: 0.5 },
          pains: ['Mandatory account before browsing'],
          opportunities: ['Guest browsing', 'Sign in with Apple/Google'],
          frontstage: 'Onboarding screens',
          backstage: 'Account service, CRM sync',
          owner: 'Product',
          systems: ['Auth service'],
          evidence: 'research',
        }),
        tp('onboarding', 'fills-basket', 'Fills the basket from suggestions and recipes', {
          channel: { id: 'app', name: 'Mobile app', icon: 'mobile' },
          action: 'Picks suggested staples, adds a recipe bundle',
          thought: 'Nice, it already knows what a family needs.',
          emotion: { maria: 1.5, tom: 1 },
          opportunities: ['Save the basket as a weekly list'],
          frontstage: 'Recommendations carousel',
          backstage: 'Recommendation engine (cold start rules)',
          owner: 'Product',
          systems: ['Catalogue', 'Recommendations'],
          evidence: 'data',
          kpis: [kpi('Items per first basket', { value: 23, target: 20 })],
        }),
        tp('onboarding', 'chooses-slot', 'Chooses a delivery slot', {
          channel: { id: 'app', name: 'Mobile app', icon: 'mobile' },
          action: 'Looks for an evening slot this week',
          thought: 'Why is everything full until Thursday?',
          emotion: { maria: -1.5, tom: -0.5 },
          pains: ['Evening slots sold out', 'Slot price shown only at the end'],
          opportunities: ['Show slot availability before the basket'],
          frontstage: 'Slot picker',
          backstage: 'Capacity planning per van and zone',
          owner: 'Logistics',
          systems: ['Slot service', 'Route planner'],
          critical: true,
        }),
      ],
    },
    {
      id: 'checkout',
      name: 'Checkout',
      kpis: [],
      touchpoints: [
        tp('checkout', 'pays', 'Pays', {
          channel: { name: 'Card payment', icon: 'card' },
          personas: ['maria'],
          action: 'Enters card, confirms with 3-D Secure',
          thought: 'Please do not time out now.',
          emotion: { maria: -2 },
          pains: ['3-D Secure redirect loses the basket on slow networks'],
          frontstage: 'Payment page',
          backstage: 'Payment provider, fraud scoring',
          owner: 'Payments',
          systems: ['PSP'],
          critical: true,
          evidence: 'data',
          kpis: [kpi('Payment success', { value: 91, target: 97, unit: '%' })],
        }),
        tp('checkout', 'gets-confirmation', 'Gets the order confirmation', {
          channel: { name: 'Email', icon: 'email' },
          emotion: { maria: 1, tom: 1 },
          frontstage: 'Confirmation email and push',
          backstage: 'Order management',
          owner: 'CRM',
          systems: ['ESP'],
          notes: 'Email arrives within a minute in 98% of cases.',
        }),
      ],
    },
    {
      id: 'delivery',
      name: 'Delivery',
      objective: 'On time, complete, no surprises.',
      kpis: [kpi('On-time delivery', { value: 93, target: 95, unit: '%' })],
      touchpoints: [
        tp('delivery', 'tracks-van', 'Tracks the van', {
          channel: { id: 'app', name: 'Mobile app', icon: 'mobile' },
          emotion: { maria: 0.5, tom: 1 },
          opportunities: ['Live ETA with a 15-minute window'],
          systems: ['Route planner'],
        }),
        tp('delivery', 'receives-order', 'Receives the order with a substitution', {
          channel: { name: 'Driver', icon: 'truck' },
          action: 'Checks bags at the door',
          thought: 'I did not approve that substitution!',
          emotion: { maria: -1, tom: 0 },
          pains: ['Substitutions she did not approve'],
          opportunities: ['Ask before substituting (push with one-tap approve)'],
          frontstage: 'Driver hand-over',
          backstage: 'Picking in the dark store, substitution rules',
          owner: 'Operations',
          critical: true,
          evidence: 'research',
          fields: { risks: 'Churn after first bad substitution' },
        }),
        tp('delivery', 'contacts-support', 'Contacts support about a missing item', {
          channel: { id: 'support', name: 'Support chat', icon: 'chat' },
          personas: ['tom'],
          emotion: { tom: -1 },
          owner: 'Customer service',
          systems: ['Zendesk'],
        }),
      ],
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// A fast-check arbitrary of valid Journeys, with hostile text: long words, unicode, emoji, empty
// strings, markup, control characters.

const nastyText = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 60 }) },
  { weight: 2, arbitrary: fc.lorem({ maxCount: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(3),
      '<script>alert(1)</script>',
      '"&\'',
      ']]>',
      '😀🎉👩‍👩‍👧 emoji',
      'a\u0000b\u0007c\uFFFE',
      '日本語のテキストはとても長いです。日本語のテキスト',
      'line\nbreak\r\nmore',
    ),
  },
);
const name = nastyText.map((s) => (s.trim() === '' ? 'x' : s));
const emotionValue = fc.integer({ min: -200, max: 200 }).map((n) => n / 100);

const arbKpi: fc.Arbitrary<Kpi> = fc
  .record({
    name,
    value: fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: undefined }),
    target: fc.option(fc.integer({ min: -1000, max: 1000 }), { nil: undefined }),
    unit: fc.option(fc.constantFrom('%', 'min', 'pts', '€'), { nil: undefined }),
    better: fc.constantFrom<'higher' | 'lower'>('higher', 'lower'),
    // Language 1.1 `data`: a series read from a file (then value is its latest point).
    series: fc.option(fc.array(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 30 }), { nil: undefined }),
  })
  .map(({ name: n, series, ...rest }) => {
    const fields = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) as Partial<Kpi>;
    if (!series) return kpi(n, fields);
    const points = series.map((value, i) => ({ date: `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, value }));
    return kpi(n, {
      ...fields,
      value: points.at(-1)!.value,
      baseline: points[0]!.value,
      series: { file: 'data/gen sheet.csv', column: 'value', points },
    });
  });

export interface JourneyArbitraryOptions {
  readonly maxStages?: number;
  readonly maxTouchpoints?: number;
  readonly maxPersonas?: number;
}

export function journeyArbitrary(options: JourneyArbitraryOptions = {}): fc.Arbitrary<Journey> {
  const maxStages = options.maxStages ?? 8;
  const maxTps = options.maxTouchpoints ?? 4;
  const maxPersonas = options.maxPersonas ?? 7;
  return fc
    .record({
      title: name,
      description: fc.option(nastyText, { nil: undefined }),
      state: fc.constantFrom<'current' | 'future'>('current', 'future'),
      owner: fc.option(nastyText, { nil: undefined }),
      tags: fc.array(name, { maxLength: 6 }),
      personaNames: fc.array(name, { minLength: 1, maxLength: maxPersonas }),
      kpis: fc.array(arbKpi, { maxLength: 3 }),
      laneIds: fc.shuffledSubarray([...BUILTIN_LANES], { minLength: 1 }),
      custom: fc.boolean(),
      stages: fc.array(
        fc.record({
          name,
          objective: fc.option(nastyText, { nil: undefined }),
          kpis: fc.array(arbKpi, { maxLength: 3 }),
          touchpoints: fc.array(
            fc.record({
              name,
              channel: fc.option(
                fc.record({ name, icon: fc.option(fc.constantFrom('mobile', 'web', 'nope', 'store'), { nil: undefined }) }),
                { nil: undefined },
              ),
              personaMask: fc.array(fc.boolean(), { minLength: maxPersonas, maxLength: maxPersonas }),
              emotions: fc.array(fc.option(emotionValue, { nil: undefined }), { minLength: maxPersonas, maxLength: maxPersonas }),
              action: fc.option(nastyText, { nil: undefined }),
              thought: fc.option(nastyText, { nil: undefined }),
              pains: fc.array(nastyText, { maxLength: 3 }),
              opportunities: fc.array(nastyText, { maxLength: 3 }),
              frontstage: fc.option(nastyText, { nil: undefined }),
              backstage: fc.option(nastyText, { nil: undefined }),
              owner: fc.option(nastyText, { nil: undefined }),
              systems: fc.array(nastyText, { maxLength: 3 }),
              critical: fc.boolean(),
              evidence: fc.constantFrom<'assumption' | 'research' | 'data'>('assumption', 'research', 'data'),
              link: fc.option(fc.constantFrom('https://example.com/a?b=1&c="2"', 'mailto:x@example.com', 'javascript:alert(1)'), {
                nil: undefined,
              }),
              notes: fc.option(nastyText, { nil: undefined }),
              kpis: fc.array(arbKpi, { maxLength: 2 }),
              field: fc.option(nastyText, { nil: undefined }),
              // Language 1.1: time (from a second to months, so every unit and rounding shows),
              // failure points and recovery, a storyboard picture, a detail map.
              wait: fc.option(fc.double({ min: 0.5, max: 1e7, noNaN: true }), { nil: undefined }),
              duration: fc.option(fc.integer({ min: 1, max: 400_000 }), { nil: undefined }),
              fails: fc.array(nastyText, { maxLength: 3 }),
              recovery: fc.option(nastyText, { nil: undefined }),
              image: fc.option(fc.constantFrom('shots/wide.png', 'shots/tall.jpg', 'shots/screen.svg'), { nil: undefined }),
              map: fc.option(fc.constantFrom('maps/detail.journey.yaml', 'gen/sub dir/ä detail.journey.yaml'), { nil: undefined }),
            }),
            { maxLength: maxTps },
          ),
        }),
        { minLength: 1, maxLength: maxStages },
      ),
    })
    .map((r): Journey => {
      const personas = r.personaNames.map((n, i) => persona(`p${i}`, n, i === 2 ? { color: '#123456' } : {}));
      const ids = personas.map((p) => p.id);
      const stages: Stage[] = r.stages.map((s, si) => ({
        id: `s${si}`,
        name: s.name,
        ...(s.objective !== undefined ? { objective: s.objective } : {}),
        kpis: s.kpis,
        touchpoints: s.touchpoints.map((t, ti): Touchpoint => {
          const taking = ids.filter((_, i) => t.personaMask[i]);
          const tpPersonas = taking.length > 0 ? taking : ids;
          const emotion: Record<string, number> = {};
          tpPersonas.forEach((id) => {
            const v = t.emotions[ids.indexOf(id)];
            if (v !== undefined) emotion[id] = v;
          });
          const optional = Object.fromEntries(
            Object.entries({
              action: t.action,
              thought: t.thought,
              frontstage: t.frontstage,
              backstage: t.backstage,
              owner: t.owner,
              link: t.link,
              notes: t.notes,
              channel: t.channel && { name: t.channel.name, ...(t.channel.icon ? { icon: t.channel.icon } : {}) },
              wait: t.wait === undefined ? undefined : { seconds: t.wait, text: `${t.wait}s` },
              duration: t.duration === undefined ? undefined : { seconds: t.duration, text: `${t.duration}s` },
              recovery: t.recovery,
              image: t.image,
              map: t.map,
            }).filter(([, v]) => v !== undefined),
          );
          return touchpoint(`s${si}`, `s${si}-t${ti}`, t.name, {
            ...optional,
            personas: tpPersonas,
            emotion,
            pains: t.pains,
            opportunities: t.opportunities,
            systems: t.systems,
            critical: t.critical,
            evidence: t.evidence,
            kpis: t.kpis,
            fields: t.field !== undefined && r.custom ? { extra: t.field } : {},
            fails: t.fails,
          });
        }),
      }));
      const lanes: Lane[] = [
        ...r.laneIds.map(builtinLane),
        ...(r.custom ? [{ kind: 'custom' as const, id: 'extra', title: 'Extra <lane> & "stuff"' }] : []),
      ];
      return {
        file: 'gen.journey.yaml',
        handoffs: findHandoffs(stages),
        title: r.title,
        ...(r.description !== undefined ? { description: r.description } : {}),
        state: r.state,
        ...(r.owner !== undefined ? { owner: r.owner } : {}),
        updated: '2026-01-31',
        tags: r.tags,
        personas,
        channels: [],
        lanes,
        kpis: r.kpis,
        stages,
      };
    });
}

/** A big journey for the performance test: stages x touchpoints x personas, every lane filled. */
export function largeJourney(stageCount: number, perStage: number, personaCount: number): Journey {
  const personas = Array.from({ length: personaCount }, (_, i) => persona(`p${i}`, `Persona number ${i + 1}`));
  const ids = personas.map((p) => p.id);
  const stages: Stage[] = Array.from({ length: stageCount }, (_, s) => ({
    id: `s${s}`,
    name: `Stage ${s + 1} with a moderately long name`,
    objective: 'An objective sentence that wraps over a couple of lines in the stage header.',
    kpis: [kpi(`Stage KPI ${s}`, { value: s * 3.5, target: 20, unit: '%' })],
    touchpoints: Array.from({ length: perStage }, (_, t) =>
      touchpoint(`s${s}`, `s${s}-t${t}`, `Touchpoint ${t + 1} of stage ${s + 1}`, {
        personas: ids,
        channel: { name: 'Mobile app', icon: 'mobile' },
        emotion: Object.fromEntries(ids.map((id, i) => [id, ((s + t + i) % 5) - 2])),
        action: 'Does something that takes a sentence or two to describe properly.',
        thought: 'Thinks something about it, in their own words.',
        pains: ['A pain point', 'Another, longer pain point that wraps'],
        opportunities: ['An opportunity'],
        frontstage: 'Frontstage text',
        backstage: 'Backstage text',
        owner: 'Team',
        systems: ['CRM', 'ERP'],
        critical: t === 3,
        kpis: [kpi('Conversion', { value: 12, target: 10, unit: '%' })],
        notes: 'Some notes.',
      }),
    ),
  }));
  return { ...sampleJourney, title: 'Large journey', personas, lanes: BUILTIN_LANES.map(builtinLane), stages };
}
