/* attache web UI: a single page over the JSON API of `attache serve`. This
 * file is the router; each view is an ES module of js/views/ (no build step:
 * the browser loads them as they are), and js/core.js holds what they share.
 *
 * Routes (hash): #/ dashboard, #/events?partner=&type=&since=&until=&person=
 * &mechanism=&area=, #/event/ID, #/partner/CODE (with its relationship over
 * time), #/person/ID, #/source/ID, #/search?q=TEXT, #/partners, #/people,
 * #/agreements, #/figures, #/mechanisms, #/compare?partners=JP,US, #/map,
 * #/review (the analyst's queue: js/views/review.js), #/history (every change).
 * Any route takes lang=en or lang=vi, so that a shared URL opens in the
 * language it was seen in.
 *
 * Security: everything that comes from the API is untrusted article text.
 * The DOM is built with createElement and textContent only; links from data
 * are either internal hash routes (built here, path parts percent-encoded) or
 * external http(s) URLs checked by safeExternalUrl(). No HTML string is ever
 * parsed. The page runs under a strict CSP (no inline script or style). */

import { LANG_KEY, state, t, $, h, route_, link, navigate, loadCountries, loadLabels, errorBox } from './js/core.js';
import { viewDashboard } from './js/views/dashboard.js';
import { viewEvents, viewEvent } from './js/views/events.js';
import { viewPartner } from './js/views/partner.js';
import { viewPerson } from './js/views/person.js';
import { viewSource } from './js/views/source.js';
import { viewSearch } from './js/views/search.js';
import { viewPartners, viewPeople, viewAgreements, viewFigures, viewMechanisms } from './js/views/browse.js';
import { viewCompare } from './js/views/relation.js';
import { viewNetwork } from './js/views/network.js';
import { viewReview } from './js/views/review.js';
import { viewHistory } from './js/views/history.js';

/* the map's module brings Leaflet: loaded when the map is first shown */
function viewMap(ctx) {
  return import('./js/views/map.js').then(function (m) { return m.viewMap(ctx); });
}

var NAV = ['dashboard', 'events', 'partners', 'people', 'agreements', 'figures', 'mechanisms', 'compare', 'network', 'map', 'search', 'review'];

function viewNotFound() {
  return Promise.resolve({
    node: h('section', { className: 'view', id: 'not-found' }, h('h1', null, t('not_found')),
      h('p', null, link([], t('nav_dashboard')))),
    title: t('not_found')
  });
}

/* ---------- router ---------- */

