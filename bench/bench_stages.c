/* SPDX-License-Identifier: MIT */
/*
 * bench_stages.c - how fast each pipeline stage runs: reads a JSONL corpus,
 * extracts every document with the stage stopwatch on, and prints MB/s and
 * documents/s per stage and for the whole, the tokens (syllables, numbers
 * and signs) per second of tokenize+match and of the whole, and the peak
 * resident memory.
 * A benchmark, not a test: it asserts nothing.
 *
 *   bench_stages CORPUS.jsonl
 */
#include <attache/extract.h>
#include <attache/reader.h>

#include "pipeline.h"

#include <stdio.h>
#include <sys/resource.h>
#include <time.h>

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: bench_stages CORPUS.jsonl\n");
    return 2;
  }
  attache_lexicon *lex = NULL;
  attache_error err = {0};
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  if (attache_lexicon_load(NULL, &lex, &err)) {
    fprintf(stderr, "cannot load lexicon: %s\n", err.message);
    return 1;
  }
  clock_gettime(CLOCK_MONOTONIC, &t1);
  double load = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
  attache_reader *r = NULL;
  if (attache_reader_open(argv[1], ATTACHE_INPUT_JSONL, 0, &r, &err)) {
    fprintf(stderr, "%s: %s\n", argv[1], err.message);
    return 1;
  }
  double stages[AT_STAGE_COUNT] = {0};
  size_t docs = 0, bytes = 0, events = 0, tokens = 0;
  for (;;) {
    attache_doc_input in;
    int done = 0;
    if (attache_reader_next(r, &in, &done, &err)) continue;
    if (done) break;
    attache_doc *doc = NULL;
    if (at_extract_timed(lex, &in, NULL, &doc, &err, stages)) continue;
    docs++;
    bytes += in.text.len;
    events += attache_doc_event_count(doc);
    tokens += doc->tokens.len;
    attache_doc_free(doc);
  }
  attache_reader_free(r);
  attache_lexicon_free(lex);
  double mb = (double)bytes / 1e6, total = 0;
  printf("corpus: %zu documents, %.1f MB of text, %zu events; lexicon load %.3f s\n", docs, mb, events, load);
  printf("%-16s %10s %12s %12s\n", "stage", "seconds", "MB/s", "docs/s");
  for (int s = 0; s < AT_STAGE_COUNT; s++) {
    total += stages[s];
    printf("%-16s %10.3f %12.1f %12.0f\n", AT_STAGE_NAMES[s], stages[s], mb / stages[s], (double)docs / stages[s]);
  }
  printf("%-16s %10.3f %12.1f %12.0f\n", "all stages", total, mb / total, (double)docs / total);
  printf("tokens: %zu; %.0f tokens/s through tokenize+match, %.0f through all stages\n", tokens,
         (double)tokens / stages[AT_STAGE_MATCH], (double)tokens / total);
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  printf("peak RSS: %.1f MB\n", (double)ru.ru_maxrss / 1024.0);
  return 0;
}
