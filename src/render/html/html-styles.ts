// The page's one inline stylesheet: embedded font faces, screen layout, map states toggled by the
// script (persona dimming, hidden lanes, focus), the table view and the print rules (A3 landscape).
// Pure string building; hashed into the page's CSP, so it must be byte-stable.
import { FONT_FAMILY_STACK } from '../../assets/bundled-fonts.js';
import { inkOn, textOn } from '../../theme/contrast.js';
import type { Theme } from '../../theme/theme.js';
import { kindSelector } from '../svg/scene-selectors.js';

export interface EmbeddedFonts {
  /** Inter's slices the page needs, then the bundled fallback faces for characters Inter lacks (all as Inter). */
  readonly faces: readonly EmbeddedFontFace[];
}

export interface EmbeddedFontFace {
  readonly weight: number;
  /** font/woff2 (Inter's slices) or font/ttf (fallback faces subset at run time). */
  readonly mediaType: string;
  /** CSS unicode-range: the characters this face draws on the page. */
  readonly unicodeRange?: string;
  readonly base64: string;
}

const FONT_FORMATS: Readonly<Record<string, string>> = { 'font/woff2': 'woff2', 'font/ttf': 'truetype' };

const fontFace = (face: EmbeddedFontFace): string =>
  `@font-face{font-family:Inter;font-style:normal;font-weight:${face.weight};font-display:block;` +
  (face.unicodeRange ? `unicode-range:${face.unicodeRange};` : '') +
  `src:url(data:${face.mediaType};base64,${face.base64}) format("${FONT_FORMATS[face.mediaType] ?? 'truetype'}")}`;

/** Every group that stands for a touchpoint: its cells and its moment-of-truth band. */
const TOUCHPOINT = kindSelector('touchpoint');

/** Theme colours come from user theme files: anything but a plain colour could end the stylesheet. */
const CSS_COLOR = /^(#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,20}|(rgb|rgba|hsl|hsla)\([0-9.,%\s/]+\))$/;

function safeColors(colors: Theme['colors']): Record<keyof Theme['colors'], string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(colors)) {
    if (typeof value === 'string') out[key] = CSS_COLOR.test(value) ? value : 'currentColor';
  }
  return out as Record<keyof Theme['colors'], string>;
}

