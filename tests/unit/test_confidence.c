/* SPDX-License-Identifier: MIT */
/* Unit tests for confidence.c: the features a record's confidence is
 * computed from, the logistic of their weights, and data/confidence.tsv's
 * checks. The texts are written for these tests. */
#include "support.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

/* The features of those names (b may be NULL). */
static at_features features_named(const char *a, const char *b) {
  at_features f = {.n = 0};
  const char *names[] = {a, b};
  for (int i = 0; i < 2 && names[i]; i++) {
    int id = at_feature_id(names[i]);
    assert_true(id >= 0);
    f.ids[f.n++] = (uint8_t)id;
  }
  return f;
}

static bool has_feature(const at_features *f, const char *name) {
  for (uint8_t i = 0; i < f->n; i++)
    if (!strcmp(at_feature_name(f->ids[i]), name)) return true;
  return false;
}

/* A reception with both sides named, told with its day in the lead, and a
 * visit told with no one named: the features say so. */
static void test_event_features(void **state) {
  (void)state;
  attache_doc *doc = test_doc("Sáng 6/11, tại Hà Nội, Đại tướng Trần Văn Minh đã tiếp Bộ trưởng Quốc phòng Nhật Bản "
                              "Kenji Sato. Đoàn đại biểu Bộ Quốc phòng Lào đã sang thăm Việt Nam.",
                              "2019-11-07");
  assert_int_equal(doc->events.len, 2);
  at_features f;
  at_event_features(doc, AT_EVENT(doc, 0), &f);
  assert_true(has_feature(&f, "event"));
  assert_true(has_feature(&f, "event:type=reception"));
  assert_true(has_feature(&f, "event:date=told_no_year"));
  assert_true(has_feature(&f, "event:year=publication"));
  assert_true(has_feature(&f, "event:people=both_sides"));
  assert_true(has_feature(&f, "event:place"));
  assert_true(has_feature(&f, "event:lead"));
  assert_false(has_feature(&f, "event:noun_cue"));
  assert_false(has_feature(&f, "event:late"));
  at_participant_features(doc, AT_EVENT(doc, 0), 0, &f);
  assert_true(has_feature(&f, "participant"));
  assert_true(has_feature(&f, "participant:rank"));
  assert_false(has_feature(&f, "participant:not_in_evidence"));
  assert_false(has_feature(&f, "participant:crowd"));
  at_event_features(doc, AT_EVENT(doc, 1), &f);
  assert_true(has_feature(&f, "event:type=visit"));
  assert_true(has_feature(&f, "event:date=none"));
  assert_true(has_feature(&f, "event:people=none"));
  assert_false(has_feature(&f, "event:place"));
  /* The shipped weights: a confidence from 0 to 1 on every record, its
   * participants' too. */
  for (size_t i = 0; i < doc->events.len; i++) {
    const at_event *ev = AT_EVENT(doc, i);
    assert_true(ev->confidence > 0 && ev->confidence < 1);
    for (uint8_t k = 0; k < ev->nparticipants; k++)
      assert_true(ev->participant_confidence[k] > 0 && ev->participant_confidence[k] < 1);
  }
  attache_doc_free(doc);
}

/* A year told in the sentence, and one from the URL of an undated page. */
static void test_where_the_year_came_from(void **state) {
  (void)state;
  attache_doc *doc = test_doc("Ngày 6/11/2019, Bộ trưởng Quốc phòng Ngô Xuân Lịch đã hội đàm với Bộ trưởng Quốc phòng "
                              "Pháp Florence Parly.",
                              NULL);
  at_features f;
  assert_int_equal(doc->events.len, 1);
  at_event_features(doc, AT_EVENT(doc, 0), &f);
  assert_true(has_feature(&f, "event:date=told"));
  assert_false(has_feature(&f, "event:year=publication"));
  attache_doc_free(doc);

  const char *text = "Ngày 6/11, Bộ trưởng Quốc phòng Ngô Xuân Lịch đã hội đàm với Bộ trưởng Quốc phòng Pháp "
                     "Florence Parly.";
  const char *url = "https://example.org/tin/2019/11/07/hoi-dam.html";
  attache_doc_input in = {.id = {"t", 1}, .text = {text, strlen(text)}, .url = {url, strlen(url)}};
  attache_error err = {0};
  assert_int_equal(attache_extract(test_lexicon(), &in, NULL, &doc, &err), ATTACHE_OK);
  assert_int_equal(doc->events.len, 1);
  at_event_features(doc, AT_EVENT(doc, 0), &f);
  assert_true(has_feature(&f, "event:date=told_no_year"));
  assert_true(has_feature(&f, "event:year=url"));
  attache_doc_free(doc);
}

