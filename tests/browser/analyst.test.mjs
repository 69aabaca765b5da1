// An analyst works through the web UI in headless Chromium, with a token,
// and every change is read back through the API:
//
//   ATTACHE_TOKEN=... node tests/browser/analyst.test.mjs BASE_URL SCREENSHOT_DIR
//
// #/review lists the records not yet reviewed by rising confidence and the
// likely duplicates (as /api/review), article text as text; Reject on a
// record hides it (gone from the queue and from the API), Accept marks it
// reviewed (an accept change: the record keeps its values and leaves the
// queue), Merge makes two likely duplicate events one with the sources of
// both, Not the same takes a likely duplicate pair off the list (its
// history links both, undo from #/history offers it again); on a person's page, another person found by name is merged in
// (the API then answers one person with both spellings and all the events),
// split again, a rank and the name corrected then undone from the page's
// history (the machine's value comes back), and a person rejected, then
// brought back from #/history (every change, newest first); on a partner's page an agreement is rejected
// and brought back by undo, a relation's framework and a figure's value
// corrected and undone; the
// pages in English and Vietnamese at phone size have no horizontal overflow.
// Fails on any console error, page error or CSP violation. Screenshots:
// review.png, person-merged.png, person-history.png, partner-history.png,
// phone-review.png, phone-person.png.

import { launch, newPage, testArgs, runner, assert, shot, waitReady, runTest } from './harness.mjs';

const { BASE, SHOTS, TOKEN } = testArgs('analyst', { token: true });

const problems = [];
const r = runner('analyst');
let browser;
let page;

async function get(p) {
  const res = await fetch(`${BASE}${p}`);
  return { status: res.status, body: await res.json() };
}
const go = async (hash, selector) => {
  await page.goto(`${BASE}/${hash}`);
  await waitReady(page, selector);
};
// After a change the page is shown again; its status line names the change.
// Each change has a higher number than the last one seen, so a status line
// left from the step before (a handler that awaits before it writes) is not
// taken for this step's.
let lastChange = 0;
async function changed(selector) {
  await page.waitForFunction(([sel, last]) => {
    const s = document.querySelector('#edit-status');
    return document.body.dataset.state === 'ready' && document.body.dataset.hash === location.hash
      && s && Number(s.dataset.change) > last && (!sel || document.querySelector(sel));
  }, [selector, lastChange]);
  lastChange = Number(await page.locator('#edit-status').getAttribute('data-change'));
  return lastChange;
}
async function noOverflow(what) {
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  assert(wide <= 390, `${what}: the page is ${wide}px wide on a 390px screen`);
}

