#!/usr/bin/env node
// The analyst's pages, in headless Chromium, in both languages and at phone
// size, each checked against the API it shows:
//
//   node tests/browser/pages.test.mjs BASE_URL SCREENSHOT_DIR
//
// #/partners (sort, totals, CSV = the table's rows), #/people (ranks on one
// scale), #/agreements, #/figures, #/mechanisms (named, not coded), a
// partner's relationship over time (events per year, framework milestones,
// timeline), #/compare?partners=JP,US (both), #/network (the API's nodes and
// links, a time range, the strongest on a phone), #/map (partners drawn), an
// undated event shown with its reported date, and every new page at 390x844
// with no horizontal overflow. Screenshots: partners.png, people-en.png,
// timeline.png, compare.png, map.png, phone-*.png and more, and the README's
// pictures readme-{dashboard,timeline,compare,map,network}.png (in English,
// 1200x800; tools/screenshots.sh copies them to docs/screenshots/).

import fs from 'node:fs';
import { launch, newPage, testArgs, runner, assert, shot, readmeShot, waitReady, runTest } from './harness.mjs';

const { BASE, SHOTS } = testArgs('pages');

const problems = [];
const r = runner('pages');
let browser;
let page;

const api = (p) => page.evaluate(async (path) => (await fetch(path)).json(), p);
const go = async (hash, selector) => {
  await page.goto(`${BASE}/${hash}`);
  await waitReady(page, selector);
};
// letters only Vietnamese writes (an English page must show none of them)
const VIETNAMESE = /[ăâđêôơưạảãàáầấậẩẫằắặẳẵẹẻẽèềếệểễịỉĩìíọỏõòóồốộổỗờớợởỡụủũùúừứựửữỵỷỹỳý]/i;
const placed = (e) => (e.date && !e.date.startsWith('X') ? e.date : e.reported || '');

