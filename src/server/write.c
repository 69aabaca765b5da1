/* SPDX-License-Identifier: MIT */
/*
 * write.c - the write API: analysts' changes over HTTP, the same operations
 * as the CLI's (corrections.h), authorised by bearer tokens
 * (`attache token create NAME`). The token's name is the author in the
 * history.
 *
 *   PATCH  /api/{events|agreements|figures|relations|people|participants}/{id}
 *          {"set": {"date": "2013-06-02"}, "note": "..."}           edit
 *   DELETE /api/{...}/{id}  {"note": "..."} (body optional)          reject
 *   DELETE /api/sources/{id}                                         delete a source
 *   POST   /api/{events|agreements|figures|relations|participants}
 *          {"source": "vi-085", "sentence": 3, "set": {...}, "event": 42}   add
 *   POST   /api/merge    {"kind": "person", "ids": [12, 40]}
 *   POST   /api/distinct {"kind": "person", "ids": [12, 40]}          not one: off the likely duplicates
 *   POST   /api/accept   {"kind": "event", "id": 12}                  reviewed: off the review queue
 *   POST   /api/split    {"kind": "person", "id": 12}
 *   POST   /api/aliases  {"kind": "person", "id": 12, "name": "Ash Carter"}
 *   POST   /api/undo     {"change": 7}
 */
#include "write.h"

#include <attache/corrections.h>

#include <jansson.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct {
  const char *path, *kind;
} COLLECTIONS[] = {
    {"events", "event"},       {"agreements", "agreement"}, {"figures", "figure"},
    {"relations", "relation"}, {"people", "person"},        {"participants", "participant"},
};

static unsigned error(char **response, unsigned status, const char *code, const char *message) {
  json_t *root = json_pack("{s{ssss}}", "error", "code", code, "message", message);
  if (!root) root = json_pack("{s{ssss}}", "error", "code", code, "message", "(the message was not UTF-8)");
  *response = json_dumps(root, JSON_COMPACT);
  json_decref(root);
  return status;
}

/* A JSON value given for a field or an id, as the text the library reads. */
static char *as_text(const json_t *v) {
  if (json_is_string(v)) return strdup(json_string_value(v));
  if (json_is_null(v)) return strdup("");
  if (json_is_integer(v) || json_is_real(v)) return json_dumps(v, JSON_ENCODE_ANY);
  return NULL;
}

typedef struct texts {
  char *items[64];
  size_t n;
} texts;

static const char *keep(texts *t, char *s) {
  if (!s || t->n == 64) {
    free(s);
    return NULL;
  }
  return t->items[t->n++] = s;
}

