/* SPDX-License-Identifier: MIT */
/*
 * extract_seed.c - a program of someone else's, built against the installed
 * libattache with `pkg-config --cflags --libs attache` (tests/install_test.py):
 * extracts one text file with the installed lexicons and prints the result.
 *
 *   extract_seed DATA_DIR FILE ID
 */
#include <attache/extract.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
  if (argc != 4) {
    fprintf(stderr, "usage: extract_seed DATA_DIR FILE ID\n");
    return 2;
  }
  FILE *f = fopen(argv[2], "rb");
  if (!f) {
    perror(argv[2]);
    return 1;
  }
  static char text[1 << 20];
  size_t n = fread(text, 1, sizeof text, f);
  fclose(f);
  attache_error err = {0};
  attache_lexicon *lex = NULL;
  if (attache_lexicon_load(argv[1], &lex, &err) != ATTACHE_OK) {
    char line[512];
    fprintf(stderr, "%s\n", attache_error_format(&err, line, sizeof line));
    return 3;
  }
  attache_doc_input in = {.id = {argv[3], strlen(argv[3])}, .text = {text, n}};
  attache_doc *doc = NULL;
  attache_status st = attache_extract(lex, &in, NULL, &doc, &err);
  if (st == ATTACHE_OK) {
    printf("%s\n", attache_doc_json(doc));
    printf("events %zu, library %s\n", attache_doc_event_count(doc), attache_version());
  } else {
    fprintf(stderr, "%s\n", attache_strerror(st));
  }
  attache_doc_free(doc);
  attache_lexicon_free(lex);
  return st == ATTACHE_OK ? 0 : 1;
}
