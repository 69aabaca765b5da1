/* SPDX-License-Identifier: MIT */
/*
 * dates.c - finds date expressions in a sentence and resolves them against
 * the publication date. Forms: "Sáng 6/11", "chiều ngày 15-11", "ngày 27/3",
 * "từ 26-28/3", "từ ngày 1 đến 4/3", "(12/10/2010)", "ngày 19 tháng 4 năm
 * 2017", "tháng 10/2010", and the relative words of data/date_words.tsv
 * ("hôm qua", "năm nay"); in English "June 10, 2019", "10 June 2019",
 * "June 10-12", "June 2019", "in 2016", "a 2016 visit" and a weekday ("on Monday", the last
 * such day up to publication; "from Wednesday to Thursday", its days). A day and month without a year stay without
 * one (XXXX) unless the publication date gives it; it is never guessed.
 */
#define _DEFAULT_SOURCE /* timegm: glibc's UTC inverse of gmtime */
#include "pipeline.h"

#include <attache/store.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static bool digits(const char *s, size_t n, int *out) {
  if (n == 0 || n > 4) return false;
  int v = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  *out = v;
  return true;
}

static bool valid_year(int y) { return y >= 1900 && y <= 2100; }

/* The one test of a day of the calendar, for every date read anywhere (text,
 * metadata, URLs, query parameters). Year 0 is "unknown": 29 February may be. */
bool at_calendar_day(int year, int month, int day) {
  static const int DAYS[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1 || day > DAYS[month - 1]) return false;
  bool leap = year == 0 || (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0));
  return month != 2 || day < 29 || leap;
}

int attache_query_date_valid(const char *s) {
  size_t n = strlen(s);
  int y, m = 1, d = 1;
  if (n != 4 && n != 7 && n != 10) return false;
  if (!digits(s, 4, &y) || (n >= 7 && (s[4] != '-' || !digits(s + 5, 2, &m))) ||
      (n == 10 && (s[7] != '-' || !digits(s + 8, 2, &d))))
    return false;
  return y >= 1 && at_calendar_day(y, m, d);
}

bool at_parse_iso_date(const char *s, size_t n, at_date *out) {
  int y, m, d;
  /* YYYY-MM-DD[...] */
  if (n >= 10 && s[4] == '-' && s[7] == '-' && digits(s, 4, &y) && digits(s + 5, 2, &m) && digits(s + 8, 2, &d) &&
      valid_year(y) && at_calendar_day(y, m, d)) {
    *out = (at_date){(int16_t)y, (int8_t)m, (int8_t)d};
    return true;
  }
  /* DD/MM/YYYY */
  size_t i = 0;
  while (i < n && i < 2 && s[i] >= '0' && s[i] <= '9') i++;
  if (i == 0 || i >= n || (s[i] != '/' && s[i] != '-') || !digits(s, i, &d)) return false;
  size_t j = i + 1, k = j;
  while (k < n && k - j < 2 && s[k] >= '0' && s[k] <= '9') k++;
  if (k == j || k >= n || s[k] != s[i] || !digits(s + j, k - j, &m)) return false;
  if (k + 5 > n || !digits(s + k + 1, 4, &y) || !valid_year(y) || !at_calendar_day(y, m, d)) return false;
  *out = (at_date){(int16_t)y, (int8_t)m, (int8_t)d};
  return true;
}

void at_format_date(at_date d, char out[11]) {
  unsigned y = (unsigned)d.year % 10000u, m = (unsigned)d.month % 100u, day = (unsigned)d.day % 100u;
  char year[5] = "XXXX";
  if (d.year) {
    year[0] = (char)('0' + y / 1000);
    year[1] = (char)('0' + y / 100 % 10);
    year[2] = (char)('0' + y / 10 % 10);
    year[3] = (char)('0' + y % 10);
  }
  memcpy(out, year, 5);
  if (!d.month) return;
  out[4] = '-';
  out[5] = (char)('0' + m / 10);
  out[6] = (char)('0' + m % 10);
  out[7] = '\0';
  if (!d.day) return;
  out[7] = '-';
  out[8] = (char)('0' + day / 10);
  out[9] = (char)('0' + day % 10);
  out[10] = '\0';
}

/* A day count for comparing dates (months as 31 days, years as 12 months). */
static long day_index(int year, int month, int day) { return (year * 12L + month) * 31L + day; }

at_date at_resolve_year(at_date d, const attache_doc *doc, const at_sentence *s) {
  if (d.year || !d.month) return d;
  at_date resolved = d;
  int day = d.day ? d.day : 1;
  if (doc->has_published) {
    at_date p = doc->published;
    resolved.year = p.year;
    /* Events are reported after they happen: a day more than two months after
     * publication belongs to the year before (a January article on December). */
    int ahead = (d.month - p.month) * 31 + (day - p.day);
    if (p.month && ahead > 62) resolved.year--;
  } else if (s && s->told.year && !s->told.month) {
    resolved.year = s->told.year; /* the year of the story's name */
  } else if (s && s->told.year) {
    /* Without a publication date, the year of the story's last full date
     * ("Ngày 12/4/2024, ... Sáng 13/4, ..."), or the year next to it that
     * brings the day nearest ("... last November" told after April 2016). */
    at_date t = s->told;
    long told = day_index(t.year, t.month, t.day), best = -1;
    for (int y = t.year - 1; y <= t.year + 1; y++) {
      long dist = labs(day_index(y, d.month, day) - told);
      if (best < 0 || dist < best) best = dist, resolved.year = (int16_t)y;
    }
  }
  /* 29 February in a year without one: that year was a guess, and a wrong one. */
  return !resolved.year || !d.day || at_calendar_day(resolved.year, d.month, d.day) ? resolved : d;
}

/* Calendar arithmetic through the C library (UTC, so no time zone shifts):
 * the day `delta` days after d. */
static bool day_after(at_date d, int delta, struct tm *out) {
  struct tm tm = {.tm_year = d.year - 1900, .tm_mon = d.month - 1, .tm_mday = d.day + delta, .tm_hour = 12};
  time_t t = timegm(&tm);
  return t != (time_t)-1 && gmtime_r(&t, out);
}

static bool add_days(at_date *d, int delta) {
  struct tm out;
  if (!day_after(*d, delta, &out)) return false;
  *d = (at_date){(int16_t)(out.tm_year + 1900), (int8_t)(out.tm_mon + 1), (int8_t)out.tm_mday};
  return true;
}

/* ISO weekday (1 = Monday ... 7 = Sunday) of a full date. */
static int weekday_of(at_date d) {
  struct tm out;
  if (!day_after(d, 0, &out)) return 0;
  return out.tm_wday == 0 ? 7 : out.tm_wday;
}

/* ---- scanning a sentence's tokens ---------------------------------------- */

typedef struct scan {
  const attache_doc *doc;
  uint32_t lo, hi; /* token range */
  /* Set when the reading asks the story's context, the publication date or
   * the date told before the sentence (publication(), which every such ask
   * in read_dates goes through first): only such a reading changes when
   * dates_told changes them. NULL: not noted. */
  bool *context_read;
} scan;

/* The publication date, if known, for a reading of the scan; noted in
 * context_read. */
static const at_date *publication(const scan *sc) {
  if (sc->context_read) *sc->context_read = true;
  return sc->doc->has_published ? &sc->doc->published : NULL;
}

/* "last June", "tháng 6 vừa qua": the latest such month before the month of
 * publication (the year unknown without one). */
static at_date last_month_named(const scan *sc, int month) {
  const at_date *p = publication(sc);
  if (!p || !p->month) return (at_date){0, (int8_t)month, 0};
  return (at_date){(int16_t)(p->year - (month >= p->month)), (int8_t)month, 0};
}

/* The year "this year" names in sentence s: the year of publication, else
 * the year of the story's last full date (at_sentence.told: "Ngày 4/12/2019,
 * ... Tháng 4 năm nay, ..." is April 2019, not the April nearest to
 * December); 0 when neither is known. A date read against it is relative:
 * that it is past is assumed, not told ("slated for May this year"). */
static int story_year(const scan *sc, const at_sentence *s) {
  const at_date *p = publication(sc); /* notes the ask of s->told too */
  return p ? p->year : s->told.year;
}

static bool published_day(const scan *sc) {
  const at_date *p = publication(sc);
  return p && p->year && p->month && p->day;
}

static const at_token *tok(const scan *sc, uint32_t i) { return i < sc->hi ? AT_TOK(sc->doc, i) : NULL; }

static bool num_at(const scan *sc, uint32_t i, int *v) {
  const at_token *t = tok(sc, i);
  return t && t->kind == AT_TOK_NUM && digits(sc->doc->text + t->start, t->end - t->start, v);
}

static bool punct_at(const scan *sc, uint32_t i, const char *chars) {
  const at_token *t = tok(sc, i);
  return t && t->kind == AT_TOK_PUNCT && t->end - t->start == 1 && strchr(chars, sc->doc->text[t->start]);
}

static bool dash_at(const scan *sc, uint32_t i) {
  const at_token *t = tok(sc, i);
  if (!t || t->kind != AT_TOK_PUNCT) return false;
  const char *p = sc->doc->text + t->start;
  size_t n = t->end - t->start;
  return (n == 1 && *p == '-') || (n == 3 && (!memcmp(p, "\xE2\x80\x93", 3) || !memcmp(p, "\xE2\x80\x94", 3)));
}

/* Is token i, inside the scan, a word of `role` (data/token_words.tsv)? */
__attribute__((always_inline)) static inline bool role_at(const scan *sc, uint32_t i, at_word_role role) {
  return i < sc->hi && at_tok_word(sc->doc, i, role);
}

/* A date-word entry (data/date_words.tsv) whose match starts at token i. */
static inline const at_entry *dateword_at(const scan *sc, const at_sentence *s, uint32_t i, uint32_t *end) {
  long m = at_match_at(sc->doc, s, i);
  if (m < 0) return NULL;
  const at_match *mt = AT_MATCH(sc->doc, m);
  if (mt->tok_start != i) return NULL;
  const at_entry *e = at_match_entry(mt, AT_CAT_DATEWORD);
  if (e) *end = mt->tok_end;
  return e;
}

/* Is the clause before token i told as still to come ("will", "sẽ":
 * modality.tsv future)? */
static bool future_before(const scan *sc, const at_sentence *s, uint32_t i) {
  for (uint32_t t = i; t-- > sc->lo;) {
    if (punct_at(sc, t, ",;")) return false;
    long m = at_match_at(sc->doc, s, t);
    if (m >= 0 && AT_MATCH(sc->doc, m)->tok_start == t && at_match_value(AT_MATCH(sc->doc, m), AT_CAT_MODAL, "future"))
      return true;
  }
  return false;
}

