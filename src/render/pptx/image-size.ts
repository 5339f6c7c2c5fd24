// The pixel size of a PNG or JPEG from its header, to fit a picture inside its box keeping its
// aspect (pptxgenjs stretches a picture to the box it is given). Pure byte reading.

export interface Size {
  readonly width: number;
  readonly height: number;
}

function pngSize(b: Uint8Array): Size | undefined {
  if (b.length < 24 || b[0] !== 0x89 || b[1] !== 0x50) return undefined;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function jpegSize(b: Uint8Array): Size | undefined {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return undefined;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return undefined;
    const marker = b[i + 1]!;
    const length = view.getUint16(i + 2);
    // SOF0..SOF15 except DHT (c4), JPG (c8) and DAC (cc) carry the frame size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { width: view.getUint16(i + 7), height: view.getUint16(i + 5) };
    }
    i += 2 + length;
  }
  return undefined;
}

export function imageSize(bytes: Uint8Array): Size | undefined {
  const size = pngSize(bytes) ?? jpegSize(bytes);
  return size && size.width > 0 && size.height > 0 ? size : undefined;
}

/** The picture's rectangle inside a box: whole and centred ('contain') or filling it ('cover', cropped by the caller). */
export function fitInto(
  size: Size,
  box: { x: number; y: number; width: number; height: number },
  fit: 'contain' | 'cover',
): { x: number; y: number; width: number; height: number } {
  const scale =
    fit === 'contain'
      ? Math.min(box.width / size.width, box.height / size.height)
      : Math.max(box.width / size.width, box.height / size.height);
  const width = size.width * scale;
  const height = size.height * scale;
  return { x: box.x + (box.width - width) / 2, y: box.y + (box.height - height) / 2, width, height };
}
