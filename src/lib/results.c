/* SPDX-License-Identifier: MIT */
/*
 * results.c - a document back from the result `attache extract --with-text`
 * wrote, so that extraction and storing can run apart (workers extract, a
 * loader stores): the inverse of emit.c for what the store keeps. A result
 * is input like any other: every field is checked, and one that does not
 * hold together is an error naming it, never a crash or a half-read record.
 */
#include "pipeline.h"

#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct reading {
  attache_doc *doc;
  attache_error *err;
  const char *where; /* the record being read, for messages: "events[3]" */
  char where_buf[48];
} reading;

static bool fail(reading *r, const char *field, const char *problem) {
  at_error_set(r->err, ATTACHE_ERR_JSON, "result %s%s%s: %s", r->where ? r->where : "", r->where ? "." : "", field,
               problem);
  return false;
}

/* A string field (or null when `nullable`) into `*out`, copied to the document's arena. */
static bool read_string(reading *r, json_t *obj, const char *field, bool nullable, const char **out) {
  json_t *v = json_object_get(obj, field);
  *out = NULL;
  if ((!v || json_is_null(v)) && nullable) return true;
  if (!json_is_string(v)) return fail(r, field, nullable ? "not a string or null" : "not a string");
  *out = at_arena_strndup(r->doc->arena, json_string_value(v), json_string_length(v));
  return true;
}

/* "2019-11-06", "2019-11", "2019", "XXXX-03-27", "XXXX-03": as at_format_date writes them. */
static bool parse_date(const char *s, at_date *d) {
  size_t n = strlen(s);
  int year = 0, month = 0, day = 0;
  if (n != 4 && n != 7 && n != 10) return false;
  if (strncmp(s, "XXXX", 4)) {
    for (int i = 0; i < 4; i++) {
      if (s[i] < '0' || s[i] > '9') return false;
      year = year * 10 + (s[i] - '0');
    }
    if (!year) return false;
  }
  for (size_t at = 4; at < n; at += 3) {
    if (s[at] != '-' || s[at + 1] < '0' || s[at + 1] > '9' || s[at + 2] < '0' || s[at + 2] > '9') return false;
    int v = (s[at + 1] - '0') * 10 + (s[at + 2] - '0');
    if (at == 4) month = v;
    else day = v;
  }
  if (n == 4 && !year) return false; /* "XXXX" is no date */
  if (month < (n > 4 ? 1 : 0) || month > 12 || (n == 10 && !at_calendar_day(year, month, day))) return false;
  *d = (at_date){(int16_t)year, (int8_t)month, (int8_t)day};
  return true;
}

static bool read_date(reading *r, json_t *obj, const char *field, at_date *d, bool *has) {
  const char *s;
  if (!read_string(r, obj, field, true, &s)) return false;
  *has = s != NULL;
  if (s && !parse_date(s, d)) return fail(r, field, "not a date YYYY[-MM[-DD]] (XXXX for an unknown year)");
  return true;
}

static bool read_int(reading *r, json_t *obj, const char *field, bool nullable, long long min, long long max,
                     long long *out) {
  json_t *v = json_object_get(obj, field);
  *out = 0;
  if ((!v || json_is_null(v)) && nullable) return true;
  if (!json_is_integer(v) || json_integer_value(v) < min || json_integer_value(v) > max)
    return fail(r, field, "not a whole number in range");
  *out = json_integer_value(v);
  return true;
}

/* A record's confidence, from 0 to 1 (absent in results of an attache that
 * had none: NAN, stored as NULL, unknown rather than least sure). */
static bool read_confidence(reading *r, json_t *obj, double *out) {
  json_t *v = json_object_get(obj, "confidence");
  *out = NAN;
  if (!v) return true;
  if (!json_is_number(v) || json_number_value(v) < 0 || json_number_value(v) > 1)
    return fail(r, "confidence", "not a number from 0 to 1");
  *out = json_number_value(v);
  return true;
}

/* An array of strings (codes) into a set. */
static bool read_set(reading *r, json_t *obj, const char *field, at_strset *set) {
  json_t *a = json_object_get(obj, field);
  if (!json_is_array(a) || json_array_size(a) > AT_SET_MAX) return fail(r, field, "not an array of at most 24 strings");
  for (size_t i = 0; i < json_array_size(a); i++) {
    json_t *v = json_array_get(a, i);
    if (!json_is_string(v)) return fail(r, field, "holds something that is not a string");
    at_strset_add(set, at_arena_strndup(r->doc->arena, json_string_value(v), json_string_length(v)));
  }
  return true;
}

/* The record's sentence, which must be one of the document's. */
static bool read_sentence(reading *r, json_t *obj, uint32_t *sentence) {
  long long v;
  if (!read_int(r, obj, "sentence", false, 0, (long long)r->doc->sentences.len - 1, &v)) return false;
  *sentence = (uint32_t)v;
  return true;
}

