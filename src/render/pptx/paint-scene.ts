// Paints the Scene on one slide as native PowerPoint objects: rects as (rounded) rectangles, text
// boxes at the Scene's boxes with its line breaks (hyperlinks inside a linked group), paths as
// freeform shapes, images as pictures. Nothing is measured or moved here.

import type { ImageNode, PathNode, RectNode, SceneNode, Stroke, TextNode } from '../../scene/scene.js';
import { pathPoints } from '../../scene/scene-bounds.js';
import { detailHref } from '../../view/detail-link.js';
import { parseColor } from '../pdf/pdf-color.js';
import type { AssetStore } from '../renderer.js';
import { fitInto, imageSize } from './image-size.js';
import type { ShapeProps, Slide } from './pptxgen.js';
import { pxToPt, r4, type SlideFrame, toLen, toX, toY } from './slide-frame.js';

type Props = ShapeProps;

export interface PaintTarget {
  readonly slide: Slide;
  readonly frame: SlideFrame;
  readonly assets: AssetStore;
  /** The link of the group being painted (a touchpoint's `link`): its texts link to it. */
  readonly link?: string;
}

/** 'rrggbb' and a transparency in percent (pptxgenjs' terms), or undefined for no paint. */
export function pptxColor(value: string | undefined, opacity = 1): { color: string; transparency?: number } | undefined {
  const c = parseColor(value);
  if (!c) return undefined;
  const alpha = c.alpha * opacity;
  if (alpha <= 0) return undefined;
  const transparency = Math.round((1 - alpha) * 100);
  return transparency > 0 ? { color: c.hex.slice(1), transparency } : { color: c.hex.slice(1) };
}

function line(stroke: Stroke | undefined, frame: SlideFrame, opacity: number): Props['line'] {
  const color = stroke ? pptxColor(stroke.color, opacity) : undefined;
  if (!stroke || !color || stroke.width <= 0) return { type: 'none' };
  const dash = stroke.dash && stroke.dash.length > 0 ? ((stroke.dash[0] ?? 0) <= stroke.width * 1.5 ? 'sysDot' : 'dash') : 'solid';
  return { ...color, width: pxToPt(frame, stroke.width), dashType: dash };
}

const fill = (value: string | undefined, opacity: number): Props['fill'] => {
  const color = pptxColor(value, opacity);
  return color ? { type: 'solid', ...color } : { type: 'none' };
};

function paintRect(t: PaintTarget, node: RectNode): void {
  const opacity = node.opacity ?? 1;
  const radius = Math.min(node.radius ?? 0, node.width / 2, node.height / 2);
  const props: Props = {
    x: toX(t.frame, node.x),
    y: toY(t.frame, node.y),
    w: Math.max(toLen(t.frame, node.width), 0.001),
    h: Math.max(toLen(t.frame, node.height), 0.001),
    fill: fill(node.fill, opacity),
    line: line(node.stroke, t.frame, opacity),
  };
  if (radius > 0) t.slide.addShape('roundRect', { ...props, rectRadius: toLen(t.frame, radius) });
  else t.slide.addShape('rect', props);
}

const ALIGN = { start: 'left', middle: 'center', end: 'right' } as const;

function paintText(t: PaintTarget, node: TextNode): void {
  if (node.lines.length === 0) return;
  const { frame } = t;
  const first = node.lines[0]!;
  const second = node.lines[1];
  // The Scene's line pitch, kept exactly ("Exactly" line spacing), so the box holds what layout fitted.
  const pitch = second ? second.y - first.y : node.font.size * 1.4;
  const color = pptxColor(node.color)?.color ?? '000000';
  const link = t.link ? { hyperlink: { url: t.link } } : {};
  const runs = node.lines.map((l, i) => ({ text: l.text, options: { breakLine: i < node.lines.length - 1, ...link } }));
  // The box: the Scene's, from the top of the first line's pitch, at least as tall as the lines.
  const top = Math.min(node.box.y, first.y - pitch * 0.78);
  const height = Math.max(node.box.y + node.box.height, top + pitch * node.lines.length) - top;
  // Layout leaves slack for wider fallback fonts; a little more keeps PowerPoint from re-wrapping.
  const extra = node.box.width * 0.04;
  const x = node.anchor === 'start' ? node.box.x : node.anchor === 'end' ? node.box.x - extra : node.box.x - extra / 2;
  t.slide.addText(runs, {
    x: toX(frame, x),
    y: toY(frame, top),
    w: Math.max(toLen(frame, node.box.width + extra), 0.01),
    h: Math.max(toLen(frame, height), 0.01),
    margin: 0,
    fontFace: 'Inter',
    fontSize: pxToPt(frame, node.font.size),
    bold: node.font.face === 'semibold',
    color,
    align: ALIGN[node.anchor],
    valign: 'top',
    lineSpacing: pxToPt(frame, pitch),
    fit: 'none',
    wrap: true,
  });
}

