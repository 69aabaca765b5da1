/* core.js - what every view of the attache UI shares: the state (language,
 * charts), labels, the element builder h() (createElement and textContent
 * only: article text is never parsed as HTML), links, the API client,
 * country names, tables and the event and agreement columns. */

export var I18N = globalThis.AttacheI18n;

export var EVENT_TYPES = ['reception', 'talks', 'call', 'visit', 'dialogue', 'multilateral',
  'signing', 'port_call', 'exercise', 'exchange', 'meeting'];
export var FRAMEWORKS = ['comprehensive_strategic_partnership', 'strategic_partnership',
  'comprehensive_partnership', 'traditional_friendship', 'special_relationship'];
export var AREAS = ['training', 'peacekeeping', 'war_legacy', 'military_medicine', 'defense_industry',
  'military_trade', 'hydrography', 'military_science', 'maritime_security', 'border',
  'search_rescue', 'cyber', 'political_education', 'information', 'logistics', 'technical',
  'delegation_exchange', 'strategic_dialogue'];
export var MECHANISMS = ['ADMM', 'ADMM-PLUS', 'ADMM-RETREAT', 'ARF', 'ACDFM', 'SLD', 'MCIS', 'XSF',
  'CHINA-ASEAN-DMM', 'UN-PK-MINISTERIAL', 'BILATERAL-DIALOGUE', 'OTHER'];

export var TYPE_COLORS = {
  reception: '#2563eb', talks: '#dc2626', call: '#0891b2', visit: '#16a34a',
  dialogue: '#9333ea', multilateral: '#ea580c', signing: '#ca8a04', port_call: '#0d9488',
  exercise: '#be185d', exchange: '#65a30d', meeting: '#64748b'
};
export var FRAMEWORK_COLORS = {
  comprehensive_strategic_partnership: '#b91c1c',
  strategic_partnership: '#ea580c',
  comprehensive_partnership: '#2563eb',
  traditional_friendship: '#15803d',
  special_relationship: '#7c3aed',
  none: '#94a3b8'
};
export var SERIES_COLORS = ['#2563eb', '#dc2626', '#16a34a', '#ea580c', '#9333ea', '#0891b2',
  '#ca8a04', '#be185d', '#475569', '#0d9488'];
export var SUBJECT = 'VN';
export var PAGE_SIZE = 50;
export var LANG_KEY = 'attache.lang';

export var state = {
  lang: 'vi',
  seq: 0,
  charts: [],
  cy: null,
  countries: null,      /* Promise of Map code -> {vi, en} */
  partners: null        /* Promise of partner rows, for the events filter */
};

/* ---------- small helpers ---------- */

export function t(key, vars) { return I18N.t(state.lang, key, vars); }
export function label(group, value) { return I18N.code(state.lang, group, value); }

export function $(sel) { return document.querySelector(sel); }

export function append(el, children) {
  for (var i = 0; i < children.length; i++) {
    var c = children[i];
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) { append(el, c); continue; }
    if (typeof c === 'string' || typeof c === 'number') c = document.createTextNode(String(c));
    el.appendChild(c);
  }
  return el;
}

/* h('tag', {className, id, text, href: '#/internal', dataset: {}, onclick: fn, attr: value}, ...children) */
export function h(tag, props) {
  var el = document.createElement(tag);
  if (props) {
    Object.keys(props).forEach(function (k) {
      var v = props[k];
      if (v === null || v === undefined || v === false) return;
      if (k === 'className') el.className = v;
      else if (k === 'text') el.textContent = String(v);
      else if (k === 'dataset') Object.keys(v).forEach(function (d) { el.dataset[d] = String(v[d]); });
      else if (k === 'href') el.setAttribute('href', internalHref(v));
      else if (k.slice(0, 2) === 'on' && typeof v === 'function') el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? '' : String(v));
    });
  }
  append(el, Array.prototype.slice.call(arguments, 2));
  return el;
}

/* Only hash routes built by this file are internal links. */
export function internalHref(v) {
  v = String(v);
  return v.charAt(0) === '#' ? v : '#/';
}

/* Goes to `hash`; the same hash again shows the view anew (hashchange is
 * what the router listens to). */
export function navigate(hash) {
  if (location.hash === hash) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else location.hash = hash;
}

/* An internal link; in English it says so (lang=en), so that a link copied
 * from the page opens in the language it was seen in. */
