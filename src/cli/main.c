/* SPDX-License-Identifier: MIT */
/*
 * main.c - the `attache` program: dispatches to a subcommand. Each
 * subcommand's usage text lives beside its code and is the only copy:
 * `attache help CMD` and `attache CMD --help` print the same text.
 */
#include "cli.h"
#include "term.h"

#include <errno.h>
#include <sqlite3.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char USAGE[] =
    "usage: attache <command> [options] [args]\n"
    "\n"
    "attache turns defense-diplomacy news into structured, source-linked records.\n"
    "\n"
    "commands:\n"
    "  extract    documents in, one JSON result per document out\n"
    "  ingest     documents into the knowledge base (SQLite)\n"
    "  clean      the article of a web page, as text or JSON\n"
    "  events     events, with filters      partners   every partner state\n"
    "  partner    one partner's profile     people     the people met\n"
    "  person     one person's offices      agreements signed documents\n"
    "  figures    reported counts over time search     full text of sentences\n"
    "  mechanisms the multilateral mechanisms and dialogues, with their events\n"
    "  stats      what the knowledge base holds\n"
    "  export     tables, event codings and networks for other tools\n"
    "  edit, reject, accept, add, merge, distinct, split, alias, undo,\n"
    "  delete, history,\n"
    "  corrections  analysts' changes, kept apart from what attache read\n"
    "  token      tokens for the write API\n"
    "  serve      the HTTP API and the web UI\n"
    "  help CMD   show the usage of a command (help --commands: their names)\n"
    "\n"
    "options:\n"
    "  -h, --help       show this help\n"
    "  -V, --version    show the version\n"
    "\n"
    "exit codes: 0 all inputs processed; 1 some inputs failed (the rest were\n"
    "processed); 2 bad command line; 3 data files could not be loaded;\n"
    "4 output could not be written.\n";

static bool progress_line_shown;

void cli_progress_line(bool shown) { progress_line_shown = shown; }

void cli_print_error(const attache_error *err) {
  char line[1024];
  if (progress_line_shown) fputs("\r\033[K", stderr); /* the error replaces the progress line */
  /* The message may quote a file name or a document's id: untrusted text. */
  char *shown = term_safe(attache_error_format(err, line, sizeof line));
  fprintf(stderr, "attache: error: %s\n", shown);
  free(shown);
}

/* Points an error about the document just read at its input: the file and,
 * in a stream, the line (the byte offset stays within the document). */
static void locate(attache_error *err, const char *path, const attache_reader *reader) {
  err->file = path;
  if (attache_reader_line(reader)) err->line = attache_reader_line(reader);
}

/* After a failed document, whether the input can still be read: a stream
 * goes on at its next line; a single document, or an input that can no
 * longer be read, ends there. */
static bool input_goes_on(const attache_reader *reader, const attache_error *err) {
  return err->status != ATTACHE_ERR_IO && attache_reader_line(reader) != 0;
}

/* What to hand each item of an input to: documents, or its raw JSON lines
 * (results of `attache extract`); exactly one is set. */
typedef struct {
  cli_document_fn document;
  cli_line_fn line;
  cli_failure_fn fail; /* NULL: failures are printed */
  void *ctx;
} reading_target;

static void report(reading_target to, const attache_error *err) {
  if (to.fail) to.fail(to.ctx, err);
  else cli_print_error(err);
}

/* One loop for both: each item goes to its function, and each failure is
 * printed with its file and line and counted. */
static size_t read_input(const char *path, attache_input_format format, size_t max_bytes, reading_target to) {
  attache_reader *reader = NULL;
  attache_error err = {.offset = (size_t)-1};
  if (attache_reader_open(path, format, max_bytes, &reader, &err) != ATTACHE_OK) {
    report(to, &err);
    return 1;
  }
  size_t failed = 0;
  for (;;) {
    attache_doc_input in;
    attache_str line;
    int done = 0;
    err = (attache_error){.offset = (size_t)-1};
    attache_status st = to.line ? attache_reader_next_line(reader, &line, &done, &err)
                                : attache_reader_next(reader, &in, &done, &err);
    if (st == ATTACHE_OK && done) break;
    if (st == ATTACHE_OK) {
      size_t at = attache_reader_line(reader);
      st = to.line ? to.line(to.ctx, path, at, line, &err) : to.document(to.ctx, path, at, &in, &err);
      if (st != ATTACHE_OK) locate(&err, path, reader);
    }
    if (st != ATTACHE_OK) {
      report(to, &err);
      failed++;
      if (!input_goes_on(reader, &err)) break;
    }
  }
  attache_reader_free(reader);
  return failed;
}

size_t cli_read_documents(const char *path, attache_input_format format, size_t max_bytes, cli_document_fn each,
                          void *ctx) {
  return read_input(path, format, max_bytes, (reading_target){.document = each, .ctx = ctx});
}

size_t cli_read_documents_to(const char *path, attache_input_format format, size_t max_bytes, cli_document_fn each,
                             cli_failure_fn fail, void *ctx) {
  return read_input(path, format, max_bytes, (reading_target){.document = each, .fail = fail, .ctx = ctx});
}

size_t cli_read_lines(const char *path, size_t max_bytes, cli_line_fn each, void *ctx) {
  return read_input(path, ATTACHE_INPUT_JSONL, max_bytes, (reading_target){.line = each, .ctx = ctx});
}

const char *cli_default_db(void) {
  const char *env = getenv("ATTACHE_DB");
  return env && *env ? env : "attache.db";
}

bool cli_whole_number(const char *s, long min, long max, long *out) {
  const char *digits = *s == '-' ? s + 1 : s;
  if (!*digits || strspn(digits, "0123456789") != strlen(digits) || strlen(digits) > 18) return false;
  long v = strtol(s, NULL, 10);
  if (v < min || v > max) return false;
  *out = v;
  return true;
}

