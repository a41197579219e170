// Shared by the browser tests: launching Debian's chromium, named checks, axe-core and
// screenshots.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const puppeteer = require('puppeteer-core');

function launch() {
  return puppeteer.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
}

// Runs one named check; a failure is reported and fails the run, the next check still runs.
async function check(name, body) {
  try {
    await body();
    console.log(`ok    ${name}`);
  } catch (e) {
    console.log(`FAIL  ${name}\n      ${String(e && e.message || e).split('\n').join('\n      ')}`);
    process.exitCode = 1;
  }
}

// axe-core's serious and critical violations (WCAG 2.1 A and AA rules), as `rule: targets`.
// Evaluated through the DevTools protocol: the page's own policy lets no injected script run.
async function axe(page) {
  const source = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  }));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(', ')}`);
}

async function shot(page, dir, name) {
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`) });
}

module.exports = { launch, check, axe, shot };
