// The shape of one journey-quality rule, and the helper every rule reports its warnings with.
// Rules only read the Journey IR: no parsing, no file access, nothing that throws.
import type { Code } from '../diagnostics/codes.js';
import type { Diagnostic, Span } from '../diagnostics/diagnostic.js';
import type { FieldSpans, Journey } from '../model/journey.js';

export interface LintRule {
  /** The diagnostic code the rule reports; also its name on the command line and in docs. */
  readonly code: Code;
  /** One line for `journeymap lint --help`-style listings. */
  readonly description: string;
  check(journey: Journey): Diagnostic[];
}

/**
 * A lint warning. Entities loaded from YAML always carry a span; a Journey built in memory may
 * not, and then the diagnostic names the journey's file so it still says where it belongs.
 */
export function lintWarning(
  journey: Journey,
  code: Code,
  message: string,
  where: { readonly span?: Span | undefined; readonly hint?: string },
): Diagnostic {
  return {
    code,
    severity: 'warning',
    message,
    ...(where.span ? { span: where.span } : { file: journey.file }),
    ...(where.hint !== undefined ? { hint: where.hint } : {}),
  };
}

/**
 * Where a warning about one field of an entity points: the field's value when the IR knows where
 * it is written, else the whole entity (a Journey built in memory has no field spans).
 */
export const spanAt = (
  entity: { readonly span?: Span | undefined; readonly fieldSpans?: FieldSpans | undefined },
  field: string,
): Span | undefined => entity.fieldSpans?.[field] ?? entity.span;

/** Every touchpoint of the journey, in map order. */
export const allTouchpoints = (journey: Journey) => journey.stages.flatMap((s) => s.touchpoints);
