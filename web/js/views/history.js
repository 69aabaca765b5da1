/* #/history: every analyst's change, newest first (GET /api/history), each
 * naming its record (linked to its page when it has one) with who, when,
 * why and Undo. It is where a change stays within reach when its record's
 * page is gone: a rejected event or person, a deleted source. */

import { t, h, api, rows, section } from '../core.js';
import { tokenBar, historyTable } from '../corrections.js';

export function viewHistory() {
  return api('history').then(function (body) {
    var changes = rows(body, 'history').slice().reverse();
    var root = h('section', { id: 'history-view', className: 'view' },
      h('h1', null, t('history_all_title')),
      h('p', { className: 'lead' }, t('history_all_lead')),
      section(t('analyst_title'), tokenBar(), { id: 'history-correct' }),
      section(t('history_title'), historyTable(changes, 'history'), { id: 'history-section' }));
    return { node: root, title: t('history_all_title') };
  });
}
