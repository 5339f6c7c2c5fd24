// Gives each entity of one kind its id (explicit, else the slug of its name) and reports
// duplicates and derived-id collisions with the first definition as related information.
import type { Diagnostic, Span } from '../diagnostics/diagnostic.js';
import type { DataPath } from '../source/locate.js';
import type { ParsedFile } from '../source/parse-source.js';
import { slugify } from './slug.js';

export interface IdCandidate {
  readonly explicitId?: string;
  readonly name: string;
  /** Span of the explicit id value, when there is one. */
  readonly idSpan?: Span;
  /** Span of the name value: where a derived id comes from. */
  readonly nameSpan: Span;
}

/** An entity as written in its file; `shorthand` when it is a plain string, its name the entry itself. */
export interface WrittenEntity {
  readonly input: { readonly id?: string | undefined; readonly name: string };
  readonly parsed: ParsedFile;
  readonly path: DataPath;
  readonly shorthand?: boolean;
}

/** Where an entity's explicit id and its name are written: what id diagnostics point at. */
export function idCandidate({ input, parsed, path, shorthand = false }: WrittenEntity): IdCandidate {
  return {
    explicitId: input.id,
    name: input.name,
    ...(input.id !== undefined ? { idSpan: parsed.locate([...path, 'id']) } : {}),
    nameSpan: parsed.locate(shorthand ? path : [...path, 'name']),
  };
}

/** `kind` is singular for messages: "persona", "stage", "touchpoint". */
export function assignIds(candidates: readonly IdCandidate[], kind: string): { ids: string[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const taken = new Map<string, Span>();
  const ids: string[] = candidates.map((c) => c.explicitId ?? slugify(c.name));
  // Explicit ids first, so a derived id that collides with an explicit one is the one reported.
  candidates.forEach((c) => {
    if (c.explicitId === undefined) return;
    const span = c.idSpan ?? c.nameSpan;
    const first = taken.get(c.explicitId);
    if (first) {
      diagnostics.push({
        code: 'duplicate-id',
        severity: 'error',
        message: `${kind} id "${c.explicitId}" is defined twice`,
        span,
        hint: `give each ${kind} its own id`,
        related: [{ message: 'first defined here', span: first }],
      });
    } else {
      taken.set(c.explicitId, span);
    }
  });
  candidates.forEach((c, index) => {
    if (c.explicitId !== undefined) return;
    const derived = ids[index] ?? '';
    if (derived === '') {
      diagnostics.push({
        code: 'invalid-id',
        severity: 'error',
        message: `cannot derive a ${kind} id from the name "${c.name}"`,
        span: c.nameSpan,
        hint: 'add an explicit `id:` made of lower-case letters, digits, "-" and "_"',
      });
      return;
    }
    const first = taken.get(derived);
    if (first) {
      diagnostics.push({
        code: 'derived-id-collision',
        severity: 'error',
        message: `the ${kind} id "${derived}" derived from this name is already taken`,
        span: c.nameSpan,
        hint: `add an explicit id, e.g. \`id: ${derived}-2\``,
        related: [{ message: 'taken here', span: first }],
      });
    } else {
      taken.set(derived, c.nameSpan);
    }
  });
  return { ids, diagnostics };
}