export function route_(parts, params) {
  var path = '#/' + parts.map(function (p) { return encodeURIComponent(String(p)); }).join('/');
  if (state.lang === 'en') params = Object.assign({}, params || {}, { lang: 'en' });
  if (params) {
    var qs = new URLSearchParams();
    Object.keys(params).forEach(function (k) {
      var v = params[k];
      if (v !== null && v !== undefined && String(v) !== '') qs.set(k, String(v));
    });
    var s = qs.toString();
    if (s) path += '?' + s;
  }
  return path;
}

export function link(parts, text, className, params) {
  return h('a', { href: route_(parts, params), className: className || null }, text);
}

/* An external URL from the data: http(s) only, shown as a new-tab link. */
export function safeExternalUrl(u) {
  if (typeof u !== 'string' || u === '') return null;
  try {
    var url = new URL(u, 'http://invalid.invalid/');
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.host !== 'invalid.invalid') return url.href;
  } catch (e) { /* not a URL */ }
  return null;
}

export function externalLink(u, text) {
  var safe = safeExternalUrl(u);
  if (!safe) return null;
  var a = h('a', { className: 'external', target: '_blank', rel: 'noopener noreferrer',
    referrerpolicy: 'no-referrer', title: t('external_link_note') }, text || safe);
  a.setAttribute('href', safe);
  return a;
}

export function fmtNumber(n) {
  if (n === null || n === undefined || n === '') return t('none');
  var x = Number(n);
  if (!isFinite(x)) return String(n);
  return new Intl.NumberFormat(state.lang === 'en' ? 'en-US' : 'vi-VN').format(x);
}

export function text(v) {
  return (v === null || v === undefined || v === '') ? t('none') : String(v);
}

/* "YYYY", "YYYY-MM", "YYYY-MM-DD", "XXXX-MM-DD" (year unknown), or a timestamp. */
export function fmtDate(d, quietUnknownYear) {
  if (d === null || d === undefined || d === '') return t('none');
  var m = /^(\d{4}|XXXX)(?:-(\d{2}|XX)(?:-(\d{2}|XX))?)?/.exec(String(d));
  if (!m) return String(d);
  var y = m[1], mo = m[2] && m[2] !== 'XX' ? parseInt(m[2], 10) : null;
  var da = m[3] && m[3] !== 'XX' && mo ? parseInt(m[3], 10) : null;
  var unknownYear = y === 'XXXX';
  var s;
  if (state.lang === 'en') {
    var mn = mo ? (I18N.months.en[mo - 1] || String(mo)) : '';
    s = da ? da + ' ' + mn : mn;
    if (!unknownYear) s = s ? s + ' ' + y : y;
  } else {
    s = da ? da + '/' + mo : (mo ? 'tháng ' + mo : '');
    if (!unknownYear) s = s ? s + '/' + y : y;
  }
  if (unknownYear && !quietUnknownYear) s = (s ? s + ' ' : '') + '(' + t('year_unknown') + ')';
  return s;
}

export function dateNode(d, dEnd) {
  var s = fmtDate(d);
  if (dEnd) {
    /* "26/3 – 28/3 (year unknown)", not the note twice */
    var bothUnknown = /^XXXX/.test(String(d || '')) && /^XXXX/.test(String(dEnd));
    s = bothUnknown ? fmtDate(d, true) + ' – ' + fmtDate(dEnd) : s + ' – ' + fmtDate(dEnd);
  }
  return h('span', { className: 'date', title: d ? String(d) + (dEnd ? ' – ' + dEnd : '') : null }, s);
}

/* An event's date as it can be trusted: its own (with how precise it is
 * and where it came from, in the title), or, with no year of its own, the
 * date of its first report: "reported 6 May 2024". */
export function eventDateNode(r) {
  var own = r.date && !/^XXXX/.test(String(r.date));
  if (!own && r.reported) {
    var node = h('span', { className: 'date date-reported', dataset: { precision: r.date_precision || 'none' },
      title: t('reported_title') + (r.date ? ' · ' + fmtDate(r.date) : '') },
    t('reported_on', { d: fmtDate(r.reported) }));
    return node;
  }
  var n = dateNode(r.date, r.date_end);
  if (r.date_precision) n.dataset.precision = r.date_precision;
  if (r.date_source) {
    n.dataset.source = r.date_source;
    n.title = t('precision_' + r.date_precision) + ' · ' + t('date_from_' + r.date_source);
  }
  return n;
}

