/* The page of `corpus report html`: reads the JSON in #corpus-data, draws the charts with plotly.js,
   and redraws them when a filter (language, dates, speaker) changes. Text is put in with textContent,
   never as HTML. */
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("corpus-data").textContent);
  var S = D.strings;
  var RTL = new Set(D.meta.rtl);
  var CONFIG = { displaylogo: false, responsive: true, modeBarButtonsToRemove: ["sendDataToCloud"] };
  var MAX_POINTS = 4000;
  var state = { langs: new Set(D.meta.langs), from: "", to: "", speaker: "" };

  function str(i) { return i === null || i === undefined ? null : S[i]; }
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    if (attrs) { Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); }); }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }
  function fmt(v) { return Number.isInteger(v) ? v.toLocaleString("en") : String(Math.round(v * 100) / 100); }
  function docLang(di) { return str(D.docs.lang[di]); }
  function docDate(di) { return D.docs.date[di]; }
  function inDates(day) {
    if (!day) { return !(state.from || state.to); }
    return (!state.from || day >= state.from) && (!state.to || day <= state.to);
  }
  function docOk(di) { return state.langs.has(docLang(di)) && inDates(docDate(di)); }
  function textAttrs(lang) {
    return RTL.has(lang) ? { lang: lang, dir: "rtl" } : { lang: lang || "und", dir: "auto" };
  }
  function langBadge(lang) { return el("span", { "class": "lang" }, lang || "?"); }

  // ------------------------------------------------------------------ filters
  function buildFilters() {
    var box = document.getElementById("filter-langs");
    D.meta.langs.forEach(function (lang) {
      var label = el("label");
      var input = el("input", { type: "checkbox", value: lang });
      input.checked = true;
      input.addEventListener("change", function () {
        if (input.checked) { state.langs.add(lang); } else { state.langs.delete(lang); }
        draw();
      });
      label.appendChild(input);
      label.appendChild(document.createTextNode(" " + lang + " "));
      box.appendChild(label);
    });
    var from = document.getElementById("filter-from"), to = document.getElementById("filter-to");
    if (D.meta.date_min) { from.min = to.min = D.meta.date_min; }
    if (D.meta.date_max) { from.max = to.max = D.meta.date_max; }
    from.addEventListener("change", function () { state.from = from.value; draw(); });
    to.addEventListener("change", function () { state.to = to.value; draw(); });
    var sel = document.getElementById("filter-speaker");
    D.speakers.forEach(function (sp) { sel.appendChild(el("option", { value: sp.name }, sp.name + " (" + sp.n + ")")); });
    sel.addEventListener("change", function () { state.speaker = sel.value; draw(); });
    document.getElementById("filter-reset").addEventListener("click", function () {
      state = { langs: new Set(D.meta.langs), from: "", to: "", speaker: "" };
      box.querySelectorAll("input").forEach(function (i) { i.checked = true; });
      from.value = to.value = sel.value = "";
      draw();
    });
  }

  function setSpeaker(name) {
    state.speaker = name;
    document.getElementById("filter-speaker").value = name;
    draw();
    document.getElementById("speaker-page").scrollIntoView();
  }

  // ------------------------------------------------------------------ figures over time
  function claimantOf(i) {
    var c = str(D.figures.claimant[i]);
    return c || str(D.docs.outlet[D.figures.doc[i]]);
  }

  function drawTimeline() {
    var F = D.figures, n = F.value.length, idx = [];
    for (var i = 0; i < n; i++) {
      var di = F.doc[i];
      if (!state.langs.has(docLang(di)) || !inDates(F.date[i])) { continue; }
      if (state.speaker && str(F.claimant[i]) !== state.speaker) { continue; }
      idx.push(i);
    }
    var byCat = {};
    idx.forEach(function (i) { var c = str(F.cat[i]); byCat[c] = (byCat[c] || 0) + 1; });
    var cats = Object.keys(byCat).sort(function (a, b) { return byCat[b] - byCat[a] || (a < b ? -1 : 1); });
    var shown = cats.slice(0, 8);
    var counts = {};
    idx.forEach(function (i) {
      var c = str(F.cat[i]);
      var key = shown.indexOf(c) >= 0 ? c : "other";
      counts[key] = counts[key] || {};
      counts[key][F.date[i]] = (counts[key][F.date[i]] || 0) + 1;
    });
    var bars = shown.concat(counts.other ? ["other"] : []).map(function (c) {
      var days = Object.keys(counts[c] || {}).sort();
      return { type: "bar", name: c, x: days, y: days.map(function (d) { return counts[c][d]; }) };
    });
    Plotly.react("chart-timeline", bars, {
      barmode: "stack", height: 330, margin: { t: 30, r: 10, b: 40, l: 50 },
      title: { text: idx.length + " figures" + (state.speaker ? " claimed by " + state.speaker : ""), font: { size: 13 } },
      xaxis: { type: "date" }, yaxis: { title: { text: "figures" } }, legend: { orientation: "h" }
    }, CONFIG);

    var step = Math.max(1, Math.ceil(idx.length / MAX_POINTS));
    var pts = idx.filter(function (_, k) { return k % step === 0; });
    var traces = shown.map(function (c) {
      var mine = pts.filter(function (i) { return str(F.cat[i]) === c; });
      return {
        type: "scatter", mode: "markers", name: c, x: mine.map(function (i) { return F.date[i]; }),
        y: mine.map(function (i) { return F.value[i]; }), marker: { size: 6, opacity: 0.7 },
        text: mine.map(function (i) {
          var place = str(F.place[i]);
          return claimantOf(i) + ": " + F.text[i] + (place ? " (" + place + ")" : "") + " [" + docLang(F.doc[i]) + "]";
        }),
        hovertemplate: "%{text}<extra>" + c + "</extra>"
      };
    });
    Plotly.react("chart-values", traces, {
      height: 360, margin: { t: 30, r: 10, b: 40, l: 60 },
      title: { text: "Claimed numbers" + (step > 1 ? " (every " + step + "th of " + idx.length + ")" : ""), font: { size: 13 } },
      xaxis: { type: "date" }, yaxis: { type: "log", title: { text: "number (log)" } }, legend: { orientation: "h" }
    }, CONFIG);
  }

  // ------------------------------------------------------------------ claims that disagree
  function groupView(g) {
    var claims = g.claims.filter(function (c) {
      return c.doc !== null && docOk(c.doc);
    });
    var claimants = new Set(claims.map(function (c) { return c.claimant; }));
    if (claimants.size < 2) { return null; }
    if (state.speaker && !claims.some(function (c) { return str(c.claimant) === state.speaker; })) { return null; }
    if ((state.from && g.to < state.from) || (state.to && g.from > state.to)) { return null; }
    return { g: g, claims: claims };
  }

  function drawClaims() {
    document.getElementById("claims-note").textContent =
      "Figures of one category about the same place (or its parent) on overlapping dates (a figure's own date, " +
      "else the " + D.meta.window + " days up to its publication), side by side. Flagged in red where two " +
      "claimants' numbers are " + D.meta.threshold + " times apart or more (floors such as 'more than 100' " +
      "and 'dozens' count as floors). The claimant is the speaker, else the outlet.";
    var views = D.groups.map(groupView).filter(function (v) { return v; });
    var top = views.filter(function (v) { return v.g.disagree; }).slice(0, 15);
    var byLang = {};
    top.forEach(function (v) {
      var label = "#" + v.g.group + " " + v.g.category + " · " + v.g.place + " · " + v.g.from;
      v.claims.forEach(function (c) {
        var lang = docLang(c.doc);
        var t = byLang[lang] = byLang[lang] || { type: "scatter", mode: "markers", name: lang, x: [], y: [], text: [],
          marker: { size: 9 }, hovertemplate: "%{text}<extra>%{y}</extra>" };
        t.x.push(c.value); t.y.push(label);
        t.text.push(str(c.claimant) + ": " + (str(c.q) ? str(c.q) + " " : "") + fmt(c.value) + " (" + str(D.docs.outlet[c.doc]) + ")");
      });
    });
    Plotly.react("chart-claims", Object.keys(byLang).sort().map(function (k) { return byLang[k]; }), {
      height: Math.max(260, 40 + 26 * top.length), margin: { t: 30, r: 10, b: 40, l: 330 },
      title: { text: top.length ? "The " + top.length + " largest disagreements" : "No disagreement under these filters", font: { size: 13 } },
      xaxis: { type: "log", title: { text: "number claimed (log)" } }, yaxis: { autorange: "reversed", automargin: true },
      legend: { orientation: "h" }
    }, CONFIG);

    var body = document.querySelector("#claims-table tbody");
    body.textContent = "";
    views.slice(0, 200).forEach(function (v) {
      var g = v.g, tr = el("tr", { "class": g.disagree ? "disagree" : "" });
      tr.appendChild(el("td", null, String(g.group)));
      tr.appendChild(el("td", null, g.category + (g.victims !== "people" ? " (" + g.victims + ")" : "") + (g.total ? " total" : "")));
      tr.appendChild(el("td", null, g.place));
      tr.appendChild(el("td", null, g.from === g.to ? g.from : g.from + " – " + g.to));
      tr.appendChild(el("td", null, fmt(g.min) + " – " + fmt(g.max) + " (×" + g.ratio + ")"));
      var td = el("td"), ul = el("ul", { "class": "claims" });
      v.claims.forEach(function (c) {
        var lang = docLang(c.doc), li = el("li");
        li.appendChild(langBadge(lang));
        li.appendChild(el("bdi", textAttrs(lang), str(c.claimant)));
        li.appendChild(document.createTextNode(": " + (str(c.q) ? str(c.q) + " " : "") + fmt(c.value) + " — "));
        li.appendChild(el("bdi", textAttrs(lang), c.text));
        li.appendChild(el("span", { "class": "src" }, " (" + str(D.docs.outlet[c.doc]) + ", " + (docDate(c.doc) || "no date") + ")"));
        ul.appendChild(li);
      });
      td.appendChild(ul);
      tr.appendChild(td);
      body.appendChild(tr);
    });
  }

  // ------------------------------------------------------------------ speakers
  function quoteRows() {
    var Q = D.quotes, out = [];
    for (var i = 0; i < Q.speaker.length; i++) { if (docOk(Q.doc[i])) { out.push(i); } }
    return out;
  }

  function drawSpeakers(rows) {
    var Q = D.quotes, count = {}, byLang = {}, byOutlet = {}, outletTotal = {};
    rows.forEach(function (i) {
      var sp = Q.speaker[i], lang = docLang(Q.doc[i]), outlet = str(D.docs.outlet[Q.doc[i]]);
      count[sp] = (count[sp] || 0) + 1;
      byLang[lang] = byLang[lang] || {}; byLang[lang][sp] = (byLang[lang][sp] || 0) + 1;
      byOutlet[sp] = byOutlet[sp] || {}; byOutlet[sp][outlet] = (byOutlet[sp][outlet] || 0) + 1;
      outletTotal[outlet] = (outletTotal[outlet] || 0) + 1;
    });
    var top = Object.keys(count).map(Number).sort(function (a, b) { return count[b] - count[a] || a - b; }).slice(0, 20);
    var names = top.map(function (k) { return D.speakers[k].name; });
    var traces = Object.keys(byLang).sort().map(function (lang) {
      return { type: "bar", orientation: "h", name: lang, y: names, x: top.map(function (k) { return byLang[lang][k] || 0; }) };
    });
    Plotly.react("chart-speakers", traces, {
      barmode: "stack", height: Math.max(300, 60 + 24 * names.length), margin: { t: 30, r: 10, b: 40, l: 220 },
      title: { text: "Quotes by language", font: { size: 13 } },
      yaxis: { autorange: "reversed", automargin: true }, legend: { orientation: "h" }
    }, CONFIG);
    var outlets = Object.keys(outletTotal).sort(function (a, b) { return outletTotal[b] - outletTotal[a] || (a < b ? -1 : 1); }).slice(0, 12);
    Plotly.react("chart-outlets", [{
      type: "heatmap", x: outlets, y: names, colorscale: [[0, "#f7fbff"], [0.4, "#6baed6"], [1, "#08306b"]],
      z: top.map(function (k) { return outlets.map(function (o) { return (byOutlet[k] || {})[o] || 0; }); }),
      hovertemplate: "%{y} in %{x}: %{z} quotes<extra></extra>"
    }], {
      height: Math.max(300, 80 + 24 * names.length), margin: { t: 30, r: 10, b: 90, l: 220 },
      title: { text: "Quotes by outlet", font: { size: 13 } }, yaxis: { autorange: "reversed", automargin: true }
    }, CONFIG);
    var chart = document.getElementById("chart-speakers");
    if (!chart.dataset.bound) {
      chart.dataset.bound = "1";
      chart.on("plotly_click", function (ev) { if (ev.points && ev.points.length) { setSpeaker(ev.points[0].y); } });
    }
    return names;
  }

  function drawSpeakerPage(rows, ranked) {
    var name = state.speaker || ranked[0] || "";
    document.getElementById("speaker-name").textContent = name || "(no quotes under these filters)";
    var box = document.getElementById("speaker-quotes");
    box.textContent = "";
    var k = D.speakers.findIndex(function (sp) { return sp.name === name; });
    var Q = D.quotes, mine = rows.filter(function (i) { return Q.speaker[i] === k; });
    var withText = mine.filter(function (i) { return Q.text[i] !== null; });
    var langs = {};
    mine.forEach(function (i) { var l = docLang(Q.doc[i]); langs[l] = (langs[l] || 0) + 1; });
    document.getElementById("speaker-note").textContent = name ? (mine.length + " quotes under these filters (" +
      Object.keys(langs).sort().map(function (l) { return l + ": " + langs[l]; }).join(", ") + "); " +
      withText.length + " shown" + (state.speaker ? "" : " — the most quoted speaker; choose another above")) : "";
    var byLang = {};
    withText.forEach(function (i) { var l = docLang(Q.doc[i]); (byLang[l] = byLang[l] || []).push(i); });
    Object.keys(byLang).sort().forEach(function (lang) {
      var block = el("div", { "class": "langblock" });
      block.appendChild(el("h3", null, lang + " (" + byLang[lang].length + ")"));
      byLang[lang].forEach(function (i) {
        var t = Q.texts[Q.text[i]], di = Q.doc[i];
        var q = el("div", Object.assign({ "class": "quote" }, textAttrs(lang)));
        q.appendChild(el("div", null, t.text));
        var src = el("div", { "class": "src" }, (docDate(di) || "no date") + " · " + str(D.docs.outlet[di]) + " · " +
          (t.cue || "no cue") + " · " + t.kind);
        src.appendChild(el("span", { "class": "stance stance-" + t.stance }, t.stance));
        q.appendChild(src);
        block.appendChild(q);
      });
      box.appendChild(block);
    });
  }

  // ------------------------------------------------------------------ all together
  function draw() {
    drawTimeline();
    drawClaims();
    var rows = quoteRows();
    var ranked = drawSpeakers(rows);
    drawSpeakerPage(rows, ranked);
  }

  var m = D.meta;
  document.getElementById("summary").textContent = m.n_docs + " documents (" + m.langs.join(", ") + "), " +
    (m.date_min ? m.date_min + " to " + m.date_max + ", " : "") + m.n_quotes + " quotes, " + m.n_figures +
    " figures, " + m.n_places + " place mentions.";
  buildFilters();
  draw();
  document.body.setAttribute("data-ready", "1");
})();
