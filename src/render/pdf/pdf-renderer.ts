// The PDF renderer: the map (vector, selectable Inter text, clickable links) followed by the
// personas, KPI and action-list pages, each with a bookmark. The map only paints the Scene; the
// summary pages are laid out here with pdfkit's own text wrapping, acceptable because they are
// not part of the Scene. Deterministic: dates come from context.epoch only (see pdfDate).
// pdfkit is imported only in this folder, which the CLI loads lazily for --format pdf.

import type { Journey } from '../../model/journey.js';
import type { Scene } from '../../scene/scene.js';
import { say } from '../../words/say.js';
import { displaySizedAssets, PDF_IMAGE_DENSITY } from '../display-images.js';
import { missingGlyphsWarning } from '../missing-glyphs.js';
import type { RenderContext, Renderer } from '../renderer.js';
import { footerLeft } from '../summary-data.js';
import { drawActionsPage } from './actions-page.js';
import { drawComparePage } from './compare-page.js';
import { drawKpiPage } from './kpi-page.js';
import { drawMapPages } from './map-pages.js';
import { isPaperName, type PaperName, planMap, SHEET_MARGIN_PT } from './map-plan.js';
import { minFontSize } from './min-font-size.js';
import { type Chrome, drawFooter, MARGIN, summaryPageSize } from './page-chrome.js';
import { createPdfDocument, finishPdf } from './pdf-document.js';
import { drawPersonasPage } from './personas-page.js';
import { printTextWarning } from './print-text-warning.js';
import { imageKeys, withRasterizedSvg } from './raster-svg-assets.js';

/** `--page`: 'fit' (default) or a paper name; anything else falls back to 'fit'. `--tile` is options.tile = 1. */
export function pageOption(context: RenderContext): PaperName | 'fit' {
  const page = context.options.page;
  return isPaperName(page) ? page : 'fit';
}

/** Text the summary pages print beyond the map (persona cards, KPI sources). */
function summaryTexts(journey: Journey): string[] {
  const personas = journey.personas.flatMap((p) => [p.name, p.role ?? '', p.quote ?? '', ...p.goals, ...p.needs, ...p.frustrations]);
  const kpis = [...journey.kpis, ...journey.stages.flatMap((s) => [...s.kpis, ...s.touchpoints.flatMap((t) => t.kpis)])];
  return [...personas, ...kpis.flatMap((k) => [k.name, k.unit ?? '', k.source ?? ''])];
}

export async function renderPdf(scene: Scene, context: RenderContext): Promise<Uint8Array> {
  const { journey, theme } = context;
  const { words } = context.view;
  const glyphs = missingGlyphsWarning(scene, { format: 'pdf', file: journey.file, moreText: summaryTexts(journey) });
  if (glyphs) context.report(glyphs);
  const page = pageOption(context);
  const doc = createPdfDocument(journey, context.epoch, context.runCache);
  const tile = context.options.tile === 1;
  const plan = planMap({ width: scene.width, height: scene.height, minFontPx: minFontSize(scene.nodes), page, tile });
  if (page !== 'fit' && !tile) {
    const small = printTextWarning({
      paper: page,
      width: scene.width,
      height: scene.height,
      bodyPx: theme.fontSizes.body,
      file: journey.file,
    });
    if (small) context.report(small);
  }
  const keys = imageKeys(scene.nodes);
  for (const persona of journey.personas) if (persona.image !== undefined) keys.add(persona.image);
  if (theme.logo !== undefined) keys.add(theme.logo);
  const assets = withRasterizedSvg(context.assets, keys, context.pictures);
  const logo = theme.logo === undefined ? undefined : assets.get(theme.logo);
  const mapChrome: Chrome = { doc, theme, journeyTitle: journey.title, words, pageSize: plan.pageSize };
  // The map embeds pictures at display size; the persona pages draw portraits larger, from the originals.
  const mapAssets = displaySizedAssets(assets, scene.nodes, PDF_IMAGE_DENSITY, context.pictures);
  drawMapPages({ chrome: mapChrome, scene, plan, assets: mapAssets, report: (d) => context.report(d) });
  const mapPages = doc.bufferedPageRange().count;

  // Summary pages print on the chosen paper, landscape (A4 when the map page is 'fit').
  // A section with nothing to show (only the implicit persona, no KPIs, no pains or
  // opportunities) gets no page rather than an empty one.
  const chrome: Chrome = { doc, theme, journeyTitle: journey.title, words, pageSize: summaryPageSize(page), ...(logo ? { logo } : {}) };
  drawPersonasPage(chrome, context.view, assets);
  drawKpiPage(chrome, journey, context.view.format);
  drawComparePage(chrome, context.view);
  drawActionsPage(chrome, journey);

  // Footers last, when the page count is known (pages are buffered until finishPdf).
  const { start, count } = doc.bufferedPageRange();
  const left = footerLeft(theme.brand, journey, words);
  // The fitted map page has no margin for one, and tiles carry their own "page r/c" labels.
  const firstNumbered = plan.kind === 'sheet' ? 0 : mapPages;
  for (let i = firstNumbered; i < count; i++) {
    doc.switchToPage(start + i);
    const onMap = i < mapPages;
    drawFooter(
      onMap ? mapChrome : chrome,
      { left, right: say(words, 'pdf.page', { page: i + 1, pages: count }) },
      { margin: onMap ? SHEET_MARGIN_PT : MARGIN },
    );
  }
  return finishPdf(doc);
}

export const pdfRenderer: Renderer = {
  format: 'pdf',
  extension: 'pdf',
  mediaType: 'application/pdf',
  render: renderPdf,
};
