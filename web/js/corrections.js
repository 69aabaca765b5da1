/* corrections.js - what the analyst's pages share (the event, person,
 * partner and review pages): the token, kept for this browser tab only
 * (sessionStorage, never localStorage), sending a change with it, and a
 * record's history with an undo button per change. A change is stored apart
 * from what attache read (README, "Corrections"); after one, the page is
 * shown again as the knowledge base now holds it. Values in the history may
 * be article text: they are shown as text, like everything else. */

import { t, label, h, text, table, section, navigate, write, fmtNumber, link } from './core.js';

var TOKEN_KEY = 'attache-token';
var FLASH_KEY = 'attache-change-saved';

/* A record kind -> its collection in the write API (PATCH, DELETE /api/NAME/ID). */
export var COLLECTION = {
  event: 'events', participant: 'participants', agreement: 'agreements', figure: 'figures',
  relation: 'relations', person: 'people'
};

function session(key, value) {
  try {
    if (value === undefined) return sessionStorage.getItem(key) || '';
    if (value) sessionStorage.setItem(key, value);
    else sessionStorage.removeItem(key);
  } catch (e) { /* storage may be off: the token then lives in the field only */ }
  return '';
}

function currentToken() {
  var input = document.querySelector('#edit-token');
  return (input && input.value.trim()) || session(TOKEN_KEY);
}

function showStatus(className, message, change) {
  var status = document.querySelector('#edit-status');
  if (!status) return;
  status.className = className;
  status.textContent = message;
  if (change) status.dataset.change = String(change);
  else delete status.dataset.change;
}

/* The page's token field and status line (#edit-token, #edit-status): one per
 * page. The status says which change the last write saved. */
export function tokenBar() {
  var input = h('input', { type: 'password', id: 'edit-token', autocomplete: 'off', spellcheck: 'false' });
  input.value = session(TOKEN_KEY);
  input.addEventListener('change', function () { session(TOKEN_KEY, input.value.trim()); });
  var forget = h('button', { type: 'button', id: 'token-forget', onclick: function () {
    input.value = '';
    session(TOKEN_KEY, '');
  } }, t('token_forget'));
  var status = h('p', { id: 'edit-status', role: 'status', 'aria-live': 'polite' });
  /* the change just saved, said on the page it led to (only there) */
  var flash = null;
  try { flash = JSON.parse(session(FLASH_KEY) || 'null'); } catch (e) { /* not ours */ }
  session(FLASH_KEY, '');
  if (flash && flash.hash === location.hash) {
    status.className = 'ok';
    status.textContent = t('change_saved', { n: flash.change });
    status.dataset.change = String(flash.change);
  }
  return h('div', { className: 'token-bar', id: 'token-bar' },
    h('div', { className: 'field' }, h('label', { 'for': 'edit-token' }, t('edit_token')), input),
    h('div', { className: 'field actions' }, forget, link(['history'], t('history_all_link'), 'history-all-link')),
    h('p', { className: 'hint' }, t('token_hint')), status);
}

/* Sends a change with the token (the field's, else the tab's); resolves to
 * the server's answer ({change, op, author}), or to null when it was refused
 * (the reason is shown in #edit-status and `button` is enabled again). */
export function sendChange(method, path, body, button) {
  var key = currentToken();
  if (!key) {
    showStatus('error', t('token_needed'));
    return Promise.resolve(null);
  }
  if (button) button.disabled = true;
  showStatus('muted', t('edit_saving'));
  return write(method, path, body, key).then(function (done) {
    session(TOKEN_KEY, key);
    showStatus('ok', t('change_saved', { n: done.change }), done.change);
    return done;
  }, function (err) {
    showStatus('error', err.message);
    if (button) button.disabled = false;
    return null;
  });
}

/* Sends a change, then shows `hash` (default: this page again) as the
 * knowledge base now holds it, saying which change was saved. */
export function applyChange(method, path, body, button, hash) {
  return sendChange(method, path, body, button).then(function (done) {
    if (!done) return null;
    var to = hash || location.hash;
    session(FLASH_KEY, JSON.stringify({ hash: to, change: done.change }));
    navigate(to);
    return done;
  });
}

/* {"note": ...} from a note field, or {} when it is empty. */
export function withNote(body, noteInput) {
  var note = noteInput ? noteInput.value.trim() : '';
  if (note) body.note = note;
  return body;
}

export function field(lbl, id, input) {
  return h('div', { className: 'field' }, h('label', { 'for': id }, lbl), input);
}

export function textInput(id, value, props) {
  var input = h('input', Object.assign({ type: 'text', id: id, autocomplete: 'off' }, props || {}));
  input.value = value === null || value === undefined ? '' : String(value);
  return input;
}

/* A history value is JSON text ("\"2024-06-03\"", "null"): shown as text. */
function historyValue(v) {
  if (v === null || v === undefined) return text(null);
  try {
    var x = JSON.parse(v);
    return x === null ? text(null) : Array.isArray(x) ? x.join(' ') : String(x);
  } catch (e) {
    return String(v);
  }
}

