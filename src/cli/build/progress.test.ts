// The build progress line: when it is shown (terminal, not CI, pretty, not quiet) and what it says.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CLEAR_LINE, PROGRESS_DELAY_MS, renderProgress, startProgress, wantsProgress } from './progress.js';

const base = { errIsTTY: true, env: {}, quiet: false, reporter: 'pretty' };

describe('wantsProgress', () => {
  it('only on a terminal, outside CI, with the pretty reporter and not --quiet', () => {
    expect(wantsProgress(base)).toBe(true);
    expect(wantsProgress({ ...base, errIsTTY: false })).toBe(false);
    expect(wantsProgress({ ...base, env: { CI: 'true' } })).toBe(false);
    expect(wantsProgress({ ...base, env: { CI: '1' } })).toBe(false);
    expect(wantsProgress({ ...base, env: { CI: 'false' } })).toBe(true);
    expect(wantsProgress({ ...base, env: { TERM: 'dumb' } })).toBe(false);
    expect(wantsProgress({ ...base, quiet: true })).toBe(false);
    expect(wantsProgress({ ...base, reporter: 'json' })).toBe(false);
    expect(wantsProgress({ ...base, reporter: 'github' })).toBe(false);
  });
});

describe('renderProgress', () => {
  it('shows done of total and the current journey, redrawn in place', () => {
    expect(renderProgress(12, 200, 'maps/checkout.journey.yaml')).toBe('\r\x1b[2K[12/200] maps/checkout.journey.yaml');
    expect(renderProgress(200, 200, undefined)).toBe('\r\x1b[2K[200/200]');
  });

  it('keeps the end of a long path within the width', () => {
    const line = renderProgress(1, 9, `maps/${'x'.repeat(100)}/last.journey.yaml`, 40);
    expect(line.length - '\r\x1b[2K'.length).toBeLessThanOrEqual(40);
    expect(line.endsWith('/last.journey.yaml')).toBe(true);
    expect(line).toContain('[1/9] …');
  });
});

describe('startProgress', () => {
  afterEach(() => vi.useRealTimers());

  it('draws nothing for a run shorter than the delay', () => {
    vi.useFakeTimers();
    const written: string[] = [];
    const progress = startProgress(3, (t) => written.push(t), { now: Date.now, first: 'a' });
    progress.tick('b');
    progress.tick('c');
    progress.tick();
    progress.end();
    expect(written).toEqual([]);
  });

  it('draws after the delay, on each tick, and clears its line at the end', () => {
    vi.useFakeTimers();
    const written: string[] = [];
    const progress = startProgress(3, (t) => written.push(t), { now: Date.now, first: 'a' });
    vi.advanceTimersByTime(PROGRESS_DELAY_MS);
    expect(written).toEqual([renderProgress(0, 3, 'a')]);
    progress.tick('b');
    expect(written.at(-1)).toBe(renderProgress(1, 3, 'b'));
    progress.end();
    expect(written.at(-1)).toBe(CLEAR_LINE);
  });
});
