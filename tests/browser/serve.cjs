// Live reload in a real browser: a page served by `verkan serve` updates itself when its
// theory is saved, keeps the reader's panel, search and scroll, shows a broken file's errors
// over the last good diagram and clears them once fixed.
// Run by tests/suite/browser.rs: node serve.cjs URL THEORY_DIR SHOTS_DIR
'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { launch, check, axe, shot } = require('./common.cjs');

// Clicks a button of the panel in the page itself: a live update may rebuild the panel at any
// moment, and a click found on one node and sent to it later would miss.
async function press(page, selector) {
  await page.waitForSelector(selector);
  await page.$eval(selector, (b) => b.click());
}

// Each update a page applies counts one generation up (`data-generation` on its body).
const generation = (page) => page.evaluate(() => document.body.dataset.generation || '0');
const updated = (page, before) => page.waitForFunction((b) => (document.body.dataset.generation || '0') !== b, { timeout: 10000, polling: 5 }, before);

// Ctrl+Z `times` times, each waiting for the update its edit causes.
async function undoTimes(page, times) {
  await page.evaluate(() => document.activeElement && document.activeElement.blur());
  for (let n = 0; n < times; n++) {
    const at = await generation(page);
    await page.keyboard.down('Control');
    await page.keyboard.press('z');
    await page.keyboard.up('Control');
    await updated(page, at);
  }
}

// Saves `text` and measures the time until the page has applied the update it causes.
async function saveAndWait(page, file, text) {
  const before = await generation(page);
  const start = Date.now();
  fs.writeFileSync(file, text);
  await updated(page, before);
  return Date.now() - start;
}

