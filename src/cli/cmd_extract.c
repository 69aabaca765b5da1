/* SPDX-License-Identifier: MIT */
/*
 * cmd_extract.c - `attache extract`: documents in, one JSON object per
 * document out, on standard output. A bad input is reported on stderr and
 * skipped; the others are still processed.
 */
#include "cli.h"
#include "progress.h"

#include <attache/extract.h>
#include <attache/lexicon.h>
#include <attache/reader.h>

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

const char EXTRACT_USAGE[] =
    "usage: attache extract [options] [FILE...]\n"
    "\n"
    "Reads news documents and writes one JSON object per document to standard\n"
    "output, in the shape of the extraction contract (events, agreements,\n"
    "figures, relations). FILE is a .txt or .md article (its id is its path\n"
    "as given, e.g. news/a.txt), a web page (.html, .htm, .html.gz: its\n"
    "article is read), or a .jsonl stream of {\"id\", \"text\" or \"html\",\n"
    "\"url\", \"title\", \"published\"} objects. With no FILE, or with -, reads\n"
    "JSONL from stdin.\n"
    "\n"
    "options:\n"
    "  --jsonl          read every FILE as JSON Lines\n"
    "  --text           read every FILE as one plain-text document\n"
    "  --lenient        replace invalid UTF-8 with U+FFFD instead of failing\n"
    "  --lang vi|en     the documents' language (default: identified per document)\n"
    "  --encoding NAME  the inputs' charset (VNI, TCVN3, VPS, VISCII,\n"
    "                   WINDOWS-1258, or any iconv name); web pages are read\n"
    "                   in their declared or a detected charset otherwise\n"
    "  --explain        add to each record the rule, cue and sentence offsets\n"
    "                   that produced it\n"
    "  --with-text      add the text read, its sentences and the input's hash,\n"
    "                   and each record's sentence: what `attache ingest\n"
    "                   --results` needs to store the results elsewhere\n"
    "  --data DIR       lexicon directory (default: $ATTACHE_DATA, else the\n"
    "                   data/ installed with attache or of its source tree)\n"
    "  --max-bytes N    largest document or JSONL line accepted (default 8 MiB)\n"
    "  -q, --quiet      no progress on stderr (shown when the output is not the\n"
    "                   terminal: a line redrawn on a terminal, else a line every\n"
    "                   1000 documents or 5 seconds)\n"
    "  -h, --help       show this help\n"
    "\n"
    "exit codes: 0 all inputs processed; 1 some inputs failed (the rest were\n"
    "processed); 2 bad command line; 3 data files could not be loaded;\n"
    "4 output could not be written.\n";

typedef struct extraction {
  const attache_lexicon *lex;
  const attache_extract_options *options;
  cli_progress progress;
} extraction;

/* One document: its JSON line on stdout. */
static attache_status extract_one(void *ctx, const char *path, size_t line_no, const attache_doc_input *in,
                                  attache_error *err) {
  (void)line_no;
  extraction *x = ctx;
  attache_doc *doc = NULL;
  attache_status st = attache_extract(x->lex, in, x->options, &doc, err);
  cli_progress_step(&x->progress, in->text.len);
  if (st != ATTACHE_OK) return st;
  if (attache_doc_replaced(doc))
    fprintf(stderr, "attache: warning: %s: document %.*s: %zu invalid UTF-8 sequence(s) replaced\n", path,
            (int)in->id.len, in->id.ptr, attache_doc_replaced(doc));
  fputs(attache_doc_json(doc), stdout);
  fputc('\n', stdout);
  attache_doc_free(doc);
  return ATTACHE_OK;
}

int cmd_extract(int argc, char **argv) {
  attache_extract_options options = {0};
  attache_input_format format = ATTACHE_INPUT_AUTO;
  const char *data_dir = NULL;
  size_t max_bytes = 0;
  bool quiet = false;
  char **inputs = calloc((size_t)argc + 1, sizeof *inputs);
  if (!inputs) return EXIT_DATA;
  int ninputs = 0;
  bool options_done = false;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (options_done || a[0] != '-' || !strcmp(a, "-")) {
      inputs[ninputs++] = argv[i];
    } else if (!strcmp(a, "--")) {
      options_done = true;
    } else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
      fputs(EXTRACT_USAGE, stdout);
      free(inputs);
      return EXIT_ALL_OK;
    } else if (!strcmp(a, "--jsonl")) {
      format = ATTACHE_INPUT_JSONL;
    } else if (!strcmp(a, "--text")) {
      format = ATTACHE_INPUT_TEXT;
    } else if (!strcmp(a, "--lang") && i + 1 < argc) {
      options.lang = argv[++i];
      if (strcmp(options.lang, "vi") && strcmp(options.lang, "en")) {
        fprintf(stderr, "attache: error: --lang takes vi or en, not \"%s\"\n", options.lang);
        free(inputs);
        return EXIT_USAGE;
      }
    } else if (!strcmp(a, "--lenient")) {
      options.lenient = 1;
    } else if (!strcmp(a, "-q") || !strcmp(a, "--quiet")) {
      quiet = true;
    } else if (!strcmp(a, "--encoding") && i + 1 < argc) {
      options.encoding = argv[++i];
    } else if (!strcmp(a, "--explain")) {
      options.explain = 1;
    } else if (!strcmp(a, "--with-text")) {
      options.with_text = 1;
    } else if (!strcmp(a, "--data") && i + 1 < argc) {
      data_dir = argv[++i];
    } else if (!strcmp(a, "--max-bytes") && i + 1 < argc) {
      if (!cli_max_bytes(argv[++i], &max_bytes)) {
        free(inputs);
        return EXIT_USAGE;
      }
    } else {
      fprintf(stderr, "attache: error: unknown option %s (see attache help extract)\n", a);
      free(inputs);
      return EXIT_USAGE;
    }
  }
  if (ninputs == 0) inputs[ninputs++] = "-";

  attache_error err = {0};
  attache_lexicon *lex = NULL;
  if (cli_load_lexicon(data_dir, &lex, &err) != ATTACHE_OK) {
    cli_print_error(&err);
    free(inputs);
    return EXIT_DATA;
  }

  extraction x = {lex, &options, {0}};
  /* Progress only when the records go elsewhere than the screen, where a
   * line redrawn on stderr would break them up. */
  cli_progress_start(&x.progress, quiet || isatty(STDOUT_FILENO),
                     cli_inputs_size((const char *const *)inputs, (size_t)ninputs));
  size_t failed = 0;
  for (int i = 0; i < ninputs; i++) failed += cli_read_documents(inputs[i], format, max_bytes, extract_one, &x);
  cli_progress_end(&x.progress);
  int status = failed ? EXIT_SOME_FAILED : EXIT_ALL_OK;
  attache_lexicon_free(lex);
  free(inputs);
  return status; /* main() reports a failure to write stdout */
}
