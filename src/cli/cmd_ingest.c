/* SPDX-License-Identifier: MIT */
/*
 * cmd_ingest.c - `attache ingest`: documents into the knowledge base. Files,
 * directories (recursively), globs, JSONL streams and stdin; documents are
 * committed in batches; a bad one is reported and skipped; a summary at the
 * end, and a progress line while it runs on a terminal.
 */
#include "cli.h"
#include "progress.h"
#include "read_ahead.h"

#include <attache/extract.h>
#include <attache/lexicon.h>
#include <attache/reader.h>
#include <attache/store.h>

#include <dirent.h>
#include <errno.h>
#include <glob.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

const char INGEST_USAGE[] =
    "usage: attache ingest [options] PATH...\n"
    "\n"
    "Extracts documents and stores them with their records in the knowledge\n"
    "base. PATH is a .txt/.md article, a web page (.html, .htm, .html.gz), a\n"
    ".jsonl stream, a directory (searched\n"
    "recursively for those), a glob such as 'news/*.jsonl', or - for JSONL on\n"
    "stdin. Ingesting is idempotent: an unchanged document is skipped; a\n"
    "changed one (same id) replaces its old records. Documents are committed\n"
    "in batches (2,000 documents or a second); a bad one is reported and\n"
    "skipped, never half-stored, and an interrupted ingest loses at most the\n"
    "batch in flight, which running it again stores.\n"
    "\n"
    "options:\n"
    "  --db DB          the database: a file, or postgresql://USER@HOST:PORT/NAME\n"
    "                   (default: $ATTACHE_DB, else attache.db)\n"
    "  --jsonl          read every file as JSON Lines\n"
    "  --results        every PATH holds results that `attache extract --with-text`\n"
    "                   wrote (JSON Lines), extracted elsewhere: they are stored\n"
    "                   as an ingest of the documents themselves stores them\n"
    "  --lenient        replace invalid UTF-8 with U+FFFD instead of failing\n"
    "  --lang vi|en     the documents' language (default: identified per document)\n"
    "  --data DIR       lexicon directory\n"
    "  --max-bytes N    largest document or JSONL line accepted (default 8 MiB)\n"
    "  -q, --quiet      no progress or summary (progress: a line redrawn on a\n"
    "                   terminal, else a line every 1000 documents or 5 seconds)\n"
    "  -h, --help       show this help\n"
    "\n"
    "Several ingests may write to one database at once; each waits for the\n"
    "others. When the database fails (locked too long, disk full, read-only),\n"
    "each document it did not store is reported with its file and line and\n"
    "counted as failed; once it can take no more (disk full), the documents\n"
    "left are reported the same way without being tried. Running the same\n"
    "ingest again stores them.\n"
    "\n"
    "exit codes: 0 all documents stored; 1 some failed (each is reported, the\n"
    "rest were stored); 2 bad command line; 3 data files or the database could\n"
    "not be opened.\n";

typedef struct paths {
  char **items;
  size_t n, cap;
} paths;

static void paths_add(paths *p, const char *path) {
  if (p->n == p->cap) {
    p->cap = p->cap ? p->cap * 2 : 16;
    char **items = realloc(p->items, p->cap * sizeof *items);
    if (!items) abort();
    p->items = items;
  }
  char *copy = strdup(path);
  if (!copy) abort();
  p->items[p->n++] = copy;
}

