/* SPDX-License-Identifier: MIT */
/*
 * json_text.c - JSON written straight into a buffer, byte for byte as
 * jansson's json_dumps(JSON_COMPACT | JSON_PRESERVE_ORDER) writes it: the
 * records of `attache extract` (emit.c) and the answers to queries (query.c).
 * Building a jansson tree of every string and dumping it cost a sixth of the
 * extraction and most of a short query's time.
 */
#include "internal.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <utf8proc.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

static void put(at_buf *b, const char *s, size_t n) {
  if (!at_buf_append(b, s, n)) at_oom(); /* the buffers written have no limit */
}

/* The first byte at or after i of 0x80 or more, or n: ASCII is passed 16
 * bytes at a time where SSE2 is (every x86-64), then 8 at a time (short
 * strings, the last bytes). */
static size_t next_high_byte(const char *s, size_t i, size_t n) {
#if defined(__SSE2__)
  while (n - i >= 16) {
    unsigned mask = (unsigned)_mm_movemask_epi8(_mm_loadu_si128((const __m128i *)(const void *)(s + i)));
    if (mask) return i + (size_t)__builtin_ctz(mask);
    i += 16;
  }
#endif
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  while (n - i >= 8) {
    uint64_t x;
    memcpy(&x, s + i, 8);
    x &= 0x8080808080808080u;
    if (x) return i + (size_t)__builtin_ctzll(x) / 8;
    i += 8;
  }
#endif
  while (i < n && (unsigned char)s[i] < 0x80) i++;
  return i;
}

bool at_json_valid_utf8(const char *s, size_t n) {
  for (size_t i = next_high_byte(s, 0, n); i < n; i = next_high_byte(s, i, n)) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = at_utf8_next(s + i, n - i, &cp); /* utf8proc's check, Vietnamese inline */
    if (k <= 0) return false;
    i += (size_t)k;
  }
  return true;
}

/* The escape of byte c (a control character, '"' or '\\'), as jansson writes it. */
static void put_escape(at_buf *b, unsigned char c) {
  char seq[8];
  switch (c) {
  case '"': put(b, "\\\"", 2); break;
  case '\\': put(b, "\\\\", 2); break;
  case '\b': put(b, "\\b", 2); break;
  case '\f': put(b, "\\f", 2); break;
  case '\n': put(b, "\\n", 2); break;
  case '\r': put(b, "\\r", 2); break;
  case '\t': put(b, "\\t", 2); break;
  default: put(b, seq, (size_t)snprintf(seq, sizeof seq, "\\u%04X", (unsigned)c)); break;
  }
}

/* The first byte at or after i that is not written as it is (a control
 * character, '"', '\\', and with `check` a byte of a multi-byte character,
 * to be checked), or n. ASCII text is passed 16 bytes at a time where SSE2
 * is (every x86-64): a signed compare below 0x20 marks the controls and the
 * bytes of 0x80 or more at once, the latter unmarked again without `check`.
 * Then (short strings, the last bytes) 8 at a time: each test below marks
 * a byte by its high bit, and marks above the first one may be wrong (a
 * borrow), so only the lowest mark is used. */
static size_t plain_run_end(const char *s, size_t i, size_t n, bool check) {
#if defined(__SSE2__)
  const __m128i space16 = _mm_set1_epi8(0x20), quote16 = _mm_set1_epi8('"'), backslash16 = _mm_set1_epi8('\\');
  while (n - i >= 16) {
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
    __m128i hit = _mm_or_si128(_mm_cmplt_epi8(x, space16),
                               _mm_or_si128(_mm_cmpeq_epi8(x, quote16), _mm_cmpeq_epi8(x, backslash16)));
    unsigned mask = (unsigned)_mm_movemask_epi8(hit);
    if (!check) mask &= ~(unsigned)_mm_movemask_epi8(x);
    if (mask) return i + (size_t)__builtin_ctz(mask);
    i += 16;
  }
#endif
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  const uint64_t ones = 0x0101010101010101u, high = 0x8080808080808080u;
  while (n - i >= 8) {
    uint64_t x;
    memcpy(&x, s + i, 8);
    uint64_t quote = x ^ ('"' * ones), backslash = x ^ ('\\' * ones);
    uint64_t stop = ((x - 0x20 * ones) | (quote - ones) | (backslash - ones)) & ~x & high;
    if (check) stop |= x & high;
    if (stop) return i + (size_t)__builtin_ctzll(stop) / 8;
    i += 8;
  }
#endif
  for (; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x20 || c == '"' || c == '\\' || (check && c >= 0x80)) break;
  }
  return i;
}

/* Writes s[0, n) as a JSON string; with `check`, stops (false) at a byte
 * that is not UTF-8, so that a string is read once to check and copy it. */
static bool put_string(at_buf *b, const char *s, size_t n, bool check) {
  put(b, "\"", 1);
  size_t run = 0;
  for (size_t i = 0; i < n;) {
    i = plain_run_end(s, i, n, check);
    if (i == n) break;
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x80 && check) {
      utf8proc_int32_t cp;
      utf8proc_ssize_t k = at_utf8_next(s + i, n - i, &cp);
      if (k <= 0) return false;
      i += (size_t)k;
      continue;
    }
    if (c >= 0x20 && c != '"' && c != '\\') {
      i++;
      continue;
    }
    put(b, s + run, i - run);
    put_escape(b, c);
    run = ++i;
  }
  put(b, s + run, n - run);
  put(b, "\"", 1);
  return true;
}

void at_json_put_string(at_buf *b, const char *s, size_t n) { put_string(b, s, n, false); }

bool at_json_put_valid_string(at_buf *b, const char *s, size_t n) { return put_string(b, s, n, true); }

/* The text of the last reals written, per thread, by their bits and
 * precision: the confidences written are few values over and over, and
 * snprintf of a double costs about 1,500 instructions. */
enum { REAL_CACHE = 64 };
typedef struct real_text {
  uint64_t bits;
  int precision; /* 0: an empty slot */
  uint8_t n;
  char text[47];
} real_text;
static _Thread_local real_text real_cache[REAL_CACHE];

bool at_json_put_real(at_buf *b, double v, int precision) {
  if (!isfinite(v)) return false;
  uint64_t bits;
  memcpy(&bits, &v, sizeof bits);
  real_text *slot = &real_cache[(bits ^ bits >> 29 ^ bits >> 47) % REAL_CACHE];
  if (slot->precision == precision && slot->bits == bits) {
    put(b, slot->text, slot->n);
    return true;
  }
  char text[48];
  int n = snprintf(text, sizeof text, "%.*g", precision, v);
  if (!strchr(text, '.') && !strchr(text, 'e')) n += snprintf(text + n, sizeof text - (size_t)n, ".0");
  char *e = strchr(text, 'e');
  if (e) {
    char *from = e + 1, *to = e + 1;
    if (*from == '+') from++;
    else if (*from == '-') *to++ = *from++;
    while (*from == '0' && from[1]) from++;
    memmove(to, from, strlen(from) + 1);
    n = (int)strlen(text);
  }
  put(b, text, (size_t)n);
  if (precision > 0 && n < (int)sizeof slot->text) {
    *slot = (real_text){.bits = bits, .precision = precision, .n = (uint8_t)n};
    memcpy(slot->text, text, (size_t)n);
  }
  return true;
}
