/* SPDX-License-Identifier: MIT */
/* progress.c - how far a long run has got, on stderr (see progress.h). */
#include "progress.h"

#include "cli.h"

#include <stdio.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static double seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

off_t cli_inputs_size(const char *const *paths, size_t n) {
  off_t total = 0;
  for (size_t i = 0; i < n; i++) {
    struct stat st;
    if (stat(paths[i], &st) == 0 && S_ISREG(st.st_mode)) total += st.st_size;
  }
  return total;
}

static void draw(cli_progress *p, bool final) {
  double el = seconds() - p->start;
  double mbs = el > 0 ? (double)p->bytes / 1e6 / el : 0;
  char eta[32] = "";
  if (p->total > 0 && p->bytes > 0 && !final && (off_t)p->bytes < p->total) {
    double left = (double)(p->total - (off_t)p->bytes) / ((double)p->bytes / el);
    snprintf(eta, sizeof eta, ", ETA %d:%02d", (int)left / 60, (int)left % 60);
  }
  if (p->redrawn) fprintf(stderr, "\r\033[Kattache: %zu documents, %.1f MB/s%s%s", p->docs, mbs, eta, final ? "\n" : "");
  else fprintf(stderr, "attache: %zu documents, %.1f MB/s%s\n", p->docs, mbs, eta);
  fflush(stderr);
  p->last = seconds();
  p->docs_at_last = p->docs;
}

void cli_progress_start(cli_progress *p, bool quiet, off_t total) {
  *p = (cli_progress){.shown = !quiet, .redrawn = !quiet && isatty(STDERR_FILENO), .total = total};
  p->start = p->last = seconds();
  cli_progress_line(p->redrawn);
}

void cli_progress_step(cli_progress *p, size_t bytes) {
  p->docs++;
  p->bytes += bytes;
  if (!p->shown) return;
  if (p->redrawn) {
    if (seconds() - p->last > 0.1) draw(p, false);
  } else if (p->docs - p->docs_at_last >= PROGRESS_DOCS || seconds() - p->last >= PROGRESS_SECONDS) {
    draw(p, false);
  }
}

void cli_progress_end(cli_progress *p) {
  if (p->redrawn) draw(p, true);
  cli_progress_line(false);
}
