/* #/review: what an analyst should check first (GET /api/review, as `attache
 * review` prints it): the records nobody has reviewed yet, least confident
 * first, with Accept (POST /api/accept: reviewed, it leaves the queue; the
 * history says who checked it, and undo puts it back) and Reject; likely
 * duplicate events and people, with Merge (one) and Not the same (POST
 * /api/distinct: the pair is no longer offered). Evidence sentences are
 * article text: shown as text. */

import { t, label, h, text, api, rows, section, link, fmtNumber, personLink, partnerLink, fmtDate, table } from '../core.js';
import { tokenBar, applyChange, COLLECTION, confidenceText } from '../corrections.js';

var PAGE = 50;

function recordLink(r) {
  if (r.kind === 'event') return link(['event', r.id], label('record_kind', 'event') + ' #' + r.id, 'record-link');
  if (r.kind === 'participant') {
    var ids = String(r.id).split(':');
    return h('span', null, link(['event', ids[0]], label('record_kind', 'event') + ' #' + ids[0], 'record-link'), ' · ',
      link(['person', ids[1]], label('record_kind', 'person') + ' #' + ids[1], 'record-link'));
  }
  return label('record_kind', r.kind) + ' #' + r.id;
}

function recordActions(r) {
  var accept = h('button', { type: 'button', className: 'review-accept', dataset: { kind: r.kind, id: r.id } }, t('review_accept'));
  var reject = h('button', { type: 'button', className: 'review-reject', dataset: { kind: r.kind, id: r.id } }, t('review_reject'));
  accept.addEventListener('click', function () {
    applyChange('POST', 'accept', { kind: r.kind, id: String(r.id), note: t('review_accept_note') }, accept);
  });
  reject.addEventListener('click', function () {
    applyChange('DELETE', COLLECTION[r.kind] + '/' + encodeURIComponent(r.id), { note: t('review_reject_note') }, reject);
  });
  return h('span', { className: 'row-actions' }, accept, ' ', reject);
}

/* Merge (one event, one person) and Not the same (a distinct: the pair is
 * no longer offered) for a likely duplicate pair. */
function pairButtons(kind, ids) {
  var data = { kind: kind, ids: ids.join(' ') };
  var merge = h('button', { type: 'button', className: 'review-merge', dataset: data }, t('review_merge'));
  var distinct = h('button', { type: 'button', className: 'review-distinct', dataset: data }, t('review_distinct'));
  merge.addEventListener('click', function () { applyChange('POST', 'merge', { kind: kind, ids: ids.map(Number) }, merge); });
  distinct.addEventListener('click', function () {
    applyChange('POST', 'distinct', { kind: kind, ids: ids.map(Number), note: t('review_distinct_note') }, distinct);
  });
  return h('span', { className: 'row-actions' }, merge, ' ', distinct);
}

var RECORD_COLUMNS = function () {
  return [
    { title: t('col_confidence'), className: 'num', sort: function (r) { return Number(r.confidence) || 0; },
      cell: function (r) { return confidenceText(r.confidence); } },
    { title: t('col_record'), cell: recordLink },
    { title: t('col_what'), cell: function (r) { return text(r.what); } },
    { title: t('col_evidence'), className: 'wide', cell: function (r) {
      return h('span', null, text(r.evidence), ' ', link(['source', r.source], text(r.source), 'source-link'));
    } },
    { title: '', cell: recordActions }
  ];
};

function eventCell(id, date) {
  return link(['event', id], '#' + id + ' · ' + fmtDate(date), 'event-link');
}

var EVENT_COLUMNS = function () {
  return [
    { title: t('col_type'), cell: function (r) { return label('type', r.type); } },
    { title: t('col_countries'), cell: function (r) { return partnerLink(r.partner); } },
    { title: t('col_event'), cell: function (r) { return eventCell(r.event, r.date); } },
    { title: t('col_other'), cell: function (r) { return eventCell(r.other, r.other_date); } },
    { title: t('col_days'), className: 'num', cell: function (r) { return fmtNumber(r.days); } },
    { title: t('col_in_common'), cell: function (r) { return text(r.in_common); } },
    { title: '', cell: function (r) { return pairButtons('event', [r.event, r.other]); } }
  ];
};

var PEOPLE_COLUMNS = function () {
  return [
    { title: t('col_name'), cell: function (r) { return personLink(r.person, r.name); } },
    { title: t('col_other'), cell: function (r) { return personLink(r.other, r.other_name); } },
    { title: t('col_country'), cell: function (r) { return text(r.country) + (r.other_country && r.other_country !== r.country ? ' / ' + r.other_country : ''); } },
    { title: t('col_why'), cell: function (r) { return label('variant', r.why); } },
    { title: '', cell: function (r) { return pairButtons('person', [r.person, r.other]); } }
  ];
};

export function viewReview() {
  var lists = [
    ['records', 'review_records', RECORD_COLUMNS, 'review-records', function (r) {
      return { className: 'review-row', dataset: { kind: r.kind, id: r.id } };
    }],
    ['duplicate_events', 'review_dup_events', EVENT_COLUMNS, 'review-events', function (r) {
      return { className: 'review-row', dataset: { event: r.event, other: r.other } };
    }],
    ['duplicate_people', 'review_dup_people', PEOPLE_COLUMNS, 'review-people', function (r) {
      return { className: 'review-row', dataset: { person: r.person, other: r.other } };
    }]
  ];
  var held = { records: [], duplicate_events: [], duplicate_people: [] };
  var boxes = lists.map(function (l) { return h('div', { className: 'review-list', id: l[3] + '-box' }); });
  function draw() {
    lists.forEach(function (l, i) {
      boxes[i].replaceChildren(table(l[2](), held[l[0]], { id: l[3], pageSize: 0, rowProps: l[4] }));
    });
  }
  var more = h('button', { type: 'button', id: 'review-more', className: 'more' }, t('review_more'));
  function load(cursor) {
    return api('review', { limit: PAGE, cursor: cursor }).then(function (body) {
      lists.forEach(function (l) { held[l[0]] = held[l[0]].concat(rows(body, l[0])); });
      more.hidden = !body.next_cursor;
      more.dataset.cursor = body.next_cursor || '';
      draw();
    });
  }
  more.addEventListener('click', function () {
    more.disabled = true;
    load(more.dataset.cursor).then(function () { more.disabled = false; }, function () { more.disabled = false; });
  });
  return load(null).then(function () {
    var root = h('section', { id: 'review-view', className: 'view' },
      h('h1', null, t('review_title')),
      h('p', { className: 'lead' }, t('review_lead')),
      section(t('analyst_title'), tokenBar(), { id: 'review-correct' }),
      section(t('review_records'), boxes[0], { id: 'review-records-section' }),
      section(t('review_dup_events'), boxes[1], { id: 'review-events-section' }),
      section(t('review_dup_people'), boxes[2], { id: 'review-people-section' }),
      more);
    return { node: root, title: t('review_title') };
  });
}
