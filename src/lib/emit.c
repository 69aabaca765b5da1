/* SPDX-License-Identifier: MIT */
/*
 * emit.c - writes a document's records as one JSON object in the exact shape
 * of shared/spec/extraction.md: every field present, null where unknown,
 * fields in the order written here.
 *
 * The JSON is written straight into one buffer (json_text.c), byte for byte
 * as jansson's json_dumps(JSON_COMPACT | JSON_PRESERVE_ORDER |
 * JSON_REAL_PRECISION(3)) wrote it before: a jansson tree of every string,
 * built and dumped, took a sixth of `attache extract`'s time. As jansson did, a member whose string
 * is not valid UTF-8 is left out (no text of the pipeline is; a file name
 * given as id may be), and so is one whose value is NULL where null is not
 * written.
 */
#include "pipeline.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <threads.h>

typedef struct writer {
  at_buf buf;
  bool first; /* nothing written yet in the innermost object or array */
} writer;

static void put(writer *w, const char *s, size_t n) {
  if (!at_buf_append(&w->buf, s, n)) at_oom(); /* the buffer has no limit */
}

static void put_literal(writer *w, const char *s) { put(w, s, strlen(s)); }

static void open_with(writer *w, const char *bracket) {
  put_literal(w, bracket);
  w->first = true;
}

static void close_with(writer *w, const char *bracket) {
  put_literal(w, bracket);
  w->first = false; /* the object or array around now holds this one */
}

/* A comma before every member or element but the first. */
static void separate(writer *w) {
  if (!w->first) put(w, ",", 1);
  w->first = false;
}

/* The keys are this file's own names, of letters and '_': none has a byte
 * to escape, so each is written as it is. */
static void key(writer *w, const char *k) {
  size_t n = strlen(k);
  if (n + 5 > w->buf.cap - w->buf.len) { /* no room for ,"k": and the NUL: the buffer grows */
    separate(w);
    put(w, "\"", 1);
    put(w, k, n);
    put(w, "\":", 2);
    return;
  }
  char *p = w->buf.data + w->buf.len; /* else written in one go (the buffer has no limit) */
  if (!w->first) *p++ = ',';
  w->first = false;
  *p++ = '"';
  memcpy(p, k, n);
  p += n;
  *p++ = '"';
  *p++ = ':';
  *p = '\0';
  w->buf.len = (size_t)(p - w->buf.data);
}

static void member_null(writer *w, const char *k) {
  key(w, k);
  put_literal(w, "null");
}

/* A member whose value is s[0, n), left out when that is not valid UTF-8
 * (checked as it is written: then what was written is taken back). */
static void member_strn(writer *w, const char *k, const char *s, size_t n) {
  size_t mark = w->buf.len;
  bool first = w->first;
  key(w, k);
  if (at_json_put_valid_string(&w->buf, s, n)) return;
  w->buf.len = mark;
  w->buf.data[mark] = '\0';
  w->first = first;
}

/* A member whose value is a string; left out when s is NULL. */
static void member_str(writer *w, const char *k, const char *s) {
  if (s) member_strn(w, k, s, strlen(s));
}

static void member_str_or_null(writer *w, const char *k, const char *s) {
  if (s) member_str(w, k, s);
  else member_null(w, k);
}

static void member_int(writer *w, const char *k, long long v) {
  char digits[24];
  key(w, k);
  put(w, digits, (size_t)snprintf(digits, sizeof digits, "%lld", v));
}

/* A real as jansson writes it with JSON_REAL_PRECISION(3); left out when not finite. */
static void member_real(writer *w, const char *k, double v) {
  if (!isfinite(v)) return;
  key(w, k);
  at_json_put_real(&w->buf, v, 3);
}

static void element_str(writer *w, const char *s) {
  if (!s || !at_json_valid_utf8(s, strlen(s))) return;
  separate(w);
  at_json_put_string(&w->buf, s, strlen(s));
}

