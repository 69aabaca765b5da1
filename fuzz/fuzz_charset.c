/* SPDX-License-Identifier: MIT */
/*
 * fuzz_charset.c - bytes to text: charset detection and conversion
 * (at_charset_to_utf8, with no encoding, a declared one or a forced one) and
 * the UTF-8 boundary (attache_decode, strict and lenient). The first byte
 * picks the encoding and whether it is declared or forced; the rest is the
 * text. What comes out must be well-formed UTF-8; decoding must give NFC
 * without CR; lenient decoding of input without a NUL must always succeed.
 */
#include "fuzz.h"

#include <attache/decode.h>

#include "charset.h"

#include <string.h>
#include <utf8proc.h>

static const char *const ENCODINGS[] = {NULL,      "VNI",     "TCVN3",  "VPS",        "VISCII", "windows-1258",
                                        "UTF-8",   "UTF-16",  "cp1252", "ISO-8859-1", "SJIS",   "no-such-charset",
                                        "vni-win", "x-abc-3", "",       "UTF-32"};

/* Decodes `bytes` strictly and leniently and checks what the API promises. */
static void check_decode(const char *bytes, size_t len) {
  bool has_nul = memchr(bytes, '\0', len) != NULL;
  for (unsigned flags = 0; flags <= ATTACHE_DECODE_LENIENT; flags += ATTACHE_DECODE_LENIENT) {
    char *out = NULL;
    size_t out_len = 0, replaced = 0;
    attache_error err = {0};
    attache_status st = attache_decode(bytes, len, flags, &out, &out_len, &replaced, &err);
    if (flags && !has_nul) FUZZ_CHECK(st == ATTACHE_OK);
    if (has_nul) FUZZ_CHECK(st == ATTACHE_ERR_BINARY);
    if (st != ATTACHE_OK) continue;
    FUZZ_CHECK(out != NULL && strlen(out) == out_len);
    FUZZ_CHECK(fuzz_valid_utf8(out, out_len));
    FUZZ_CHECK(memchr(out, '\r', out_len) == NULL);
    if (!flags) FUZZ_CHECK(replaced == 0);
    utf8proc_uint8_t *nfc = utf8proc_NFC((const utf8proc_uint8_t *)out);
    FUZZ_CHECK(nfc && strcmp((const char *)nfc, out) == 0);
    free(nfc);
    free(out);
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size == 0) return 0;
  const char *name = ENCODINGS[data[0] % 16];
  bool forced = data[0] & 0x10;
  const char *bytes = (const char *)data + 1;
  size_t len = size - 1;

  char *utf8 = NULL;
  size_t utf8_len = 0;
  const char *used = NULL;
  attache_error err = {0};
  attache_status st = at_charset_to_utf8(bytes, len, forced ? NULL : name, forced ? name : NULL, &utf8, &utf8_len,
                                         &used, &err);
  if (st == ATTACHE_OK) {
    FUZZ_CHECK(utf8 != NULL && used != NULL);
    FUZZ_CHECK(fuzz_valid_utf8(utf8, utf8_len));
    check_decode(utf8, utf8_len);
    free(utf8);
  }
  check_decode(bytes, len);
  return 0;
}
