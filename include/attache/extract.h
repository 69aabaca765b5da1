/* SPDX-License-Identifier: MIT */
/*
 * extract.h - one document in, its records out: events, agreements, figures
 * and relations, in the shape of shared/spec/extraction.md.
 *
 *   attache_lexicon *lex; attache_doc *doc;
 *   attache_lexicon_load(NULL, &lex, &err);
 *   attache_doc_input in = {.id = {"a1", 2}, .text = {bytes, n}};
 *   attache_extract(lex, &in, NULL, &doc, &err);
 *   puts(attache_doc_json(doc));
 *   attache_doc_free(doc);
 */
#ifndef ATTACHE_EXTRACT_H
#define ATTACHE_EXTRACT_H

#include <attache/attache.h>
#include <attache/lexicon.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The longest text a document may have, in bytes after decoding: byte
 * offsets within a document are 32-bit. A longer one is ATTACHE_ERR_TOO_LARGE,
 * however it was read, so that no offset wraps. */
#define ATTACHE_MAX_DOC_BYTES 0xFFFFFFFFu

/* A document as it arrives; every field is borrowed for the duration of the
 * call. `text` is raw bytes (decoded inside). Empty fields mean "not given". */
typedef struct attache_doc_input {
  attache_str id;
  attache_str url;
  attache_str title;
  attache_str published; /* ISO 8601 date or date-time */
  attache_str text;
  attache_str html; /* a web page instead of text: its article is extracted (see html.h) */
  int text_valid_utf8; /* nonzero: `text` is known to be valid UTF-8 (attache_reader_next checked it), so
                          decoding skips only that check; leave 0 unless so */
} attache_doc_input;

typedef struct attache_extract_options {
  int lenient; /* replace invalid UTF-8 with U+FFFD instead of failing */
  int explain; /* add an "explain" object (rule, cue, sentence offsets) to each record */
  const char *encoding; /* the input's charset (NULL: UTF-8 for text, declared or detected for HTML) */
  const char *lang;     /* "vi" or "en" to force the language (NULL: identified from the text) */
  int with_text; /* add what a store needs besides the records (see attache_store_ingest_result): the
                    document's text as read, its sentences, the input's content hash, and each record's
                    sentence */
} attache_extract_options;

typedef struct attache_doc attache_doc;

/*
 * Runs the whole pipeline on `input`. `options` may be NULL (defaults). On
 * success `*out` owns everything extracted; free it with attache_doc_free
 * (NULL is a no-op). On failure `*out` is NULL and `err` says why (with
 * err->offset for invalid UTF-8). Thread-safe for distinct documents sharing
 * one lexicon.
 */
ATTACHE_API attache_status attache_extract(const attache_lexicon *lex, const attache_doc_input *input,
                                           const attache_extract_options *options, attache_doc **out,
                                           attache_error *err);

/* The result as one line of JSON (no newline), owned by the document. */
ATTACHE_API const char *attache_doc_json(attache_doc *doc);

/* Counts of what was extracted. */
ATTACHE_API size_t attache_doc_event_count(const attache_doc *doc);
ATTACHE_API size_t attache_doc_agreement_count(const attache_doc *doc);
ATTACHE_API size_t attache_doc_figure_count(const attache_doc *doc);
ATTACHE_API size_t attache_doc_relation_count(const attache_doc *doc);
/* Invalid UTF-8 sequences replaced (lenient mode only). */
ATTACHE_API size_t attache_doc_replaced(const attache_doc *doc);

ATTACHE_API void attache_doc_free(attache_doc *doc);

#ifdef __cplusplus
}
#endif
#endif