(async () => {
  const [url, dir, shots] = process.argv.slice(2);
  const file = path.join(dir, 'spira.toml');
  const good = fs.readFileSync(file, 'utf8');
  const browser = await launch();
  const page = await browser.newPage();
  await page.setViewport({ width: 1600, height: 1000 });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  try {
    await page.goto(url + 'spira.html', { waitUntil: 'load' });
    // The event stream is open once the page has run its script.
    await new Promise((r) => setTimeout(r, 300));
    const data = await page.$eval('#verkan-data', (el) => JSON.parse(el.textContent));
    const effect = data.report.effects.find((e) => e.indicators.length > 0);

    await check('serve: an edit updates the open page by itself, keeping panel and search', async () => {
      await page.click(`g.item[data-id="${effect.id}"]`);
      await page.type('#search', 'samverkan');
      await page.evaluate(() => window.scrollTo(0, 200));
      const latencies = [];
      for (let n = 0; n < 7; n++) {
        const edited = good.replace(effect.text, `${effect.text} (ändrad ${n})`);
        assert.notEqual(edited, good, 'the effect text is in the file as written');
        latencies.push(await saveAndWait(page, file, edited));
        const shown = await page.$eval(`g.item[data-id="${effect.id}"]`, (g) => g.textContent);
        assert.match(shown.replace(/\s+/g, ' '), new RegExp(`ändrad ${n}`));
      }
      latencies.sort((a, b) => a - b);
      console.log(`      save → updated page, ms: median ${latencies[3]}, all ${latencies.join(' ')}`);
      assert.ok(latencies[3] < 1000, `median ${latencies[3]} ms`);
      assert.equal(await page.$eval('#panel', (p) => p.hidden), false, 'the panel stays open');
      assert.match(await page.$eval('#panel h4', (h) => h.textContent), /ändrad 6/);
      assert.equal(await page.$eval('#search', (s) => s.value), 'samverkan', 'the search stays');
      assert.ok(await page.$$eval('g.item.match', (g) => g.length) > 0, 'and still highlights');
      assert.equal(await page.evaluate(() => window.scrollY), 200, 'the scroll stays');
      await shot(page, shots, 'serve-1-edited');
    });

    await check('serve: an edit to another theory leaves this page alone', async () => {
      const other = path.join(dir, 'stegen.toml');
      const text = fs.readFileSync(other, 'utf8');
      const before = await generation(page);
      fs.writeFileSync(other, text.replace('name = "Stegen"', 'name = "Stegen (workshop)"'));
      await new Promise((r) => setTimeout(r, 1500));
      assert.equal(await generation(page), before);
      fs.writeFileSync(other, text);
    });

    await check('serve: a broken file shows its errors over the last good diagram', async () => {
      await saveAndWait(page, file, good + '\n[effects.trasig\n');
      assert.equal(await page.$eval('#live-errors', (e) => e.hidden), false);
      const message = await page.$eval('#live-errors', (e) => e.textContent);
      assert.match(message, /spira\.toml:\d+:\d+/);
      assert.ok(await page.$('#diagram g.item'), 'the diagram stays');
      await shot(page, shots, 'serve-2-broken');
      await saveAndWait(page, file, good);
      assert.equal(await page.$eval('#live-errors', (e) => e.hidden), true, 'fixed: the message goes');
    });

    await check('serve: the text of a box edited on one page appears on another; Ctrl+Z undoes it', async () => {
      await page.goto(url + 'spira.html', { waitUntil: 'load' });
      const other = await browser.newPage();
      await other.setViewport({ width: 1600, height: 1000 });
      other.on('pageerror', (e) => errors.push(String(e)));
      await other.goto(url + 'spira.html', { waitUntil: 'load' });
      await new Promise((r) => setTimeout(r, 300));
      // The page typed on is the one in front (a background tab draws no frames to click in).
      await page.bringToFront();
      await page.evaluate(() => localStorage.setItem('verkan-name', 'Test'));
      const box = `g.item[data-id="${effect.id}"]`;
      // By keyboard alone: Tab to the box, Enter opens the panel, the edit button, type, Enter.
      await page.$eval(box, (g) => g.focus());
      await page.keyboard.press('Enter');
      await press(page, '#edit-text');
      await page.waitForSelector('#edit-area');
      await page.$eval('#edit-area', (a) => { a.value = ''; });
      await page.type('#edit-area', 'Skrivet i rummet');
      const before = await generation(other);
      const start = Date.now();
      await page.keyboard.press('Enter');
      await updated(other, before);
      console.log(`      edit on one page → the other redrawn: ${Date.now() - start} ms`);
      const shown = await other.$eval(box, (g) => g.textContent.replace(/\s+/g, ' '));
      assert.match(shown, /Skrivet i rummet/);
      assert.match(fs.readFileSync(file, 'utf8'), /text = "Skrivet i rummet"/);
      // A background tab draws no frames: its picture is taken in front.
      await other.bringToFront();
      await shot(other, shots, 'serve-3-edited-elsewhere');
      await page.bringToFront();
      // Undo, as a new edit.
      const again = await generation(other);
      await page.waitForFunction(() => !document.querySelector('#edit-area'));
      // Ctrl+Z outside a text field (inside one it is the field's own undo).
      await page.evaluate(() => document.activeElement && document.activeElement.blur());
      await page.keyboard.down('Control');
      await page.keyboard.press('z');
      await page.keyboard.up('Control');
      await updated(other, again);
      assert.equal(fs.readFileSync(file, 'utf8'), good, 'undone: the file as it was');

      // A new box under this one, in its column and lane, opened for its words; then a
      // mechanism from it to another effect, opened likewise.
      await page.$eval(box, (g) => g.focus());
      await page.keyboard.press('Enter');
      await press(page, '#edit-new');
      await page.waitForSelector('#edit-area', { timeout: 10000 });
      await page.$eval('#edit-area', (a) => { a.value = ''; });
      await page.type('#edit-area', 'En ny effekt från rummet');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => [...document.querySelectorAll('#diagram g.item')].some((g) => /En ny effekt från rummet/.test(g.textContent)), { timeout: 10000 });
      const added = await page.$$eval('#diagram g.item', (gs) => gs.find((g) => /En ny effekt från rummet/.test(g.textContent)).dataset.id);
      assert.match(fs.readFileSync(file, 'utf8'), new RegExp(`\\[effects\\.${added}\\]\\nhorizon = "${effect.horizon}"`));
      const target = data.report.effects.find((e) => e.horizon !== effect.horizon && e.id !== effect.id);
      await page.$eval(`g.item[data-id="${added}"]`, (g) => g.focus());
      await page.keyboard.press('Enter');
      await press(page, '#edit-connect');
      await page.$eval(`g.item[data-id="${target.id}"]`, (g) => g.focus());
      await page.keyboard.press('Enter');
      await page.waitForSelector('#edit-area', { timeout: 10000 });
      await page.$eval('#edit-area', (a) => { a.value = ''; });
      await page.type('#edit-area', 'Tryggheten leder vidare');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => !document.querySelector('#edit-area'), { timeout: 10000 });
      await new Promise((r) => setTimeout(r, 500));
      const written = fs.readFileSync(file, 'utf8');
      assert.match(written, new RegExp(`text = "Tryggheten leder vidare"\\nfrom = \\["${added}"\\]\\nto = \\["${target.id}"\\]`));
      await shot(page, shots, 'serve-4-added-and-connected');
      // Undone, change by change (the mechanism's words, the mechanism, the box's words, the
      // box), the file is what it was; redone once, the box is back.
      await page.evaluate(() => document.activeElement && document.activeElement.blur());
      const stepped = async (shift) => {
        const at = await generation(page);
        await page.keyboard.down('Control');
        if (shift) await page.keyboard.down('Shift');
        await page.keyboard.press('z');
        if (shift) await page.keyboard.up('Shift');
        await page.keyboard.up('Control');
        await updated(page, at);
      };
      for (let n = 0; n < 4; n++) await stepped(false);
      assert.equal(fs.readFileSync(file, 'utf8'), good, 'every change undone');
      await stepped(true);
      assert.match(fs.readFileSync(file, 'utf8'), new RegExp(`\\[effects\\.${added}\\]`), 'redone');
      fs.writeFileSync(file, good);
      await other.close();
    });

    await check('serve: the box someone is editing shows their name on the other pages', async () => {
      // Anna on her own laptop: a browser context of her own, with its own storage.
      const laptop = await browser.createBrowserContext();
      const anna = await laptop.newPage();
      await anna.setViewport({ width: 1600, height: 1000 });
      await anna.goto(url + 'spira.html', { waitUntil: 'load' });
      await page.goto(url + 'spira.html', { waitUntil: 'load' });
      await new Promise((r) => setTimeout(r, 300));
      await anna.bringToFront();
      await anna.evaluate(() => localStorage.setItem('verkan-name', 'Anna'));
      const box = `g.item[data-id="${effect.id}"]`;
      await anna.$eval(box, (g) => g.focus());
      await anna.keyboard.press('Enter');
      await press(anna, '#edit-text');
      await anna.waitForSelector('#edit-area');
      await page.waitForFunction((b) => { const t = document.querySelector(`${b} text.presence`); return t && /Anna/.test(t.textContent); }, { timeout: 10000 }, box);
      await shot(page, shots, 'serve-5-presence');
      await anna.keyboard.press('Escape');
      await page.waitForFunction((b) => !document.querySelector(`${b} text.presence`), { timeout: 10000 }, box);
      await laptop.close();
    });

    await check('serve: a box dragged to another column moves there; the panel moves it to another lane', async () => {
      fs.writeFileSync(file, good);
      await page.goto(url + 'spira.html', { waitUntil: 'load' });
      await page.bringToFront();
      await page.evaluate(() => localStorage.setItem('verkan-name', 'Test'));
      await new Promise((r) => setTimeout(r, 300));
      const short = data.report.effects.find((e) => e.horizon === 'short' && e.perspective);
      const box = `g.item[data-id="${short.id}"]`;
      await page.$eval(box, (g) => g.scrollIntoView({ block: 'center' }));
      const from = await page.$eval(`${box} > rect`, (r) => { const b = r.getBoundingClientRect(); return { x: b.x + b.width / 2, y: b.y + b.height / 2 }; });
      const medium = await page.$$eval('g.item[data-column="medium"] > rect', (rs) => { const b = rs[0].getBoundingClientRect(); return b.x + b.width / 2; });
      let at = await generation(page);
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(medium, from.y, { steps: 8 });
      await page.mouse.up();
      await updated(page, at);
      const written = fs.readFileSync(file, 'utf8');
      assert.match(written, new RegExp(`\\[effects\\.${short.id}\\]\\nhorizon = "medium"`));
      assert.equal(await page.$eval(box, (g) => g.dataset.column), 'medium', 'redrawn in its new column');
      // By keyboard: the panel's lane choice.
      const other = data.report.by_perspective ? Object.keys(data.report.by_perspective).find((p) => p !== short.perspective.id) : null;
      await page.$eval(box, (g) => g.focus());
      await page.keyboard.press('Enter');
      await page.waitForSelector('#edit-perspective');
      at = await generation(page);
      await page.select('#edit-perspective', other);
      await updated(page, at);
      assert.match(fs.readFileSync(file, 'utf8'), new RegExp(`\\[effects\\.${short.id}\\]\\nhorizon = "medium"\\nperspective = "${other}"`));
      await shot(page, shots, 'serve-6-moved');
      // Both undone: where it was, to the byte.
      await undoTimes(page, 2);
      assert.equal(fs.readFileSync(file, 'utf8'), good, 'moved back');
    });

    await check('serve: the panel adds an outcome indicator with its target, and marks a mechanism a draft', async () => {
      fs.writeFileSync(file, good);
      await page.goto(url + 'spira.html', { waitUntil: 'load' });
      await page.bringToFront();
      await new Promise((r) => setTimeout(r, 300));
      const target = data.report.effects.find((e) => e.indicators.length === 0) || effect;
      await page.$eval(`g.item[data-id="${target.id}"]`, (g) => g.focus());
      await page.keyboard.press('Enter');
      await press(page, '#edit-indicator');
      await page.waitForSelector('#indicator-text');
      await page.type('#indicator-text', 'Andel som känner sig trygga');
      await page.select('#indicator-unit', 'percent');
      await page.select('#indicator-direction', 'at_least');
      await page.type('#indicator-value', '60');
      // The editing panel, open with its form, is as accessible as the rest of the page.
      assert.deepEqual(await axe(page), []);
      await shot(page, shots, 'serve-7-indicator-form');
      let at = await generation(page);
      await press(page, '#indicator-form-save');
      await updated(page, at);
      assert.match(fs.readFileSync(file, 'utf8'), new RegExp(`measures = "${target.id}"\\nkind = "outcome"\\ntext = "Andel som känner sig trygga"\\nunit = "percent"\\ntarget = \\{ value = 60, direction = "at_least" \\}`));
      const stated = data.report.mechanisms.find((m) => !m.draft);
      await page.$eval(`g.marker[data-mechanism="${stated.id}"]`, (g) => g.focus());
      await page.keyboard.press('Enter');
      await page.waitForSelector('#edit-draft');
      at = await generation(page);
      await page.$eval('#edit-draft', (c) => c.click());
      await updated(page, at);
      assert.match(fs.readFileSync(file, 'utf8'), new RegExp(`\\[mechanisms\\.${stated.id}\\]\\n(?:[^\\n]+\\n)*draft = true\\n`));
      await undoTimes(page, 2);
      assert.equal(fs.readFileSync(file, 'utf8'), good, 'both undone');
    });

    await check('serve: the panel adds a measurement, and edits a mechanism\'s evidence, verdict and contexts', async () => {
      fs.writeFileSync(file, good);
      await page.goto(url + 'spira.html', { waitUntil: 'load' });
      await page.bringToFront();
      await new Promise((r) => setTimeout(r, 300));
      const indicator = effect.indicators[0];
      await page.$eval(`g.item[data-id="${effect.id}"]`, (g) => g.focus());
      await page.keyboard.press('Enter');
      await press(page, '#edit-measurement');
      await page.waitForSelector('#measurement-period');
      // Without a value or a verdict nothing is sent, and the form says what is missing.
      await page.type('#measurement-period', '2026');
      await press(page, '#measurement-form-save');
      await page.waitForSelector('#measurement-form .edit-hint');
      assert.equal(fs.readFileSync(file, 'utf8'), good, 'nothing written');
      await page.select('#measurement-indicator', indicator.id);
      await page.type('#measurement-value', '55');
      await page.select('#measurement-assessment', 'partly_met');
      await page.type('#measurement-source', 'Enkät till deltagarna');
      assert.deepEqual(await axe(page), []);
      await shot(page, shots, 'serve-8-measurement-form');
      let at = await generation(page);
      await press(page, '#measurement-form-save');
      await updated(page, at);
      const measured = fs.readFileSync(file, 'utf8');
      assert.match(measured, /period = "2026"\nvalue = 55\nassessment = "partly_met"\nsource = "Enkät till deltagarna"\n/);
      const shown = await page.$eval('#verkan-data', (el) => JSON.parse(el.textContent));
      const row = shown.report.effects.find((e) => e.id === effect.id).indicators.find((i) => i.id === indicator.id);
      assert.equal(row.measurements.length, indicator.measurements.length + 1, 'the page shows it');

      // A mechanism's evidence, verdict and contexts, by keyboard.
      const m = data.report.mechanisms.find((x) => x.evidence.length && x.finding && x.contexts.length);
      const unused = data.contexts.find((c) => !m.contexts.some((mc) => mc.id === c.id));
      await page.$eval(`g.marker[data-mechanism="${m.id}"]`, (g) => g.focus());
      await page.keyboard.press('Enter');
      await press(page, '#edit-details');
      await page.waitForSelector('#mechanism-evidence');
      assert.equal(await page.$eval('#mechanism-evidence', (t) => t.value), m.evidence.join('\n'));
      await page.$eval('#mechanism-evidence', (t) => { t.focus(); t.setSelectionRange(t.value.length, t.value.length); });
      await page.keyboard.press('Enter');
      await page.keyboard.type('Ny källa 2026');
      await page.select('#mechanism-status', 'partly_supported');
      await page.$eval(`#mechanism-contexts input[value="${m.contexts[0].id}"]`, (b) => b.click());
      await page.$eval(`#mechanism-contexts input[value="${unused.id}"]`, (b) => b.click());
      assert.deepEqual(await axe(page), []);
      await shot(page, shots, 'serve-9-mechanism-form');
      at = await generation(page);
      await press(page, '#mechanism-form-save');
      await updated(page, at);
      const written = fs.readFileSync(file, 'utf8');
      const table = written.slice(written.indexOf(`[mechanisms.${m.id}]`)).split('\n\n')[0];
      const quoted = (x) => JSON.stringify(x).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      assert.match(table, new RegExp(`evidence = \\[${m.evidence.map(quoted).join(', ')}, "Ny källa 2026"\\]`));
      assert.match(table, new RegExp(`finding = \\{ status = "partly_supported", note = ${quoted(m.finding.note)} \\}`));
      const contexts = m.contexts.slice(1).map((c) => c.id).concat(unused.id);
      assert.match(table, new RegExp(`contexts = \\[${contexts.map(quoted).join(', ')}\\]`));
      // Everything else of the file as it was: the three keys are the only lines changed.
      const lines = (t) => t.split('\n');
      const differing = lines(written).filter((l, i) => l !== lines(measured)[i]);
      assert.equal(differing.length, 3, differing.join('\n'));
      // A verdict's words without a verdict are refused by the form, not sent.
      await press(page, '#edit-details');
      await page.waitForSelector('#mechanism-status');
      await page.select('#mechanism-status', '');
      await press(page, '#mechanism-form-save');
      await page.waitForSelector('#mechanism-form .edit-hint');
      await press(page, '#mechanism-form-cancel');
      assert.equal(fs.readFileSync(file, 'utf8'), written, 'nothing sent');
      await undoTimes(page, 2);
      assert.equal(fs.readFileSync(file, 'utf8'), good, 'both undone');
    });

    await check('serve: a double click on an empty cell adds a box there; a mechanism gains one more effect', async () => {
      fs.writeFileSync(file, good);
      await page.goto(url + 'spira.html', { waitUntil: 'load' });
      await page.bringToFront();
      await new Promise((r) => setTimeout(r, 300));
      // A free spot in the second lane, under the long-term heading.
      const spot = await page.evaluate(() => {
        const svg = document.querySelector('#diagram > svg');
        const band = document.querySelectorAll('g.lane-band')[1];
        const heading = document.querySelector('g.heading[data-column="long"] > rect').getBoundingClientRect();
        const lane = band.querySelector('rect.lane').getBoundingClientRect();
        const x = heading.x + heading.width / 2;
        for (let y = lane.y + 4; y < lane.y + lane.height - 4; y += 4) {
          const hit = document.elementFromPoint(x, y);
          if (hit && svg.contains(hit) && !hit.closest('g.item, g.marker, path')) return { x, y, lane: band.dataset.perspective };
        }
        return null;
      });
      assert.ok(spot, 'a free spot in the lane');
      await page.mouse.click(spot.x, spot.y, { count: 2, clickCount: 2 });
      await page.waitForSelector('#edit-area', { timeout: 10000 });
      await page.$eval('#edit-area', (a) => { a.value = ''; });
      await page.type('#edit-area', 'Ny i den tomma rutan');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => !document.querySelector('#edit-area'), { timeout: 10000 });
      await new Promise((r) => setTimeout(r, 300));
      const added = fs.readFileSync(file, 'utf8');
      const id = (added.match(/\[effects\.(effect-\d+)\]/) || [])[1];
      assert.ok(id, 'an effect was added');
      const box = added.slice(added.indexOf(`[effects.${id}]`)).split('\n\n')[0].split('\n');
      for (const line of ['text = "Ny i den tomma rutan"', `perspective = "${spot.lane}"`, 'horizon = "long"']) {
        assert.ok(box.includes(line), `${line} in ${box.join(' | ')}`);
      }
      assert.equal(await page.$eval(`g.item[data-id="${id}"]`, (g) => g.dataset.column), 'long', 'drawn in its cell');
      // The numbered mechanism that leads to the box's neighbours now leads to it too.
      const m = data.report.mechanisms.find((x) => x.to.length && !x.draft);
      await page.$eval(`g.marker[data-mechanism="${m.id}"]`, (g) => g.focus());
      await page.keyboard.press('Enter');
      await press(page, '#edit-also-to');
      await page.waitForSelector('#panel .edit-hint');
      let at = await generation(page);
      await page.$eval(`g.item[data-id="${id}"]`, (g) => g.focus());
      await page.keyboard.press('Enter');
      await updated(page, at);
      const joined = fs.readFileSync(file, 'utf8');
      const table = joined.slice(joined.indexOf(`[mechanisms.${m.id}]`)).split('\n\n')[0];
      assert.match(table, new RegExp(`to = \\[${m.to.map((t) => `"${t}"`).join(', ')}, "${id}"\\]`));
      await undoTimes(page, 3);
      assert.equal(fs.readFileSync(file, 'utf8'), good, 'all three undone');
    });

    await check('serve: the overview is accessible and every page answers', async () => {
      await page.goto(url, { waitUntil: 'load' });
      assert.deepEqual(await axe(page), []);
      const links = await page.$$eval('#overview a', (as) => as.map((a) => a.href));
      assert.ok(links.length >= 4);
      for (const link of links) {
        const response = await page.goto(link, { waitUntil: 'load' });
        assert.equal(response.status(), 200, link);
      }
    });
    await check('serve: no console error', async () => assert.deepEqual(errors, []));
  } finally {
    fs.writeFileSync(file, good);
    await browser.close();
  }
})().catch((e) => { console.error(e); process.exit(1); });
