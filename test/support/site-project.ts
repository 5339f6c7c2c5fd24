// A small portfolio for the site tests: an overview whose touchpoint details a journey that details
// another (a breadcrumb two deep), a future state comparing with the overview, personas shared
// through an imported library, a KPI with a data series, a journey without `updated` (always
// stale) and a top-level journey named `index` (which must not clash with the site's index).
export const SITE_PROJECT: Record<string, string> = {
  'shared/people.yaml': `personas:
  - { id: ana, name: "Ana, buyer" }
  - { id: ben, name: "Ben, support agent" }
`,
  'data/nps.csv': 'date,value\n2026-01,25\n2026-02,28\n2026-03,30\n',
  'maps/overview.journey.yaml': `title: Order overview
owner: CX team
updated: 2026-01-10
tags: [orders]
imports: [../shared/people.yaml]
kpis:
  - { name: NPS, target: 40, data: ../data/nps.csv }
stages:
  - name: Browse
    touchpoints:
      - id: find
        name: Finds the product
        owner: Web
        evidence: research
        emotion: { ana: 1 }
        pains: [Slow search]
        opportunities: [Better filters]
        kpis: [{ name: Search success, value: 70, target: 80, unit: "%" }]
  - name: Deliver
    touchpoints:
      - id: receive
        name: Receives the parcel
        personas: [ana, ben]
        owner: Logistics
        emotion: { ana: -1, ben: 0 }
        pains: [Missed slot]
        map: ./detail/doorstep.journey.yaml
`,
  'maps/detail/doorstep.journey.yaml': `title: Doorstep handover
owner: Logistics
updated: 2026-02-01
imports: [../../shared/people.yaml]
stages:
  - name: Arrive
    touchpoints:
      - id: ring
        name: Rings the bell
        personas: [ana]
        owner: Logistics
        emotion: { ana: 0 }
        opportunities: [Text before arriving]
        map: ./door-code.journey.yaml
`,
  'maps/detail/door-code.journey.yaml': `title: Door code
owner: Logistics
stages:
  - name: Enter
    touchpoints:
      - id: code
        name: Types the door code
        pains: [Code is outdated]
`,
  'maps/future.journey.yaml': `title: Order overview, future
state: future
compare: ./overview.journey.yaml
owner: CX team
updated: 2026-03-01
tags: [orders, "2027"]
imports: [../shared/people.yaml]
stages:
  - name: Browse
    touchpoints:
      - id: find
        name: Finds the product fast
        owner: Web
        emotion: { ana: 2 }
        opportunities: [Saved searches]
`,
  'index.journey.yaml': `title: Sales pipeline
owner: Sales
updated: 2026-02-15
tags: [b2b]
stages:
  - name: Qualify
    touchpoints:
      - id: call
        name: First call
        emotion: 1
`,
};

/** Every file `build --site -f html` writes for SITE_PROJECT, sorted. */
export const SITE_FILES = [
  'index-journey.html',
  'index.html',
  'maps/detail/door-code.html',
  'maps/detail/doorstep.html',
  'maps/future.html',
  'maps/overview.html',
  'portfolio/kpis.html',
  'portfolio/opportunities.html',
  'portfolio/personas.html',
  'portfolio/structure.html',
];
