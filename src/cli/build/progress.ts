// A build's progress line on a terminal: "[12/200] maps/checkout.journey.yaml" on stderr, redrawn
// in place, shown only once the run has taken about a second and never when stderr is piped, under
// CI, with --quiet or a machine reporter. The decision and the rendering are pure; the ticker holds
// its own state and clears its line when the run ends.

export const PROGRESS_DELAY_MS = 1000;

export interface ProgressEnv {
  readonly errIsTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly quiet: boolean;
  readonly reporter: string;
}

/** Whether a run may show progress at all: a terminal on stderr, not CI, pretty reporter, not quiet. */
export function wantsProgress(p: ProgressEnv): boolean {
  const ci = p.env.CI !== undefined && p.env.CI !== '' && p.env.CI !== 'false' && p.env.CI !== '0';
  return p.errIsTTY && !ci && !p.quiet && p.reporter === 'pretty' && p.env.TERM !== 'dumb';
}

/** One progress line, cut to the terminal's width (the path keeps its end, which names the file). */
export function renderProgress(done: number, total: number, current: string | undefined, columns?: number): string {
  const head = `[${done}/${total}]`;
  // A pseudo-terminal may report 0 columns: then assume 80.
  const width = columns !== undefined && columns >= 20 ? columns : 80;
  const room = Math.max(0, width - head.length - 2);
  const name = current === undefined ? '' : current.length > room ? `…${current.slice(current.length - room + 1)}` : current;
  return `\r\x1b[2K${head}${name ? ` ${name}` : ''}`;
}

export const CLEAR_LINE = '\r\x1b[2K';

export interface Progress {
  /** A journey is done; `next` is the one being built now, if any. */
  tick(next?: string): void;
  /** Clears the line (if one was drawn). */
  end(): void;
}

export const NO_PROGRESS: Progress = { tick: () => undefined, end: () => undefined };

/** Draws after PROGRESS_DELAY_MS, then on each tick; `now` and `write` are injected for tests. */
export function startProgress(
  total: number,
  write: (text: string) => void,
  options: { now: () => number; columns?: number; first?: string },
): Progress {
  const started = options.now();
  let done = 0;
  let current = options.first;
  let drawn = false;
  const draw = (): void => {
    if (!drawn && options.now() - started < PROGRESS_DELAY_MS) return;
    drawn = true;
    write(renderProgress(done, total, current, options.columns));
  };
  // The first journeys may each take longer than the delay: draw then too, not only on ticks.
  const timer = setTimeout(draw, PROGRESS_DELAY_MS);
  timer.unref?.();
  return {
    tick(next) {
      done++;
      current = next;
      draw();
    },
    end() {
      clearTimeout(timer);
      if (drawn) write(CLEAR_LINE);
    },
  };
}
