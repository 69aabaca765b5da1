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

static void put(at_buf *b, const char *s, size_t n) {
  if (!at_buf_append(b, s, n)) at_oom(); /* the buffers written have no limit */
}

bool at_json_valid_utf8(const char *s, size_t n) {
  for (size_t i = 0; i < n;) {
    if ((unsigned char)s[i] < 0x80) {
      i++;
      continue;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
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

/* Writes s[0, n) as a JSON string; with `check`, stops (false) at a byte
 * that is not UTF-8, so that a string is read once to check and copy it. */
static bool put_string(at_buf *b, const char *s, size_t n, bool check) {
  put(b, "\"", 1);
  size_t run = 0;
  for (size_t i = 0; i < n;) {
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

bool at_json_put_real(at_buf *b, double v, int precision) {
  if (!isfinite(v)) return false;
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
  return true;
}
