/* SPDX-License-Identifier: MIT */
/* test_emit.c - the output has the contract's shape and is deterministic. */
#include "support.h"

#include <stdlib.h>

static const char *ARTICLE = "Sáng 6/11, tại Trụ sở Bộ Quốc phòng, Thượng tướng Nguyễn Chí Vịnh, Thứ trưởng Bộ Quốc "
                             "phòng đã tiếp Đại sứ Pháp. Hai bên đã ký kết Bản ghi nhớ về hợp tác quân y.";

static void test_every_field_present(void **state) {
  (void)state;
  json_t *r = test_extract(ARTICLE, "2019-11-06");
  const char *top[] = {"id", "lang", "title", "published", "events", "agreements", "figures", "relations"};
  for (size_t i = 0; i < sizeof top / sizeof *top; i++) assert_non_null(json_object_get(r, top[i]));
  assert_string_equal(test_str(r, "lang"), "vi");
  json_t *ev = json_array_get(test_list(r, "events"), 0);
  const char *fields[] = {"type",          "date",      "date_end",     "location", "countries",
                          "organizations", "mechanism", "participants", "areas",    "evidence"};
  for (size_t i = 0; i < sizeof fields / sizeof *fields; i++) assert_non_null(json_object_get(ev, fields[i]));
  assert_null(json_object_get(ev, "explain"));
  json_t *p = json_array_get(json_object_get(ev, "participants"), 0);
  const char *pf[] = {"name", "rank", "position", "country"};
  for (size_t i = 0; i < 4; i++) assert_non_null(json_object_get(p, pf[i]));
  json_t *ag = json_array_get(test_list(r, "agreements"), 0);
  const char *af[] = {"title", "kind", "parties", "date", "period", "status", "areas", "evidence"};
  for (size_t i = 0; i < sizeof af / sizeof *af; i++) assert_non_null(json_object_get(ag, af[i]));
  json_decref(r);
}

static void test_same_input_same_bytes(void **state) {
  (void)state;
  attache_doc *a = test_doc(ARTICLE, "2019-11-06"), *b = test_doc(ARTICLE, "2019-11-06");
  assert_string_equal(attache_doc_json(a), attache_doc_json(b));
  attache_doc_free(a);
  attache_doc_free(b);
}

static void test_explain_names_rule_cue_and_offsets(void **state) {
  (void)state;
  attache_doc_input in = {.id = {"x", 1}, .text = {ARTICLE, strlen(ARTICLE)}};
  attache_extract_options opt = {.explain = 1};
  attache_doc *doc = NULL;
  assert_int_equal(attache_extract(test_lexicon(), &in, &opt, &doc, NULL), ATTACHE_OK);
  json_t *r = json_loads(attache_doc_json(doc), 0, NULL);
  json_t *why = json_object_get(json_array_get(test_list(r, "events"), 0), "explain");
  assert_non_null(why);
  assert_string_equal(test_str(why, "cue"), "tiếp");
  assert_string_equal(test_str(why, "rule"), "verbal-cue");
  assert_int_equal(json_integer_value(json_object_get(why, "start")), 0);
  json_decref(r);
  attache_doc_free(doc);
}

static void test_untrusted_text_is_escaped(void **state) {
  (void)state;
  json_t *r = test_extract("Sáng 6/11, Đại tướng Phan Văn Giang đã tiếp \"Đại sứ\" <b>Pháp</b>\\.", NULL);
  const char *ev = test_str(json_array_get(test_list(r, "events"), 0), "evidence");
  assert_non_null(strstr(ev, "\"Đại sứ\" <b>Pháp</b>\\"));
  json_decref(r);
}

/* The JSON is written by hand (emit.c): the exact bytes of the escapes, as
 * jansson writes them, and of a confidence (a real, three digits). */
static void test_escapes_and_reals_byte_for_byte(void **state) {
  (void)state;
  const char *text = "Sáng 6/11, Đại tướng Phan Văn Giang đã tiếp \"Đại sứ\"\tPháp \\ \x01 Warnery.";
  attache_doc_input in = {.id = {"esc\x7f", 4}, .text = {text, strlen(text)}};
  attache_doc *doc = NULL;
  assert_int_equal(attache_extract(test_lexicon(), &in, NULL, &doc, NULL), ATTACHE_OK);
  const char *json = attache_doc_json(doc);
  assert_true(strncmp(json, "{\"id\":\"esc\x7f\",\"lang\":\"vi\",", 25) == 0);
  assert_non_null(strstr(json, "\"evidence\":\"Sáng 6/11, Đại tướng Phan Văn Giang đã tiếp \\\"Đại sứ\\\"\\tPháp "
                               "\\\\ \\u0001 Warnery.\""));
  const char *confidence = strstr(json, "\"confidence\":");
  assert_non_null(confidence);
  json_t *real = json_pack("{s:f}", "confidence", strtod(confidence + 13, NULL));
  char *expected = json_dumps(real, JSON_COMPACT | JSON_REAL_PRECISION(3));
  assert_true(strncmp(confidence, expected + 1, strlen(expected) - 2) == 0); /* without the braces */
  assert_true(confidence[strlen(expected) - 2] == ',' || confidence[strlen(expected) - 2] == '}');
  free(expected);
  json_decref(real);
  attache_doc_free(doc);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_every_field_present),
      cmocka_unit_test(test_same_input_same_bytes),
      cmocka_unit_test(test_explain_names_rule_cue_and_offsets),
      cmocka_unit_test(test_untrusted_text_is_escaped),
      cmocka_unit_test(test_escapes_and_reals_byte_for_byte),
  };
  return cmocka_run_group_tests(tests, NULL, test_teardown_lexicon);
}
