/* SPDX-License-Identifier: MIT */
/*
 * params.c - the API's query string: split, percent-decoded and checked (see
 * params.h). Every value is held to the form of its parameter here, so a
 * query only ever sees a known code, a date, a bounded number or bounded
 * UTF-8 text, all of which it binds.
 */
#include "params.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

bool api_valid_utf8(const char *s, size_t len) {
  size_t i = 0;
  while (i < len) {
    utf8proc_int32_t cp;
    /* utf8proc_iterate refuses overlong forms, surrogates and > U+10FFFF. */
    utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &cp);
    if (n <= 0 || cp == 0) return false;
    i += (size_t)n;
  }
  return true;
}

/* A name as it may be shown in an error: at most 32 characters, printable
 * UTF-8 kept, every other byte written \xNN, so the message is always valid
 * UTF-8 (and JSON-escaped by the writer like any string). */
static void describe(char *out, size_t cap, const char *s, size_t len) {
  size_t o = 0, shown = 0;
  for (size_t i = 0; i < len && shown < 32 && o + 8 < cap; shown++) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &cp);
    utf8proc_category_t cat = n > 0 ? utf8proc_category(cp) : UTF8PROC_CATEGORY_CC;
    if (n > 0 && cat != UTF8PROC_CATEGORY_CC && cat != UTF8PROC_CATEGORY_CS) {
      memcpy(out + o, s + i, (size_t)n);
      o += (size_t)n;
      i += (size_t)n;
    } else {
      o += (size_t)snprintf(out + o, cap - o, "\\x%02X", (unsigned char)s[i]);
      i++;
    }
  }
  if (shown == 32 && o + 4 < cap) memcpy(out + o, "…", 3), o += 3;
  out[o] = '\0';
}

static bool all_of(const char *s, const char *set, size_t min, size_t max) {
  size_t n = strlen(s);
  if (n < min || n > max) return false;
  for (; *s; s++)
    if (!strchr(set, *s)) return false;
  return true;
}

#define DIGITS "0123456789"
#define UPPER "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
#define LOWER "abcdefghijklmnopqrstuvwxyz"

/* FILTER: a query filter, held to its form by the library's one check
 * (attache_query_filter_problem), which the CLI uses too. */
typedef enum form { FILTER, TEXT, LIMIT, CURSOR, WORD, FLAG } form;

static bool of_form(form f, const char *name, const char *v) {
  switch (f) {
  case FILTER: return attache_query_filter_problem(name, v) == NULL;
  case TEXT: return *v != '\0';
  case LIMIT: return all_of(v, DIGITS, 1, 4) && atol(v) >= 1 && atol(v) <= API_MAX_LIMIT;
  case CURSOR: /* a list's rows to skip, or "e" and the event an events list's page comes after */
    return all_of(v, DIGITS, 1, 9) || (v[0] == 'e' && all_of(v + 1, DIGITS, 1, 18));
  case WORD: return all_of(v, LOWER "_", 2, 40);
  case FLAG: return !strcmp(v, "1") || !strcmp(v, "0");
  }
  return false;
}

static const struct {
  const char *name;
  form form;
} PARAMS[] = {
    {"partner", FILTER},   {"type", FILTER}, {"since", FILTER},  {"until", FILTER}, {"person", TEXT},
    {"mechanism", FILTER}, {"area", FILTER}, {"metric", FILTER}, {"q", TEXT},       {"limit", LIMIT},
    {"cursor", CURSOR},    {"format", WORD},  {"table", WORD},    {"people", FLAG},
    {"lang", FILTER},      {"outlet", FILTER},
};
enum { NPARAMS = sizeof PARAMS / sizeof *PARAMS };