/* The date an event is placed at: its own when it has a year, else its
 * reports' ("" when neither). */
export function placedDate(r) {
  if (r.date && !/^X/.test(String(r.date))) return String(r.date);
  return r.reported ? String(r.reported) : '';
}

export function fmtPeriod(from, to) {
  if (!from && !to) return t('none');
  if (from && to && String(from) !== String(to)) return from + '–' + to;
  return String(from || to);
}

/* Marks «like this» become <mark> elements; the rest stays text. */
export function markedText(s) {
  var frag = document.createDocumentFragment();
  s = s === null || s === undefined ? '' : String(s);
  var i = 0;
  for (;;) {
    var a = s.indexOf('«', i);
    if (a < 0) break;
    var b = s.indexOf('»', a + 1);
    if (b < 0) break;
    if (a > i) frag.appendChild(document.createTextNode(s.slice(i, a)));
    var mark = document.createElement('mark');
    mark.textContent = s.slice(a + 1, b);
    frag.appendChild(mark);
    i = b + 1;
  }
  if (i < s.length) frag.appendChild(document.createTextNode(s.slice(i)));
  return frag;
}

export function splitCodes(s) {
  if (Array.isArray(s)) return s.map(String);
  if (!s) return [];
  return String(s).split(/[\s,;]+/).filter(Boolean);
}

/* ---------- API ---------- */

export function ApiError(code, message, status) {
  this.code = code;
  this.message = message;
  this.status = status;
}

export function api(path, params) {
  var url = '/api/' + path;
  if (params) {
    var qs = new URLSearchParams();
    Object.keys(params).forEach(function (k) {
      var v = params[k];
      if (v !== null && v !== undefined && String(v).trim() !== '') qs.set(k, String(v).trim());
    });
    var s = qs.toString();
    if (s) url += '?' + s;
  }
  return fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
    .then(function (res) {
      return res.json().then(function (body) { return { res: res, body: body }; },
        function () { return { res: res, body: null }; });
    }, function () {
      throw new ApiError('network', t('error_network'), 0);
    })
    .then(function (r) {
      var body = r.body;
      if (!r.res.ok || !body || typeof body !== 'object' || body.error) {
        var e = body && body.error ? body.error : {};
        throw new ApiError(e.code || ('http_' + r.res.status), e.message || r.res.statusText || ('HTTP ' + r.res.status), r.res.status);
      }
      return body;
    });
}

/* A write (an analyst's change) with the token the user entered. */
export function write(method, path, body, token) {
  return fetch('/api/' + path, {
    method: method,
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: 'Bearer ' + token },
    credentials: 'same-origin',
    body: JSON.stringify(body)
  }).then(function (res) {
    return res.json().then(function (b) { return { res: res, body: b }; },
      function () { return { res: res, body: null }; });
  }, function () {
    throw new ApiError('network', t('error_network'), 0);
  }).then(function (r) {
    if (!r.res.ok || !r.body || r.body.error) {
      var e = r.body && r.body.error ? r.body.error : {};
      throw new ApiError(e.code || ('http_' + r.res.status), e.message || ('HTTP ' + r.res.status), r.res.status);
    }
    return r.body;
  });
}

export function rows(body, key) {
  var v = body && body[key];
  return Array.isArray(v) ? v : [];
}

export function first(body, key) {
  return rows(body, key)[0] || null;
}

export function loadCountries() {
  if (!state.countries) {
    state.countries = api('countries').then(function (body) {
      var map = new Map();
      rows(body, 'countries').forEach(function (c) {
        if (c && c.code) map.set(String(c.code), { vi: c.name_vi || c.name_en || c.code, en: c.name_en || c.name_vi || c.code });
      });
      countryMap = map;
      return map;
    }, function () {
      state.countries = null; /* try again on the next view */
      return new Map();
    });
  }
  return state.countries;
}

export function loadPartners() {
  if (!state.partners) {
    state.partners = api('partners').then(function (body) { return rows(body, 'partners'); },
      function (e) { state.partners = null; throw e; });
  }
  return state.partners;
}

/* every page of a paginated list, up to maxPages pages of 1000 rows */
export function fetchAll(path, params, key, maxPages) {
  var all = [];
  function step(cursor, left) {
    return api(path, Object.assign({ limit: 1000 }, params || {}, cursor ? { cursor: cursor } : {})).then(function (body) {
      all = all.concat(rows(body, key));
      if (body.next_cursor && left > 1) return step(body.next_cursor, left - 1);
      return all;
    });
  }
  return step(null, maxPages || 10);
}

