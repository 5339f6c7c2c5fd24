// Scene → SVG text. Paints only: no measuring, no moving. All escaping goes through markup.ts.
// We do NOT embed the Inter font: SVG viewers fall back along FONT_FAMILY_STACK, and layout leaves
// TEXT_SLACK of every text box free so Helvetica/Arial/Liberation Sans lines still fit.
//
// Group attributes (the HTML renderer's persona switcher, lane toggles and details rely on them):
//   class="jm-<role>"          the group's role, e.g. jm-lane, jm-cell, jm-emotion-curve, jm-stage-header
//   data-role="<role>"         the same role, unprefixed
//   data-kind="<ref kind>"     journey | stage | touchpoint | lane | persona | kpi | legend
//   data-ref="<ref id>"        the entity id (stage, touchpoint, lane or persona id; KPI name)
//   data-personas="a b"        space-separated persona ids; absent means every persona
//   aria-label="…"             short accessible label
// A group's link becomes <a href> around its children (http, https and mailto only); a group's
// detail (a linked detail map) becomes <a href="<stem>.<extension>">, the extension of the output
// that embeds this SVG (svg, or html for the page). Pictures are embedded at display size
// (display-images.ts), never larger.
import { FONT_FAMILY_STACK } from '../../assets/bundled-fonts.js';
import type { GroupNode, ImageNode, PathCommand, PathNode, RectNode, Scene, SceneNode, Stroke, TextNode } from '../../scene/scene.js';
import { detailHref } from '../../view/detail-link.js';
import { displaySizedAssets, SVG_IMAGE_DENSITY } from '../display-images.js';
import { escapeAttribute, escapeText, isSafeLink } from '../markup.js';
import type { AssetStore, RenderContext, Renderer } from '../renderer.js';
import { formatSvgNumber as n } from './format-number.js';

type Attrs = Readonly<Record<string, string | number | undefined>>;

/** ` key="value"`, or nothing for an undefined value. */
function attr(key: string, value: string | number | undefined): string {
  if (value === undefined) return '';
  // Formatted numbers are digits, '.' and '-': nothing to escape.
  return ` ${key}="${typeof value === 'number' ? n(value) : escapeAttribute(value)}"`;
}

// The map's hot path (tens of thousands of nodes on a large journey): painters write attributes
// with attr() one by one, in a fixed order, rather than building an object per node for attrs().
function attrs(values: Attrs): string {
  let out = '';
  for (const key in values) out += attr(key, values[key]);
  return out;
}

function strokeAttrs(stroke: Stroke | undefined): string {
  if (!stroke) return '';
  const dash = stroke.dash && stroke.dash.length > 0 ? stroke.dash.map(n).join(' ') : undefined;
  return `${attr('stroke', stroke.color)}${attr('stroke-width', stroke.width)}${attr('stroke-dasharray', dash)} stroke-linecap="round" stroke-linejoin="round"`;
}

export function pathData(commands: readonly PathCommand[]): string {
  let d = '';
  for (const c of commands) {
    if (c.op === 'Z') d += 'Z';
    else if (c.op === 'C') d += `C${n(c.x1)} ${n(c.y1)} ${n(c.x2)} ${n(c.y2)} ${n(c.x)} ${n(c.y)}`;
    else d += `${c.op}${n(c.x)} ${n(c.y)}`;
  }
  return d;
}

const ROLE_CLASS = /[^a-z0-9_-]/gi;

function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

/** What painting needs besides the node: the images, and the extension detail links point to. */
interface Paint {
  readonly assets: AssetStore;
  readonly detailExtension: string;
  /** How a line is split into runs drawn apart (SvgOptions.lineRuns). */
  readonly lineRuns?: LineRuns;
}

type Draw<K extends SceneNode['kind']> = (node: Extract<SceneNode, { kind: K }>, paint: Paint) => string;
type Painters = { readonly [K in SceneNode['kind']]: Draw<K> };

