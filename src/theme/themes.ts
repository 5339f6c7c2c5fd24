// The built-in themes as plain data. Colours are chosen for contrast in print (A3) and on
// screen; the persona palette is colour-blind-safe (Okabe–Ito based).
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
    opportunity: '#2b8a3e',
    critical: '#e8590c',
    kpiMet: '#2b8a3e',
    kpiMissed: '#c92a2a',
    kpiUnknown: '#7b8794',
    neutralLine: '#9aa5b1',
    positiveZone: '#ebfbee',
    negativeZone: '#fff5f5',
    accent: '#3b5bdb',
  },
  personaPalette: ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9'],
  fontSizes: { title: 26, subtitle: 13, stage: 15, laneTitle: 12, body: 11, small: 9.5 },
};

export const builtinThemes: Readonly<Record<string, Theme>> = { default: defaultTheme };
