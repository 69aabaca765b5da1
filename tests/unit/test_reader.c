/* SPDX-License-Identifier: MIT */
/* test_reader.c - documents from text files and JSONL streams, with limits. */
#define _GNU_SOURCE /* mkstemps, mkdtemp, asprintf */
#include "support.h"

#include <attache/reader.h>

#include "internal.h"

#include <jansson.h>

#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
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
  assert_int_equal(in.id.len, strlen(path));
  assert_memory_equal(in.id.ptr, path, in.id.len);
  assert_int_equal(attache_reader_next(r, &in, &done, NULL), ATTACHE_OK);
  assert_true(done);
  attache_reader_free(r);
  unlink(path);
}

/* The id of the file at `path` (which is created with one line of text). */
static char *id_of(const char *path) {
  FILE *f = fopen(path, "w");
  assert_non_null(f);
  fputs("Câu một.\n", f);
  fclose(f);
  attache_reader *r = NULL;
  attache_doc_input in;
  int done = 0;
  assert_int_equal(attache_reader_open(path, ATTACHE_INPUT_AUTO, 0, &r, NULL), ATTACHE_OK);
  assert_int_equal(attache_reader_next(r, &in, &done, NULL), ATTACHE_OK);
  char *id = strndup(in.id.ptr, in.id.len);
  attache_reader_free(r);
  return id;
}

/* Files with the same name in two directories, or the same stem with two
 * extensions, are distinct documents; the same file spelled with "./" or
 * "//" is the same one; a name that is not UTF-8 still gets a UTF-8 id. */
static void test_file_ids_never_collide(void **state) {
  (void)state;
  char dir[] = "/tmp/attache-idsXXXXXX";
  assert_non_null(mkdtemp(dir));
  char cwd[4096];
  assert_non_null(getcwd(cwd, sizeof cwd));
  assert_int_equal(chdir(dir), 0);
  assert_int_equal(mkdir("a", 0700), 0);
  assert_int_equal(mkdir("b", 0700), 0);
  static const char *const names[][2] = {
      {"a/report.txt", "a/report.txt"},  {"b/report.txt", "b/report.txt"},
      {"a/report.md", "a/report.md"},    {"./a//report.txt", "a/report.txt"},
      {"a/b\xff\\c.txt", "a/b\\xFF\\\\c.txt"}, {"a/Hà Nội.txt", "a/Hà Nội.txt"},
  };
  for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
    char *id = id_of(names[i][0]);
    assert_string_equal(id, names[i][1]);
    free(id);
  }
  char *absolute = NULL;
  assert_true(asprintf(&absolute, "%s/./a/report.txt", dir) > 0);
  char *id = id_of(absolute);
  assert_string_equal(id + strlen(dir), "/a/report.txt");
  assert_memory_equal(id, dir, strlen(dir));
  free(id);
  free(absolute);
  const char *files[] = {"a/report.txt", "b/report.txt", "a/report.md", "a/b\xff\\c.txt", "a/Hà Nội.txt"};
  for (size_t i = 0; i < sizeof files / sizeof *files; i++) unlink(files[i]);
  rmdir("a");
  rmdir("b");
  assert_int_equal(chdir(cwd), 0);
  rmdir(dir);
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

/* What at_json_fields reads of a line must be what jansson reads of it,
 * member by member. Returns whether it read the line. */
static bool fields_as_jansson(const char *line, size_t len) {
  at_buf store;
  at_buf_init(&store, SIZE_MAX);
  at_json_field fields[AT_JSON_MAX_FIELDS];
  size_t n = 0;
  bool read = at_json_fields(line, len, &store, fields, &n);
  json_t *obj = json_loadb(line, len, JSON_REJECT_DUPLICATES, NULL);
  if (read) {
    assert_true(json_is_object(obj));
    assert_int_equal(json_object_size(obj), n);
    for (size_t i = 0; i < n; i++) {
      assert_int_equal(strlen(fields[i].key), fields[i].key_len);
      json_t *v = json_object_get(obj, fields[i].key);
      assert_true(json_is_string(v));
      assert_int_equal(json_string_length(v), fields[i].value_len);
      assert_memory_equal(json_string_value(v), fields[i].value, fields[i].value_len);
      assert_int_equal(fields[i].value[fields[i].value_len], '\0');
    }
  }
  json_decref(obj);
  at_buf_free(&store);
  return read;
}

