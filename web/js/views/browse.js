/* The browse pages: partners, people, agreements, figures and mechanisms,
 * each a sortable table with totals, pages and a CSV download of its rows
 * (and of the API's list, format=csv). */

import {
  state, t, label, h, link, fmtNumber, text, dateNode, api, rows, fetchAll, countryName,
  partnerLink, personLink, sourceLink, frameworkBadge, byTypeText, table, section, agreementsTable,
  figureValue, metricLabel, rankLabel, mechanismLabel
  , positionLabel
} from '../core.js';

function page(id, title, lead, body, apiCsv) {
  var root = h('section', { id: id, className: 'view browse' }, h('h1', null, title),
    h('p', { className: 'lead' }, lead));
  if (apiCsv) {
    var a = h('a', { className: 'api-csv', download: '' }, t('download_api_csv'));
    a.setAttribute('href', apiCsv); /* same origin: the API's own CSV of the whole list */
    root.appendChild(h('p', { className: 'table-tools' }, a));
  }
  root.appendChild(body);
  return { node: root, title: title };
}

function num(key) { return function (r) { return Number(r[key]) || 0; }; }

export function viewPartners() {
  return api('partners').then(function (body) {
    var data = rows(body, 'partners');
    return page('partners-view', t('nav_partners'), t('partners_lead', { n: fmtNumber(data.length) }), table([
      { title: t('col_partner'), sort: function (r) { return countryName(r.partner, r); },
        cell: function (r) { return [partnerLink(r.partner, r), h('span', { className: 'code' }, ' ' + text(r.partner))]; } },
      { title: t('col_framework'), sort: function (r) { return r.framework ? label('framework', r.framework) : ''; },
        cell: function (r) { return frameworkBadge(r.framework); } },
      { title: t('col_events'), className: 'num', total: true, sort: num('events'), cell: function (r) { return fmtNumber(r.events); } },
      { title: t('col_by_type'), cell: function (r) { return byTypeText(r.by_type); } },
      { title: t('col_agreements'), className: 'num', total: true, sort: num('agreements'), cell: function (r) { return fmtNumber(r.agreements); } },
      { title: t('col_first'), className: 'nowrap', sort: function (r) { return r.first_engagement || ''; }, cell: function (r) { return dateNode(r.first_engagement); } },
      { title: t('col_last'), className: 'nowrap', sort: function (r) { return r.last_engagement || ''; }, cell: function (r) { return dateNode(r.last_engagement); } },
      { title: t('col_compare'), cell: function (r) {
        return link(['compare'], t('compare_with_us', { p: r.partner }), 'compare-link', { partners: r.partner + (r.partner === 'US' ? ',CN' : ',US') });
      } }
    ], data, { id: 'partners-list', csv: 'partners' }), '/api/partners?format=csv');
  });
}

export function viewPeople() {
  return fetchAll('people', null, 'people').then(function (data) {
    return page('people-view', t('nav_people'), t('people_lead', { n: fmtNumber(data.length) }), table([
      { title: t('col_name'), sort: function (r) { return String(r.name || ''); }, cell: function (r) { return personLink(r.id, r.name); } },
      { title: t('col_country'), sort: function (r) { return r.country ? countryName(r.country) : ''; },
        cell: function (r) { return r.country ? (r.country === 'VN' ? countryName('VN') : partnerLink(r.country)) : text(null); } },
      { title: t('col_rank'), sort: function (r) { return rankOrder(r.rank); }, cell: function (r) { return rankLabel(r.rank); } },
      { title: t('col_position'), cell: function (r) { return positionLabel(r.position); } },
      { title: t('col_events'), className: 'num', total: true, sort: num('events'), cell: function (r) { return fmtNumber(r.events); } },
      { title: t('col_first_seen'), className: 'nowrap', sort: function (r) { return r.first_seen || ''; }, cell: function (r) { return dateNode(r.first_seen); } },
      { title: t('col_last_seen'), className: 'nowrap', sort: function (r) { return r.last_seen || ''; }, cell: function (r) { return dateNode(r.last_seen); } }
    ], data, { id: 'people-list', csv: 'people' }), '/api/people?format=csv&limit=1000');
  });
}

/* the higher the rank, the lower the number: sorting ascending puts generals first */
function rankOrder(rank) {
  var n = rankLabel(rank);
  var order = n && n.dataset ? Number(n.dataset.order) : NaN;
  return isFinite(order) ? order : 99;
}

export function viewAgreements() {
  return fetchAll('agreements', null, 'agreements').then(function (data) {
    return page('agreements-view', t('nav_agreements'), t('agreements_lead', { n: fmtNumber(data.length) }),
      agreementsTable(data, true, { id: 'agreements-list', csv: 'agreements' }), '/api/agreements?format=csv&limit=1000');
  });
}

export function viewFigures() {
  return fetchAll('figures', null, 'figures').then(function (data) {
    return page('figures-view', t('nav_figures'), t('figures_lead', { n: fmtNumber(data.length) }), table([
      { title: t('col_as_of'), className: 'nowrap', sort: function (r) { return r.as_of || ''; }, cell: function (r) { return dateNode(r.as_of); } },
      { title: t('col_metric'), cell: function (r) { return metricLabel(r); } },
      { title: t('col_value'), className: 'num', sort: num('value'), cell: function (r) { return figureValue(r); } },
      { title: t('col_country'), cell: function (r) { return r.subject ? partnerLink(r.subject) : text(null); } },
      { title: t('col_evidence'), className: 'wide', cell: function (r) { return text(r.evidence); } },
      { title: t('col_source'), cell: function (r) { return sourceLink(r.source); } }
    ], data, { id: 'figures-list', csv: 'figures' }), '/api/figures?format=csv&limit=1000');
  });
}

export function viewMechanisms() {
  return api('mechanisms').then(function (body) {
    var data = rows(body, 'mechanisms');
    return page('mechanisms-view', t('nav_mechanisms'), t('mechanisms_lead', { n: fmtNumber(data.length) }), table([
      { title: t('col_mechanism'), sort: function (r) { return mechanismLabel(r.mechanism); }, cell: function (r) {
        return [link(['events'], mechanismLabel(r.mechanism), 'mechanism-link', { mechanism: r.mechanism }),
          h('span', { className: 'code' }, ' ' + r.mechanism)];
      } },
      { title: t('col_events'), className: 'num', total: true, sort: num('events'), cell: function (r) { return fmtNumber(r.events); } },
      { title: t('col_partners'), className: 'num', sort: num('partners'), cell: function (r) { return fmtNumber(r.partners); } },
      { title: t('col_by_type'), cell: function (r) { return byTypeText(r.by_type); } },
      { title: t('col_first'), className: 'nowrap', sort: function (r) { return r.first || ''; }, cell: function (r) { return dateNode(r.first); } },
      { title: t('col_last'), className: 'nowrap', sort: function (r) { return r.last || ''; }, cell: function (r) { return dateNode(r.last); } }
    ], data, { id: 'mechanisms-list', csv: 'mechanisms' }), '/api/mechanisms?format=csv');
  });
}
