// Checks an image's bytes before any renderer uses them: the type its name says (png, jpg, svg)
// and its first bytes agree, its header's pixel size is within the limit, and an SVG is cleaned
// (clean-svg.ts). Returns the Asset renderers get, or the problem. No file access.

import type { ImageCheck } from '../model/checked-host.js';
import type { Asset } from '../render/renderer.js';
import { type CleanedSvg, cleanSvg } from './clean-svg.js';
import { contentHash } from './content-hash.js';
import { checkPixelSize } from './image-pixels.js';

const MEDIA_TYPES: Readonly<Record<string, Asset['mediaType']>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  svg: 'image/svg+xml',
};

/** The media type a path's extension names, or undefined when it is not png/jpg/jpeg/svg. */
export function mediaTypeOf(path: string): Asset['mediaType'] | undefined {
  const dot = path.lastIndexOf('.');
  return dot < 0 ? undefined : MEDIA_TYPES[path.slice(dot + 1).toLowerCase()];
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** What the bytes are, from their signature (SVG: an <svg> element after any prolog). */
export function sniffImageType(bytes: Uint8Array): 'png' | 'jpeg' | 'svg' | undefined {
  if (PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '');
  // The prolog may hold an XML declaration, comments and a doctype before the root element.
  const prolog = /^(\s*(<\?xml[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>))*\s*<svg[\s>]/i;
  return prolog.test(head) ? 'svg' : undefined;
}

/**
 * Cleaned SVGs by the sha256 of their bytes: a build checks each picture when its journey loads
 * and again when a renderer asks the asset store, and several journeys may share one logo.
 * Cleaning is a pure function of the bytes, so a hit is exactly what cleaning again would give;
 * bounded, so a long watch session does not grow it without end.
 */
const cleanedSvgs = new Map<string, CleanedSvg>();
const CLEANED_SVGS_KEPT = 64;

function cleanSvgOnce(bytes: Uint8Array): CleanedSvg {
  const key = contentHash(bytes);
  const known = cleanedSvgs.get(key);
  if (known) return known;
  const cleaned = cleanSvg(bytes);
  if (cleanedSvgs.size >= CLEANED_SVGS_KEPT) cleanedSvgs.delete(cleanedSvgs.keys().next().value as string);
  cleanedSvgs.set(key, cleaned);
  return cleaned;
}

export type CheckedImage = { asset: Asset; problem?: undefined } | ({ asset?: undefined } & Exclude<ImageCheck, { problem?: undefined }>);

export function checkImageBytes(path: string, bytes: Uint8Array): CheckedImage {
  const mediaType = mediaTypeOf(path);
  if (!mediaType) return { problem: 'invalid', detail: 'its name does not end in .png, .jpg, .jpeg or .svg' };
  const actual = sniffImageType(bytes);
  const expected = mediaType.slice('image/'.length).replace('svg+xml', 'svg');
  if (actual !== expected) {
    return {
      problem: 'invalid',
      detail: `${actual ? `it holds ${actual} data` : 'it is not a png, jpg or svg image'}, but its name says ${expected}`,
    };
  }
  if (mediaType === 'image/svg+xml') {
    const cleaned = cleanSvgOnce(bytes);
    return cleaned.bytes ? { asset: { bytes: cleaned.bytes, mediaType } } : { problem: cleaned.problem, detail: cleaned.detail };
  }
  const pixels = checkPixelSize(bytes);
  return pixels.problem ? pixels : { asset: { bytes, mediaType } };
}
