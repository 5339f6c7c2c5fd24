// Paints Scene nodes onto the current pdfkit page, in scene px (the caller sets the px→pt
// transform). One Draw per node kind, so a new kind fails the build here. Paints only: text is
// placed at the Scene's measured positions, never re-measured or re-wrapped.

import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { SceneNode, SceneNodeKind, Stroke, TextNode } from '../../scene/scene.js';
import { type Box, intersects, nodeBounds } from '../../scene/scene-bounds.js';
import { detailFile } from '../../view/detail-link.js';
import type { AssetStore } from '../renderer.js';
import { parseColor } from './pdf-color.js';
import type { PdfDoc } from './pdf-document.js';
import { drawTextLine } from './pdf-text.js';

/**
 * The colours, opacities and line width last set in the graphics state the nodes share, so each is
 * written only when it changes: a map page sets the same few again and again.
 */
interface PaintState {
  fill?: string;
  fillOpacity?: number;
  stroke?: string;
  strokeOpacity?: number;
  lineWidth?: number;
}

export interface PaintContext {
  readonly doc: PdfDoc;
  readonly assets: AssetStore;
  /** Only nodes meeting this scene-px window are painted (tiles); undefined paints all. */
  readonly window?: Box;
  /** Pictures opened in this document, by asset key (see openedImage); undefined opens each use. */
  readonly images?: Map<string, unknown>;
  report(d: Diagnostic): void;
}

/**
 * The picture to hand pdfkit: opened once per document and asset, so it is decoded and embedded
 * once however many nodes draw it (pdfkit opens and embeds a Buffer again on every call).
 */
function openedImage(ctx: PaintContext, key: string, bytes: Uint8Array): Buffer {
  if (!ctx.images) return Buffer.from(bytes);
  let image = ctx.images.get(key);
  if (image === undefined) {
    // pdfkit's openImage and image(PDFImage) are in its code, not its typings.
    image = (ctx.doc as unknown as { openImage(src: Buffer): unknown }).openImage(Buffer.from(bytes));
    ctx.images.set(key, image);
  }
  return image as Buffer;
}

/** A paint in progress: the context and what the graphics state its nodes share holds. */
interface Painting extends PaintContext {
  readonly state: PaintState;
}

type Draw<K extends SceneNodeKind> = (node: Extract<SceneNode, { kind: K }>, ctx: Painting) => void;
type DrawTable = { readonly [K in SceneNodeKind]: Draw<K> };

/** Sets fill colour and opacity (each only when it changes); false when there is nothing to fill. */
function setFill(doc: PdfDoc, state: PaintState, color: string | undefined, opacity: number): boolean {
  const c = parseColor(color);
  const alpha = (c?.alpha ?? 0) * opacity;
  if (!c || alpha <= 0) return false;
  if (state.fill !== c.hex) doc.fillColor(c.hex);
  if (state.fillOpacity !== alpha) doc.fillOpacity(alpha);
  state.fill = c.hex;
  state.fillOpacity = alpha;
  return true;
}

/** The dash lengths pdfkit is given: positive, an even count (SVG repeats an odd list). */
function dashPattern(stroke: Stroke): number[] {
  const dash = (stroke.dash ?? []).filter((d) => Number.isFinite(d) && d > 0);
  return dash.length % 2 === 0 ? dash : [...dash, ...dash];
}

function setStroke(doc: PdfDoc, state: PaintState, stroke: Stroke | undefined, opacity: number): boolean {
  const c = parseColor(stroke?.color);
  const alpha = (c?.alpha ?? 0) * opacity;
  if (!stroke || !c || stroke.width <= 0 || alpha <= 0) return false;
  if (state.stroke !== c.hex) doc.strokeColor(c.hex);
  if (state.strokeOpacity !== alpha) doc.strokeOpacity(alpha);
  if (state.lineWidth !== stroke.width) doc.lineWidth(stroke.width);
  Object.assign(state, { stroke: c.hex, strokeOpacity: alpha, lineWidth: stroke.width });
  const pattern = dashPattern(stroke);
  // pdfkit accepts a dash array at run time; its typings only declare a single length.
  if (pattern.length > 0) doc.dash(pattern as unknown as number, {});
  return true;
}

/** Fills and/or strokes the path just built. */
function paintPath({ doc, state }: Painting, fill: string | undefined, stroke: Stroke | undefined, opacity = 1): void {
  const hasFill = setFill(doc, state, fill, opacity);
  const hasStroke = setStroke(doc, state, stroke, opacity);
  if (hasFill && hasStroke) doc.fillAndStroke();
  else if (hasFill) doc.fill();
  else if (hasStroke) doc.stroke();
}

function lineStartX(node: TextNode, x: number, width: number): number {
  if (node.anchor === 'middle') return x - width / 2;
  if (node.anchor === 'end') return x - width;
  return x;
}

