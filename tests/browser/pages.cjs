// The workshop pages in a real browser (Debian's chromium through puppeteer-core), opened
// from file:// as a USB stick would: no console errors, no network request, the panel,
// filters, search, keyboard, projector mode and axe-core's accessibility rules.
// Run by tests/suite/browser.rs: node pages.cjs OUT_DIR SHOTS_DIR [HOSTILE_PAGE]
'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { launch, check, axe, shot } = require('./common.cjs');

async function open(browser, file) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1600, height: 1000 });
  const errors = [];
  const requests = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  // A `data:` image (the overview's pictures) is in the page itself, not fetched.
  page.on('request', (r) => { if (r.url() !== 'file://' + file && !r.url().startsWith('data:')) requests.push(r.url()); });
  await page.goto('file://' + file, { waitUntil: 'load' });
  return { page, errors, requests };
}

const visible = (page, selector) => page.$eval(selector, (el) => {
  const style = getComputedStyle(el);
  return style.display !== 'none' && style.visibility !== 'hidden' && !el.closest('[hidden]');
});

async function theoryPage(browser, file, shots) {
  const name = path.basename(file, '.html');
  const { page, errors, requests } = await open(browser, file);
  const data = await page.$eval('#verkan-data', (el) => JSON.parse(el.textContent));
  await shot(page, shots, `${name}-1-page`);

  // An effect with indicators: clicking it opens its panel with every indicator.
  const effect = data.report.effects.find((e) => e.indicators.length > 0);
  await check(`${name}: clicking an effect opens its panel`, async () => {
    await page.click(`g.item[data-id="${effect.id}"]`);
    assert.equal(await visible(page, '#panel'), true);
    const shown = await page.$$eval('#panel section.indicator', (s) => s.map((x) => x.dataset.indicator));
    assert.deepEqual(shown, effect.indicators.map((i) => i.id));
    const heading = await page.$eval('#panel h4', (h) => h.textContent);
    assert.equal(heading, effect.text);
    await shot(page, shots, `${name}-2-panel`);
  });

  await check(`${name}: clicking a mechanism highlights its arrows and boxes`, async () => {
    const m = data.report.mechanisms.find((x) => x.from.length && x.to.length);
    await page.click(`g.marker[data-mechanism="${m.id}"]`);
    const on = await page.$$eval('#diagram path.on', (ps) => ps.map((p) => p.dataset.mechanism));
    const all = await page.$$eval(`#diagram path[data-mechanism="${m.id}"]`, (ps) => ps.length);
    assert.ok(on.length > 0 && on.every((id) => id === m.id), `highlighted arrows ${on}`);
    assert.equal(on.length, all, 'every arrow of the mechanism');
    const boxes = await page.$$eval('#diagram g.item.on', (gs) => gs.map((g) => g.dataset.id));
    assert.deepEqual(boxes.sort(), [...new Set([...m.from, ...m.to])].sort());
    assert.match(await page.$eval('#panel h4', (h) => h.textContent), new RegExp(`^\\S+ ${m.number}: `));
    await page.click('#show-all');
  });

  await check(`${name}: "show the path" follows as many steps as asked`, async () => {
    const start = data.items.find((i) => i.kind === 'activity' && data.links.some((l) => l.from === i.id && l.mechanism));
    await page.click(`g.item[data-id="${start.id}"]`);
    const near = await page.$$eval('#diagram g.item.on', (gs) => gs.length);
    await page.click('#show-path');
    await page.$eval('#steps', (el) => { el.value = '1'; el.dispatchEvent(new Event('input', { bubbles: true })); });
    const one = await page.$$eval('#diagram g.item.on', (gs) => gs.map((g) => g.dataset.id));
    await page.$eval('#steps', (el) => { el.value = '9'; el.dispatchEvent(new Event('input', { bubbles: true })); });
    const many = await page.$$eval('#diagram g.item.on', (gs) => gs.map((g) => g.dataset.id));
    // Downstream of the activity, walked here from the page data, is all highlighted.
    const reach = new Set([start.id]);
    let frontier = [start.id];
    for (let step = 0; step < 9; step++) {
      frontier = data.links.filter((l) => frontier.includes(l.from) && !reach.has(l.to)).map((l) => l.to);
      frontier.forEach((id) => reach.add(id));
    }
    assert.equal(one.length, near, 'one step is the neighbourhood');
    assert.ok(many.length > one.length, `${many.length} > ${one.length}`);
    assert.ok([...reach].every((id) => many.includes(id)), 'everything downstream');
    await shot(page, shots, `${name}-2b-path`);
    await page.$eval('#steps', (el) => { el.value = '3'; });
    await page.click('#show-all');
  });

  await check(`${name}: a perspective filter hides the lane and its items`, async () => {
    await page.click('#show-all');
    await page.click('details.filters summary');
    const perspective = data.items.find((i) => i.perspective).perspective;
    await page.click(`fieldset[data-filter=perspective] input[value="${perspective}"]`);
    const lane = await page.$eval(`g.lane-band[data-perspective="${perspective}"]`, (g) => getComputedStyle(g).display);
    assert.equal(lane, 'none');
    for (const item of data.items.filter((i) => i.kind !== 'resource')) {
      const display = await page.$eval(`g.item[data-id="${item.id}"]`, (g) => getComputedStyle(g).display);
      assert.equal(display === 'none', item.perspective === perspective, `${item.id}`);
    }
    await shot(page, shots, `${name}-3-filtered`);
    await page.click('details.filters summary');
    await page.click('#show-all');
  });

  await check(`${name}: search highlights the matching items`, async () => {
    const target = data.items.find((i) => i.kind === 'effect');
    const word = target.text.split(/\s+/).find((w) => w.length > 6) || target.text.slice(0, 6);
    await page.type('#search', word);
    const matched = await page.$$eval('g.item.match', (gs) => gs.map((g) => g.dataset.id));
    const expected = data.items.filter((i) => i.text.toLocaleLowerCase().includes(word.toLocaleLowerCase())).map((i) => i.id);
    assert.deepEqual(matched.sort(), expected.sort());
    assert.ok(matched.includes(target.id));
    assert.match(await page.$eval('#search-count', (o) => o.textContent), /\d/);
    await shot(page, shots, `${name}-4-search`);
    await page.click('#show-all');
  });

  await check(`${name}: the keyboard alone reaches every item and opens it`, async () => {
    await page.evaluate(() => document.activeElement && document.activeElement.blur());
    await page.goto('file://' + file, { waitUntil: 'load' });
    const wanted = new Set(data.items.map((i) => i.id));
    const seen = new Set();
    const limit = data.items.length + data.report.mechanisms.length + 60;
    for (let n = 0; n < limit && seen.size < wanted.size; n++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => document.activeElement && document.activeElement.dataset && document.activeElement.dataset.id);
      if (id) seen.add(id);
    }
    assert.deepEqual([...wanted].filter((id) => !seen.has(id)), []);
    await page.keyboard.press('Enter');
    assert.equal(await visible(page, '#panel'), true);
    const focusVisible = await page.evaluate(() => document.activeElement.id);
    assert.equal(focusVisible, 'panel', 'Enter moves focus to the panel');
    await page.keyboard.press('Escape');
    assert.equal(await visible(page, '#panel'), false);
  });

  await check(`${name}: projector mode steps through the mechanisms in number order`, async () => {
    await page.click('#projector');
    const full = await page.$eval('#diagram > svg', (s) => s.getAttribute('viewBox'));
    const numbers = [];
    for (let n = 0; n < Math.min(3, data.report.mechanisms.length); n++) {
      await page.keyboard.press('ArrowRight');
      const id = await page.$eval('#diagram g.marker.selected', (g) => g.dataset.mechanism);
      numbers.push(data.report.mechanisms.find((m) => m.id === id).number);
    }
    assert.deepEqual(numbers, numbers.map((_, i) => i + 1));
    assert.notEqual(await page.$eval('#diagram > svg', (s) => s.getAttribute('viewBox')), full, 'zoomed to the mechanism');
    assert.match(await page.$eval('#panel h4', (h) => h.textContent), /^\S+ 3: /);
    await shot(page, shots, `${name}-5-projector`);
    await page.keyboard.press('Escape');
    await page.click('#projector');
  });

  await check(`${name}: fitted to the width of a 1920×1080 projector, zoomed and panned`, async () => {
    await page.setViewport({ width: 1920, height: 1080 });
    await page.goto('file://' + file, { waitUntil: 'load' });
    // Box text as the room sees it: 11.5 SVG units, drawn at the diagram's scale.
    const text = () => page.$eval('#diagram > svg', (s) => 11.5 * s.getBoundingClientRect().width / s.viewBox.baseVal.width);
    const fitted = await text();
    const room = await page.$eval('#diagram', (d) => d.clientWidth);
    const drawn = await page.$eval('#diagram > svg', (s) => s.getBoundingClientRect().width);
    assert.ok(Math.abs(drawn - room) < 2, `the diagram fills the width: ${drawn} of ${room}`);
    console.log(`      ${name}: box text ${fitted.toFixed(1)} px at 1920×1080`);
    // What a room at the back can read: 14 px (every bundled drawing is at most 1 554 units
    // wide).
    assert.ok(fitted >= 14, `box text ${fitted} px`);
    await shot(page, shots, `${name}-6-fitted-1920`);
    await page.click('#zoom-in');
    assert.ok(Math.abs(await text() - fitted * 1.25) < 0.1, 'the + button zooms in by a quarter');
    const before = await page.$eval('#diagram', (d) => d.scrollLeft);
    // A point of the diagram's background: not on a box or a marker.
    const [x, y] = await page.evaluate(() => {
      for (let y = 300; y < 1000; y += 20) {
        for (let x = 400; x < 1800; x += 20) {
          const el = document.elementFromPoint(x, y);
          if (el && el.closest('#diagram svg') && !el.closest('g.item, g.marker')) return [x, y];
        }
      }
      return [0, 0];
    });
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x - 300, y - 20, { steps: 4 });
    await page.mouse.up();
    assert.ok(await page.$eval('#diagram', (d) => d.scrollLeft) > before, 'dragging the background pans');
    await page.keyboard.down('Control');
    await page.mouse.wheel({ deltaY: -100 });
    await page.keyboard.up('Control');
    assert.ok(await text() > fitted * 1.25, 'Ctrl and the wheel zoom');
    await page.keyboard.press('0');
    assert.ok(Math.abs(await text() - fitted) < 0.1, '0 fits the width again');
    await page.keyboard.press('-');
    assert.ok(await text() < fitted, '− zooms out');
    await page.keyboard.press('0');
    // The present view: the diagram and the panel only, the text no smaller.
    await page.click('#present');
    assert.equal(await visible(page, '#scorecard'), false, 'the scorecard is out of the way');
    assert.equal(await page.$eval('#search', (el) => el.getClientRects().length), 0, 'and the search');
    assert.ok(await text() >= fitted - 0.01, 'the diagram as large as before');
    await shot(page, shots, `${name}-7-present`);
    await page.click('#present');
    assert.equal(await visible(page, '#scorecard'), true);
    await page.setViewport({ width: 1600, height: 1000 });
  });

  await check(`${name}: no serious or critical accessibility violation (axe-core)`, async () => {
    await page.goto('file://' + file, { waitUntil: 'load' });
    const violations = await axe(page);
    assert.deepEqual(violations, []);
  });

  await check(`${name}: no console error and no network request`, async () => {
    assert.deepEqual(errors, []);
    assert.deepEqual(requests, []);
  });
  await page.close();
}

