// rebuildScope: which journeys a burst of changes rebuilds, from what each journey read.
import { describe, expect, it } from 'vitest';
import { rebuildScope, type ScopedChange } from './rebuild-scope.js';

const reads = new Map<string, readonly string[]>([
  ['maps/a.journey.yaml', ['maps/a.journey.yaml', 'shared/personas.yaml', 'img/logo.png']],
  ['maps/b.journey.yaml', ['maps/b.journey.yaml', 'maps/a.journey.yaml', 'shared/personas.yaml', 'data/kpis.csv']],
  ['maps/c.journey.yaml', ['maps/c.journey.yaml']],
]);
const scope = (...changes: ScopedChange[]) => {
  const s = rebuildScope(changes, reads);
  return { replan: s.replan, all: s.all, journeys: [...s.journeys].sort() };
};

describe('rebuildScope', () => {
  it('a changed journey rebuilds itself and the journeys that read it (compare, map)', () => {
    expect(scope({ kind: 'change', path: 'maps/c.journey.yaml' })).toEqual({
      replan: false,
      all: false,
      journeys: ['maps/c.journey.yaml'],
    });
    expect(scope({ kind: 'change', path: 'maps/a.journey.yaml' })).toEqual({
      replan: false,
      all: false,
      journeys: ['maps/a.journey.yaml', 'maps/b.journey.yaml'],
    });
  });

  it('a changed library, data file or image rebuilds only its readers; a re-added file counts as a change', () => {
    expect(scope({ kind: 'change', path: 'data/kpis.csv' }).journeys).toEqual(['maps/b.journey.yaml']);
    expect(scope({ kind: 'add', path: 'img/logo.png' }).journeys).toEqual(['maps/a.journey.yaml']);
    expect(scope({ kind: 'unlink', path: 'shared/personas.yaml' })).toEqual({
      replan: false,
      all: false,
      journeys: ['maps/a.journey.yaml', 'maps/b.journey.yaml'],
    });
  });

  it('a new journey file or folder, or a deleted journey or folder, resolves the inputs again', () => {
    expect(scope({ kind: 'add', path: 'maps/new.journey.yaml' })).toEqual({ replan: true, all: false, journeys: [] });
    expect(scope({ kind: 'addDir', path: 'maps/team' })).toEqual({ replan: true, all: false, journeys: [] });
    expect(scope({ kind: 'unlink', path: 'maps/c.journey.yaml' })).toEqual({ replan: true, all: false, journeys: [] });
    expect(scope({ kind: 'unlinkDir', path: 'maps' }).replan).toBe(true);
  });

  it('a file no journey read (config, theme, plugin) rebuilds everything', () => {
    expect(scope({ kind: 'change', path: 'journeymap.config.yaml' })).toEqual({ replan: true, all: true, journeys: [] });
    expect(scope({ kind: 'change', path: 'brand/theme.yaml' }).all).toBe(true);
  });

  it('a burst is the union of its changes', () => {
    expect(
      scope(
        { kind: 'change', path: 'maps/c.journey.yaml' },
        { kind: 'change', path: 'data/kpis.csv' },
        { kind: 'change', path: 'maps/c.journey.yaml' },
      ),
    ).toEqual({
      replan: false,
      all: false,
      journeys: ['maps/b.journey.yaml', 'maps/c.journey.yaml'],
    });
  });
});
