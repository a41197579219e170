// The room, measured: ten pages of each bundled theory open at once (ten participants), one
// edit after another sent the way a page sends it, and for each edit the time from sending it
// until every one of the ten pages has applied the change it causes (fetched, swapped in,
// selection and scroll restored). The goal: a median under 300 ms.
// Run by `cargo bench --bench room`: node room.cjs URL [ROUNDS]
'use strict';
const { launch } = require('./common.cjs');

const PAGES = Number(process.env.ROOM_PAGES || 10);

function quantile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

// Resolves once `page` has applied an update past generation `before`, with the time taken.
function applied(page, before, start) {
  return page
    .waitForFunction((b) => (document.body.dataset.generation || '0') !== b, { timeout: 20000, polling: 'mutation' }, before)
    .then(() => Date.now() - start);
}

(async () => {
  const [url, roundsArg] = process.argv.slice(2);
  const rounds = Number(roundsArg || 15);
  const browser = await launch();
  const rows = [];
  try {
    for (const name of ['spira', 'pa_vag', 'stegen', 'aktivitetsarenan']) {
      const pages = [];
      const contexts = [];
      for (let n = 0; n < PAGES; n++) {
        // A context each, as ten laptops would be: a browser keeps at most six connections
        // to one server, and each page holds one open for its events.
        const context = await browser.createBrowserContext();
        contexts.push(context);
        const page = await context.newPage();
        await page.setViewport({ width: 1920, height: 1080 });
        await page.goto(`${url}${name}.html`, { waitUntil: 'load' });
        pages.push(page);
      }
      // Each page has opened its event stream once its script has run.
      await new Promise((r) => setTimeout(r, 500));
      const sender = pages[0];
      const effect = await sender.$eval('#verkan-data', (el) => JSON.parse(el.textContent).items.find((i) => i.kind === 'effect'));
      const slowest = [];
      const every = [];
      for (let r = 0; r <= rounds; r++) {
        // The last round puts the words back.
        const text = r === rounds ? effect.text : `${effect.text} (${r + 1})`;
        const before = await Promise.all(pages.map((p) => p.evaluate(() => document.body.dataset.generation || '0')));
        const start = Date.now();
        const waits = pages.map((p, i) => applied(p, before[i], start));
        const status = await sender.evaluate(async (file, id, words) => {
          const token = document.querySelector('meta[name="verkan-token"]').content;
          const response = await fetch(`/api/v1/theories/${file}/edit`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'X-Verkan-Token': token },
            body: JSON.stringify({ version: 1, ops: [{ op: 'set', id, field: 'text', value: words }] }),
          });
          return response.status;
        }, `${name}.toml`, effect.id, text);
        if (status !== 200) throw new Error(`${name}: the edit was answered ${status}`);
        const times = await Promise.all(waits);
        if (r > 0 && r < rounds) { // the first warms up; the last restores
          slowest.push(Math.max(...times));
          every.push(...times);
        }
      }
      slowest.sort((a, b) => a - b);
      every.sort((a, b) => a - b);
      rows.push({ name, median: quantile(slowest, 0.5), p90: quantile(slowest, 0.9), each: quantile(every, 0.5) });
      await Promise.all(contexts.map((c) => c.close()));
    }
  } finally {
    await browser.close();
  }
  console.log(`edit → all ${PAGES} pages redrawn, ms (${rounds - 1} edits each; goal: median ≤ 300)`);
  console.log('theory              median   p90   one page (median)');
  for (const r of rows) {
    console.log(`${r.name.padEnd(18)} ${String(r.median).padStart(7)} ${String(r.p90).padStart(5)} ${String(r.each).padStart(8)}`);
  }
})().catch((e) => { console.error(e); process.exit(1); });
