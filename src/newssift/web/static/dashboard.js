// newssift dashboard: fetch /api/aggregates and draw the four charts with Charts (charts.js).
(function () {
  "use strict";
  var root = document.getElementById("charts");
  var status = document.getElementById("chart-status");
  if (!root || !window.Charts) return;
  var url = root.getAttribute("data-api");
  var outlet = root.getAttribute("data-outlet");
  if (outlet) url += "?outlet=" + encodeURIComponent(outlet);

  function draw(data) {
    Charts.stacked(document.getElementById("chart-techniques"), data.techniques, { percent: true });
    Charts.stacked(document.getElementById("chart-kinds"), data.source_kinds, { percent: true });
    Charts.hbar(document.getElementById("chart-anonymous"), data.anonymous_by_outlet, { percent: true, colour: 1, highlight: outlet });
    Charts.hbar(document.getElementById("chart-sources"), data.top_sources, { colour: 0 });
    status.textContent = "";
    root.setAttribute("data-ready", "true");
  }

  fetch(url, { headers: { Accept: "application/json" } })
    .then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) throw new Error(body.message || ("HTTP " + r.status));
        return body;
      });
    })
    .then(draw)
    .catch(function (err) { status.textContent = "Charts could not be loaded: " + err.message; });
})();
