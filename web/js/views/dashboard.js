/* The dashboard: counts, events per year or quarter, reported figures, the
 * partners who meet most (a preview of #/network) and the partners table. */

import {
  EVENT_TYPES, TYPE_COLORS, SERIES_COLORS, state, t,
  label, h, link, fmtNumber, text, fmtDate, dateNode, api,
  rows, first, loadCountries, fetchAll, countryName, partnerLink, frameworkBadge, byTypeText,
  table, section, errorBox, metricLabel
  , downloads
} from '../core.js';

/* ---------- views ---------- */

export function viewDashboard(ctx) {
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
    var figuresPicker = h('div', { className: 'toggles', id: 'figures-metrics' });
    root.appendChild(h('div', { className: 'grid-2' },
      section(t('chart_periods'), [h('div', { className: 'toggles' }, byYear, byQuarter),
        h('div', { className: 'chart-box' }, periodsCanvas), periodsNote], { id: 'panel-periods' }),
      section(t('chart_figures'), [figuresPicker, h('div', { className: 'chart-box' }, figuresCanvas), figuresNote], { id: 'panel-figures' })));

    var strongest = h('ol', { id: 'network-preview', className: 'links' });
    root.appendChild(section(t('network_title'), [h('p', { className: 'hint' }, t('network_hint')), strongest,
      h('p', null, link(['network'], t('network_open'), 'more-link', { kind: 'partners' })),
      downloads('network-downloads', {}, [['graphml', {}, 'GraphML'], ['gexf', {}, 'GEXF'],
        ['gexf', { people: '1' }, t('download_people')]])],
      { id: 'panel-network' }));

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
          figuresChart(figuresCanvas, figuresNote, figures, figuresPicker);
        }).catch(function (e) { figuresNote.replaceChildren(errorBox(e)); }));
        jobs.push(api('network/partners', { limit: PREVIEW_LINKS }).then(function (body) {
          if (ctx.alive()) networkPreview(strongest, body);
        }).catch(function (e) { strongest.replaceChildren(h('li', null, errorBox(e))); }));
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
export function periodsChart(canvas, note, stats, by) {
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
  note.dataset.yearOnly = String(yearOnly);
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
export function decimalYear(d) {
  var m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(String(d || ''));
  if (!m) return null;
  var y = Number(m[1]), mo = m[2] ? Number(m[2]) : 7, da = m[3] ? Number(m[3]) : (m[2] ? 15 : 1);
  return y + ((mo - 1) * 30.44 + (da - 1)) / 365.25;
}

/* Reported figures over time, one metric at a time (unrelated counts never
 * share an axis): a button per metric chooses it. A "more than" or "at least"
 * figure is drawn as a triangle pointing up, an "about" one as a diamond, an
 * exact one as a dot, and the tooltip says it in words. */
var QUALIFIER_POINTS = { more_than: 'triangle', at_least: 'triangle', about: 'rectRot' };

export function figuresChart(canvas, note, figures, picker) {
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
  var keys = Array.from(series.keys()).sort(function (a, b) { return series.get(b).points.length - series.get(a).points.length || (a < b ? -1 : 1); });
  var chart = null;
  function draw(key, i) {
    if (chart) { chart.destroy(); state.charts.splice(state.charts.indexOf(chart), 1); }
    var s = series.get(key);
    s.points.sort(function (a, b) { return a.x - b.x; });
    var lo = Math.floor(s.points[0].x), hi = Math.floor(s.points[s.points.length - 1].x) + 1;
    var color = SERIES_COLORS[i % SERIES_COLORS.length];
    chart = new globalThis.Chart(canvas, {
      type: 'line',
      data: { datasets: [{ label: s.name, metric: key, data: s.points, borderColor: color, backgroundColor: color,
        pointStyle: s.points.map(function (p) { return QUALIFIER_POINTS[p.qualifier] || 'circle'; }),
        pointRadius: s.points.map(function (p) { return QUALIFIER_POINTS[p.qualifier] ? 7 : 4; }),
        pointHoverRadius: 8, tension: 0, spanGaps: true }] },
      options: {
        animation: false, responsive: true, maintainAspectRatio: false, parsing: false,
        scales: {
          x: { type: 'linear', min: lo, max: hi,
            ticks: { stepSize: Math.max(1, Math.ceil((hi - lo) / 10)), precision: 0,
              callback: function (v) { return Number.isInteger(v) ? String(v) : ''; } } },
          y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: s.name } }
        },
        plugins: {
          legend: { display: false },
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
    canvas.dataset.metric = key;
    picker.querySelectorAll('button').forEach(function (b) { b.setAttribute('aria-pressed', String(b.dataset.metric === key)); });
  }
  picker.replaceChildren();
  keys.forEach(function (key, i) {
    picker.appendChild(h('button', { type: 'button', className: 'toggle', dataset: { metric: key },
      onclick: function () { draw(key, i); } }, series.get(key).name));
  });
  var parts = [];
  if (keys.length) parts.push(t('chart_figures_shapes'));
  else parts.push(t('no_rows'));
  if (undated) parts.push(t('chart_figures_undated', { n: undated }));
  note.textContent = parts.join(' ');
  if (keys.length) draw(keys[0], 0);
  canvas.dataset.ready = 'true';
  canvas.dataset.series = String(keys.length);
}

/* The partners who attended most multilateral events together: the
 * strongest links of #/network, listed; the graph itself is on that page. */
var PREVIEW_LINKS = 5;

function networkPreview(list, body) {
  var names = {};
  rows(body, 'nodes').forEach(function (n) { names[n.id] = countryName(n.id, { name: n.name, name_vi: n.name_vi }); });
  var edges = rows(body, 'edges');
  list.replaceChildren.apply(list, edges.map(function (e) {
    return h('li', { dataset: { source: e.source, target: e.target, weight: e.weight } },
      partnerLink(e.source, { name: names[e.source] }), ' — ', partnerLink(e.target, { name: names[e.target] }), ' ',
      h('span', { className: 'muted' }, t('net_events', { n: fmtNumber(e.weight) })));
  }));
  if (!edges.length) list.appendChild(h('li', { className: 'empty' }, t('network_empty')));
}
