// --render-timeout <seconds> / config `renderTimeout`: how long a plugin may take to load and to
// render one journey before its worker thread is stopped. A bad value is a usage error.
import { UsageError } from '../usage-error.js';

export const DEFAULT_RENDER_TIMEOUT_S = 60;
export const MAX_RENDER_TIMEOUT_S = 3600;

/** The timeout in ms: the flag, else the config's (already checked by its schema), else 60 s. */
export function renderTimeoutMs(flag: string | undefined, config: number | undefined): number {
  if (flag === undefined) return (config ?? DEFAULT_RENDER_TIMEOUT_S) * 1000;
  const value = flag.trim() === '' ? Number.NaN : Number(flag);
  if (!Number.isFinite(value) || value <= 0 || value > MAX_RENDER_TIMEOUT_S) {
    throw new UsageError(`--render-timeout must be a number of seconds above 0, at most ${MAX_RENDER_TIMEOUT_S}; got "${flag}"`);
  }
  return value * 1000;
}
