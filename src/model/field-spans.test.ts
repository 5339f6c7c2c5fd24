// Field spans as loadJourney fills them: each key's span covers exactly that field's value as
// written, absent fields have none, and shorthand entities point at their plain string.
import { describe, expect, it } from 'vitest';
import type { Span } from '../diagnostics/diagnostic.js';
import type { FieldSpans } from './journey.js';
import { loadJourney } from './load-journey.js';

const lines = [
  'title: T',
  'personas: [{ id: maria, name: Maria }, { name: Tom Jones }]',
  'lanes: [touchpoints, emotions, { id: risks, title: Risks }]',
  'stages:',
  '  - name: Checkout',
  '    objective: Pay quickly',
  '    kpis: [{ name: Conversion, target: 3 }]',
  '    touchpoints:',
  '      - name: Pays',
  '        critical: true',
  '        owner: Payments',
  '        emotion: { maria: -1 }',
  '        pains: [Slow, "Unclear fees"]',
  '        systems: Ledger',
  '        fields: { risks: Fraud }',
  '      - Confirms',
  '  - Loyalty',
];
const text = `${lines.join('\n')}\n`;
const under = (span: Span | undefined) => (span ? text.slice(span.start.offset, span.end.offset) : undefined);
const texts = (spans: FieldSpans | undefined) => Object.fromEntries(Object.entries(spans ?? {}).map(([key, span]) => [key, under(span)]));

function load() {
  const { journey, diagnostics } = loadJourney({ path: 'j.journey.yaml', text }, { readFile: () => undefined });
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  if (!journey) throw new Error('journey did not load');
  return journey;
}

describe('fieldSpans', () => {
  it('covers each written touchpoint field, list item and custom field at its value, and nothing else', () => {
    const [pays, confirms] = load().stages[0]?.touchpoints ?? [];
    expect(texts(pays?.fieldSpans)).toEqual({
      name: 'Pays',
      critical: 'true',
      owner: 'Payments',
      emotion: '{ maria: -1 }',
      'pains[0]': 'Slow',
      'pains[1]': '"Unclear fees"',
      // A list written as one string is item 0, at the string.
      'systems[0]': 'Ledger',
      'fields.risks': 'Fraud',
    });
    // A shorthand touchpoint has only its name, and that is the whole plain string.
    expect(texts(confirms?.fieldSpans)).toEqual({ name: 'Confirms' });
  });

  it('covers stage names and objectives, shorthand stages included', () => {
    const [checkout, loyalty] = load().stages;
    expect(texts(checkout?.fieldSpans)).toEqual({ name: 'Checkout', objective: 'Pay quickly' });
    expect(texts(loyalty?.fieldSpans)).toEqual({ name: 'Loyalty' });
  });

  it('covers persona ids only where written, and KPI names', () => {
    const journey = load();
    expect(journey.personas.map((p) => texts(p.fieldSpans))).toEqual([{ id: 'maria', name: 'Maria' }, { name: 'Tom Jones' }]);
    expect(texts(journey.stages[0]?.kpis[0]?.fieldSpans)).toEqual({ name: 'Conversion' });
  });

  it('lies inside the entity it belongs to', () => {
    for (const stage of load().stages) {
      for (const tp of stage.touchpoints) {
        for (const span of Object.values(tp.fieldSpans ?? {})) {
          expect(span?.start.offset).toBeGreaterThanOrEqual(tp.span?.start.offset ?? Infinity);
          expect(span?.start.line).toBeGreaterThanOrEqual(stage.span?.start.line ?? Infinity);
        }
      }
    }
  });
});
