/* SPDX-License-Identifier: MIT */
/*
 * emit.c - writes a document's records as one JSON object in the exact shape
 * of shared/spec/extraction.md: every field present, null where unknown.
 * Built with jansson, which keeps insertion order, so output is byte-stable.
 */
#include "pipeline.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

static json_t *str_or_null(const char *s) { return s ? json_string(s) : json_null(); }

static json_t *date_or_null(at_date d, bool has) {
  if (!has) return json_null();
  char buf[11];
  at_format_date(d, buf);
  return json_string(buf);
}

static json_t *strset(const at_strset *set) {
  json_t *a = json_array();
  for (uint8_t i = 0; i < set->n; i++) json_array_append_new(a, json_string(set->items[i]));
  return a;
}

/* Countries with Vietnam, the subject state, first; the rest as found. */
static json_t *countries(const at_strset *set) {
  json_t *a = json_array();
  if (at_strset_has(set, "VN")) json_array_append_new(a, json_string("VN"));
  for (uint8_t i = 0; i < set->n; i++)
    if (strcmp(set->items[i], "VN")) json_array_append_new(a, json_string(set->items[i]));
  return a;
}

static json_t *evidence(const attache_doc *doc, uint32_t sentence) {
  const at_sentence *s = AT_SENT(doc, sentence);
  return json_stringn(doc->text + s->start, s->end - s->start);
}

/* With --with-text: the record's sentence, by its index in "sentences". */
static void add_sentence(const attache_doc *doc, json_t *obj, uint32_t sentence) {
  if (doc->options.with_text) json_object_set_new(obj, "sentence", json_integer(sentence));
}

/* The features a record's confidence was computed from (--explain). */
static json_t *features_json(const at_features *f) {
  json_t *names = json_array();
  for (uint8_t i = 0; i < f->n; i++) json_array_append_new(names, json_string(f->names[i]));
  return names;
}

/* "confidence", and with --explain the rule, cue, sentence offsets and the
 * confidence's features (`why` NULL: a participant, only the features). */
static void add_confidence_explain(const attache_doc *doc, json_t *obj, double confidence, const at_explain *why,
                                   const at_features *f) {
  json_object_set_new(obj, "confidence", json_real(confidence));
  if (!doc->options.explain) return;
  json_t *e = json_object();
  if (why) {
    const at_sentence *s = AT_SENT(doc, why->sentence);
    json_object_set_new(e, "rule", str_or_null(why->rule));
    json_object_set_new(e, "cue", str_or_null(why->cue));
    json_object_set_new(e, "sentence", json_integer(why->sentence));
    json_object_set_new(e, "start", json_integer(s->start));
    json_object_set_new(e, "end", json_integer(s->end));
  }
  json_object_set_new(e, "features", features_json(f));
  json_object_set_new(obj, "explain", e);
}

static json_t *event_json(const attache_doc *doc, const at_event *ev) {
  json_t *o = json_object();
  json_object_set_new(o, "type", json_string(ev->type));
  json_object_set_new(o, "date", date_or_null(ev->date, ev->has_date));
  json_object_set_new(o, "date_end", date_or_null(ev->date_end, ev->has_end));
  if (ev->place || ev->loc_country) {
    json_t *loc = json_object();
    json_object_set_new(loc, "place", str_or_null(ev->place));
    json_object_set_new(loc, "country", str_or_null(ev->loc_country));
    json_object_set_new(o, "location", loc);
  } else {
    json_object_set_new(o, "location", json_null());
  }
  json_object_set_new(o, "countries", countries(&ev->countries));
  json_object_set_new(o, "organizations", strset(&ev->organizations));
  json_object_set_new(o, "mechanism", str_or_null(ev->mechanism));
  json_t *people = json_array();
  for (uint8_t i = 0; i < ev->nparticipants; i++) {
    const at_person *p = AT_PERSON(doc, ev->participants[i]);
    json_t *po = json_object();
    json_object_set_new(po, "name", json_string(p->name));
    json_object_set_new(po, "rank", str_or_null(p->rank));
    json_object_set_new(po, "position", str_or_null(p->position));
    json_object_set_new(po, "country", str_or_null(p->country));
    at_features f = {.n = 0};
    if (doc->options.explain) at_participant_features(doc, ev, i, &f);
    add_confidence_explain(doc, po, ev->participant_confidence[i], NULL, &f);
    json_array_append_new(people, po);
  }
  json_object_set_new(o, "participants", people);
  json_object_set_new(o, "areas", strset(&ev->areas));
  json_object_set_new(o, "evidence", evidence(doc, ev->sentence));
  add_sentence(doc, o, ev->sentence);
  at_features f = {.n = 0};
  if (doc->options.explain) at_event_features(doc, ev, &f);
  add_confidence_explain(doc, o, ev->confidence, &ev->why, &f);
  return o;
}

