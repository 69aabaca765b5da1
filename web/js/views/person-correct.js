/* A person's page, for an analyst with a token: correct the name and
 * country, reject the person, merge another person into this one (found by
 * name), split the people merged into it again, correct the rank and office
 * they held in one event (a participant, EVENT:PERSON); and the history of
 * all of it with undo (corrections.js). */

import { t, h, text, api, rows, section, fmtNumber, countryName, route_ } from '../core.js';
import {
  tokenBar, applyChange, withNote, field, textInput, historySection, rowActions, editForm
} from '../corrections.js';

/* The person's spellings: their own name, those merged in, the aliases. */
export function namesSection(names) {
  return section(t('person_names'), h('ul', { className: 'chips', id: 'person-names' },
    names.map(function (n) { return h('li', { className: 'chip' }, text(n.name)); })));
}

function mergeForm(p) {
  var query = textInput('merge-query', '', { type: 'search', placeholder: t('merge_search') });
  var found = h('ul', { className: 'merge-candidates', id: 'merge-candidates' });
  var form = h('form', { id: 'merge-form', className: 'filters edit', role: 'search' },
    field(t('merge_search'), 'merge-query', query),
    h('div', { className: 'field actions' }, h('button', { type: 'submit', id: 'merge-find' }, t('merge_find'))));
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var q = query.value.trim();
    if (!q) return;
    found.dataset.state = 'loading';
    /* the search's first page names the people whose names hold the words */
    api('search', { q: q, limit: 1 }).then(function (body) {
      var others = rows(body, 'people').filter(function (o) { return String(o.id) !== String(p.id); });
      found.replaceChildren.apply(found, others.length ? others.map(function (o) {
        var merge = h('button', { type: 'button', className: 'merge-candidate', dataset: { id: o.id } }, t('merge_into'));
        merge.addEventListener('click', function () {
          applyChange('POST', 'merge', { kind: 'person', ids: [Number(p.id), Number(o.id)] }, merge);
        });
        return h('li', { className: 'merge-candidate-row', dataset: { id: o.id } },
          h('a', { href: route_(['person', o.id]) }, text(o.name)),
          o.country ? ' · ' + countryName(o.country) : '', ' · ', t('n_events', { n: fmtNumber(o.events) }), ' ', merge);
      }) : [h('li', { className: 'empty' }, t('merge_none'))]);
      found.dataset.state = 'ready';
    }, function (err) {
      found.replaceChildren(h('li', { className: 'error' }, err.message));
      found.dataset.state = 'error';
    });
  });
  return [form, found];
}

/* The analyst's section of the person's page. */
export function personCorrectSection(p, names) {
  var name = textInput('person-edit-name', p.name);
  var country = textInput('person-edit-country', p.country, { maxlength: 3, placeholder: 'US' });
  var note = textInput('person-edit-note', '');
  var save = h('button', { type: 'submit', id: 'person-save', className: 'primary' }, t('edit_save'));
  var reject = h('button', { type: 'button', id: 'person-reject' }, t('person_reject'));
  var edit = h('form', { id: 'person-edit', className: 'filters edit' },
    field(t('col_name'), name.id, name), field(t('col_country'), country.id, country),
    field(t('edit_note'), note.id, note), h('div', { className: 'field actions' }, save, reject));
  edit.addEventListener('submit', function (e) {
    e.preventDefault();
    var set = {};
    if (name.value.trim() !== String(p.name || '')) set.name = name.value.trim();
    if (country.value.trim().toUpperCase() !== String(p.country || '')) set.country = country.value.trim().toUpperCase();
    if (!Object.keys(set).length) return;
    applyChange('PATCH', 'people/' + encodeURIComponent(p.id), withNote({ set: set }, note), save);
  });
  reject.addEventListener('click', function () {
    applyChange('DELETE', 'people/' + encodeURIComponent(p.id), withNote({}, note), reject, route_(['people']));
  });
  var split = null;
  if (names.length > 1) {
    var splitButton = h('button', { type: 'button', id: 'person-split' }, t('split_button'));
    splitButton.addEventListener('click', function () {
      applyChange('POST', 'split', { kind: 'person', id: Number(p.id) }, splitButton);
    });
    split = [h('h3', null, t('split_title')), h('p', null, splitButton)];
  }
  return section(t('analyst_title'), [tokenBar(), h('h3', null, t('person_edit')), edit,
    h('h3', null, t('merge_title')), mergeForm(p), split], { id: 'person-correct' });
}

/* The offices table's last column: correct the rank and office held in that
 * event (the participant EVENT:PERSON), in a form shown in `host`. */
export function officeColumn(p, host) {
  return { title: t('row_actions'), cell: function (r) {
    if (r.event_id === null || r.event_id === undefined) return text(null);
    var id = r.event_id + ':' + p.id;
    return rowActions('participant', id, t('office_edit_title', { id: r.event_id }), host, function (close) {
      return editForm('office-edit', 'participant', id,
        [['rank', t('col_rank'), r.rank], ['position', t('col_position'), r.position]], close);
    });
  } };
}

export function personHistory(changes) {
  return historySection(changes, 'person-history');
}
