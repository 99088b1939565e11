/* The timeline: events per day (or month) as bars, with a range brush. Dragging across it
 * sets date_from/date_to in the URL and reloads the view; a double click clears them. */
(function () {
  "use strict";
  var el = document.getElementById("timeline");
  if (!el) { return; }
  var NS = "http://www.w3.org/2000/svg";
  var W = 1000, H = 80, PAD = 4;
  var DAY = 86400000;

  function svg(tag, attrs) {
    var n = document.createElementNS(NS, tag);
    Object.keys(attrs).forEach(function (k) { n.setAttribute(k, attrs[k]); });
    return n;
  }
  function toTime(s) { return Date.parse(s.length === 7 ? s + "-01" : s.slice(0, 10)); }
  function iso(t) { return new Date(t).toISOString().slice(0, 10); }

  fetch(el.dataset.timelineUrl).then(function (r) { return r.json(); }).then(function (data) {
    var bins = data.bins.filter(function (b) { return !isNaN(toTime(b[0])); });
    if (!bins.length) { el.textContent = "No dated events."; el.dataset.ready = "1"; return; }
    var t0 = toTime(bins[0][0]), t1 = toTime(bins[bins.length - 1][0]) + DAY;
    var monthly = (t1 - t0) / DAY > 400;
    var counts = {};
    bins.forEach(function (b) {
      var key = monthly ? b[0].slice(0, 7) : b[0].slice(0, 10);
      counts[key] = (counts[key] || 0) + b[1];
    });
    var max = Math.max.apply(null, Object.keys(counts).map(function (k) { return counts[k]; }));
    function x(t) { return PAD + (W - 2 * PAD) * (t - t0) / (t1 - t0); }
    function t(xp) { return t0 + (Math.min(Math.max(xp, PAD), W - PAD) - PAD) / (W - 2 * PAD) * (t1 - t0); }
    var root = svg("svg", { viewBox: "0 0 " + W + " " + (H + 16), "class": "timeline", role: "img",
      "aria-label": "events over time; drag to choose a date range" });
    Object.keys(counts).forEach(function (k) {
      var start = toTime(k);
      var end = monthly ? Date.UTC(+k.slice(0, 4), +k.slice(5, 7), 1) : start + DAY;
      var h = Math.max(1, (H - PAD) * counts[k] / max);
      var bar = svg("rect", { x: x(start), y: H - h, width: Math.max(1, x(end) - x(start) - 0.5), height: h, "class": "bar" });
      var title = svg("title", {});
      title.textContent = k + ": " + counts[k];
      bar.appendChild(title);
      root.appendChild(bar);
    });
    var label0 = svg("text", { x: PAD, y: H + 14, "class": "tick" });
    label0.textContent = iso(t0);
    var label1 = svg("text", { x: W - PAD, y: H + 14, "class": "tick", "text-anchor": "end" });
    label1.textContent = iso(t1 - DAY);
    root.appendChild(label0);
    root.appendChild(label1);
    var brush = svg("rect", { y: 0, height: H, x: 0, width: 0, "class": "brush" });
    root.appendChild(brush);
    var from = el.dataset.dateFrom, to = el.dataset.dateTo;
    if (from || to) {
      var a = from ? x(toTime(from)) : PAD, b = to ? x(toTime(to) + DAY) : W - PAD;
      brush.setAttribute("x", Math.min(a, b));
      brush.setAttribute("width", Math.abs(b - a));
    }
    el.appendChild(root);

    function localX(ev) {
      var box = root.getBoundingClientRect();
      return (ev.clientX - box.left) / box.width * W;
    }
    var startX = null;
    root.addEventListener("pointerdown", function (ev) {
      startX = localX(ev);
      root.setPointerCapture(ev.pointerId);
      brush.setAttribute("x", startX);
      brush.setAttribute("width", 0);
    });
    root.addEventListener("pointermove", function (ev) {
      if (startX === null) { return; }
      var cur = localX(ev);
      brush.setAttribute("x", Math.min(startX, cur));
      brush.setAttribute("width", Math.abs(cur - startX));
    });
    root.addEventListener("pointerup", function (ev) {
      if (startX === null) { return; }
      var a = Math.min(startX, localX(ev)), b = Math.max(startX, localX(ev));
      startX = null;
      if (b - a < 3) { return; }
      var p = new URLSearchParams(location.search);
      p.set("date_from", iso(t(a)));
      p.set("date_to", iso(t(b) - 1));
      p.delete("offset");
      location.assign(location.pathname + "?" + p.toString());
    });
    root.addEventListener("dblclick", function () {
      var p = new URLSearchParams(location.search);
      p.delete("date_from"); p.delete("date_to"); p.delete("offset");
      location.assign(location.pathname + (p.toString() ? "?" + p : ""));
    });
    el.dataset.ready = "1";
  }).catch(function (err) { el.textContent = "Timeline unavailable: " + err; el.dataset.ready = "1"; });
})();
