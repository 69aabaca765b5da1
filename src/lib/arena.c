/* SPDX-License-Identifier: MIT */
/*
 * arena.c - the per-document arena (one free releases a whole document) and
 * the small growable array used while a document is being built.
 */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct at_chunk {
  struct at_chunk *next;
  size_t used;
  size_t cap;
  max_align_t data[];
} at_chunk;

struct at_arena {
  at_chunk *head;
};

enum { AT_CHUNK_MIN = 64 * 1024 };

_Noreturn void at_oom(void) {
  fputs("attache: fatal: out of memory\n", stderr);
  abort();
}

at_arena *at_arena_new(void) {
  at_arena *arena = calloc(1, sizeof *arena);
  if (!arena) at_oom();
  return arena;
}

void at_arena_free(at_arena *arena) {
  if (!arena) return;
  at_chunk *c = arena->head;
  while (c) {
    at_chunk *next = c->next;
    free(c);
    c = next;
  }
  free(arena);
}

/* `size` bytes at a multiple of `align` (a power of two), from the current
 * chunk when they fit, else from a new one. */
static void *arena_take(at_arena *arena, size_t size, size_t align) {
  at_chunk *c = arena->head;
  size_t at = c ? (c->used + align - 1) & ~(align - 1) : 0;
  if (!c || at > c->cap || c->cap - at < size) {
    size_t cap = size > AT_CHUNK_MIN ? size : AT_CHUNK_MIN;
    c = malloc(sizeof *c + cap);
    if (!c) at_oom();
    c->used = 0;
    c->cap = cap;
    c->next = arena->head;
    arena->head = c;
    at = 0;
  }
  c->used = at + size;
  return (char *)c->data + at;
}

/* What the arena holds needs no more alignment than these (no long double,
 * no vector types): 8 bytes, not max_align_t's 16, so a token's one-pointer
 * array of lexicon entries takes 8 bytes, not 16. */
typedef union at_word {
  void *pointer;
  double real;
  long long integer;
} at_word;

void *at_arena_alloc(at_arena *arena, size_t size) {
  void *p = arena_take(arena, size, _Alignof(at_word));
  memset(p, 0, size);
  return p;
}

/* Strings need no alignment: a token's one-letter folded form takes 2 bytes,
 * not a whole max_align_t (32 bytes), which made a page of "A. A. A." cost
 * 20 times its size in strings alone. */
char *at_arena_strndup(at_arena *arena, const char *s, size_t n) {
  char *p = arena_take(arena, n + 1, 1);
  if (n) memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

char *at_arena_string_begin(at_arena *arena, size_t max) { return arena_take(arena, max + 1, 1); }

void at_arena_string_end(at_arena *arena, char *s, size_t len) {
  at_chunk *c = arena->head;
  s[len] = '\0';
  c->used = (size_t)(s - (char *)c->data) + len + 1;
}

void at_vec_init(at_vec *vec, size_t item_size) {
  vec->items = NULL;
  vec->len = vec->cap = 0;
  vec->size = item_size;
}

void at_vec_grow(at_vec *vec) {
  size_t cap = vec->cap ? vec->cap * 2 : 16;
  void *items = realloc(vec->items, cap * vec->size);
  if (!items) at_oom();
  vec->items = items;
  vec->cap = cap;
}

void at_vec_reserve(at_vec *vec, size_t n) {
  if (n <= vec->cap) return;
  void *items = realloc(vec->items, n * vec->size);
  if (!items) at_oom();
  vec->items = items;
  vec->cap = n;
}

void at_vec_free(at_vec *vec) {
  free(vec->items);
  vec->items = NULL;
  vec->len = vec->cap = 0;
}
