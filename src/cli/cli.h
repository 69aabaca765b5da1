/* SPDX-License-Identifier: MIT */
/*
 * cli.h - what the subcommands of the `attache` program share: exit codes,
 * error printing, and each subcommand's entry point and usage text.
 */
#ifndef ATTACHE_CLI_H
#define ATTACHE_CLI_H

#include <attache/attache.h>

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
