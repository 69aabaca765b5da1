/* SPDX-License-Identifier: MIT */
/*
 * document.c - what a document says about itself: its publication date (the
 * `published` field, a "Published at:" line, or a date in its URL) and its
 * language.
 */
#include "pipeline.h"

#include <string.h>

/* A date in a URL path: /2019/11/06/, -20191106, 2019-11-06. */
static bool date_from_url(const char *url, at_date *out) {
  size_t n = strlen(url);
  for (size_t i = 0; i + 10 <= n; i++) {
    const char *p = url + i;
    if (i > 0 && url[i - 1] >= '0' && url[i - 1] <= '9') continue;
    if ((p[4] == '/' || p[4] == '-') && p[7] == p[4]) {
      char iso[11];
      memcpy(iso, p, 10);
      iso[4] = iso[7] = '-';
      iso[10] = '\0';
      if (at_parse_iso_date(iso, 10, out) && (i + 10 == n || url[i + 10] < '0' || url[i + 10] > '9')) return true;
    }
  }
  for (size_t i = 0; i + 8 <= n; i++) {
    const char *p = url + i;
    if ((i > 0 && url[i - 1] >= '0' && url[i - 1] <= '9') || (i + 8 < n && url[i + 8] >= '0' && url[i + 8] <= '9'))
      continue;
    bool digits = true;
    for (int k = 0; k < 8; k++) digits &= p[k] >= '0' && p[k] <= '9';
    if (!digits) continue;
    char iso[11] = {p[0], p[1], p[2], p[3], '-', p[4], p[5], '-', p[6], p[7], '\0'};
    if (at_parse_iso_date(iso, 10, out) && out->year >= 1990) return true;
  }
  return false;
}

void at_doc_metadata_from_url(attache_doc *doc) {
  if (!doc->has_published && doc->url && date_from_url(doc->url, &doc->published)) doc->has_published = true;
}

/* Vietnamese if a fair share of its words carry Vietnamese letters or marks. */
void at_doc_detect_lang(attache_doc *doc) {
  size_t words = 0, marked = 0;
  for (size_t i = 0; i < doc->tokens.len; i++) {
    const at_token *t = AT_TOK(doc, i);
    if (t->kind != AT_TOK_WORD) continue;
    words++;
    if (!(t->flags & AT_TOKF_LATIN)) marked++;
  }
  doc->lang = (words == 0 || marked * 5 >= words) ? "vi" : "en";
}
