/* SPDX-License-Identifier: MIT */
/* test_params.c - the API's query string: decoding, the form of each value,
 * and an error message that names the parameter in valid UTF-8 whatever it
 * was sent as. */
#include "params.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

static bool parse(api_params *p, const char *query) { return api_params_parse(p, query); }

static void test_filters_are_decoded(void **state) {
  (void)state;
  api_params p;
  assert_true(parse(&p, "partner=FR&type=talks&since=2018&until=2020-06-30&person=Nguy%E1%BB%85n+Ch%C3%AD%20Vinh"
                        "&limit=20&cursor=40&q=a%2Bb"));
  assert_string_equal(p.q.partner, "FR");
  assert_string_equal(p.q.type, "talks");
  assert_string_equal(p.q.since, "2018");
  assert_string_equal(p.q.until, "2020-06-30");
  assert_string_equal(p.q.person, "Nguyễn Chí Vinh");
  assert_string_equal(p.q.arg, "a+b");
  assert_int_equal(p.q.limit, 20);
  assert_int_equal(p.q.offset, 40);
  api_params_free(&p);
  assert_true(parse(&p, NULL));
  assert_true(parse(&p, ""));
  assert_true(parse(&p, "&&partner=JP&"));
  assert_string_equal(p.q.partner, "JP");
  api_params_free(&p);
  /* an events list's keyset cursor: the page after event 2000042 */
  assert_true(parse(&p, "cursor=e2000042"));
  assert_true(p.q.after == 2000042 && p.q.offset == 0);
  api_params_free(&p);
}

static void expect_refused(const char *query, const char *message_part) {
  api_params p;
  assert_false(parse(&p, query));
  if (!strstr(p.message, message_part)) fail_msg("%s: message \"%s\" lacks \"%s\"", query, p.message, message_part);
  /* The message becomes a JSON string: it must be valid UTF-8. */
  assert_true(api_valid_utf8(p.message, strlen(p.message)));
  api_params_free(&p);
}

static void test_bad_values_name_the_parameter(void **state) {
  (void)state;
  expect_refused("partner=FR%27%3B%20DROP", "partner");
  expect_refused("limit=0", "limit");
  expect_refused("limit=1001", "limit");
  expect_refused("cursor=-5", "cursor");
  expect_refused("cursor=e", "cursor");
  expect_refused("cursor=e12x", "cursor");
  expect_refused("since=2019-02-30", "since");
  expect_refused("until=2019-13", "until");
  expect_refused("bogus=1", "unknown parameter \"bogus\"");
  expect_refused("partner=FR&partner=JP", "twice");
  expect_refused("q=a%00b", "q: not UTF-8");
  expect_refused("q=%C3%28", "q: not UTF-8");
}

/* /api/export's own parameters: a format and a table are lowercase words,
 * people is 0 or 1; anything else is refused by name. */
static void test_export_parameters(void **state) {
  (void)state;
  api_params p;
  assert_true(parse(&p, "format=csv&table=event_participants&people=1&partner=JP"));
  assert_string_equal(p.format, "csv");
  assert_string_equal(p.table, "event_participants");
  assert_true(p.people);
  assert_string_equal(p.q.partner, "JP");
  api_params_free(&p);
  assert_true(parse(&p, "format=gexf&people=0"));
  assert_false(p.people);
  assert_null(p.table);
  api_params_free(&p);
  expect_refused("format=CSV", "format");
  expect_refused("format=c%22sv", "format");
  expect_refused("table=events%3B", "table");
  expect_refused("people=yes", "people");
  expect_refused("format=csv&format=jsonl", "twice");
}

static void test_utf8_is_checked_strictly(void **state) {
  (void)state;
  assert_true(api_valid_utf8("Quốc phòng \xF0\x9F\x98\x80", strlen("Quốc phòng \xF0\x9F\x98\x80")));
  assert_false(api_valid_utf8("\xED\xA0\x80", 3));         /* a surrogate, U+D800 */
  assert_false(api_valid_utf8("\xE0\x80\xAF", 3));         /* "/" in three bytes */
  assert_false(api_valid_utf8("\xC0\xAF", 2));             /* "/" in two bytes */
  assert_false(api_valid_utf8("\xF0\x80\x80\xAF", 4));     /* "/" in four bytes */
  assert_false(api_valid_utf8("\xF4\x90\x80\x80", 4));     /* past U+10FFFF */
  assert_false(api_valid_utf8("\xE1\xBB", 2));             /* cut short */
  expect_refused("q=%ED%A0%80", "q: not UTF-8");
  expect_refused("person=%E0%80%AF", "person: not UTF-8");
}

static void test_a_name_that_is_not_utf8_is_shown_escaped(void **state) {
  (void)state;
  expect_refused("%FF%FEx=1", "\\xFF\\xFEx");
  expect_refused("a%ED%A0%80=1", "a\\xED\\xA0\\x80");
  expect_refused("%1B%5B2J=1", "\\x1B[2J");
  /* A long name is cut at a character, not inside one. */
  char query[256] = "";
  for (int i = 0; i < 40; i++) strcat(query, "%C3%A9");
  strcat(query, "=1");
  expect_refused(query, "unknown parameter");
}

static void test_record_ids(void **state) {
  (void)state;
  assert_true(api_record_id_ok(ATTACHE_QUERY_PARTNER, "FR"));
  assert_false(api_record_id_ok(ATTACHE_QUERY_PARTNER, "fr"));
  assert_true(api_record_id_ok(ATTACHE_QUERY_EVENT, "42"));
  assert_false(api_record_id_ok(ATTACHE_QUERY_EVENT, "4x"));
  assert_true(api_record_id_ok(ATTACHE_QUERY_SOURCE, "vi-085"));
  assert_false(api_record_id_ok(ATTACHE_QUERY_SOURCE, "\xED\xA0\x80"));
  assert_false(api_record_id_ok(ATTACHE_QUERY_SOURCE, ""));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_filters_are_decoded),
      cmocka_unit_test(test_bad_values_name_the_parameter),
      cmocka_unit_test(test_export_parameters),
      cmocka_unit_test(test_utf8_is_checked_strictly),
      cmocka_unit_test(test_a_name_that_is_not_utf8_is_shown_escaped),
      cmocka_unit_test(test_record_ids),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
