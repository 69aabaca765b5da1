/* A partner's profile; for an analyst, the corrections of its relations,
 * agreements and figures (partner-correct.js) and its history. Its long lists
 * (events, agreements, people, figures) come a page at a time from
 * /api/partners/CODE/LIST (`rows` in the URL: rows per page, 50 unless told),
 * with the length of each from the profile's totals, as does its timeline
 * (newest first, "more" for the next page); the chart of the relationship
 * over time is drawn from the profile's events per year, which cover every
 * event. */

import {
  state, t, h, link, fmtNumber, text, dateNode, api,
  rows, first, loadCountries, countryName, personLink, sourceLink, frameworkBadge, table,
  section, eventsTable, agreementsTable, figureValue, metricLabel, rankLabel, positionLabel, PAGE_SIZE
} from '../core.js';
import { timelineChart, pagedTimeline } from './relation.js';
import { correctColumn, formHost, partnerTokenSection, partnerHistory } from './partner-correct.js';

export function viewPartner(ctx, code, params) {
  var size = Number(params && params.get('rows'));
  if (!(size >= 1 && size <= 1000 && Number.isInteger(size))) size = PAGE_SIZE;
  return Promise.all([api('partners/' + encodeURIComponent(code), { limit: size }), loadCountries(),
    api('history/partner/' + encodeURIComponent(code)).catch(function () { return null; })]).then(function (res) {
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
    var frameworks = rows(body, 'frameworks'), totals = first(body, 'totals') || {};
    /* a list of the profile, paged by the server */
    function paged(list, after) {
      return { path: 'partners/' + encodeURIComponent(pcode) + '/' + list, key: list, total: Number(totals[list]) || 0, size: size,
        after: after };
    }
    /* the events are paged by keyset: the page after the last event shown */
    function afterLastEvent(page) { return 'e' + page[page.length - 1].id; }
    var canvas = h('canvas', { id: 'partner-timeline-chart', role: 'img', 'aria-label': t('partner_over_time') });
    var note = h('p', { className: 'note', id: 'partner-timeline-note' });
    root.appendChild(section(t('partner_over_time'), [
      h('p', { className: 'hint' }, t('partner_over_time_hint')),
      h('div', { className: 'chart-box' }, canvas), note,
      h('p', null, link(['compare'], t('compare_with', { p: name }), 'compare-link', { partners: pcode + (pcode === 'US' ? ',CN' : ',US') })),
      h('details', { className: 'timeline-box', open: true }, h('summary', null, t('timeline_title')),
        pagedTimeline(ctx, pcode, rows(body, 'timeline'), Number(totals.timeline) || 0, frameworks, size))
    ], { id: 'partner-over-time' }));
    var relationForm = formHost('relation'), agreementForm = formHost('agreement'), figureForm = formHost('figure');
    root.appendChild(partnerTokenSection());
    root.appendChild(section(t('frameworks_title'), [table([
      { title: t('col_as_of'), className: 'nowrap', cell: function (r) { return dateNode(r.as_of); } },
      { title: t('col_framework'), cell: function (r) { return frameworkBadge(r.framework); } },
      { title: t('col_since'), cell: function (r) { return text(r.since); } },
      { title: t('col_evidence'), className: 'wide', cell: function (r) { return text(r.evidence); } },
      { title: t('col_source'), cell: function (r) { return sourceLink(r.source); } },
      correctColumn('relation', relationForm)
    ], rows(body, 'frameworks'), { id: 'partner-relations' }), relationForm]));
    root.appendChild(section(t('partner_events'), [
      eventsTable(rows(body, 'events'), 'partner-events-table', { pageOf: paged('events', afterLastEvent) }),
      h('p', null, link(['events'], t('nav_events') + ' → ' + name, 'more-link', { partner: pcode }))
    ], { id: 'partner-events' }));
    root.appendChild(section(t('agreements_title'), [agreementsTable(rows(body, 'agreements'), false, {
      id: 'partner-agreements', pageOf: paged('agreements'), columns: [correctColumn('agreement', agreementForm)] }),
    agreementForm], { id: 'partner-agreements-section' }));
    root.appendChild(section(t('people_title'), table([
      { title: t('col_name'), cell: function (r) { return personLink(r.id !== undefined ? r.id : r.person_id, r.name); } },
      { title: t('col_rank'), cell: function (r) { return rankLabel(r.rank); } },
      { title: t('col_position'), cell: function (r) { return positionLabel(r.position); } },
      { title: t('col_events'), className: 'num', cell: function (r) { return fmtNumber(r.events); } }
    ], rows(body, 'people'), { id: 'partner-people-table', pageOf: paged('people') }), { id: 'partner-people' }));
    root.appendChild(section(t('figures_title'), [table([
      { title: t('col_as_of'), className: 'nowrap', cell: function (r) { return dateNode(r.as_of); } },
      { title: t('col_metric'), cell: function (r) { return metricLabel(r); } },
      { title: t('col_value'), className: 'num', cell: function (r) { return figureValue(r); } },
      { title: t('col_source'), cell: function (r) { return sourceLink(r.source); } },
      correctColumn('figure', figureForm)
    ], rows(body, 'figures'), { id: 'partner-figures', pageOf: paged('figures') }), figureForm], { id: 'partner-figures-section' }));
    root.appendChild(partnerHistory(rows(res[2], 'history')));
    return {
      node: root,
      title: name,
      mount: function () {
        var drawn = timelineChart(canvas, rows(body, 'events_by_year'), frameworks);
        note.textContent = t('chart_counted_year') + (drawn.undated ? ' ' + t('chart_undated_note', { n: fmtNumber(drawn.undated) }) : '');
        note.dataset.undated = String(drawn.undated);
      }
    };
  });
}
