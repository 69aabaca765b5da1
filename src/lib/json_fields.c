/* SPDX-License-Identifier: MIT */
/*
 * json_fields.c - the members of a JSON Lines document when the line is the
 * common case: one object whose values are all strings ({"id": "...",
 * "text": "...", "url": "..."}). jansson's json_loadb built a tree of every
 * string, a quarter of `attache extract`; yajl, a streaming parser, hands
 * each key and string over as it reads them, about four times faster.
 *
 * A line is read here only when jansson would read it the same way; anything
 * else answers false and the caller gives the line to jansson, which reads
 * it or says what is wrong with it (so a bad line gets jansson's message):
 *  - any value that is not a string, a nested object or array, more than
 *    AT_JSON_MAX_FIELDS members, and every error yajl finds;
 *  - what yajl lets through and jansson refuses: a \u escape (yajl reads a
 *    lone surrogate as '?' and \u0000 as a NUL), a vertical tab or form feed
 *    (whitespace to yajl), bytes that are not strict UTF-8 (yajl lets
 *    overlong forms and encoded surrogates pass), a duplicate key.
 */
#include "internal.h"

#include <string.h>
#include <yajl/yajl_parse.h>

/* Where each member was copied to in the store (offsets: the store may move
 * while it grows). */
typedef struct fields_reader {
  at_buf *store;
  size_t key_at[AT_JSON_MAX_FIELDS], key_len[AT_JSON_MAX_FIELDS];
  size_t value_at[AT_JSON_MAX_FIELDS], value_len[AT_JSON_MAX_FIELDS];
  size_t count;
  int depth;
  bool in_member; /* a key has been read and its value not yet */
} fields_reader;

/* Returning 0 from a callback stops yajl: the line is jansson's. */
static int refuse(void *ctx) {
  (void)ctx;
  return 0;
}
static int refuse_bool(void *ctx, int value) {
  (void)ctx, (void)value;
  return 0;
}
static int refuse_number(void *ctx, const char *s, size_t n) {
  (void)ctx, (void)s, (void)n;
  return 0;
}

static int start_map(void *ctx) {
  fields_reader *f = ctx;
  return ++f->depth == 1; /* a nested object is jansson's */
}

static int end_map(void *ctx) {
  fields_reader *f = ctx;
  f->depth--;
  return 1;
}

/* Copies s into the store, NUL-ended; its offset in *at. */
static bool keep(fields_reader *f, const unsigned char *s, size_t n, size_t *at) {
  if (!at_json_valid_utf8((const char *)s, n)) return false;
  *at = f->store->len;
  return at_buf_append(f->store, (const char *)s, n) && at_buf_putc(f->store, '\0');
}

static int map_key(void *ctx, const unsigned char *s, size_t n) {
  fields_reader *f = ctx;
  if (f->count == AT_JSON_MAX_FIELDS) return 0;
  for (size_t i = 0; i < f->count; i++)
    if (f->key_len[i] == n && memcmp(f->store->data + f->key_at[i], s, n) == 0) return 0;
  if (!keep(f, s, n, &f->key_at[f->count])) return 0;
  f->key_len[f->count] = n;
  f->in_member = true;
  return 1;
}

static int string_value(void *ctx, const unsigned char *s, size_t n) {
  fields_reader *f = ctx;
  if (!f->in_member) return 0; /* a string that is the whole line */
  if (!keep(f, s, n, &f->value_at[f->count])) return 0;
  f->value_len[f->count++] = n;
  f->in_member = false;
  return 1;
}

static const yajl_callbacks field_callbacks = {
    .yajl_null = refuse,
    .yajl_boolean = refuse_bool,
    .yajl_number = refuse_number,
    .yajl_string = string_value,
    .yajl_start_map = start_map,
    .yajl_map_key = map_key,
    .yajl_end_map = end_map,
    .yajl_start_array = refuse,
    .yajl_end_array = refuse,
};

/* True when the line holds something yajl reads otherwise than jansson: a
 * \u escape (or an escaped backslash before a u, which is left to jansson
 * too), a vertical tab or a form feed. */
static bool read_otherwise_by_yajl(const char *line, size_t len) {
  const char *end = line + len;
  for (const char *p = memchr(line, '\\', len); p && p + 1 < end; p = memchr(p + 1, '\\', (size_t)(end - p - 1)))
    if (p[1] == 'u') return true;
  return memchr(line, '\v', len) || memchr(line, '\f', len);
}

bool at_json_fields(const char *line, size_t len, at_buf *store, at_json_field *fields, size_t *count) {
  if (read_otherwise_by_yajl(line, len)) return false;
  fields_reader f = {.store = store};
  store->len = 0;
  yajl_handle h = yajl_alloc(&field_callbacks, NULL, &f);
  if (!h) at_oom();
  yajl_config(h, yajl_dont_validate_strings, 1); /* keep() checks them strictly */
  bool read = yajl_parse(h, (const unsigned char *)line, len) == yajl_status_ok &&
              yajl_complete_parse(h) == yajl_status_ok && f.depth == 0;
  yajl_free(h);
  if (!read) return false;
  for (size_t i = 0; i < f.count; i++) {
    fields[i] = (at_json_field){store->data + f.key_at[i], f.key_len[i], store->data + f.value_at[i],
                                f.value_len[i]};
  }
  *count = f.count;
  return true;
}
