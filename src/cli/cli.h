/* SPDX-License-Identifier: MIT */
/*
 * cli.h - what the subcommands of the `attache` program share: exit codes,
 * error printing, and each subcommand's entry point and usage text.
 */
#ifndef ATTACHE_CLI_H
#define ATTACHE_CLI_H

#include <attache/attache.h>
#include <attache/lexicon.h>
#include <attache/reader.h>

#include <stdbool.h>

/* Exit codes (documented in `attache --help` and the README). */
enum {
  EXIT_ALL_OK = 0,       /* every input processed */
  EXIT_SOME_FAILED = 1,  /* at least one input or document failed; the rest were processed */
  EXIT_USAGE = 2,        /* bad command line */
  EXIT_DATA = 3,         /* the lexicons in data/ could not be loaded */
  EXIT_OUTPUT = 4        /* writing the output failed */
};

/* Prints "attache: error: FILE:LINE: message" to stderr (over the progress
 * line, when one is shown). */
void cli_print_error(const attache_error *err);

/* Whether a progress line ("\r...") is on stderr for errors to replace. */
void cli_progress_line(bool shown);

/* Reads `s` as a whole number from min to max (digits only, a '-' before
 * them allowed): true and *out set, else false. "abc", "5x", "" and numbers
 * past the range are refused (strtol alone gives 0 or clamps). */
bool cli_whole_number(const char *s, long min, long max, long *out);

/* Reads the value of --max-bytes: a number of bytes from 1 to
 * ATTACHE_MAX_DOC_BYTES, digits only. Otherwise says why on stderr and
 * returns false (the command then exits with EXIT_USAGE): "-1" must not
 * become a limit of 16 EiB, nor "5x" one of 5 bytes. */
bool cli_max_bytes(const char *s, size_t *out);

/* What a command does with one document read (at `line` of a stream, 0 for
 * a file that is one document); on failure it fills `err`. */
typedef attache_status (*cli_document_fn)(void *ctx, const char *path, size_t line, const attache_doc_input *in,
                                          attache_error *err);

/* Reads every document of the input at `path` and hands each to `each`. A
 * failure, in reading or in `each`, is printed with the file and, in a
 * stream, the line; a stream goes on at its next line, a single document or
 * an input that can no longer be read ends there. Returns the number of
 * failures (an input that cannot be opened is one). */
size_t cli_read_documents(const char *path, attache_input_format format, size_t max_bytes, cli_document_fn each,
                          void *ctx);

/* As cli_read_documents, but each failure goes to `fail` instead of being
 * printed (ingest's reading thread hands them to the thread that prints,
 * so that they come out in the order of the input). */
typedef void (*cli_failure_fn)(void *ctx, const attache_error *err);
size_t cli_read_documents_to(const char *path, attache_input_format format, size_t max_bytes, cli_document_fn each,
                             cli_failure_fn fail, void *ctx);

/* What a command does with line `line_no` of the JSON Lines stream at
 * `path`; on failure it fills `err`. */
typedef attache_status (*cli_line_fn)(void *ctx, const char *path, size_t line_no, attache_str line,
                                      attache_error *err);

/* Reads every line of the JSON Lines stream at `path` (blank ones skipped)
 * and hands each to `each`, as cli_read_documents does with documents. */
size_t cli_read_lines(const char *path, size_t max_bytes, cli_line_fn each, void *ctx);

/* The directory of the program's own files NAME ("data", "web"): `given` (the
 * command line), else $ENV, else beside the program (see paths.c), where it
 * must hold the file `marker`. Writes it to `out`; false with `err` filled
 * when there is none. */
bool cli_find_dir(const char *given, const char *env, const char *name, const char *marker, char *out, size_t cap,
                  attache_error *err);

/* The database when --db is not given: $ATTACHE_DB (a file, or postgresql://...), else attache.db. */
const char *cli_default_db(void);

/* Loads the lexicons from --data DIR (`given`, may be NULL) or as cli_find_dir finds them. */
attache_status cli_load_lexicon(const char *given, attache_lexicon **out, attache_error *err);

/* Prints a query's result as `format`: table, csv, json or jsonl. A table
 * fits the terminal's width (term_columns) unless `wide`. */
struct attache_result;
void cli_print_result(struct attache_result *result, const char *format, bool wide);

int cmd_extract(int argc, char **argv);
int cmd_correct(int argc, char **argv);
int cmd_ingest(int argc, char **argv);
int cmd_query(int argc, char **argv);
int cmd_clean(int argc, char **argv);
int cmd_serve(int argc, char **argv);
int cmd_export(int argc, char **argv);
extern const char SERVE_USAGE[];
extern const char CLEAN_USAGE[];
extern const char EXTRACT_USAGE[];
extern const char INGEST_USAGE[];
extern const char QUERY_USAGE[];
extern const char EXPORT_USAGE[];
extern const char CORRECT_USAGE[];

#endif
