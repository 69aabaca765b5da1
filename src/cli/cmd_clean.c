/* SPDX-License-Identifier: MIT */
/*
 * cmd_clean.c - `attache clean`: the article of each web page, as text or
 * as one JSON object per page, without extracting records.
 */
#include "cli.h"

#include <attache/html.h>
#include <attache/lexicon.h>
#include <attache/reader.h>

#include <jansson.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char CLEAN_USAGE[] =
    "usage: attache clean [options] FILE...\n"
    "\n"
    "Prints the article of each web page (.html, .htm, .html.gz, or a .jsonl\n"
    "stream of {\"id\", \"html\"}): the story's paragraphs without menus,\n"
    "related-news lists, comment boxes, share buttons or ads, read in its own\n"
    "charset or a detected legacy Vietnamese one (Windows-1258, VISCII, TCVN3,\n"
    "VNI, VPS).\n"
    "\n"
    "options:\n"
    "  --format text|json  text (default): headline, blank line, paragraphs;\n"
    "                      json: one object per page with id, title, published,\n"
    "                      author, url, site, encoding, text\n"
    "  --encoding NAME     read the pages in this charset\n"
    "  --no-captions       leave photo captions out (the article body only)\n"
    "  --data DIR          lexicon directory\n"
    "  --max-bytes N       largest page accepted (default 8 MiB)\n"
    "  -h, --help          show this help\n"
    "\n"
    "exit codes: 0 all pages read; 1 some failed (the rest were printed);\n"
    "2 bad command line; 3 data files could not be loaded.\n";

static json_t *str_or_null(const char *s) { return s ? json_string(s) : json_null(); }

int cmd_clean(int argc, char **argv) {
  const char *format = "text", *encoding = NULL, *data_dir = NULL;
  unsigned flags = 0;
  size_t max_bytes = 0;
  int first_input = 0, ninputs = 0;
  char **inputs = calloc((size_t)argc + 1, sizeof *inputs);
  if (!inputs) return EXIT_DATA;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
      fputs(CLEAN_USAGE, stdout);
      free(inputs);
      return EXIT_ALL_OK;
    } else if (!strcmp(a, "--format") && i + 1 < argc) {
      format = argv[++i];
    } else if (!strcmp(a, "--encoding") && i + 1 < argc) {
      encoding = argv[++i];
    } else if (!strcmp(a, "--no-captions")) {
      flags |= ATTACHE_HTML_NO_CAPTIONS;
    } else if (!strcmp(a, "--data") && i + 1 < argc) {
      data_dir = argv[++i];
    } else if (!strcmp(a, "--max-bytes") && i + 1 < argc) {
      max_bytes = (size_t)strtoull(argv[++i], NULL, 10);
    } else if (a[0] == '-' && a[1]) {
      fprintf(stderr, "attache: error: unknown option %s (see attache help clean)\n", a);
      free(inputs);
      return EXIT_USAGE;
    } else {
      inputs[ninputs++] = argv[i];
    }
  }
  (void)first_input;
  if (!ninputs || (strcmp(format, "text") && strcmp(format, "json"))) {
    fputs(CLEAN_USAGE, stderr);
    free(inputs);
    return EXIT_USAGE;
  }
  attache_error err = {0};
  attache_lexicon *lex = NULL;
  if (attache_lexicon_load(data_dir, &lex, &err) != ATTACHE_OK) {
    cli_print_error(&err);
    free(inputs);
    return EXIT_DATA;
  }
  int status = EXIT_ALL_OK;
  bool json = !strcmp(format, "json");
  for (int i = 0; i < ninputs; i++) {
    attache_reader *reader = NULL;
    err = (attache_error){.offset = (size_t)-1};
    attache_input_format fmt = strstr(inputs[i], ".jsonl") ? ATTACHE_INPUT_JSONL : ATTACHE_INPUT_HTML;
    if (attache_reader_open(inputs[i], fmt, max_bytes, &reader, &err) != ATTACHE_OK) {
      cli_print_error(&err);
      status = EXIT_SOME_FAILED;
      continue;
    }
    for (;;) {
      attache_doc_input in;
      int done = 0;
      err = (attache_error){.offset = (size_t)-1};
      attache_status st = attache_reader_next(reader, &in, &done, &err);
      if (st == ATTACHE_OK && done) break;
      attache_article *a = NULL;
      if (st == ATTACHE_OK) {
        const attache_str page = in.html.len ? in.html : in.text;
        st = attache_html_article(lex, page.ptr, page.len, encoding, flags, &a, &err);
        if (st != ATTACHE_OK) cli_locate(&err, inputs[i], reader);
      }
      if (st != ATTACHE_OK) {
        cli_print_error(&err);
        status = EXIT_SOME_FAILED;
        if (!cli_input_goes_on(reader, &err)) break;
        continue;
      }
      if (json) {
        json_t *o = json_object();
        json_object_set_new(o, "id", json_stringn(in.id.ptr, in.id.len));
        json_object_set_new(o, "title", str_or_null(a->title));
        json_object_set_new(o, "published", str_or_null(a->published));
        json_object_set_new(o, "author", str_or_null(a->author));
        json_object_set_new(o, "url", str_or_null(a->url));
        json_object_set_new(o, "site", str_or_null(a->site));
        json_object_set_new(o, "encoding", str_or_null(a->encoding));
        json_object_set_new(o, "text", json_string(a->text));
        char *line = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER);
        puts(line);
        free(line);
        json_decref(o);
      } else {
        if (a->title) printf("%s\n\n", a->title);
        printf("%s\n", a->text);
      }
      attache_article_free(a);
    }
    attache_reader_free(reader);
  }
  attache_lexicon_free(lex);
  free(inputs);
  if (fflush(stdout) != 0 || ferror(stdout)) return EXIT_OUTPUT;
  return status;
}
