#!/usr/bin/env node
// Article text is untrusted: markup in it must be shown as text, never run.
//
//   node tests/browser/xss.test.mjs BASE_URL SOURCE_ID SCREENSHOT_DIR
//
// The server's database holds the document SOURCE_ID whose text contains
// `<script>window.__xss=1</script>` and `<img src=x onerror="window.__xss=1">`.
// The test opens #/source/SOURCE_ID and a search for "script" and checks that
// window.__xss stays undefined, that no <script> or <img> element came from
// the data (the literal "<script>" is visible instead), that no element has
// an on* attribute or a javascript: link, that no dialog opened, and that
// there were no console errors, page errors or CSP violations. Writes xss.png
// (and xss-search.png, failure.png on failure) into SCREENSHOT_DIR.
// Exit code 0 on success, 1 on failure (or bad usage).

import fs from 'node:fs';
import { launch, newPage, baseUrl, runner, assert, shot, waitReady, runTest } from './harness.mjs';

const BASE = baseUrl(process.argv[2]);
const SOURCE_ID = process.argv[3];
const SHOTS = process.argv[4];
if (!BASE || !SOURCE_ID || !SHOTS) {
  console.error('usage: node tests/browser/xss.test.mjs BASE_URL SOURCE_ID SCREENSHOT_DIR');
  process.exit(1);
}
fs.mkdirSync(SHOTS, { recursive: true });

// the page's own scripts; any other <script> element came from somewhere else
const OWN_SCRIPTS = ['/vendor/chart.js', '/vendor/cytoscape.js', '/vendor/topojson-client.js', '/i18n.js', '/app.js'];

const problems = [];
const dialogs = [];
const r = runner('xss');
let browser;
let page;

async function checkDom(where) {
  const dom = await page.evaluate((own) => {
    const scripts = Array.from(document.querySelectorAll('script')).map((s) => ({
      src: s.getAttribute('src'), inline: !s.hasAttribute('src'), text: s.textContent.slice(0, 80)
    }));
    const foreignScripts = scripts.filter((s) => s.inline || !own.includes(s.src));
    const images = Array.from(document.querySelectorAll('img, image, iframe, object, embed, svg script'))
      .map((e) => e.outerHTML.slice(0, 120));
    const handlers = [];
    const jsLinks = [];
    for (const el of document.querySelectorAll('*')) {
      for (const a of el.attributes) {
        if (/^on/i.test(a.name)) handlers.push(`<${el.tagName.toLowerCase()} ${a.name}="${a.value.slice(0, 60)}">`);
        if (/^(href|src|action|formaction|xlink:href)$/i.test(a.name) && /^\s*(javascript|data|vbscript):/i.test(a.value) &&
            !(el.tagName === 'LINK' && a.value === 'data:,')) {
          jsLinks.push(`<${el.tagName.toLowerCase()} ${a.name}="${a.value.slice(0, 60)}">`);
        }
      }
    }
    const bold = Array.from(document.querySelectorAll('#app b, #app i')).length;
    return { xss: typeof window.__xss, foreignScripts, images, handlers, jsLinks, bold };
  }, OWN_SCRIPTS);
  assert(dom.xss === 'undefined', `${where}: window.__xss is set (${dom.xss}): the data's script ran`);
  assert(dom.foreignScripts.length === 0, `${where}: script elements not from the page: ${JSON.stringify(dom.foreignScripts)}`);
  assert(dom.images.length === 0, `${where}: elements made from the data: ${dom.images.join(', ')}`);
  assert(dom.handlers.length === 0, `${where}: elements with event-handler attributes: ${dom.handlers.join(', ')}`);
  assert(dom.jsLinks.length === 0, `${where}: script links: ${dom.jsLinks.join(', ')}`);
  assert(dom.bold === 0, `${where}: <b>/<i> elements in the page: markup from the data was parsed`);
  assert(dialogs.length === 0, `${where}: a dialog opened: ${dialogs.join(', ')}`);
}

const code = await runTest(r, { shots: SHOTS, problems, browser: () => browser, page: () => page }, async () => {
  browser = await launch();
  page = await newPage(browser, problems);
  page.setDefaultTimeout(15000);
  page.on('dialog', (d) => { dialogs.push(`${d.type()}: ${d.message()}`); d.dismiss().catch(() => {}); });
  page.on('popup', (p) => { dialogs.push(`popup: ${p.url()}`); });

  await r.step(`the source ${SOURCE_ID} shows its markup as text`, async () => {
    await page.goto(`${BASE}/#/source/${encodeURIComponent(SOURCE_ID)}`, { waitUntil: 'networkidle' });
    await waitReady(page, '#source-view');
    await page.waitForTimeout(1000); // time for a smuggled onerror or timer to fire
    await checkDom('source page');
    const text = await page.locator('#source-view').innerText();
    assert(text.includes('<script>'), 'the literal text "<script>" is not on the source page');
    assert(await page.locator('#source-view').getByText('<script>', { exact: false }).first().isVisible(),
      'the literal "<script>" is not visible');
    await shot(page, SHOTS, 'xss.png');
  });

  await r.step('a search for "script" shows the markup as text', async () => {
    await page.goto(`${BASE}/#/search?q=script`, { waitUntil: 'networkidle' });
    await waitReady(page, '#search-results');
    await page.waitForTimeout(1000);
    await checkDom('search page');
    const results = await page.locator('#search-results .search-result').count();
    assert(results > 0, 'the search for "script" found nothing');
    const marks = await page.locator('#search-results mark').allTextContents();
    assert(marks.some((m) => m.toLowerCase().includes('script')), 'no <mark> around "script"');
    const text = await page.locator('#search-results').innerText();
    assert(text.includes('<script>') || text.includes('</script>'), 'the literal "<script>" is not in the results');
    await shot(page, SHOTS, 'xss-search.png');
  });

  await r.step('the source link from the search opens the same text safely', async () => {
    const link = page.locator(`#search-results a.source-link[href="#/source/${encodeURIComponent(SOURCE_ID)}"]`).first();
    if (await link.count() > 0) {
      await link.click();
      await waitReady(page, '#source-view');
      await page.waitForTimeout(500);
      await checkDom('source page (from search)');
    }
  });

  await r.step('no console errors, page errors, CSP violations or dialogs', async () => {
    assert(problems.length === 0, `${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
    assert(dialogs.length === 0, `dialogs: ${dialogs.join(', ')}`);
  });
});
process.exit(code);
