// newsgraph page: filters -> timeline, actor network, events, quotes; click through to articles.
// Every value from the store reaches the DOM through textContent, never as HTML.
"use strict";

const QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"};
const QUAD_COLORS = {1: "#74add1", 2: "#1a9850", 3: "#fdae61", 4: "#d73027"};
const PAGE = 50;
const FILTERS = ["actor", "source", "target", "root", "quad_class", "since", "until", "speaker"];

const state = {filters: {}, eventsOffset: 0, timelineBy: "quad_class", rootNames: {}, articleId: null};

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined) continue;
    if (key === "class") node.className = value;
    else if (key.startsWith("data-")) node.setAttribute(key, value);
    else node[key] = value;
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

function params(obj) {
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(obj)) {
    if (value !== null && value !== undefined && value !== "") out.set(key, value);
  }
  return out.toString();
}

async function getJSON(path, query) {
  const url = query ? `${path}?${params(query)}` : path;
  const response = await fetch(url, {headers: {Accept: "application/json"}});
  const body = await response.json();
  if (!response.ok) {
    const message = body && body.error ? body.error.message : response.statusText;
    throw new Error(message);
  }
  return body;
}

function showError(error) {
  const box = document.getElementById("error");
  if (!error) { box.hidden = true; box.textContent = ""; return; }
  box.hidden = false;
  box.textContent = String(error.message || error);
}

function pick(keys) {
  const out = {};
  for (const key of keys) if (state.filters[key]) out[key] = state.filters[key];
  return out;
}

// ---- filters and the URL hash (so a view can be bookmarked) ----

function readForm() {
  const form = document.getElementById("filters");
  const out = {};
  for (const key of FILTERS) {
    const value = form.elements[key].value.trim();
    if (value) out[key] = ["actor", "source", "target"].includes(key) ? value.toUpperCase() : value;
  }
  return out;
}

function writeForm() {
  const form = document.getElementById("filters");
  for (const key of FILTERS) form.elements[key].value = state.filters[key] || "";
}

function writeHash() {
  const query = {...state.filters};
  if (state.articleId) query.article = state.articleId;
  const text = params(query);
  history.replaceState(null, "", text ? `#${text}` : location.pathname);
}

function readHash() {
  const found = new URLSearchParams(location.hash.slice(1));
  state.filters = {};
  for (const key of FILTERS) if (found.get(key)) state.filters[key] = found.get(key);
  state.articleId = found.get("article");
}

async function apply(filters) {
  state.filters = filters;
  state.eventsOffset = 0;
  writeForm();
  writeHash();
  showError(null);
  const jobs = [loadTimeline(), loadNetwork(), loadEvents(), loadQuotes()];
  const results = await Promise.allSettled(jobs);
  const failed = results.find((r) => r.status === "rejected");
  if (failed) showError(failed.reason);
}

// ---- timeline ----

async function loadTimeline() {
  const data = await getJSON("/api/timeline", {by: state.timelineBy, ...pick(["actor", "since", "until"])});
  const keys = [...new Set(data.rows.map((r) => r.key))].sort();
  const traces = keys.map((key) => {
    const rows = data.rows.filter((r) => r.key === key);
    const name = data.by === "quad_class" ? `${key} ${QUAD_NAMES[key] || ""}` : `${key} ${state.rootNames[key] || ""}`;
    return {
      type: "bar", name, x: rows.map((r) => r.date), y: rows.map((r) => r.count),
      marker: data.by === "quad_class" ? {color: QUAD_COLORS[key]} : undefined,
      hovertemplate: "%{x}: %{y} events<extra>" + name.replace(/[<>&]/g, "") + "</extra>",
    };
  });
  const layout = {
    barmode: "stack", margin: {l: 40, r: 10, t: 10, b: 40}, height: 300,
    xaxis: {type: "date"}, yaxis: {title: {text: "events"}}, legend: {orientation: "h", y: -0.2},
    annotations: traces.length ? [] : [{text: "no dated events", showarrow: false, xref: "paper", yref: "paper", x: 0.5, y: 0.5}],
  };
  await Plotly.react("timeline", traces, layout, {displaylogo: false, responsive: true});
}

// ---- network ----

