// newssift charts: a small SVG chart module written for this app (no third-party code).
//   Charts.line(el, {x: [labels], series: [{name, values}]}, {percent: true})
//   Charts.stacked(el, {x: [labels], series: [{name, values}]}, {percent: true})
//   Charts.hbar(el, {labels: [...], values: [...]}, {percent: false, highlight: "a label"})
// Labels are set with textContent, so data from the corpus is never parsed as markup.
(function (global) {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";
  var PALETTE = ["#2563eb", "#dc2626", "#16a34a", "#9333ea", "#ea580c", "#0891b2", "#ca8a04",
    "#db2777", "#4b5563", "#65a30d", "#7c3aed", "#0d9488"];
  var W = 560, H = 260, M = { top: 12, right: 12, bottom: 40, left: 48 };

  function node(name, attrs, parent) {
    var el = document.createElementNS(NS, name);
    Object.keys(attrs || {}).forEach(function (k) { el.setAttribute(k, String(attrs[k])); });
    if (parent) parent.appendChild(el);
    return el;
  }

  function text(parent, x, y, value, attrs) {
    var t = node("text", Object.assign({ x: x, y: y }, attrs || {}), parent);
    t.textContent = value;
    return t;
  }

  function titled(el, value) { node("title", {}, el).textContent = value; return el; }

  function colour(i) { return PALETTE[i % PALETTE.length]; }

  function svg(el, height) {
    el.replaceChildren();
    return node("svg", { viewBox: "0 0 " + W + " " + height, role: "img" }, el);
  }

  function fmt(v, percent) {
    if (v === null || v === undefined || isNaN(v)) return "–";
    return percent ? Math.round(v * 1000) / 10 + "%" : (Math.round(v * 100) / 100).toLocaleString();
  }

  function niceMax(v) {
    if (!(v > 0)) return 1;
    var p = Math.pow(10, Math.floor(Math.log10(v))), f = v / p;
    return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p;
  }

  function empty(el, message) {
    var s = svg(el, 80);
    text(s, W / 2, 44, message || "No data yet", { "text-anchor": "middle", class: "empty" });
    return s;
  }

  function yAxis(s, max, percent) {
    var grid = node("g", { class: "grid" }, s), axis = node("g", { class: "axis" }, s);
    var ih = H - M.top - M.bottom;
    for (var i = 0; i <= 4; i++) {
      var v = max * i / 4, y = M.top + ih - ih * i / 4;
      node("line", { x1: M.left, x2: W - M.right, y1: y, y2: y }, grid);
      text(axis, M.left - 6, y + 4, fmt(v, percent), { "text-anchor": "end" });
    }
    node("line", { x1: M.left, x2: M.left, y1: M.top, y2: H - M.bottom }, axis);
  }

  function xLabels(s, labels, xOf) {
    var axis = node("g", { class: "axis" }, s);
    var every = Math.max(1, Math.ceil(labels.length / 8));
    labels.forEach(function (label, i) {
      if (i % every) return;
      text(axis, xOf(i), H - M.bottom + 16, String(label), { "text-anchor": "middle" });
    });
  }

  function legend(el, names) {
    var box = document.createElement("div");
    box.className = "legend";
    names.forEach(function (name, i) {
      var item = document.createElement("span"), sw = document.createElement("i");
      sw.style.background = colour(i);
      item.appendChild(sw);
      item.appendChild(document.createTextNode(name));
      box.appendChild(item);
    });
    el.appendChild(box);
  }

  function valid(data) {
    return data && data.x && data.x.length && data.series && data.series.length;
  }

  function line(el, data, opts) {
    opts = opts || {};
    if (!valid(data)) return empty(el);
    var s = svg(el, H), n = data.x.length, iw = W - M.left - M.right, ih = H - M.top - M.bottom;
    var max = niceMax(Math.max.apply(null, data.series.map(function (ser) {
      return Math.max.apply(null, ser.values.map(function (v) { return v || 0; }));
    })));
    var xOf = function (i) { return M.left + (n === 1 ? iw / 2 : iw * i / (n - 1)); };
    var yOf = function (v) { return M.top + ih - ih * (v || 0) / max; };
    yAxis(s, max, opts.percent);
    xLabels(s, data.x, xOf);
    data.series.forEach(function (ser, k) {
      var d = ser.values.map(function (v, i) { return (i ? "L" : "M") + xOf(i) + " " + yOf(v); }).join(" ");
      node("path", { d: d, fill: "none", stroke: colour(k), "stroke-width": 2, class: "series" }, s);
      ser.values.forEach(function (v, i) {
        titled(node("circle", { cx: xOf(i), cy: yOf(v), r: 3, fill: colour(k), class: "point" }, s),
          ser.name + " · " + data.x[i] + ": " + fmt(v, opts.percent));
      });
    });
    legend(el, data.series.map(function (ser) { return ser.name; }));
    return s;
  }

  function stacked(el, data, opts) {
    opts = opts || {};
    if (!valid(data)) return empty(el);
    var s = svg(el, H), n = data.x.length, iw = W - M.left - M.right, ih = H - M.top - M.bottom;
    var totals = data.x.map(function (_, i) {
      return data.series.reduce(function (sum, ser) { return sum + (ser.values[i] || 0); }, 0);
    });
    var top = Math.max.apply(null, totals);
    var max = opts.percent && top <= 1.0001 ? 1 : niceMax(top);
    var band = iw / n, bw = Math.max(2, band * 0.7);
    yAxis(s, max, opts.percent);
    xLabels(s, data.x, function (i) { return M.left + band * i + band / 2; });
    data.x.forEach(function (label, i) {
      var y = M.top + ih;
      data.series.forEach(function (ser, k) {
        var v = ser.values[i] || 0, h = ih * v / max;
        if (h <= 0) return;
        y -= h;
        titled(node("rect", { x: M.left + band * i + (band - bw) / 2, y: y, width: bw, height: h,
          fill: colour(k), class: "bar" }, s), ser.name + " · " + label + ": " + fmt(v, opts.percent));
      });
    });
    legend(el, data.series.map(function (ser) { return ser.name; }));
    return s;
  }

  function hbar(el, data, opts) {
    opts = opts || {};
    if (!data || !data.labels || !data.labels.length) return empty(el);
    var row = 22, left = 190, height = data.labels.length * row + 16;
    var s = svg(el, height), iw = W - left - 60;
    var max = niceMax(Math.max.apply(null, data.values.map(function (v) { return v || 0; })));
    data.labels.forEach(function (label, i) {
      var v = data.values[i] || 0, y = 8 + i * row, short = String(label);
      if (short.length > 28) short = short.slice(0, 27) + "…";
      titled(text(s, left - 8, y + 14, short, { "text-anchor": "end" }), String(label));
      titled(node("rect", { x: left, y: y + 3, width: Math.max(1, iw * v / max), height: row - 7,
        fill: label === opts.highlight ? "#f59e0b" : colour(opts.colour || 0),
        class: label === opts.highlight ? "bar current" : "bar" }, s), label + ": " + fmt(v, opts.percent));
      text(s, left + iw * v / max + 6, y + 14, fmt(v, opts.percent), {});
    });
    return s;
  }

  global.Charts = { line: line, stacked: stacked, hbar: hbar, palette: PALETTE };
})(window);
