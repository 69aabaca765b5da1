/* SPDX-License-Identifier: MIT */
/*
 * charset.h - bytes in a legacy Vietnamese encoding (TCVN3, VNI, VPS, VISCII,
 * Windows-1258) or any iconv charset, to UTF-8: forced, declared and checked,
 * or detected by how Vietnamese the result reads. Internal to libattache.
 */
#ifndef ATTACHE_CHARSET_H
#define ATTACHE_CHARSET_H

#include "internal.h"

/* Converts `len` bytes of text in a legacy or declared encoding to UTF-8.
 * `forced` (e.g. "VNI", "TCVN3", "VPS", "VISCII", "WINDOWS-1258", "UTF-8", any iconv name; NULL: none)
 * wins; else `declared` (from an HTML meta charset or HTTP header; NULL: none) is tried and
 * checked; else the encoding is detected. Valid UTF-8 stays UTF-8 (a BOM is left in place).
 * On success *out is a heap string (free()), *out_len its length, *used a static name of the
 * encoding used. Undecidable or mixed input is ATTACHE_ERR_UTF8 with a message saying so,
 * never silently garbled. The result is UTF-8 but not necessarily NFC (Windows-1258 uses
 * combining tone marks); the caller normalizes.
 *
 * Details:
 * - Names are matched ignoring case and punctuation: "windows-1258", "CP1258";
 *   "VNI", "VNI-WIN"; "TCVN3", "VN3", "ABC"; "VPS"; "VISCII". Other names go to
 *   iconv; an unknown forced name is ATTACHE_ERR_ARG, an unknown declared one
 *   is ignored.
 * - A forced encoding converts strictly: a byte it does not define is
 *   ATTACHE_ERR_UTF8 with err->offset set.
 * - Input that is valid UTF-8 is taken as UTF-8 whatever is declared (legacy
 *   Vietnamese text is practically never valid UTF-8; wrong declarations are
 *   common). Input starting with a UTF-16 byte-order mark is read as UTF-16.
 * - A declared charset is used when it converts every byte and the result
 *   reads as Vietnamese (or no candidate reads clearly better); otherwise
 *   detection decides.
 * - Detection converts the first 64 KiB with each of WINDOWS-1258, VISCII,
 *   TCVN3, VNI and VPS and scores the share of words holding non-ASCII letters
 *   that are valid Vietnamese syllables (control, undefined and stray symbol
 *   characters count against). The best wins at >= 0.90 and 0.05 ahead of
 *   every candidate whose text differs. The whole input is then converted;
 *   a byte the winner does not define there is an error (mixed input).
 * - `*used` is one of "UTF-8", "UTF-16", "WINDOWS-1258", "VISCII", "TCVN3",
 *   "VNI", "VPS", or another iconv name upper-cased ("ISO-8859-1"; "OTHER"
 *   past 32 distinct names or 47 characters), all static.
 * Thread-safe. */
attache_status at_charset_to_utf8(const char *bytes, size_t len, const char *declared, const char *forced,
                                  char **out, size_t *out_len, const char **used, attache_error *err);

#endif
