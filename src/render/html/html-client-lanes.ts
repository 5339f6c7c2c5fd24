// The page script's lane folding: hiding a lane removes its row and closes the gap, by moving what
// lies below it up and shortening whatever spans several rows (grid rules, bands). Works from the
// SVG's own geometry (getBBox, measured once while everything is visible); never rewrites markup.

/** Defines `laneLayout` in the page IIFE's scope; needs `svg`, `kindOf`, `refOf` from the details part. */
export const CLIENT_LANES_SCRIPT = String.raw`
var laneLayout = (function () {
  var EPS = 1.5;
  var NON_GRAPHIC = { defs: 1, title: 1, desc: 1, style: 1, metadata: 1, clipPath: 1, mask: 1, linearGradient: 1, radialGradient: 1, symbol: 1, marker: 1, pattern: 1 };
  var laneEls = Array.prototype.filter.call(svg.querySelectorAll('[data-kind="lane"]'), function (el) {
    return !el.parentNode.closest('[data-kind="lane"]');
  });
  var rows = laneEls.map(function (el) {
    var b = el.getBBox();
    return { el: el, id: refOf(el), top: b.y, bottom: b.y + b.height, hidden: false, transform: el.getAttribute('transform') };
  });
  // Everything else beside the lanes (their siblings), with its extent, so it can follow them.
  var items = [];
  function collect(el) {
    if (NON_GRAPHIC[el.tagName] || typeof el.getBBox !== 'function' || laneEls.indexOf(el) >= 0) return;
    var b;
    try { b = el.getBBox(); } catch (e) { return; }
    if (b.width === 0 && b.height === 0) return;
    var top = b.y, bottom = b.y + b.height;
    var home = rows.filter(function (r) { return top >= r.top - EPS && bottom <= r.bottom + EPS; })[0] || null;
    var spanned = rows.filter(function (r) { return r.top >= top - EPS && r.bottom <= bottom + EPS; });
    if (!home && spanned.length > 0 && el.tagName === 'g') { Array.prototype.forEach.call(el.children, collect); return; }
    items.push({
      el: el, top: top, home: home,
      spanned: !home && el.tagName === 'rect' ? spanned : [],
      transform: el.getAttribute('transform'),
      height: el.tagName === 'rect' ? el.getAttribute('height') : null,
    });
  }
  var parents = new Set(laneEls.map(function (el) { return el.parentNode; }));
  parents.forEach(function (parent) {
    Array.prototype.forEach.call(parent.children, function (el) { if (laneEls.indexOf(el) < 0) collect(el); });
  });
  var size = { height: svg.getAttribute('height'), viewBox: svg.getAttribute('viewBox') };

  function shiftOf(y) {
    return rows.reduce(function (sum, r) { return r.hidden && r.bottom <= y + EPS ? sum + (r.bottom - r.top) : sum; }, 0);
  }
  function move(el, original, dy) {
    if (dy === 0) { if (original === null) el.removeAttribute('transform'); else el.setAttribute('transform', original); return; }
    el.setAttribute('transform', 'translate(0 ' + (-dy) + ')' + (original ? ' ' + original : ''));
  }
  function layout() {
    rows.forEach(function (r) {
      r.el.classList.toggle('jmp-lane-hidden', r.hidden);
      move(r.el, r.transform, r.hidden ? 0 : shiftOf(r.top));
    });
    items.forEach(function (it) {
      var hide = !!(it.home && it.home.hidden);
      it.el.classList.toggle('jmp-lane-hidden', hide);
      move(it.el, it.transform, hide ? 0 : shiftOf(it.top));
      if (it.height !== null) {
        var cut = it.spanned.reduce(function (s, r) { return r.hidden ? s + (r.bottom - r.top) : s; }, 0);
        it.el.setAttribute('height', String(Math.max(0, parseFloat(it.height) - cut)));
      }
    });
    var total = rows.reduce(function (s, r) { return r.hidden ? s + (r.bottom - r.top) : s; }, 0);
    if (size.height) svg.setAttribute('height', String(parseFloat(size.height) - total));
    if (size.viewBox) {
      var v = size.viewBox.split(/[\s,]+/).map(Number);
      svg.setAttribute('viewBox', [v[0], v[1], v[2], v[3] - total].join(' '));
    }
  }
  return {
    has: function (id) { return rows.some(function (r) { return r.id === id; }); },
    setHidden: function (id, hidden) {
      rows.forEach(function (r) { if (r.id === id) r.hidden = hidden; });
      layout();
    },
  };
})();
`;
