// Builds an example in process, the way the pipeline does, with the catalogue swapped for any
// other (a fake one in the tests): its Scene, and the words a reader gets back from the SVG (its
// text and aria labels, via an XML parser), the PDF (pdftotext) and the HTML page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser, type Element as XmlElement, type Node as XmlNode } from '@xmldom/xmldom';
import { compileJourney, renderArtifacts } from '../../src/compile.js';
import type { Journey } from '../../src/model/journey.js';
import { createAssetStore } from '../../src/project/asset-store.js';
import { createFsHost } from '../../src/project/fs-host.js';
import { builtinPlugin } from '../../src/render/builtin.js';
import type { Scene } from '../../src/scene/scene.js';
import { defaultTheme } from '../../src/theme/themes.js';
import { type JourneyView, journeyView } from '../../src/view/journey-view.js';
import type { Words } from '../../src/words/say.js';
import { run, writeTemp } from '../pdf/pdf-tools.js';
import { REPO_ROOT } from '../support/run-cli.js';

export const EXAMPLES = ['first-grocery-order', 'b2b-onboarding', 'car-insurance-claim'] as const;

export interface ExampleOutputs {
  readonly journey: Journey;
  readonly view: JourneyView;
  readonly scene: Scene;
  readonly svg: string;
  readonly html: string;
  /** pdftotext of every page. */
  readonly pdfText: string;
}

/** `words` replaces the view's catalogue (undefined: the pipeline's own). */
export const buildExample = (name: string, words?: Words): Promise<ExampleOutputs> => {
  const path = `examples/${name}.journey.yaml`;
  return buildSource({ path, text: readFileSync(join(REPO_ROOT, path), 'utf8') }, words);
};

/** Any journey text, read in the repository's root (for its imports and images). */
export async function buildSource(source: { path: string; text: string }, words?: Words): Promise<ExampleOutputs> {
  const { path } = source;
  const host = createFsHost(REPO_ROOT);
  const compiled = compileJourney(source, { host, theme: defaultTheme });
  if (!compiled.journey || !compiled.view) throw new Error(`${path} did not compile: ${JSON.stringify(compiled.diagnostics)}`);
  const view: JourneyView = words ? journeyView(compiled.journey, { theme: defaultTheme, words }) : compiled.view;
  const { layoutJourney } = await import('../../src/layout/layout-journey.js');
  const scene = layoutJourney(view);
  const renderers = builtinPlugin.renderers.filter((r) => ['svg', 'pdf', 'html'].includes(r.format));
  const base = { theme: defaultTheme, assets: createAssetStore(host, path), epoch: 0, options: {} };
  const { artifacts, diagnostics } = await renderArtifacts({ view, scene }, renderers, base);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(JSON.stringify(errors));
  const text = (format: string): string => new TextDecoder().decode(artifacts.find((a) => a.format === format)!.bytes);
  const pdf = artifacts.find((a) => a.format === 'pdf')!.bytes;
  return {
    journey: compiled.journey,
    view,
    scene,
    svg: text('svg'),
    html: text('html'),
    pdfText: run('pdftotext', ['-enc', 'UTF-8', writeTemp(pdf), '-']),
  };
}

/** What a reader of the SVG gets: every text (title, desc, tspans) and every aria-label. */
export function svgWords(svg: string): string[] {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const out: string[] = [];
  const visit = (node: XmlNode): void => {
    if (node.nodeType === 1) {
      const el = node as XmlElement;
      const label = el.getAttribute('aria-label');
      if (label) out.push(label);
      if (['tspan', 'title', 'desc'].includes(el.localName ?? '')) out.push(el.textContent ?? '');
    }
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
  };
  visit(doc);
  return out;
}
