/* SPDX-License-Identifier: MIT */
/*
 * clean.c - separates the story from the page around it. Pages as crawled
 * carry menus, "Tin mới" blocks with other headlines, comment boxes, photo
 * captions and credits; data/chrome.tsv lists the lines that mark them:
 *
 *   end        the story is over ("Tin mới", "Tin cùng chuyên mục", ...)
 *   drop       this line is chrome ("BÌNH LUẬN", "Tin, ảnh: ..."); attr, when
 *              a number, is the longest line (in bytes) the rule applies to
 *   box        a related-news box's heading ("Tin liên quan"): the end, or,
 *              set inside the story, a box whose headlines are dropped
 *   published  this line gives the publication date ("Published at: ...")
 *
 * Kept lines become paragraphs and are split into sentences. The lines are
 * those lines.c gave back (a hard-wrapped or run-together text's), so this
 * file only decides which lines are story.
 */
#include "pipeline.h"
#include <ctype.h>
#include <strings.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* A byte as strncasecmp compares it (the C locale folds ASCII only). */
static char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c; }

/* Does the line (as written, and case-folded in `folded`) start with the
 * chrome phrase, or, with `whole`, consist of it (a trailing colon aside)? */
static bool line_starts_with(const char *line, size_t n, const char *folded, const at_entry *e, bool whole) {
  const char *phrase = e->mode == AT_MATCH_EXACT ? e->phrase : e->key;
  const char *text = e->mode == AT_MATCH_EXACT ? line : folded;
  size_t tlen = e->mode == AT_MATCH_EXACT ? n : strlen(folded);
  size_t plen = strlen(phrase);
  if (plen > tlen || memcmp(text, phrase, plen) != 0) return false;
  if (!whole) return true;
  for (size_t i = plen; i < tlen; i++)
    if (text[i] != ':' && !at_is_space(text[i])) return false;
  return true;
}

/* The first place in [p, last) where "ả" (E1 BA A3) starts, reading up to
 * 2 bytes past last, or NULL. E1 opens most Vietnamese letters with marks,
 * so a search for that byte alone stops at nearly every syllable; with SSE2
 * (every x86-64) 16 places are held against all three bytes at once. */
static const char *next_a_hook(const char *p, const char *last) {
#if defined(__SSE2__)
  const __m128i b0 = _mm_set1_epi8((char)0xE1), b1 = _mm_set1_epi8((char)0xBA), b2 = _mm_set1_epi8((char)0xA3);
  for (; last - p >= 16; p += 16) {
    __m128i hit = _mm_and_si128(_mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(const void *)p), b0),
                                _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(const void *)(p + 1)), b1));
    hit = _mm_and_si128(hit, _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(const void *)(p + 2)), b2));
    unsigned mask = (unsigned)_mm_movemask_epi8(hit);
    if (mask) return p + __builtin_ctz(mask);
  }
#endif
  for (; p < last && (p = memchr(p, 0xE1, (size_t)(last - p))) != NULL; p++)
    if ((unsigned char)p[1] == 0xBA && (unsigned char)p[2] == 0xA3) return p;
  return NULL;
}

/* A photo caption glued to a headline, as some sites print them:
 * "... ảnh 1Thượng tướng ..." */
static bool is_glued_caption(const char *line, size_t n) {
  static const char anh[] = "ảnh ";
  const size_t alen = sizeof anh - 1;
  const char *end = line + n;
  if (n < alen) return false;
  for (const char *p = line; (p = next_a_hook(p, end - alen + 1)) != NULL; p++) {
    if (memcmp(p, anh, alen) != 0) continue;
    const char *q = p + alen;
    if (q >= end || *q < '0' || *q > '9') continue;
    while (q < end && *q >= '0' && *q <= '9') q++;
    if (q < end && !at_is_space(*q)) return true;
  }
  return false;
}

/* Can a capital follow a small letter with no space at line[i] (i >= 1),
 * by the bytes alone: line[i] may start a capital (A-Z, or a lead byte) and
 * line[i - 1] may end a small letter (a-z, or a continuation byte)? */
static inline bool may_turn_case(unsigned char before, unsigned char c) {
  return ((unsigned char)(c - 'A') < 26 || c >= 0xC0) &&
         ((unsigned char)(before - 'a') < 26 || (before & 0xC0) == 0x80);
}

/* The first place at or after i (i >= 1) where may_turn_case holds, or n.
 * English lines have few, told 16 bytes at a time where SSE2 is (every
 * x86-64); Vietnamese ones a syllable with a mark after a letter. */
static size_t next_case_turn(const char *line, size_t n, size_t i) {
#if defined(__SSE2__)
  const __m128i upper_a = _mm_set1_epi8('A'), lower_a = _mm_set1_epi8('a'), letters = _mm_set1_epi8(25),
                high2 = _mm_set1_epi8((char)0xC0), cont = _mm_set1_epi8((char)0x80);
  for (; n - i >= 16; i += 16) {
    __m128i c = _mm_loadu_si128((const __m128i *)(const void *)(line + i));
    __m128i b = _mm_loadu_si128((const __m128i *)(const void *)(line + i - 1));
    __m128i cu = _mm_sub_epi8(c, upper_a), bl = _mm_sub_epi8(b, lower_a);
    __m128i capital = _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(cu, letters), cu),
                                   _mm_cmpeq_epi8(_mm_max_epu8(c, high2), c));
    __m128i small = _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(bl, letters), bl),
                                 _mm_cmpeq_epi8(_mm_and_si128(b, high2), cont));
    unsigned mask = (unsigned)_mm_movemask_epi8(_mm_and_si128(capital, small));
    if (mask) return i + (size_t)__builtin_ctz(mask);
  }
#endif
  for (; i < n; i++)
    if (may_turn_case((unsigned char)line[i - 1], (unsigned char)line[i])) return i;
  return n;
}

/* Does a capital code point start at line[i], right after a small letter's?
 * (A place next_case_turn found; the code points are decoded only there.) */
static bool capital_after_small(const char *line, size_t n, size_t i) {
  const unsigned char *u = (const unsigned char *)line + i;
  utf8proc_int32_t cp;
  /* most places are a small Vietnamese letter after a letter, told by its
   * bytes: U+00DF-00FF (C3 9F-BF) and the odd code points of U+1EA0-1EFF
   * (E1 BA A0-BF, E1 BB), where small and capital letters alternate */
  if (u[0] == 0xC3 && n - i >= 2 && u[1] >= 0x9F) return false;
  if (u[0] == 0xE1 && n - i >= 3 && ((u[1] == 0xBA && u[2] >= 0xA0) || u[1] == 0xBB) && (u[2] & 1)) return false;
  if (u[0] >= 0x80 && (at_utf8_next(line + i, n - i, &cp) <= 0 || !utf8proc_isupper(cp))) return false;
  if ((unsigned char)line[i - 1] < 0x80) return true; /* a-z */
  size_t s = i - 1; /* back to the lead byte of the code point before */
  while (s > 0 && i - s < 4 && ((unsigned char)line[s] & 0xC0) == 0x80) s--;
  return at_utf8_next(line + s, n - s, &cp) > 0 && utf8proc_islower(cp);
}

/* The spaces in line[from, to), 16 bytes at a time where SSE2 is. */
static size_t spaces_in(const char *line, size_t from, size_t to) {
  size_t spaces = 0, i = from;
#if defined(__SSE2__)
  const __m128i space = _mm_set1_epi8(' '), zero = _mm_setzero_si128();
  while (to - i >= 16) {
    /* a count per byte lane (a match compares as -1), summed every 255 rounds at most */
    __m128i lanes = zero;
    for (size_t round = 0; round < 255 && to - i >= 16; round++, i += 16)
      lanes = _mm_sub_epi8(lanes, _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(const void *)(line + i)), space));
    __m128i sums = _mm_sad_epu8(lanes, zero);
    spaces += (size_t)_mm_cvtsi128_si32(sums) + (size_t)_mm_cvtsi128_si32(_mm_srli_si128(sums, 8));
  }
#endif
  for (; i < to; i++) spaces += line[i] == ' ';
  return spaces;
}

/* Other stories' headlines a crawl ran together with no space between
 * them, the links' texts of a related-news row ("... thăm Việt NamBộ
 * trưởng ... tới Việt NamBộ trưởng ... sẽ thăm Việt Nam"): a line with no
 * final stop where a small letter runs into a word's capital twice or more,
 * each piece between those places a headline of four words or more (a name
 * written so, "McDonald", "NiekSaVuon", has no spaces in its pieces). Where
 * the run starts: after the last sentence stop before it (a story's
 * sentence the crawl glued before the row stays), or 0; n when there is
 * none, or when the line is no valid UTF-8. */
