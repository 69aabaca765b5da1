/* A partner's page, for an analyst with a token: correct or reject each of
 * its relations (the framework rows), agreements and figures, in a form
 * shown under its table; and the partner's history (GET
 * /api/history/partner/CODE: the changes of those records, rejected ones
 * included) with undo (corrections.js). */

import { t, h, text, section, label } from '../core.js';
import { tokenBar, historySection, rowActions, editForm } from '../corrections.js';

/* The fields a form offers for each kind of row: [field, label key, row key]. */
var FIELDS = {
  relation: [['framework', 'col_framework', 'framework'], ['since', 'col_since', 'since'], ['as_of', 'col_as_of', 'as_of']],
  agreement: [['title', 'col_title', 'title'], ['kind', 'col_kind', 'kind'], ['date', 'col_date', 'date'],
    ['status', 'col_status', 'status']],
  figure: [['metric', 'col_metric', 'metric'], ['value', 'col_value', 'value'], ['qualifier', 'col_qualifier', 'qualifier'],
    ['as_of', 'col_as_of', 'as_of']]
};

/* What a row is called in its form's heading. */
function rowName(kind, r) {
  if (kind === 'relation') return label('framework', r.framework) + (r.as_of ? ' · ' + r.as_of : '');
  if (kind === 'agreement') return text(r.title);
  return label('metric', r.metric) + ' · ' + text(r.value);
}

/* A column of Edit / Reject buttons for a table of `kind` rows, whose forms
 * open in `host` (a box under the table). */
export function correctColumn(kind, host) {
  return { title: t('row_actions'), cell: function (r) {
    if (r.id === null || r.id === undefined) return text(null);
    return rowActions(kind, String(r.id), rowName(kind, r), host, function (close) {
      return editForm(kind + '-edit', kind, r.id, FIELDS[kind].map(function (f) { return [f[0], t(f[1]), r[f[2]]]; }), close);
    });
  } };
}

export function formHost(kind) {
  return h('div', { className: 'row-form', id: kind + '-form' });
}

/* The token (one per page) and what it is for, above the partner's tables. */
export function partnerTokenSection() {
  return section(t('analyst_title'), tokenBar(), { id: 'partner-correct' });
}

export function partnerHistory(changes) {
  return historySection(changes, 'partner-history');
}
