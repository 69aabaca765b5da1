/* attache web UI: a single page over the JSON API of `attache serve`.
 *
 * Routes (hash): #/ dashboard, #/events?partner=&type=&since=&until=&person=
 * &mechanism=&area=, #/event/ID, #/partner/CODE, #/person/ID, #/source/ID,
 * #/search?q=TEXT.
 *
 * Security: everything that comes from the API is untrusted article text.
 * The DOM is built with createElement and textContent only; links from data
 * are either internal hash routes (built here, path parts percent-encoded) or
 * external http(s) URLs checked by safeExternalUrl(). No HTML string is ever
 * parsed. The page runs under a strict CSP (no inline script or style). */
(function () {
  'use strict';

  var I18N = globalThis.AttacheI18n;

  var EVENT_TYPES = ['reception', 'talks', 'call', 'visit', 'dialogue', 'multilateral',
    'signing', 'port_call', 'exercise', 'exchange', 'meeting'];
  var FRAMEWORKS = ['comprehensive_strategic_partnership', 'strategic_partnership',
    'comprehensive_partnership', 'traditional_friendship', 'special_relationship'];
  var AREAS = ['training', 'peacekeeping', 'war_legacy', 'military_medicine', 'defense_industry',
    'military_trade', 'hydrography', 'military_science', 'maritime_security', 'border',
    'search_rescue', 'cyber', 'political_education', 'information', 'logistics', 'technical',
    'delegation_exchange', 'strategic_dialogue'];
  var MECHANISMS = ['ADMM', 'ADMM-PLUS', 'ADMM-RETREAT', 'ARF', 'ACDFM', 'SLD', 'MCIS', 'XSF',
    'CHINA-ASEAN-DMM', 'UN-PK-MINISTERIAL', 'BILATERAL-DIALOGUE', 'OTHER'];

  var TYPE_COLORS = {
    reception: '#2563eb', talks: '#dc2626', call: '#0891b2', visit: '#16a34a',
    dialogue: '#9333ea', multilateral: '#ea580c', signing: '#ca8a04', port_call: '#0d9488',
    exercise: '#be185d', exchange: '#65a30d', meeting: '#64748b'
  };
  var FRAMEWORK_COLORS = {
    comprehensive_strategic_partnership: '#b91c1c',
    strategic_partnership: '#ea580c',
    comprehensive_partnership: '#2563eb',
    traditional_friendship: '#15803d',
    special_relationship: '#7c3aed',
    none: '#94a3b8'
  };
  var SERIES_COLORS = ['#2563eb', '#dc2626', '#16a34a', '#ea580c', '#9333ea', '#0891b2',
    '#ca8a04', '#be185d', '#475569', '#0d9488'];
  var SUBJECT = 'VN';
  var PAGE_SIZE = 50;
  var LANG_KEY = 'attache.lang';

  var state = {
    lang: 'vi',
    seq: 0,
    charts: [],
    cy: null,
    countries: null,      /* Promise of Map code -> {vi, en} */
    partners: null        /* Promise of partner rows, for the events filter */
  };

  /* ---------- small helpers ---------- */

  function t(key, vars) { return I18N.t(state.lang, key, vars); }
  function label(group, value) { return I18N.code(state.lang, group, value); }

  function $(sel) { return document.querySelector(sel); }

  function append(el, children) {
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
  function h(tag, props) {
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
  function internalHref(v) {
    v = String(v);
    return v.charAt(0) === '#' ? v : '#/';
  }

  function route_(parts, params) {
    var path = '#/' + parts.map(function (p) { return encodeURIComponent(String(p)); }).join('/');
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

  function link(parts, text, className, params) {
    return h('a', { href: route_(parts, params), className: className || null }, text);
  }

  /* An external URL from the data: http(s) only, shown as a new-tab link. */
  function safeExternalUrl(u) {
    if (typeof u !== 'string' || u === '') return null;
    try {
      var url = new URL(u, 'http://invalid.invalid/');
      if ((url.protocol === 'http:' || url.protocol === 'https:') && url.host !== 'invalid.invalid') return url.href;
    } catch (e) { /* not a URL */ }
    return null;
  }

  function externalLink(u, text) {
    var safe = safeExternalUrl(u);
    if (!safe) return null;
    var a = h('a', { className: 'external', target: '_blank', rel: 'noopener noreferrer',
      referrerpolicy: 'no-referrer', title: t('external_link_note') }, text || safe);
    a.setAttribute('href', safe);
    return a;
  }

  function fmtNumber(n) {
    if (n === null || n === undefined || n === '') return t('none');
    var x = Number(n);
    if (!isFinite(x)) return String(n);
    return new Intl.NumberFormat(state.lang === 'en' ? 'en-US' : 'vi-VN').format(x);
  }

  function text(v) {
    return (v === null || v === undefined || v === '') ? t('none') : String(v);
  }

  /* "YYYY", "YYYY-MM", "YYYY-MM-DD", "XXXX-MM-DD" (year unknown), or a timestamp. */
  function fmtDate(d, quietUnknownYear) {
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

  function dateNode(d, dEnd) {
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
  function eventDateNode(r) {
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

  function fmtPeriod(from, to) {
    if (!from && !to) return t('none');
    if (from && to && String(from) !== String(to)) return from + '–' + to;
    return String(from || to);
  }

  /* Marks «like this» become <mark> elements; the rest stays text. */
  function markedText(s) {
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

  function splitCodes(s) {
    if (Array.isArray(s)) return s.map(String);
    if (!s) return [];
    return String(s).split(/[\s,;]+/).filter(Boolean);
  }

  /* ---------- API ---------- */

  function ApiError(code, message, status) {
    this.code = code;
    this.message = message;
    this.status = status;
  }

  function api(path, params) {
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
  function write(method, path, body, token) {
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

  function rows(body, key) {
    var v = body && body[key];
    return Array.isArray(v) ? v : [];
  }

  function first(body, key) {
    return rows(body, key)[0] || null;
  }

  function loadCountries() {
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

  function loadPartners() {
    if (!state.partners) {
      state.partners = api('partners').then(function (body) { return rows(body, 'partners'); },
        function (e) { state.partners = null; throw e; });
    }
    return state.partners;
  }

  /* every page of a paginated list, up to maxPages pages of 1000 rows */
  function fetchAll(path, params, key, maxPages) {
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

  var countryMap = new Map();

  function countryName(code, row) {
    if (!code) return t('none');
    if (row && (row.name || row.name_vi)) {
      var n = state.lang === 'en' ? (row.name || row.name_vi) : (row.name_vi || row.name);
      if (n) return String(n);
    }
    var c = countryMap.get(String(code));
    if (c) return state.lang === 'en' ? c.en : c.vi;
    if (code === SUBJECT) return state.lang === 'en' ? 'Vietnam' : 'Việt Nam';
    return String(code);
  }

  function partnerLink(code, row) {
    if (!code) return text(null);
    return h('a', { href: route_(['partner', code]), className: 'partner-link', dataset: { code: code } },
      countryName(code, row));
  }

  function countriesNode(s, withSubject) {
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

  function placeNode(p) {
    if (!p) return text(null);
    p = String(p);
    if (/^[A-Z]{2}$/.test(p) && (countryMap.has(p) || p === SUBJECT)) return countryName(p);
    return p;
  }

  function personLink(id, name) {
    if (id === null || id === undefined || id === '') {
      return name ? link(['events'], String(name), 'person-link', { person: name }) : text(null);
    }
    return link(['person', id], text(name), 'person-link');
  }

  function sourceLink(id, title) {
    if (id === null || id === undefined || id === '') return text(null);
    return link(['source', id], title ? String(title) : String(id), 'source-link');
  }

  function frameworkBadge(fw) {
    var key = fw && FRAMEWORK_COLORS[fw] ? fw : 'none';
    var badge = h('span', { className: 'badge framework', dataset: { framework: fw || 'none' } },
      fw ? label('framework', fw) : t('network_none'));
    badge.style.borderLeftColor = FRAMEWORK_COLORS[key];
    return badge;
  }

  function typeLabelled(type) {
    var s = h('span', { className: 'type-dot' });
    s.style.backgroundColor = TYPE_COLORS[type] || '#64748b';
    return s;
  }

  function byTypeText(s) {
    if (!s) return t('none');
    return String(s).split(/\s*,\s*/).map(function (part) {
      var m = /^(\S+)\s+(\d+)$/.exec(part);
      return m ? label('type', m[1]) + ' ' + m[2] : part;
    }).join(', ');
  }

  /* ---------- building blocks ---------- */

  /* columns: [{title, cell(row) -> node|string, className}] */
  function table(columns, data, props) {
    if (!data.length) return h('p', { className: 'empty' }, t('no_rows'));
    var thead = h('thead', null, h('tr', null, columns.map(function (c) {
      return h('th', { scope: 'col', className: c.className || null }, c.title);
    })));
    var tbody = h('tbody');
    data.forEach(function (r) {
      tbody.appendChild(h('tr', props && props.rowProps ? props.rowProps(r) : null, columns.map(function (c) {
        return h('td', { className: c.className || null }, c.cell(r));
      })));
    });
    var tableProps = { className: 'data' + (props && props.className ? ' ' + props.className : '') };
    if (props && props.id) tableProps.id = props.id;
    return h('div', { className: 'table-wrap' }, h('table', tableProps, thead, tbody));
  }

  /* Links to download /api/export (as `attache export` writes it) with the
     view's filters: formats are [format, extra parameters, link text]. The
     href is set directly: h() keeps only the UI's own #/ routes as links. */
  function downloads(id, filters, formats) {
    return h('p', { className: 'downloads', id: id }, t('download'), ' ', formats.map(function (f, i) {
      var a = h('a', { download: '', className: 'download', dataset: { format: f[0] } }, f[2]);
      a.setAttribute('href', '/api/export?' + new URLSearchParams(Object.assign({ format: f[0] }, f[1], filters)));
      return [i ? ' · ' : '', a];
    }));
  }

  function section(title, body, props) {
    return h('section', Object.assign({ className: 'panel' }, props || {}), h('h2', null, title), body);
  }

  // A "more" button over a cursor-paged answer: fetchPage(cursor) asks for the
  // next page, showPage(page) adds it; the button hides when none is left, and
  // an error is shown in errorParent.
  function wireMore(ctx, more, cursor, errorParent, fetchPage, showPage) {
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

  function errorBox(e) {
    var msg = e && e.message ? String(e.message) : String(e);
    return h('div', { className: 'error', role: 'alert' },
      h('strong', null, t('error_title')),
      h('p', null, msg),
      e && e.code ? h('p', { className: 'muted' }, String(e.code)) : null);
  }

  function eventColumns() {
    return [
      { title: t('col_date'), className: 'nowrap', cell: function (r) { return eventDateNode(r); } },
      { title: t('col_type'), cell: function (r) {
        return h('span', { className: 'type-cell' }, typeLabelled(r.type),
          h('a', { href: route_(['event', r.id]), className: 'event-link event-type', dataset: { type: r.type || '' } },
            r.type ? label('type', r.type) : t('event_title')));
      } },
      { title: t('col_countries'), cell: function (r) { return countriesNode(r.countries); } },
      { title: t('col_mechanism'), cell: function (r) { return text(r.mechanism); } },
      { title: t('col_place'), cell: function (r) { return placeNode(r.place); } },
      { title: t('col_participants'), className: 'participants', cell: function (r) { return text(r.participants); } },
      { title: t('col_sources'), className: 'num', cell: function (r) { return fmtNumber(r.sources); } }
    ];
  }

  function eventRowProps(r) {
    return { className: 'event-row', dataset: { id: r.id, type: r.type || '' } };
  }

  function eventsTable(data, id) {
    return table(eventColumns(), data, { id: id, className: 'events', rowProps: eventRowProps });
  }

  function eventRowElement(r) {
    var tr = h('tr', eventRowProps(r));
    eventColumns().forEach(function (c) { tr.appendChild(h('td', { className: c.className || null }, c.cell(r))); });
    return tr;
  }

  function agreementsTable(data, withParties) {
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
    return table(cols, data, { className: 'agreements' });
  }

  function figureValue(r) {
    var q = r.qualifier ? label('qualifier', r.qualifier) : '';
    return (q ? q + ' ' : '') + fmtNumber(r.value);
  }

  function metricLabel(r) {
    var m = label('metric', r.metric);
    if (r.metric === 'other' && r.label) return String(r.label).replace(/_/g, ' ');
    return m || t('none');
  }

  /* ---------- views ---------- */

  function viewDashboard(ctx) {
    return Promise.all([api('stats'), api('partners'), loadCountries()]).then(function (res) {
      var stats = res[0], partners = rows(res[1], 'partners');
      var root = h('section', { id: 'dashboard', className: 'view', dataset: { ready: 'false' } });
      root.appendChild(h('h1', null, t('dashboard_title')));
      root.appendChild(h('p', { className: 'lead' }, t('dashboard_lead')));

      var grid = h('div', { id: 'stats', className: 'stat-grid' });
      rows(stats, 'stats').forEach(function (s) {
        grid.appendChild(h('div', { className: 'stat-card', dataset: { what: s.what, count: s.count } },
          h('span', { className: 'stat-value' }, fmtNumber(s.count)),
          h('span', { className: 'stat-label' }, label('stat', s.what))));
      });
      root.appendChild(grid);

      var periodsCanvas = h('canvas', { id: 'chart-periods', role: 'img', 'aria-label': t('chart_periods') });
      var periodsNote = h('p', { className: 'note', id: 'periods-note' });
      var periodsChartNow = null;
      function drawPeriods(by) {
        if (periodsChartNow) { periodsChartNow.destroy(); state.charts.splice(state.charts.indexOf(periodsChartNow), 1); }
        periodsChartNow = periodsChart(periodsCanvas, periodsNote, stats, by);
        byYear.setAttribute('aria-pressed', String(by === 'year'));
        byQuarter.setAttribute('aria-pressed', String(by === 'quarter'));
      }
      var byYear = h('button', { type: 'button', id: 'periods-year', className: 'toggle', onclick: function () { drawPeriods('year'); } }, t('by_year'));
      var byQuarter = h('button', { type: 'button', id: 'periods-quarter', className: 'toggle', onclick: function () { drawPeriods('quarter'); } }, t('by_quarter'));
      var figuresCanvas = h('canvas', { id: 'chart-figures', role: 'img', 'aria-label': t('chart_figures') });
      var figuresNote = h('p', { className: 'note' });
      root.appendChild(h('div', { className: 'grid-2' },
        section(t('chart_periods'), [h('div', { className: 'toggles' }, byYear, byQuarter),
          h('div', { className: 'chart-box' }, periodsCanvas), periodsNote], { id: 'panel-periods' }),
        section(t('chart_figures'), [h('div', { className: 'chart-box' }, figuresCanvas), figuresNote], { id: 'panel-figures' })));

      var net = h('div', { id: 'partner-network', className: 'network', role: 'img', 'aria-label': t('network_title') });
      var legend = h('ul', { className: 'legend', id: 'network-legend' });
      root.appendChild(section(t('network_title'), [h('p', { className: 'hint' }, t('network_hint')), net, legend,
        downloads('network-downloads', {}, [['graphml', {}, 'GraphML'], ['gexf', {}, 'GEXF'],
          ['gexf', { people: '1' }, t('download_people')]])], { id: 'panel-network' }));

      root.appendChild(section(t('partners_title'), table([
        { title: t('col_partner'), cell: function (r) {
          return [partnerLink(r.partner, r), h('span', { className: 'code' }, ' ' + text(r.partner))];
        } },
        { title: t('col_framework'), cell: function (r) { return frameworkBadge(r.framework); } },
        { title: t('col_events'), className: 'num', cell: function (r) { return fmtNumber(r.events); } },
        { title: t('col_by_type'), cell: function (r) { return byTypeText(r.by_type); } },
        { title: t('col_agreements'), className: 'num', cell: function (r) { return fmtNumber(r.agreements); } },
        { title: t('col_first'), className: 'nowrap', cell: function (r) { return dateNode(r.first_engagement); } },
        { title: t('col_last'), className: 'nowrap', cell: function (r) { return dateNode(r.last_engagement); } }
      ], partners, { id: 'partners-table' }), { id: 'panel-partners' }));

      return {
        node: root,
        title: t('dashboard_title'),
        mount: function () {
          var jobs = [];
          jobs.push(Promise.resolve().then(function () { drawPeriods('year'); })
            .catch(function (e) { periodsNote.replaceChildren(errorBox(e)); }));
          jobs.push(fetchAll('figures', null, 'figures').then(function (figures) {
            if (!ctx.alive()) return;
            figuresChart(figuresCanvas, figuresNote, figures);
          }).catch(function (e) { figuresNote.replaceChildren(errorBox(e)); }));
          jobs.push(Promise.resolve().then(function () { network(net, legend, partners); })
            .catch(function (e) { legend.replaceChildren(h('li', null, errorBox(e))); }));
          return Promise.all(jobs).then(function () {
            if (ctx.alive()) root.dataset.ready = 'true';
          });
        }
      };
    });
  }

  /* Events per year (or quarter) by type. Every event is counted once
   * (stats.events_by_period): by its own date, or, with no year of its own,
   * by the date of its reports (drawn lighter); those with neither are
   * counted apart in the note, never left out silently. */
  function periodsChart(canvas, note, stats, by) {
    if (typeof globalThis.Chart !== 'function') throw new Error('Chart.js did not load');
    var data = rows(stats, 'events_by_period');
    var undated = 0, reported = 0, yearOnly = 0;
    var periods = {};
    function key(r) { return by === 'quarter' ? r.year + ' Q' + r.quarter : String(r.year); }
    data.forEach(function (r) {
      var n = Number(r.count) || 0;
      if (!r.year) { undated += n; return; }
      if (by === 'quarter' && !r.quarter) { yearOnly += n; return; }
      if (r.placed_by === 'reported') reported += n;
      periods[key(r)] = true;
    });
    var labels = Object.keys(periods).sort();
    if (labels.length > 1) {
      /* a continuous axis, so that quiet periods show as gaps */
      var first = labels[0], last = labels[labels.length - 1], all = [];
      var y = parseInt(first, 10), q = by === 'quarter' ? parseInt(first.slice(-1), 10) : 0;
      var ly = parseInt(last, 10), lq = by === 'quarter' ? parseInt(last.slice(-1), 10) : 0;
      while ((y < ly || (y === ly && q <= lq)) && all.length < 400) {
        all.push(by === 'quarter' ? y + ' Q' + q : String(y));
        if (by === 'quarter') { if (++q > 4) { q = 1; y++; } } else y++;
      }
      labels = all;
    }
    var index = {};
    labels.forEach(function (l, i) { index[l] = i; });
    var types = EVENT_TYPES.slice();
    data.forEach(function (r) { if (types.indexOf(r.type) < 0) types.push(r.type); });
    var datasets = [];
    ['date', 'reported'].forEach(function (placedBy) {
      types.forEach(function (type) {
        var values = labels.map(function () { return 0; });
        data.forEach(function (r) {
          if (r.type === type && r.placed_by === placedBy && r.year && index[key(r)] !== undefined) values[index[key(r)]] += Number(r.count) || 0;
        });
        if (!values.some(function (v) { return v > 0; })) return;
        datasets.push({ label: label('type', type) + (placedBy === 'reported' ? ' (' + t('reported_short') + ')' : ''),
          data: values, backgroundColor: (TYPE_COLORS[type] || '#64748b') + (placedBy === 'reported' ? '66' : ''),
          borderWidth: 0, typeCode: type, placedBy: placedBy });
      });
    });
    var parts = [t(by === 'quarter' ? 'chart_counted_quarter' : 'chart_counted_year')];
    if (reported) parts.push(t('chart_reported_note', { n: fmtNumber(reported) }));
    if (yearOnly) parts.push(t('chart_year_only_note', { n: fmtNumber(yearOnly) }));
    if (undated) parts.push(t('chart_undated_note', { n: fmtNumber(undated) }));
    note.textContent = labels.length === 0 ? t('no_rows') : parts.join(' ');
    note.dataset.undated = String(undated);
    note.dataset.reported = String(reported);
    var chart = new globalThis.Chart(canvas, {
      type: 'bar',
      data: { labels: labels, datasets: datasets },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        interaction: { mode: 'index', intersect: false },
        scales: {
          x: { stacked: true, grid: { display: false }, ticks: { autoSkip: true, maxRotation: 0 } },
          y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: t('axis_events') } }
        },
        plugins: {
          legend: { position: 'bottom', labels: { boxWidth: 12, filter: function (item, d) { return d.datasets[item.datasetIndex].placedBy === 'date'; } } },
          tooltip: { filter: function (item) { return item.raw > 0; } }
        }
      }
    });
    state.charts.push(chart);
    canvas.dataset.ready = 'true';
    canvas.dataset.by = by;
    return chart;
  }

  /* "2019-11-06" -> 2019.84; null for unknown years */
  function decimalYear(d) {
    var m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(String(d || ''));
    if (!m) return null;
    var y = Number(m[1]), mo = m[2] ? Number(m[2]) : 7, da = m[3] ? Number(m[3]) : (m[2] ? 15 : 1);
    return y + ((mo - 1) * 30.44 + (da - 1)) / 365.25;
  }

  function figuresChart(canvas, note, figures) {
    if (typeof globalThis.Chart !== 'function') throw new Error('Chart.js did not load');
    var series = new Map();
    var undated = 0;
    figures.forEach(function (r) {
      var x = decimalYear(r.as_of);
      var y = Number(r.value);
      if (x === null || !isFinite(y)) { undated++; return; }
      var key = r.metric === 'other' && r.label ? 'other:' + r.label : String(r.metric);
      if (!series.has(key)) series.set(key, { name: metricLabel(r), points: [] });
      series.get(key).points.push({ x: x, y: y, as_of: r.as_of, qualifier: r.qualifier, source: r.source });
    });
    var minX = Infinity, maxX = -Infinity;
    var datasets = [];
    Array.from(series.keys()).sort().forEach(function (key, i) {
      var s = series.get(key);
      s.points.sort(function (a, b) { return a.x - b.x; });
      s.points.forEach(function (p) { minX = Math.min(minX, p.x); maxX = Math.max(maxX, p.x); });
      var color = SERIES_COLORS[i % SERIES_COLORS.length];
      datasets.push({ label: s.name, data: s.points, borderColor: color, backgroundColor: color,
        pointRadius: 4, pointHoverRadius: 6, tension: 0, spanGaps: true });
    });
    note.textContent = datasets.length === 0 ? t('no_rows') : '';
    if (undated) note.textContent = (note.textContent ? note.textContent + ' ' : '') + t('chart_figures_undated', { n: undated });
    var lo = isFinite(minX) ? Math.floor(minX) : new Date().getFullYear() - 1;
    var hi = isFinite(maxX) ? Math.floor(maxX) + 1 : lo + 2;
    var chart = new globalThis.Chart(canvas, {
      type: 'line',
      data: { datasets: datasets },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        parsing: false,
        scales: {
          x: { type: 'linear', min: lo, max: hi,
            ticks: { stepSize: Math.max(1, Math.ceil((hi - lo) / 10)), precision: 0,
              callback: function (v) { return Number.isInteger(v) ? String(v) : ''; } } },
          y: { beginAtZero: true, ticks: { precision: 0 } }
        },
        plugins: {
          legend: { position: 'bottom', labels: { boxWidth: 12 } },
          tooltip: { callbacks: {
            title: function (items) { return items.length ? fmtDate(items[0].raw.as_of) : ''; },
            label: function (item) {
              var r = item.raw;
              var q = r.qualifier ? label('qualifier', r.qualifier) : '';
              return item.dataset.label + ': ' + (q ? q + ' ' : '') + fmtNumber(r.y);
            }
          } }
        }
      }
    });
    state.charts.push(chart);
    canvas.dataset.ready = 'true';
  }

  function network(container, legend, partners) {
    if (typeof globalThis.cytoscape !== 'function') throw new Error('Cytoscape.js did not load');
    var list = partners.filter(function (p) { return p && p.partner && p.partner !== SUBJECT; });
    var fwRank = function (p) {
      var i = FRAMEWORKS.indexOf(p.framework);
      return i < 0 ? FRAMEWORKS.length : i;
    };
    /* rings round VN: the partners with most events nearest; within a ring,
       partners of one framework sit together */
    list = list.slice().sort(function (a, b) {
      return (Number(b.events) || 0) - (Number(a.events) || 0) || String(a.partner).localeCompare(String(b.partner));
    });
    var maxEvents = list.reduce(function (m, p) { return Math.max(m, Number(p.events) || 0); }, 1);
    var elements = [{ group: 'nodes', data: { id: SUBJECT, label: countryName(SUBJECT), kind: 'subject',
      color: '#111827', size: 68 }, position: { x: 0, y: 0 } }];
    var placed = 0;
    for (var ring = 0; placed < list.length; ring++) {
      var capacity = 18 + 12 * ring;
      var members = list.slice(placed, placed + capacity);
      if (list.length - placed - members.length < 4 && list.length - placed - members.length > 0) {
        members = list.slice(placed); /* no ring of two or three */
      }
      placed += members.length;
      members.sort(function (a, b) {
        return fwRank(a) - fwRank(b) || (Number(b.events) || 0) - (Number(a.events) || 0) ||
          String(a.partner).localeCompare(String(b.partner));
      });
      var radius = Math.max(150 + 130 * ring, members.length * 10);
      var offset = ring % 2 ? Math.PI / members.length : 0;
      members.forEach(function (p, i) {
        var angle = -Math.PI / 2 + offset + (2 * Math.PI * i) / members.length;
        var ev = Number(p.events) || 0;
        var fw = FRAMEWORK_COLORS[p.framework] ? p.framework : 'none';
        /* the label on the outer side of the node, away from its neighbours */
        var cx = Math.cos(angle), cy = Math.sin(angle);
        var side = Math.abs(cy) > 0.92 ? (cy < 0 ? 'label-top' : 'label-bottom') : (cx < 0 ? 'label-left' : 'label-right');
        elements.push({ group: 'nodes', classes: side,
          data: { id: String(p.partner), label: countryName(p.partner, p), kind: 'partner', framework: fw,
            color: FRAMEWORK_COLORS[fw], size: 16 + 40 * Math.sqrt(ev / maxEvents), events: ev },
          position: { x: radius * cx, y: radius * cy } });
        elements.push({ group: 'edges',
          data: { id: 'e-' + p.partner, source: SUBJECT, target: String(p.partner),
            width: 1 + 5 * (ev / maxEvents) } });
      });
    }
    /* more rings, more room */
    if (ring > 1) container.style.height = Math.min(900, 460 + 120 * (ring - 1)) + 'px';
    var cy = globalThis.cytoscape({
      container: container,
      elements: elements,
      layout: { name: 'preset', fit: true, padding: 36 },
      userZoomingEnabled: false,
      boxSelectionEnabled: false,
      autoungrabify: true,
      autounselectify: true,
      style: [
        { selector: 'node', style: {
          'background-color': 'data(color)', width: 'data(size)', height: 'data(size)',
          label: 'data(label)', 'font-size': 12, 'font-family': 'system-ui, sans-serif',
          color: '#1f2937', 'text-valign': 'bottom', 'text-margin-y': 3,
          'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': 1,
          'text-background-shape': 'roundrectangle',
          'border-width': 2, 'border-color': '#ffffff' } },
        { selector: 'node[kind = "subject"]', style: {
          'text-valign': 'center', color: '#ffffff', 'text-background-opacity': 0, 'font-weight': 'bold',
          'font-size': 11, 'border-color': '#facc15', 'border-width': 3, 'z-index': 20 } },
        { selector: 'node.label-top', style: { 'text-valign': 'top', 'text-margin-y': -3 } },
        { selector: 'node.label-left', style: { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-x': -4, 'text-margin-y': 0 } },
        { selector: 'node.label-right', style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-x': 4, 'text-margin-y': 0 } },
        { selector: 'node.hover', style: { 'border-color': '#111827', 'border-width': 3 } },
        { selector: 'edge', style: { width: 'data(width)', 'line-color': '#cbd5e1', 'curve-style': 'straight',
          opacity: 0.9 } }
      ]
    });
    cy.on('tap', 'node[kind = "partner"]', function (evt) {
      location.hash = route_(['partner', evt.target.id()]);
    });
    cy.on('mouseover', 'node[kind = "partner"]', function (evt) {
      evt.target.addClass('hover');
      container.style.cursor = 'pointer';
    });
    cy.on('mouseout', 'node', function (evt) {
      evt.target.removeClass('hover');
      container.style.cursor = '';
    });
    state.cy = cy;
    globalThis.attacheNetwork = cy; /* for the browser tests */
    container.dataset.nodes = String(cy.nodes().length);
    container.dataset.ready = 'true';

    var seen = {};
    list.forEach(function (p) { seen[FRAMEWORK_COLORS[p.framework] ? p.framework : 'none'] = true; });
    legend.replaceChildren();
    FRAMEWORKS.concat(['none']).forEach(function (fw) {
      if (!seen[fw]) return;
      var sw = h('span', { className: 'swatch' });
      sw.style.backgroundColor = FRAMEWORK_COLORS[fw];
      legend.appendChild(h('li', null, sw, fw === 'none' ? t('network_none') : label('framework', fw)));
    });
  }

  function viewEvents(ctx, params) {
    var filters = {};
    ['partner', 'type', 'since', 'until', 'person', 'mechanism', 'area'].forEach(function (k) {
      var v = params.get(k);
      if (v) filters[k] = v;
    });
    return Promise.all([loadCountries(), loadPartners().catch(function () { return []; })]).then(function (res) {
      var partners = res[1];
      var root = h('section', { id: 'events-view', className: 'view' });
      root.appendChild(h('h1', null, t('events_title')));

      /* the filter form */
      var partnerSelect = h('select', { id: 'f-partner', name: 'partner' }, h('option', { value: '' }, t('filter_any')));
      var opts = partners.filter(function (p) { return p && p.partner; }).map(function (p) {
        return { code: String(p.partner), name: countryName(p.partner, p) };
      });
      if (filters.partner && !opts.some(function (o) { return o.code === filters.partner; })) {
        opts.push({ code: filters.partner, name: countryName(filters.partner) });
      }
      opts.sort(function (a, b) { return a.name.localeCompare(b.name, state.lang); });
      opts.forEach(function (o) { partnerSelect.appendChild(h('option', { value: o.code }, o.name + ' (' + o.code + ')')); });
      partnerSelect.value = filters.partner || '';

      var typeSelect = h('select', { id: 'f-type', name: 'type' }, h('option', { value: '' }, t('filter_any')),
        EVENT_TYPES.map(function (ty) { return h('option', { value: ty }, label('type', ty)); }));
      if (filters.type && EVENT_TYPES.indexOf(filters.type) < 0) typeSelect.appendChild(h('option', { value: filters.type }, filters.type));
      typeSelect.value = filters.type || '';

      function dateInput(id, name) {
        return h('input', { id: id, name: name, type: 'text', inputmode: 'numeric', autocomplete: 'off',
          pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?', placeholder: t('filter_date_placeholder'),
          title: t('filter_date_placeholder'), value: filters[name] || null });
      }
      function textInput(id, name, list) {
        return h('input', { id: id, name: name, type: 'text', autocomplete: 'off', list: list || null,
          value: filters[name] || null });
      }
      function field(lbl, id, input) {
        return h('div', { className: 'field' }, h('label', { 'for': id }, lbl), input);
      }
      var mechList = h('datalist', { id: 'mechanism-list' },
        MECHANISMS.map(function (m) { return h('option', { value: m }); }));
      var areaList = h('datalist', { id: 'area-list' },
        AREAS.map(function (a) { return h('option', { value: a }, label('area', a)); }));
      var form = h('form', { id: 'events-filters', className: 'filters', role: 'search' },
        field(t('filter_partner'), 'f-partner', partnerSelect),
        field(t('filter_type'), 'f-type', typeSelect),
        field(t('filter_since'), 'f-since', dateInput('f-since', 'since')),
        field(t('filter_until'), 'f-until', dateInput('f-until', 'until')),
        field(t('filter_person'), 'f-person', textInput('f-person', 'person')),
        field(t('filter_mechanism'), 'f-mechanism', textInput('f-mechanism', 'mechanism', 'mechanism-list')),
        field(t('filter_area'), 'f-area', textInput('f-area', 'area', 'area-list')),
        h('div', { className: 'field actions' },
          h('button', { type: 'submit', id: 'f-apply', className: 'primary' }, t('filter_apply')),
          h('a', { href: '#/events', id: 'f-reset', className: 'button' }, t('filter_reset'))),
        mechList, areaList);
      form.addEventListener('submit', function (e) {
        e.preventDefault();
        var p = {};
        new FormData(form).forEach(function (v, k) { if (String(v).trim() !== '') p[k] = String(v).trim(); });
        navigate(route_(['events'], p));
      });
      /* choosing from a select applies at once */
      [partnerSelect, typeSelect].forEach(function (sel) {
        sel.addEventListener('change', function () { form.requestSubmit(); });
      });
      root.appendChild(form);
      root.appendChild(downloads('events-downloads', filters, [['csv', { table: 'events' }, 'CSV'],
        ['jsonl', { table: 'events' }, 'JSON Lines'], ['plover', {}, 'PLOVER'], ['cameo', {}, 'CAMEO']]));

      var results = h('div', { id: 'events-results' });
      root.appendChild(results);

      return api('events', Object.assign({ limit: PAGE_SIZE }, filters)).then(function (body) {
        var shown = rows(body, 'events');
        var count = h('p', { className: 'count', id: 'events-count' }, t('events_count', { n: fmtNumber(shown.length) }));
        var tableWrap = table(eventColumns(), shown, { id: 'events-table', className: 'events', rowProps: eventRowProps });
        if (!shown.length) {
          /* keep an (empty) #events-table for scripts that look for it */
          tableWrap = h('div', null, tableWrap, h('table', { id: 'events-table', className: 'data events', hidden: true }, h('tbody')));
        }
        var more = h('button', { type: 'button', id: 'events-more', className: 'more' }, t('events_more'));
        wireMore(ctx, more, body.next_cursor, results, function (cursor) {
          return api('events', Object.assign({ limit: PAGE_SIZE, cursor: cursor }, filters));
        }, function (next) {
          var tbody = root.querySelector('#events-table tbody');
          rows(next, 'events').forEach(function (r) { tbody.appendChild(eventRowElement(r)); shown.push(r); });
          tbody.closest('table').hidden = false;
          count.textContent = t('events_count', { n: fmtNumber(shown.length) });
        });
        results.replaceChildren(count, tableWrap, more);
        return { node: root, title: t('events_title') };
      }, function (e) {
        results.replaceChildren(errorBox(e));
        return { node: root, title: t('events_title') };
      });
    });
  }

  /* Correcting an event's date: a change kept apart from what attache read
   * (see `attache history`). The token is kept for this tab only. */
  var TOKEN_KEY = 'attache-token';

  /* Sends a change with the token of the tab (or the one in the form), then
   * shows the page again as the knowledge base now holds it; an error is
   * shown beside `near`. */
  function correct(method, path, body, near, then) {
    var input = document.querySelector('#edit-token');
    var key = (input && input.value.trim()) || sessionStorage.getItem(TOKEN_KEY) || '';
    sessionStorage.setItem(TOKEN_KEY, key);
    var status = document.querySelector('#edit-status');
    return write(method, path, body, key).then(function () {
      if (then) then();
      else navigate(location.hash);
    }, function (err) {
      if (status) {
        status.className = 'error';
        status.textContent = err.message;
      }
      if (near) near.disabled = false;
    });
  }

  function editEventForm(ev) {
    function formField(lbl, id, input) {
      return h('div', { className: 'field' }, h('label', { 'for': id }, lbl), input);
    }
    var token = h('input', { type: 'password', id: 'edit-token', autocomplete: 'off' });
    token.value = sessionStorage.getItem(TOKEN_KEY) || '';
    var date = h('input', { type: 'text', id: 'edit-date', autocomplete: 'off', placeholder: 'YYYY-MM-DD' });
    date.value = ev.date && !/^X/.test(ev.date) ? String(ev.date) : '';
    var note = h('input', { type: 'text', id: 'edit-note', autocomplete: 'off' });
    var status = h('p', { id: 'edit-status', role: 'status' });
    var reject = h('button', { type: 'button', id: 'edit-reject' }, t('edit_reject'));
    var form = h('form', { id: 'edit-event', className: 'filters edit' },
      formField(t('edit_token'), 'edit-token', token),
      formField(t('col_date'), 'edit-date', date),
      formField(t('edit_note'), 'edit-note', note),
      h('div', { className: 'field actions' }, h('button', { type: 'submit', id: 'edit-save', className: 'primary' }, t('edit_save')),
        reject),
      status);
    reject.addEventListener('click', function () {
      var body = note.value.trim() ? { note: note.value.trim() } : {};
      correct('DELETE', 'events/' + encodeURIComponent(ev.id), body, reject, function () { navigate(route_(['events'])); });
    });
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var key = token.value.trim();
      sessionStorage.setItem(TOKEN_KEY, key);
      status.className = 'muted';
      status.textContent = t('edit_saving');
      var body = { set: { date: date.value.trim() } };
      if (note.value.trim()) body.note = note.value.trim();
      write('PATCH', 'events/' + encodeURIComponent(ev.id), body, key).then(function (done) {
        sessionStorage.setItem('attache-last-change', String(done.change));
        navigate(location.hash); /* shown again, as the knowledge base now holds it */
      }, function (err) {
        status.className = 'error';
        status.textContent = err.message;
      });
    });
    return form;
  }

  function viewEvent(ctx, id) {
    return Promise.all([api('events/' + encodeURIComponent(id)), loadCountries(),
      api('history/event/' + encodeURIComponent(id)).catch(function () { return null; })]).then(function (res) {
      var body = res[0];
      var changes = rows(res[2], 'history');
      var ev = first(body, 'event');
      if (!ev) throw new ApiError('not_found', t('not_found'), 404);
      var root = h('section', { id: 'event-view', className: 'view', dataset: { id: ev.id, type: ev.type || '', date: ev.date || '' } });
      var heading = (ev.type ? label('type', ev.type) : t('event_title')) + ' · ' + fmtDate(ev.date);
      root.appendChild(h('h1', null, typeLabelled(ev.type), ' ', heading));
      root.appendChild(h('dl', { className: 'facts' },
        h('dt', null, t('event_dates')), h('dd', null, eventDateNode(ev)),
        h('dt', null, t('date_trust')), h('dd', { id: 'event-date-trust' },
          ev.date_precision ? t('precision_' + ev.date_precision) + (ev.date_source ? ' · ' + t('date_from_' + ev.date_source) : '')
            : t('precision_none'),
          ev.reported ? ' · ' + t('reported_on', { d: fmtDate(ev.reported) }) : ''),
        h('dt', null, t('col_type')), h('dd', null, ev.type ? label('type', ev.type) : t('none')),
        h('dt', null, t('col_countries')), h('dd', null, countriesNode(ev.countries, true)),
        h('dt', null, t('col_mechanism')), h('dd', null, text(ev.mechanism)),
        h('dt', null, t('col_place')), h('dd', null, placeNode(ev.place)),
        h('dt', null, t('col_sources')), h('dd', null, fmtNumber(ev.sources))));
      if (ev.evidence) {
        root.appendChild(section(t('event_evidence'), h('blockquote', { className: 'evidence' }, String(ev.evidence))));
      }
      root.appendChild(section(t('edit_title'), editEventForm(ev)));
      if (changes.length) {
        root.appendChild(section(t('history_title'), table([
          { title: t('history_when'), className: 'nowrap', cell: function (r) { return text(r.made_at); } },
          { title: t('history_who'), cell: function (r) { return text(r.author); } },
          { title: t('history_what'), cell: function (r) { return text([r.op, r.field].filter(Boolean).join(' ')); } },
          { title: t('history_old'), cell: function (r) { return text(r.old); } },
          { title: t('history_new'), cell: function (r) { return text(r['new']); } },
          { title: t('edit_note'), cell: function (r) { return text(r.note); } },
          { title: '', cell: function (r) {
            if (r.undone) return t('history_undone');
            if (r.op === 'undo' || r.op === 'split') return text(null);
            var undo = h('button', { type: 'button', className: 'undo', dataset: { change: r.change } }, t('history_undo'));
            undo.addEventListener('click', function () { correct('POST', 'undo', { change: r.change }, undo); });
            return undo;
          } }
        ], changes, { id: 'event-history' })));
      }
      root.appendChild(section(t('participants_title'), table([
        { title: t('col_name'), cell: function (r) { return personLink(r.person_id, r.name); } },
        { title: t('col_rank'), cell: function (r) { return text(r.rank); } },
        { title: t('col_position'), cell: function (r) { return text(r.position); } },
        { title: t('col_country'), cell: function (r) {
          return r.country && r.country !== SUBJECT ? partnerLink(r.country) : text(r.country ? countryName(r.country) : null);
        } }
      ], rows(body, 'participants'), { id: 'event-participants' })));
      root.appendChild(section(t('agreements_title'), agreementsTable(rows(body, 'agreements'))));
      var areas = rows(body, 'areas');
      root.appendChild(section(t('areas_title'), areas.length
        ? h('ul', { className: 'chips', id: 'event-areas' }, areas.map(function (a) {
          return h('li', { className: 'chip' }, link(['events'], label('area', a.area), null, { area: a.area }));
        }))
        : h('p', { className: 'empty' }, t('no_rows'))));
      var sources = rows(body, 'sources');
      root.appendChild(section(t('sources_title'), sources.length
        ? h('ul', { className: 'sources', id: 'event-sources' }, sources.map(function (s) {
          return h('li', { className: 'source-item' },
            h('div', { className: 'source-head' },
              sourceLink(s.source, s.title || null),
              s.published ? h('span', { className: 'muted' }, ' · ', dateNode(s.published)) : null,
              ' · ', link(['source', s.source], t('source_open'), 'source-open'),
              s.url ? [' · ', externalLink(s.url, t('source_original'))] : null),
            s.sentence ? h('blockquote', { className: 'evidence' }, String(s.sentence)) : null);
        }))
        : h('p', { className: 'empty' }, t('no_rows'))));
      return { node: root, title: heading };
    });
  }

  function viewPartner(ctx, code) {
    return Promise.all([api('partners/' + encodeURIComponent(code)), loadCountries()]).then(function (res) {
      var body = res[0];
      var p = first(body, 'partner') || { partner: code };
      var pcode = p.partner || code;
      var name = countryName(pcode, p);
      var other = state.lang === 'en' ? (p.name_vi || null) : (p.name || null);
      var root = h('section', { id: 'partner-view', className: 'view', dataset: { code: pcode } });
      root.appendChild(h('h1', { id: 'partner-name' }, name));
      root.appendChild(h('p', { className: 'subtitle' },
        other && other !== name ? other + ' · ' : '', h('span', { className: 'code' }, pcode), ' ',
        frameworkBadge(p.framework)));
      root.appendChild(section(t('frameworks_title'), table([
        { title: t('col_as_of'), className: 'nowrap', cell: function (r) { return dateNode(r.as_of); } },
        { title: t('col_framework'), cell: function (r) { return frameworkBadge(r.framework); } },
        { title: t('col_since'), cell: function (r) { return text(r.since); } },
        { title: t('col_evidence'), className: 'wide', cell: function (r) { return text(r.evidence); } },
        { title: t('col_source'), cell: function (r) { return sourceLink(r.source); } }
      ], rows(body, 'frameworks'))));
      var events = rows(body, 'events');
      root.appendChild(section(t('partner_events'), [
        eventsTable(events),
        h('p', null, link(['events'], t('nav_events') + ' → ' + name, 'more-link', { partner: pcode }))
      ], { id: 'partner-events' }));
      root.appendChild(section(t('agreements_title'), agreementsTable(rows(body, 'agreements'))));
      root.appendChild(section(t('people_title'), table([
        { title: t('col_name'), cell: function (r) { return personLink(r.id !== undefined ? r.id : r.person_id, r.name); } },
        { title: t('col_rank'), cell: function (r) { return text(r.rank); } },
        { title: t('col_position'), cell: function (r) { return text(r.position); } },
        { title: t('col_events'), className: 'num', cell: function (r) { return fmtNumber(r.events); } }
      ], rows(body, 'people'))));
      root.appendChild(section(t('figures_title'), table([
        { title: t('col_as_of'), className: 'nowrap', cell: function (r) { return dateNode(r.as_of); } },
        { title: t('col_metric'), cell: function (r) { return metricLabel(r); } },
        { title: t('col_value'), className: 'num', cell: function (r) { return figureValue(r); } },
        { title: t('col_source'), cell: function (r) { return sourceLink(r.source); } }
      ], rows(body, 'figures'))));
      return { node: root, title: name };
    });
  }

  function viewPerson(ctx, id) {
    return Promise.all([api('people/' + encodeURIComponent(id)), loadCountries()]).then(function (res) {
      var body = res[0];
      var p = first(body, 'person');
      if (!p) throw new ApiError('not_found', t('not_found'), 404);
      var root = h('section', { id: 'person-view', className: 'view', dataset: { id: p.id } });
      root.appendChild(h('h1', { id: 'person-name' }, text(p.name)));
      root.appendChild(h('p', { className: 'subtitle' },
        [p.rank, p.position].filter(Boolean).join(', ') || null,
        p.country ? [p.rank || p.position ? ' · ' : '', p.country === SUBJECT ? countryName(p.country) : partnerLink(p.country)] : null));
      root.appendChild(h('dl', { className: 'facts' },
        h('dt', null, t('col_events')), h('dd', null, fmtNumber(p.events)),
        h('dt', null, t('col_first_seen')), h('dd', null, dateNode(p.first_seen)),
        h('dt', null, t('col_last_seen')), h('dd', null, dateNode(p.last_seen))));
      root.appendChild(section(t('offices_title'), table([
        { title: t('col_date'), className: 'nowrap', cell: function (r) { return dateNode(r.date); } },
        { title: t('col_rank'), cell: function (r) { return text(r.rank); } },
        { title: t('col_position'), cell: function (r) { return text(r.position); } },
        { title: t('col_event'), cell: function (r) {
          if (r.event === null || r.event === undefined || r.event === '') return text(null);
          if (/^\d+$/.test(String(r.event))) return link(['event', r.event], '#' + r.event, 'event-link');
          return EVENT_TYPES.indexOf(r.event) >= 0 ? label('type', r.event) : String(r.event);
        } },
        { title: t('col_source'), cell: function (r) { return sourceLink(r.source); } }
      ], rows(body, 'offices'), { id: 'person-offices' })));
      root.appendChild(section(t('person_events'), eventsTable(rows(body, 'events'))));
      root.appendChild(section(t('met_title'), table([
        { title: t('col_name'), cell: function (r) { return personLink(r.id, r.name); } },
        { title: t('col_country'), cell: function (r) {
          return r.country && r.country !== SUBJECT ? partnerLink(r.country) : text(r.country ? countryName(r.country) : null);
        } },
        { title: t('col_together'), className: 'num', cell: function (r) { return fmtNumber(r.events); } }
      ], rows(body, 'met'), { id: 'person-met' })));
      return { node: root, title: text(p.name) };
    });
  }

  function viewSource(ctx, id) {
    return api('sources/' + encodeURIComponent(id)).then(function (body) {
      var s = first(body, 'source');
      if (!s) throw new ApiError('not_found', t('not_found'), 404);
      var title = s.title ? String(s.title) : String(s.id || id);
      var root = h('section', { id: 'source-view', className: 'view', dataset: { id: s.id || id } });
      root.appendChild(h('p', { className: 'kicker' }, t('source_title')));
      root.appendChild(h('h1', { id: 'source-title' }, title));
      var original = externalLink(s.url, s.url ? String(s.url) : null);
      root.appendChild(h('dl', { className: 'facts' },
        h('dt', null, t('source_outlet')), h('dd', null, text(s.outlet)),
        h('dt', null, t('col_published')), h('dd', null, dateNode(s.published)),
        h('dt', null, t('source_lang')), h('dd', null, s.lang ? label('lang', s.lang) : t('none')),
        h('dt', null, t('source_original')), h('dd', null, original || text(s.url ? String(s.url) : null))));
      var sentences = rows(body, 'sentences');
      root.appendChild(section(t('source_sentences'), sentences.length
        ? h('ol', { className: 'sentences', id: 'source-sentences' }, sentences.map(function (x) {
          return h('li', { dataset: { idx: x.idx } }, h('span', { className: 'idx' }, text(x.idx)), h('span', { className: 'sentence' }, text(x.text)));
        }))
        : h('p', { className: 'empty' }, t('no_rows'))));
      return { node: root, title: title };
    });
  }

  function viewSearch(ctx, params) {
    var q = (params.get('q') || '').trim();
    var root = h('section', { id: 'search-view', className: 'view' });
    root.appendChild(h('h1', null, t('search_title')));
    var input = h('input', { type: 'search', id: 'search-input', name: 'q', autocomplete: 'off',
      placeholder: t('search_placeholder'), 'aria-label': t('search_title'), value: q || null });
    var form = h('form', { id: 'search-form', className: 'search-form', role: 'search' },
      input, h('button', { type: 'submit', className: 'primary', id: 'search-button' }, t('search_button')));
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var v = input.value.trim();
      navigate(route_(['search'], v ? { q: v } : null));
    });
    root.appendChild(form);
    root.appendChild(h('p', { className: 'hint' }, t('search_hint')));
    if (!q) return Promise.resolve({ node: root, title: t('search_title'), focus: input });
    function resultItem(m) {
      return h('li', { className: 'search-result' },
        h('p', { className: 'sentence' }, markedText(m.sentence)),
        h('p', { className: 'meta' },
          sourceLink(m.source, m.title || null),
          m.published ? [' · ', dateNode(m.published)] : null));
    }
    return api('search', { q: q }).then(function (body) {
      var matches = rows(body, 'matches');
      var shown = matches.length;
      var count = h('p', { className: 'count', id: 'search-count' },
        shown ? t('search_count', { n: fmtNumber(shown) }) : t('search_none'));
      var list = h('ol', { id: 'search-results', className: 'results' }, matches.map(resultItem));
      var more = h('button', { type: 'button', id: 'search-more', className: 'more' }, t('events_more'));
      wireMore(ctx, more, body.next_cursor, root, function (cursor) {
        return api('search', { q: q, cursor: cursor });
      }, function (next) {
        rows(next, 'matches').forEach(function (m) { list.appendChild(resultItem(m)); shown++; });
        count.textContent = t('search_count', { n: fmtNumber(shown) });
      });
      root.appendChild(count);
      root.appendChild(list);
      root.appendChild(more);
      return { node: root, title: q + ' · ' + t('search_title') };
    }, function (e) {
      root.appendChild(errorBox(e));
      root.appendChild(h('ol', { id: 'search-results', className: 'results' }));
      return { node: root, title: t('search_title') };
    });
  }

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

  function navigate(hash) {
    if (location.hash === hash) route();
    else location.hash = hash;
  }

  function teardown() {
    state.charts.forEach(function (c) { try { c.destroy(); } catch (e) { /* already gone */ } });
    state.charts = [];
    if (state.cy) { try { state.cy.destroy(); } catch (e) { /* already gone */ } }
    state.cy = null;
    globalThis.attacheNetwork = undefined;
  }

  function updateChrome(section) {
    document.documentElement.lang = state.lang;
    $('#nav-dashboard').textContent = t('nav_dashboard');
    $('#nav-events').textContent = t('nav_events');
    $('#nav-search').textContent = t('nav_search');
    $('#brand-tagline').textContent = t('app_tagline');
    var toggle = $('#lang-toggle');
    toggle.textContent = t('lang_toggle');
    toggle.title = t('lang_toggle_title');
    toggle.setAttribute('aria-label', t('lang_toggle_title'));
    $('#quick-search-input').placeholder = t('quick_search_placeholder');
    $('#quick-search-input').setAttribute('aria-label', t('nav_search'));
    if (section !== undefined) {
      document.querySelectorAll('.site-nav a').forEach(function (a) {
        if (a.dataset.route === section) a.setAttribute('aria-current', 'page');
        else a.removeAttribute('aria-current');
      });
    }
  }

  function route() {
    var seq = ++state.seq;
    var ctx = { alive: function () { return seq === state.seq; } };
    var r = parseHash();
    var parts = r.parts, params = r.params;
    var head = parts[0] || '';
    var section = head === '' ? 'dashboard' : (head === 'events' || head === 'event' ? 'events' : (head === 'search' ? 'search' : ''));
    updateChrome(section);
    teardown();
    var renderedHash = location.hash;
    document.body.dataset.state = 'loading';
    document.body.dataset.route = head || 'dashboard';
    delete document.body.dataset.hash;
    var app = $('#app');
    app.setAttribute('aria-busy', 'true');

    var p;
    if (head === '' && parts.length === 0) p = viewDashboard(ctx);
    else if (head === 'events' && parts.length === 1) p = viewEvents(ctx, params);
    else if (head === 'event' && parts.length === 2) p = viewEvent(ctx, parts[1]);
    else if (head === 'partner' && parts.length === 2) p = viewPartner(ctx, parts[1].toUpperCase());
    else if (head === 'person' && parts.length === 2) p = viewPerson(ctx, parts[1]);
    else if (head === 'source' && parts.length === 2) p = viewSource(ctx, parts[1]);
    else if (head === 'search' && parts.length === 1) p = viewSearch(ctx, params);
    else p = viewNotFound();

    /* country names are needed by most views: make sure the map is filled first */
    return loadCountries().then(function () { return p; }).then(function (view) {
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
      route();
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
})();