static size_t glued_headlines(const char *line, size_t n) {
  enum { MIN_SPACES = 3 };
  if (at_has_final_punctuation(line, n)) return n;
  /* three pieces of MIN_SPACES spaces or more at least: most lines, menus
   * and headlines alone, have fewer spaces, counted faster than decoded */
  if (spaces_in(line, 0, n) < 3 * MIN_SPACES) return n;
  size_t glued = 0, first = n, piece = 0; /* piece: where the piece before the next place starts */
  for (size_t i = next_case_turn(line, n, 1); i < n; i = next_case_turn(line, n, i + 1)) {
    if (!capital_after_small(line, n, i)) continue;
    if (spaces_in(line, piece, i) < MIN_SPACES) return n; /* a piece too short for a headline */
    if (!glued++) first = i;
    piece = i;
  }
  if (glued < 2 || spaces_in(line, piece, n) < MIN_SPACES) return n;
  /* the places were told by bytes: they are code points' in valid UTF-8 */
  for (size_t i = 0; i < n;) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = at_utf8_next(line + i, n - i, &cp);
    if (k <= 0) return n;
    i += (size_t)k;
  }
  size_t stop = 0;
  for (size_t i = 0; i < first; i++)
    if (line[i] == '.' || line[i] == '!' || line[i] == '?') stop = i + 1;
  return stop;
}

/* A one-cell table row with words in it: "| Caption text. |". */
static bool is_table_caption(const char *line, size_t n) {
  if (n < 6 || line[0] != '|' || line[n - 1] != '|') return false;
  size_t letters = 0, bars = 0;
  for (size_t i = 0; i < n; i++) {
    bars += line[i] == '|';
    letters += (unsigned char)line[i] >= 'A';
  }
  return bars == 2 && letters >= 12;
}

/* A table cell with no words: " |", "![]() |" (a photo's cell). */
static bool is_wordless_cell(const char *line, size_t n) {
  bool bar = false;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)line[i];
    if (c == '|') bar = true;
    else if (c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) return false;
  }
  return bar;
}

/* The caption of a photo laid out as a table: after the photo's cell (a
 * line of bars or an empty image, no words), a line of words closed by a
 * bar: "Minister X (left) attends the forum. |". */
static bool is_caption_cell(const char *line, size_t n, bool after_photo_cell) {
  return after_photo_cell && n >= 12 && line[0] != '|' && line[n - 1] == '|';
}

/* Markdown and table debris: images, table rows, link-only lines. */
static bool is_markup_line(const char *line, size_t n) {
  if (n >= 2 && line[0] == '!' && line[1] == '[') return true;
  if (line[0] == '|' || line[n - 1] == '|') return true;
  if (line[0] == '[' && line[n - 1] == ']') return true;
  return false;
}

/* The number of 1-4 digits that ends (spaces and an ordinal's suffix aside:
 * "19th June") just before `end`, or 0. */
static int number_before(const char *line, size_t end) {
  size_t i = end;
  while (i > 0 && line[i - 1] == ' ') i--;
  static const char *const SUFFIXES[] = {"st", "nd", "rd", "th"};
  for (size_t k = 0; k < 4; k++)
    if (i > 2 && !strncasecmp(line + i - 2, SUFFIXES[k], 2) && at_is_digit(line[i - 3])) {
      i -= 2;
      break;
    }
  size_t stop = i;
  while (i > 0 && at_is_digit(line[i - 1]) && stop - i < 4) i--;
  if (i == stop || (i > 0 && at_is_digit(line[i - 1]))) return 0;
  return atoi(line + i);
}

/* The number that starts (spaces and a period aside) at `start`, or 0; *end is set past it. */
static int number_after(const char *line, size_t n, size_t start, size_t *end) {
  size_t i = start;
  while (i < n && (line[i] == ' ' || line[i] == '.')) i++;
  size_t from = i;
  while (i < n && at_is_digit(line[i]) && i - from < 5) i++;
  if (i == from || (i < n && at_is_digit(line[i]))) return 0;
  *end = i;
  return atoi(line + from);
}

/* An English dateline: "19 March 2013", "May 18th, 2024", "Friday,
 * October 25, 2024" (month names from data/date_words.tsv). */
static bool english_dateline(const attache_doc *doc, const char *line, size_t n, at_date *out) {
  bool has_year = false; /* no four-digit number, no year: skip the month search */
  for (size_t i = 0; i < n && !has_year;) {
    while (i < n && !at_is_digit(line[i])) i++; /* most bytes: one test */
    size_t from = i;
    while (i < n && at_is_digit(line[i])) i++;
    has_year = i - from == 4;
  }
  if (!has_year) return false;
  const at_entry **words;
  size_t nwords;
  at_lexicon_entries(doc->lex, AT_CAT_DATEWORD, &words, &nwords);
  /* The month names in the lexicon's order and their first letters: the
   * line is read once, each word's start held against the months that
   * begin with its letter (most words start none), not once a month. */
  const at_entry **months = at_arena_alloc(doc->arena, (nwords ? nwords : 1) * sizeof *months);
  size_t nmonths = 0;
  uint64_t firsts[4] = {0};
  for (size_t w = 0; w < nwords; w++) {
    if (words[w]->value[0] != 'm' || strncmp(words[w]->value, "month:", 6)) continue; /* the first byte first */
    months[nmonths++] = words[w];
    unsigned char f = (unsigned char)ascii_lower(words[w]->phrase[0]);
    firsts[f >> 6] |= UINT64_C(1) << (f & 63);
  }
  /* The date of the first month in that order named anywhere in the line,
   * at its first place, as a month at a time over the line would find. */
  size_t best = nmonths;
  for (size_t i = 0; i < n && best > 0; i++) {
    unsigned char c = (unsigned char)ascii_lower(line[i]);
    if (!(firsts[c >> 6] >> (c & 63) & 1) || (i > 0 && line[i - 1] != ' ' && line[i - 1] != ',')) continue;
    for (size_t m = 0; m < best; m++) {
      const at_entry *e = months[m];
      if (ascii_lower(e->phrase[0]) != (char)c) continue;
      size_t len = strlen(e->phrase);
      if (i + len > n || strncasecmp(line + i, e->phrase, len) ||
          (i + len < n && isalpha((unsigned char)line[i + len])))
        continue;
      int month = atoi(e->value + 6), day = number_before(line, i), year = 0;
      size_t after = i + len, k;
      if (!day || day > 31) {
        day = number_after(line, n, after, &k);
        if (day > 31) day = 0;
        if (day) after = k;
      }
      while (after < n && (isalpha((unsigned char)line[after]) || line[after] == ',')) after++; /* "18th," */
      year = number_after(line, n, after, &k);
      if (!day || year < 1990 || year > 2100 || !at_calendar_day(year, month, day)) continue;
      *out = (at_date){(int16_t)year, (int8_t)month, (int8_t)day};
      best = m;
    }
  }
  return best < nmonths;
}

/* A numeric date in a line: "2019-11-06T09:53", "19/11/2018", "2021/10/17"
 * (year first, as East Asian sites write it), "19.06.2023", or a bare
 * "2019-12" (year and month). */
static bool numeric_date(const char *rest, size_t n, at_date *out) {
  for (size_t i = 0; i < n; i++) {
    if (rest[i] < '0' || rest[i] > '9' || (i > 0 && rest[i - 1] >= '0' && rest[i - 1] <= '9')) continue;
    if (at_parse_iso_date(rest + i, n - i, out)) return true;
    int y = 0, m = 0, d = 0, len = 0;
    /* Each shape's separator is looked at before sscanf (a costly call),
     * which most numbers need not reach. */
    if (i + 8 <= n && rest[i + 4] == '/' && sscanf(rest + i, "%4d/%2d/%2d%n", &y, &m, &d, &len) == 3 &&
        (i + (size_t)len == n || rest[i + len] < '0' || rest[i + len] > '9') && y >= 1990 && y <= 2100 &&
        at_calendar_day(y, m, d)) {
      *out = (at_date){(int16_t)y, (int8_t)m, (int8_t)d};
      return true;
    }
    /* "19.06.2023": day, month and year between periods */
    if (i + 8 <= n && (rest[i + 1] == '.' || (at_is_digit(rest[i + 1]) && rest[i + 2] == '.')) && sscanf(rest + i, "%2d.%2d.%4d%n", &d, &m, &y, &len) == 3 && len >= 8 &&
        (i + (size_t)len == n || rest[i + len] < '0' || rest[i + len] > '9') && rest[i + len - 5] == '.' &&
        y >= 1990 && y <= 2100 && at_calendar_day(y, m, d)) {
      *out = (at_date){(int16_t)y, (int8_t)m, (int8_t)d};
      return true;
    }
    if (i + 7 <= n && rest[i + 4] == '-' && sscanf(rest + i, "%4d-%2d", &y, &m) == 2 && y >= 1990 && y <= 2100 &&
        m >= 1 && m <= 12 && (i + 7 == n || rest[i + 7] < '0' || rest[i + 7] > '9')) {
      *out = (at_date){(int16_t)y, (int8_t)m, 0};
      return true;
    }
  }
  return false;
}

