/* SPDX-License-Identifier: MIT */
/*
 * decode.c - UTF-8 validation, BOM and line-end handling, and NFC
 * normalization with utf8proc. Decomposed and precomposed Vietnamese come out
 * byte-identical, so nothing downstream has to care. The invisible characters
 * that pasted and crawled text carries are settled here too: the no-break and
 * other wide or narrow spaces become a plain space, the line and paragraph
 * separators a newline, and the zero-width space, joiners, word joiner, a BOM
 * inside the text and the soft hyphen go, so "de<SHY>fence" or
 * "Đại<NBSP>tướng" read as anyone reads them.
 */
#include <attache/decode.h>

#include "internal.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

static size_t line_of(const char *bytes, size_t offset) {
  size_t line = 1;
  for (size_t i = 0; i < offset; i++)
    if (bytes[i] == '\n') line++;
  return line;
}

/* What an invisible or space-like code point is written as: "" (dropped),
 * " " or "\n"; NULL for every other code point (kept). */
static const char *invisible_as(int32_t cp) {
  if (cp < 0xA0 || (cp > 0xAD && cp < 0x2000)) return NULL; /* Vietnamese letters: at once */
  if (cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F || cp == 0x3000) return " ";
  if (cp == 0xAD || (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF) return "";
  if (cp == 0x2028 || cp == 0x2029) return "\n";
  return NULL;
}

/* The length of the letter at s (n bytes left) when it is one of the
 * precomposed Latin letters Vietnamese is written in, U+00C0-U+02FF (lead
 * bytes C3-CB) or U+1E00-U+1EFF (E1 B8-BB): valid, not invisible and left
 * alone by NFC, so passed without decoding it; 0 for any other byte. */
static inline size_t plain_letter(const unsigned char *s, size_t n) {
  if (s[0] >= 0xC3 && s[0] <= 0xCB) return n >= 2 && (s[1] & 0xC0) == 0x80 ? 2 : 0;
  if (s[0] == 0xE1) return n >= 3 && (s[1] & 0xFC) == 0xB8 && (s[2] & 0xC0) == 0x80 ? 3 : 0;
  return 0;
}

/* The first byte at or after i that is not ASCII kept as it is (a byte of
 * 0x80 or more, or CR), or len. English text is nearly all such bytes and
 * Vietnamese mostly: they are passed 16 at a time where SSE2 is (every
 * x86-64), else 8 at a time by word arithmetic. */
static size_t next_other_byte(const char *bytes, size_t i, size_t len) {
#if defined(__SSE2__)
  const __m128i cr = _mm_set1_epi8('\r');
  while (len - i >= 16) {
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(bytes + i));
    unsigned mask = (unsigned)_mm_movemask_epi8(_mm_or_si128(x, _mm_cmpeq_epi8(x, cr))); /* high bit or CR */
    if (mask) return i + (size_t)__builtin_ctz(mask);
    i += 16;
  }
#elif defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  const uint64_t ones = 0x0101010101010101u, high = 0x8080808080808080u;
  while (len - i >= 8) {
    uint64_t x, cr;
    memcpy(&x, bytes + i, 8);
    cr = x ^ ('\r' * ones);
    uint64_t stop = (x | ((cr - ones) & ~cr)) & high; /* the lowest mark is exact */
    if (stop) return i + (size_t)__builtin_ctzll(stop) / 8;
    i += 8;
  }
#endif
  for (; i < len; i++)
    if ((unsigned char)bytes[i] >= 0x80 || bytes[i] == '\r') break;
  return i;
}

/* Is s[i] (text known to be valid UTF-8) a byte next_other_char stops at:
 * CR, or the lead byte of a character other than the plain letters
 * plain_letter passes? Continuation bytes are passed with their lead. */
static inline bool other_char_at(const unsigned char *s, size_t i, size_t len) {
  unsigned char c = s[i];
  if (c < 0xC2) return c == '\r';
  if (c >= 0xC3 && c <= 0xCB) return false;
  return !(c == 0xE1 && i + 1 < len && (s[i + 1] & 0xFC) == 0xB8);
}

/* next_other_byte for text its reader checked as valid UTF-8 (flag
 * valid_utf8): a continuation byte or a plain letter (see plain_letter) is
 * passed too, 16 bytes at a time with SSE2, so that Vietnamese, a third of
 * whose letters are of more bytes, is not walked letter by letter. Every
 * byte it stops at begins a character. Text not checked must not come here:
 * stray bytes would be passed unseen. */
static size_t next_other_char(const char *bytes, size_t i, size_t len) {
  const unsigned char *s = (const unsigned char *)bytes;
#if defined(__SSE2__)
  /* Bytes as signed after ^0x80: ASCII below 0, continuation 0x00-0x3F, lead C2 0x42, C3-CB 0x43-0x4B. */
  const __m128i flip = _mm_set1_epi8((char)0x80), cr = _mm_set1_epi8('\r');
  while (len - i >= 17) { /* the byte after the 16 too: an E1's second byte */
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
    __m128i next = _mm_loadu_si128((const __m128i *)(const void *)(s + i + 1));
    __m128i v = _mm_xor_si128(x, flip);
    __m128i lead = _mm_cmpgt_epi8(v, _mm_set1_epi8(0x41));
    __m128i latin = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(0x42)), _mm_cmplt_epi8(v, _mm_set1_epi8(0x4C)));
    __m128i viet = _mm_and_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8((char)0xE1)),
                                 _mm_cmpeq_epi8(_mm_and_si128(next, _mm_set1_epi8((char)0xFC)),
                                                _mm_set1_epi8((char)0xB8)));
    __m128i stop = _mm_or_si128(_mm_cmpeq_epi8(x, cr), _mm_andnot_si128(_mm_or_si128(latin, viet), lead));
    unsigned mask = (unsigned)_mm_movemask_epi8(stop);
    if (mask) return i + (size_t)__builtin_ctz(mask);
    i += 16;
  }
