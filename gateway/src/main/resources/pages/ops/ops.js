'use strict';
// The operations page: asks for the operator key once (this tab only), polls the overview and
// draws the last few minutes as inline SVG. No data lives in the page itself.
(function () {
  const KEY = 'lumenbridge.ops.key';
  const POLL_MS = 3000;
  const HISTORY = 100;
  const COLOURS = ['#2357c6', '#1f8a4c', '#c62828', '#b26a00', '#7b3fb5', '#00838f', '#5d4037'];
  const history = {};   // service -> array of {t, rate, errors, p95, p99, lag, backlog}
  let timer = null;

  const $ = (id) => document.getElementById(id);
  const el = (tag, attrs, ...children) => {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
    children.forEach((c) => node.append(c instanceof Node ? c : document.createTextNode(String(c))));
    return node;
  };
  const svg = (tag, attrs) => {
    const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
    Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
    return node;
  };
  const fmt = (v, digits) => (v === null || v === undefined ? '–' : Number(v).toFixed(digits === undefined ? 1 : digits));

  function showMessage(text) {
    $('message').textContent = text;
    $('message').hidden = !text;
  }

  function askForKey(reason) {
    sessionStorage.removeItem(KEY);
    if (timer) { clearTimeout(timer); timer = null; }
    $('dashboard').hidden = true;
    $('sign-out').hidden = true;
    $('key-form').hidden = false;
    showMessage(reason || '');
    $('key-input').focus();
  }

  async function poll() {
    const key = sessionStorage.getItem(KEY);
    if (!key) { askForKey(); return; }
    try {
      const response = await fetch('/api/admin/ops/overview', { headers: { Authorization: 'Bearer ' + key }, cache: 'no-store' });
      if (response.status === 401) { askForKey('That key was not accepted.'); return; }
      if (response.status === 403) { askForKey('That key is not an operator key.'); return; }
      if (!response.ok) { throw new Error('the gateway answered ' + response.status); }
      const overview = await response.json();
      showMessage('');
      $('key-form').hidden = true;
      $('dashboard').hidden = false;
      $('sign-out').hidden = false;
      render(overview);
      $('updated').textContent = 'updated ' + new Date(overview.at).toLocaleTimeString();
    } catch (e) {
      showMessage('Could not read the overview: ' + e.message);
    }
    timer = setTimeout(poll, POLL_MS);
  }

  function render(overview) {
    const t = Date.parse(overview.at);
    overview.services.forEach((s) => {
      const points = history[s.service] || (history[s.service] = []);
      points.push({
        t,
        rate: s.requestsPerSecond,
        errors: s.errorRatio === null || s.errorRatio === undefined ? null : s.errorRatio * 100,
        p95: s.latencyMs ? s.latencyMs.p95 : null,
        p99: s.latencyMs ? s.latencyMs.p99 : null,
        lag: s.consumerLag ? s.consumerLag.total : null,
        backlog: s.outboxBacklog,
      });
      if (points.length > HISTORY) { points.shift(); }
    });
    const names = overview.services.map((s) => s.service);
    renderHealth(overview.services);
    [['chart-rate', 'rate'], ['chart-errors', 'errors'], ['chart-p95', 'p95'], ['chart-p99', 'p99'],
      ['chart-lag', 'lag'], ['chart-backlog', 'backlog']].forEach(([id, field]) => chart($(id), names, field));
    $('legend').replaceChildren(...names.map((n, i) => {
      const item = el('span', {}, n);
      item.style.setProperty('--swatch', COLOURS[i % COLOURS.length]);
      return item;
    }));
    renderNow(overview.services);
    renderBreakers(overview.services);
    renderFigures(overview.services);
  }

  function renderHealth(services) {
    $('health-grid').replaceChildren(...services.map((s) => {
      const parts = Object.entries(s.components || {}).map(([name, status]) =>
        el('li', { class: status === 'UP' ? 'ok' : status === 'UNKNOWN' ? 'muted' : 'bad' }, name + ': ' + status));
      const card = el('div', { class: 'service-card', 'data-service': s.service, 'data-status': s.status },
        el('h3', {}, s.service),
        el('div', { class: 'status ' + (s.status === 'UP' ? 'ok' : 'bad') }, s.status),
        el('ul', {}, ...parts));
      if (s.problem) { card.append(el('div', { class: 'muted' }, s.problem)); }
      return card;
    }));
  }

  function chart(figure, names, field) {
    const width = 400, height = 140, left = 40, bottom = 16;
    let max = 0, tMin = Infinity, tMax = -Infinity;
    names.forEach((n) => (history[n] || []).forEach((p) => {
      if (p[field] !== null && p[field] !== undefined) { max = Math.max(max, p[field]); }
      tMin = Math.min(tMin, p.t); tMax = Math.max(tMax, p.t);
    }));
    const top = max > 0 ? max * 1.1 : 1;
    const span = Math.max(tMax - tMin, 1);
    const root = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, preserveAspectRatio: 'none', role: 'img',
      'aria-label': figure.querySelector('figcaption').textContent });
    root.append(svg('line', { class: 'axis', x1: left, y1: height - bottom, x2: width, y2: height - bottom }));
    root.append(svg('line', { class: 'axis', x1: left, y1: 4, x2: left, y2: height - bottom }));
    const label = svg('text', { x: 2, y: 12 }); label.textContent = fmt(top, top < 10 ? 2 : 0); root.append(label);
    const zero = svg('text', { x: 2, y: height - bottom }); zero.textContent = '0'; root.append(zero);
    names.forEach((n, i) => {
      const pts = (history[n] || []).filter((p) => p[field] !== null && p[field] !== undefined)
        .map((p) => (left + (p.t - tMin) / span * (width - left)).toFixed(1) + ','
          + (height - bottom - p[field] / top * (height - bottom - 4)).toFixed(1));
      if (pts.length) {
        root.append(svg('polyline', { points: pts.join(' '), stroke: COLOURS[i % COLOURS.length], 'data-service': n }));
        const [x, y] = pts[pts.length - 1].split(',');
        root.append(svg('circle', { cx: x, cy: y, r: 3, fill: COLOURS[i % COLOURS.length] }));
      }
    });
    const old = figure.querySelector('svg');
    if (old) { old.replaceWith(root); } else { figure.append(root); }
  }

  function renderNow(services) {
    $('now-table').tBodies[0].replaceChildren(...services.map((s) => {
      const l = s.latencyMs || {};
      return el('tr', { 'data-service': s.service },
        el('td', {}, s.service),
        el('td', { class: 'num' }, fmt(s.requestsPerSecond, 2)),
        el('td', { class: 'num' }, s.errorRatio === null || s.errorRatio === undefined ? '–' : fmt(s.errorRatio * 100, 1) + ' %'),
        el('td', { class: 'num' }, fmt(l.p50)), el('td', { class: 'num' }, fmt(l.p95)), el('td', { class: 'num' }, fmt(l.p99)),
        el('td', { class: 'num' }, s.consumerLag ? fmt(s.consumerLag.total, 0) : '–'),
        el('td', { class: 'num' }, fmt(s.outboxBacklog, 0)),
        el('td', { class: 'num' }, s.deadLetters ? fmt(s.deadLetters.total, 0) : '–'));
    }));
  }

  function renderBreakers(services) {
    const rows = [];
    services.forEach((s) => Object.entries(s.breakers || {}).forEach(([name, state]) =>
      rows.push(el('tr', { 'data-breaker': name },
        el('td', {}, s.service), el('td', {}, name), el('td', { class: 'state-' + state }, state)))));
    if (!rows.length) { rows.push(el('tr', {}, el('td', { colspan: 3, class: 'muted' }, 'no circuit breakers reported'))); }
    $('breakers').tBodies[0].replaceChildren(...rows);
  }

  function renderFigures(services) {
    const blocks = [];
    services.forEach((s) => Object.entries(s.figures || {}).forEach(([name, series]) => {
      const rows = series.map((f) => el('tr', {},
        el('td', {}, Object.entries(f.labels).map(([k, v]) => k + '=' + v).join(', ') || '—'),
        el('td', { class: 'num' }, fmt(f.value, f.value % 1 === 0 ? 0 : 2)),
        el('td', { class: 'num' }, f.perSecond === null || f.perSecond === undefined ? '' : fmt(f.perSecond, 2) + '/s')));
      blocks.push(el('div', { class: 'card figure', 'data-metric': name },
        el('h3', {}, s.service + ' · ' + name),
        el('table', {}, el('tbody', {}, ...rows))));
    }));
    $('figures').replaceChildren(...blocks);
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('key-form').addEventListener('submit', (event) => {
      event.preventDefault();
      sessionStorage.setItem(KEY, $('key-input').value.trim());
      $('key-input').value = '';
      poll();
    });
    $('sign-out').addEventListener('click', () => askForKey());
    if (sessionStorage.getItem(KEY)) { poll(); } else { askForKey(); }
  });
}());