/* Is line[i, i + n) a word of `role` (data/token_words.tsv), in any case? */
static bool role_word(const attache_doc *doc, const char *w, size_t n, at_word_role role) {
  const at_role_words *r = &at_lexicon_role_words(doc->lex)[role];
  const char *folded = at_fold(doc->arena, w, n, AT_MATCH_CASE);
  size_t len = strlen(folded);
  for (uint32_t k = 0; k < r->count; k++)
    if (r->keys[k].len == len && !memcmp(r->keys[k].ptr, folded, len)) return true;
  return false;
}

/* The word at *i (spaces before it passed), its length; *i is set to it. */
static size_t word_at(const char *line, size_t n, size_t *i) {
  while (*i < n && line[*i] == ' ') (*i)++;
  size_t end = *i;
  while (end < n && line[end] != ' ' && line[end] != ',') end++;
  return end - *i;
}

/* A Vietnamese date written out, "ngày 17 tháng 9 năm 2019" (a page's
 * dateline, "Thứ Ba, ngày 17 tháng 09 năm 2019 - 19:52"): a day, the month
 * word, a month, the year word, a year (data/token_words.tsv month_word,
 * year_word). */
static bool worded_date(const attache_doc *doc, const char *line, size_t n, at_date *out) {
  for (size_t i = 0; i < n; i++) {
    if (!at_is_digit(line[i]) || (i > 0 && (at_is_digit(line[i - 1]) || line[i - 1] != ' '))) continue;
    size_t k = i, len;
    int d = 0, m = 0, y = 0;
    if ((len = word_at(line, n, &k)) > 2 || (d = atoi(line + k)) < 1) continue;
    k += len;
    if (!(len = word_at(line, n, &k)) || !role_word(doc, line + k, len, AT_ROLE_MONTH_WORD)) continue;
    k += len;
    if ((len = word_at(line, n, &k)) > 2 || !at_is_digit(line[k]) || (m = atoi(line + k)) < 1) continue;
    k += len;
    if (!(len = word_at(line, n, &k)) || !role_word(doc, line + k, len, AT_ROLE_YEAR_WORD)) continue;
    k += len;
    if (word_at(line, n, &k) != 4 || !at_is_digit(line[k]) || (y = atoi(line + k)) < 1990 || y > 2100 ||
        !at_calendar_day(y, m, d))
      continue;
    *out = (at_date){(int16_t)y, (int8_t)m, (int8_t)d};
    return true;
  }
  return false;
}

/* The publication date from a line: a numeric date, else an English one
 * (`english`, when the caller has read it already). */
static void parse_published_line(attache_doc *doc, const char *rest, size_t n, const at_date *english) {
  if (doc->has_published) return;
  if (numeric_date(rest, n, &doc->published) || worded_date(doc, rest, n, &doc->published))
    doc->has_published = true;
  else if (english) doc->published = *english, doc->has_published = true;
  else doc->has_published = english_dateline(doc, rest, n, &doc->published);
  if (doc->has_published) doc->published_from = AT_PUBLISHED_TEXT;
}

/* A source credit closing a story, in brackets, with the day it was
 * published ("(Xinhua News Agency June 5, 2006)", "(Shanghai Daily April
 * 29, 2006)", as some portals end what they reprint): the publication date,
 * not story text. The line is short, one bracket, the year right before it
 * closes, a name of words before the date. Sets *out. */
static bool dated_source_credit(const attache_doc *doc, const char *line, size_t n, at_date *out) {
  enum { MAX_CREDIT = 64 };
  if (n < 12 || n > MAX_CREDIT || line[0] != '(' || line[n - 1] != ')' || !at_is_word_byte(line[1])) return false;
  for (size_t i = 1; i + 1 < n; i++)
    if (line[i] == '(' || line[i] == ')') return false;
  for (size_t i = n - 5; i < n - 1; i++)
    if (!at_is_digit(line[i])) return false;
  return !at_is_digit(line[1]) && english_dateline(doc, line + 1, n - 2, out);
}

/* A line that is mostly a date and time ("Thứ Hai, 19/11/2018, 18:33"). */
static bool is_dateline(const char *line, size_t n) {
  if (n > 120) return false;
  size_t digits = 0;
  for (size_t i = 0; i < n; i++) digits += line[i] >= '0' && line[i] <= '9';
  return digits >= 6;
}

/* The count of digits from *i, at most `max` of them (0: none, or more);
 * *i is set past them. */
static size_t digits_at(const char *line, size_t n, size_t *i, size_t max) {
  size_t from = *i;
  while (*i < n && at_is_digit(line[*i])) (*i)++;
  return *i - from <= max ? *i - from : 0;
}

/* "25/04/2025 20:45Quân đội ...": a site's clock, a date and a time, run
 * into the headline after it with no space between them (a page's two
 * blocks the crawl put on one line). The clock's length, or 0: the line
 * starts with a day, a month and a year (any of "/.-" between them), a
 * space, hours and minutes (seconds too), and a capital comes right after. */
static size_t glued_clock(const char *line, size_t n) {
  size_t i = 0;
  if (!digits_at(line, n, &i, 2) || i >= n || (line[i] != '/' && line[i] != '.' && line[i] != '-')) return 0;
  char sep = line[i++];
  if (!digits_at(line, n, &i, 2) || i >= n || line[i++] != sep) return 0;
  if (digits_at(line, n, &i, 4) != 4 || i >= n || line[i++] != ' ') return 0;
  if (!digits_at(line, n, &i, 2) || i >= n || line[i++] != ':' || digits_at(line, n, &i, 2) != 2) return 0;
  if (i < n && line[i] == ':' && (++i, digits_at(line, n, &i, 2) != 2)) return 0; /* seconds */
  if (i >= n) return 0;
  unsigned char c = (unsigned char)line[i];
  if (c < 0x80) return c >= 'A' && c <= 'Z' ? i : 0;
  utf8proc_int32_t cp;
  return at_utf8_next(line + i, n - i, &cp) > 0 && utf8proc_isupper(cp) ? i : 0;
}

/* A short line with a year in it, a month told by its name: "Sat. May 1st, 2024". */
static bool is_short_dated(const char *line, size_t n) {
  if (n > 40) return false;
  for (size_t i = 0; i + 4 <= n; i++)
    if ((i == 0 || !at_is_digit(line[i - 1])) && at_is_digit(line[i]) && at_is_digit(line[i + 1]) && at_is_digit(line[i + 2]) &&
        at_is_digit(line[i + 3]) && (i + 4 == n || !at_is_digit(line[i + 4]))) {
      int year = atoi(line + i);
      if (year >= 1990 && year <= 2100) return true;
    }
  return false;
}

/* Before the story: a line without a final period is a headline, menu or
 * dateline, unless a headline was already read and this line reads as
 * sentences ("... tại nước ta. Ảnh: Hồng Pha"). A line that ends in a comma
 * is a sentence broken off, its clause to follow (a lead paragraph cut after
 * "TOKYO (Wire) — Three warships arrived at the port on Monday,"): no
 * headline ends so. */
static bool looks_like_headline(const attache_doc *doc, const char *line, size_t n, at_date *english,
                                bool *has_english) {
  *has_english = false;
  if (at_has_final_punctuation(line, n) || n > 300 || line[n - 1] == ',') return false;
  if (!doc->title || is_dateline(line, n)) return true;
  if (n <= 60 && english_dateline(doc, line, n, english))
    return *has_english = true; /* "May 18th, 2024", "Posted Nov. 6, 2019" */
  for (size_t i = 0; i + 1 < n; i++)
    if (line[i] == '.' && line[i + 1] == ' ') return false;
  return n <= 160;
}

/* The headline is kept as a sentence flagged AT_SENT_TITLE: the people it
 * names are known to the story ("Bộ trưởng Quốc phòng Ngô Xuân Lịch gặp
 * ..."); events.c reads its happening after the story's (folded into the
 * story's own when it retells one), records.c its counts, and no other
 * record is taken from it. */
/* Is text[start, end) written in capitals only (six letters at least)? */
static bool all_capitals(const char *text, size_t start, size_t end) {
  size_t upper = 0;
  for (size_t i = start; i < end;) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = at_utf8_next(text + i, end - i, &cp);
    if (k <= 0) return false;
    if (utf8proc_islower(cp)) return false;
    upper += utf8proc_isupper(cp);
    i += (size_t)k;
  }
  return upper >= 6;
}