static void member_date(writer *w, const char *k, at_date d, bool has) {
  if (!has) {
    member_null(w, k);
    return;
  }
  char buf[11];
  at_format_date(d, buf);
  member_str(w, k, buf);
}

static void member_strset(writer *w, const char *k, const at_strset *set) {
  key(w, k);
  open_with(w, "[");
  for (uint8_t i = 0; i < set->n; i++) element_str(w, set->items[i]);
  close_with(w, "]");
}

/* Countries with Vietnam, the subject state, first; the rest as found. */
static void member_countries(writer *w, const char *k, const at_strset *set) {
  key(w, k);
  open_with(w, "[");
  if (at_strset_has(set, "VN")) element_str(w, "VN");
  for (uint8_t i = 0; i < set->n; i++)
    if (strcmp(set->items[i], "VN")) element_str(w, set->items[i]);
  close_with(w, "]");
}

/* Whether byte i of the document's text starts a character or ends the text. */
static bool between_characters(const attache_doc *doc, size_t i) {
  return i == doc->len || ((unsigned char)doc->text[i] & 0xC0) != 0x80;
}

/* A member whose value is the document's text from byte `start` to `end`.
 * The text is valid UTF-8 (decoded, or read back by jansson, which checks
 * it), so a span of it is when both its ends fall between characters: it is
 * written without checking its bytes again, and else left out, as
 * member_strn would leave it. */
static void member_text_span(writer *w, const char *k, const attache_doc *doc, size_t start, size_t end) {
  if (!between_characters(doc, start) || !between_characters(doc, end)) return;
  key(w, k);
  at_json_put_string(&w->buf, doc->text + start, end - start);
}

static void member_evidence(writer *w, const attache_doc *doc, uint32_t sentence) {
  const at_sentence *s = AT_SENT(doc, sentence);
  member_text_span(w, "evidence", doc, s->start, s->end);
}

const char *const AT_DATE_FROM_NAMES[4] = {NULL, "told", "told_no_year", "reference"};
const char *const AT_PUBLISHED_FROM_NAMES[4] = {NULL, "given", "text", "url"};

/* With --with-text: the record's sentence, by its index in "sentences". */
static void member_sentence(writer *w, const attache_doc *doc, uint32_t sentence) {
  if (doc->options.with_text) member_int(w, "sentence", sentence);
}

/* "confidence", and with --explain the rule, cue, sentence offsets and the
 * confidence's features (`why` NULL: a participant, only the features). */
static void member_confidence_explain(writer *w, const attache_doc *doc, double confidence, const at_explain *why,
                                      const at_features *f) {
  member_real(w, "confidence", confidence);
  if (!doc->options.explain) return;
  key(w, "explain");
  open_with(w, "{");
  if (why) {
    const at_sentence *s = AT_SENT(doc, why->sentence);
    member_str_or_null(w, "rule", why->rule);
    member_str_or_null(w, "cue", why->cue);
    member_int(w, "sentence", why->sentence);
    member_int(w, "start", s->start);
    member_int(w, "end", s->end);
  }
  key(w, "features");
  open_with(w, "[");
  for (uint8_t i = 0; i < f->n; i++) element_str(w, at_feature_name(f->ids[i]));
  close_with(w, "]");
  close_with(w, "}");
}

