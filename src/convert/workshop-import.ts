// `journeymap import` of a workshop spreadsheet: xlsx bytes or CSV text → journey YAML, with
// diagnostics at sheet, row and column. Picks the reader by kind; converting is workshop-journey.ts.
import { type Diagnostic, hasErrors } from '../diagnostics/diagnostic.js';
import type { ConvertOptions } from './mermaid-journey.js';
import { readWorkshopCsv } from './read-workshop-csv.js';
import { readWorkshopXlsx } from './read-workshop-xlsx.js';
import type { Sheet } from './sheet-table.js';
import { workshopToJourney, workshopYaml } from './workshop-journey.js';

export type WorkshopInput = { readonly kind: 'csv'; readonly text: string } | { readonly kind: 'xlsx'; readonly bytes: Uint8Array };

/** Whether a path names a workshop spreadsheet (by its extension). */
export const workshopKind = (path: string): 'csv' | 'xlsx' | undefined => {
  const ext = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase();
  return ext === 'csv' || ext === 'xlsx' ? ext : undefined;
};

export async function convertWorkshop(
  input: WorkshopInput,
  file: string,
  options: ConvertOptions = {},
): Promise<{ yaml?: string; diagnostics: Diagnostic[] }> {
  let sheets: Sheet[] | undefined;
  const diagnostics: Diagnostic[] = [];
  if (input.kind === 'csv') {
    const read = readWorkshopCsv(input.text, file);
    diagnostics.push(...read.diagnostics);
    sheets = read.sheet ? [read.sheet] : undefined;
  } else {
    const read = await readWorkshopXlsx(input.bytes, file);
    diagnostics.push(...read.diagnostics);
    sheets = read.sheets;
  }
  if (!sheets) return { diagnostics };
  const converted = workshopToJourney(sheets, file);
  diagnostics.push(...converted.diagnostics);
  if (!converted.data || hasErrors(diagnostics)) return { diagnostics };
  return { yaml: workshopYaml(converted.data, file, options), diagnostics };
}