/* A hedge in the sentence of a relation, and the framework's own feature. */
static void test_relation_features(void **state) {
  (void)state;
  attache_doc *doc = test_doc("Hai nước đã thiết lập quan hệ Đối tác chiến lược năm 2018 giữa Việt Nam và Pháp.", NULL);
  assert_int_equal(doc->relations.len, 1);
  at_features f;
  at_relation_features(doc, AT_VEC_AT(&doc->relations, at_relation, 0), &f);
  assert_true(has_feature(&f, "relation"));
  assert_true(has_feature(&f, "relation:framework=strategic_partnership"));
  attache_doc_free(doc);
}

static char dir_template[] = "/tmp/attache-confXXXXXX";

static void write_weights(const char *dir, const char *rows) {
  char path[512];
  snprintf(path, sizeof path, "%s/confidence.tsv", dir);
  FILE *f = fopen(path, "w");
  assert_non_null(f);
  fputs("# test weights\nphrase\tvalue\tmatch\tattr\n", f);
  fputs(rows, f);
  fclose(f);
}

/* The logistic of the weights of the features present, rounded to 0.01;
 * rows that name no feature, hold no number or repeat one are refused
 * with the file and line. */
static void test_weights_file(void **state) {
  (void)state;
  char *dir = mkdtemp(dir_template);
  assert_non_null(dir);
  char cmd[512];
  snprintf(cmd, sizeof cmd, "cp %s/*.tsv %s/", ATTACHE_TEST_DATA_DIR, dir);
  assert_int_equal(system(cmd), 0);

  write_weights(dir, "event\t0.5\texact\t\nevent:place\t1.5\texact\t\nevent:caption\t-3\texact\t\n");
  attache_lexicon *lex = NULL;
  attache_error err = {0};
  assert_int_equal(attache_lexicon_load(dir, &lex, &err), ATTACHE_OK);
  at_features f = features_named("event", "event:place");
  assert_true(fabs(at_confidence_of(lex, &f) - 0.88) < 1e-9); /* 1 / (1 + e^-2) = 0.8808 */
  f = features_named("event", "event:caption");
  assert_true(fabs(at_confidence_of(lex, &f) - 0.08) < 1e-9); /* e^-2.5 -> 0.0759 */
  f = features_named("event:lead", NULL);                       /* no row: weighs 0 */
  assert_true(fabs(at_confidence_of(lex, &f) - 0.5) < 1e-9);
  attache_lexicon_free(lex);

  write_weights(dir, "event\t0.5\texact\t\nevent:palce\t1\texact\t\n");
  assert_int_equal(attache_lexicon_load(dir, &lex, &err), ATTACHE_ERR_DATA);
  assert_null(lex);
  assert_int_equal(err.line, 4);
  assert_non_null(strstr(err.file, "confidence.tsv"));
  assert_string_equal(err.message, "unknown confidence feature \"event:palce\"");

  write_weights(dir, "event\thigh\texact\t\n");
  assert_int_equal(attache_lexicon_load(dir, &lex, &err), ATTACHE_ERR_DATA);
  assert_int_equal(err.line, 3);
  assert_string_equal(err.message, "weight must be a number from -20 to 20, not \"high\"");

  write_weights(dir, "event\t1e400\texact\t\n");
  assert_int_equal(attache_lexicon_load(dir, &lex, &err), ATTACHE_ERR_DATA);

  write_weights(dir, "event\t1\texact\t\nevent:place\t1\texact\t\nevent\t2\texact\t\n");
  assert_int_equal(attache_lexicon_load(dir, &lex, &err), ATTACHE_ERR_DATA);
  assert_int_equal(err.line, 5);
  assert_string_equal(err.message, "feature \"event\" given twice (line 3)");

  snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
  assert_int_equal(system(cmd), 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_event_features),
      cmocka_unit_test(test_where_the_year_came_from),
      cmocka_unit_test(test_relation_features),
      cmocka_unit_test(test_weights_file),
  };
  int failed = cmocka_run_group_tests(tests, NULL, NULL);
  attache_lexicon_free(support_lexicon);
  return failed;
}