/* The records of array `field`, each read by `one`. */
static bool read_records(reading *r, json_t *root, const char *field, bool (*one)(reading *, json_t *)) {
  json_t *a = json_object_get(root, field);
  if (!json_is_array(a)) {
    r->where = NULL;
    return fail(r, field, "not an array");
  }
  for (size_t i = 0; i < json_array_size(a); i++) {
    snprintf(r->where_buf, sizeof r->where_buf, "%s[%zu]", field, i);
    r->where = r->where_buf;
    json_t *o = json_array_get(a, i);
    if (!json_is_object(o)) return fail(r, "", "not an object");
    if (!one(r, o)) return false;
  }
  r->where = NULL;
  return true;
}

/* An optional name of `names` (where a date came from): its index, 0 when absent. */
static bool read_name(reading *r, json_t *obj, const char *field, const char *const names[4], uint8_t *out) {
  const char *v = NULL;
  *out = 0;
  if (!read_string(r, obj, field, true, &v)) return false;
  if (!v) return true;
  for (uint8_t i = 1; i < 4; i++)
    if (!strcmp(v, names[i])) return *out = i, true;
  return fail(r, field, "not a known source of a date");
}

static bool read_event(reading *r, json_t *o) {
  at_event *ev = at_vec_push(&r->doc->events);
  if (!read_string(r, o, "type", false, &ev->type) || !read_date(r, o, "date", &ev->date, &ev->has_date) ||
      !read_date(r, o, "date_end", &ev->date_end, &ev->has_end) || !read_set(r, o, "countries", &ev->countries) ||
      !read_set(r, o, "organizations", &ev->organizations) || !read_set(r, o, "areas", &ev->areas) ||
      !read_string(r, o, "mechanism", true, &ev->mechanism) || !read_sentence(r, o, &ev->sentence) ||
      !read_confidence(r, o, &ev->confidence) || !read_name(r, o, "date_from", AT_DATE_FROM_NAMES, &ev->date_from))
    return false;
  json_t *relative = json_object_get(o, "date_relative");
  if (relative && !json_is_boolean(relative)) return fail(r, "date_relative", "not true or false");
  ev->date_relative = json_is_true(relative);
  json_t *loc = json_object_get(o, "location");
  if (json_is_object(loc)) {
    if (!read_string(r, loc, "place", true, &ev->place) || !read_string(r, loc, "country", true, &ev->loc_country))
      return false;
  } else if (loc && !json_is_null(loc)) {
    return fail(r, "location", "not an object or null");
  }
  json_t *people = json_object_get(o, "participants");
  if (!json_is_array(people) || json_array_size(people) > AT_SET_MAX)
    return fail(r, "participants", "not an array of at most 24 people");
  for (size_t i = 0; i < json_array_size(people); i++) {
    json_t *po = json_array_get(people, i);
    if (!json_is_object(po)) return fail(r, "participants", "holds something that is not an object");
    ev->participants[ev->nparticipants] = (uint32_t)r->doc->people.len;
    at_person *p = at_vec_push(&r->doc->people);
    if (!read_string(r, po, "name", false, &p->name) || !read_string(r, po, "rank", true, &p->rank) ||
        !read_string(r, po, "position", true, &p->position) || !read_string(r, po, "country", true, &p->country) ||
        !read_confidence(r, po, &ev->participant_confidence[ev->nparticipants]))
      return false;
    ev->nparticipants++;
  }
  return true;
}

static bool read_agreement(reading *r, json_t *o) {
  at_agreement *a = at_vec_push(&r->doc->agreements);
  if (!read_string(r, o, "title", false, &a->title) || !read_string(r, o, "kind", false, &a->kind) ||
      !read_set(r, o, "parties", &a->parties) || !read_date(r, o, "date", &a->date, &a->has_date) ||
      !read_string(r, o, "status", false, &a->status) || !read_set(r, o, "areas", &a->areas) ||
      !read_sentence(r, o, &a->sentence) || !read_confidence(r, o, &a->confidence))
    return false;
  json_t *period = json_object_get(o, "period");
  if (json_is_object(period)) {
    long long from, to;
    if (!read_int(r, period, "from", false, 1, 9999, &from) || !read_int(r, period, "to", false, 0, 9999, &to))
      return false;
    a->period_from = (int)from;
    a->period_to = (int)to;
  } else if (period && !json_is_null(period)) {
    return fail(r, "period", "not an object or null");
  }
  return true;
}

static bool read_figure(reading *r, json_t *o) {
  at_figure *f = at_vec_push(&r->doc->figures);
  if (!read_string(r, o, "metric", false, &f->metric) || !read_string(r, o, "label", true, &f->label) ||
      !read_string(r, o, "qualifier", false, &f->qualifier) || !read_date(r, o, "as_of", &f->as_of, &f->has_as_of) ||
      !read_string(r, o, "subject", true, &f->subject) || !read_sentence(r, o, &f->sentence) ||
      !read_confidence(r, o, &f->confidence))
    return false;
  json_t *v = json_object_get(o, "value");
  if (!json_is_number(v)) return fail(r, "value", "not a number");
  f->value = json_number_value(v);
  return true;
}