function parseHash() {
  var raw = location.hash.replace(/^#/, '');
  if (raw.charAt(0) !== '/') raw = '/' + raw;
  var qi = raw.indexOf('?');
  var path = qi >= 0 ? raw.slice(0, qi) : raw;
  var params = new URLSearchParams(qi >= 0 ? raw.slice(qi + 1) : '');
  var parts = path.split('/').filter(Boolean).map(function (p) {
    try { return decodeURIComponent(p); } catch (e) { return p; }
  });
  return { parts: parts, params: params };
}


function teardown() {
  state.charts.forEach(function (c) { try { c.destroy(); } catch (e) { /* already gone */ } });
  state.charts = [];
  if (state.cy) { try { state.cy.destroy(); } catch (e) { /* already gone */ } }
  state.cy = null;
  globalThis.attacheNetwork = undefined;
  if (state.map) { try { state.map.remove(); } catch (e) { /* already gone */ } }
  state.map = null;
  globalThis.attacheMap = undefined;
}

function updateChrome(section) {
  document.documentElement.lang = state.lang;
  NAV.forEach(function (n) {
    var a = $('#nav-' + n);
    if (a) a.textContent = t('nav_' + n);
  });
  $('#brand-tagline').textContent = t('app_tagline');
  var toggle = $('#lang-toggle');
  toggle.textContent = t('lang_toggle');
  toggle.title = t('lang_toggle_title');
  toggle.setAttribute('aria-label', t('lang_toggle_title'));
  $('#quick-search-input').placeholder = t('quick_search_placeholder');
  $('#quick-search-input').setAttribute('aria-label', t('nav_search'));
  $('#nav-menu').setAttribute('aria-label', t('nav_menu'));
  if (section !== undefined) {
    document.querySelectorAll('.site-nav a').forEach(function (a) {
      if (a.dataset.route === section) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    });
  }
}

var VIEWS = {
  partners: viewPartners, people: viewPeople, agreements: viewAgreements, figures: viewFigures,
  mechanisms: viewMechanisms, network: viewNetwork, map: viewMap, review: viewReview, history: viewHistory
};

function route() {
  var seq = ++state.seq;
  var ctx = { alive: function () { return seq === state.seq; } };
  var r = parseHash();
  var parts = r.parts, params = r.params;
  var head = parts[0] || '';
  /* lang=en|vi in a shared URL sets the language */
  var lang = params.get('lang');
  if (lang === 'en' || lang === 'vi') {
    state.lang = lang;
    try { localStorage.setItem(LANG_KEY, lang); } catch (e) { /* storage may be off */ }
  }
  var section = head === '' ? 'dashboard' : head === 'event' ? 'events' : head === 'partner' ? 'partners'
    : head === 'person' ? 'people' : NAV.indexOf(head) >= 0 ? head : '';
  updateChrome(section);
  teardown();
  var renderedHash = location.hash;
  document.body.dataset.state = 'loading';
  document.body.dataset.route = head || 'dashboard';
  delete document.body.dataset.hash;
  var app = $('#app');
  app.setAttribute('aria-busy', 'true');

  var make;
  if (head === '' && parts.length === 0) make = function () { return viewDashboard(ctx); };
  else if (head === 'events' && parts.length === 1) make = function () { return viewEvents(ctx, params); };
  else if (head === 'event' && parts.length === 2) make = function () { return viewEvent(ctx, parts[1]); };
  else if (head === 'partner' && parts.length === 2) make = function () { return viewPartner(ctx, parts[1].toUpperCase(), params); };
  else if (head === 'person' && parts.length === 2) make = function () { return viewPerson(ctx, parts[1], params); };
  else if (head === 'source' && parts.length === 2) make = function () { return viewSource(ctx, parts[1]); };
  else if (head === 'search' && parts.length === 1) make = function () { return viewSearch(ctx, params); };
  else if (head === 'compare' && parts.length === 1) make = function () { return viewCompare(ctx, params); };
  else if (VIEWS[head] && parts.length === 1) make = function () { return VIEWS[head](ctx, params); };
  else make = function () { return viewNotFound(); };

  /* country names and labels are needed by most views: loaded first */
  return Promise.all([loadCountries(), loadLabels()]).then(function () { return make(); }).then(function (view) {
    if (!ctx.alive()) return;
    app.replaceChildren(view.node);
    document.title = (view.title ? view.title + ' · ' : '') + 'attache';
    var done = view.mount ? view.mount() : null;
    return Promise.resolve(done).then(function () {
      if (!ctx.alive()) return;
      app.removeAttribute('aria-busy');
      document.body.dataset.hash = renderedHash; /* which route is on screen, for tests */
      document.body.dataset.state = 'ready';
      if (view.focus) view.focus.focus();
    });
  }).catch(function (e) {
    if (!ctx.alive()) return;
    app.replaceChildren(h('section', { className: 'view', id: 'error-view' }, errorBox(e)));
    app.removeAttribute('aria-busy');
    document.title = t('error_title') + ' · attache';
    document.body.dataset.hash = renderedHash;
    document.body.dataset.state = 'error';
  });
}

/* ---------- start ---------- */

function init() {
  var saved = null;
  try { saved = localStorage.getItem(LANG_KEY); } catch (e) { /* storage may be off */ }
  state.lang = saved === 'en' ? 'en' : 'vi';

  $('#lang-toggle').addEventListener('click', function () {
    state.lang = state.lang === 'vi' ? 'en' : 'vi';
    try { localStorage.setItem(LANG_KEY, state.lang); } catch (e) { /* storage may be off */ }
    /* the URL keeps the language, so that it can be shared as seen */
    var r = parseHash();
    r.params.set('lang', state.lang);
    history.replaceState(null, '', '#/' + r.parts.map(encodeURIComponent).join('/') + '?' + r.params.toString());
    route();
  });
  $('#nav-menu').addEventListener('click', function () {
    var open = document.body.classList.toggle('nav-open');
    $('#nav-menu').setAttribute('aria-expanded', String(open));
  });
  $('.site-nav').addEventListener('click', function () {
    document.body.classList.remove('nav-open');
    $('#nav-menu').setAttribute('aria-expanded', 'false');
  });
  $('#quick-search-form').addEventListener('submit', function (e) {
    e.preventDefault();
    var input = $('#quick-search-input');
    var v = input.value.trim();
    input.value = '';
    navigate(route_(['search'], v ? { q: v } : null));
  });
  /* a click anywhere on an event row opens the event */
  $('#app').addEventListener('click', function (e) {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    var target = e.target;
    if (!(target instanceof Element) || target.closest('a, button, input, select, label')) return;
    var tr = target.closest('tr.event-row');
    if (tr && tr.dataset.id && !(window.getSelection && String(window.getSelection()).length)) {
      navigate(route_(['event', tr.dataset.id]));
    }
  });
  window.addEventListener('hashchange', function () {
    route();
    var app = $('#app');
    window.scrollTo(0, 0);
    if (app) app.focus({ preventScroll: true });
  });
  if (!location.hash || location.hash === '#') history.replaceState(null, '', '#/');
  route();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
else init();
