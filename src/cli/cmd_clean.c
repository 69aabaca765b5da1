/* SPDX-License-Identifier: MIT */
/*
 * cmd_clean.c - `attache clean`: the article of each web page, as text or
 * as one JSON object per page, without extracting records.
 */
#include "cli.h"
#include "term.h"

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

typedef struct cleaning {
  const attache_lexicon *lex;
  const char *encoding;
  unsigned flags;
  bool json;
} cleaning;

/* One page: its article as text, or as a JSON line. */
static attache_status clean_one(void *ctx, const char *path, size_t line_no, const attache_doc_input *in,
                                attache_error *err) {
  (void)path;
  (void)line_no;
  const cleaning *c = ctx;
  const attache_str page = in->html.len ? in->html : in->text;
  attache_article *a = NULL;
  attache_status st = attache_html_article(c->lex, page.ptr, page.len, c->encoding, c->flags, &a, err);
  if (st != ATTACHE_OK) return st;
  if (c->json) {
    json_t *o = json_object();
    json_object_set_new(o, "id", json_stringn(in->id.ptr, in->id.len));
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
    /* Page text is untrusted: no control of it reaches a terminal. */
    if (a->title) {
      term_write_lines(stdout, a->title);
      fputs("\n\n", stdout);
    }
    term_write_lines(stdout, a->text);
    putchar('\n');
  }
  attache_article_free(a);
  return ATTACHE_OK;
}

int cmd_clean(int argc, char **argv) {
  const char *format = "text", *encoding = NULL, *data_dir = NULL;
  unsigned flags = 0;
  size_t max_bytes = 0;
  int ninputs = 0;
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
      if (strcmp(format, "text") && strcmp(format, "json")) {
        fprintf(stderr, "attache: error: --format takes text or json, not \"%s\"\n", format);
        free(inputs);
        return EXIT_USAGE;
      }
    } else if (!strcmp(a, "--encoding") && i + 1 < argc) {
      encoding = argv[++i];
    } else if (!strcmp(a, "--no-captions")) {
      flags |= ATTACHE_HTML_NO_CAPTIONS;
    } else if (!strcmp(a, "--data") && i + 1 < argc) {
      data_dir = argv[++i];
    } else if (!strcmp(a, "--max-bytes") && i + 1 < argc) {
      if (!cli_max_bytes(argv[++i], &max_bytes)) {
        free(inputs);
        return EXIT_USAGE;
      }
    } else if (a[0] == '-' && a[1]) {
      fprintf(stderr, "attache: error: unknown option %s (see attache help clean)\n", a);
      free(inputs);
      return EXIT_USAGE;
    } else {
      inputs[ninputs++] = argv[i];
    }
  }
  if (!ninputs) {
    fputs(CLEAN_USAGE, stderr);
    free(inputs);
    return EXIT_USAGE;
  }
  attache_error err = {0};
  attache_lexicon *lex = NULL;
  if (cli_load_lexicon(data_dir, &lex, &err) != ATTACHE_OK) {
    cli_print_error(&err);
    free(inputs);
    return EXIT_DATA;
  }
  cleaning c = {lex, encoding, flags, !strcmp(format, "json")};
  size_t failed = 0;
  for (int i = 0; i < ninputs; i++) {
    attache_input_format fmt = strstr(inputs[i], ".jsonl") ? ATTACHE_INPUT_JSONL : ATTACHE_INPUT_HTML;
    failed += cli_read_documents(inputs[i], fmt, max_bytes, clean_one, &c);
  }
  int status = failed ? EXIT_SOME_FAILED : EXIT_ALL_OK;
  attache_lexicon_free(lex);
  free(inputs);
  return status; /* main checks that the output was written, and says why not */
}
