/* SPDX-License-Identifier: MIT */
/*
 * progress.h - how far a long run (ingest, extract) has got, on stderr. On a
 * terminal one line redrawn in place ("\r"); otherwise (a log file, CI) a
 * whole line every PROGRESS_DOCS documents or PROGRESS_SECONDS seconds, so a
 * redirected run still shows it is moving. --quiet shows none.
 */
#ifndef ATTACHE_CLI_PROGRESS_H
#define ATTACHE_CLI_PROGRESS_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

enum { PROGRESS_DOCS = 1000, PROGRESS_SECONDS = 5 };

typedef struct cli_progress {
  bool shown;    /* not --quiet */
  bool redrawn;  /* stderr is a terminal: one line redrawn in place */
  off_t total;   /* bytes of all inputs, for the ETA (0: unknown) */
  double start, last;
  size_t docs, bytes, docs_at_last;
} cli_progress;

/* The sum of the sizes of the regular files among paths[0..n). */
off_t cli_inputs_size(const char *const *paths, size_t n);

void cli_progress_start(cli_progress *p, bool quiet, off_t total);
/* One more document of `bytes` bytes done. */
void cli_progress_step(cli_progress *p, size_t bytes);
/* The last state: the line on a terminal is completed with a newline. */
void cli_progress_end(cli_progress *p);

#endif
