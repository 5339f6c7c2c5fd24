// What one picture is of, computed once per journey and persona filter by the pipeline: the
// journey narrowed to the filter, the theme, each shown persona's resolved style and the words. Layout and
// every renderer read this value; none narrows the journey or picks persona colours again.
import type { Journey } from '../model/journey.js';
import type { Theme } from '../theme/theme.js';
import { say, type Words, wordsFor } from '../words/say.js';
import { type CompareView, compareView } from './compare-view.js';
import { type Formats, formatsFor } from './formats.js';
import { journeyForPersona } from './persona-filter.js';
import { type PersonaStyle, personaStyles } from './persona-styles.js';

export type { PersonaStyle } from './persona-styles.js';

export interface JourneyView {
  /** The journey as this picture shows it: narrowed to `persona` when one is set. */
  readonly journey: Journey;
  readonly theme: Theme;
  /** The shown personas in journey order, styled as in the whole journey. */
  readonly personas: readonly PersonaStyle[];
  /** The persona filter (`--persona`), when the view shows one persona only. */
  readonly persona?: string;
  /** Every word the picture adds (lane titles, statuses, page titles), from the one catalogue. */
  readonly words: Words;
  /** Numbers and dates as the locale writes them: the one formatter of every output. */
  readonly format: Formats;
  /** As-is vs to-be: the compared journey (narrowed like this one) and its diff, when `compare` is set. */
  readonly compare?: CompareView;
  /** Built for build --site: outputs (and so detail-map links) are named by siteOutputStem. */
  readonly site?: true;
}

export interface ViewOptions {
  readonly theme: Theme;
  /** One persona's view; ignored when the journey has no such persona (the pipeline checks). */
  readonly persona?: string;
  /** The catalogue; default: the one for the journey's locale (English until locales arrive). */
  readonly words?: Words;
  /** With `compare`: also tag the touchpoints that changed (the diff page), not only the new ones. */
  readonly markChanged?: boolean;
  /** build --site: see JourneyView.site. */
  readonly site?: boolean;
}

/**
 * The journey with the implicit persona (a journey that names none) called by the catalogue's
 * word: the loader's "Customer" is a placeholder, and every word a picture adds is the view's.
 */
function namedImplicitPersona(journey: Journey, words: Words): Journey {
  if (!journey.personas.some((p) => p.implicit)) return journey;
  const personas = journey.personas.map((p) => (p.implicit ? { ...p, name: say(words, 'persona.implicit') } : p));
  return { ...journey, personas };
}

export function journeyView(source: Journey, options: ViewOptions): JourneyView {
  const { theme, persona } = options;
  const words = options.words ?? wordsFor();
  const journey = namedImplicitPersona(source, words);
  const narrowed = persona !== undefined ? journeyForPersona(journey, persona) : journey;
  const shown = new Set(narrowed.personas.map((p) => p.id));
  const personas = personaStyles(journey, theme).filter((p) => shown.has(p.id));
  const format = formatsFor(words);
  const compare = compareView(narrowed, narrowed !== journey ? persona : undefined, options.markChanged);
  return {
    journey: narrowed,
    theme,
    personas,
    words,
    format,
    ...(compare ? { compare } : {}),
    ...(narrowed !== journey ? { persona } : {}),
    ...(options.site ? { site: true as const } : {}),
  };
}

/** The style of a shown persona (undefined for one this view does not show). */
export const personaStyleOf = (view: JourneyView, id: string): PersonaStyle | undefined => view.personas.find((p) => p.id === id);
