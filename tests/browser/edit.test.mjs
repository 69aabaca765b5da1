// An analyst corrects an event's date in the web UI, in headless Chromium:
//
//   ATTACHE_TOKEN=... node tests/browser/edit.test.mjs BASE_URL SCREENSHOT_DIR
//
// opens an event, enters the token and a new date, saves, sees the event
// shown again with that date, and reads it back through the API (GET
// /api/events/ID and the history, whose author is the token's name). A wrong
// token is refused with the server's message and changes nothing. Then undo
// in the page's history gives the machine's date back, and reject hides the
// event (a 404 from the API). Fails on any console error, page error or CSP
// violation.

import { launch, newPage, testArgs, runner, assert, shot, waitReady, runTest } from './harness.mjs';

const { BASE, SHOTS, TOKEN } = testArgs('edit', { token: true });

const problems = [];
const r = runner('edit');
let browser;
let page;

async function apiEvent(id) {
  const res = await fetch(`${BASE}/api/events/${id}`);
  assert(res.ok, `GET /api/events/${id}: ${res.status}`);
  return (await res.json()).event[0];
}

const code = await runTest(r, { shots: SHOTS, problems, browser: () => browser, page: () => page }, async () => {
  browser = await launch();
  page = await newPage(browser, problems);
  page.setDefaultTimeout(15000);
  const list = await (await fetch(`${BASE}/api/events?type=talks&limit=1`)).json();
  const id = list.events[0].id;
  const before = list.events[0].date;
  const wanted = before === '2001-02-03' ? '2001-02-04' : '2001-02-03';

  await r.step('the event view offers to correct the date', async () => {
    await page.goto(`${BASE}/#/event/${id}`, { waitUntil: 'networkidle' });
    await waitReady(page, '#event-view #edit-event');
    assert(await page.locator('#edit-date').isVisible(), 'no date field');
  });

  await r.step('a wrong token is refused and changes nothing', async () => {
    await page.fill('#edit-token', 'not-a-token');
    await page.fill('#edit-date', wanted);
    await page.click('#edit-save');
    await page.waitForFunction(() => document.querySelector('#edit-status').className === 'error');
    const msg = (await page.locator('#edit-status').textContent()).trim();
    assert(/token/.test(msg), `the refusal says "${msg}"`);
    assert((await apiEvent(id)).date === before, 'the date changed with a wrong token');
  });

  await r.step('with the token, the new date is saved and shown', async () => {
    await page.fill('#edit-token', TOKEN);
    await page.fill('#edit-date', wanted);
    await page.fill('#edit-note', 'checked against the dateline');
    await page.click('#edit-save');
    await page.waitForFunction((d) => {
      const v = document.querySelector('#event-view');
      return v && v.dataset.date === d && document.body.dataset.state === 'ready';
    }, wanted);
    assert(await page.inputValue('#edit-token') === TOKEN, 'the token is not kept for the tab');
    const history = await page.locator('#event-history tbody tr').allTextContents();
    assert(history.length === 1 && history[0].includes('browser') && history[0].includes(wanted)
      && history[0].includes('checked against the dateline'), `the page's history shows ${JSON.stringify(history)}`);
    await shot(page, SHOTS, 'edit.png');
  });

  await r.step('the API reads the new date back, and the history names who and why', async () => {
    assert((await apiEvent(id)).date === wanted, 'GET /api/events/ID does not show the new date');
    const hist = await (await fetch(`${BASE}/api/history/event/${id}`)).json();
    const last = hist.history[hist.history.length - 1];
    assert(last && last.field === 'date' && JSON.parse(last.new) === wanted && last.author === 'browser'
      && last.note === 'checked against the dateline', `the history holds ${JSON.stringify(last)}`);
  });

  await r.step('undo in the page\'s history gives back the machine\'s date', async () => {
    await page.click('#event-history button.undo');
    await page.waitForFunction((d) => {
      const v = document.querySelector('#event-view');
      return v && v.dataset.date === d && document.body.dataset.state === 'ready';
    }, before);
    assert((await apiEvent(id)).date === before, 'GET /api/events/ID does not show the machine\'s date again');
  });

  await r.step('reject hides the event; the API no longer lists it', async () => {
    await page.click('#edit-reject');
    await page.waitForFunction(() => location.hash.startsWith('#/events'));
    const res = await fetch(`${BASE}/api/events/${id}`);
    assert(res.status === 404, `GET /api/events/${id} after reject: ${res.status}`);
    const hist = await (await fetch(`${BASE}/api/history`)).json();
    assert(hist.history.some((h) => h.op === 'reject' && h.author === 'browser'), 'the reject is not in the history');
  });

  await r.step('no console errors, page errors or CSP violations', async () => {
    await page.waitForTimeout(300);
    // the refused write is a 401 the browser logs as a failed resource load: expected here
    const real = problems.filter((p) => !/status of 401/.test(p));
    assert(real.length === 0, `${real.length} problem(s):\n  ${real.join('\n  ')}`);
  });
});
process.exit(code);
