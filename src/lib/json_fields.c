/* SPDX-License-Identifier: MIT */
/*
 * json_fields.c - the members of a JSON Lines document read in place, when
 * the line is the common case: one object whose values are all strings
 * ({"id": "...", "text": "...", "url": "..."}). jansson's parse built a tree
 * of every string, copying and checking each byte twice through a callback
 * (about 145 instructions a byte, a quarter of `attache extract`); this reads
 * the line once, checks it as strictly as jansson (the JSON grammar of such
 * an object, UTF-8 without overlong forms or surrogates, escapes, no \u0000,
 * no duplicate key) and unescapes each value where it lies.
 *
 * It is no general JSON reader: anything else — a number, a nested value, an
 * escaped key, more than AT_JSON_MAX_FIELDS members, and every error — makes
 * it answer false without a word, and the caller gives the line to jansson,
 * which reads it or says what is wrong with it. So a line is accepted and read
 * exactly as jansson reads it, and a bad line gets jansson's message.
 */
#include "internal.h"

#include <string.h>

/* What a byte inside a string asks of the scan. */
enum { PLAIN, QUOTE, ESCAPE, CONTROL, MULTIBYTE };

static const unsigned char string_class[256] = {
    [0x00 ... 0x1F] = CONTROL, ['"'] = QUOTE, ['\\'] = ESCAPE, [0x80 ... 0xFF] = MULTIBYTE,
};

static const char *skip_space(const char *p, const char *end) {
  while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')) p++;
  return p;
}

static bool continuation(const char *p, const char *end) {
  return p < end && ((unsigned char)*p & 0xC0) == 0x80;
}

/* The length of the UTF-8 character at p (a byte >= 0x80), or 0 when it is
 * not one: the ranges of RFC 3629, as jansson checks them. */
static size_t utf8_length(const char *p, const char *end) {
  unsigned char c = (unsigned char)p[0];
  if (c >= 0xC2 && c <= 0xDF) return continuation(p + 1, end) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (!continuation(p + 1, end) || !continuation(p + 2, end)) return 0;
    unsigned char d = (unsigned char)p[1];
    if ((c == 0xE0 && d < 0xA0) || (c == 0xED && d > 0x9F)) return 0; /* overlong; a surrogate */
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (!continuation(p + 1, end) || !continuation(p + 2, end) || !continuation(p + 3, end)) return 0;
    unsigned char d = (unsigned char)p[1];
    if ((c == 0xF0 && d < 0x90) || (c == 0xF4 && d > 0x8F)) return 0; /* overlong; past U+10FFFF */
    return 4;
  }
  return 0;
}