/* The word text[a, b) in small letters, in place, when that keeps its bytes. */
static void lower_in_place(char *text, size_t a, size_t b) {
  char buf[64];
  size_t o = 0;
  for (size_t i = a; i < b;) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = at_utf8_next(text + i, b - i, &cp);
    if (k <= 0 || o + 4 > sizeof buf) return;
    o += (size_t)utf8proc_encode_char(utf8proc_tolower(cp), (utf8proc_uint8_t *)buf + o);
    i += (size_t)k;
  }
  if (o == b - a) memcpy(text + a, buf, o);
}

/* Is text[a, b) a Vietnamese family name (data/family_names.tsv), "NGÔ"
 * or "Ngô" alike? */
static bool family_name(const attache_doc *doc, const char *text, size_t a, size_t b) {
  const at_entry **names;
  size_t n;
  at_lexicon_entries(doc->lex, AT_CAT_FAMILY, &names, &n);
  const char *folded = at_fold(doc->arena, text + a, b - a, AT_MATCH_CASE);
  for (size_t i = 0; i < n; i++)
    if (!at_attr_has_flag(names[i]->attr, "title") &&
        !strcmp(at_fold(doc->arena, names[i]->phrase, strlen(names[i]->phrase), AT_MATCH_CASE), folded))
      return true;
  return false;
}

/* An ALL-CAPS headline ("ĐẠI TƯỚNG NGÔ XUÂN LỊCH ĐÓN ĐOÀN NGA", as some
 * sites print it) or caption hides which words are names. Each word is
 * written as the story writes it after it, else before it ("Đại tướng",
 * "đón", "đoàn", "Nga"), in place (same bytes, so offsets hold); of the words the story does not use, a family
 * name and the two words after it are a name ("Ngô Xuân Lịch", the most
 * common length), the others are put in small letters. */
static void truecase_headline(attache_doc *doc, size_t start, size_t end) {
  if (!all_capitals(doc->text, start, end)) return;
  char *text = doc->text;
  size_t name_words = 0; /* words of a name still to keep capitalised */
  for (size_t a = start; a < end;) {
    if (!at_is_word_byte(text[a])) {
      if (text[a] != ' ') name_words = 0;
      a++;
      continue;
    }
    size_t b = a;
    while (b < end && at_is_word_byte(text[b])) b++;
    const char *folded = at_fold(doc->arena, text + a, b - a, AT_MATCH_CASE);
    bool found = false;
    /* the text after it, then (a caption's) before it */
    for (size_t x = end, stop = doc->len; !found && (x < stop || (stop == doc->len && start > 0));) {
      if (x >= stop) {
        x = 0, stop = start;
        continue;
      }
      if (!at_is_word_byte(text[x])) {
        x++;
        continue;
      }
      size_t y = x;
      while (y < stop && at_is_word_byte(text[y])) y++;
      if (y - x == b - a && memcmp(text + x, text + a, b - a) &&
          !strcmp(at_fold(doc->arena, text + x, y - x, AT_MATCH_CASE), folded)) {
        memcpy(text + a, text + x, b - a);
        found = true;
      }
      x = y;
    }
    if (found) {
      name_words = 0;
    } else if (name_words || family_name(doc, text, a, b)) {
      name_words = name_words ? name_words - 1 : 2;
      utf8proc_int32_t cp;
      utf8proc_ssize_t k = at_utf8_next(text + a, b - a, &cp);
      if (k > 0) lower_in_place(text, a + (size_t)k, b); /* "Ngô" */
    } else {
      lower_in_place(text, a, b);
    }
    a = b;
  }
}

static void push_title(attache_doc *doc, uint32_t start, uint32_t end) {
  truecase_headline(doc, start, end);
  at_sentence *s = at_vec_push(&doc->sentences);
  s->start = start;
  s->end = end;
  s->para = UINT32_MAX;
  s->flags = AT_SENT_TITLE;
  s->event = -1;
}

/* A lead's dateline at `p` (n bytes left): a word of data/chrome.tsv lead
 * ("Sáng", "Ngày"), a space, a day and month ("27.8", "(13/2)", "10-1-2020")
 * and a comma. */
static bool lead_dateline(const attache_doc *doc, const char *p, size_t n) {
  const at_entry **leads;
  size_t nleads;
  at_lexicon_chrome_leads(doc->lex, &leads, &nleads);
  for (size_t c = 0; c < nleads; c++) {
    /* Asked at every space of a line's first 300 bytes: the first byte
     * first (a phrase is never empty), then the rest. */
    if (p[0] != leads[c]->phrase[0]) continue;
    if (n >= 2 && leads[c]->phrase[1] && p[1] != leads[c]->phrase[1]) continue; /* and the second */
    size_t plen = strlen(leads[c]->phrase);
    if (plen + 5 > n || memcmp(p, leads[c]->phrase, plen) || p[plen] != ' ') continue;
    size_t i = plen + 1, digits = 0, groups = 0;
    if (p[i] == '(') i++;
    while (i < n && i < plen + 16) {
      if (p[i] >= '0' && p[i] <= '9') digits++;
      else if (digits && (p[i] == '/' || p[i] == '.' || p[i] == '-')) groups++, digits = 0;
      else break;
      i++;
    }
    if (i < n && p[i] == ')') i++;
    if (groups >= 1 && digits && i < n && p[i] == ',') return true;
  }
  return false;
}

/* The first space in line[i, last] (i >= 1, last < n) that either ends a
 * sentence (a period before it) or may open a lead's word (a byte the
 * leads begin with after it), or last + 1: glued_headline's places, the
 * other spaces passed 16 at a time where SSE2 is (every x86-64) and the
 * leads begin with few bytes (all of data/chrome.tsv's: 7). */
static size_t next_lead_space(const at_chrome_index *index, const char *line, size_t n, size_t i, size_t last) {
#if defined(__SSE2__)
  if (index->nlead_first) {
    const __m128i space = _mm_set1_epi8(' '), period = _mm_set1_epi8('.');
    for (; i + 16 <= last + 1 && i + 16 < n; i += 16) { /* the bytes after the 16 are read too */
      __m128i here = _mm_loadu_si128((const __m128i *)(const void *)(line + i));
      __m128i before = _mm_loadu_si128((const __m128i *)(const void *)(line + i - 1));
      __m128i after = _mm_loadu_si128((const __m128i *)(const void *)(line + i + 1));
      __m128i place = _mm_cmpeq_epi8(before, period);
      for (size_t b = 0; b < index->nlead_first; b++)
        place = _mm_or_si128(place, _mm_cmpeq_epi8(after, _mm_set1_epi8((char)index->lead_first[b])));
      unsigned mask = (unsigned)_mm_movemask_epi8(_mm_and_si128(place, _mm_cmpeq_epi8(here, space)));
      if (mask) return i + (size_t)__builtin_ctz(mask);
    }
  }
#endif
  for (; i <= last; i++) {
    if (line[i] != ' ') continue;
    if (line[i - 1] == '.') return i;
    unsigned char next = i + 1 < n ? (unsigned char)line[i + 1] : 0;
    if (i + 1 < n && (index->lead_first_bits[next / 64] >> (next % 64) & 1)) return i;
  }
  return last + 1;
}

/* "Không để ... quan hệ hữu nghị Việt Nam - Campuchia Chiều 27.8, tại An
 * Giang, ...": a headline the crawl glued before the lead on one line, with
 * no stop between them; the length of the headline, or 0. The headline has
 * no sentence end of its own and ends in a word, the lead opens with its
 * dateline (lead_dateline). */
static size_t glued_headline(const attache_doc *doc, const char *line, size_t n) {
  const at_chrome_index *index = at_lexicon_chrome_index(doc->lex);
  if (n <= 20) return 0;
  size_t last = n - 1 < 300 ? n - 1 : 300; /* the last byte read as the space before the lead */
  for (size_t i = next_lead_space(index, line, n, 20, last); i <= last;
       i = next_lead_space(index, line, n, i + 1, last)) {
    if (line[i - 1] == '.') return 0;
    unsigned char before = (unsigned char)line[i - 1];
    bool word_end = before >= 0x80 || (before >= '0' && before <= '9') || (before >= 'A' && before <= 'Z') ||
                    (before >= 'a' && before <= 'z') || before == '"' || before == ')';
    if (word_end && lead_dateline(doc, line + i + 1, n - i - 1)) return i;
  }
  return 0;
}

/* The first bytes of s (n of them, 8 at most) as one word, the others 0,
 * and in *mask the word of those bytes set (memcpy: the same on either byte
 * order). */
