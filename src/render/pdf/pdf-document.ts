// Creates the pdfkit document with deterministic metadata and the bundled Inter faces, and
// collects its bytes. The only place that constructs a PDFDocument; paints nothing itself.
import PDFDocument from 'pdfkit';
import { bundledFontPath } from '../../assets/bundled-fonts.js';
import type { Journey } from '../../model/journey.js';
import type { FontFaceName } from '../../scene/scene.js';

/**
 * The date written when SOURCE_DATE_EPOCH is absent (epoch 0 or invalid): 2000-01-01T00:00:00Z.
 * A fixed, obviously-synthetic date keeps builds byte-identical; 1970 would look like a bug.
 */
export const FALLBACK_PDF_DATE = new Date(Date.UTC(2000, 0, 1, 0, 0, 0));

export function pdfDate(epochSeconds: number): Date {
  return Number.isFinite(epochSeconds) && epochSeconds > 0 ? new Date(Math.floor(epochSeconds) * 1000) : FALLBACK_PDF_DATE;
}

/** pdfkit font names of the bundled faces. */
export const PDF_FONT: Readonly<Record<FontFaceName, string>> = {
  regular: 'Inter',
  semibold: 'Inter-SemiBold',
};

export type PdfDoc = PDFKit.PDFDocument;

/**
 * `fonts` (RenderContext.runCache): the font files pdfkit parsed for earlier documents of the run,
 * shared with this one (the bundle's pdfkit reads it: scripts/pdfkit-stubs/plugin.mjs).
 */
export function createPdfDocument(journey: Journey, epoch: number, fonts?: Map<string, unknown>): PdfDoc {
  const date = pdfDate(epoch);
  // pdfkit derives the trailer /ID from these entries and the CreationDate, and the font subset
  // tags from the font ids: with a fixed date everything in the file is a function of the input.
  const info: PDFKit.DocumentInfo = {
    Title: journey.title,
    Creator: 'journeymap',
    Producer: 'journeymap',
    CreationDate: date,
    ModDate: date,
  };
  if (journey.owner) info.Author = journey.owner;
  if (journey.description) info.Subject = journey.description;
  if (journey.tags.length > 0) info.Keywords = journey.tags.join(', ');
  const doc = new PDFDocument({
    autoFirstPage: false,
    bufferPages: true,
    compress: true,
    pdfVersion: '1.7',
    displayTitle: true,
    info,
    margin: 0,
    // No default font: pdfkit would parse Helvetica's AFM metrics for every document (3 ms each, 4%
    // of a batch) and write it unused into the file; every text names Inter or a fallback face.
    font: '',
    // Not in pdfkit's typings: only the bundled pdfkit knows it (unbundled, it is ignored).
    ...(fonts ? ({ fontkitCache: fonts } as object) : {}),
  });
  doc.registerFont(PDF_FONT.regular, bundledFontPath('regular'));
  doc.registerFont(PDF_FONT.semibold, bundledFontPath('semibold'));
  return doc;
}

/** Ends the document and resolves with all its bytes. */
export function finishPdf(doc: PdfDoc): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => {
      const all = Buffer.concat(chunks);
      resolve(new Uint8Array(all.buffer, all.byteOffset, all.byteLength));
    });
    doc.on('error', reject);
    doc.end();
  });
}
