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
  var index = null, data = null, gloss = [], byCode = {}, loading = null;

  function norm(s) {
    return (s.normalize ? s.normalize("NFKC") : s).toLowerCase();
  }
  function load() {
    if (!loading) {
      loading = fetch(base + lang + "/search-index.json")
        .then(function (r) { return r.json(); })
        .then(function (d) {
          data = d;
          index = d.e.map(function (e) {
            e.k = norm(e.g + " " + e.c + " " + e.r + " " + e.t);
            e.rn = norm(e.r);
            e.sn = norm(e.s);
            byCode[e.g + "/" + e.c] = e;
            return e;
          });
          gloss = (d.l || []).map(function (p) { return [norm(p[0]), norm(p[1])]; });
        })
        .catch(function () { index = []; data = { r: [] }; });
    }
    return loading;
  }
  // What engineers paste goes straight to its page: a status line
  // (`SIP/2.0 486 Busy Here`), a Reason header field (`Reason: Q.850;cause=17`,
  // `Reason: SIP;cause=480`), or two codes (`401 vs 403`, `401と403の違い`).
  function special(q) {
    var out = [], m, regs = data.r;
    function code(r, c) { var e = byCode[r.g + "/" + c]; if (e && out.indexOf(e) < 0) out.push(e); }
    if ((m = q.match(/^(sip|http)\/[0-9.]+\s+(\d{3})\b/))) {
      regs.forEach(function (r) { if (r.w === m[1]) code(r, m[2]); });
    } else if ((m = q.match(/^reason\s*:\s*q\.850\s*;\s*cause\s*=\s*(\d+)/))) {
      regs.forEach(function (r) { if (r.q[m[1]]) code(r, r.q[m[1]]); code(r, "Q.850"); });
    } else if ((m = q.match(/^reason\s*:\s*sip\s*;\s*cause\s*=\s*(\d{3})/))) {
      regs.forEach(function (r) { if (r.w === "sip") code(r, m[1]); });
    } else if ((m = q.match(/\d{3}/g)) && m.length === 2 && m[0] !== m[1] && !/\d{4}/.test(q)) {
      var a = Math.min(+m[0], +m[1]), b = Math.max(+m[0], +m[1]), pairs = [];
      regs.forEach(function (r) {
        if (r.c.indexOf(a) < 0 || r.c.indexOf(b) < 0) return;
        var ea = byCode[r.g + "/" + a], eb = byCode[r.g + "/" + b];
        var curated = r.k.some(function (k) { return k[0] === a && k[1] === b; });
        // The pair named as its page names it ("183 と 437"), from the form's pair-name pattern.
        var name = (form.getAttribute("data-pair") || "{a} vs {b}").replace("{a}", a).replace("{b}", b);
        pairs.push({ g: r.g, c: name, r: ea.r + " / " + eb.r, u: r.p + a + "-vs-" + b + "/", s: "", curated: curated });
      });
      pairs.sort(function (x, y) { return (y.curated ? 1 : 0) - (x.curated ? 1 : 0); });
      out = pairs;
    }
    return out;
  }
  // Scores an entry: a code typed in full wins, then a code prefix, then the
  // reason phrase (also through the glossary: 話中 finds "Busy"), then the
  // summary, then the rest of the text. Each term must match somewhere;
  // terms are substrings, so Chinese and Japanese need no spaces.
  function score(e, q, terms) {
    var code = String(e.c), s = 0;
    if (code === q) s += 100; else if (code.indexOf(q) === 0) s += 40;
    for (var i = 0; i < terms.length; i++) {
      var t = terms[i], inReason = e.rn.indexOf(t) >= 0;
      for (var j = 0; j < gloss.length && !inReason; j++) {
        if (gloss[j][0] === t && e.rn.indexOf(gloss[j][1]) >= 0) inReason = true;
      }
      if (!inReason && e.k.indexOf(t) < 0) return 0;
      s += inReason ? 10 : e.sn.indexOf(t) >= 0 ? 5 : 1;
    }
    return s;
  }
  function render() {
    var q = norm(input.value.trim());
    list.textContent = "";
    if (!q || !index) { status.textContent = ""; return; }
    // A glossary term with a space in it (통화 중) is one term.
    var whole = gloss.some(function (g) { return g[0] === q; });
    var terms = whole ? [q] : q.split(/\s+/);
    var first = special(q);
    var hits = first.map(function (e) { return { e: e, s: 1000 }; }).concat(index
      .filter(function (e) { return first.indexOf(e) < 0; })
      .map(function (e) { return { e: e, s: score(e, q, terms) }; })
      .filter(function (h) { return h.s > 0; })
      .sort(function (a, b) { return b.s - a.s || parseInt(a.e.c, 10) - parseInt(b.e.c, 10); }))
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
