/* SPDX-License-Identifier: MIT */
/*
 * buf.c - a byte buffer with a ceiling (untrusted input never grows memory
 * without bound), and the error-filling helper.
 */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

attache_status at_error_set(attache_error *err, attache_status status, const char *fmt, ...) {
  if (err) {
    err->status = status;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
  }
  return status;
}

void at_buf_init(at_buf *buf, size_t max) {
  buf->data = NULL;
  buf->len = buf->cap = 0;
  buf->max = max;
}

void at_buf_free(at_buf *buf) {
  free(buf->data);
  buf->data = NULL;
  buf->len = buf->cap = 0;
}

bool at_buf_append_slow(at_buf *buf, const char *s, size_t n) {
  if (n > buf->max || buf->len > buf->max - n) return false;
  if (buf->len + n + 1 > buf->cap) {
    size_t cap = buf->cap ? buf->cap : 256;
    while (cap < buf->len + n + 1) cap *= 2;
    char *data = realloc(buf->data, cap);
    if (!data) at_oom();
    buf->data = data;
    buf->cap = cap;
  }
  if (n) memcpy(buf->data + buf->len, s, n);
  buf->len += n;
  buf->data[buf->len] = '\0';
  return true;
}

bool at_buf_putc(at_buf *buf, char c) { return at_buf_append(buf, &c, 1); }