async function overview(browser, file, shots) {
  const { page, errors, requests } = await open(browser, file);
  await shot(page, shots, 'index');
  await check('overview: links every page, no error, no request, accessible', async () => {
    // Each page is linked by its name and by its picture.
    const links = [...new Set(await page.$$eval('#overview a', (as) => as.map((a) => a.getAttribute('href')).filter((h) => h.endsWith('.html'))))];
    const pages = fs.readdirSync(path.dirname(file)).filter((f) => f.endsWith('.html') && f !== 'index.html');
    assert.deepEqual(links.sort(), pages.sort());
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(errors, []);
    assert.deepEqual(requests, []);
  });
  await page.close();
}

async function hostile(browser, file, shots) {
  const { page, errors } = await open(browser, file);
  await check('hostile labels: shown as text, nothing runs', async () => {
    const g = await page.$('g.item.effect');
    await g.click();
    await page.click('details.filters summary');
    await page.type('#search', 'img');
    await shot(page, shots, 'hostile');
    assert.equal(await page.evaluate(() => typeof window.pwned), 'undefined');
    const text = await page.evaluate(() => document.body.textContent);
    assert.ok(text.includes('<script>window.pwned = 1</script>'), 'the script tag shows as text');
    assert.ok(text.includes('<img src=x onerror="window.pwned = 1">'), 'the img tag shows as text');
    assert.equal(await page.$$eval('img', (i) => i.length), 0, 'no img element was made');
    assert.deepEqual(errors.filter((e) => !/Content Security Policy/.test(e)), []);
  });
  await page.close();
}

(async () => {
  const [out, shots, hostilePage] = process.argv.slice(2);
  const browser = await launch();
  try {
    const pages = fs.readdirSync(out).filter((f) => f.endsWith('.html') && f !== 'index.html').sort();
    assert.ok(pages.length >= 4, `pages in ${out}: ${pages}`);
    for (const p of pages) await theoryPage(browser, path.join(out, p), shots);
    await overview(browser, path.join(out, 'index.html'), shots);
    if (hostilePage) await hostile(browser, hostilePage, shots);
  } finally {
    await browser.close();
  }
  if (process.exitCode) console.error('some checks failed');
})().catch((e) => { console.error(e); process.exit(1); });