/* Is everything before the comma at token i a place in capitals, opening
 * the sentence: a dateline ("HÀ NỘI, 5/12 -", "VLADIVOSTOK, June 3.")? Or a
 * known place written in title case ("Hanoi, Dec 4 (VNA) -", "Hà Nội, 4/12
 * (TTXVN) -"), places.tsv or countries.tsv, all of it. */
static bool place_of_dateline(const scan *sc, const at_sentence *s, uint32_t i) {
  if (i == sc->lo) return false;
  long m = at_match_at(sc->doc, s, sc->lo);
  if (m >= 0 && AT_MATCH(sc->doc, m)->tok_start == sc->lo && AT_MATCH(sc->doc, m)->tok_end == i &&
      (at_match_entry(AT_MATCH(sc->doc, m), AT_CAT_PLACE) || at_match_entry(AT_MATCH(sc->doc, m), AT_CAT_COUNTRY)))
    return true;
  for (uint32_t k = sc->lo; k < i; k++)
    if (tok(sc, k)->kind != AT_TOK_WORD || !(tok(sc, k)->flags & AT_TOKF_UPPER)) return false;
  return true;
}

/* D/M[/Y] or D-M[-Y] at token i; sets *next past it. */
static bool day_month_at(const scan *sc, uint32_t i, at_date *d, uint32_t *next) {
  int day, month, year;
  if (!num_at(sc, i, &day) || !punct_at(sc, i + 1, "/-.") || !num_at(sc, i + 2, &month)) return false;
  if (!at_calendar_day(0, month, day)) return false;
  char sep = sc->doc->text[tok(sc, i + 1)->start];
  *d = (at_date){0, (int8_t)month, (int8_t)day};
  *next = i + 3;
  if (punct_at(sc, i + 3, "/-.") && sc->doc->text[tok(sc, i + 3)->start] == sep && num_at(sc, i + 4, &year) &&
      valid_year(year)) {
    if (!at_calendar_day(year, month, day)) return false; /* 29/2/2019 */
    d->year = (int16_t)year;
    *next = i + 5;
  }
  return true;
}

/* A day and month written out, "23 tháng 8 [năm 2018]", at token i (the
 * end of a range "từ ngày 21 đến ngày 23 tháng 8"), or else "23/8". */
static bool day_month_any_at(const scan *sc, uint32_t i, at_date *d, uint32_t *next) {
  if (day_month_at(sc, i, d, next)) return true;
  int day, month, year;
  if (!num_at(sc, i, &day) || !role_at(sc, i + 1, AT_ROLE_MONTH_WORD) || !num_at(sc, i + 2, &month) ||
      !at_calendar_day(0, month, day))
    return false;
  *d = (at_date){0, (int8_t)month, (int8_t)day};
  *next = i + 3;
  if (role_at(sc, i + 3, AT_ROLE_YEAR_WORD) && num_at(sc, i + 4, &year) && valid_year(year)) {
    if (!at_calendar_day(year, month, day)) return false;
    d->year = (int16_t)year;
    *next = i + 5;
  }
  return true;
}

/* The token after a weekday in brackets at token i ("(thứ Bảy)", "(chủ
 * nhật)", "(thứ 7)", any case), or i: a date and a range read past it
 * ("ngày 25/6 (thứ Bảy)", "từ ngày 5 (thứ Hai) đến ngày 9/6"). */
static uint32_t past_weekday(const scan *sc, uint32_t i) {
  int n;
  if (punct_at(sc, i, "(") && role_at(sc, i + 1, AT_ROLE_WEEKDAY_HEAD) &&
      (role_at(sc, i + 2, AT_ROLE_WEEKDAY_TAIL) || (num_at(sc, i + 2, &n) && n >= 2 && n <= 7)) &&
      punct_at(sc, i + 3, ")"))
    return i + 4;
  return i;
}

/* The month number of a date word "June"/"Jun." at token i, or 0. */
static int month_word_at(const scan *sc, const at_sentence *s, uint32_t i, uint32_t *end) {
  const at_entry *w = dateword_at(sc, s, i, end);
  return w && !strncmp(w->value, "month:", 6) ? atoi(w->value + 6) : 0;
}

/* An English ordinal of at most max_digits digits at token i ("10th",
 * "1st", "80th"). */
static bool ordinal_of(const scan *sc, uint32_t i, size_t max_digits, int *v) {
  const at_token *t = tok(sc, i);
  if (!t || t->kind != AT_TOK_WORD) return false;
  const char *p = sc->doc->text + t->start;
  size_t n = t->end - t->start, d = 0;
  while (d < n && d < max_digits && p[d] >= '0' && p[d] <= '9') d++;
  static const char *const SUFFIXES[] = {"st", "nd", "rd", "th"};
  bool suffix = false;
  for (size_t k = 0; k < 4 && d && n - d == 2; k++) suffix |= !strncmp(p + d, SUFFIXES[k], 2);
  return suffix && digits(p, d, v);
}

/* Does token t open with a digit: a number, or a word such as "10th"? */
static inline bool written_in_digits(const attache_doc *doc, const at_token *t) {
  return t->kind == AT_TOK_NUM || (t->kind == AT_TOK_WORD && doc->text[t->start] >= '0' && doc->text[t->start] <= '9');
}

/* A day of the month at token i, also as an ordinal ("10th", "1st"). */
static bool day_at(const scan *sc, uint32_t i, int *v) {
  if (num_at(sc, i, v)) return *v >= 1 && *v <= 31;
  return ordinal_of(sc, i, 2, v) && *v >= 1 && *v <= 31;
}

/* An English day, optionally a range "10-12", at token i: sets *day, *day2
 * (0 if no range) and *next. */
static bool english_days_at(const scan *sc, uint32_t i, int *day, int *day2, uint32_t *next) {
  if (!day_at(sc, i, day)) return false;
  *day2 = 0;
  *next = i + 1;
  int d2;
  if (dash_at(sc, i + 1) && day_at(sc, i + 2, &d2) && d2 > *day) {
    *day2 = d2;
    *next = i + 3;
  }
  return true;
}

/* A year after a comma or directly ("June 10, 2019", "10 June 2019"). */
static bool english_year_at(const scan *sc, uint32_t i, int *year, uint32_t *next) {
  uint32_t k = punct_at(sc, i, ",") ? i + 1 : i;
  if (!num_at(sc, k, year) || !valid_year(*year) || tok(sc, k)->end - tok(sc, k)->start != 4) return false;
  *next = k + 1;
  return true;
}

/* Is the number at i the end of a code, a dash glued before it ("Release
 * No: NR-365-17 Oct. 24, 2017"): no day of the month after it? */
static bool glued_to_a_code(const scan *sc, uint32_t i) {
  return i > sc->lo && dash_at(sc, i - 1) && tok(sc, i - 1)->end == tok(sc, i)->start && i - 1 > sc->lo &&
         tok(sc, i - 2)->end == tok(sc, i - 1)->start;
}

/* "June 10[-12][, 2019]", "June 2019", "10[-12] June[ 2019]", "5 to 7
 * December" at token i. */
static bool english_date_at(const scan *sc, const at_sentence *s, uint32_t i, at_date_span *span) {
  int month, day, day2, d2, year;
  uint32_t k, next, after;
  const at_entry *rel;
  if ((month = month_word_at(sc, s, i, &k))) {
    if (english_days_at(sc, k, &day, &day2, &next) &&
        !(num_at(sc, k, &year) && tok(sc, k)->end - tok(sc, k)->start == 4)) {
      span->date = (at_date){0, (int8_t)month, (int8_t)day};
      /* "on March 28 and 29", "July 14 and 15, 2022": the month told once,
       * before the first day; two days, or a few, of one happening (not
       * "May 5 and 20 officers": the second day ends the date) */
      if (!day2 && role_at(sc, next, AT_ROLE_AND) && day_at(sc, next + 1, &d2) && d2 > day && d2 - day <= 7 &&
          (!tok(sc, next + 2) || tok(sc, next + 2)->kind == AT_TOK_PUNCT || role_at(sc, next + 2, AT_ROLE_IN) ||
           role_at(sc, next + 2, AT_ROLE_ON_DAY) || english_year_at(sc, next + 2, &year, &after))) {
        day2 = d2;
        next += 2;
      }
    } else if (english_year_at(sc, k, &year, &after) && k == after - 1) {
      span->date = (at_date){(int16_t)year, (int8_t)month, 0};
      span->tok_end = after;
      return true;
    } else if (story_year(sc, s) && (rel = dateword_at(sc, s, k, &after)) && !strncmp(rel->value, "rel_year:", 9)) {
      /* "April this year", "June last year": the month of the year told */
      span->date = (at_date){(int16_t)(story_year(sc, s) + atoi(rel->value + 9)), (int8_t)month, 0};
      span->relative = true;
      span->tok_end = after;
      return true;
    } else if (i > sc->lo && (role_at(sc, i - 1, AT_ROLE_MONTH_LEAD_EN) ||
                              role_at(sc, i - 1, AT_ROLE_POSSESSIVE) || /* "since their August meeting" */
                              (i > sc->lo + 1 && dash_at(sc, i - 1) && role_at(sc, i - 2, AT_ROLE_MONTH_LEAD_EN)) ||
                              (i > sc->lo + 1 && role_at(sc, i - 1, AT_ROLE_OF) && role_at(sc, i - 2, AT_ROLE_MONTH_PART)))) {
      /* "in January", "late March", "mid-May", "at the end of June": the
       * month alone, its year resolved later */
      span->date = (at_date){0, (int8_t)month, 0};
      span->tok_end = k;
      return true;
    } else {
      return false;
    }
  } else if (!tok(sc, i) || !written_in_digits(sc->doc, tok(sc, i))) {
    return false; /* the other forms open with a day: "10", "10th" */
  } else if (!glued_to_a_code(sc, i) && english_days_at(sc, i, &day, &day2, &k) &&
             (month = month_word_at(sc, s, k, &next))) {
    span->date = (at_date){0, (int8_t)month, (int8_t)day};
  } else if (day_at(sc, i, &day) && (role_at(sc, i + 1, AT_ROLE_RANGE_TO) || role_at(sc, i + 1, AT_ROLE_AND)) &&
             day_at(sc, i + 2, &day2) && day2 > day && (month = month_word_at(sc, s, i + 3, &next))) {
    /* "from 5 to 7 December", "between 5 and 7 December", "on 5 and 6
     * December": the month told once, after the last day; the range
     * starts at the first day. */
    span->date = (at_date){0, (int8_t)month, (int8_t)day};
  } else {
    return false;
  }
  if (english_year_at(sc, next, &year, &after)) {
    span->date.year = (int16_t)year;
    next = after;
  }
  if (!at_calendar_day(span->date.year, month, day) || (day2 && !at_calendar_day(span->date.year, month, day2)))
    return false; /* "February 30" */
  if (day2) span->end = (at_date){span->date.year, span->date.month, (int8_t)day2};
  span->tok_end = next;
  return true;
}

