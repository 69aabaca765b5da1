/* A person: offices held over time, events, people met; for an analyst,
 * the corrections of person-correct.js and the person's history. The three
 * lists come a page at a time from /api/people/ID/LIST (`rows` in the URL:
 * rows per page, 50 unless told; the events by keyset, after the last one
 * shown), with the length of each from the person's totals and events. */

import {
  EVENT_TYPES, SUBJECT, t, label, $, h, link, fmtNumber,
  text, dateNode, ApiError, api, rows, first, loadCountries, countryName,
  partnerLink, personLink, sourceLink, table, section, eventsTable
  , rankLabel, mechanismLabel
  , positionLabel, PAGE_SIZE
} from '../core.js';
import { namesSection, personCorrectSection, officeColumn, personHistory } from './person-correct.js';

export function viewPerson(ctx, id, params) {
  var size = Number(params && params.get('rows'));
  if (!(size >= 1 && size <= 1000 && Number.isInteger(size))) size = PAGE_SIZE;
  return Promise.all([api('people/' + encodeURIComponent(id), { limit: size }), loadCountries(),
    api('history/person/' + encodeURIComponent(id)).catch(function () { return null; })]).then(function (res) {
    var body = res[0];
    var p = first(body, 'person');
    if (!p) throw new ApiError('not_found', t('not_found'), 404);
    var root = h('section', { id: 'person-view', className: 'view', dataset: { id: p.id, names: rows(body, 'names').length } });
    root.appendChild(h('h1', { id: 'person-name' }, text(p.name)));
    root.appendChild(h('p', { className: 'subtitle' },
      p.rank ? rankLabel(p.rank) : null, p.rank && p.position ? ', ' : null, p.position ? positionLabel(p.position) : null,
      p.country ? [p.rank || p.position ? ' · ' : '', p.country === SUBJECT ? countryName(p.country) : partnerLink(p.country)] : null));
    root.appendChild(h('dl', { className: 'facts' },
      h('dt', null, t('col_events')), h('dd', null, fmtNumber(p.events)),
      h('dt', null, t('col_first_seen')), h('dd', null, dateNode(p.first_seen)),
      h('dt', null, t('col_last_seen')), h('dd', null, dateNode(p.last_seen))));
    var totals = first(body, 'totals') || {};
    /* a list of the person, paged by the server */
    function paged(list, total, after) {
      return { path: 'people/' + encodeURIComponent(p.id) + '/' + list, key: list, total: Number(total) || 0, size: size,
        after: after };
    }
    var names = rows(body, 'names');
    if (names.length > 1) root.appendChild(namesSection(names));
    var officeForm = h('div', { className: 'row-form', id: 'office-form' });
    root.appendChild(section(t('offices_title'), [table([
      { title: t('col_date'), className: 'nowrap', cell: function (r) { return dateNode(r.date); } },
      { title: t('col_rank'), cell: function (r) { return rankLabel(r.rank); } },
      { title: t('col_position'), cell: function (r) { return positionLabel(r.position); } },
      { title: t('col_event'), cell: function (r) {
        if (r.event === null || r.event === undefined || r.event === '') return text(null);
        if (r.event_id !== null && r.event_id !== undefined) {
          return link(['event', r.event_id], EVENT_TYPES.indexOf(r.event) >= 0 ? label('type', r.event) : '#' + r.event_id, 'event-link');
        }
        if (/^\d+$/.test(String(r.event))) return link(['event', r.event], '#' + r.event, 'event-link');
        return EVENT_TYPES.indexOf(r.event) >= 0 ? label('type', r.event) : String(r.event);
      } },
      { title: t('col_source'), cell: function (r) { return sourceLink(r.source); } },
      officeColumn(p, officeForm)
    ], rows(body, 'offices'), { id: 'person-offices', pageOf: paged('offices', totals.offices) }), officeForm]));
    root.appendChild(section(t('person_events'), eventsTable(rows(body, 'events'), 'person-events',
      { pageOf: paged('events', p.events, function (page) { return 'e' + page[page.length - 1].id; }) })));
    root.appendChild(section(t('met_title'), table([
      { title: t('col_name'), cell: function (r) { return personLink(r.id, r.name); } },
      { title: t('col_country'), cell: function (r) {
        return r.country && r.country !== SUBJECT ? partnerLink(r.country) : text(r.country ? countryName(r.country) : null);
      } },
      { title: t('col_together'), className: 'num', cell: function (r) { return fmtNumber(r.events); } }
    ], rows(body, 'met'), { id: 'person-met', pageOf: paged('met', totals.met) })));
    root.appendChild(personCorrectSection(p, names));
    root.appendChild(personHistory(rows(res[2], 'history')));
    return { node: root, title: text(p.name) };
  });
}
