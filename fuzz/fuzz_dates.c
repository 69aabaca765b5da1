/* SPDX-License-Identifier: MIT */
/*
 * fuzz_dates.c - date parsing on untrusted text against an untrusted
 * publication date. The input's first line is the publication date (as a
 * JSONL "published" field would give it), the rest the article. The
 * publication date parser must give a real calendar day that reads back the
 * same; every date in the result must be YYYY, YYYY-MM or YYYY-MM-DD (year
 * XXXX when unknown) naming a month that exists and a day that month has.
 */
#include "fuzz.h"

#include <attache/extract.h>

#include "pipeline.h"

#include <jansson.h>
#include <string.h>

static int days_in_month(int year, int month) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = year == 0 || (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)); /* 0: unknown, allow 29/2 */
  return month == 2 && leap ? 29 : days[month - 1];
}

static bool digits(const char *s, int n, int *out) {
  *out = 0;
  for (int i = 0; i < n; i++) {
    if (s[i] < '0' || s[i] > '9') return false;
    *out = *out * 10 + (s[i] - '0');
  }
  return true;
}

/* "YYYY", "YYYY-MM" or "YYYY-MM-DD", "XXXX" for an unknown year. */
static bool real_date(const char *s) {
  size_t n = strlen(s);
  int year = 0, month, day;
  if (n != 4 && n != 7 && n != 10) return false;
  if (strncmp(s, "XXXX", 4) != 0 && !digits(s, 4, &year)) return false;
  if (n == 4) return true;
  if (s[4] != '-' || !digits(s + 5, 2, &month) || month < 1 || month > 12) return false;
  if (n == 7) return true;
  return s[7] == '-' && digits(s + 8, 2, &day) && day >= 1 && day <= days_in_month(year, month);
}

/* Checks every string member named like a date, anywhere in the result. */
static void check_dates(json_t *v) {
  const char *key;
  json_t *member;
  size_t i;
  if (json_is_object(v)) {
    json_object_foreach(v, key, member) {
      bool date_key = strstr(key, "date") || !strcmp(key, "published") || !strcmp(key, "as_of");
      if (date_key && json_is_string(member) && !real_date(json_string_value(member))) {
        fprintf(stderr, "not a date: \"%s\": \"%s\"\n", key, json_string_value(member));
        FUZZ_CHECK(!"a date in the result is not a calendar date");
      }
      check_dates(member);
    }
  } else if (json_is_array(v)) {
    json_array_foreach(v, i, member) check_dates(member);
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *bytes = (const char *)data;
  const char *nl = memchr(bytes, '\n', size);
  size_t published_len = nl ? (size_t)(nl - bytes) : size;

  at_date d;
  if (at_parse_iso_date(bytes, published_len, &d)) {
    FUZZ_CHECK(d.year >= 1 && d.month >= 1 && d.month <= 12 && d.day >= 1 &&
               d.day <= days_in_month(d.year, d.month));
    char iso[11];
    at_format_date(d, iso);
    at_date back;
    FUZZ_CHECK(at_parse_iso_date(iso, strlen(iso), &back));
    FUZZ_CHECK(back.year == d.year && back.month == d.month && back.day == d.day);
  }
  if (!nl) return 0;

  attache_doc_input in = {.id = {"dates", 5},
                          .published = {bytes, published_len},
                          .text = {nl + 1, size - published_len - 1}};
  attache_extract_options options = {.lenient = 1};
  attache_doc *doc = NULL;
  attache_error err = {0};
  if (attache_extract(fuzz_lexicon(), &in, &options, &doc, &err) != ATTACHE_OK) return 0;
  json_t *result = json_loads(attache_doc_json(doc), 0, NULL);
  FUZZ_CHECK(result != NULL);
  check_dates(result);
  json_decref(result);
  attache_doc_free(doc);
  return 0;
}
