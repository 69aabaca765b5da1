/* SPDX-License-Identifier: MIT */
/*
 * ab_stages.c - two builds of the library side by side in one program, for
 * a speed change too small to see on a shared machine, where the load moves
 * a run's seconds by 20%: the old library's symbols are renamed ref_* (see
 * bench/ab_stages.sh), and the corpus's documents go in turn to one and the
 * other (odd ones to the new build, or with SWAP the even ones), so that
 * both meet the same moments of the machine. Prints the CPU MB/s of each
 * stage for both and the new build's speed over the old. Run it both ways
 * and take the mean of the two ratios (the odd and even documents differ).
 * A benchmark, not a test: it asserts nothing.
 *
 *   ab_stages CORPUS.jsonl [SWAP]
 */
#include <attache/extract.h>
#include <attache/reader.h>

#include "pipeline.h"

#include <stdio.h>

attache_status ref_attache_lexicon_load(const char *data_dir, attache_lexicon **out, attache_error *err);
attache_status ref_at_extract_timed(const attache_lexicon *lex, const attache_doc_input *input,
                                    const attache_extract_options *options, attache_doc **out, attache_error *err,
                                    double *stage_seconds);
void ref_attache_doc_free(attache_doc *doc);

int main(int argc, char **argv) {
  if (argc < 2 || argc > 3) {
    fprintf(stderr, "usage: ab_stages CORPUS.jsonl [SWAP]\n");
    return 2;
  }
  attache_lexicon *lex = NULL, *ref_lex = NULL; /* each build's own: their layouts may differ */
  attache_error err = {0};
  if (attache_lexicon_load(NULL, &lex, &err) || ref_attache_lexicon_load(NULL, &ref_lex, &err)) {
    fprintf(stderr, "cannot load lexicon: %s\n", err.message);
    return 1;
  }
  attache_reader *r = NULL;
  if (attache_reader_open(argv[1], ATTACHE_INPUT_JSONL, 0, &r, &err)) {
    fprintf(stderr, "%s: %s\n", argv[1], err.message);
    return 1;
  }
  double seconds[2][AT_STAGE_COUNT] = {{0}};
  size_t bytes[2] = {0, 0}, docs = 0;
  for (;;) {
    attache_doc_input in;
    int done = 0;
    if (attache_reader_next(r, &in, &done, &err)) continue;
    if (done) break;
    int b = (int)(docs++ & 1) ^ (argc == 3); /* 1: the new build */
    double stages[AT_STAGE_COUNT] = {0};
    attache_doc *doc = NULL;
    if (b ? at_extract_timed(lex, &in, NULL, &doc, &err, stages)
          : ref_at_extract_timed(ref_lex, &in, NULL, &doc, &err, stages))
      continue;
    if (b) attache_doc_free(doc);
    else ref_attache_doc_free(doc);
    bytes[b] += in.text.len;
    for (int s = 0; s < AT_STAGE_COUNT; s++) seconds[b][s] += stages[s];
  }
  attache_reader_free(r);
  printf("%-16s %10s %10s %8s\n", "stage", "old MB/s", "new MB/s", "new/old");
  double total[2] = {0, 0};
  for (int s = 0; s <= AT_STAGE_COUNT; s++) {
    double rate[2];
    for (int b = 0; b < 2; b++) {
      double t = s < AT_STAGE_COUNT ? seconds[b][s] : total[b];
      if (s < AT_STAGE_COUNT) total[b] += t;
      rate[b] = (double)bytes[b] / 1e6 / t;
    }
    printf("%-16s %10.1f %10.1f %8.3f\n", s < AT_STAGE_COUNT ? AT_STAGE_NAMES[s] : "all stages", rate[0], rate[1],
           rate[1] / rate[0]);
  }
  return 0;
}
