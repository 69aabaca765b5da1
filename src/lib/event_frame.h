/* SPDX-License-Identifier: MIT */
/*
 * event_frame.h - what event framing (events.c) and the choice of who takes
 * part (participants.c) share: a view of one sentence, small readers over its
 * tokens and matches, and the participant rules. Internal to the library.
 */
#ifndef ATTACHE_EVENT_FRAME_H
#define ATTACHE_EVENT_FRAME_H

#include "pipeline.h"

#include <string.h>

enum { MAX_DATES = 8 };

typedef struct sentence_view {
  attache_doc *doc;
  at_sentence *s;
  uint32_t index;
  bool undated; /* read without its dates (view_dates: none) */
  long ref_event; /* the event a "Sau lễ đón," or "Cùng ngày," points back to, or -1 */
  at_event *unplaced_call; /* where a ship's visit told only by a noun, with no port call to point back to, is kept (NULL: not kept) */
  uint8_t *cue_told; /* per match of the document, what cue_at answered (events.c), or NULL: not kept */
  struct sentence_told *told; /* what events.c read of the sentence whatever the candidate, or NULL: not kept */
  const at_match *matches; /* the document's (AT_MATCH(doc, 0)): match_of's, a load fewer than through doc */
  bool bracket_free; /* known to hold no '(' (at_in_brackets need not look); false: not known */
} sentence_view;

static inline const at_match *match_of(const sentence_view *v, uint32_t m) { return &v->matches[m]; }

/* A view of sentence s read without its dates, keeping nothing: what the
 * passes after the framing of candidates look through. */
static inline sentence_view undated_view(const attache_doc *doc, uint32_t s) {
  return (sentence_view){(attache_doc *)doc, AT_SENT(doc, s), s, true, -1, .matches = AT_MATCH(doc, 0)};
}

/* The sentence's dates (at most MAX_DATES; at_sentence_dates), read on the
 * first ask: most sentences tell no happening, and nothing asks for theirs. */
static inline size_t view_dates(const sentence_view *v, const at_date_span **dates) {
  if (v->undated) {
    *dates = NULL;
    return 0;
  }
  return at_sentence_dates(v->doc, v->index, MAX_DATES, dates);
}

/* Has the sentence a match of category cat (at_sentence's categories)? */
static inline bool holds_category(const sentence_view *v, at_category cat) { return v->s->categories & 1u << cat; }

/* May the sentence hold a function word with `value`? A no is sure
 * (at_sentence's values); always inline, as function_word below. */
__attribute__((always_inline)) static inline bool may_hold_word(const sentence_view *v, const char *value) {
  return v->s->values & at_value_bit(AT_CAT_FUNCTION, value, strlen(value));
}

/* Always inline, so that at_match_value's bit of a literal value is a constant. */
__attribute__((always_inline)) static inline const at_entry *function_word(const sentence_view *v, uint32_t m,
                                                                           const char *value) {
  return at_match_value(match_of(v, m), AT_CAT_FUNCTION, value);
}

/* Is an event of this type a meeting of two sides (reception, talks, call)? */
static inline bool two_sided_meeting(const char *type) {
  switch (type[0]) { /* most types asked are none of them: no compare */
  case 'r': return !strcmp(type, "reception");
  case 't': return !strcmp(type, "talks");
  case 'c': return !strcmp(type, "call");
  default: return false;
  }
}

/* Is token tok the mark p? Always inline: p is a literal, so the compare
 * is a length and a byte or two (out of line, strlen and memcmp calls). */
__attribute__((always_inline)) static inline bool tok_punct(const attache_doc *doc, uint32_t tok, const char *p) {
  const at_token *t = AT_TOK(doc, tok);
  size_t n = strlen(p);
  return t->kind == AT_TOK_PUNCT && t->end - t->start == n && !memcmp(doc->text + t->start, p, n);
}

/* The last token `words` words on from token `from` (itself the first),
 * an English word joined by a hyphen counting as one: "will have a
 * four-day visit", "received the newly-appointed Australian Defence
 * Attaché" ("newly-appointed" one word, not three). */
static inline uint32_t words_reach(const sentence_view *v, uint32_t from, uint32_t words) {
  uint32_t reach = from + words;
  if (!(v->s->flags & AT_SENT_ENGLISH)) return reach;
  for (uint32_t t = from + 1; t <= reach && t + 1 < v->s->tok_end; t++)
    if (tok_punct(v->doc, t, "-")) reach += 2;
  return reach;
}

/* First token of the clause holding `tok`. */
static inline uint32_t clause_start(const sentence_view *v, uint32_t tok) {
  for (uint32_t i = tok; i > v->s->tok_start; i--)
    if (tok_punct(v->doc, i - 1, ",") || tok_punct(v->doc, i - 1, ";") || tok_punct(v->doc, i - 1, ":") ||
        tok_punct(v->doc, i - 1, "("))
      return i;
  return v->s->tok_start;
}

/* The token that ends the clause holding `tok` (a comma, semicolon or
 * colon), or the sentence's end. */
static inline uint32_t clause_end(const sentence_view *v, uint32_t tok) {
  uint32_t i = tok;
  while (i < v->s->tok_end && !tok_punct(v->doc, i, ",") && !tok_punct(v->doc, i, ";") && !tok_punct(v->doc, i, ":"))
    i++;
  return i;
}

/* Which of the sentence's people take part in the event framed at match m. */
enum people_rule {
  PEOPLE_ALL,      /* everyone named (receptions, talks, signings) */
  PEOPLE_VISITORS, /* a visit: those named before the cue, or after it behind
                      "của" ("chuyến thăm ... của Thủ tướng X"), not hosts */
  PEOPLE_OWN_SIDE  /* a forum named beside another event ("đã tiếp X sang dự
                      Đối thoại ..."): the Vietnamese side only */
};

/* participants.c */
size_t at_mentions_in(const attache_doc *doc, uint32_t sentence, const at_mention **first);
void at_add_participant(at_event *ev, uint32_t person);
void at_add_people(const sentence_view *v, at_event *ev, uint32_t m, enum people_rule rule, const char *not_country);
bool at_person_after(const sentence_view *v, uint32_t m);
bool at_excluded_token(const sentence_view *v, uint32_t tok);
bool at_in_brackets(const sentence_view *v, uint32_t tok);

#endif