static uint64_t first_bytes(const char *s, size_t n, uint64_t *mask) {
  uint64_t word;
  if (n >= 8) { /* most lines' ASCII start: its 8 bytes as they are */
    memcpy(&word, s, 8);
    *mask = ~UINT64_C(0);
    return word;
  }
  unsigned char bytes[8] = {0}, ones[8] = {0};
  memcpy(bytes, s, n);
  memset(ones, 0xFF, n);
  memcpy(&word, bytes, 8);
  memcpy(mask, ones, 8);
  return word;
}

/* What phrase e does to a line it begins (KEEP: nothing, a credit or a
 * lead's word), and in *bytes its attr's number: for end, the longest line
 * that is a heading naming its list (0: none); for drop, the longest line
 * dropped (any when none). */
static at_chrome chrome_rule(const at_entry *e, size_t *bytes) {
  *bytes = 0;
  if (!strcmp(e->value, "end")) {
    *bytes = *e->attr ? (size_t)strtoul(e->attr, NULL, 10) : 0;
    return AT_CHROME_END;
  }
  if (!strcmp(e->value, "box")) return AT_CHROME_BOX;
  if (!strcmp(e->value, "drop")) {
    *bytes = *e->attr ? (size_t)strtoul(e->attr, NULL, 10) : (size_t)-1;
    return AT_CHROME_DROP;
  }
  if (!strcmp(e->value, "published")) return AT_CHROME_PUBLISHED;
  if (!strcmp(e->value, "clock")) return strcmp(e->attr, "story") ? AT_CHROME_CLOCK : AT_CHROME_STORY_CLOCK;
  return AT_CHROME_KEEP;
}

void at_chrome_index_of(const attache_lexicon *lex, at_chrome_index *out) {
  memset(out, 0, sizeof *out);
  at_lexicon_entries(lex, AT_CAT_CHROME, &out->chrome, &out->n);
  bool many_lead_bytes = false;
  for (size_t c = 0; c < out->n; c++) {
    const at_entry *e = out->chrome[c];
    if (!strcmp(e->value, "lead")) {
      unsigned char b = (unsigned char)e->phrase[0];
      if (out->lead_first_bits[b / 64] >> (b % 64) & 1) continue; /* a byte told already */
      out->lead_first_bits[b / 64] |= UINT64_C(1) << (b % 64);
      if (out->nlead_first < AT_LEAD_FIRST_BYTES) out->lead_first[out->nlead_first++] = b;
      else many_lead_bytes = true;
    } else if (!strcmp(e->value, "credit")) {
      unsigned char b = (unsigned char)ascii_lower(e->phrase[0]);
      out->credit_first[b / 64] |= UINT64_C(1) << (b % 64);
      if (out->n <= AT_CHROME_INDEXED) out->credit_rows[c / 64] |= UINT64_C(1) << (c % 64);
    }
  }
  if (many_lead_bytes) out->nlead_first = 0;
  for (size_t c = 0; c < out->n && out->n <= AT_CHROME_INDEXED; c++) {
    const at_entry *e = out->chrome[c];
    out->rule[c] = (uint8_t)chrome_rule(e, &out->rule_bytes[c]);
    out->key_len[c] = strlen(e->key);
    if (out->rule[c] != AT_CHROME_END && out->rule[c] != AT_CHROME_BOX && out->rule[c] != AT_CHROME_KEEP &&
        (out->rule[c] != AT_CHROME_DROP || out->rule_bytes[c] > AT_CHROME_HEADING_MAX))
      out->long_lines[c / 64] |= UINT64_C(1) << (c % 64);
    char v = e->value[0]; /* "end", "box", "drop", "published", "clock": a phrase indexed too many is only asked in vain */
    if (v != 'e' && v != 'b' && v != 'd' && v != 'p' && strcmp(e->value, "clock")) continue;
    unsigned char b = (unsigned char)(e->mode == AT_MATCH_EXACT ? e->phrase[0] : e->key[0]);
    (e->mode == AT_MATCH_EXACT ? out->exact : out->folded)[b & 63][c / 64] |= UINT64_C(1) << (c % 64);
    if (e->mode == AT_MATCH_EXACT) continue;
    size_t klen = strlen(e->key);
    out->key_head[c] = first_bytes(e->key, klen, &out->key_mask[c]);
    for (size_t s = 0; s < 64; s++)
      if (klen < 2 ? true : ((unsigned char)e->key[1] & 63) == s) out->folded_second[s][c / 64] |= UINT64_C(1) << (c % 64);
  }
}

/* The line's start folded for the phrases of data/chrome.tsv, as far as
 * they need: its first word, folded with the space and the code point after
 * it, when NFC leaves those code points alone (no mark joins them: the
 * line's Latin and Vietnamese letters) - the word then folds as in the
 * whole head, since folding rewrites only an old tone placement at the very
 * end of what it folds, past the word; otherwise the head. */
typedef struct line_start {
  const char *line;
  size_t head;         /* the bytes folded at most: chrome phrases are short */
  char lower[16];      /* the line's ASCII start in lower case, as it folds (see ascii_start) */
  size_t ascii;        /* its bytes */
  const char *word;    /* NULL: not folded yet */
  size_t word_len;     /* the folded word's bytes, when word is not the head */
  const char *folded;  /* the head folded, or NULL */
  /* The code point after the ASCII start as it folds (cp_after_ascii_differs),
   * read once a line: after_len 0 when not told. */
  bool after_read;
  size_t after_len;
  const char *after;
} line_start;

static void fold_word(at_arena *arena, line_start *ls) {
  const char *space = memchr(ls->line, ' ', ls->head);
  size_t after = space ? (size_t)(space - ls->line) + 1 : ls->head, upto = 0;
  for (size_t i = 0; after < ls->head && !upto;) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t len = at_utf8_next(ls->line + i, ls->head - i, &cp);
    if (len <= 0 || !at_nfc_stable(cp)) break;
    i += (size_t)len;
    if (i > after) upto = i;
  }
  if (upto) {
    ls->word = at_fold(arena, ls->line, upto, AT_MATCH_CASE);
    ls->word_len = (size_t)(strchr(ls->word, ' ') - ls->word);
  } else {
    ls->folded = ls->word = at_fold(arena, ls->line, ls->head, AT_MATCH_CASE);
  }
}

/* The line's first ASCII bytes fold to their lower case as they fold in the
 * head, when the code point after them is one NFC leaves alone (no mark
 * joins the last of them) and more than 4 bytes follow (an old tone
 * placement that folding rewrites, at the head's end, is an o or u and one
 * letter): most lines, which are then told from the phrases unfolded. */
static void ascii_start(line_start *ls) {
  size_t a = 0;
#if defined(__SSE2__)
  if (ls->head >= sizeof ls->lower) { /* most lines: their 16 bytes at once (past the ASCII start, unread) */
    __m128i c = _mm_loadu_si128((const __m128i *)(const void *)ls->line), cu = _mm_sub_epi8(c, _mm_set1_epi8('A'));
    __m128i capital = _mm_cmpeq_epi8(_mm_min_epu8(cu, _mm_set1_epi8(25)), cu);
    _mm_storeu_si128((__m128i *)(void *)ls->lower, _mm_or_si128(c, _mm_and_si128(capital, _mm_set1_epi8(0x20))));
    unsigned past_ascii = (unsigned)_mm_movemask_epi8(c);
    a = past_ascii ? (size_t)__builtin_ctz(past_ascii) : sizeof ls->lower;
  } else
#endif
    while (a < sizeof ls->lower && a < ls->head && (unsigned char)ls->line[a] < 0x80) {
      ls->lower[a] = ascii_lower(ls->line[a]);
      a++;
    }
  utf8proc_int32_t cp;
  if (a < ls->head && (ls->head - a <= 4 || at_utf8_next(ls->line + a, ls->head - a, &cp) <= 0 || !at_nfc_stable(cp)))
    a = 0;
  ls->ascii = a;
}

/* The key goes on past the line's ASCII start (k == ascii) with other
 * bytes than the code point after the start folds to: the line cannot begin
 * with it, told without folding the line's first word (most Vietnamese
 * lines' first syllable has marks: "Bộ" is not "bình luận"). Told only when
 * that code point and the two after it are ones no mark joins (NFC leaves
 * them apart, so each folds alone), so that it is not among the head's last
 * two code points, where folding rewrites an old tone placement; else
 * false, and the word is folded as before. */
static bool cp_after_ascii_differs(line_start *ls, const char *key) {
  if (!ls->after_read) {
    ls->after_read = true;
    size_t at = ls->ascii;
    utf8proc_int32_t cp, next;
    utf8proc_ssize_t len = at_utf8_next(ls->line + at, ls->head - at, &cp);
    if (len <= 0 || !at_nfc_stable(cp)) return false;
    for (size_t i = at + (size_t)len, more = 0; more < 2; more++) {
      utf8proc_ssize_t m = i < ls->head ? at_utf8_next(ls->line + i, ls->head - i, &next) : 0;
      if (m <= 0 || !at_nfc_stable(next)) return false;
      i += (size_t)m;
    }
    ls->after_len = at_fold_case_bytes(cp, &ls->after);
  }
  for (size_t i = 0; i < ls->after_len; i++) /* a few bytes, no NUL among them: no call to strncmp */
    if (key[i] != ls->after[i]) return true;
  return false;
}

