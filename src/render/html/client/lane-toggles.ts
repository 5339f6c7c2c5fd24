// The lane toggles: each checkbox hides or shows its lane's row on the map (lane-layout.ts) and
// its cells in the table; lanes the map does not draw are left out; the summary counts lanes shown.
import type { DetailsPanel } from './details-panel.js';
import { byId } from './dom.js';
import type { LaneLayout } from './lane-layout.js';
import type { ZoomPan } from './zoom-pan.js';

export function setUpLaneToggles(lanes: LaneLayout, view: ZoomPan, details: DetailsPanel): void {
  const laneBox = byId<HTMLDetailsElement>('jmp-lanes');
  if (!laneBox) return;
  const boxes = laneBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]');
  function updateLaneCount(): void {
    let on = 0;
    let total = 0;
    boxes.forEach((b) => {
      if (!b.disabled) {
        total++;
        if (b.checked) on++;
      }
    });
    const count = byId('jmp-lanes-count');
    if (count) count.textContent = `${on}/${total}`;
  }
  boxes.forEach((box) => {
    if (!lanes.has(box.value)) {
      box.disabled = true;
      const label = box.closest('label');
      if (label) label.hidden = true;
    }
    box.addEventListener('change', () => {
      lanes.setHidden(box.value, !box.checked);
      document.querySelectorAll('.jmp-table [data-lane]').forEach((cell) => {
        if (cell.getAttribute('data-lane') === box.value) cell.classList.toggle('jmp-lane-hidden', !box.checked);
      });
      view.mapResized();
      updateLaneCount();
      details.updateFocusTargets();
    });
  });
  updateLaneCount();
  document.addEventListener('click', (e) => {
    if (laneBox.open && !laneBox.contains(e.target as Node | null)) laneBox.open = false;
  });
}