export var countryMap = new Map();

/* /api/labels (data/labels.tsv and data/ranks.tsv): rank classes, mechanism
 * and current country names in both languages, and every way a rank is
 * written -> its class. */
export var labels = { rank: {}, mechanism: {}, country: {}, office: {}, rankOf: new Map(), offices: [], bodies: [] };
var labelsLoaded = null;

function foldRank(s) { return String(s).normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim(); }

export function loadLabels() {
  if (!labelsLoaded) {
    labelsLoaded = api('labels').then(function (body) {
      labels.rank = body.rank || {};
      labels.mechanism = body.mechanism || {};
      labels.country = body.country || {};
      (body.rank_of || []).forEach(function (p) { labels.rankOf.set(foldRank(p[0]), p[1]); });
      labels.office = body.office || {};
      /* offices as written, each with its label in both languages: those
         labels.tsv names (office_as), then those of positions.tsv by their
         class; longest first ("Thứ trưởng Quốc phòng" before "Thứ trưởng") */
      var offices = Object.keys(body.office_as || {}).map(function (p) { return [foldRank(p), body.office_as[p], null]; });
      (body.office_of || []).forEach(function (p) {
        if (labels.office[p[1]]) offices.push([foldRank(p[0]), labels.office[p[1]], p[1]]);
      });
      labels.offices = longestFirst(offices);
      labels.bodies = longestFirst(Object.keys(body.body || {}).map(function (p) { return [foldRank(p), body.body[p]]; }));
    }, function () { labelsLoaded = null; });
  }
  return labelsLoaded;
}

/* A rank as written, shown as its rank on the scale in the language of the
 * page ("Sen. Lt. Gen." -> "Thượng tướng"), the words as written in the title. */
export function rankLabel(rank) {
  if (!rank) return text(null);
  var cls = labels.rankOf.get(foldRank(rank));
  var entry = cls && labels.rank[cls];
  if (!entry) return h('span', { className: 'rank' }, String(rank));
  return h('span', { className: 'rank', title: String(rank), dataset: { rank: cls, order: entry.order || 99 } },
    state.lang === 'en' ? entry.en : entry.vi);
}

function longestFirst(list) {
  return list.map(function (x, i) { return [x, i]; })
    .sort(function (a, b) { return b[0][0].length - a[0][0].length || a[1] - b[1]; })
    .map(function (x) { return x[0]; });
}

/* The first entry of `list` ([folded phrase, ...], longest first) whose
 * phrase starts `folded` as whole words, and what follows it. */
function wordsAtStart(list, folded) {
  for (var i = 0; i < list.length; i++) {
    var p = list[i][0];
    if (folded === p || folded.indexOf(p + ' ') === 0 || folded.indexOf(p + ',') === 0)
      return { entry: list[i], rest: folded.slice(p.length).replace(/^[\s,]+/, '') };
  }
  return null;
}

/* An office as written, in the page's language. Written in that language it
 * is shown as written; written in the other, it is shown by its label: the
 * office that starts it (labels.tsv's office_as, or its class by
 * positions.tsv), then the body that follows ("Thứ trưởng Bộ Quốc phòng":
 * "Deputy Minister of National Defence") and a number after it ("Quân khu
 * 7"); the words as written in the title. In the English page an office in
 * Vietnamese that has no label is never shown in Vietnamese: "(title in
 * Vietnamese)", the words in the title. */
export function positionLabel(position) {
  if (!position) return text(null);
  var written = String(position), folded = foldRank(written);
  var vietnamese = /[^\x00-\x7f]/.test(written);
  var en = state.lang === 'en';
  if (en !== vietnamese) return h('span', { className: 'position' }, written);
  var office = wordsAtStart(labels.offices, folded);
  if (!office) {
    return en ? h('span', { className: 'position muted', title: written, dataset: { unlabelled: 'true' } }, t('office_in_vietnamese'))
      : h('span', { className: 'position' }, written);
  }
  var shown = en ? office.entry[1].en : office.entry[1].vi, rest = office.rest;
  var body = rest && wordsAtStart(labels.bodies, rest);
  if (body) {
    shown += ' ' + (en ? body.entry[1].en : body.entry[1].vi);
    rest = body.rest;
  }
  var number = /^(\d+)(?:\s+|$)/.exec(rest);
  if (number) {
    shown += ' ' + number[1];
    rest = rest.slice(number[0].length);
  }
  var props = { className: 'position', title: written, dataset: { labelled: rest ? 'part' : 'whole' } };
  if (office.entry[2]) props.dataset.office = office.entry[2];
  return h('span', props, shown);
}