/* The end of an English range begun by "from" or "between" at the day of
 * span: "from May 21 to 25", "from May 31 to June 6, 2019", "between
 * November 3 and 5"; or by a dash before a later day with its month,
 * whatever comes before ("on March 31-April 2", "May 30 - June 1"). Sets
 * span's end and tok_end when one follows. */
static void english_range_end(const scan *sc, const at_sentence *s, at_date_span *span) {
  uint32_t k = span->tok_end;
  if (!span->date.day || span->end.month || span->tok_start <= sc->lo) return;
  bool from = role_at(sc, span->tok_start - 1, AT_ROLE_FROM), between = role_at(sc, span->tok_start - 1, AT_ROLE_BETWEEN);
  bool dash_only = !from && !between && dash_at(sc, k); /* its end must name its month */
  if (!(from && (role_at(sc, k, AT_ROLE_RANGE_TO) || dash_at(sc, k))) &&
      !(between && role_at(sc, k, AT_ROLE_AND)) && !dash_only)
    return;
  at_date_span last = {{0}, {0}, k + 1, k + 1};
  int day, year;
  uint32_t next;
  if (english_date_at(sc, s, k + 1, &last) && last.date.day && !last.end.month) {
    /* after a bare dash, only a day of the next month (a stay across a
     * month's end), not two days months apart */
    if (dash_only && (last.date.month - span->date.month + 12) % 12 != 1) return;
    /* "from December 30 to January 2, 2020": the year is the end's, or the one before */
    if (!span->date.year && last.date.year)
      span->date.year = (int16_t)(last.date.year - (span->date.month > last.date.month));
    if (!at_calendar_day(span->date.year, span->date.month, span->date.day)) return;
    span->end = last.date;
    span->tok_end = last.tok_end;
  } else if (!dash_only && day_at(sc, k + 1, &day) && day > span->date.day && !month_word_at(sc, s, k + 2, &next)) {
    next = k + 2;
    if (english_year_at(sc, next, &year, &next) && !span->date.year) span->date.year = (int16_t)year;
    if (!at_calendar_day(span->date.year, span->date.month, day)) return;
    span->end = (at_date){span->date.year, span->date.month, (int8_t)day};
    span->tok_end = next;
  }
}

/* Is the date at x that of a numbered document: "Nghị quyết số
 * 806-NQ/QUTW ngày 31-12-2013", "Quyết định số 12/QĐ-BQP ngày 2/3/2015"
 * ("số", a number, then its code or number right before "ngày")? */
static bool numbered_document_date(const scan *sc, const at_date_span *x) {
  uint32_t before = x->tok_start;
  if (before > sc->lo && role_at(sc, before - 1, AT_ROLE_DAY_LEAD)) before--;
  const at_token *t = before > sc->lo ? tok(sc, before - 1) : NULL;
  if (!t || !(t->kind == AT_TOK_NUM || (t->flags & AT_TOKF_UPPER))) return false;
  for (uint32_t k = before - 1; k > sc->lo && k + 8 > before; k--)
    if (role_at(sc, k - 1, AT_ROLE_NUMBER_SIGN) && tok(sc, k)->kind == AT_TOK_NUM) return true;
  return false;
}

/* "thực hiện Thỏa thuận ký ngày 14/9/2002", "under the agreement signed on
 * September 14, 2002": a date right after a word of signing (token_words.tsv
 * sign_syllable, signed) that follows a document named in its clause dates
 * that document, not the happening the sentence tells. Not when the signing
 * is told ("được ký ngày", "was signed on"): that may be the happening,
 * unless the document is what something was done by. */
static bool signed_document_date(const scan *sc, const at_sentence *s, const at_date_span *x) {
  uint32_t k = x->tok_start;
  if (k > sc->lo && (role_at(sc, k - 1, AT_ROLE_DAY_LEAD) || role_at(sc, k - 1, AT_ROLE_ON_DAY))) k--;
  uint32_t sign = k;
  while (sign > sc->lo && sign + 2 > k && (role_at(sc, sign - 1, AT_ROLE_SIGN_SYLLABLE) || role_at(sc, sign - 1, AT_ROLE_SIGNED)))
    sign--;
  if (sign == k || sign == sc->lo) return false;
  bool told = role_at(sc, sign - 1, AT_ROLE_DONE) || role_at(sc, sign - 1, AT_ROLE_COPULA_PAST) ||
              role_at(sc, sign - 1, AT_ROLE_AUXILIARY);
  for (uint32_t t = sign; t > sc->lo && t + 40 > sign; t--) {
    /* "... theo Quy chế ... giữa Hải quân hai nước, đã được Tư lệnh Hải quân
     * hai nước ký ngày 14/9/2002": a comma before "đã", "được" opens the
     * document's own clause, the signing told of it. */
    if (punct_at(sc, t - 1, ",") && t < sign && role_at(sc, t, AT_ROLE_DONE)) continue;
    if (punct_at(sc, t - 1, ",;:")) return false;
    /* "tuần tra chung theo Quy chế ... đã được Tư lệnh Hải quân hai nước ký
     * ngày 14/6/1999": what a happening was done by was signed before it,
     * however it is told (token_words.tsv by_document). */
    if (role_at(sc, t - 1, AT_ROLE_BY_DOCUMENT)) return true;
    long m = at_match_at(sc->doc, s, t - 1);
    if (!told && t + 12 > sign && m >= 0 && at_match_entry(AT_MATCH(sc->doc, m), AT_CAT_AGREEMENT)) return true;
  }
  return false;
}

/* A relative day ("hôm nay", "sáng nay", "hôm qua") or a weekday ending at
 * token wend that a day and month follow, after a comma, a bracket or
 * "ngày" ("Chiều nay 29-8", "Thứ Sáu, 30/1", "on Tuesday (March 5)"): the
 * token where that day starts, else 0. */
static uint32_t day_written_after(const scan *sc, const at_sentence *s, const at_entry *w, uint32_t wend) {
  if (strncmp(w->value, "rel_day:", 8) && strncmp(w->value, "weekday:", 8)) return 0;
  uint32_t k = wend;
  if (punct_at(sc, k, ",(")) k++;
  if (role_at(sc, k, AT_ROLE_DAY_LEAD)) k++;
  at_date d;
  uint32_t next;
  at_date_span english = {{0}, {0}, k, k};
  if (day_month_at(sc, k, &d, &next) || (english_date_at(sc, s, k, &english) && english.date.day)) return k;
  return 0;
}

/* Is the date at x the day something lasts to: a single day right after
 * "đến", "tới" (as the ranges of read_dates read them), past "hết" and
 * "ngày" ("kéo dài đến hết ngày 14/3")? A range read whole ("từ 10 đến
 * 14/3") holds its "đến" inside. Vietnamese only: English "until" dates
 * lose happenings told only by their end. */
static bool lasts_until(const scan *sc, const at_date_span *x) {
  if (x->end.month || !x->date.day) return false;
  uint32_t t = x->tok_start;
  if (t > sc->lo && role_at(sc, t - 1, AT_ROLE_DAY_LEAD)) t--;
  if (t > sc->lo && role_at(sc, t - 1, AT_ROLE_END_OF)) t--;
  return t > sc->lo && role_at(sc, t - 1, AT_ROLE_UP_TO);
}

/* Can the sentence tell a date? Every date holds a number, an ordinal
 * ("10th") or a date word (data/date_words.tsv); most sentences have none,
 * and the scan below, word by word, is skipped for them. */
static bool may_tell_date(const attache_doc *doc, const at_sentence *s) {
  if (s->flags & AT_SENT_NUMBER) return true;
  for (uint32_t m = s->match_start; (s->categories & 1u << AT_CAT_DATEWORD) && m < s->match_end; m++) /* a match per phrase */
    if (at_match_entry(AT_MATCH(doc, m), AT_CAT_DATEWORD)) return true;
  for (uint32_t i = s->tok_start; i < s->tok_end; i++) {
    const at_token *t = AT_TOK(doc, i);
    if (t->kind == AT_TOK_NUM || (t->kind == AT_TOK_WORD && doc->text[t->start] >= '0' && doc->text[t->start] <= '9'))
      return true;
  }
  return false;
}