/** Freeform points relative to the shape's box, in inches (pptxgenjs' unit for numbers below 100). */
function paintPath(t: PaintTarget, node: PathNode): void {
  const { xs, ys } = pathPoints(node.commands);
  if (xs.length < 2) return;
  const minX = Math.min(...xs);
  const minY = Math.min(...ys);
  const { frame } = t;
  const px = (x: number): number => r4((x - minX) * frame.scale);
  const py = (y: number): number => r4((y - minY) * frame.scale);
  const points: NonNullable<Props['points']> = node.commands.map((c) => {
    switch (c.op) {
      case 'M':
        return { x: px(c.x), y: py(c.y), moveTo: true };
      case 'L':
        return { x: px(c.x), y: py(c.y) };
      case 'C':
        return { x: px(c.x), y: py(c.y), curve: { type: 'cubic', x1: px(c.x1), y1: py(c.y1), x2: px(c.x2), y2: py(c.y2) } };
      case 'Z':
        return { close: true };
    }
  });
  const opacity = node.opacity ?? 1;
  // pptxgenjs' SHAPE_NAME type omits custGeom, which its ShapeType enum and its writer support.
  t.slide.addShape('custGeom' as 'rect', {
    x: toX(frame, minX),
    y: toY(frame, minY),
    w: Math.max(toLen(frame, Math.max(...xs) - minX), 0.001),
    h: Math.max(toLen(frame, Math.max(...ys) - minY), 0.001),
    points,
    fill: fill(node.fill, opacity),
    line: line(node.stroke, frame, opacity),
  });
}

function paintImage(t: PaintTarget, node: ImageNode): void {
  const asset = t.assets.get(node.asset);
  if (!asset || asset.mediaType === 'image/svg+xml') return;
  const size = imageSize(asset.bytes);
  if (!size) return;
  const data = `${asset.mediaType};base64,${Buffer.from(asset.bytes).toString('base64')}`;
  const { frame } = t;
  if ((node.fit ?? 'cover') === 'contain') {
    const r = fitInto(size, node, 'contain');
    t.slide.addImage({ data, x: toX(frame, r.x), y: toY(frame, r.y), w: toLen(frame, r.width), h: toLen(frame, r.height) });
    return;
  }
  // Cover: the picture at its own aspect, cropped to the box by pptxgenjs' srcRect.
  const r = fitInto(size, node, 'cover');
  t.slide.addImage({
    data,
    x: toX(frame, node.x),
    y: toY(frame, node.y),
    w: toLen(frame, r.width),
    h: toLen(frame, r.height),
    sizing: { type: 'cover', w: toLen(frame, node.width), h: toLen(frame, node.height) },
  });
}

type Draw<K extends SceneNode['kind']> = (t: PaintTarget, node: Extract<SceneNode, { kind: K }>) => void;

const DRAW: { readonly [K in SceneNode['kind']]: Draw<K> } = {
  rect: paintRect,
  text: paintText,
  path: paintPath,
  image: paintImage,
  // A detail map's badge links to that journey's .pptx beside this one, as the SVG's to its .svg.
  group: (t, node) =>
    paintNodes(
      node.link ? { ...t, link: node.link } : node.detail !== undefined ? { ...t, link: detailHref(node.detail, 'pptx') } : t,
      node.children,
    ),
};

export function paintNodes(t: PaintTarget, nodes: readonly SceneNode[]): void {
  for (const node of nodes) (DRAW[node.kind] as Draw<typeof node.kind>)(t, node as never);
}