#endif
  while (i < len && !other_char_at(s, i, len)) i++;
  return i;
}

/* True when NFC cannot change the code point or anything around it: no
 * combining marks, no singletons (U+2000, U+2126 ...), only Latin letters
 * (precomposed Vietnamese included), punctuation and currency signs.
 * tests/unit/test_decode.c checks this set against utf8proc. */
bool at_nfc_stable(int32_t cp) {
  return cp < 0x300 || (cp >= 0x1E00 && cp <= 0x1EFF) || (cp >= 0x2002 && cp <= 0x206F) ||
         (cp >= 0x20A0 && cp <= 0x20CF) || cp == 0xFFFD;
}

attache_status attache_decode(const char *bytes, size_t len, unsigned flags, char **out,
                              size_t *out_len, size_t *replaced, attache_error *err) {
  return at_decode(bytes, len, flags, false, out, out_len, replaced, err);
}

attache_status at_decode(const char *bytes, size_t len, unsigned flags, bool valid_utf8, char **out,
                         size_t *out_len, size_t *replaced, attache_error *err) {
  if (!out || !out_len || (!bytes && len)) return at_error_set(err, ATTACHE_ERR_ARG, "null argument");
  *out = NULL;
  *out_len = 0;
  if (replaced) *replaced = 0;

  const void *nul = len ? memchr(bytes, '\0', len) : NULL;
  if (nul) {
    size_t at = (size_t)((const char *)nul - bytes);
    if (err) {
      err->offset = at;
      err->line = 0;
    }
    return at_error_set(err, ATTACHE_ERR_BINARY, "binary data (NUL byte at byte %zu)", at);
  }

  size_t start = 0;
  if (len >= 3 && memcmp(bytes, "\xEF\xBB\xBF", 3) == 0) start = 3;

  /* Pass 1: validate, fix line ends, settle invisible characters, replace
   * invalid bytes when lenient. */
  at_buf clean;
  at_buf_init(&clean, (size_t)-1);
  if (!at_buf_append(&clean, "", 0)) at_oom();
  size_t bad = 0;
  bool nfc_stable = true; /* every code point one that NFC leaves alone (what replaces a byte is, U+FFFD) */
  size_t i = start;
  size_t run = i; /* bytes[run, i) are valid and kept as they are: copied at once */
  while (i < len) {
    i = valid_utf8 ? next_other_char(bytes, i, len) : next_other_byte(bytes, i, len);
    if (i == len) break;
    unsigned char c = (unsigned char)bytes[i]; /* a byte of 0x80 or more, or CR */
    size_t k = plain_letter((const unsigned char *)bytes + i, len - i);
    if (k) {
      i += k;
      continue;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = c == '\r' ? 0 : at_utf8_next(bytes + i, len - i, &cp);
    if (n > 0) {
      const char *as = invisible_as(cp);
      if (as) {
        if (i > run) at_buf_append(&clean, bytes + run, i - run);
        at_buf_append(&clean, as, strlen(as));
        i += (size_t)n;
        run = i;
        continue;
      }
      if (nfc_stable && !at_nfc_stable(cp)) nfc_stable = false;
      i += (size_t)n;
      continue;
    }
    if (i > run) at_buf_append(&clean, bytes + run, i - run);
    if (c == '\r') {
      at_buf_putc(&clean, '\n');
      i += (i + 1 < len && bytes[i + 1] == '\n') ? 2 : 1;
    } else if (flags & ATTACHE_DECODE_LENIENT) {
      at_buf_append(&clean, "\xEF\xBF\xBD", 3);
      bad++;
      i++;
    } else {
      at_buf_free(&clean);
      if (err) {
        err->offset = i;
        err->line = line_of(bytes, i);
      }
      return at_error_set(err, ATTACHE_ERR_UTF8, "invalid UTF-8 at byte %zu", i);
    }
    run = i;
  }
  if (i > run) at_buf_append(&clean, bytes + run, i - run); /* (bytes may be NULL when len is 0) */

  /* Pass 2: NFC, unless every code point is one that NFC leaves alone in
   * any context (the usual case for Vietnamese in precomposed form), as
   * pass 1 found. */
  if (nfc_stable) {
    *out = clean.data;
    *out_len = clean.len;
    if (replaced) *replaced = bad;
    return ATTACHE_OK;
  }
  utf8proc_uint8_t *nfc = NULL;
  utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)clean.data, (utf8proc_ssize_t)clean.len, &nfc,
                                    UTF8PROC_STABLE | UTF8PROC_COMPOSE);
  at_buf_free(&clean);
  if (n < 0) {
    if (n == UTF8PROC_ERROR_NOMEM) at_oom();
    return at_error_set(err, ATTACHE_ERR_UTF8, "cannot normalize: %s", utf8proc_errmsg(n));
  }
  *out = (char *)nfc;
  *out_len = (size_t)n;
  if (replaced) *replaced = bad;
  return ATTACHE_OK;
}