bool cli_max_bytes(const char *s, size_t *out) {
  bool digits = *s && strspn(s, "0123456789") == strlen(s);
  errno = 0;
  unsigned long long v = digits ? strtoull(s, NULL, 10) : 0;
  if (!digits || v == 0) {
    fprintf(stderr, "attache: error: --max-bytes needs a positive number, not \"%s\"\n", s);
    return false;
  }
  if (errno == ERANGE || v > ATTACHE_MAX_DOC_BYTES) {
    fprintf(stderr, "attache: error: --max-bytes takes at most %llu bytes (4 GiB - 1), not \"%s\"\n",
            (unsigned long long)ATTACHE_MAX_DOC_BYTES, s);
    return false;
  }
  *out = (size_t)v;
  return true;
}

/* After a command: whatever it wrote must have reached stdout (a full disk,
 * /dev/full, a closed pipe). This is the one place that says so. */
static int finish_output(int status) {
  errno = 0;
  bool flushed = fflush(stdout) == 0;
  int why = errno;
  if (flushed && !ferror(stdout)) return status;
  fprintf(stderr, "attache: error: cannot write the output (stdout)%s%s\n", why ? ": " : "",
          why ? strerror(why) : "");
  return EXIT_OUTPUT;
}

static const struct {
  const char *name;
  int (*run)(int, char **);
  const char *usage;
} COMMANDS[] = {
    {"extract", cmd_extract, EXTRACT_USAGE},   {"ingest", cmd_ingest, INGEST_USAGE},
    {"clean", cmd_clean, CLEAN_USAGE},         {"serve", cmd_serve, SERVE_USAGE},
    {"events", cmd_query, QUERY_USAGE},        {"partners", cmd_query, QUERY_USAGE},
    {"partner", cmd_query, QUERY_USAGE},       {"people", cmd_query, QUERY_USAGE},
    {"person", cmd_query, QUERY_USAGE},        {"agreements", cmd_query, QUERY_USAGE},
    {"figures", cmd_query, QUERY_USAGE},       {"search", cmd_query, QUERY_USAGE},
    {"stats", cmd_query, QUERY_USAGE},         {"event", cmd_query, QUERY_USAGE},
    {"source", cmd_query, QUERY_USAGE},       {"review", cmd_query, QUERY_USAGE},
    {"export", cmd_export, EXPORT_USAGE},
    {"edit", cmd_correct, CORRECT_USAGE},      {"reject", cmd_correct, CORRECT_USAGE},
    {"merge", cmd_correct, CORRECT_USAGE},     {"split", cmd_correct, CORRECT_USAGE},
    {"add", cmd_correct, CORRECT_USAGE},       {"alias", cmd_correct, CORRECT_USAGE},
    {"undo", cmd_correct, CORRECT_USAGE},      {"history", cmd_correct, CORRECT_USAGE},
    {"delete", cmd_correct, CORRECT_USAGE},    {"corrections", cmd_correct, CORRECT_USAGE},
    {"token", cmd_correct, CORRECT_USAGE},     {"accept", cmd_correct, CORRECT_USAGE},
    {"distinct", cmd_correct, CORRECT_USAGE},
    {"mechanisms", cmd_query, QUERY_USAGE},
};

int main(int argc, char **argv) {
  /* SQLite keeps no count of the memory it holds: attache never reads it,
   * and counting takes a global mutex at every allocation (some 4% of an
   * ingest's storing thread). Set before SQLite starts, while this is the
   * only thread. No page cache starts with a block of 20 pages (88 KB):
   * every sorted page of a query opens a temporary table with a cache of
   * its own, and that block was allocated, faulted in, freed and given
   * back to the kernel at each one (41 page faults and a third of the CPU
   * time of a person's page in the server). */
  sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
  sqlite3_config(SQLITE_CONFIG_PAGECACHE, (void *)NULL, 0, 0);
  if (argc < 2) {
    fputs(USAGE, stderr);
    return EXIT_USAGE;
  }
  const char *cmd = argv[1];
  if (!strcmp(cmd, "-h") || !strcmp(cmd, "--help")) {
    fputs(USAGE, stdout);
    return EXIT_ALL_OK;
  }
  if (!strcmp(cmd, "-V") || !strcmp(cmd, "--version")) {
    printf("attache %s\n", attache_version());
    return EXIT_ALL_OK;
  }
  if (!strcmp(cmd, "help")) {
    if (argc < 3) {
      fputs(USAGE, stdout);
      return EXIT_ALL_OK;
    }
    if (!strcmp(argv[2], "--commands")) { /* for tools/gen_man.py: every command's name */
      for (size_t i = 0; i < sizeof COMMANDS / sizeof *COMMANDS; i++) puts(COMMANDS[i].name);
      return finish_output(EXIT_ALL_OK);
    }
    for (size_t i = 0; i < sizeof COMMANDS / sizeof *COMMANDS; i++)
      if (!strcmp(argv[2], COMMANDS[i].name)) {
        fputs(COMMANDS[i].usage, stdout);
        return EXIT_ALL_OK;
      }
    fprintf(stderr, "attache: error: no such command: %s\n", argv[2]);
    return EXIT_USAGE;
  }
  for (size_t i = 0; i < sizeof COMMANDS / sizeof *COMMANDS; i++)
    if (!strcmp(cmd, COMMANDS[i].name)) return finish_output(COMMANDS[i].run(argc - 1, argv + 1));
  fprintf(stderr, "attache: error: no such command: %s (see attache --help)\n", cmd);
  return EXIT_USAGE;
}
