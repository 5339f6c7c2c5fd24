// The Scene: renderer-neutral geometry made by layout/ and painted by render/.
// Absolute coordinates in CSS pixels (1px = 0.75pt), text already broken into measured lines,
// colours resolved. Pure, serializable data: no functions, no SVG strings.

export type PathCommand =
  | { readonly op: 'M'; readonly x: number; readonly y: number }
  | { readonly op: 'L'; readonly x: number; readonly y: number }
  | {
      readonly op: 'C';
      readonly x1: number;
      readonly y1: number;
      readonly x2: number;
      readonly y2: number;
      readonly x: number;
      readonly y: number;
    }
  | { readonly op: 'Z' };

/** The shape of a persona's emotion markers, chosen by the journey view. */
export type MarkerShape = 'circle' | 'square' | 'diamond' | 'triangle' | 'triangle-down' | 'hexagon';

/** One marker shape per persona, in persona order (then repeating with other colours/dashes). */
export const MARKER_SHAPES: readonly MarkerShape[] = ['circle', 'square', 'diamond', 'triangle', 'triangle-down', 'hexagon'];

/** What a node stands for in the journey, so renderers can add ids, links and details. */
export interface EntityRef {
  readonly kind: EntityKind;
  readonly id: string;
}

export type EntityKind = 'journey' | 'stage' | 'touchpoint' | 'lane' | 'persona' | 'kpi' | 'legend';

/**
 * What a group is on the map. Layout sets these; the SVG renderer writes them as data-role and
 * jm-<role> classes; the HTML page script and styles query them (render/svg/scene-selectors.ts).
 */
export type SceneRole =
  | 'header' // the title band (layout/header.ts)
  | 'brand' // the theme's logo and brand text in the header (layout/header-brand.ts)
  | 'legend' // the persona / channel legend (layout/header.ts)
  | 'legend-persona' // one persona's legend entry
  | 'stage-header' // one stage's header cell (layout/stage-headers.ts)
  | 'lane' // one lane's whole row: its title and cells (layout/layout-journey.ts)
  | 'line-of-visibility' // the row between frontstage and backstage
  | 'cell' // one touchpoint's cell in a lane (layout/lanes/lane.ts)
  | 'emotion-curve' // one persona's emotion curve (layout/lanes/emotions-lane.ts)
  | 'emotion-gap' // where a persona skips columns: the dotted bridge between two parts of its curve
  | 'compare-curve' // the compared (current-state) journey's curve of one persona, faint and dashed
  | 'compare-legend' // the legend entry of the compared curves
  | 'new-touchpoint' // the "new" tag of a touchpoint the compared journey lacks
  | 'changed-touchpoint' // the "changed" tag of a touchpoint that differs from the compared one (diff page)
  | 'removed-touchpoints' // a stage's list of touchpoints the compared journey had and this one dropped
  | 'sparkline' // a KPI's series on its card (layout/sparkline.ts)
  | 'moment-of-truth' // the band over a critical touchpoint's column
  | 'kpi' // a KPI card (layout/kpi-card.ts)
  | 'handoff' // a change of owner, drawn in the owners lane (layout/lanes/owners-lane.ts)
  | 'longest-wait' // the chip on the journey's longest wait, in the time lane
  | 'detail-link' // the badge of a touchpoint whose `map` details it; carries `detail`
  | 'touchpoint'; // a touchpoint drawn as one card (hand-built scenes)

export interface FontSpec {
  /** Key of a bundled font face: 'regular' | 'semibold'. */
  readonly face: FontFaceName;
  readonly size: number;
}

export type FontFaceName = 'regular' | 'semibold';

export interface Stroke {
  readonly color: string;
  readonly width: number;
  readonly dash?: readonly number[];
}

export interface RectNode {
  readonly kind: 'rect';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly radius?: number;
  readonly fill?: string;
  readonly stroke?: Stroke;
  readonly opacity?: number;
}

export interface TextLine {
  readonly text: string;
  /** x of the line's anchor point (start, middle or end, per the node's anchor). */
  readonly x: number;
  /** Baseline y. */
  readonly y: number;
  /** Measured advance width of the line with the bundled font. */
  readonly width: number;
}

export interface TextNode {
  readonly kind: 'text';
  readonly lines: readonly TextLine[];
  readonly font: FontSpec;
  readonly color: string;
  readonly anchor: 'start' | 'middle' | 'end';
  /**
   * 'rtl' when the text's first strong character is right to left (scene/text-direction.ts): its
   * lines read right to left (bidi paragraph level 1) and a left-aligned text is anchored at the
   * box's right edge instead (anchor 'end'). Absent for left-to-right text.
   */
  readonly direction?: 'rtl';
  /** The box the lines were fitted into; text never leaves it. */
  readonly box: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
  /** The whole untruncated text, when lines were cut short with an ellipsis. */
  readonly fullText?: string;
}

export interface PathNode {
  readonly kind: 'path';
  readonly commands: readonly PathCommand[];
  readonly fill?: string;
  readonly stroke?: Stroke;
  readonly opacity?: number;
}

export interface ImageNode {
  readonly kind: 'image';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Key into RenderContext.assets (the path as written, relative to the journey file). */
  readonly asset: string;
  /**
   * How the picture fills the box: 'cover' (default) fills it, cropping the overflow (persona
   * photos); 'contain' shows it whole, centred, never cropped or stretched (logos).
   */
  readonly fit?: 'cover' | 'contain';
}

export interface GroupNode {
  readonly kind: 'group';
  readonly children: readonly SceneNode[];
  /** Semantic role for renderers: e.g. 'cell', 'lane', 'stage-header', 'emotion-curve'. */
  readonly role?: SceneRole;
  readonly ref?: EntityRef;
  /** Persona ids this group belongs to (for the HTML persona switcher); absent = all. */
  readonly personas?: readonly string[];
  /** An http(s)/mailto link, already checked. */
  readonly link?: string;
  /**
   * A linked detail map: the relative output stem of its journey ('../details/door',
   * view/detail-link.ts); each renderer links it with its own extension. Never inside a `link`.
   */
  readonly detail?: string;
  /** Short accessible label. */
  readonly label?: string;
}

export type SceneNode = RectNode | TextNode | PathNode | ImageNode | GroupNode;
export type SceneNodeKind = SceneNode['kind'];

export interface Scene {
  readonly width: number;
  readonly height: number;
  readonly background: string;
  /** Accessible title and description (also the SVG <title>/<desc>). */
  readonly title: string;
  readonly description: string;
  readonly nodes: readonly SceneNode[];
}
