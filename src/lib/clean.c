/* SPDX-License-Identifier: MIT */
/*
 * clean.c - separates the story from the page around it. Pages as crawled
 * carry menus, "Tin mới" blocks with other headlines, comment boxes, photo
 * captions and credits; data/chrome.tsv lists the lines that mark them:
 *
 *   end        the story is over ("Tin mới", "Tin cùng chuyên mục", ...)
 *   drop       this line is chrome ("BÌNH LUẬN", "Tin, ảnh: ..."); attr, when
 *              a number, is the longest line (in bytes) the rule applies to
 *   published  this line gives the publication date ("Published at: ...")
 *
 * Kept lines become paragraphs and are split into sentences.
 */
#include "pipeline.h"

#include <stdlib.h>
#include <string.h>

static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n'; }

/* Case-folded comparison of the start of a line with a chrome phrase. */
static bool line_starts_with(attache_doc *doc, const char *line, size_t n, const at_entry *e, bool whole) {
  size_t plen = strlen(e->phrase);
  if (plen > n) return false;
  if (whole) {
    size_t rest = n;
    while (rest > plen && (line[rest - 1] == ':' || is_space(line[rest - 1]))) rest--;
    if (rest != plen) return false;
  }
  if (e->mode == AT_MATCH_EXACT) return memcmp(line, e->phrase, plen) == 0;
  const char *a = at_fold(doc->arena, line, plen, AT_MATCH_CASE);
  const char *b = at_fold(doc->arena, e->phrase, plen, AT_MATCH_CASE);
  return strcmp(a, b) == 0;
}

/* A photo caption glued to a headline, as some sites print them:
 * "... ảnh 1Thượng tướng ..." */
static bool is_glued_caption(const char *line, size_t n) {
  static const char anh[] = "ảnh ";
  const size_t alen = sizeof anh - 1;
  const char *end = line + n;
  for (const char *p = line; p + alen <= end; p++) {
    if (memcmp(p, anh, alen) != 0) continue;
    const char *q = p + alen;
    if (q >= end || *q < '0' || *q > '9') continue;
    while (q < end && *q >= '0' && *q <= '9') q++;
    if (q < end && !is_space(*q)) return true;
  }
  return false;
}

static bool has_final_punctuation(const char *line, size_t n) {
  while (n && (line[n - 1] == '"' || line[n - 1] == '\'' || line[n - 1] == ')' || is_space(line[n - 1]))) n--;
  if (!n) return false;
  char c = line[n - 1];
  if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';') return true;
  return n >= 3 && memcmp(line + n - 3, "\xE2\x80\x9D", 3) == 0; /* closing quote */
}

/* Markdown and table debris: images, table rows, link-only lines. */
static bool is_markup_line(const char *line, size_t n) {
  if (n >= 2 && line[0] == '!' && line[1] == '[') return true;
  if (line[0] == '|' || line[n - 1] == '|') return true;
  if (line[0] == '[' && line[n - 1] == ']') return true;
  return false;
}

static void parse_published_line(attache_doc *doc, const char *rest, size_t n) {
  if (doc->has_published) return;
  for (size_t i = 0; i + 10 <= n; i++) {
    if (rest[i] >= '0' && rest[i] <= '9' && at_parse_iso_date(rest + i, n - i, &doc->published)) {
      doc->has_published = true;
      return;
    }
  }
}

void at_clean_and_segment(attache_doc *doc) {
  const at_entry **chrome;
  size_t nchrome;
  at_lexicon_entries(doc->lex, AT_CAT_CHROME, &chrome, &nchrome);

  bool story_started = false;
  uint32_t para = 0;
  size_t pos = 0;
  while (pos < doc->len) {
    size_t eol = pos;
    while (eol < doc->len && doc->text[eol] != '\n') eol++;
    size_t start = pos, end = eol;
    pos = eol + 1;
    while (start < end && is_space(doc->text[start])) start++;
    while (end > start && is_space(doc->text[end - 1])) end--;
    if (start == end) continue;
    const char *line = doc->text + start;
    size_t n = end - start;

    bool drop = false, stop = false;
    for (size_t c = 0; c < nchrome && !drop; c++) {
      const at_entry *e = chrome[c];
      if (!strcmp(e->value, "end")) {
        if (line_starts_with(doc, line, n, e, true)) {
          drop = true;
          stop = story_started;
        }
      } else if (!strcmp(e->value, "drop")) {
        size_t max = *e->attr ? (size_t)strtoul(e->attr, NULL, 10) : (size_t)-1;
        if (n <= max && line_starts_with(doc, line, n, e, false)) drop = true;
      } else if (!strcmp(e->value, "published")) {
        if (line_starts_with(doc, line, n, e, false)) {
          size_t plen = strlen(e->phrase);
          parse_published_line(doc, line + plen, n - plen);
          drop = true;
        }
      }
    }
    if (stop) break;
    if (drop || is_markup_line(line, n) || is_glued_caption(line, n)) continue;

    if (line[0] == '#') { /* a Markdown heading: the title */
      while (start < end && (doc->text[start] == '#' || is_space(doc->text[start]))) start++;
      if (!doc->title && start < end) doc->title = at_arena_strndup(doc->arena, doc->text + start, end - start);
      continue;
    }
    if (!story_started && !has_final_punctuation(line, n) && n <= 300) {
      /* A headline: the title if none was given, never a source of events. */
      if (!doc->title) doc->title = at_arena_strndup(doc->arena, line, n);
      continue;
    }
    story_started = true;
    at_segment_paragraph(doc, (uint32_t)start, (uint32_t)end, para++);
  }
}
