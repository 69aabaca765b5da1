/* The events list with its filters, and one event with its evidence. */

import {
  EVENT_TYPES, AREAS, MECHANISMS, SUBJECT, PAGE_SIZE, state, t, label,
  h, route_, link, externalLink, fmtNumber, text, fmtDate, dateNode,
  eventDateNode, ApiError, api, rows, first, loadCountries, loadPartners, countryName,
  partnerLink, countriesNode, placeNode, personLink, sourceLink, typeLabelled, table, section,
  wireMore, errorBox, eventColumns, eventRowProps, eventRowElement, agreementsTable
  , rankLabel, mechanismLabel
  , navigate
  , downloads, positionLabel
} from '../core.js';
import { tokenBar, applyChange, withNote, field, textInput, historySection } from '../corrections.js';

export function viewEvents(ctx, params) {
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
      /* the rows loaded so far, in one sortable table (built anew with each page) */
      function eventsList() {
        if (!shown.length) {
          /* keep an (empty) #events-table for scripts that look for it */
          return h('div', null, table(eventColumns(), shown, {}),
            h('table', { id: 'events-table', className: 'data events', hidden: true }, h('tbody')));
        }
        return table(eventColumns(), shown, { id: 'events-table', className: 'events', rowProps: eventRowProps,
          pageSize: 0, csv: 'events' });
      }
      var tableWrap = eventsList();
      var more = h('button', { type: 'button', id: 'events-more', className: 'more' }, t('events_more'));
      wireMore(ctx, more, body.next_cursor, results, function (cursor) {
        return api('events', Object.assign({ limit: PAGE_SIZE, cursor: cursor }, filters));
      }, function (next) {
        rows(next, 'events').forEach(function (r) { shown.push(r); });
        var fresh = eventsList();
        tableWrap.replaceWith(fresh);
        tableWrap = fresh;
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

/* Correcting an event's date, or rejecting it: a change kept apart from what
 * attache read, sent with the tab's token (corrections.js). */
function editEventForm(ev) {
  var date = textInput('edit-date', ev.date && !/^X/.test(ev.date) ? String(ev.date) : '', { placeholder: 'YYYY-MM-DD' });
  var note = textInput('edit-note', '');
  var save = h('button', { type: 'submit', id: 'edit-save', className: 'primary' }, t('edit_save'));
  var reject = h('button', { type: 'button', id: 'edit-reject' }, t('edit_reject'));
  var form = h('form', { id: 'edit-event', className: 'filters edit' },
    field(t('col_date'), 'edit-date', date),
    field(t('edit_note'), 'edit-note', note),
    h('div', { className: 'field actions' }, save, reject));
  reject.addEventListener('click', function () {
    applyChange('DELETE', 'events/' + encodeURIComponent(ev.id), withNote({}, note), reject, route_(['events']));
  });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    applyChange('PATCH', 'events/' + encodeURIComponent(ev.id), withNote({ set: { date: date.value.trim() } }, note), save);
  });
  return form;
}

export function viewEvent(ctx, id) {
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
      h('dt', null, t('col_mechanism')), h('dd', null, ev.mechanism ? mechanismLabel(ev.mechanism) : text(null)),
      h('dt', null, t('col_place')), h('dd', null, placeNode(ev.place)),
      h('dt', null, t('col_sources')), h('dd', null, fmtNumber(ev.sources))));
    if (ev.evidence) {
      root.appendChild(section(t('event_evidence'), h('blockquote', { className: 'evidence' }, String(ev.evidence))));
    }
    root.appendChild(section(t('edit_title'), [tokenBar(), editEventForm(ev)], { id: 'event-correct' }));
    root.appendChild(historySection(changes, 'event-history'));
    root.appendChild(section(t('participants_title'), table([
      { title: t('col_name'), cell: function (r) { return personLink(r.person_id, r.name); } },
      { title: t('col_rank'), cell: function (r) { return rankLabel(r.rank); } },
      { title: t('col_position'), cell: function (r) { return positionLabel(r.position); } },
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
