#!/usr/bin/env node
// The web UI as a person uses it, in headless Chromium:
//
//   node tests/browser/ui.test.mjs BASE_URL SCREENSHOT_DIR
//
// dashboard (counts, charts, the partners who meet most) -> the network view
// -> a partner's profile (France
// if present) -> the events list filtered by type "talks" -> an event and a
// person -> a search for "quoc phong" without tone marks -> the language
// toggle. Fails on any console error, page error or CSP violation. Writes
// dashboard.png, partner.png, events.png, search.png, english.png (and
// event.png, person.png, failure.png on failure) into SCREENSHOT_DIR.
// Exit code 0 on success, 1 on failure (or bad usage).

import { launch, newPage, testArgs, runner, assert, shot, waitReady, normalizeText, runTest } from './harness.mjs';

const { BASE, SHOTS } = testArgs('ui');

const problems = [];
const r = runner('ui');
let browser;
let page;

const code = await runTest(r, { shots: SHOTS, problems, browser: () => browser, page: () => page }, async () => {
  browser = await launch();
  page = await newPage(browser, problems);
  page.setDefaultTimeout(15000);

  await r.step('dashboard loads with counts, charts and the partners who meet most', async () => {
    await page.goto(`${BASE}/#/`, { waitUntil: 'networkidle' });
    await waitReady(page, '#dashboard[data-ready="true"]');
    assert(await page.evaluate(() => document.documentElement.lang) === 'vi', 'the default language is not Vietnamese');
    const cards = await page.locator('#stats .stat-card').count();
    assert(cards > 0, 'no counts on the dashboard');
    const events = await page.locator('#stats .stat-card[data-what="events"] .stat-value').textContent();
    assert(events && /\d/.test(events), 'the events count is missing');
    for (const id of ['chart-periods', 'chart-figures']) {
      const info = await page.evaluate((cid) => {
        const c = globalThis.Chart && globalThis.Chart.getChart(cid);
        const el = document.getElementById(cid);
        return c ? { datasets: c.data.datasets.length, w: el.width, h: el.height } : null;
      }, id);
      assert(info, `chart #${id} was not drawn`);
      assert(info.w > 0 && info.h > 0, `chart #${id} has no size`);
    }
    // Every event is counted: on the chart by its own or its reports' year,
    // or in the note as undated.
    const counted = await page.evaluate(() => {
      const c = globalThis.Chart.getChart('chart-periods');
      let drawn = 0;
      c.data.datasets.forEach((d) => d.data.forEach((v) => { drawn += v; }));
      const note = document.getElementById('periods-note');
      return { drawn, undated: Number(note.dataset.undated), reported: Number(note.dataset.reported), text: note.textContent };
    });
    const total = Number((await page.locator('#stats .stat-card[data-what="events"]').getAttribute('data-count')));
    assert(counted.drawn > 0, 'the events-per-year chart has no data');
    assert(counted.drawn + counted.undated === total, `the chart counts ${counted.drawn} + ${counted.undated} undated of ${total} events`);
    assert(counted.reported > 0 && /\d/.test(counted.text), `the note does not say how many are placed by their reports: ${counted.text}`);
    // by quarter: those known only to their year are counted apart too, in the note
    await page.click('#periods-quarter');
    const quarters = await page.evaluate(() => {
      const c = globalThis.Chart.getChart('chart-periods');
      let drawn = 0;
      c.data.datasets.forEach((d) => d.data.forEach((v) => { drawn += v; }));
      const note = document.getElementById('periods-note');
      return { drawn, undated: Number(note.dataset.undated), yearOnly: Number(note.dataset.yearOnly), first: c.data.labels[0], text: note.textContent };
    });
    assert(/^\d{4} Q[1-4]$/.test(quarters.first), `the quarter view's first period is "${quarters.first}"`);
    assert(quarters.drawn + quarters.yearOnly + quarters.undated === total,
      `by quarter: ${quarters.drawn} drawn + ${quarters.yearOnly} known to the year + ${quarters.undated} undated of ${total} events`);
    assert(quarters.yearOnly > 0 && quarters.text.includes(String(quarters.yearOnly)), `the note does not count those known to the year: ${quarters.text}`);
    await page.click('#periods-year');
    // the partners who meet most: the strongest links of #/network, no star around Vietnam
    const want = await page.evaluate(async () => (await (await fetch('/api/network/partners?limit=5')).json()).edges);
    const listed = await page.locator('#network-preview li[data-weight]').evaluateAll((lis) =>
      lis.map((li) => `${li.dataset.source} ${li.dataset.target} ${li.dataset.weight}`));
    assert(want.length > 0, 'no partners linked in the dev corpus');
    assert(JSON.stringify(listed) === JSON.stringify(want.map((e) => `${e.source} ${e.target} ${e.weight}`)),
      `the dashboard lists ${listed.join('; ')}, the API's strongest links are other`);
    assert(await page.locator('#partner-network').count() === 0 && !(await page.evaluate(() => globalThis.attacheNetwork)),
      'the star network around Vietnam is still drawn');
    const links = await page.locator('#partners-table a.partner-link').count();
    assert(links > 0, 'the partner list is empty');
    await shot(page, SHOTS, 'dashboard.png');
  });

  await r.step('the dashboard\'s network panel opens the network view', async () => {
    await page.click('#panel-network a.more-link');
    await page.waitForFunction(() => location.hash.startsWith('#/network'));
    await waitReady(page, '#network-graph[data-ready="true"]');
    assert(await page.evaluate(() => globalThis.attacheNetwork.nodes().length) > 1, 'the network view drew no partners');
    await page.goto(`${BASE}/#/`, { waitUntil: 'networkidle' });
    await waitReady(page, '#dashboard[data-ready="true"]');
  });

  await r.step('a partner link in the list opens the partner profile', async () => {
    let link = page.locator('#partners-table a.partner-link[data-code="FR"]');
    if (await link.count() === 0) link = page.locator('#partners-table a.partner-link');
    link = link.first();
    const pcode = await link.getAttribute('data-code');
    const name = (await link.textContent()).trim();
    await link.click();
    await page.waitForFunction((c) => location.hash === `#/partner/${encodeURIComponent(c)}`, pcode);
    await waitReady(page, '#partner-view');
    const heading = (await page.locator('#partner-name').textContent()).trim();
    assert(heading === name, `the profile is headed "${heading}", expected "${name}"`);
    assert(await page.locator('#partner-view').getAttribute('data-code') === pcode, 'the profile is of another partner');
    assert(await page.locator('#partner-view h2').count() >= 3, 'the profile has no sections');
    await shot(page, SHOTS, 'partner.png');
  });

  let talksLabel;
  await r.step('the events list filtered by type "talks" shows only talks', async () => {
    await page.click('#nav-events');
    await page.waitForFunction(() => location.hash.startsWith('#/events'));
    await waitReady(page, '#events-view #events-table');
    await page.selectOption('#f-type', 'talks');
    await page.waitForFunction(() => /[?&]type=talks(&|$)/.test(location.hash));
    await waitReady(page, '#events-view #events-table');
    talksLabel = await page.evaluate(() => globalThis.AttacheI18n.code('vi', 'type', 'talks'));
    const check = async () => {
      const rows = await page.locator('#events-table tr.event-row').evaluateAll((trs) => trs.map((tr) => ({
        type: tr.dataset.type,
        label: (tr.querySelector('.event-type') || {}).textContent,
        visible: !!(tr.offsetWidth || tr.offsetHeight)
      })));
      assert(rows.length > 0, 'no talks in the list');
      rows.forEach((row, i) => {
        assert(row.visible, `row ${i + 1} is not visible`);
        assert(row.type === 'talks', `row ${i + 1} is of type "${row.type}"`);
        assert(row.label && row.label.trim() === talksLabel, `row ${i + 1} is labelled "${row.label}", expected "${talksLabel}"`);
      });
      return rows.length;
    };
    const n = await check();
    const more = page.locator('#events-more');
    if (await more.isVisible()) {
      await more.click();
      await page.waitForFunction((k) => document.querySelectorAll('#events-table tr.event-row').length > k, n);
      await check();
    }
    assert(await page.locator('#f-type').inputValue() === 'talks', 'the type filter does not show "talks"');
    // the download links carry the filters; the CSV they fetch holds the talks listed
    const csvHref = await page.locator('#events-downloads a[data-format="csv"]').getAttribute('href');
    assert(/^\/api\/export\?/.test(csvHref) && /[?&]type=talks(&|$)/.test(csvHref), `CSV link is "${csvHref}"`);
    const csv = await page.evaluate(async (u) => {
      const resp = await fetch(u);
      return { disposition: resp.headers.get('content-disposition'), text: await resp.text() };
    }, csvHref);
    assert(/attachment; filename="attache-events.csv"/.test(csv.disposition), `download named "${csv.disposition}"`);
    const types = csv.text.trim().split('\n').slice(1).map((line) => line.split(',')[1]);
    assert(types.length >= n && types.every((ty) => ty === 'talks'), `the CSV holds ${types.length} rows, not only talks`);
    await shot(page, SHOTS, 'events.png');
  });

  await r.step('an event opens with its evidence, sources and participants', async () => {
    await page.locator('#events-table tr.event-row a.event-link').first().click();
    await page.waitForFunction(() => location.hash.startsWith('#/event/'));
    await waitReady(page, '#event-view');
    assert(await page.locator('#event-view').getAttribute('data-type') === 'talks', 'the event is not a talks event');
    const sources = await page.locator('#event-view a.source-link').count();
    assert(sources > 0, 'the event shows no source link');
    const external = await page.locator('#event-view a.external').evaluateAll((as) => as.map((a) => a.rel));
    external.forEach((rel) => assert(/noopener/.test(rel) && /noreferrer/.test(rel), `external link rel is "${rel}"`));
    await shot(page, SHOTS, 'event.png');
    const person = page.locator('#event-participants a.person-link[href^="#/person/"]');
    if (await person.count() > 0) {
      const who = (await person.first().textContent()).trim();
      await person.first().click();
      await waitReady(page, '#person-view');
      const heading = (await page.locator('#person-name').textContent()).trim();
      assert(heading === who, `the person page is headed "${heading}", expected "${who}"`);
      await shot(page, SHOTS, 'person.png');
    }
  });

  await r.step('a search for "quoc phong" finds "quốc phòng" and marks it', async () => {
    await page.click('#nav-search');
    await waitReady(page, '#search-view #search-input');
    await page.fill('#search-input', 'quoc phong');
    await page.press('#search-input', 'Enter');
    await page.waitForFunction(() => /^#\/search\?q=quoc(\+|%20)phong$/.test(location.hash));
    await waitReady(page, '#search-results');
    const marks = await page.locator('#search-results mark').allTextContents();
    assert(marks.length > 0, 'no <mark> in the results');
    const want = normalizeText('quốc phòng');
    assert(marks.some((m) => normalizeText(m) === want),
      `no mark reads "quốc phòng" (marks: ${marks.slice(0, 5).map((m) => JSON.stringify(m)).join(', ')})`);
    assert(await page.locator('#search-results .search-result a.source-link').count() > 0, 'results do not link their sources');
    const more = page.locator('#search-more');
    if (await more.isVisible()) {
      const n = await page.locator('#search-results .search-result').count();
      await more.click();
      await page.waitForFunction((k) => document.querySelectorAll('#search-results .search-result').length > k, n);
      const unmarked = await page.locator('#search-results .search-result').evaluateAll(
        (lis) => lis.filter((li) => !li.querySelector('mark')).length);
      assert(unmarked === 0, `${unmarked} result(s) without a <mark> after "more"`);
    }
    await shot(page, SHOTS, 'search.png');
  });

  await r.step('the language toggle switches the labels to English and back', async () => {
    const before = (await page.locator('#nav-events').textContent()).trim();
    assert(before === 'Sự kiện', `the events link reads "${before}" in Vietnamese`);
    await page.click('#lang-toggle');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await waitReady(page, '#search-results');
    const after = (await page.locator('#nav-events').textContent()).trim();
    assert(after === 'Events', `the events link reads "${after}" after the toggle`);
    const h1 = (await page.locator('#search-view h1').textContent()).trim();
    assert(h1 === 'Search', `the search page is headed "${h1}" in English`);
    await page.click('#nav-dashboard');
    await waitReady(page, '#dashboard[data-ready="true"]');
    const names = await page.evaluate(async () => {
      const res = await fetch('/api/partners');
      const body = await res.json();
      const en = new Map(body.partners.map((p) => [p.partner, p.name]));
      return Array.from(document.querySelectorAll('#partners-table a.partner-link')).slice(0, 5)
        .map((a) => ({ code: a.dataset.code, shown: a.textContent.trim(), en: en.get(a.dataset.code) }));
    });
    names.forEach((n) => {
      if (n.en) assert(n.shown === n.en, `${n.code} is shown as "${n.shown}", expected "${n.en}"`);
    });
    const talks = await page.evaluate(() => globalThis.AttacheI18n.code('en', 'type', 'talks'));
    assert(talks === 'Talks' && talks !== talksLabel, 'event types are not translated');
    await shot(page, SHOTS, 'english.png');
    await page.click('#lang-toggle');
    await page.waitForFunction(() => document.documentElement.lang === 'vi');
    await waitReady(page, '#dashboard[data-ready="true"]');
    assert((await page.locator('#nav-events').textContent()).trim() === before, 'the toggle does not switch back');
  });

  await r.step('no console errors, page errors or CSP violations', async () => {
    await page.waitForTimeout(300);
    assert(problems.length === 0, `${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  });
});
process.exit(code);
