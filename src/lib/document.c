/* SPDX-License-Identifier: MIT */
/*
 * document.c - what a document says about itself: its publication date (the
 * `published` field, a "Published at:" line, or a date in its URL) and its
 * language.
 */
#include "pipeline.h"

#include <string.h>

/* A date in a URL: "/2019/11/06/", "-2019-11-06", "-20191106", a longer
 * number that starts with one ("-20230329203530624.htm"), a year and month
 * ("/201811/", "/2018/11/"), a section number and a stamp ("-222250731092252815.htm", see
 * stamp_after_section), or a year alone as a path segment ("/2018/"). The most precise
 * one wins: "/201506/t20150601_9931736.htm" is 1 June 2015. */
static int two_digits(const char *p) { return (p[0] - '0') * 10 + (p[1] - '0'); }

/* "-222250731092252815.htm": a three-digit section, then the time of
 * publication as YYMMDDhhmmss, then two or three more digits (a form some
 * Vietnamese news sites use). Only a real day and a real time of day count. */
static bool stamp_after_section(const char *p, int *y, int *m, int *d) {
  int yy = two_digits(p + 3), mm = two_digits(p + 5), dd = two_digits(p + 7);
  int hh = two_digits(p + 9), mi = two_digits(p + 11), ss = two_digits(p + 13);
  if (hh > 23 || mi > 59 || ss > 59 || !at_calendar_day(2000 + yy, mm, dd)) return false;
  *y = 2000 + yy, *m = mm, *d = dd;
  return true;
}

/* "10/" after a year's folder ("/2021/10/deputy-minister-receives..."): a
 * folder per month, one or two digits. */
static bool month_folder(const char *p, int *m) {
  size_t n = p[0] >= '0' && p[0] <= '9' ? (p[1] >= '0' && p[1] <= '9' ? 2 : 1) : 0;
  if (!n || p[n] != '/') return false;
  *m = n == 2 ? two_digits(p) : p[0] - '0';
  return *m >= 1 && *m <= 12;
}

static bool date_from_url(const char *url, at_date *out) {
  size_t n = strlen(url);
  for (size_t i = 0; i + 10 <= n; i++) {
    const char *p = url + i;
    if (i > 0 && url[i - 1] >= '0' && url[i - 1] <= '9') continue;
    /* "/2019-11-06", "/2019/11/06/", and "/2012-06/04/" (a folder per month, one per day) */
    if ((p[4] == '/' || p[4] == '-') && (p[7] == p[4] || (p[4] == '-' && p[7] == '/'))) {
      char iso[11];
      memcpy(iso, p, 10);
      iso[4] = iso[7] = '-';
      iso[10] = '\0';
      if (at_parse_iso_date(iso, 10, out) && (i + 10 == n || url[i + 10] < '0' || url[i + 10] > '9')) return true;
    }
  }
  at_date best = {0};
  int best_precision = 0; /* 1 year, 2 month, 3 day */
  for (size_t i = 0; i < n && best_precision < 3; i++) {
    if ((url[i] < '0' || url[i] > '9') || (i > 0 && url[i - 1] >= '0' && url[i - 1] <= '9')) continue;
    size_t run = 0;
    while (i + run < n && url[i + run] >= '0' && url[i + run] <= '9') run++;
    const char *p = url + i;
    int y = two_digits(p) * 100 + (run >= 4 ? two_digits(p + 2) : 0);
    int m = run >= 6 ? two_digits(p + 4) : 0;
    int d = run >= 8 ? two_digits(p + 6) : 0;
    bool segment = i > 0 && url[i - 1] == '/' && (i + run == n || url[i + run] == '/');
    bool year_first = run >= 4 && y >= 1990 && y <= 2100;
    int precision = 0;
    if (year_first && run >= 8 && at_calendar_day(y, m, d)) precision = 3;
    else if ((run == 17 || run == 18) && stamp_after_section(p, &y, &m, &d)) precision = 3;
    else if (!year_first) continue;
    else if (run == 6 && segment && m >= 1 && m <= 12) precision = 2, d = 0;
    else if (run == 4 && segment && i + run < n && month_folder(url + i + run + 1, &m)) precision = 2, d = 0;
    else if (run == 4 && segment) precision = 1, m = d = 0;
    if (precision > best_precision) {
      best = (at_date){(int16_t)y, (int8_t)m, (int8_t)d};
      best_precision = precision;
    }
  }
  if (best_precision) *out = best;
  return best_precision > 0;
}

void at_doc_metadata_from_url(attache_doc *doc) {
  if (!doc->has_published && doc->url && date_from_url(doc->url, &doc->published)) {
    doc->has_published = true;
    doc->published_from = AT_PUBLISHED_URL;
  }
}