static void test_jsonl_fields_read_as_jansson_reads_them(void **state) {
  (void)state;
  static const char *read_here[] = {
      "{\"id\": \"a\", \"text\": \"S\xc3\xa1ng 6/11\"}",
      "  {\"id\":\"a\",\"text\":\"x\"}  \r",
      "{}",
      "{ }",
      "{\"id\":\"\"}",
      "{\"text\":\"\\\"q\\\" \\\\ \\/ \\b\\f\\n\\r\\t end\"}",
      "{\"t\":\"\xf0\x9f\x98\x80 \xe2\x80\x9c \xed\x9f\xbf \xf4\x8f\xbf\xbf\"}", /* the edges of the ranges */
      "{\"a\":\"1\",\"b\":\"2\",\"ab\":\"3\",\"ba\":\"4\"}",
      "{\"k\xc3\xa1\":\"a\"}",              /* a key beyond ASCII */
      "{\"k\":\"a\\\\b\"}",                  /* an escaped backslash */
  };
  for (size_t i = 0; i < sizeof read_here / sizeof *read_here; i++) {
    print_message("%s\n", read_here[i]);
    assert_true(fields_as_jansson(read_here[i], strlen(read_here[i])));
  }
  static const char *left_to_jansson[] = {
      "{\"id\":\"a\",\"id\":\"b\"}",        /* a duplicate key */
      "{\"id\":\"a\",\"i\\u0064\":\"b\"}",  /* an escaped key (a duplicate, spelt otherwise) */
      "{\"id\":1,\"text\":\"x\"}",         /* a number */
      "{\"id\":\"a\",\"meta\":{}}",        /* a nested value */
      "{\"id\":\"a\",\"x\":null}",
      "[\"a\"]",
      "{\"id\":\"a\"} x",                  /* trailing bytes */
      "{\"id\":\"a\",}",
      "{\"id\":\"a\" \"text\":\"b\"}",
      "{\"id\":\"a\"",
      "{\"id\":\"a",
      "{\"id\" \"a\"}",
      "{id:\"a\"}",
      "{\"t\":\"a\\u0000b\"}",             /* what jansson refuses */
      "{\"t\":\"\\ud800\"}",
      "{\"t\":\"\\udc00\"}",
      "{\"t\":\"\\ud800\\u0041\"}",
      "{\"t\":\"\\u12\"}",
      "{\"t\":\"\\u12g4\"}",
      "{\"t\":\"\\x41\"}",
      "{\"t\":\"\\\"}",
      "{\"t\":\"tab\there\"}",
      "{\"t\":\"\xff\"}",                   /* not UTF-8 */
      "{\"t\":\"\xc0\xaf\"}",               /* overlong */
      "{\"t\":\"\xe0\x80\xaf\"}",
      "{\"t\":\"\xf0\x80\x80\xaf\"}",
      "{\"t\":\"\xed\xa0\x80\"}",           /* a surrogate */
      "{\"t\":\"\xf4\x90\x80\x80\"}",       /* past U+10FFFF */
      "{\"t\":\"\xe1\x80\"}",               /* cut short */
      "{\"t\":\"\\u00e1\\u1ec7\\u0041 \\uD83D\\uDE00 \\u007f\"}",   /* \\u escapes, which yajl reads otherwise */
      "{\"t\":\"a\\\\u\"}",                /* an escaped backslash before a u */
      "{\"id\":\"a\"}\v",                     /* whitespace to yajl, not to JSON */
      "\f{\"id\":\"a\"}",
      "\"a\"",                                /* not an object */
      "7",
      "{\"id\":[\"a\"]}",
      "{\"id\":\"a\",\"ok\":true}",
  };
  for (size_t i = 0; i < sizeof left_to_jansson / sizeof *left_to_jansson; i++) {
    print_message("%s\n", left_to_jansson[i]);
    assert_false(fields_as_jansson(left_to_jansson[i], strlen(left_to_jansson[i])));
  }
  /* More members than it keeps: jansson's. */
  char many[512] = "{";
  for (int i = 0; i <= AT_JSON_MAX_FIELDS; i++)
    snprintf(many + strlen(many), sizeof many - strlen(many), "%s\"k%d\":\"v\"", i ? "," : "", i);
  strcat(many, "}");
  assert_false(fields_as_jansson(many, strlen(many)));
}

/* A NUL inside a line is an error for that line only: it once cut the line
 * there and merged the next one into it (a document lost, every later line
 * number one short). */
static void test_nul_in_a_line_is_an_error_for_that_line(void **state) {
  (void)state;
  const char stream[] = "{\"id\":\"a\",\"text\":\"Một.\"}\n"
                        "{\"id\":\"b\",\"te\0xt\":\"Hai.\"}\n"
                        "{\"id\":\"c\",\"text\":\"Ba.\"}\n"
                        "not json\n";
  const char *path = write_temp(".jsonl", stream, sizeof stream - 1);
  attache_reader *r = NULL;
  assert_int_equal(attache_reader_open(path, ATTACHE_INPUT_AUTO, 0, &r, NULL), ATTACHE_OK);
  attache_doc_input in;
  int done = 0;
  attache_error err = {0};
  assert_int_equal(attache_reader_next(r, &in, &done, &err), ATTACHE_OK);
  assert_memory_equal(in.id.ptr, "a", 1);
  assert_int_equal(attache_reader_next(r, &in, &done, &err), ATTACHE_ERR_BINARY);
  assert_int_equal(err.line, 2);
  assert_int_equal(err.offset, 13);
  assert_string_equal(err.message, "binary data (NUL byte at byte 13 of the line)");
  assert_int_equal(attache_reader_next(r, &in, &done, &err), ATTACHE_OK);
  assert_int_equal(attache_reader_line(r), 3);
  assert_memory_equal(in.id.ptr, "c", 1);
  assert_int_equal(attache_reader_next(r, &in, &done, &err), ATTACHE_ERR_JSON);
  assert_int_equal(err.line, 4);
  assert_int_equal(attache_reader_next(r, &in, &done, &err), ATTACHE_OK);
  assert_true(done);
  attache_reader_free(r);
  unlink(path);
}

