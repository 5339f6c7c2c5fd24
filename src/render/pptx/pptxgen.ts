// Loads pptxgenjs and names its types. Required as CommonJS (its "import" build is an .es.js file
// in a package without "type": "module", which Node 20 will not load as ESM); only the pptx chunk
// imports this file, so `-f svg` never loads pptxgenjs.
import { createRequire } from 'node:module';
import type * as Pptx from 'pptxgenjs';

/** The class; typed through the module's `default`, though require() returns the class itself. */
type PptxGenClass = typeof import('pptxgenjs')['default'];
export type PptxGen = InstanceType<PptxGenClass>;
export type Slide = Pptx.default.Slide;
export type ShapeProps = Pptx.default.ShapeProps;
export type TableRow = Pptx.default.TableRow;

export const createPptx = (): PptxGen => {
  const PptxGenJS = createRequire(import.meta.url)('pptxgenjs') as PptxGenClass;
  return new PptxGenJS();
};
