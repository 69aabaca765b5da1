/* One document: its sentences and records. */

import {
  t, label, h, externalLink, text, dateNode, ApiError, api,
  rows, first, section
} from '../core.js';

export function viewSource(ctx, id) {
  return api('sources/' + encodeURIComponent(id)).then(function (body) {
    var s = first(body, 'source');
    if (!s) throw new ApiError('not_found', t('not_found'), 404);
    var title = s.title ? String(s.title) : String(s.id || id);
    var root = h('section', { id: 'source-view', className: 'view', dataset: { id: s.id || id } });
    root.appendChild(h('p', { className: 'kicker' }, t('source_title')));
    root.appendChild(h('h1', { id: 'source-title' }, title));
    var original = externalLink(s.url, s.url ? String(s.url) : null);
    root.appendChild(h('dl', { className: 'facts' },
      h('dt', null, t('source_outlet')), h('dd', null, text(s.outlet)),
      h('dt', null, t('col_published')), h('dd', null, dateNode(s.published)),
      h('dt', null, t('source_lang')), h('dd', null, s.lang ? label('lang', s.lang) : t('none')),
      h('dt', null, t('source_original')), h('dd', null, original || text(s.url ? String(s.url) : null))));
    var sentences = rows(body, 'sentences');
    root.appendChild(section(t('source_sentences'), sentences.length
      ? h('ol', { className: 'sentences', id: 'source-sentences' }, sentences.map(function (x) {
        return h('li', { dataset: { idx: x.idx } }, h('span', { className: 'idx' }, text(x.idx)), h('span', { className: 'sentence' }, text(x.text)));
      }))
      : h('p', { className: 'empty' }, t('no_rows'))));
    return { node: root, title: title };
  });
}
