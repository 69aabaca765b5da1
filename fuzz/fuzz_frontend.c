/* SPDX-License-Identifier: MIT */
/*
 * fuzz_frontend.c - a libFuzzer target for the front end that reads
 * untrusted bytes: charset detection and conversion, the HTML article
 * extractor, and the text pipeline behind them. Any crash, leak or
 * sanitizer report is a bug; tests/fuzz.sh runs it for a bounded time.
 */
#include <attache/decode.h>
#include <attache/extract.h>
#include <attache/html.h>
#include <attache/lexicon.h>

#include "charset.h"

#include <stdint.h>
#include <stdlib.h>

static attache_lexicon *lexicon(void) {
  static attache_lexicon *lex;
  if (!lex && attache_lexicon_load(NULL, &lex, NULL) != ATTACHE_OK) abort();
  return lex;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *bytes = (const char *)data;
  char *utf8 = NULL;
  size_t len = 0;
  const char *used = NULL;
  if (at_charset_to_utf8(bytes, size, NULL, NULL, &utf8, &len, &used, NULL) == ATTACHE_OK) free(utf8);

  attache_article *article = NULL;
  if (attache_html_article(lexicon(), bytes, size, NULL, 0, &article, NULL) == ATTACHE_OK) attache_article_free(article);

  attache_doc_input in = {.id = {"fuzz", 4}, .text = {bytes, size}};
  attache_extract_options options = {.lenient = 1, .explain = 1};
  attache_doc *doc = NULL;
  if (attache_extract(lexicon(), &in, &options, &doc, NULL) == ATTACHE_OK) {
    attache_doc_json(doc);
    attache_doc_free(doc);
  }
  return 0;
}