export function mechanismLabel(code) {
  var entry = code && labels.mechanism[code];
  return entry ? (state.lang === 'en' ? entry.en : entry.vi) : (code ? String(code) : t('none'));
}

export function countryName(code, row) {
  if (!code) return t('none');
  var current = labels.country[String(code)];
  if (current) return state.lang === 'en' ? current.en : current.vi;
  if (row && (row.name || row.name_vi)) {
    var n = state.lang === 'en' ? (row.name || row.name_vi) : (row.name_vi || row.name);
    if (n) return String(n);
  }
  var c = countryMap.get(String(code));
  if (c) return state.lang === 'en' ? c.en : c.vi;
  if (code === SUBJECT) return state.lang === 'en' ? 'Vietnam' : 'Việt Nam';
  return String(code);
}

export function partnerLink(code, row) {
  if (!code) return text(null);
  return h('a', { href: route_(['partner', code]), className: 'partner-link', dataset: { code: code } },
    countryName(code, row));
}

export function countriesNode(s, withSubject) {
  var codes = splitCodes(s);
  var others = codes.filter(function (c) { return c !== SUBJECT; });
  var list = withSubject || others.length === 0 ? codes : others;
  if (list.length === 0) return text(null);
  var span = h('span', { className: 'countries' });
  list.forEach(function (c, i) {
    if (i) span.appendChild(document.createTextNode(', '));
    span.appendChild(c === SUBJECT ? h('span', null, countryName(c)) : partnerLink(c));
  });
  return span;
}

export function placeNode(p) {
  if (!p) return text(null);
  p = String(p);
  if (/^[A-Z]{2}$/.test(p) && (countryMap.has(p) || p === SUBJECT)) return countryName(p);
  return p;
}

export function personLink(id, name) {
  if (id === null || id === undefined || id === '') {
    return name ? link(['events'], String(name), 'person-link', { person: name }) : text(null);
  }
  return link(['person', id], text(name), 'person-link');
}

export function sourceLink(id, title) {
  if (id === null || id === undefined || id === '') return text(null);
  return link(['source', id], title ? String(title) : String(id), 'source-link');
}

export function frameworkBadge(fw) {
  var key = fw && FRAMEWORK_COLORS[fw] ? fw : 'none';
  var badge = h('span', { className: 'badge framework', dataset: { framework: fw || 'none' } },
    fw ? label('framework', fw) : t('network_none'));
  badge.style.borderLeftColor = FRAMEWORK_COLORS[key];
  return badge;
}

export function typeLabelled(type) {
  var s = h('span', { className: 'type-dot' });
  s.style.backgroundColor = TYPE_COLORS[type] || '#64748b';
  return s;
}

export function byTypeText(s) {
  if (!s) return t('none');
  return String(s).split(/\s*,\s*/).map(function (part) {
    var m = /^(\S+)\s+(\d+)$/.exec(part);
    return m ? label('type', m[1]) + ' ' + m[2] : part;
  }).join(', ');
}

/* ---------- building blocks ---------- */

/* columns: [{title, cell(row) -> node|string, className}] */
/* A cell of CSV, as the server writes it (src/cli/csv.c): RFC 4180 quoting,
 * and text a spreadsheet would run as a formula (= + - @ tab CR, not a plain
 * number) gets a ' before it. */