static json_t *agreement_json(const attache_doc *doc, const at_agreement *a) {
  json_t *o = json_object();
  json_object_set_new(o, "title", json_string(a->title));
  json_object_set_new(o, "kind", json_string(a->kind));
  json_object_set_new(o, "parties", countries(&a->parties));
  json_object_set_new(o, "date", date_or_null(a->date, a->has_date));
  if (a->period_from) {
    json_t *p = json_object();
    json_object_set_new(p, "from", json_integer(a->period_from));
    json_object_set_new(p, "to", json_integer(a->period_to));
    json_object_set_new(o, "period", p);
  } else {
    json_object_set_new(o, "period", json_null());
  }
  json_object_set_new(o, "status", json_string(a->status));
  json_object_set_new(o, "areas", strset(&a->areas));
  json_object_set_new(o, "evidence", evidence(doc, a->sentence));
  add_sentence(doc, o, a->sentence);
  at_features f = {.n = 0};
  if (doc->options.explain) at_agreement_features(doc, a, &f);
  add_confidence_explain(doc, o, a->confidence, &a->why, &f);
  return o;
}

static json_t *figure_json(const attache_doc *doc, const at_figure *f) {
  json_t *o = json_object();
  json_object_set_new(o, "metric", json_string(f->metric));
  if (f->label) json_object_set_new(o, "label", json_string(f->label));
  json_object_set_new(o, "value", json_integer((json_int_t)f->value));
  json_object_set_new(o, "qualifier", json_string(f->qualifier));
  json_object_set_new(o, "as_of", date_or_null(f->as_of, f->has_as_of));
  json_object_set_new(o, "subject", str_or_null(f->subject));
  json_object_set_new(o, "evidence", evidence(doc, f->sentence));
  add_sentence(doc, o, f->sentence);
  at_features names = {.n = 0};
  if (doc->options.explain) at_figure_features(doc, f, &names);
  add_confidence_explain(doc, o, f->confidence, &f->why, &names);
  return o;
}

static json_t *relation_json(const attache_doc *doc, const at_relation *r) {
  json_t *o = json_object();
  json_t *c = json_array();
  json_array_append_new(c, json_string(r->a));
  json_array_append_new(c, json_string(r->b));
  json_object_set_new(o, "countries", c);
  json_object_set_new(o, "framework", json_string(r->framework));
  json_object_set_new(o, "since", r->since ? json_integer(r->since) : json_null());
  json_object_set_new(o, "evidence", evidence(doc, r->sentence));
  add_sentence(doc, o, r->sentence);
  at_features f = {.n = 0};
  if (doc->options.explain) at_relation_features(doc, r, &f);
  add_confidence_explain(doc, o, r->confidence, &r->why, &f);
  return o;
}

char *at_emit_json(attache_doc *doc) {
  json_t *root = json_object();
  json_object_set_new(root, "id", json_string(doc->id));
  json_object_set_new(root, "lang", json_string(doc->lang));
  json_object_set_new(root, "title", str_or_null(doc->title));
  json_object_set_new(root, "url", str_or_null(doc->url));
  json_object_set_new(root, "published", date_or_null(doc->published, doc->has_published));
  json_t *events = json_array();
  for (size_t i = 0; i < doc->events.len; i++)
    if (!AT_EVENT(doc, i)->dropped) json_array_append_new(events, event_json(doc, AT_EVENT(doc, i)));
  json_object_set_new(root, "events", events);
  json_t *agreements = json_array();
  for (size_t i = 0; i < doc->agreements.len; i++)
    json_array_append_new(agreements, agreement_json(doc, AT_VEC_AT(&doc->agreements, at_agreement, i)));
  json_object_set_new(root, "agreements", agreements);
  json_t *figures = json_array();
  for (size_t i = 0; i < doc->figures.len; i++)
    json_array_append_new(figures, figure_json(doc, AT_VEC_AT(&doc->figures, at_figure, i)));
  json_object_set_new(root, "figures", figures);
  json_t *relations = json_array();
  for (size_t i = 0; i < doc->relations.len; i++)
    json_array_append_new(relations, relation_json(doc, AT_VEC_AT(&doc->relations, at_relation, i)));
  json_object_set_new(root, "relations", relations);
  if (doc->options.with_text) {
    /* What a store needs to keep the document as a direct ingest does: the
     * text the sentences are spans of, and what tells a changed input. */
    json_t *spans = json_array();
    for (size_t i = 0; i < doc->sentences.len; i++) {
      json_t *span = json_array();
      json_array_append_new(span, json_integer(AT_SENT(doc, i)->start));
      json_array_append_new(span, json_integer(AT_SENT(doc, i)->end));
      json_array_append_new(spans, span);
    }
    json_object_set_new(root, "text", json_stringn(doc->text, doc->len));
    json_object_set_new(root, "sentences", spans);
    json_object_set_new(root, "content_hash", json_string(doc->content_hash));
  }
  /* Confidences are the only reals, rounded to 0.01: three digits print them. */
  char *s = json_dumps(root, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(3));
  json_decref(root);
  if (!s) at_oom();
  char *out = at_arena_strndup(doc->arena, s, strlen(s));
  free(s);
  return out;
}
