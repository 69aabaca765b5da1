/* A partner's relationship over time, and partners side by side: events per
 * year by type, framework upgrades as milestones, visits, signings and
 * agreements on a timeline (#/partner/CODE), and #/compare?partners=JP,US. */

import {
  EVENT_TYPES, TYPE_COLORS, FRAMEWORK_COLORS, SERIES_COLORS, state, t, label, h, link, route_, fmtNumber,
  text, fmtDate, api, rows, first, countryName, partnerLink, frameworkBadge, table, section,
  loadPartners, wireMore
} from '../core.js';

function yearOf(d) {
  var m = /^(\d{4})/.exec(String(d || ''));
  return m ? Number(m[1]) : null;
}

/* The year of a framework: the year it was set up (since) when told, else the
 * date of the report. */
function frameworkYear(r) { return r.since ? Number(r.since) : yearOf(r.as_of); }

/* Vertical lines with a label over a bar chart, at given x labels: the
 * framework upgrades. A Chart.js plugin object (code, not an inline style). */
function milestonesPlugin(milestones) {
  return {
    id: 'milestones',
    afterDatasetsDraw: function (chart) {
      var x = chart.scales.x, area = chart.chartArea, ctx = chart.ctx;
      milestones.forEach(function (m, i) {
        var idx = chart.data.labels.indexOf(String(m.year));
        if (idx < 0) return;
        var px = x.getPixelForValue(idx);
        ctx.save();
        ctx.strokeStyle = FRAMEWORK_COLORS[m.framework] || '#334155';
        ctx.setLineDash([4, 3]);
        ctx.lineWidth = 2;
        ctx.beginPath();
        ctx.moveTo(px, area.top);
        ctx.lineTo(px, area.bottom);
        ctx.stroke();
        ctx.setLineDash([]);
        ctx.fillStyle = ctx.strokeStyle;
        ctx.font = '11px system-ui, sans-serif';
        ctx.fillText('★ ' + label('framework', m.framework), Math.min(px + 3, area.right - 120), area.top + 12 + 13 * (i % 3));
        ctx.restore();
      });
    }
  };
}

/* Events per year by type, from a profile's events_by_year ({year, type,
 * count}, year null: undated); returns {years, counts, undated} with every
 * year from the first to the last. */
export function perYear(byYear) {
  var counts = {}, undated = 0, lo = Infinity, hi = -Infinity;
  byYear.forEach(function (r) {
    var y = yearOf(r.year), n = Number(r.count) || 0;
    if (y === null) { undated += n; return; }
    lo = Math.min(lo, y);
    hi = Math.max(hi, y);
    counts[r.type] = counts[r.type] || {};
    counts[r.type][y] = (counts[r.type][y] || 0) + n;
  });
  var years = [];
  for (var y = lo; y <= hi && years.length < 200; y++) years.push(y);
  return { years: years, counts: counts, undated: undated };
}

export function timelineChart(canvas, byYear, frameworks) {
  var py = perYear(byYear);
  var milestones = frameworks.map(function (r) { return { year: frameworkYear(r), framework: r.framework }; })
    .filter(function (m) { return m.year; });
  /* the axis reaches the milestones too */
  milestones.forEach(function (m) {
    if (!py.years.length) py.years.push(m.year);
    while (py.years[0] > m.year) py.years.unshift(py.years[0] - 1);
    while (py.years[py.years.length - 1] < m.year) py.years.push(py.years[py.years.length - 1] + 1);
  });
  var datasets = EVENT_TYPES.filter(function (type) { return py.counts[type]; }).map(function (type) {
    return { label: label('type', type), typeCode: type, backgroundColor: TYPE_COLORS[type], borderWidth: 0, maxBarThickness: 48,
      data: py.years.map(function (y) { return py.counts[type][y] || 0; }) };
  });
  var chart = new globalThis.Chart(canvas, {
    type: 'bar',
    data: { labels: py.years.map(String), datasets: datasets },
    options: {
      animation: false, responsive: true, maintainAspectRatio: false,
      interaction: { mode: 'index', intersect: false },
      scales: { x: { stacked: true, grid: { display: false } },
        y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: t('axis_events') } } },
      plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } },
        tooltip: { filter: function (item) { return item.raw > 0; } } }
    },
    plugins: [milestonesPlugin(milestones)]
  });
  state.charts.push(chart);
  canvas.dataset.ready = 'true';
  canvas.dataset.milestones = String(milestones.length);
  return { chart: chart, undated: py.undated };
}

