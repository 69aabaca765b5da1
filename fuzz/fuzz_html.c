/* SPDX-License-Identifier: MIT */
/*
 * fuzz_html.c - `attache clean` on an untrusted web page: libxml2's parser,
 * charset detection, the article finder and its metadata, then extraction of
 * the page as `attache extract` does it. Every string of the article must be
 * well-formed UTF-8 without a NUL inside; captions are kept or left out by
 * the input's length.
 */
#include "fuzz.h"

#include <attache/extract.h>
#include <attache/html.h>

#include <string.h>

static void check_text(const char *s) {
  if (s) FUZZ_CHECK(fuzz_valid_utf8(s, strlen(s)));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *page = (const char *)data;
  unsigned flags = size % 2 ? ATTACHE_HTML_NO_CAPTIONS : 0;
  attache_article *a = NULL;
  attache_error err = {0};
  if (attache_html_article(fuzz_lexicon(), page, size, NULL, flags, &a, &err) == ATTACHE_OK) {
    FUZZ_CHECK(a != NULL && a->text != NULL && a->encoding != NULL);
    check_text(a->title);
    check_text(a->published);
    check_text(a->author);
    check_text(a->url);
    check_text(a->site);
    check_text(a->text);
    attache_article_free(a);
  } else {
    FUZZ_CHECK(a == NULL);
  }

  attache_doc_input in = {.id = {"page", 4}, .html = {page, size}};
  attache_doc *doc = NULL;
  if (attache_extract(fuzz_lexicon(), &in, NULL, &doc, &err) == ATTACHE_OK) {
    const char *json = attache_doc_json(doc);
    FUZZ_CHECK(json && fuzz_valid_utf8(json, strlen(json)));
    attache_doc_free(doc);
  }
  return 0;
}
