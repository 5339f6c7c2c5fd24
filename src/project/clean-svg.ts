// The one SVG cleaner: a user's SVG (logo, persona or storyboard image) is parsed as a DOM and
// stripped of everything that could reach outside the picture before any renderer sees it:
// external references (href, xlink:href, src, xml:base, CSS url() and @import), scripts, event
// attributes, foreignObject, animation and processing instructions. Only local `#id` references
// and `data:` png/jpeg/svg images survive, and those are checked too (nested SVGs cleaned again,
// to a depth limit). Uses @xmldom/xmldom, required lazily: only a project with SVG images loads it.
import { createRequire } from 'node:module';
import { checkPixelSize } from './image-pixels.js';

export type CleanedSvg = { bytes: Uint8Array; problem?: undefined } | { bytes?: undefined; problem: 'invalid'; detail: string };

/**
 * The largest SVG cleaned: xmldom parses about 1.5 MB a second, and a logo or a persona picture
 * is a few kilobytes; a bigger one is refused (invalid-image) rather than stalling every build.
 */
export const MAX_SVG_BYTES = 5 * 1024 * 1024;

/** A data: SVG inside a data: SVG inside … is followed this deep; deeper ones are dropped. */
export const MAX_SVG_NESTING = 3;

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Elements that run code, embed other documents or change attributes over time. */
const REMOVED_ELEMENTS = new Set([
  'script',
  'foreignObject',
  'iframe',
  'embed',
  'object',
  'audio',
  'video',
  'handler',
  'listener',
  'animate',
  'animateColor',
  'animateMotion',
  'animateTransform',
  'set',
  'discard',
]);
const DATA_IMAGE = /^data:image\/(png|jpeg|svg\+xml)(;[^,]*)?,/i;

type Xmldom = typeof import('@xmldom/xmldom');
type XmlNode = import('@xmldom/xmldom').Node;
type XmlElement = import('@xmldom/xmldom').Element;

/** CSS that can load something: url() to anything but a local #id, @import, image-set, escapes. */
function cssIsUnsafe(css: string): boolean {
  if (/@import|image-set\s*\(|expression\s*\(|\\/i.test(css)) return true;
  for (const match of css.matchAll(/url\s*\(\s*(['"]?)([^)'"]*)/gi)) {
    if (!match[2]!.trim().startsWith('#')) return true;
  }
  return false;
}

function decodeDataPayload(uri: string): Uint8Array | undefined {
  const comma = uri.indexOf(',');
  const meta = uri.slice(0, comma);
  const payload = uri.slice(comma + 1);
  try {
    if (/;base64$/i.test(meta)) return Buffer.from(payload.replace(/\s+/g, ''), 'base64');
    return new TextEncoder().encode(decodeURIComponent(payload));
  } catch {
    return undefined;
  }
}

const isPng = (b: Uint8Array): boolean => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47;
const isJpeg = (b: Uint8Array): boolean => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;

/** The value a data: image reference may keep (re-encoded when it is a cleaned SVG), else undefined. */
function safeDataImage(xmldom: Xmldom, uri: string, depth: number): string | undefined {
  const type = DATA_IMAGE.exec(uri)?.[1]?.toLowerCase();
  const bytes = type === undefined ? undefined : decodeDataPayload(uri);
  if (!bytes) return undefined;
  if (type === 'svg+xml') {
    if (depth >= MAX_SVG_NESTING) return undefined;
    const cleaned = cleanWith(xmldom, bytes, depth + 1);
    return cleaned.bytes ? `data:image/svg+xml;base64,${Buffer.from(cleaned.bytes).toString('base64')}` : undefined;
  }
  const signatureOk = type === 'png' ? isPng(bytes) : isJpeg(bytes);
  if (!signatureOk || checkPixelSize(bytes).problem) return undefined;
  return `data:image/${type};base64,${Buffer.from(bytes).toString('base64')}`;
}

function cleanAttributes(xmldom: Xmldom, element: XmlElement, depth: number): void {
  const attributes = Array.from({ length: element.attributes.length }, (_, i) => element.attributes.item(i)!);
  for (const attribute of attributes) {
    const name = attribute.localName ?? attribute.name;
    const value = attribute.value;
    const lower = name.toLowerCase();
    let keep: string | undefined = value;
    if (lower.startsWith('on') || attribute.name === 'xml:base' || lower === 'base') keep = undefined;
    else if (lower === 'href' || lower === 'src') {
      const trimmed = value.trim();
      keep = trimmed.startsWith('#') ? value : DATA_IMAGE.test(trimmed) ? safeDataImage(xmldom, trimmed, depth) : undefined;
    } else if (lower === 'style' || /url\s*\(|@import|\\/i.test(value)) {
      keep = cssIsUnsafe(value) ? undefined : value;
    }
    if (keep === undefined) element.removeAttributeNode(attribute);
    else if (keep !== value) element.setAttributeNS(attribute.namespaceURI, attribute.name, keep);
  }
}

function cleanTree(xmldom: Xmldom, node: XmlNode, rootNamespace: string | null, depth: number): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === child.PROCESSING_INSTRUCTION_NODE || child.nodeType === child.DOCUMENT_TYPE_NODE) {
      node.removeChild(child);
    } else if (child.nodeType === child.ELEMENT_NODE) {
      const element = child as XmlElement;
      const name = element.localName ?? element.nodeName;
      const unsafe =
        REMOVED_ELEMENTS.has(name) ||
        element.namespaceURI !== rootNamespace ||
        (name === 'style' && cssIsUnsafe(element.textContent ?? ''));
      if (unsafe) node.removeChild(child);
      else {
        cleanAttributes(xmldom, element, depth);
        cleanTree(xmldom, element, rootNamespace, depth);
      }
    }
  }
}

function cleanWith(xmldom: Xmldom, bytes: Uint8Array, depth: number): CleanedSvg {
  if (bytes.length > MAX_SVG_BYTES) {
    return { problem: 'invalid', detail: `it holds ${bytes.length} bytes; an SVG may hold at most ${MAX_SVG_BYTES} (5 MiB)` };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return { problem: 'invalid', detail: 'it is not UTF-8 text' };
  }
  const problems: string[] = [];
  let document: import('@xmldom/xmldom').Document;
  try {
    const parser = new xmldom.DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') problems.push(message);
      },
    });
    document = parser.parseFromString(text, 'image/svg+xml');
  } catch (error) {
    problems.push((error as Error).message);
    return { problem: 'invalid', detail: `it does not parse as XML: ${problems[0]!.split('\n')[0]}` };
  }
  if (problems.length > 0) return { problem: 'invalid', detail: `it does not parse as XML: ${problems[0]!.split('\n')[0]}` };
  const root = document.documentElement;
  if (!root || (root.localName ?? root.nodeName) !== 'svg' || (root.namespaceURI !== SVG_NS && root.namespaceURI !== null)) {
    return { problem: 'invalid', detail: 'its root element is not <svg>' };
  }
  cleanTree(xmldom, document, root.namespaceURI, depth);
  return { bytes: new TextEncoder().encode(new xmldom.XMLSerializer().serializeToString(document)) };
}

/** The SVG's cleaned bytes, or why it cannot be used (it does not parse, or its root is not <svg>). */
export function cleanSvg(bytes: Uint8Array): CleanedSvg {
  const xmldom = createRequire(import.meta.url)('@xmldom/xmldom') as Xmldom;
  return cleanWith(xmldom, bytes, 0);
}
