/* SPDX-License-Identifier: MIT */
/*
 * internal.h - helpers shared inside libattache and never exported: the
 * per-document arena, the growable byte buffer, and error reporting. Every
 * internal name starts with `at_`.
 */
#ifndef ATTACHE_INTERNAL_H
#define ATTACHE_INTERNAL_H

#include <attache/attache.h>

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <utf8proc.h>

/* Fills `err` (which may be NULL) and returns `status`. */
attache_status at_error_set(attache_error *err, attache_status status, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* An arena: many small allocations, one free. Allocation failure aborts the
 * process, since every caller would otherwise have to unwind a half-built
 * document; the arena is bounded by the document size limit. */
typedef struct at_arena at_arena;
at_arena *at_arena_new(void);
void at_arena_free(at_arena *arena);
void *at_arena_alloc(at_arena *arena, size_t size);            /* zeroed */
char *at_arena_strndup(at_arena *arena, const char *s, size_t n); /* NUL-terminated copy */
/* A string written in place: room for at most `max` bytes and a NUL, then
 * at_arena_string_end once its length is known (the NUL is written there
 * and the rest of the room goes back). Nothing else is taken from the arena
 * in between. */
char *at_arena_string_begin(at_arena *arena, size_t max);
void at_arena_string_end(at_arena *arena, char *s, size_t len);

/* FNV-1a over s[0, n): for hash tables of strings (lexicon.c's word
 * tables, store.c's counts of a batch's rows). */
static inline uint32_t at_hash_bytes(const char *s, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
  return h;
}

/* A growable byte buffer that refuses to grow past `max` bytes. */
typedef struct at_buf {
  char *data;
  size_t len;
  size_t cap;
  size_t max;
} at_buf;
void at_buf_init(at_buf *buf, size_t max);
void at_buf_free(at_buf *buf);
bool at_buf_append_slow(at_buf *buf, const char *s, size_t n);
/* Appends s[0, n) (false past max). Inline: a JSON answer is written a few
 * bytes at a time, and the call was a tenth of a partner's profile. */
static inline bool at_buf_append(at_buf *buf, const char *s, size_t n) {
  if (n >= buf->cap - buf->len || buf->len + n > buf->max) return at_buf_append_slow(buf, s, n);
  memcpy(buf->data + buf->len, s, n);
  buf->len += n;
  buf->data[buf->len] = '\0';
  return true;
}
bool at_buf_putc(at_buf *buf, char c);

/* strcmp, with unequal first bytes told apart inline. The rules of the
 * later stages compare a type, a value or a role with a literal at nearly
 * every step ("visit", "port_call", ...), and most of those differ at the
 * first byte: the library call cost more than the answer. Same sign as strcmp. */
static inline int at_strcmp(const char *a, const char *b) {
  if (a[0] != b[0]) return (unsigned char)a[0] - (unsigned char)b[0];
  return a[0] ? strcmp(a + 1, b + 1) : 0;
}
/* Keeps data NUL-terminated (not counted in len). */

/* The next code point of s[0, n) (n > 0) in *cp; its length in bytes (<= 0:
 * not UTF-8). ASCII and the two- and three-byte forms that cannot be
 * overlong or surrogates (all of Vietnamese) are read here, inline, for the
 * stages that walk text a code point at a time; utf8proc reads and checks
 * the rest. */
static inline utf8proc_ssize_t at_utf8_next(const char *s, size_t n, utf8proc_int32_t *cp) {
  const unsigned char *u = (const unsigned char *)s;
  if (u[0] < 0x80) {
    *cp = u[0];
    return 1;
  }
  if (u[0] >= 0xC2 && u[0] <= 0xDF && n >= 2 && (u[1] & 0xC0) == 0x80) {
    *cp = (u[0] & 0x1F) << 6 | (u[1] & 0x3F);
    return 2;
  }
  if (u[0] >= 0xE1 && u[0] <= 0xEF && u[0] != 0xED && n >= 3 && (u[1] & 0xC0) == 0x80 && (u[2] & 0xC0) == 0x80) {
    *cp = (u[0] & 0x0F) << 12 | (u[1] & 0x3F) << 6 | (u[2] & 0x3F);
    return 3;
  }
  return utf8proc_iterate(u, (utf8proc_ssize_t)n, cp);
}

/* attache_decode; with valid_utf8 (the text's reader checked it: see
 * attache_doc_input.text_valid_utf8) its UTF-8 is not checked again. */
attache_status at_decode(const char *bytes, size_t len, unsigned flags, bool valid_utf8, char **out,
                         size_t *out_len, size_t *replaced, attache_error *err);

/* JSON text as jansson's json_dumps(JSON_COMPACT) writes it (json_text.c):
 * whether s[0, n) is UTF-8 as jansson checks it (a string that is not is
 * left out), a string with '"', '\\' and control characters escaped, and a
 * real with `precision` significant digits (jansson's default: 17), false
 * (nothing written) when it is not finite. */
bool at_json_valid_utf8(const char *s, size_t n);
/* at_json_put_string when s[0, n) is valid UTF-8 (true); false when not,
 * with what it wrote left for the caller to take back. */
bool at_json_put_valid_string(at_buf *b, const char *s, size_t n);
void at_json_put_string(at_buf *b, const char *s, size_t n);
bool at_json_put_real(at_buf *b, double v, int precision);

/* A JSON Lines document's members when the line is one object of string
 * values (json_fields.c, by yajl): true with each key and value unescaped
 * and NUL-ended in `store` (emptied first); false for anything else (other
 * values, more than AT_JSON_MAX_FIELDS members, what yajl reads otherwise
 * than jansson, or not JSON), which is then jansson's to read or to report. */
enum { AT_JSON_MAX_FIELDS = 16 };
typedef struct at_json_field {
  const char *key;
  size_t key_len;
  const char *value;
  size_t value_len;
} at_json_field;
bool at_json_fields(const char *line, size_t len, at_buf *store, at_json_field *fields, size_t *count);

/* Growable array of fixed-size items in an arena-free heap block. */
typedef struct at_vec {
  void *items;
  size_t len;
  size_t cap;
  size_t size;
} at_vec;
void at_vec_init(at_vec *vec, size_t item_size);
void at_vec_grow(at_vec *vec); /* doubles the room; aborts when out of memory */
void at_vec_reserve(at_vec *vec, size_t n); /* room for n items at least, in one allocation */
/* A zeroed new slot. Inline: every token, match and sentence is pushed. */
static inline void *at_vec_push(at_vec *vec) {
  if (vec->len == vec->cap) at_vec_grow(vec);
  void *slot = (char *)vec->items + vec->len++ * vec->size;
  memset(slot, 0, vec->size);
  return slot;
}
void at_vec_free(at_vec *vec);
#define AT_VEC_AT(vec, type, i) (&((type *)(vec)->items)[(i)])

/* True for a code point that NFC never changes, whatever surrounds it. */
bool at_nfc_stable(int32_t cp);

/* Aborts with a message; used only for out-of-memory. */
_Noreturn void at_oom(void);

#endif
