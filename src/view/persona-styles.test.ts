// Persona styles: every persona's curve must be told apart from every other's.
import { describe, expect, it } from 'vitest';
import { persona, sampleJourney } from '../../test/support/journeys.js';
import { defaultTheme } from '../theme/themes.js';
import { personaStyles } from './persona-styles.js';

const key = (s: { color: string; dash?: readonly number[]; marker: string }): string => JSON.stringify([s.color, s.dash ?? null, s.marker]);

describe('personaStyles', () => {
  it.each([2, 6, 7, 8, 12])('gives %i personas pairwise different colour/dash/marker combinations', (count) => {
    const personas = Array.from({ length: count }, (_, i) => persona(`p${i}`, `Persona ${i}`));
    const styles = personaStyles({ ...sampleJourney, personas }, defaultTheme);
    expect(new Set(styles.map(key)).size).toBe(count);
  });

  it('also when personas choose colours (named or hex) that take palette entries out', () => {
    const personas = Array.from({ length: 8 }, (_, i) =>
      persona(`p${i}`, `Persona ${i}`, i === 0 ? { color: 'teal' } : i === 1 ? { color: '#0072b2' } : {}),
    );
    const styles = personaStyles({ ...sampleJourney, personas }, defaultTheme);
    expect(styles[0]?.color).toBe('teal');
    expect(new Set(styles.map(key)).size).toBe(8);
  });
});
