// sukien charts: events per month, an actor's timeline and who-met-whom network, drawn as SVG.
// Data comes from <script type="application/json"> blocks; text is set with textContent only.
"use strict";
(function () {
  const NS = "http://www.w3.org/2000/svg";

  function el(name, attrs, parent) {
    const node = document.createElementNS(NS, name);
    for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, String(value));
    if (parent) parent.appendChild(node);
    return node;
  }
  function label(parent, x, y, words, attrs) {
    const node = el("text", Object.assign({ x: x, y: y }, attrs || {}), parent);
    node.textContent = words;
    return node;
  }
  function tip(parent, words) { el("title", {}, parent).textContent = words; }
  function canvas(box, width, height) {
    const svg = el("svg", { viewBox: "0 0 " + width + " " + height, role: "img" });
    box.appendChild(svg);
    return svg;
  }
  function monthKey(d) { return d.getUTCFullYear() + "-" + String(d.getUTCMonth() + 1).padStart(2, "0"); }
  function toDate(value) {
    const [y, m, d] = value.split("-").map(Number);
    return new Date(Date.UTC(y, m ? m - 1 : 6, d || (m ? 15 : 1)));
  }

  // Events per month as bars; a click lists that month's events.
  function months(box, rows) {
    if (!rows.length) return;
    const counts = new Map(rows.map((r) => [r.value, r.count]));
    const keys = [];
    for (let d = toDate(rows[0].value + "-01"); monthKey(d) <= rows[rows.length - 1].value;
      d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1))) keys.push(monthKey(d));
    const small = box.classList.contains("small");
    const W = 900, H = small ? 110 : 170, L = 34, R = 8, T = 10, B = 22;
    const svg = canvas(box, W, H);
    const max = Math.max(...counts.values());
    const step = (W - L - R) / keys.length;
    el("line", { class: "axis", x1: L, x2: W - R, y1: H - B, y2: H - B }, svg);
    label(svg, L - 6, T + 8, String(max), { "text-anchor": "end" });
    label(svg, L - 6, H - B, "0", { "text-anchor": "end" });
    const every = Math.max(1, Math.ceil(keys.length / 12));
    keys.forEach((key, i) => {
      const n = counts.get(key) || 0;
      const h = max ? (H - T - B) * n / max : 0;
      const bar = el("rect", { class: "bar", x: L + i * step + step * 0.12, width: Math.max(1, step * 0.76),
        y: H - B - h, height: Math.max(h, n ? 1 : 0) }, svg);
      tip(bar, key + ": " + n + " event" + (n === 1 ? "" : "s"));
      bar.addEventListener("click", () => {
        const url = new URL(box.dataset.href || "/events", window.location.href);
        url.searchParams.set("date_from", key);
        url.searchParams.set("date_to", key);
        url.searchParams.delete("page");
        window.location.assign(url.toString());
      });
      if (i % every === 0) label(svg, L + i * step + step / 2, H - 6, key, { "text-anchor": "middle" });
    });
  }

  // An actor's events on a time axis, one lane per type; a click opens the event.
  function timeline(box, rows) {
    if (!rows.length) return;
    const W = 560, lanes = ["CONSULT", "SUPPORT"], laneH = 70, T = 10, B = 26, L = 70, R = 16;
    const H = T + lanes.length * laneH + B;
    const svg = canvas(box, W, H);
    const times = rows.map((r) => toDate(r.date).getTime());
    let lo = Math.min(...times), hi = Math.max(...times);
    const day = 86400000, margin = Math.max((hi - lo) * 0.04, 15 * day);
    lo -= margin; hi += margin;
    const x = (t) => L + (W - L - R) * (t - lo) / (hi - lo);
    lanes.forEach((lane, i) => {
      el("rect", { class: "lane", x: L, y: T + i * laneH + 4, width: W - L - R, height: laneH - 8 }, svg);
      label(svg, L - 8, T + i * laneH + laneH / 2 + 4, lane, { "text-anchor": "end" });
    });
    el("line", { class: "axis", x1: L, x2: W - R, y1: H - B, y2: H - B }, svg);
    const years = (hi - lo) / (365 * day);
    const start = new Date(lo);
    let tick = new Date(Date.UTC(start.getUTCFullYear(), years > 3 ? 0 : start.getUTCMonth(), 1));
    const monthsPerTick = years > 3 ? 12 * Math.ceil(years / 6) : Math.max(1, Math.ceil(years * 12 / 6));
    while (tick.getTime() <= hi) {
      if (tick.getTime() >= lo) {
        const tx = x(tick.getTime());
        el("line", { class: "axis", x1: tx, x2: tx, y1: H - B, y2: H - B + 4 }, svg);
        label(svg, tx, H - 8, years > 3 ? String(tick.getUTCFullYear()) : monthKey(tick), { "text-anchor": "middle" });
      }
      tick = new Date(Date.UTC(tick.getUTCFullYear(), tick.getUTCMonth() + monthsPerTick, 1));
    }
    const stacked = new Map();
    rows.forEach((r, i) => {
      const lane = Math.max(0, lanes.indexOf(r.type));
      const cx = x(times[i]);
      const key = lane + ":" + Math.round(cx / 6);
      const k = stacked.get(key) || 0;
      stacked.set(key, k + 1);
      const cy = T + lane * laneH + laneH / 2 + (k % 2 ? 1 : -1) * Math.ceil(k / 2) * 9;
      const link = el("a", { href: "/events/" + encodeURIComponent(r.id) }, svg);
      const dot = el("circle", { class: "ev-dot " + r.type.toLowerCase(), cx: cx,
        cy: Math.min(Math.max(cy, T + lane * laneH + 8), T + (lane + 1) * laneH - 8), r: 5 }, link);
      tip(dot, [r.date, r.type + (r.mode ? " · " + r.mode : ""), r.counterparts || "", r.location || ""]
        .filter(Boolean).join("\n"));
    });
  }

  // Who met whom: the actor (red) and its main counterparts, a force layout one can drag.
  function network(box, graph) {
    const W = 560, H = 380;
    const svg = canvas(box, W, H);
    const nodes = graph.nodes.map((n, i) => Object.assign({}, n, {
      x: W / 2 + (n.centre ? 0 : 150 * Math.cos(2 * Math.PI * i / graph.nodes.length)),
      y: H / 2 + (n.centre ? 0 : 130 * Math.sin(2 * Math.PI * i / graph.nodes.length)), vx: 0, vy: 0 }));
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const edges = graph.edges.filter((e) => byId.has(e.source) && byId.has(e.target))
      .map((e) => ({ a: byId.get(e.source), b: byId.get(e.target), w: e.weight }));
    const radius = (n) => Math.min(22, 5 + 2.2 * Math.sqrt(n.events || 1));

    // Fruchterman-Reingold: neighbours pull (d²/k), everyone pushes (k²/d), moves cool down.
    const k = Math.sqrt(W * H / Math.max(nodes.length, 2)) * 0.55;
    function settle(rounds) {
      for (let r = 0; r < rounds; r++) {
        const heat = (W / 10) * (1 - r / rounds) + 0.5;
        for (const n of nodes) { n.vx = 0; n.vy = 0; }
        for (let i = 0; i < nodes.length; i++) {
          for (let j = i + 1; j < nodes.length; j++) {
            const a = nodes[i], b = nodes[j];
            const dx = a.x - b.x, dy = a.y - b.y, d = Math.max(Math.hypot(dx, dy), 0.5), f = k * k / d;
            a.vx += dx / d * f; a.vy += dy / d * f; b.vx -= dx / d * f; b.vy -= dy / d * f;
          }
        }
        for (const e of edges) {
          const dx = e.a.x - e.b.x, dy = e.a.y - e.b.y, d = Math.max(Math.hypot(dx, dy), 0.5);
          const f = d * d / k * Math.min(2, 1 + Math.log2(e.w) / 4);
          e.a.vx -= dx / d * f; e.a.vy -= dy / d * f; e.b.vx += dx / d * f; e.b.vy += dy / d * f;
        }
        for (const n of nodes) {
          if (n.held) continue;
          if (n.centre) { n.x = W / 2; n.y = H / 2; continue; }
          n.vx += (W / 2 - n.x) * 0.003 * k; n.vy += (H / 2 - n.y) * 0.003 * k;
          const len = Math.max(Math.hypot(n.vx, n.vy), 0.01), step = Math.min(len, heat);
          n.x = Math.min(W - 30, Math.max(30, n.x + n.vx / len * step));
          n.y = Math.min(H - 20, Math.max(20, n.y + n.vy / len * step));
        }
      }
    }
    settle(300);

    const lines = edges.map((e) => el("line", { class: "edge", "stroke-width": Math.min(8, 1 + Math.log2(e.w) * 1.5) }, svg));
    edges.forEach((e, i) => tip(lines[i], e.a.name + " – " + e.b.name + ": " + e.w + " event" + (e.w === 1 ? "" : "s")));
    const groups = nodes.map((n) => {
      const g = el("g", { class: "node" + (n.centre ? " centre" : "") }, svg);
      const c = el("circle", { r: radius(n) }, g);
      tip(c, n.name + (n.country ? " (" + n.country + ")" : "") + " · " + n.events + " events");
      const link = el("a", { href: "/actors/" + encodeURIComponent(n.id) }, g);
      n.text = label(link, radius(n) + 3, 4, n.name);
      c.addEventListener("pointerdown", (ev) => {
        n.held = true;
        c.setPointerCapture(ev.pointerId);
        const move = (mv) => {
          const pt = svg.createSVGPoint();
          pt.x = mv.clientX; pt.y = mv.clientY;
          const p = pt.matrixTransform(svg.getScreenCTM().inverse());
          n.x = p.x; n.y = p.y;
          draw();
        };
        const up = () => {
          c.removeEventListener("pointermove", move);
          c.removeEventListener("pointerup", up);
          n.held = false;
          draw();
        };
        c.addEventListener("pointermove", move);
        c.addEventListener("pointerup", up);
      });
      return g;
    });
    function draw() {
      edges.forEach((e, i) => {
        lines[i].setAttribute("x1", e.a.x); lines[i].setAttribute("y1", e.a.y);
        lines[i].setAttribute("x2", e.b.x); lines[i].setAttribute("y2", e.b.y);
      });
      nodes.forEach((n, i) => {
        groups[i].setAttribute("transform", "translate(" + n.x + "," + n.y + ")");
        const left = n.x > W * 0.6;
        n.text.setAttribute("x", left ? -radius(n) - 3 : radius(n) + 3);
        n.text.setAttribute("text-anchor", left ? "end" : "start");
      });
    }
    draw();
  }

  const charts = { months: months, timeline: timeline, network: network };
  document.addEventListener("DOMContentLoaded", () => {
    for (const box of document.querySelectorAll("[data-chart]")) {
      const draw = charts[box.dataset.chart];
      const source = document.getElementById(box.dataset.source);
      if (draw && source) draw(box, JSON.parse(source.textContent));
    }
  });
})();