/* Vietnamese if a fair share of the words carry Vietnamese letters or marks. */
static bool vietnamese_share(size_t words, size_t marked) { return words == 0 || marked * 5 >= words; }

/* A paragraph the letters call Vietnamese, yet whose marked words are under
 * half its words, may be English with Vietnamese names written with their
 * marks ("Sen. Lt. Gen. Hoàng Xuân Chiến received ... in Hà Nội"): its
 * function words tell. It is English when English function words
 * (token_words.tsv function_en: "the", "of", "was") are two or more and
 * Vietnamese words stand nearly nowhere: a marked word in lower case is a
 * word of the language ("của", "đã", "tá" of "Đại tá"), not a name, and one
 * is allowed for each eight English function words ("5 billion đồng"). A
 * Vietnamese paragraph quoting an English title ("Đại tá X, Chief of the
 * Office of ..., cho biết ...") keeps its Vietnamese words and stays
 * Vietnamese. */
static bool english_by_function_words(const attache_doc *doc, size_t first, size_t last) {
  uint32_t english = 0, vietnamese = 0;
  for (size_t k = first; k < last; k++) {
    const at_sentence *s = AT_SENT(doc, k);
    for (uint32_t t = s->tok_start; t < s->tok_end; t++) {
      const at_token *tok = AT_TOK(doc, t);
      if (tok->kind != AT_TOK_WORD) continue;
      if (!(tok->flags & AT_TOKF_LATIN)) vietnamese += !(tok->flags & AT_TOKF_CAP);
      else english += at_tok_word(doc, t, AT_ROLE_FUNCTION_EN);
    }
  }
  return english >= 2 && vietnamese * 8 <= english;
}

/* The language of each paragraph (its sentences carry AT_SENT_ENGLISH) and
 * of the whole document. A short paragraph (a caption, a byline) takes the
 * document's language: a few words are too few to tell. A paragraph's words
 * are its sentences' (counted by at_doc_tokenize as it read them); the
 * document's are their sum. */
void at_doc_detect_lang(attache_doc *doc) {
  typedef struct { size_t first, last, words, marked; } paragraph;
  paragraph *paras = doc->sentences.len ? at_arena_alloc(doc->arena, doc->sentences.len * sizeof *paras) : NULL;
  size_t nparas = 0, words = 0, marked = 0;
  for (size_t first = 0; first < doc->sentences.len;) {
    paragraph p = {first, first, 0, 0};
    uint32_t para = AT_SENT(doc, first)->para;
    for (; p.last < doc->sentences.len && AT_SENT(doc, p.last)->para == para; p.last++) {
      const at_sentence *s = AT_SENT(doc, p.last); /* its words counted as at_doc_tokenize read them */
      p.words += s->words;
      p.marked += s->words - s->latin_words;
    }
    words += p.words;
    marked += p.marked;
    paras[nparas++] = p;
    first = p.last;
  }
  /* A paragraph long enough to tell is read first; the document is in the
   * language its letters say, unless they say Vietnamese only for names
   * marked: then the paragraphs read English by their function words count
   * as English words. A short one (a caption, a byline) takes the
   * document's language. */
  enum { LONG = 8 };
  bool *english = nparas ? at_arena_alloc(doc->arena, nparas * sizeof *english) : NULL;
  size_t english_marked = 0;
  for (size_t i = 0; i < nparas; i++) {
    english[i] = paras[i].words >= LONG && !vietnamese_share(paras[i].words, paras[i].marked);
    if (!english[i] && paras[i].words >= LONG && paras[i].marked * 2 < paras[i].words &&
        english_by_function_words(doc, paras[i].first, paras[i].last)) /* names marked, see above */
      english[i] = true, english_marked += paras[i].marked;
  }
  doc->lang = vietnamese_share(words, marked - english_marked) ? "vi" : "en";
  bool doc_english = !strcmp(doc->lang, "en");
  for (size_t i = 0; i < nparas; i++) {
    bool is_english = paras[i].words >= LONG ? english[i] : doc_english;
    for (size_t k = paras[i].first; k < paras[i].last; k++) {
      if (is_english) AT_SENT(doc, k)->flags |= AT_SENT_ENGLISH;
      else AT_SENT(doc, k)->flags &= (uint8_t)~AT_SENT_ENGLISH;
    }
  }
}

void at_doc_set_lang(attache_doc *doc, const char *lang) {
  doc->lang = lang;
  for (size_t k = 0; k < doc->sentences.len; k++) {
    if (!strcmp(lang, "en")) AT_SENT(doc, k)->flags |= AT_SENT_ENGLISH;
    else AT_SENT(doc, k)->flags &= (uint8_t)~AT_SENT_ENGLISH;
  }
}
