// Theme: colours and sizes as data, shared by layout (sizes, colours resolved into the Scene)
// and renderers (page chrome). Built-in themes live in themes.ts; no logic here.

export interface Theme {
  readonly name: string;
  readonly colors: {
    readonly background: string;
    readonly text: string;
    readonly mutedText: string;
    readonly headerBackground: string;
    readonly headerText: string;
    /** Secondary text on the header band (description, owner, dates). Default: headerText. */
    readonly headerMutedText?: string;
    readonly stageBackgrounds: readonly string[];
    readonly stageText: string;
    readonly laneTitleBackground: string;
    readonly laneTitleText: string;
    readonly grid: string;
    readonly cardBackground: string;
    readonly cardBorder: string;
    readonly pain: string;
    readonly opportunity: string;
    readonly critical: string;
    readonly kpiMet: string;
    readonly kpiMissed: string;
    readonly kpiUnknown: string;
    readonly neutralLine: string;
    readonly positiveZone: string;
    readonly negativeZone: string;
    readonly accent: string;
  };
  /** Emotion curve colours for personas without a `color`, in persona order. */
  readonly personaPalette: readonly string[];
  readonly fontSizes: {
    readonly title: number;
    readonly subtitle: number;
    readonly stage: number;
    readonly laneTitle: number;
    readonly body: number;
    readonly small: number;
  };
  /**
   * Brand logo (png, jpg or svg): an AssetStore key, the file's root-relative path. Set only by
   * theme files, after checking the file; layout draws it top right of the header band.
   */
  readonly logo?: string;
  /** Brand text shown with the logo (map header, PDF page footer). */
  readonly brand?: string;
}
