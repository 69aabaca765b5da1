/* SPDX-License-Identifier: MIT */
/*
 * status.c - names for status codes, the version string, and the one place
 * where an error is turned into the "FILE:LINE: message" line users see.
 */
#include <attache/attache.h>

#include <stdio.h>

const char *attache_strerror(attache_status status) {
  switch (status) {
  case ATTACHE_OK: return "ok";
  case ATTACHE_ERR_NOMEM: return "out of memory";
  case ATTACHE_ERR_IO: return "input/output error";
  case ATTACHE_ERR_UTF8: return "invalid UTF-8";
  case ATTACHE_ERR_TOO_LARGE: return "input too large";
  case ATTACHE_ERR_BINARY: return "binary input";
  case ATTACHE_ERR_EMPTY: return "empty input";
  case ATTACHE_ERR_JSON: return "not JSON";
  case ATTACHE_ERR_NO_ID: return "document has no id";
  case ATTACHE_ERR_DATA: return "malformed data file";
  case ATTACHE_ERR_ARG: return "invalid argument";
  case ATTACHE_ERR_NOT_FILE: return "not a regular file";
  case ATTACHE_ERR_NO_TEXT: return "document has no text";
  case ATTACHE_ERR_NOT_FOUND: return "not found";
  case ATTACHE_ERR_STORE: return "database error";
  }
  return "unknown status";
}

const char *attache_version(void) { return ATTACHE_VERSION; }

char *attache_error_format(const attache_error *err, char *out, size_t cap) {
  const char *file = err->file ? err->file : "-";
  if (err->line > 0)
    snprintf(out, cap, "%s:%zu: %s", file, err->line, err->message);
  else if (err->offset != (size_t)-1)
    snprintf(out, cap, "%s: byte %zu: %s", file, err->offset, err->message);
  else
    snprintf(out, cap, "%s: %s", file, err->message);
  return out;
}
