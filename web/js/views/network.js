/* #/network?kind=partners|people&since=&until=: who meets whom. Partners
 * linked by the multilateral events both took part in, or people linked by
 * the events both took part in (/api/network/{kind}); an edge's width is the
 * number of such events. Only the strongest links are drawn (fewer on a
 * phone) and listed below the graph; Cytoscape.js lays them out (cose). */

import { state, t, h, route_, navigate, api, rows, countryName, fmtNumber, section } from '../core.js';

var KINDS = ['partners', 'people'];

export function viewNetwork(ctx, params) {
  var kind = KINDS.indexOf(params.get('kind')) >= 0 ? params.get('kind') : 'partners';
  var range = {};
  ['since', 'until'].forEach(function (k) { if (params.get(k)) range[k] = params.get(k); });
  /* a phone shows fewer links, each readable */
  var limit = globalThis.innerWidth < 600 ? 15 : 40;
  return api('network/' + kind, Object.assign({ limit: limit }, range)).then(function (body) {
    var nodes = rows(body, 'nodes'), edges = rows(body, 'edges');
    var nameOf = {};
    nodes.forEach(function (n) {
      nameOf[n.id] = kind === 'partners' ? countryName(n.id, { name: n.name, name_vi: n.name_vi }) : n.name;
    });

    var root = h('section', { id: 'network-view', className: 'view' }, h('h1', null, t('net_title')),
      h('p', { className: 'lead' }, t(kind === 'partners' ? 'net_lead_partners' : 'net_lead_people')));
    var tabs = h('p', { className: 'tabs', id: 'network-kinds' }, KINDS.map(function (k) {
      var a = h('a', { href: route_(['network'], Object.assign({ kind: k }, range)), id: 'net-kind-' + k,
        className: 'button' }, t('net_kind_' + k));
      if (k === kind) a.setAttribute('aria-current', 'page');
      return a;
    }));
    function dateInput(id, name) {
      return h('input', { id: id, name: name, type: 'text', inputmode: 'numeric', autocomplete: 'off',
        pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?', placeholder: t('filter_date_placeholder'),
        title: t('filter_date_placeholder'), value: range[name] || null });
    }
    function field(lbl, id, input) {
      return h('div', { className: 'field' }, h('label', { 'for': id }, lbl), input);
    }
    var form = h('form', { id: 'network-filters', className: 'filters' },
      field(t('filter_since'), 'n-since', dateInput('n-since', 'since')),
      field(t('filter_until'), 'n-until', dateInput('n-until', 'until')),
      h('div', { className: 'field actions' },
        h('button', { type: 'submit', id: 'n-apply', className: 'primary' }, t('filter_apply'))));
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var p = { kind: kind };
      new FormData(form).forEach(function (v, k) { if (String(v).trim() !== '') p[k] = String(v).trim(); });
      navigate(route_(['network'], p));
    });
    root.appendChild(tabs);
    root.appendChild(form);

    var graph = h('div', { id: 'network-graph', className: 'network', role: 'img', 'aria-label': t('net_title'),
      dataset: { ready: 'false' } });
    var list = h('ol', { id: 'network-links', className: 'links' }, edges.map(function (e) {
      return h('li', null, h('span', { className: 'pair' }, nameOf[e.source] + ' — ' + nameOf[e.target]), ' ',
        h('span', { className: 'muted' }, t('net_events', { n: fmtNumber(e.weight) })));
    }));
    var empty = h('p', { className: 'empty', id: 'network-empty' }, t('net_empty'));
    root.appendChild(section(t('net_strongest', { n: fmtNumber(edges.length) }),
      edges.length ? [graph, list] : [empty], { id: 'panel-network-view' }));
    return {
      node: root,
      title: t('net_title'),
      mount: function () {
        if (!edges.length) return;
        if (typeof globalThis.cytoscape !== 'function') throw new Error('Cytoscape.js did not load');
        var maxW = edges.reduce(function (m, e) { return Math.max(m, e.weight); }, 1);
        var maxN = nodes.reduce(function (m, n) { return Math.max(m, n.events); }, 1);
        var elements = nodes.map(function (n) {
          return { group: 'nodes', data: { id: String(n.id), label: nameOf[n.id], events: n.events,
            size: 14 + 26 * Math.sqrt(n.events / maxN) } };
        }).concat(edges.map(function (e, i) {
          return { group: 'edges', data: { id: 'l' + i, source: String(e.source), target: String(e.target),
            weight: e.weight, width: 1.5 + 6 * (e.weight / maxW) } };
        }));
        var cy = globalThis.cytoscape({
          container: graph,
          elements: elements,
          layout: { name: 'cose', animate: false, randomize: false, fit: true, padding: 30,
            nodeRepulsion: function () { return 9000; }, idealEdgeLength: function () { return 90; } },
          userZoomingEnabled: false,
          boxSelectionEnabled: false,
          autounselectify: true,
          style: [
            { selector: 'node', style: {
              'background-color': '#2563eb', width: 'data(size)', height: 'data(size)', label: 'data(label)',
              'font-size': 13, 'font-family': 'system-ui, sans-serif', color: '#111827', 'text-valign': 'bottom',
              'text-margin-y': 3, 'text-background-color': '#ffffff', 'text-background-opacity': 0.85,
              'text-background-padding': 1, 'text-wrap': 'wrap', 'text-max-width': 110,
              'border-width': 2, 'border-color': '#ffffff' } },
            { selector: 'edge', style: { width: 'data(width)', 'line-color': '#94a3b8', 'curve-style': 'straight',
              opacity: 0.85 } }
          ]
        });
        /* fitted to a phone the graph is zoomed out: labels grow back to about
           13px on screen, and the graph is fitted again with its bigger labels
           (which zooms out a little more: a few rounds settle it), so that
           no label is drawn beyond the box */
        for (var round = 0; round < 4 && cy.zoom() < 1; round++) {
          var zoom = cy.zoom();
          cy.style().selector('node').style({ 'font-size': 13 / zoom, 'text-max-width': 110 / zoom }).update();
          cy.fit(undefined, 30);
        }
        cy.on('tap', 'node', function (evt) {
          location.hash = kind === 'partners' ? route_(['partner', evt.target.id()]) : route_(['person', evt.target.id()]);
        });
        state.cy = cy;
        globalThis.attacheNetwork = cy; /* for the browser tests */
        graph.dataset.nodes = String(cy.nodes().length);
        graph.dataset.edges = String(cy.edges().length);
        graph.dataset.ready = 'true';
      }
    };
  });
}