const code = await runTest(r, { shots: SHOTS, failureShot: 'pages-failure.png', problems, browser: () => browser, page: () => page,
  screenshot: (p, dir, file) => p.screenshot({ path: `${dir}/${file}`, fullPage: true }) }, async () => {
  browser = await launch();
  page = await newPage(browser, problems);
  page.setDefaultTimeout(15000);
  await page.goto(`${BASE}/#/`);
  await waitReady(page, '#dashboard');

  await r.step('#/partners: every partner, totals, sorting, and a CSV of the same rows', async () => {
    const want = (await api('/api/partners')).partners;
    await go('#/partners?lang=vi', '#partners-list');
    const rows = await page.locator('#partners-list tbody tr').count();
    const total = Number(await page.locator('#partners-list').getAttribute('data-rows'));
    assert(total === want.length, `the table holds ${total} partners, the API ${want.length}`);
    assert(rows === Math.min(50, want.length), `${rows} rows on the first page`);
    const sum = want.reduce((s, p) => s + p.events, 0);
    const shownSum = Number(await page.locator('#partners-list tfoot td[data-total]').first().getAttribute('data-total'));
    assert(shownSum === sum, `the events total is ${shownSum}, the API's ${sum}`);
    // sort by events, descending (two clicks): the first row is the partner with most events
    const th = page.locator('#partners-list thead th').nth(2);
    await th.locator('button').click();
    await th.locator('button').click();
    assert(await th.getAttribute('aria-sort') === 'descending', 'the events column does not say it is sorted');
    const firstCode = await page.locator('#partners-list tbody tr a.partner-link').first().getAttribute('data-code');
    const most = want.slice().sort((a, b) => b.events - a.events)[0];
    assert(want.find((p) => p.partner === firstCode).events === most.events, `sorted first: ${firstCode}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#partners-view .csv-link')]);
    const csv = fs.readFileSync(await download.path(), 'utf8').trim().split(/\r\n/);
    assert(csv[0].startsWith('partner,name,'), `CSV header: ${csv[0]}`);
    const codes = csv.slice(1).map((l) => l.split(',')[0]).sort();
    assert(JSON.stringify(codes) === JSON.stringify(want.map((p) => p.partner).sort()), 'the CSV rows are not the table\'s rows');
    await shot(page, SHOTS, 'partners.png');
  });

  await r.step('a filtered events list downloads as CSV with the rows on screen, and the export link with all of them', async () => {
    await go('#/events?partner=US&lang=vi', '#events-table');
    const ids = await page.locator('#events-table tbody tr.event-row').evaluateAll((trs) => trs.map((t) => t.dataset.id));
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#events-results .csv-link')]);
    const csv = fs.readFileSync(await download.path(), 'utf8').trim().split(/\r\n/);
    assert(csv[0].startsWith('id,'), `CSV header: ${csv[0]}`);
    const csvIds = csv.slice(1).map((l) => l.split(',')[0]);
    assert(JSON.stringify(csvIds) === JSON.stringify(ids), `CSV ids ${csvIds.length}, table ${ids.length}`);
    // the whole filtered list: the export's CSV link, with the list's filters
    const href = await page.locator('#events-downloads a[data-format="csv"]').getAttribute('href');
    assert(/partner=US/.test(href), `the CSV download link: ${href}`);
    const apiRows = (await page.evaluate(async (u) => (await fetch(u)).text(), href)).trim().split(/\r?\n/).length - 1;
    const want = (await api('/api/events?partner=US&limit=1000')).events.length;
    assert(apiRows === want, `the filtered CSV has ${apiRows} rows, the list ${want}`);
  });

  await r.step('#/people in English: ranks on one scale, labelled in English', async () => {
    await go('#/people?lang=en', '#people-list');
    assert(await page.evaluate(() => document.documentElement.lang) === 'en', 'not in English');
    assert((await page.locator('#people-view h1').textContent()).trim() === 'People', 'heading');
    const ranks = await page.locator('#people-list .rank[data-rank]').evaluateAll((els) =>
      els.map((e) => ({ cls: e.dataset.rank, shown: e.textContent.trim(), written: e.title })));
    assert(ranks.length > 0, 'no rank mapped to the scale');
    const labels = await api('/api/labels');
    ranks.forEach((x) => assert(x.shown === labels.rank[x.cls].en, `${x.written} shown as ${x.shown}`));
    const written = new Set(ranks.filter((x) => x.cls === 'G3').map((x) => x.written));
    assert(ranks.some((x) => x.cls === 'G3' && x.shown === 'Senior Lieutenant General'), 'no Senior Lieutenant General');
    assert(!ranks.some((x) => /[ạảãàáâầấậẩẫăằắặẳẵ]/.test(x.shown)), 'a Vietnamese rank in the English page');
    console.log(`  (G3 written as: ${[...written].join(' | ')})`);
    // offices: none shown in Vietnamese in the English page; one written in
    // Vietnamese is labelled in English, office and body, the words as written in the title
    const offices = await page.locator('#people-list .position').evaluateAll((els) =>
      els.map((e) => ({ shown: e.textContent.trim(), written: e.title })));
    assert(offices.length > 0, 'no offices on #/people');
    offices.forEach((o) => assert(!VIETNAMESE.test(o.shown), `a Vietnamese office in the English page: ${o.shown} (${o.written})`));
    const english = new Map(offices.filter((o) => o.written).map((o) => [o.written, o.shown]));
    for (const [written, want] of [['Thứ trưởng Bộ Quốc phòng', 'Deputy Minister of National Defence'],
      ['Bộ trưởng Quốc phòng', 'Minister of National Defence'], ['Tổng tham mưu trưởng', 'Chief of the General Staff']]) {
      assert(english.get(written) === want, `"${written}" is shown as "${english.get(written)}" in English, not "${want}"`);
    }
    const person = await page.locator('#people-list tr', { has: page.locator('.position[title="Thứ trưởng Bộ Quốc phòng"]') })
      .first().locator('a.person-link').getAttribute('href');
    // and one written in English is labelled in Vietnamese in the Vietnamese page
    await go('#/people?lang=vi', '#people-list');
    const vietnamese = new Map(await page.locator('#people-list .position[title]').evaluateAll((els) =>
      els.map((e) => [e.title, e.textContent.trim()])));
    // (English spells it either way; the data may hold one spelling only)
    const minister = ['Defense Minister', 'Defence Minister'].filter((w) => vietnamese.has(w));
    assert(minister.length > 0, 'no "Defense Minister" or "Defence Minister" written on #/people');
    minister.forEach((w) => assert(vietnamese.get(w) === 'Bộ trưởng Quốc phòng', `"${w}" in Vietnamese: ${vietnamese.get(w)}`));
    // the people of a partner, and a person's offices, in English
    for (const hash of [`#/partner/${(await api('/api/partners')).partners[0].partner}?lang=en`, `${person.replace(/\?.*/, '')}?lang=en`]) {
      await go(hash, '.position');
      const shown = await page.locator('.position').allTextContents();
      shown.forEach((x) => assert(!VIETNAMESE.test(x), `${hash}: a Vietnamese office in the English page: ${x}`));
    }
    await shot(page, SHOTS, 'people-en.png');
  });

  await r.step('#/agreements, #/figures, #/mechanisms hold what the API holds', async () => {
    for (const [hash, id, path, key] of [['#/agreements', '#agreements-list', '/api/agreements?limit=1000', 'agreements'],
      ['#/figures', '#figures-list', '/api/figures?limit=1000', 'figures'], ['#/mechanisms', '#mechanisms-list', '/api/mechanisms', 'mechanisms']]) {
      const want = (await api(path))[key].length;
      await go(hash, id);
      const n = Number(await page.locator(id).getAttribute('data-rows'));
      assert(n === want, `${hash}: ${n} rows, the API ${want}`);
    }
    await go('#/mechanisms?lang=en', '#mechanisms-list');
    const names = await page.locator('#mechanisms-list a.mechanism-link').allTextContents();
    assert(names.includes('Shangri-La Dialogue'), `mechanisms are shown by code: ${names.join(', ')}`);
    await shot(page, SHOTS, 'mechanisms-en.png');
  });

  let partner;
  await r.step('a partner\'s relationship over time: events per year, milestones, timeline', async () => {
    const list = (await api('/api/partners')).partners;
    partner = list[0]; // the partner with most events
    const profile = await api(`/api/partners/${partner.partner}`);
    const events = (await api(`/api/events?partner=${partner.partner}&limit=1000`)).events;
    const perYear = {};
    events.forEach((e) => { const y = placed(e).slice(0, 4); if (y) perYear[y] = (perYear[y] || 0) + 1; });
    await go(`#/partner/${partner.partner}?lang=en`, '#partner-timeline-chart[data-ready="true"]');
    const drawn = await page.evaluate(() => {
      const c = globalThis.Chart.getChart('partner-timeline-chart');
      const out = {};
      c.data.labels.forEach((y, i) => { out[y] = c.data.datasets.reduce((s, d) => s + d.data[i], 0); });
      return out;
    });
    Object.keys(perYear).forEach((y) => assert(drawn[y] === perYear[y], `${y}: ${drawn[y]} drawn, ${perYear[y]} in the API`));
    const undated = events.filter((e) => !placed(e)).length;
    assert(Number(await page.locator('#partner-timeline-note').getAttribute('data-undated')) === undated, 'undated count');
    const withYear = profile.frameworks.filter((f) => f.since || /^\d{4}/.test(f.as_of || '')).length;
    assert(Number(await page.locator('#partner-timeline-chart').getAttribute('data-milestones')) === withYear, 'milestones');
    const items = await page.locator('#partner-timeline .timeline-item').count();
    assert(items > 0, 'the timeline is empty');
    await page.locator('#partner-over-time').scrollIntoViewIfNeeded();
    await page.locator('#partner-over-time').screenshot({ path: `${SHOTS}/timeline.png` });
    await readmeShot(browser, page.url(), '#partner-timeline-chart[data-ready="true"]', SHOTS, 'timeline', '#partner-over-time');
  });

  await r.step('a long profile comes in pages: the API pages each list, the page asks for the next, the CSV has every row', async () => {
    const code = partner.partner;
    const whole = {};
    for (const list of ['events', 'agreements', 'people', 'figures', 'timeline']) {
      whole[list] = (await api(`/api/partners/${code}/${list}?limit=1000`))[list];
    }
    const profile = await api(`/api/partners/${code}?limit=5`);
    for (const list of Object.keys(whole)) {
      assert(profile.totals[0][list] === whole[list].length, `${list}: total ${profile.totals[0][list]}, the list ${whole[list].length}`);
      assert(profile[list].length === Math.min(5, whole[list].length), `${list}: ${profile[list].length} rows in a page of 5`);
    }
    assert(whole.events.length > 10, `${code} has only ${whole.events.length} events`);
    const ids = (trs) => trs.map((t) => t.dataset.id);
    for (const lang of ['en', 'vi']) {
      await go(`#/partner/${code}?rows=5&lang=${lang}`, '#partner-events-table');
      const table = page.locator('#partner-events-table');
      assert(Number(await table.getAttribute('data-rows')) === whole.events.length, 'the footer does not count the whole list');
      let shown = await page.locator('#partner-events-table tbody tr.event-row').evaluateAll(ids);
      assert(JSON.stringify(shown) === JSON.stringify(whole.events.slice(0, 5).map((e) => String(e.id))), `page 1: ${shown}`);
      const info = (await page.locator('#partner-events .page-info').textContent()).trim();
      const of = lang === 'en' ? `1–5 of ${whole.events.length}` : `1–5 / ${whole.events.length}`;
      assert(info === of, `the pager reads "${info}", not "${of}"`);
      await page.click('#partner-events .page-next');
      await page.waitForFunction(() => document.querySelector('#partner-events-table').dataset.page === '1');
      shown = await page.locator('#partner-events-table tbody tr.event-row').evaluateAll(ids);
      assert(JSON.stringify(shown) === JSON.stringify(whole.events.slice(5, 10).map((e) => String(e.id))), `page 2: ${shown}`);
      await page.click('#partner-events .page-prev');
      await page.waitForFunction(() => document.querySelector('#partner-events-table').dataset.page === '0');
    }
    // the timeline: its newest page, then "more" adds the next page (the frameworks are drawn with it)
    await go(`#/partner/${code}?rows=5&lang=en`, '#partner-timeline');
    const timelineIds = () => page.locator('#partner-timeline .timeline-item:not([data-kind="framework"]) a.event-link')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href').split('?')[0].split('/').pop()));
    const timelineEvents = (n) => whole.timeline.slice(0, n).filter((x) => x.record === 'event').map((x) => String(x.id));
    let items = await timelineIds();
    assert(JSON.stringify(items) === JSON.stringify(timelineEvents(5)), `timeline page 1: ${items}`);
    const more = page.locator('#partner-over-time .timeline-more');
    assert((await more.isVisible()) === whole.timeline.length > 5, `"more" shown with ${whole.timeline.length} items`);
    if (whole.timeline.length > 5) {
      await more.click();
      const want = timelineEvents(10);
      await page.waitForFunction((n) => document.querySelectorAll('#partner-timeline a.event-link').length === n, want.length);
      items = await timelineIds();
      assert(JSON.stringify(items) === JSON.stringify(want), `timeline pages 1-2: ${items}`);
    }
    // the CSV link downloads every row of the list, not the page
    await go(`#/partner/${code}?rows=5&lang=en`, '#partner-events-table');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#partner-events .csv-link')]);
    const csv = fs.readFileSync(await download.path(), 'utf8').trim().split(/\r?\n/);
    assert(JSON.stringify(csv.slice(1).map((l) => l.split(',')[0])) === JSON.stringify(whole.events.map((e) => String(e.id))),
      `the CSV holds ${csv.length - 1} rows, the list ${whole.events.length}`);
    // the people: a page of five, the total of all
    if (whole.people.length > 5) {
      assert(await page.locator('#partner-people-table tbody tr').count() === 5, 'people: not a page of 5');
      assert(Number(await page.locator('#partner-people-table').getAttribute('data-rows')) === whole.people.length, 'people: total');
    }
  });

  await r.step('a person\'s long lists come in pages: every event, office and person met is shown, page after page', async () => {
    const who = (await api('/api/people?limit=1')).people[0];
    const whole = {};
    for (const list of ['offices', 'events', 'met']) whole[list] = (await api(`/api/people/${who.id}/${list}?limit=1000`))[list];
    const profile = await api(`/api/people/${who.id}?limit=2`);
    assert(profile.totals[0].offices === whole.offices.length && profile.totals[0].met === whole.met.length
      && profile.person[0].events === whole.events.length, `totals ${JSON.stringify(profile.totals)}, events ${profile.person[0].events}`);
    assert(whole.events.length > 4, `person ${who.id} has only ${whole.events.length} events`);
    // the events by keyset: each page starts after the last event of the one before
    let cursor = null, ids = [];
    do {
      const body = await api(`/api/people/${who.id}/events?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      ids = ids.concat(body.events.map((e) => e.id));
      cursor = body.next_cursor;
      assert(!cursor || cursor === `e${body.events[1].id}`, `next_cursor ${cursor}`);
    } while (cursor);
    assert(JSON.stringify(ids) === JSON.stringify(whole.events.map((e) => e.id)), `paged by keyset: ${ids}`);
    await go(`#/person/${who.id}?rows=2&lang=en`, '#person-events');
    const rowIds = (trs) => trs.map((t) => t.dataset.id);
    assert(Number(await page.locator('#person-events').getAttribute('data-rows')) === whole.events.length, 'the footer counts every event');
    let shown = [];
    for (let p = 0; ; p++) {
      shown = shown.concat(await page.locator('#person-events tbody tr.event-row').evaluateAll(rowIds));
      const next = page.locator('#person-events').locator('xpath=ancestor::div[@data-paged="server"]').locator('.page-next');
      if (await next.isDisabled()) break;
      await next.click();
      await page.waitForFunction((n) => document.querySelector('#person-events').dataset.page === String(n), p + 1);
    }
    assert(JSON.stringify(shown) === JSON.stringify(whole.events.map((e) => String(e.id))), `the pages show ${shown}`);
    assert(Number(await page.locator('#person-offices').getAttribute('data-rows')) === whole.offices.length, 'offices: total');
    assert(await page.locator('#person-offices tbody tr').count() === Math.min(2, whole.offices.length), 'offices: a page of 2');
    if (whole.met.length > 2) {
      assert(Number(await page.locator('#person-met').getAttribute('data-rows')) === whole.met.length, 'met: total');
    }
  });

  await r.step('an event with no year of its own is shown with its reported date', async () => {
    const events = (await api('/api/events?limit=1000')).events;
    const e = events.find((x) => (!x.date || x.date.startsWith('X')) && x.reported);
    assert(e, 'no event placed by its reports in the corpus');
    await go(`#/event/${e.id}?lang=en`, '#event-view');
    const shown = (await page.locator('#event-view .date-reported').first().textContent()).trim();
    assert(/^reported /.test(shown) && shown.includes(e.reported.slice(0, 4)), `the event's date reads "${shown}"`);
    await go(`#/events?since=${e.reported.slice(0, 4)}&until=${e.reported.slice(0, 4)}`, '#events-table');
    assert(await page.locator(`#events-table tr.event-row[data-id="${e.id}"] .date-reported`).count() === 1,
      'the event is not in the list of its reports\' year');
  });

  await r.step('an event dated by a word relative to the publication ("today", "last year") says so, in both languages', async () => {
    const events = (await api('/api/events?limit=1000')).events;
    const e = events.find((x) => x.date_source === 'relative');
    assert(e, 'no event of the dev corpus dated by a relative word');
    for (const [lang, words] of [['en', 'from words relative to the publication date'], ['vi', 'tương đối']]) {
      await go(`#/event/${e.id}?lang=${lang}`, '#event-view');
      const trust = (await page.locator('#event-date-trust').textContent()).trim();
      assert(trust.includes(words), `${lang}: the date's source reads "${trust}"`);
    }
  });

  await r.step('#/compare?partners=JP,US shows both, side by side', async () => {
    await go('#/compare?partners=JP,US&lang=en', '#compare-chart[data-ready="true"]');
    const codes = await page.locator('#compare-table tbody tr.compare-row').evaluateAll((trs) => trs.map((t) => t.dataset.code));
    assert(codes.includes('JP') && codes.includes('US'), `compared: ${codes}`);
    const series = await page.evaluate(() => globalThis.Chart.getChart('compare-chart').data.datasets.map((d) => d.code));
    assert(series.length === 2 && series.includes('JP') && series.includes('US'), `series: ${series}`);
    for (const c of ['JP', 'US']) {
      const n = (await api(`/api/events?partner=${c}&limit=1000`)).events.length;
      const shown = await page.locator(`#compare-table tr[data-code="${c}"] td`).nth(2).textContent();
      assert(Number(shown.replace(/\D/g, '')) === n, `${c}: ${shown} events shown, ${n} in the API`);
    }
    await shot(page, SHOTS, 'compare.png');
    await readmeShot(browser, page.url(), '#compare-chart[data-ready="true"]', SHOTS, 'compare');
  });

  await r.step('#/map draws the partners from boundaries served by attache', async () => {
    await go('#/map?lang=en', '#map[data-ready="true"]');
    const drawn = Number(await page.locator('#map').getAttribute('data-partners'));
    const partners = (await api('/api/partners')).partners.length;
    assert(drawn >= partners * 0.8, `${drawn} of ${partners} partners on the map`);
    assert(await page.locator('#map path.leaflet-interactive').count() > 100, 'no country shapes');
    assert(Number(await page.locator('#map').getAttribute('data-places')) > 0, 'no event places');
    await shot(page, SHOTS, 'map.png');
    await readmeShot(browser, page.url(), '#map[data-ready="true"]', SHOTS, 'map');
  });

  await r.step('search finds the person first, then narrows by facets', async () => {
    await go('#/search?q=phan%20van%20giang&lang=vi', '#search-results');
    const first = await page.locator('#search-entities .panel').first().locator('h2').textContent();
    const person = await page.locator('#search-people a.person-link').first().textContent();
    assert(/Phan Văn Giang/.test(person), `the person is not found: ${person}`);
    assert(first.trim() === 'Nhân vật', `the first thing found is "${first}", not people`);
    assert(await page.locator('#search-events tr.event-row').count() > 0, 'no events found');
    const en = page.locator('#search-facets .facet-group[data-facet="lang"] a', { hasText: 'English' });
    const want = Number((await en.textContent()).replace(/\D/g, ''));
    await en.click();
    await page.waitForFunction(() => /doclang=en/.test(location.hash));
    await waitReady(page, '#search-results');
    const langs = await page.locator('#search-results li.search-result').evaluateAll((lis) => lis.map((li) => li.dataset.lang));
    assert(langs.length === Math.min(want, 50) && langs.every((l) => l === 'en'), `after the English facet: ${langs.length} results, ${[...new Set(langs)]}`);
    assert(await page.evaluate(() => document.documentElement.lang) === 'vi', 'the facet switched the page language');
    await shot(page, SHOTS, 'search-entities.png');
  });

  await r.step('the English dashboard counts every event (README screenshot)', async () => {
    await go('#/?lang=en', '#dashboard[data-ready="true"]');
    const note = await page.locator('#periods-note').textContent();
    assert(/counted apart|placed by/.test(note), `the chart does not say what it leaves out: ${note}`);
    // figures: one metric per chart, "more than" drawn as a triangle
    const figs = await api('/api/figures?limit=1000');
    const metrics = new Set(figs.figures.filter((f) => /^\d{4}/.test(f.as_of || '')).map((f) => f.metric === 'other' && f.label ? `other:${f.label}` : f.metric));
    assert(await page.locator('#figures-metrics button').count() === metrics.size, 'a button per metric');
    const shown = await page.evaluate(() => {
      const c = globalThis.Chart.getChart('chart-figures');
      const d = c.data.datasets;
      return { n: d.length, styles: d[0].pointStyle, q: d[0].data.map((p) => p.qualifier) };
    });
    assert(shown.n === 1, `${shown.n} metrics on one axis`);
    shown.q.forEach((q, i) => assert((q === 'more_than' || q === 'at_least') === (shown.styles[i] === 'triangle'),
      `point ${i} (${q}) drawn as ${shown.styles[i]}`));
    await page.screenshot({ path: `${SHOTS}/dashboard-en.png` });
    await readmeShot(browser, page.url(), '#dashboard[data-ready="true"]', SHOTS, 'dashboard');
  });

  await r.step('#/network: partners and people linked by the events they shared, over a time range, at desktop and phone size', async () => {
    const drawn = () => page.evaluate(() => ({
      nodes: globalThis.attacheNetwork.nodes().map((n) => n.id()).sort(),
      edges: globalThis.attacheNetwork.edges().map((e) => `${e.data('source')} ${e.data('target')} ${e.data('weight')}`).sort()
    }));
    const expected = (want) => ({
      nodes: want.nodes.map((n) => String(n.id)).sort(),
      edges: want.edges.map((e) => `${e.source} ${e.target} ${e.weight}`).sort()
    });
    for (const kind of ['partners', 'people']) {
      const want = await api(`/api/network/${kind}?limit=40`);
      assert(want.edges.length > 0, `no ${kind} linked in the dev corpus`);
      await go(`#/network?kind=${kind}&lang=en`, '#network-graph[data-ready="true"]');
      assert(JSON.stringify(await drawn()) === JSON.stringify(expected(want)), `the ${kind} drawn are not the API's`);
      assert(await page.locator('#network-links li').count() === want.edges.length, `the ${kind} links are not all listed`);
      if (kind === 'partners') {
        const first = await page.locator('#network-links li .pair').first().textContent();
        assert(/[a-z]/.test(first) && !/^[A-Z]{2} /.test(first), `partners listed by code, not name: ${first}`);
      }
      await shot(page, SHOTS, `network-${kind}.png`);
      if (kind === 'partners') await readmeShot(browser, page.url(), '#network-graph[data-ready="true"]', SHOTS, 'network');
    }
    // a time range: the form's dates go to the API
    const ranged = await api('/api/network/people?limit=40&since=2023-01&until=2023-06');
    const whole = await api('/api/network/people?limit=1000');
    assert(ranged.edges.length > 0 && ranged.edges.length < whole.edges.length, 'the range does not narrow the network');
    await go('#/network?kind=people&lang=vi', '#network-graph[data-ready="true"]');
    await page.fill('#n-since', '2023-01');
    await page.fill('#n-until', '2023-06');
    await page.click('#n-apply');
    await page.waitForFunction(() => /since=2023-01/.test(location.hash) && /until=2023-06/.test(location.hash));
    await waitReady(page, '#network-graph[data-ready="true"]');
    assert(JSON.stringify(await drawn()) === JSON.stringify(expected(ranged)), 'the ranged network drawn is not the API\'s');
    // on a phone: the 15 strongest links, labels of a readable size, nothing wider than the screen
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
    const p = await phone.newPage();
    p.on('pageerror', (err) => problems.push(`phone page error: ${err.message}`));
    for (const kind of ['partners', 'people']) {
      const want = await api(`/api/network/${kind}?limit=15`);
      await p.goto(`${BASE}/#/network?kind=${kind}&lang=en`);
      await waitReady(p, '#network-graph[data-ready="true"]');
      const o = await p.evaluate(() => {
        const cy = globalThis.attacheNetwork;
        const box = document.querySelector('#network-graph').getBoundingClientRect();
        const bb = cy.elements().renderedBoundingBox();
        return { sw: document.documentElement.scrollWidth, w: window.innerWidth, edges: cy.edges().length,
          font: cy.zoom() * parseFloat(cy.nodes()[0].style('font-size')), right: box.right, inside: bb.x1 >= -1 && bb.x2 <= box.width + 1 };
      });
      assert(o.edges === want.edges.length && o.edges <= 15, `${o.edges} ${kind} links on a phone`);
      assert(o.sw <= o.w && o.right <= o.w, `#/network (${kind}) is ${o.sw}px wide on a ${o.w}px screen`);
      assert(o.font >= 11.5, `labels drawn at ${o.font.toFixed(1)}px`);
      assert(o.inside, 'the graph is drawn beyond its box');
      await shot(p, SHOTS, `phone-network-${kind}.png`);
    }
    await phone.close();
  });

  await r.step('at phone size, every new page in both languages fits the screen', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
    const p = await phone.newPage();
    p.on('pageerror', (err) => problems.push(`phone page error: ${err.message}`));
    const pages = ['#/', '#/partners', '#/people', '#/agreements', '#/figures', '#/mechanisms',
      `#/partner/${partner.partner}`, `#/partner/${partner.partner}?rows=5`, '#/compare?partners=JP,US', '#/network',
      '#/network?kind=people', '#/map', '#/events'];
    for (const lang of ['vi', 'en']) {
      for (const hash of pages) {
        const url = `${BASE}/${hash}${hash.includes('?') ? '&' : '?'}lang=${lang}`;
        await p.goto(url);
        await waitReady(p, null);
        const o = await p.evaluate(() => ({ sw: document.documentElement.scrollWidth, w: window.innerWidth, lang: document.documentElement.lang }));
        assert(o.lang === lang, `${hash}: in ${o.lang}, not ${lang}`);
        assert(o.sw <= o.w, `${hash} (${lang}): the page is ${o.sw}px wide on a ${o.w}px screen`);
        if (lang === 'en' && ['#/', '#/partners', `#/partner/${partner.partner}`, '#/map'].includes(hash)) {
          await shot(p, SHOTS, `phone-${hash.replace(/[^a-z]+/gi, '-').replace(/^-|-$/g, '') || 'dashboard'}.png`);
        }
      }
    }
    // the menu opens from its button and lists every page
    await p.goto(`${BASE}/#/?lang=vi`);
    await waitReady(p, null);
    assert(!(await p.locator('#nav-map').isVisible()), 'the menu is open on a phone before it is asked for');
    await p.click('#nav-menu');
    assert(await p.locator('#nav-map').isVisible(), 'the menu button does not open the menu');
    await phone.close();
  });

  await r.step('no console errors, page errors or CSP violations', async () => {
    await page.waitForTimeout(200);
    assert(problems.length === 0, `${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  });
});
process.exit(code);
