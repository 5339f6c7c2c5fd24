// The structure across journeys: which overview's touchpoint details which journey (`map:`),
// the breadcrumb of overviews above each map, and the `compare` pairs. Links that do not resolve
// are compile errors, so every file named here is a journey of the site or not on it at all.
import type { SiteJourney } from './site-journey.js';

/** One overview touchpoint that links down to a detail journey. */
export interface MapLink {
  readonly parent: SiteJourney;
  readonly touchpoint: string;
  /** The detail journey's file. */
  readonly child: string;
}

export interface SiteTree {
  /** The journeys of the tree by file. */
  readonly journeys: ReadonlyMap<string, SiteJourney>;
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

/**
 * The tree among `journeys`; a map link counts when its detail is one of them or, given `others`
 * (journey file → page), one of those (a detail known by its page alone).
 */
export function siteTree(journeys: readonly SiteJourney[], others?: ReadonlyMap<string, string>): SiteTree {
  const byFile = new Map(journeys.map((j) => [j.file, j]));
  const onSite = (file: string): boolean => byFile.has(file) || (others?.has(file) ?? false);
  const links: MapLink[] = [];
  const children = new Map<string, MapLink[]>();
  const parent = new Map<string, MapLink>();
  for (const journey of journeys) {
    for (const tp of journey.touchpoints) {
      const child = tp.map;
      if (child === undefined || child === journey.file || !onSite(child)) continue;
      const link = { parent: journey, touchpoint: tp.id, child };
      links.push(link);
      const siblings = children.get(journey.file);
      if (siblings) siblings.push(link);
      else children.set(journey.file, [link]);
      if (!parent.has(child)) parent.set(child, link);
    }
  }
  const pairs: [SiteJourney, SiteJourney][] = [];
  for (const journey of journeys) {
    const current = journey.compare === undefined ? undefined : byFile.get(journey.compare);
    if (current) pairs.push([current, journey]);
  }
  return { journeys: byFile, links, roots: journeys.filter((j) => !parent.has(j.file)), children, parent, pairs };
}

/** The overviews above a journey file, topmost first (cycles are compile errors; guarded anyway). */
export function breadcrumbOf(tree: SiteTree, file: string): MapLink[] {
  const trail: MapLink[] = [];
  const seen = new Set([file]);
  for (let link = tree.parent.get(file); link && !seen.has(link.parent.file); link = tree.parent.get(link.parent.file)) {
    seen.add(link.parent.file);
    trail.unshift(link);
  }
  return trail;
}
