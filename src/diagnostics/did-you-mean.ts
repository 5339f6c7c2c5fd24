// Suggests the closest candidate for a misspelt name (unknown keys, persona ids, lanes, formats).
// Pure; it only suggests, callers never silently substitute the suggestion.

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions), case-sensitive. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i < rows; i++) {
    const row = d[i] as number[];
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      row[j] = best;
    }
  }
  return at(a.length, b.length);
}

/**
 * The candidate closest to `value`, if it is close enough to be a plausible typo: at most a third
 * of the longer word's length in edits (at least 1, at most 3), compared case-insensitively.
 * Ties go to the earlier candidate so results are deterministic.
 */
export function didYouMean(value: string, candidates: readonly string[]): string | undefined {
  const needle = value.toLowerCase();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    if (candidate === value) continue;
    const distance = editDistance(needle, candidate.toLowerCase());
    const limit = Math.min(3, Math.max(1, Math.floor(Math.max(value.length, candidate.length) / 3)));
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** The hint under a misspelt name: the closest candidate, or `otherwise` when none is close. */
export function suggestionHint(value: string, candidates: readonly string[], otherwise: string): string {
  const suggestion = didYouMean(value, candidates);
  return suggestion ? `did you mean "${suggestion}"?` : otherwise;
}
