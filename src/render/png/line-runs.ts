// How the PNG's SVG draws a line that needs a fallback face: run by run in visual order, each run in
// its face and placed from the widths layout measured. resvg falls back to only one other face within
// a run, so Arabic beside an emoji came out as empty boxes. Lines in Inter alone are drawn whole.
import type { TextNode } from '../../scene/scene.js';
import { runWidth } from '../run-width.js';
import type { LineRuns, PlacedRun } from '../svg/render-svg.js';
import { visualRuns } from '../visual-runs.js';

export const pngLineRuns: LineRuns = (t: TextNode, line) => {
  const runs = visualRuns(line.text, t.font.face, t.direction ?? 'ltr');
  if (runs.every((run) => !run.face)) return undefined;
  const widths = runs.map((run) => runWidth(run, t.font));
  const total = widths.reduce((sum, w) => sum + w, 0);
  let x = t.anchor === 'end' ? line.x - total : t.anchor === 'middle' ? line.x - total / 2 : line.x;
  return runs.map((run, i): PlacedRun => {
    const placed = { text: run.text, x, ...(run.face ? { family: run.face.family } : {}) };
    x += widths[i] ?? 0;
    return placed;
  });
};
