/* SPDX-License-Identifier: MIT */
/*
 * support.h - what the unit tests share: one lexicon for the whole test
 * program, and a way to run a text through the pipeline and look at the
 * result as parsed JSON.
 */
#ifndef ATTACHE_TEST_SUPPORT_H
#define ATTACHE_TEST_SUPPORT_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <jansson.h>
#include <string.h>

#include <attache/extract.h>
#include <attache/lexicon.h>

#include "pipeline.h"

static attache_lexicon *support_lexicon;

static inline attache_lexicon *test_lexicon(void) {
  if (!support_lexicon) {
    attache_error err = {0};
    if (attache_lexicon_load(ATTACHE_TEST_DATA_DIR, &support_lexicon, &err) != ATTACHE_OK) {
      fprintf(stderr, "cannot load lexicon: %s\n", err.message);
      abort();
    }
  }
  return support_lexicon;
}

/* Runs an input through the pipeline; the caller frees the document. */
static inline attache_doc *test_doc_of(const attache_doc_input *in) {
  attache_doc *doc = NULL;
  attache_error err = {0};
  assert_int_equal(attache_extract(test_lexicon(), in, NULL, &doc, &err), ATTACHE_OK);
  return doc;
}

/* Runs `text` (with an optional ISO publication date) through the pipeline;
 * the caller frees the document. */
static inline attache_doc *test_doc(const char *text, const char *published) {
  attache_doc_input in = {.id = {"t", 1}, .text = {text, strlen(text)}};
  if (published) in.published = (attache_str){published, strlen(published)};
  return test_doc_of(&in);
}

/* A document's result as JSON, the document freed (caller json_decref()s
 * the result). */
static inline json_t *test_json_of(attache_doc *doc) {
  json_error_t jerr;
  json_t *j = json_loads(attache_doc_json(doc), 0, &jerr);
  attache_doc_free(doc);
  assert_non_null(j);
  return j;
}

/* The result as JSON (caller json_decref()s it). */
static inline json_t *test_extract(const char *text, const char *published) {
  return test_json_of(test_doc(text, published));
}

static inline json_t *test_list(json_t *result, const char *key) { return json_object_get(result, key); }

static inline const char *test_str(json_t *obj, const char *key) {
  json_t *v = json_object_get(obj, key);
  return json_is_string(v) ? json_string_value(v) : NULL;
}

/* The document's events as "type date [countries]" joined by "; " (a
 * static buffer, overwritten by the next call). */
static inline const char *test_event_summary(const char *text, const char *published) {
  static char buf[2048];
  json_t *r = test_extract(text, published);
  json_t *evs = test_list(r, "events");
  size_t n = 0;
  buf[0] = '\0';
  for (size_t i = 0; i < json_array_size(evs); i++) {
    json_t *ev = json_array_get(evs, i);
    const char *date = test_str(ev, "date");
    n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%s %s [", i ? "; " : "", test_str(ev, "type"),
                          date ? date : "null");
    json_t *cs = json_object_get(ev, "countries");
    for (size_t k = 0; k < json_array_size(cs); k++)
      n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%s", k ? " " : "", json_string_value(json_array_get(cs, k)));
    n += (size_t)snprintf(buf + n, sizeof buf - n, "]");
  }
  json_decref(r);
  return buf;
}

/* Each event's participants as "type:name|name", or with `with_country`
 * "type:name/country|name/country" ("-" for none), events joined by "; "
 * (a static buffer, overwritten by the next call). */
static inline const char *test_participants(const char *text, bool with_country) {
  static char buf[2048];
  json_t *r = test_extract(text, NULL);
  json_t *evs = test_list(r, "events");
  size_t n = 0;
  buf[0] = '\0';
  for (size_t i = 0; i < json_array_size(evs); i++) {
    json_t *ps = json_object_get(json_array_get(evs, i), "participants");
    n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%s:", i ? "; " : "", test_str(json_array_get(evs, i), "type"));
    for (size_t k = 0; k < json_array_size(ps); k++) {
      json_t *p = json_array_get(ps, k);
      n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%s", k ? "|" : "", test_str(p, "name"));
      if (with_country) {
        const char *country = test_str(p, "country");
        n += (size_t)snprintf(buf + n, sizeof buf - n, "/%s", country ? country : "-");
      }
    }
  }
  json_decref(r);
  return buf;
}

/* Free the shared lexicon at exit so LeakSanitizer stays quiet. */
static inline int test_teardown_lexicon(void **state) {
  (void)state;
  attache_lexicon_free(support_lexicon);
  support_lexicon = NULL;
  return 0;
}

#endif
