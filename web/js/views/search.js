/* Search over sentences. */

import {
  t, label, h, route_, fmtNumber, dateNode, markedText, api,
  rows, sourceLink, section, wireMore, errorBox
  , navigate
} from '../core.js';

export function viewSearch(ctx, params) {
  var q = (params.get('q') || '').trim();
  var root = h('section', { id: 'search-view', className: 'view' });
  root.appendChild(h('h1', null, t('search_title')));
  var input = h('input', { type: 'search', id: 'search-input', name: 'q', autocomplete: 'off',
    placeholder: t('search_placeholder'), 'aria-label': t('search_title'), value: q || null });
  var form = h('form', { id: 'search-form', className: 'search-form', role: 'search' },
    input, h('button', { type: 'submit', className: 'primary', id: 'search-button' }, t('search_button')));
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var v = input.value.trim();
    navigate(route_(['search'], v ? { q: v } : null));
  });
  root.appendChild(form);
  root.appendChild(h('p', { className: 'hint' }, t('search_hint')));
  if (!q) return Promise.resolve({ node: root, title: t('search_title'), focus: input });
  function resultItem(m) {
    return h('li', { className: 'search-result' },
      h('p', { className: 'sentence' }, markedText(m.sentence)),
      h('p', { className: 'meta' },
        sourceLink(m.source, m.title || null),
        m.published ? [' · ', dateNode(m.published)] : null));
  }
  return api('search', { q: q }).then(function (body) {
    var matches = rows(body, 'matches');
    var shown = matches.length;
    var count = h('p', { className: 'count', id: 'search-count' },
      shown ? t('search_count', { n: fmtNumber(shown) }) : t('search_none'));
    var list = h('ol', { id: 'search-results', className: 'results' }, matches.map(resultItem));
    var more = h('button', { type: 'button', id: 'search-more', className: 'more' }, t('events_more'));
    wireMore(ctx, more, body.next_cursor, root, function (cursor) {
      return api('search', { q: q, cursor: cursor });
    }, function (next) {
      rows(next, 'matches').forEach(function (m) { list.appendChild(resultItem(m)); shown++; });
      count.textContent = t('search_count', { n: fmtNumber(shown) });
    });
    root.appendChild(count);
    root.appendChild(list);
    root.appendChild(more);
    return { node: root, title: q + ' · ' + t('search_title') };
  }, function (e) {
    root.appendChild(errorBox(e));
    root.appendChild(h('ol', { id: 'search-results', className: 'results' }));
    return { node: root, title: t('search_title') };
  });
}