/* Framework upgrades, visits, signings and agreements by year, newest first:
 * `timeline` is the profile's ({date, record: event|agreement, kind, id,
 * title}: every visit and signing placed in time, every dated agreement). */
export function timelineList(timeline, frameworks) {
  var items = [];
  frameworks.forEach(function (r) {
    var y = frameworkYear(r);
    if (y) items.push({ year: y, date: r.since ? String(r.since) : r.as_of, kind: 'framework', node: frameworkBadge(r.framework) });
  });
  timeline.forEach(function (r) {
    var y = yearOf(r.date);
    if (!y) return;
    if (r.record === 'agreement') {
      items.push({ year: y, date: r.date, kind: 'agreement',
        node: [h('strong', null, r.kind ? label('kind', r.kind) : t('agreement')), ' ', text(r.title)] });
    } else {
      items.push({ year: y, date: r.date, kind: r.kind,
        node: [link(['event', r.id], label('type', r.kind), 'event-link'), ' · ', text(r.title)] });
    }
  });
  items.sort(function (a, b) { return String(b.date).localeCompare(String(a.date)); });
  var list = h('ol', { className: 'timeline', id: 'partner-timeline' });
  var lastYear = null;
  items.forEach(function (it) {
    if (it.year !== lastYear) {
      list.appendChild(h('li', { className: 'timeline-year' }, String(it.year)));
      lastYear = it.year;
    }
    list.appendChild(h('li', { className: 'timeline-item', dataset: { kind: it.kind, year: it.year } },
      h('span', { className: 'timeline-date' }, fmtDate(it.date)), ' ', it.node));
  });
  if (!items.length) list.appendChild(h('li', { className: 'empty' }, t('no_rows')));
  return list;
}

/* A partner's timeline a page at a time: `firstPage` is the profile's (the
 * newest items), `total` how many it has (the profile's totals); "more"
 * asks /api/partners/CODE/timeline for the next `size` and draws the list
 * again with all the items so far. */
export function pagedTimeline(ctx, code, firstPage, total, frameworks, size) {
  var items = firstPage.slice();
  var holder = h('div', { className: 'timeline-pages' }, timelineList(items, frameworks));
  var more = h('button', { type: 'button', className: 'more timeline-more', dataset: { code: code } }, t('timeline_more'));
  wireMore(ctx, more, items.length < total ? String(items.length) : null, holder, function (cursor) {
    return api('partners/' + encodeURIComponent(code) + '/timeline', { limit: size, cursor: cursor });
  }, function (page) {
    items = items.concat(rows(page, 'timeline'));
    holder.replaceChildren(timelineList(items, frameworks));
  });
  return h('div', { className: 'timeline-paged' }, holder, more);
}

/* #/compare?partners=JP,US: two to four partners side by side. */
var TIMELINE_PAGE = 50;

