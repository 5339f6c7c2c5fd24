// Journeys a journey names (`compare:` and touchpoint `map:`), loaded through the Host with the
// same front end: missing, not a journey (a *.journey.yaml|yml file), errors of its own (reported
// at its own lines, plus one line at the link), and cycles along the chain of links.
import type { Diagnostic, Span } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { decodeSource } from '../source/decode-source.js';
import type { ParsedFile } from '../source/parse-source.js';
import type { CheckedHost } from './checked-host.js';
import type { ImageRef } from './drafts.js';
import type { Journey } from './journey.js';
import { outsideRootProblem } from './outside-root.js';
import { resolveWrittenPath } from './project-path.js';

const JOURNEY_FILE = /\.journey\.ya?ml$/i;

/** The chain of journeys being loaded (for cycles) and what each load found, shared by one build. */
export interface LinkWalk {
  readonly host: CheckedHost;
  readonly stack: readonly string[];
  readonly load: (path: string, text: string, stack: readonly string[]) => { journey?: Journey; diagnostics: Diagnostic[] };
}

type LinkKind = 'compare' | 'map';

const WORDS: Readonly<Record<LinkKind, { what: string; cycleHint: string }>> = {
  compare: { what: 'compared journey', cycleHint: 'a future-state map compares with its current state, which compares with nothing' },
  map: { what: 'detail map', cycleHint: 'a detail map does not link back up to its overview; the site shows the way back' },
};

/** Loads one linked journey; undefined (and diagnostics) when it cannot be used. */
function loadLink(walk: LinkWalk, kind: LinkKind, path: string, span: Span, out: Diagnostic[]): Journey | undefined {
  const { what, cycleHint } = WORDS[kind];
  if (walk.stack.includes(path)) {
    const chain = [...walk.stack.slice(walk.stack.indexOf(path)), path].join(' → ');
    out.push({ code: `${kind}-cycle`, severity: 'error', message: `${kind} "${path}" closes a cycle: ${chain}`, span, hint: cycleHint });
    return undefined;
  }
  if (!JOURNEY_FILE.test(path)) {
    out.push({
      code: `${kind}-invalid`,
      severity: 'error',
      message: `${what} "${path}" is not a journey file`,
      span,
      hint: 'name a *.journey.yaml file',
    });
    return undefined;
  }
  const bytes = walk.host.readFile(path);
  const outside = bytes === undefined ? outsideRootProblem(walk.host, what, path, span) : undefined;
  if (outside) {
    out.push(outside);
    return undefined;
  }
  if (bytes === undefined) {
    out.push({
      code: `${kind}-not-found`,
      severity: 'error',
      message: `${what} "${path}" does not exist`,
      span,
      hint: 'paths are relative to the file that names them',
    });
    return undefined;
  }
  const decoded = decodeSource(path, bytes);
  if (!decoded.source || hasErrors(decoded.diagnostics)) {
    out.push(...decoded.diagnostics);
    out.push({ code: `${kind}-invalid`, severity: 'error', message: `${what} "${path}" cannot be read as text`, span });
    return undefined;
  }
  const loaded = walk.load(path, decoded.source.text, [...walk.stack]);
  if (!loaded.journey || hasErrors(loaded.diagnostics)) {
    // Its own problems at its own lines; here, one line saying why this link fails.
    out.push(...loaded.diagnostics.filter((d) => d.severity === 'error'));
    out.push({
      code: `${kind}-invalid`,
      severity: 'error',
      message: `${what} "${path}" has errors (reported at its own lines)`,
      span,
      hint: `fix ${path} first`,
    });
    return undefined;
  }
  return loaded.journey;
}

export interface LinksResult {
  readonly compare?: Journey;
  /** The persona ids of each detail map that loaded, by path. */
  readonly detailPersonas: Record<string, readonly string[]>;
  readonly diagnostics: Diagnostic[];
}

export function loadLinks(parsed: ParsedFile, compare: string | undefined, maps: readonly ImageRef[], walk: LinkWalk): LinksResult {
  const diagnostics: Diagnostic[] = [];
  // Each linked journey is loaded once however many steps name it (one detail map per stage…):
  // within one call the chain, and so the result, is the same for every link to a path.
  const loaded = new Map<string, ReturnType<LinkWalk['load']>>();
  const load: LinkWalk['load'] = (path, text, stack) => {
    let result = loaded.get(path);
    if (!result) {
      result = walk.load(path, text, stack);
      loaded.set(path, result);
    }
    return result;
  };
  const inner: LinkWalk = { ...walk, stack: [...walk.stack, parsed.source.path], load };
  let compared: Journey | undefined;
  if (compare !== undefined) {
    const resolved = resolveWrittenPath(parsed, ['compare'], compare, 'compare', 'home-delivery.journey.yaml');
    if (resolved.diagnostic) diagnostics.push(resolved.diagnostic);
    if (resolved.path !== undefined) {
      compared = loadLink(inner, 'compare', resolved.path, resolved.span, diagnostics);
    }
  }
  const detailPersonas: Record<string, readonly string[]> = {};
  for (const map of maps) {
    const detail = loadLink(inner, 'map', map.path, map.span, diagnostics);
    if (detail) detailPersonas[map.path] = detail.personas.map((p) => p.id);
  }
  return { ...(compared ? { compare: compared } : {}), detailPersonas, diagnostics };
}
