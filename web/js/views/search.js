/* Search: what the words name first — people, partners, mechanisms, events —
 * then the sentences, with facets (language, year, outlet) that narrow them. */

import {
  state, t, h, link, route_, fmtNumber, dateNode, markedText, api, rows, sourceLink, section, wireMore,
  errorBox, navigate, loadPartners, countryName, partnerLink, personLink, mechanismLabel, labels, eventsTable,
  splitCodes
} from '../core.js';

/* "Phạm Văn Giang" -> "pham van giang": how names are compared */
function fold(s) {
  return String(s || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
    .toLowerCase().replace(/\s+/g, ' ').trim();
}

/* the facets in the URL; a document's language is doclang there, as lang is
 * the page's own language */
var FACET_PARAMS = { doclang: 'lang', outlet: 'outlet', since: 'since', until: 'until' };

export function viewSearch(ctx, params) {
  var q = (params.get('q') || '').trim();
  var filters = {}, inUrl = {};
  Object.keys(FACET_PARAMS).forEach(function (k) {
    if (params.get(k)) { filters[FACET_PARAMS[k]] = params.get(k); inUrl[k] = params.get(k); }
  });
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
    return h('li', { className: 'search-result', dataset: { lang: m.lang || '', outlet: m.outlet || '' } },
      h('p', { className: 'sentence' }, markedText(m.sentence)),
      h('p', { className: 'meta' },
        sourceLink(m.source, m.title || null),
        m.published ? [' · ', dateNode(m.published)] : null,
        m.outlet ? [' · ', h('span', { className: 'outlet' }, m.outlet)] : null));
  }
  return Promise.all([api('search', Object.assign({ q: q }, filters)), loadPartners()]).then(function (res) {
    var body = res[0], partners = res[1];
    var words = fold(q);
    /* what the words name, first */
    var found = h('div', { id: 'search-entities', className: 'entities' });
    var people = rows(body, 'people');
    var partnerHits = partners.filter(function (p) {
      return [p.partner, p.name, p.name_vi, countryName(p.partner, p)].some(function (n) { return n && fold(n).indexOf(words) >= 0; });
    });
    var mechanisms = Object.keys(labels.mechanism).filter(function (code) {
      var l = labels.mechanism[code];
      return [code, l.vi, l.en].some(function (n) { return fold(n).indexOf(words) >= 0; });
    });
    var events = rows(body, 'events');
    if (people.length) {
      found.appendChild(section(t('nav_people'), h('ul', { className: 'entity-list', id: 'search-people' }, people.map(function (p) {
        return h('li', null, personLink(p.id, p.name), ' · ', p.country ? countryName(p.country) : '',
          ' · ', t('n_events', { n: fmtNumber(p.events) }));
      })), { className: 'panel entity' }));
    }
    if (partnerHits.length) {
      found.appendChild(section(t('nav_partners'), h('ul', { className: 'entity-list', id: 'search-partners' }, partnerHits.map(function (p) {
        return h('li', null, partnerLink(p.partner, p), ' · ', t('n_events', { n: fmtNumber(p.events) }));
      })), { className: 'panel entity' }));
    }
    if (mechanisms.length) {
      found.appendChild(section(t('nav_mechanisms'), h('ul', { className: 'entity-list', id: 'search-mechanisms' }, mechanisms.map(function (code) {
        return h('li', null, link(['events'], mechanismLabel(code), 'mechanism-link', { mechanism: code }));
      })), { className: 'panel entity' }));
    }
    if (events.length) {
      found.appendChild(section(t('nav_events'), eventsTable(events, 'search-events', { pageSize: 10 }), { className: 'panel entity' }));
    }
    root.appendChild(found);

    /* facets: each narrows the sentences (a link, so the URL says it) */
    var facets = rows(body, 'facets');
    var facetBox = h('div', { id: 'search-facets', className: 'facets' });
    [['lang', t('facet_lang')], ['year', t('facet_year')], ['outlet', t('facet_outlet')]].forEach(function (f) {
      var values = facets.filter(function (r) { return r.facet === f[0]; });
      if (!values.length) return;
      var group = h('div', { className: 'facet-group', dataset: { facet: f[0] } }, h('span', { className: 'facet-name' }, f[1]));
      values.forEach(function (r) {
        var p = Object.assign({ q: q }, inUrl);
        if (f[0] === 'year') { p.since = r.value; p.until = r.value; } else p[f[0] === 'lang' ? 'doclang' : f[0]] = r.value;
        var active = f[0] === 'year' ? filters.since === r.value && filters.until === r.value : filters[f[0]] === r.value;
        group.appendChild(link(['search'], (f[0] === 'lang' ? (r.value === 'vi' ? 'Tiếng Việt' : 'English') : r.value) + ' (' + fmtNumber(r.count) + ')',
          'facet' + (active ? ' active' : ''), p));
      });
      facetBox.appendChild(group);
    });
    if (Object.keys(inUrl).length) facetBox.appendChild(link(['search'], t('facet_clear'), 'facet clear', { q: q }));
    root.appendChild(facetBox);

    var matches = rows(body, 'matches');
    var shown = matches.length;
    var count = h('p', { className: 'count', id: 'search-count' },
      shown ? t('search_count', { n: fmtNumber(shown) }) : t('search_none'));
    var list = h('ol', { id: 'search-results', className: 'results' }, matches.map(resultItem));
    var more = h('button', { type: 'button', id: 'search-more', className: 'more' }, t('events_more'));
    wireMore(ctx, more, body.next_cursor, root, function (cursor) {
      return api('search', Object.assign({ q: q, cursor: cursor }, filters));
    }, function (next) {
      rows(next, 'matches').forEach(function (m) { list.appendChild(resultItem(m)); shown++; });
      count.textContent = t('search_count', { n: fmtNumber(shown) });
    });
    root.appendChild(section(t('search_sentences'), [count, list, more], { id: 'search-sentences' }));
    return { node: root, title: q + ' · ' + t('search_title') };
  }, function (e) {
    root.appendChild(errorBox(e));
    root.appendChild(h('ol', { id: 'search-results', className: 'results' }));
    return { node: root, title: t('search_title') };
  });
}