/* The record a change names, linked to its page when it has one. */
function changedRecord(r) {
  var what = label('record_kind', r.kind) + (r.record ? ' ' + r.record : '');
  var id = String(r.record || '');
  if (r.kind === 'event' && /^\d+$/.test(id)) return link(['event', id], what, 'record-link');
  if (r.kind === 'person' && /^\d+$/.test(id)) return link(['person', id], what, 'record-link');
  if (r.kind === 'participant' && /^\d+:\d+$/.test(id)) return link(['event', id.split(':')[0]], what, 'record-link');
  /* a distinct names two records ("12 40"): a link to each */
  if ((r.kind === 'event' || r.kind === 'person') && /^\d+ \d+$/.test(id)) {
    var ids = id.split(' ');
    return h('span', null, label('record_kind', r.kind) + ' ', link([r.kind, ids[0]], ids[0], 'record-link'), ' · ',
      link([r.kind, ids[1]], ids[1], 'record-link'));
  }
  return what;
}

/* Changes (GET /api/history/KIND/ID: a record's, newest last; or all of
 * them) as a table with an undo button on each change still in effect; `id`
 * names the table (#event-history, #person-history, #partner-history,
 * #history). Always shown: an empty history says so. */
export function historyTable(changes, id) {
  return changes.length ? table([
    { title: '#', className: 'num', sort: function (r) { return Number(r.change) || 0; },
      cell: function (r) { return String(r.change); } },
    { title: t('history_when'), className: 'nowrap', cell: function (r) { return text(r.made_at); } },
    { title: t('history_who'), cell: function (r) { return text(r.author); } },
    { title: t('history_what'), cell: function (r) {
      return h('span', null, label('op', r.op), ' ', changedRecord(r), r.field ? ' · ' + r.field : '');
    } },
    { title: t('history_old'), cell: function (r) { return historyValue(r.old); } },
    { title: t('history_new'), cell: function (r) { return historyValue(r['new']); } },
    { title: t('edit_note'), cell: function (r) { return text(r.note); } },
    { title: '', cell: function (r) {
      if (r.undone) return h('span', { className: 'undone' }, t('history_undone'));
      if (r.op === 'undo' || r.op === 'split') return text(null);
      var undo = h('button', { type: 'button', className: 'undo', dataset: { change: r.change } }, t('history_undo'));
      undo.addEventListener('click', function () { applyChange('POST', 'undo', { change: r.change }, undo); });
      return undo;
    } }
  ], changes, { id: id, pageSize: 0, rowProps: function (r) {
    return { className: 'change-row', dataset: { change: r.change, op: r.op || '', undone: r.undone ? 'true' : 'false' } };
  } }) : h('p', { className: 'empty', id: id + '-empty' }, t('history_none'));
}

export function historySection(changes, id) {
  return section(t('history_title'), historyTable(changes, id), { id: id + '-section', className: 'panel history' });
}

/* Buttons to correct one row of a table (a relation, an agreement, a
 * figure, a participant): Edit opens `form` (built by makeForm(row, close))
 * under the table, Reject hides the record. */
export function rowActions(kind, id, what, host, makeForm) {
  var edit = h('button', { type: 'button', className: 'row-edit', dataset: { kind: kind, id: id } }, t('row_edit'));
  var reject = h('button', { type: 'button', className: 'row-reject', dataset: { kind: kind, id: id } }, t('row_reject'));
  edit.addEventListener('click', function () {
    var form = makeForm(function () { host.replaceChildren(); });
    host.replaceChildren(h('h3', null, t('row_edit_title', { what: what })), form);
    var first = form.querySelector('input, select');
    if (first) first.focus();
  });
  reject.addEventListener('click', function () {
    applyChange('DELETE', COLLECTION[kind] + '/' + encodeURIComponent(id), {}, reject);
  });
  return h('span', { className: 'row-actions' }, edit, ' ', reject);
}

/* A form over some fields of one record: PATCH /api/COLLECTION/ID with the
 * fields changed (and a note). fields: [[name, label, value]]. */
export function editForm(formId, kind, id, fields, close) {
  var inputs = fields.map(function (f) { return textInput(formId + '-' + f[0], f[2], { name: f[0] }); });
  var note = textInput(formId + '-note', '');
  var save = h('button', { type: 'submit', className: 'primary', id: formId + '-save' }, t('edit_save'));
  var form = h('form', { id: formId, className: 'filters edit' },
    fields.map(function (f, i) { return field(f[1], inputs[i].id, inputs[i]); }),
    field(t('edit_note'), note.id, note),
    h('div', { className: 'field actions' }, save,
      close ? h('button', { type: 'button', onclick: close }, t('edit_cancel')) : null));
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var set = {};
    fields.forEach(function (f, i) {
      var v = inputs[i].value.trim();
      var was = f[2] === null || f[2] === undefined ? '' : String(f[2]);
      if (v !== was) set[f[0]] = v;
    });
    if (!Object.keys(set).length) {
      showStatus('muted', t('edit_nothing'));
      return;
    }
    applyChange('PATCH', COLLECTION[kind] + '/' + encodeURIComponent(id), withNote({ set: set }, note), save);
  });
  return form;
}

export function confidenceText(c) {
  return c === null || c === undefined || c === '' ? text(null) : fmtNumber(Math.round(Number(c) * 100) / 100);
}