export function csvCell(v) {
  if (v === null || v === undefined) return '';
  var s = String(v);
  if (/^[=+\-@\t\r]/.test(s) && !/^[+-]?\d+(\.\d+)?$/.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

export function toCsv(data, keys) {
  if (!keys) {
    keys = [];
    data.forEach(function (r) { Object.keys(r || {}).forEach(function (k) { if (keys.indexOf(k) < 0) keys.push(k); }); });
  }
  return [keys.map(csvCell).join(',')].concat(data.map(function (r) {
    return keys.map(function (k) { return csvCell(r[k]); }).join(',');
  })).join('\r\n') + '\r\n';
}

/* A link that downloads `data` (the rows the table holds, all pages) as
 * NAME.csv, made in the page: no second request, the same rows. */
export function csvLink(data, name, keys) {
  var a = h('a', { className: 'csv-link', download: name + '.csv', dataset: { rows: data.length } }, t('download_csv'));
  a.addEventListener('click', function () {
    var url = URL.createObjectURL(new Blob([toCsv(data, keys)], { type: 'text/csv;charset=utf-8' }));
    a.setAttribute('href', url);
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  });
  a.setAttribute('href', '#');
  return a;
}

function sortValue(c, r, td) {
  if (c.sort) return c.sort(r);
  var s = td.textContent.trim();
  if (c.className && /\bnum\b/.test(c.className)) {
    var n = Number(s.replace(/[^\d.-]/g, ''));
    return isFinite(n) && s !== t('none') ? n : -Infinity;
  }
  return s === t('none') ? '' : s;
}

/* A link that downloads a list of the API as CSV, all of its rows (the
 * server writes it: `/api/PATH?format=csv`). */
export function serverCsvLink(path, n) {
  var a = h('a', { className: 'csv-link', download: '', dataset: { rows: n } }, t('download_csv_all'));
  a.setAttribute('href', '/api/' + path + '?format=csv');
  return a;
}

/* A table: columns [{title, cell(row) -> node|string, className, sort(row),
 * total: true (a sum in the footer)}], rows `data`; props {id, className,
 * rowProps(row), pageSize (default 50; 0: all), csv: NAME (a download of
 * its rows), csvKeys, csvPath (instead: the API's CSV of the list at
 * csvPath)}. Every column sorts by a click on its heading (aria-sort says
 * how); the footer gives the number of rows and the totals; long tables are
 * paged. */
export function table(columns, data, props) {
  props = props || {};
  if (!data.length) return h('p', { className: 'empty', id: props.id ? props.id + '-empty' : null }, t('no_rows'));
  if (props.pageOf) return pageOfTable(columns, data, props);
  var pageSize = props.pageSize === 0 ? Infinity : (props.pageSize || PAGE_SIZE);
  /* every row built once: sorting and paging move the rows, not rebuild them */
  var items = data.map(function (r, i) {
    var tr = h('tr', props.rowProps ? props.rowProps(r) : null);
    var keys = columns.map(function (c) {
      var td = h('td', { className: c.className || null }, c.cell(r));
      tr.appendChild(td);
      return sortValue(c, r, td);
    });
    return { row: r, tr: tr, keys: keys, index: i };
  });
  var page = 0, sortBy = -1, dir = 1;
  var tbody = h('tbody');
  var ths = columns.map(function (c, ci) {
    var th = h('th', { scope: 'col', className: c.className || null, 'aria-sort': 'none' },
      h('button', { type: 'button', className: 'sort', onclick: function () {
        dir = sortBy === ci ? -dir : 1;
        sortBy = ci;
        ths.forEach(function (x, xi) { x.setAttribute('aria-sort', xi === ci ? (dir > 0 ? 'ascending' : 'descending') : 'none'); });
        items.sort(function (a, b) {
          var x = a.keys[ci], y = b.keys[ci];
          var d = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), state.lang);
          return d * dir || a.index - b.index;
        });
        page = 0;
        draw();
      } }, c.title));
    return th;
  });
  var totals = columns.map(function (c, ci) {
    if (ci === 0) return h('td', { className: 'total-label' }, t('total_rows', { n: fmtNumber(data.length) }));
    if (!c.total) return h('td');
    var sum = 0;
    data.forEach(function (r) { sum += Number(c.total === true ? c.sort ? c.sort(r) : 0 : c.total(r)) || 0; });
    return h('td', { className: c.className || null, dataset: { total: sum } }, fmtNumber(sum));
  });
  var pager = h('div', { className: 'pager' });
  var tableProps = { className: 'data' + (props.className ? ' ' + props.className : ''), dataset: { rows: data.length } };
  if (props.id) tableProps.id = props.id;
  var tableEl = h('table', tableProps, h('thead', null, h('tr', null, ths)), tbody, h('tfoot', null, h('tr', null, totals)));
  function draw() {
    var pages = Math.max(1, Math.ceil(items.length / pageSize));
    var from = page ? page * pageSize : 0, to = Math.min(items.length, from + pageSize); /* 0 * Infinity is NaN */
    tbody.replaceChildren.apply(tbody, items.slice(from, to).map(function (x) { return x.tr; }));
    pager.replaceChildren();
    if (pages > 1) {
      pager.appendChild(h('button', { type: 'button', className: 'page-prev', disabled: page === 0,
        onclick: function () { page--; draw(); } }, '‹ ' + t('page_prev')));
      pager.appendChild(h('span', { className: 'page-info' }, t('page_info', { from: fmtNumber(from + 1), to: fmtNumber(to), n: fmtNumber(items.length) })));
      pager.appendChild(h('button', { type: 'button', className: 'page-next', disabled: page >= pages - 1,
        onclick: function () { page++; draw(); } }, t('page_next') + ' ›'));
    }
  }
  draw();
  var csv = props.csvPath ? serverCsvLink(props.csvPath, data.length) : props.csv ? csvLink(data, props.csv, props.csvKeys) : null;
  return h('div', { className: 'table-block' }, csv ? h('div', { className: 'table-tools' }, csv) : null,
    h('div', { className: 'table-wrap' }, tableEl), pager);
}