static bool read_relation(reading *r, json_t *o) {
  at_relation *rel = at_vec_push(&r->doc->relations);
  json_t *c = json_object_get(o, "countries");
  if (!json_is_array(c) || json_array_size(c) != 2 || !json_is_string(json_array_get(c, 0)) ||
      !json_is_string(json_array_get(c, 1)))
    return fail(r, "countries", "not two country codes");
  rel->a = at_arena_strndup(r->doc->arena, json_string_value(json_array_get(c, 0)), json_string_length(json_array_get(c, 0)));
  rel->b = at_arena_strndup(r->doc->arena, json_string_value(json_array_get(c, 1)), json_string_length(json_array_get(c, 1)));
  long long since;
  if (!read_string(r, o, "framework", false, &rel->framework) || !read_int(r, o, "since", true, 1, 9999, &since) ||
      !read_sentence(r, o, &rel->sentence) || !read_confidence(r, o, &rel->confidence))
    return false;
  rel->since = (int)since;
  return true;
}

/* The text and its sentences: spans in order, inside the text, on character boundaries. */
static bool read_text(reading *r, json_t *root) {
  attache_doc *doc = r->doc;
  json_t *text = json_object_get(root, "text"), *spans = json_object_get(root, "sentences");
  if (!json_is_string(text) || !json_is_array(spans))
    return fail(r, "text", "missing: write the results with attache extract --with-text");
  doc->len = json_string_length(text);
  if (doc->len > ATTACHE_MAX_DOC_BYTES) return fail(r, "text", "longer than a document may be");
  if (memchr(json_string_value(text), '\0', doc->len)) return fail(r, "text", "holds a NUL character");
  doc->text = at_arena_strndup(doc->arena, json_string_value(text), doc->len);
  size_t previous_end = 0;
  for (size_t i = 0; i < json_array_size(spans); i++) {
    json_t *span = json_array_get(spans, i);
    json_t *a = json_array_get(span, 0), *b = json_array_get(span, 1);
    if (!json_is_array(span) || json_array_size(span) != 2 || !json_is_integer(a) || !json_is_integer(b))
      return fail(r, "sentences", "not a list of [start, end] byte offsets");
    json_int_t start = json_integer_value(a), end = json_integer_value(b);
    if (start < (json_int_t)previous_end || end < start || end > (json_int_t)doc->len ||
        (start < (json_int_t)doc->len && ((unsigned char)doc->text[start] & 0xC0) == 0x80) ||
        (end < (json_int_t)doc->len && ((unsigned char)doc->text[end] & 0xC0) == 0x80))
      return fail(r, "sentences", "a span outside the text, out of order, or inside a character");
    at_sentence *s = at_vec_push(&doc->sentences);
    s->start = (uint32_t)start;
    s->end = (uint32_t)end;
    s->event = -1;
    previous_end = (size_t)end;
  }
  return true;
}

attache_status at_doc_from_result(const attache_lexicon *lex, const char *json, size_t len, attache_doc **out,
                                  attache_error *err) {
  *out = NULL;
  json_error_t jerr;
  json_t *root = json_loadb(json, len, JSON_REJECT_DUPLICATES, &jerr);
  if (!root) return at_error_set(err, ATTACHE_ERR_JSON, "not JSON: %s", jerr.text);
  attache_doc *doc = at_doc_new(lex);
  reading r = {doc, err, NULL, {0}};
  const char *hash = NULL;
  bool ok = json_is_object(root) || fail(&r, "", "not a JSON object");
  ok = ok && read_string(&r, root, "id", false, &doc->id);
  if (ok && !*doc->id) ok = fail(&r, "id", "empty");
  ok = ok && read_string(&r, root, "lang", true, &doc->lang) && read_string(&r, root, "title", true, &doc->title) &&
       read_string(&r, root, "url", true, &doc->url) &&
       read_date(&r, root, "published", &doc->published, &doc->has_published) && read_text(&r, root) &&
       read_string(&r, root, "content_hash", false, &hash);
  uint8_t published_from = 0;
  ok = ok && read_name(&r, root, "published_from", AT_PUBLISHED_FROM_NAMES, &published_from);
  doc->published_from = (at_published_from)published_from;
  if (ok && (strlen(hash) != 16 || strspn(hash, "0123456789abcdef") != 16))
    ok = fail(&r, "content_hash", "not 16 hexadecimal digits");
  if (ok) memcpy(doc->content_hash, hash, 17);
  ok = ok && read_records(&r, root, "events", read_event) && read_records(&r, root, "agreements", read_agreement) &&
       read_records(&r, root, "figures", read_figure) && read_records(&r, root, "relations", read_relation);
  json_decref(root);
  if (!ok) {
    attache_doc_free(doc);
    return ATTACHE_ERR_JSON;
  }
  doc->options.with_text = 1;
  *out = doc;
  return ATTACHE_OK;
}
