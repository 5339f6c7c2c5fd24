// Where a linked detail map's output lies relative to this journey's output: outputs mirror the
// journeys' paths (src/project/output-paths.ts builds its stems with outputStemOfFile), so the link
// is the relative path between the two stems. Extension-free: each format adds its own.

const JOURNEY_SUFFIX = /\.journey\.ya?ml$/;

/** A journey's output stem from its `/`-separated path: 'maps/a.journey.yaml' → 'maps/a'. */
export function outputStemOfFile(path: string): string {
  const slash = path.lastIndexOf('/');
  const dir = slash < 0 ? '' : path.slice(0, slash + 1);
  const name = path.slice(slash + 1);
  if (JOURNEY_SUFFIX.test(name)) return dir + name.replace(JOURNEY_SUFFIX, '');
  const dot = name.lastIndexOf('.');
  return dir + (dot > 0 ? name.slice(0, dot) : name);
}

/** The output stem a journey named `index` at the top gets on a site, so it does not clash with the site's index. */
export const INDEX_JOURNEY_STEM = 'index-journey';

/** On a site (build --site) a top-level journey named `index` writes `index-journey.*`: index.html is the site's. */
export const siteOutputStem = (stem: string): string => (stem === 'index' ? INDEX_JOURNEY_STEM : stem);

/**
 * The relative stem from `from`'s output to `to`'s (both root-relative journey files): '../details/door';
 * `onSite`: the outputs are named as build --site names them (siteOutputStem).
 */
export function detailStem(from: string, to: string, onSite = false): string {
  const stemOf = (file: string) => (onSite ? siteOutputStem(outputStemOfFile(file)) : outputStemOfFile(file));
  const fromDir = stemOf(from).split('/').slice(0, -1);
  const target = stemOf(to).split('/');
  let common = 0;
  while (common < fromDir.length && common < target.length - 1 && fromDir[common] === target[common]) common++;
  return [...fromDir.slice(common).map(() => '..'), ...target.slice(common)].join('/');
}

/**
 * The relative stem of the detail map `map` as the same build writes it: with --persona
 * (`persona`), `<stem>.<persona>` when the detail has that persona; a build skips a detail without
 * it, so its link keeps the plain stem (the whole map a build without --persona writes).
 */
export function detailOutputStem(
  journey: { readonly file: string; readonly detailPersonas?: Readonly<Record<string, readonly string[]>> },
  map: string,
  build: { readonly site?: boolean; readonly persona?: string },
): string {
  const stem = detailStem(journey.file, map, build.site);
  const persona = build.persona;
  return persona !== undefined && journey.detailPersonas?.[map]?.includes(persona) ? `${stem}.${persona}` : stem;
}

/** The href of a detail map's output in one format: its stem, URI-encoded per segment, and the extension. */
export const detailHref = (stem: string, extension: string): string =>
  `${stem
    .split('/')
    .map((s) => (s === '..' ? s : encodeURIComponent(s)))
    .join('/')}.${extension}`;

/** The detail map's output as a file path, not a URI (a PDF file specification): no encoding. */
export const detailFile = (stem: string, extension: string): string => `${stem}.${extension}`;
