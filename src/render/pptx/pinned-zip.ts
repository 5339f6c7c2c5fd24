// Rewrites an OOXML zip (pptx, xlsx) so the same input gives the same bytes: every entry gets one
// fixed timestamp, entries keep their order, and the caller may rewrite entries (docProps dates).
// pptxgenjs and exceljs stamp the current time into both; this is where that is undone.
import JSZip from 'jszip';

/** The zip date when SOURCE_DATE_EPOCH is absent: 2000-01-01, as for PDF (zip dates start at 1980). */
const FALLBACK_DATE = Date.UTC(2000, 0, 1, 0, 0, 0);
const ZIP_EPOCH = Date.UTC(1980, 0, 1, 0, 0, 0);

/** The build's date: SOURCE_DATE_EPOCH (seconds) when given and representable in a zip, else 2000-01-01. */
export function buildDate(epoch: number): Date {
  const ms = epoch * 1000;
  return new Date(epoch > 0 && ms >= ZIP_EPOCH ? ms : FALLBACK_DATE);
}

/** W3CDTF as docProps/core.xml writes it, without milliseconds: 2000-01-01T00:00:00Z. */
export const w3cdtf = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Sets dcterms:created and dcterms:modified in a docProps/core.xml to `date`. */
export function pinCoreDates(coreXml: string, date: Date): string {
  return coreXml.replace(
    /(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g,
    (_m, open: string, close: string) => `${open}${w3cdtf(date)}${close}`,
  );
}

export type EntryRewrite = (name: string, text: string) => string;

/** The zip again, entries in the same order, each dated `date`, XML entries passed through `rewrite`. */
export async function pinZip(bytes: Uint8Array, date: Date, rewrite?: EntryRewrite): Promise<Uint8Array> {
  const source = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  for (const entry of Object.values(source.files)) {
    if (entry.dir) continue;
    if (rewrite && /\.(xml|rels)$/.test(entry.name)) {
      out.file(entry.name, rewrite(entry.name, await entry.async('string')), { date, createFolders: false });
    } else {
      out.file(entry.name, await entry.async('uint8array'), { date, createFolders: false });
    }
  }
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'UNIX' });
}
