'use strict';
// The dealer console: the dealer's key, entered once per tab, and the public API only.
(function () {
  const KEY = 'lumenbridge.console.key';
  const STORE = 'lumenbridge.console.store';
  const $ = (id) => document.getElementById(id);
  const el = (tag, attrs, ...children) => {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
    children.forEach((c) => node.append(c instanceof Node ? c : document.createTextNode(String(c))));
    return node;
  };
  let stores = [];

  function showMessage(text) { $('message').textContent = text || ''; $('message').hidden = !text; }

  function signOut(reason) {
    sessionStorage.removeItem(KEY);
    $('console').hidden = true; $('sign-out').hidden = true; $('store-select').hidden = true;
    $('key-form').hidden = false;
    showMessage(reason);
    $('key-input').focus();
  }

  // Retries must not double a change: each write carries its own Idempotency-Key.
  function newKey() {
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  }

  async function api(method, path, body, extraHeaders) {
    const headers = Object.assign({ Authorization: 'Bearer ' + sessionStorage.getItem(KEY) }, extraHeaders || {});
    if (body !== undefined) { headers['Content-Type'] = 'application/json'; }
    const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: 'no-store' });
    if (response.status === 401) { signOut('That key was not accepted.'); throw new Error('signed out'); }
    const text = await response.text();
    const json = text ? JSON.parse(text) : null;
    if (!response.ok) {
      const detail = json && (json.detail || json.title);
      const fields = json && json.errors ? ' (' + json.errors.map((e) => e.field + ' ' + e.message).join('; ') + ')' : '';
      throw new Error((detail || 'The request failed with ' + response.status) + fields);
    }
    return json;
  }

  const storeId = () => $('store-select').value;
  const storePath = () => '/api/stores/' + encodeURIComponent(storeId());

  async function signIn() {
    try {
      const page = await api('GET', '/api/stores?size=100');
      stores = (page.items || []).filter((s) => s.type !== 'WAREHOUSE');
      if (!stores.length) { showMessage('This key has no stores.'); }
      const select = $('store-select');
      select.replaceChildren(...stores.map((s) => el('option', { value: s.id }, s.name)));
      const remembered = sessionStorage.getItem(STORE);
      if (remembered && stores.some((s) => s.id === remembered)) { select.value = remembered; }
      $('key-form').hidden = true; $('console').hidden = false; $('sign-out').hidden = false; select.hidden = false;
      showMessage(stores.length ? '' : 'This key has no stores.');
      refreshAll();
    } catch (e) {
      if (e.message !== 'signed out') { showMessage('Could not load your stores: ' + e.message); }
    }
  }

  function refreshAll() {
    if (!storeId()) { return; }
    loadPickups(); loadInventory(); loadAppointments();
  }

  // Pickups: orders routed to this store, CONFIRMED then READY_FOR_PICKUP.
  async function loadPickups() {
    try {
      const [confirmed, ready] = await Promise.all([
        api('GET', '/api/orders?status=CONFIRMED&size=100'), api('GET', '/api/orders?status=READY_FOR_PICKUP&size=100')]);
      const here = (o) => o.fulfillment && (o.fulfillment.storeId === storeId() || o.fulfillment.locationId === storeId());
      const orders = [...(confirmed.items || []), ...(ready.items || [])].filter(here);
      $('pickup-queue').replaceChildren(...(orders.length ? orders.map(pickupItem)
        : [el('p', { class: 'muted' }, 'Nothing to pick up at this store.')]));
    } catch (e) { showMessage('Could not load the pickup queue: ' + e.message); }
  }

  function pickupItem(order) {
    const lines = (order.lines || []).map((l) => l.quantity + ' × ' + l.sku).join(', ');
    const who = order.customer && order.customer.name ? order.customer.name : '';
    const tryOut = order.fulfillment.type === 'RESERVE_AND_TRY';
    const button = (label, action, enabled) => {
      const b = el('button', { type: 'button', 'data-action': action }, label);
      b.disabled = !enabled;
      b.addEventListener('click', () => orderAction(order.id, action, b));
      return b;
    };
    return el('div', { class: 'item pickup', 'data-order': order.id, 'data-status': order.status },
      el('div', { class: 'what' }, el('strong', {}, who || order.id), ' ', el('span', { class: 'status' }, order.status),
        el('div', { class: 'muted' }, lines + (tryOut ? ' · reserve and try' : ''))),
      el('div', { class: 'actions' },
        button('Ready', 'ready', order.status === 'CONFIRMED'),
        button('Complete', 'complete', order.status === 'READY_FOR_PICKUP'),
        // order-service lets the store decline any in-store order it holds (CLOSED_NO_SALE, stock released)
        button('Decline', 'decline', true)));
  }

  async function orderAction(id, action, button) {
    button.disabled = true;
    try {
      await api('POST', '/api/orders/' + encodeURIComponent(id) + '/' + action);
      showMessage('');
    } catch (e) { showMessage('Could not ' + action + ' the order: ' + e.message); }
    loadPickups();
  }

  // Inventory: search, low stock highlighted, on-hand set in place.
  async function loadInventory() {
    const q = $('inventory-q').value.trim();
    const params = new URLSearchParams({ size: '100' });
    if (q) { params.set('q', q); }
    if ($('inventory-low').checked) { params.set('lowStock', 'true'); }
    try {
      const page = await api('GET', storePath() + '/inventory?' + params);
      const rows = (page.items || []).map(inventoryRow);
      $('inventory-table').tBodies[0].replaceChildren(...(rows.length ? rows
        : [el('tr', {}, el('td', { colspan: 5, class: 'muted' }, 'No stock found.'))]));
    } catch (e) { showMessage('Could not load the inventory: ' + e.message); }
  }

  function inventoryRow(item) {
    const input = el('input', { type: 'number', min: '0', value: item.onHand, 'aria-label': 'On hand for ' + item.sku, name: 'onHand' });
    const form = el('form', {}, input, el('button', { type: 'submit' }, 'Save'));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const body = { onHand: Number(input.value) };
      if (item.lowStockThreshold !== null && item.lowStockThreshold !== undefined) { body.lowStockThreshold = item.lowStockThreshold; }
      try {
        const saved = await api('PUT', storePath() + '/inventory/' + encodeURIComponent(item.sku), body);
        row.replaceWith(inventoryRow(saved));
        showMessage('');
      } catch (e) { showMessage('Could not save ' + item.sku + ': ' + e.message); }
    });
    const row = el('tr', { 'data-sku': item.sku, class: item.lowStock ? 'low-stock' : '' },
      el('td', {}, item.sku + (item.lowStock ? ' (low)' : '')),
      el('td', { class: 'on-hand' }, item.onHand), el('td', {}, item.reserved), el('td', { class: 'available' }, item.available),
      el('td', {}, form, adjustment(item, (saved) => row.replaceWith(inventoryRow(saved)))));
    return row;
  }

  // Goods received, damaged, or a count that differed: recorded with a reason, applied once per key.
  function adjustment(item, done) {
    const kind = el('select', { name: 'kind', 'aria-label': 'Adjustment for ' + item.sku },
      el('option', { value: 'RECEIVED' }, 'received (+)'), el('option', { value: 'DAMAGED' }, 'damaged (−)'),
      el('option', { value: 'COUNT_CORRECTION' }, 'count correction (±)'));
    const quantity = el('input', { type: 'number', name: 'quantity', value: '1', 'aria-label': 'Units' });
    const reason = el('input', { name: 'reason', placeholder: 'reason', required: '', 'aria-label': 'Reason' });
    const form = el('form', { class: 'adjust' }, kind, quantity, reason, el('button', { type: 'submit', class: 'secondary' }, 'Adjust'));
    let key = newKey();
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const units = Math.abs(Number(quantity.value));
      const signed = kind.value === 'DAMAGED' ? -units : kind.value === 'RECEIVED' ? units : Number(quantity.value);
      try {
        const saved = await api('POST', storePath() + '/inventory/' + encodeURIComponent(item.sku) + '/adjustments',
          { kind: kind.value, quantity: signed, reason: reason.value.trim() }, { 'Idempotency-Key': key });
        key = newKey();
        showMessage('');
        done(saved);
      } catch (e) { showMessage('Could not adjust ' + item.sku + ': ' + e.message); }
    });
    return el('details', {}, el('summary', {}, 'Adjust…'), form);
  }

  // Today's appointments, in the browser's calendar day.
  function today() {
    const d = new Date();
    return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');
  }

  async function loadAppointments() {
    const date = today();
    $('appointments-date').textContent = date;
    try {
      const page = await api('GET', storePath() + '/appointments?date=' + date + '&size=100');
      const items = (page.items || []).map(appointmentItem);
      $('appointments').replaceChildren(...(items.length ? items : [el('p', { class: 'muted' }, 'No appointments today.')]));
    } catch (e) { showMessage('Could not load appointments: ' + e.message); }
  }

  function appointmentItem(a) {
    const time = new Date(a.slotStart).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
    const who = a.visitor && (a.visitor.name || a.visitor.email || a.visitor.phone) || 'visitor';
    const booked = a.status === 'BOOKED';
    const button = (label, action) => {
      const b = el('button', { type: 'button', 'data-action': action }, label);
      b.disabled = !booked;
      b.addEventListener('click', async () => {
        b.disabled = true;
        try { await api('POST', storePath() + '/appointments/' + encodeURIComponent(a.id) + '/' + action); showMessage(''); }
        catch (e) { showMessage('Could not mark the appointment: ' + e.message); }
        loadAppointments();
      });
      return b;
    };
    return el('div', { class: 'item appointment', 'data-appointment': a.id, 'data-status': a.status },
      el('div', { class: 'what' }, el('strong', {}, time + ' · ' + who), ' ', el('span', { class: 'status' }, a.status),
        el('div', { class: 'muted' }, a.service + ((a.products || []).length ? ' · ' + a.products.join(', ') : ''))),
      el('div', { class: 'actions' }, button('Attended', 'attend'), button('No-show', 'no-show')));
  }

  // Offline sale: one Idempotency-Key per form, so a double tap records one sale.
  let saleKey = newKey();

  function addSaleLine() {
    $('sale-lines').append(el('div', { class: 'row sale-line' },
      el('input', { name: 'sku', placeholder: 'SKU', 'aria-label': 'SKU', required: '' }),
      el('input', { name: 'quantity', type: 'number', min: '1', value: '1', 'aria-label': 'Quantity', required: '' })));
  }

  async function recordSale(event) {
    event.preventDefault();
    const lines = Array.from(document.querySelectorAll('.sale-line')).map((row) => ({
      sku: row.querySelector('[name=sku]').value.trim(), quantity: Number(row.querySelector('[name=quantity]').value),
    })).filter((l) => l.sku);
    try {
      const sale = await api('POST', storePath() + '/sales', { lines }, { 'Idempotency-Key': saleKey });
      $('sale-result').textContent = 'Sale ' + sale.id + ' ' + (sale.status || 'recorded').toLowerCase() + '.';
      saleKey = newKey();
      $('sale-lines').replaceChildren();
      addSaleLine();
      showMessage('');
      loadInventory();
    } catch (e) { $('sale-result').textContent = ''; showMessage('Could not record the sale: ' + e.message); }
  }

  function showTab(name) {
    document.querySelectorAll('.tabs button').forEach((b) => b.classList.toggle('active', b.dataset.tab === name));
    document.querySelectorAll('.tab').forEach((t) => { t.hidden = t.id !== 'tab-' + name; });
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('key-form').addEventListener('submit', (event) => {
      event.preventDefault();
      sessionStorage.setItem(KEY, $('key-input').value.trim());
      $('key-input').value = '';
      signIn();
    });
    $('sign-out').addEventListener('click', () => signOut(''));
    $('store-select').addEventListener('change', () => { sessionStorage.setItem(STORE, storeId()); refreshAll(); });
    document.querySelectorAll('.tabs button').forEach((b) => b.addEventListener('click', () => showTab(b.dataset.tab)));
    $('refresh-pickups').addEventListener('click', loadPickups);
    $('inventory-search').addEventListener('submit', (event) => { event.preventDefault(); loadInventory(); });
    $('add-line').addEventListener('click', addSaleLine);
    $('sale-form').addEventListener('submit', recordSale);
    if (sessionStorage.getItem(KEY)) { signIn(); } else { signOut(''); }
  });
}());
