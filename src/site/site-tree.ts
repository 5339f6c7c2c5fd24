// The structure across journeys: which overview's touchpoint details which journey (`map:`),
// the breadcrumb of overviews above each map, and the `compare` pairs. Links that do not resolve
// are compile errors, so every file named here is a journey of the site or not on it at all.
import type { SiteJourney } from './site-journey.js';

/** One overview touchpoint that links down to a detail journey. */
export interface MapLink {
  readonly parent: SiteJourney;
  readonly touchpoint: string;
  readonly child: SiteJourney;
}

export interface SiteTree {
  /** Every map link between journeys of the site, in journey and touchpoint order. */
  readonly links: readonly MapLink[];
  /** Journeys no other journey of the site links down to, in site order. */
  readonly roots: readonly SiteJourney[];
  /** Map links from each journey file down to its details. */
  readonly children: ReadonlyMap<string, readonly MapLink[]>;
  /** The first map link into each detail journey file. */
  readonly parent: ReadonlyMap<string, MapLink>;
  /** compare pairs: [current, future]. */
  readonly pairs: readonly (readonly [SiteJourney, SiteJourney])[];
}

export function siteTree(journeys: readonly SiteJourney[]): SiteTree {
  const byFile = new Map(journeys.map((j) => [j.file, j]));
  const links: MapLink[] = [];
  const children = new Map<string, MapLink[]>();
  const parent = new Map<string, MapLink>();
  for (const journey of journeys) {
    for (const tp of journey.touchpoints) {
      const child = tp.map === undefined ? undefined : byFile.get(tp.map);
      if (!child || child === journey) continue;
      const link = { parent: journey, touchpoint: tp.id, child };
      links.push(link);
      const siblings = children.get(journey.file);
      if (siblings) siblings.push(link);
      else children.set(journey.file, [link]);
      if (!parent.has(child.file)) parent.set(child.file, link);
    }
  }
  const pairs: [SiteJourney, SiteJourney][] = [];
  for (const journey of journeys) {
    const current = journey.compare === undefined ? undefined : byFile.get(journey.compare);
    if (current) pairs.push([current, journey]);
  }
  return { links, roots: journeys.filter((j) => !parent.has(j.file)), children, parent, pairs };
}

/** The overviews above a journey, topmost first (cycles are compile errors; guarded anyway). */
export function breadcrumbOf(tree: SiteTree, journey: SiteJourney): MapLink[] {
  const trail: MapLink[] = [];
  const seen = new Set([journey.file]);
  for (let link = tree.parent.get(journey.file); link && !seen.has(link.parent.file); link = tree.parent.get(link.parent.file)) {
    seen.add(link.parent.file);
    trail.unshift(link);
  }
  return trail;
}
