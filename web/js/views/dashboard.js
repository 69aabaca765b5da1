/* The dashboard: counts, events per year or quarter, reported figures, the
 * partner network and the partners table. */

import {
  EVENT_TYPES, FRAMEWORKS, TYPE_COLORS, FRAMEWORK_COLORS, SERIES_COLORS, SUBJECT, state, t,
  label, h, route_, fmtNumber, text, fmtDate, dateNode, api,
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

    var net = h('div', { id: 'partner-network', className: 'network', role: 'img', 'aria-label': t('network_title') });
    var legend = h('ul', { className: 'legend', id: 'network-legend' });
    root.appendChild(section(t('network_title'), [h('p', { className: 'hint' }, t('network_hint')), net, legend,
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

export function network(container, legend, partners) {
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
