/* SPDX-License-Identifier: MIT */
/*
 * read_ahead.h - ingest's reading thread: it reads the inputs and extracts
 * their documents (attache_store_prepare, on a connection of its own) while
 * the main thread stores the ones before, and hands them over in the order
 * of the input, with the failures met reading them, so that what is
 * printed and stored is what reading and storing one by one gives. On two
 * cores an ingest then takes about the longer of extracting and storing
 * instead of their sum.
 */
#ifndef ATTACHE_READ_AHEAD_H
#define ATTACHE_READ_AHEAD_H

#include <attache/extract.h>
#include <attache/reader.h>
#include <attache/store.h>

typedef enum ahead_kind {
  AHEAD_DOCUMENT,     /* a document, read and prepared */
  AHEAD_FAILURE,      /* a failure to print (reading or extracting), with its file and line */
  AHEAD_END_OF_INPUT, /* every document of input `input` was handed over */
  AHEAD_END           /* of every input */
} ahead_kind;

typedef struct ahead_item {
  ahead_kind kind;
  const char *path;
  size_t line_no;
  attache_doc_input in;       /* AHEAD_DOCUMENT: copies, kept until read_ahead_item_free */
  attache_prepared *prepared; /* AHEAD_DOCUMENT */
  attache_error err;          /* AHEAD_FAILURE */
  size_t input;               /* AHEAD_END_OF_INPUT */
} ahead_item;

typedef struct read_ahead read_ahead;

/* Starts reading `paths` (as cli_read_documents reads each) in a thread that
 * prepares each document with `reader`, which it alone uses until
 * read_ahead_finish. NULL when no thread can be started. */
read_ahead *read_ahead_start(attache_store *reader, const attache_lexicon *lex, const attache_extract_options *options,
                             char *const *paths, size_t npaths, attache_input_format format, size_t max_bytes);
/* The next item, waiting for it; after AHEAD_END, call read_ahead_finish. */
void read_ahead_next(read_ahead *r, ahead_item *out);
void read_ahead_item_free(ahead_item *item);

/* A string or a document's input copied to memory of its own (NUL-ended),
 * and such a copy freed: what is read is kept past its reader's next line,
 * here and in ingest's batch of documents not yet committed. */
attache_str str_copy(attache_str s);
attache_doc_input doc_input_copy(const attache_doc_input *in);
void doc_input_free(attache_doc_input *in);
void read_ahead_finish(read_ahead *r);

#endif
