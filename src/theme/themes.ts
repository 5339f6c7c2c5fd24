// The built-in themes as plain data. Colours are chosen for contrast in print (A3) and on
// screen (every text reaches WCAG AA, 4.5:1: the green, orange and grey marks are dark enough to
// carry white text and to be words on white); the persona palette is colour-blind-safe (Okabe–Ito based).
import type { Theme } from './theme.js';

export const defaultTheme: Theme = {
  name: 'default',
  colors: {
    background: '#ffffff',
    text: '#1f2933',
    mutedText: '#52606d',
    headerBackground: '#1f2a44',
    headerText: '#ffffff',
    headerMutedText: '#c5cee0',
    stageBackgrounds: ['#e8eefc', '#e6f4ef', '#fdf1e3', '#f3e8fb', '#e3f4f8', '#fbe9ec'],
    stageText: '#1f2a44',
    laneTitleBackground: '#f5f7fa',
    laneTitleText: '#323f4b',
    grid: '#d9e2ec',
    cardBackground: '#ffffff',
    cardBorder: '#cbd2d9',
    pain: '#c92a2a',
    opportunity: '#2b803b',
    critical: '#c4470a',
    kpiMet: '#2b803b',
    kpiMissed: '#c92a2a',
    kpiUnknown: '#66727f',
    neutralLine: '#9aa5b1',
    positiveZone: '#ebfbee',
    negativeZone: '#fff5f5',
    accent: '#3b5bdb',
  },
  // Okabe–Ito hues; the amber and the last one darkened (a66f00, 7a5195) to reach 3:1 on white.
  personaPalette: ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#a66f00', '#7a5195'],
  fontSizes: { title: 26, subtitle: 13, stage: 15, laneTitle: 12, body: 11, small: 9.5 },
};

/**
 * For office printers: the same map without the dark header band (a full-width block of ink on
 * every page) and with slightly stronger grid lines, which survive toner-saving modes.
 */
export const printTheme: Theme = {
  ...defaultTheme,
  name: 'print',
  colors: {
    ...defaultTheme.colors,
    headerBackground: '#ffffff',
    headerText: '#1f2a44',
    headerMutedText: '#52606d',
    grid: '#bcccdc',
    cardBorder: '#9aa5b1',
  },
};

export const builtinThemes: Readonly<Record<string, Theme>> = { default: defaultTheme, print: printTheme };
