/* SPDX-License-Identifier: MIT */
/*
 * fuzz_extract.c - the whole extraction pipeline on untrusted text: decoding,
 * cleaning, sentences, tokens, lexicons, dates, entities, events, records and
 * the JSON result. The result must be one JSON object that jansson can read
 * back; the language is identified, or forced to "vi" or "en" (chosen by the
 * input's length, so that every input keeps its meaning when mutated).
 */
#include "fuzz.h"

#include <attache/extract.h>

#include <jansson.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static const char *const langs[] = {NULL, "vi", "en"};
  attache_doc_input in = {.id = {"fuzz", 4}, .text = {(const char *)data, size}};
  attache_extract_options options = {.lenient = 1, .explain = 1, .lang = langs[size % 3]};
  attache_doc *doc = NULL;
  attache_error err = {0};
  attache_status st = attache_extract(fuzz_lexicon(), &in, &options, &doc, &err);
  if (st != ATTACHE_OK) {
    FUZZ_CHECK(doc == NULL);
    return 0;
  }
  const char *json = attache_doc_json(doc);
  FUZZ_CHECK(json != NULL);
  json_error_t jerr;
  json_t *back = json_loads(json, 0, &jerr);
  if (!back) fprintf(stderr, "result is not JSON: %s\n%s\n", jerr.text, json);
  FUZZ_CHECK(json_is_object(back));
  json_decref(back);
  attache_doc_free(doc);
  return 0;
}