static int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/* The four hexadecimal digits at p (p + 4 <= end), or -1. */
static long hex4(const char *p) {
  long v = 0;
  for (int i = 0; i < 4; i++) {
    int d = hex_digit(p[i]);
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}

static char *put_utf8(char *out, long cp) {
  if (cp < 0x80) {
    *out++ = (char)cp;
  } else if (cp < 0x800) {
    *out++ = (char)(0xC0 | (cp >> 6));
    *out++ = (char)(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    *out++ = (char)(0xE0 | (cp >> 12));
    *out++ = (char)(0x80 | ((cp >> 6) & 0x3F));
    *out++ = (char)(0x80 | (cp & 0x3F));
  } else {
    *out++ = (char)(0xF0 | (cp >> 18));
    *out++ = (char)(0x80 | ((cp >> 12) & 0x3F));
    *out++ = (char)(0x80 | ((cp >> 6) & 0x3F));
    *out++ = (char)(0x80 | (cp & 0x3F));
  }
  return out;
}

/* The code point of the escape \uXXXX at p (with its low half when it opens
 * a surrogate pair), and in *size the escape's length; -1 when jansson
 * refuses it (not hexadecimal, \u0000, a lone surrogate). */
static long unicode_escape(const char *p, const char *end, int *size) {
  if (end - p < 6) return -1;
  long cp = hex4(p + 2);
  *size = 6;
  if (cp <= 0 || (cp >= 0xDC00 && cp <= 0xDFFF)) return -1;
  if (cp >= 0xD800 && cp <= 0xDBFF) {
    if (end - p < 12 || p[6] != '\\' || p[7] != 'u') return -1;
    long low = hex4(p + 8);
    if (low < 0xDC00 || low > 0xDFFF) return -1;
    *size = 12;
    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
  }
  return cp;
}

/* Checks the string whose opening quote is at p[-1], without writing: true
 * when it is valid JSON that jansson accepts, with *close at its closing
 * quote and *escaped when it holds an escape. */
static bool check_string(const char *p, const char *end, const char **close, bool *escaped) {
  for (;;) {
    while (p < end && string_class[(unsigned char)*p] == PLAIN) p++;
    if (p == end) return false;
    switch (string_class[(unsigned char)*p]) {
    case QUOTE: *close = p; return true;
    case CONTROL: return false;
    case MULTIBYTE: {
      size_t n = utf8_length(p, end);
      if (n == 0) return false;
      p += n;
      break;
    }
    default: /* ESCAPE */
      *escaped = true;
      if (p + 1 >= end) return false;
      if (p[1] == 'u') {
        int size;
        if (unicode_escape(p, end, &size) < 0) return false;
        p += size;
      } else if (memchr("\"\\/bfnrt", p[1], 8)) { /* \" \\ \/ \b \f \n \r \t */
        p += 2;
      } else {
        return false;
      }
      break;
    }
  }
}

/* Writes in place what the checked string s[0, n) stands for (an escape's
 * meaning is never longer than the escape); returns its length. */
static size_t unescape(char *s, size_t n) {
  const char *p = s, *end = s + n;
  char *out = s;
  while (p < end) {
    const char *escape = memchr(p, '\\', (size_t)(end - p));
    size_t run = (size_t)((escape ? escape : end) - p);
    if (out != p) memmove(out, p, run);
    out += run;
    p += run;
    if (!escape) break;
    int size = 2;
    switch (p[1]) {
    case 'b': *out++ = '\b'; break;
    case 'f': *out++ = '\f'; break;
    case 'n': *out++ = '\n'; break;
    case 'r': *out++ = '\r'; break;
    case 't': *out++ = '\t'; break;
    case 'u': out = put_utf8(out, unicode_escape(p, end, &size)); break;
    default: *out++ = p[1]; break; /* '"', '\\', '/' */
    }
    p += size;
  }
  return (size_t)(out - s);
}

bool at_json_fields(char *line, size_t len, at_json_field *fields, size_t *count) {
  const char *end = line + len;
  const char *p = skip_space(line, end);
  bool escaped[AT_JSON_MAX_FIELDS] = {false};
  size_t n = 0;
  if (p == end || *p++ != '{') return false;
  p = skip_space(p, end);
  if (p < end && *p == '}') {
    p++;
  } else {
    for (;;) { /* first checked, nothing written, so that jansson may read the line as it came */
      if (p == end || *p++ != '"' || n == AT_JSON_MAX_FIELDS) return false;
      /* A key is compared byte for byte with the others, so one with an
       * escape (which could spell another's name) is jansson's to read. */
      const char *key = p;
      while (p < end && string_class[(unsigned char)*p] == PLAIN) p++;
      if (p == end || *p != '"') return false;
      size_t key_len = (size_t)(p - key);
      for (size_t i = 0; i < n; i++)
        if (fields[i].key_len == key_len && memcmp(fields[i].key, key, key_len) == 0) return false;
      p = skip_space(p + 1, end);
      if (p == end || *p++ != ':') return false;
      p = skip_space(p, end);
      if (p == end || *p++ != '"') return false;
      const char *close;
      if (!check_string(p, end, &close, &escaped[n])) return false;
      fields[n++] = (at_json_field){line + (key - line), key_len, line + (p - line), (size_t)(close - p)};
      p = skip_space(close + 1, end);
      if (p == end) return false;
      if (*p == '}') {
        p++;
        break;
      }
      if (*p++ != ',') return false;
      p = skip_space(p, end);
    }
  }
  if (skip_space(p, end) != end) return false;
  for (size_t i = 0; i < n; i++) { /* the line is JSON jansson would read: now written in place */
    fields[i].key[fields[i].key_len] = '\0';
    if (escaped[i]) fields[i].value_len = unescape(fields[i].value, fields[i].value_len);
    fields[i].value[fields[i].value_len] = '\0';
  }
  *count = n;
  return true;
}
