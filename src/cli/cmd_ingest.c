/* SPDX-License-Identifier: MIT */
/*
 * cmd_ingest.c - `attache ingest`: documents into the knowledge base. Files,
 * directories (recursively), globs, JSONL streams and stdin; each document is
 * one transaction; a bad one is reported and skipped; a summary at the end,
 * and a progress line while it runs on a terminal.
 */
#include "cli.h"

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
    "changed one (same id) replaces its old records. Each document is one\n"
    "transaction: a bad one is reported and skipped, never half-stored.\n"
    "\n"
    "options:\n"
    "  --db FILE        the database (default: attache.db)\n"
    "  --jsonl          read every file as JSON Lines\n"
    "  --results        every PATH holds results that `attache extract --with-text`\n"
    "                   wrote (JSON Lines), extracted elsewhere: they are stored\n"
    "                   as an ingest of the documents themselves stores them\n"
    "  --lenient        replace invalid UTF-8 with U+FFFD instead of failing\n"
    "  --lang vi|en     the documents' language (default: identified per document)\n"
    "  --data DIR       lexicon directory\n"
    "  --max-bytes N    largest document or JSONL line accepted (default 8 MiB)\n"
    "  -q, --quiet      no progress or summary\n"
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

static off_t total_size(const paths *p) {
  off_t total = 0;
  for (size_t i = 0; i < p->n; i++) {
    struct stat st;
    if (stat(p->items[i], &st) == 0 && S_ISREG(st.st_mode)) total += st.st_size;
  }
  return total;
}

static double seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

typedef struct tally {
  size_t fresh, updated, unchanged, failed, records, bytes;
  size_t not_stored; /* of the failed: documents the database did not store (its failure, not theirs) */
} tally;

static void progress(const tally *t, off_t total, double start, bool final) {
  double el = seconds() - start;
  size_t docs = t->fresh + t->updated + t->unchanged + t->failed;
  double mbs = el > 0 ? (double)t->bytes / 1e6 / el : 0;
  char eta[32] = "";
  if (total > 0 && t->bytes > 0 && !final && (off_t)t->bytes < total) {
    double left = (double)(total - (off_t)t->bytes) / ((double)t->bytes / el);
    snprintf(eta, sizeof eta, ", ETA %d:%02d", (int)left / 60, (int)left % 60);
  }
  fprintf(stderr, "\r\033[Kattache: %zu documents, %.1f MB/s%s", docs, mbs, eta);
  if (final) fputc('\n', stderr);
  fflush(stderr);
}

typedef struct ingestion {
  attache_store *store;
  const attache_lexicon *lex;
  const attache_extract_options *options;
  bool tty;          /* a progress line on stderr */
  off_t total;       /* bytes of all inputs, for the ETA */
  double start, last_draw;
  tally t;
  char *stopped_by; /* why the database can take no more documents (disk full...), or NULL */
} ingestion;

/* Once the database can take no more (disk full, read-only), the documents
 * left are not tried but each is still reported, with its file and line,
 * and counted as not stored. */
static bool not_tried(const ingestion *g, const char *what, attache_str id, attache_error *err) {
  if (!g->stopped_by) return false;
  err->status = ATTACHE_ERR_STORE;
  int shown = id.len < 200 ? (int)id.len : 200;
  snprintf(err->message, sizeof err->message, "%s%.*s not stored: not tried, the database takes no more", what,
           shown, id.ptr ? id.ptr : "");
  return true;
}

/* Counts what became of one document, and notes when the database can take no more. */
static attache_status counted(ingestion *g, attache_status st, attache_ingest_outcome outcome, size_t records,
                              size_t bytes, const attache_error *err) {
  if (st == ATTACHE_ERR_STORE && !g->stopped_by && attache_store_cannot_write(g->store)) {
    g->stopped_by = strdup(err->message);
    if (!g->stopped_by) abort();
  }
  g->t.bytes += bytes;
  if (st != ATTACHE_OK) {
    g->t.not_stored += st == ATTACHE_ERR_STORE;
    return st;
  }
  g->t.fresh += outcome == ATTACHE_INGEST_NEW;
  g->t.updated += outcome == ATTACHE_INGEST_UPDATED;
  g->t.unchanged += outcome == ATTACHE_INGEST_UNCHANGED;
  g->t.records += records;
  if (g->tty && seconds() - g->last_draw > 0.1) {
    progress(&g->t, g->total, g->start, false);
    g->last_draw = seconds();
  }
  return ATTACHE_OK;
}

/* One document into the store, extracted here. */
static attache_status ingest_one(void *ctx, const char *path, const attache_doc_input *in, attache_error *err) {
  (void)path;
  ingestion *g = ctx;
  attache_ingest_outcome outcome = ATTACHE_INGEST_UNCHANGED;
  size_t records = 0;
  attache_status st = not_tried(g, "document ", in->id, err)
                          ? ATTACHE_ERR_STORE
                          : attache_store_ingest(g->store, g->lex, in, g->options, &outcome, &records, err);
  return counted(g, st, outcome, records, in->text.len, err);
}

/* One document into the store from its result, extracted elsewhere (attache extract --with-text). */
static attache_status ingest_result(void *ctx, attache_str line, attache_error *err) {
  ingestion *g = ctx;
  attache_ingest_outcome outcome = ATTACHE_INGEST_UNCHANGED;
  size_t records = 0;
  attache_status st = not_tried(g, "result", (attache_str){"", 0}, err)
                          ? ATTACHE_ERR_STORE
                          : attache_store_ingest_result(g->store, g->lex, line.ptr, line.len, &outcome, &records, err);
  return counted(g, st, outcome, records, line.len, err);
}

int cmd_ingest(int argc, char **argv) {
  const char *db_path = "attache.db", *data_dir = NULL;
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

  ingestion g = {store, lex, &options, !quiet && isatty(STDERR_FILENO), total_size(&inputs), seconds(), 0, {0}, NULL};
  g.t.failed = w.failed; /* directories that yield nothing */
  cli_progress_line(g.tty);
  for (size_t f = 0; f < inputs.n; f++) {
    g.t.failed += results ? cli_read_lines(inputs.items[f], max_bytes, ingest_result, &g)
                          : cli_read_documents(inputs.items[f], format, max_bytes, ingest_one, &g);
    if (!quiet && !g.tty)
      fprintf(stderr, "attache: %s: done (%zu documents so far)\n", inputs.items[f],
              g.t.fresh + g.t.updated + g.t.unchanged + g.t.failed);
  }
  if (g.tty) progress(&g.t, g.total, g.start, true);
  cli_progress_line(false);
  if (!quiet)
    fprintf(stderr, "attache: ingested into %s: %zu new, %zu updated, %zu unchanged, %zu failed; %zu records added\n",
            db_path, g.t.fresh, g.t.updated, g.t.unchanged, g.t.failed, g.t.records);
  /* Said even with --quiet: these documents are fine and only need another run. */
  if (g.t.not_stored)
    fprintf(stderr, "attache: %zu of the failed documents were not stored because of the database%s%s%s; "
            "run the same ingest again to store them\n",
            g.t.not_stored, g.stopped_by ? " (" : "", g.stopped_by ? g.stopped_by : "", g.stopped_by ? ")" : "");
  free(g.stopped_by);
  attache_store_close(store);
  attache_lexicon_free(lex);
  paths_free(&inputs);
  return g.t.failed ? EXIT_SOME_FAILED : EXIT_ALL_OK;
}
