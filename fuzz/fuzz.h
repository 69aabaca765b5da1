/* SPDX-License-Identifier: MIT */
/*
 * fuzz.h - what the libFuzzer targets in fuzz/ share: the lexicons (loaded
 * once per process) and the checks they make on what the library returns.
 * A failed check calls abort(), which libFuzzer reports as a crash with the
 * input that caused it. tests/fuzz.sh builds and runs the targets.
 */
#ifndef ATTACHE_FUZZ_H
#define ATTACHE_FUZZ_H

#include <attache/lexicon.h>

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static inline const attache_lexicon *fuzz_lexicon(void) {
  static attache_lexicon *lex;
  if (!lex && attache_lexicon_load(NULL, &lex, NULL) != ATTACHE_OK) abort();
  return lex;
}

/* Stops the run with a message: a broken promise of the library's API. */
#define FUZZ_CHECK(cond)                                                                  \
  do {                                                                                    \
    if (!(cond)) {                                                                        \
      fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);           \
      abort();                                                                            \
    }                                                                                     \
  } while (0)

/* Is `s[0..n)` well-formed UTF-8 (no overlong forms, surrogates or code
 * points past U+10FFFF)? */
static inline bool fuzz_valid_utf8(const char *s, size_t n) {
  const unsigned char *p = (const unsigned char *)s, *end = p + n;
  while (p < end) {
    unsigned c = *p;
    size_t len = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (!len || (size_t)(end - p) < len) return false;
    for (size_t i = 1; i < len; i++)
      if ((p[i] & 0xC0) != 0x80) return false;
    if (c == 0xE0 && p[1] < 0xA0) return false; /* overlong */
    if (c == 0xED && p[1] > 0x9F) return false; /* surrogate */
    if (c == 0xF0 && p[1] < 0x90) return false; /* overlong */
    if (c == 0xF4 && p[1] > 0x8F) return false; /* past U+10FFFF */
    p += len;
  }
  return true;
}

/* Reads every byte of a string the library lent out, so that AddressSanitizer
 * sees a dangling or short one. */
static inline unsigned fuzz_touch(const char *s, size_t n) {
  unsigned sum = 0;
  for (size_t i = 0; s && i < n; i++) sum += (unsigned char)s[i];
  return sum;
}

#endif
