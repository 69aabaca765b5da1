/* SPDX-License-Identifier: MIT */
/*
 * decode.h - the boundary where bytes become text. Everything inside the
 * library is valid UTF-8 in Unicode NFC with '\n' line ends; this is the one
 * function that makes it so.
 */
#ifndef ATTACHE_DECODE_H
#define ATTACHE_DECODE_H

#include <attache/attache.h>

#ifdef __cplusplus
extern "C" {
#endif

enum {
  /* Replace invalid UTF-8 with U+FFFD (counted) instead of failing. */
  ATTACHE_DECODE_LENIENT = 1u << 0
};

/*
 * Validates `len` bytes at `bytes` as UTF-8, strips a leading byte-order mark,
 * turns CRLF and CR into LF, and normalizes to NFC.
 *
 * On success `*out` is a NUL-terminated heap string the caller frees with
 * free(), `*out_len` its length, and `*replaced` (if not NULL) the number of
 * invalid sequences replaced (always 0 without ATTACHE_DECODE_LENIENT).
 * A NUL byte is ATTACHE_ERR_BINARY; invalid UTF-8 without the lenient flag is
 * ATTACHE_ERR_UTF8 with err->offset the byte offset and err->line the line.
 * Zero-length input gives an empty string. Thread-safe.
 *
 *   attache_decode("Vi\xe1\xbb\x87t", 6, 0, &s, &n, NULL, &err) -> "Việt"
 */
ATTACHE_API attache_status attache_decode(const char *bytes, size_t len, unsigned flags,
                                          char **out, size_t *out_len, size_t *replaced,
                                          attache_error *err);

#ifdef __cplusplus
}
#endif
#endif
