// codeatlas: progressive enhancement only. Every page reads fine without it.
(function () {
  "use strict";
  var body = document.body;
  var base = body.getAttribute("data-base") || "/";
  var lang = document.documentElement.lang;
  var KEY = "codeatlas-lang";

  // A language picked from the switcher sticks: the root page honours it.
  document.querySelectorAll(".langs a[hreflang], a[data-choose-lang]").forEach(function (a) {
    a.addEventListener("click", function () {
      try { localStorage.setItem(KEY, a.getAttribute("hreflang") || a.getAttribute("data-choose-lang")); } catch (e) {}
    });
  });

  // Copy-link anchors: the link works as a plain #fragment; with JS it also copies.
  document.querySelectorAll("a.anchor").forEach(function (a) {
    a.addEventListener("click", function () {
      if (navigator.clipboard) navigator.clipboard.writeText(a.href).catch(function () {});
    });
  });

  // Compare control: pick a code, go to the pair page.
  document.querySelectorAll("form.compare").forEach(function (f) {
    f.hidden = false;
    f.addEventListener("submit", function (e) {
      e.preventDefault();
      var v = f.querySelector("select").value;
      if (v) location.href = v;
    });
  });

  // Copy buttons of examples: shown only with JS; the messages stay plain,
  // selectable text either way. The button says when it copied.
  document.querySelectorAll("figure.example button.copy").forEach(function (b) {
    if (!navigator.clipboard) return;
    b.hidden = false;
    var label = b.textContent;
    b.addEventListener("click", function () {
      var text = Array.prototype.map.call(b.parentNode.querySelectorAll("pre"), function (p) {
        return p.textContent;
      }).join("\n\n");
      navigator.clipboard.writeText(text).then(function () {
        b.textContent = b.getAttribute("data-done");
        setTimeout(function () { b.textContent = label; }, 2000);
      }).catch(function () {});
    });
  });

  // Search: a small per-locale index, loaded on first use.
  var form = document.querySelector("form.search");
  if (!form) return;
  form.hidden = false;
  var input = form.querySelector("input");
  var list = form.querySelector("ul");
  var status = form.querySelector("[role=status]");
  var index = null, loading = null;

  function norm(s) {
    return (s.normalize ? s.normalize("NFKC") : s).toLowerCase();
  }
  function load() {
    if (!loading) {
      loading = fetch(base + lang + "/search-index.json")
        .then(function (r) { return r.json(); })
        .then(function (d) {
          index = d.map(function (e) { e.k = norm(e.g + " " + e.c + " " + e.r + " " + e.t); return e; });
        })
        .catch(function () { index = []; });
    }
    return loading;
  }
  // Scores an entry: a code typed in full wins, then a code prefix, then the
  // reason phrase, then words of the text. Each term must match somewhere;
  // terms are substrings, so Japanese needs no spaces between words.
  function score(e, q, terms) {
    var code = String(e.c), s = 0;
    if (code === q) s += 100; else if (code.indexOf(q) === 0) s += 40;
    for (var i = 0; i < terms.length; i++) {
      var t = terms[i];
      if (e.k.indexOf(t) < 0) return 0;
      if (norm(e.r).indexOf(t) >= 0) s += 10; else s += 1;
    }
    return s;
  }
  function render() {
    var q = norm(input.value.trim());
    list.textContent = "";
    if (!q || !index) { status.textContent = ""; return; }
    var terms = q.split(/\s+/);
    var hits = index
      .map(function (e) { return { e: e, s: score(e, q, terms) }; })
      .filter(function (h) { return h.s > 0; })
      .sort(function (a, b) { return b.s - a.s || a.e.c - b.e.c; })
      .slice(0, 10);
    hits.forEach(function (h) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = h.e.u;
      a.textContent = h.e.g + " " + h.e.c + " " + h.e.r;
      var small = document.createElement("small");
      small.textContent = h.e.s;
      a.appendChild(small);
      li.appendChild(a);
      list.appendChild(li);
    });
    var said = !hits.length ? "data-none" : hits.length === 1 ? "data-found-one" : "data-found";
    status.textContent = (form.getAttribute(said) || "").replace("{n}", hits.length);
  }
  input.addEventListener("focus", load);
  input.addEventListener("input", function () { load().then(render); });
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    load().then(function () {
      render();
      var first = list.querySelector("a");
      if (first) location.href = first.href;
    });
  });
  // Arrow keys move between the input and the results; Escape clears.
  form.addEventListener("keydown", function (e) {
    var links = Array.prototype.slice.call(list.querySelectorAll("a"));
    var i = links.indexOf(document.activeElement);
    if (e.key === "ArrowDown" && links.length) { e.preventDefault(); links[Math.min(i + 1, links.length - 1)].focus(); }
    else if (e.key === "ArrowUp") { e.preventDefault(); if (i <= 0) input.focus(); else links[i - 1].focus(); }
    else if (e.key === "Escape") { input.value = ""; render(); input.focus(); }
  });
})();
