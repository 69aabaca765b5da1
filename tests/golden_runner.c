/* SPDX-License-Identifier: MIT */
/*
 * golden_runner.c - golden tests through the library: every NAME.txt in the
 * given directories is extracted and compared, whole, with
 * GOLDEN_DIR/NAME.expected.json. With --update the expected files are
 * rewritten instead (review the diff before committing it). Each input is
 * read from inside its directory, so its id is "NAME.txt", as with
 * `cd DIR && attache extract NAME.txt`.
 *
 *   golden_runner [--update] GOLDEN_DIR [MORE_INPUT_DIRS...]
 */
#define _DEFAULT_SOURCE /* realpath */
#include <attache/extract.h>
#include <attache/lexicon.h>
#include <attache/reader.h>

#include <dirent.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int compare_names(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static int run_dir(const attache_lexicon *lex, const char *golden, const char *dir, int update, int *cases) {
  DIR *d = opendir(dir);
  if (!d) {
    fprintf(stderr, "cannot open %s\n", dir);
    return 1;
  }
  char *names[256];
  size_t n = 0;
  struct dirent *e;
  while ((e = readdir(d)) && n < 256) {
    size_t len = strlen(e->d_name);
    if (len > 4 && !strcmp(e->d_name + len - 4, ".txt")) names[n++] = strdup(e->d_name);
  }
  closedir(d);
  qsort(names, n, sizeof *names, compare_names);
  int failures = 0;
  if (chdir(dir) != 0) {
    fprintf(stderr, "cannot enter %s\n", dir);
    return 1;
  }
  for (size_t i = 0; i < n; i++) {
    char expected[1024];
    const char *input = names[i];
    snprintf(expected, sizeof expected, "%s/%.*s.expected.json", golden, (int)(strlen(names[i]) - 4), names[i]);
    attache_reader *r = NULL;
    attache_doc_input in;
    int done = 0;
    attache_doc *doc = NULL;
    attache_error err = {0};
    if (attache_reader_open(input, ATTACHE_INPUT_TEXT, 0, &r, &err) || attache_reader_next(r, &in, &done, &err) ||
        attache_extract(lex, &in, NULL, &doc, &err)) {
      fprintf(stderr, "FAIL %s: %s\n", input, err.message);
      failures++;
      attache_reader_free(r);
      continue;
    }
    json_t *actual = json_loads(attache_doc_json(doc), 0, NULL);
    (*cases)++;
    if (update) {
      json_dump_file(actual, expected, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
      FILE *f = fopen(expected, "a");
      fputc('\n', f);
      fclose(f);
    } else {
      json_error_t jerr;
      json_t *want = json_load_file(expected, 0, &jerr);
      char *a = json_dumps(actual, JSON_COMPACT | JSON_PRESERVE_ORDER);
      char *b = want ? json_dumps(want, JSON_COMPACT | JSON_PRESERVE_ORDER) : NULL;
      if (!b || strcmp(a, b)) {
        fprintf(stderr, "FAIL %s: output differs from %s\n  got:  %s\n  want: %s\n", input, expected, a,
                b ? b : jerr.text);
        failures++;
      }
      free(a);
      free(b);
      json_decref(want);
    }
    json_decref(actual);
    attache_doc_free(doc);
    attache_reader_free(r);
  }
  for (size_t i = 0; i < n; i++) free(names[i]);
  return failures;
}

int main(int argc, char **argv) {
  int update = argc > 1 && !strcmp(argv[1], "--update");
  int first = update ? 2 : 1;
  if (argc <= first) {
    fprintf(stderr, "usage: golden_runner [--update] GOLDEN_DIR [INPUT_DIR...]\n");
    return 2;
  }
  attache_lexicon *lex = NULL;
  attache_error err = {0};
  if (attache_lexicon_load(ATTACHE_TEST_DATA_DIR, &lex, &err)) {
    fprintf(stderr, "cannot load lexicon: %s\n", err.message);
    return 1;
  }
  int failures = 0, cases = 0;
  /* Absolute, as run_dir enters each input directory. */
  char *golden = realpath(argv[first], NULL);
  for (int i = first; i < argc && golden; i++) {
    char *dir = realpath(argv[i], NULL);
    failures += dir ? run_dir(lex, golden, dir, update, &cases) : 1;
    free(dir);
  }
  free(golden);
  attache_lexicon_free(lex);
  printf("%d golden cases, %d failed\n", cases, failures);
  return failures || cases == 0 ? 1 : 0;
}
