// The workshop page's editing forms (`verkan serve` only): a new outcome indicator, a new
// measurement, and a mechanism's evidence, verdict and contexts. Joined before page.js into
// the page's one script; page.js hands over what the forms need (`page`). Each form sends one
// edit (edit.v1) and remembers how to undo it; a refused edit keeps the form and what was
// typed, so the participant can try again.
function verkanForms(page) {
  'use strict';
  const { $, $$, words } = page;

  function labelled(id, label, control) {
    const wrap = document.createElement('label');
    wrap.className = 'edit-move';
    control.id = id;
    wrap.append(label, ' ', control);
    return wrap;
  }

  function select(options, current) {
    const s = document.createElement('select');
    for (const [value, text] of options) {
      const o = document.createElement('option');
      o.value = value;
      o.textContent = text;
      o.selected = value === current;
      s.append(o);
    }
    return s;
  }

  function input(type) {
    const i = document.createElement('input');
    i.type = type;
    if (type === 'number') i.step = 'any';
    return i;
  }

  function textarea(rows) {
    const t = document.createElement('textarea');
    t.rows = rows;
    return t;
  }

  // A form under the panel's edit bar, with Save and Cancel; `save` answers whether it is done.
  function form(id, fields, save) {
    if ($(`#${id}`)) return null;
    const f = document.createElement('div');
    f.className = 'edit-form';
    f.id = id;
    f.append(...fields, page.button(`${id}-save`, words.save), page.button(`${id}-cancel`, words.cancel));
    $('#panel .edit-bar').after(f);
    $(`#${id}-cancel`).addEventListener('click', () => f.remove());
    $(`#${id}-save`).addEventListener('click', async () => { if (await save()) f.remove(); });
    f.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') { event.preventDefault(); event.stopPropagation(); f.remove(); }
    });
    return f;
  }

  function hint(f, text) {
    let p = $('.edit-hint', f);
    if (!p) {
      p = document.createElement('p');
      p.className = 'edit-hint';
      p.setAttribute('role', 'status');
      f.prepend(p);
    }
    p.textContent = text;
  }

  const UNITS = ['percent', 'count', 'ratio', 'scale', 'qualitative', 'days', 'currency'];
  const DIRECTIONS = ['at_least', 'at_most', 'increase', 'decrease'];
  const ASSESSMENTS = ['met', 'partly_met', 'not_met'];
  const FINDINGS = ['supported', 'partly_supported', 'not_supported', 'not_assessed', 'not_implemented'];

  // A new outcome indicator for the chosen effect: what is measured, its unit and target.
  function indicator() {
    const effect = page.selectedItem();
    if (!effect) return;
    const text = input('text');
    const unit = select(UNITS.map((u) => [u, words[`unit_${u}`]]), 'percent');
    const direction = select(DIRECTIONS.map((d) => [d, words[`direction_${d}`]]), 'at_least');
    const value = input('number');
    const f = form('indicator-form', [
      labelled('indicator-text', words.what_is_measured, text),
      labelled('indicator-unit', words.unit, unit),
      labelled('indicator-direction', words.target, direction),
      labelled('indicator-value', words.value, value),
    ], async () => {
      if (!text.value.trim()) { text.focus(); return false; }
      const target = { direction: direction.value };
      if (value.value !== '') target.value = Number(value.value);
      const fields = { measures: effect.id, kind: 'outcome', text: text.value.trim(), unit: unit.value, target };
      return page.add('indicator', page.freeId('indicator'), fields, null);
    });
    if (f) text.focus();
  }

  // The indicators that measure the chosen box, as the scorecard lists them.
  function indicatorsOf(id) {
    const report = page.data().report;
    const row = report.effects.concat(report.activities, report.outputs).find((r) => r.id === id);
    return row ? row.indicators : [];
  }

  // A new measurement of one of the chosen box's indicators: its period and a value, a verdict
  // or both, with where it comes from. Undone by removing that measurement (the indicator's
  // last, as it was added).
  function measurement() {
    const box = page.selectedItem();
    const indicators = box ? indicatorsOf(box.id) : [];
    if (!indicators.length) return;
    const which = select(indicators.map((i) => [i.id, i.text]), indicators[0].id);
    const period = input('text');
    period.placeholder = String(new Date().getFullYear());
    const value = input('number');
    const assessment = select([['', words.no_assessment]].concat(ASSESSMENTS.map((a) => [a, words[`assessment_${a}`]])), '');
    const source = input('text');
    const note = input('text');
    const f = form('measurement-form', [
      labelled('measurement-indicator', words.indicator, which),
      labelled('measurement-period', words.period, period),
      labelled('measurement-value', words.value, value),
      labelled('measurement-assessment', words.assessment, assessment),
      labelled('measurement-source', words.source, source),
      labelled('measurement-note', words.note, note),
    ], async () => {
      if (!period.value.trim() || (value.value === '' && !assessment.value)) {
        hint(f, words.measurement_needs_value);
        (period.value.trim() ? value : period).focus();
        return false;
      }
      const fields = { period: period.value.trim() };
      if (value.value !== '') fields.value = Number(value.value);
      if (assessment.value) fields.assessment = assessment.value;
      if (source.value.trim()) fields.source = source.value.trim();
      if (note.value.trim()) fields.note = note.value.trim();
      const chosen = indicators.find((i) => i.id === which.value);
      const op = { op: 'add', kind: 'measurement', id: chosen.id, fields };
      const back = { op: 'remove', id: chosen.id, measurement: chosen.measurements.length };
      return page.change([op], [back]);
    });
    if (f) period.focus();
  }

  // The keys of a mechanism as the theory file writes them, from the page data.
  function mechanismKeys(m) {
    const finding = m.finding ? { status: m.finding.status.replace(/-/g, '_'), note: m.finding.note || undefined } : null;
    return {
      evidence: m.evidence.length ? m.evidence : null,
      finding,
      contexts: m.contexts.length ? m.contexts.map((c) => c.id) : null,
    };
  }

  const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

  // A mechanism's evidence (one source per line), the evaluation's verdict with its words, and
  // the contexts it depends on (checkboxes of every context of the theory). Saved as one edit
  // of a `set` per key that changed; undone by setting each back.
  function mechanism() {
    const m = page.selectedMechanism();
    if (!m) return;
    const before = mechanismKeys(m);
    const evidence = textarea(3);
    evidence.value = m.evidence.join('\n');
    const status = select([['', words.no_verdict]].concat(FINDINGS.map((s) => [s, words[`finding_${s}`]])), before.finding ? before.finding.status : '');
    const note = textarea(3);
    note.value = (before.finding && before.finding.note) || '';
    const contexts = document.createElement('fieldset');
    contexts.id = 'mechanism-contexts';
    const legend = document.createElement('legend');
    legend.textContent = words.contexts;
    contexts.append(legend);
    const chosen = new Set(before.contexts || []);
    for (const c of page.data().contexts) {
      const wrap = document.createElement('label');
      const box = input('checkbox');
      box.value = c.id;
      box.checked = chosen.has(c.id);
      wrap.append(box, ' ', c.text);
      contexts.append(wrap);
    }
    const f = form('mechanism-form', [
      labelled('mechanism-evidence', words.evidence_hint, evidence),
      labelled('mechanism-status', words.verdict, status),
      labelled('mechanism-note', words.verdict_note, note),
      contexts,
    ], async () => {
      if (note.value.trim() && !status.value) {
        hint(f, words.verdict_needs_status);
        status.focus();
        return false;
      }
      const lines = evidence.value.split('\n').map((l) => l.trim()).filter(Boolean);
      const after = {
        evidence: lines.length ? lines : null,
        finding: status.value ? { status: status.value, note: note.value.trim() || undefined } : null,
        contexts: (() => {
          // Those kept stay in their order; those added come after them.
          const checked = new Set($$('input:checked', contexts).map((b) => b.value));
          const kept = (before.contexts || []).filter((id) => checked.has(id));
          const ids = kept.concat([...checked].filter((id) => !kept.includes(id)));
          return ids.length ? ids : null;
        })(),
      };
      const forth = [];
      const back = [];
      for (const key of ['evidence', 'finding', 'contexts']) {
        if (same(before[key], after[key])) continue;
        forth.push({ op: 'set', id: m.id, field: key, value: after[key] });
        back.push({ op: 'set', id: m.id, field: key, value: before[key] });
      }
      if (!forth.length) return true;
      return page.change(forth, back);
    });
    if (f) evidence.focus();
  }

  return { indicator, measurement, mechanism, indicatorsOf };
}
