// verkan's workshop page. Reads the page data (`#verkan-data`, page.v1) and the words
// (`#verkan-words`); the diagram is the built-in SVG and its data attributes (README: "The
// SVG contract"). Nothing here builds markup from strings: texts reach the page only as
// `textContent` or as the static HTML verkan escaped, and the page's Content-Security-Policy
// lets no other script run.
(() => {
  'use strict';
  const $ = (s, root = document) => root.querySelector(s);
  const $$ = (s, root = document) => Array.from(root.querySelectorAll(s));
  const words = JSON.parse($('#verkan-words').textContent);

  // What the reader has chosen; kept across live reloads.
  const state = { selected: null, path: false, lane: '*', projector: false, mechanism: -1, zoom: 1, connecting: null };
  let data = null;
  let svg = null;
  let fullViewBox = null;
  const boxes = new Map();    // item id → <g>
  const markers = new Map();  // mechanism id → <g>
  const items = new Map();    // item id → page data item
  const mechanisms = new Map(); // mechanism id → report mechanism
  let numbered = [];          // mechanisms in number order
  const out = new Map();      // item id → links from it
  const into = new Map();     // item id → links into it

  function push(map, key, value) {
    if (!map.has(key)) map.set(key, []);
    map.get(key).push(value);
  }

  function load() {
    data = JSON.parse($('#verkan-data').textContent);
    svg = $('#diagram > svg');
    [boxes, markers, items, mechanisms, out, into].forEach((m) => m.clear());
    if (!data || !svg) return false;
    fullViewBox = svg.getAttribute('viewBox');
    data.items.forEach((item) => items.set(item.id, item));
    data.report.mechanisms.forEach((m) => mechanisms.set(m.id, m));
    numbered = data.report.mechanisms.slice().sort((a, b) => a.number - b.number);
    data.links.forEach((link) => { push(out, link.from, link); push(into, link.to, link); });
    $$('g.item[data-id]', svg).forEach((g) => {
      const item = items.get(g.dataset.id);
      boxes.set(g.dataset.id, g);
      g.setAttribute('tabindex', '0');
      g.setAttribute('role', 'button');
      // The name starts with the text as drawn (WCAG 2.5.3, label in name), then says what
      // the box is.
      const drawn = g.textContent.replace(/\s+/g, ' ').trim();
      g.setAttribute('aria-label', item ? `${drawn} (${words[item.kind]})` : drawn);
    });
    $$('g.marker[data-mechanism]', svg).forEach((g) => {
      const m = mechanisms.get(g.dataset.mechanism);
      markers.set(g.dataset.mechanism, g);
      g.setAttribute('tabindex', '0');
      g.setAttribute('role', 'button');
      g.setAttribute('aria-label', m ? `${words.mechanism} ${m.number}: ${m.text}` : g.dataset.mechanism);
    });
    return true;
  }

  // ---- Highlighting: a set of items and mechanisms on, the rest dimmed.
  function highlight(itemIds, mechanismIds) {
    const on = (el, yes) => el.classList.toggle('on', yes);
    svg.classList.toggle('focusing', itemIds !== null);
    if (itemIds === null) {
      $$('.on', svg).forEach((el) => el.classList.remove('on'));
      return;
    }
    boxes.forEach((g, id) => on(g, itemIds.has(id)));
    markers.forEach((g, id) => on(g, mechanismIds.has(id)));
    $$('path[data-from]', svg).forEach((p) => {
      const m = p.dataset.mechanism;
      const end = (id) => itemIds.has(id) || (m !== undefined && id === m);
      on(p, (m === undefined || mechanismIds.has(m)) && end(p.dataset.from) && end(p.dataset.to));
    });
  }

  // Everything within `steps` links of an item, upstream and downstream.
  function pathOf(id, steps) {
    const itemIds = new Set([id]);
    const mechanismIds = new Set();
    for (const [links, next] of [[out, 'to'], [into, 'from']]) {
      let frontier = [id];
      for (let step = 0; step < steps && frontier.length; step++) {
        const following = [];
        for (const at of frontier) {
          for (const link of links.get(at) || []) {
            if (link.mechanism) mechanismIds.add(link.mechanism);
            if (!itemIds.has(link[next])) { itemIds.add(link[next]); following.push(link[next]); }
          }
        }
        frontier = following;
      }
    }
    return [itemIds, mechanismIds];
  }

  function steps() {
    const n = parseInt($('#steps').value, 10);
    return Number.isFinite(n) && n > 0 ? n : 1;
  }

  // ---- Selection and the side panel.
  function select(selection, { focusPanel = false } = {}) {
    state.selected = selection;
    $$('.selected', svg).forEach((el) => el.classList.remove('selected'));
    if (!selection) { closePanel(); highlight(null); zoom(null); return; }
    let itemIds;
    let mechanismIds;
    if (selection.kind === 'item') {
      if (!items.has(selection.id)) { select(null); return; }
      boxes.get(selection.id)?.classList.add('selected');
      // The item with its neighbours; "show the path" follows as many steps as asked.
      [itemIds, mechanismIds] = pathOf(selection.id, state.path ? steps() : 1);
    } else {
      const m = mechanisms.get(selection.id);
      if (!m) { select(null); return; }
      markers.get(m.id)?.classList.add('selected');
      itemIds = new Set([...m.from, ...m.to]);
      mechanismIds = new Set([m.id]);
      state.mechanism = numbered.indexOf(m);
    }
    highlight(itemIds, mechanismIds);
    openPanel(selection, focusPanel);
    if (state.projector) zoom(itemIds, mechanismIds);
  }

  function detailOf(selection) {
    const key = selection.kind === 'item' ? 'item' : 'mechanism';
    return $$(`#text article.detail`).find((a) => a.dataset[key] === selection.id && (key === 'item' || a.classList.contains('mechanism')));
  }

  function openPanel(selection, focusPanel) {
    const panel = $('#panel');
    const body = $('#panel-body');
    const source = detailOf(selection);
    body.replaceChildren();
    if (source) {
      const copy = source.cloneNode(true);
      copy.removeAttribute('id');
      $$('[id]', copy).forEach((el) => el.removeAttribute('id'));
      body.append(copy);
    }
    if (selection.kind === 'item') {
      const button = document.createElement('button');
      button.type = 'button';
      button.id = 'show-path';
      button.setAttribute('aria-pressed', String(state.path));
      button.textContent = words.show_path;
      body.prepend(button);
      if (token) body.prepend(editButtons(true));
    } else if (token) {
      body.prepend(editButtons(false));
    }
    panel.hidden = false;
    placePanel();
    if (focusPanel) panel.focus();
  }

  // ---- Editing (`verkan serve` only: its pages carry its token). A box's text is edited in
  // the panel, a box removed after a question; each change is an edit (edit.v1) sent to the
  // server against the revision this page shows, and comes back to every open page as a
  // change of the file. Ctrl+Z undoes this page's last change (a text, a new box or
  // mechanism) as a new edit, Ctrl+Shift+Z does it again.
  const token = $('meta[name="verkan-token"]')?.getAttribute('content') || null;
  const file = decodeURIComponent(location.pathname.replace(/^\//, '')).replace(/\.html$/, '.toml');
  let revision = null;
  const forms = verkanForms({
    $, $$, words, button, add, change, freeId,
    data: () => data,
    selectedItem: () => (state.selected && state.selected.kind === 'item' ? items.get(state.selected.id) : null),
    selectedMechanism: () => (state.selected && state.selected.kind === 'mechanism' ? mechanisms.get(state.selected.id) : null),
  });
  // Each change this page made, as the edit that undoes it and the one that redoes it.
  const undo = [];
  const redo = [];

  // A change is one edit of one or more operations (a box moved across both lane and column
  // is two): the operations that undo it, in the order to send them, and those that redo it.
  function remember(back, forth) {
    undo.push({ back: [].concat(back), forth: [].concat(forth) });
    redo.length = 0;
  }

  function button(id, label) {
    const b = document.createElement('button');
    b.type = 'button';
    b.id = id;
    b.textContent = label;
    return b;
  }

  function editButtons(box) {
    const bar = document.createElement('div');
    bar.className = 'edit-bar';
    bar.append(button('edit-text', words.edit_text));
    if (box) bar.append(button('edit-new', words.new_box), button('edit-connect', words.leads_to));
    bar.append(button('edit-remove', words.remove));
    if (box) bar.append(...moveControls());
    const item = state.selected && items.get(state.selected.id);
    if (item && item.kind === 'effect') bar.append(button('edit-indicator', words.new_indicator));
    if (item && measuredBy(item.id)) bar.append(button('edit-measurement', words.new_measurement));
    if (state.selected && state.selected.kind === 'mechanism') {
      bar.append(button('edit-also-from', words.also_from), button('edit-also-to', words.also_to));
      bar.append(button('edit-details', words.details), draftToggle());
    }
    return bar;
  }

  // A mechanism is a draft until the programme has stated it: a checkbox, as a `set` of
  // `draft` (true, or the key removed).
  function draftToggle() {
    const m = mechanisms.get(state.selected.id);
    const wrap = document.createElement('label');
    wrap.className = 'edit-move';
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.id = 'edit-draft';
    box.checked = Boolean(m && m.draft);
    wrap.append(box, ' ', words.draft_mark);
    return wrap;
  }

  async function setDraft(on) {
    const id = state.selected && state.selected.id;
    if (!id) return;
    const forth = { op: 'set', id, field: 'draft', value: on ? true : null };
    const back = { op: 'set', id, field: 'draft', value: on ? null : true };
    try { await send([forth]); remember(back, forth); } catch (e) { showError(e.message); }
  }

  // Where a box stands, as choices: its lane (perspective) and, for an effect, its column
  // (horizon). A change moves it, as a `set`; dragging the box does the same.
  function choice(id, label, options, current) {
    const wrap = document.createElement('label');
    wrap.className = 'edit-move';
    wrap.append(label, ' ');
    const select = document.createElement('select');
    select.id = id;
    for (const [value, text] of options) {
      const option = document.createElement('option');
      option.value = value;
      option.textContent = text;
      option.selected = value === current;
      select.append(option);
    }
    wrap.append(select);
    return wrap;
  }

  function filterChoices(name) {
    return $$(`fieldset[data-filter="${name}"] label`).map((l) => [$('input', l).value, l.textContent.trim()]);
  }

  function moveControls() {
    const item = state.selected && items.get(state.selected.id);
    if (!item || item.kind === 'resource') return [];
    const controls = [choice('edit-perspective', words.perspective, filterChoices('perspective'), item.perspective || '')];
    if (item.kind === 'effect') controls.push(choice('edit-horizon', words.horizon, filterChoices('horizon'), item.horizon));
    return controls;
  }

  // The `set` that moves a box, and the one that moves it back; none when it is there.
  function moving(id, field, value) {
    const item = items.get(id);
    if (!item) return null;
    const before = field === 'horizon' ? item.horizon : (item.perspective || null);
    const after = value === '' ? null : value;
    if (before === after) return null;
    return { forth: { op: 'set', id, field, value: after }, back: { op: 'set', id, field, value: before } };
  }

  async function move(...moves) {
    const steps = moves.filter(Boolean);
    if (!steps.length) return;
    try {
      const forth = steps.map((m) => m.forth);
      await send(forth);
      // Undone as one, in the opposite order.
      remember(steps.map((m) => m.back).reverse(), forth);
    } catch (e) {
      showError(e.message);
    }
  }

  // Dragging a box to another lane, or an effect to another column.
  let drag = null;
  let dragged = false;

  function bindDrag() {
    const box = $('#diagram');
    if (!token || !box) return;
    box.addEventListener('pointerdown', (event) => {
      const g = event.target.closest && event.target.closest('g.item[data-id]');
      const item = g && items.get(g.dataset.id);
      if (!item || item.kind === 'resource' || event.button !== 0) return;
      drag = { g, id: item.id, x: event.clientX, y: event.clientY, moving: false };
    });
    window.addEventListener('pointermove', (event) => {
      if (!drag) return;
      const dx = event.clientX - drag.x;
      const dy = event.clientY - drag.y;
      if (!drag.moving && Math.hypot(dx, dy) < 8) return;
      drag.moving = true;
      const scale = svg.viewBox.baseVal.width / svg.getBoundingClientRect().width;
      drag.g.setAttribute('transform', `translate(${dx * scale} ${dy * scale})`);
      drag.g.classList.add('dragging');
    });
    window.addEventListener('pointerup', (event) => {
      const was = drag;
      drag = null;
      if (!was || !was.moving) return;
      dragged = true;
      was.g.removeAttribute('transform');
      was.g.classList.remove('dragging');
      const point = svg.createSVGPoint();
      point.x = event.clientX;
      point.y = event.clientY;
      const at = point.matrixTransform(svg.getScreenCTM().inverse());
      drop(was.id, at);
    });
  }

  // The lane (its band) a point of the diagram is in, across the lanes' width.
  function laneAt(at) {
    return $$('g.lane-band', svg).find((band) => {
      const r = $('rect.lane', band);
      const x = Number(r.getAttribute('x'));
      const y = Number(r.getAttribute('y'));
      return at.y >= y && at.y <= y + Number(r.getAttribute('height'))
        && at.x >= x && at.x <= x + Number(r.getAttribute('width'));
    });
  }

  // The column (as its heading names it) whose middle is nearest a point, among `names`.
  function columnAt(at, names) {
    let best = null;
    for (const g of $$('g.heading[data-column]', svg)) {
      if (names && !names.includes(g.dataset.column)) continue;
      const r = $('rect', g);
      const distance = Math.abs(Number(r.getAttribute('x')) + Number(r.getAttribute('width')) / 2 - at.x);
      if (!best || distance < best.distance) best = { column: g.dataset.column, distance };
    }
    return best && best.column;
  }

  function drop(id, at) {
    const item = items.get(id);
    const lane = laneAt({ x: Number($('rect.lane', svg).getAttribute('x')), y: at.y });
    const moves = [lane ? moving(id, 'perspective', lane.dataset.perspective) : null];
    if (item.kind === 'effect') {
      const column = columnAt(at, ['short', 'medium', 'long']);
      if (column) moves.push(moving(id, 'horizon', column));
    }
    move(...moves);
  }

  // A double click on an empty place of the diagram adds a box there: a resource in the
  // resources' panel, else a box of the column's kind in that lane and column.
  async function addAt(event) {
    const point = svg.createSVGPoint();
    point.x = event.clientX;
    point.y = event.clientY;
    const at = point.matrixTransform(svg.getScreenCTM().inverse());
    const fields = { text: words.new_text };
    const panel = $('rect.resources-panel', svg);
    const inside = (r) => r && at.x >= Number(r.getAttribute('x')) && at.x <= Number(r.getAttribute('x')) + Number(r.getAttribute('width'))
      && at.y >= Number(r.getAttribute('y')) && at.y <= Number(r.getAttribute('y')) + Number(r.getAttribute('height'));
    let kind = 'resource';
    if (!inside(panel)) {
      const lane = laneAt(at);
      const column = lane && columnAt(at, ['activities', 'outputs', 'short', 'medium', 'long']);
      if (!column) return;
      kind = { activities: 'activity', outputs: 'output' }[column] || 'effect';
      if (lane.dataset.perspective) fields.perspective = lane.dataset.perspective;
      if (kind === 'effect') fields.horizon = column;
    }
    await add(kind, freeId(kind), fields, 'item');
  }

  // What to open for editing once the live update has brought it: a box or mechanism just
  // added, by id.
  let pending = null;

  // The first `prefix-n` no box, mechanism or indicator of the page has. (An id the page does
  // not know, a context's, is refused by the server as in use, and said.)
  function freeId(prefix) {
    const indicators = new Set(data.report.effects.concat(data.report.activities, data.report.outputs)
      .flatMap((row) => row.indicators.map((i) => i.id)));
    for (let n = 1; ; n++) {
      const id = `${prefix}-${n}`;
      if (!items.has(id) && !mechanisms.has(id) && !indicators.has(id)) return id;
    }
  }

  function measuredBy(id) {
    return forms.indicatorsOf(id).length > 0;
  }

  // Sends one change and remembers how to undo it; says so when it was refused.
  async function change(forth, back) {
    try {
      await send(forth);
      remember(back, forth);
      return true;
    } catch (e) {
      showError(e.message);
      return false;
    }
  }

  // Adds an item as one edit, undone by removing it. `open` ('item' or 'mechanism') opens it
  // for its words once the live update brings it: expected before sending, since that update
  // may arrive before the answer.
  async function add(kind, id, fields, open) {
    const op = { op: 'add', kind, id, fields };
    pending = open ? { kind: open, id } : null;
    try {
      await send([op]);
      remember({ op: 'remove', id }, op);
      return true;
    } catch (e) {
      pending = null;
      showError(e.message);
      return false;
    }
  }

  async function addBelow() {
    const from = state.selected && state.selected.kind === 'item' ? items.get(state.selected.id) : null;
    if (!from) return;
    const fields = { text: words.new_text };
    if (from.perspective) fields.perspective = from.perspective;
    if (from.horizon) fields.horizon = from.horizon;
    await add(from.kind, freeId(from.kind), fields, 'item');
  }

  // Picking the box an arrow goes to: from the chosen box, a new mechanism ('new'); from a
  // mechanism's panel, one more box it starts from ('from') or leads to ('to').
  function startConnecting(mode) {
    if (!state.selected) return;
    state.connecting = { mode, id: state.selected.id };
    document.body.classList.add('connecting');
    const p = document.createElement('p');
    p.className = 'edit-hint';
    p.setAttribute('role', 'status');
    p.textContent = mode === 'from' ? words.pick_source : words.pick_target;
    $('#panel-body').prepend(p);
  }

  function stopConnecting() {
    state.connecting = null;
    document.body.classList.remove('connecting');
    $$('#panel .edit-hint').forEach((p) => p.remove());
  }

  async function connect(to) {
    const picking = state.connecting;
    stopConnecting();
    if (!picking || picking.id === to) return;
    if (picking.mode === 'new') {
      const fields = { text: words.new_mechanism_text, from: [picking.id], to: [to] };
      await add('mechanism', freeId('mechanism'), fields, 'mechanism');
      return;
    }
    const m = mechanisms.get(picking.id);
    const field = picking.mode;
    if (!m || m[field].includes(to)) return;
    await change(
      [{ op: 'set', id: m.id, field, value: m[field].concat(to) }],
      [{ op: 'set', id: m.id, field, value: m[field] }],
    );
  }

  function participant() {
    let name = null;
    try { name = localStorage.getItem('verkan-name'); } catch (_) { name = null; }
    if (!name) {
      name = (window.prompt(words.your_name) || '').trim().slice(0, 60);
      if (name) { try { localStorage.setItem('verkan-name', name); } catch (_) { /* private window */ } }
    }
    return name || '?';
  }

  async function fetchRevision() {
    if (!token) return;
    const response = await fetch(`/api/v1/theories/${encodeURI(file)}`, { cache: 'no-store' });
    if (response.ok) revision = (await response.json()).revision;
  }

  async function send(ops) {
    const response = await fetch(`/api/v1/theories/${encodeURI(file)}/edit`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Verkan-Token': token, 'X-Verkan-Name': encodeURIComponent(participant()) },
      body: JSON.stringify({ version: 1, base: revision || undefined, ops }),
    });
    let answer = {};
    try { answer = await response.json(); } catch (_) { answer = {}; }
    if (!response.ok) throw new Error(answer.error || String(response.status));
    revision = answer.revision;
    return answer;
  }

  function showError(message) {
    let p = $('#panel .edit-error');
    if (!p) {
      p = document.createElement('p');
      p.className = 'edit-error';
      p.setAttribute('role', 'alert');
      $('#panel-body').prepend(p);
    }
    p.textContent = `${words.not_saved} ${message}`;
  }

  // Who else is editing which box (`verkan serve` tells every page): their names over it.
  let presence = {};

  function sayEditing(id) {
    if (!token) return;
    let name = null;
    try { name = localStorage.getItem('verkan-name'); } catch (_) { name = null; }
    fetch(`/api/v1/theories/${encodeURI(file)}/presence`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Verkan-Token': token },
      body: JSON.stringify({ name: name || participant(), editing: id }),
    }).catch(() => {});
  }

  function showPresence() {
    if (!svg) return;
    $$('.presence', svg).forEach((el) => el.remove());
    $$('.being-edited', svg).forEach((el) => el.classList.remove('being-edited'));
    let own = null;
    try { own = localStorage.getItem('verkan-name'); } catch (_) { own = null; }
    for (const [id, names] of Object.entries(presence)) {
      const others = names.filter((n) => n !== own);
      const g = boxes.get(id) || markers.get(id);
      if (!others.length || !g) continue;
      const shape = $('rect, circle', g);
      const x = Number(shape.getAttribute('x') ?? (Number(shape.getAttribute('cx')) - 10));
      const y = Number(shape.getAttribute('y') ?? (Number(shape.getAttribute('cy')) - 10));
      const label = document.createElementNS('http://www.w3.org/2000/svg', 'text');
      label.setAttribute('class', 'presence');
      label.setAttribute('x', String(x));
      label.setAttribute('y', String(y - 4));
      label.textContent = `✎ ${others.join(', ')}`;
      g.classList.add('being-edited');
      g.append(label);
    }
  }

  function editText() {
    const id = state.selected ? state.selected.id : null;
    const item = id && (state.selected.kind === 'item' ? items.get(id) : mechanisms.get(id));
    if (!item || $('#panel textarea')) return;
    const heading = $('#panel-body h4') || $('#panel-body');
    const area = document.createElement('textarea');
    area.id = 'edit-area';
    area.value = item.text;
    area.rows = 4;
    area.setAttribute('aria-label', words.edit_text);
    const save = button('edit-save', words.save);
    const cancel = button('edit-cancel', words.cancel);
    const form = document.createElement('div');
    form.className = 'edit-form';
    form.append(area, save, cancel);
    heading.after(form);
    area.focus();
    sayEditing(id);
    const done = () => { form.remove(); sayEditing(null); };
    cancel.addEventListener('click', () => { done(); $('#edit-text')?.focus(); });
    const commit = async () => {
      const text = area.value.trim();
      if (!text || text === item.text) { done(); return; }
      try {
        await send([{ op: 'set', id, field: 'text', value: text }]);
        remember({ op: 'set', id, field: 'text', value: item.text }, { op: 'set', id, field: 'text', value: text });
        done();
      } catch (e) {
        showError(e.message);
      }
    };
    save.addEventListener('click', commit);
    area.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey) { event.preventDefault(); commit(); }
      if (event.key === 'Escape') { event.preventDefault(); event.stopPropagation(); done(); $('#edit-text')?.focus(); }
    });
  }

  async function removeSelected() {
    const id = state.selected ? state.selected.id : null;
    if (!id || !window.confirm(`${words.confirm_remove} (${id})`)) return;
    try {
      await send([{ op: 'remove', id }]);
      select(null);
    } catch (e) {
      showError(e.message);
    }
  }

  async function undoLast() {
    const change = undo.pop();
    if (!change) return;
    try { await send(change.back); redo.push(change); } catch (e) { undo.push(change); showError(e.message); }
  }

  async function redoLast() {
    const change = redo.pop();
    if (!change) return;
    try { await send(change.forth); undo.push(change); } catch (e) { redo.push(change); showError(e.message); }
  }

  // The panel lies over the diagram, just under the toolbar, however many rows that takes.
  function placePanel() {
    const panel = $('#panel');
    const bar = $('header.toolbar');
    if (!panel || !bar) return;
    const top = Math.max(0, bar.getBoundingClientRect().bottom) + 8;
    panel.style.top = `${top}px`;
    panel.style.maxHeight = `${window.innerHeight - top - 16}px`;
  }

  function closePanel() {
    $('#panel').hidden = true;
    $('#panel-body').replaceChildren();
  }

  // ---- Filters and search.
  function checked(name) {
    return new Set($$(`fieldset[data-filter=${name}] input:checked`).map((i) => i.value));
  }

  function applyFilters() {
    const perspectives = checked('perspective');
    const horizons = checked('horizon');
    const statuses = checked('status');
    const shown = new Set();
    items.forEach((item, id) => {
      let visible = item.kind === 'resource' || perspectives.has(item.perspective ?? '');
      if (visible && item.kind === 'effect') visible = horizons.has(item.horizon) && statuses.has(item.status);
      if (visible) shown.add(id);
      boxes.get(id)?.classList.toggle('filtered', !visible);
    });
    markers.forEach((g, id) => {
      const m = mechanisms.get(id);
      const visible = m && m.from.some((x) => shown.has(x)) && m.to.some((x) => shown.has(x));
      g.classList.toggle('filtered', !visible);
    });
    $$('path[data-from]', svg).forEach((p) => {
      const ok = (id) => shown.has(id) || (markers.has(id) && !markers.get(id).classList.contains('filtered'));
      p.classList.toggle('filtered', !(ok(p.dataset.from) && ok(p.dataset.to)));
    });
    $$('[data-perspective]', svg).forEach((el) => {
      el.classList.toggle('filtered', !perspectives.has(el.dataset.perspective));
    });
  }

  function applySearch() {
    const query = $('#search').value.trim().toLocaleLowerCase();
    boxes.forEach((g) => g.classList.remove('match'));
    const count = $('#search-count');
    if (!query) { count.textContent = ''; if (!state.selected) highlight(null); return; }
    const itemIds = new Set();
    items.forEach((item, id) => { if (item.text.toLocaleLowerCase().includes(query)) itemIds.add(id); });
    const mechanismIds = new Set();
    mechanisms.forEach((m, id) => { if (m.text.toLocaleLowerCase().includes(query)) mechanismIds.add(id); });
    itemIds.forEach((id) => boxes.get(id)?.classList.add('match'));
    const n = itemIds.size + mechanismIds.size;
    count.textContent = n ? `${n} ${n === 1 ? words.one_match : words.matches}` : words.no_matches;
    highlight(itemIds, mechanismIds);
  }

  // ---- Projector mode: the diagram zoomed to what is in focus.
  function zoom(itemIds, mechanismIds) {
    if (!svg) return;
    if (!state.projector || !itemIds) { svg.setAttribute('viewBox', laneBox() || fullViewBox); return; }
    const els = [...itemIds].map((id) => boxes.get(id)).concat([...(mechanismIds || [])].map((id) => markers.get(id))).filter(Boolean);
    if (!els.length) return;
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    els.forEach((el) => {
      const b = el.getBBox();
      x0 = Math.min(x0, b.x); y0 = Math.min(y0, b.y); x1 = Math.max(x1, b.x + b.width); y1 = Math.max(y1, b.y + b.height);
    });
    const pad = 40;
    const width = Math.max(x1 - x0 + 2 * pad, 480);
    const height = Math.max(y1 - y0 + 2 * pad, 270);
    const cx = (x0 + x1) / 2;
    const cy = (y0 + y1) / 2;
    svg.setAttribute('viewBox', `${cx - width / 2} ${cy - height / 2} ${width} ${height}`);
  }

  function laneBox() {
    if (!state.projector || state.lane === '*') return null;
    const band = $$('g.lane-band', svg).find((g) => g.dataset.perspective === state.lane);
    const lane = band && $('rect.lane', band);
    if (!lane) return null;
    const full = fullViewBox.split(' ').map(Number);
    const y = Number(lane.getAttribute('y'));
    const h = Number(lane.getAttribute('height'));
    return `${full[0]} ${y - 40} ${full[2]} ${h + 80}`;
  }

  function setLane(lane) {
    state.lane = lane;
    $$('fieldset[data-filter=perspective] input').forEach((i) => { i.checked = lane === '*' || i.value === lane; });
    applyFilters();
    zoom(null);
  }

  function step(delta) {
    if (!numbered.length) return;
    const next = state.mechanism < 0 ? (delta > 0 ? 0 : numbered.length - 1)
      : (state.mechanism + delta + numbered.length) % numbered.length;
    state.mechanism = next;
    select({ kind: 'mechanism', id: numbered[next].id });
  }

  function reset() {
    state.path = false;
    state.mechanism = -1;
    $('#search').value = '';
    $$('fieldset[data-filter] input').forEach((i) => { i.checked = true; });
    if ($('#lane')) $('#lane').value = '*';
    state.lane = '*';
    applyFilters();
    applySearch();
    select(null);
  }

  // ---- Events, delegated from the document so they survive a live reload.
  function itemOrMarker(target) {
    const g = target.closest && target.closest('#diagram g.item[data-id], #diagram g.marker[data-mechanism]');
    if (!g) return null;
    return g.classList.contains('item') ? { kind: 'item', id: g.dataset.id } : { kind: 'mechanism', id: g.dataset.mechanism };
  }

  function bind() {
    document.addEventListener('click', (event) => {
      const target = event.target;
      // The click that ends a drag opens nothing.
      if (dragged) { dragged = false; return; }
      const hit = itemOrMarker(target);
      if (hit && state.connecting && hit.kind === 'item') { connect(hit.id); return; }
      if (hit) { select(hit, { focusPanel: true }); return; }
      if (target.closest('#panel-close')) { const was = state.selected; select(null); focusOn(was); return; }
      if (target.closest('#show-path')) { state.path = !state.path; select(state.selected); return; }
      if (target.closest('#show-all')) { reset(); return; }
      if (target.closest('#projector')) { toggleProjector(); return; }
      if (target.closest('#present')) { togglePresent(); return; }
      if (target.closest('#edit-text')) { editText(); return; }
      if (target.closest('#edit-new')) { addBelow(); return; }
      if (target.closest('#edit-connect')) { startConnecting('new'); return; }
      if (target.closest('#edit-also-from')) { startConnecting('from'); return; }
      if (target.closest('#edit-also-to')) { startConnecting('to'); return; }
      if (target.closest('#edit-indicator')) { forms.indicator(); return; }
      if (target.closest('#edit-measurement')) { forms.measurement(); return; }
      if (target.closest('#edit-details')) { forms.mechanism(); return; }
      if (target.closest('#edit-remove')) { removeSelected(); return; }
      if (target.closest('#zoom-in')) { setZoom(state.zoom * 1.25); return; }
      if (target.closest('#zoom-out')) { setZoom(state.zoom / 1.25); return; }
      if (target.closest('#zoom-fit')) { setZoom(1); return; }
      const show = target.closest('button.show[data-show]');
      if (show) {
        const item = data.items[Number(show.dataset.show)];
        if (item) { select({ kind: 'item', id: item.id }); $('#diagram').scrollIntoView(); focusOn(state.selected); }
        return;
      }
      const link = target.closest('#panel a[data-mechanism]');
      if (link) { event.preventDefault(); select({ kind: 'mechanism', id: link.dataset.mechanism }, { focusPanel: true }); }
    });
    document.addEventListener('keydown', (event) => {
      const hit = itemOrMarker(event.target);
      if (hit && state.connecting && hit.kind === 'item' && (event.key === 'Enter' || event.key === ' ')) { event.preventDefault(); connect(hit.id); return; }
      if (hit && (event.key === 'Enter' || event.key === ' ')) { event.preventDefault(); select(hit, { focusPanel: true }); return; }
      if (state.connecting && event.key === 'Escape') { stopConnecting(); return; }
      if (/^(INPUT|SELECT|TEXTAREA)$/.test(event.target.tagName)) return;
      if (token && (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z') {
        event.preventDefault();
        if (event.shiftKey) redoLast(); else undoLast();
        return;
      }
      if (event.key === 'Escape') { const was = state.selected; select(null); focusOn(was); return; }
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === '+' || event.key === '=') { event.preventDefault(); setZoom(state.zoom * 1.25); return; }
      if (event.key === '-' || event.key === '−') { event.preventDefault(); setZoom(state.zoom / 1.25); return; }
      if (event.key === '0') { event.preventDefault(); setZoom(1); return; }
      if (!state.projector && !hit && state.zoom > 1 && event.key.startsWith('Arrow')) {
        event.preventDefault();
        const step = 80;
        const [dx, dy] = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] }[event.key] || [0, 0];
        $('#diagram').scrollLeft += dx;
        window.scrollBy(0, dy);
        return;
      }
      if (!state.projector) return;
      if (event.key === 'ArrowRight' || event.key === 'PageDown') { event.preventDefault(); step(1); }
      if (event.key === 'ArrowLeft' || event.key === 'PageUp') { event.preventDefault(); step(-1); }
    });
    // Double-click: a box's or mechanism's words in place; an empty place, a new box there.
    document.addEventListener('dblclick', (event) => {
      if (!token || !svg || !event.target.closest('#diagram')) return;
      event.preventDefault();
      const hit = itemOrMarker(event.target);
      if (hit) { select(hit); editText(); return; }
      addAt(event);
    });
    document.addEventListener('input', (event) => {
      if (event.target.id === 'search') applySearch();
      if (event.target.id === 'steps' && state.path) select(state.selected);
    });
    document.addEventListener('change', (event) => {
      if (event.target.id === 'edit-draft') setDraft(event.target.checked);
      if (event.target.id === 'edit-perspective' && state.selected) move(moving(state.selected.id, 'perspective', event.target.value));
      if (event.target.id === 'edit-horizon' && state.selected) move(moving(state.selected.id, 'horizon', event.target.value));
      if (event.target.closest('fieldset[data-filter]')) applyFilters();
      if (event.target.id === 'lane') setLane(event.target.value);
    });
  }

  function focusOn(selection) {
    if (!selection) return;
    const g = selection.kind === 'item' ? boxes.get(selection.id) : markers.get(selection.id);
    if (g) g.focus();
  }

  // The present view: only the diagram (fitted again to the wider room) and the panel.
  function togglePresent() {
    const on = !document.body.classList.contains('present');
    document.body.classList.toggle('present', on);
    $('#present').setAttribute('aria-pressed', String(on));
    setZoom(state.zoom);
    if (state.selected) placePanel();
  }

  function toggleProjector() {
    state.projector = !state.projector;
    document.body.classList.toggle('projector', state.projector);
    $('#projector').setAttribute('aria-pressed', String(state.projector));
    if (!state.projector) setLane('*');
    select(state.selected);
  }

  // ---- Zoom and pan. The diagram opens fitted to the width of the window (zoom 1); zooming
  // widens it, keeping the point under the pointer (or the middle) where it was; the reader
  // pans by dragging the background, by the arrow keys or by scrolling.
  const ZOOM_MIN = 0.5;
  const ZOOM_MAX = 6;

  function setZoom(zoom, at) {
    const box = $('#diagram');
    if (!svg || !box) return;
    zoom = Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, zoom));
    const rect = svg.getBoundingClientRect();
    const point = at || { x: box.getBoundingClientRect().left + box.clientWidth / 2, y: window.innerHeight / 2 };
    // Where the point is in the drawing, as a share of its size, before the zoom.
    const fx = (point.x - rect.left) / rect.width;
    const fy = (point.y - rect.top) / rect.height;
    state.zoom = zoom;
    svg.style.width = `${zoom * 100}%`;
    const after = svg.getBoundingClientRect();
    box.scrollLeft += after.left + fx * after.width - point.x;
    window.scrollBy(0, after.top + fy * after.height - point.y);
    document.body.dataset.zoom = zoom.toFixed(2);
  }

  function bindZoom() {
    const box = $('#diagram');
    if (!box) return;
    // Ctrl and the wheel, and a touchpad's pinch (which browsers send as Ctrl and the wheel).
    box.addEventListener('wheel', (event) => {
      if (!event.ctrlKey) return;
      event.preventDefault();
      setZoom(state.zoom * Math.exp(-event.deltaY / 500), { x: event.clientX, y: event.clientY });
    }, { passive: false });
    // Dragging the background pans; two fingers pinch.
    const pointers = new Map();
    let pinch = null;
    box.addEventListener('pointerdown', (event) => {
      if (itemOrMarker(event.target) || event.button !== 0) return;
      pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
      if (pointers.size === 2) {
        const [a, b] = [...pointers.values()];
        pinch = { distance: Math.hypot(a.x - b.x, a.y - b.y), zoom: state.zoom };
      }
      box.setPointerCapture(event.pointerId);
      box.classList.add('panning');
    });
    box.addEventListener('pointermove', (event) => {
      const last = pointers.get(event.pointerId);
      if (!last) return;
      const now = { x: event.clientX, y: event.clientY };
      pointers.set(event.pointerId, now);
      if (pinch && pointers.size === 2) {
        const [a, b] = [...pointers.values()];
        const middle = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
        setZoom(pinch.zoom * Math.hypot(a.x - b.x, a.y - b.y) / pinch.distance, middle);
        return;
      }
      box.scrollLeft -= now.x - last.x;
      window.scrollBy(0, last.y - now.y);
    });
    const end = (event) => {
      pointers.delete(event.pointerId);
      if (pointers.size < 2) pinch = null;
      if (!pointers.size) box.classList.remove('panning');
    };
    box.addEventListener('pointerup', end);
    box.addEventListener('pointercancel', end);
  }

  // Puts back what the reader had chosen, on the (new) diagram.
  function restore() {
    if (svg) svg.style.width = `${state.zoom * 100}%`;
    applyFilters();
    if ($('#search').value) applySearch();
    // A box or mechanism this page just added: opened for its words.
    const added = pending && (pending.kind === 'item' ? items.has(pending.id) : mechanisms.has(pending.id));
    if (added) {
      state.selected = pending;
      pending = null;
    }
    select(state.selected);
    if (!state.selected) zoom(null);
    if (added) editText();
    showPresence();
  }

  // ---- Live reload (`verkan serve`): a change to the theory or its data fetches what changed
  // and swaps it in; the panel, filters, search and scroll stay. A theory's page asks only for
  // the parts it lacks (by their hashes, `?parts=`); the overview fetches itself whole.
  let generation = 0;
  const swapped = ['#diagram', '#live-errors', '#diagnostics', '#text', '#scorecard', '#overview', '#verkan-data', 'header.toolbar h1'];
  let hashes = null;
  const partsData = $('#verkan-parts');
  if (partsData) hashes = JSON.parse(partsData.textContent);

  function swap(now, next) {
    if (!now || !next) return;
    now.replaceChildren(...Array.from(next.childNodes).map((n) => document.importNode(n, true)));
    now.hidden = next.hidden;
  }

  async function reloadParts() {
    const have = Object.values(hashes).join(',');
    const response = await fetch(location.pathname + '?parts=' + encodeURIComponent(have), { cache: 'no-store' });
    if (!response.ok) return false;
    const answer = await response.json();
    for (const [selector, html] of Object.entries(answer.parts)) {
      const fresh = new DOMParser().parseFromString('<!doctype html><body>' + html, 'text/html');
      swap($(selector), fresh.body.firstElementChild);
    }
    hashes = answer.hashes;
    return true;
  }

  async function reloadWhole() {
    const response = await fetch(location.href, { cache: 'no-store' });
    if (!response.ok) return;
    const fresh = new DOMParser().parseFromString(await response.text(), 'text/html');
    for (const selector of swapped) swap($(selector), $(selector, fresh));
    const freshParts = $('#verkan-parts', fresh);
    if (freshParts) hashes = JSON.parse(freshParts.textContent);
  }

  // `known`: the file's revision, when the server said it with the change.
  async function reload(known) {
    if (!(hashes && await reloadParts())) await reloadWhole();
    if (load()) restore();
    if (known) revision = known; else await fetchRevision().catch(() => {});
    generation += 1;
    document.body.dataset.generation = String(generation);
  }

  // Whether a change to these pages concerns this one: the overview shows every theory.
  function concerns(changed) {
    if (!hashes) return true;
    const here = decodeURIComponent(location.pathname.replace(/^\//, ''));
    return changed.includes(here);
  }

  function live() {
    if (document.body.dataset.live !== 'true' || !window.EventSource) return;
    const source = new EventSource('/events');
    source.onmessage = (event) => {
      let said = null;
      try { said = JSON.parse(event.data); } catch (_) { said = null; }
      if (said && said.presence) {
        if (said.presence.file === file) { presence = said.presence.editing || {}; showPresence(); }
        return;
      }
      const changed = said ? said.changed : null;
      if (changed && !concerns(changed)) return;
      reload(said && said.revisions ? said.revisions[file] : null).catch(() => {});
    };
  }

  bind();
  bindZoom();
  bindDrag();
  if (load()) restore();
  fetchRevision().catch(() => {});
  live();
})();