const drawRect: Draw<'rect'> = (r: RectNode) =>
  `<rect${attr('x', r.x)}${attr('y', r.y)}${attr('width', r.width)}${attr('height', r.height)}${attr('rx', r.radius)}${attr('fill', r.fill ?? 'none')}${attr('opacity', r.opacity)}${strokeAttrs(r.stroke)}/>`;

const drawPath: Draw<'path'> = (p: PathNode) =>
  `<path${attr('d', pathData(p.commands))}${attr('fill', p.fill ?? 'none')}${attr('opacity', p.opacity)}${strokeAttrs(p.stroke)}/>`;

/** One run of a line drawn apart: its text, its left end, and its face's family (none: Inter). */
export interface PlacedRun {
  readonly text: string;
  readonly x: number;
  readonly family?: string;
}

/** Splits a line into runs drawn apart, or undefined to draw it whole (SvgOptions.lineRuns). */
export type LineRuns = (text: TextNode, line: TextNode['lines'][number]) => readonly PlacedRun[] | undefined;

/** A line as one text element per run, each in its face at its place. */
const drawRuns = (t: TextNode, line: TextNode['lines'][number], runs: readonly PlacedRun[]): string =>
  runs
    .map(
      (run) =>
        `<text${attrs({
          'font-size': t.font.size,
          'font-weight': t.font.face === 'semibold' ? 600 : undefined,
          'font-family': run.family ? `'${run.family}'` : undefined,
          fill: t.color,
        })}><tspan${attr('x', run.x)}${attr('y', line.y)}>${escapeText(run.text)}</tspan></text>`,
    )
    .join('');

const drawText: Draw<'text'> = (t: TextNode, paint) => {
  const byRuns = paint.lineRuns ? t.lines.map((line) => paint.lineRuns?.(t, line)) : [];
  if (byRuns.some((runs) => runs !== undefined)) {
    const split = t.lines.map((line, i) => {
      const runs = byRuns[i];
      return runs ? drawRuns(t, line, runs) : '';
    });
    const rest = t.lines.filter((_, i) => byRuns[i] === undefined);
    const drawn = `${split.join('')}${rest.length > 0 ? drawText({ ...t, lines: rest }, { ...paint, lineRuns: undefined }) : ''}`;
    return t.fullText !== undefined ? `<g><title>${escapeText(t.fullText)}</title>${drawn}</g>` : `<g>${drawn}</g>`;
  }
  let spans = '';
  for (const l of t.lines) spans += `<tspan${attr('x', l.x)}${attr('y', l.y)}>${escapeText(l.text)}</tspan>`;
  const text = `<text${attrs({
    'font-size': t.font.size,
    'font-weight': t.font.face === 'semibold' ? 600 : undefined,
    fill: t.color,
    'text-anchor': t.anchor === 'start' ? undefined : t.anchor,
    // Right-to-left text: the paragraph direction from its first strong character, without
    // `direction` (which would flip what text-anchor means in browsers but not in resvg).
    'unicode-bidi': t.direction === 'rtl' ? 'plaintext' : undefined,
  })}>${spans}</text>`;
  // Cut text keeps its whole wording as a tooltip / accessible name.
  return t.fullText !== undefined ? `<g><title>${escapeText(t.fullText)}</title>${text}</g>` : text;
};

const drawImage: Draw<'image'> = (img: ImageNode, { assets }) => {
  const asset = assets.get(img.asset);
  if (!asset) return `<rect${attrs({ x: img.x, y: img.y, width: img.width, height: img.height, fill: '#e4e7eb' })}/>`;
  return `<image${attrs({
    x: img.x,
    y: img.y,
    width: img.width,
    height: img.height,
    // slice crops to fill the box (cover); meet shows the whole picture centred in it (contain).
    preserveAspectRatio: img.fit === 'contain' ? 'xMidYMid meet' : 'xMidYMid slice',
    href: `data:${asset.mediaType};base64,${base64(asset.bytes)}`,
  })}/>`;
};

