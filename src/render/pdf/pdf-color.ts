// Parses the Scene's resolved colour strings (#rgb, #rrggbb, #rrggbbaa, rgb()/rgba(), none,
// transparent) into what pdfkit takes: a hex colour and an opacity. Pure; knows nothing of pdfkit.

export interface PdfColor {
  /** '#rrggbb'. */
  readonly hex: string;
  /** 0..1, the colour's own alpha (multiplied with a node's opacity by the caller). */
  readonly alpha: number;
}

const clamp01 = (n: number): number => Math.min(1, Math.max(0, n));
const hex2 = (n: number): string =>
  Math.round(Math.min(255, Math.max(0, n)))
    .toString(16)
    .padStart(2, '0');

function parseHex(body: string): PdfColor | undefined {
  if (!/^[0-9a-f]+$/i.test(body)) return undefined;
  const full = body.length === 3 || body.length === 4 ? [...body].map((c) => c + c).join('') : body;
  if (full.length !== 6 && full.length !== 8) return undefined;
  const alpha = full.length === 8 ? parseInt(full.slice(6, 8), 16) / 255 : 1;
  return { hex: `#${full.slice(0, 6).toLowerCase()}`, alpha };
}

function parseRgb(args: string): PdfColor | undefined {
  const parts = args.split(/[\s,/]+/).filter((p) => p.length > 0);
  if (parts.length < 3 || parts.length > 4) return undefined;
  const channel = (p: string): number => (p.endsWith('%') ? (parseFloat(p) * 255) / 100 : parseFloat(p));
  const [r, g, b] = parts.slice(0, 3).map(channel);
  const a = parts[3] === undefined ? 1 : parts[3].endsWith('%') ? parseFloat(parts[3]) / 100 : parseFloat(parts[3]);
  if ([r, g, b, a].some((n) => n === undefined || !Number.isFinite(n))) return undefined;
  return { hex: `#${hex2(r!)}${hex2(g!)}${hex2(b!)}`, alpha: clamp01(a) };
}

/** undefined for 'none', 'transparent' and anything unparseable (painted as nothing). */
export function parseColor(value: string | undefined): PdfColor | undefined {
  if (value === undefined) return undefined;
  const v = value.trim().toLowerCase();
  if (v === '' || v === 'none' || v === 'transparent') return undefined;
  if (v.startsWith('#')) return parseHex(v.slice(1));
  const fn = /^rgba?\((.*)\)$/.exec(v);
  if (fn) return parseRgb(fn[1] ?? '');
  if (v === 'white') return { hex: '#ffffff', alpha: 1 };
  if (v === 'black') return { hex: '#000000', alpha: 1 };
  return undefined;
}

/** Mixes a colour with white: for tints of theme colours on summary pages. */
export function tint(hex: string, amountOfWhite: number): string {
  const c = parseColor(hex) ?? { hex: '#000000', alpha: 1 };
  const n = parseInt(c.hex.slice(1), 16);
  const mix = (ch: number): string => hex2(ch + (255 - ch) * clamp01(amountOfWhite));
  return `#${mix((n >> 16) & 255)}${mix((n >> 8) & 255)}${mix(n & 255)}`;
}