export function pageStyles(theme: Theme, fonts: EmbeddedFonts): string {
  const c = safeColors(theme.colors);
  // Words in a theme colour on the page's own light fills keep it where it reaches WCAG AA, else
  // take the text colour (-ink); text on a theme colour is white or dark by contrast (-on).
  const ink = (colour: string, fill: string): string => inkOn(colour, fill, { colors: c });
  const inks = [
    `--jmp-header-ink:${ink(c.headerBackground, '#ffffff')}`,
    `--jmp-header-ink-soft:${ink(c.headerBackground, '#e8eefc')}`,
    `--jmp-accent-ink:${ink(c.accent, '#e8eefc')}`,
    `--jmp-critical-ink:${ink(c.critical, '#fff4e6')}`,
    `--jmp-met-ink:${ink(c.kpiMet, '#ebfbee')}`,
    `--jmp-pain-ink:${ink(c.pain, '#ffffff')}`,
    `--jmp-missed-ink:${ink(c.kpiMissed, '#ffffff')}`,
    `--jmp-on-header:${textOn(c.headerBackground, { colors: c })}`,
    `--jmp-on-accent:${textOn(c.accent, { colors: c })}`,
  ].join(';');
  // ASCII only, non-ASCII as CSS escapes: the CLI bundle is ASCII (esbuild's charset ascii), and it
  // writes a character in String.raw as \uXXXX, which CSS would read as the letters u, X, X, X, X.
  const rules = String.raw`
:root{--jmp-text:${c.text};--jmp-muted:${c.mutedText};--jmp-accent:${c.accent};--jmp-line:${c.grid};--jmp-soft:${c.laneTitleBackground};--jmp-card-border:${c.cardBorder};--jmp-pain:${c.pain};--jmp-opp:${c.opportunity};--jmp-critical:${c.critical};--jmp-met:${c.kpiMet};--jmp-missed:${c.kpiMissed};--jmp-unknown:${c.kpiUnknown};--jmp-header:${c.headerBackground};${inks}}
*,*::before,*::after{box-sizing:border-box}
html,body{margin:0;padding:0}
body{font-family:${FONT_FAMILY_STACK};font-size:14px;line-height:1.45;color:var(--jmp-text);background:#eef1f5;-webkit-font-smoothing:antialiased}
button,select,input,summary{font:inherit;color:inherit}
:focus-visible{outline:2px solid var(--jmp-accent);outline-offset:2px}
.jmp-skip{position:absolute;left:8px;top:-48px;z-index:50;background:#fff;padding:8px 12px;border-radius:6px;box-shadow:0 2px 8px rgba(15,23,42,.2)}
.jmp-skip:focus{top:8px}
.jmp-sr-only{position:absolute!important;width:1px!important;height:1px!important;padding:0!important;margin:-1px!important;overflow:hidden!important;clip:rect(0 0 0 0)!important;white-space:nowrap!important;border:0!important}
.jmp-app{display:flex;flex-direction:column;min-height:100vh}
.jmp-js .jmp-app{height:100vh;min-height:480px}
.jmp-header{display:flex;align-items:center;gap:24px;padding:12px 20px;background:#fff;border-bottom:1px solid var(--jmp-line);box-shadow:0 1px 2px rgba(15,23,42,.05);position:relative;z-index:10}
.jmp-title-block{flex:1 1 auto;min-width:0}
.jmp-brand{flex:0 0 auto;display:flex;align-items:center;height:44px;padding:6px 10px;border-radius:6px;background:var(--jmp-header)}
.jmp-brand img{display:block;height:32px;width:auto;max-width:140px;object-fit:contain}
.jmp-title{margin:0;font-size:20px;font-weight:600;letter-spacing:-.01em;color:var(--jmp-header-ink);white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.jmp-meta{display:flex;flex-wrap:wrap;align-items:center;gap:4px 14px;margin:3px 0 0;color:var(--jmp-muted);font-size:12.5px}
.jmp-description{margin:4px 0 0;color:var(--jmp-muted);font-size:13px;max-width:90ch}
.jmp-badge{display:inline-block;padding:1px 9px;border-radius:999px;font-size:11.5px;font-weight:600;background:#e8eefc;color:var(--jmp-accent-ink)}
.jmp-badge-future{background:#f3e8fb;color:#7048a8}
.jmp-tag{padding:0 8px;border-radius:4px;background:var(--jmp-soft);border:1px solid var(--jmp-line);font-size:11.5px}
.jmp-controls{display:flex;align-items:center;gap:10px;flex:none}
.jmp-nojs .jmp-controls{display:none}
.jmp-field{display:inline-flex;align-items:center;gap:8px}
.jmp-field-label{font-size:11px;font-weight:600;text-transform:uppercase;letter-spacing:.06em;color:var(--jmp-muted)}
.jmp-controls select,.jmp-controls button,.jmp-lanes summary{height:32px;border:1px solid var(--jmp-card-border);border-radius:6px;background:#fff;padding:0 10px;font-size:13px;cursor:pointer}
.jmp-controls select{padding-right:6px;max-width:220px}
.jmp-controls button:hover,.jmp-lanes summary:hover,.jmp-controls select:hover{background:var(--jmp-soft)}
.jmp-lanes{position:relative}
.jmp-lanes summary{display:inline-flex;align-items:center;gap:8px;list-style:none;user-select:none}
.jmp-lanes summary::-webkit-details-marker{display:none}
.jmp-lanes summary::after{content:"";width:6px;height:6px;border-right:1.5px solid currentColor;border-bottom:1.5px solid currentColor;transform:rotate(45deg) translateY(-2px);margin-left:2px}
.jmp-lanes fieldset{position:absolute;right:0;top:38px;z-index:30;margin:0;min-width:220px;padding:8px 6px;background:#fff;border:1px solid var(--jmp-line);border-radius:8px;box-shadow:0 8px 24px rgba(15,23,42,.16)}
.jmp-lanes legend{float:left;width:100%;padding:2px 8px 6px;font-size:11px;font-weight:600;text-transform:uppercase;letter-spacing:.06em;color:var(--jmp-muted)}
.jmp-check{display:flex;align-items:center;gap:8px;padding:4px 8px;border-radius:4px;font-size:13px;cursor:pointer;clear:both}
.jmp-check:hover{background:var(--jmp-soft)}
.jmp-check input{accent-color:var(--jmp-accent);margin:0}
.jmp-zoom{display:inline-flex;align-items:center}
.jmp-zoom button{border-radius:0;margin-left:-1px;min-width:34px}
.jmp-zoom button:first-child{border-radius:6px 0 0 6px;margin-left:0;font-size:16px}
.jmp-zoom button:last-child{border-radius:0 6px 6px 0}
#jmp-zoom-in{font-size:16px}
.jmp-zoom output{display:inline-flex;align-items:center;justify-content:center;height:32px;min-width:56px;margin-left:-1px;border:1px solid var(--jmp-card-border);background:#fff;font-size:12.5px;font-variant-numeric:tabular-nums;color:var(--jmp-muted)}
.jmp-controls .jmp-primary{background:var(--jmp-header);border-color:var(--jmp-header);color:var(--jmp-on-header);font-weight:600}
.jmp-controls .jmp-primary:hover{background:var(--jmp-accent);border-color:var(--jmp-accent);color:var(--jmp-on-accent)}
.jmp-main{display:flex;flex:1 1 auto;min-height:0}
.jmp-nojs .jmp-main{display:block}
.jmp-nojs .jmp-table-view{overflow-x:auto}
.jmp-viewport{flex:1 1 auto;min-width:0;overflow:auto;padding:16px;position:relative}
.jmp-js .jmp-viewport{overflow:hidden;padding:0;cursor:grab;touch-action:none;user-select:none}
.jmp-js .jmp-viewport.jmp-dragging{cursor:grabbing}
.jmp-canvas{display:inline-block;transform-origin:0 0}
.jmp-js .jmp-canvas{position:absolute;left:0;top:0}
.jmp-canvas>svg{display:block;background:#fff;border-radius:4px;box-shadow:0 1px 3px rgba(15,23,42,.12),0 6px 20px rgba(15,23,42,.06)}
.jmp-hint{position:absolute;left:12px;bottom:10px;margin:0;padding:4px 10px;border-radius:999px;background:rgba(255,255,255,.9);border:1px solid var(--jmp-line);color:var(--jmp-muted);font-size:11.5px;pointer-events:none}
.jmp-nojs .jmp-hint{display:none}
.jmp-js ${TOUCHPOINT}{cursor:pointer;pointer-events:bounding-box;transition:opacity .15s}
${TOUCHPOINT}:focus{outline:none}
${TOUCHPOINT}:focus-visible,.jmp-selected{outline:3px solid var(--jmp-accent);outline-offset:3px;border-radius:4px}
.jmp-persona-dim{opacity:.14}
.jmp-persona-hidden,.jmp-lane-hidden{display:none}
.jmp-details{flex:0 0 360px;overflow:auto;background:#fff;border-left:1px solid var(--jmp-line);padding:18px 20px 28px}
.jmp-nojs .jmp-details{display:none}
.jmp-title{unicode-bidi:plaintext;text-align:left}
.jmp-details :is(h2,h3,p,li,dd,dt){unicode-bidi:plaintext;text-align:start}
.jmp-details h2{margin:2px 0 4px;font-size:18px;line-height:1.3;font-weight:600;color:var(--jmp-header-ink);overflow-wrap:anywhere}
.jmp-details h2:focus{outline:none}
.jmp-kicker{margin:0;font-size:11px;font-weight:600;text-transform:uppercase;letter-spacing:.06em;color:var(--jmp-muted);overflow-wrap:anywhere}
.jmp-details-empty{color:var(--jmp-muted);font-size:13px}
.jmp-chips{display:flex;flex-wrap:wrap;gap:6px;margin:8px 0 2px;padding:0;list-style:none}
.jmp-chip{display:inline-block;padding:1px 8px;border-radius:999px;font-size:11.5px;font-weight:600;background:var(--jmp-soft);border:1px solid var(--jmp-line);color:var(--jmp-muted)}
.jmp-chip-critical{background:#fff4e6;border-color:#ffd8a8;color:var(--jmp-critical-ink)}
.jmp-chip-data{background:#ebfbee;border-color:#b2f2bb;color:var(--jmp-met-ink)}
.jmp-chip-research{background:#e7f5ff;border-color:#a5d8ff;color:#1864ab}
.jmp-section{margin:16px 0 0}
.jmp-section h3{margin:0 0 4px;font-size:11px;font-weight:600;text-transform:uppercase;letter-spacing:.06em;color:var(--jmp-muted)}
.jmp-section p{margin:0;overflow-wrap:anywhere;white-space:pre-wrap}
.jmp-section ul{margin:0;padding-left:18px}
.jmp-section li{overflow-wrap:anywhere;white-space:pre-wrap}
.jmp-thought p{font-style:italic;border-left:3px solid var(--jmp-line);padding-left:10px}
.jmp-pains li::marker{color:var(--jmp-pain)}
.jmp-opps li::marker{color:var(--jmp-opp)}
.jmp-fails li::marker{content:'\26a0\20';color:var(--jmp-pain)}
.jmp-handoff-risky p{color:var(--jmp-pain-ink);font-weight:600}
.jmp-time .jmp-chip-longest{margin:2px 0;color:var(--jmp-pain-ink);border-color:var(--jmp-pain);background:#fff}
.jmp-emotions{list-style:none;padding:0!important;display:grid;gap:6px}
.jmp-emotion{display:grid;grid-template-columns:minmax(0,1fr) 88px 38px;align-items:center;gap:8px;font-size:13px}
.jmp-emotion-name{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.jmp-emotion-bar{position:relative;height:8px;border-radius:4px;background:var(--jmp-soft);border:1px solid var(--jmp-line)}
.jmp-emotion-bar::before{content:"";position:absolute;left:50%;top:-2px;bottom:-2px;width:1px;background:var(--jmp-card-border)}
.jmp-emotion-fill{position:absolute;top:0;bottom:0;border-radius:3px}
.jmp-emotion-value{text-align:right;font-variant-numeric:tabular-nums;font-weight:600}
.jmp-kpis{list-style:none;padding:0!important;display:grid;gap:6px}
.jmp-kpi{display:flex;justify-content:space-between;gap:10px;padding:6px 10px;border:1px solid var(--jmp-line);border-radius:6px;font-size:13px}
.jmp-kpi-name{overflow-wrap:anywhere}
.jmp-kpi-figures{color:var(--jmp-muted);font-variant-numeric:tabular-nums;white-space:nowrap}
.jmp-kpi-status{font-weight:600;white-space:nowrap}
.jmp-kpi-met .jmp-kpi-status{color:var(--jmp-text)}
.jmp-kpi-missed .jmp-kpi-status{color:var(--jmp-missed-ink)}
.jmp-details a{color:var(--jmp-accent-ink);overflow-wrap:anywhere}
.jmp-close{float:right;width:28px;height:28px;border:1px solid transparent;border-radius:6px;background:none;color:var(--jmp-muted);font-size:18px;line-height:1;cursor:pointer}
.jmp-close:hover{background:var(--jmp-soft);border-color:var(--jmp-line)}
.jmp-legend{list-style:none;padding:0!important;display:grid;gap:4px}
.jmp-legend li{display:flex;align-items:center;gap:8px}
.jmp-swatch{flex:none;width:18px;height:4px;border-radius:2px}
.jmp-table-view{padding:20px 24px}
.jmp-js .jmp-table-view{flex:1 1 auto;min-width:0;overflow:auto;background:#fff}
.jmp-js:not(.jmp-show-table) .jmp-table-view{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.jmp-show-table .jmp-viewport,.jmp-show-table .jmp-details{display:none}
.jmp-table{border-collapse:collapse;font-size:13px;background:#fff;min-width:100%}
.jmp-table caption{text-align:left;font-size:16px;font-weight:600;padding:0 0 10px;color:var(--jmp-header-ink)}
.jmp-table th,.jmp-table td{border:1px solid var(--jmp-line);padding:6px 10px;text-align:start;unicode-bidi:plaintext;vertical-align:top;min-width:120px;max-width:320px;white-space:normal;overflow-wrap:anywhere}
.jmp-table thead th{position:sticky;top:0;background:var(--jmp-soft);font-size:11.5px;text-transform:uppercase;letter-spacing:.04em;color:var(--jmp-muted)}
.jmp-table .jmp-table-stage th{background:#e8eefc;color:var(--jmp-header-ink-soft);font-size:13.5px}
.jmp-table tbody th[scope="row"]{font-weight:600;background:#fbfcfd}
.jmp-table ul{margin:0;padding-left:16px}
.jmp-table tr.jmp-persona-dim{opacity:.35}
.jmp-live{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
@page{size:A3 landscape;margin:10mm}
@media print{
body{background:#fff}
.jmp-app,.jmp-js .jmp-app{display:block;height:auto;min-height:0}
.jmp-header,.jmp-details,.jmp-hint,.jmp-skip,.jmp-table-view,.jmp-js:not(.jmp-show-table) .jmp-table-view{display:none!important}
.jmp-main{display:block}
.jmp-viewport,.jmp-js .jmp-viewport,.jmp-show-table .jmp-viewport{display:block!important;overflow:visible;padding:0;height:auto}
.jmp-canvas,.jmp-js .jmp-canvas{position:static;display:block;transform:none!important}
/* Page width, and never taller than one A3 landscape page: the viewBox letterboxes the map. */
.jmp-canvas>svg{width:100%!important;height:auto!important;max-height:270mm;box-shadow:none;border-radius:0}
.jmp-persona-dim{opacity:.14}
}`;
  return fonts.faces.map(fontFace).join('') + rules;
}
