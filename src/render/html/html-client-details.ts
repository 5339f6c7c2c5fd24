// The page script's details half: reads the journey JSON, makes touchpoints focusable, and shows a
// touchpoint's details on hover, focus, click, Enter or Space (Escape closes). Builds every node
// with createElement + textContent so journey text is never parsed as markup.

/** Opens the page IIFE's shared scope: defines doc, root, svg, touchpoints, refOf, kindOf, details. */
export const CLIENT_DETAILS_SCRIPT = String.raw`
var doc = document;
var root = doc.documentElement;
var svg = doc.querySelector('#jmp-canvas svg');
var dataElement = doc.getElementById('jmp-data');
if (!svg || !dataElement) return;
root.classList.remove('jmp-nojs');
root.classList.add('jmp-js');
// With the script, touchpoints inside the map are interactive: the map is a group, not one image.
svg.setAttribute('role', 'group');
var data = JSON.parse(dataElement.textContent);
var touchpoints = new Map();
data.touchpoints.forEach(function (t) { touchpoints.set(t.id, t); });
var personaInfo = new Map();
data.personas.forEach(function (p) { personaInfo.set(p.id, p); });
function kindOf(el) { return el.getAttribute('data-kind') || ''; }
function refOf(el) {
  var ref = el.getAttribute('data-ref') || '', prefix = kindOf(el) + ':';
  return ref.indexOf(prefix) === 0 ? ref.slice(prefix.length) : ref;
}
function touchpointOf(target) {
  var el = target && target.closest ? target.closest('[data-kind="touchpoint"]') : null;
  return el && svg.contains(el) ? el : null;
}
function make(tag, className, text) {
  var el = doc.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined && text !== null) el.textContent = String(text);
  return el;
}
function signed(v) { return v > 0 ? '+' + v : String(v); }
function emotionWord(v) {
  return v <= -1.5 ? 'very negative' : v <= -0.5 ? 'negative' : v < 0.5 ? 'neutral' : v < 1.5 ? 'positive' : 'very positive';
}

var details = (function () {
  var panel = doc.getElementById('jmp-details');
  var live = doc.getElementById('jmp-live');
  var pinned = null, shown = null, returnFocus = null;
  var cells = Array.prototype.slice.call(svg.querySelectorAll('[data-kind="touchpoint"]'));

  function section(title, className, content) {
    var s = make('section', 'jmp-section' + (className ? ' ' + className : ''));
    s.appendChild(make('h3', '', title));
    s.appendChild(content);
    panel.appendChild(s);
  }
  function text(title, value, className) { if (value) section(title, className, make('p', '', value)); }
  function list(title, items, className) {
    if (!items || !items.length) return;
    var ul = make('ul');
    items.forEach(function (item) { ul.appendChild(make('li', '', item)); });
    section(title, className, ul);
  }
  function personaFilter() {
    var select = doc.getElementById('jmp-persona');
    return select ? select.value : '';
  }
  function emotions(tp) {
    if (!tp.emotions.length) return;
    var ul = make('ul', 'jmp-emotions'), only = personaFilter();
    tp.emotions.forEach(function (e) {
      var p = personaInfo.get(e.persona) || { name: e.persona, color: '#888' };
      var li = make('li', 'jmp-emotion' + (only && only !== e.persona ? ' jmp-persona-dim' : ''));
      li.appendChild(make('span', 'jmp-emotion-name', p.name));
      var bar = make('span', 'jmp-emotion-bar'), fill = make('span', 'jmp-emotion-fill');
      var half = Math.min(2, Math.abs(e.value)) / 2 * 50;
      fill.style.left = (e.value < 0 ? 50 - half : 50) + '%';
      fill.style.width = half + '%';
      fill.style.background = p.color;
      bar.appendChild(fill);
      bar.setAttribute('aria-hidden', 'true');
      li.appendChild(bar);
      var value = make('span', 'jmp-emotion-value', signed(e.value));
      value.title = emotionWord(e.value);
      li.appendChild(value);
      li.appendChild(make('span', 'jmp-sr-only', ' (' + emotionWord(e.value) + ')'));
      ul.appendChild(li);
    });
    section('Emotions', '', ul);
  }
  function kpis(title, items) {
    if (!items || !items.length) return;
    var ul = make('ul', 'jmp-kpis');
    items.forEach(function (k) {
      var li = make('li', 'jmp-kpi' + (k.met === true ? ' jmp-kpi-met' : k.met === false ? ' jmp-kpi-missed' : ''));
      var left = make('span', 'jmp-kpi-name', k.name);
      // Figures come formatted (valueText, targetText) so they read exactly as on the map.
      var figures = [];
      if (k.valueText) figures.push(k.valueText);
      if (k.targetText) figures.push('target ' + k.targetText);
      var right = make('span', 'jmp-kpi-figures', figures.join(' · '));
      if (k.met === true || k.met === false) {
        right.appendChild(doc.createTextNode(' '));
        right.appendChild(make('span', 'jmp-kpi-status', k.met ? 'Met' : 'Missed'));
      }
      li.title = k.better + ' is better' + (k.source ? ' · ' + k.source : '');
      li.appendChild(left);
      li.appendChild(right);
      ul.appendChild(li);
    });
    section(title, '', ul);
  }
  function closeButton() {
    var b = make('button', 'jmp-close', '×');
    b.type = 'button';
    b.setAttribute('aria-label', 'Close details');
    b.addEventListener('click', function () { close(true); });
    panel.appendChild(b);
  }
  function renderTouchpoint(tp) {
    panel.replaceChildren();
    closeButton();
    panel.appendChild(make('p', 'jmp-kicker', tp.stage + (tp.channel ? ' · ' + tp.channel : '')));
    var h = make('h2', '', tp.name);
    h.id = 'jmp-details-title';
    h.tabIndex = -1;
    panel.appendChild(h);
    var chips = make('ul', 'jmp-chips');
    if (tp.critical) chips.appendChild(make('li', 'jmp-chip jmp-chip-critical', 'Moment of truth'));
    chips.appendChild(make('li', 'jmp-chip jmp-chip-' + tp.evidence, 'Evidence: ' + tp.evidence));
    if (data.personas.length > 1 && tp.personas.length < data.personas.length) {
      tp.personas.forEach(function (id) { chips.appendChild(make('li', 'jmp-chip', (personaInfo.get(id) || { name: id }).name)); });
    }
    panel.appendChild(chips);
    text('Action', tp.action);
    text('Thought', tp.thought ? '“' + tp.thought + '”' : '', 'jmp-thought');
    emotions(tp);
    list('Pains', tp.pains, 'jmp-pains');
    list('Opportunities', tp.opportunities, 'jmp-opps');
    text('Frontstage', tp.frontstage);
    text('Backstage', tp.backstage);
    text('Owner', tp.owner);
    list('Systems', tp.systems);
    kpis('KPIs', tp.kpis);
    tp.fields.forEach(function (f) { text(f.title, f.text); });
    text('Notes', tp.notes, 'jmp-notes');
    if (tp.link && /^(https?:|mailto:)/i.test(tp.link)) {
      var a = make('a', '', tp.link);
      a.href = tp.link;
      a.rel = 'noopener noreferrer';
      section('Link', '', a);
    }
  }
  function renderOverview() {
    panel.replaceChildren();
    panel.appendChild(make('p', 'jmp-kicker', 'Details'));
    panel.appendChild(make('h2', '', 'Touchpoint details'));
    panel.appendChild(make('p', 'jmp-details-empty',
      'Hover or click a touchpoint on the map, or move to it with Tab and press Enter, to see everything known about it here.'));
    if (data.personas.length > 1) {
      var ul = make('ul', 'jmp-legend');
      data.personas.forEach(function (p) {
        var li = make('li'), swatch = make('span', 'jmp-swatch');
        swatch.style.background = p.color;
        li.appendChild(swatch);
        li.appendChild(make('span', '', p.name));
        ul.appendChild(li);
      });
      section('Personas', '', ul);
    }
    kpis('Journey KPIs', data.kpis);
    section('Keyboard', '', make('p', '', 'Tab: next touchpoint · Enter: pin details · Esc: close · + / −: zoom · 0: reset view · drag or arrows: pan'));
  }
  function mark() {
    cells.forEach(function (el) {
      el.classList.toggle('jmp-active', refOf(el) === shown);
      el.classList.toggle('jmp-selected', pinned !== null && refOf(el) === pinned && el.getAttribute('tabindex') === '0');
    });
  }
  function show(id) {
    var tp = id === null ? undefined : touchpoints.get(id);
    shown = tp ? id : null;
    if (tp) renderTouchpoint(tp); else renderOverview();
    mark();
  }
  function preview(id) { if (id !== shown) show(id); }
  function revert() { if (shown !== pinned) show(pinned); }
  function pin(el) {
    var id = refOf(el);
    var tp = touchpoints.get(id);
    if (!tp) return;
    pinned = id;
    returnFocus = el;
    show(id);
    live.textContent = 'Showing details of ' + tp.name;
  }
  function close(restoreFocus) {
    var hadFocus = panel.contains(doc.activeElement);
    pinned = null;
    show(null);
    live.textContent = 'Details closed';
    if ((restoreFocus || hadFocus) && returnFocus) returnFocus.focus();
  }
  function updateFocusTargets() {
    var seen = new Set();
    cells.forEach(function (el) {
      var id = refOf(el), visible = !el.closest('.jmp-lane-hidden');
      if (visible && touchpoints.has(id) && !seen.has(id)) {
        seen.add(id);
        el.setAttribute('tabindex', '0');
        el.setAttribute('role', 'button');
        el.setAttribute('aria-label', touchpoints.get(id).name + ', ' + touchpoints.get(id).stage + ': show details');
        el.setAttribute('aria-controls', 'jmp-details');
      } else {
        el.removeAttribute('tabindex');
        el.removeAttribute('role');
        el.removeAttribute('aria-controls');
      }
    });
    mark();
  }

  svg.addEventListener('mouseover', function (e) {
    var el = touchpointOf(e.target);
    if (el) preview(refOf(el)); else revert();
  });
  svg.addEventListener('mouseleave', revert);
  svg.addEventListener('focusin', function (e) { var el = touchpointOf(e.target); if (el) preview(refOf(el)); });
  svg.addEventListener('focusout', function (e) { if (!touchpointOf(e.relatedTarget)) revert(); });
  svg.addEventListener('click', function (e) { var el = touchpointOf(e.target); if (el) pin(el); });
  svg.addEventListener('keydown', function (e) {
    var el = touchpointOf(e.target);
    if (el && (e.key === 'Enter' || e.key === ' ' || e.key === 'Spacebar')) { e.preventDefault(); pin(el); }
  });
  doc.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && (pinned !== null || shown !== null)) { e.preventDefault(); close(false); }
  });
  updateFocusTargets();
  show(null);
  return { refresh: function () { show(shown); }, updateFocusTargets: updateFocusTargets };
})();
`;