/* Can phrase e (case-folded) begin the line? Folds as far as it must. */
static bool folded_start(at_arena *arena, line_start *ls, const at_entry *e, size_t klen) {
  /* The key (klen bytes) against the ASCII start byte by byte, up to the
   * shorter's end. */
  size_t k = 0;
  while (k < ls->ascii && k < klen && e->key[k] == ls->lower[k]) k++;
  if (k < ls->ascii && k < klen) return false;
  if (!ls->word && k < klen) {
    if (k && cp_after_ascii_differs(ls, e->key + k)) return false;
    fold_word(arena, ls);
  }
  if (ls->word && ls->word[0] != e->key[0]) return false;
  if (!ls->folded) { /* the phrase goes on as the word, and past it with a space */
    if (ls->word && (klen <= ls->word_len ? memcmp(e->key, ls->word, klen)
                                          : memcmp(e->key, ls->word, ls->word_len) || e->key[ls->word_len] != ' '))
      return false;
    ls->folded = at_fold(arena, ls->line, ls->head, AT_MATCH_CASE);
  }
  return true;
}

at_chrome at_chrome_line(const at_chrome_index *index, at_arena *arena, const char *line, size_t n,
                         const char **rest) {
  line_start ls = {.line = line, .head = n < 96 ? n : 96};
  while (ls.head < n && ((unsigned char)line[ls.head] & 0xC0) == 0x80) ls.head++;
  ascii_start(&ls);
  /* The phrases that may begin the line, by its first byte as written and
   * folded (the ASCII start, or else the line's start folded first). */
  uint64_t may[AT_CHROME_INDEXED / 64];
  bool all = index->n > AT_CHROME_INDEXED;
  /* The line's first bytes as a case-folded phrase's key is held against
   * them (folded_start): its ASCII start in lower case, else its first word
   * folded (the head folded whole: its first byte). */
  const char *known = ls.lower;
  size_t nknown = ls.ascii;
  if (!all) {
    unsigned char b = (unsigned char)line[0];
    if (!ls.ascii) {
      fold_word(arena, &ls);
      known = ls.word;
      nknown = ls.folded ? 1 : ls.word_len;
    }
    /* with two bytes known, the folded phrases of the second byte too: the
     * others would fail the key_head test below */
    const uint64_t *second = nknown >= 2 ? index->folded_second[(unsigned char)known[1] & 63] : NULL;
    for (size_t w = 0; w < AT_CHROME_INDEXED / 64; w++)
      may[w] = (index->exact[b & 63][w] |
                (index->folded[(unsigned char)known[0] & 63][w] & (second ? second[w] : ~UINT64_C(0)))) &
               (n > AT_CHROME_HEADING_MAX ? index->long_lines[w] : ~UINT64_C(0)); /* too long for the others */
  }
  /* Those bytes as a word: a case-folded phrase whose key differs from them
   * where both have bytes is passed over by the index's copy of its first
   * bytes, as folded_start would tell it. */
  uint64_t start_mask, start = first_bytes(known, nknown, &start_mask);
  for (size_t c = 0; c < index->n; c++) {
    if (!all) { /* on to the next phrase that may begin it */
      size_t w = c / 64;
      uint64_t left = may[w] & (~UINT64_C(0) << (c % 64));
      while (!left && ++w < AT_CHROME_INDEXED / 64) left = may[w];
      if (!left) break;
      c = w * 64 + (size_t)__builtin_ctzll(left);
    }
    if (!all && (index->key_head[c] & start_mask) != (start & index->key_mask[c])) continue;
    const at_entry *e = index->chrome[c];
    size_t bytes = all ? 0 : index->rule_bytes[c];
    at_chrome rule = all ? chrome_rule(e, &bytes) : (at_chrome)index->rule[c];
    /* A line too long for the rule is passed before the phrase is held
     * against it (and the line's head folded for it: "Theo ..." opens many
     * a paragraph, and drops only a short line). */
    bool too_long = rule == AT_CHROME_END || rule == AT_CHROME_BOX ? n > AT_CHROME_HEADING_MAX
                                                                   : rule == AT_CHROME_DROP && n > bytes;
    if (too_long || rule == AT_CHROME_KEEP) continue;
    if (e->mode == AT_MATCH_EXACT ? line[0] != e->phrase[0] : !folded_start(arena, &ls, e, all ? strlen(e->key) : index->key_len[c])) continue;
    switch (rule) {
    case AT_CHROME_END:
      /* attr: a heading that names what its list is of ("More from Politics"),
       * a line up to that many bytes that starts with the phrase */
      if (line_starts_with(line, n, ls.folded, e, n > bytes)) return AT_CHROME_END;
      break;
    case AT_CHROME_BOX:
      if (line_starts_with(line, n, ls.folded, e, true)) return AT_CHROME_BOX;
      break;
    case AT_CHROME_DROP:
      if (line_starts_with(line, n, ls.folded, e, false)) return AT_CHROME_DROP;
      break;
    case AT_CHROME_PUBLISHED:
      if (line_starts_with(line, n, ls.folded, e, false)) {
        if (rest) *rest = line + strlen(e->phrase);
        return AT_CHROME_PUBLISHED;
      }
      break;
    case AT_CHROME_CLOCK:
    case AT_CHROME_STORY_CLOCK:
      if ((is_dateline(line, n) || is_short_dated(line, n)) && line_starts_with(line, n, ls.folded, e, false))
        return rule;
      break;
    case AT_CHROME_KEEP:
      break;
    }
  }
  return AT_CHROME_KEEP;
}

/* A paragraph of a story: long, ending a sentence, not cut short ("...",
 * "…": a teaser of another story under a headline). */
static bool is_story_paragraph(const char *line, size_t n) {
  enum { MIN_PARAGRAPH = 120 };
  if (n < MIN_PARAGRAPH || !at_has_final_punctuation(line, n)) return false;
  if (line[n - 1] == '.' && line[n - 2] == '.') return false;
  return memcmp(line + n - 3, "\xE2\x80\xA6", 3) != 0; /* an ellipsis */
}

/* The line of text at *pos without its surrounding spaces, as
 * [*start, *end) (empty for a blank line); *pos moves past its newline. */
static void read_trimmed_line(const char *text, size_t len, size_t *pos, size_t *start, size_t *end) {
  const char *nl = memchr(text + *pos, '\n', len - *pos);
  *start = *pos, *end = nl ? (size_t)(nl - text) : len;
  *pos = *end + 1;
  while (*start < *end && at_is_space(text[*start])) (*start)++;
  while (*end > *start && at_is_space(text[*end - 1])) (*end)--;
}

/* The next line from *pos that is not blank, trimmed to [*start, *end),
 * and what the chrome phrases make of it; false at the text's end. */
static bool next_classified_line(const at_chrome_index *index, at_arena *arena, const char *text, size_t len,
                                 size_t *pos, size_t *start, size_t *end, at_chrome *kind) {
  while (*pos < len) {
    read_trimmed_line(text, len, pos, start, end);
    if (*start == *end) continue;
    *kind = at_chrome_line(index, arena, text + *start, *end - *start, NULL);
    return true;
  }
  return false;
}

/* A box inside a story ("Tin liên quan", two or three other headlines, then
 * the story goes on) differs from the lists that end a page in what follows
 * its headlines: two story paragraphs in a row, where a page's list goes on
 * with headlines, each with its teaser at most. */
size_t at_box_resumes(const at_chrome_index *index, at_arena *arena, const char *text, size_t len, size_t from) {
  enum { MAX_HEADLINES = 6, MAX_HEADLINE = 200 };
  size_t headlines = 0, resume = 0, pos = from, start, end;
  at_chrome kind;
  while (next_classified_line(index, arena, text, len, &pos, &start, &end, &kind)) {
    const char *line = text + start;
    size_t n = end - start;
    if (kind == AT_CHROME_END || kind == AT_CHROME_BOX) return 0; /* a page's lists, one after another */
    bool story = kind == AT_CHROME_KEEP && is_story_paragraph(line, n);
    if (resume) return story ? resume : 0;
    if (story) {
      if (!headlines) return 0; /* no box: the heading of a list of teasers */
      resume = start;
    } else if (kind == AT_CHROME_DROP) {
      continue;
    } else if (n <= MAX_HEADLINE && !at_has_final_punctuation(line, n)) {
      if (++headlines > MAX_HEADLINES) return 0;
    } else {
      return 0;
    }
  }
  return 0;
}