static void write_event(writer *w, const attache_doc *doc, const at_event *ev) {
  separate(w);
  open_with(w, "{");
  member_str(w, "type", ev->type);
  member_date(w, "date", ev->date, ev->has_date);
  member_date(w, "date_end", ev->date_end, ev->has_end);
  if (doc->options.with_text && ev->has_date && ev->date_from > 0 && ev->date_from < 4)
    member_str(w, "date_from", AT_DATE_FROM_NAMES[ev->date_from]);
  if (doc->options.with_text && ev->has_date && ev->date_relative) {
    key(w, "date_relative"); /* read from "hôm qua", "last week": resolved against the publication date */
    put_literal(w, "true");
  }
  if (ev->place || ev->loc_country) {
    key(w, "location");
    open_with(w, "{");
    member_str_or_null(w, "place", ev->place);
    member_str_or_null(w, "country", ev->loc_country);
    close_with(w, "}");
  } else {
    member_null(w, "location");
  }
  member_countries(w, "countries", &ev->countries);
  member_strset(w, "organizations", &ev->organizations);
  member_str_or_null(w, "mechanism", ev->mechanism);
  key(w, "participants");
  open_with(w, "[");
  for (uint8_t i = 0; i < ev->nparticipants; i++) {
    const at_person *p = AT_PERSON(doc, ev->participants[i]);
    separate(w);
    open_with(w, "{");
    member_str(w, "name", p->name);
    member_str_or_null(w, "rank", p->rank);
    member_str_or_null(w, "position", p->position);
    member_str_or_null(w, "country", p->country);
    at_features f = {.n = 0};
    if (doc->options.explain) at_participant_features(doc, ev, i, &f);
    member_confidence_explain(w, doc, ev->participant_confidence[i], NULL, &f);
    close_with(w, "}");
  }
  close_with(w, "]");
  member_strset(w, "areas", &ev->areas);
  member_evidence(w, doc, ev->sentence);
  member_sentence(w, doc, ev->sentence);
  at_features f = {.n = 0};
  if (doc->options.explain) at_event_features(doc, ev, &f);
  member_confidence_explain(w, doc, ev->confidence, &ev->why, &f);
  close_with(w, "}");
}

static void write_agreement(writer *w, const attache_doc *doc, const at_agreement *a) {
  separate(w);
  open_with(w, "{");
  member_str(w, "title", a->title);
  member_str(w, "kind", a->kind);
  member_countries(w, "parties", &a->parties);
  member_date(w, "date", a->date, a->has_date);
  if (a->period_from) {
    key(w, "period");
    open_with(w, "{");
    member_int(w, "from", a->period_from);
    member_int(w, "to", a->period_to);
    close_with(w, "}");
  } else {
    member_null(w, "period");
  }
  member_str(w, "status", a->status);
  member_strset(w, "areas", &a->areas);
  member_evidence(w, doc, a->sentence);
  member_sentence(w, doc, a->sentence);
  at_features f = {.n = 0};
  if (doc->options.explain) at_agreement_features(doc, a, &f);
  member_confidence_explain(w, doc, a->confidence, &a->why, &f);
  close_with(w, "}");
}

static void write_figure(writer *w, const attache_doc *doc, const at_figure *f) {
  separate(w);
  open_with(w, "{");
  member_str(w, "metric", f->metric);
  if (f->label) member_str(w, "label", f->label);
  member_int(w, "value", (long long)f->value);
  member_str(w, "qualifier", f->qualifier);
  member_date(w, "as_of", f->as_of, f->has_as_of);
  member_str_or_null(w, "subject", f->subject);
  member_evidence(w, doc, f->sentence);
  member_sentence(w, doc, f->sentence);
  at_features names = {.n = 0};
  if (doc->options.explain) at_figure_features(doc, f, &names);
  member_confidence_explain(w, doc, f->confidence, &f->why, &names);
  close_with(w, "}");
}

static void write_relation(writer *w, const attache_doc *doc, const at_relation *r) {
  separate(w);
  open_with(w, "{");
  key(w, "countries");
  open_with(w, "[");
  element_str(w, r->a);
  element_str(w, r->b);
  close_with(w, "]");
  member_str(w, "framework", r->framework);
  if (r->since) member_int(w, "since", r->since);
  else member_null(w, "since");
  member_evidence(w, doc, r->sentence);
  member_sentence(w, doc, r->sentence);
  at_features f = {.n = 0};
  if (doc->options.explain) at_relation_features(doc, r, &f);
  member_confidence_explain(w, doc, r->confidence, &r->why, &f);
  close_with(w, "}");
}

