// Shared by the browser tests: launching Debian's Chromium through
// playwright-core, collecting console errors, page errors and CSP violations,
// and running named steps that stop the test with a clear message.

import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/lib/chromium/chromium';

export async function launch() {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install -y chromium)`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run']
  });
}

// A page whose console errors, uncaught errors and CSP violations are recorded.
export async function newPage(browser, problems) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, deviceScaleFactor: 1 });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile || ''}:${e.lineNumber || ''}`);
    });
  });
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      const loc = msg.location();
      problems.push(`console error: ${msg.text()}${loc && loc.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
    }
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('crash', () => problems.push('page crashed'));
  return page;
}

export function baseUrl(arg) {
  if (!arg || !/^https?:\/\//.test(arg)) return null;
  return arg.replace(/\/+$/, '');
}

// A test's command line, BASE_URL SCREENSHOT_DIR, and for a test that writes
// the token in ATTACHE_TOKEN: exits 1 with the usage when one is missing, and
// makes the screenshot directory.
export function testArgs(name, { token = false } = {}) {
  const base = baseUrl(process.argv[2]);
  const shots = process.argv[3];
  const tok = process.env.ATTACHE_TOKEN;
  if (!base || !shots || (token && !tok)) {
    console.error(`usage: ${token ? 'ATTACHE_TOKEN=TOKEN ' : ''}node tests/browser/${name}.test.mjs BASE_URL SCREENSHOT_DIR`);
    process.exit(1);
  }
  fs.mkdirSync(shots, { recursive: true });
  return { BASE: base, SHOTS: shots, TOKEN: tok };
}

// Steps print "ok - NAME" and the run ends with "N passed, N failed".
export function runner(name) {
  let passed = 0;
  return {
    async step(title, fn) {
      try {
        await fn();
      } catch (e) {
        const err = new Error(`${title}: ${e && e.message ? e.message.split('\n')[0] : e}`);
        err.step = title;
        err.cause = e;
        throw err;
      }
      passed++;
      console.log(`ok - ${title}`);
    },
    finish(failed, message) {
      if (failed) console.error(`FAIL ${name}: ${message}`);
      console.log(`${passed} passed, ${failed ? 1 : 0} failed`);
      return failed ? 1 : 0;
    }
  };
}

// A test's whole run: `body` (which launches the browser and opens the page
// it keeps in its own variables, read back through `browser()` and `page()`)
// runs its steps; then the browser is closed and the exit code returned, 0
// when every step passed. On a failure the page is photographed to
// SHOTS/`failureShot` (by `screenshot`, default shot(): from the top) and
// the failure is printed with what else was seen (`problems`) and where
// the picture is.
export async function runTest(r, { shots, failureShot = 'failure.png', screenshot = shot, problems = [], browser, page },
  body) {
  try {
    await body();
    return r.finish(false);
  } catch (e) {
    const current = page();
    if (current) {
      try { await screenshot(current, shots, failureShot); } catch { /* the page may be gone */ }
    }
    const extra = problems.length && !/problem\(s\)/.test(e.message) ? `\n  also seen:\n  ${problems.join('\n  ')}` : '';
    const detail = e.cause && e.cause.message && e.cause.message.includes('\n') ? `\n  ${e.cause.message.split('\n').slice(1).join('\n  ')}` : '';
    return r.finish(true, `${e.message}${detail}${extra}\n  (screenshot: ${path.join(shots, failureShot)})`);
  } finally {
    const open = browser();
    if (open) await open.close().catch(() => {});
  }
}

export function assert(cond, message) {
  if (!cond) throw new Error(message);
}

export async function shot(page, dir, file) {
  // from the top, so that the sticky header is drawn where it belongs
  await page.evaluate(() => new Promise((done) => { window.scrollTo(0, 0); requestAnimationFrame(() => requestAnimationFrame(done)); }));
  await page.screenshot({ path: path.join(dir, file), fullPage: true });
}

// One of the README's pictures (docs/screenshots/, copied there by
// tools/screenshots.sh): readme-NAME.png, `url` opened in a page of its own
// at 1200x800, the top of it (or one element), so that the files stay small.
export async function readmeShot(browser, url, ready, dir, name, element) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 }, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await waitReady(page, ready);
    const file = path.join(dir, `readme-${name}.png`);
    if (element) await page.locator(element).screenshot({ path: file });
    else await page.screenshot({ path: file });
  } finally {
    await context.close();
  }
}

// Waits until the single-page app has rendered the current route.
export async function waitReady(page, selector, timeout = 15000) {
  await page.waitForFunction(
    (sel) => {
      const s = document.body && document.body.dataset.state;
      // the view on screen must be the one of the current location
      if (document.body.dataset.hash !== location.hash) return false;
      if (s === 'error') return true;
      return s === 'ready' && (!sel || document.querySelector(sel));
    },
    selector, { timeout });
  const state = await page.evaluate(() => document.body.dataset.state);
  if (state === 'error') {
    const msg = await page.evaluate(() => (document.querySelector('#app .error') || {}).textContent || '');
    throw new Error(`the page shows an error: ${msg.trim()}`);
  }
}

// "Quốc  Phòng" and "quốc phòng" are the same; tone marks must be there.
export function normalizeText(s) {
  return String(s).normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
}
