// print-text-small: --page fits the map on one sheet whatever its size; when that prints the body
// text under 5 pt the warning names the larger paper that would print it bigger, and --tile.
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { MIN_BODY_TEXT_PT, type PaperName, sheetScale } from './map-plan.js';

/** The next paper up for a fitted map (A3 is the largest --page offers; beyond it, --tile). */
const LARGER: Readonly<Record<PaperName, PaperName | undefined>> = { a4: 'a3', letter: 'a3', a3: undefined };

const pt = (n: number): string => (Math.floor(n * 10) / 10).toFixed(1);

export interface PrintTextInput {
  readonly paper: PaperName;
  /** The Scene's size in px. */
  readonly width: number;
  readonly height: number;
  /** The theme's body text size in px. */
  readonly bodyPx: number;
  readonly file: string;
}

/** The warning, or undefined when body text prints at 5 pt or more. */
export function printTextWarning(input: PrintTextInput): Diagnostic | undefined {
  const bodyPt = input.bodyPx * sheetScale(input.paper, input.width, input.height);
  if (bodyPt >= MIN_BODY_TEXT_PT) return undefined;
  const larger = LARGER[input.paper];
  const largerPt = larger ? input.bodyPx * sheetScale(larger, input.width, input.height) : undefined;
  const paper = input.paper.toUpperCase();
  const instead =
    larger && largerPt !== undefined
      ? `--page ${larger} prints it at ${pt(largerPt)} pt${largerPt >= MIN_BODY_TEXT_PT ? '' : ' (still small)'}; --page ${larger} --tile makes a poster at full legibility`
      : `--page ${input.paper} --tile makes a poster at full legibility`;
  return {
    code: 'print-text-small',
    severity: 'warning',
    message: `fitted on one ${paper} sheet the map's body text prints at ${pt(bodyPt)} pt, under ${MIN_BODY_TEXT_PT} pt`,
    file: input.file,
    hint: instead,
  };
}
