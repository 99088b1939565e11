/* The events map: bundled country outlines, clustered markers styled by location
 * precision, and a side panel with the selected event's sources. State (view, selected
 * event) is kept in the page URL. Data comes from the JSON API; nothing is inlined. */
(function () {
  "use strict";
  var el = document.getElementById("map");
  if (!el) { return; }
  var panel = document.getElementById("panel");
  var note = document.getElementById("map-note");
  var CELL = 48; // cluster cell size in screen pixels

  function setParam(key, value) {
    var p = new URLSearchParams(location.search);
    if (value) { p.set(key, value); } else { p.delete(key); }
    var qs = p.toString();
    history.replaceState(null, "", location.pathname + (qs ? "?" + qs : ""));
  }

  function node(tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) { n.className = cls; }
    if (text !== undefined && text !== null) { n.textContent = String(text); }
    return n;
  }

  function showEvent(id) {
    setParam("event", id);
    document.querySelectorAll(".events li.selected").forEach(function (li) {
      li.classList.remove("selected");
    });
    document.querySelectorAll(".events li.event").forEach(function (li) {
      if (li.dataset.id === id) { li.classList.add("selected"); }
    });
    return fetch("/api/events/" + encodeURIComponent(id)).then(function (r) {
      if (!r.ok) { throw new Error("event " + id + ": HTTP " + r.status); }
      return r.json();
    }).then(function (ev) {
      panel.textContent = "";
      var h = node("h2");
      var a = node("a", null, ev.sub_event_type || ev.event_type);
      a.href = "/events/" + encodeURIComponent(ev.id);
      h.appendChild(a);
      panel.appendChild(h);
      var loc = ev.location && ev.location.name ? ev.location.name : "unlocated";
      panel.appendChild(node("p", "meta", (ev.date_start || "undated") + " · " + loc +
        " · " + ev.modality + " · " + ev.independent_source_count + " independent / " +
        ev.source_count + " reports"));
      // Copies repeat the same sentence: show each text once, with every report linked.
      var list = node("ul", "sources");
      var byText = {};
      ev.sources.forEach(function (s) {
        var item = byText[s.text];
        if (!item) {
          item = byText[s.text] = node("li", "source");
          item.appendChild(node("q", null, s.text));
          list.appendChild(item);
        }
        var src = node("a", "src", s.article_id);
        src.href = "/articles/" + encodeURIComponent(s.article_id);
        item.appendChild(document.createTextNode(" "));
        item.appendChild(src);
      });
      if (!ev.sources.length) { list.appendChild(node("li", null, "no source sentence kept")); }
      panel.appendChild(list);
      var close = node("button", "close", "close");
      close.type = "button";
      close.addEventListener("click", function () { panel.hidden = true; setParam("event", ""); });
      panel.appendChild(close);
      panel.hidden = false;
      return ev;
    }).catch(function (err) {
      panel.textContent = String(err.message || err);
      panel.hidden = false;
    });
  }

  document.querySelectorAll(".events li.event").forEach(function (li) {
    li.addEventListener("click", function (e) {
      if (e.target.closest("a")) { return; }
      showEvent(li.dataset.id);
      if (window.wiretallyMap && li.dataset.lat) { window.wiretallyMap.panTo([+li.dataset.lat, +li.dataset.lon]); }
    });
  });

  function done() { document.body.dataset.mapReady = "1"; }

  if (el.dataset.selected) { showEvent(el.dataset.selected); }
  if (el.dataset.vendor !== "yes" || typeof L === "undefined") { done(); return; }

  var map = L.map(el, { worldCopyJump: true, minZoom: 1, maxZoom: 16 });
  window.wiretallyMap = map;
  var view = (el.dataset.view || "").split(",").map(Number);
  var hasView = view.length === 3 && view.every(function (v) { return isFinite(v); });
  map.setView(hasView ? [view[0], view[1]] : [25, 20], hasView ? view[2] : 2);
  if (el.dataset.tileUrl) {
    L.tileLayer(el.dataset.tileUrl, { maxZoom: 18, attribution: "map tiles: see settings" }).addTo(map);
  } else {
    fetch(el.dataset.outlineUrl).then(function (r) { return r.json(); }).then(function (topo) {
      var shapes = topojson.feature(topo, topo.objects.countries);
      L.geoJSON(shapes, { interactive: false, style: {
        color: "#9a9a9a", weight: 0.7, fillColor: "#f3efe6", fillOpacity: 1, className: "country-outline" } }).addTo(map);
      markers.bringToFront && markers.bringToFront();
    }).catch(function () { note.textContent = "Country outlines could not be loaded."; });
  }

  var markers = L.featureGroup().addTo(map);
  var points = [];
  var STYLE = {
    1: { radius: 6, weight: 2, fillOpacity: 0.9, dashArray: null },
    2: { radius: 8, weight: 2, fillOpacity: 0.45, dashArray: "4 3" },
    3: { radius: 12, weight: 1, fillOpacity: 0.15, dashArray: "2 4" }
  };

  function draw() {
    markers.clearLayers();
    var zoom = map.getZoom();
    var bounds = map.getBounds().pad(0.3);
    var cells = {};
    points.forEach(function (p) {
      if (!bounds.contains([p[1], p[2]])) { return; }
      var px = map.project([p[1], p[2]], zoom);
      var key = Math.floor(px.x / CELL) + ":" + Math.floor(px.y / CELL);
      (cells[key] = cells[key] || []).push(p);
    });
    Object.keys(cells).forEach(function (key) {
      var group = cells[key];
      if (group.length === 1 || zoom >= map.getMaxZoom()) {
        group.forEach(function (p) {
          var s = STYLE[p[3]] || STYLE[3];
          var m = L.circleMarker([p[1], p[2]], {
            radius: s.radius, weight: s.weight, fillOpacity: s.fillOpacity, dashArray: s.dashArray,
            color: "#a3261b", fillColor: "#d9432f", className: "event-marker precision-" + (p[3] || 3)
          });
          m.bindTooltip((p[4] || "undated") + " · " + (p[5] || ""));
          m.on("click", function () { showEvent(p[0]); });
          markers.addLayer(m);
        });
        return;
      }
      var lat = 0, lon = 0;
      group.forEach(function (p) { lat += p[1]; lon += p[2]; });
      var n = group.length;
      var icon = L.divIcon({ className: "cluster", html: String(n), iconSize: n > 999 ? [44, 44] : [34, 34] });
      var c = L.marker([lat / n, lon / n], { icon: icon, title: n + " events" });
      c.on("click", function () { map.setView(c.getLatLng(), Math.min(zoom + 2, map.getMaxZoom())); });
      markers.addLayer(c);
    });
  }

  map.on("moveend", function () {
    var c = map.getCenter();
    setParam("view", c.lat.toFixed(3) + "," + c.lng.toFixed(3) + "," + map.getZoom());
    draw();
  });

  fetch(el.dataset.pointsUrl).then(function (r) { return r.json(); }).then(function (data) {
    points = data.points;
    if (data.truncated) {
      note.textContent = "Showing the " + points.length + " newest of " + data.total +
        " matching events; narrow the filters to see the rest.";
    }
    if (!hasView && points.length) {
      var b = L.latLngBounds(points.map(function (p) { return [p[1], p[2]]; }));
      map.fitBounds(b.pad(0.2), { maxZoom: 8, animate: false });
    }
    draw();
    done();
  }).catch(function (err) { note.textContent = "Events could not be loaded: " + err; done(); });
})();
