/* SPDX-License-Identifier: MIT */
/*
 * attache.h - the types every part of libattache shares: status codes, the
 * text slice, the error report, and the library version.
 *
 * The library turns defense-diplomacy news into records (see extract.h). All
 * functions return an attache_status; where an attache_error is passed, it
 * receives a message and, when known, the position of the fault.
 */
#ifndef ATTACHE_ATTACHE_H
#define ATTACHE_ATTACHE_H

#include <stddef.h>

#if defined(__GNUC__)
#define ATTACHE_API __attribute__((visibility("default")))
#else
#define ATTACHE_API
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* Status codes. The numbers are part of the API: the list only grows. */
typedef enum attache_status {
  ATTACHE_OK = 0,
  ATTACHE_ERR_NOMEM = 1,        /* out of memory */
  ATTACHE_ERR_IO = 2,           /* a file could not be opened or read */
  ATTACHE_ERR_UTF8 = 3,         /* invalid UTF-8 in the input */
  ATTACHE_ERR_TOO_LARGE = 4,    /* input larger than the configured limit */
  ATTACHE_ERR_BINARY = 5,       /* input looks binary (NUL bytes) */
  ATTACHE_ERR_EMPTY = 6,        /* input has no text */
  ATTACHE_ERR_JSON = 7,         /* a JSONL line is not a JSON object */
  ATTACHE_ERR_NO_ID = 8,        /* a JSONL document has no "id" */
  ATTACHE_ERR_DATA = 9,         /* a lexicon file is malformed */
  ATTACHE_ERR_ARG = 10,         /* a caller passed an invalid argument */
  ATTACHE_ERR_NOT_FILE = 11,    /* the path is a directory or not a regular file */
  ATTACHE_ERR_NO_TEXT = 12,     /* a JSONL document has neither "text" nor "html" */
  ATTACHE_ERR_NOT_FOUND = 13,   /* no such record */
  ATTACHE_ERR_STORE = 14        /* the database failed (locked, full, read-only, corrupt): not the input's fault */
} attache_status;

/* A borrowed run of bytes; never assumed to be NUL-terminated. */
typedef struct attache_str {
  const char *ptr;
  size_t len;
} attache_str;

/* Where and why something failed. `file` is borrowed from the caller (may be
 * NULL), or points into `file_buf` when the library names a file the caller
 * did not (a lexicon file in the data directory): the error owns everything it
 * says, so errors filled by different threads never share storage. `line` is
 * 1-based or 0 when unknown; `offset` is a byte offset into the file or
 * document, or (size_t)-1 when unknown. */
typedef struct attache_error {
  attache_status status;
  const char *file;
  size_t line;
  size_t offset;
  char message[256];
  char file_buf[4096];
} attache_error;

/* A static, human-readable name for a status ("invalid UTF-8"); never NULL. */
ATTACHE_API const char *attache_strerror(attache_status status);

/* The library version, e.g. "0.1.0" (static string). */
ATTACHE_API const char *attache_version(void);

/* Formats `err` as "FILE:LINE: message" (or "FILE: byte N: message") into
 * `out` of size `cap`; returns `out`. */
ATTACHE_API char *attache_error_format(const attache_error *err, char *out, size_t cap);

#ifdef __cplusplus
}
#endif
#endif