/* One page of a list the server pages (a partner's events, people...):
 * props.pageOf = {path, key, total, size, after} — the list at /api/PATH (its
 * rows under KEY), how many rows it has, how many a page holds, and for a
 * list paged by keyset, after(rows): the cursor of the page after those rows
 * (without it, a page starts at a number of rows); `data` is its
 * first page. The pager asks the server for the other pages; the columns
 * do not sort (they would sort one page of many: the list keeps the
 * server's order); the footer gives the length of the whole list, and the
 * CSV link downloads all of it. */
function pageOfTable(columns, data, props) {
  var of = props.pageOf;
  var plain = Object.assign({}, props, { pageOf: null, pageSize: 0, csv: null, csvPath: null });
  if (of.total <= data.length) return table(columns, data, Object.assign(plain, { csvPath: of.path }));
  var page = 0, pages = Math.ceil(of.total / of.size);
  var starts = [null]; /* keyset: where each page seen starts (the pager only steps to a neighbour) */
  if (of.after) starts[1] = of.after(data);
  var holder = h('div', { className: 'table-wrap' });
  var info = h('span', { className: 'page-info' });
  var prev = h('button', { type: 'button', className: 'page-prev', onclick: function () { show(page - 1); } }, '‹ ' + t('page_prev'));
  var next = h('button', { type: 'button', className: 'page-next', onclick: function () { show(page + 1); } }, t('page_next') + ' ›');
  var problem = h('div');
  function draw(rowsNow) {
    var cols = columns.map(function (c) { return Object.assign({}, c, { total: null }); });
    var el = table(cols, rowsNow, plain).querySelector('table');
    el.querySelectorAll('thead button.sort').forEach(function (b) { b.replaceWith(b.textContent); });
    el.querySelector('tfoot .total-label').textContent = t('total_rows', { n: fmtNumber(of.total) });
    el.dataset.rows = String(of.total);
    el.dataset.page = String(page);
    holder.replaceChildren(el);
    var from = page * of.size;
    info.textContent = t('page_info', { from: fmtNumber(from + 1), to: fmtNumber(from + rowsNow.length), n: fmtNumber(of.total) });
    prev.disabled = page === 0;
    next.disabled = page >= pages - 1;
  }
  function show(p) {
    prev.disabled = next.disabled = true;
    problem.replaceChildren();
    api(of.path, { limit: of.size, cursor: of.after ? starts[p] : p ? p * of.size : null }).then(function (body) {
      page = p;
      var got = rows(body, of.key);
      if (of.after && got.length) starts[p + 1] = of.after(got);
      draw(got);
    }, function (e) {
      problem.replaceChildren(errorBox(e));
      prev.disabled = page === 0;
      next.disabled = page >= pages - 1;
    });
  }
  draw(data);
  return h('div', { className: 'table-block', dataset: { paged: 'server' } },
    h('div', { className: 'table-tools' }, serverCsvLink(of.path, of.total)), holder,
    h('div', { className: 'pager' }, prev, info, next), problem);
}

/* Links to download /api/export (as `attache export` writes it) with the
 * view's filters: formats are [format, extra parameters, link text]. The
 * href is set directly: h() keeps only the UI's own #/ routes as links. */
export function downloads(id, filters, formats) {
  return h('p', { className: 'downloads', id: id }, t('download'), ' ', formats.map(function (f, i) {
    var a = h('a', { download: '', className: 'download', dataset: { format: f[0] } }, f[2]);
    a.setAttribute('href', '/api/export?' + new URLSearchParams(Object.assign({ format: f[0] }, f[1], filters)));
    return [i ? ' · ' : '', a];
  }));
}