static int compare_paths(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static bool ingestible(const char *name) {
  const char *dot = strrchr(name, '.');
  return dot && (!strcmp(dot, ".txt") || !strcmp(dot, ".md") || !strcmp(dot, ".jsonl") || !strcmp(dot, ".html") ||
                 !strcmp(dot, ".htm") || strstr(name, ".html.gz") || strstr(name, ".htm.gz"));
}

/* A directory walk: the directories entered so far (by device and inode,
 * however they were reached), to follow each once and to tell a symlink
 * loop (one that leads back to a directory still being walked) from a
 * second way to the same directory. */
typedef struct walk {
  paths *out;
  struct entered {
    dev_t dev;
    ino_t ino;
    char *path;
    bool walking; /* an ancestor of where the walk is */
  } *entered;
  size_t n, cap;
  size_t failed; /* directories that cannot be opened or hold no document, reported as found */
} walk;

/* Reports a directory that yields no document, and counts it as a failure. */
static void walk_error(walk *w, const char *path, const char *message) {
  attache_error err = {.status = ATTACHE_ERR_NOT_FILE, .file = path, .offset = (size_t)-1};
  snprintf(err.message, sizeof err.message, "%s", message);
  cli_print_error(&err);
  w->failed++;
}

/* A directory's ingestible files, recursively, in name order; each directory
 * once. Paths are DIR/NAME with DIR as named (see the id rule in reader.c). */
static void walk_dir(walk *w, const char *dir, const struct stat *st) {
  for (size_t i = 0; i < w->n; i++) {
    if (w->entered[i].dev != st->st_dev || w->entered[i].ino != st->st_ino) continue;
    /* A warning, not a failure: every document under it is read once. */
    if (w->entered[i].walking)
      fprintf(stderr, "attache: warning: %s: symlink loop: leads back to %s, not followed\n", dir, w->entered[i].path);
    else
      fprintf(stderr, "attache: warning: %s: the same directory as %s, read once\n", dir, w->entered[i].path);
    return;
  }
  DIR *d = opendir(dir);
  if (!d) {
    walk_error(w, dir, strerror(errno));
    return;
  }
  if (w->n == w->cap) {
    w->cap = w->cap ? w->cap * 2 : 16;
    struct entered *entered = realloc(w->entered, w->cap * sizeof *entered);
    if (!entered) abort();
    w->entered = entered;
  }
  size_t self = w->n++;
  w->entered[self] = (struct entered){st->st_dev, st->st_ino, strdup(dir), true};
  if (!w->entered[self].path) abort();
  const char *sep = dir[0] && dir[strlen(dir) - 1] == '/' ? "" : "/";
  paths here = {0};
  struct dirent *e;
  while ((e = readdir(d))) {
    if (e->d_name[0] == '.') continue;
    size_t n = strlen(dir) + strlen(e->d_name) + 2;
    char *path = malloc(n);
    if (!path) abort();
    snprintf(path, n, "%s%s%s", dir, sep, e->d_name);
    struct stat est;
    if (stat(path, &est) == 0 && (S_ISDIR(est.st_mode) || ingestible(e->d_name))) paths_add(&here, path);
    free(path);
  }
  closedir(d);
  if (here.n > 1) qsort(here.items, here.n, sizeof *here.items, compare_paths);
  for (size_t i = 0; i < here.n; i++) {
    struct stat est;
    if (stat(here.items[i], &est) == 0 && S_ISDIR(est.st_mode)) walk_dir(w, here.items[i], &est);
    else paths_add(w->out, here.items[i]);
    free(here.items[i]);
  }
  free(here.items);
  w->entered[self].walking = false;
}

static void expand(walk *w, const char *arg) {
  struct stat st;
  if (strcmp(arg, "-") && stat(arg, &st) == 0 && S_ISDIR(st.st_mode)) {
    size_t found_before = w->out->n, failed_before = w->failed;
    walk_dir(w, arg, &st);
    if (w->out->n == found_before && w->failed == failed_before)
      walk_error(w, arg, "no documents (.txt, .md, .html, .htm, .html.gz, .jsonl) in this directory");
    /* Two directory arguments may share subdirectories: each is walked whole. */
    for (size_t i = 0; i < w->n; i++) free(w->entered[i].path);
    w->n = 0;
    return;
  }
  if (strpbrk(arg, "*?[")) {
    glob_t g;
    if (glob(arg, 0, NULL, &g) == 0) {
      for (size_t i = 0; i < g.gl_pathc; i++) expand(w, g.gl_pathv[i]);
      globfree(&g);
      return;
    }
    globfree(&g);
  }
  paths_add(w->out, arg);
}

static void walk_free(walk *w) {
  for (size_t i = 0; i < w->n; i++) free(w->entered[i].path);
  free(w->entered);
}

static void paths_free(paths *p) {
  for (size_t i = 0; i < p->n; i++) free(p->items[i]);
  free(p->items);
}

static double seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

typedef struct tally {
  size_t fresh, updated, unchanged, failed, records;
  size_t not_stored; /* of the failed: documents the database did not store (its failure, not theirs) */
} tally;

/* Documents are committed in batches (attache_store_batch) of at most this
 * many documents or bytes of input, or what came within this long of the
 * batch's first. A kill -9 loses at most one batch; running again stores it.
 * Each commit costs much the same however many documents it holds (the
 * summaries' statements, the search index's segment and its merges, pages
 * that every batch changes): 1,000 documents a batch took 13% fewer
 * instructions to store than 500; 2,000 take 1.4% fewer than 1,000
 * (callgrind, 6,000 corpus documents). On a loaded machine the time bound
 * cuts them first, to a few hundred at half a second: a second keeps them
 * larger. */
enum { BATCH_DOCUMENTS = 2000, BATCH_BYTES = 16 << 20 };
/* A build for instruction counts (callgrind runs ~50x slower) may raise it
 * (-DBATCH_SECONDS=1e9) so that batches are cut by count, as on a real run. */
#ifndef BATCH_SECONDS
#define BATCH_SECONDS 1.0
#endif

/* A document in the open batch, counted once the batch commits. What it was
 * made from is kept: if the database rolls the batch back (a disk found
 * full), the batch is ingested again one document at a time, and each is
 * stored, or reported with its file and line, as it would have been without
 * batches. */
typedef struct pending_doc {
  attache_doc_input in; /* copies (id NULL: a result) */
  attache_str result;   /* a copy of the result line (--results) */
  const char *path;
  size_t line_no;
  attache_ingest_outcome outcome;
  size_t records;
} pending_doc;

typedef struct ingestion {
  attache_store *store;
  const attache_lexicon *lex;
  const attache_extract_options *options;
  cli_progress progress;
  tally t;
  char *stopped_by; /* why the database can take no more documents (disk full...), or NULL */
  pending_doc *pending;
  size_t npending, cap, pending_bytes;
  double batch_start;
} ingestion;

static void free_pending(ingestion *g) {
  for (size_t i = 0; i < g->npending; i++) {
    pending_doc *p = &g->pending[i];
    doc_input_free(&p->in);
    free((char *)p->result.ptr);
  }
  g->npending = g->pending_bytes = 0;
}

static void add_pending(ingestion *g, const char *path, size_t line_no, const attache_doc_input *in,
                        attache_str result, attache_ingest_outcome outcome, size_t records) {
  if (g->npending == g->cap) {
    g->cap = g->cap ? 2 * g->cap : 64;
    pending_doc *grown = realloc(g->pending, g->cap * sizeof *grown);
    if (!grown) abort();
    g->pending = grown;
  }
  if (!g->npending) g->batch_start = seconds();
  pending_doc *p = &g->pending[g->npending++];
  *p = (pending_doc){.result = str_copy(result), .path = path, .line_no = line_no, .outcome = outcome,
                     .records = records};
  if (in) {
    p->in = doc_input_copy(in);
    g->pending_bytes += in->text.len + in->html.len;
  }
  g->pending_bytes += result.len;
}

static void count_stored(ingestion *g, attache_ingest_outcome outcome, size_t records) {
  g->t.fresh += outcome == ATTACHE_INGEST_NEW;
  g->t.updated += outcome == ATTACHE_INGEST_UPDATED;
  g->t.unchanged += outcome == ATTACHE_INGEST_UNCHANGED;
  g->t.records += records;
}

/* One document into the store: an input (`in`, extracted here, or already
 * by the reading thread: `prepared`), or a result extracted elsewhere
 * (attache extract --with-text). Once the database can
 * take no more (disk full, read-only), the documents left are not tried but
 * each is still reported, with its file and line, and counted as not stored. */
static attache_status store_one(ingestion *g, const attache_doc_input *in, attache_prepared *prepared,
                                attache_str result, attache_ingest_outcome *outcome, size_t *records,
                                attache_error *err) {
  if (g->stopped_by) {
    attache_str id = in ? in->id : (attache_str){"", 0};
    int shown = id.len < 200 ? (int)id.len : 200;
    snprintf(err->message, sizeof err->message, "%s%.*s not stored: not tried, the database takes no more",
             in ? "document " : "result", shown, id.ptr ? id.ptr : "");
    return err->status = ATTACHE_ERR_STORE;
  }
  attache_status st =
      prepared ? attache_store_put(g->store, g->lex, in, g->options, prepared, outcome, records, err)
      : in     ? attache_store_ingest(g->store, g->lex, in, g->options, outcome, records, err)
               : attache_store_ingest_result(g->store, g->lex, result.ptr, result.len, outcome, records, err);
  if (st == ATTACHE_ERR_STORE && attache_store_cannot_write(g->store)) {
    g->stopped_by = strdup(err->message);
    if (!g->stopped_by) abort();
  }
  return st;
}

/* The database rolled the open batch back: its documents are ingested again,
 * one transaction each, even if the database seemed to take no more (the
 * batch may have been what did not fit). */
static void ingest_again_one_by_one(ingestion *g) {
  char *stopped_by = g->stopped_by;
  g->stopped_by = NULL;
  attache_store_batch(g->store, 0, NULL);
  for (size_t i = 0; i < g->npending; i++) {
    const pending_doc *p = &g->pending[i];
    attache_error err = {.offset = (size_t)-1};
    attache_ingest_outcome outcome = ATTACHE_INGEST_UNCHANGED;
    size_t records = 0;
    attache_status st = store_one(g, p->in.id.ptr ? &p->in : NULL, NULL, p->result, &outcome, &records, &err);
    if (st == ATTACHE_OK) {
      count_stored(g, outcome, records);
      continue;
    }
    err.file = p->path;
    if (p->line_no) err.line = p->line_no;
    cli_print_error(&err);
    g->t.failed++;
    g->t.not_stored += st == ATTACHE_ERR_STORE;
  }
  free_pending(g);
  if (g->stopped_by) free(stopped_by);
  else g->stopped_by = stopped_by;
  attache_store_batch(g->store, 1, NULL);
}

/* Commits the open batch and counts its documents. */
static void commit_batch(ingestion *g) {
  if (attache_store_commit(g->store, NULL) != ATTACHE_OK) {
    ingest_again_one_by_one(g);
    return;
  }
  for (size_t i = 0; i < g->npending; i++) count_stored(g, g->pending[i].outcome, g->pending[i].records);
  free_pending(g);
}

/* One document into the store's open batch; it is counted when the batch
 * commits (unchanged ones at once). */
static attache_status submit(ingestion *g, const char *path, size_t line_no, const attache_doc_input *in,
                             attache_prepared *prepared, attache_str result, size_t bytes, attache_error *err) {
  attache_ingest_outcome outcome = ATTACHE_INGEST_UNCHANGED;
  size_t records = 0;
  attache_status st = store_one(g, in, prepared, result, &outcome, &records, err);
  cli_progress_step(&g->progress, bytes);
  if (attache_store_pending(g->store) < g->npending) ingest_again_one_by_one(g); /* the batch was rolled back */
  if (st == ATTACHE_OK && outcome == ATTACHE_INGEST_UNCHANGED) count_stored(g, outcome, records);
  else if (st == ATTACHE_OK) add_pending(g, path, line_no, in, result, outcome, records);
  if (g->npending && (g->npending >= BATCH_DOCUMENTS || g->pending_bytes >= BATCH_BYTES ||
                      seconds() - g->batch_start >= BATCH_SECONDS || g->stopped_by))
    commit_batch(g);
  if (st != ATTACHE_OK) {
    g->t.not_stored += st == ATTACHE_ERR_STORE;
    return st;
  }
  return ATTACHE_OK;
}

/* One document into the store, extracted here. */
static attache_status ingest_one(void *ctx, const char *path, size_t line_no, const attache_doc_input *in,
                                 attache_error *err) {
  return submit(ctx, path, line_no, in, NULL, (attache_str){NULL, 0}, in->text.len, err);
}

/* One document into the store from its result, extracted elsewhere (attache extract --with-text). */
static attache_status ingest_result(void *ctx, const char *path, size_t line_no, attache_str line,
                                    attache_error *err) {
  return submit(ctx, path, line_no, NULL, NULL, line, line.len, err);
}

/* After each input: its batch is committed, and, with the progress line
 * shown, the input said done. */
static void end_of_input(ingestion *g, const char *path) {
  commit_batch(g);
  if (g->progress.shown && !g->progress.redrawn)
    fprintf(stderr, "attache: %s: done (%zu documents so far)\n", path,
            g->t.fresh + g->t.updated + g->t.unchanged + g->t.failed);
}

/* The documents of every input, read and extracted ahead by another thread
 * (read_ahead.h), stored here in their order; what is printed and counted
 * is what ingest_one gives. */
static void ingest_ahead(ingestion *g, read_ahead *ahead, char *const *inputs) {
  for (;;) {
    ahead_item item;
    read_ahead_next(ahead, &item);
    if (item.kind == AHEAD_END) break;
    if (item.kind == AHEAD_END_OF_INPUT) {
      end_of_input(g, inputs[item.input]);
    } else if (item.kind == AHEAD_FAILURE) {
      cli_print_error(&item.err);
      g->t.failed++;
    } else {
      attache_error err = {.offset = (size_t)-1};
      if (submit(g, item.path, item.line_no, &item.in, item.prepared, (attache_str){NULL, 0}, item.in.text.len,
                 &err) != ATTACHE_OK) {
        err.file = item.path;
        if (item.line_no) err.line = item.line_no;
        cli_print_error(&err);
        g->t.failed++;
      }
    }
    read_ahead_item_free(&item);
  }
}

int cmd_ingest(int argc, char **argv) {
  const char *db_path = cli_default_db(), *data_dir = NULL;
  attache_extract_options options = {0};
  attache_input_format format = ATTACHE_INPUT_AUTO;
  size_t max_bytes = 0;
  bool quiet = false, results = false;
  const char **args = calloc((size_t)argc + 1, sizeof *args);
  if (!args) abort();
  int nargs = 0;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
      fputs(INGEST_USAGE, stdout);
      free(args);
      return EXIT_ALL_OK;
    } else if (!strcmp(a, "--db") && i + 1 < argc) {
      db_path = argv[++i];
    } else if (!strcmp(a, "--data") && i + 1 < argc) {
      data_dir = argv[++i];
    } else if (!strcmp(a, "--jsonl")) {
      format = ATTACHE_INPUT_JSONL;
    } else if (!strcmp(a, "--results")) {
      results = true;
    } else if (!strcmp(a, "--lang") && i + 1 < argc) {
      options.lang = argv[++i];
      if (strcmp(options.lang, "vi") && strcmp(options.lang, "en")) {
        fprintf(stderr, "attache: error: --lang takes vi or en, not \"%s\"\n", options.lang);
        free(args);
        return EXIT_USAGE;
      }
    } else if (!strcmp(a, "--lenient")) {
      options.lenient = 1;
    } else if (!strcmp(a, "-q") || !strcmp(a, "--quiet")) {
      quiet = true;
    } else if (!strcmp(a, "--max-bytes") && i + 1 < argc) {
      if (!cli_max_bytes(argv[++i], &max_bytes)) {
        free(args);
        return EXIT_USAGE;
      }
    } else if (a[0] == '-' && a[1]) {
      fprintf(stderr, "attache: error: unknown option %s (see attache help ingest)\n", a);
      free(args);
      return EXIT_USAGE;
    } else {
      args[nargs++] = a;
    }
  }
  paths inputs = {0};
  walk w = {&inputs, NULL, 0, 0, 0};
  for (int i = 0; i < nargs; i++) expand(&w, args[i]);
  free(args);
  walk_free(&w);
  if (nargs == 0) {
    fputs(INGEST_USAGE, stderr);
    return EXIT_USAGE;
  }

  attache_error err = {0};
  attache_lexicon *lex = NULL;
  if (cli_load_lexicon(data_dir, &lex, &err) != ATTACHE_OK) {
    cli_print_error(&err);
    paths_free(&inputs);
    return EXIT_DATA;
  }
  attache_store *store = NULL;
  if (attache_store_open(db_path, 0, &store, &err) != ATTACHE_OK) {
    cli_print_error(&err);
    attache_lexicon_free(lex);
    paths_free(&inputs);
    return EXIT_DATA;
  }

  ingestion g = {.store = store, .lex = lex, .options = &options};
  g.t.failed = w.failed; /* directories that yield nothing */
  attache_store_batch(store, 1, NULL);
  cli_progress_start(&g.progress, quiet, cli_inputs_size((const char *const *)inputs.items, inputs.n));
  /* Documents (not results) into SQLite are read and extracted by a thread
   * of their own, through a connection of its own to look for unchanged
   * ones; PostgreSQL's ingest stays in one thread. */
  attache_store *reader = NULL;
  read_ahead *ahead = NULL;
  if (!results && !strstr(db_path, "://") && attache_store_open(db_path, ATTACHE_STORE_READONLY, &reader, NULL) == ATTACHE_OK)
    ahead = read_ahead_start(reader, lex, &options, inputs.items, inputs.n, format, max_bytes);
  if (ahead) {
    ingest_ahead(&g, ahead, inputs.items);
    read_ahead_finish(ahead);
  } else {
    for (size_t f = 0; f < inputs.n; f++) {
      size_t failed = results ? cli_read_lines(inputs.items[f], max_bytes, ingest_result, &g)
                              : cli_read_documents(inputs.items[f], format, max_bytes, ingest_one, &g);
      g.t.failed += failed;
      end_of_input(&g, inputs.items[f]);
    }
  }
  attache_store_close(reader);
  cli_progress_end(&g.progress);
  if (!quiet)
    fprintf(stderr, "attache: ingested into %s: %zu new, %zu updated, %zu unchanged, %zu failed; %zu records added\n",
            strstr(db_path, "://") ? "the PostgreSQL database" : db_path, g.t.fresh, g.t.updated, g.t.unchanged,
            g.t.failed, g.t.records);
  /* Said even with --quiet: these documents are fine and only need another run. */
  if (g.t.not_stored)
    fprintf(stderr, "attache: %zu of the failed documents were not stored because of the database%s%s%s; "
            "run the same ingest again to store them\n",
            g.t.not_stored, g.stopped_by ? " (" : "", g.stopped_by ? g.stopped_by : "", g.stopped_by ? ")" : "");
  free(g.stopped_by);
  free(g.pending);
  attache_store_close(store);
  attache_lexicon_free(lex);
  paths_free(&inputs);
  return g.t.failed ? EXIT_SOME_FAILED : EXIT_ALL_OK;
}
