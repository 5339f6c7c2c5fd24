// Turns --page, --tile, --slide, --scale and SOURCE_DATE_EPOCH into RenderContext values, refusing bad ones
// as usage errors before any file is compiled.
import type { RenderContext } from '../../render/renderer.js';
import type { BuildFlags } from '../commands/flags.js';
import type { CliIo } from '../io.js';
import { UsageError } from '../usage-error.js';

export const PAGE_SIZES = ['fit', 'a4', 'a3', 'letter'] as const;
export const SLIDE_SIZES = ['fit', '16:9'] as const;

export function renderOptions(flags: BuildFlags): RenderContext['options'] {
  const options: Record<string, string | number> = {};
  if (flags.page !== undefined) {
    const page = flags.page.toLowerCase();
    if (!(PAGE_SIZES as readonly string[]).includes(page)) {
      throw new UsageError(`--page must be one of ${PAGE_SIZES.join(', ')}; got "${flags.page}"`);
    }
    options.page = page;
  }
  if (flags.tile) {
    if (options.page === undefined || options.page === 'fit')
      throw new UsageError('--tile cuts the map onto paper: give --page a4, a3 or letter with it');
    options.tile = 1;
  }
  if (flags.slide !== undefined) {
    const slide = flags.slide.toLowerCase();
    if (!(SLIDE_SIZES as readonly string[]).includes(slide)) {
      throw new UsageError(`--slide must be one of ${SLIDE_SIZES.join(', ')}; got "${flags.slide}"`);
    }
    options.slide = slide;
  }
  if (flags.scale !== undefined) {
    // Number('') and Number(' ') are 0; a scale under 0.1 draws a few pixels or none (png-renderer's MIN_PNG_SCALE).
    const scale = flags.scale.trim() === '' ? Number.NaN : Number(flags.scale);
    if (!Number.isFinite(scale) || scale < 0.1 || scale > 8) {
      throw new UsageError(`--scale must be a number from 0.1 to 8 (the PNG pixel ratio); got "${flags.scale}"`);
    }
    options.scale = scale;
  }
  return options;
}

/** SOURCE_DATE_EPOCH (reproducible builds) in seconds, or 0. */
export function sourceDateEpoch(env: CliIo['env']): number {
  const raw = env.SOURCE_DATE_EPOCH;
  if (raw === undefined || raw === '') return 0;
  if (!/^\d+$/.test(raw)) throw new UsageError(`SOURCE_DATE_EPOCH must be a whole number of seconds; got "${raw}"`);
  return Number(raw);
}