const code = await runTest(r, { shots: SHOTS, failureShot: 'analyst-failure.png', problems, browser: () => browser, page: () => page }, async () => {
  browser = await launch();
  page = await newPage(browser, problems);
  page.setDefaultTimeout(15000);

  let queue;
  await r.step('#/review lists the records not yet reviewed by rising confidence, and the likely duplicates', async () => {
    queue = (await get('/api/review?limit=50')).body;
    await go('#/review?lang=en', '#review-records');
    const shown = await page.locator('#review-records tbody tr').evaluateAll((trs) => trs.map((t) => `${t.dataset.kind} ${t.dataset.id}`));
    assert(JSON.stringify(shown) === JSON.stringify(queue.records.map((x) => `${x.kind} ${x.id}`)),
      `the queue shows ${shown.length} records, not the API's ${queue.records.length} in its order`);
    const conf = queue.records.map((x) => x.confidence);
    assert(conf.every((c, i) => i === 0 || c >= conf[i - 1]), 'the API\'s queue is not by rising confidence');
    const people = await page.locator('#review-people tbody tr').evaluateAll((trs) => trs.map((t) => `${t.dataset.person} ${t.dataset.other}`));
    assert(people.length === queue.duplicate_people.length && people.length > 0, `${people.length} likely duplicate people shown`);
    assert(await page.locator('#review-events tbody tr').count() === queue.duplicate_events.length, 'likely duplicate events');
    // run.sh's hostile document: its participant is among the least confident
    const hostile = queue.records.find((x) => x.source === 'xss-doc');
    assert(hostile, 'the hostile document is not in the first page of the queue');
    const cell = await page.locator(`#review-records tr[data-kind="${hostile.kind}"][data-id="${hostile.id}"] td.wide`).textContent();
    assert(cell.includes('<img src=x onerror='), `its evidence is not shown as text: ${cell}`);
    assert(await page.locator('#review-view script, #review-view img').count() === 0, 'markup from the articles became elements');
    assert(await page.evaluate(() => window.__xss) === undefined, 'the article\'s markup ran');
    await shot(page, SHOTS, 'review.png');
  });

  await r.step('without a token, a change is refused in the page and nothing changes', async () => {
    await page.fill('#edit-token', '');
    await page.locator('#review-records tbody tr').first().locator('button.review-reject').click();
    await page.waitForFunction(() => document.querySelector('#edit-status').className === 'error');
    assert((await get('/api/review?limit=50')).body.records.length === queue.records.length, 'the queue changed');
  });

  let rejected;
  await r.step('Reject in the queue hides the record: gone from the queue and from the API', async () => {
    rejected = queue.records.find((x) => x.kind === 'participant');
    assert(rejected, 'no participant in the queue');
    await page.fill('#edit-token', TOKEN);
    await page.locator(`#review-records tr[data-kind="participant"][data-id="${rejected.id}"] button.review-reject`).click();
    await changed('#review-records');
    assert(await page.locator(`#review-records tr[data-kind="participant"][data-id="${rejected.id}"]`).count() === 0,
      'the rejected record is still in the queue on the page');
    const after = (await get('/api/review?limit=1000')).body.records;
    assert(!after.some((x) => x.kind === 'participant' && x.id === rejected.id), 'the API\'s queue still lists it');
    const [event, person] = rejected.id.split(':');
    const ev = (await get(`/api/events/${event}`)).body;
    assert(!ev.participants.some((p) => String(p.person_id) === person), `event ${event} still lists person ${person}`);
    const hist = (await get(`/api/history/participant/${rejected.id}`)).body.history;
    assert(hist.length === 1 && hist[0].op === 'reject' && hist[0].author === 'browser', `history: ${JSON.stringify(hist)}`);
  });

  await r.step('Accept in the queue marks the record reviewed: an accept change, its values as they were', async () => {
    const rec = (await get('/api/review?limit=50')).body.records.find((x) => x.kind === 'event');
    const before = (await get(`/api/events/${rec.id}`)).body.event;
    await page.locator(`#review-records tr[data-kind="event"][data-id="${rec.id}"] button.review-accept`).click();
    await changed('#review-records');
    assert(await page.locator(`#review-records tr[data-kind="event"][data-id="${rec.id}"]`).count() === 0,
      'the accepted record is still in the queue');
    assert(!(await get('/api/review?limit=1000')).body.records.some((x) => x.kind === 'event' && x.id === rec.id),
      'the API\'s queue still lists it');
    const hist = (await get(`/api/history/event/${rec.id}`)).body.history;
    assert(hist.length === 1 && hist[0].op === 'accept' && hist[0].field === null && hist[0].author === 'browser'
      && hist[0].record === rec.id, `the acceptance is not an accept change: ${JSON.stringify(hist)}`);
    const after = (await get(`/api/events/${rec.id}`)).body.event;
    assert(JSON.stringify(after) === JSON.stringify(before), `the event changed: ${JSON.stringify(before)} -> ${JSON.stringify(after)}`);
  });

  await r.step('Accept on a participant: an accept change, its rank as it was', async () => {
    const rec = (await get('/api/review?limit=50')).body.records.find((x) => x.kind === 'participant');
    const [event, person] = rec.id.split(':');
    const rank = async () => (await get(`/api/events/${event}`)).body.participants.find((p) => String(p.person_id) === person).rank;
    const before = await rank();
    await page.click(`#review-records tr[data-kind="participant"][data-id="${rec.id}"] button.review-accept`);
    await changed('#review-records');
    const hist = (await get(`/api/history/participant/${rec.id}`)).body.history;
    assert(hist.length === 1 && hist[0].op === 'accept' && hist[0].record === rec.id && await rank() === before,
      `the participant's rank was ${before}, now ${await rank()}; history ${JSON.stringify(hist)}`);
    assert(await page.locator(`#review-records tr[data-kind="participant"][data-id="${rec.id}"]`).count() === 0, 'still in the queue');
  });

  await r.step('Merge on a likely duplicate event: one event with the sources of both', async () => {
    const dup = (await get('/api/review?limit=50')).body.duplicate_events[0];
    const sources = async (id) => (await get(`/api/events/${id}`)).body.sources.map((x) => x.source);
    const both = new Set([...(await sources(dup.event)), ...(await sources(dup.other))]);
    await page.click(`#review-events tr[data-event="${dup.event}"][data-other="${dup.other}"] button.review-merge`);
    await changed('#review-events');
    assert((await get(`/api/events/${dup.other}`)).status === 404, 'the merged-in event is still answered on its own');
    const now = new Set(await sources(dup.event));
    assert(now.size === both.size && [...both].every((x) => now.has(x)), `the kept event has sources ${[...now]}, the two had ${[...both]}`);
    assert(await page.locator(`#review-events tr[data-event="${dup.event}"][data-other="${dup.other}"]`).count() === 0,
      'the pair is still offered');
  });

  await r.step('Not the same on a likely duplicate pair: off the list; its history links both; undone from #/history, offered again', async () => {
    const dup = (await get('/api/review?limit=1000')).body.duplicate_people.find((p) => /Carter/.test(p.name));
    assert(dup, 'the queue has no Carter pair');
    const offered = async () => (await get('/api/review?limit=1000')).body.duplicate_people
      .some((p) => p.person === dup.person && p.other === dup.other);
    await go('#/review?lang=en', '#review-people');
    await page.click(`#review-people tr[data-person="${dup.person}"][data-other="${dup.other}"] button.review-distinct`);
    const change = await changed('#review-people-box');
    assert(await page.locator(`#review-people tr[data-person="${dup.person}"][data-other="${dup.other}"]`).count() === 0,
      'the pair is still offered on the page');
    assert(!(await offered()), 'the API still offers the pair');
    assert((await get(`/api/people/${dup.person}`)).status === 200 && (await get(`/api/people/${dup.other}`)).status === 200,
      'a person is gone: Not the same must leave both');
    for (const one of [dup.person, dup.other]) {
      const hist = (await get(`/api/history/person/${one}`)).body.history.filter((x) => x.op === 'distinct');
      assert(hist.length === 1 && hist[0].change === change && hist[0].author === 'browser'
        && hist[0].record === `${dup.person} ${dup.other}`, `person ${one}'s history: ${JSON.stringify(hist)}`);
    }
    await go('#/history?lang=en', '#history');
    const links = await page.locator(`#history tr[data-change="${change}"] a.record-link`)
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert(links.length === 2 && links[0].includes(`person/${dup.person}`) && links[1].includes(`person/${dup.other}`),
      `the change links ${JSON.stringify(links)}`);
    await page.click(`#history tr[data-change="${change}"] button.undo`);
    await changed(`#history tr[data-change="${change}"][data-undone="true"]`);
    assert(await offered(), 'after undo the pair is not offered again');
  });

  // "Ash Carter" and "Ashton Carter" of the dev corpus: the queue's likely duplicate people
  const pair = queue.duplicate_people.find((p) => /Carter/.test(p.name));
  let eventsBefore;
  await r.step('on a person\'s page, another person found by name is merged in: one person with both spellings', async () => {
    assert(pair, 'the queue has no Carter pair');
    const a = (await get(`/api/people/${pair.person}`)).body, b = (await get(`/api/people/${pair.other}`)).body;
    eventsBefore = new Set([...a.events, ...b.events].map((e) => e.id));
    await go(`#/person/${pair.person}?lang=en`, '#person-correct');
    await page.fill('#merge-query', pair.other_name);
    await page.click('#merge-find');
    await page.waitForSelector('#merge-candidates[data-state="ready"]');
    const offered = await page.locator('#merge-candidates li[data-id]').evaluateAll((lis) => lis.map((l) => l.dataset.id));
    assert(offered.includes(String(pair.other)) && !offered.includes(String(pair.person)),
      `the search offers ${JSON.stringify(offered)}`);
    await page.click(`#merge-candidates button.merge-candidate[data-id="${pair.other}"]`);
    await changed('#person-view[data-names="2"]');
    const merged = (await get(`/api/people/${pair.person}`)).body;
    const names = merged.names.map((n) => n.name).sort();
    assert(JSON.stringify(names) === JSON.stringify([pair.name, pair.other_name].sort()), `the API's names: ${names}`);
    const events = new Set(merged.events.map((e) => e.id));
    assert(events.size === eventsBefore.size && [...eventsBefore].every((e) => events.has(e)),
      `the merged person has ${events.size} events, the two had ${eventsBefore.size}`);
    assert((await get(`/api/people/${pair.other}`)).status === 404, 'the merged-in person is still answered on its own');
    const shown = await page.locator('#person-names li').allTextContents();
    assert(shown.length === 2 && shown.includes(pair.other_name), `the page shows the spellings ${shown}`);
    const hist = await page.locator('#person-history tbody tr[data-undone="false"]').allTextContents(); // (the undone 'not the same' above is there too)
    assert(hist.length === 1 && /merge/.test(hist[0]) && /browser/.test(hist[0]), `the page's history: ${hist}`);
    await shot(page, SHOTS, 'person-merged.png');
  });

  await r.step('Split gives the two people back', async () => {
    await page.click('#person-split');
    await changed('#person-view[data-names="1"]');
    assert((await get(`/api/people/${pair.other}`)).status === 200, 'the merged-in person is not back');
    const names = (await get(`/api/people/${pair.person}`)).body.names.map((n) => n.name);
    assert(JSON.stringify(names) === JSON.stringify([pair.name]), `the kept person's names: ${names}`);
  });

  await r.step('a rank corrected on the person\'s page, then undone from its history: the machine\'s value comes back', async () => {
    const person = (await get(`/api/people/${pair.person}`)).body;
    const office = person.offices[0];
    const machine = office.rank;
    await page.locator('#person-offices tbody tr').first().locator('button.row-edit').click();
    await page.fill('#office-edit-rank', 'General');
    await page.fill('#office-edit-note', 'the article names his rank');
    await page.click('#office-edit-save');
    await changed('#person-history');
    const rankOf = async () => (await get(`/api/events/${office.event_id}`)).body.participants
      .find((p) => String(p.person_id) === String(pair.person)).rank;
    assert(await rankOf() === 'General', 'the API does not show the corrected rank');
    const hist = (await get(`/api/history/person/${pair.person}`)).body.history;
    const last = hist[hist.length - 1];
    assert(last.kind === 'participant' && last.field === 'rank' && JSON.parse(last.new) === 'General'
      && last.note === 'the article names his rank', `the person's history ends with ${JSON.stringify(last)}`);
    await shot(page, SHOTS, 'person-history.png');
    await page.locator(`#person-history tr[data-change="${last.change}"] button.undo`).click();
    await changed(`#person-history tr[data-change="${last.change}"][data-undone="true"]`);
    assert(await rankOf() === machine, `after undo the rank is ${await rankOf()}, the machine read ${machine}`);
  });

  await r.step('a person\'s name corrected on the page, then undone; another person rejected from theirs', async () => {
    await page.fill('#person-edit-name', 'Ashton B. Carter');
    await page.click('#person-save');
    await changed('#person-history');
    assert((await page.locator('#person-name').textContent()).trim() === 'Ashton B. Carter', 'the page does not show the new name');
    assert((await get(`/api/people/${pair.person}`)).body.person[0].name === 'Ashton B. Carter', 'the API does not show the new name');
    const change = await page.locator('#edit-status').getAttribute('data-change');
    await page.click(`#person-history tr[data-change="${change}"] button.undo`);
    await changed(`#person-history tr[data-change="${change}"][data-undone="true"]`);
    assert((await get(`/api/people/${pair.person}`)).body.person[0].name === pair.name, 'undo does not give the machine\'s name back');
    await go(`#/person/${pair.other}?lang=en`, '#person-correct');
    await page.click('#person-reject');
    await page.waitForFunction(() => location.hash.startsWith('#/people') && document.body.dataset.state === 'ready');
    assert((await get(`/api/people/${pair.other}`)).status === 404, 'the rejected person is still answered');
  });

  await r.step('#/history lists every change, newest first; undo there brings the rejected person back', async () => {
    const all = (await get('/api/history')).body.history;
    await go('#/history?lang=en', '#history');
    const shown = await page.locator('#history tbody tr').evaluateAll((trs) => trs.map((t) => Number(t.dataset.change)));
    assert(JSON.stringify(shown) === JSON.stringify(all.map((c) => c.change).reverse()), `#/history shows ${shown}`);
    const reject = all.filter((c) => c.op === 'reject' && c.kind === 'person').pop();
    assert(reject && reject.record === String(pair.other), `no reject of person ${pair.other} in ${JSON.stringify(all)}`);
    await page.click(`#history tr[data-change="${reject.change}"] button.undo`);
    await changed(`#history tr[data-change="${reject.change}"][data-undone="true"]`);
    assert((await get(`/api/people/${pair.other}`)).status === 200, 'the rejected person is not back');
    await shot(page, SHOTS, 'history.png');
  });

  await r.step('a partner\'s agreement rejected, then brought back by undo from the partner\'s history', async () => {
    const before = (await get('/api/partners/US')).body;
    const agreement = before.agreements[0];
    await go('#/partner/US?lang=en', '#partner-agreements');
    await page.locator('#partner-agreements tbody tr').filter({ has: page.locator(`button.row-reject[data-id="${agreement.id}"]`) })
      .locator('button.row-reject').click();
    await changed('#partner-history');
    assert(!(await get('/api/partners/US')).body.agreements.some((a) => a.id === agreement.id), 'the API still lists it');
    const row = page.locator('#partner-history tbody tr[data-op="reject"]');
    assert(await row.count() === 1, 'the reject is not in the partner\'s history');
    const change = await row.getAttribute('data-change');
    await row.locator('button.undo').click();
    await changed(`#partner-history tr[data-change="${change}"][data-undone="true"]`);
    assert((await get('/api/partners/US')).body.agreements.some((a) => a.id === agreement.id && a.title === agreement.title),
      'the agreement is not back');
  });

  await r.step('a relation\'s framework corrected on the partner\'s page, then undone', async () => {
    const relation = (await get('/api/partners/US')).body.frameworks[0];
    await page.locator(`#partner-relations button.row-edit[data-id="${relation.id}"]`).click();
    await page.fill('#relation-edit-framework', 'strategic_partnership');
    await page.click('#relation-edit-save');
    await changed('#partner-history');
    const framework = async () => (await get('/api/partners/US')).body.frameworks.find((f) => f.id === relation.id).framework;
    assert(await framework() === 'strategic_partnership', 'the API does not show the new framework');
    const row = page.locator('#partner-history tbody tr[data-op="edit"][data-undone="false"]');
    const change = await row.getAttribute('data-change');
    await shot(page, SHOTS, 'partner-history.png');
    await row.locator('button.undo').click();
    await changed(`#partner-history tr[data-change="${change}"][data-undone="true"]`);
    assert(await framework() === relation.framework, `after undo: ${await framework()}, the machine read ${relation.framework}`);
  });

  await r.step('a partner\'s figure corrected, then undone', async () => {
    const partner = (await get('/api/partners/KR')).body;
    const figure = partner.figures[0];
    assert(figure && figure.id !== undefined, 'KR has no figure with an id');
    await go('#/partner/KR?lang=vi', '#partner-figures');
    await page.click(`#partner-figures button.row-edit[data-id="${figure.id}"]`);
    await page.fill('#figure-edit-value', String(Number(figure.value) + 1));
    await page.click('#figure-edit-save');
    await changed('#partner-history');
    const value = async () => (await get('/api/partners/KR')).body.figures.find((f) => f.id === figure.id).value;
    assert(await value() === Number(figure.value) + 1, `the API shows ${await value()}`);
    const row = page.locator('#partner-history tbody tr[data-op="edit"][data-undone="false"]');
    await row.locator('button.undo').click();
    await changed('#partner-history tr[data-op="edit"][data-undone="true"]');
    assert(await value() === figure.value, `after undo: ${await value()}, the machine read ${figure.value}`);
  });

  await r.step('the analyst\'s pages in both languages at phone size, without horizontal overflow', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const lang of ['vi', 'en']) {
      await go(`#/review?lang=${lang}`, '#review-records');
      const title = (await page.locator('#review-view h1').textContent()).trim();
      assert(title === (lang === 'vi' ? 'Hàng chờ rà soát' : 'Review queue'), `the ${lang} title is "${title}"`);
      await noOverflow(`#/review in ${lang}`);
      if (lang === 'vi') await shot(page, SHOTS, 'phone-review.png');
      await go(`#/person/${pair.person}?lang=${lang}`, '#person-correct');
      await noOverflow(`#/person in ${lang}`);
      if (lang === 'en') await shot(page, SHOTS, 'phone-person.png');
      await go(`#/partner/US?lang=${lang}`, '#partner-history-section');
      await noOverflow(`#/partner in ${lang}`);
      await go(`#/history?lang=${lang}`, '#history');
      await noOverflow(`#/history in ${lang}`);
    }
  });

  await r.step('the token is kept for the tab only: sessionStorage, never localStorage', async () => {
    const where = await page.evaluate(() => ({ session: sessionStorage.getItem('attache-token'),
      local: Object.keys(localStorage).filter((k) => /token/.test(k)) }));
    assert(where.session === TOKEN && where.local.length === 0, `the token is kept in ${JSON.stringify(where)}`);
  });

  await r.step('no console errors, page errors or CSP violations', async () => {
    await page.waitForTimeout(300);
    const real = problems.filter((p) => !/status of 401/.test(p));
    assert(real.length === 0, `${real.length} problem(s):\n  ${real.join('\n  ')}`);
  });
});
process.exit(code);