/* May a credit of data/chrome.tsv begin with byte b (in any ASCII case)? */
static bool may_start_credit(const at_chrome_index *index, char b) {
  unsigned char c = (unsigned char)ascii_lower(b);
  return index->credit_first[c / 64] >> (c % 64) & 1;
}

/* Is credit[0, clen) a credit of data/chrome.tsv ("Photo:", "Ảnh:")? In
 * any ASCII case with `any_case`, else as the row writes it. */
static bool credit_phrase(const at_chrome_index *index, const char *credit, size_t clen, bool any_case) {
  if (!may_start_credit(index, *credit)) return false;
  bool all = index->n > AT_CHROME_INDEXED;
  for (size_t c = 0; c < index->n; c++) {
    if (!all) { /* on to the next credit's row */
      size_t w = c / 64;
      uint64_t left = index->credit_rows[w] & (~UINT64_C(0) << (c % 64));
      while (!left && ++w < AT_CHROME_INDEXED / 64) left = index->credit_rows[w];
      if (!left) break;
      c = w * 64 + (size_t)__builtin_ctzll(left);
    }
    const at_entry *e = index->chrome[c];
    if ((all && strcmp(e->value, "credit")) || ascii_lower(e->phrase[0]) != ascii_lower(*credit)) continue;
    size_t plen = strlen(e->phrase);
    if (plen <= clen && (any_case ? !strncasecmp(credit, e->phrase, plen) : !memcmp(credit, e->phrase, plen)))
      return true;
  }
  return false;
}

/* Does a sentence start in text[0, n) after a stop ("Văn An. Hai bên
 * trao đổi ..."): a stop, a space, a capital, and two words or more? An
 * initial ("Q. Hùng") or a closing stop is no such one. */
static bool sentence_after(const char *text, size_t n) {
  for (size_t i = 0; i + 2 < n; i++) {
    if (text[i] != '.' || text[i + 1] != ' ') continue;
    size_t spaces = 0;
    for (size_t k = i + 2; k < n; k++) spaces += text[k] == ' ';
    if (spaces >= 2) return true;
  }
  return false;
}

/* A photo caption: a line that ends with a credit of data/chrome.tsv, in
 * brackets ("... meets his counterpart in Hanoi (Photo: VNA)") or after the
 * caption's words without them, as most Vietnamese papers print it ("...
 * tại cảng Tiên Sa. Ảnh: Văn An", "... rời cảng ẢNH: VĂN AN", "... - Ảnh:
 * TTXVN"): the credit written with its capital, its name short (a
 * photographer, an agency) and no sentence after it. */
static bool is_caption(const attache_doc *doc, const char *line, size_t n) {
  enum { MAX_NAME = 64, MIN_CAPTION = 12, MAX_CREDIT = 32 };
  const at_chrome_index *index = at_lexicon_chrome_index(doc->lex);
  while (n && (at_is_space(line[n - 1]) || line[n - 1] == '|')) n--;
  if (!n) return false;
  if (line[n - 1] == ')') {
    size_t open = n - 1;
    while (open > 0 && line[open - 1] != '(') open--;
    if (!open) return false;
    const char *credit = line + open;
    size_t clen = n - 1 - open;
    while (clen && at_is_space(*credit)) credit++, clen--;
    return clen && credit_phrase(index, credit, clen, true);
  }
  /* the last space within a name's length of the end that a credit follows */
  size_t from = n > MAX_NAME + 16 ? n - MAX_NAME - 16 : 0;
  if (!memchr(line + from, ':', n - from)) return false; /* most lines: no colon near their end */
  for (size_t i = n; i-- > from + 1;) {
    /* a credit is a word or two and its colon ("Photo credit:"): no row is
     * longer, so a colon farther on ends no credit starting here */
    const char *colon = line[i - 1] == ' ' && may_start_credit(index, line[i])
                            ? memchr(line + i, ':', n - i < MAX_CREDIT ? n - i : MAX_CREDIT)
                            : NULL;
    if (!colon || !credit_phrase(index, line + i, n - i, false)) continue;
    const char *name = colon + 1;
    return i >= MIN_CAPTION && (size_t)(line + n - name) <= MAX_NAME && !sentence_after(name, (size_t)(line + n - name));
  }
  return false;
}

/* "Reuters | Updated: 21-06-2023 20:17 IST | Created: ...": a byline of
 * fields set apart by bars, one of them a publication line. True when it is
 * one (the line is chrome, not story). */
static bool bar_byline(attache_doc *doc, const at_chrome_index *chrome, const char *line, size_t n) {
  enum { MAX_BYLINE = 200 };
  if (n > MAX_BYLINE) return false;
  const char *end = line + n;
  for (const char *bar = memchr(line, '|', n); bar; bar = memchr(bar + 1, '|', (size_t)(end - bar - 1))) {
    const char *f = bar + 1, *rest = NULL;
    while (f < end && at_is_space(*f)) f++;
    if (f == end || at_chrome_line(chrome, doc->arena, f, (size_t)(end - f), &rest) != AT_CHROME_PUBLISHED) continue;
    const char *stop = memchr(rest, '|', (size_t)(end - rest));
    parse_published_line(doc, rest, (size_t)((stop ? stop : end) - rest), NULL);
    return true;
  }
  return false;
}

/* How many of the headline's words the lead retells, in hundredths: a
 * story's own headline is told again in its lead ("Vietnam, India hold
 * defence policy dialogue" / "Vietnam and India held their defence policy
 * dialogue ..."), another story's shares a few words of the trade at most. */
static unsigned retold_in_lead(at_arena *arena, const char *head, size_t hn, const char *lead, size_t ln) {
  enum { LEAD_BYTES = 600 };
  if (ln > LEAD_BYTES) ln = LEAD_BYTES;
  const char *h = at_fold(arena, head, hn, AT_MATCH_CASE), *l = at_fold(arena, lead, ln, AT_MATCH_CASE);
  if (!h || !l) return 0;
  size_t hlen = strlen(h), llen = strlen(l), words = 0, told = 0;
  for (size_t i = 0; i < hlen;) {
    while (i < hlen && !at_is_word_byte(h[i])) i++;
    size_t w = i;
    while (i < hlen && at_is_word_byte(h[i])) i++;
    if (i == w) break;
    words++;
    for (size_t f = 0; f + (i - w) <= llen; f++)
      if (l[f] == h[w] && !memcmp(l + f, h + w, i - w) && (f == 0 || !at_is_word_byte(l[f - 1])) &&
          !at_is_word_byte(l[f + (i - w)])) {
        told++;
        break;
      }
  }
  return words ? (unsigned)(told * 100 / words) : 0;
}

/* A site's tag on a line of its own, before the lead: "(QĐND) -",
 * "HANOI (VNA) –": short, ending in a dash. Neither a headline nor story. */
static bool is_site_tag_line(const char *line, size_t n) {
  enum { MAX_TAG = 60 };
  return n <= MAX_TAG && (line[n - 1] == '-' || (n >= 3 && (!memcmp(line + n - 3, "\xE2\x80\x93", 3) ||
                                                            !memcmp(line + n - 3, "\xE2\x80\x94", 3))));
}

/* A list of other stories' headlines under a label ("Tin mới", "Top
 * stories") ABOVE the story, before its headline was read: short lines
 * with no final stop (a question at most), among the page's captions and
 * menus, up to the first line that is story (a lead ends in a stop: "Sáng
 * 5/3, ...", a site's tag on its own line: "(QĐND) -", a Markdown title) or
 * a publication line. The story's own headline, when the page shows one,
 * is the one its lead retells (the last such), or the line that equals the
 * document's given title (with a title given and no such line, all of them
 * are other stories'). Returns where the story's part starts (its
 * headline, or the line after the list), 0 when the lines after the label
 * are no such block. */