function goldsteinColor(g) {
  if (g <= -2) return "#d73027";
  if (g < 0) return "#fc8d59";
  if (g < 2) return "#91bfdb";
  return "#1a9850";
}

async function loadNetwork() {
  const data = await getJSON("/api/graph", pick(["actor", "root", "quad_class", "since", "until"]));
  const pos = Object.fromEntries(data.nodes.map((n) => [n.id, n]));
  const traces = [];
  const mids = {x: [], y: [], text: []};
  for (const edge of data.edges) {
    const a = pos[edge.source], b = pos[edge.target];
    if (!a || !b || a === b) continue;
    traces.push({
      type: "scatter", mode: "lines", hoverinfo: "skip", showlegend: false,
      x: [a.x, b.x], y: [a.y, b.y],
      line: {width: 1 + Math.log2(edge.count), color: goldsteinColor(edge.mean_goldstein)},
    });
    const q = edge.by_quad;
    mids.x.push((a.x + b.x) / 2);
    mids.y.push((a.y + b.y) / 2);
    mids.text.push(`${edge.source} → ${edge.target}: ${edge.count} events, mean Goldstein ${edge.mean_goldstein}` +
      `<br>quad 1/2/3/4: ${q["1"]}/${q["2"]}/${q["3"]}/${q["4"]}`);
  }
  traces.push({type: "scatter", mode: "markers", x: mids.x, y: mids.y, text: mids.text, hoverinfo: "text",
    marker: {size: 6, color: "rgba(0,0,0,0.15)"}, showlegend: false});
  const selected = state.filters.actor;
  traces.push({
    type: "scatter", mode: "markers+text", showlegend: false,
    x: data.nodes.map((n) => n.x), y: data.nodes.map((n) => n.y),
    text: data.nodes.map((n) => n.id), customdata: data.nodes.map((n) => n.id),
    textposition: "top center", hovertemplate: "%{customdata}<extra></extra>",
    marker: {
      size: data.nodes.map((n) => 10 + 4 * Math.sqrt(n.count)),
      color: data.nodes.map((n) => (n.id === selected ? "#6a3d9a" : "#4575b4")),
      line: {width: 1, color: "#fff"},
    },
  });
  const layout = {
    margin: {l: 10, r: 10, t: 10, b: 10}, height: 300, hovermode: "closest",
    xaxis: {visible: false}, yaxis: {visible: false},
    annotations: data.nodes.length ? [] : [{text: "no events", showarrow: false, xref: "paper", yref: "paper", x: 0.5, y: 0.5}],
  };
  const plot = document.getElementById("network");
  await Plotly.react(plot, traces, layout, {displaylogo: false, responsive: true});
  plot.dataset.nodes = String(data.nodes.length);
  if (!plot.dataset.wired) {
    plot.dataset.wired = "1";
    plot.on("plotly_click", (event) => {
      const point = event.points.find((p) => p.customdata);
      if (point) apply({...state.filters, actor: point.customdata});
    });
  }
}

// ---- events and quotes ----

// A table row that opens something: by click, or by Enter from the keyboard.
function clickable(row, open) {
  row.tabIndex = 0;
  row.addEventListener("click", open);
  row.addEventListener("keydown", (event) => { if (event.key === "Enter") open(); });
}

async function loadEvents() {
  const query = {...pick(["actor", "source", "target", "root", "quad_class", "since", "until"]), limit: PAGE, offset: state.eventsOffset};
  const data = await getJSON("/api/events", query);
  const body = document.querySelector("#events tbody");
  body.replaceChildren();
  for (const e of data.items) {
    const row = el("tr", {class: `quad-${e.quad_class}`, "data-article": e.article_id, "data-event": e.id, title: "open the article"},
      el("td", {}, e.date || ""), el("td", {}, e.source_actor), el("td", {}, e.code),
      el("td", {}, e.target_actor), el("td", {}, e.quad_class), el("td", {}, e.goldstein),
      el("td", {class: "evidence"}, e.evidence || e.sentence));
    clickable(row, () => openArticle(e.article_id, e.id));
    body.append(row);
  }
  if (!data.items.length) body.append(el("tr", {}, el("td", {colSpan: 7, class: "muted"}, "no events match")));
  const last = data.offset + data.items.length;
  document.getElementById("events-count").textContent = data.items.length ? `${data.offset + 1}–${last}` : "";
  document.getElementById("events-prev").disabled = data.offset === 0;
  document.getElementById("events-next").disabled = data.next_offset === null;
}