export function section(title, body, props) {
  return h('section', Object.assign({ className: 'panel' }, props || {}), h('h2', null, title), body);
}

// A "more" button over a cursor-paged answer: fetchPage(cursor) asks for the
// next page, showPage(page) adds it; the button hides when none is left, and
// an error is shown in errorParent.
export function wireMore(ctx, more, cursor, errorParent, fetchPage, showPage) {
  more.hidden = !cursor;
  more.addEventListener('click', function () {
    if (!cursor) return;
    more.disabled = true;
    fetchPage(cursor).then(function (next) {
      if (!ctx.alive()) return;
      showPage(next);
      cursor = next.next_cursor;
      more.hidden = !cursor;
      more.disabled = false;
    }).catch(function (e) {
      if (!ctx.alive()) return;
      more.disabled = false;
      errorParent.appendChild(errorBox(e));
    });
  });
}

export function errorBox(e) {
  var msg = e && e.message ? String(e.message) : String(e);
  return h('div', { className: 'error', role: 'alert' },
    h('strong', null, t('error_title')),
    h('p', null, msg),
    e && e.code ? h('p', { className: 'muted' }, String(e.code)) : null);
}

export function eventColumns() {
  return [
    { title: t('col_date'), className: 'nowrap', sort: placedDate, cell: function (r) { return eventDateNode(r); } },
    { title: t('col_type'), cell: function (r) {
      return h('span', { className: 'type-cell' }, typeLabelled(r.type),
        h('a', { href: route_(['event', r.id]), className: 'event-link event-type', dataset: { type: r.type || '' } },
          r.type ? label('type', r.type) : t('event_title')));
    } },
    { title: t('col_countries'), cell: function (r) { return countriesNode(r.countries); } },
    { title: t('col_mechanism'), cell: function (r) { return r.mechanism ? h('span', { title: r.mechanism }, mechanismLabel(r.mechanism)) : text(null); } },
    { title: t('col_place'), cell: function (r) { return placeNode(r.place); } },
    { title: t('col_participants'), className: 'participants', cell: function (r) { return text(r.participants); } },
    { title: t('col_sources'), className: 'num', total: true, sort: function (r) { return Number(r.sources) || 0; },
      cell: function (r) { return fmtNumber(r.sources); } }
  ];
}

export function eventRowProps(r) {
  return { className: 'event-row', dataset: { id: r.id, type: r.type || '' } };
}

export function eventsTable(data, id, props) {
  return table(eventColumns(), data, Object.assign({ id: id, className: 'events', rowProps: eventRowProps }, props || {}));
}

export function eventRowElement(r) {
  var tr = h('tr', eventRowProps(r));
  eventColumns().forEach(function (c) { tr.appendChild(h('td', { className: c.className || null }, c.cell(r))); });
  return tr;
}

export function agreementsTable(data, withParties, props) {
  var cols = [
    { title: t('col_date'), className: 'nowrap', cell: function (r) { return dateNode(r.date); } },
    { title: t('col_kind'), cell: function (r) { return r.kind ? label('kind', r.kind) : t('none'); } },
    { title: t('col_title'), className: 'wide', cell: function (r) { return text(r.title); } }
  ];
  if (withParties) cols.push({ title: t('col_countries'), cell: function (r) { return countriesNode(r.parties, true); } });
  cols.push(
    { title: t('col_status'), cell: function (r) { return r.status ? label('status', r.status) : t('none'); } },
    { title: t('col_period'), className: 'nowrap', cell: function (r) { return fmtPeriod(r.period_from, r.period_to); } },
    { title: t('col_source'), cell: function (r) { return sourceLink(r.source); } });
  /* props.columns: more columns at the end (an analyst's buttons) */
  if (props && props.columns) cols = cols.concat(props.columns);
  return table(cols, data, Object.assign({ className: 'agreements' }, props || {}));
}

export function figureValue(r) {
  var q = r.qualifier ? label('qualifier', r.qualifier) : '';
  return (q ? q + ' ' : '') + fmtNumber(r.value);
}

export function metricLabel(r) {
  var m = label('metric', r.metric);
  if (r.metric === 'other' && r.label) return String(r.label).replace(/_/g, ' ');
  return m || t('none');
}