static size_t top_list_resumes(attache_doc *doc, const at_chrome_index *index, size_t from, const char *given_title) {
  enum { MAX_HEADLINES = 8, MAX_HEADLINE = 200, MAX_QUESTION = 160, RETOLD = 70 };
  const char *text = doc->text;
  size_t len = doc->len;
  size_t heads[MAX_HEADLINES][2], headlines = 0, after = 0, after_title = 0, pos = from, start, end;
  at_chrome kind;
  while (next_classified_line(index, doc->arena, text, len, &pos, &start, &end, &kind)) {
    const char *line = text + start;
    size_t n = end - start;
    if (kind == AT_CHROME_DROP) continue;
    if (kind == AT_CHROME_KEEP && is_dateline(line, n)) { /* a date by a teaser, or the story's own */
      parse_published_line(doc, line, n, NULL);
      continue;
    }
    bool tag = is_site_tag_line(line, n);
    if (kind == AT_CHROME_KEEP && !tag && line[0] != '#' && n <= MAX_HEADLINE &&
        (!at_has_final_punctuation(line, n) || (line[n - 1] == '?' && n <= MAX_QUESTION))) {
      if (headlines == MAX_HEADLINES) return 0;
      heads[headlines][0] = start, heads[headlines++][1] = end;
      after = pos < len ? pos : len;
      if (given_title && strlen(given_title) == n && !memcmp(given_title, line, n)) after_title = after;
      continue;
    }
    /* the story starts here: a lead, a publication line, a title */
    if (kind == AT_CHROME_END || kind == AT_CHROME_BOX || headlines < 2) return 0;
    if (line[0] == '#') return start;
    if (given_title) return after_title ? after_title : after; /* the title given: every line here is another story's */
    /* the lead: this line, or the first paragraph after a tag or date */
    for (size_t p = start; kind != AT_CHROME_KEEP || !at_has_final_punctuation(line, n);) {
      if (p >= len) return after;
      read_trimmed_line(text, len, &p, &start, &end);
      line = text + start, n = end - start;
      kind = n ? at_chrome_line(index, doc->arena, line, n, NULL) : AT_CHROME_DROP;
    }
    size_t h = headlines - 1;
    return retold_in_lead(doc->arena, text + heads[h][0], heads[h][1] - heads[h][0], line, n) >= RETOLD ? heads[h][0]
                                                                                                        : after;
  }
  return 0;
}

void at_clean_and_segment(attache_doc *doc) {
  const at_chrome_index *chrome = at_lexicon_chrome_index(doc->lex);
  bool story_started = false;
  const char *given_title = doc->title; /* the crawler's (JSONL "title"), or none */
  bool given_title_read = false;
  uint32_t para = 0;
  size_t pos = 0;
  bool after_photo_cell = false; /* the line before was a wordless table cell */
  while (pos < doc->len) {
    size_t eol = at_line_end(doc, pos);
    size_t start = pos, end = eol;
    pos = eol + 1;
    while (start < end && at_is_space(doc->text[start])) start++;
    while (end > start && at_is_space(doc->text[end - 1])) end--;
    if (start == end) continue;
    /* "date 2025-12-23 Bộ đội Biên phòng ... tuần tra liên hợp ...": a
     * crawler's date stamp before the first line gives the publication
     * date; the words after it are the line (a headline, or the lead). */
    if (!story_started && para == 0 && end - start > 9 && !memcmp(doc->text + start, "date ", 5)) {
      parse_published_line(doc, doc->text + start + 5, end - start - 5, NULL);
      start += 5;
      while (start < end && !at_is_space(doc->text[start])) start++;
      while (start < end && at_is_space(doc->text[start])) start++;
      if (start == end) continue;
    }
    /* "25/04/2025 20:45Quân đội ...": the site's clock run into the line
     * after it gives the publication date; the line is the words after it. */
    size_t clock = glued_clock(doc->text + start, end - start);
    if (clock) {
      parse_published_line(doc, doc->text + start, clock, NULL);
      start += clock;
    }
    const char *line = doc->text + start;
    size_t n = end - start;
    bool caption_cell = is_caption_cell(line, n, after_photo_cell);
    after_photo_cell = is_wordless_cell(line, n);

    const char *rest = NULL;
    at_chrome kind = at_chrome_line(chrome, doc->arena, line, n, &rest);
    if (kind == AT_CHROME_PUBLISHED) parse_published_line(doc, rest, (size_t)(line + n - rest), NULL);
    else if (kind == AT_CHROME_KEEP && bar_byline(doc, chrome, line, n)) continue;
    at_date credited;
    if (kind == AT_CHROME_KEEP && story_started && line[0] == '(' && dated_source_credit(doc, line, n, &credited)) {
      parse_published_line(doc, line, n, &credited);
      continue;
    }
    /* "Thứ năm, 06/05/2021" opening the page, before its headline: the
     * site's clock, the day the page was read, not the story's date. */
    if (kind == AT_CHROME_CLOCK && !story_started && !doc->title) continue;
    /* "Sat. May 18th, 2024": a clock by its shape, after the headline too. */
    if (kind == AT_CHROME_STORY_CLOCK && !story_started) continue;
    if (kind == AT_CHROME_CLOCK || kind == AT_CHROME_STORY_CLOCK) kind = AT_CHROME_KEEP;
    /* A page with no story text of its own (a graphic, a video) ends at its
     * related list too, once its headline was read. */
    bool after_headline = story_started || doc->title;
    if ((kind == AT_CHROME_END || kind == AT_CHROME_BOX) && !story_started && doc->title == given_title) {
      size_t resume = top_list_resumes(doc, chrome, pos, given_title);
      if (resume) {
        pos = resume; /* the list's headlines are other stories' */
        continue;
      }
    }
    if (kind == AT_CHROME_BOX && after_headline) {
      size_t resume = at_box_resumes(chrome, doc->arena, doc->text, doc->len, pos);
      if (!resume) break;
      pos = resume; /* the box's headlines are not the story's */
      continue;
    }
    bool drop = kind != AT_CHROME_KEEP, stop = kind == AT_CHROME_END && after_headline;
    if (stop) break;
    if (drop || is_glued_caption(line, n)) continue;
    size_t run = glued_headlines(line, n);
    if (run == 0) continue;
    if (run < n) end = start + run, n = run; /* the story's sentence before the row */
    if (is_table_caption(line, n)) {
      /* "| Đại tướng ... hội kiến ... (Ảnh: ...) |": a caption tells who met
       * whom; its words are kept, the table marks are not. */
      while (start < end && (doc->text[start] == '|' || at_is_space(doc->text[start]))) start++;
      while (end > start && (doc->text[end - 1] == '|' || at_is_space(doc->text[end - 1]))) end--;
      if (story_started && start < end) at_segment_paragraph(doc, (uint32_t)start, (uint32_t)end, para++);
      continue;
    }
    if (caption_cell && story_started) {
      /* "![]() |" then "General X attends the forum. |": the photo's
       * caption, read as one (its closing bar left out). */
      while (end > start && (doc->text[end - 1] == '|' || at_is_space(doc->text[end - 1]))) end--;
      size_t first = doc->sentences.len;
      at_segment_paragraph(doc, (uint32_t)start, (uint32_t)end, para++);
      for (size_t k = first; k < doc->sentences.len; k++) AT_SENT(doc, k)->flags |= AT_SENT_CAPTION;
      continue;
    }
    if (is_markup_line(line, n)) continue;

    if (line[0] == '#') { /* a Markdown heading: the title */
      while (start < end && (doc->text[start] == '#' || at_is_space(doc->text[start]))) start++;
      if (!doc->title && start < end) {
        doc->title = at_arena_strndup(doc->arena, doc->text + start, end - start);
        push_title(doc, (uint32_t)start, (uint32_t)end);
      }
      continue;
    }
    /* The given title's line before the story (extract.c puts it first when
     * the text does not open with it): the headline, read once. */
    if (!story_started && given_title && at_same_words_folded(doc->arena, line, n, given_title, strlen(given_title))) {
      if (!given_title_read) push_title(doc, (uint32_t)start, (uint32_t)end);
      given_title_read = true;
      continue;
    }
    /* "(QĐND) -" alone before the lead (a list above the story ended there) */
    if (!story_started && memchr(line, '(', n) && is_site_tag_line(line, n)) continue;
    bool caption = is_caption(doc, line, n);
    at_date english;
    bool has_english;
    if (!story_started && !caption && looks_like_headline(doc, line, n, &english, &has_english)) {
      /* A headline, menu or dateline: the title (the first one) or the
       * publication date, never a source of events. */
      parse_published_line(doc, line, n, has_english ? &english : NULL);
      if (!doc->title && !is_dateline(line, n)) {
        doc->title = at_arena_strndup(doc->arena, line, n);
        push_title(doc, (uint32_t)start, (uint32_t)end);
      }
      continue;
    }
    size_t headline = !story_started && !caption ? glued_headline(doc, line, n) : 0;
    if (headline) {
      if (!doc->title) doc->title = at_arena_strndup(doc->arena, line, headline);
      push_title(doc, (uint32_t)start, (uint32_t)(start + headline));
      start += headline + 1;
    }
    story_started = true;
    /* "ĐẠI TƯỚNG ... ĐÓN ĐOÀN NGA (ẢNH: ...)": a caption in capitals is read
     * as the story writes its words, as a headline is */
    if (caption) truecase_headline(doc, start, end);
    size_t first = doc->sentences.len;
    at_segment_paragraph(doc, (uint32_t)start, (uint32_t)end, para++);
    for (size_t k = first; caption && k < doc->sentences.len; k++) AT_SENT(doc, k)->flags |= AT_SENT_CAPTION;
  }
}
