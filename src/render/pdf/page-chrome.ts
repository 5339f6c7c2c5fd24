// The look shared by the summary pages and the printed map sheets: page sizes, header band,
// footers and a cursor that starts a new page when content would overflow. Uses pdfkit's own
// text wrapping (these pages are not part of the Scene); draws no journey content itself.
import type { Theme } from '../../theme/theme.js';
import { say, type Words } from '../../words/say.js';
import type { Asset } from '../renderer.js';
import { landscape, type PaperName } from './map-plan.js';
import { PDF_FONT, type PdfDoc } from './pdf-document.js';
import { flowText } from './pdf-paragraph.js';

export const MARGIN = 40;
const HEADER_HEIGHT = 58;
const FOOTER_ZONE = 30;

export interface Chrome {
  readonly doc: PdfDoc;
  readonly theme: Theme;
  readonly journeyTitle: string;
  /** The view's catalogue: every word these pages add (page titles, labels, footers). */
  readonly words: Words;
  readonly pageSize: [number, number];
  /** The theme's logo (png or jpeg: pdfkit embeds no SVG), drawn in the summary header band. */
  readonly logo?: Asset;
}

/** The logo's box on summary pages, in pt: small, right-aligned in the header band. */
const LOGO_BOX: [number, number] = [120, 24];
const LOGO_GAP = 16;

/** Draws the logo at the right of the header band; returns the width it took (0 without one). */
function drawHeaderLogo(chrome: Chrome): number {
  const { doc, logo, pageSize } = chrome;
  if (!logo || logo.mediaType === 'image/svg+xml') return 0;
  try {
    doc.image(Buffer.from(logo.bytes), pageSize[0] - MARGIN - LOGO_BOX[0], (HEADER_HEIGHT - LOGO_BOX[1]) / 2, {
      fit: LOGO_BOX,
      align: 'right',
      valign: 'center',
    });
  } catch {
    // A picture pdfkit cannot decode: the page still prints, without the logo.
    return 0;
  }
  return LOGO_BOX[0] + LOGO_GAP;
}

/** Summary pages print on a landscape sheet: the chosen paper, A4 for 'fit'. */
export const summaryPageSize = (page: PaperName | 'fit'): [number, number] => landscape(page === 'fit' ? 'a4' : page);

export function font(doc: PdfDoc, face: 'regular' | 'semibold', size: number, color: string): PdfDoc {
  return doc.font(PDF_FONT[face]).fontSize(size).fillColor(color);
}

/** Starts a summary page: the dark header band with the page heading; returns the content top. */
export function startSummaryPage(chrome: Chrome, heading: string): number {
  const { doc, theme, pageSize } = chrome;
  doc.addPage({ size: pageSize, margin: 0 });
  doc.rect(0, 0, pageSize[0], HEADER_HEIGHT).fill(theme.colors.headerBackground);
  doc.rect(0, HEADER_HEIGHT, pageSize[0], 3).fill(theme.colors.accent);
  flowText(font(doc, 'semibold', 18, theme.colors.headerText), 'semibold', heading, MARGIN, 20, {
    lineBreak: false,
    baseline: 'top',
  });
  const logoWidth = drawHeaderLogo(chrome);
  const titleWidth = pageSize[0] / 2 - MARGIN - logoWidth;
  font(doc, 'regular', 10, theme.colors.headerText).fillOpacity(0.8);
  flowText(doc, 'regular', chrome.journeyTitle, pageSize[0] / 2, 25, { width: titleWidth, align: 'right', height: 14, ellipsis: true });
  doc.fillOpacity(1);
  return HEADER_HEIGHT + 3 + 22;
}

/** Lowest y content may reach on a summary page. */
export const contentBottom = (chrome: Chrome): number => chrome.pageSize[1] - MARGIN - FOOTER_ZONE / 2;
export const contentWidth = (chrome: Chrome): number => chrome.pageSize[0] - 2 * MARGIN;

/**
 * Footer line: left and right text in the bottom margin of the current page. `inset` keeps the
 * text clear of crop and overlap marks on printed map sheets.
 */
export function drawFooter(chrome: Chrome, text: { left: string; right: string }, at: { margin: number; inset?: number }): void {
  const { doc, theme, pageSize } = chrome;
  const inset = at.inset ?? 0;
  const y = pageSize[1] - at.margin / 2 - 4;
  const half = (pageSize[0] - 2 * (at.margin + inset)) / 2;
  font(doc, 'regular', 7.5, theme.colors.mutedText);
  flowText(doc, 'regular', text.left, at.margin + inset, y, { width: half, height: 10, ellipsis: true });
  flowText(doc, 'regular', text.right, at.margin + inset + half, y, { width: half, align: 'right', height: 10 });
}

/**
 * A top-to-bottom cursor over summary pages: `reserve(h)` makes room for a block of height h,
 * starting a continuation page when it would overflow. Local state only, one per section.
 */
export interface Flow {
  readonly chrome: Chrome;
  y: number;
  reserve(height: number): void;
  /** Height still free on this page. */
  free(): number;
}

export function createFlow(chrome: Chrome, heading: string, onNewPage?: (flow: Flow) => void): Flow {
  const flow: Flow = {
    chrome,
    y: startSummaryPage(chrome, heading),
    reserve(height) {
      if (flow.y + height <= contentBottom(chrome)) return;
      flow.y = startSummaryPage(chrome, say(chrome.words, 'section.continued', { heading }));
      onNewPage?.(flow);
    },
    free: () => contentBottom(chrome) - flow.y,
  };
  return flow;
}