export function viewCompare(ctx, params) {
  var codes = String(params.get('partners') || '').toUpperCase().split(/[\s,]+/)
    .filter(function (c, i, all) { return /^[A-Z]{2}$/.test(c) && all.indexOf(c) === i; }).slice(0, 4);
  /* the profiles' totals, events per year and timelines (their first page, TIMELINE_PAGE items): the other
   * lists are not shown here (one row each) */
  return Promise.all([loadPartners()].concat(codes.map(function (c) {
    return Promise.all([api('partners/' + c, { limit: 1 }), api('partners/' + c + '/timeline', { limit: TIMELINE_PAGE })])
      .then(function (both) { return Object.assign(both[0], { timeline: rows(both[1], 'timeline') }); });
  }))).then(function (res) {
    var partners = res[0], profiles = res.slice(1);
    var root = h('section', { id: 'compare-view', className: 'view', dataset: { partners: codes.join(',') } });
    root.appendChild(h('h1', null, t('compare_title')));
    /* the choice of partners: a select per slot, the URL holds the choice */
    var selects = [0, 1, 2].map(function (i) {
      var sel = h('select', { id: 'compare-' + i, 'aria-label': t('compare_partner_n', { n: i + 1 }) },
        h('option', { value: '' }, i < 2 ? t('choose_partner') : t('add_partner')));
      partners.forEach(function (p) {
        var o = h('option', { value: p.partner }, countryName(p.partner, p));
        if (codes[i] === p.partner) o.selected = true;
        sel.appendChild(o);
      });
      return sel;
    });
    var form = h('form', { className: 'filters compare-form', onsubmit: function (e) {
      e.preventDefault();
      var chosen = selects.map(function (s) { return s.value; }).filter(Boolean);
      location.hash = route_(['compare'], { partners: chosen.join(',') });
    } }, selects, h('button', { type: 'submit' }, t('compare_button')));
    root.appendChild(form);
    if (codes.length < 2) {
      root.appendChild(h('p', { className: 'hint' }, t('compare_hint')));
      return { node: root, title: t('compare_title') };
    }
    var all = profiles.map(function (body, i) {
      var p = first(body, 'partner') || { partner: codes[i] };
      var byYear = rows(body, 'events_by_year'), byType = {};
      byYear.forEach(function (r) { byType[r.type] = (byType[r.type] || 0) + (Number(r.count) || 0); });
      return { code: codes[i], p: p, totals: first(body, 'totals') || {}, byYear: byYear, byType: byType,
        timeline: rows(body, 'timeline'), frameworks: rows(body, 'frameworks') };
    });
    /* one series per partner: events per year */
    var lo = Infinity, hi = -Infinity;
    var per = all.map(function (x) {
      var py = perYear(x.byYear);
      if (py.years.length) { lo = Math.min(lo, py.years[0]); hi = Math.max(hi, py.years[py.years.length - 1]); }
      return py;
    });
    var years = [];
    for (var y = lo; y <= hi && years.length < 200; y++) years.push(y);
    var canvas = h('canvas', { id: 'compare-chart', role: 'img', 'aria-label': t('compare_chart') });
    root.appendChild(section(t('compare_chart'), [h('div', { className: 'chart-box' }, canvas),
      h('p', { className: 'note' }, t('chart_counted_year'))]));
    root.appendChild(section(t('compare_table'), table([
      { title: t('col_partner'), cell: function (x) { return [partnerLink(x.code, x.p), h('span', { className: 'code' }, ' ' + x.code)]; } },
      { title: t('col_framework'), cell: function (x) { return frameworkBadge(x.p.framework); } },
      { title: t('col_events'), className: 'num', total: true, sort: function (x) { return total(x, 'events'); }, cell: function (x) { return fmtNumber(total(x, 'events')); } },
      { title: t('col_visits'), className: 'num', total: true, sort: function (x) { return x.byType.visit || 0; }, cell: function (x) { return fmtNumber(x.byType.visit || 0); } },
      { title: t('col_talks'), className: 'num', total: true, sort: function (x) { return x.byType.talks || 0; }, cell: function (x) { return fmtNumber(x.byType.talks || 0); } },
      { title: t('col_agreements'), className: 'num', total: true, sort: function (x) { return total(x, 'agreements'); }, cell: function (x) { return fmtNumber(total(x, 'agreements')); } },
      { title: t('col_people'), className: 'num', total: true, sort: function (x) { return total(x, 'people'); }, cell: function (x) { return fmtNumber(total(x, 'people')); } },
      { title: t('col_first'), className: 'nowrap', cell: function (x) { return fmtDate(x.totals.first); } },
      { title: t('col_last'), className: 'nowrap', cell: function (x) { return fmtDate(x.totals.last); } }
    ], all, { id: 'compare-table', rowProps: function (x) { return { className: 'compare-row', dataset: { code: x.code } }; },
      csv: 'compare-' + codes.join('-'), csvKeys: null })));
    var grid = h('div', { className: 'compare-grid' });
    all.forEach(function (x) {
      grid.appendChild(section(countryName(x.code, x.p),
        pagedTimeline(ctx, x.code, x.timeline, Number(x.totals.timeline) || 0, x.frameworks, TIMELINE_PAGE),
        { className: 'panel compare-col', dataset: { code: x.code } }));
    });
    root.appendChild(grid);
    return {
      node: root,
      title: t('compare_title') + ': ' + codes.join(', '),
      mount: function () {
        var chart = new globalThis.Chart(canvas, {
          type: 'line',
          data: { labels: years.map(String), datasets: all.map(function (x, i) {
            return { label: countryName(x.code, x.p), code: x.code, borderColor: SERIES_COLORS[i], backgroundColor: SERIES_COLORS[i],
              tension: 0, data: years.map(function (y) {
                var n = 0;
                Object.keys(per[i].counts).forEach(function (type) { n += per[i].counts[type][y] || 0; });
                return n;
              }) };
          }) },
          options: { animation: false, responsive: true, maintainAspectRatio: false,
            scales: { y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: t('axis_events') } } },
            plugins: { legend: { position: 'bottom' } } }
        });
        state.charts.push(chart);
        canvas.dataset.ready = 'true';
      }
    };
  });
}

function total(x, list) { return Number(x.totals[list]) || 0; }
