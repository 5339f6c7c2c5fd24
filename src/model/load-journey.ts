// The whole front end for one journey file: parse → validate → imports → normalize + check.
// Stops after the first stage that reports an error (later stages would only echo it); never throws.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { journeySchema } from '../schema/journey.js';
import { parseSource } from '../source/parse-source.js';
import type { SourceFile } from '../source/source-file.js';
import { checkFileBudgets, checkImportedText, checkMapBudgets } from './check-budgets.js';
import { type CheckedHost, checkImageVia } from './checked-host.js';
import { imageDiagnostic } from './image-diagnostic.js';
import type { Journey } from './journey.js';
import { type LinkedLoads, loadOnce } from './linked-loads.js';
import { loadImports } from './load-imports.js';
import { loadKpiData } from './load-kpi-data.js';
import { loadLinks } from './load-links.js';
import { normalizeJourney } from './normalize-journey.js';
import { validateWithSchema } from './validate.js';

/**
 * `stack`: the journeys whose `compare`/`map` links led here (outermost first), so a chain of
 * links that comes back is a cycle, not an endless load. `loads`: the build's loads, so a linked
 * journey is loaded once per build however many journeys name it (linked-loads.ts).
 */
export function loadJourney(
  source: SourceFile,
  host: CheckedHost,
  stack: readonly string[] = [],
  loads?: LinkedLoads,
): { journey?: Journey; diagnostics: Diagnostic[] } {
  const parsedResult = parseSource(source);
  const diagnostics = [...parsedResult.diagnostics];
  const parsed = parsedResult.parsed;
  if (!parsed || hasErrors(diagnostics)) return { diagnostics };
  // Before validation: zod, normalize and layout then only ever see a map of bounded size.
  const budgets = checkFileBudgets(parsed);
  diagnostics.push(...budgets.diagnostics);
  if (hasErrors(diagnostics)) return { diagnostics };

  const validated = validateWithSchema(parsed, journeySchema);
  diagnostics.push(...validated.diagnostics);
  if (!validated.value) return { diagnostics };

  const imported = loadImports(parsed, validated.value.imports ?? [], host);
  diagnostics.push(...imported.diagnostics);
  diagnostics.push(...checkImportedText(parsed, budgets.characters, imported.characters));
  if (hasErrors(diagnostics)) return { diagnostics };

  const normalized = normalizeJourney(validated.value, parsed, imported);
  diagnostics.push(...normalized.diagnostics);
  for (const image of normalized.images) {
    const check = checkImageVia(host, image.path);
    if (check.problem) diagnostics.push(imageDiagnostic(image.path, check, image.span));
  }
  diagnostics.push(...checkMapBudgets(normalized.journey));
  if (hasErrors(diagnostics)) return { diagnostics };

  // Language 1.1: KPI series from data files, then the journeys it compares with and links to.
  // Every file is read through the Host, which is how compile.ts records the journey's inputs.
  const withData = loadKpiData(normalized.journey, validated.value, parsed, host);
  diagnostics.push(...withData.diagnostics);
  const load = (path: string, text: string, chain: readonly string[]) =>
    loadOnce(loads, { path, text }, host, (h) => loadJourney({ path, text }, h, chain, loads));
  const links = loadLinks(parsed, validated.value.compare, normalized.maps, { host, stack, load });
  diagnostics.push(...links.diagnostics);
  if (hasErrors(diagnostics)) return { diagnostics };
  const invisibleCharacters = [...parsed.invisibleCharacters, ...imported.invisibleCharacters];
  const journey = {
    ...withData.journey,
    ...(links.compare ? { compare: links.compare } : {}),
    ...(Object.keys(links.detailPersonas).length > 0 ? { detailPersonas: links.detailPersonas } : {}),
    ...(invisibleCharacters.length > 0 ? { invisibleCharacters } : {}),
  };
  return { journey, diagnostics };
}