static void set(api_params *p, const char *name, const char *v) {
  attache_query *q = &p->q;
  if (!strcmp(name, "partner")) q->partner = v;
  else if (!strcmp(name, "type")) q->type = v;
  else if (!strcmp(name, "since")) q->since = v;
  else if (!strcmp(name, "until")) q->until = v;
  else if (!strcmp(name, "person")) q->person = v;
  else if (!strcmp(name, "mechanism")) q->mechanism = v;
  else if (!strcmp(name, "area")) q->area = v;
  else if (!strcmp(name, "metric")) q->metric = v;
  else if (!strcmp(name, "lang")) q->lang = v;
  else if (!strcmp(name, "outlet")) q->outlet = v;
  else if (!strcmp(name, "q")) q->arg = v;
  else if (!strcmp(name, "limit")) q->limit = atol(v);
  else if (!strcmp(name, "cursor") && v[0] == 'e') q->after = atoll(v + 1);
  else if (!strcmp(name, "cursor")) q->offset = atol(v);
  else if (!strcmp(name, "format")) p->format = v;
  else if (!strcmp(name, "table")) p->table = v;
  else if (!strcmp(name, "people")) p->people = !strcmp(v, "1");
}

static int hex(char c) {
  return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* Decodes s[0..n) into out ('+' is a space, %XX a byte, a stray '%' itself);
 * returns the decoded length (out gets a NUL after it). */
static size_t decode(char *out, const char *s, size_t n) {
  size_t o = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '+') out[o++] = ' ';
    else if (s[i] == '%' && i + 2 < n && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0)
      out[o++] = (char)(hex(s[i + 1]) * 16 + hex(s[i + 2])), i += 2;
    else out[o++] = s[i];
  }
  out[o] = '\0';
  return o;
}

static bool refuse(api_params *p, const char *what, const char *name, size_t len) {
  char shown[160];
  describe(shown, sizeof shown, name, len);
  snprintf(p->message, sizeof p->message, what, shown);
  return false;
}

bool api_params_parse(api_params *p, const char *query) {
  memset(p, 0, sizeof *p);
  if (!query || !*query) return true;
  size_t total = strlen(query);
  p->decoded = malloc(total + 1);
  if (!p->decoded) return snprintf(p->message, sizeof p->message, "out of memory"), false;
  char *out = p->decoded;
  unsigned seen = 0;
  for (const char *s = query; *s;) {
    size_t seg = strcspn(s, "&");
    const char *eq = memchr(s, '=', seg);
    size_t klen_raw = eq ? (size_t)(eq - s) : seg;
    char *name = out;
    size_t klen = decode(name, s, klen_raw);
    out += klen + 1;
    const char *value = "";
    size_t vlen = 0;
    if (eq) {
      char *v = out;
      vlen = decode(v, eq + 1, seg - klen_raw - 1);
      out += vlen + 1;
      value = v;
    }
    s += seg;
    if (*s == '&') s++;
    if (!klen && !eq) continue; /* "a=1&&b=2", a trailing '&' */
    if (!api_valid_utf8(name, klen)) return refuse(p, "parameter name \"%s\" is not UTF-8", name, klen);
    int k = 0;
    while (k < NPARAMS && strcmp(PARAMS[k].name, name)) k++;
    if (k == NPARAMS) return refuse(p, "unknown parameter \"%s\"", name, klen);
    if (seen & (1u << k)) return refuse(p, "parameter %s is given twice", name, klen);
    seen |= 1u << k;
    if (vlen > API_MAX_PARAM) return refuse(p, "parameter %s: too long (at most 256 bytes)", name, klen);
    if (!api_valid_utf8(value, vlen)) return refuse(p, "parameter %s: not UTF-8 text", name, klen);
    if (!of_form(PARAMS[k].form, name, value)) {
      refuse(p, "bad value for parameter %s", name, klen);
      const char *takes = PARAMS[k].form == FILTER ? attache_query_filter_problem(name, value)
                          : PARAMS[k].form == LIMIT ? "a whole number from 1 to 1000"
                                                    : NULL;
      size_t used = strlen(p->message);
      if (takes) snprintf(p->message + used, sizeof p->message - used, ": %s", takes);
      return false;
    }
    set(p, name, value);
  }
  return true;
}

bool api_record_id_ok(attache_query_kind kind, const char *id) {
  switch (kind) {
  case ATTACHE_QUERY_PARTNER: return all_of(id, UPPER, 2, 2);
  case ATTACHE_QUERY_SOURCE: return *id && strlen(id) <= API_MAX_ID && api_valid_utf8(id, strlen(id));
  default: return all_of(id, DIGITS, 1, 18);
  }
}

void api_params_free(api_params *p) {
  free(p->decoded);
  p->decoded = NULL;
}