/* The buffer the JSON is written in, kept per thread from one document to
 * the next (the JSON is then copied into the document's arena): grown from
 * nothing for every document, it cost a malloc and six or so reallocs each.
 * One larger than KEPT_BUFFER (a long text written --with-text) is freed;
 * a thread's buffer is freed when the thread ends. */
enum { KEPT_BUFFER = 1 << 20 };
static tss_t kept_buffer;
static once_flag kept_buffer_once = ONCE_FLAG_INIT;

static void free_kept_buffer(void *p) {
  at_buf_free(p);
  free(p);
}

static void make_kept_buffer_key(void) {
  if (tss_create(&kept_buffer, free_kept_buffer) != thrd_success) at_oom();
}

static at_buf *thread_buffer(void) {
  call_once(&kept_buffer_once, make_kept_buffer_key);
  at_buf *b = tss_get(kept_buffer);
  if (!b) {
    b = malloc(sizeof *b);
    if (!b) at_oom();
    at_buf_init(b, (size_t)-1);
    if (tss_set(kept_buffer, b) != thrd_success) at_oom();
  }
  return b;
}

char *at_emit_json(attache_doc *doc) {
  at_buf *kept = thread_buffer();
  writer w = {.buf = *kept, .first = true};
  w.buf.len = 0;
  open_with(&w, "{");
  member_str(&w, "id", doc->id);
  member_str(&w, "lang", doc->lang);
  member_str_or_null(&w, "title", doc->title);
  member_str_or_null(&w, "url", doc->url);
  member_date(&w, "published", doc->published, doc->has_published);
  key(&w, "events");
  open_with(&w, "[");
  for (size_t i = 0; i < doc->events.len; i++)
    if (!AT_EVENT(doc, i)->dropped) write_event(&w, doc, AT_EVENT(doc, i));
  close_with(&w, "]");
  key(&w, "agreements");
  open_with(&w, "[");
  for (size_t i = 0; i < doc->agreements.len; i++)
    write_agreement(&w, doc, AT_VEC_AT(&doc->agreements, at_agreement, i));
  close_with(&w, "]");
  key(&w, "figures");
  open_with(&w, "[");
  for (size_t i = 0; i < doc->figures.len; i++) write_figure(&w, doc, AT_VEC_AT(&doc->figures, at_figure, i));
  close_with(&w, "]");
  key(&w, "relations");
  open_with(&w, "[");
  for (size_t i = 0; i < doc->relations.len; i++)
    write_relation(&w, doc, AT_VEC_AT(&doc->relations, at_relation, i));
  close_with(&w, "]");
  if (doc->options.with_text) {
    /* What a store needs to keep the document as a direct ingest does: the
     * text the sentences are spans of, and what tells a changed input. */
    member_text_span(&w, "text", doc, 0, doc->len);
    key(&w, "sentences");
    open_with(&w, "[");
    for (size_t i = 0; i < doc->sentences.len; i++) {
      char span[48];
      separate(&w);
      put(&w, span,
          (size_t)snprintf(span, sizeof span, "[%u,%u]", (unsigned)AT_SENT(doc, i)->start,
                           (unsigned)AT_SENT(doc, i)->end));
    }
    close_with(&w, "]");
    member_str(&w, "content_hash", doc->content_hash);
    if (doc->has_published && doc->published_from > 0 && doc->published_from < 4)
      member_str(&w, "published_from", AT_PUBLISHED_FROM_NAMES[doc->published_from]);
  }
  close_with(&w, "}");
  char *out = at_arena_strndup(doc->arena, w.buf.data, w.buf.len);
  if (w.buf.cap > KEPT_BUFFER) at_buf_free(&w.buf);
  *kept = w.buf;
  return out;
}