const drawGroup: Draw<'group'> = (g: GroupNode, paint) => {
  let inner = '';
  for (const c of g.children) inner += drawNode(c, paint);
  const href =
    g.link !== undefined && isSafeLink(g.link)
      ? g.link.trim()
      : g.detail !== undefined
        ? detailHref(g.detail, paint.detailExtension)
        : undefined;
  const body = href !== undefined ? `<a${attrs({ href })}>${inner}</a>` : inner;
  const role = `${g.role ? attr('class', `jm-${g.role.replace(ROLE_CLASS, '-')}`) : ''}${attr('data-role', g.role)}`;
  const ref = g.ref ? `${attr('data-kind', g.ref.kind)}${attr('data-ref', g.ref.id)}` : '';
  return `<g${role}${ref}${attr('data-personas', g.personas?.join(' '))}${attr('aria-label', g.label)}>${body}</g>`;
};

/** A new SceneNode kind fails to compile here until it has a painter. */
const PAINTERS: Painters = { rect: drawRect, path: drawPath, text: drawText, image: drawImage, group: drawGroup };

function drawNode(node: SceneNode, paint: Paint): string {
  const draw = PAINTERS[node.kind] as (node: SceneNode, paint: Paint) => string;
  return draw(node, paint);
}

export interface SvgOptions {
  /** The extension detail-map links point to: 'svg' (default), 'html' inside the HTML page. */
  readonly detailExtension?: string;
  /** Image pixels per scene px when embedding pictures (default SVG_IMAGE_DENSITY). */
  readonly imageDensity?: number;
  /**
   * Draws the lines it splits run by run, each run its own text element in its face (the PNG's SVG,
   * for resvg: png/line-runs.ts). The SVG file keeps one text per line, for browsers and editors.
   */
  readonly lineRuns?: LineRuns;
}

export function renderSvg(scene: Scene, context: Pick<RenderContext, 'assets' | 'pictures'>, options: SvgOptions = {}): string {
  const paint: Paint = {
    assets: displaySizedAssets(context.assets, scene.nodes, options.imageDensity ?? SVG_IMAGE_DENSITY, context.pictures),
    detailExtension: options.detailExtension ?? 'svg',
    ...(options.lineRuns ? { lineRuns: options.lineRuns } : {}),
  };
  const head = `<svg${attrs({
    xmlns: 'http://www.w3.org/2000/svg',
    width: scene.width,
    height: scene.height,
    viewBox: `0 0 ${n(scene.width)} ${n(scene.height)}`,
    role: 'img',
    'aria-labelledby': 'jm-title jm-desc',
    'font-family': FONT_FAMILY_STACK,
  })}>`;
  let body = '';
  for (const [i, node] of scene.nodes.entries()) body += `${i > 0 ? '\n' : ''}${drawNode(node, paint)}`;
  return [
    head,
    `<title id="jm-title">${escapeText(scene.title)}</title>`,
    `<desc id="jm-desc">${escapeText(scene.description)}</desc>`,
    `<rect${attrs({ width: scene.width, height: scene.height, fill: scene.background })}/>`,
    body,
    '</svg>',
    '',
  ].join('\n');
}

/** Whether any group links a detail map (its href depends on the embedding format). */
export const hasDetailLinks = (nodes: readonly SceneNode[]): boolean =>
  nodes.some((n) => n.kind === 'group' && (n.detail !== undefined || hasDetailLinks(n.children)));

/** The map's SVG: the context's shared rendering when there is one, else rendered here. */
export const svgOf = (scene: Scene, context: Pick<RenderContext, 'assets' | 'svg'>): string =>
  context.svg ? context.svg() : renderSvg(scene, context);

export const svgRenderer: Renderer = {
  format: 'svg',
  extension: 'svg',
  mediaType: 'image/svg+xml',
  render: async (scene, context) => svgOf(scene, context),
};
