// The sitreps UI: filters, a list, a map on an offline Natural Earth basemap, a timeline by day, and
// each event's evidence. Every string from the API is article-derived and hostile: it only ever
// reaches the page as a text node (append/textContent) or a vetted http(s) href, never as markup.
"use strict";

(function () {
  const list = document.getElementById("event-list");
  // One palette for the whole project: the server writes it into the page (sitreps.outputs.EVENT_TYPE_COLOURS).
  const TYPE_COLORS = JSON.parse(list.dataset.typeColours || "{}");
  const MARK_KINDS = { trigger: "claim", quantity: "count", place: "place", cue: "attribution cue" };
  const PAGE = 5000;

  const state = { events: [], selectedId: null, markers: new Map(), layer: null, chosenDay: null };
  const form = document.getElementById("filters");
  const detail = document.getElementById("detail");

  // DOM helpers: `el` builds elements; children that are strings become text nodes.
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value === null || value === undefined) continue;
      if (key === "dataset") Object.assign(node.dataset, value);
      else node[key] = value;
    }
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : String(child));
    }
    return node;
  }

  function svg(tag, attrs) {
    const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, String(value));
    return node;
  }

  function color(type) {
    return TYPE_COLORS[type] || "#666666";
  }

  function safeHref(url) {
    if (typeof url !== "string") return null;
    try {
      const parsed = new URL(url);
      return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
    } catch (_) {
      return null;
    }
  }

  function showStatus(message, isError) {
    const status = document.getElementById("status");
    status.textContent = message;
    status.className = "status visible" + (isError ? " error" : "");
    if (!isError) setTimeout(() => { status.className = "status"; }, 2500);
  }

  async function getJSON(path) {
    const response = await fetch(path, { headers: { Accept: "application/json" } });
    if (!response.ok) {
      let reason = response.statusText;
      try { reason = (await response.json()).detail || reason; } catch (_) { /* not JSON */ }
      throw new Error(`${path}: ${response.status} ${typeof reason === "string" ? reason : JSON.stringify(reason)}`);
    }
    return response.json();
  }

  // Wording shared by the list and the detail.
  function placeLabel(event) {
    const loc = event.location;
    if (!loc || !loc.name) return "Place unknown";
    const parts = [loc.name];
    for (const extra of [loc.admin1, loc.country]) if (extra && !parts.includes(extra)) parts.push(extra);
    return parts.join(", ");
  }

  function dateLabel(value) {
    if (!value || !value.start) return "undated";
    const range = value.end && value.end !== value.start ? `${value.start} to ${value.end}` : value.start;
    return value.precision && value.precision !== "day" ? `${range} (${value.precision})` : range;
  }

  function fatalitiesLabel(f) {
    if (!f || (f.min == null && f.max == null)) return null;
    const range = f.min === f.max || f.max == null ? `${f.min}` : `${f.min ?? "?"}-${f.max}`;
    return f.best != null && String(f.best) !== range ? `${range} (best ${f.best})` : range;
  }

  function actorLabel(actor) {
    if (!actor) return null;
    return actor.name && actor.name !== actor.text ? `${actor.name} ("${actor.text}")` : (actor.name || actor.text);
  }

  // Filters <-> query string.
  function filterParams() {
    const data = new FormData(form);
    const params = new URLSearchParams();
    for (const key of ["since", "until", "type", "country", "text", "source"]) {
      const value = String(data.get(key) || "").trim();
      if (value) params.set(key, value);
    }
    if (data.get("bbox") && state.map) {
      const b = state.map.getBounds();
      const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
      const west = b.getWest(), east = b.getEast();
      const box = east - west >= 360 ? [-180, 180] : [((west + 540) % 360) - 180, ((east + 540) % 360) - 180];
      params.set("bbox", [box[0], clamp(b.getSouth(), -90, 90), box[1], clamp(b.getNorth(), -90, 90)]
        .map((v) => v.toFixed(4)).join(","));
    }
    return params;
  }

  async function loadStats() {
    const stats = await getJSON("/api/stats");
    const summary = document.getElementById("summary");
    summary.replaceChildren(
      el("span", { className: "pill" }, `${stats.canonical_events} events`),
      el("span", { className: "pill" }, `${stats.documents} documents`),
      el("span", { className: "pill" }, `${stats.multi_source_events} with several reports`),
      stats.first_event_date ? el("span", { className: "pill" }, `${stats.first_event_date} to ${stats.last_event_date}`) : null,
    );
    const typeSelect = form.elements.type;
    for (const [type, count] of Object.entries(stats.events_by_type || {})) {
      typeSelect.append(el("option", { value: type }, `${type} (${count})`));
    }
    const countrySelect = form.elements.country;
    const names = stats.country_names || {};
    const countries = Object.entries(stats.events_by_country || {}).filter(([code]) => code);
    countries.sort((a, b) => (names[a[0]] || a[0]).localeCompare(names[b[0]] || b[0]));
    for (const [code, count] of countries) {
      countrySelect.append(el("option", { value: code }, `${names[code] || code} (${count})`));
    }
  }

  async function loadEvents() {
    const params = filterParams();
    const eventsQuery = new URLSearchParams(params);
    eventsQuery.set("limit", String(PAGE));
    const [page, timeline] = await Promise.all([
      getJSON(`/api/events?${eventsQuery}`),
      getJSON(`/api/timeline?${params}`),
    ]);
    state.events = page.events;
    document.getElementById("count").textContent =
      page.total > page.events.length ? `${page.events.length} of ${page.total}` : `${page.total}`;
    renderList();
    renderMarkers();
    state.timeline = timeline;
    renderTimeline(timeline);
    if (state.selectedId && !state.events.some((e) => e.id === state.selectedId)) clearDetail();
  }

  // The list.
  function renderList() {
    if (!state.events.length) {
      list.replaceChildren(el("li", { className: "event-item muted" }, "No events match these filters."));
      return;
    }
    list.replaceChildren(...state.events.map((event) => {
      const meta = [dateLabel(event.date), `${event.mentions} report${event.mentions === 1 ? "" : "s"}`];
      const deaths = fatalitiesLabel(event.fatalities);
      if (deaths) meta.push(`${deaths} killed`);
      if (event.sources && event.sources.length) meta.push(event.sources.slice(0, 3).join(", "));
      const item = el("li", {
        className: "event-item",
        tabIndex: 0,
        dataset: { id: event.id, type: event.event_type || "" },
        title: `${event.event_type}: ${event.sub_event_type}`,
      },
      el("span", { className: "dot" }),
      el("div", {}, el("div", { className: "place" }, placeLabel(event)),
        el("div", { className: "kind" }, event.sub_event_type || event.event_type)),
      el("div", { className: "meta" }, meta.join(" · ")));
      item.setAttribute("aria-selected", String(event.id === state.selectedId));
      item.addEventListener("click", () => selectEvent(event.id, true));
      item.addEventListener("keydown", (e) => { if (e.key === "Enter") selectEvent(event.id, true); });
      return item;
    }));
  }

  // The map: Natural Earth countries from the vendored world-atlas TopoJSON, no tile server.
  function setUpMap() {
    const map = L.map("map", { worldCopyJump: true, minZoom: 2, maxZoom: 12, zoomSnap: 0.5 });
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Leaflet | Natural Earth");
    map.setView([30, 20], 2);
    state.map = map;

    const legend = L.control({ position: "bottomleft" });
    legend.onAdd = () => el("div", { className: "legend" }, ...Object.entries(TYPE_COLORS).map(([type, hex]) => {
      const swatch = el("span", { className: "swatch" });
      swatch.style.background = hex;
      return el("div", {}, swatch, type);
    }));
    legend.addTo(map);

    map.on("moveend", () => { if (form.elements.bbox.checked) refresh(); });
    return getJSON("/static/vendor/world-atlas/countries-50m.json").then((topology) => {
      const land = topojson.feature(topology, topology.objects.countries);
      L.geoJSON(land, {
        interactive: false,
        style: { color: "#9aa8b5", weight: 0.6, fillColor: "#f2efe6", fillOpacity: 1 },
      }).addTo(map);
      if (state.layer) state.layer.bringToFront();
    });
  }

  function markerStyle(event, selected) {
    return {
      radius: Math.min(16, 5 + 2 * Math.sqrt(event.mentions || 1)),
      color: selected ? "#111" : "#fff",
      weight: selected ? 3 : 1,
      fillColor: color(event.event_type),
      fillOpacity: 0.85,
    };
  }

  function renderMarkers() {
    const map = state.map;
    if (state.layer) state.layer.remove();
    state.markers.clear();
    const layer = L.featureGroup();
    for (const event of state.events) {
      const loc = event.location;
      if (!loc || loc.lat == null || loc.lon == null) continue;
      const marker = L.circleMarker([loc.lat, loc.lon], markerStyle(event, event.id === state.selectedId));
      marker.bindTooltip(el("div", {}, el("strong", {}, placeLabel(event)), el("br"),
        `${event.sub_event_type} · ${dateLabel(event.date)}`));
      marker.on("click", () => selectEvent(event.id, false));
      marker.addTo(layer);
      state.markers.set(event.id, marker);
    }
    layer.addTo(map);
    state.layer = layer;
    if (!state.fitted && state.markers.size) {
      map.fitBounds(layer.getBounds(), { padding: [30, 30], maxZoom: 6 });
      state.fitted = true;
    }
  }

  // The timeline: one bar per day, stacked by event type; a click filters to that day.
  function renderTimeline(data) {
    const box = document.getElementById("timeline");
    const note = document.getElementById("timeline-note");
    const extra = [];
    if (data.earlier) extra.push(`${data.earlier} earlier`);
    if (data.undated) extra.push(`${data.undated} undated`);
    note.textContent = data.first ? `${data.first} to ${data.last}${extra.length ? " · " + extra.join(", ") : ""}`
      : extra.join(", ");
    if (!data.days.length) {
      box.replaceChildren(el("p", { className: "muted" }, "No dated events."));
      return;
    }
    const width = Math.max(box.clientWidth - 20, 200), height = Math.max(box.clientHeight - 10, 60);
    const top = 6, bottom = 18, chartHeight = height - top - bottom;
    const max = Math.max(...data.days.map((d) => d.count), 1);
    const step = width / data.days.length;
    const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, preserveAspectRatio: "none" });
    chart.append(svg("line", { class: "baseline", x1: 0, x2: width, y1: top + chartHeight, y2: top + chartHeight }));
    data.days.forEach((day, i) => {
      const x = i * step;
      const hit = svg("rect", { class: "bar-hit" + (state.chosenDay === day.date ? " chosen" : ""), x, y: 0,
        width: Math.max(step, 1), height: top + chartHeight });
      const label = svg("title");
      label.textContent = `${day.date}: ${day.count} event${day.count === 1 ? "" : "s"}`;
      hit.append(label);
      hit.addEventListener("click", () => chooseDay(day.date));
      chart.append(hit);
      let y = top + chartHeight;
      for (const [type, count] of Object.entries(day.by_type)) {
        const h = (count / max) * chartHeight;
        y -= h;
        const bar = svg("rect", { class: "bar", x: x + step * 0.12, y, width: Math.max(step * 0.76, 1), height: h,
          fill: color(type) });
        bar.append(label.cloneNode(true));
        bar.addEventListener("click", () => chooseDay(day.date));
        chart.append(bar);
      }
    });
    const ticks = Math.min(6, data.days.length);
    for (let t = 0; t < ticks; t++) {
      const i = ticks === 1 ? 0 : Math.round((t * (data.days.length - 1)) / (ticks - 1));
      const anchor = t === 0 ? "start" : t === ticks - 1 ? "end" : "middle";
      const text = svg("text", { class: "axis", x: i * step + (anchor === "start" ? 0 : anchor === "end" ? step : step / 2),
        y: height - 4, "text-anchor": anchor });
      text.textContent = data.days[i].date;
      chart.append(text);
    }
    box.replaceChildren(chart);
  }

  function chooseDay(day) {
    const chosen = state.chosenDay === day ? null : day;
    state.chosenDay = chosen;
    form.elements.since.value = chosen || "";
    form.elements.until.value = chosen || "";
    refresh();
  }

  // The detail: the event's facts, then every report's evidence with the claim highlighted.
  function clearDetail() {
    state.selectedId = null;
    detail.replaceChildren(el("p", { className: "placeholder" },
      "Select an event in the list or on the map to see the reports it rests on."));
  }

  function highlighted(text, marks) {
    // Offsets count Unicode code points (Python's str), so index an array of code points, not UTF-16 units.
    const chars = Array.from(text);
    const node = el("p", { className: "evidence" });
    let position = 0;
    for (const mark of marks || []) {
      if (!(mark.kind in MARK_KINDS) || mark.start < position || mark.end > chars.length) continue;
      node.append(chars.slice(position, mark.start).join(""));
      node.append(el("mark", { className: `mark-${mark.kind}`, title: MARK_KINDS[mark.kind] },
        chars.slice(mark.start, mark.end).join("")));
      position = mark.end;
    }
    node.append(chars.slice(position).join(""));
    return node;
  }

  function attributionItem(attribution) {
    const source = attribution.source;
    const who = source ? (source.name || source.text) : "unnamed source";
    const kind = source && source.kind ? ` (${source.kind}${source.role ? ", " + source.role : ""})` : "";
    return el("li", {},
      el("span", { className: "who" }, who), kind, " ",
      el("span", { className: "cue" }, attribution.cue ? attribution.cue.text : ""),
      attribution.via ? ` via ${attribution.via}` : "",
      ": “", attribution.content ? attribution.content.text : "", "”");
  }

  function mentionCard(mention) {
    const doc = mention.document || {};
    const href = safeHref(doc.url);
    const titleText = doc.title || doc.id;
    const title = href
      ? el("a", { className: "doc-title", href, target: "_blank", rel: "noopener noreferrer" }, titleText)
      : el("span", { className: "doc-title" }, titleText);
    const meta = [doc.outlet, doc.published].filter(Boolean).join(" · ") || "outlet and date unknown";
    const card = el("article", { className: "mention" },
      title,
      el("div", { className: "doc-meta" }, meta,
        el("span", { className: "badge" }, mention.modality),
        el("span", { className: "badge" }, `confidence ${Number(mention.confidence).toFixed(2)}`),
        href ? null : el("span", { className: "badge" }, doc.url ? "link withheld (not http/https)" : "no URL")),
      highlighted(mention.evidence.text, mention.marks));
    const kinds = [...new Set((mention.marks || []).map((m) => m.kind))].filter((k) => k in MARK_KINDS);
    if (kinds.length) {
      card.append(el("p", { className: "mark-key" }, ...kinds.map((k) => el("mark", { className: `mark-${k}` }, MARK_KINDS[k]))));
    }
    if (mention.also && mention.also.length) {
      card.append(el("details", { className: "also" },
        el("summary", {}, `${mention.also.length} more sentence${mention.also.length === 1 ? "" : "s"} on this event`),
        ...mention.also.map((span) => el("p", {}, span.text))));
    }
    if (mention.attributions && mention.attributions.length) {
      card.append(el("ul", { className: "attributions" }, ...mention.attributions.map(attributionItem)));
    }
    if (mention.merge_reasons && mention.merge_reasons.length) {
      card.append(el("div", { className: "merge" }, `merge: ${mention.merge_reasons.join("; ")}`));
    }
    return card;
  }

  // A conflict is {field, values: [{value, document, outlet, published}]}: each report's value, with who said it.
  function conflictLabel(conflict) {
    if (!conflict || typeof conflict !== "object") return String(conflict);
    const values = (conflict.values || []).map((v) => {
      const who = [v.outlet || v.document, v.published].filter(Boolean).join(", ");
      return `${v.value}${who ? ` (${who})` : ""}`;
    });
    return `${String(conflict.field).replace(/_/g, " ")}: ${values.join(" vs ")}`;
  }

  function renderDetail(event) {
    const facts = el("dl", { className: "facts" });
    const fact = (label, value) => { if (value) facts.append(el("dt", {}, label), el("dd", {}, value)); };
    const loc = event.location || {};
    fact("Date", dateLabel(event.date) + (event.date && event.date.text ? ` ("${event.date.text}")` : ""));
    fact("Place", placeLabel(event) + (loc.lat != null ? ` (${loc.lat.toFixed(3)}, ${loc.lon.toFixed(3)})` : ""));
    if (loc.place && loc.place.text) fact("As written", loc.place.text);
    fact("Killed", fatalitiesLabel(event.fatalities));
    fact("Actor 1", actorLabel(event.actor1));
    fact("Actor 2", actorLabel(event.actor2));
    fact("Reports", `${event.mentions} (first ${event.first_reported || "?"}, last ${event.last_reported || "?"})`);
    fact("Sources", (event.sources || []).join(", "));
    const conflicts = event.conflicts || [];
    const children = [
      el("h2", {}, event.sub_event_type || event.event_type),
      el("div", { className: "subtitle" }, `${event.event_type} · ${placeLabel(event)} · `,
        el("span", { className: "nowrap" }, dateLabel(event.date))),
      facts,
    ];
    if (conflicts.length) {
      children.push(el("h3", {}, "Reports disagree on"),
        el("ul", { className: "conflict" }, ...conflicts.map((c) => el("li", {}, conflictLabel(c)))));
    }
    children.push(el("h3", {}, `Evidence from ${event.merged.length} report${event.merged.length === 1 ? "" : "s"}`),
      ...event.merged.map(mentionCard));
    detail.replaceChildren(...children);
    detail.scrollTop = 0;
  }

  async function selectEvent(id, fromList) {
    const previous = state.selectedId;
    state.selectedId = id;
    for (const item of list.children) item.setAttribute("aria-selected", String(item.dataset.id === id));
    for (const eventId of [previous, id]) {
      const marker = state.markers.get(eventId);
      const event = state.events.find((e) => e.id === eventId);
      if (marker && event) marker.setStyle(markerStyle(event, eventId === id));
    }
    const marker = state.markers.get(id);
    if (marker) {
      marker.bringToFront();
      if (fromList) state.map.panTo(marker.getLatLng());
    }
    if (!fromList) {
      const item = [...list.children].find((li) => li.dataset.id === id);
      if (item) item.scrollIntoView({ block: "nearest" });
    }
    history.replaceState(null, "", `#${encodeURIComponent(id)}`);
    try {
      const event = await getJSON(`/api/events/${encodeURIComponent(id)}`);
      if (state.selectedId === id) renderDetail(event);
    } catch (error) {
      showStatus(error.message, true);
    }
  }

  function refresh() {
    return loadEvents().catch((error) => showStatus(error.message, true));
  }

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    state.chosenDay = null;
    refresh();
  });
  form.addEventListener("reset", () => {
    state.chosenDay = null;
    setTimeout(refresh, 0);  // after the form has cleared its fields
  });
  form.elements.bbox.addEventListener("change", refresh);
  window.addEventListener("resize", () => { if (state.timeline) renderTimeline(state.timeline); });

  async function start() {
    const basemap = setUpMap().catch((error) => showStatus(`basemap: ${error.message}`, true));
    try {
      await loadStats();
      await loadEvents();
    } catch (error) {
      showStatus(error.message, true);
    }
    await basemap;
    document.body.dataset.ready = "true";
    const wanted = decodeURIComponent(location.hash.slice(1));
    if (wanted && state.events.some((e) => e.id === wanted)) selectEvent(wanted, true);
  }

  start();
})();