const draw: DrawTable = {
  rect(node, ctx) {
    const { doc } = ctx;
    if (node.width <= 0 || node.height <= 0) return;
    const r = Math.min(node.radius ?? 0, node.width / 2, node.height / 2);
    if (r > 0) doc.roundedRect(node.x, node.y, node.width, node.height, r);
    else doc.rect(node.x, node.y, node.width, node.height);
    paintPath(ctx, node.fill, node.stroke, node.opacity ?? 1);
  },
  text(node, { doc, state }) {
    if (!setFill(doc, state, node.color, 1)) return;
    for (const line of node.lines) {
      if (line.text === '') continue;
      drawTextLine(doc, line.text, lineStartX(node, line.x, line.width), line.y, node.font, node.direction ?? 'ltr');
    }
  },
  path(node, ctx) {
    const { doc } = ctx;
    if (node.commands.length === 0) return;
    for (const c of node.commands) {
      if (c.op === 'M') doc.moveTo(c.x, c.y);
      else if (c.op === 'L') doc.lineTo(c.x, c.y);
      else if (c.op === 'C') doc.bezierCurveTo(c.x1, c.y1, c.x2, c.y2, c.x, c.y);
      else doc.closePath();
    }
    paintPath(ctx, node.fill, node.stroke, node.opacity ?? 1);
  },
  image(node, ctx) {
    const asset = ctx.assets.get(node.asset);
    // SVG images cannot be embedded by pdfkit; the layout's frame around them still shows.
    if (!asset || asset.mediaType === 'image/svg+xml' || node.width <= 0 || node.height <= 0) return;
    const box: [number, number] = [node.width, node.height];
    try {
      // Cover (the default, as in SVG's slice) fills the box and clips the overflow; contain fits
      // the whole picture inside it. paintNodes restores the graphics state, ending the clip.
      if (node.fit !== 'contain') ctx.doc.rect(node.x, node.y, node.width, node.height).clip();
      ctx.doc.image(openedImage(ctx, node.asset, asset.bytes), node.x, node.y, {
        ...(node.fit === 'contain' ? { fit: box } : { cover: box }),
        align: 'center',
        valign: 'center',
      });
    } catch {
      ctx.report({
        code: 'render-failed',
        severity: 'warning',
        message: `image "${node.asset}" could not be embedded in the PDF and was left out`,
      });
    }
  },
  group(node, ctx) {
    paintAll(node.children, ctx);
    if (node.detail !== undefined) linkDetail(node.detail, node, ctx);
    if (!node.link) return;
    const box = nodeBounds(node);
    if (box && box.width > 0 && box.height > 0) ctx.doc.link(box.x, box.y, box.width, box.height, node.link);
  },
};

/**
 * A detail map's badge opens that journey's PDF: a GoToR action (PDF's link to another PDF file, to
 * its first page fitted), which readers resolve beside this file; a URI action would go to a browser.
 */
function linkDetail(stem: string, node: SceneNode, ctx: PaintContext): void {
  const box = nodeBounds(node);
  if (!box || box.width <= 0 || box.height <= 0) return;
  // A String object is written as a PDF string, a plain string as a name (pdfkit's convention).
  const action = ctx.doc.ref({ S: 'GoToR', F: new String(detailFile(stem, 'pdf')), D: [0, 'Fit'] });
  (action as unknown as { end(): void }).end();
  // pdfkit reads `Subtype` (its typings spell it SubType): a Link annotation, no border.
  const options: Record<string, unknown> = { Subtype: 'Link', A: action };
  ctx.doc.annotate(box.x, box.y, box.width, box.height, options);
}

function paintNode<K extends SceneNodeKind>(node: Extract<SceneNode, { kind: K }>, ctx: Painting): void {
  (draw[node.kind] as Draw<K>)(node, ctx);
}

/** A picture's clip and a dash must not outlive their node: it is painted in a state of its own. */
const ownState = (node: SceneNode): boolean =>
  node.kind === 'image' ||
  ((node.kind === 'rect' || node.kind === 'path') && node.stroke !== undefined && dashPattern(node.stroke).length > 0);

/**
 * Paints nodes in order in one graphics state, setting each colour, opacity and line width only
 * when it changes (PaintState); a node whose clip or dash would leak is painted between save and
 * restore, after which the state is what it was.
 */
function paintAll(nodes: readonly SceneNode[], ctx: Painting): void {
  const { state } = ctx;
  for (const node of nodes) {
    if (ctx.window) {
      const box = nodeBounds(node);
      if (box && !intersects(box, ctx.window)) continue;
    }
    if (!ownState(node)) {
      paintNode(node, ctx);
      continue;
    }
    const before = { ...state };
    ctx.doc.save();
    paintNode(node, ctx);
    ctx.doc.restore();
    for (const key of Object.keys(state) as (keyof PaintState)[]) delete state[key];
    Object.assign(state, before);
  }
}

/** Paints nodes in order, from a graphics state whose colours are not yet known. */
export function paintNodes(nodes: readonly SceneNode[], ctx: PaintContext): void {
  paintAll(nodes, { ...ctx, state: {} });
}
