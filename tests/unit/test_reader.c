/* SPDX-License-Identifier: MIT */
/* test_reader.c - documents from text files and JSONL streams, with limits. */
#define _DEFAULT_SOURCE /* mkstemps */
#include "support.h"

#include <attache/reader.h>

#include <stdio.h>
#include <unistd.h>

static char path_buf[64];

static const char *write_temp(const char *suffix, const char *content, size_t n) {
  snprintf(path_buf, sizeof path_buf, "/tmp/attache-readerXXXXXX%s", suffix);
  int fd = mkstemps(path_buf, (int)strlen(suffix));
  assert_true(fd >= 0);
  assert_int_equal(write(fd, content, n), (ssize_t)n);
  close(fd);
  return path_buf;
}

static void test_text_file_is_one_document_named_after_file(void **state) {
  (void)state;
  const char *path = write_temp(".txt", "Câu một.\n", 11);
  attache_reader *r = NULL;
  assert_int_equal(attache_reader_open(path, ATTACHE_INPUT_AUTO, 0, &r, NULL), ATTACHE_OK);
  attache_doc_input in;
  int done = 0;
  assert_int_equal(attache_reader_next(r, &in, &done, NULL), ATTACHE_OK);
  assert_false(done);
  const char *base = strrchr(path, '/') + 1;
  assert_int_equal(in.id.len, strlen(base) - 4);
  assert_memory_equal(in.id.ptr, base, in.id.len);
  assert_int_equal(attache_reader_next(r, &in, &done, NULL), ATTACHE_OK);
  assert_true(done);
  attache_reader_free(r);
  unlink(path);
}

static void test_jsonl_errors_are_per_line(void **state) {
  (void)state;
  const char stream[] = "{\"id\":\"a\",\"text\":\"Một.\"}\n"
                        "not json\n"
                        "\n"
                        "{\"text\":\"no id\"}\n"
                        "[1,2]\n"
                        "{\"id\":7,\"text\":\"Bảy.\",\"published\":\"2020-01-02\"}\n"
                        "{\"id\":\"h\",\"url\":\"u\"}\n";
  const char *path = write_temp(".jsonl", stream, sizeof stream - 1);
  attache_reader *r = NULL;
  assert_int_equal(attache_reader_open(path, ATTACHE_INPUT_AUTO, 0, &r, NULL), ATTACHE_OK);
  attache_doc_input in;
  int done = 0;
  attache_error err = {0};
  assert_int_equal(attache_reader_next(r, &in, &done, &err), ATTACHE_OK);
  assert_memory_equal(in.id.ptr, "a", 1);
  assert_int_equal(attache_reader_next(r, &in, &done, &err), ATTACHE_ERR_JSON);
  assert_int_equal(err.line, 2);
  assert_int_equal(attache_reader_next(r, &in, &done, &err), ATTACHE_ERR_NO_ID);
  assert_int_equal(err.line, 4);
  assert_int_equal(attache_reader_next(r, &in, &done, &err), ATTACHE_ERR_JSON);
  assert_string_equal(err.message, "not a JSON object");
  assert_int_equal(attache_reader_next(r, &in, &done, &err), ATTACHE_OK);
  assert_memory_equal(in.id.ptr, "7", 1);
  assert_memory_equal(in.published.ptr, "2020-01-02", 10);
  assert_int_equal(attache_reader_next(r, &in, &done, &err), ATTACHE_ERR_NO_TEXT);
  assert_int_equal(err.line, 7);
  assert_int_equal(attache_reader_next(r, &in, &done, &err), ATTACHE_OK);
  assert_true(done);
  attache_reader_free(r);
  unlink(path);
}

static void test_line_over_limit_is_skipped(void **state) {
  (void)state;
  char stream[300];
  memset(stream, 'x', sizeof stream);
  const char *good = "{\"id\":\"b\",\"text\":\"Hai.\"}\n";
  memcpy(stream + 200, "\n", 1);
  memcpy(stream + 201, good, strlen(good));
  const char *path = write_temp(".jsonl", stream, 201 + strlen(good));
  attache_reader *r = NULL;
  assert_int_equal(attache_reader_open(path, ATTACHE_INPUT_AUTO, 100, &r, NULL), ATTACHE_OK);
  attache_doc_input in;
  int done = 0;
  attache_error err = {0};
  assert_int_equal(attache_reader_next(r, &in, &done, &err), ATTACHE_ERR_TOO_LARGE);
  assert_string_equal(err.message, "line longer than the limit of 100 bytes (see --max-bytes)");
  assert_int_equal(attache_reader_next(r, &in, &done, &err), ATTACHE_OK);
  assert_memory_equal(in.id.ptr, "b", 1);
  attache_reader_free(r);
  unlink(path);
}

static void test_open_errors(void **state) {
  (void)state;
  attache_reader *r = NULL;
  attache_error err = {0};
  assert_int_equal(attache_reader_open("/nonexistent/file.txt", ATTACHE_INPUT_AUTO, 0, &r, &err), ATTACHE_ERR_IO);
  assert_string_equal(err.message, "No such file or directory");
  assert_int_equal(attache_reader_open("/tmp", ATTACHE_INPUT_AUTO, 0, &r, &err), ATTACHE_ERR_NOT_FILE);
  assert_string_equal(err.message, "is a directory");
  assert_null(r);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_text_file_is_one_document_named_after_file),
      cmocka_unit_test(test_jsonl_errors_are_per_line),
      cmocka_unit_test(test_line_over_limit_is_skipped),
      cmocka_unit_test(test_open_errors),
  };
  return cmocka_run_group_tests(tests, NULL, test_teardown_lexicon);
}
