// Personas and channels as written, with the file they came from (journey or library), and their
// normalization into IR entities with ids assigned across every file. Pure.

import type { z } from 'zod/mini';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { channelSchema, personaSchema } from '../schema/persona.js';
import type { DataPath } from '../source/locate.js';
import type { ParsedFile } from '../source/parse-source.js';
import { assignIds, idCandidate } from './assign-ids.js';
import { collectFieldSpans, fieldSpanSpec } from './field-spans.js';
import type { Channel, Persona } from './journey.js';
import { PATH_PROBLEM_MESSAGES, resolveProjectPath } from './project-path.js';
import { toList } from './to-list.js';

/** The fields lint rules point at. */
const PERSONA_FIELD_SPANS = fieldSpanSpec(['id', 'name']);
export interface Draft<T> {
  readonly input: T;
  readonly parsed: ParsedFile;
  readonly path: DataPath;
}

export type PersonaDraft = Draft<z.infer<typeof personaSchema>>;
export type ChannelDraft = Draft<z.infer<typeof channelSchema>>;

export interface ImageRef {
  readonly path: string;
  readonly span: NonNullable<Persona['span']>;
}

/** Drafts for every entry of a list in one file. */
export function draftsOf<T>(list: readonly T[] | undefined, parsed: ParsedFile, key: string): Draft<T>[] {
  return (list ?? []).map((input, index) => ({ input, parsed, path: [key, index] }));
}

const idsFor = (drafts: readonly Draft<{ id?: string | undefined; name: string }>[], kind: string) =>
  assignIds(drafts.map(idCandidate), kind);

export function normalizePersonas(drafts: readonly PersonaDraft[]): {
  personas: Persona[];
  images: ImageRef[];
  diagnostics: Diagnostic[];
} {
  const { ids, diagnostics } = idsFor(drafts, 'persona');
  const images: ImageRef[] = [];
  const personas = drafts.map((draft, index): Persona => {
    const p = draft.input;
    let image: string | undefined;
    if (p.image !== undefined) {
      const span = draft.parsed.locate([...draft.path, 'image']);
      const resolved = resolveProjectPath(draft.parsed.source.path, p.image);
      if ('problem' in resolved) {
        diagnostics.push({
          code: 'path-outside-root',
          severity: 'error',
          message: `image "${p.image}" ${PATH_PROBLEM_MESSAGES[resolved.problem]}`,
          span,
          hint: 'use a relative path to a file inside the project, e.g. images/maria.png',
        });
      } else {
        image = resolved.path;
        images.push({ path: resolved.path, span });
      }
    }
    return {
      id: ids[index] ?? '',
      name: p.name,
      ...(p.age !== undefined ? { age: p.age } : {}),
      ...(p.role !== undefined ? { role: p.role } : {}),
      ...(p.quote !== undefined ? { quote: p.quote } : {}),
      goals: toList(p.goals),
      needs: toList(p.needs),
      frustrations: toList(p.frustrations),
      ...(p.tech !== undefined ? { tech: p.tech } : {}),
      ...(image !== undefined ? { image } : {}),
      ...(p.color !== undefined ? { color: p.color } : {}),
      implicit: false,
      span: draft.parsed.locate(draft.path),
      fieldSpans: collectFieldSpans(draft.parsed, draft.path, p, PERSONA_FIELD_SPANS),
    };
  });
  return { personas, images, diagnostics };
}

export function normalizeChannels(drafts: readonly ChannelDraft[]): { channels: Channel[]; diagnostics: Diagnostic[] } {
  const { ids, diagnostics } = idsFor(drafts, 'channel');
  const channels = drafts.map(
    (draft, index): Channel => ({
      id: ids[index] ?? '',
      name: draft.input.name,
      ...(draft.input.kind !== undefined ? { kind: draft.input.kind } : {}),
      ...(draft.input.icon !== undefined ? { icon: draft.input.icon } : {}),
      span: draft.parsed.locate(draft.path),
    }),
  );
  return { channels, diagnostics };
}

export const IMPLICIT_PERSONA: Persona = {
  id: 'customer',
  name: 'Customer',
  goals: [],
  needs: [],
  frustrations: [],
  implicit: true,
};