/* A stream may open with a UTF-8 byte order mark; a document may give an
 * empty "text" and its page in "html". */
static void test_bom_and_empty_text_with_html(void **state) {
  (void)state;
  const char stream[] = "\xEF\xBB\xBF{\"id\":\"a\",\"text\":\"Một.\"}\n"
                        "{\"id\":\"b\",\"text\":\"\",\"html\":\"<p>Hai.</p>\"}\n";
  const char *path = write_temp(".jsonl", stream, sizeof stream - 1);
  attache_reader *r = NULL;
  assert_int_equal(attache_reader_open(path, ATTACHE_INPUT_AUTO, 0, &r, NULL), ATTACHE_OK);
  attache_doc_input in;
  int done = 0;
  attache_error err = {0};
  assert_int_equal(attache_reader_next(r, &in, &done, &err), ATTACHE_OK);
  assert_memory_equal(in.id.ptr, "a", 1);
  assert_int_equal(attache_reader_next(r, &in, &done, &err), ATTACHE_OK);
  assert_memory_equal(in.id.ptr, "b", 1);
  assert_int_equal(in.text.len, 0);
  assert_int_equal(in.html.len, 11);
  assert_memory_equal(in.html.ptr, "<p>Hai.</p>", 11);
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

/* Opens `path` and reads its one document, returning the status. */
static attache_status read_one(const char *path, attache_doc_input *in, attache_reader **r, attache_error *err) {
  int done = 0;
  assert_int_equal(attache_reader_open(path, ATTACHE_INPUT_AUTO, 0, r, err), ATTACHE_OK);
  return attache_reader_next(*r, in, &done, err);
}

/* A corrupt gzip stream (an invalid deflate block) is an error; zlib's
 * message was once read after gzclose had freed it. */
static void test_corrupt_gzip_is_an_error(void **state) {
  (void)state;
  static const char corrupt[] = "\x1f\x8b\x08\0\0\0\0\0\0\x03\xff\xff\xff\xff";
  const char *path = write_temp(".html.gz", corrupt, sizeof corrupt - 1);
  attache_reader *r = NULL;
  attache_doc_input in;
  attache_error err = {0};
  assert_int_equal(read_one(path, &in, &r, &err), ATTACHE_ERR_IO);
  assert_string_equal(err.message, "corrupt or truncated gzip: invalid block type");
  assert_string_equal(err.file, path);
  attache_reader_free(r);
  unlink(path);
}

/* A gzip stream cut short (here inside a stored block, so zlib has already
 * handed out the first half of the page) is an error, not half a document. */
static void test_truncated_gzip_is_an_error(void **state) {
  (void)state;
  static const char page[] = "<p>Đoàn đại biểu quân sự đến thăm.</p><p>Hai bên ký biên bản ghi nhớ.</p>";
  const size_t n = sizeof page - 1;
  char gz[256];
  size_t k = 0;
  memcpy(gz, "\x1f\x8b\x08\0\0\0\0\0\0\x03", 10); /* gzip header */
  k = 10;
  gz[k++] = 0x01; /* the last block, stored */
  gz[k++] = (char)(n & 0xff), gz[k++] = (char)(n >> 8);
  gz[k++] = (char)(~n & 0xff), gz[k++] = (char)((~n >> 8) & 0xff);
  memcpy(gz + k, page, n / 2); /* half the page; no more data, no trailer */
  k += n / 2;
  const char *path = write_temp(".html.gz", gz, k);
  attache_reader *r = NULL;
  attache_doc_input in;
  attache_error err = {0};
  assert_int_equal(read_one(path, &in, &r, &err), ATTACHE_ERR_IO);
  assert_string_equal(err.message, "corrupt or truncated gzip: unexpected end of file");
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
  /* Offsets in a document are 32-bit: no limit past them may be set. */
  assert_int_equal(attache_reader_open("-", ATTACHE_INPUT_AUTO, (size_t)ATTACHE_MAX_DOC_BYTES + 1, &r, &err),
                   ATTACHE_ERR_ARG);
  assert_null(r);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_text_file_is_one_document_named_after_file),
      cmocka_unit_test(test_file_ids_never_collide),
      cmocka_unit_test(test_jsonl_errors_are_per_line),
      cmocka_unit_test(test_jsonl_fields_read_as_jansson_reads_them),
      cmocka_unit_test(test_nul_in_a_line_is_an_error_for_that_line),
      cmocka_unit_test(test_bom_and_empty_text_with_html),
      cmocka_unit_test(test_line_over_limit_is_skipped),
      cmocka_unit_test(test_corrupt_gzip_is_an_error),
      cmocka_unit_test(test_truncated_gzip_is_an_error),
      cmocka_unit_test(test_open_errors),
  };
  return cmocka_run_group_tests(tests, NULL, test_teardown_lexicon);
}
