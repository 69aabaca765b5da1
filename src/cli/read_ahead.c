/* SPDX-License-Identifier: MIT */
/*
 * read_ahead.c - ingest's reading thread (see read_ahead.h): a queue of a
 * few documents between it and the thread that stores them.
 */
#include "read_ahead.h"

#include "cli.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* How far reading may run ahead of storing: at most this many documents,
 * and (past the first) this many bytes of their input. While the storing
 * thread commits a batch (its summaries, search index and pages: some 50 ms
 * for 500 documents), reading goes on extracting the next ones; with 16 it
 * stopped after a couple of milliseconds, and the two threads took turns
 * instead of working at once. Each costs about 90 KB while it waits (its
 * extraction's arena and tokens). */
enum { AHEAD_DOCUMENTS = 256, AHEAD_BYTES = 4 << 20 };

struct read_ahead {
  attache_store *reader;
  const attache_lexicon *lex;
  const attache_extract_options *options;
  char *const *paths;
  size_t npaths;
  attache_input_format format;
  size_t max_bytes;
  size_t current; /* the input being read */
  pthread_t thread;
  pthread_mutex_t lock;
  pthread_cond_t changed; /* an item was added or taken */
  ahead_item ring[AHEAD_DOCUMENTS];
  size_t first, count;
  size_t bytes; /* of the documents in the ring's input */
};

static size_t input_bytes(const ahead_item *item) { return item->in.text.len + item->in.html.len; }

static void push(read_ahead *r, const ahead_item *item) {
  pthread_mutex_lock(&r->lock);
  while (r->count == AHEAD_DOCUMENTS || (r->count > 0 && r->bytes + input_bytes(item) > AHEAD_BYTES))
    pthread_cond_wait(&r->changed, &r->lock);
  ahead_item *slot = &r->ring[(r->first + r->count) % AHEAD_DOCUMENTS];
  *slot = *item;
  /* an error may name its file in its own buffer */
  if (item->err.file == item->err.file_buf) slot->err.file = slot->err.file_buf;
  r->count++;
  r->bytes += input_bytes(item);
  pthread_cond_broadcast(&r->changed);
  pthread_mutex_unlock(&r->lock);
}

attache_str str_copy(attache_str s) {
  if (!s.ptr) return s;
  char *p = malloc(s.len + 1);
  if (!p) abort();
  memcpy(p, s.ptr, s.len);
  p[s.len] = '\0';
  return (attache_str){p, s.len};
}

attache_doc_input doc_input_copy(const attache_doc_input *in) {
  return (attache_doc_input){str_copy(in->id),        str_copy(in->url),  str_copy(in->title),
                             str_copy(in->published), str_copy(in->text), str_copy(in->html),
                             in->text_valid_utf8};
}

void doc_input_free(attache_doc_input *in) {
  free((char *)in->id.ptr);
  free((char *)in->url.ptr);
  free((char *)in->title.ptr);
  free((char *)in->published.ptr);
  free((char *)in->text.ptr);
  free((char *)in->html.ptr);
  *in = (attache_doc_input){0};
}

static attache_status prepare_one(void *ctx, const char *path, size_t line_no, const attache_doc_input *in,
                                  attache_error *err) {
  read_ahead *r = ctx;
  ahead_item item = {.kind = AHEAD_DOCUMENT, .path = path, .line_no = line_no};
  attache_status st = attache_store_prepare(r->reader, r->lex, in, r->options, &item.prepared, err);
  if (st != ATTACHE_OK) return st; /* reported by fail_one, with its file and line */
  item.in = doc_input_copy(in);
  push(r, &item);
  return ATTACHE_OK;
}

static void fail_one(void *ctx, const attache_error *err) {
  read_ahead *r = ctx;
  ahead_item item = {.kind = AHEAD_FAILURE, .path = r->paths[r->current], .err = *err};
  push(r, &item);
}

static void *read_all(void *arg) {
  read_ahead *r = arg;
  for (r->current = 0; r->current < r->npaths; r->current++) {
    cli_read_documents_to(r->paths[r->current], r->format, r->max_bytes, prepare_one, fail_one, r);
    push(r, &(ahead_item){.kind = AHEAD_END_OF_INPUT, .input = r->current});
  }
  push(r, &(ahead_item){.kind = AHEAD_END});
  return NULL;
}

read_ahead *read_ahead_start(attache_store *reader, const attache_lexicon *lex, const attache_extract_options *options,
                             char *const *paths, size_t npaths, attache_input_format format, size_t max_bytes) {
  read_ahead *r = calloc(1, sizeof *r);
  if (!r) abort();
  *r = (read_ahead){.reader = reader, .lex = lex, .options = options, .paths = paths, .npaths = npaths,
                    .format = format, .max_bytes = max_bytes};
  pthread_mutex_init(&r->lock, NULL);
  pthread_cond_init(&r->changed, NULL);
  if (pthread_create(&r->thread, NULL, read_all, r) != 0) {
    pthread_cond_destroy(&r->changed);
    pthread_mutex_destroy(&r->lock);
    free(r);
    return NULL;
  }
  return r;
}

void read_ahead_next(read_ahead *r, ahead_item *out) {
  pthread_mutex_lock(&r->lock);
  while (r->count == 0) pthread_cond_wait(&r->changed, &r->lock);
  ahead_item *slot = &r->ring[r->first];
  *out = *slot;
  if (slot->err.file == slot->err.file_buf) out->err.file = out->err.file_buf;
  r->first = (r->first + 1) % AHEAD_DOCUMENTS;
  r->count--;
  r->bytes -= input_bytes(out);
  pthread_cond_broadcast(&r->changed);
  pthread_mutex_unlock(&r->lock);
}

void read_ahead_item_free(ahead_item *item) {
  attache_prepared_free(item->prepared);
  doc_input_free(&item->in);
  *item = (ahead_item){0};
}

void read_ahead_finish(read_ahead *r) {
  if (!r) return;
  pthread_join(r->thread, NULL);
  pthread_cond_destroy(&r->changed);
  pthread_mutex_destroy(&r->lock);
  free(r);
}
