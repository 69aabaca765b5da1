/* SPDX-License-Identifier: MIT */
/* test_store.c - the knowledge base: one happening and one person across articles. */
#include "support.h"

#include <attache/store.h>

#include <stdio.h>
#include <unistd.h>

static char db_path[64];

static attache_store *fresh_store(void) {
  snprintf(db_path, sizeof db_path, "/tmp/attache-store-%d.db", (int)getpid());
  char wal[80], shm[80];
  snprintf(wal, sizeof wal, "%s-wal", db_path);
  snprintf(shm, sizeof shm, "%s-shm", db_path);
  unlink(db_path);
  unlink(wal);
  unlink(shm);
  attache_store *s = NULL;
  attache_error err = {0};
  assert_int_equal(attache_store_open(db_path, 0, &s, &err), ATTACHE_OK);
  return s;
}

static attache_ingest_outcome ingest(attache_store *s, const char *id, const char *text, const char *published) {
  attache_doc_input in = {.id = {id, strlen(id)}, .text = {text, strlen(text)}};
  if (published) in.published = (attache_str){published, strlen(published)};
  attache_ingest_outcome outcome;
  attache_error err = {0};
  assert_int_equal(attache_store_ingest(s, test_lexicon(), &in, NULL, &outcome, NULL, &err), ATTACHE_OK);
  return outcome;
}

static attache_result *ask(attache_store *s, attache_query q) {
  attache_result *r = NULL;
  assert_int_equal(attache_store_query(s, &q, &r, NULL), ATTACHE_OK);
  return r;
}

static void test_one_happening_told_by_two_outlets(void **state) {
  (void)state;
  attache_store *s = fresh_store();
  ingest(s, "a", "Sáng 6/11, Thượng tướng Nguyễn Chí Vịnh đã tiếp Đại sứ Pháp Nicolas Warnery.", "2019-11-06");
  ingest(s, "b", "Ngày 6/11, Thứ trưởng Nguyễn Chí Vịnh tiếp ông Nicolas Warnery, Đại sứ Pháp.", "2019-11-07");
  attache_result *r = ask(s, (attache_query){.kind = ATTACHE_QUERY_EVENTS});
  assert_int_equal(attache_result_rows(r, 0), 1);
  assert_string_equal(attache_result_cell(r, 0, 0, 8), "2"); /* sources */
  attache_result_free(r);
  /* A reception on another day is another event. */
  ingest(s, "c", "Sáng 9/11, Thượng tướng Nguyễn Chí Vịnh đã tiếp Đại sứ Pháp Nicolas Warnery.", "2019-11-09");
  r = ask(s, (attache_query){.kind = ATTACHE_QUERY_EVENTS});
  assert_int_equal(attache_result_rows(r, 0), 2);
  attache_result_free(r);
  attache_store_close(s);
}

static void test_one_person_across_articles(void **state) {
  (void)state;
  attache_store *s = fresh_store();
  ingest(s, "a", "Ngày 27/3, Thượng tướng Nguyễn Chí Vịnh đã hội kiến Bộ trưởng Bộ Quốc phòng Pháp Florence Parly.",
         "2018-03-28");
  ingest(s, "b", "Ngày 8/9, Thứ trưởng Bộ Quốc phòng Nguyễn Chí Vinh đã hội đàm với Thứ trưởng Hàn Quốc Suh Choo-suk.",
         "2019-09-09");
  attache_result *r = ask(s, (attache_query){.kind = ATTACHE_QUERY_PERSON, .arg = "nguyen chi vinh"});
  assert_int_equal(attache_result_rows(r, 0), 1);
  assert_string_equal(attache_result_cell(r, 0, 0, 1), "Nguyễn Chí Vịnh");
  assert_int_equal(attache_result_rows(r, 1), 2); /* offices held at two dates */
  assert_string_equal(attache_result_cell(r, 1, 0, 1), "Thượng tướng");
  assert_string_equal(attache_result_cell(r, 1, 1, 2), "Thứ trưởng Bộ Quốc phòng");
  attache_result_free(r);
  attache_store_close(s);
}

static void test_changed_document_replaces_its_records(void **state) {
  (void)state;
  attache_store *s = fresh_store();
  assert_int_equal(ingest(s, "a", "Hai bên đã ký kết Bản ghi nhớ về hợp tác quân y với Lào.", NULL), ATTACHE_INGEST_NEW);
  assert_int_equal(ingest(s, "a", "Hai bên đã ký kết Bản ghi nhớ về hợp tác quân y với Lào.", NULL),
                   ATTACHE_INGEST_UNCHANGED);
  assert_int_equal(ingest(s, "a", "Hai bên đã ký kết Kế hoạch hợp tác năm 2020 với Lào.", NULL),
                   ATTACHE_INGEST_UPDATED);
  attache_result *r = ask(s, (attache_query){.kind = ATTACHE_QUERY_AGREEMENTS});
  assert_int_equal(attache_result_rows(r, 0), 1);
  assert_string_equal(attache_result_cell(r, 0, 0, 1), "plan");
  attache_result_free(r);
  r = ask(s, (attache_query){.kind = ATTACHE_QUERY_EVENTS});
  assert_int_equal(attache_result_rows(r, 0), 1); /* the old signing is gone with its document */
  attache_result_free(r);
  attache_store_close(s);
}

static void test_untrusted_text_is_data(void **state) {
  (void)state;
  attache_store *s = fresh_store();
  ingest(s, "x'); DROP TABLE sources; --", "Sáng 6/11, Đại tướng Ngô Xuân Lịch đã tiếp Đại sứ \"Pháp\" ' OR 1=1.", NULL);
  attache_result *r = ask(s, (attache_query){.kind = ATTACHE_QUERY_SEARCH, .arg = "' OR 1=1 --"});
  assert_int_equal(attache_result_rows(r, 0), 1);
  attache_result_free(r);
  r = ask(s, (attache_query){.kind = ATTACHE_QUERY_STATS});
  assert_string_equal(attache_result_cell(r, 0, 0, 1), "1");
  attache_result_free(r);
  attache_store_close(s);
  unlink(db_path);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_one_happening_told_by_two_outlets),
      cmocka_unit_test(test_one_person_across_articles),
      cmocka_unit_test(test_changed_document_replaces_its_records),
      cmocka_unit_test(test_untrusted_text_is_data),
  };
  return cmocka_run_group_tests(tests, NULL, test_teardown_lexicon);
}
