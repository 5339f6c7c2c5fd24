/// <reference lib="dom" />
// The HTML page's script, entry module: bundled by scripts/page-script.mjs into one minified IIFE
// that html-page.ts inlines (and pins in the page's CSP). Brings the map's controls to life in
// the order they depend on one another; without the map or its JSON it does nothing.
import { setUpCompareToggle } from './compare-toggle.js';
import { createDetailsPanel } from './details-panel.js';
import { measureLanes } from './lane-layout.js';
import { setUpLaneToggles } from './lane-toggles.js';
import { readPageData } from './page-data.js';
import { setUpPersonaSwitcher } from './persona-switcher.js';
import { setUpTableToggle } from './table-toggle.js';
import { setUpTouchpointTarget } from './touchpoint-target.js';
import { sayFrom } from './words.js';
import { createZoomPan } from './zoom-pan.js';

function main(): void {
  const root = document.documentElement;
  const svg = document.querySelector<SVGSVGElement>('#jmp-canvas svg');
  const dataElement = document.getElementById('jmp-data');
  if (!svg || !dataElement) return;
  root.classList.remove('jmp-nojs');
  root.classList.add('jmp-js');
  // With the script, touchpoints inside the map are interactive: the map is a group, not one image.
  svg.setAttribute('role', 'group');
  // Labelled drawings without text (emotion curves and their gaps) are pictures: a label needs a role.
  svg.querySelectorAll('g[aria-label]:not([role])').forEach((g) => {
    if (!g.querySelector('text')) g.setAttribute('role', 'img');
  });
  const page = readPageData(dataElement);
  const details = createDetailsPanel(svg, page);
  // Measured now, while every lane is visible.
  const lanes = measureLanes(svg);
  setUpPersonaSwitcher(svg, page, details);
  const view = createZoomPan(svg);
  setUpLaneToggles(lanes, view, details);
  view.reset();
  setUpTableToggle(view, sayFrom(page.data.words));
  setUpCompareToggle(svg);
  setUpTouchpointTarget(svg);
}

main();