async function loadQuotes() {
  const data = await getJSON("/api/quotes", {...pick(["speaker", "actor"]), limit: PAGE});
  const body = document.querySelector("#quotes tbody");
  body.replaceChildren();
  for (const q of data.items) {
    const row = el("tr", {"data-article": q.article_id, title: "open the article"},
      el("td", {}, q.date || ""), el("td", {}, q.speaker || "?"), el("td", {}, q.speaker_code || q.speaker_actor || ""),
      el("td", {class: "evidence"}, `“${q.text}”`));
    clickable(row, () => openArticle(q.article_id, null, q.id));
    body.append(row);
  }
  if (!data.items.length) body.append(el("tr", {}, el("td", {colSpan: 4, class: "muted"}, "no quotes match")));
  document.getElementById("quotes-count").textContent = data.next_offset === null ? `${data.items.length}` : `first ${data.items.length}`;
}

// ---- the article view ----

// Split the text at every span boundary, so overlapping marks (a mention inside a
// quote, a trigger inside an event's evidence) become flat, non-nested pieces.
function highlighted(text, marks) {
  const cuts = new Set([0, text.length]);
  for (const m of marks) { cuts.add(Math.max(0, m.start)); cuts.add(Math.min(text.length, m.end)); }
  const points = [...cuts].sort((a, b) => a - b);
  const out = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i], end = points[i + 1];
    const covering = marks.filter((m) => m.start <= start && m.end >= end && m.end > m.start);
    const piece = text.slice(start, end);
    if (!covering.length) { out.append(piece); continue; }
    const classes = [...new Set(covering.map((m) => m.cls))].join(" ");
    const span = el("span", {class: classes}, piece);
    const events = covering.filter((m) => m.event).map((m) => m.event);
    if (events.length) span.setAttribute("data-events", events.join(" "));
    const quote = covering.find((m) => m.quote);
    if (quote) span.setAttribute("data-quote", quote.quote);
    const titles = [...new Set(covering.map((m) => m.title).filter(Boolean))];
    if (titles.length) span.title = titles.join("\n");
    out.append(span);
  }
  return out;
}

function focusEvent(eventId) {
  for (const node of document.querySelectorAll(".focus")) node.classList.remove("focus");
  if (!eventId) return;
  const item = document.querySelector(`#article-events li[data-event="${CSS.escape(eventId)}"]`);
  if (item) item.classList.add("focus");
  const spans = [...document.querySelectorAll("#article-text [data-events]")]
    .filter((s) => s.getAttribute("data-events").split(" ").includes(eventId));
  for (const s of spans) s.classList.add("focus");
  if (spans.length) spans[0].scrollIntoView({block: "center", behavior: "smooth"});
}