/* Does the word ending at token i - 1 end in the possessive ("today's")? */
static bool possessive_at(const scan *sc, uint32_t i) {
  const at_token *t = tok(sc, i - 1);
  const char *p = sc->doc->text + t->end, *end = sc->doc->text + sc->doc->len;
  if (end - p >= 2 && !strncmp(p, "'s", 2)) p += 2;
  else if (end - p >= 4 && !strncmp(p, "\xE2\x80\x99s", 4)) p += 4;
  else return false;
  return p == end || !((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z'));
}

/* Is token i inside a quotation: an opening quotation mark before it in its
 * paragraph (a line of the text) left unclosed? "Today's ceremony" in a
 * speaker's words names the occasion they spoke at, the happening the story
 * tells, on a day a report published later does not share ("'Today's
 * handing-over ceremony marks ...,' the admiral said" after "on Saturday"). */
static bool quoted_at(const scan *sc, uint32_t i) {
  const char *text = sc->doc->text;
  uint32_t at = tok(sc, i)->start, from = at;
  while (from > 0 && text[from - 1] != '\n') from--;
  unsigned straight = 0;
  int curly = 0;
  for (uint32_t b = from; b < at; b++) {
    if (text[b] == '"') straight++;
    else if ((unsigned char)text[b] == 0xE2 && b + 2 < at && (unsigned char)text[b + 1] == 0x80) {
      if ((unsigned char)text[b + 2] == 0x9C) curly++; /* U+201C */
      else if ((unsigned char)text[b + 2] == 0x9D && curly > 0) curly--; /* U+201D */
    }
  }
  return straight % 2 == 1 || curly > 0;
}

/* Can one of the forms read_dates reads begin at token i? Each begins with
 * a number, an ordinal ("10th"), a date word (a month, "hôm qua") or a word
 * of role date_start ("last", "in", "năm", "từ", "ngày", "tháng"); anything
 * else only sets the cue, and the scan skips it. */
__attribute__((always_inline)) static inline bool may_start_date(const scan *sc, const at_sentence *s, uint32_t i) {
  const at_token *t = tok(sc, i);
  if (written_in_digits(sc->doc, t)) return true;
  if (t->kind != AT_TOK_WORD) return false;
  uint32_t end;
  /* a date word only where the sentence has one: its categories tell at once */
  if ((s->categories & 1u << AT_CAT_DATEWORD) && dateword_at(sc, s, i, &end)) return true;
  return at_tok_word(sc->doc, i, AT_ROLE_DATE_START);
}

/* After token i, which told no date: is the next one a day after a date cue
 * (a bracket, "ngày", a dateline's comma "HÀ NỘI, 5/12 (TTXVN) -")? */
static bool date_cue_at(const scan *sc, const at_sentence *s, uint32_t i) {
  bool cue = punct_at(sc, i, "(,");
  if (cue && punct_at(sc, i, ",")) cue = place_of_dateline(sc, s, i);
  if (role_at(sc, i, AT_ROLE_DAY_LEAD)) cue = true;
  return cue;
}

/* The dates of sentence s, at most cap; *context_read (if not NULL) set when
 * they were read against the story's context (scan.context_read). */
static size_t read_dates(const attache_doc *doc, const at_sentence *s, at_date_span *out, size_t cap,
                         bool *context_read) {
  if (!may_tell_date(doc, s)) return 0;
  scan sc = {doc, s->tok_start, s->tok_end, context_read};
  size_t n = 0;
  bool cue = false; /* a preceding "ngày", "sáng", "từ", "(" ... */
  bool punct_before = false; /* the token before is a mark whose date_cue_at is asked only when a date may begin here */
  for (uint32_t i = sc.lo; i < sc.hi && n < cap;) {
    if (!may_start_date(&sc, s, i)) { /* most tokens: none of the forms below begins here */
      /* a loop of its own up to the next that may (its values in registers) */
      do {
        punct_before = AT_TOK(doc, i)->kind == AT_TOK_PUNCT; /* ("ngày" may begin one) */
        i++;
      } while (i < sc.hi && !may_start_date(&sc, s, i));
      cue = false;
      continue;
    }
    if (punct_before) cue = date_cue_at(&sc, s, i - 1);
    punct_before = false;
    at_date_span span = {{0}, {0}, i, i};
    uint32_t next = i;
    at_date d;
    int day, day2, month, year;
    uint32_t wend;
    uint32_t mend;
    int named;
    if (role_at(&sc, i, AT_ROLE_LAST) && (named = month_word_at(&sc, s, i + 1, &mend)) && !num_at(&sc, mend, &day)) {
      span.date = last_month_named(&sc, named);
      span.relative = doc->has_published && doc->published.month;
      span.tok_end = mend;
      out[n++] = span;
      i = mend;
      cue = false;
      continue;
    }
    /* each English form names its month (a date word): a sentence with no
     * date word (its categories) tells none */
    if ((s->categories & 1u << AT_CAT_DATEWORD) && english_date_at(&sc, s, i, &span)) {
      english_range_end(&sc, s, &span);
      out[n++] = span;
      i = span.tok_end;
      cue = false;
      continue;
    }
    /* "a 2016 visit", "the 2018 dialogue": a year before a noun, in English. */
    if (i > sc.lo && num_at(&sc, i, &year) && valid_year(year) && tok(&sc, i)->end - tok(&sc, i)->start == 4 &&
        tok(&sc, i + 1) && tok(&sc, i + 1)->kind == AT_TOK_WORD &&
        role_at(&sc, i - 1, AT_ROLE_YEAR_DETERMINER)) {
      span.date = (at_date){(int16_t)year, 0, 0};
      span.tok_end = i + 1;
      out[n++] = span;
      i++;
      continue;
    }
    /* "Năm 2018, hai bên ...", "Trong năm 2018, ...", "... vào năm 2018": a
     * year alone, in Vietnamese, fronted or after "vào" (elsewhere "năm
     * 2018" also names plans and programmes: "Kế hoạch năm 2018"). */
    if (role_at(&sc, i, AT_ROLE_YEAR_WORD) && num_at(&sc, i + 1, &year) && valid_year(year) &&
        tok(&sc, i + 1)->end - tok(&sc, i + 1)->start == 4 && !dash_at(&sc, i + 2) && !punct_at(&sc, i + 2, "/") &&
        (i == sc.lo || (i == sc.lo + 1 && role_at(&sc, sc.lo, AT_ROLE_WITHIN)) ||
         (i > sc.lo && role_at(&sc, i - 1, AT_ROLE_AT_TIME)))) {
      span.date = (at_date){(int16_t)year, 0, 0};
      span.tok_start = i;
      span.tok_end = i + 2;
      out[n++] = span;
      i += 2;
      continue;
    }
    /* "in 2016": a year alone, in English. */
    if (tok(&sc, i + 1) && tok(&sc, i + 1)->kind == AT_TOK_NUM && role_at(&sc, i, AT_ROLE_IN) &&
        english_year_at(&sc, i + 1, &year, &next) && next == i + 2 &&
        !dateword_at(&sc, s, next, &wend)) {
      span.date = (at_date){(int16_t)year, 0, 0};
      span.tok_start = i + 1;
      span.tok_end = next;
      out[n++] = span;
      i = next;
      /* "in 2017 and 2018": the second year too */
      if (n < cap && role_at(&sc, i, AT_ROLE_AND) && english_year_at(&sc, i + 1, &year, &next) && next == i + 2 &&
          !dateword_at(&sc, s, next, &wend)) {
        out[n++] = (at_date_span){{(int16_t)year, 0, 0}, {0}, i + 1, next};
        i = next;
      }
      continue;
    }
    const at_entry *w = dateword_at(&sc, s, i, &wend);
    /* "2 tuần trước", "three weeks ago": a count of days or weeks back, not
     * the last one. */
    bool counted = i > sc.lo && tok(&sc, i - 1)->kind == AT_TOK_NUM;
    if (w && !strncmp(w->value, "rel_", 4) && counted) w = NULL;
    if (w && !strcmp(w->value, "rel_day:0") && possessive_at(&sc, wend) && quoted_at(&sc, i)) w = NULL;
    /* "Chiều nay 29-8", "hôm nay (23/1)", "Thứ Sáu, 30/1": a day told both
     * ways is the day written out, which needs no publication date. */
    uint32_t told_day = w ? day_written_after(&sc, s, w, wend) : 0;
    if (told_day) {
      i = told_day;
      cue = true;
      continue;
    }
    if (w) {
      if (!strncmp(w->value, "rel_month:", 10) && publication(&sc) && doc->published.month) {
        /* "tháng trước", "last month" */
        int m = doc->published.year * 12 + (doc->published.month - 1) + atoi(w->value + 10);
        span.date = (at_date){(int16_t)(m / 12), (int8_t)(m % 12 + 1), 0};
        span.relative = true;
        span.tok_end = wend;
        out[n++] = span;
      } else if ((!strncmp(w->value, "rel_day:", 8) || !strncmp(w->value, "weekday:", 8)) && !published_day(&sc) &&
                 doc->has_published && doc->published.year) {
        /* "hôm qua", "on Tuesday" when only the year (and month) of
         * publication is known: the day is lost; the year (and month) of
         * publication are taken, which a happening of the week before
         * shares unless publication fell in the first days of a month
         * (or of January), when they are one too late. */
        span.date = (at_date){doc->published.year, doc->published.month, 0};
        span.relative = true;
        span.tok_end = wend;
        out[n++] = span;
      } else if (!strncmp(w->value, "rel_day:", 8) && published_day(&sc)) {
        /* "hôm qua": a day relative to publication (only when it is known). */
        at_date d1 = doc->published;
        if (add_days(&d1, atoi(w->value + 8))) {
          span.date = d1;
          span.relative = true;
          span.tok_end = wend;
          out[n++] = span;
        }
      } else if (!strncmp(w->value, "weekday:", 8) && published_day(&sc)) {
        /* "on Monday": the last Monday up to the day of publication; "on
         * Tuesday last week", "thứ Ba tuần trước": that day of the week told. */
        int back = (weekday_of(doc->published) - atoi(w->value + 8) + 7) % 7;
        /* "last Friday" in a story of a Friday: a week before, not that day */
        if (!back && i > sc.lo && role_at(&sc, i - 1, AT_ROLE_LAST)) back = 7;
        /* "will head to Vietnam on Thursday", "sẽ ... vào thứ Năm": the
         * coming one (a week on when it is the day of publication) */
        else if (future_before(&sc, s, i)) back = -((atoi(w->value + 8) - weekday_of(doc->published) + 6) % 7 + 1);
        uint32_t wend2;
        const at_entry *week = dateword_at(&sc, s, wend, &wend2);
        if (week && !strncmp(week->value, "rel_week:", 9)) {
          back = (weekday_of(doc->published) - 1) - 7 * atoi(week->value + 9) - (atoi(w->value + 8) - 1);
          wend = wend2;
        }
        at_date d1 = doc->published;
        if (add_days(&d1, -back)) {
          span.date = d1;
          span.relative = true;
          span.tok_end = wend;
          /* "from Wednesday to Thursday", "từ thứ Hai đến thứ Tư": the days
           * after the first up to the second weekday named (within a week). */
          const at_entry *w2 = i > sc.lo && role_at(&sc, i - 1, AT_ROLE_FROM) && role_at(&sc, wend, AT_ROLE_RANGE_TO)
                                   ? dateword_at(&sc, s, wend + 1, &wend2)
                                   : NULL;
          at_date d2 = d1;
          int ahead = w2 && !strncmp(w2->value, "weekday:", 8) ? (atoi(w2->value + 8) - atoi(w->value + 8) + 7) % 7 : 0;
          if (ahead && add_days(&d2, ahead)) {
            span.end = d2;
            span.tok_end = wend2;
            wend = wend2;
          }
          out[n++] = span;
        }
      } else if (!strncmp(w->value, "rel_week:", 9) && published_day(&sc)) {
        /* "last week": Monday to Sunday of that week, as precise as it is:
         * its month when the week lies in one, else its year. */
        at_date monday = doc->published, sunday;
        if (add_days(&monday, 7 * atoi(w->value + 9) - (weekday_of(doc->published) - 1))) {
          sunday = monday;
          if (add_days(&sunday, 6) && sunday.year == monday.year) {
            span.date = (at_date){monday.year, sunday.month == monday.month ? monday.month : 0, 0};
            span.relative = true;
            span.tok_end = wend;
            out[n++] = span;
          }
        }
      } else if (!strncmp(w->value, "rel_year:", 9) && story_year(&sc, s)) {
        span.date = (at_date){(int16_t)(story_year(&sc, s) + atoi(w->value + 9)), 0, 0};
        span.relative = true;
        span.tok_end = wend;
        out[n++] = span;
      }
      cue = !strcmp(w->value, "cue");
      i = wend;
      continue;
    }
    /* "từ [ngày] D1 đến [ngày] D2/M[/Y]" and "D1-D2/M[/Y]" */
    uint32_t j = i;
    bool from = role_at(&sc, j, AT_ROLE_FROM);
    if (from) {
      j++;
      if (role_at(&sc, j, AT_ROLE_DAY_LEAD)) j++;
    }
    if (num_at(&sc, j, &day)) {
      uint32_t k = past_weekday(&sc, j + 1);
      bool sep = false;
      if (dash_at(&sc, k) || role_at(&sc, k, AT_ROLE_RANGE_TO)) {
        sep = true;
        k++;
        if (role_at(&sc, k, AT_ROLE_DAY_LEAD)) k++;
      }
      /* "trong hai ngày 11 và 12/4": two days running */
      bool two_days = !sep && j > sc.lo && role_at(&sc, j - 1, AT_ROLE_DAY_LEAD) && role_at(&sc, k, AT_ROLE_AND) &&
                      num_at(&sc, k + 1, &day2) && day2 == day + 1;
      if (two_days) sep = true, k++;
      if (sep && num_at(&sc, k, &day2) && day2 > day && day2 <= 31 && day_month_any_at(&sc, k, &d, &next) &&
          (from || two_days || dash_at(&sc, j + 1))) {
        span.date = (at_date){d.year, d.month, (int8_t)day};
        span.end = d;
        span.tok_end = next = past_weekday(&sc, next);
        out[n++] = span;
        i = next;
        cue = false;
        continue;
      }
    }
    /* "từ [ngày] D1/M1 đến [ngày] D2/M2[/Y]": a range across months */
    if (from && day_month_any_at(&sc, j, &d, &next)) {
      at_date first = d;
      uint32_t k = past_weekday(&sc, next);
      if (dash_at(&sc, k) || role_at(&sc, k, AT_ROLE_RANGE_TO)) {
        k++;
        if (role_at(&sc, k, AT_ROLE_DAY_LEAD)) k++;
        at_date last;
        uint32_t after;
        if (day_month_any_at(&sc, k, &last, &after)) {
          if (!first.year && last.year && first.month <= last.month) first.year = last.year;
          span.date = first;
          span.end = last;
          span.tok_end = after = past_weekday(&sc, after);
          out[n++] = span;
          i = after;
          cue = false;
          continue;
        }
      }
    }
    /* "ngày D tháng M [năm Y]" */
    if (role_at(&sc, i, AT_ROLE_DAY_LEAD) && num_at(&sc, i + 1, &day) && role_at(&sc, i + 2, AT_ROLE_MONTH_WORD) &&
        num_at(&sc, i + 3, &month) && at_calendar_day(0, month, day)) {
      span.date = (at_date){0, (int8_t)month, (int8_t)day};
      next = i + 4;
      if (role_at(&sc, next, AT_ROLE_YEAR_WORD) && num_at(&sc, next + 1, &year) && valid_year(year)) {
        if (!at_calendar_day(year, month, day)) {
          i = next + 2; /* "ngày 29 tháng 2 năm 2019": no such day */
          cue = false;
          continue;
        }
        span.date.year = (int16_t)year;
        next += 2;
      }
      span.tok_end = next = past_weekday(&sc, next);
      out[n++] = span;
      i = next;
      cue = false;
      continue;
    }
    /* "tháng M/YYYY", "tháng M.YYYY", "tháng M năm YYYY" */
    if (role_at(&sc, i, AT_ROLE_MONTH_WORD) && num_at(&sc, i + 1, &month) && month >= 1 && month <= 12) {
      uint32_t k = i + 2;
      if (punct_at(&sc, k, "/-.") || role_at(&sc, k, AT_ROLE_YEAR_WORD)) k++;
      if (k > i + 2 && num_at(&sc, k, &year) && valid_year(year)) {
        span.date = (at_date){(int16_t)year, (int8_t)month, 0};
        span.tok_end = k + 1;
        out[n++] = span;
        i = k + 1;
        cue = false;
        continue;
      }
    }
    /* "tháng 5 vừa qua", "tháng 5 năm nay", "vào tháng 5": a month of the
     * story's year (its last before publication, for "vừa qua"). */
    if (role_at(&sc, i, AT_ROLE_MONTH_WORD) && num_at(&sc, i + 1, &month) && month >= 1 && month <= 12 &&
        !punct_at(&sc, i + 2, "/-.")) {
      uint32_t k = i + 2, wk = 0;
      const at_entry *after = dateword_at(&sc, s, k, &wk);
      bool led = i > sc.lo && role_at(&sc, i - 1, AT_ROLE_MONTH_LEAD_VI);
      if (role_at(&sc, k, AT_ROLE_JUST) && role_at(&sc, k + 1, AT_ROLE_PASSED)) {
        span.date = last_month_named(&sc, month);
        span.relative = doc->has_published && doc->published.month;
        span.tok_end = k + 2;
      } else if (after && !strncmp(after->value, "rel_year:", 9)) {
        span.date = (at_date){story_year(&sc, s) ? (int16_t)(story_year(&sc, s) + atoi(after->value + 9)) : 0,
                              (int8_t)month, 0};
        span.relative = story_year(&sc, s) != 0;
        span.tok_end = wk;
      } else if (led) {
        span.date = (at_date){0, (int8_t)month, 0};
        span.tok_end = k;
      }
      if (span.tok_end > i) {
        out[n++] = span;
        i = span.tok_end;
        cue = false;
        continue;
      }
    }
    /* D/M[/Y]: with a year anywhere; without one only after a date cue. */
    if (day_month_at(&sc, i, &d, &next) && (d.year || cue || punct_at(&sc, i - 1, "(") || role_at(&sc, i - 1, AT_ROLE_DAY_LEAD))) {
      span.date = d;
      span.tok_end = next = past_weekday(&sc, next);
      out[n++] = span;
      i = next;
      cue = false;
      continue;
    }
    cue = date_cue_at(&sc, s, i);
    i++;
  }
  for (size_t k = 0; k < n; k++) {
    out[k].of_document = numbered_document_date(&sc, &out[k]) || signed_document_date(&sc, s, &out[k]);
    out[k].until = lasts_until(&sc, &out[k]);
  }
  /* "kỷ niệm 75 năm Ngày thành lập ... (20/1/1949 - 20/1/2024)": two full
   * dates years apart joined by a dash are read as two dates; they are an
   * anniversary's founding and its day, neither a happening's. */
  for (size_t k = 0; k + 1 < n; k++) {
    at_date_span *a = &out[k], *b = &out[k + 1];
    if (a->date.year && a->date.day && b->date.year && b->date.day && !a->end.month && !b->end.month &&
        b->date.year - a->date.year > 1 && dash_at(&sc, a->tok_end) && b->tok_start == a->tok_end + 1)
      a->years_span = b->years_span = true;
  }
  return n;
}

/* A sentence's dates once read: the events and records stages ask for the
 * same sentence's dates many times (its own event, the sentences before it
 * for "the same day", a paragraph's year). */
enum { DATES_KEPT = 8 }; /* every caller asks for at most 8 */
struct at_dates_read {
  at_date_span *spans; /* arena */
  uint8_t n;
  bool read;
  bool by_context; /* read against the story's context (scan.context_read) */
};

/* The dates kept for sentence index of a document whose dates are kept,
 * read on the first ask. */
static const struct at_dates_read *kept_dates(const attache_doc *doc, size_t index) {
  struct at_dates_read *kept = &doc->dates_read[index];
  if (!kept->read) {
    at_date_span spans[DATES_KEPT];
    kept->by_context = false;
    kept->n = (uint8_t)read_dates(doc, AT_SENT(doc, index), spans, DATES_KEPT, &kept->by_context);
    kept->spans = kept->n ? at_arena_alloc(doc->arena, kept->n * sizeof *spans) : NULL;
    if (kept->n) memcpy(kept->spans, spans, kept->n * sizeof *spans);
    kept->read = true;
  }
  return kept;
}

size_t at_find_dates(const attache_doc *doc, const at_sentence *s, at_date_span *out, size_t cap) {
  /* s is one of the document's sentences (a copy is read as it is). */
  uintptr_t first = (uintptr_t)doc->sentences.items, at = (uintptr_t)s;
  size_t index = at >= first ? (at - first) / sizeof *s : SIZE_MAX;
  if (!doc->dates_read || cap > DATES_KEPT || index >= doc->sentences.len || AT_SENT(doc, index) != s)
    return read_dates(doc, s, out, cap, NULL);
  /* The scan goes left to right and stops at cap: a shorter cap's dates are
   * the first of the longer's. */
  const struct at_dates_read *kept = kept_dates(doc, index);
  size_t n = kept->n < cap ? kept->n : cap;
  if (n) memcpy(out, kept->spans, n * sizeof *out);
  return n;
}

size_t at_sentence_dates(attache_doc *doc, uint32_t index, size_t cap, const at_date_span **out) {
  if (!doc->dates_read) /* at_doc_dates_told makes it; a caller before it reads the dates as they are */
    doc->dates_read = at_arena_alloc(doc->arena, doc->sentences.len * sizeof *doc->dates_read);
  const struct at_dates_read *kept = kept_dates(doc, index);
  *out = kept->spans;
  return kept->n < cap ? kept->n : cap;
}

/* ---- the dates a story tells ----------------------------------------------- */

/* Is the full date at span x a date of the story itself? Not one in
 * parentheses ("Quân đội ... (20/1/1949)"), not an end of an anniversary's
 * span ("3/3/1959 - 3/3/2019"), not the date of a numbered document
 * ("Nghị quyết số 806-NQ/QUTW ngày 31-12-2013"). */
static bool story_date(const scan *sc, const at_date_span *x) {
  if (!x->date.year || !x->date.month || !x->date.day) return false;
  int depth = 0;
  for (uint32_t i = sc->lo; i < x->tok_start; i++) depth += punct_at(sc, i, "(") - punct_at(sc, i, ")");
  if (depth > 0) return false;
  if ((x->tok_start > sc->lo && dash_at(sc, x->tok_start - 1)) || dash_at(sc, x->tok_end)) return false;
  return !x->of_document;
}

/* The year in the name of the meeting or exercise the story is about:
 * "VINBAX 2023", "MILAN 2022", "(ACDFM-20) năm 2023", "ASEAN 2020" - a year
 * right after an acronym, a bracketed one or a mechanism's name inside a
 * sentence (not a span "2023-2024"; not "Tết ... năm 2025", "Vision
 * Statement 2020", "Bầu cử tổng thống Mỹ 2024": plans and other news name
 * years too). The latest such year, when no later year is mentioned at all
 * (a span's years, "(2021-2022)", bound a period and do not count); else 0. */
static int16_t named_year(const attache_doc *doc) {
  int latest = 0, named = 0;
  for (size_t k = 0; k < doc->sentences.len; k++) {
    const at_sentence *s = AT_SENT(doc, k);
    if (!(s->flags & AT_SENT_NUMBER)) continue; /* a year is a number */
    scan sc = {doc, s->tok_start, s->tok_end};
    for (uint32_t i = sc.lo; i < sc.hi; i++) {
      int year;
      if (!num_at(&sc, i, &year) || !valid_year(year) || tok(&sc, i)->end - tok(&sc, i)->start != 4) continue;
      /* A span's years ("Kế hoạch ... (2021-2022)") bound a period, they
       * are no later year the story tells. */
      int other;
      bool span = (dash_at(&sc, i + 1) && num_at(&sc, i + 2, &other) && valid_year(other)) ||
                  (i >= sc.lo + 2 && dash_at(&sc, i - 1) && num_at(&sc, i - 2, &other) && valid_year(other));
      if (year > latest && !span) latest = year;
      uint32_t before = i;
      if (before > sc.lo && role_at(&sc, before - 1, AT_ROLE_YEAR_WORD)) before--;
      if (before <= sc.lo + 1 || dash_at(&sc, i + 1) || punct_at(&sc, i + 1, "/")) continue;
      const at_token *name = tok(&sc, before - 1);
      long m = at_match_at(doc, s, before - 1);
      bool named_before = (name->kind == AT_TOK_WORD && (name->flags & AT_TOKF_UPPER)) ||
                          punct_at(&sc, before - 1, ")") ||
                          (m >= 0 && at_match_entry(AT_MATCH(doc, m), AT_CAT_MECHANISM));
      if (named_before && year > named) named = year;
    }
  }
  return named && named >= latest ? (int16_t)named : 0;
}

/* Whether a dash stands in [from, to): a span runs on to what follows it. */
static bool dash_between(const scan *sc, uint32_t from, uint32_t to) {
  for (uint32_t t = from; t < to; t++)
    if (dash_at(sc, t)) return true;
  return false;
}

/* Is the year at token i of sentence s named as something other than when
 * the story is: where a period starts ("tính từ năm 2000", "kể từ khi nhậm
 * chức vào tháng 10/2019"), a chair's term ("vai trò chủ tịch ... trong năm
 * 2020"), history (modality.tsv background: "từng tham gia ... năm 2023"), a
 * year's work ("Hội nghị công tác ... năm 2024"), a holiday's ("Tết Nguyên đán năm 2027"), a founding's ("thành lập năm 1949"), a date of reference in brackets, a document's ("Bản ghi nhớ ... năm
 * 2013", "Kế hoạch ... (2021-2022)"), the end of a period's span
 * ("giai đoạn 2021-2025", "the 2021-2026 term"), or the time of a sentence it opens ("Năm 2015,
 * hai nước ký ...")? */
static bool year_of_something_else(const scan *sc, const at_sentence *s, uint32_t i, uint32_t before) {
  const attache_doc *doc = sc->doc;
  if (before == sc->lo) return true;
  /* English opens such a sentence with "In 2013, ..." (or "Particularly in
   * 2013, ..."): the time of what it tells, as Vietnamese "Năm 2013, ...". */
  if (before == i && role_at(sc, i - 1, AT_ROLE_IN) && i - 1 <= sc->lo + 1 && punct_at(sc, i + 1, ","))
    return true;
  if (role_at(sc, before - 1, AT_ROLE_FROM)) return true;
  /* In brackets, a date of reference ("thành lập (5/6/1950)"), unless it
   * ends an anniversary's span ("(5/9/1962 - 5/9/2017)"). */
  int depth = 0, years_inside = 0;
  for (uint32_t t = sc->lo; t < i; t++) {
    int y;
    if (punct_at(sc, t, "(")) depth++, years_inside = 0;
    else if (punct_at(sc, t, ")") && depth > 0) depth--;
    else if (depth > 0 && num_at(sc, t, &y) && valid_year(y)) years_inside++;
  }
  if (depth > 0 && years_inside == 0) return true;
  bool told = false; /* a word of the clause before the year says what it is */
  for (uint32_t t = sc->lo; t < i; t++) {
    long m = at_match_at(doc, s, t);
    if (m >= 0 && AT_MATCH(doc, m)->tok_start == t) {
      const at_match *mt = AT_MATCH(doc, m);
      const at_entry *modal = at_match_entry(mt, AT_CAT_MODAL);
      told |= at_match_value(mt, AT_CAT_FUNCTION, "since") || at_match_value(mt, AT_CAT_FUNCTION, "chair") ||
              at_match_value(mt, AT_CAT_FUNCTION, "holiday") || (modal && at_entry_has_flag(modal, "background")) ||
              /* "thành lập năm 1949": a founding's year, but an anniversary's
               * span "(7/5/1954 - 7/5/2024)" ends in the story's */
              (at_match_value(mt, AT_CAT_FUNCTION, "founding") && !dash_between(sc, mt->tok_end, i));
      /* "công tác đối ngoại quốc phòng năm 2024": the work's year closes its noun phrase */
      bool phrase = at_match_value(mt, AT_CAT_FUNCTION, "work") && mt->tok_end + 6 >= before;
      for (uint32_t u = mt->tok_end; phrase && u < before; u++)
        phrase = tok(sc, u)->kind == AT_TOK_WORD && !(tok(sc, u)->flags & AT_TOKF_CAP);
      if (phrase) return true;
    }
    if (punct_at(sc, t, ",;")) told = false; /* its clause ended */
  }
  if (told) return true;
  bool span = dash_at(sc, i - 1);
  /* "in the 2020-2025 period", "for the 2021-2026 term": the end of a
   * period named after its span, where it is told to run on to */
  if (span && role_at(sc, i + 1, AT_ROLE_PERIOD_AFTER)) return true;
  for (uint32_t t = i > sc->lo + 14 ? i - 14 : sc->lo; t < i; t++) {
    long m = at_match_at(doc, s, t);
    if (m < 0) continue;
    const at_entry *period = at_match_value(AT_MATCH(doc, m), AT_CAT_FUNCTION, "period");
    if (at_match_entry(AT_MATCH(doc, m), AT_CAT_AGREEMENT) || (span && period && !at_entry_has_flag(period, "year")))
      return true;
  }
  /* English names a document after the year it was signed: "the 2011 MoU",
   * "the 2015 Joint Vision Statement" (not a plan: "the 2013 cooperation
   * plan" runs in its year, the story's), or after the years it runs: "the
   * 2025-2027 defence cooperation plan" ends in its last. */
  long next = i + 1 < sc->hi ? at_match_at(doc, s, i + 1) : -1;
  const at_entry *doc_after = next >= 0 && AT_MATCH(doc, next)->tok_start == i + 1
                                  ? at_match_entry(AT_MATCH(doc, next), AT_CAT_AGREEMENT)
                                  : NULL;
  return doc_after && (span || at_strcmp(doc_after->value, "plan"));
}

/* The latest year the story names, as a last resort where it tells no full
 * date and names no year of its own: a story without a publication date
 * tells its days in it ("dự Triển lãm Quốc phòng quốc tế Việt Nam 2024",
 * "Chương trình Đối tác Thái Bình Dương 2018"; an anniversary's span "1962 -
 * 2017" ends in it) - unless that year is named only as something else
 * (year_of_something_else). A year aimed at ("đến năm 2030") is no year of
 * the story's. 0 when none. */
static int16_t latest_year(const attache_doc *doc) {
  int latest = 0;
  bool story = false; /* the latest year is named once as the story's */
  for (size_t k = 0; k < doc->sentences.len; k++) {
    const at_sentence *s = AT_SENT(doc, k);
    if (!(s->flags & AT_SENT_NUMBER)) continue; /* a year is a number */
    scan sc = {doc, s->tok_start, s->tok_end};
    at_date_span spans[8];
    size_t nspans = SIZE_MAX; /* read when the sentence names a year */
    for (uint32_t i = sc.lo; i < sc.hi; i++) {
      int year;
      if (!num_at(&sc, i, &year) || !valid_year(year) || tok(&sc, i)->end - tok(&sc, i)->start != 4 ||
          year < latest)
        continue;
      if (nspans == SIZE_MAX) nspans = at_find_dates(doc, s, spans, 8);
      bool of_document = false; /* "Quyết định số 12/QĐ-BQP ngày 2-3-2015" */
      for (size_t d = 0; d < nspans; d++)
        of_document |= spans[d].of_document && spans[d].tok_start <= i && i < spans[d].tok_end;
      if (of_document) continue;
      uint32_t before = i > sc.lo && role_at(&sc, i - 1, AT_ROLE_YEAR_WORD) ? i - 1 : i;
      if (before > sc.lo && role_at(&sc, before - 1, AT_ROLE_YEAR_AIMED))
        continue;
      if (year > latest) latest = year, story = false;
      if (!story) story = !year_of_something_else(&sc, s, i, before); /* once told as the story's, it stays */
    }
  }
  return story ? (int16_t)latest : 0;
}

/* The year a review looks back on: "Hội nghị tổng kết công tác đối ngoại
 * quốc phòng năm 2018" (a review word of data/date_words.tsv, then "năm"
 * and a year within a few words), or the last year of a period reviewed
 * ("đánh giá kết quả hợp tác năm 2023-2024", "reviewed ... during
 * 2020-2021"). Such meetings are held at that year's end or early in the
 * next, so its last day is the story's date to read days against ("ngày
 * 25/1" is in 2019). {0} when none. */
static at_date year_reviewed(const attache_doc *doc) {
  for (size_t k = 0; k < doc->sentences.len; k++) {
    const at_sentence *s = AT_SENT(doc, k);
    if (!(s->flags & AT_SENT_NUMBER)) continue; /* a year is a number */
    if (!(s->values & at_value_bit(AT_CAT_DATEWORD, "review", 6))) continue; /* the quick no: no review told */
    scan sc = {doc, s->tok_start, s->tok_end};
    for (uint32_t i = sc.lo; i < sc.hi; i++) {
      uint32_t wend;
      const at_entry *w = dateword_at(&sc, s, i, &wend);
      if (!w || strcmp(w->value, "review")) continue;
      for (uint32_t j = wend; j + 1 < sc.hi && j < wend + 10; j++) {
        int year, last;
        if (role_at(&sc, j, AT_ROLE_YEAR_WORD) && num_at(&sc, j + 1, &year) && valid_year(year) && !dash_at(&sc, j + 2))
          return (at_date){(int16_t)year, 12, 31};
        /* a period reviewed ("đánh giá kết quả hợp tác năm 2023-2024",
         * "reviewed the activities during 2020-2021"): its last year */
        if (num_at(&sc, j, &year) && valid_year(year) && tok(&sc, j)->end - tok(&sc, j)->start == 4 &&
            dash_at(&sc, j + 1) && num_at(&sc, j + 2, &last) && valid_year(last) && last > year && last - year <= 5)
          return (at_date){(int16_t)last, 12, 31};
      }
    }
  }
  return (at_date){0};
}

/* The year the story is told in, told as a period begun at its start and
 * running on: "Từ đầu năm 2024 đến nay, ...", "since the beginning of
 * 2024" (a period from the start of a year up to now; "từ năm 2010 đến
 * nay", from a year alone, may have begun long before; "từ đầu năm 2023
 * đến năm 2024" is a closed one). Read where the story tells no full date:
 * its days without a year are in that year. {0} when none. */
static at_date year_so_far(const attache_doc *doc) {
  for (size_t k = 0; k < doc->sentences.len; k++) {
    const at_sentence *s = AT_SENT(doc, k);
    if (!(s->flags & AT_SENT_NUMBER)) continue; /* a year is a number */
    scan sc = {doc, s->tok_start, s->tok_end};
    for (uint32_t i = sc.lo; i < sc.hi; i++) {
      if (!role_at(&sc, i, AT_ROLE_YEAR_BEGUN_FROM)) continue;
      uint32_t j = i + 1, end;
      if (role_at(&sc, j, AT_ROLE_YEAR_START)) j++; /* "đầu" */
      else if (role_at(&sc, j, AT_ROLE_ARTICLE) && role_at(&sc, j + 1, AT_ROLE_YEAR_START) && role_at(&sc, j + 2, AT_ROLE_OF))
        j += 3; /* "the beginning of" */
      else continue;
      if (role_at(&sc, j, AT_ROLE_YEAR_WORD)) j++;
      int year;
      if (!num_at(&sc, j, &year) || !valid_year(year) || tok(&sc, j)->end - tok(&sc, j)->start != 4 || dash_at(&sc, j + 1))
        continue;
      /* "đến nay", "until now": up to the day told; "đến năm 2024", "to
       * June 2024", "đến tháng 6": to a time named, a closed period */
      uint32_t t = j + 2;
      if (role_at(&sc, j + 1, AT_ROLE_RANGE_TO) &&
          (tok(&sc, t) == NULL || tok(&sc, t)->kind == AT_TOK_NUM || role_at(&sc, t, AT_ROLE_YEAR_WORD) ||
           role_at(&sc, t, AT_ROLE_MONTH_WORD) || role_at(&sc, t, AT_ROLE_DAY_LEAD) || month_word_at(&sc, s, t, &end)))
        continue;
      return (at_date){(int16_t)year, 0, 0};
    }
  }
  return (at_date){0};
}

/* An ordinal at token i: "80th", "1st" (the count of an anniversary). */
static bool ordinal_at(const scan *sc, uint32_t i, int *v) { return ordinal_of(sc, i, 3, v); }

/* The year Vietnam established relations with the state of country match m
 * (relations.tsv), or 0: not known, or Vietnam itself. */
static int relations_year(const attache_doc *doc, uint32_t m) {
  const at_entry *c = at_match_entry(AT_MATCH(doc, m), AT_CAT_COUNTRY);
  return c ? at_lexicon_relations_year(doc->lex, c->value) : 0;
}

/* The year relations were established with the state whose relations an
 * anniversary celebrates: the one named around them ("quan hệ ngoại giao
 * Việt Nam - Nhật Bản", "UK-Vietnam diplomatic relations", "diplomatic
 * relations between Vietnam and Japan": a state in tokens [lo, hi) of the
 * sentence), or where they are "between the two countries", "their
 * diplomatic ties", the one state besides Vietnam the story names. 0 when
 * none is known or the story names two. */
static int year_relations_established(const attache_doc *doc, const at_sentence *s, uint32_t lo, uint32_t hi) {
  for (uint32_t m = s->match_start; m < s->match_end; m++) {
    const at_match *c = AT_MATCH(doc, m);
    if (c->tok_start >= lo && c->tok_start < hi && relations_year(doc, m)) return relations_year(doc, m);
  }
  const char *state = NULL;
  int year = 0;
  for (uint32_t m = 0; m < doc->matches.len; m++) {
    const at_entry *c = at_match_entry(AT_MATCH(doc, m), AT_CAT_COUNTRY);
    if (!c || !strcmp(c->value, "VN")) continue;
    if (state && strcmp(state, c->value)) return 0; /* two states: which one's relations? */
    if (!state) year = relations_year(doc, m); /* once: the state's every match looks up the same row */
    state = c->value;
  }
  return year;
}

/* The year of an anniversary the story celebrates: "kỷ niệm 80 năm Ngày
 * thành lập Quân đội nhân dân Việt Nam", "the 80th anniversary of the
 * founding of the Vietnam People's Army" - the count of years after the
 * year what it names was founded (date_words.tsv founded:YEAR), counted
 * right before its name (a few words such as "Ngày thành lập", "of the
 * founding of the" between); "kỷ niệm 50 năm thiết lập quan hệ ngoại giao
 * Việt Nam - Nhật Bản", "the 50th anniversary of UK-Vietnam diplomatic
 * relations" - after the year relations were established with that state
 * (date_words.tsv relations, year_relations_established). {0} when none. */
static at_date year_of_anniversary(const attache_doc *doc) {
  for (size_t k = 0; k < doc->sentences.len; k++) {
    const at_sentence *s = AT_SENT(doc, k);
    if (!(s->categories & 1u << AT_CAT_DATEWORD)) continue; /* the sentence's quick no: no date word */
    scan sc = {doc, s->tok_start, s->tok_end};
    for (uint32_t m = s->match_start; m < s->match_end; m++) {
      const at_entry *w = at_match_entry(AT_MATCH(doc, m), AT_CAT_DATEWORD);
      bool relations = w && !strcmp(w->value, "relations");
      if (!w || (strncmp(w->value, "founded:", 8) && !relations)) continue;
      uint32_t name = AT_MATCH(doc, m)->tok_start, at = 0;
      /* "chính thức thiết lập", "the establishment of UK-Vietnam": relations
       * take a few words more before them */
      uint32_t gap = relations ? 7 : 5, back = relations ? 10 : 8;
      int count = 0, v;
      for (uint32_t n = name > sc.lo + back ? name - back : sc.lo; n < name && !count; n++) {
        /* "niệm 80 năm [Ngày thành lập]" */
        if (n > sc.lo && role_at(&sc, n - 1, AT_ROLE_ANNIVERSARY) && num_at(&sc, n, &v) &&
            role_at(&sc, n + 1, AT_ROLE_YEAR_WORD) && name <= n + gap)
          count = v, at = n;
        /* "80th [founding] anniversary of" */
        if (ordinal_at(&sc, n, &v) && (role_at(&sc, n + 1, AT_ROLE_ANNIVERSARY) || role_at(&sc, n + 2, AT_ROLE_ANNIVERSARY)))
          count = v, at = n;
      }
      if (!count) continue;
      int founded = relations ? year_relations_established(doc, s, at, AT_MATCH(doc, m)->tok_end + 8) : atoi(w->value + 8);
      if (founded && count <= 200 && valid_year(founded + count)) return (at_date){(int16_t)(founded + count), 0, 0};
    }
  }
  return (at_date){0};
}

/* The year of the plan the story's happenings carry out: "Thực hiện Kế
 * hoạch hợp tác năm 2022 giữa Bộ Quốc phòng hai nước, ...", "the
 * implementation of the two ministries' signed cooperation plan for 2023" (a
 * word of carrying out - function words implements, referred - then a plan
 * of data/agreement_kinds.tsv and its one year). A year's plan is carried
 * out in that year: its middle is the story's date to read days against.
 * {0} when none. */
static at_date year_of_plan_carried_out(const attache_doc *doc) {
  for (size_t k = 0; k < doc->sentences.len; k++) {
    const at_sentence *s = AT_SENT(doc, k);
    if (!(s->flags & AT_SENT_NUMBER)) continue; /* a year is a number */
    /* the sentence's quick no: without a word of carrying out, no plan's year */
    if (!(s->values & (at_value_bit(AT_CAT_FUNCTION, "implements", 10) | at_value_bit(AT_CAT_FUNCTION, "referred", 8))))
      continue;
    scan sc = {doc, s->tok_start, s->tok_end};
    uint32_t carrying_out = 0; /* the token after the last word of carrying out */
    for (uint32_t i = sc.lo; i < sc.hi; i++) {
      long m = at_match_at(doc, s, i);
      if (m < 0 || AT_MATCH(doc, m)->tok_start != i) continue;
      const at_match *mt = AT_MATCH(doc, m);
      if (at_match_value(mt, AT_CAT_FUNCTION, "implements") || at_match_value(mt, AT_CAT_FUNCTION, "referred")) {
        carrying_out = mt->tok_end;
        continue;
      }
      const at_entry *kind = at_match_entry(mt, AT_CAT_AGREEMENT);
      if (!kind || strcmp(kind->value, "plan") || !carrying_out || i > carrying_out + 6) continue;
      for (uint32_t j = mt->tok_end; j + 1 < sc.hi && j < mt->tok_end + 6; j++) {
        int year;
        if (at_tok_word(sc.doc, j, AT_ROLE_PLAN_YEAR) && num_at(&sc, j + 1, &year) && valid_year(year) &&
            tok(&sc, j + 1)->end - tok(&sc, j + 1)->start == 4 && !dash_at(&sc, j + 2))
          return (at_date){(int16_t)year, 7, 1};
      }
    }
  }
  return (at_date){0};
}

/* The year before the chair taken over: "tiếp quản vai trò chủ tịch ADMM
 * ... trong năm 2020", "took over the ASEAN chairmanship for 2020" (a word
 * of taking over - function words takeover - then a chair's word, then its
 * year, in one clause: the forum's long name may stand between). A chair is handed over at the end of the
 * year before its term: that year's end is the story's date to read days
 * against ("Ngày 18-11" is in 2019). {0} when none. */
static at_date year_before_chair_taken(const attache_doc *doc) {
  for (size_t k = 0; k < doc->sentences.len; k++) {
    const at_sentence *s = AT_SENT(doc, k);
    if (!(s->flags & AT_SENT_NUMBER)) continue; /* a year is a number */
    if (!(s->values & at_value_bit(AT_CAT_FUNCTION, "takeover", 8))) continue; /* the quick no: no taking over told */
    scan sc = {doc, s->tok_start, s->tok_end};
    uint32_t taking = 0, chair = 0; /* the token after the last such word */
    for (uint32_t i = sc.lo; i < sc.hi; i++) {
      long m = at_match_at(doc, s, i);
      const at_match *mt = m >= 0 && AT_MATCH(doc, m)->tok_start == i ? AT_MATCH(doc, m) : NULL;
      if (mt && at_match_value(mt, AT_CAT_FUNCTION, "takeover")) taking = mt->tok_end;
      if (mt && at_match_value(mt, AT_CAT_FUNCTION, "chair") && taking && i <= taking + 4) chair = mt->tok_end;
      int year;
      if (punct_at(&sc, i, ",;")) taking = chair = 0; /* the clause ended */
      if (chair && i <= chair + 30 && num_at(&sc, i, &year) && valid_year(year) &&
          tok(&sc, i)->end - tok(&sc, i)->start == 4 && !dash_at(&sc, i + 1) && !dash_at(&sc, i - 1))
        return (at_date){(int16_t)(year - 1), 12, 31};
    }
  }
  return (at_date){0};
}

/* Does the story write a year (a number from 1900 to 2100)? The readings
 * of a year above each need one; a story with no full date often writes no
 * year at all, and its tokens are then not read five times over. */
static bool names_a_year(const attache_doc *doc) {
  for (size_t k = 0; k < doc->sentences.len; k++) {
    const at_sentence *s = AT_SENT(doc, k);
    if (!(s->flags & AT_SENT_NUMBER)) continue; /* a year is a number */
    scan sc = {doc, s->tok_start, s->tok_end};
    for (uint32_t i = sc.lo; i < sc.hi; i++) {
      int year;
      if (num_at(&sc, i, &year) && valid_year(year)) return true;
    }
  }
  return false;
}

/* The year a page's address names in its last part, the headline's words
 * ("/shangri-la-2018-in-singapore-wraps-up.html", "/doi-thoai-quoc-phong-
 * seoul-2025-ptag.html"): four digits between hyphens or underscores, not a
 * span of years ("...-2014-2024-146401"). The last resort for a story that
 * names no year of its own and has no publication date. 0 when none. */
static int16_t url_slug_year(const attache_doc *doc) {
  if (!doc->url) return 0;
  const char *slug = strrchr(doc->url, '/');
  slug = slug ? slug + 1 : doc->url;
  int found = 0;
  for (const char *p = slug; *p; p++) {
    bool open = p > slug && (p[-1] == '-' || p[-1] == '_');
    int year;
    if (!open || !digits(p, 4, &year) || (p[4] >= '0' && p[4] <= '9') || !valid_year(year)) continue;
    bool span = (p[4] == '-' && digits(p + 5, 4, &(int){0}) && !(p[9] >= '0' && p[9] <= '9')) ||
                (p - slug >= 5 && p[-1] == '-' && digits(p - 5, 4, &(int){0}) && (p - slug == 5 || p[-6] < '0' || p[-6] > '9'));
    if (span || (found && found != year)) return 0;
    found = year;
  }
  return (int16_t)found;
}

/* A wire story's dateline: "VLADIVOSTOK, June 3. /TASS/.", "SEOUL, Sept. 5
 * (Yonhap) --", "HÀ NỘI, 5/12 (TTXVN) -": a place in capitals, a comma and
 * the day the story was filed, opening one of its first sentences, and then
 * the sentence's end, the agency or a dash. Sets *sentence and *out. */
static bool dateline(const attache_doc *doc, size_t *sentence, at_date *out) {
  for (size_t k = 0; k < doc->sentences.len && k < 12; k++) {
    const at_sentence *s = AT_SENT(doc, k);
    if (s->flags & (AT_SENT_TITLE | AT_SENT_CAPTION)) continue;
    scan sc = {doc, s->tok_start, s->tok_end};
    uint32_t i = sc.lo;
    long place = at_match_at(doc, s, sc.lo);
    if (place >= 0 && AT_MATCH(doc, place)->tok_start == sc.lo) i = AT_MATCH(doc, place)->tok_end; /* "Hà Nội" */
    while (i < sc.hi && tok(&sc, i)->kind == AT_TOK_WORD && (tok(&sc, i)->flags & AT_TOKF_UPPER)) i++;
    if (!punct_at(&sc, i, ",") || !place_of_dateline(&sc, s, i)) continue;
    at_date_span span = {{0}, {0}, i + 1, i + 1};
    at_date d;
    uint32_t next;
    if (english_date_at(&sc, s, i + 1, &span)) d = span.date, next = span.tok_end;
    else if (!day_month_at(&sc, i + 1, &d, &next)) continue;
    if (!d.month || !d.day || (next < sc.hi && !punct_at(&sc, next, ".(/:") && !dash_at(&sc, next))) continue;
    *sentence = k;
    *out = d;
    return true;
  }
  return false;
}

/* The dateline's day is the publication date when the page gives none: with
 * its year, or the year the story tells (at_resolve_year, once `years_told`).
 * It is also the day the story was filed (doc->filed), the date of what its
 * lead tells without a date of its own, with or without its year. */
static void read_dateline(attache_doc *doc, bool years_told) {
  size_t k;
  at_date d;
  if (!dateline(doc, &k, &d)) return;
  bool guessed = !d.year && years_told;
  if (guessed) d = at_resolve_year(d, doc, AT_SENT(doc, k));
  if (d.year) {
    doc->published = d;
    doc->has_published = true;
    doc->published_from = AT_PUBLISHED_TEXT;
    doc->published_year_guessed = guessed;
  }
  if (d.year || years_told) {
    doc->filed = d;
    doc->filed_sentence = (long)k;
  }
}

/* A page's address may give only the year or the month of publication
 * ("/2025/12/"): a dateline agreeing with it ("HANOI, Dec 4 (Reuters) -")
 * gives the day, against which "on Thursday" is read. */
static void dateline_completes_publication(attache_doc *doc) {
  size_t k;
  at_date d;
  if (!dateline(doc, &k, &d) || (d.year && d.year != doc->published.year) ||
      (doc->published.month && d.month != doc->published.month))
    return;
  d.year = doc->published.year;
  if (!at_calendar_day(d.year, d.month, d.day)) return;
  doc->published = d;
  doc->filed = d;
  doc->filed_sentence = (long)k;
}

/* With the page's full publication date, a dateline of the days before it
 * ("MOSCOW, July 24. /TASS/." on a page of July 25) is still the day the
 * story was filed, the date of what its lead tells without one; of the same
 * month or the one before (the year before for December's story published
 * in January), else it is no dateline of this page. */
static void dateline_files_story(attache_doc *doc) {
  size_t k;
  at_date d;
  if (!dateline(doc, &k, &d)) return;
  const at_date p = doc->published;
  int year = d.year;
  if (!year) year = d.month > p.month || (d.month == p.month && d.day > p.day) ? p.year - 1 : p.year;
  int months = (p.year - year) * 12 + (p.month - d.month);
  if (months < 0 || months > 1 || (months == 0 && d.day > p.day) || !at_calendar_day(year, d.month, d.day)) return;
  d.year = (int16_t)year;
  doc->filed = d;
  doc->filed_sentence = (long)k;
}

/* A day and month told without a year are read against the story's last
 * full date before them ("Ngày 12/4/2024, ... Sáng 13/4"), or, before the
 * first, against the first ("Sáng 29/5 ... khai mạc ngày 30/5/2015"); with
 * no full date, in the year running since its start ("Từ đầu năm 2024 đến
 * nay"), in the year of an anniversary celebrated ("kỷ niệm 80 năm Ngày
 * thành lập Quân đội nhân dân Việt Nam"), against the end of the year a
 * review looks back on, the
 * middle of the year of a plan carried out, or in the year in the name of
 * what the story is about. Used only where the publication date is
 * unknown. */
static void dates_told(attache_doc *doc) {
  if (doc->has_published) {
    if (!doc->published.day) dateline_completes_publication(doc);
    else dateline_files_story(doc);
    return;
  }
  read_dateline(doc, false); /* one with its year */
  if (doc->has_published) return;
  at_date last = {0}, first = {0};
  bool yearless = false; /* a day told without its year ("on July 14") */
  for (size_t k = 0; k < doc->sentences.len; k++) {
    at_sentence *s = AT_SENT(doc, k);
    s->told = last;
    /* A full date is written with numbers: a sentence without one tells none. */
    if (!(s->flags & AT_SENT_NUMBER)) continue;
    at_date_span spans[8];
    size_t n = at_find_dates(doc, s, spans, 8);
    scan sc = {doc, s->tok_start, s->tok_end};
    for (size_t i = 0; i < n; i++) {
      at_date d = spans[i].date;
      yearless |= !d.year && d.month && d.day && !spans[i].of_document;
      if (!story_date(&sc, &spans[i])) continue;
      last = spans[i].date;
      if (!first.year) first = last;
    }
  }
  /* A year counted, not written: it completes the days told without one
   * (a story that tells none is not dated by it). */
  if (!first.year && yearless) first = year_of_anniversary(doc);
  bool years = !first.year && names_a_year(doc); /* each reading below reads one */
  if (years) first = year_so_far(doc);
  if (years && !first.year) first = year_reviewed(doc);
  if (years && !first.year) first = year_of_plan_carried_out(doc);
  if (years && !first.year) first = year_before_chair_taken(doc);
  if (years && !first.year) first.year = named_year(doc);
  if (years && !first.year) first.year = latest_year(doc);
  if (!first.year) first.year = url_slug_year(doc);
  for (size_t k = 0; k < doc->sentences.len && first.year; k++) {
    if (AT_SENT(doc, k)->told.year) continue;
    AT_SENT(doc, k)->told = first;
    doc->dates_read[k].read &= !doc->dates_read[k].by_context; /* read against no year: again */
  }
  read_dateline(doc, true);
  if (doc->has_published) /* a dateline's: every date is read against it (that asked for it) */
    for (size_t k = 0; k < doc->sentences.len; k++) doc->dates_read[k].read &= !doc->dates_read[k].by_context;
}

void at_doc_dates_told(attache_doc *doc) {
  /* What a sentence's dates are read from is its tokens and matches, the
   * publication date and the date the story told before it (at_sentence's
   * told): each sentence's dates are kept once read, and dates_told takes
   * back those it read before a change of the last two. From here on
   * nothing changes. */
  if (!doc->sentences.len) return;
  doc->dates_read = at_arena_alloc(doc->arena, doc->sentences.len * sizeof *doc->dates_read);
  dates_told(doc);
}
