// newssift result page: source/claim picking, hover cards. Layer toggles are pure CSS (layers.css).
// Every piece of article-derived text is inserted with textContent, never as HTML.
(function () {
  "use strict";
  var report = document.querySelector(".report");
  var cardsEl = document.getElementById("cards");
  if (!report || !cardsEl) return;
  var cards = JSON.parse(cardsEl.textContent || "{}");
  var card = document.getElementById("card");
  var article = document.getElementById("article");

  function marksOf(id) {
    return /^m\d+$/.test(id) ? article.querySelectorAll('[data-f="' + id + '"]') : [];
  }

  function clearActive() {
    article.querySelectorAll(".hl.active").forEach(function (el) { el.classList.remove("active"); });
    document.querySelectorAll(".pick[aria-pressed=true]").forEach(function (b) {
      b.setAttribute("aria-pressed", "false");
    });
  }

  function pick(button) {
    var wasOn = button.getAttribute("aria-pressed") === "true";
    clearActive();
    if (wasOn) return;
    button.setAttribute("aria-pressed", "true");
    var first = null;
    (button.getAttribute("data-targets") || "").split(" ").forEach(function (id) {
      if (!id) return;
      marksOf(id).forEach(function (el) { el.classList.add("active"); first = first || el; });
    });
    if (first && first.scrollIntoView) first.scrollIntoView({ block: "center", behavior: "smooth" });
  }

  document.querySelectorAll(".pick").forEach(function (b) {
    b.addEventListener("click", function () { pick(b); });
  });

  function layerShown(layer) {
    var box = report.querySelector(".toggle-" + layer);
    return !box || box.checked;
  }

  function idsAt(el) {
    var ids = [];
    for (var node = el; node && node !== article; node = node.parentElement) {
      var id = node.getAttribute && node.getAttribute("data-f");
      if (id && ids.indexOf(id) < 0) ids.push(id);
    }
    return ids;
  }

  function line(parent, cls, text) {
    if (text === undefined || text === null || text === "") return;
    var div = document.createElement("div");
    div.className = cls;
    div.textContent = text;
    parent.appendChild(div);
  }

  function entry(info) {
    var box = document.createElement("div");
    box.className = "entry";
    line(box, "layer", info.part ? info.layer + " · " + info.part : info.layer);
    var text = info.text || "";
    var cut = text.indexOf(" (");
    line(box, "label", cut > 0 ? text.slice(0, cut) : text);
    if (cut > 0) line(box, "def", text.slice(cut + 1));
    return box;
  }

  function show(target, x, y) {
    var seen = {};
    var ids = idsAt(target).filter(function (id) {
      var c = cards[id];
      if (!c || !layerShown(c.layer) || seen[c.text]) return false;
      seen[c.text] = true;
      return true;
    });
    if (!ids.length) { card.hidden = true; return; }
    card.replaceChildren.apply(card, ids.map(function (id) { return entry(cards[id]); }));
    card.hidden = false;
    var left = Math.min(x + 12, window.scrollX + document.documentElement.clientWidth - card.offsetWidth - 8);
    card.style.left = Math.max(8, left) + "px";
    card.style.top = (y + 18) + "px";
  }

  article.addEventListener("mousemove", function (e) {
    var hit = e.target.closest ? e.target.closest("[data-f]") : null;
    if (!hit) { card.hidden = true; return; }
    show(hit, e.pageX, e.pageY);
  });
  article.addEventListener("mouseleave", function () { card.hidden = true; });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape") { card.hidden = true; clearActive(); }
  });
})();