async function openArticle(id, eventId, quoteId) {
  let data;
  try {
    data = await getJSON(`/api/articles/${encodeURIComponent(id)}`);
  } catch (error) {
    showError(error);
    return;
  }
  state.articleId = id;
  writeHash();
  const marks = [];
  for (const m of data.mentions) {
    if (m.code || m.person) marks.push({start: m.start, end: m.end, cls: "hl-mention", title: [m.code, m.person].filter(Boolean).join(" · ")});
  }
  for (const q of data.quotes) {
    marks.push({start: q.start, end: q.end, cls: "hl-quote", quote: q.id, title: `quote: ${q.speaker || "?"}`});
  }
  for (const e of data.events) {
    const title = `${e.source_actor} ${e.code} ${e.target_actor} (rule ${e.rule})`;
    marks.push({start: e.trigger_start, end: e.trigger_end, cls: "hl-trigger", event: e.id, title});
    marks.push({start: e.source_start, end: e.source_end, cls: "hl-arg", event: e.id, title: `source ${e.source_actor}`});
    marks.push({start: e.target_start, end: e.target_end, cls: "hl-arg", event: e.id, title: `target ${e.target_actor}`});
  }
  document.getElementById("article-title").textContent = data.title || data.path || data.id;
  document.getElementById("article-meta").textContent =
    [data.date, data.dateline, data.source, data.path, `id ${data.id}`].filter(Boolean).join(" · ");
  document.getElementById("article-text").replaceChildren(highlighted(data.text, marks));

  const list = document.getElementById("article-events");
  list.replaceChildren();
  for (const e of data.events) {
    const name = state.rootNames[e.root] ? ` ${state.rootNames[e.root]}` : "";
    const item = el("li", {"data-event": e.id, class: `quad-${e.quad_class}`},
      el("div", {class: "triple"}, `${e.source_actor} → ${e.code}${name} → ${e.target_actor}`),
      el("div", {class: "evidence"}, e.evidence || e.sentence),
      el("div", {class: "muted small"}, `rule ${e.rule} · quad ${e.quad_class} · Goldstein ${e.goldstein} · confidence ${e.confidence}`));
    item.addEventListener("mouseenter", () => focusEvent(e.id));
    item.addEventListener("click", () => focusEvent(e.id));
    list.append(item);
  }
  if (!data.events.length) list.append(el("li", {class: "muted"}, "no events"));

  const quotes = document.getElementById("article-quotes");
  quotes.replaceChildren();
  for (const q of data.quotes) {
    quotes.append(el("li", {"data-quote": q.id},
      el("div", {}, `“${q.text}”`),
      el("div", {class: "muted small"}, `${q.speaker || "unattributed"}${q.speaker_code ? ` (${q.speaker_code})` : ""}${q.cue ? ` · cue “${q.cue}”` : ""}${q.rule ? ` · rule ${q.rule}` : ""}`)));
  }
  if (!data.quotes.length) quotes.append(el("li", {class: "muted"}, "no quotes"));

  const section = document.getElementById("article");
  section.hidden = false;
  section.scrollIntoView({block: "start"});
  if (eventId) focusEvent(eventId);
  if (quoteId) {
    const span = document.querySelector(`#article-text [data-quote="${CSS.escape(quoteId)}"]`);
    if (span) span.scrollIntoView({block: "center"});
  }
}

// ---- start ----

async function loadMenus() {
  const [roots, actors, summary] = await Promise.all([
    getJSON("/api/roots"), getJSON("/api/actors", {limit: 500}), getJSON("/api/summary"),
  ]);
  const select = document.querySelector("#filters select[name=root]");
  for (const r of roots.items) {
    state.rootNames[r.root] = r.name;
    select.append(el("option", {value: r.root}, `${r.root} ${r.name}`));
  }
  const codes = new Set();
  for (const a of actors.items) { codes.add(a.principal); codes.add(a.code); }
  document.getElementById("actor-list").replaceChildren(...[...codes].filter(Boolean).sort().map((c) => el("option", {value: c})));
  document.getElementById("summary").textContent =
    `${summary.articles} articles · ${summary.events} events · ${summary.quotes} quotes` +
    (summary.first_date ? ` · ${summary.first_date} to ${summary.last_date}` : "");
}

document.addEventListener("DOMContentLoaded", async () => {
  document.getElementById("filters").addEventListener("submit", (event) => {
    event.preventDefault();
    apply(readForm());
  });
  document.getElementById("clear").addEventListener("click", () => apply({}));
  document.getElementById("timeline-by").addEventListener("change", (event) => {
    state.timelineBy = event.target.value;
    loadTimeline().catch(showError);
  });
  document.getElementById("events-prev").addEventListener("click", () => {
    state.eventsOffset = Math.max(0, state.eventsOffset - PAGE);
    loadEvents().catch(showError);
  });
  document.getElementById("events-next").addEventListener("click", () => {
    state.eventsOffset += PAGE;
    loadEvents().catch(showError);
  });
  document.getElementById("article-close").addEventListener("click", () => {
    document.getElementById("article").hidden = true;
    state.articleId = null;
    writeHash();
  });
  readHash();
  try { await loadMenus(); } catch (error) { showError(error); }
  await apply(state.filters);
  if (state.articleId) await openArticle(state.articleId);
  document.body.dataset.ready = "1";
});
