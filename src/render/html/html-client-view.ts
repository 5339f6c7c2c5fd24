// The page script's map half: persona switcher, lane toggles, zoom and pan (buttons, ctrl/wheel,
// drag, keys), and the table-view toggle. Plain browser JavaScript kept as a string (inlined and
// CSP-hashed); it reads the SVG's data-kind/data-ref/data-personas and never writes markup.

/** Runs last in the page IIFE: uses `svg`, `refOf`, `kindOf`, `details` and `laneLayout`. */
export const CLIENT_VIEW_SCRIPT = String.raw`
var $ = function (id) { return doc.getElementById(id); };
var personasOf = function (el) {
  var raw = (el.getAttribute('data-personas') || '').trim();
  return raw ? raw.split(/[\s,]+/) : null;
};

// Persona switcher: other personas' touchpoint cells are dimmed, their curves hidden.
var personaSelect = $('jmp-persona');
function applyPersona(id) {
  svg.querySelectorAll('[data-personas]').forEach(function (el) {
    var list = personasOf(el);
    var off = id !== '' && list !== null && list.indexOf(id) < 0;
    // Curves and markers inside lanes go; touchpoints and legend entries stay, dimmed, for context.
    var dim = kindOf(el) === 'touchpoint' || !el.closest('[data-kind="lane"]');
    el.classList.toggle('jmp-persona-dim', off && dim);
    el.classList.toggle('jmp-persona-hidden', off && !dim);
  });
  doc.querySelectorAll('.jmp-table tr[data-ref]').forEach(function (row) {
    var tp = touchpoints.get(row.getAttribute('data-ref'));
    row.classList.toggle('jmp-persona-dim', id !== '' && !!tp && tp.personas.indexOf(id) < 0);
  });
  details.refresh();
}
if (personaSelect) personaSelect.addEventListener('change', function () { applyPersona(personaSelect.value); });

// Lane toggles: a lane's row (its group and every cell inside it) is hidden or shown.
var laneBox = $('jmp-lanes');
function updateLaneCount() {
  var boxes = laneBox.querySelectorAll('input[type=checkbox]');
  var on = 0, total = 0;
  boxes.forEach(function (b) { if (!b.disabled) { total++; if (b.checked) on++; } });
  $('jmp-lanes-count').textContent = on + '/' + total;
}
if (laneBox) {
  laneBox.querySelectorAll('input[type=checkbox]').forEach(function (box) {
    if (!laneLayout.has(box.value)) { box.disabled = true; box.closest('label').hidden = true; }
    box.addEventListener('change', function () {
      laneLayout.setHidden(box.value, !box.checked);
      doc.querySelectorAll('.jmp-table [data-lane]').forEach(function (cell) {
        if (cell.getAttribute('data-lane') === box.value) cell.classList.toggle('jmp-lane-hidden', !box.checked);
      });
      mapW = svg.width.baseVal.value || mapW;
      mapH = svg.height.baseVal.value || mapH;
      applyView();
      updateLaneCount();
      details.updateFocusTargets();
    });
  });
  updateLaneCount();
  doc.addEventListener('click', function (e) {
    if (laneBox.open && !laneBox.contains(e.target)) laneBox.open = false;
  });
}

// Zoom and pan: one transform on the canvas; the viewport clips. Pan is clamped so the map
// never leaves the view entirely.
var viewport = $('jmp-viewport');
var canvas = $('jmp-canvas');
var zoomLevel = $('jmp-zoom-level');
var box = svg.viewBox && svg.viewBox.baseVal && svg.viewBox.baseVal.width ? svg.viewBox.baseVal : null;
var mapW = svg.width.baseVal.value || (box ? box.width : 1000);
var mapH = svg.height.baseVal.value || (box ? box.height : 600);
var view = { scale: 1, x: 0, y: 0 };
var MARGIN = 24;
function bounds() { return { w: viewport.clientWidth, h: viewport.clientHeight }; }
function clampView() {
  var b = bounds(), w = mapW * view.scale, h = mapH * view.scale;
  view.x = w + 2 * MARGIN <= b.w ? (b.w - w) / 2 : Math.min(MARGIN, Math.max(b.w - w - MARGIN, view.x));
  view.y = h + 2 * MARGIN <= b.h ? MARGIN : Math.min(MARGIN, Math.max(b.h - h - MARGIN, view.y));
}
function applyView() {
  clampView();
  canvas.style.transform = 'translate(' + view.x.toFixed(1) + 'px, ' + view.y.toFixed(1) + 'px) scale(' + view.scale.toFixed(4) + ')';
  zoomLevel.textContent = Math.round(view.scale * 100) + '%';
}
function fitScales() {
  var b = bounds();
  return { w: Math.max(0.02, (b.w - 2 * MARGIN) / mapW), h: Math.max(0.02, (b.h - 2 * MARGIN) / mapH) };
}
// The whole map; and the opening view, which fills the width or the height (wide maps stay
// readable and pan sideways) but never enlarges past 100%.
function fitScale() { var f = fitScales(); return Math.min(1, f.w, f.h); }
function fillScale() { var f = fitScales(); return Math.min(1, Math.max(f.w, f.h)); }
function zoomAt(factor, cx, cy) {
  var next = Math.min(4, Math.max(Math.min(0.1, fitScale()), view.scale * factor));
  view.x = cx - (cx - view.x) * (next / view.scale);
  view.y = cy - (cy - view.y) * (next / view.scale);
  view.scale = next;
  applyView();
}
function zoomCenter(factor) { var b = bounds(); zoomAt(factor, b.w / 2, b.h / 2); }
function fit() { view.scale = fitScale(); view.x = MARGIN; view.y = MARGIN; applyView(); }
function reset() { view.scale = fillScale(); view.x = MARGIN; view.y = MARGIN; applyView(); }
function panBy(dx, dy) { view.x += dx; view.y += dy; applyView(); }
$('jmp-zoom-in').addEventListener('click', function () { zoomCenter(1.25); });
$('jmp-zoom-out').addEventListener('click', function () { zoomCenter(0.8); });
$('jmp-zoom-fit').addEventListener('click', fit);
viewport.addEventListener('wheel', function (e) {
  e.preventDefault();
  var r = viewport.getBoundingClientRect();
  if (e.ctrlKey || e.metaKey) zoomAt(Math.exp(-e.deltaY * 0.0025), e.clientX - r.left, e.clientY - r.top);
  else if (e.shiftKey && !e.deltaX) panBy(-e.deltaY, 0);
  else panBy(-e.deltaX, -e.deltaY);
}, { passive: false });
var drag = null;
var suppressClick = false;
viewport.addEventListener('pointerdown', function (e) {
  if (e.button !== 0) return;
  drag = { id: e.pointerId, x: e.clientX, y: e.clientY, vx: view.x, vy: view.y, moved: false };
});
viewport.addEventListener('pointermove', function (e) {
  if (!drag || drag.id !== e.pointerId) return;
  var dx = e.clientX - drag.x, dy = e.clientY - drag.y;
  if (!drag.moved && Math.abs(dx) + Math.abs(dy) < 4) return;
  if (!drag.moved) { drag.moved = true; viewport.setPointerCapture(e.pointerId); viewport.classList.add('jmp-dragging'); }
  view.x = drag.vx + dx; view.y = drag.vy + dy; applyView();
});
function endDrag(e) {
  if (!drag || drag.id !== e.pointerId) return;
  suppressClick = drag.moved;
  viewport.classList.remove('jmp-dragging');
  drag = null;
}
viewport.addEventListener('pointerup', endDrag);
viewport.addEventListener('pointercancel', endDrag);
viewport.addEventListener('click', function (e) {
  if (suppressClick) { e.stopPropagation(); e.preventDefault(); suppressClick = false; }
}, true);
viewport.addEventListener('keydown', function (e) {
  var step = e.shiftKey ? 200 : 60;
  var moves = { ArrowLeft: [step, 0], ArrowRight: [-step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
  if (e.target === viewport && moves[e.key]) { e.preventDefault(); panBy(moves[e.key][0], moves[e.key][1]); }
});
doc.addEventListener('keydown', function (e) {
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  var tag = e.target && e.target.tagName;
  if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') return;
  if (root.classList.contains('jmp-show-table')) return;
  if (e.key === '+' || e.key === '=') { e.preventDefault(); zoomCenter(1.25); }
  else if (e.key === '-' || e.key === '_') { e.preventDefault(); zoomCenter(0.8); }
  else if (e.key === '0') { e.preventDefault(); reset(); }
});
// Focus moves (Tab) would scroll the clipped viewport natively and fight the transform: undo any
// native scroll and pan the focused touchpoint into view instead.
viewport.addEventListener('scroll', function () { viewport.scrollTop = 0; viewport.scrollLeft = 0; });
svg.addEventListener('focusin', function (e) {
  var r = e.target.getBoundingClientRect(), v = viewport.getBoundingClientRect();
  var dx = 0, dy = 0;
  if (r.right > v.right - MARGIN) dx = v.right - MARGIN - r.right;
  if (r.left + dx < v.left + MARGIN) dx = v.left + MARGIN - r.left;
  if (r.bottom > v.bottom - MARGIN) dy = v.bottom - MARGIN - r.bottom;
  if (r.top + dy < v.top + MARGIN) dy = v.top + MARGIN - r.top;
  if (dx || dy) panBy(dx, dy);
});
if (typeof ResizeObserver === 'function') new ResizeObserver(function () { applyView(); }).observe(viewport);
reset();

// Table view: the same journey as a table, swapped in for the map.
var tableToggle = $('jmp-table-toggle');
tableToggle.addEventListener('click', function () {
  var show = !root.classList.contains('jmp-show-table');
  root.classList.toggle('jmp-show-table', show);
  tableToggle.setAttribute('aria-pressed', String(show));
  tableToggle.textContent = show ? 'Map view' : 'Table view';
  if (!show) applyView();
});
`;
