/* SPDX-License-Identifier: MIT */
/*
 * params.h - the API's query string, read by the server itself (not by
 * libmicrohttpd) so that one function, which a fuzz target can call, does all
 * of it: split at '&' and '=', percent-decode ('+' is a space), and check
 * every parameter's name and value before any of it reaches a query.
 */
#ifndef ATTACHE_SERVER_PARAMS_H
#define ATTACHE_SERVER_PARAMS_H

#include <attache/store.h>

#include <stdbool.h>
#include <stddef.h>

enum { API_MAX_PARAM = 256, API_MAX_LIMIT = 1000, API_MAX_ID = 127 };

typedef struct api_params {
  attache_query q;   /* the filters, pointing into `decoded` */
  const char *format; /* /api/export: format, table and people=1 (NULL, NULL, false: not given) */
  const char *table;
  bool people;
  char message[300]; /* when a parameter is bad: which one and why (always valid UTF-8) */
  char *decoded;     /* owned: the decoded names and values */
} api_params;

/*
 * Reads the raw query string `query` (what follows '?'; NULL or "" for none)
 * into `p`. Returns false, with p->message naming the parameter, when a name
 * is unknown or given twice, or a value is too long, not UTF-8, holds a NUL
 * or is not of the parameter's form. Free with api_params_free either way.
 */
bool api_params_parse(api_params *p, const char *query);
void api_params_free(api_params *p);

/* Whether s[0..len) is well-formed UTF-8 (no overlong forms, surrogates or
 * code points past U+10FFFF) without NUL. */
bool api_valid_utf8(const char *s, size_t len);

/* Whether `id`, the last part of /api/partners/{ISO}, /api/sources/{id} or
 * /api/events|people/{number}, is of the form its kind of record takes. */
bool api_record_id_ok(attache_query_kind kind, const char *id);

#endif
