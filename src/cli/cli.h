/* SPDX-License-Identifier: MIT */
/*
 * cli.h - what the subcommands of the `attache` program share: exit codes,
 * error printing, and each subcommand's entry point and usage text.
 */
#ifndef ATTACHE_CLI_H
#define ATTACHE_CLI_H

#include <attache/attache.h>
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

/* Prints "attache: error: FILE:LINE: message" to stderr. */
void cli_print_error(const attache_error *err);

/* Points an error about the document just read at its input: the file and,
 * in a stream, the line (the byte offset stays within the document). */
void cli_locate(attache_error *err, const char *path, const attache_reader *reader);

/* After a failed document, whether the input can still be read: a stream
 * goes on at its next line; a single document, or an input that can no
 * longer be read, ends there. */
bool cli_input_goes_on(const attache_reader *reader, const attache_error *err);

int cmd_extract(int argc, char **argv);
int cmd_ingest(int argc, char **argv);
int cmd_query(int argc, char **argv);
int cmd_clean(int argc, char **argv);
int cmd_serve(int argc, char **argv);
extern const char SERVE_USAGE[];
extern const char CLEAN_USAGE[];
extern const char EXTRACT_USAGE[];
extern const char INGEST_USAGE[];
extern const char QUERY_USAGE[];

#endif
