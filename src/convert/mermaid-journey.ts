// Mermaid `journey` diagram → journey YAML text (for `journeymap import`): sections become stages,
// tasks touchpoints, actors personas, scores 1..5 emotions -2..2. Pure: text in, text out; the
// YAML is built with the yaml Document API so every name is quoted exactly when it must be.
import { Document, isCollection, type Node } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { slugify } from '../model/slug.js';
import { type MermaidJourney, parseMermaidJourney } from './parse-mermaid-journey.js';
import { UniqueIds } from './unique-ids.js';

/** Where editors find the schema when the caller does not say; the package ships it in schemas/. */
export const DEFAULT_SCHEMA_URL = 'https://unpkg.com/journeymap/schemas/journey.schema.json';

/** Stage name for tasks written before any `section` (Mermaid puts them in an unnamed one). */
export const UNNAMED_SECTION = 'Tasks';

export interface ConvertOptions {
  /** The `$schema=` of the yaml-language-server comment; e.g. a path relative to the output file. */
  readonly schemaUrl?: string;
}

interface TouchpointOut {
  id?: string;
  name: string;
  personas?: string[];
  emotion: number;
}

interface StageOut {
  id?: string;
  name: string;
  touchpoints?: TouchpointOut[];
}

/** Mermaid scores 1..5 → emotions -2..2, without float noise (4.7 - 3 → 1.7, not 1.7000000000000002). */
export const scoreToEmotion = (score: number): number => Math.round((score - 3) * 1e6) / 1e6;

/** "maps/checkout flow.mmd" → "checkout flow": the title when the diagram has none. */
function titleFromFile(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  const stem = base.replace(/\.[^.]*$/, '').trim();
  return stem === '' ? 'Imported journey' : stem;
}

function toJourneyData(diagram: MermaidJourney, file: string): Record<string, unknown> {
  // Persona ids: one per distinct actor name, slugged; always written, since tasks refer to them.
  const personaIds = new UniqueIds('persona');
  const personas = new Map<string, string>();
  for (const actor of diagram.sections.flatMap((s) => s.tasks.flatMap((t) => t.actors))) {
    if (!personas.has(actor)) personas.set(actor, personaIds.take(slugify(actor)));
  }
  // Stage and touchpoint ids are written only where the derived one would be empty or collide.
  const stageIds = new UniqueIds(
    'stage',
    diagram.sections.map((s) => slugify(s.name ?? UNNAMED_SECTION)),
  );
  const tasks = diagram.sections.flatMap((s) => s.tasks);
  const touchpointIds = new UniqueIds(
    'touchpoint',
    tasks.map((t) => slugify(t.name)),
  );

  const stages: StageOut[] = diagram.sections.map((section) => {
    const name = section.name ?? UNNAMED_SECTION;
    const id = stageIds.explicit(slugify(name));
    const touchpoints = section.tasks.map((task): TouchpointOut => {
      const tpId = touchpointIds.explicit(slugify(task.name));
      const ids = task.actors.map((a) => personas.get(a) ?? '');
      // A task listing every actor applies to all personas: the language's default.
      const everyone = ids.length === 0 || (ids.length === personas.size && new Set(ids).size === personas.size);
      return {
        ...(tpId !== undefined ? { id: tpId } : {}),
        name: task.name,
        ...(everyone ? {} : { personas: ids }),
        emotion: scoreToEmotion(task.score),
      };
    });
    return { ...(id !== undefined ? { id } : {}), name, ...(touchpoints.length > 0 ? { touchpoints } : {}) };
  });

  return {
    title: diagram.title ?? titleFromFile(file),
    ...(diagram.description !== undefined ? { description: diagram.description } : {}),
    ...(personas.size > 0 ? { personas: [...personas].map(([name, id]) => ({ id, name })) } : {}),
    stages,
  };
}

function setFlow(node: unknown): void {
  if (isCollection(node)) node.flow = true;
}

function toYaml(data: Record<string, unknown>, file: string, schemaUrl: string): string {
  const doc = new Document(data, { version: '1.2' });
  doc.commentBefore = ` yaml-language-server: $schema=${schemaUrl}\n Imported from the Mermaid journey diagram ${file}.`;
  // A touchpoint's persona list reads better inline, as in the language reference: personas: [maria].
  const stages = data.stages as StageOut[];
  stages.forEach((stage, s) => {
    const stageNode = doc.getIn(['stages', s]) as Node | undefined;
    if (stageNode && s > 0) stageNode.spaceBefore = true;
    (stage.touchpoints ?? []).forEach((_, t) => setFlow(doc.getIn(['stages', s, 'touchpoints', t, 'personas'])));
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

export function convertMermaidJourney(
  text: string,
  file: string,
  options: ConvertOptions = {},
): { yaml?: string; diagnostics: Diagnostic[] } {
  const parsed = parseMermaidJourney(text, file);
  if (!parsed.journey) return { diagnostics: parsed.diagnostics };
  const yaml = toYaml(toJourneyData(parsed.journey, file), file, options.schemaUrl ?? DEFAULT_SCHEMA_URL);
  return { yaml, diagnostics: parsed.diagnostics };
}