unsigned api_write(attache_store *store, const char *method, const char *path, const char *authorization,
                   const char *body, size_t len, char **response) {
  *response = NULL;
  /* which operation */
  attache_correction c = {.sentence = -1};
  const char *rest = path + strlen("/api/");
  const char *slash = strchr(rest, '/');
  size_t head = slash ? (size_t)(slash - rest) : strlen(rest);
  const char *id = slash && slash[1] ? slash + 1 : NULL;
  const char *kind = NULL;
  for (size_t i = 0; i < sizeof COLLECTIONS / sizeof *COLLECTIONS; i++)
    if (strlen(COLLECTIONS[i].path) == head && !strncmp(rest, COLLECTIONS[i].path, head)) kind = COLLECTIONS[i].kind;
  bool post = !strcmp(method, "POST"), patch = !strcmp(method, "PATCH"), del = !strcmp(method, "DELETE");
  if (kind && id && patch) c.op = "edit";
  else if (kind && id && del) c.op = "reject";
  else if (kind && !id && post && strcmp(kind, "person")) c.op = "add";
  else if (!strncmp(rest, "sources/", 8) && id && del) c.op = "delete", kind = "source";
  else if (post && !id && head == 5 && !strncmp(rest, "merge", 5)) c.op = "merge";
  else if (post && !id && head == 5 && !strncmp(rest, "split", 5)) c.op = "split";
  else if (post && !id && head == 8 && !strncmp(rest, "distinct", 8)) c.op = "distinct";
  else if (post && !id && head == 6 && !strncmp(rest, "accept", 6)) c.op = "accept";
  else if (post && !id && head == 7 && !strncmp(rest, "aliases", 7)) c.op = "alias";
  else if (post && !id && head == 4 && !strncmp(rest, "undo", 4)) c.op = "undo";
  else return error(response, 405, "method_not_allowed", "no such write: see /api/openapi.json");

  /* who: the token */
  const char *bearer = authorization && !strncmp(authorization, "Bearer ", 7) ? authorization + 7 : NULL;
  if (!bearer || !*bearer)
    return error(response, 401, "unauthorized", "a write needs a token: Authorization: Bearer TOKEN");
  attache_error err = {.offset = (size_t)-1};
  if (!store) return error(response, 503, "unavailable", "the database cannot be written");
  char author[80];
  if (!attache_store_token_check(store, bearer, author, sizeof author))
    return error(response, 401, "unauthorized", "the token is not valid (unknown or revoked)");
  c.author = author;

  /* what: the body */
  json_error_t jerr;
  json_t *req = len ? json_loadb(body, len, JSON_REJECT_DUPLICATES, &jerr) : json_object();
  if (!req || !json_is_object(req)) {
    json_decref(req);
    return error(response, 400, "bad_body", "the body must be a JSON object");
  }
  texts held = {.n = 0};
  const char *fields[64], *values[64], *others[64];
  size_t nfields = 0;
  const char *bad = NULL;
  json_t *note = json_object_get(req, "note");
  if (note && !json_is_string(note)) bad = "note must be text";
  c.note = json_string_value(note);
  json_t *set = json_object_get(req, "set");
  if (set && !json_is_object(set)) bad = "set must be an object of field: value";
  const char *key;
  json_t *v;
  json_object_foreach(set, key, v) {
    const char *text = nfields < 64 ? keep(&held, as_text(v)) : NULL;
    if (!text) {
      bad = "each value of set must be text, a number or null";
      break;
    }
    fields[nfields] = key;
    values[nfields++] = text;
  }
  c.fields = fields;
  c.values = values;
  c.nfields = nfields;
  if (!strcmp(c.op, "edit") || !strcmp(c.op, "reject") || !strcmp(c.op, "delete")) {
    c.kind = kind;
    c.id = id;
  } else if (!strcmp(c.op, "add")) {
    c.kind = kind;
    json_t *source = json_object_get(req, "source"), *sentence = json_object_get(req, "sentence");
    if (!json_is_string(source) || !json_is_integer(sentence) || json_integer_value(sentence) < 0)
      bad = "add needs source (a document id) and sentence (its index)";
    c.source = json_string_value(source);
    c.sentence = (long)json_integer_value(sentence);
    if (json_object_get(req, "event")) c.id = keep(&held, as_text(json_object_get(req, "event")));
  } else if (!strcmp(c.op, "undo")) {
    c.id = keep(&held, as_text(json_object_get(req, "change")));
    if (!c.id) bad = "undo needs change (a number)";
  } else {
    c.kind = json_string_value(json_object_get(req, "kind"));
    if (!c.kind) bad = "kind is missing";
    json_t *ids = json_object_get(req, "ids");
    if (!strcmp(c.op, "merge") || !strcmp(c.op, "distinct")) {
      size_t most = !strcmp(c.op, "merge") ? 64 : 2;
      if (!json_is_array(ids) || json_array_size(ids) < 2 || json_array_size(ids) > most)
        bad = most == 2 ? "ids must list 2 ids" : "ids must list 2 to 64 ids";
      for (size_t i = 0; !bad && i < json_array_size(ids); i++) {
        const char *one = keep(&held, as_text(json_array_get(ids, i)));
        if (!one) bad = "each id must be a number or text";
        else if (i == 0) c.id = one;
        else others[i - 1] = one;
      }
      c.others = others;
      c.nothers = json_array_size(ids) ? json_array_size(ids) - 1 : 0;
    } else {
      c.id = keep(&held, as_text(json_object_get(req, "id")));
      if (!c.id) bad = "id is missing";
      if (!strcmp(c.op, "alias")) {
        c.name = json_string_value(json_object_get(req, "name"));
        if (!c.name) bad = "name is missing";
      }
    }
  }
  unsigned status;
  if (bad) {
    status = error(response, 400, "bad_body", bad);
  } else {
    long change = 0;
    attache_status st = attache_store_correct(store, &c, &change, &err);
    if (st == ATTACHE_OK) {
      json_t *root = json_pack("{sIssss}", "change", (json_int_t)change, "op", c.op, "author", author);
      *response = json_dumps(root, JSON_COMPACT);
      json_decref(root);
      status = 200;
    } else if (st == ATTACHE_ERR_NOT_FOUND) {
      status = error(response, 404, "not_found", err.message);
    } else if (st == ATTACHE_ERR_ARG) {
      status = error(response, 400, "bad_parameter", err.message);
    } else {
      status = error(response, 500, "internal", "the change could not be stored");
    }
  }
  for (size_t i = 0; i < held.n; i++) free(held.items[i]);
  json_decref(req);
  return status;
}
