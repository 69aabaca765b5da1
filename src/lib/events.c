/* SPDX-License-Identifier: MIT */
/*
 * events.c - frames events from cue words (data/event_cues.tsv) and
 * multilateral mechanisms (data/mechanisms.tsv), and merges the sentences
 * that tell of one happening into one event.
 *
 * A cue makes an event only when what it reports happened: not after a modal
 * word of data/modality.tsv in the same clause ("sẽ", "dự kiến", "mời"), not
 * on a plural generic noun ("các chuyến thăm"), and only when anchored by a
 * date, a named person, or a past marker ("đã", "vừa"). A nominal cue with
 * nothing of its own ("Tại buổi tiếp, ...") refers back to an event already
 * told and only adds to it. Sentences without a cue add their cooperation
 * areas (and, with an attendance cue, their people) to the event before them.
 */
#include "event_frame.h"

#include <stdlib.h>
#include <string.h>

/* Is the cue at m named as the setting of what the sentence says ("during
 * their phone talks", "at the meeting", "in their talks in Hanoi"):
 * "during" or a reference word ("at the", "following the") ending at most
 * two words before it, or "in" or "at" right before it or before an article
 * or a possessive right before it? */
static bool named_as_setting(const sentence_view *v, uint32_t m) {
  /* Vietnamese: a forum where it was said ("được đề xuất tại Hội nghị Bộ
   * trưởng Quốc phòng ASEAN tháng 10/2018"). */
  if (!(v->s->flags & AT_SENT_ENGLISH) && !at_match_entry(match_of(v, m), AT_CAT_MECHANISM)) return false;
  uint32_t start = match_of(v, m)->tok_start;
  for (uint32_t k = m; k-- > v->s->match_start && match_of(v, k)->tok_end + 2 >= start;)
    if (function_word(v, k, "during") || function_word(v, k, "ref")) return true;
  /* the token before the article or possessive, or before the cue */
  uint32_t before = start;
  if (before > v->s->tok_start &&
      (at_tok_word(v->doc, before - 1, AT_ROLE_ARTICLE) || at_tok_word(v->doc, before - 1, AT_ROLE_POSSESSIVE)))
    before--;
  if (before == v->s->tok_start) return false;
  long k = at_match_at(v->doc, v->s, before - 1);
  return k >= 0 && match_of(v, (uint32_t)k)->tok_end == before && function_word(v, (uint32_t)k, "at");
}

/* "X expressed his hope that Chile will share its experience while meeting
 * Chilean Ambassador Y in Hanoi on May 2": an English participle after
 * "while" or "when" (token_words.tsv meanwhile) tells what the subject of
 * the main clause was doing as it spoke, not what the clause said will be;
 * dated after it, a fact. */
static bool participle_of_the_main_clause(const sentence_view *v, uint32_t m) {
  const at_match *cue = match_of(v, m);
  if (cue->tok_start == v->s->tok_start || !at_tok_word(v->doc, cue->tok_start - 1, AT_ROLE_MEANWHILE)) return false;
  const at_token *w = AT_TOK(v->doc, cue->tok_start);
  if (w->end - w->start < 5 || memcmp(v->doc->text + w->end - 3, "ing", 3)) return false;
  const at_date_span *dates;
  for (size_t i = 0, ndates = view_dates(v, &dates); i < ndates; i++)
    if (dates[i].tok_start >= cue->tok_end && !dates[i].of_document) return true;
  return false;
}

/* "will have meetings with": English "have", "has" (token_words.tsv have)
 * right before a nominal cue, a word or two between, is the verb of
 * having, not the perfect: no past marker. A word joined by a hyphen
 * counts as one ("will have a four-day visit"). */
static bool having_a_noun(const sentence_view *v, uint32_t k) {
  const at_match *x = match_of(v, k);
  if (!(v->s->flags & AT_SENT_ENGLISH) || !at_tok_word(v->doc, x->tok_start, AT_ROLE_HAVE)) return false;
  uint32_t reach = words_reach(v, x->tok_end, 2);
  for (uint32_t j = k + 1; j < v->s->match_end && match_of(v, j)->tok_start <= reach; j++) {
    const at_entry *c = at_match_entry(match_of(v, j), AT_CAT_CUE);
    if (c) return at_entry_is(c, AT_FLAG_NOUN);
  }
  return false;
}

/* "will be held", "is expected to be held": a past marker right after
 * "be" is a participle of the passive, no past tense that tells a fact. */
static bool passive_after_be(const sentence_view *v, uint32_t k) {
  uint32_t t = match_of(v, k)->tok_start;
  return (v->s->flags & AT_SENT_ENGLISH) && t > v->s->tok_start && at_tok_word(v->doc, t - 1, AT_ROLE_AUXILIARY) &&
         !at_tok_word(v->doc, t - 1, AT_ROLE_COPULA_PAST);
}

/* Is the cue at match m an English infinitive ("to visit") after the
 * invitation word at match k with no other happening told between? */
static bool invited_act(const sentence_view *v, uint32_t k, uint32_t m) {
  uint32_t t = match_of(v, m)->tok_start;
  if (!(v->s->flags & AT_SENT_ENGLISH) || t == v->s->tok_start || !at_tok_word(v->doc, t - 1, AT_ROLE_INFINITIVE))
    return false;
  for (uint32_t j = k + 1; j < m; j++) {
    const at_entry *c = at_match_entry(match_of(v, j), AT_CAT_CUE);
    if ((c && at_strcmp(c->value, "none")) || at_match_value(match_of(v, j), AT_CAT_FUNCTION, "past")) return false;
  }
  return true;
}

/* Is the cue at match index `m` in a modal context (plan, wish, invitation)?
 * A modal word governs what follows it to the end of the sentence, unless a
 * past marker ("đã", "vừa") after it starts a reported fact again. Habit and
 * history are not modal: told_as_background weighs them. */
static bool modal_before(const sentence_view *v, uint32_t m) {
  if (!holds_category(v, AT_CAT_MODAL)) return false; /* most sentences */
  /* No modal word before the cue (most cues of such a sentence): nothing
   * governs it, and its clause and setting need not be read. */
  uint32_t first = v->s->match_start;
  while (first < m && !(match_of(v, first)->categories & 1u << AT_CAT_MODAL)) first++;
  if (first == m) return false;
  bool modal = false, period = false;
  uint32_t clause = clause_start(v, match_of(v, m)->tok_start);
  uint32_t modal_end = 0; /* where the last modal word that governs ends */
  bool setting = named_as_setting(v, m);
  /* "... agreed to step up ties, signing a deal": the participle tells what
   * was done as it was agreed (cue attr comma) */
  const at_entry *c = at_match_entry(match_of(v, m), AT_CAT_CUE);
  setting |= c && at_entry_has_flag(c, "comma");
  for (uint32_t k = first; k < m; k++) {
    /* a match with no modal word matters only after one (its "past"): one test */
    if (!modal && !(match_of(v, k)->categories & 1u << AT_CAT_MODAL)) continue;
    const at_entry *e = at_match_unreal(match_of(v, k));
    if (e && setting && at_entry_has_flag(e, "said")) continue; /* "agreed to ... during their talks" */
    /* A policy verb ("duy trì", "tăng cường") governs its own clause only. */
    bool reaches = !e || !at_entry_is(e, AT_FLAG_CLAUSE) || match_of(v, k)->tok_start >= clause;
    /* A modal word in an aside in brackets governs the aside only ("cử tám sĩ
     * quan (không cử tàu) sang Hawaii tham gia diễn tập"). */
    reaches &= !(e && at_in_brackets(v, match_of(v, k)->tok_start) && !at_in_brackets(v, match_of(v, m)->tok_start));
    /* "conveyed the invitation of X, Minister of ..., to Y, Minister of
     * ..., to visit Vietnam": English sets the inviter and the invited
     * between commas; the verb in the infinitive after them is what the
     * invitation asks, if nothing is told on the way. */
    reaches |= e && !at_strcmp(e->value, "invitation") && invited_act(v, k, m);
    if (e && !at_entry_has_flag(e, "document") && reaches) {
      modal = true;
      modal_end = match_of(v, k)->tok_end;
      period |= !at_strcmp(e->value, "period"); /* "Thời gian qua, ... đã ...": its past is no one fact */
    } else if (modal && !period && function_word(v, k, "past") &&
               at_strcmp(at_match_value(match_of(v, k), AT_CAT_FUNCTION, "past")->phrase, "đang") && !having_a_noun(v, k) &&
               !passive_after_be(v, k)) {
      modal = false;
    } else if (modal && !period && (v->s->flags & AT_SENT_ENGLISH) && function_word(v, k, "opening") &&
               !passive_after_be(v, k)) {
      /* "vowed to boost ties as the militaries launched border talks": a
       * verb of beginning told in the past (function_words.tsv opening)
       * tells a fact again, as "held" does */
      modal = false;
    }
  }
  /* "Vietnam will boost defence ties, the minister said at talks with ...
   * on Monday": English closes what was said with a verb of saying
   * (token_words.tsv speech); the cue after it, dated after it, tells where
   * and when it was said, a fact. */
  if (modal && !period && (v->s->flags & AT_SENT_ENGLISH) && participle_of_the_main_clause(v, m)) return false;
  if (modal && !period && (v->s->flags & AT_SENT_ENGLISH))
    for (uint32_t t = modal_end; t < match_of(v, m)->tok_start; t++) {
      if (!at_tok_word(v->doc, t, AT_ROLE_SPEECH)) continue;
      /* "..., said X, while he returned two war remains to Y": done as
       * it was said (token_words.tsv meanwhile), a verb told in the past */
      for (uint32_t u = t + 1; c && at_entry_is(c, AT_FLAG_PAST) && u < match_of(v, m)->tok_start; u++)
        if (at_tok_word(v->doc, u, AT_ROLE_MEANWHILE)) return false;
      const at_date_span *dates;
      for (size_t i = 0, ndates = view_dates(v, &dates); i < ndates; i++)
        if (dates[i].tok_start > t && !dates[i].of_document) return false;
      break;
    }
  return modal;
}

/* The bit of a function word's value (at_value_bit), for the readers below
 * that are given the value at run time and ask it of many matches. Always
 * inline: given a literal, as the inline readers give it, it is a constant
 * (left to the compiler, it was called, strlen and all, some 8,000 times
 * on bench's corpus). */
__attribute__((always_inline)) static inline uint64_t function_bit(const char *value) {
  return at_value_bit(AT_CAT_FUNCTION, value, strlen(value));
}

/* A function word with `value` anywhere in the sentence; bit is function_bit(value). */
static bool sentence_has_word_bit(const sentence_view *v, const char *value, uint64_t bit) {
  if (!(v->s->values & bit)) return false; /* most asks */
  for (uint32_t k = v->s->match_start; k < v->s->match_end; k++)
    if (at_match_value_bit(match_of(v, k), AT_CAT_FUNCTION, value, bit)) return true;
  return false;
}

/* A function word with `value` right before match m (skipping nothing).
 * Always inline: the rules give the value as a literal, so its bit is a
 * constant (out of line, each ask hashed the value again, strlen and all). */
__attribute__((always_inline)) static inline bool word_before(const sentence_view *v, uint32_t m, const char *value) {
  if (m == v->s->match_start) return false;
  const at_match *prev = match_of(v, m - 1);
  return at_match_value_bit(prev, AT_CAT_FUNCTION, value, function_bit(value)) &&
         prev->tok_end == match_of(v, m)->tok_start;
}

/* Is token t a number written as an ordinal ("55th", "1st", "2nd")? */
static bool numeric_ordinal(const attache_doc *doc, uint32_t t) {
  const at_token *tk = AT_TOK(doc, t);
  const char *p = doc->text + tk->start;
  size_t n = tk->end - tk->start;
  if (tk->kind != AT_TOK_WORD || n < 3 || p[0] < '0' || p[0] > '9') return false;
  const char *end = p + n - 2;
  return !memcmp(end, "st", 2) || !memcmp(end, "nd", 2) || !memcmp(end, "rd", 2) || !memcmp(end, "th", 2);
}

/* The match ending right before token t, or -1. */
static long match_ending_at(const sentence_view *v, uint32_t t) {
  long k = t > v->s->tok_start ? at_match_at(v->doc, v->s, t - 1) : -1;
  return k >= 0 && match_of(v, (uint32_t)k)->tok_end == t ? k : -1;
}

/* Is the forum at match m named as the setting of something else: "bên
 * lề", "on the sidelines of" right before it, or before the number of its
 * session ("on the sidelines of the 17th ASEAN Defence Ministers' Meeting"),
 * or it is named with a forum so named, as its acronym in brackets ("...
 * Meeting (ADMM)") or after "and" ("... (ADMM) and the 10th ADMM-Plus")? */
static bool sidelines_before(const sentence_view *v, uint32_t m) {
  uint32_t t = match_of(v, m)->tok_start, first = v->s->tok_start;
  if (t > first && numeric_ordinal(v->doc, t - 1)) t--;
  long k = match_ending_at(v, t);
  if (k >= 0 && function_word(v, (uint32_t)k, "sidelines")) return true;
  if (!at_match_entry(match_of(v, m), AT_CAT_MECHANISM)) return false;
  if (t > first && tok_punct(v->doc, t - 1, "(")) {
    k = match_ending_at(v, t - 1);
  } else {
    if (t > first && at_tok_word(v->doc, t - 1, AT_ROLE_ARTICLE)) t--;
    if (!(t > first && at_tok_word(v->doc, t - 1, AT_ROLE_AND))) return false;
    t--;
    if (t > first && tok_punct(v->doc, t - 1, ")")) t--;
    k = match_ending_at(v, t);
  }
  return k >= 0 && at_match_entry(match_of(v, (uint32_t)k), AT_CAT_MECHANISM) && sidelines_before(v, (uint32_t)k);
}

/* A function word with `value` anywhere in the clause before match m; bit
 * is function_bit(value) (word_in_clause_before below). */
static bool word_in_clause_before_bit(const sentence_view *v, uint32_t m, const char *value, uint64_t bit) {
  uint32_t from = UINT32_MAX; /* the clause's start, found at the first such word */
  for (uint32_t k = v->s->match_start; k < m; k++) {
    if (!at_match_value_bit(match_of(v, k), AT_CAT_FUNCTION, value, bit)) continue;
    if (from == UINT32_MAX) from = clause_start(v, match_of(v, m)->tok_start);
    if (match_of(v, k)->tok_start >= from) return true;
  }
  return false;
}

/* Inline, as the readers below: the value's bit is a constant and the
 * sentence's quick no is one test where the rule asks. */
__attribute__((always_inline)) static inline bool word_in_clause_before(const sentence_view *v, uint32_t m,
                                                                        const char *value) {
  uint64_t bit = function_bit(value);
  return (v->s->values & bit) && word_in_clause_before_bit(v, m, value, bit);
}

/* A function word with `value` anywhere in the clause of match m; bit is
 * function_bit(value) (word_in_clause below). */
static bool word_in_clause_bit(const sentence_view *v, uint32_t m, const char *value, uint64_t bit) {
  if (!sentence_has_word_bit(v, value, bit)) return false; /* most asks: the clause is not looked for */
  uint32_t at = match_of(v, m)->tok_start, from = clause_start(v, at);
  /* The clause ends at the first mark clause_start stops at, from m on: a
   * match past it is in another clause (found once, not per match). */
  uint32_t mark = at;
  while (mark < v->s->tok_end && !tok_punct(v->doc, mark, ",") && !tok_punct(v->doc, mark, ";") &&
         !tok_punct(v->doc, mark, ":") && !tok_punct(v->doc, mark, "("))
    mark++;
  for (uint32_t k = v->s->match_start; k < v->s->match_end; k++) {
    const at_match *x = match_of(v, k);
    if (x->tok_start < from) continue;
    if (x->tok_start > at && x->tok_start > mark) break;
    if (at_match_value_bit(x, AT_CAT_FUNCTION, value, bit)) return true;
  }
  return false;
}

__attribute__((always_inline)) static inline bool word_in_clause(const sentence_view *v, uint32_t m, const char *value) {
  uint64_t bit = function_bit(value);
  return (v->s->values & bit) && word_in_clause_bit(v, m, value, bit);
}

/* Is a ship the subject of the cue at m: a ship word before it ("tàu hộ vệ
 * ... đã đến", "tàu Adroit ... chào xã giao"), right after a welcome ("lễ
 * đón tàu ..."), or its visitor ("chuyến thăm của tàu ...")? */
/* "USS John S. McCain arrived at Cam Ranh ... The John S. McCain visited
 * nearby Da Nang": a ship told before by its navy's prefix, named again
 * after an article without it (its first two words the same), before the
 * cue at m. */
static bool ship_named_again(const sentence_view *v, uint32_t m) {
  const attache_doc *doc = v->doc;
  if (!(v->s->flags & AT_SENT_ENGLISH)) return false;
  for (uint32_t t = v->s->tok_start; t + 2 < match_of(v, m)->tok_start; t++) {
    if (!at_tok_word(doc, t, AT_ROLE_ARTICLE) || !(AT_TOK(doc, t + 1)->flags & AT_TOKF_CAP)) continue;
    for (uint32_t k = 0; k < v->s->match_start; k++) {
      size_t len;
      const at_match *x = AT_MATCH(doc, k);
      if (!at_ship_prefix_state(doc, x, &len) || x->tok_end + 1 >= doc->tokens.len) continue;
      bool same = true;
      for (uint32_t w = 0; w < 2 && same; w++) {
        const at_token *a = AT_TOK(doc, x->tok_end + w), *b = AT_TOK(doc, t + 1 + w);
        same = a->end - a->start == b->end - b->start && !memcmp(doc->text + a->start, doc->text + b->start, a->end - a->start);
      }
      if (same) return true;
    }
  }
  return false;
}

static bool ship_subject(const sentence_view *v, uint32_t m) {
  /* the sentence's value bits tell whether it may name a ship or a visitor
   * at all: most sentences need not be scanned for either */
  const bool ship = may_hold_word(v, "ship");
  if (ship && m + 1 < v->s->match_end && function_word(v, m + 1, "ship") &&
      match_of(v, m + 1)->tok_start == match_of(v, m)->tok_end &&
      at_match_value(match_of(v, m), AT_CAT_CUE, "reception"))
    return true;
  /* "chuyến thăm của tàu ...", "chuyến thăm Việt Nam lần thứ hai của tàu ...":
   * the ship is the visitor. */
  for (uint32_t k = m + 1; may_hold_word(v, "visitor_of") && k + 1 < v->s->match_end && k <= m + 3; k++) {
    if (!function_word(v, k, "visitor_of")) continue;
    /* "the visit by Indian Navy ship", "the visit of the Pacific Fleet's
     * warships": a few words may name the ship's navy before it. */
    for (uint32_t n = k + 1; n < v->s->match_end && match_of(v, n)->tok_start <= match_of(v, k)->tok_end + 4; n++) {
      if (function_word(v, n, "ship")) return true;
      /* "trước chuyến công du Washington của Thủ tướng": an official named
       * as the visitor makes a ship told before no visitor. */
      const at_match *x = match_of(v, n);
      if (at_match_entry(x, AT_CAT_POSITION) || at_match_entry(x, AT_CAT_RANK) || at_match_entry(x, AT_CAT_HONORIFIC))
        return false;
      if (at_match_entry(x, AT_CAT_CUE)) break;
    }
  }
  for (uint32_t k = m; ship && k-- > v->s->match_start;)
    if (function_word(v, k, "ship")) return true;
  return ship_named_again(v, m);
}

/* "đã đón nhiều tàu của Hải quân Australia thăm Việt Nam": ships counted
 * ("nhiều tàu") make no one port call. */
static bool ships_counted(const sentence_view *v, uint32_t m) {
  for (uint32_t k = m; k-- > v->s->match_start;)
    if (function_word(v, k, "ship")) return word_before(v, k, "quantifier");
  return false;
}

/* "The French Navy made three port visits to Vietnam in 2021", "held two
 * joint exercises in 2019": English happenings counted by a number (two or
 * more, digits or spelled: data/numbers.tsv) right before their noun are a
 * tally of the story's background, no one happening; unless the sentence
 * dates each of them ("two port calls, in June 2013 and October 2015"). A
 * year before the noun names one ("the 2019 exercise"). */
static bool happenings_counted(const sentence_view *v, uint32_t m) {
  uint32_t start = match_of(v, m)->tok_start;
  if (!(v->s->flags & AT_SENT_ENGLISH) || start <= v->s->tok_start) return false;
  const at_token *t = AT_TOK(v->doc, start - 1);
  int n = 0;
  if (t->kind == AT_TOK_NUM && t->end - t->start <= 2) n = atoi(v->doc->text + t->start);
  else if (!at_number_word(v->doc, start - 1, &n)) return false;
  if (n < 2) return false;
  const at_date_span *dates;
  size_t ndates = view_dates(v, &dates);
  for (size_t i = 0; i < ndates; i++)
    if (dates[i].tok_start < start && dates[i].tok_end >= start) return false; /* "on July 6 talks" */
  return ndates < (size_t)n;
}

/* "Mr X said this was the third time that Vietnam had sent a naval vessel to a
 * joint exercise", "this is the first time Vietnam has joined such an FTX":
 * English counts the story's happening in a series before telling it again
 * (function_words.tsv nth_time, before the cue in its sentence); with a
 * happening already told, it is that one, no new one. */
static bool counted_in_a_series(const sentence_view *v, uint32_t m) {
  if (!(v->s->flags & AT_SENT_ENGLISH) || v->doc->events.len == 0) return false;
  for (uint32_t k = v->s->match_start; k < m; k++)
    if (function_word(v, k, "nth_time")) return true;
  return false;
}

/* A capitalised nominal cue right after a document's kind is a word of its
 * title ("the Agreement on Joint Patrols", "a Memorandum of Understanding on
 * Joint Exercises"), not a happening. It is no cue at all: it neither
 * frames an event nor ends the clause of another. */
static bool in_document_title(const sentence_view *v, uint32_t m) {
  const at_match *mt = match_of(v, m);
  if (!(AT_TOK(v->doc, mt->tok_start)->flags & AT_TOKF_CAP) || mt->tok_start == v->s->tok_start) return false;
  for (uint32_t k = m; k-- > v->s->match_start;) {
    const at_match *x = match_of(v, k);
    if (x->tok_end + 2 < mt->tok_start) break;
    if (at_match_entry(x, AT_CAT_AGREEMENT)) return true;
  }
  return false;
}

/* "ký Biên bản ghi nhớ về diễn tập chung", "theo Quy chế phối hợp tuần tra
 * chung ... đã được Tư lệnh Hải quân hai nước ký": a Vietnamese cue in small
 * letters a few words after a document's kind told with its capital, joined
 * to it by "về" (function_words.tsv topic_link) or by plain small-letter
 * words of the name, is the document's topic, not a happening (a capitalised
 * cue there is in_document_title's). A mark, a capital, a number or any other
 * word of the lexicons between ("và", "sau khi", another cue) ends the name,
 * and a signing cue is the document's signing. */
static bool topic_of_a_document(const sentence_view *v, uint32_t m, const at_entry *c) {
  if ((v->s->flags & AT_SENT_ENGLISH) || !at_strcmp(c->value, "signing")) return false;
  uint32_t cue_start = match_of(v, m)->tok_start;
  if (AT_TOK(v->doc, cue_start)->flags & AT_TOKF_CAP) return false;
  uint32_t from = cue_start; /* the first token not yet looked at, going back */
  for (uint32_t k = m; k-- > v->s->match_start;) {
    const at_match *x = match_of(v, k);
    if (x->tok_end > from) continue; /* overlapping the cue or a word already seen */
    if (x->tok_end + 4 < cue_start) return false;
    for (uint32_t t = x->tok_end; t < from; t++) { /* plain words between */
      const at_token *w = AT_TOK(v->doc, t);
      if (w->kind != AT_TOK_WORD || (w->flags & AT_TOKF_CAP)) return false;
    }
    if (at_match_entry(x, AT_CAT_AGREEMENT)) return (AT_TOK(v->doc, x->tok_start)->flags & AT_TOKF_CAP) != 0;
    if (!function_word(v, k, "topic_link")) return false;
    from = x->tok_start;
  }
  return false;
}

/* "the annual conference on joint patrol activities", "a meeting on joint
 * patrols in the Gulf": in English a happening named by a noun right after
 * a nominal cue of meeting and "on" is what the meeting talked over, no
 * happening told (the meeting is). */
static bool topic_of_a_meeting(const sentence_view *v, uint32_t m, const at_entry *c) {
  if (!(v->s->flags & AT_SENT_ENGLISH) || !at_entry_is(c, AT_FLAG_NOUN) || m == v->s->match_start) return false;
  if (!at_strcmp(c->value, "talks") || !at_strcmp(c->value, "meeting")) return false;
  uint32_t on = match_of(v, m)->tok_start - 1;
  if (on <= v->s->tok_start || !at_tok_word(v->doc, on, AT_ROLE_ABOUT)) return false;
  for (uint32_t k = m; k-- > v->s->match_start && match_of(v, k)->tok_end >= on;) { /* "on" may be a match of its own */
    const at_entry *meeting = at_match_entry(match_of(v, k), AT_CAT_CUE);
    if (match_of(v, k)->tok_end == on && meeting && at_entry_is(meeting, AT_FLAG_NOUN) &&
        (!at_strcmp(meeting->value, "talks") || !at_strcmp(meeting->value, "meeting")))
      return true;
  }
  return false;
}

/* "du thuyền Aviva ... đã cập cảng Tiên Sa", "tàu du lịch quốc tế cập cảng":
 * the vessel named last before the cue is no navy or coast guard ship
 * (function_words.tsv civilian), so its call, or its visit to the city, is
 * no happening of diplomacy. */
static bool civilian_vessel(const sentence_view *v, uint32_t m) {
  for (uint32_t k = m; k-- > v->s->match_start;) {
    if (function_word(v, k, "civilian")) return true;
    if (function_word(v, k, "ship")) return false;
  }
  return false;
}

/* Match k is an office, a rank or a delegation: someone sent, not a ship or a unit. */
static bool official_or_delegation(const sentence_view *v, uint32_t k) {
  const at_match *x = match_of(v, k);
  return at_match_entry(x, AT_CAT_POSITION) || at_match_entry(x, AT_CAT_RANK) || function_word(v, k, "delegation");
}

/* Is a person or a delegation named right before the cue at m, as its
 * subject ("Minister X arrived", "a delegation of the navy arrived"), not
 * further back in another clause ("the office said that tourists arrived")? */
static bool person_subject(const sentence_view *v, uint32_t m) {
  uint32_t at = match_of(v, m)->tok_start, from = at > v->s->tok_start + 5 ? at - 5 : v->s->tok_start;
  const at_mention *ms;
  size_t n = at_mentions_in(v->doc, v->index, &ms);
  for (size_t i = 0; i < n; i++)
    if (ms[i].tok_start < at && ms[i].tok_end >= from) return true;
  for (uint32_t k = v->s->match_start; k < m; k++) {
    const at_match *x = match_of(v, k);
    if (x->tok_end < from) continue;
    if (official_or_delegation(v, k)) return true;
  }
  return false;
}

/* "The minister arrived in Hanoi": a verb of arriving (attr visitor) with
 * an official or a delegation as its subject, not a ship, reports a visit. */
static bool visitor_arrives(const sentence_view *v, uint32_t m, const at_entry *cue) {
  return at_entry_has_flag(cue, "visitor") && !ship_subject(v, m) && person_subject(v, m);
}

/* "Đoàn đại biểu ... lên đường sang Lào để trao huân chương ...": a verb of
 * setting off (cue attr sets_off) reports the visit begun only with a
 * delegation or an official told before it, not a ship (its visit begins at
 * the port it sails to), nor a team sent on a mission told in the sentence
 * ("lên đường sang X tham gia cứu hộ": a cue attr mission). */
static bool delegation_sets_off(const sentence_view *v, uint32_t m) {
  if (ship_subject(v, m)) return false;
  for (uint32_t k = v->s->match_start; k < v->s->match_end; k++) {
    const at_entry *c = at_match_entry(match_of(v, k), AT_CAT_CUE);
    if (c && at_entry_has_flag(c, "mission")) return false;
  }
  for (uint32_t k = v->s->match_start; k < m; k++)
    if (official_or_delegation(v, k)) return true;
  return false;
}

/* Remains named shortly after the cue at m ("returned two war remains ... to
 * Phung"): what a verb of returning hands over. */
static bool remains_after(const sentence_view *v, uint32_t m) {
  uint32_t end = match_of(v, m)->tok_end;
  for (uint32_t k = m + 1; k < v->s->match_end && match_of(v, k)->tok_start <= end + 6; k++)
    if (function_word(v, k, "remains")) return true;
  return false;
}

/* Cue c of match k, unless it is a verb of arriving ("đến", "tới") with no
 * ship (nor, for attr visitor, an official) to arrive, or a verb that
 * hands over only remains (attr remains) with none after it: then it is a
 * plain word ("từ ngày 20 đến 23/10", "chuyến thăm tới Belarus"). */
static bool goods_after(const sentence_view *v, uint32_t m);
static bool reviews_foreign_relations_at_home(const sentence_view *v);
static bool held_by_two_sides(const sentence_view *v, uint32_t m);
static bool with_after_place(const sentence_view *v, uint32_t m);

static const at_entry *cue_unless_plain_word(const sentence_view *v, uint32_t k, const at_entry *c) {
  if (at_entry_is(c, AT_FLAG_SHIP) && !ship_subject(v, k) && !visitor_arrives(v, k, c)) return NULL;
  /* "tiếp nhận bệnh nhân", "trao trả tự do": a verb of handing over or
   * receiving with no remains after it is a plain word. */
  if (at_entry_is(c, AT_FLAG_REMAINS) && !remains_after(v, k) && !(at_entry_has_flag(c, "goods") && goods_after(v, k)))
    return NULL;
  if (at_entry_is(c, AT_FLAG_NOUN) && in_document_title(v, k)) return NULL;
  /* "meetings" is a meeting only with "with" after its place (attr place_with) */
  if (at_entry_has_flag(c, "place_with") && !with_after_place(v, k)) return NULL;
  if (topic_of_a_document(v, k, c) || topic_of_a_meeting(v, k, c)) return NULL;
  /* "held a ceremony in Hanoi on May 2 to repatriate the remains of ...":
   * a ceremony told by its purpose, a happening of its own after "to" in
   * its sentence (attr purpose), is that happening, no meeting of its own
   * (a purpose that is a meeting, "to see off", leaves the ceremony one). */
  if (at_entry_has_flag(c, "purpose"))
    for (uint32_t j = k + 1; j < v->s->match_end; j++) {
      const at_entry *later = at_match_entry(match_of(v, j), AT_CAT_CUE);
      uint32_t t = match_of(v, j)->tok_start;
      bool after_to = !strncmp(later ? later->phrase : "", "to ", 3) ||
                      (t > v->s->tok_start && at_tok_word(v->doc, t - 1, AT_ROLE_INFINITIVE));
      if (later && after_to && at_strcmp(later->value, "none") && at_strcmp(later->value, "attend") &&
          at_strcmp(later->value, "meeting") && cue_unless_plain_word(v, j, later))
        return NULL;
    }
  /* a conference told by what it did (attr review) is a plain word unless
   * it reviews the ministry's foreign relations at home */
  if (at_entry_has_flag(c, "review") && !reviews_foreign_relations_at_home(v) &&
      !(at_entry_has_flag(c, "conference") && held_by_two_sides(v, k)))
    return NULL;
  /* An exercise's name (attr name: "VINBAX") is a cue told alone; beside a
   * word of exercising ("the Bilateral Army Exercise (VINBAX) 2022",
   * "diễn tập RIMPAC 2018") it names that one. */
  for (uint32_t j = v->s->match_start; at_entry_has_flag(c, "name") && j < v->s->match_end; j++) {
    const at_entry *other = at_match_entry(match_of(v, j), AT_CAT_CUE);
    if (j != k && other && !at_strcmp(other->value, c->value) && !at_entry_has_flag(other, "name")) return NULL;
  }
  return c;
}

/* The cue at match k (cue_unless_plain_word), or NULL. Inline: the rules
 * ask it of every match, and most matches are no cue. The rules ask a cue's
 * match again and again (about three times each), and the answer depends on
 * the sentence's words alone: it is kept in v->cue_told (CUE_*) when the
 * view has it. */
enum { CUE_UNASKED, CUE_PLAIN_WORD, CUE_TOLD };
static const at_entry *cue_of_match(const sentence_view *v, uint32_t k) {
  const at_entry *c = at_match_entry(match_of(v, k), AT_CAT_CUE);
  if (!c) return NULL;
  if (!v->cue_told) return cue_unless_plain_word(v, k, c);
  if (v->cue_told[k] == CUE_UNASKED) v->cue_told[k] = cue_unless_plain_word(v, k, c) ? CUE_TOLD : CUE_PLAIN_WORD;
  return v->cue_told[k] == CUE_TOLD ? c : NULL;
}
/* Always inline: a match of no cue (most asked) is a no in one test, no call. */
__attribute__((always_inline)) static inline const at_entry *cue_at(const sentence_view *v, uint32_t k) {
  return match_of(v, k)->categories & 1u << AT_CAT_CUE ? cue_of_match(v, k) : NULL;
}

/* "Đoàn sĩ quan trẻ Quân đội nhân dân Việt Nam đã giao lưu với ...": a
 * delegation, an official or an officer of rank opens the clause of the cue
 * at m as its subject, and no ship is named before it (a crew's exchanges
 * are part of its port call). */
static bool envoy_subject(const sentence_view *v, uint32_t m) {
  if (ship_subject(v, m)) return false;
  uint32_t from = clause_start(v, match_of(v, m)->tok_start), at = match_of(v, m)->tok_start;
  const at_mention *ms;
  size_t n = at_mentions_in(v->doc, v->index, &ms);
  for (size_t i = 0; i < n; i++)
    if (ms[i].tok_start >= from && ms[i].tok_start < at) return true;
  for (uint32_t k = v->s->match_start; k < m; k++) {
    const at_match *x = match_of(v, k);
    if (x->tok_start < from) continue;
    if (cue_at(v, k)) return false; /* the subject of another happening */
    if (official_or_delegation(v, k)) return true;
    /* a unit or command named by its kind ("Bộ Chỉ huy Quân sự tỉnh Nghệ An",
     * "Đồn Biên phòng Cha Lo": bodies.tsv attr head) */
    const at_entry *body = at_match_entry(x, AT_CAT_BODY);
    if (body && at_entry_has_flag(body, "head") && !(v->s->flags & AT_SENT_ENGLISH)) return true;
  }
  return false;
}

__attribute__((always_inline)) static inline bool sentence_has_word(const sentence_view *v, const char *value) {
  uint64_t bit = function_bit(value);
  return (v->s->values & bit) && sentence_has_word_bit(v, value, bit);
}

/* A document kind earlier in the clause: the mechanism is part of its title. */
static bool title_before_in_clause(const sentence_view *v, uint32_t m) {
  uint32_t from = clause_start(v, match_of(v, m)->tok_start);
  for (uint32_t k = v->s->match_start; k < m; k++)
    if (match_of(v, k)->tok_start >= from && at_match_entry(match_of(v, k), AT_CAT_AGREEMENT)) return true;
  return false;
}

/* Does the sentence frame another event than the one at match m? */
static bool other_cue_in_sentence(const sentence_view *v, uint32_t m) {
  for (uint32_t k = v->s->match_start; k < v->s->match_end; k++) {
    const at_entry *c = cue_at(v, k);
    if (k != m && c && at_strcmp(c->value, "none") && at_strcmp(c->value, "attend")) return true;
  }
  return false;
}

/* Does the sentence frame another event than the mechanism at m, other
 * than the noun its name opens with ("Hội nghị" of "Hội nghị Tham vấn quốc
 * phòng Việt Nam - Thái Lan", co-chaired by both sides)? */
static bool other_cue_than_its_name(const sentence_view *v, uint32_t m) {
  for (uint32_t k = v->s->match_start; k < v->s->match_end; k++) {
    const at_entry *c = cue_at(v, k);
    if (k == m || !c || !at_strcmp(c->value, "none") || !at_strcmp(c->value, "attend")) continue;
    if (k + 1 == m && match_of(v, k)->tok_end == match_of(v, m)->tok_start && at_entry_is(c, AT_FLAG_NOUN)) continue;
    return true;
  }
  return false;
}

static void add_areas(const sentence_view *v, at_strset *areas) {
  if (!holds_category(v, AT_CAT_AREA)) return;
  for (uint32_t k = v->s->match_start; k < v->s->match_end; k++) {
    const at_entry *e = at_match_entry(match_of(v, k), AT_CAT_AREA);
    if (e) at_strset_add(areas, e->value);
  }
}

/* Has the set a state other than Vietnam? */
static bool has_foreign(const at_strset *countries) {
  for (uint8_t i = 0; i < countries->n; i++)
    if (at_strcmp(countries->items[i], "VN")) return true;
  return false;
}

/* "Hội thảo do Bộ Quốc phòng Thái Lan và Bộ Quốc phòng Hoa Kỳ đồng tổ
 * chức", "Hội nghị do A và B đồng chủ trì tại ...": a meeting co-hosted
 * (function_words.tsv co_chair) by two other states - an ADMM+ experts'
 * group's two co-chairs -, Vietnam not named in its sentence: their
 * meeting, part of the forum, no talks of Vietnam with either. */
static void add_countries(const sentence_view *v, at_event *ev);
static bool co_hosted_by_two_others(const sentence_view *v) {
  if (!sentence_has_word(v, "co_chair")) return false;
  at_event named = {0};
  add_countries(v, &named);
  return named.countries.n >= 2 && !at_strset_has(&named.countries, "VN");
}

/* Is the country at match k where something happened, not who took part:
 * right after "tại", "in", "at" ("tại Singapore"), or, in English, closing
 * a place told after it, its parts set off by commas ("in Clark, Pampanga,
 * Philippines"; but "In Hanoi, Vietnam and Japan signed ..." names a side);
 * in Vietnamese, so closing it before a comma ("tại Bangkok, Thái Lan, Đại
 * tướng X ..."; not "tại Hà Nội, Nhật Bản đã ..."), or in brackets after a
 * place told after "tại", "ở" ("tại Kuala Lumpur (Malaysia)", "tại thủ đô
 * Viêng Chăn (Lào)"): the city's state, as a sideline meeting's news tells
 * where the forum was. */
static bool told_as_place(const sentence_view *v, uint32_t k) {
  uint32_t t = match_of(v, k)->tok_start, after = match_of(v, k)->tok_end;
  bool comma = false;
  bool closes = (v->s->flags & AT_SENT_ENGLISH) ? !(after < v->s->tok_end && at_tok_word(v->doc, after, AT_ROLE_AND))
                                                : after >= v->s->tok_end || tok_punct(v->doc, after, ",");
  bool bracketed = !(v->s->flags & AT_SENT_ENGLISH) && t > v->s->tok_start + 1 && tok_punct(v->doc, t - 1, "(") &&
                   after < v->s->tok_end && tok_punct(v->doc, after, ")");
  if (bracketed) t--; /* the place before the bracket, back to "tại" */
  for (uint32_t steps = 0; t > v->s->tok_start && steps < 8; steps++) {
    long p = at_match_at(v->doc, v->s, t - 1);
    if (p >= 0 && function_word(v, (uint32_t)p, "at") && match_of(v, (uint32_t)p)->tok_end == t)
      return bracketed ? steps > 0 : steps == 0 || (comma && closes);
    const at_token *tk = AT_TOK(v->doc, t - 1);
    /* the place's name, or the kind of place before it ("thủ đô", "tỉnh") */
    if (bracketed && p >= 0 && match_of(v, (uint32_t)p)->tok_end == t &&
        (function_word(v, (uint32_t)p, "place_word") || at_match_entry(match_of(v, (uint32_t)p), AT_CAT_PLACE))) {
      t = match_of(v, (uint32_t)p)->tok_start;
      continue;
    }
    if (tok_punct(v->doc, t - 1, ",") && !bracketed) comma = true;
    else if (!(tk->kind == AT_TOK_WORD && (tk->flags & AT_TOKF_CAP))) return false;
    t--;
  }
  return false;
}

/* The states a sentence names, as add_countries offers them to an event, in
 * order: what it adds depends on the sentence alone, but for "both" (NULL
 * here), which adds the story's partner only when the event has no foreign
 * state yet. Gathered once per sentence: a sentence with several candidates
 * is described again for each. A state offered again adds nothing (an
 * at_strset holds each once), nor does one past the first AT_SET_MAX
 * (by then the event's set is full), nor a second "both" (by then the
 * event has a foreign state, or the story none). */
typedef struct states_told {
  bool gathered;
  uint8_t n, values;
  const char *items[AT_SET_MAX + 1];
  /* English "The visit comes as X ...": the first background word's token
   * (UINT32_MAX: none) and how many items were offered before it */
  uint32_t background_tok;
  uint8_t before_background;
} states_told;

/* The place the whole sentence tells (find_location), as it sets an
 * event's: NULL where it sets none. */
typedef struct place_told {
  bool read;
  const char *place, *loc_country;
} place_told;

/* What is read of a sentence whatever its candidate, kept for the sentence's
 * other candidates (sentence_view.told); each part read on its first ask. */
typedef struct sentence_told {
  states_told states;
  place_told place;
  bool exclude_read;
  uint32_t first_exclude; /* at_excluded_token's first inviter word, once read */
} sentence_told;

/* The first match of the sentence that is an inviter's word
 * (function_words.tsv exclude: "lời mời của"), or match_end. */
static uint32_t first_exclude_word(const sentence_view *v) {
  uint32_t k = v->s->match_start;
  while (k < v->s->match_end && !function_word(v, k, "exclude")) k++;
  return k;
}

/* Tokens after "lời mời của" up to the clause end name the inviter, who is
 * not a participant. Where the sentence's first such word is, is read once
 * per sentence where kept (v->told): each state and person named asks, and
 * the value bit leaves many sentences without one (a sentence's value bits
 * are about half set). */
bool at_excluded_token(const sentence_view *v, uint32_t tok) {
  if (!may_hold_word(v, "exclude")) return false; /* most sentences */
  uint32_t first;
  if (v->told && v->told->exclude_read) {
    first = v->told->first_exclude;
  } else {
    first = first_exclude_word(v);
    if (v->told) v->told->first_exclude = first, v->told->exclude_read = true;
  }
  for (uint32_t k = first; k < v->s->match_end; k++) {
    const at_match *mt = match_of(v, k);
    if (mt->tok_start >= tok) break;
    if (!function_word(v, k, "exclude")) continue;
    /* the sender of greetings ("conveyed greetings from X to Y"): his
     * words end at the one they go to */
    bool sender = at_entry_has_flag(at_match_value(mt, AT_CAT_FUNCTION, "exclude"), "sender");
    bool clause_ended = false;
    for (uint32_t i = mt->tok_end; i < tok; i++)
      if (tok_punct(v->doc, i, ",") || tok_punct(v->doc, i, ";") || (sender && at_tok_word(v->doc, i, AT_ROLE_RANGE_TO)))
        clause_ended = true;
    if (!clause_ended) return true;
  }
  return false;
}

static bool state_offered(const states_told *t, const char *code, size_t len) {
  for (uint8_t i = 0; i < t->n; i++)
    if (t->items[i] && !strncmp(t->items[i], code, len) && !t->items[i][len]) return true;
  return false;
}

static void offer_state(states_told *t, const char *code) {
  if (t->values >= AT_SET_MAX || state_offered(t, code, strlen(code))) return;
  t->items[t->n++] = code;
  t->values++;
}

static void gather_states(const sentence_view *v, states_told *t) {
  *t = (states_told){.gathered = true, .background_tok = UINT32_MAX};
  const uint32_t states = 1u << AT_CAT_COUNTRY | 1u << AT_CAT_BODY | 1u << AT_CAT_PLACE;
  const bool background = may_hold_word(v, "background");
  bool both = false;
  for (uint32_t k = v->s->match_start; k < v->s->match_end; k++) {
    const at_match *mt = match_of(v, k);
    if (background && t->background_tok == UINT32_MAX && function_word(v, k, "background"))
      t->background_tok = mt->tok_start, t->before_background = t->n;
    /* most matches are none of the three, nor "both": one test */
    if (!(mt->categories & states) && !function_word(v, k, "both") && !function_word(v, k, "ship")) continue;
    /* "KRI Bung Tomo arrived at ...": the ship's navy's state */
    size_t len;
    const char *navy = at_ship_prefix_state(v->doc, mt, &len);
    if (navy && len < 8 && !at_excluded_token(v, mt->tok_start) && t->values < AT_SET_MAX &&
        !state_offered(t, navy, len))
      offer_state(t, at_arena_strndup(v->doc->arena, navy, len));
    const at_entry *e = at_match_entry(mt, AT_CAT_COUNTRY);
    if (e && !told_as_place(v, k) && !at_excluded_token(v, mt->tok_start)) offer_state(t, e->value);
    /* "The Vietnam People's Navy ship ...", "the Royal Australian Navy": a
     * body of one state; but right after another state's name, that
     * state's own ("the Malaysian Royal Navy"). */
    const at_entry *body = at_match_entry(mt, AT_CAT_BODY);
    const at_entry *owner = k > v->s->match_start && match_of(v, k - 1)->tok_end == mt->tok_start
                                ? at_match_entry(match_of(v, k - 1), AT_CAT_COUNTRY)
                                : NULL;
    if (body && owner && at_strcmp(owner->value, body->value)) body = NULL;
    if (body && strlen(body->value) == 2 && !at_excluded_token(v, mt->tok_start)) offer_state(t, body->value);
    /* "Bộ Chỉ huy Quân sự tỉnh Savannakhet", "Bộ đội Biên phòng tỉnh Quảng
     * Trị": a body (bodies.tsv) ending a word or two before the province
     * word, then the province: a body of that province's state ("tại tỉnh
     * X", "thăm tỉnh X" only tell where). */
    const at_entry *place = at_match_entry(mt, AT_CAT_PLACE);
    if (place && strlen(place->value) == 2 && k >= v->s->match_start + 2 &&
        function_word(v, k - 1, "place_word") && match_of(v, k - 1)->tok_end == mt->tok_start) {
      uint32_t pw = match_of(v, k - 1)->tok_start;
      for (uint32_t b = k - 1; b-- > v->s->match_start && match_of(v, b)->tok_end + 2 >= pw;)
        if (at_match_entry(match_of(v, b), AT_CAT_BODY)) {
          offer_state(t, place->value);
          break;
        }
    }
    if (function_word(v, k, "both") && !both && t->values < AT_SET_MAX) t->items[t->n++] = NULL, both = true;
  }
}

/* Countries named in the sentence (outside the inviter's clause), "hai bên"
 * and "hai nước" standing for Vietnam and the story's foreign country. */
static void add_countries_up_to(const sentence_view *v, at_event *ev, uint32_t cue_tok) {
  states_told scratch, *told = v->told ? &v->told->states : &scratch;
  if (!v->told || !told->gathered) gather_states(v, told);
  /* "The minister's visit comes at a pivotal moment, as Vietnam's party
   * chief recently visited North Korea": the states of the background
   * clause are no sides of the happening named before it (one the clause
   * itself tells keeps them). */
  const uint8_t n =
      told->background_tok != UINT32_MAX && cue_tok < told->background_tok ? told->before_background : told->n;
  for (uint8_t i = 0; i < n; i++) {
    if (told->items[i]) {
      at_strset_add(&ev->countries, told->items[i]);
      continue;
    }
    /* "the two ministers": Vietnam and its partner here, else the story's */
    at_strset_add(&ev->countries, "VN");
    if (v->doc->main_foreign && !has_foreign(&ev->countries)) at_strset_add(&ev->countries, v->doc->main_foreign);
  }
}

static void add_countries(const sentence_view *v, at_event *ev) { add_countries_up_to(v, ev, UINT32_MAX); }

/* "tại/ở PLACE" or "tại COUNTRY": the place of the event. */
static void find_location_before(const sentence_view *v, at_event *ev, uint32_t limit);
static void find_location(const sentence_view *v, at_event *ev) {
  place_told scratch = {0}, *told = v->told ? &v->told->place : &scratch;
  if (!told->read) {
    const char *place = ev->place, *country = ev->loc_country;
    ev->place = ev->loc_country = NULL;
    find_location_before(v, ev, v->s->tok_end);
    *told = (place_told){true, ev->place, ev->loc_country};
    ev->place = place, ev->loc_country = country;
  }
  if (told->place) ev->place = told->place;
  if (told->loc_country) ev->loc_country = told->loc_country;
}

/* Does match k name a foreign side: a state, a body of one, or a foreign
 * province ("tỉnh Hủa Phăn (Lào)" is named by its state in brackets)? */
static bool names_foreign_side(const sentence_view *v, uint32_t k) {
  const at_match *mt = match_of(v, k);
  const at_entry *e = at_match_entry(mt, AT_CAT_COUNTRY);
  if (!e) e = at_match_entry(mt, AT_CAT_BODY);
  if (!e) e = at_match_entry(mt, AT_CAT_PLACE);
  return e && strlen(e->value) == 2 && at_strcmp(e->value, "VN");
}

/* A Vietnamese conference named only "hội nghị" that two sides hold
 * together, a foreign one among them: "Bộ Quốc phòng Việt Nam và Bộ Quốc
 * phòng Lào tổ chức Hội nghị sơ kết ...", "Bộ Công an phối hợp với Bộ An
 * ninh Lào tổ chức Hội nghị hợp tác ...": its holders joined by "và" or
 * "với" before the verb of holding right before it, a foreign side among
 * them; or "Hội nghị bàn tròn ... giữa Bộ đội Biên phòng Việt Nam với Cục
 * Biên giới Campuchia": a foreign side after "giữa" soon after it; "Hội
 * nghị hợp tác ... lần thứ 10 đã được tổ chức ... dưới sự đồng chủ trì của
 * A và B, Bộ trưởng ... Campuchia": co-chaired, a foreign side after it. */
static bool held_by_two_sides(const sentence_view *v, uint32_t m) {
  if (co_hosted_by_two_others(v)) return false;
  for (uint32_t k = m + 1; k < v->s->match_end; k++) /* "... tổ chức Hội nghị ADMM", "... các nước ASEAN": a forum */
    if (at_match_entry(match_of(v, k), AT_CAT_MECHANISM) || at_match_entry(match_of(v, k), AT_CAT_ORG)) return false;
  if (word_before(v, m, "holding")) {
    /* back to the comma before the verb: a bracket ("tỉnh Hủa Phăn (Lào)") is no clause's end */
    uint32_t verb = match_of(v, m - 1)->tok_start, from = verb;
    while (from > v->s->tok_start && !tok_punct(v->doc, from - 1, ",") && !tok_punct(v->doc, from - 1, ";")) from--;
    bool joined = false, foreign = false;
    for (uint32_t t = from; t < verb && !joined; t++)
      joined = at_tok_word(v->doc, t, AT_ROLE_AND) || at_tok_word(v->doc, t, AT_ROLE_WITH);
    for (uint32_t k = v->s->match_start; k < m - 1 && joined && !foreign; k++)
      foreign = match_of(v, k)->tok_start >= from && names_foreign_side(v, k);
    if (joined && foreign) return true;
  }
  /* "giữa" soon after it (a list's comma between: "về công tác quản lý,
   * bảo vệ biên giới giữa ..."), a foreign side after that; or co-chaired
   * ("đồng chủ trì"), a foreign side named after the conference */
  uint32_t near = match_of(v, m)->tok_end + 20; /* syllables */
  /* English "between" is a token word, no match: "The first bilateral
   * conference between the Vietnam Coast Guard and the Philippine Coast
   * Guard took place ..." */
  uint32_t english_between = UINT32_MAX;
  for (uint32_t t = match_of(v, m)->tok_end; (v->s->flags & AT_SENT_ENGLISH) && t < near && t < v->s->tok_end; t++)
    if (at_tok_word(v->doc, t, AT_ROLE_BETWEEN)) {
      english_between = t;
      break;
    }
  bool between = false, cochaired = false, foreign = false;
  for (uint32_t k = v->s->match_start; k < v->s->match_end; k++) {
    cochaired |= function_word(v, k, "co_chair") != NULL;
    if (k <= m) continue;
    between |= match_of(v, k)->tok_start > english_between;
    if ((between || cochaired) && names_foreign_side(v, k)) foreign = true;
    if (between && foreign) return true;
    between |= function_word(v, k, "between") && match_of(v, k)->tok_start < near;
  }
  return cochaired && foreign;
}

/* "held a conference in Hanoi on July 3 to review its external relations":
 * a conference that reviews the ministry's foreign relations work
 * (function_words.tsv review, external_work), held at home with no other
 * state named; not a forum abroad that "reviewed defence relations". */
static bool reviews_foreign_relations_at_home(const sentence_view *v) {
  if (!sentence_has_word(v, "review") || !sentence_has_word(v, "external_work")) return false;
  at_event named = {0};
  add_countries(v, &named);
  find_location(v, &named);
  return !has_foreign(&named.countries) && !(named.loc_country && at_strcmp(named.loc_country, "VN"));
}

/* "đã đến Hà Nội dự hội nghị", "tới Viêng Chăn tham dự": a place reached
 * (token_words.tsv arrive_at) right before a word of attending is where
 * what was attended was held. With `scene`, any place reached: the scene a
 * sentence telling no happening sets ("Sáng 20/4, đoàn đã đến tỉnh X."). */
static void find_place_arrived_at(const sentence_view *v, at_event *ev, uint32_t limit, bool scene) {
  for (uint32_t k = v->s->match_start; k < v->s->match_end && match_of(v, k)->tok_start < limit; k++) {
    const at_match *pm = match_of(v, k);
    if (!(pm->categories & (1u << AT_CAT_PLACE | 1u << AT_CAT_COUNTRY))) continue; /* most: one test */
    /* "đến tỉnh X": the place's kind may stand between (scene only) */
    uint32_t at = pm->tok_start;
    if (scene && k > v->s->match_start && function_word(v, k - 1, "place_word") && match_of(v, k - 1)->tok_end == at)
      at = match_of(v, k - 1)->tok_start;
    if (at == v->s->tok_start || !at_tok_word(v->doc, at - 1, AT_ROLE_ARRIVE_AT)) continue;
    if (!scene && (k + 1 >= v->s->match_end || match_of(v, k + 1)->tok_start >= limit ||
                   match_of(v, k + 1)->tok_start != pm->tok_end ||
                   !at_match_value(match_of(v, k + 1), AT_CAT_CUE, "attend")))
      continue;
    const at_entry *place = at_match_entry(pm, AT_CAT_PLACE);
    const at_entry *country = at_match_entry(pm, AT_CAT_COUNTRY);
    if (place) ev->place = at_tok_text(v->doc, pm->tok_start, pm->tok_end);
    if (place || country) {
      ev->loc_country = place ? place->value : country->value;
      return;
    }
  }
}

/* The match of the place told after a venue that starts at token `venue`
 * ("Trung tâm Hội nghị ... , thủ đô Phnom Penh", "Nhà khách Quân đội, tỉnh
 * Kampot"): at most 12 words with no mark, a comma, then a place, or a
 * place word and a place or state, closed by a mark; -1 when none. */
static long place_after_venue(const sentence_view *v, uint32_t venue, uint32_t limit) {
  uint32_t t = venue;
  while (t < v->s->tok_end && t < limit && t < venue + 12 && AT_TOK(v->doc, t)->kind == AT_TOK_WORD) t++;
  if (t == venue || t + 1 >= v->s->tok_end || !tok_punct(v->doc, t, ",")) return -1;
  long p = at_match_at(v->doc, v->s, t + 1);
  if (p < 0 || match_of(v, (uint32_t)p)->tok_start != t + 1) return -1;
  bool word = function_word(v, (uint32_t)p, "place_word") && (uint32_t)p + 1 < v->s->match_end &&
              match_of(v, (uint32_t)p + 1)->tok_start == match_of(v, (uint32_t)p)->tok_end;
  const at_match *pm = match_of(v, word ? (uint32_t)p + 1 : (uint32_t)p);
  if (!at_match_entry(pm, AT_CAT_PLACE) && !(word && at_match_entry(pm, AT_CAT_COUNTRY))) return -1;
  /* closed by a mark: "tại Cửa khẩu Cầu Treo, tỉnh Hà Tĩnh đã nhận ..."
   * names who acted, not where */
  uint32_t end = pm->tok_end;
  if (end < v->s->tok_end && AT_TOK(v->doc, end)->kind != AT_TOK_PUNCT) return -1;
  return p;
}

/* "tại huyện Phục Hòa, tỉnh Cao Bằng (Việt Nam)", "tại huyện Sepon (tỉnh
 * Savannakhet, Lào)", "tại xã Thanh Thủy, huyện Vị Xuyên, tỉnh Hà Giang":
 * Vietnamese news names a district, commune or border gate the gazetteer
 * does not know, then the larger places it lies in, set off by commas or
 * brackets. From token `from` (where the address opens: a place word or
 * up to three small words, then capitalized words), the first place or state the
 * gazetteer knows further on in the address, where the address runs on
 * only through place words, capitalized words, commas and brackets; its
 * match, or -1. *first_end: where the address's first part ends. */
static long place_later_in_address(const sentence_view *v, uint32_t from, uint32_t limit, uint32_t *first_end) {
  uint32_t t = from, end = v->s->tok_end < limit ? v->s->tok_end : limit;
  long k = at_match_at(v->doc, v->s, t);
  if (k >= 0 && match_of(v, (uint32_t)k)->tok_start == t &&
      (function_word(v, (uint32_t)k, "place_word") || function_word(v, (uint32_t)k, "place_kind")))
    t = match_of(v, (uint32_t)k)->tok_end; /* "huyện", "xã" */
  else /* "xã", "sân bay", "cửa khẩu quốc tế": up to three small words */
    while (t < end && t < from + 3 && AT_TOK(v->doc, t)->kind == AT_TOK_WORD &&
           !(AT_TOK(v->doc, t)->flags & AT_TOKF_CAP) && at_match_at(v->doc, v->s, t) < 0) /* not "ở", "và" */
      t++;
  if (t == from) return -1;
  uint32_t names = t; /* the first part's name: capitalized words */
  while (t < end && AT_TOK(v->doc, t)->kind == AT_TOK_WORD && (AT_TOK(v->doc, t)->flags & AT_TOKF_CAP)) {
    k = at_match_at(v->doc, v->s, t); /* a syllable another list knows ("Ninh") is still the name's */
    if (k >= 0 && (at_match_entry(match_of(v, (uint32_t)k), AT_CAT_PLACE) ||
                   at_match_entry(match_of(v, (uint32_t)k), AT_CAT_COUNTRY)))
      break;
    t++;
  }
  if (t == names) return -1;
  *first_end = t;
  for (uint32_t stop = from + 24; t < end && t < stop;) {
    const at_token *tok = AT_TOK(v->doc, t);
    /* "TP.Cao Bằng": an abbreviation's point joined to the next word */
    bool joined_point = tok_punct(v->doc, t, ".") && t + 1 < end && AT_TOK(v->doc, t + 1)->start == tok->end;
    if (tok_punct(v->doc, t, ",") || tok_punct(v->doc, t, "(") || tok_punct(v->doc, t, ")") || joined_point) {
      t++;
      continue;
    }
    k = at_match_at(v->doc, v->s, t);
    if (k >= 0 && match_of(v, (uint32_t)k)->tok_start == t) {
      const at_match *mt = match_of(v, (uint32_t)k);
      const at_entry *e = at_match_entry(mt, AT_CAT_PLACE);
      if (!e) e = at_match_entry(mt, AT_CAT_COUNTRY);
      if (e && strlen(e->value) == 2) return k;
      /* another list's phrase (a body: "tại cửa khẩu Bờ Y, Bộ Chỉ huy Quân
       * sự tỉnh Kon Tum đã ...") ends the address: who acted, not where */
      if (!function_word(v, (uint32_t)k, "place_word") && !function_word(v, (uint32_t)k, "place_kind") &&
          !function_word(v, (uint32_t)k, "city_abbr")) /* "huyện X, TP.Cao Bằng, tỉnh Cao Bằng" */
        return -1;
      t = mt->tok_end;
      continue;
    }
    if (tok->kind != AT_TOK_WORD || !(tok->flags & AT_TOKF_CAP)) return -1;
    t++;
  }
  return -1;
}

/* The place told by "tại", "in", "at" before token `limit`. */
static void find_location_before(const sentence_view *v, at_event *ev, uint32_t limit) {
  for (uint32_t k = v->s->match_start; k < v->s->match_end && match_of(v, k)->tok_start < limit; k++) {
    if (!function_word(v, k, "at")) continue;
    uint32_t next = match_of(v, k)->tok_end;
    /* "in the northwestern province of Dien Bien", "in the central city of Da
     * Nang": English puts lower-case words and "of" before the place. */
    if (v->s->flags & AT_SENT_ENGLISH) {
      uint32_t t = next;
      while (t < next + 5 && t < v->s->tok_end && AT_TOK(v->doc, t)->kind == AT_TOK_WORD &&
             !(AT_TOK(v->doc, t)->flags & AT_TOKF_CAP))
        t++;
      if (t > next && at_tok_word(v->doc, t - 1, AT_ROLE_OF)) next = t;
    }
    long p = at_match_at(v->doc, v->s, next);
    /* "tại Trung tâm Hội nghị và Triển lãm đảo Koh Pich, thủ đô Phnom
     * Penh": a venue the gazetteer does not know, then, set off by a comma,
     * the city or province it is in (a state only after a place word). */
    const uint32_t where = 1u << AT_CAT_PLACE | 1u << AT_CAT_COUNTRY;
    bool named_place = p >= 0 && match_of(v, (uint32_t)p)->tok_start == next &&
                       ((match_of(v, (uint32_t)p)->categories & where) || function_word(v, (uint32_t)p, "place_word"));
    if (!named_place && !(v->s->flags & AT_SENT_ENGLISH)) { /* a venue named as a body ("Trung tâm ...") too */
      long q = place_after_venue(v, next, limit);
      if (q >= 0) {
        p = q;
        next = match_of(v, (uint32_t)q)->tok_start;
      } else { /* "tại xã Thanh Thủy, huyện Vị Xuyên, tỉnh Hà Giang" */
        uint32_t first_end;
        q = place_later_in_address(v, next, limit, &first_end);
        const at_entry *e = q >= 0 ? at_match_entry(match_of(v, (uint32_t)q), AT_CAT_PLACE) : NULL;
        if (q >= 0 && !e) e = at_match_entry(match_of(v, (uint32_t)q), AT_CAT_COUNTRY);
        if (e) {
          ev->place = at_tok_text(v->doc, next, first_end);
          ev->loc_country = e->value;
          return;
        }
      }
    }
    if (p < 0 || match_of(v, (uint32_t)p)->tok_start != next) continue;
    /* "tại Thủ đô Canberra": skip a generic word like "Thủ đô". */
    if (function_word(v, (uint32_t)p, "place_word") && (uint32_t)p + 1 < v->s->match_end &&
        match_of(v, (uint32_t)p + 1)->tok_start == match_of(v, (uint32_t)p)->tok_end)
      p++;
    const at_match *pm = match_of(v, (uint32_t)p);
    const at_entry *place = at_match_entry(pm, AT_CAT_PLACE);
    const at_entry *country = at_match_entry(pm, AT_CAT_COUNTRY);
    /* "tại huyện Phục Hòa, tỉnh Cao Bằng": a place word before a name the
     * gazetteer does not know; the address says further on where it is. */
    if (!place && !country && !(v->s->flags & AT_SENT_ENGLISH) && function_word(v, (uint32_t)p, "place_word")) {
      uint32_t first_end;
      long q = place_later_in_address(v, next, limit, &first_end);
      if (q >= 0) {
        const at_entry *e = at_match_entry(match_of(v, (uint32_t)q), AT_CAT_PLACE);
        if (!e) e = at_match_entry(match_of(v, (uint32_t)q), AT_CAT_COUNTRY);
        ev->place = at_tok_text(v->doc, next, first_end);
        ev->loc_country = e->value;
        return;
      }
    }
    if (place) {
      ev->place = at_tok_text(v->doc, pm->tok_start, pm->tok_end);
      ev->loc_country = place->value;
      /* "tại Trụ sở Bộ Quốc phòng Canada", "tại Học viện Quốc phòng Trung
       * Quốc": a venue the gazetteer knows as Vietnam's, named with another
       * state right after it, is that state's. */
      const at_match *owner = (uint32_t)p + 1 < v->s->match_end ? match_of(v, (uint32_t)p + 1) : NULL;
      const at_entry *state = owner && owner->tok_start == pm->tok_end && at_entry_has_flag(place, "venue")
                                  ? at_match_entry(owner, AT_CAT_COUNTRY)
                                  : NULL;
      if (state && at_strcmp(state->value, "VN")) {
        ev->place = at_tok_text(v->doc, pm->tok_start, owner->tok_end);
        ev->loc_country = state->value;
      }
      return;
    }
    if (country) {
      ev->loc_country = country->value;
      return;
    }
  }
  find_place_arrived_at(v, ev, limit, false);
}

/* "the port of Cam Ranh", "the central city of Da Nang", "the northern
 * province of Quang Ninh", "the deep-water naval base in Khanh Hoa
 * province": English names a place after "the", a few lower-case words and
 * "of" or "in". The token after that word when such a lead starts at token
 * t, else t. */
static uint32_t english_place_lead(const sentence_view *v, uint32_t t) {
  if (!(v->s->flags & AT_SENT_ENGLISH) || t >= v->s->tok_end || !at_tok_word(v->doc, t, AT_ROLE_DEFINITE)) return t;
  uint32_t u = t + 1;
  while (u < t + 7 && u < v->s->tok_end) {
    if ((AT_TOK(v->doc, u)->kind == AT_TOK_WORD && !(AT_TOK(v->doc, u)->flags & AT_TOKF_CAP) &&
         !at_tok_word(v->doc, u, AT_ROLE_OF) && !at_tok_word(v->doc, u, AT_ROLE_IN)) ||
        (u > t + 1 && tok_punct(v->doc, u, "-") && AT_TOK(v->doc, u - 1)->kind == AT_TOK_WORD)) {
      u++; /* "the south-central province of Khanh Hoa": a hyphen joins two words */
      continue;
    }
    /* "the Vietnamese port of Cam Ranh": a state's adjective */
    long k = at_match_at(v->doc, v->s, u);
    const at_entry *state = k >= 0 && match_of(v, (uint32_t)k)->tok_start == u
                                ? at_match_entry(match_of(v, (uint32_t)k), AT_CAT_COUNTRY)
                                : NULL;
    if (!state || !at_entry_has_flag(state, "en-adj")) break;
    u = match_of(v, (uint32_t)k)->tok_end;
  }
  if (u == t + 1 || u >= v->s->tok_end || !(at_tok_word(v->doc, u, AT_ROLE_OF) || at_tok_word(v->doc, u, AT_ROLE_IN)) ||
      u + 1 >= v->s->tok_end ||
      !(AT_TOK(v->doc, u + 1)->flags & AT_TOKF_CAP))
    return t;
  return u + 1;
}

/* An ambassador, attaché or consul (positions.tsv class) serves where he
 * is: he makes no visit there. */
static bool resident_envoy(const char *office_class) {
  return office_class && (!at_strcmp(office_class, "ambassador") || !at_strcmp(office_class, "attache") ||
                          !at_strcmp(office_class, "consul"));
}

/* "received visiting Japanese Defence Minister X", "held talks with the
 * visiting Lao delegation": an English participle of visiting (attr guest)
 * right before a person, an office, a rank or a delegation, its state
 * before them if told, names a guest come to where the sentence is, not a
 * destination. The match of the guest's state, or -1 when none is told;
 * -2 when the participle names no guest. */
static long visiting_guest(const sentence_view *v, uint32_t m) {
  const at_entry *cue = cue_at(v, m);
  if (!cue || !at_entry_has_flag(cue, "guest") || !(v->s->flags & AT_SENT_ENGLISH)) return -2;
  uint32_t t = match_of(v, m)->tok_end;
  long state = -1;
  long k = at_match_at(v->doc, v->s, t);
  if (k >= 0 && match_of(v, (uint32_t)k)->tok_start == t && at_match_entry(match_of(v, (uint32_t)k), AT_CAT_COUNTRY)) {
    state = k;
    t = match_of(v, (uint32_t)k)->tok_end;
    if (t + 1 < v->s->tok_end && at_possessive_at(v->doc, t)) t += 2;
    k = at_match_at(v->doc, v->s, t);
  }
  /* "visiting Chilean Army Commander X": the body the office heads */
  if (k >= 0 && match_of(v, (uint32_t)k)->tok_start == t && at_match_entry(match_of(v, (uint32_t)k), AT_CAT_BODY)) {
    t = match_of(v, (uint32_t)k)->tok_end;
    k = at_match_at(v->doc, v->s, t);
  }
  if (k >= 0 && match_of(v, (uint32_t)k)->tok_start == t) {
    const at_match *x = match_of(v, (uint32_t)k);
    const at_entry *office = at_match_entry(x, AT_CAT_POSITION);
    if (office && resident_envoy(office->value)) return -2;
    if (office || at_match_entry(x, AT_CAT_RANK) || at_match_entry(x, AT_CAT_HONORIFIC) ||
        function_word(v, (uint32_t)k, "delegation"))
      return state;
  }
  const at_mention *ms;
  size_t n = at_mentions_in(v->doc, v->index, &ms);
  for (size_t i = 0; i < n; i++)
    if (ms[i].tok_start == t) return state;
  return -2;
}

/* "X's visit comes at a pivotal moment, as Vietnam's party chief recently
 * visited North Korea": a happening told after a background word
 * (function_words.tsv background) is the setting of the one named before
 * it, another happening, as one told after "Trước đó". */
static bool told_in_background(const sentence_view *v, uint32_t m) {
  if (!(v->s->flags & AT_SENT_ENGLISH)) return false;
  if (may_hold_word(v, "background"))
    for (uint32_t k = v->s->match_start; k < m; k++)
      if (function_word(v, k, "background")) return true;
  /* "Apart from the Chilean warships, vessels from A, B and C have recently
   * docked there": others' happenings of the kind, told in the perfect
   * after the story's side */
  const uint32_t first = v->s->match_start;
  if (may_hold_word(v, "others") && m > first && function_word(v, first, "others") &&
      match_of(v, first)->tok_start == v->s->tok_start) {
    bool perfect = false;
    for (uint32_t t = match_of(v, m)->tok_start; t-- > v->s->tok_start && t + 3 >= match_of(v, m)->tok_start;)
      perfect |= at_tok_word(v->doc, t, AT_ROLE_HAVE);
    uint32_t comma = clause_end(v, match_of(v, first)->tok_end);
    for (uint32_t k = first + 1; perfect && k < m && match_of(v, k)->tok_start < comma; k++) {
      size_t len;
      if (at_match_entry(match_of(v, k), AT_CAT_COUNTRY) || at_ship_prefix_state(v->doc, match_of(v, k), &len))
        return true;
    }
  }
  return false;
}

/* "đến thăm Đại đội Biên phòng 315 thuộc Bộ Chỉ huy Quân sự tỉnh X (Lào)":
 * Vietnamese news tags a foreign unit or province with its state in
 * brackets at the end of its name, however long the chain of units before
 * it ("thuộc ..."). That state, in the visit's clause with no other cue or
 * "của" before it, is where the visit went. */
static const char *state_bracketed_in_object(const sentence_view *v, uint32_t m, uint32_t clause) {
  for (uint32_t k = m + 1; k < v->s->match_end && match_of(v, k)->tok_start < clause; k++) {
    const at_match *mt = match_of(v, k);
    const at_entry *other = cue_at(v, k);
    if ((other && !at_entry_has_flag(other, "envoy")) || function_word(v, k, "visitor_of")) return NULL;
    const at_entry *e = at_match_entry(mt, AT_CAT_COUNTRY);
    if (e && mt->tok_start > v->s->tok_start && tok_punct(v->doc, mt->tok_start - 1, "(") &&
        mt->tok_end < v->s->tok_end && tok_punct(v->doc, mt->tok_end, ")"))
      return e->value;
  }
  return NULL;
}

/* "và" between two verbs, a function word's match of its own ("thăm và chúc Tết") */
static bool joining_word(const sentence_view *v, uint32_t k) {
  const at_match *mt = match_of(v, k);
  return mt->tok_end == mt->tok_start + 1 && at_tok_word(v->doc, mt->tok_start, AT_ROLE_AND);
}

/* "đến thăm, tặng quà và chúc mừng Đại đội ... (Lào)": the errands of a
 * Vietnamese visit listed right after its verb, each after a comma or "và"
 * (function_words.tsv errand), share its object. The last errand's match,
 * or m when none follows. */
static uint32_t past_errands(const sentence_view *v, uint32_t m) {
  if ((v->s->flags & AT_SENT_ENGLISH) || !may_hold_word(v, "errand")) return m;
  uint32_t last = m;
  for (uint32_t k = m + 1; k < v->s->match_end; k++) {
    uint32_t t = match_of(v, last)->tok_end, at = match_of(v, k)->tok_start;
    if (at < t || (at == t && joining_word(v, k))) continue; /* inside the last errand, or its "và" */
    if (at != t + 1 || !(tok_punct(v->doc, t, ",") || at_tok_word(v->doc, t, AT_ROLE_AND)) ||
        !function_word(v, k, "errand"))
      break;
    last = k;
  }
  return last;
}

/* "thăm và chúc Tết cán bộ, chiến sĩ Đại đội ... (Lào)": in Vietnamese a
 * comma between two words for people (figures.tsv unit:person: "cán bộ,
 * chiến sĩ", "cán bộ, nhân viên") lists kinds of one group, and ends no
 * clause. The end of the clause of the visit's object, past such commas. */
static uint32_t object_clause_end(const sentence_view *v, uint32_t m) {
  uint32_t clause = clause_end(v, match_of(v, m)->tok_end);
  if (v->s->flags & AT_SENT_ENGLISH) return clause;
  for (uint32_t k = m + 1; k + 1 < v->s->match_end && match_of(v, k)->tok_start < clause; k++) {
    const at_match *before = match_of(v, k), *after = match_of(v, k + 1);
    if (before->tok_end == clause && after->tok_start == clause + 1 && tok_punct(v->doc, clause, ",") &&
        at_match_value(before, AT_CAT_FIGURE, "unit:person") && at_match_value(after, AT_CAT_FIGURE, "unit:person"))
      clause = clause_end(v, clause + 1);
  }
  return clause;
}

/* The first country named after the cue: a visit's destination. */
static const char *destination(const sentence_view *v, uint32_t m) {
  const at_entry *cue = cue_at(v, m);
  if (cue && !at_strcmp(cue->value, "visit")) m = past_errands(v, m);
  uint32_t clause = object_clause_end(v, m); /* "During the visit, Carter said the US ..." */
  /* "chúc Tết các đơn vị ... tỉnh Savannakhet": those wished well, then where they serve */
  uint32_t reach = cue && at_entry_has_flag(cue, "wish") ? UINT32_MAX : 3;
  /* "Admiral X visited the Vietnamese Naval Academy": an official or a
   * delegation at a Vietnamese unit is in Vietnam, unless a place follows
   * ("the Vietnamese embassy in Tokyo"). */
  const char *host_unit = NULL;
  bool verb = cue && at_entry_is(cue, AT_FLAG_PAST) && (v->s->flags & AT_SENT_ENGLISH) && person_subject(v, m);
  /* Then words of function only ("Naval", "Academy") do not count in the
   * reach: "visited the Naval Academy in Nha Trang". */
  /* "arrived in the central city of Da Nang", "arrived at the port of Hai
   * Phong": after a verb of arriving, the words up to "of" are none */
  uint32_t lead = cue && at_entry_is(cue, AT_FLAG_SHIP) ? english_place_lead(v, match_of(v, m)->tok_end) : 0;
  for (uint32_t k = m + 1, named = 0; k < v->s->match_end && named < reach && match_of(v, k)->tok_start < clause; k++) {
    const at_match *mt = match_of(v, k);
    if (mt->tok_start < lead) continue;
    /* "The visit comes as France ...": the setting follows, not where it went */
    if ((v->s->flags & AT_SENT_ENGLISH) && function_word(v, k, "background")) break;
    /* "2 nước" (figures.tsv unit:state) counts the states named next */
    const at_entry *unit = at_match_entry(mt, AT_CAT_FIGURE);
    named += (!verb || (mt->categories & ~(1u << AT_CAT_FUNCTION)) != 0) && !(unit && !at_strcmp(unit->value, "unit:state"));
    const at_entry *e = at_match_entry(mt, AT_CAT_COUNTRY);
    if (e && verb && !at_strcmp(e->value, "VN") && at_entry_has_flag(e, "en-adj") && !host_unit) {
      host_unit = e->value;
      continue;
    }
    if (e && at_entry_has_flag(e, "en-adj")) break; /* "visiting Japanese Ambassador X": the guest's state */
    if (e) return e->value;
    const at_entry *p = at_match_entry(mt, AT_CAT_PLACE);
    if (p) return p->value;
    /* Another cue, or "của"/"by": what follows is not where the visit went;
     * but "thăm, giao lưu với Hải quân 2 nước ..." names the hosts of both. */
    const at_entry *other = cue_at(v, k);
    if ((other && !at_entry_has_flag(other, "envoy")) || function_word(v, k, "visitor_of")) break;
    /* "led a delegation to the ADMM-Plus in Vientiane": a forum, not a state */
    if ((v->s->flags & AT_SENT_ENGLISH) && at_match_entry(mt, AT_CAT_MECHANISM)) break;
  }
  if (!host_unit && !(v->s->flags & AT_SENT_ENGLISH)) return state_bracketed_in_object(v, m, clause);
  return host_unit;
}

/* A document named right after "ký" / "ký kết" (its object, not a later mention). */
static bool has_agreement_after(const sentence_view *v, uint32_t m) {
  uint32_t end = match_of(v, m)->tok_end, reach = end + 4;
  for (uint32_t k = m + 1; k < v->s->match_end && match_of(v, k)->tok_start <= reach; k++) {
    /* a state's name between is one word of the reach, however many it has,
     * and a pair of them joined by a hyphen one word ("signed the
     * Australia-Viet Nam defence memorandum") */
    if (at_match_entry(match_of(v, k), AT_CAT_COUNTRY)) {
      uint32_t after = match_of(v, k)->tok_end;
      reach += after - match_of(v, k)->tok_start - 1;
      if (after + 1 < v->s->tok_end && (tok_punct(v->doc, after, "-") || tok_punct(v->doc, after, "–")))
        reach += 1;
    }
    if (!at_match_entry(match_of(v, k), AT_CAT_AGREEMENT)) continue;
    /* "signed in 2010 and the Joint Vision Statement": a date or another
     * item between, and the document is not what was signed; but a year
     * after an article names the document's years ("signed the 2024-2026
     * cooperation plan"). */
    bool years_of_document = false;
    for (uint32_t t = end; t < match_of(v, k)->tok_start; t++) {
      bool number = AT_TOK(v->doc, t)->kind == AT_TOK_NUM;
      if (number && t > end && at_tok_word(v->doc, t - 1, AT_ROLE_ARTICLE))
        years_of_document = true;
      if ((number && !years_of_document) || at_tok_word(v->doc, t, AT_ROLE_AND)) return false;
    }
    return !word_before(v, k, "quantifier"); /* "the signing of many agreements": a count, not a signing */
  }
  return false;
}

/* "Sau hội đàm, hai bên đã ký ba văn kiện hợp tác", "the two sides signed
 * three cooperation documents": documents counted right after the verb of
 * signing, not named, are what was signed at the meeting told in the
 * sentence or the one before; not a total over a span ("have signed 10
 * MoUs since 2010", "năm 2019, hai bên đã ký 12 văn kiện": a figure, with
 * data/figures.tsv cumulative, a period or a year alone in the sentence). */
static bool is_meeting(const char *type);
static bool counted_documents_after(const sentence_view *v, uint32_t m) {
  bool meeting_told = false;
  for (size_t e = v->doc->events.len; e-- > 0 && !meeting_told;) {
    const at_event *ev = AT_EVENT(v->doc, e);
    if (ev->sentence + 1 < v->index) break;
    meeting_told = is_meeting(ev->type);
  }
  if (!meeting_told) return false;
  const at_date_span *dates;
  size_t ndates = view_dates(v, &dates);
  for (size_t i = 0; i < ndates; i++)
    if (dates[i].date.year && !dates[i].date.month) return false;
  uint32_t t = match_of(v, m)->tok_end;
  int value;
  if (t >= v->s->tok_end || (AT_TOK(v->doc, t)->kind != AT_TOK_NUM && !at_number_word(v->doc, t, &value))) return false;
  long k = at_match_at(v->doc, v->s, t + 1);
  while (k >= 0 && (uint32_t)k < v->s->match_end && match_of(v, (uint32_t)k)->tok_start == t + 1 &&
         at_match_value(match_of(v, (uint32_t)k), AT_CAT_FIGURE, "modifier"))
    t = match_of(v, (uint32_t)k)->tok_end - 1, k++;
  if (k < 0 || (uint32_t)k >= v->s->match_end || match_of(v, (uint32_t)k)->tok_start != t + 1 ||
      !at_match_value(match_of(v, (uint32_t)k), AT_CAT_FIGURE, "unit:document"))
    return false;
  for (uint32_t j = v->s->match_start; j < v->s->match_end; j++) {
    const at_entry *md = at_match_entry(match_of(v, j), AT_CAT_MODAL);
    if (at_match_value(match_of(v, j), AT_CAT_FIGURE, "cumulative") || (md && !at_strcmp(md->value, "period"))) return false;
  }
  return true;
}

/* "The memorandum of understanding ... was signed by the two ministers":
 * a document named before "was signed" in the clause is what was signed. */
static bool signed_in_the_passive(const sentence_view *v, uint32_t m) {
  uint32_t start = match_of(v, m)->tok_start;
  /* "was signed", "was also signed" (token_words.tsv passive_adverb) */
  if (start > v->s->tok_start + 1 && at_tok_word(v->doc, start - 1, AT_ROLE_PASSIVE_ADVERB)) start--;
  if (start == v->s->tok_start || !at_tok_word(v->doc, start - 1, AT_ROLE_COPULA_PAST))
    return false;
  uint32_t from = clause_start(v, start);
  for (uint32_t k = v->s->match_start; k < m; k++)
    if (match_of(v, k)->tok_start >= from && at_match_entry(match_of(v, k), AT_CAT_AGREEMENT)) return true;
  return false;
}

/* A signing told in this sentence or the one before ("Vietnam and Japan
 * signed an implementing arrangement ... during a visit by X."), which a
 * sentence naming its signers goes on about; a signing told further back
 * is another story's. */
static bool signing_just_told(const sentence_view *v, long current) {
  if (current >= 0 && !at_strcmp(AT_EVENT(v->doc, current)->type, "signing")) return true;
  for (size_t e = v->doc->events.len; e-- > 0;) {
    const at_event *ev = AT_EVENT(v->doc, e);
    if (ev->sentence + 1 < v->index) return false;
    if (!at_strcmp(ev->type, "signing")) return true;
  }
  return false;
}

/* "X and Y signed the document", "X và Y ký văn kiện": the object of the
 * verb (function_words.tsv told_document) is the document just told, not a
 * new one. So is a kind after "the" with no title of its own ("Secretary X
 * and General Y signed the MOA.", "... signed the letter after their
 * talks"): the word after it neither joins a title to it (title_link: "the
 * memorandum on ...") nor is one of its words (a capital, a number). */
static bool told_document_after(const sentence_view *v, uint32_t m) {
  if (m + 1 >= v->s->match_end) return false;
  const at_match *next = match_of(v, m + 1);
  uint32_t end = match_of(v, m)->tok_end;
  if (function_word(v, m + 1, "told_document") && next->tok_start == end) return true;
  if (!(v->s->flags & AT_SENT_ENGLISH) || end >= v->s->tok_end || !at_tok_word(v->doc, end, AT_ROLE_DEFINITE) ||
      next->tok_start != end + 1 || !at_match_entry(next, AT_CAT_AGREEMENT))
    return false;
  uint32_t after = next->tok_end;
  if (after >= v->s->tok_end) return true;
  const at_token *w = AT_TOK(v->doc, after);
  if (w->kind == AT_TOK_PUNCT) return !tok_punct(v->doc, after, "(") && !tok_punct(v->doc, after, "-");
  if (w->kind != AT_TOK_WORD || (w->flags & AT_TOKF_CAP)) return false;
  long k = at_match_at(v->doc, v->s, after);
  return !(k >= 0 && match_of(v, (uint32_t)k)->tok_start == after &&
           (function_word(v, (uint32_t)k, "title_link") || at_match_entry(match_of(v, (uint32_t)k), AT_CAT_AREA)));
}

/* "The document was signed by X", "The document was signed in Abu Dhabi on
 * Monday by X and Y": "by" after the verb, past a place or a day told in
 * the same clause (no comma between), names the signers. */
static bool signed_by_after(const sentence_view *v, uint32_t m) {
  uint32_t end = match_of(v, m)->tok_end;
  for (uint32_t t = end; t < v->s->tok_end && t <= end + 6; t++) {
    if (at_tok_word(v->doc, t, AT_ROLE_AGENT)) return true;
    if (AT_TOK(v->doc, t)->kind == AT_TOK_PUNCT && !tok_punct(v->doc, t, ".")) return false;
    if (t == end && !at_tok_word(v->doc, t, AT_ROLE_IN) && !at_tok_word(v->doc, t, AT_ROLE_ON_DAY))
      return false; /* only "in" a place or "on" a day may come before "by" */
  }
  return false;
}

/* English: "implement the signed bilateral defence cooperation agreement",
 * "in line with their inked deal": a past participle of signing (attr
 * attributive, data/event_cues.tsv) right after an article or a possessive
 * describes a document signed before; the sentence tells no signing.
 * "exchanged the signed memorandum" (token_words.tsv exchange_en) is the
 * ceremony's own document, and "the two sides signed" has its subject. */
static bool signed_as_attribute(const sentence_view *v, uint32_t m, const at_entry *cue) {
  uint32_t t = match_of(v, m)->tok_start;
  if (!(v->s->flags & AT_SENT_ENGLISH) || !at_entry_has_flag(cue, "attributive") || t <= v->s->tok_start) return false;
  if (!at_tok_word(v->doc, t - 1, AT_ROLE_ARTICLE) && !at_tok_word(v->doc, t - 1, AT_ROLE_POSSESSIVE)) return false;
  return !(t - 1 > v->s->tok_start && at_tok_word(v->doc, t - 2, AT_ROLE_EXCHANGE_EN));
}

/* "Vietnam and India held their dialogue in Hanoi on March 1, ... reached
 * during the visit to India by Minister X last year", "... The two sides
 * reviewed the ties since the tenth dialogue in 2015": a happening recalled
 * in passing - in the sentence of the story's own, or a past round of the
 * story's own kind - dated before it (an earlier year; an earlier month of
 * its year told without a day, or after "since"). Who is said to attend or lead a delegation in the
 * sentences after, and "the dialogue" named back, are of the story's
 * happening, not of the one recalled. The event it was recalled in (with
 * `of_its_kind`, only one of its kind), or -1. */
static long recalled_in(const attache_doc *doc, long e, bool of_its_kind) {
  const at_event *past = AT_EVENT(doc, e);
  if (!past->has_date || !past->date.year) return -1;
  for (long o = 0; o < e; o++) {
    const at_event *own = AT_EVENT(doc, o);
    bool kind = !at_strcmp(own->type, past->type);
    if ((of_its_kind && !kind) || (own->sentence != past->sentence && !kind) || !own->has_date || !own->date.year)
      continue;
    /* a happening of the same year told with its day ("the MILAN exercise
     * on Feb 25-Mar 4" beside a patrol of Mar 5) is the story's too */
    if (past->date.year < own->date.year ||
        (past->date.year == own->date.year && past->date.month && own->date.month &&
         past->date.month < own->date.month && (!past->date.day || past->bygone)))
      return o;
  }
  return -1;
}

/* The event a sentence points back to: "Sau lễ đón, ..." (the last event of
 * that type) or "Cùng ngày, ..." (the current event). */
static long referenced_event(const sentence_view *v, long current) {
  if (!holds_category(v, AT_CAT_CUE) && !may_hold_word(v, "same_day")) return -1; /* most sentences */
  long named = -1; /* "Lễ ký được thực hiện ngay sau hội đàm": the signing told before */
  for (uint32_t k = v->s->match_start; k < v->s->match_end; k++) {
    if (function_word(v, k, "same_day")) return current;
    const at_entry *cue = cue_at(v, k);
    if (!cue) continue;
    bool ref = k > v->s->match_start && function_word(v, k - 1, "ref");
    /* "Lễ ký được ...", not English "The meeting was held as the 10th
     * dialogue", whose "meeting" names no kind. */
    bool subject = match_of(v, k)->tok_start == v->s->tok_start && !at_entry_has_flag(cue, "generic");
    if (!ref && !(at_entry_is(cue, AT_FLAG_NOUN) && subject && named < 0)) continue;
    /* "On the sidelines of the dialogue, X met Y", "bên lề hội nghị":
     * whatever word names it, what one meets on the sidelines of is a
     * forum; the last forum told is it. */
    bool aside = ref && function_word(v, k - 1, "sidelines");
    for (size_t e = v->doc->events.len; e-- > 0;)
      if (!at_strcmp(AT_EVENT(v->doc, e)->type, cue->value) ||
          (aside && !at_strcmp(AT_EVENT(v->doc, e)->type, "multilateral"))) {
        if (ref && recalled_in(v->doc, (long)e, true) >= 0) continue; /* "the dialogue": the story's, not a past round */
        if (ref) return (long)e;
        named = (long)e;
        break;
      }
  }
  return named;
}

static uint32_t distinct_mechanisms(const sentence_view *v) {
  const char *seen[8];
  uint32_t n = 0;
  for (uint32_t k = v->s->match_start; k < v->s->match_end; k++) {
    const at_entry *e = at_match_entry(match_of(v, k), AT_CAT_MECHANISM);
    if (!e) continue;
    bool dup = false;
    for (uint32_t i = 0; i < n; i++) dup |= !at_strcmp(seen[i], e->value);
    if (!dup && n < 8) seen[n++] = e->value;
  }
  return n;
}


/* The part of the day told before the cue ("Chiều 19/9", "Buổi tối cùng ngày"). */
static const char *daypart_before(const sentence_view *v, uint32_t m) {
  const char *part = NULL;
  for (uint32_t k = v->s->match_start; k < m; k++) {
    const at_entry *d = at_match_entry(match_of(v, k), AT_CAT_DATEWORD);
    if (d && !strncmp(d->attr, "daypart:", 8)) part = d->attr + 8;
  }
  return part;
}

/* ---- merging -------------------------------------------------------------- */

/* Happenings held in numbered rounds ("chuyến tuần tra chung lần thứ 77",
 * "the fifth border defence friendship exchange"). */
static bool held_in_rounds(const char *type) {
  return !at_strcmp(type, "exercise") || !at_strcmp(type, "exchange");
}

/* Two exercises or exchanges told with the same number in their series. */
static bool same_numbered_round(const at_event *a, const at_event *b) {
  return held_in_rounds(a->type) && !at_strcmp(a->type, b->type) && a->session && a->session == b->session;
}

static bool dates_conflict(const at_event *a, const at_event *b) {
  if (!a->has_date || !b->has_date) return false;
  at_date x = a->date, y = b->date;
  return (x.year && y.year && x.year != y.year) || (x.month && y.month && x.month != y.month) ||
         (x.day && y.day && x.day != y.day);
}

/* A day as a number that orders days (the years too when both tell one). */
static long day_key(at_date d, bool years) { return (years ? d.year * 10000L : 0) + d.month * 100L + d.day; }

/* A visit or port call told by its end ("đã rời Jakarta, kết thúc chuyến
 * thăm", at_event ends) on a day, and one of the same told on a day up to a
 * month before it (its arrival, its departure from home), are one stay. */
static bool ends_after(const at_event *a, const at_event *b) {
  const at_event *end = a->ends ? a : b->ends ? b : NULL, *other = end == a ? b : a;
  if (!end || !end->has_date || !other->has_date) return false;
  at_date e = end->has_end ? end->date_end : end->date, d = other->date;
  if (!e.month || !e.day || !d.month || !d.day) return false;
  if (e.year && d.year && e.year != d.year) return false;
  bool years = e.year && d.year;
  long gap = day_key(e, years) - day_key(d, years); /* month*100 + day: a month back is under 100 */
  return gap >= 0 && gap < 100;
}

static bool month_conflict(const at_event *a, const at_event *b) {
  if (!a->has_date || !b->has_date) return false;
  at_date x = a->date, y = b->date;
  return (x.year && y.year && x.year != y.year) || (x.month && y.month && x.month != y.month);
}

static bool foreign_disjoint(const at_strset *a, const at_strset *b) {
  bool fa = false, fb = false, common = false;
  for (uint8_t i = 0; i < a->n; i++) {
    if (at_strcmp(a->items[i], "VN")) fa = true;
    if (at_strcmp(a->items[i], "VN") && at_strset_has(b, a->items[i])) common = true;
  }
  for (uint8_t i = 0; i < b->n; i++)
    if (at_strcmp(b->items[i], "VN")) fb = true;
  return fa && fb && !common;
}

/* Two sets of people on the same side who share no one are two meetings. */
static bool people_disjoint(const attache_doc *doc, const at_event *a, const at_event *b, bool vn_side) {
  bool pa = false, pb = false;
  for (uint8_t i = 0; i < a->nparticipants; i++) {
    const at_person *p = AT_PERSON(doc, a->participants[i]);
    if ((p->country && !at_strcmp(p->country, "VN")) != vn_side) continue;
    pa = true;
    for (uint8_t j = 0; j < b->nparticipants; j++)
      if (a->participants[i] == b->participants[j]) return false;
  }
  for (uint8_t j = 0; j < b->nparticipants; j++) {
    const at_person *p = AT_PERSON(doc, b->participants[j]);
    if ((p->country && !at_strcmp(p->country, "VN")) == vn_side) pb = true;
  }
  return pa && pb;
}

/* Do a and b have no participant in common (or does one have none)? */
static bool people_disjoint_all(const at_event *a, const at_event *b) {
  for (uint8_t i = 0; i < a->nparticipants; i++)
    for (uint8_t j = 0; j < b->nparticipants; j++)
      if (a->participants[i] == b->participants[j]) return false;
  return true;
}

/* A visit, a dialogue or a multilateral meeting lasts days and holds the
 * sittings told with it ("tiếp X sang dự Đối thoại ..."): a sitting's day
 * is not its date. */
static bool frames_others(const char *type) {
  return !at_strcmp(type, "visit") || !at_strcmp(type, "dialogue") || !at_strcmp(type, "multilateral");
}

/* Receptions, talks, calls and dialogues are all meetings of two sides. */
static bool is_meeting(const char *type) {
  return two_sided_meeting(type) || !at_strcmp(type, "meeting") || !at_strcmp(type, "dialogue");
}

/* A meeting, or a friendship exchange: both name the two sides' people
 * whom a visit or "hai bên" told beside them may borrow. */
static bool meeting_or_exchange(const char *type) {
  return is_meeting(type) || !at_strcmp(type, "exchange");
}

/* "Sau lễ đón, hai Bộ trưởng tiến hành hội đàm", "the two ministers then held
 * talks": the two named by the meeting (or the friendship exchange) told
 * before (its people, both sides) meet again; a sentence that names people
 * of its own needs no help. Read again after the story-wide passes (late,
 * with the events before index upto): "X chủ trì đón tiếp Đoàn ... Lào.
 * Sau đó, hai bên đã hội đàm" - the reception has its guest only once the
 * delegation's leader named elsewhere joins it; the talks then get the side
 * they lack (one of them may have spoken in a sentence after). */
static void add_the_pair_told(const sentence_view *v, at_event *ev, size_t upto, bool late) {
  if (ev->nparticipants && !late) return; /* its sentence names its own people */
  bool pair = false, signing = !at_strcmp(ev->type, "signing");
  /* "Tiếp đó, hai bên đã hội đàm": both sides of a meeting are the pair too */
  bool sides_meet = is_meeting(ev->type) && !(v->s->flags & AT_SENT_ENGLISH), sides = false;
  /* most sentences hold none of the words (their value bits): no scan */
  if (!may_hold_word(v, "pair") && !(signing && may_hold_word(v, "signing_pair")) &&
      !(sides_meet && may_hold_word(v, "both")))
    return;
  for (uint32_t k = v->s->match_start; k < v->s->match_end && !pair; k++) {
    pair = function_word(v, k, "pair") || (signing && function_word(v, k, "signing_pair"));
    sides |= sides_meet && function_word(v, k, "both");
  }
  if (!(pair || sides)) return;
  for (size_t e = upto; e-- > 0;) {
    const at_event *before = AT_EVENT(v->doc, e);
    /* a friendship exchange the two co-chaired names them too ("... đồng
     * chủ trì Giao lưu. Trong khuôn khổ Giao lưu, hai Bộ trưởng đã hội đàm") */
    if (before == ev || !meeting_or_exchange(before->type)) continue;
    if (late && before->sentence >= ev->sentence) continue;
    if (before->nparticipants < 2) return;
    /* "Năm 2014, hai bên đã tổ chức hội thảo": both sides met on another day, not these two */
    if (!pair && ev->has_date &&
        (!before->has_date || !ev->date.day || ev->date.day != before->date.day || ev->date.month != before->date.month ||
         dates_conflict(before, ev)))
      return;
    /* late: the people the talks have are of the meeting before, one side */
    bool ours = false, theirs = false;
    for (uint8_t i = 0; i < ev->nparticipants; i++) {
      bool in_before = false;
      for (uint8_t j = 0; j < before->nparticipants && !in_before; j++)
        in_before = before->participants[j] == ev->participants[i];
      if (!in_before) return;
      const char *c = AT_PERSON(v->doc, ev->participants[i])->country;
      if (c && !at_strcmp(c, "VN")) ours = true;
      else theirs = true;
    }
    if (ours && theirs) return;
    /* the two: the first named of each side (not those who attended too) */
    for (uint8_t i = 0; i < before->nparticipants; i++) {
      const char *c = AT_PERSON(v->doc, before->participants[i])->country;
      bool vn = c && !at_strcmp(c, "VN");
      if (vn ? ours : theirs) continue;
      if (vn) ours = true;
      else theirs = true;
      at_add_participant(ev, before->participants[i]);
      if (c) at_strset_add(&ev->countries, c);
    }
    return;
  }
}

/* Are all of b's people (two or more: both sides) among a's? */
static bool same_people(const at_event *a, const at_event *b) {
  if (b->nparticipants < 2) return false;
  for (uint8_t j = 0; j < b->nparticipants; j++) {
    bool found = false;
    for (uint8_t i = 0; i < a->nparticipants && !found; i++) found = a->participants[i] == b->participants[j];
    if (!found) return false;
  }
  return true;
}

static bool has_foreign_participant(const attache_doc *doc, const at_event *ev) {
  for (uint8_t i = 0; i < ev->nparticipants; i++) {
    const char *c = AT_PERSON(doc, ev->participants[i])->country;
    if (c && at_strcmp(c, "VN")) return true;
  }
  return false;
}

/* Does sentence s tell "cùng ngày" (function_words.tsv same_day)? */
static bool later_the_same_day(const attache_doc *doc, uint32_t s) {
  const at_sentence *sent = AT_SENT(doc, s);
  for (uint32_t k = sent->match_start; k < sent->match_end; k++)
    if (at_match_value(AT_MATCH(doc, k), AT_CAT_FUNCTION, "same_day")) return true;
  return false;
}

/* Does someone take part in both a and b? */
static bool shares_person(const at_event *a, const at_event *b) {
  for (uint8_t i = 0; i < a->nparticipants; i++)
    for (uint8_t j = 0; j < b->nparticipants; j++)
      if (a->participants[i] == b->participants[j]) return true;
  return false;
}

/* "Biên đội tàu 263, 265 đã cập quân cảng Vùng 5, kết thúc chuyến tuần tra
 * chung lần thứ 50 ... Trước đó, từ ngày 19 đến 20/11, ... tuần tra chung":
 * a joint exercise told first with no day of its own (undated, or its
 * homecoming's year), then told "Trước đó" with its days, of the same
 * states and no other round, is that exercise: when it was held. */
static bool days_of_the_one_told(const at_event *a, const at_event *b) {
  return !at_strcmp(a->type, "exercise") && !at_strcmp(b->type, "exercise") && (!a->has_date || !a->date.month) &&
         b->has_date && b->date.day && (!a->has_date || a->date.year == b->date.year) &&
         !(a->session && b->session && a->session != b->session) && a->countries.n && b->countries.n &&
         !foreign_disjoint(&a->countries, &b->countries);
}

/* Does photo caption ev show Vietnamese people only: everyone it names is
 * Vietnamese, and its sentence names no other state nor anyone foreign
 * (the states a sitting borrows from the story are not the caption's)? */
static bool caption_of_vietnamese_only(const attache_doc *doc, const at_event *ev) {
  const at_sentence *s = AT_SENT(doc, ev->sentence);
  if (!(s->flags & AT_SENT_CAPTION) || !ev->nparticipants) return false;
  for (uint8_t i = 0; i < ev->nparticipants; i++) {
    const char *c = AT_PERSON(doc, ev->participants[i])->country;
    if (!c || at_strcmp(c, "VN")) return false;
  }
  for (uint32_t k = s->match_start; k < s->match_end; k++) {
    const at_entry *state = at_match_entry(AT_MATCH(doc, k), AT_CAT_COUNTRY);
    if (state && at_strcmp(state->value, "VN")) return false;
  }
  const at_mention *ms;
  size_t n = at_mentions_in(doc, ev->sentence, &ms);
  for (size_t i = 0; i < n; i++) {
    const char *c = AT_PERSON(doc, ms[i].person)->country;
    if (c && at_strcmp(c, "VN")) return false;
  }
  return true;
}

/* A photo caption that shows Vietnamese people only, none of whom sits in
 * a meeting with a foreign guest, shows another scene of the story (an
 * officer welcoming his own comrades is not the reception of the foreign
 * guest told after it); one that names the guest or his side may show it. */
static bool caption_of_another_scene(const attache_doc *doc, const at_event *a, const at_event *b) {
  if (!two_sided_meeting(a->type) || !two_sided_meeting(b->type) || shares_person(a, b)) return false;
  return (caption_of_vietnamese_only(doc, a) && has_foreign_participant(doc, b)) ||
         (caption_of_vietnamese_only(doc, b) && has_foreign_participant(doc, a));
}

/* Does b retell a? A photo caption (`caption`) names the meeting loosely: a
 * caption's "meets with" between the people of a reception told shows that
 * reception. */
/* An English caption's meeting of no kind a ("meets with": a photo over
 * the story), the same people in the meeting b its story tells. (A caption
 * that "welcomes" shows the welcome, a reception of its own beside talks.) */
static bool caption_shows_the_sitting(const attache_doc *doc, const at_event *a, const at_event *b) {
  uint32_t fa = AT_SENT(doc, a->sentence)->flags, fb = AT_SENT(doc, b->sentence)->flags;
  return (fa & AT_SENT_CAPTION) && (fa & AT_SENT_ENGLISH) && !(fb & AT_SENT_CAPTION) && a->plain_meeting &&
         is_meeting(a->type) &&
         is_meeting(b->type) && same_people(a, b) && same_people(b, a);
}

static bool same_happening(const attache_doc *doc, const at_event *a, const at_event *b, bool caption) {
  /* A ship's "chuyến thăm" is its port call. */
  bool ship_visit = !at_strcmp(a->type, "port_call") && !at_strcmp(b->type, "visit");
  /* So is the visit its own sentence names first, the ship's call told
   * after it ("Trong thời gian thăm xã giao Malaysia từ ngày 2 đến 5/2, tàu
   * 17 và đoàn công tác đã đến chào xã giao Hải quân Malaysia"). */
  ship_visit |= !at_strcmp(a->type, "visit") && !at_strcmp(b->type, "port_call") && a->sentence == b->sentence &&
                a->nparticipants == 0;
  /* And a visit told before it by the bare noun, with no one and no day
   * ("Chuyến thăm diễn ra trong bối cảnh ...", then "Đội tàu Nga đến Cam
   * Ranh gồm 3 chiếc ..."): the ship's visit, named before its call. */
  ship_visit |= !at_strcmp(a->type, "visit") && !at_strcmp(b->type, "port_call") && a->nparticipants == 0 &&
                !a->has_date && !at_strcmp(a->why.rule, "nominal-cue");
  /* "Chiều cùng ngày, lễ đón đã diễn ra tại cầu cảng, phía Việt Nam có ...":
   * a welcome with only the hosts named is the ship's; so is a welcome
   * ceremony ("lễ đón") abroad, chaired by the foreign host ("Lễ đón do Phó
   * Đô đốc X, Tư lệnh Cảnh sát biển Indonesia chủ trì"). */
  bool ship_welcome = (!at_strcmp(a->type, "port_call") && !at_strcmp(b->type, "reception") &&
                       (!has_foreign_participant(doc, b) || b->welcome)) ||
                      (!at_strcmp(a->type, "reception") && !at_strcmp(b->type, "port_call") &&
                       (!has_foreign_participant(doc, a) || a->welcome));
  /* An English caption's "meets" shows the sitting told; a Vietnamese one
   * names the sitting it shows ("đón", "tiếp", "hội đàm"), one of its own. */
  bool shown_meeting = caption && (AT_SENT(doc, b->sentence)->flags & AT_SENT_ENGLISH) && is_meeting(a->type) &&
                       is_meeting(b->type) && same_people(a, b);
  /* ... and so does one over the story ("X (R) meets with Y ... in Hanoi on
   * May 27 (Photo: ...)", then "X on May 27 received Y"): the sitting the
   * story tells after it, by its own kind (place_event). */
  shown_meeting |= caption_shows_the_sitting(doc, a, b);
  /* "South Korea and Vietnam agreed ... during their annual defense talks.
   * X and Y led the 10th strategic defense dialogue": talks told without
   * people are the dialogue of the same states (named side by side, "tiếp
   * xúc cấp cao và Đối thoại", they are two). */
  bool dialogue_talks = ((!at_strcmp(a->type, "talks") && !at_strcmp(b->type, "dialogue")) ||
                         (!at_strcmp(a->type, "dialogue") && !at_strcmp(b->type, "talks"))) &&
                        (a->nparticipants == 0 || b->nparticipants == 0) && a->sentence != b->sentence;
  if (at_strcmp(a->type, b->type) && !ship_visit && !ship_welcome && !shown_meeting && !dialogue_talks) return false;
  if (caption_of_another_scene(doc, a, b)) return false;
  /* A forum lasts days: its opening on the 29th and a session on the 30th
   * are one meeting of one mechanism. */
  bool same_forum = !at_strcmp(a->type, "multilateral") && a->mechanism && b->mechanism &&
                    !at_strcmp(a->mechanism, b->mechanism) && at_strcmp(a->mechanism, "OTHER") &&
                    !(a->session && b->session && a->session != b->session);
  bool one_stay = (!at_strcmp(a->type, "visit") || !at_strcmp(a->type, "port_call")) && ends_after(a, b);
  /* "Sáng 21/12, tàu ... cập quân cảng, kết thúc chuyến tuần tra chung lần
   * thứ 77 ... Trước đó, ngày 20/12, ... chuyến tuần tra chung lần thứ 77":
   * one exercise of a numbered series, over days of one month. */
  bool same_round = same_numbered_round(a, b);
  if (!one_stay && (same_forum || same_round ? month_conflict(a, b) : dates_conflict(a, b))) return false;
  /* A happening told first without a date is the story's, told after by
   * one dated two years or more before publication only if that one is
   * history: "VINBAX 2022 wrapped up ... upgraded from two previous
   * exercises held in 2018 and 2019" tells two more. */
  if (!a->has_date && b->has_date && b->date.year && doc->has_published && doc->published.year - b->date.year >= 2)
    return false;
  /* "... since their August meeting": not the story's undated happening. */
  if (a->has_date != b->has_date && (a->bygone || b->bygone)) return false;
  /* "Trước đó, Binh đoàn trao tặng Quốc hội Lào 25.000 khẩu trang": one of
   * the kind told before "Trước đó" is another happening, unless one named
   * in it is the same person ("Trước đó, X đã hội đàm với Y" after the title
   * that told those talks). */
  if (b->earlier && a->sentence < b->sentence && !shares_person(a, b) && !days_of_the_one_told(a, b)) return false;
  /* "kết thúc chuyến tuần tra chung lần thứ 40 ... Trước đó, ... chuyến
   * tuần tra chung lần thứ 39": another round told "Trước đó" is another
   * happening, whether a verb or a noun tells it. */
  if (b->before_that && a->sentence < b->sentence && a->session && b->session && a->session != b->session) return false;
  if (same_forum) return true;
  if (same_round && !foreign_disjoint(&a->countries, &b->countries)) return true;
  /* A reception in the morning and one in the evening are two; a visit,
   * port call or meeting series lasts through the day. */
  bool one_sitting = two_sided_meeting(a->type) || !at_strcmp(a->type, "signing") || !at_strcmp(a->type, "meeting");
  if (one_sitting && a->daypart && b->daypart && at_strcmp(a->daypart, b->daypart)) return false;
  /* "Ngày 2/11, ... làm việc với lãnh đạo tỉnh ... Chiều cùng ngày, ... làm
   * việc với Sư đoàn 2": a part of the day told as later the same day is
   * another sitting than the one told before it. */
  if (one_sitting && b->daypart && !a->daypart && a->sentence < b->sentence && later_the_same_day(doc, b->sentence))
    return false;
  if (a->mechanism && b->mechanism && at_strcmp(a->mechanism, b->mechanism)) return false;
  /* "Đối thoại ... lần thứ 4" and "Đối thoại ... lần thứ 3" are two sessions
   * (an exercise's number only joins: "Hội nghị rút kinh nghiệm tuần tra
   * chung lần thứ 31" numbers the conference, not the patrol). */
  if (a->session && b->session && a->session != b->session && at_strcmp(a->type, "exercise")) return false;
  if (foreign_disjoint(&a->countries, &b->countries)) return false;
  /* A port call is where the ship called: a Japanese ship's call at Cam
   * Ranh and a Vietnamese ship's visit to Yokosuka, told in one story, are
   * two. */
  if (!at_strcmp(a->type, "port_call") && a->loc_country && b->loc_country && at_strcmp(a->loc_country, b->loc_country))
    return false;
  if (!at_strcmp(a->type, "multilateral")) return true;
  /* A named dialogue of the same states on the same day is one, whoever the
   * sentences name beside it ("X received Y, who is in Vietnam for the fifth
   * defence policy dialogue ... Z and Y co-chaired the dialogue"). */
  bool same_dialogue = !at_strcmp(a->type, "dialogue") && !at_strcmp(b->type, "dialogue") && a->mechanism && b->mechanism &&
                       !at_strcmp(a->mechanism, b->mechanism) && a->has_date && b->has_date && a->date.day &&
                       !memcmp(&a->date, &b->date, sizeof a->date);
  if (same_dialogue) return true;
  /* "Tea Banh highlighted the significance of the dialogue. Earlier, the 4th
   * Vietnam-Cambodia Defence Policy Dialogue took place ...": a happening
   * first told only by a reference is the one named later, whoever each
   * sentence names in it. */
  if ((a->by_reference || a->named_later) && !at_strcmp(a->type, b->type) && (b->mechanism || b->session)) return true;
  /* A ship's call is one whoever of its crew each sentence names (its
   * commander, the task group's leader, the attaché who welcomed it). */
  if (!at_strcmp(a->type, "port_call") && !at_strcmp(b->type, "port_call")) return true;
  if (people_disjoint(doc, a, b, false) || people_disjoint(doc, a, b, true)) return false;
  return true;
}

/* An undated event `into` takes the date `from` was told with; one dated
 * by the year of its name alone ("ZETAX 2024 ended today ... The exercise
 * that began on June 3"), the day `from` tells in that year. */
static void take_date_if_none(at_event *into, const at_event *from) {
  bool year_alone = into->has_date && into->date.year && !into->date.month && from->has_date &&
                    from->date.year == into->date.year && from->date.month;
  /* one dated by its month alone ("Earlier this month, ... held the latest
   * joint patrol", "this week docked"), the day told after in that month
   * ("took place on March 12 and 13", "arrived ... on Sunday") */
  bool month_alone = into->has_date && into->date.month && !into->date.day && !into->has_end && from->has_date &&
                     from->date.day && from->date.year == into->date.year && from->date.month == into->date.month;
  year_alone |= month_alone;
  if ((into->has_date && !year_alone) || !from->has_date) return;
  into->date = from->date;
  into->date_end = from->date_end;
  into->has_date = true;
  into->has_end = from->has_end;
  into->date_from = from->date_from;
  into->date_relative = from->date_relative;
}

/* A happening told closed on a day ("The exercise concluded at
 * Chandimandir on August 18") and, in another sentence, dated by its first
 * day up to a month before ("The exercise that began on August 1", or the
 * other way round): it lasted from that day to the day it closed. */
static void span_to_its_close(at_event *ev) {
  at_date last = ev->closed_on, first = ev->date;
  if (!last.day || !ev->has_date || !first.day || ev->has_end) return;
  if (!last.year || !first.year || last.year != first.year) return;
  long gap = day_key(last, true) - day_key(first, true); /* month*100 + day: a month on is under 100 */
  if (gap <= 0 || gap >= 100) return;
  ev->date_end = last;
  ev->has_end = true;
}

static void merge_into(at_event *into, const at_event *from) {
  if (!at_strcmp(from->type, "dialogue")) into->type = from->type; /* talks that were a dialogue */
  /* a ship's welcome told before its call (a caption): the call, told by
   * its own sentence */
  if (!at_strcmp(from->type, "port_call") && (!at_strcmp(into->type, "reception") || !at_strcmp(into->type, "visit"))) {
    into->type = from->type;
    into->sentence = from->sentence;
    into->why = from->why;
  }
  if ((into->ends || from->ends) && into->has_date && from->has_date && ends_after(into, from)) {
    /* one stay: from the day the other telling gives (its arrival) to the day it ended */
    const at_event *end = into->ends ? into : from, *start = end == into ? from : into;
    at_date last = end->has_end ? end->date_end : end->date, first = start->date;
    into->date = first;
    into->date_end = last;
    into->has_end = true;
    into->ends = true;
  }
  /* the same stay told again from the same day with its last ("A French
   * warship arrived Monday ...", then "... docked on Monday morning for a
   * visit that will last until May 5"): its span; so too a programme, a
   * forum or an exercise dated by its opening and told again with its days
   * ("Sáng 11/11, ... lễ khai mạc diễn tập ...", then "Đợt diễn tập diễn ra
   * từ 11-27/11"; "opened ... on May 31", then "takes place from May 31 to
   * ...") */
  if (into->has_date && from->has_date && !into->has_end && from->has_end &&
      !memcmp(&into->date, &from->date, sizeof into->date) &&
      (!at_strcmp(into->type, "visit") || !at_strcmp(into->type, "port_call") || !at_strcmp(into->type, "exchange") ||
       !at_strcmp(into->type, "multilateral") || !at_strcmp(into->type, "exercise"))) {
    into->date_end = from->date_end;
    into->has_end = true;
  }
  /* one round of a series told on two days (its end, then "Trước đó, ngày
   * ..." its start): from the first day to the last */
  if (same_numbered_round(into, from) && into->has_date && from->has_date && into->date.day && from->date.day &&
      into->date.month == from->date.month && into->date.day != from->date.day) {
    at_date first = into->date.day < from->date.day ? into->date : from->date;
    at_date last = into->date.day < from->date.day ? from->date : into->date;
    if (into->has_end && into->date_end.month == last.month && into->date_end.day > last.day) last = into->date_end;
    if (from->has_end && from->date_end.month == last.month && from->date_end.day > last.day) last = from->date_end;
    into->date = first;
    into->date_end = last;
    into->has_end = true;
  }
  take_date_if_none(into, from);
  if (!into->closed_on.day) into->closed_on = from->closed_on;
  span_to_its_close(into);
  if (into->retold < UINT8_MAX) into->retold++;
  into->by_reference = into->by_reference && from->by_reference; /* told at last */
  into->bygone = into->bygone && from->bygone;
  into->earlier = into->earlier && from->earlier;
  into->before_that = into->before_that && from->before_that;
  into->guest_met |= from->guest_met;
  if (into->named_later && !from->named_later) into->sentence = from->sentence; /* the evidence names it */
  into->named_later = into->named_later && from->named_later;
  if (!into->loc_country && from->loc_country) {
    into->loc_country = from->loc_country;
    into->place = from->place;
  }
  if (!into->mechanism) into->mechanism = from->mechanism;
  if (!into->session) into->session = from->session;
  if (!into->daypart) into->daypart = from->daypart;
  for (uint8_t i = 0; i < from->nparticipants; i++) at_add_participant(into, from->participants[i]);
  for (uint8_t i = 0; i < from->countries.n; i++) at_strset_add(&into->countries, from->countries.items[i]);
  for (uint8_t i = 0; i < from->organizations.n; i++) at_strset_add(&into->organizations, from->organizations.items[i]);
  for (uint8_t i = 0; i < from->areas.n; i++) at_strset_add(&into->areas, from->areas.items[i]);
}

/* Adds the candidate as a new event or folds it into the one it retells.
 * Returns the event index, or -1 when a back-reference found nothing. */
static long place_event(attache_doc *doc, const at_event *cand, bool back_reference_only, bool caption) {
  for (size_t e = doc->events.len; e-- > 0;) {
    at_event *ev = AT_EVENT(doc, e);
    if (same_happening(doc, ev, cand, caption)) {
      /* an undated "the dialogue" retells the story's, not a past round recalled */
      long own = cand->has_date ? -1 : recalled_in(doc, (long)e, true);
      if (own >= 0 && same_happening(doc, AT_EVENT(doc, own), cand, caption)) e = (size_t)own;
      /* a caption's "meets" is the sitting of the kind its story tells */
      const char *told_kind = caption_shows_the_sitting(doc, AT_EVENT(doc, e), cand) ? cand->type : NULL;
      merge_into(AT_EVENT(doc, e), cand);
      if (told_kind) AT_EVENT(doc, e)->type = told_kind;
      return (long)e;
    }
  }
  if (back_reference_only) return -1;
  *(at_event *)at_vec_push(&doc->events) = *cand;
  return (long)doc->events.len - 1;
}

/* Points the sentence at event e (an event it goes on about). */
static void point_at(sentence_view *v, long e, long *current) {
  *current = e;
  if (v->s->event < 0) v->s->event = (int32_t)e;
}

/* "X paid courtesy calls on President A and Prime Minister B", "met
 * separately with A and B": a cue of several sittings (attr each) is one
 * with each person named after it, with those named before it. */
static bool split_by_host(attache_doc *doc, const at_event *ev, uint32_t m, long *current, sentence_view *v) {
  const at_mention *ms;
  size_t n = at_mentions_in(doc, v->index, &ms);
  uint32_t hosts[AT_SET_MAX];
  size_t nhosts = 0;
  for (size_t i = 0; i < n && nhosts < AT_SET_MAX; i++) {
    bool taking_part = false;
    for (uint8_t k = 0; k < ev->nparticipants; k++) taking_part |= ev->participants[k] == ms[i].person;
    if (taking_part && ms[i].tok_start >= match_of(v, m)->tok_end) hosts[nhosts++] = ms[i].person;
  }
  if (nhosts < 2) return false;
  for (size_t h = 0; h < nhosts; h++) {
    at_event one = *ev;
    one.nparticipants = 0;
    for (uint8_t k = 0; k < ev->nparticipants; k++) {
      bool host = false;
      for (size_t j = 0; j < nhosts; j++) host |= ev->participants[k] == hosts[j];
      if (!host || ev->participants[k] == hosts[h]) at_add_participant(&one, ev->participants[k]);
    }
    /* The states of the other hosts are not this sitting's. */
    const char *own = AT_PERSON(doc, hosts[h])->country;
    one.countries = (at_strset){0};
    for (uint8_t c = 0; c < ev->countries.n; c++) {
      bool others = false;
      for (size_t j = 0; j < nhosts; j++) {
        const char *hc = AT_PERSON(doc, hosts[j])->country;
        others |= j != h && hc && !at_strcmp(hc, ev->countries.items[c]) && !(own && !at_strcmp(own, hc));
      }
      if (!others) at_strset_add(&one.countries, ev->countries.items[c]);
    }
    long e = place_event(doc, &one, false, false);
    if (e >= 0) point_at(v, e, current);
  }
  return true;
}

/* "Bộ trưởng Quốc phòng Trung Quốc X hội đàm với người đồng cấp Mỹ Y",
 * "cuộc gặp giữa Bộ trưởng Quốc phòng Mỹ X và người đồng cấp Trung Quốc Y":
 * counterparts (honorifics.tsv counterpart) of two other states met, with no
 * Vietnamese named: the meeting is theirs, Vietnam no side of it (not one
 * sitting of Vietnam with each). */
static bool between_foreign_counterparts(const attache_doc *doc, at_event *ev, const sentence_view *v) {
  const char *states[2];
  size_t n = 0;
  for (uint8_t i = 0; i < ev->nparticipants; i++) {
    const char *c = AT_PERSON(doc, ev->participants[i])->country;
    if (!c || !at_strcmp(c, "VN")) return false;
    if (n && !at_strcmp(states[0], c)) continue;
    if (n == 2 && !at_strcmp(states[1], c)) continue;
    if (n == 2) return false;
    states[n++] = c;
  }
  if (n != 2) return false;
  bool counterpart = false;
  for (uint32_t k = v->s->match_start; k < v->s->match_end && !counterpart; k++)
    counterpart = at_match_value(match_of(v, k), AT_CAT_HONORIFIC, "counterpart") != NULL;
  if (!counterpart) return false;
  ev->countries = (at_strset){0};
  at_strset_add(&ev->countries, states[0]);
  at_strset_add(&ev->countries, states[1]);
  return true;
}

/* Talks, a call or a reception with counterparts of several states in one
 * sentence ("gặp song phương với Bộ trưởng Thái Lan ... và Bộ trưởng Lào
 * ...", "received the Lao and Cambodian ambassadors") are bilateral
 * sittings, one per state: each keeps the Vietnamese side and one partner. */
static bool split_by_partner(attache_doc *doc, const at_event *ev, long *current, sentence_view *v) {
  const char *partners[AT_SET_MAX];
  size_t n = 0;
  for (uint8_t i = 0; i < ev->nparticipants; i++) {
    const char *c = AT_PERSON(doc, ev->participants[i])->country;
    if (!c || !at_strcmp(c, "VN")) continue;
    bool seen = false;
    for (size_t k = 0; k < n; k++) seen |= !at_strcmp(partners[k], c);
    if (!seen) partners[n++] = c;
  }
  if (n == 0) {
    /* No one named: "gặp song phương với Quyền Bộ trưởng Quốc phòng Mỹ và Bộ
     * trưởng Quốc phòng Anh" names the partners by office and country. */
    for (uint32_t k = v->s->match_start + 1; k < v->s->match_end && n < AT_SET_MAX; k++) {
      const at_entry *c = at_match_entry(match_of(v, k), AT_CAT_COUNTRY);
      bool office = at_match_entry(match_of(v, k - 1), AT_CAT_POSITION) || at_match_entry(match_of(v, k - 1), AT_CAT_BODY);
      if (!c || !office || !at_strcmp(c->value, "VN") || match_of(v, k - 1)->tok_end != match_of(v, k)->tok_start) continue;
      bool seen = false;
      for (size_t i = 0; i < n; i++) seen |= !at_strcmp(partners[i], c->value);
      if (!seen) partners[n++] = c->value;
    }
  }
  if (n == 0) {
    /* "with his Korean and Indian counterparts": the states listed right
     * before "counterparts", joined by "and" or commas. */
    for (uint32_t k = v->s->match_start; k < v->s->match_end && n < AT_SET_MAX; k++) {
      const at_entry *c = at_match_entry(match_of(v, k), AT_CAT_COUNTRY);
      if (!c || !at_strcmp(c->value, "VN")) continue;
      uint32_t t = match_of(v, k)->tok_end;
      for (; t < v->s->tok_end; t++) {
        long at = at_match_at(doc, v->s, t);
        bool state = at >= 0 && at_match_entry(match_of(v, (uint32_t)at), AT_CAT_COUNTRY);
        if (!at_tok_word(doc, t, AT_ROLE_AND) && !tok_punct(doc, t, ",") && !state) break;
      }
      if (t >= v->s->tok_end || !at_tok_word(doc, t, AT_ROLE_COUNTERPARTS)) continue;
      bool seen = false;
      for (size_t i = 0; i < n; i++) seen |= !at_strcmp(partners[i], c->value);
      if (!seen) partners[n++] = c->value;
    }
  }
  if (n == 0) {
    /* "with his counterparts from Singapore, the US and Canada", "received
     * the ambassadors of Laos and Cambodia": the states listed right after a
     * plural of people from states (function_words.tsv partners_from). */
    for (uint32_t k = v->s->match_start; k < v->s->match_end && n == 0; k++) {
      if (!function_word(v, k, "partners_from")) continue;
      for (uint32_t u = match_of(v, k)->tok_end; u < v->s->tok_end && n < AT_SET_MAX; u++) {
        long at = at_match_at(doc, v->s, u);
        const at_entry *c = at >= 0 && match_of(v, (uint32_t)at)->tok_start == u
                                ? at_match_entry(match_of(v, (uint32_t)at), AT_CAT_COUNTRY)
                                : NULL;
        if (c) {
          bool seen = !at_strcmp(c->value, "VN");
          for (size_t i = 0; i < n; i++) seen |= !at_strcmp(partners[i], c->value);
          if (!seen) partners[n++] = c->value;
          u = match_of(v, (uint32_t)at)->tok_end - 1;
        } else if (!at_tok_word(doc, u, AT_ROLE_AND) && !at_tok_word(doc, u, AT_ROLE_DEFINITE) && !tok_punct(doc, u, ",")) {
          break;
        }
      }
    }
  }
  if (n < 2) return false;
  for (size_t k = 0; k < n; k++) {
    at_event one = *ev;
    one.nparticipants = 0;
    one.countries = (at_strset){0};
    at_strset_add(&one.countries, "VN");
    at_strset_add(&one.countries, partners[k]);
    for (uint8_t i = 0; i < ev->nparticipants; i++) {
      const char *c = AT_PERSON(doc, ev->participants[i])->country;
      if (!c || !at_strcmp(c, "VN") || !at_strcmp(c, partners[k])) at_add_participant(&one, ev->participants[i]);
    }
    long e = place_event(doc, &one, false, false);
    if (e >= 0) point_at(v, e, current);
  }
  return true;
}

/* "Tàu ... lên đường thăm Trung Quốc, Nhật Bản và Hàn Quốc", "thăm, giao lưu
 * với Hải quân 2 nước Campuchia, Thái Lan": a Vietnamese ship's voyage to
 * several states is a port call in each (not the voyage a port call told is
 * part of: "trong khuôn khổ chuyến thăm 3 nước"). Only when every foreign
 * state is named after the cue, before another cue: ships of several states
 * arriving at one port ("tàu Hoa Kỳ, tàu Nhật Bản đã đến Nha Trang") make one
 * port call. */
static bool split_by_destination(attache_doc *doc, const at_event *ev, uint32_t m, long *current, sentence_view *v) {
  /* English names sides by adjectives ("Japanese and Vietnamese
   * authorities"), not destinations. */
  if (!at_strset_has(&ev->countries, "VN") || (v->s->flags & AT_SENT_ENGLISH)) return false;
  const char *hosts[AT_SET_MAX];
  size_t n = 0;
  for (uint32_t k = v->s->match_start; k < v->s->match_end && n < AT_SET_MAX; k++) {
    const at_entry *other = k > m ? cue_at(v, k) : NULL;
    if (other && at_strcmp(other->value, "none") && at_strcmp(other->value, "attend") && !at_entry_has_flag(other, "envoy"))
      break; /* the next cue's states ("thăm, giao lưu với ..." names the same hosts) */
    const at_entry *c = at_match_entry(match_of(v, k), AT_CAT_COUNTRY);
    if (!c || !at_strcmp(c->value, "VN") || !at_strset_has(&ev->countries, c->value)) continue;
    if (k < m) return false; /* a foreign ship, or a foreign side named first */
    bool seen = false;
    for (size_t i = 0; i < n; i++) seen |= !at_strcmp(hosts[i], c->value);
    if (!seen) hosts[n++] = c->value;
  }
  if (n < 2) return false;
  for (size_t h = 0; h < n; h++) {
    at_event one = *ev;
    one.countries = (at_strset){0};
    at_strset_add(&one.countries, "VN");
    at_strset_add(&one.countries, hosts[h]);
    if (one.loc_country && at_strcmp(one.loc_country, hosts[h])) one.loc_country = NULL, one.place = NULL;
    long e = place_event(doc, &one, false, false);
    if (e >= 0) point_at(v, e, current);
  }
  return true;
}


/* The last event in which the sides talked (not a visit or port call). */
static long discussion_event(const attache_doc *doc) {
  for (size_t e = doc->events.len; e-- > 0;) {
    const char *t = AT_EVENT(doc, e)->type;
    if (is_meeting(t) || !at_strcmp(t, "multilateral")) return (long)e;
  }
  return -1;
}

/* ---- framing --------------------------------------------------------------- */

/* Is the cue at match m subordinate ("đang thăm", "sang dự", "nhân chuyến
 * thăm"): told in passing, not the happening the sentence's date is about? */
static bool subordinate(const sentence_view *v, uint32_t m) {
  uint32_t cue_tok = match_of(v, m)->tok_start;
  for (uint32_t k = m; k-- > v->s->match_start;) {
    const at_match *x = match_of(v, k);
    if (x->tok_end + 3 < cue_tok) break;
    /* "Đoàn ... đã sang thăm": told as done, the main happening. */
    bool told_done = k > v->s->match_start && function_word(v, k - 1, "past") &&
                     match_of(v, k - 1)->tok_end == x->tok_start;
    if (function_word(v, k, "subordinate") && !told_done) return true;
  }
  return false;
}

/* A visit told by a verb of crossing alone ("Chiều 7/2, Đoàn công tác ...
 * sang thăm, chúc Tết ...", "... đã tổ chức đoàn sang thăm ..."): the
 * subordinate words within reach before the cue are all of crossing, none
 * set off by a comma, and the sentence tells no other happening than the
 * visit, so the visit is its own. */
static bool visit_by_crossing_alone(const sentence_view *v, uint32_t m) {
  uint32_t cue_tok = match_of(v, m)->tok_start;
  bool crossing = false;
  for (uint32_t k = m; k-- > v->s->match_start;) {
    if (match_of(v, k)->tok_end + 3 < cue_tok) break;
    if (!function_word(v, k, "subordinate")) continue;
    if (!function_word(v, k, "crossing")) return false;
    /* "... do X làm trưởng đoàn, sang thăm và làm việc": after a comma,
     * an aside about the guests */
    uint32_t t = match_of(v, k)->tok_start;
    if (t > v->s->tok_start && tok_punct(v->doc, t - 1, ",")) return false;
    crossing = true;
  }
  if (!crossing) return false;
  /* "sang thăm, chúc Tết ...": a wish told along is the visit's own cue */
  for (uint32_t k = v->s->match_start; k < v->s->match_end; k++) {
    const at_entry *c = cue_at(v, k);
    if (k != m && c && at_strcmp(c->value, "none") && at_strcmp(c->value, "attend") && at_strcmp(c->value, "visit"))
      return false;
  }
  return true;
}


/* Does the comma at token t go on naming a place ("tại thủ đô Bắc Kinh,
 * Trung Quốc từ ngày 12 đến 14/9"): a place or state on either side? */
static bool place_goes_on(const sentence_view *v, uint32_t t) {
  long before = at_match_at(v->doc, v->s, t - 1), after = at_match_at(v->doc, v->s, t + 1);
  if (before < 0 || after < 0 || match_of(v, (uint32_t)after)->tok_start != t + 1) return false;
  const at_match *b = match_of(v, (uint32_t)before), *a = match_of(v, (uint32_t)after);
  return (at_match_entry(b, AT_CAT_PLACE) || at_match_entry(b, AT_CAT_COUNTRY)) &&
         (at_match_entry(a, AT_CAT_PLACE) || at_match_entry(a, AT_CAT_COUNTRY));
}

/* Vietnamese may close a sentence with its time after a comma ("X hội đàm
 * với Y tại Hà Nội, chiều 4/12."): is the comma at t followed by nothing
 * but words of a date ("chiều", "ngày", "vào") up to date x, which ends
 * the sentence? Then the comma does not end the clause the date is of. */
static bool closing_time(const sentence_view *v, uint32_t t, const at_date_span *x) {
  if ((v->s->flags & AT_SENT_ENGLISH) || x->tok_start <= t) return false;
  if (!(x->tok_end == v->s->tok_end || (x->tok_end + 1 == v->s->tok_end && tok_punct(v->doc, x->tok_end, "."))))
    return false;
  for (uint32_t u = t + 1; u < x->tok_start; u++) {
    long k = at_match_at(v->doc, v->s, u);
    bool date_word = k >= 0 && at_match_entry(match_of(v, (uint32_t)k), AT_CAT_DATEWORD);
    if (!date_word && !at_tok_word(v->doc, u, AT_ROLE_DAY_LEAD) && !at_tok_word(v->doc, u, AT_ROLE_DATE_START))
      return false;
  }
  return true;
}

/* The event whose date the sentence's time points back to: the event it
 * refers to ("Sau lễ đón, ..."), and for "the same day" ("Earlier the same
 * day, ...") the last one told with a day, when the current one has none
 * (a visit told without its dates) or only its month or year. -1 when
 * there is none. */
static long day_told(const sentence_view *v) {
  if (v->ref_event < 0) return -1;
  bool same_day = false;
  for (uint32_t k = v->s->match_start; k < v->s->match_end; k++) same_day |= function_word(v, k, "same_day") != NULL;
  /* "the same day" is a day: not that of a happening recalled by its year
   * ("since the 9th dialogue in 2015. Earlier the same day, ..."), nor one
   * of the days of a stay ("on a visit from November 24-28. ... Early in
   * the day, X met Y"): which one, the span does not tell */
  const at_event *ref = AT_EVENT(v->doc, v->ref_event);
  if (ref->has_date && (ref->date.day || !same_day) && !(same_day && ref->has_end)) return v->ref_event;
  for (long e = v->ref_event; same_day && e-- > 0;)
    if (AT_EVENT(v->doc, e)->has_date && AT_EVENT(v->doc, e)->date.day && !AT_EVENT(v->doc, e)->has_end) return e;
  return -1;
}

/* The first of `days` days ending on day `last` (its year may be unknown). */
static at_date first_of_days(at_date last, int days) {
  at_date first = last;
  int year = first.year ? first.year : 2001; /* a year without 29 February when none is told */
  for (int back = days - 1; back > 0; back--) {
    if (first.day > 1) {
      first.day--;
      continue;
    }
    first.month = first.month > 1 ? first.month - 1 : 12;
    if (first.month == 12 && first.year) first.year--, year--;
    first.day = 31;
    while (first.day > 28 && !at_calendar_day(year, first.month, first.day)) first.day--;
  }
  return first;
}

/* Is the date d the day the happening at match m ended: a word of closing
 * between them ("The Shangri-La Dialogue closed in Singapore on June 3",
 * "..., which ended on Sunday")? Then *start is its first day when its
 * length follows ("after three days"), else all zero. A Vietnamese closing
 * is one only with its length told ("Diễn đàn ... bế mạc trưa 26/10, sau
 * hai ngày họp", or with the day before the happening: "Chiều 12/6, Hội thảo
 * ... bế mạc sau 2 ngày làm việc"; function_words.tsv closed_after). */
static bool closing_day(const sentence_view *v, uint32_t m, const at_date_span *d, at_date *start) {
  *start = (at_date){0};
  if (d->date.day == 0) return false;
  bool before = d->tok_end <= match_of(v, m)->tok_start; /* "Chiều 12/6, Hội thảo ... bế mạc sau ..." */
  if (!before && d->tok_start < match_of(v, m)->tok_end) return false;
  bool closing = false, closed_after = false;
  uint32_t t = d->tok_end; /* where the length is told */
  for (uint32_t k = m + 1; k < v->s->match_end && (before || match_of(v, k)->tok_start < d->tok_start); k++) {
    const at_entry *c = cue_at(v, k);
    if (before && c && at_strcmp(c->value, "none") && at_strcmp(c->value, "attend")) break; /* another happening's */
    closing |= !before && function_word(v, k, "closing") != NULL;
    if (function_word(v, k, "closed_after")) {
      closed_after = true;
      if (before) t = match_of(v, k)->tok_end;
      break;
    }
  }
  if (!closing && !closed_after) return false;
  /* "after three days", "after 5 days", "sau hai ngày" */
  if (t + 2 < v->s->tok_end && tok_punct(v->doc, t, ",")) t++;
  int days = 0;
  if (t + 2 < v->s->tok_end && at_tok_word(v->doc, t, AT_ROLE_AFTER) &&
      at_tok_word(v->doc, t + 2, AT_ROLE_DAY_UNIT)) {
    const at_token *n = AT_TOK(v->doc, t + 1);
    if (n->kind == AT_TOK_NUM && n->end - n->start <= 2) days = atoi(v->doc->text + n->start);
    else if (!at_number_word(v->doc, t + 1, &days)) days = 0;
  }
  if (days < 1 || days > 31) return !closed_after;
  *start = first_of_days(d->date, days);
  return true;
}

/* The date of the cue at match m: one that follows the cue closely ("thăm
 * chính thức Việt Nam từ ngày 20 đến 23/10") is its own; otherwise the time
 * adverbial before it ("Sáng 21/10, ...") covers it, unless the cue is
 * subordinate; otherwise the date of the event the sentence refers back to
 * ("Ngay sau lễ đón, ..."). A date further on belongs to something else. */
/* The words from token a to b, a title in quotation marks ("Khóa học ...
 * với nội dung “Tiếng Anh cho nhiệm vụ ...” đã kết thúc sáng 11-7") and a
 * phrase of the lexicons ("Bộ trưởng Quốc phòng", "Hội nghị Bộ trưởng Quốc
 * phòng ASEAN") each counting as one, and an aside in brackets as one (its
 * closing bracket: counted as none, a range told after an aside was taken
 * over the day told before the cue). */
static uint32_t words_between(const sentence_view *v, uint32_t a, uint32_t b) {
  uint32_t n = 0;
  bool quoted = false;
  int aside = 0; /* "(known as Beibu Wan in Chinese ...)": an aside in brackets counts as one word */
  for (uint32_t t = a; t < b; t++) {
    if (tok_punct(v->doc, t, "(")) aside++;
    else if (tok_punct(v->doc, t, ")") && aside) aside--;
    bool open = tok_punct(v->doc, t, "\xE2\x80\x9C"), close = tok_punct(v->doc, t, "\xE2\x80\x9D");
    if (open) quoted = true;
    if ((!quoted || open) && !aside) n++; /* an aside's closing bracket counts: the aside is one word */
    if (close) quoted = false;
    /* a phrase of the lexicons (an office, a forum's name) is one word */
    long k = quoted ? -1 : at_match_at(v->doc, v->s, t);
    if (k >= 0 && match_of(v, (uint32_t)k)->tok_start == t && match_of(v, (uint32_t)k)->tok_end <= b)
      t = match_of(v, (uint32_t)k)->tok_end - 1;
  }
  return n;
}

/* Can the date span be a happening's: not a numbered document's ("Nghị
 * quyết số 806-NQ/QUTW ngày 31-12-2013"), not a span of years (an
 * anniversary's "(5/9/1962 - 5/9/2017)": no happening lasts years)? */
static bool happening_date(const at_date_span *x) {
  return !x->of_document && !x->until && !x->years_span &&
         !(x->date.year && x->end.year && x->end.year - x->date.year > 1);
}

static bool meets_no_one(const sentence_view *v, uint32_t m);
/* The verb of holding (function_words session: "took place", "was held")
 * that the nominal cue at m is the subject of: the first after it, with no
 * other cue between ("A repatriation ceremony for three sets of remains
 * believed to belong to servicemen listed as missing in action (MIA) took
 * place at Da Nang airport on April 2"). -1 when there is none. */
static bool topic_of_a_meeting(const sentence_view *v, uint32_t m, const at_entry *c);
static long session_after(const sentence_view *v, uint32_t m) {
  for (uint32_t k = m + 1; k < v->s->match_end; k++) {
    if (function_word(v, k, "session")) return (long)k;
    const at_entry *c = at_match_entry(match_of(v, k), AT_CAT_CUE);
    /* the meeting's topic ("conference on joint patrol activities ... took place") is no other happening */
    if (c && at_strcmp(c->value, "none") && at_strcmp(c->value, "attend") && !topic_of_a_meeting(v, k, c)) return -1;
  }
  return -1;
}

/* "A ceremony to repatriate the remains of soldiers who died in the war was
 * held at Da Nang on Tuesday": after a relative clause (at match k) within
 * the subject, the main verb of holding (session) resumes the cue's clause,
 * and the date after it is the cue's. A relative clause whose verb, right
 * after "which" or "that", opens the happening named before it ("the
 * border defence friendship exchange which opened in Lao Cai on April 11")
 * tells the cue's date too. */
static bool main_verb_resumes(const sentence_view *v, uint32_t k, const at_date_span *x) {
  if (!(v->s->flags & AT_SENT_ENGLISH) || !at_match_value(match_of(v, k), AT_CAT_FUNCTION, "relative")) return false;
  for (uint32_t j = k + 1; j < v->s->match_end && match_of(v, j)->tok_start < x->tok_start; j++)
    if (function_word(v, j, "session") ||
        (function_word(v, j, "opening") && match_of(v, j)->tok_start == match_of(v, k)->tok_end))
      return true;
  return false;
}

/* English sets a relative clause between commas ("received X, who is on a
 * working visit to Vietnam, in Hanoi on May 4"): after its closing comma the
 * clause it interrupts goes on. Is token t inside such an aside, closed
 * before token end? */
static bool in_closed_aside(const sentence_view *v, uint32_t t, uint32_t end) {
  if (!(v->s->flags & AT_SENT_ENGLISH) || !may_hold_word(v, "relative")) return false; /* most: no scan */
  uint32_t open = UINT32_MAX;
  for (uint32_t k = v->s->match_start; k < v->s->match_end && match_of(v, k)->tok_start <= t; k++)
    if (at_match_value(match_of(v, k), AT_CAT_FUNCTION, "relative") && match_of(v, k)->tok_start > v->s->tok_start &&
        tok_punct(v->doc, match_of(v, k)->tok_start - 1, ","))
      open = match_of(v, k)->tok_start;
  if (open == UINT32_MAX) return false;
  for (uint32_t u = open; u < t; u++)
    if (tok_punct(v->doc, u, ",")) return false; /* closed before t */
  for (uint32_t u = t; u < end; u++)
    if (tok_punct(v->doc, u, ",")) return true;
  return false;
}

/* "Two ships docked at Hai Phong for a four-day goodwill visit to Vietnam on
 * June 1": the visit an arrival is made for (token_words.tsv purpose, then
 * up to four words and hyphens) is the arrival told again, so the date after
 * it is the arrival's (the one before the verb may be only a dateline's). Is
 * the nominal cue at k such a purpose of the verbal cue at m? */
static bool purpose_of_arrival(const sentence_view *v, uint32_t m, uint32_t k) {
  if (!(v->s->flags & AT_SENT_ENGLISH)) return false;
  const at_entry *verb = at_match_entry(match_of(v, m), AT_CAT_CUE), *noun = cue_at(v, k);
  if (!verb || !noun || at_entry_is(verb, AT_FLAG_NOUN) || !at_entry_is(noun, AT_FLAG_NOUN) ||
      (at_strcmp(verb->value, "port_call") && at_strcmp(verb->value, "visit")) || at_strcmp(noun->value, "visit"))
    return false;
  uint32_t start = match_of(v, k)->tok_start, end = match_of(v, m)->tok_end;
  for (uint32_t t = start, words = 0; t-- > end && words <= 4;) {
    if (at_tok_word(v->doc, t, AT_ROLE_PURPOSE)) {
      for (uint32_t u = end; u < t; u++)
        if (AT_TOK(v->doc, u)->kind == AT_TOK_PUNCT && !tok_punct(v->doc, u, "-")) return false; /* another clause */
      return true;
    }
    if (AT_TOK(v->doc, t)->kind == AT_TOK_PUNCT && !tok_punct(v->doc, t, "-")) return false;
    words += AT_TOK(v->doc, t)->kind != AT_TOK_PUNCT;
  }
  return false;
}

/* "signed the 2024 cooperation protocol", "a 2016 visit": a year after an
 * article qualifies the noun that follows (a document's years), it does not
 * date the verb before it, as "in 2024" or "on May 6" do. */
static bool year_before_a_noun(const sentence_view *v, const at_date_span *x) {
  if (!(v->s->flags & AT_SENT_ENGLISH) || x->date.month || x->tok_start == v->s->tok_start) return false;
  return at_tok_word(v->doc, x->tok_start - 1, AT_ROLE_ARTICLE);
}

/* "The same day, ...", "Cùng ngày, ..." told after a day that no event
 * holds ("... he said during a site inspection on January 17. The same day,
 * X met Y"): the last day the story told before it. */
static bool same_day_told_before(const sentence_view *v, at_date *out) {
  bool same_day = false;
  for (uint32_t k = v->s->match_start; k < v->s->match_end; k++) same_day |= function_word(v, k, "same_day") != NULL;
  for (uint32_t back = 1; same_day && back <= v->index; back++) {
    const at_sentence *s = AT_SENT(v->doc, v->index - back);
    at_date_span spans[MAX_DATES];
    size_t n = at_find_dates(v->doc, s, spans, MAX_DATES);
    for (size_t i = n; i-- > 0;) {
      if (!spans[i].date.day || !happening_date(&spans[i])) continue;
      if (spans[i].end.month) return false; /* one of a span's days: which, it does not tell */
      *out = at_resolve_year(spans[i].date, v->doc, s);
      return true;
    }
  }
  return false;
}

/* "Chương trình giao lưu diễn ra dưới sự đồng chủ trì của ...", "Lễ đón
 * được tiến hành trọng thể ...": a Vietnamese sentence that opens with the
 * happening's noun (the cue at match m) and says it took place
 * (function_words.tsv takes_place), no comma or other happening between,
 * goes on at the scene the story set before it. */
static bool happening_takes_place(const sentence_view *v, uint32_t m) {
  if ((v->s->flags & AT_SENT_ENGLISH) || !may_hold_word(v, "takes_place")) return false;
  if (match_of(v, m)->tok_start != v->s->tok_start) return false;
  for (uint32_t k = m + 1; k < v->s->match_end; k++) {
    if (function_word(v, k, "takes_place")) {
      for (uint32_t t = match_of(v, m)->tok_end; t < match_of(v, k)->tok_start; t++)
        if (tok_punct(v->doc, t, ",")) return false;
      return true;
    }
    const at_entry *c = cue_at(v, k);
    if (c && at_strcmp(c->value, "none")) return false;
  }
  return false;
}

/* A word that opens a sentence at the scene of a happening told: Vietnamese
 * "Tại", "Ở" (function_words.tsv at), English "At", "During the" (scene). */
static bool scene_word(const sentence_view *v, uint32_t k) {
  return function_word(v, k, (v->s->flags & AT_SENT_ENGLISH) ? "scene" : "at");
}

/* English: "A number of activities were held as part of the eighth ...
 * friendship exchange in Yunnan province on April 12. At the Hekou
 * international border gate, X hosted ...": the happenings told so far are
 * all the sentence's right before, on one day (no span), and the sentence
 * names no state they did not have (a guest of another state is another
 * sitting's). */
static bool one_day_told_just_before(const sentence_view *v) {
  if (!(v->s->flags & AT_SENT_ENGLISH)) return false;
  const attache_doc *doc = v->doc;
  at_strset sides = {0};
  for (size_t e = 0; e < doc->events.len; e++) {
    const at_event *x = AT_EVENT(doc, e);
    if (x->sentence + 1 != v->index || !x->has_date || !x->date.day || x->has_end) return false;
    for (uint8_t c = 0; c < x->countries.n; c++) at_strset_add(&sides, x->countries.items[c]);
  }
  const at_mention *ms;
  size_t n = at_mentions_in(doc, v->index, &ms);
  for (size_t i = 0; i < n; i++) {
    const char *c = AT_PERSON(doc, ms[i].person)->country;
    if (c && !at_strset_has(&sides, c)) return false;
  }
  for (uint32_t k = v->s->match_start; k < v->s->match_end; k++) {
    const at_entry *c = at_match_entry(match_of(v, k), AT_CAT_COUNTRY);
    if (c && !at_strset_has(&sides, c->value)) return false;
  }
  return true;
}

/* "Sáng 5/5, hài cốt 95 liệt sĩ ... về đến cửa khẩu Nậm Cắn. Tại cửa khẩu,
 * Ban công tác đặc biệt hai tỉnh tổ chức Lễ bàn giao ...": a story whose
 * lead sets the scene with its day and tells its first happening in the
 * next sentence, which opens at that scene ("Tại ..."; English: "Jane Doe
 * on May 2 praised ... At a reception for ..., she said ..."). The day of the
 * sentence right before (no title, no caption, no happening told yet in the
 * story), when it tells one. */
static bool day_of_the_scene_before(const sentence_view *v, uint32_t m, at_date *out) {
  if (v->index == 0 || (v->doc->events.len && !one_day_told_just_before(v))) return false;
  /* the sentence goes on at the scene: it opens with "Tại", "Ở", or with
   * the happening taking place ("Lễ đón được tiến hành ..."); English "At
   * a reception for ...", "During the talks, ..." (scene) */
  uint32_t first = v->s->match_start;
  /* Vietnamese meeting arrivals ("Đại tá X ... đã đón đoàn tại cửa khẩu",
   * cue attr greet) right after a sentence telling the party's coming
   * ("Sáng 12-3, đoàn ... đã đến cửa khẩu Y"): one meets a party the day it
   * arrives. */
  const at_entry *cue = at_match_entry(match_of(v, m), AT_CAT_CUE);
  bool greets_arrival = !(v->s->flags & AT_SENT_ENGLISH) && cue && at_entry_has_flag(cue, "greet");
  if (!greets_arrival &&
      (first >= v->s->match_end || match_of(v, first)->tok_start != v->s->tok_start ||
       (!scene_word(v, first) && !happening_takes_place(v, m))))
    return false;
  const at_sentence *s = AT_SENT(v->doc, v->index - 1);
  if (s->flags & (AT_SENT_TITLE | AT_SENT_CAPTION)) return false;
  at_date_span spans[MAX_DATES];
  size_t n = at_find_dates(v->doc, s, spans, MAX_DATES);
  for (size_t i = 0; i < n; i++) {
    if (!spans[i].date.day || !happening_date(&spans[i])) continue;
    *out = at_resolve_year(spans[i].date, v->doc, s);
    return true;
  }
  return false;
}

/* Is sentence k a photo's caption: flagged so, or a line of its own (the
 * only sentence of its paragraph), as an uncredited caption is? */
static bool caption_line(const attache_doc *doc, uint32_t k) {
  const at_sentence *s = AT_SENT(doc, k);
  if (s->flags & AT_SENT_CAPTION) return true;
  if (s->flags & AT_SENT_TITLE) return false;
  return (k == 0 || AT_SENT(doc, k - 1)->para != s->para) &&
         (k + 1 >= doc->sentences.len || AT_SENT(doc, k + 1)->para != s->para);
}

/* "Ngày 2-11, Thiếu tướng X cùng đoàn công tác đã đến thăm và làm việc tại
 * tỉnh Y ... Đón tiếp và làm việc với đoàn công tác có đồng chí Z": a
 * meeting of the delegation (function_words.tsv delegation) told right
 * after its visit, in its paragraph, with no day between, is held on the
 * day the visit was told for (one day, not a span). */
static bool day_of_the_visit_just_told(const sentence_view *v, at_date *out) {
  const attache_doc *doc = v->doc;
  if ((v->s->flags & AT_SENT_ENGLISH) || !doc->events.len || !sentence_has_word(v, "delegation")) return false;
  size_t e = doc->events.len;
  while (e > 1 && AT_EVENT(doc, e - 1)->sentence == v->index) e--; /* "Đón tiếp và làm việc": both */
  const at_event *last = AT_EVENT(doc, e - 1);
  if (at_strcmp(last->type, "visit") || !last->has_date || !last->date.day || last->has_end || last->sentence >= v->index ||
      v->index - last->sentence > 2)
    return false;
  /* in its paragraph, or opening the next right after the visit's sentence
   * ("Ngày 14/1, Đoàn ... sang thăm ... tỉnh X." then, a paragraph on,
   * "Tiếp đoàn, ông Y ..."), a photo's caption line between or not ("Đoàn
   * công tác ... thăm, chúc Tết ..." alone on its line, as news sets a
   * photo after the lead) */
  bool next = !(v->s->flags & (AT_SENT_TITLE | AT_SENT_CAPTION));
  for (uint32_t k = last->sentence + 1; next && k < v->index; k++)
    next = caption_line(doc, k);
  for (uint32_t k = last->sentence; k < v->index; k++) {
    const at_sentence *s = AT_SENT(doc, k);
    if (s->para != v->s->para && !next) return false;
    at_date_span spans[MAX_DATES];
    if (k > last->sentence && at_find_dates(doc, s, spans, MAX_DATES)) return false;
  }
  *out = last->date;
  return true;
}

/* "Năm 2018, hai bên đã thực hiện ... Tàu hộ vệ ... đã thăm ...": a
 * paragraph that opens a sentence with a year alone goes on telling that
 * year's happenings in the undated sentences after it. The year, when a
 * sentence before in the paragraph (none of them dated between) opens so. */
static bool year_of_paragraph(const sentence_view *v, at_date *out) {
  if (v->s->flags & AT_SENT_ENGLISH) return false;
  for (uint32_t back = 1; back <= v->index && back <= 4; back++) {
    const at_sentence *s = AT_SENT(v->doc, v->index - back);
    if (s->para != v->s->para || (s->flags & (AT_SENT_TITLE | AT_SENT_CAPTION))) return false;
    at_date_span spans[MAX_DATES];
    size_t n = at_find_dates(v->doc, s, spans, MAX_DATES);
    if (n == 0) continue;
    const at_date_span *first = &spans[0];
    if (first->tok_start > s->tok_start + 1 || first->date.month || !first->date.year || first->end.year ||
        !happening_date(first))
      return false;
    *out = first->date;
    return true;
  }
  return false;
}

/* Is the sentence the lead of a dateline with no year ("MOSCOW, July 24.
 * /TASS/. The frigate ... has made a call at Vladivostok, the fleet said on
 * Wednesday."): the dateline's own sentence, or the first of the story after
 * it when the dateline stands alone (an agency's mark between)? What the lead
 * tells without a date of its own happened on the day the story was filed. */
static bool lead_of_dateline(const sentence_view *v) {
  long line = v->doc->filed_sentence;
  if (line < 0 || (long)v->index < line) return false;
  if ((long)v->index == line) return true;
  const at_sentence *s = AT_SENT(v->doc, line);
  if (s->tok_end - s->tok_start > 10) return false;
  for (long k = line + 1; k < (long)v->index; k++) {
    const at_sentence *between = AT_SENT(v->doc, k);
    if (!(between->flags & (AT_SENT_TITLE | AT_SENT_CAPTION)) && between->tok_end - between->tok_start > 4) return false;
  }
  return true;
}

/* A year written in the name of a happening: "RIMPAC 2018", "ARDEX-2023",
 * "Diễn tập vành đai Thái Bình Dương năm 2018", and after a dash glued to an
 * acronym in two digits, "ARDEX-23" (2023; only an exercise's: a forum's
 * "AACC-17" is its 17th session, and only a year of the ten before
 * publication). The year at token t, closing a name whose word is at t - 1
 * (t - 2 past "năm"); 0 when none. */
static int year_closing_a_name(const sentence_view *v, uint32_t t, bool short_year) {
  const attache_doc *doc = v->doc;
  if (t <= v->s->tok_start + 1 || t >= v->s->tok_end) return 0;
  const at_token *y = AT_TOK(doc, t);
  if (y->kind != AT_TOK_NUM) return 0;
  uint32_t digits = y->end - y->start;
  /* not a span ("2023-2024") nor a date ("2018/19") */
  if (t + 1 < v->s->tok_end && (tok_punct(doc, t + 1, "-") || tok_punct(doc, t + 1, "\xE2\x80\x93") ||
                                tok_punct(doc, t + 1, "/")))
    return 0;
  int year = atoi(doc->text + y->start);
  uint32_t before = t - 1;
  bool dash = tok_punct(doc, before, "-") && !(AT_TOK(doc, before)->flags & AT_TOKF_SPACE) &&
              !(y->flags & AT_TOKF_SPACE);
  if (dash) {
    before--; /* the acronym the dash is glued to */
    if (!(AT_TOK(doc, before)->flags & AT_TOKF_UPPER) || (AT_TOK(doc, before + 1)->flags & AT_TOKF_SPACE)) return 0;
    if (digits == 2 && short_year) {
      year += 2000;
      if (v->doc->has_published && (year > v->doc->published.year + 1 || year < v->doc->published.year - 10)) return 0;
    } else if (digits != 4)
      return 0;
  } else {
    if (digits != 4) return 0;
    if (at_tok_word(doc, before, AT_ROLE_YEAR_WORD) && before > v->s->tok_start) before--;
  }
  if (year < 1990 || year > 2100) return 0;
  const at_token *name = AT_TOK(doc, before);
  return name->kind == AT_TOK_WORD && (name->flags & (AT_TOKF_CAP | AT_TOKF_UPPER)) ? year : 0;
}

/* The year in the name of the happening cue m tells: right after the cue,
 * its name in capitals ("tham gia diễn tập RIMPAC 2018", "the ASEAN-India
 * Maritime Exercise 2023"; a capitalised cue's name goes on in small letters
 * in Vietnamese: "Diễn tập vành đai Thái Bình Dương năm 2018"), or in
 * English a name closed by its year before a cue in small letters ("the
 * MILAN 2026 exercise", "the ARDEX-23 drills"). 0 when none. */
static int year_of_its_name(const sentence_view *v, uint32_t m, const char *type) {
  const attache_doc *doc = v->doc;
  const at_match *cue = match_of(v, m);
  bool short_year = !at_strcmp(type, "exercise");
  bool english = v->s->flags & AT_SENT_ENGLISH;
  bool cue_cap = (AT_TOK(doc, cue->tok_start)->flags & AT_TOKF_CAP) && cue->tok_start > v->s->tok_start;
  if (english && !(AT_TOK(doc, cue->tok_start)->flags & AT_TOKF_CAP) && cue->tok_start >= v->s->tok_start + 2) {
    int year = year_closing_a_name(v, cue->tok_start - 1, short_year);
    if (year) return year;
  }
  for (uint32_t t = cue->tok_end; t < v->s->tok_end && t < cue->tok_end + 10; t++) {
    const at_token *w = AT_TOK(doc, t);
    if (w->kind == AT_TOK_NUM || tok_punct(doc, t, "-") || at_tok_word(doc, t, AT_ROLE_YEAR_WORD)) {
      return year_closing_a_name(v, t + (w->kind != AT_TOK_NUM), short_year); /* the cue may be the name's last word */
    }
    if (w->kind != AT_TOK_WORD) return 0;
    if (!(w->flags & (AT_TOKF_CAP | AT_TOKF_UPPER)) && (english || !cue_cap)) return 0;
  }
  return 0;
}

/* A forum its year's chair hosts is held in that year: "Hội nghị ... đã
 * diễn ra theo hình thức trực tuyến với sự chủ trì của Brunei – nước Chủ
 * tịch ASEAN 2021", "dưới sự chủ trì của Brunei - nước đảm nhận cương vị
 * Chủ tịch ASEAN năm 2021". A word of hosting (event_cues.tsv flag host),
 * then a chair's word (function_words.tsv chair) and the year within three
 * words. A chair's term named without a host is no date: it is handed over
 * the year before ("tiếp quản vai trò chủ tịch ADMM ... trong năm 2020"). */
static bool year_of_its_host_chair(const sentence_view *v, at_date *out) {
  bool hosted = false;
  for (uint32_t k = v->s->match_start; k < v->s->match_end; k++) {
    const at_entry *c = at_match_entry(match_of(v, k), AT_CAT_CUE);
    hosted |= c && at_entry_has_flag(c, "host");
    if (!hosted || !function_word(v, k, "chair")) continue;
    uint32_t end = match_of(v, k)->tok_end;
    for (uint32_t t = end; t < v->s->tok_end && t < end + 3; t++) {
      const at_token *y = AT_TOK(v->doc, t);
      if (y->kind != AT_TOK_NUM || y->end - y->start != 4) continue;
      int year = atoi(v->doc->text + y->start);
      if (year < 1990 || year > 2100) return false;
      *out = (at_date){(int16_t)year, 0, 0};
      return true;
    }
  }
  return false;
}

/* Does the sentence open with the cue at match m as its setting ("Tại buổi
 * tiếp, ...", "During the talks, ...", "At the reception, ...": a word of
 * reference, then the cue within a few words)? */
static bool opens_with_setting(const sentence_view *v, uint32_t m) {
  return m > v->s->match_start && function_word(v, m - 1, "ref") &&
         match_of(v, m - 1)->tok_start == v->s->tok_start && match_of(v, m)->tok_start <= v->s->tok_start + 4;
}

/* English: is the happening of cue m named as a setting inside the
 * sentence, a reference word a few words before it and no other cue between
 * ("The talks took place right after the welcome ceremony", "It was signed
 * after the minister's meeting with ...")? Like one opening a sentence, it
 * is a happening of the one day the story tells. (Vietnamese: "Tại buổi lễ
 * tổng kết chuyến đi" closing a voyage told from its first day took that
 * day, tried.) */
static bool setting_within_sentence(const sentence_view *v, uint32_t m) {
  if (!(v->s->flags & AT_SENT_ENGLISH)) return false;
  uint32_t start = match_of(v, m)->tok_start;
  for (uint32_t k = m; k-- > v->s->match_start;) {
    const at_match *x = match_of(v, k);
    if (start > x->tok_end + 4) return false;
    if (function_word(v, k, "ref")) return true;
    const at_entry *c = cue_at(v, k);
    if (c && at_strcmp(c->value, "none")) return false;
  }
  return false;
}

/* Does the sentence open with the occasion just told ("Dịp này, ...",
 * "Nhân dịp này, ...", "On this occasion, ...": function word
 * this_occasion), or with what followed it there ("Sau đó, hai Bộ trưởng
 * ký ...", "After that, ...": function word sequel), then a comma? English
 * names it by its generic word too: "During the event, ...", "At the event,
 * ..." (a reference word, then an occasion's word). */
static bool opens_with_this_occasion(const sentence_view *v) {
  if (v->s->match_end <= v->s->match_start) return false;
  uint32_t first = v->s->match_start, last = first;
  if (match_of(v, first)->tok_start != v->s->tok_start) return false;
  if ((v->s->flags & AT_SENT_ENGLISH) && function_word(v, first, "ref") && first + 1 < v->s->match_end &&
      match_of(v, first + 1)->tok_start == match_of(v, first)->tok_end && function_word(v, first + 1, "occasion"))
    last = first + 1;
  else if (!function_word(v, first, "this_occasion") && !function_word(v, first, "sequel"))
    return false;
  return match_of(v, last)->tok_end < v->s->tok_end && /* a sentence of those words alone */
         tok_punct(v->doc, match_of(v, last)->tok_end, ",");
}

/* Does the sentence open with what followed the happening just told
 * ("Sau đó, ...", "After that, ...": function word sequel)? */
static bool opens_with_sequel(const sentence_view *v) {
  return v->s->match_end > v->s->match_start && match_of(v, v->s->match_start)->tok_start == v->s->tok_start &&
         function_word(v, v->s->match_start, "sequel");
}

/* Does the sentence open on the sidelines of the happening told ("On the
 * sidelines of the event there was an informal ASEAN-US meeting", "On the
 * fringes of the event, ...": function word sidelines)? */
static bool opens_on_the_sidelines(const sentence_view *v) {
  if (!(v->s->flags & AT_SENT_ENGLISH) || v->s->match_end <= v->s->match_start) return false;
  uint32_t first = v->s->match_start;
  return match_of(v, first)->tok_start == v->s->tok_start && function_word(v, first, "sidelines");
}

/* Does the sentence open with "Trước đó, ..." (function word before_that,
 * then a comma)? It tells what happened before the story's happening: as
 * done as with "đã", though Vietnamese may leave that out ("Trước đó, Quân
 * khu tổ chức giao hữu bóng chuyền với ..."). */
static bool opens_with_before_that(const sentence_view *v) {
  if (v->s->match_end <= v->s->match_start) return false;
  uint32_t first = v->s->match_start;
  return function_word(v, first, "before_that") && match_of(v, first)->tok_start == v->s->tok_start &&
         match_of(v, first)->tok_end < v->s->tok_end && tok_punct(v->doc, match_of(v, first)->tok_end, ",");
}

/* English: is cue m's verb told as what came next, "then" a few words
 * before it in its clause ("The ministers then witnessed the signing of
 * ...", "The two sides then held talks and signed ...")? Like "After that,
 * ..." opening the sentence, it happened at the occasion just told, on its
 * day. */
static bool then_before_cue(const sentence_view *v, uint32_t m) {
  if (!(v->s->flags & AT_SENT_ENGLISH)) return false;
  uint32_t cue = match_of(v, m)->tok_start;
  for (uint32_t k = m; k-- > v->s->match_start;) {
    const at_match *x = match_of(v, k);
    if (x->tok_end + 5 < cue) return false;
    if (!function_word(v, k, "sequel") || x->tok_start == v->s->tok_start) continue;
    for (uint32_t t = x->tok_end; t < cue; t++)
      if (AT_TOK(v->doc, t)->kind == AT_TOK_PUNCT) return false; /* "..., then ...": another clause */
    return true;
  }
  return false;
}

/* English: is cue m's verb told as one more of the occasion's sittings,
 * "also" right before it ("X also held talks with Y", "Y, who is the chief
 * of ..., also met Z": token_words.tsv also_done)? Like "then", it tells a
 * happening of the one day the story tells. */
static bool also_before_cue(const sentence_view *v, uint32_t m) {
  uint32_t at = match_of(v, m)->tok_start;
  return (v->s->flags & AT_SENT_ENGLISH) && at > v->s->tok_start && at_tok_word(v->doc, at - 1, AT_ROLE_ALSO_DONE);
}

/* English: does the sentence open at a sitting, "At" or "In" and the noun
 * of meeting at m a few words on, no comma between ("At a meeting with X,
 * ...", "At his meeting with X, ...", "In their meeting, ...")? Like "At
 * the talks, ...", it tells a happening of the one day the story tells. */
static bool opens_at_a_sitting(const sentence_view *v, uint32_t m, const at_entry *cue) {
  if (!(v->s->flags & AT_SENT_ENGLISH) || !cue || !at_entry_is(cue, AT_FLAG_NOUN) ||
      !at_tok_word(v->doc, v->s->tok_start, AT_ROLE_PLACE_CASE))
    return false;
  uint32_t at = match_of(v, m)->tok_start;
  if (at > v->s->tok_start + 4) return false;
  for (uint32_t t = v->s->tok_start + 1; t < at; t++)
    if (AT_TOK(v->doc, t)->kind == AT_TOK_PUNCT && !tok_punct(v->doc, t, "'")) return false;
  return true;
}

/* English: is the sitting of cue m named inside the sentence as where its
 * subject did what it tells ("X and his counterpart Y at a meeting in Hanoi
 * agreed to ...": named_as_setting)? Like one opening the sentence
 * (opens_at_a_sitting), a meeting of two sides so named is a happening of
 * the one day the story tells; not an exercise or a forum named so ("the
 * countries participating in the exercise"). */
static bool at_a_sitting_within(const sentence_view *v, uint32_t m, const char *type) {
  return (v->s->flags & AT_SENT_ENGLISH) && two_sided_meeting(type) && named_as_setting(v, m);
}

/* The one day the story has told so far, for the sentence of v: every
 * event before dated to the same day (at least one). A story that has told
 * two days, or a month or a year (history), tells no one day; nor does it
 * for a sentence naming a state none of that day's happenings had ("During
 * the reception for Peru's minister" after talks with Chile's). */
static bool one_day_told(const sentence_view *v, at_date *out) {
  const attache_doc *doc = v->doc;
  bool found = false, forum = false;
  for (size_t e = 0; e < doc->events.len; e++) {
    const at_event *x = AT_EVENT(doc, e);
    if (!x->has_date) continue;
    if (!x->date.day || (found && memcmp(&x->date, out, sizeof *out))) return false;
    *out = x->date;
    found = true;
    forum |= !at_strcmp(x->type, "multilateral");
  }
  /* a day at a forum: one meets other states on its sidelines ("At his
   * meeting with New Zealand's minister" after the forum and talks with
   * the US), that day too */
  for (uint32_t k = v->s->match_start; found && !forum && k < v->s->match_end; k++) {
    const at_entry *c = at_match_entry(match_of(v, k), AT_CAT_COUNTRY);
    if (!c || !at_strcmp(c->value, "VN")) continue;
    bool that_day = false;
    for (size_t e = 0; e < doc->events.len && !that_day; e++)
      that_day = AT_EVENT(doc, e)->has_date && at_strset_has(&AT_EVENT(doc, e)->countries, c->value);
    if (!that_day) return false;
  }
  return found;
}

/* English closes a sentence with where and when, after however long an
 * object: "held talks with General X, Chief of ..., in Tokyo, Japan, on
 * Wednesday.", "met with ... attachés ... in Hanoi on July 26." Is date x
 * such a close: "in", a place (and its country), "on" and the date ending
 * the sentence? */
static bool closing_place_and_day(const sentence_view *v, const at_date_span *x) {
  if (!(v->s->flags & AT_SENT_ENGLISH)) return false;
  if (!(x->tok_end == v->s->tok_end || (x->tok_end + 1 == v->s->tok_end && tok_punct(v->doc, x->tok_end, "."))))
    return false;
  uint32_t t = x->tok_start;
  if (t <= v->s->tok_start + 2 || !at_tok_word(v->doc, t - 1, AT_ROLE_ON_DAY)) return false;
  t--;
  for (int places = 0; places < 2; places++) {
    if (t > v->s->tok_start && tok_punct(v->doc, t - 1, ",")) t--;
    long p = t > v->s->tok_start ? at_match_at(v->doc, v->s, t - 1) : -1;
    if (p < 0 || match_of(v, (uint32_t)p)->tok_end != t ||
        !(at_match_entry(match_of(v, (uint32_t)p), AT_CAT_PLACE) || at_match_entry(match_of(v, (uint32_t)p), AT_CAT_COUNTRY)))
      return false;
    t = match_of(v, (uint32_t)p)->tok_start;
    if (t > v->s->tok_start && at_tok_word(v->doc, t - 1, AT_ROLE_IN)) return true;
  }
  return false;
}

/* "received X at a solemn ceremony in Hanoi on May 2", "were repatriated
 * during the handover ceremony on Sunday": an English noun cue after "at",
 * "in" or "during" and an article or possessive, at most two small words
 * (its adjectives) between, names where the cue before it took place, no
 * happening of its own in between: the date after it is that cue's. */
static bool setting_of_cue_before(const sentence_view *v, uint32_t k) {
  const at_entry *c = cue_at(v, k);
  if (!(v->s->flags & AT_SENT_ENGLISH) || !c || !at_entry_is(c, AT_FLAG_NOUN)) return false;
  uint32_t t = match_of(v, k)->tok_start, first = v->s->tok_start;
  for (int words = 0; words < 2 && t > first; words++) {
    const at_token *w = AT_TOK(v->doc, t - 1);
    if (w->kind != AT_TOK_WORD || (w->flags & AT_TOKF_CAP) || at_match_at(v->doc, v->s, t - 1) >= 0 ||
        at_tok_word(v->doc, t - 1, AT_ROLE_ARTICLE) || at_tok_word(v->doc, t - 1, AT_ROLE_POSSESSIVE))
      break;
    t--;
  }
  long r = match_ending_at(v, t); /* "at the", "during the" */
  if (r >= 0 && function_word(v, (uint32_t)r, "ref")) return true;
  if (!(t > first && (at_tok_word(v->doc, t - 1, AT_ROLE_ARTICLE) || at_tok_word(v->doc, t - 1, AT_ROLE_POSSESSIVE))))
    return false;
  r = match_ending_at(v, t - 1);
  return r >= 0 && (function_word(v, (uint32_t)r, "at") || function_word(v, (uint32_t)r, "during"));
}

/* English: "held a ceremony to mark the 75th founding anniversary of the
 * Vietnam People's Army on December 9": a day told with "on" after the
 * anniversary's name, out of brackets and of no earlier year, is the day of
 * the marking; the day marked is told in brackets ("(December 22)") or with
 * its year. */
static bool day_of_the_marking(const sentence_view *v, const at_date_span *x) {
  if (!(v->s->flags & AT_SENT_ENGLISH) || !x->date.day || x->tok_start <= v->s->tok_start ||
      !at_tok_word(v->doc, x->tok_start - 1, AT_ROLE_ON_DAY) || at_in_brackets(v, x->tok_start))
    return false;
  return !x->date.year || (v->doc->has_published && x->date.year >= v->doc->published.year);
}

/* The length of a stay told as ended after the day d it ended: "departed
 * Kure Port on December 10, concluding a four-day visit", "today [February
 * 12] concluded a five-day goodwill visit", "về đến sân bay Nội Bài, kết
 * thúc 10 ngày tham gia cứu trợ", "kết thúc chuyến thăm 4 ngày", "kết thúc
 * chuyến thăm hữu nghị trong 4 ngày": a word of closing after d, then
 * within ten words and no mark a count of days ("four-day", "5 ngày").
 * 0 when none is told. */
static int days_ended_after(const sentence_view *v, const at_date_span *d) {
  for (uint32_t k = v->s->match_start; k < v->s->match_end; k++) {
    const at_match *c = match_of(v, k);
    if (c->tok_start < d->tok_end || !(function_word(v, k, "closing") || function_word(v, k, "closed_after")))
      continue;
    /* the stay named between ("kết thúc chuyến thăm hữu nghị Trung Quốc
     * trong 4 ngày"): up to ten words, no mark */
    for (uint32_t t = c->tok_end; t + 1 < v->s->tok_end && t <= c->tok_end + 10; t++) {
      int days = 0;
      const at_token *n = AT_TOK(v->doc, t);
      if (n->kind == AT_TOK_PUNCT) break;
      if (n->kind == AT_TOK_NUM && n->end - n->start <= 2) days = atoi(v->doc->text + n->start);
      else if (!at_number_word(v->doc, t, &days)) continue;
      uint32_t u = t + 1;
      if (u < v->s->tok_end && tok_punct(v->doc, u, "-")) u++; /* "four-day" */
      if (u < v->s->tok_end && at_tok_word(v->doc, u, AT_ROLE_DAY_UNIT) && days >= 2 && days <= 31) return days;
      break;
    }
    return 0;
  }
  return 0;
}

/* The length of a stay told as begun on the day d, after it: "docked at
 * Tien Sa port on April 11, beginning a five-day visit", "arrived on
 * Thursday for a three-day visit", "arrived on Tuesday on a three-day
 * visit", "docked on Friday as part of a four-day
 * visit": a word opening the stay (token_words.tsv stay_start; "part of"),
 * an article or a possessive, then a count of days ("five-day"). 0 when
 * none is told ("who is on a two-day visit", "after a three-day visit" tell
 * a stay begun on another day). */
/* The count of days "N-day" at token t ("five-day", "11-day"), from 2 to
 * 31; 0 when t opens none. */
static int days_counted_at(const sentence_view *v, uint32_t t) {
  int days = 0;
  const at_token *n = AT_TOK(v->doc, t);
  if (n->kind == AT_TOK_NUM && n->end - n->start <= 2) days = atoi(v->doc->text + n->start);
  else if (!at_number_word(v->doc, t, &days)) return 0;
  if (t + 2 >= v->s->tok_end || !tok_punct(v->doc, t + 1, "-") || !at_tok_word(v->doc, t + 2, AT_ROLE_DAY_UNIT) ||
      days < 2 || days > 31)
    return 0;
  return days;
}

static int days_begun_after(const sentence_view *v, const at_date_span *d) {
  for (uint32_t t = d->tok_end + 2; t + 2 < v->s->tok_end; t++) {
    int days = days_counted_at(v, t);
    if (!days) continue;
    if (!at_tok_word(v->doc, t - 1, AT_ROLE_ARTICLE) && !at_tok_word(v->doc, t - 1, AT_ROLE_POSSESSIVE)) return 0;
    uint32_t w = t - 2;
    if (w > d->tok_end && at_tok_word(v->doc, w, AT_ROLE_OF)) w--; /* "as part of a" */
    /* "arrived on Tuesday on a three-day visit": "on" the stay right after
     * the day (token_words.tsv stay_on); "On Tuesday, X, who is on a
     * three-day visit, ..." tells a day during it */
    if (w == d->tok_end && at_tok_word(v->doc, w, AT_ROLE_STAY_ON)) return days;
    return w >= d->tok_end && at_tok_word(v->doc, w, AT_ROLE_STAY_START) ? days : 0;
  }
  return 0;
}

/* The length of a stay told before its cue, begun on the day d told after
 * the cue: "began a three-day official visit to Vietnam on February 26",
 * "began an 11-day military exercise in Vietnam on December 11", "who is on
 * a four-day visit to Vietnam from March 5": an article or a possessive, a
 * count of days and at most three words more right before the cue, after a
 * word opening the stay (token_words.tsv stay_start) or with d told as the
 * first day of a span ("from"). 0 when none is told ("who is on a two-day
 * visit" with a day of talks: a stay begun on another day). */
static int days_begun_before(const sentence_view *v, const at_match *cue, const at_date_span *d) {
  if (d->tok_start < cue->tok_end) return 0;
  for (uint32_t u = cue->tok_start; u-- > v->s->tok_start + 3 && u + 4 >= cue->tok_start;) {
    if (AT_TOK(v->doc, u)->kind == AT_TOK_PUNCT) return 0;
    int days = days_counted_at(v, u - 2);
    if (!days) continue;
    if (!at_tok_word(v->doc, u - 3, AT_ROLE_ARTICLE) && !at_tok_word(v->doc, u - 3, AT_ROLE_POSSESSIVE)) return 0;
    bool opened = u - 3 > v->s->tok_start && at_tok_word(v->doc, u - 4, AT_ROLE_STAY_START);
    bool from = d->tok_start > cue->tok_end && at_tok_word(v->doc, d->tok_start - 1, AT_ROLE_FROM);
    return opened || from ? days : 0;
  }
  return 0;
}

/* Vietnamese: the length of a stay begun on the day d, told after a word of
 * starting (function_words.tsv stay_begun: "bắt đầu") later in the
 * sentence: "Ngày 10-5, tàu ... đã cập cảng Tiên Sa, bắt đầu chuyến thăm
 * hữu nghị TP Đà Nẵng trong 5 ngày", "... bắt đầu chuyến thăm hữu nghị bốn
 * ngày đến Đà Nẵng", "... thăm hữu nghị TP.HCM trong bốn ngày", "... trong
 * thời gian 6 ngày": the first count of days ("5 ngày", "bốn ngày") within a
 * few words after it, no mark between but one inside a name. 0
 * when none is told ("trong chuyến thăm 3 ngày", with no word of starting,
 * is a stay begun on another day). */
static int days_begun_vi(const sentence_view *v, const at_date_span *d) {
  for (uint32_t k = v->s->match_start; k < v->s->match_end; k++) {
    const at_match *c = match_of(v, k);
    if (c->tok_start < d->tok_end || !function_word(v, k, "stay_begun")) continue;
    for (uint32_t t = c->tok_end; t + 1 < v->s->tok_end && t <= c->tok_end + 12; t++) {
      const at_token *n = AT_TOK(v->doc, t);
      /* a mark ends the clause, not one inside a name ("TP.HCM") */
      bool inside = t > c->tok_end && AT_TOK(v->doc, t - 1)->end == n->start && AT_TOK(v->doc, t + 1)->start == n->end;
      if (n->kind == AT_TOK_PUNCT && !inside) return 0;
      int days = 0;
      if (n->kind == AT_TOK_NUM && n->end - n->start <= 2) days = atoi(v->doc->text + n->start);
      else if (!at_number_word(v->doc, t, &days)) continue;
      return at_tok_word(v->doc, t + 1, AT_ROLE_DAY_UNIT) && days >= 2 && days <= 31 ? days : 0;
    }
    return 0;
  }
  return 0;
}

/* The day n days after d (its year may be unknown: then counted in a year
 * without 29 February). */
static at_date days_after(at_date d, int n) {
  int year = d.year ? d.year : 2001;
  for (; n > 0; n--) {
    if (at_calendar_day(year, d.month, d.day + 1)) {
      d.day++;
      continue;
    }
    d.day = 1;
    d.month = d.month < 12 ? d.month + 1 : 1;
    if (d.month == 1 && d.year) d.year++, year++;
  }
  return d;
}

static bool chairs_a_meeting_named_otherwise(const sentence_view *v, uint32_t m);

static long date_key(at_date d) { return d.year * 10000L + d.month * 100L + d.day; }

/* English: a visit or a ship's call dated from d, a day told right after a
 * word of lasting (function_words.tsv ending) in the same sentence: "arrived
 * in Hanoi on May 28 for a visit which will last until June 3" (the stay
 * from May 28 to June 3; the day after "until" is never its first when a
 * day is told before it). Sets the event's span; false when the sentence
 * tells no such pair. */
static bool stay_lasts_until(const sentence_view *v, const at_date_span *d, const at_date_span *dates, size_t ndates,
                             at_event *ev) {
  if (!(v->s->flags & AT_SENT_ENGLISH) || (at_strcmp(ev->type, "visit") && at_strcmp(ev->type, "port_call")) ||
      !d->date.day || d->end.month)
    return false;
  const at_date_span *until = NULL, *first = NULL;
  for (uint32_t k = v->s->match_start; k < v->s->match_end && !until; k++) {
    if (!function_word(v, k, "ending")) continue;
    uint32_t after = match_of(v, k)->tok_end;
    for (size_t i = 0; i < ndates && !until; i++)
      if (dates[i].tok_start >= after && dates[i].tok_start <= after + 1 && dates[i].date.day && !dates[i].end.month)
        until = &dates[i];
    /* the stay's first day: d, or the last day told before the word of lasting */
    for (size_t i = 0; until && i < ndates; i++)
      if (dates[i].tok_end <= match_of(v, k)->tok_start && dates[i].date.day && !dates[i].end.month &&
          happening_date(&dates[i]))
        first = &dates[i];
    if (until && d != until) first = d->tok_start < until->tok_start ? d : NULL;
  }
  /* "The frigate's call will last until July 31" told alone: the day it
   * ends, not the day it began, which the sentence does not tell. */
  if (until && !first && d == until) {
    ev->has_date = false;
    return true;
  }
  if (!until || !first) return false;
  at_date start = at_resolve_year(first->date, v->doc, v->s), end = until->date;
  if (!end.year && start.year) end.year = (int16_t)(start.year + (end.month < start.month));
  end = at_resolve_year(end, v->doc, v->s);
  /* "on Wednesday for a visit that will last until Friday": the Friday after
   * (a weekday is read as the last one up to publication) */
  if (until->relative && date_key(end) < date_key(start)) end = days_after(end, 7);
  if (date_key(end) <= date_key(start)) return false;
  ev->date = start;
  ev->has_date = true;
  ev->date_from = first->date.year ? AT_DATE_TOLD : AT_DATE_TOLD_NO_YEAR;
  ev->date_relative = first->relative;
  ev->date_end = end;
  ev->has_end = true;
  return true;
}

/* English: "held bilateral meetings with Chinese Minister of National
 * Defence Sen. Lt. Gen. X, Lao Minister ... Y, ... and Mongolian Minister of
 * Defence Z on the sidelines of the forum on September 18": the people a cue
 * lists after it (two or more), with their titles, are told on the way; the
 * date is as near as after the last of them, unless a verb of saying
 * stands between. The token after the last person listed between from and
 * to, or from. */
static uint32_t past_people_listed(const sentence_view *v, uint32_t from, uint32_t to) {
  if (!(v->s->flags & AT_SENT_ENGLISH)) return from;
  const at_mention *ms;
  size_t n = at_mentions_in(v->doc, v->index, &ms);
  uint32_t end = from, listed = 0;
  for (size_t i = 0; i < n; i++)
    if (ms[i].tok_start >= from && ms[i].tok_end <= to) {
      listed++;
      if (ms[i].tok_end > end) end = ms[i].tok_end;
    }
  /* "During the recent visit of X, Y had announced ..., a release said
   * here on Wednesday": a date after a verb of saying is the saying's. */
  for (uint32_t t = end; t < to; t++)
    if (at_tok_word(v->doc, t, AT_ROLE_SPEECH)) return from;
  return listed >= 2 ? end : from;
}

/* "X has met Y ..., the embassy here said Friday", "..., a spokesman said
 * on Monday": English closes a report with who told it and when; a date
 * right after a verb of saying (token_words.tsv speech) set after a comma
 * is the day it was told, not the happening's (which may be days before). */
static bool said_on_the_day(const sentence_view *v, const at_match *cue, const at_date_span *x) {
  /* the year or month it was told in holds what it tells ("..., the navy
   * said in 2031") */
  if (!x->date.day) return false;
  uint32_t from = cue->tok_end;
  /* "have been playing volleyball together, the navy said on May 2": going
   * on as it was told, that day is one of its days */
  const at_token *verb = AT_TOK(v->doc, cue->tok_start);
  const char *w = v->doc->text + verb->start;
  size_t n = verb->end - verb->start;
  if (cue->tok_start > v->s->tok_start && n > 4 && !memcmp(w + n - 3, "ing", 3) &&
      at_tok_word(v->doc, cue->tok_start - 1, AT_ROLE_AUXILIARY))
    return false;
  bool comma = false;
  for (uint32_t t = from; t < x->tok_start; t++) {
    comma |= tok_punct(v->doc, t, ",");
    if (comma && at_tok_word(v->doc, t, AT_ROLE_SPEECH) && words_between(v, t + 1, x->tok_start) <= 2) return true;
  }
  return false;
}

static bool told_before(const attache_doc *doc, const char *type);
static void set_date(const sentence_view *v, uint32_t m, at_event *ev) {
  const at_date_span *dates;
  size_t ndates = view_dates(v, &dates);
  const at_match *cue = match_of(v, m);
  const at_date_span *d = NULL;
  /* A year right before a nominal cue is its own: "during a 2016 visit". */
  const at_entry *cue_entry = at_match_entry(cue, AT_CAT_CUE);
  for (size_t i = 0; i < ndates && !d; i++)
    if (cue_entry && at_entry_is(cue_entry, AT_FLAG_NOUN) && dates[i].tok_end == cue->tok_start &&
        happening_date(&dates[i]))
      d = &dates[i];
  for (size_t i = 0; i < ndates && !d; i++) {
    const at_date_span *x = &dates[i];
    if (!happening_date(x) || year_before_a_noun(v, x)) continue;
    /* "lễ kỷ niệm 80 năm Ngày thành lập ... (22/12/1944 - 22/12/2024)":
     * what follows an anniversary's name is the day it marks. */
    if (cue_entry && at_entry_has_flag(cue_entry, "anniversary")) continue;
    bool closes = closing_place_and_day(v, x);
    uint32_t from = x->tok_start < cue->tok_end ? cue->tok_end : past_people_listed(v, cue->tok_end, x->tok_start);
    if (x->tok_start < cue->tok_end || x->tok_start > from + (closes ? 80 : 40) ||
        words_between(v, from, x->tok_start) > (closes ? 40 : 20))
      continue;
    /* a cue inside an aside closed before the date: the date is the
     * clause's the aside interrupts */
    bool other_cue = in_closed_aside(v, cue->tok_start, x->tok_start);
    for (uint32_t k = m + 1; k < v->s->match_end && match_of(v, k)->tok_start < x->tok_start; k++) {
      if (in_closed_aside(v, match_of(v, k)->tok_start, x->tok_start)) continue; /* told on the way */
      if (function_word(v, k, "since") || (function_word(v, k, "clause") && !main_verb_resumes(v, k, x)) ||
          (function_word(v, k, "referred") && !day_of_the_marking(v, x)) ||
          at_match_entry(match_of(v, k), AT_CAT_FRAMEWORK))
        other_cue = true; /* "kể từ khi nhậm chức vào tháng 10/2019", "..., as the two countries ...";
                             an anniversary's or a partnership's date: "quan hệ Đối tác chiến lược toàn diện
                             được thiết lập vào năm 2023", "the 50th anniversary of ... (September 21, 1973)" */
      const at_entry *c = cue_at(v, k);
      /* "signed ... during their talks in Da Nang on January 9": what
       * happened during the talks has their date. */
      bool during = false;
      for (uint32_t j = m + 1; j < k; j++)
        during |= function_word(v, j, "during") && match_of(v, k)->tok_start - match_of(v, j)->tok_end <= 1;
      during |= setting_of_cue_before(v, k) || purpose_of_arrival(v, m, k);
      bool no_cue = c && at_entry_has_flag(c, "destination") && (!destination(v, k) || visiting_guest(v, k) != -2); /* "received visiting X" */
      no_cue |= c && at_entry_has_flag(c, "generic"); /* "convened its second meeting by video link on May 2" */
      /* "The handover ceremony ... was co-chaired by X and Y in Hai Phong on
       * May 2": who chaired the happening is told on the way */
      no_cue |= c && at_entry_has_flag(c, "chair") && chairs_a_meeting_named_otherwise(v, k);
      /* "received a delegation led by X in Hanoi on May 4": who leads the
       * object is told on the way, no happening of its own */
      no_cue |= c && at_entry_is(c, AT_FLAG_DELEGATION);
      no_cue |= c && at_entry_has_flag(c, "manner") && at_match_entry(cue, AT_CAT_MECHANISM); /* "was held via video conference on July 21" */
      /* "The ADMM-Plus Experts' Working Group on ... met in Hanoi on May 2":
       * a verb of meeting someone (attr person) with no one after it says
       * the forum named before it sat. */
      no_cue |= c && at_entry_has_flag(c, "person") && at_match_entry(cue, AT_CAT_MECHANISM) && meets_no_one(v, k);
      bool setting = sidelines_before(v, k); /* "... on the sidelines of the Shangri-La Dialogue on June 1" */
      bool mechanism = at_match_entry(match_of(v, k), AT_CAT_MECHANISM) && !setting;
      if (((c && at_strcmp(c->value, "none") && !no_cue) || mechanism) && !during) other_cue = true;
    }
    if ((v->s->flags & AT_SENT_ENGLISH) && said_on_the_day(v, cue, x)) other_cue = true;
    for (uint32_t t = cue->tok_end; t < x->tok_start; t++) {
      /* A comma ends the clause, unless the date goes on ("hôm thứ sáu, ngày
       * 8/9"); English sets appositions between commas ("received X, Chief of
       * the Navy, in Hanoi on March 12"), so there only ";" ends it. */
      bool date_goes_on = t + 1 == x->tok_start || at_tok_word(v->doc, t + 1, AT_ROLE_DAY_LEAD) ||
                            (v->s->flags & AT_SENT_ENGLISH) || (t > cue->tok_end && place_goes_on(v, t)) ||
                            closing_time(v, t, x);
      if (tok_punct(v->doc, t, ";") || (tok_punct(v->doc, t, ",") && !date_goes_on)) other_cue = true;
    }
    if (!other_cue) d = x;
  }
  /* English: the date right after the verb of holding the cue is the subject
   * of, however long the subject ("A ceremony for ... took place at Da Nang
   * airport on April 2"). */
  long held = !d && (v->s->flags & AT_SENT_ENGLISH) && cue_entry && at_entry_is(cue_entry, AT_FLAG_NOUN)
                  ? session_after(v, m)
                  : -1;
  for (size_t i = 0; held >= 0 && i < ndates && !d; i++) {
    uint32_t from = match_of(v, (uint32_t)held)->tok_end;
    if (happening_date(&dates[i]) && dates[i].tok_start >= from && words_between(v, from, dates[i].tok_start) <= 12)
      d = &dates[i];
  }
  /* Vietnamese alike, for a happening named by a noun or a mechanism:
   * "Hội nghị ... lần thứ 17 (AACC-17) với chủ đề "..." diễn ra ngày 22/10",
   * "Đối thoại Shangri-La, tại Singapore, diễn ra từ 2 đến 4/6": a day or
   * month right after a verb of holding (session) of the name's own clause
   * is its date, however long the name and its appositions. The verb of a
   * drill or an exchange opening the sentence names its programme as well,
   * the subject ("Diễn tập cứu hộ, cứu nạn chung ... khai mạc ngày 10/9",
   * "Giao lưu hữu nghị ..., diễn ra từ ngày ..."), first told there and held
   * unless told to come ("sẽ diễn ra", "dự kiến diễn ra"). */
  bool programme_named = !at_strcmp(ev->type, "exercise") || !at_strcmp(ev->type, "exchange");
  bool opening_verb = programme_named && cue->tok_start == v->s->tok_start &&
                      !(cue_entry && at_entry_is(cue_entry, AT_FLAG_NOUN)) && !told_before(v->doc, ev->type);
  bool named_happening = (cue_entry && at_entry_is(cue_entry, AT_FLAG_NOUN)) || at_match_entry(cue, AT_CAT_MECHANISM) ||
                         opening_verb;
  for (size_t i = 0; !d && named_happening && !(v->s->flags & AT_SENT_ENGLISH) && i < ndates; i++) {
    const at_date_span *x = &dates[i];
    if (!happening_date(x) || !x->date.month || x->tok_start < cue->tok_end) continue;
    for (uint32_t k = m + 1; k < v->s->match_end && match_of(v, k)->tok_end <= x->tok_start; k++) {
      const at_entry *c = cue_at(v, k);
      if (c && at_strcmp(c->value, "none") && at_strcmp(c->value, "attend")) break; /* another happening's clause */
      const at_entry *md = opening_verb ? at_match_entry(match_of(v, k), AT_CAT_MODAL) : NULL;
      if (md && (!at_strcmp(md->value, "future") || !at_strcmp(md->value, "plan"))) break;
      if (!function_word(v, k, "session") || x->tok_start - match_of(v, k)->tok_end > 3) continue;
      bool punct = false;
      for (uint32_t t = match_of(v, k)->tok_end; t < x->tok_start; t++) punct |= AT_TOK(v->doc, t)->kind == AT_TOK_PUNCT;
      if (!punct) d = x;
    }
  }
  /* A happening named in passing ("trong chương trình giao lưu ...") has
   * the sentence's date when the sentence tells nothing else, unless it is a
   * visit, which spans days around it. */
  /* A friendship exchange programme named as the frame of what the sentence
   * tells ("Trong khuôn khổ Chương trình Giao lưu hữu nghị quốc phòng biên
   * giới ..., trưa 13/11, X hội đàm với Y") lasts a day or two: that day. */
  bool programme = !at_strcmp(ev->type, "exchange") && !(v->s->flags & AT_SENT_ENGLISH);
  bool own_visit = !at_strcmp(ev->type, "visit") && visit_by_crossing_alone(v, m);
  bool in_passing = subordinate(v, m) && !own_visit &&
                    ((other_cue_in_sentence(v, m) && !programme) || !at_strcmp(ev->type, "visit"));
  if (!d && !in_passing)
    for (size_t i = 0; i < ndates; i++)
      if (dates[i].tok_end <= cue->tok_start && happening_date(&dates[i])) d = &dates[i];
  /* "Năm 2016, trong chuyến thăm chính thức của Thủ tướng Ấn Độ ...": a
   * year or month told before a visit named in passing is the visit's too
   * (a day there is what happened during it). */
  if (!d && in_passing && !at_strcmp(ev->type, "visit"))
    for (size_t i = 0; i < ndates; i++)
      if (dates[i].tok_end <= cue->tok_start && !dates[i].date.day && dates[i].date.year && happening_date(&dates[i]))
        d = &dates[i];
  /* "Trong khuôn khổ Giao lưu ..., sáng 14/11 tiếp tục diễn ra các hoạt
   * động": what goes on within it, told alone, goes on on its date. */
  if (!d && !in_passing && subordinate(v, m))
    for (size_t i = 0; i < ndates && !d; i++)
      if (happening_date(&dates[i])) d = &dates[i];
  /* "Chiều 20/8, Hội nghị ... năm nay đã khai mạc", "Ngày 12/3, diễn tập ...
   * năm 2022 ...": a year alone after the cue names which one it is; a day
   * told before the cue, in that year, is its date. */
  if (d && !d->date.month && d->tok_start >= cue->tok_end) {
    at_date year = at_resolve_year(d->date, v->doc, v->s);
    for (size_t i = 0; i < ndates; i++) {
      const at_date_span *x = &dates[i];
      if (x->tok_end > cue->tok_start || !x->date.month || !happening_date(x)) continue;
      at_date day = at_resolve_year(x->date, v->doc, v->s);
      if (!day.year || !year.year || day.year == year.year) d = x;
    }
  }
  if (!d) {
    /* A visit spans days: the day of something else during it is not its date. */
    long day = day_told(v);
    at_date told;
    const at_event *last = v->doc->events.len ? AT_EVENT(v->doc, v->doc->events.len - 1) : NULL;
    if (!at_strcmp(ev->type, "exercise") && last && !at_strcmp(last->type, "port_call") && last->has_end &&
        opens_with_sequel(v)) {
      /* "Từ ngày 5 đến 8/4, tàu ... thăm cảng ... Sau đó, tàu ... diễn tập
       * với ...": a drill told as what followed a ship's stay of days is
       * held as the ship sails off, on the stay's last day. */
      ev->date = last->date_end;
      ev->has_date = true;
      ev->date_from = AT_DATE_REFERENCE;
      ev->date_relative = last->date_relative;
    } else if (day >= 0 && at_strcmp(ev->type, "visit")) {
      const at_event *ref = AT_EVENT(v->doc, day);
      ev->date = ref->date;
      ev->has_date = true;
      ev->date_from = AT_DATE_REFERENCE;
      ev->date_relative = ref->date_relative;
      /* "Sau khi kết thúc chuyến tuần tra chung ..., Tàu 263 đã cập cảng
       * ...": a ship calls at a port before or after a patrol or drill at
       * sea, never during it, and sailing takes days: the month it ended,
       * not a day the story does not tell. */
      if (!at_strcmp(ev->type, "port_call") && !at_strcmp(ref->type, "exercise")) {
        if (ref->has_end) ev->date = ref->date_end;
        ev->date.day = 0;
      }
    } else if (day < 0 && at_strcmp(ev->type, "visit") && same_day_told_before(v, &told)) {
      ev->date = told;
      ev->has_date = true;
      ev->date_from = AT_DATE_REFERENCE;
    } else if (day < 0 && ndates == 0 && year_of_paragraph(v, &told)) {
      ev->date = told;
      ev->has_date = true;
      ev->date_from = AT_DATE_REFERENCE;
    } else if (day < 0 && at_strcmp(ev->type, "visit") &&
               (opens_with_setting(v, m) || opens_with_this_occasion(v) || opens_on_the_sidelines(v) ||
                setting_within_sentence(v, m) ||
                then_before_cue(v, m) || opens_at_a_sitting(v, m, cue_entry) || also_before_cue(v, m) ||
                at_a_sitting_within(v, m, ev->type)) &&
               one_day_told(v, &told)) {
      /* "Tại buổi tiếp, ...", "During the talks, ..." with no such event
       * told before, "Dịp này, ...": the setting of the one day the story
       * tells. */
      ev->date = told;
      ev->has_date = true;
      ev->date_from = AT_DATE_REFERENCE;
    } else if (day < 0 && ndates == 0 && two_sided_meeting(ev->type) && day_of_the_visit_just_told(v, &told)) {
      ev->date = told;
      ev->has_date = true;
      ev->date_from = AT_DATE_REFERENCE;
    } else if (day < 0 && ndates == 0 && at_strcmp(ev->type, "visit") && day_of_the_scene_before(v, m, &told)) {
      ev->date = told;
      ev->has_date = true;
      ev->date_from = AT_DATE_REFERENCE;
    } else if (day < 0 && lead_of_dateline(v)) {
      ev->date = v->doc->filed;
      ev->has_date = true;
      ev->date_from = AT_DATE_REFERENCE;
    } else if (day < 0 && !at_strcmp(ev->type, "multilateral") && year_of_its_host_chair(v, &told)) {
      ev->date = told;
      ev->has_date = true;
      ev->date_from = AT_DATE_TOLD;
    }
    return;
  }
  at_date start;
  if (closing_day(v, m, d, &start)) {
    /* "closed on June 3 after three days": the first day; told without
     * its length, the day it ended is not the happening's date, but its
     * last once its first is told (span_to_its_close). */
    if (!start.month) {
      ev->closed_on = at_resolve_year(d->date, v->doc, v->s);
      return;
    }
    ev->date = at_resolve_year(start, v->doc, v->s);
    ev->has_date = true;
    ev->date_from = start.year ? AT_DATE_TOLD : AT_DATE_TOLD_NO_YEAR;
    ev->date_relative = d->relative;
    /* the day it closed is its last */
    if (start.month != d->date.month || start.day != d->date.day) {
      at_date end = d->date;
      if (!end.year && start.year) end.year = (int16_t)(start.year + (end.month < start.month));
      ev->date_end = at_resolve_year(end, v->doc, v->s);
      ev->has_end = true;
    }
    return;
  }
  ev->date = at_resolve_year(d->date, v->doc, v->s);
  ev->has_date = true;
  ev->date_from = d->date.year ? AT_DATE_TOLD : AT_DATE_TOLD_NO_YEAR;
  ev->date_relative = d->relative;
  if (stay_lasts_until(v, d, dates, ndates, ev)) return;
  /* "departed ... on December 10, concluding a four-day visit": the stay
   * began three days before the day it ended */
  int stay = !d->end.month && d->date.day ? days_ended_after(v, d) : 0;
  if (stay) {
    ev->date_end = ev->date;
    ev->has_end = true;
    ev->date = first_of_days(ev->date, stay);
    return;
  }
  if (d->end.month) {
    ev->date_end = at_resolve_year(d->end, v->doc, v->s);
    ev->has_end = true;
    return;
  }
  /* "Sáng 23/5, ... lên đường thăm chính thức Lào ... từ ngày 23 đến 26/5",
   * "left on May 23 for a visit from May 23 to 26": a span told later in the
   * sentence from the same day is how long the happening lasts (not a
   * reception's or a call's, held in one sitting during it). */
  bool one_sitting = !at_strcmp(ev->type, "reception") || !at_strcmp(ev->type, "call");
  for (size_t i = 0; i < ndates && !one_sitting; i++) {
    const at_date_span *r = &dates[i];
    if (r->tok_start <= d->tok_start || !r->end.month || r->date.month != d->date.month || r->date.day != d->date.day ||
        !d->date.day || (r->date.year && d->date.year && r->date.year != d->date.year))
      continue;
    at_date end = r->end;
    if (!end.year && d->date.year) end.year = (int16_t)(d->date.year + (end.month < d->date.month));
    ev->date_end = at_resolve_year(end, v->doc, v->s);
    ev->has_end = true;
    /* "Chiều tối 8/12, ... trong 4 ngày (từ 8/12 đến 11/12/2025)": the
     * span's year is its first day's too */
    if (!ev->date.year && ev->date_end.year)
      ev->date.year = (int16_t)(ev->date_end.year - (ev->date.month > ev->date_end.month));
    break;
  }
  /* "docked ... on April 11, beginning a five-day visit": the stay's last
   * day is four days after its first (a span told with it is its end) */
  stay = !ev->has_end && (v->s->flags & AT_SENT_ENGLISH) && d->date.day &&
                 (!at_strcmp(ev->type, "visit") || !at_strcmp(ev->type, "port_call"))
             ? days_begun_after(v, d)
             : 0;
  /* "began a three-day official visit to Vietnam on February 26" */
  if (!stay && !ev->has_end && (v->s->flags & AT_SENT_ENGLISH) && d->date.day &&
      (!at_strcmp(ev->type, "visit") || !at_strcmp(ev->type, "port_call") || !at_strcmp(ev->type, "exercise")))
    stay = days_begun_before(v, cue, d);
  /* "Ngày 10-5, tàu ... đã cập cảng Tiên Sa, bắt đầu chuyến thăm ... trong 5 ngày" */
  if (!stay && !ev->has_end && !(v->s->flags & AT_SENT_ENGLISH) && d->date.day &&
      (!at_strcmp(ev->type, "visit") || !at_strcmp(ev->type, "port_call")))
    stay = days_begun_vi(v, d);
  if (stay) {
    ev->date_end = days_after(ev->date, stay - 1); /* the last of `stay` days */
    ev->has_end = true;
  }
}

/* "... would conduct an annual dialogue following the first such dialogue in
 * Hanoi on 12 March this year": a cue dated right after it, to a day (or a
 * whole month) before publication, or before the last full date the story
 * told when it has no publication date, told what happened, whatever was
 * planned around it. */
/* Is another happening named (a cue or a forum) between the cue at m and
 * token t: "agreed to hold a joint exercise during their talks in Hanoi on
 * May 2" - the date after it is that one's? */
static bool happening_named_before(const sentence_view *v, uint32_t m, uint32_t t) {
  for (uint32_t k = m + 1; k < v->s->match_end && match_of(v, k)->tok_start < t; k++) {
    const at_entry *c = cue_at(v, k);
    if ((c && at_strcmp(c->value, "none")) || at_match_entry(match_of(v, k), AT_CAT_MECHANISM)) return true;
  }
  return false;
}

static bool told_as_past(const sentence_view *v, uint32_t m) {
  const at_date_span *dates;
  size_t ndates = view_dates(v, &dates);
  const at_match *cue = match_of(v, m);
  const attache_doc *doc = v->doc;
  /* the day the story is told: its publication, else the last full date it told */
  at_date now = doc->has_published ? doc->published : v->s->told;
  if (!now.year || !now.month) return false;
  for (size_t i = 0; i < ndates; i++) {
    const at_date_span *x = &dates[i];
    if (x->of_document) continue; /* "Nghị quyết số 806-NQ/QUTW ngày 31-12-2013" */
    /* "will carry out ... from Wednesday to Thursday": a weekday is read as
     * the last one up to publication; that it is past is assumed, not told. */
    if (x->relative) continue;
    if (x->tok_start < cue->tok_end || x->tok_start > cue->tok_end + 6 || !x->date.month) continue;
    if (happening_named_before(v, m, x->tok_start)) continue; /* the date of the sitting it was agreed at */
    at_date d = at_resolve_year(x->date, doc, v->s);
    if (!d.year) continue;
    /* "will visit Vietnam in October" in August: a month or day told
     * without its year is put in the year before when it lies ahead (news
     * tells what happened); that it is past is then assumed, not told. */
    if (!x->date.year && d.year < now.year) continue;
    /* "được đề xuất tại cuộc gặp ... tháng 10/2017": a month told whole
     * before the month of publication is past too. */
    if (!x->date.day || !now.day) {
      if (d.year * 100L + d.month < now.year * 100L + now.month) return true;
      continue;
    }
    if (d.year * 10000L + d.month * 100L + d.day < now.year * 10000L + now.month * 100L + now.day) return true;
  }
  return false;
}

/* Can the date span `next` be one more date of a list after `prev` (the
 * stretch between them holds "and" or a comma, no other cue, no new clause
 * and no sentence stop: "in June 2013 and October 2015, as well as Cam Ranh in
 * May 2016")? */
static bool listed_after(const sentence_view *v, const at_date_span *prev, const at_date_span *next) {
  if (next->of_document || next->tok_start < prev->tok_end || next->tok_start > prev->tok_end + 12) return false;
  bool joined = false;
  for (uint32_t t = prev->tok_end; t < next->tok_start; t++) {
    if (tok_punct(v->doc, t, ";") || tok_punct(v->doc, t, ".") || tok_punct(v->doc, t, "(")) return false;
    joined |= at_tok_word(v->doc, t, AT_ROLE_AND) || tok_punct(v->doc, t, ",");
    long k = at_match_at(v->doc, v->s, t);
    if (k < 0) continue;
    const at_entry *c = cue_at(v, (uint32_t)k);
    if ((c && at_strcmp(c->value, "none")) || function_word(v, (uint32_t)k, "clause") ||
        function_word(v, (uint32_t)k, "since") || at_match_entry(match_of(v, (uint32_t)k), AT_CAT_MODAL))
      return false;
  }
  return joined;
}

/* One happening per date listed after the event's own: "the handover of two
 * vessels to Vietnam in 2017 and 2018, respectively"; and after a verb of
 * something done, months told apart ("Indian ships visited Da Nang in June
 * 2013 and October 2015, as well as Cam Ranh in May 2016") are visits of
 * their own, while days of one month ("on May 21 and 22") and a span
 * ("between June 28 and July 2") are one happening's. */
static void told_per_date(sentence_view *v, const at_event *ev, const at_entry *cue) {
  const at_date_span *dates;
  size_t ndates = view_dates(v, &dates);
  bool respectively = sentence_has_word(v, "respectively");
  if (!respectively && (at_entry_is(cue, AT_FLAG_NOUN) || !at_entry_is(cue, AT_FLAG_PAST))) return;
  for (size_t i = 0; i + 1 < ndates; i++) {
    at_date d = at_resolve_year(dates[i].date, v->doc, v->s);
    if (memcmp(&d, &ev->date, sizeof d)) continue;
    uint32_t before = dates[i].tok_start;
    if (!respectively && before > v->s->tok_start + 1 &&
        (at_tok_word(v->doc, before - 1, AT_ROLE_BETWEEN) || at_tok_word(v->doc, before - 2, AT_ROLE_BETWEEN)))
      return;
    at_date seen[MAX_DATES];
    size_t nseen = 0;
    seen[nseen++] = d;
    for (size_t j = i + 1; j < ndates && listed_after(v, &dates[j - 1], &dates[j]); j++) {
      at_event next = *ev;
      next.date = at_resolve_year(dates[j].date, v->doc, v->s);
      next.has_end = false;
      bool new_month = true;
      for (size_t k = 0; k < nseen; k++)
        new_month &= next.date.year != seen[k].year || next.date.month != seen[k].month;
      if (!respectively && !new_month) return;
      seen[nseen++] = next.date;
      *(at_event *)at_vec_push(&v->doc->events) = next;
    }
    return;
  }
}

static bool bilateral_type(const char *type) {
  return !at_strcmp(type, "talks") || !at_strcmp(type, "reception") || !at_strcmp(type, "call") || !at_strcmp(type, "signing") ||
         !at_strcmp(type, "visit");
}

/* Goods or a ship among the few words after a verb of giving at m
 * ("delivered two patrol boats to"), or, told in the passive, before it in
 * its clause ("The equipment was presented to"). */
static bool goods_after(const sentence_view *v, uint32_t m) {
  uint32_t end = match_of(v, m)->tok_end;
  for (uint32_t k = m + 1; k < v->s->match_end && match_of(v, k)->tok_start <= end + 6; k++)
    if (function_word(v, k, "goods") || function_word(v, k, "ship")) return true;
  uint32_t start = match_of(v, m)->tok_start;
  if (start == v->s->tok_start || !at_tok_word(v->doc, start - 1, AT_ROLE_COPULA_PAST)) return false;
  uint32_t from = clause_start(v, start);
  for (uint32_t k = v->s->match_start; k < m; k++)
    if (match_of(v, k)->tok_start >= from && (function_word(v, k, "goods") || function_word(v, k, "ship"))) return true;
  return false;
}

/* "bàn giao 12 bộ hài cốt ... cho thân nhân các gia đình": a handover whose
 * receivers, after it in its clause with no other handover between, are the
 * families (function word kin) is done at home, no exchange between states. */
static bool handed_to_kin(const sentence_view *v, uint32_t m) {
  if (!word_in_clause(v, m, "kin")) return false; /* most asks */
  for (uint32_t k = m + 1; k < v->s->match_end; k++) {
    if (function_word(v, k, "kin")) return clause_start(v, match_of(v, k)->tok_start) <= match_of(v, m)->tok_start;
    const at_entry *c = cue_at(v, k);
    if (c && !at_strcmp(c->value, "exchange")) return false;
  }
  return false;
}

/* "The navy received two frigates from Russia": English "received" (a
 * verb of meeting a person, attr person) with goods or a ship right after it,
 * before anyone named, and their giver after them, reports their handover,
 * not a reception. */
static bool goods_received(const sentence_view *v, uint32_t m, const at_entry *cue) {
  if (!(v->s->flags & AT_SENT_ENGLISH) || at_strcmp(cue->value, "reception") || !at_entry_has_flag(cue, "person") ||
      at_entry_has_flag(cue, "guest_ship")) /* "welcomed the Indian ships": their call */
    return false;
  uint32_t end = match_of(v, m)->tok_end;
  for (uint32_t k = m + 1; k < v->s->match_end && match_of(v, k)->tok_start <= end + 6; k++) {
    /* "received the crew of the frigate": people of the ship, not the ship */
    for (uint32_t t = end; t < match_of(v, k)->tok_start; t++)
      if (at_tok_word(v->doc, t, AT_ROLE_OF)) return false;
    if (function_word(v, k, "goods") || function_word(v, k, "ship")) {
      /* the giver told after it ("from Russia"); "received two ships built
       * in Chile" names none */
      for (uint32_t t = match_of(v, k)->tok_end; t < v->s->tok_end && t < match_of(v, k)->tok_end + 4; t++)
        if (at_tok_word(v->doc, t, AT_ROLE_FROM)) return true;
      return false;
    }
    if (official_or_delegation(v, k)) return false;
  }
  return false;
}

/* "met with heads of Vietnamese representative offices abroad": English
 * talks or a reception with Vietnam's own envoys named right after the verb
 * (function_words.tsv own_envoys) are a domestic meeting. */
static bool own_envoys_met(const sentence_view *v, uint32_t m, const at_entry *cue) {
  if (!(v->s->flags & AT_SENT_ENGLISH) || (at_strcmp(cue->value, "talks") && at_strcmp(cue->value, "reception")))
    return false;
  uint32_t end = match_of(v, m)->tok_end;
  for (uint32_t k = m + 1; k < v->s->match_end && match_of(v, k)->tok_start <= end + 10; k++) {
    if (function_word(v, k, "own_envoys")) return true;
    /* a foreign state named first is the guest's ("for the Lao ambassador") */
    const at_entry *state = at_match_entry(match_of(v, k), AT_CAT_COUNTRY);
    if (state && at_strcmp(state->value, "VN")) return false;
  }
  return false;
}

/* "the dialogue", "their third dialogue", "at the dialogue", "the
 * Vietnam-France defence strategy and cooperation dialogue": an article, a
 * possessive, a reference word, an ordinal or the states or organisation
 * whose dialogue it is, among the few words before the noun at m, in its
 * clause and before any other cue, make it one happening;
 * bare ("promote constructive dialogue", "especially dialogue and
 * cooperation mechanisms") it names the practice. */
static bool ordinal_before(const sentence_view *v, uint32_t m);
static bool determined_before(const sentence_view *v, uint32_t m) {
  if (ordinal_before(v, m)) return true;
  uint32_t start = match_of(v, m)->tok_start, from = clause_start(v, start);
  for (uint32_t k = m; k-- > v->s->match_start;) {
    const at_match *x = match_of(v, k);
    if (x->tok_start < from || x->tok_end + 5 < start || cue_at(v, k)) break;
    if (function_word(v, k, "determiner") || function_word(v, k, "ref") || at_match_entry(x, AT_CAT_COUNTRY) ||
        at_match_entry(x, AT_CAT_ORG))
      return true;
  }
  for (uint32_t t = start; t-- > from && t + 5 >= start;) /* "their dialogue" */
    if (at_tok_word(v->doc, t, AT_ROLE_POSSESSIVE)) return true;
  return false;
}

/* "enhanced dialogue", "boost joint exercises", "maintain regular visits
 * and contacts", "through consultations", "promoted strategic dialogue":
 * an English nominal cue, or a dialogue's or forum's name, a few words
 * after a verb of furthering a practice, or "through" (the means;
 * function_words.tsv fosters), with only unread words between (adjectives:
 * "regular", "mutual"), no article, possessive, preposition, number or
 * ordinal, names the practice, not one happening ("held the dialogue",
 * "the 5th dialogue", "step up ties at talks" stay). */
static bool practice_fostered(const sentence_view *v, uint32_t m) {
  uint32_t start = match_of(v, m)->tok_start;
  if (ordinal_before(v, m)) return false;
  for (uint32_t t = start; t-- > v->s->tok_start && t + 3 >= start;)
    if (at_tok_word(v->doc, t, AT_ROLE_POSSESSIVE)) return false;
  for (uint32_t k = m; k-- > v->s->match_start;) {
    const at_match *x = match_of(v, k);
    if (x->tok_end + 3 < start) break;
    if (x->tok_end > start) continue;
    if (function_word(v, k, "fosters")) return true;
    return false; /* a word read between ("at talks", "the", "two"): no object of the verb */
  }
  return false;
}

/* "visited Vietnam's exhibition space", "visited the booths of ...": a
 * show's stand or hall (function_words.tsv exhibit) named within a few words
 * after a verb of visiting, before another cue, is what was visited. */
static bool exhibit_after(const sentence_view *v, uint32_t m) {
  uint32_t end = match_of(v, m)->tok_end, clause = clause_end(v, end);
  for (uint32_t k = m + 1; k < v->s->match_end && match_of(v, k)->tok_start <= end + 5; k++) {
    if (match_of(v, k)->tok_start >= clause || cue_at(v, k)) return false;
    if (function_word(v, k, "exhibit")) return true;
  }
  return false;
}

/* "saw forces visit ships", "the delegation visited the frigate": a ship
 * (function_words.tsv ship) as the object of "visit" is boarded or toured,
 * no state visited. "visit" read as a noun is a verb when a ship follows
 * it at once. */
static bool ship_visited(const sentence_view *v, uint32_t m, bool noun) {
  uint32_t end = match_of(v, m)->tok_end + (noun ? 0 : 2);
  return m + 1 < v->s->match_end && match_of(v, m + 1)->tok_start <= end && function_word(v, m + 1, "ship");
}

/* "called on the ambassador, in his new post, to make more contributions":
 * a plea, not a courtesy call; an infinitive marker "to" follows the
 * person within a few words. */
static bool plea_after(const sentence_view *v, uint32_t m) {
  uint32_t end = match_of(v, m)->tok_end;
  for (uint32_t t = end; t < v->s->tok_end && t <= end + 10; t++)
    if (at_tok_word(v->doc, t, AT_ROLE_INFINITIVE)) return true;
  return false;
}

/* A multilateral forum named in the clause of match m (a bilateral
 * dialogue is the chair verb's own type: the two are one event). */
static bool forum_in_clause(const sentence_view *v, uint32_t m) {
  uint32_t from = clause_start(v, match_of(v, m)->tok_start), to = clause_end(v, match_of(v, m)->tok_end);
  for (uint32_t k = v->s->match_start; k < v->s->match_end; k++) {
    const at_match *x = match_of(v, k);
    const at_entry *mech = at_match_entry(x, AT_CAT_MECHANISM);
    if (k != m && x->tok_start >= from && x->tok_end <= to && mech && at_strcmp(mech->value, "BILATERAL-DIALOGUE"))
      return true;
  }
  return false;
}

/* Does a verb of chairing at m only tell who chaired a meeting named
 * otherwise: a forum in its clause ("co-chaired the ADMM-Plus Experts'
 * Working Group meeting"), a meeting told as its object ("co-chaired the
 * talks"), the happening already told ("co-chaired the event"), a
 * happening of another kind as the subject of its passive ("The handover
 * ceremony was co-chaired by"), or the noun its participle qualifies ("the
 * nine-day event co-chaired by Vietnam and Japan", "the forum met on March
 * 3, co-chaired by ..."; not "was co-chaired by")? */
static bool chairs_a_meeting_named_otherwise(const sentence_view *v, uint32_t m) {
  if (forum_in_clause(v, m)) return true;
  const at_match *mt = match_of(v, m);
  /* "co-chaired the event": the happening told before, whatever its kind. */
  if (m + 1 < v->s->match_end && match_of(v, m + 1)->tok_start == mt->tok_end && function_word(v, m + 1, "occasion"))
    return true;
  /* "co-chaired the talks", "co-chaired a virtual meeting": its object is
   * the happening (an article between at most). */
  uint32_t k = m + 1;
  if (k < v->s->match_end && function_word(v, k, "determiner") && match_of(v, k)->tok_start == mt->tok_end) k++;
  if (k < v->s->match_end && match_of(v, k)->tok_start <= mt->tok_end + 1) {
    const at_entry *object = at_match_entry(match_of(v, k), AT_CAT_CUE);
    const at_entry *chair = at_match_entry(mt, AT_CAT_CUE);
    if (object && at_strcmp(object->value, "none") && at_strcmp(object->value, "attend") &&
        !at_entry_has_flag(object, "generic") && at_strcmp(object->value, chair->value))
      return true; /* "co-chaired the dialogue", "the meeting" are the chair's own: one event, told by both */
  }
  /* "co-chaired activities within the eighth border defence friendship
   * exchange", "co-chaired the opening ceremony of the joint patrol": a
   * happening of another kind named further on in its clause. */
  uint32_t clause = clause_end(v, mt->tok_end);
  for (uint32_t j = m + 1; j < v->s->match_end && match_of(v, j)->tok_end <= clause; j++) {
    const at_entry *named = at_match_entry(match_of(v, j), AT_CAT_CUE);
    const at_entry *chair = at_match_entry(mt, AT_CAT_CUE);
    if (named && at_entry_is(named, AT_FLAG_NOUN) && at_strcmp(named->value, "none") &&
        at_strcmp(named->value, "attend") && !at_entry_has_flag(named, "generic") && at_strcmp(named->value, chair->value))
      return true;
  }
  if (!at_tok_word(v->doc, mt->tok_end - 1, AT_ROLE_AGENT) || mt->tok_start == v->s->tok_start) return false;
  uint32_t before = mt->tok_start - 1;
  /* "The handover ceremony in Hanoi was co-chaired by X and Y": the subject
   * of the passive names the happening, of another kind than a dialogue. */
  if (at_tok_word(v->doc, before, AT_ROLE_COPULA_PAST)) {
    uint32_t from = clause_start(v, mt->tok_start);
    for (uint32_t j = v->s->match_start; j < m; j++) {
      if (match_of(v, j)->tok_start < from) continue;
      const at_entry *named = at_match_entry(match_of(v, j), AT_CAT_CUE);
      const at_entry *chair = at_match_entry(mt, AT_CAT_CUE);
      if (named && at_entry_is(named, AT_FLAG_NOUN) && at_strcmp(named->value, "none") &&
          at_strcmp(named->value, "attend") && !at_entry_has_flag(named, "generic") && at_strcmp(named->value, chair->value))
        return true;
    }
  }
  /* "The ADMM-Plus Experts' Working Group met on March 3, co-chaired by
   * Vietnam and Japan": set off by a comma, the participle qualifies the
   * meeting told before it. */
  if (tok_punct(v->doc, before, ","))
    for (uint32_t j = v->s->match_start; j < m; j++) {
      const at_entry *mech = at_match_entry(match_of(v, j), AT_CAT_MECHANISM);
      if (mech && at_strcmp(mech->value, "BILATERAL-DIALOGUE")) return true;
      /* "The handover ceremony, co-chaired by X and Y, took place in Hanoi",
       * "A signing ceremony ... took place on Friday, co-chaired by X and
       * Y": the happening of another kind the sentence named before it. */
      const at_entry *named = at_match_entry(match_of(v, j), AT_CAT_CUE);
      const at_entry *chair = at_match_entry(mt, AT_CAT_CUE);
      if (named && at_entry_is(named, AT_FLAG_NOUN) &&
          at_strcmp(named->value, "none") && at_strcmp(named->value, "attend") &&
          !at_entry_has_flag(named, "generic") && at_strcmp(named->value, chair->value))
        return true;
    }
  return AT_TOK(v->doc, before)->kind == AT_TOK_WORD && !at_tok_word(v->doc, before, AT_ROLE_COPULA_PAST) &&
         !at_tok_word(v->doc, before, AT_ROLE_AUXILIARY);
}

/* Does match k name the happening told without naming its kind: a word
 * that refers back (function_words.tsv occasion: "the event") or one that
 * names any meeting (event_cues.tsv attr generic: "the meeting")? */
static bool names_the_happening_told(const sentence_view *v, uint32_t k) {
  if (function_word(v, k, "occasion")) return true;
  const at_entry *c = at_match_entry(match_of(v, k), AT_CAT_CUE);
  return c && at_entry_is(c, AT_FLAG_NOUN) && at_entry_has_flag(c, "generic");
}

/* "The event was co-chaired by X and Y", "Co-chaired by X and Y, the
 * meeting focuses on ...": a verb of chairing at m (event_cues.tsv attr
 * chair) whose happening is named as the subject of its passive, or right
 * after the clause its participle opens, by a word that names no kind
 * (names_the_happening_told), when the happening told is a multilateral
 * forum's meeting (an ADMM-Plus experts' working group co-chaired by two of
 * its members): the chairs chaired that meeting, no bilateral dialogue of
 * their own. */
static bool chairs_the_forum_told(const sentence_view *v, uint32_t m, long current) {
  if (!(v->s->flags & AT_SENT_ENGLISH) || current < 0 || at_strcmp(AT_EVENT(v->doc, current)->type, "multilateral"))
    return false;
  const at_match *mt = match_of(v, m);
  const at_entry *chair = at_match_entry(mt, AT_CAT_CUE);
  if (!chair || !at_entry_has_flag(chair, "chair")) return false;
  if (mt->tok_start == v->s->tok_start) {
    uint32_t end = clause_end(v, mt->tok_end), k = m + 1;
    while (k < v->s->match_end && match_of(v, k)->tok_start < end) k++;
    return k < v->s->match_end && names_the_happening_told(v, k);
  }
  if (!at_tok_word(v->doc, mt->tok_start - 1, AT_ROLE_COPULA_PAST)) return false;
  uint32_t from = clause_start(v, mt->tok_start);
  for (uint32_t k = v->s->match_start; k < m; k++)
    if (match_of(v, k)->tok_start >= from && names_the_happening_told(v, k)) return true;
  return false;
}

/* The match of sentence v that tells the chairs of the forum's meeting
 * told (chairs_the_forum_told), or -1. The sentence's language and the
 * current event's type are read once here, not for each of its matches. */
static long chairs_of_the_forum_told(const sentence_view *v, long current) {
  if (!(v->s->flags & AT_SENT_ENGLISH) || current < 0 || at_strcmp(AT_EVENT(v->doc, current)->type, "multilateral"))
    return -1;
  for (uint32_t k = v->s->match_start; k < v->s->match_end; k++)
    if (chairs_the_forum_told(v, k, current)) return k;
  return -1;
}

/* "in Hanoi", "at Cam Ranh": "at"/"in" (function_words.tsv at) at tok
 * right before a match of the category; the token after that match, or
 * tok. */
static uint32_t past_at_named(const sentence_view *v, uint32_t tok, at_category category) {
  long k = at_match_at(v->doc, v->s, tok);
  if (k >= 0 && match_of(v, (uint32_t)k)->tok_start == tok && function_word(v, (uint32_t)k, "at") &&
      (uint32_t)k + 1 < v->s->match_end && match_of(v, (uint32_t)k + 1)->tok_start == match_of(v, (uint32_t)k)->tok_end &&
      at_match_entry(match_of(v, (uint32_t)k + 1), category))
    return match_of(v, (uint32_t)k + 1)->tok_end;
  return tok;
}

/* The token after a place and a day told from tok on ("in Hanoi on
 * Tuesday", "on May 2"), or tok when none is. */
static uint32_t past_place_and_day(const sentence_view *v, uint32_t end) {
  const at_date_span *dates;
  size_t ndates = view_dates(v, &dates);
  for (bool moved = true; moved;) {
    moved = false;
    for (size_t i = 0; i < ndates; i++)
      if (dates[i].tok_start >= end && dates[i].tok_start <= end + 1 && dates[i].tok_end > end) {
        end = dates[i].tok_end;
        moved = true;
      }
    uint32_t placed = past_at_named(v, end, AT_CAT_PLACE);
    if (placed != end) end = placed, moved = true;
  }
  return end;
}

/* "when they met at the ministry", "the two ministers met in Hanoi": a verb
 * of meeting with both sides as its subject needs no person after it. */
static bool both_met(const sentence_view *v, uint32_t m) {
  uint32_t start = match_of(v, m)->tok_start;
  if (!(v->s->flags & AT_SENT_ENGLISH) || start == v->s->tok_start) return false;
  if (at_tok_word(v->doc, start - 1, AT_ROLE_PLURAL_PRONOUN)) return true;
  /* "General X and his Chilean counterpart Y met in Hanoi": two people
   * named as the subject, joined by "and", the second right before it, or
   * before the place and the day told ahead of the verb, as wire copy
   * does ("Y in Hanoi on Saturday agreed", "Y on Monday agreed"). */
  const at_mention *ms;
  size_t n = at_mentions_in(v->doc, v->index, &ms);
  uint32_t from = clause_start(v, start);
  for (size_t i = 0; i < n; i++) {
    if (ms[i].tok_end > start || ms[i].tok_start < from) continue;
    if (ms[i].tok_end != start && past_place_and_day(v, ms[i].tok_end) != start) continue;
    for (size_t j = 0; j < n; j++) {
      if (ms[j].tok_end > ms[i].tok_start || ms[j].tok_start < from || ms[j].person == ms[i].person) continue;
      for (uint32_t t = ms[j].tok_end; t < ms[i].tok_start; t++)
        if (at_tok_word(v->doc, t, AT_ROLE_AND)) return true;
    }
  }
  return m > v->s->match_start && (function_word(v, m - 1, "both") || function_word(v, m - 1, "pair")) &&
         match_of(v, m - 1)->tok_end == start;
}

/* "in many areas, such as delegation exchanges, dialogue and training",
 * "including a joint drill": a nominal cue listed after a word that opens a
 * list of examples (function_words.tsv list), with no verb between, names a
 * kind of work, not a happening. */
static bool listed_as_a_kind(const sentence_view *v, uint32_t m) {
  uint32_t start = match_of(v, m)->tok_start;
  for (uint32_t k = m; k-- > v->s->match_start;) {
    const at_match *x = match_of(v, k);
    if (x->tok_end + 15 < start) return false;
    if (function_word(v, k, "list")) {
      for (uint32_t t = x->tok_end; t < start; t++)
        if (tok_punct(v->doc, t, ";") || tok_punct(v->doc, t, ":") || tok_punct(v->doc, t, ".")) return false;
      return true;
    }
    const at_entry *c = at_match_entry(x, AT_CAT_CUE);
    if ((c && !at_entry_is(c, AT_FLAG_NOUN)) || function_word(v, k, "past")) return false;
  }
  return false;
}

/* "received in Hanoi on May 2 Admiral X": English may tell the place and
 * the day between a verb and its object. The token after them (after "in"
 * or "at" and a place, and a date), or the cue's end when there are none. */
static uint32_t after_place_and_day(const sentence_view *v, uint32_t m) {
  return past_place_and_day(v, match_of(v, m)->tok_end);
}

/* A person named right after the place and day told after the cue at m. */
static bool person_after_place_and_day(const sentence_view *v, uint32_t m) {
  uint32_t end = after_place_and_day(v, m);
  if (end == match_of(v, m)->tok_end || !(v->s->flags & AT_SENT_ENGLISH)) return false;
  const at_mention *ms;
  size_t n = at_mentions_in(v->doc, v->index, &ms);
  for (size_t i = 0; i < n; i++)
    if (ms[i].tok_start >= end && ms[i].tok_start <= end + 6) return true;
  /* an office or a rank first ("Vice Chief of Staff of Japan's Joint Staff Lieut. Gen. X") */
  for (uint32_t t = end; t <= end + 2 && t < v->s->tok_end; t++) {
    long k = at_match_at(v->doc, v->s, t);
    if (k >= 0 && match_of(v, (uint32_t)k)->tok_start == t &&
        (at_match_entry(match_of(v, (uint32_t)k), AT_CAT_POSITION) || at_match_entry(match_of(v, (uint32_t)k), AT_CAT_RANK)))
      return true;
  }
  return false;
}

/* "held high-level meetings in Laos with President X, Prime Minister Y and
 * ...": an English plural noun of meeting (event_cues.tsv attr place_with)
 * reports meetings only with "with" right after the place and day told
 * after it; bare, it names meetings of any kind ("featuring five plenary
 * meetings"), and right before "with" the longer cue ("meetings with") is
 * read. */
static bool with_after_place(const sentence_view *v, uint32_t m) {
  if (!(v->s->flags & AT_SENT_ENGLISH)) return false;
  /* a state as the place ("in Laos"), which after_place_and_day leaves */
  uint32_t end = past_at_named(v, after_place_and_day(v, m), AT_CAT_COUNTRY);
  return end > match_of(v, m)->tok_end && end < v->s->tok_end && at_tok_word(v->doc, end, AT_ROLE_WITH_EN);
}

/* A verb of meeting someone at match m names no one it met. */
static bool meets_no_one(const sentence_view *v, uint32_t m) {
  return !at_person_after(v, m) && !person_after_place_and_day(v, m);
}

/* Does the cue at m report something that happened, as far as its own words
 * go: no plan around it, a document after "signed", a destination after a
 * bare "visited", a person after English "received"? */
/* Does match k name UN peacekeeping: the area ("gìn giữ hòa bình"), a
 * mission ("Phái bộ", "UNMISS") or one of Vietnam's units on a mission
 * ("Bệnh viện dã chiến cấp 2", "Đội Công binh"; figures.tsv peacekeeping)? */
static bool peacekeeping_at(const sentence_view *v, uint32_t k) {
  return at_match_value(match_of(v, k), AT_CAT_AREA, "peacekeeping") ||
         at_match_value(match_of(v, k), AT_CAT_FIGURE, "peacekeeping");
}

static bool names_peacekeeping(const sentence_view *v) {
  for (uint32_t k = v->s->match_start; k < v->s->match_end; k++)
    if (peacekeeping_at(v, k)) return true;
  return false;
}

/* "Việt Nam triển khai một đơn vị ... Bệnh viện dã chiến cấp 2 ... tham gia
 * gìn giữ hòa bình", "cử Đội Công binh số 2 sang Phái bộ UNISFA": a verb of
 * sending (attr deploy) sends a unit on a UN mission when what it sends is a
 * unit or people, named within a few words after it (a peacekeeping unit or
 * people counted in figures.tsv, function_words.tsv unit_sent: "đơn vị"),
 * and peacekeeping is named after it before another happening. Not "triển
 * khai sửa chữa doanh trại" (carrying out work), nor a count of rotations
 * ("đã cử hơn 200 lượt sĩ quan": a figure, token_words.tsv rotation). */
static bool peacekeeping_sent(const sentence_view *v, uint32_t m) {
  uint32_t cue_end = match_of(v, m)->tok_end;
  bool unit = false, named = false;
  for (uint32_t t = cue_end; t < v->s->tok_end && t < cue_end + 4 && !tok_punct(v->doc, t, ","); t++)
    if (at_tok_word(v->doc, t, AT_ROLE_ROTATION)) return false;
  for (uint32_t k = m + 1; k < v->s->match_end; k++) {
    const at_match *x = match_of(v, k);
    const at_entry *c = cue_at(v, k);
    if (c && at_strcmp(c->value, "none") && at_strcmp(c->value, "attend") && !at_entry_has_flag(c, "mission")) break;
    bool object = at_match_value(x, AT_CAT_FIGURE, "unit:person") || function_word(v, k, "unit_sent") ||
                  at_match_value(x, AT_CAT_FIGURE, "peacekeeping");
    if (object && x->tok_start < cue_end + 4 && !tok_punct(v->doc, x->tok_start - 1, ",")) unit = true;
    named |= peacekeeping_at(v, k);
  }
  return unit && named;
}

/* "lên đường thực hiện nhiệm vụ kiểm tra liên hợp ...": the mission at
 * match m names its task right after it, a happening of its own. */
static bool task_named_after(const sentence_view *v, uint32_t m) {
  for (uint32_t k = m + 1; k < v->s->match_end && match_of(v, k)->tok_start <= match_of(v, m)->tok_end + 2; k++) {
    const at_entry *c = cue_at(v, k);
    if ((c && at_strcmp(c->value, "none") && at_strcmp(c->value, "attend")) || at_match_entry(match_of(v, k), AT_CAT_MECHANISM))
      return true;
  }
  return false;
}

/* "Đoàn công tác Cục Phát triển, Bộ Quốc phòng Campuchia ... đến thăm, chúc
 * Tết cán bộ, chiến sĩ Quân khu 9", "đoàn cán bộ Học viện Quốc phòng Trung
 * Quốc đã đến thăm Học viện Lục quân": in Vietnamese news, a delegation of
 * one foreign state or of one of its provinces (and of no Vietnamese body
 * or place), the subject of a visit that names no destination but the unit
 * or school it called at, came to Vietnam. The subject runs back from the
 * cue to the delegation word, past who led it ("do X dẫn đầu") but not
 * past another happening. */
static bool foreign_delegation_visits(const sentence_view *v, uint32_t m) {
  if (v->s->flags & AT_SENT_ENGLISH) return false;
  const char *state = NULL;
  for (uint32_t k = m; k-- > v->s->match_start;) {
    const at_entry *cue = cue_at(v, k);
    if (cue && at_strcmp(cue->value, "attend") && at_strcmp(cue->value, "none")) return false;
    const at_entry *c = at_match_entry(match_of(v, k), AT_CAT_COUNTRY);
    /* "Bộ CHQS tỉnh Hủa Phăn"; a venue names a school or a seat, of either side */
    if (!c) c = at_match_entry(match_of(v, k), AT_CAT_PLACE);
    if (c && at_entry_has_flag(c, "venue")) c = NULL;
    if (c && (!at_strcmp(c->value, "VN") || (state && at_strcmp(state, c->value)))) return false;
    if (c) state = c->value;
    if (function_word(v, k, "delegation")) return state != NULL;
  }
  return false;
}

/* "đến thăm, chúc Tết ...", "thăm và chúc Tết ...": a visit cue right
 * before the cue at m, joined by a comma or "và". */
static bool visit_just_before(const sentence_view *v, uint32_t m) {
  uint32_t p = m - 1;
  if (m > v->s->match_start + 1 && joining_word(v, p)) p--;
  if (m == v->s->match_start) return false;
  const at_entry *prev = cue_at(v, p);
  if (!prev || at_strcmp(prev->value, "visit")) return false;
  uint32_t gap = match_of(v, m)->tok_start - match_of(v, p)->tok_end;
  uint32_t t = match_of(v, p)->tok_end;
  return gap == 0 || (gap == 1 && (tok_punct(v->doc, t, ",") || at_tok_word(v->doc, t, AT_ROLE_AND)));
}

/* Has the story told a ship's port call? */
static bool told_port_call(const attache_doc *doc) {
  for (size_t e = 0; e < doc->events.len; e++)
    if (!at_strcmp(AT_EVENT(doc, e)->type, "port_call")) return true;
  return false;
}

/* Has a sentence before `upto` told a ship home from its voyage (a ship
 * word and function_words.tsv homecoming: "lễ đón tàu ... trở về sau
 * chuyến ...")? Its homecoming is no port call, but the story is a voyage's. */
static bool ship_came_home(const attache_doc *doc, uint32_t upto) {
  for (uint32_t i = 0; i < upto && i < doc->sentences.len; i++) {
    const at_sentence *s = AT_SENT(doc, i);
    if (!(s->values & function_bit("ship")) || !(s->values & function_bit("homecoming"))) continue;
    bool ship = false, home = false;
    for (uint32_t k = s->match_start; k < s->match_end; k++) {
      ship |= at_match_value(AT_MATCH(doc, k), AT_CAT_FUNCTION, "ship") != NULL;
      home |= at_match_value(AT_MATCH(doc, k), AT_CAT_FUNCTION, "homecoming") != NULL;
    }
    if (ship && home) return true;
  }
  return false;
}

/* Are the games or shows at m part of a visit: a port call the story told
 * (a crew's games ashore), a ship as their subject, or a visit named before
 * them in their sentence ("trong khuôn khổ chuyến thăm, ... đã tổ chức giao
 * lưu văn hóa, thể thao")? */
static bool part_of_a_visit(const sentence_view *v, uint32_t m) {
  if (told_port_call(v->doc)) return true;
  for (uint32_t k = v->s->match_start; k < m; k++) {
    const at_entry *c = cue_at(v, k);
    if (c && (!at_strcmp(c->value, "visit") || !at_strcmp(c->value, "port_call"))) return true;
  }
  return ship_subject(v, m);
}

/* "hai bên thống nhất đẩy mạnh hợp tác trong các lĩnh vực đào tạo, diễn
 * tập chung, gìn giữ hòa bình": a cue in the list after a word of fields
 * (function_words.tsv fields), a few words before it with only commas, "và"
 * and other fields between, names a field of work, no happening. */
static bool listed_as_a_field(const sentence_view *v, uint32_t m) {
  if (!may_hold_word(v, "fields")) return false; /* most sentences */
  for (uint32_t k = m; k-- > v->s->match_start;) {
    const at_match *x = match_of(v, k);
    if (x->tok_end + 12 < match_of(v, m)->tok_start) return false;
    if (function_word(v, k, "fields")) {
      for (uint32_t t = x->tok_end; t < match_of(v, m)->tok_start; t++)
        if (tok_punct(v->doc, t, ";") || tok_punct(v->doc, t, ":") || tok_punct(v->doc, t, ".")) return false;
      return true;
    }
    const at_entry *c = cue_at(v, k);
    if (c && at_strcmp(c->value, "none")) return false; /* another happening between */
  }
  return false;
}

/* "hosted the training ship Esmeralda of the Chilean Navy": a word for a
 * ship (function_words.tsv ship) within three words after the cue. */
static bool ship_after(const sentence_view *v, uint32_t m) {
  uint32_t end = match_of(v, m)->tok_end;
  for (uint32_t k = m + 1; k < v->s->match_end && match_of(v, k)->tok_start <= end + 3; k++)
    if (function_word(v, k, "ship")) return true;
  return false;
}

/* "told Chilean Ambassador X in Hanoi on June 9 that ...": a verb of saying
 * (attr speech) tells a meeting when a named person, or an office or a rank,
 * is its object (a person named within six words, an office or a rank within
 * three: not "told reporters", "told Chilean media") and a day is told after
 * it. */
static bool told_to_a_guest(const sentence_view *v, uint32_t m) {
  uint32_t end = match_of(v, m)->tok_end;
  bool object = false;
  const at_mention *ms;
  size_t n = at_mentions_in(v->doc, v->index, &ms);
  for (size_t i = 0; i < n && !object; i++) object = ms[i].tok_start >= end && ms[i].tok_start <= end + 6;
  for (uint32_t k = m + 1; !object && k < v->s->match_end && match_of(v, k)->tok_start <= end + 3; k++)
    object = at_match_entry(match_of(v, k), AT_CAT_POSITION) || at_match_entry(match_of(v, k), AT_CAT_RANK);
  if (!object) return false;
  const at_date_span *dates;
  for (size_t i = 0, nd = view_dates(v, &dates); i < nd; i++)
    if (dates[i].tok_start >= end && !dates[i].of_document && dates[i].date.day) return true;
  return false;
}

/* Token t past the closing brackets that stand at it. */
static uint32_t closing_brackets(const sentence_view *v, uint32_t t) {
  while (t < v->s->tok_end && tok_punct(v->doc, t, ")")) t++;
  return t;
}

/* English: is the future word at k the length of a stay told after its name,
 * a word of lasting (function_words.tsv ending) right after it ("arrived
 * ... for a visit that will last until Friday", "Its visit is scheduled to
 * last until July 29"): the stay goes on, it is not still to come. */
static bool future_of_its_length(const sentence_view *v, uint32_t k) {
  return (v->s->flags & AT_SENT_ENGLISH) && k + 1 < v->s->match_end && function_word(v, k + 1, "ending") &&
         match_of(v, k + 1)->tok_start <= match_of(v, k)->tok_end + 1;
}

/* Vietnamese tells a forum's plan by the plan word right before the verb of
 * its holding ("Hội nghị ADMM hẹp dự kiến diễn ra vào tháng 5", "... dự kiến
 * được tổ chức", "... dự kiến tổ chức", "... dự kiến sẽ ..."): is the modal
 * at match k so followed (function_words.tsv session or holding, or a
 * future)? */
static bool plan_of_its_holding(const sentence_view *v, uint32_t k) {
  if (v->s->flags & AT_SENT_ENGLISH) return false;
  uint32_t end = match_of(v, k)->tok_end;
  for (uint32_t j = k + 1; j < v->s->match_end && match_of(v, j)->tok_start <= end; j++) {
    if (match_of(v, j)->tok_start != end) continue;
    const at_entry *md = at_match_entry(match_of(v, j), AT_CAT_MODAL);
    if (function_word(v, j, "session") || function_word(v, j, "holding") || (md && !at_strcmp(md->value, "future")))
      return true;
  }
  return false;
}

/* Does the forum's name at match m open its clause, its subject: the
 * clause starts with it, or with the forums named with it ("Hội nghị ADMM
 * ...", "Theo kế hoạch, Hội nghị ADMM lần thứ 14 và Hội nghị ADMM+ ...",
 * not "... đã tham dự Hội nghị ADMM ...")? */
static bool opens_its_clause(const sentence_view *v, uint32_t m) {
  uint32_t from = clause_start(v, match_of(v, m)->tok_start), name = match_of(v, m)->tok_start;
  for (uint32_t k = m; k-- > v->s->match_start && match_of(v, k)->tok_start >= from;) {
    const at_entry *c = at_match_entry(match_of(v, k), AT_CAT_CUE);
    if (at_match_entry(match_of(v, k), AT_CAT_MECHANISM) || (c && match_of(v, k)->tok_end == name))
      name = match_of(v, k)->tok_start; /* a forum named with it, or the head noun of one: "Hội nghị" ADMM */
    else if (c && at_strcmp(c->value, "none"))
      return false;
  }
  return name == from;
}

/* "Giao lưu hữu nghị quốc phòng biên giới Việt Nam - Lào lần thứ 3 dự kiến
 * diễn ra từ ngày 7 đến 9/9", "Diễn tập chung giữa quân đội hai nước sẽ diễn
 * ra ...": a happening that opens its clause as the subject, however long
 * its name, with a word of the future or of a plan (modality.tsv) right
 * before its first verb of holding (function_words.tsv session,
 * takes_place; a second such word may stand between: "dự kiến sẽ diễn ra"),
 * is still to come. A verb of holding told first ("khai mạc ... và sẽ diễn
 * ra đến ngày 20/9") tells it held. */
static bool verb_of_holding(const sentence_view *v, uint32_t k) {
  const at_entry *e = function_word(v, k, "session");
  return function_word(v, k, "takes_place") || (e && at_strcmp(e->phrase, "lần thứ")); /* a round, no verb */
}

static bool subject_of_a_plan_to_hold(const sentence_view *v, uint32_t m) {
  if ((v->s->flags & AT_SENT_ENGLISH) || !opens_its_clause(v, m)) return false;
  for (uint32_t k = m + 1; k < v->s->match_end; k++) {
    if (verb_of_holding(v, k)) return false;
    const at_entry *c = cue_at(v, k);
    if (c && at_strcmp(c->value, "none") && at_strcmp(c->value, "attend")) return false; /* another happening's clause */
    const at_entry *md = at_match_entry(match_of(v, k), AT_CAT_MODAL);
    if (!md || (at_strcmp(md->value, "future") && at_strcmp(md->value, "plan"))) continue;
    for (uint32_t j = k + 1; j < v->s->match_end && j <= k + 2; j++) {
      if (match_of(v, j)->tok_start > match_of(v, j - 1)->tok_end) break; /* a word between */
      if (verb_of_holding(v, j)) return true;
      const at_entry *again = at_match_entry(match_of(v, j), AT_CAT_MODAL);
      if (!again) break;
    }
  }
  return false;
}

/* "Hội nghị ADMM lần thứ 14 và ...": the round of the forum named at token
 * t ("lần thứ" and its number, function_words.tsv session) goes with its
 * name; the token past it, or t. */
static uint32_t past_its_round(const sentence_view *v, uint32_t t) {
  long k = at_match_at(v->doc, v->s, t); /* the one match over token t */
  if (k < 0) return t;
  const at_match *x = match_of(v, (uint32_t)k);
  if (x->tok_start == t && function_word(v, (uint32_t)k, "session") && x->tok_end - x->tok_start == 2 &&
      x->tok_end < v->s->tok_end && at_tok_word(v->doc, x->tok_start, AT_ROLE_OCCURRENCE))
    return x->tok_end + 1;
  return t;
}

/* "met with leaders of defence ministries and heads of delegations, including
 * Chinese Minister X": the people met named in a list (function_words.tsv
 * list: "including", "such as") after a group, in the object's clause, no
 * other happening told between. */
static bool person_listed_after(const sentence_view *v, uint32_t m) {
  if (!may_hold_word(v, "list")) return false;
  for (uint32_t k = m + 1; k < v->s->match_end; k++) {
    const at_entry *c = cue_at(v, k);
    if (c && at_strcmp(c->value, "none") && at_strcmp(c->value, "attend")) return false;
    if (function_word(v, k, "list")) return at_person_after(v, k);
  }
  return false;
}

/* English: is the subject of the cue at m two counterparts, two people
 * joined by "and" the second named "counterpart", right before it ("General
 * X and his Chilean counterpart Y agreed ...")? both_met reads the pair. A
 * sentence that tells the sitting by another cue ("agreed ... during their
 * phone talks on Monday", "at their meeting") has it told there. */
static bool counterparts_subject(const sentence_view *v, uint32_t m) {
  if (!(v->s->flags & AT_SENT_ENGLISH) || !both_met(v, m)) return false;
  for (uint32_t k = v->s->match_start; k < v->s->match_end; k++) {
    const at_entry *c = cue_at(v, k);
    if (k != m && c && is_meeting(c->value)) return false;
  }
  uint32_t from = clause_start(v, match_of(v, m)->tok_start);
  for (uint32_t k = v->s->match_start; k < m; k++)
    if (match_of(v, k)->tok_start >= from && at_match_value(match_of(v, k), AT_CAT_HONORIFIC, "counterpart")) return true;
  return false;
}

/* "đón đoàn cán bộ Bệnh viện dã chiến ... trở về sau một năm làm nhiệm vụ
 * tại Nam Sudan", "lễ đón Tàu 016 trở về sau chuyến thăm Ấn Độ": a welcome
 * (the cue at m) of those coming home (function_words.tsv homecoming after
 * it), no foreign state or body told before that word, welcomes one's own
 * people: no reception, nor a port call. Remains brought home are handed
 * over by the other side (the ceremony is theirs to tell). */
static bool welcomed_home(const sentence_view *v, uint32_t m) {
  if ((v->s->flags & AT_SENT_ENGLISH) || !may_hold_word(v, "homecoming") || sentence_has_word(v, "remains"))
    return false;
  for (uint32_t k = v->s->match_start; k < v->s->match_end; k++) {
    const at_match *x = match_of(v, k);
    const at_entry *c = at_match_entry(x, AT_CAT_COUNTRY), *b = at_match_entry(x, AT_CAT_BODY);
    if ((c && at_strcmp(c->value, "VN")) || (b && strlen(b->value) == 2 && at_strcmp(b->value, "VN"))) return false;
    if (k > m && function_word(v, k, "homecoming")) return true;
  }
  return false;
}

/* Does the cue at m report a happening of the story? (One still planned,
 * modal_before and not told_as_past, frame_candidate has left out.) */
static const at_entry *only_forum_ending_in(const sentence_view *v, uint32_t m);

static bool reports_happening(const sentence_view *v, uint32_t m, const char *type, const at_entry *cue,
                              bool plural, long current) {
  const attache_doc *doc = v->doc;
  const at_match *mt = match_of(v, m);
  bool noun = at_entry_is(cue, AT_FLAG_NOUN);
  if (noun && m + 1 < v->s->match_end && match_of(v, m + 1)->tok_start == mt->tok_end) {
    const at_entry *md = at_match_entry(match_of(v, m + 1), AT_CAT_MODAL);
    if (md && at_entry_has_flag(md, "after")) return false; /* "the visit to be made to Australia" */
  }
  /* "Hội nghị ACDFM-18 sẽ nghe ...", "The exchange is scheduled to take
   * place in late October": a meeting named as the subject of a future, or
   * a happening named as the subject of a plan, is still to come (a forum
   * "slated for" its days is one someone goes to attend). The subject goes
   * on through its acronym in brackets and the forums named with it: "The
   * 14th ASEAN Defence Ministers' Meeting (ADMM-14) and the 7th ADMM Plus
   * (ADMM +) are scheduled to take place", "The 7th ADMM-Plus (ADMM+) and
   * related meetings will be held online". */
  bool vi = !(v->s->flags & AT_SENT_ENGLISH);
  if (subject_of_a_plan_to_hold(v, m)) return false;
  uint32_t subject_end = closing_brackets(v, mt->tok_end);
  if (vi) subject_end = closing_brackets(v, past_its_round(v, subject_end));
  bool forum_subject = vi && at_match_entry(mt, AT_CAT_MECHANISM) && opens_its_clause(v, m);
  if (noun || at_match_entry(mt, AT_CAT_MECHANISM))
    for (uint32_t k = m + 1; k < v->s->match_end && match_of(v, k)->tok_start <= subject_end + 3; k++) {
      const at_entry *named = at_match_entry(match_of(v, k), AT_CAT_CUE);
      if ((named && at_entry_is(named, AT_FLAG_NOUN)) || at_match_entry(match_of(v, k), AT_CAT_MECHANISM)) {
        uint32_t end = closing_brackets(v, match_of(v, k)->tok_end);
        if (vi) end = closing_brackets(v, past_its_round(v, end));
        if (end > subject_end) subject_end = end;
      }
      /* a forum's name is the subject of a plan told after "is", "are"
       * ("are scheduled to take place", "are slated for"); after the name
       * alone, "slated for" tells the days of one someone goes to */
      const at_entry *md = at_match_entry(match_of(v, k), AT_CAT_MODAL);
      uint32_t at = match_of(v, k)->tok_start;
      bool subject_of_plan = noun || at_tok_word(doc, at, AT_ROLE_AUXILIARY) ||
                             (at > v->s->tok_start && at_tok_word(doc, at - 1, AT_ROLE_AUXILIARY)) ||
                             (forum_subject && at == subject_end && plan_of_its_holding(v, k));
      /* a plan told as said in the past (attr said: "The meeting agreed to
       * ...", "X and Y at talks in Hanoi Saturday agreed to ...") was agreed
       * where it names: that sitting was held */
      if (md && (!at_strcmp(md->value, "future") ||
                 (subject_of_plan && !at_strcmp(md->value, "plan") && !at_entry_has_flag(md, "said"))) &&
          !future_of_its_length(v, k))
        return false;
    }
  /* "các chuyến thăm" is generic, but "đã có các cuộc gặp song phương với
   * [named counterparts]" reports meetings: one per partner, split later. */
  if (plural && !(!at_strcmp(type, "talks") && word_in_clause_before(v, m, "past"))) return false;
  if (at_in_brackets(v, mt->tok_start) && at_strcmp(type, "multilateral")) return false;
  /* "ký thỏa thuận chuyển giao tàu tuần tra", "Bản ghi nhớ thăm cảng của
   * tàu hải quân", "hợp đồng chuyển giao 10 xe": a cue right after a
   * document's kind names what the document is about, no happening. */
  if (at_strcmp(type, "signing") && m > v->s->match_start && match_of(v, m - 1)->tok_end == mt->tok_start &&
      at_match_entry(match_of(v, m - 1), AT_CAT_AGREEMENT))
    return false;
  /* A signing names its document after the verb; "The statement was signed
   * by X and Y" and "X and Y signed the document" name the signers of the
   * document just told. */
  if (signed_as_attribute(v, m, cue)) return false;
  bool signers = (signed_by_after(v, m) || told_document_after(v, m)) && signing_just_told(v, current);
  if (!at_strcmp(type, "signing") && !has_agreement_after(v, m) && !signers && !signed_in_the_passive(v, m) &&
      !counted_documents_after(v, m) && !at_entry_has_flag(cue, "document"))
    return false;
  if (at_entry_has_flag(cue, "destination") && !destination(v, m) && !word_before(v, m, "crossing") &&
      !foreign_delegation_visits(v, m) && visiting_guest(v, m) == -2)
    return false;
  /* a show visited is no visit of its state; a show attended abroad is (show_abroad) */
  if (!at_strcmp(type, "visit") && at_strcmp(cue->value, "attend") && ((!noun && exhibit_after(v, m)) || ship_visited(v, m, noun)))
    return false;
  if (at_entry_has_flag(cue, "counterparts") && !counterparts_subject(v, m)) return false;
  if (at_entry_has_flag(cue, "person") && !goods_received(v, m, cue) && !own_envoys_met(v, m, cue) &&
      !at_person_after(v, m) && !person_listed_after(v, m) &&
      !person_after_place_and_day(v, m) &&
      !(!at_strcmp(type, "talks") && both_met(v, m)) && !(at_entry_has_flag(cue, "guest_ship") && ship_after(v, m)))
    return false;
  if (at_entry_is(cue, AT_FLAG_SHIP) && !ship_subject(v, m) && !visitor_arrives(v, m, cue)) return false;
  if (at_entry_has_flag(cue, "sets_off") && !delegation_sets_off(v, m)) return false;
  /* remains, goods: what the verb hands over (both flags: either will do) */
  bool remains = at_entry_is(cue, AT_FLAG_REMAINS) && remains_after(v, m);
  if (at_entry_is(cue, AT_FLAG_REMAINS) && !remains && !(at_entry_has_flag(cue, "goods") && goods_after(v, m)))
    return false;
  if (at_entry_has_flag(cue, "goods") && !goods_after(v, m) && !remains) return false;
  if (!at_strcmp(type, "exchange") && handed_to_kin(v, m)) return false;
  /* "hội thảo" (attr sides): a seminar is a meeting of two sides
   * only with a foreign side named in its sentence, or both sides ("hai
   * bên") before it in its clause; else it is domestic work. */
  /* "Đội cứu hộ ... đã tham gia diễn tập ARDEX tại Lào": a force named by a
   * noun of its mission as the subject of an exercise takes part in that
   * exercise; it makes no mission of its own. */
  if (noun && at_entry_has_flag(cue, "mission"))
    for (uint32_t k = m + 1; k < v->s->match_end; k++) {
      const at_entry *c = cue_at(v, k);
      if (c && !at_strcmp(c->value, "exercise")) return false;
      if (c && at_strcmp(c->value, "none") && at_strcmp(c->value, "attend")) break;
    }
  if (at_entry_has_flag(cue, "sides")) {
    at_event named = {0};
    add_countries(v, &named);
    if (!word_in_clause_before(v, m, "both") && !has_foreign(&named.countries)) return false;
    if (co_hosted_by_two_others(v)) return false;
    /* "... các hoạt động như: hội thảo ..., sửa chữa ...": one of a
     * programme's activities, part of it */
    for (uint32_t k = v->s->match_start; k < m; k++)
      if (function_word(v, k, "activities")) return false;
  }
  if ((noun || at_match_entry(mt, AT_CAT_MECHANISM)) && !vi && practice_fostered(v, m)) return false;
  if (at_entry_has_flag(cue, "determined") && !determined_before(v, m)) return false;
  /* "During the retreat, ...": only in a story that names that forum */
  if (at_entry_has_flag(cue, "forum_named") && !only_forum_ending_in(v, m)) return false;
  if (at_entry_has_flag(cue, "envoy") && !envoy_subject(v, m)) return false;
  if (at_entry_has_flag(cue, "speech") && !told_to_a_guest(v, m)) return false;
  if (at_entry_has_flag(cue, "ashore") && part_of_a_visit(v, m)) return false;
  if (at_entry_has_flag(cue, "wish") && !visit_just_before(v, m)) return false;
  if ((at_entry_is(cue, AT_FLAG_WELCOME) || at_entry_has_flag(cue, "greet")) && welcomed_home(v, m)) return false;
  if (at_entry_has_flag(cue, "mission") && task_named_after(v, m)) return false;
  if (at_entry_has_flag(cue, "deploy") && !peacekeeping_sent(v, m)) return false;
  if (at_entry_has_flag(cue, "peacekeeping") && !names_peacekeeping(v)) return false;
  if (at_entry_has_flag(cue, "peacekeeping") && at_entry_has_flag(cue, "mission") && sentence_has_word(v, "back_home"))
    return false; /* leaving the mission for home, its work done */
  /* "Tại phiên họp, hai bên đã thảo luận ...": a sitting named only as the
   * setting that opens its sentence (attr setting) */
  if (at_entry_has_flag(cue, "setting") &&
      !(word_before(v, m, "ref") && match_of(v, m - 1)->tok_start == v->s->tok_start))
    return false;
  if (noun && (v->s->flags & AT_SENT_ENGLISH) && listed_as_a_kind(v, m)) return false;
  if (listed_as_a_field(v, m)) return false;
  /* "including training and bilateral exercises": a bare plural names a
   * kind of work, unless a verb of doing holds it ("held ... exercises"). */
  if (at_entry_has_flag(cue, "done") && !word_in_clause_before(v, m, "past")) return false;
  if (at_entry_has_flag(cue, "plea") && plea_after(v, m)) return false;
  if (at_entry_has_flag(cue, "chair") && chairs_a_meeting_named_otherwise(v, m)) return false;
  if (at_entry_has_flag(cue, "chair") && chairs_the_forum_told(v, m, current)) return false;
  if (at_entry_has_flag(cue, "comma") && !(mt->tok_start > v->s->tok_start && tok_punct(doc, mt->tok_start - 1, ",")))
    return false;
  return true;
}

/* The number of the meeting at match m in its series: "lần thứ" and a
 * number or a number word within a few words after it ("Đối thoại chính
 * sách quốc phòng Việt Nam - Italy lần thứ 4"); 0 when not told. */
static uint16_t english_ordinal_before(const sentence_view *v, uint32_t m);
static uint16_t session_number(const sentence_view *v, uint32_t m) {
  if (v->s->flags & AT_SENT_ENGLISH) return english_ordinal_before(v, m);
  for (uint32_t k = m + 1; k < v->s->match_end && match_of(v, k)->tok_start <= match_of(v, m)->tok_end + 6; k++) {
    const at_match *x = match_of(v, k);
    if (!function_word(v, k, "session") || x->tok_end - x->tok_start != 2 || x->tok_end >= v->s->tok_end ||
        !at_tok_word(v->doc, x->tok_start, AT_ROLE_OCCURRENCE))
      continue;
    const at_token *t = AT_TOK(v->doc, x->tok_end);
    int n = 0;
    if (t->kind == AT_TOK_NUM && t->end - t->start <= 3) n = atoi(v->doc->text + t->start);
    else if (!at_number_word(v->doc, x->tok_end, &n)) n = 0;
    return n > 0 && n < 1000 ? (uint16_t)n : 0;
  }
  return 0;
}

/* English numbers a happening in its series by an ordinal before its name
 * ("the 75th joint patrol", "the 48th annual joint patrol", "the fifth
 * Vietnam-China border defence friendship exchange"): the ordinal, written
 * in digits or spelled (numbers.tsv ordinal), past at most a few words of
 * the name (capitalised words, dashes, "annual"); 0 when not told. */
static uint16_t english_ordinal_before(const sentence_view *v, uint32_t m) {
  const attache_doc *doc = v->doc;
  uint32_t start = match_of(v, m)->tok_start;
  for (uint32_t t = start; t > v->s->tok_start && t + 6 > start; t--) {
    const at_token *tk = AT_TOK(doc, t - 1);
    int n = 0;
    if (numeric_ordinal(doc, t - 1)) n = atoi(doc->text + tk->start);
    else if (!at_ordinal_word(doc, t - 1, &n)) n = 0;
    if (n > 0) return n < 1000 ? (uint16_t)n : 0;
    bool name_word = tk->kind == AT_TOK_WORD && doc->text[tk->start] >= 'A' && doc->text[tk->start] <= 'Z';
    if (!name_word && !tok_punct(doc, t - 1, "-") && !tok_punct(doc, t - 1, "–") &&
        !at_tok_word(doc, t - 1, AT_ROLE_SERIES))
      return 0;
  }
  return 0;
}

/* The attendance cue of the clause of nominal cue m that names who attended
 * it (attr of: "Hội nghị có sự tham dự của X"), with no other happening
 * named between them; its match index, or -1. */
static long attendance_of_named(const sentence_view *v, uint32_t m) {
  uint32_t end = clause_end(v, match_of(v, m)->tok_end);
  /* "Lễ đón được tổ chức tại cảng, với sự tham dự của X": the clause after
   * the comma, opened by one word, tells who attended it. */
  if (end + 2 < v->s->tok_end && tok_punct(v->doc, end, ","))
    for (uint32_t k = m + 1; k < v->s->match_end && match_of(v, k)->tok_start <= end + 2; k++) {
      const at_entry *c = at_match_value(match_of(v, k), AT_CAT_CUE, "attend");
      if (match_of(v, k)->tok_start == end + 2 && c && at_entry_has_flag(c, "of")) end = clause_end(v, end + 2);
    }
  for (uint32_t k = m + 1; k < v->s->match_end && match_of(v, k)->tok_start < end; k++) {
    const at_entry *c = at_match_entry(match_of(v, k), AT_CAT_CUE);
    if (!c && !at_match_entry(match_of(v, k), AT_CAT_MECHANISM)) continue;
    return c && !at_strcmp(c->value, "attend") && at_entry_has_flag(c, "of") ? (long)k : -1;
  }
  return -1;
}

/* An event of type `told` is the happening a nominal cue of type `named`
 * points back to (a ship's welcome is its port call's, talks at a dialogue
 * the dialogue's). */
static bool same_kind(const char *named, const char *told) {
  return !at_strcmp(named, told) || (!at_strcmp(named, "reception") && !at_strcmp(told, "port_call")) ||
         (!at_strcmp(named, "talks") && !at_strcmp(told, "dialogue"));
}

/* The partner's people the sentence names at the meeting it points back to
 * (cue at match m), those of the meeting's foreign state: "During the
 * meeting with Singaporean Defence Minister X, ..." names X at the sitting
 * with Singapore. Who else it names need not have been there ("... offered
 * condolences on the death of President Y"). */
static void people_of_its_sides(const sentence_view *v, uint32_t m, at_event *meeting) {
  at_event named = {0};
  at_add_people(v, &named, m, PEOPLE_ALL, NULL);
  for (uint8_t i = 0; i < named.nparticipants; i++) {
    const char *c = AT_PERSON(v->doc, named.participants[i])->country;
    if (c && at_strcmp(c, "VN") && at_strset_has(&meeting->countries, c)) at_add_participant(meeting, named.participants[i]);
  }
}

/* A nominal cue that points back ("Tham dự lễ đón có ...", "Sau lễ đón,
 * ...", "At the reception, ..."): returns true when the sentence only goes
 * on about an event already told (then *current is that event), or adds
 * nothing; sets *told_by_reference when the cue names a happening the story
 * never told before ("At the dialogue, ..."). */
static const char *organization_in_title(const sentence_view *v, uint32_t m);
static const char *grouping_meets_a_partner(const sentence_view *v, uint32_t m);
/* "The dialogue took place on October 29 in Canberra and was chaired by X
 * and Y": a bare "the dialogue" opening its sentence as the subject of a
 * verb of holding (session) dated right after it tells when and by whom the
 * dialogue the story named was held, not the forum someone went to. */
static bool dialogue_dated_as_subject(const sentence_view *v, uint32_t m) {
  const at_match *mt = match_of(v, m);
  if (!(v->s->flags & AT_SENT_ENGLISH) || mt->tok_start != v->s->tok_start + 1) return false;
  long held = session_after(v, m);
  if (held < 0 || match_of(v, (uint32_t)held)->tok_start > mt->tok_end + 1) return false;
  const at_date_span *dates;
  uint32_t from = match_of(v, (uint32_t)held)->tok_end;
  for (size_t i = 0, n = view_dates(v, &dates); i < n; i++)
    if (happening_date(&dates[i]) && dates[i].date.month && dates[i].tok_start >= from &&
        words_between(v, from, dates[i].tok_start) <= 4)
      return true;
  return false;
}

static bool refers_back(sentence_view *v, uint32_t m, const char *type, bool noun, long *current,
                        bool *told_by_reference, bool *named_later) {
  attache_doc *doc = v->doc;
  const at_match *mt = match_of(v, m);
  *told_by_reference = false;
  *named_later = false;
  const at_entry *attend = m > v->s->match_start && match_of(v, m - 1)->tok_end == mt->tok_start
                               ? at_match_value(match_of(v, m - 1), AT_CAT_CUE, "attend")
                               : NULL;
  bool joins = word_before(v, m, "joining") && match_of(v, m - 1)->tok_start == v->s->tok_start; /* "Tham gia đón đoàn có ..." */
  /* who led a delegation ("do X dẫn đầu thăm Nhật Bản") did what follows */
  if (attend && at_entry_is(attend, AT_FLAG_DELEGATION)) attend = NULL;
  if ((attend && !at_entry_has_flag(attend, "host")) || joins) {
    /* "Tham dự lễ đón có ...", "Tham gia đón đoàn có ...": who attended an
     * event already told; a verb after "dự" is its name ("Tham dự gặp mặt
     * có ..."). */
    for (size_t e = doc->events.len; e-- > 0;)
      if (!at_strcmp(AT_EVENT(doc, e)->type, type) || !at_strcmp(AT_EVENT(doc, e)->type, "port_call")) {
        /* "X and other officials also attended the meeting": English names them before. */
        if (attend && (v->s->flags & AT_SENT_ENGLISH)) at_add_people(v, AT_EVENT(doc, e), m - 1, PEOPLE_ALL, NULL);
        point_at(v, (long)e, current);
        return true;
      }
    /* "Tham dự lễ đón có ...", opening its clause, lists who attended; a
     * meeting attended is one told under another name ("các đại biểu tham
     * dự Cuộc gặp ..." after the forum). But "tiếp đoàn Campuchia tham dự
     * chương trình giao lưu ... trong hai ngày 27 - 28/8": an exchange or a
     * drill someone attended, after its subject, took place. */
    bool opens = joins || match_of(v, m - 1)->tok_start <= clause_start(v, match_of(v, m - 1)->tok_start);
    bool joint = !at_strcmp(type, "exchange") || !at_strcmp(type, "exercise");
    /* "Trung tướng X dự Hội nghị Tư lệnh Quân y các nước ASEAN": a
     * conference of an organization's members attended is that forum
     * (frame_candidate), not the story's meeting. */
    bool members_forum = !at_strcmp(type, "meeting") && !opens && organization_in_title(v, m);
    /* "Attending the handover ceremony in Da Nang on May 2 were X and Y":
     * English that opens with who attended a happening none told before,
     * dated in its own sentence, tells that happening. */
    const at_date_span *dates;
    /* ... and so does "X attended a meeting between the US Secretary of
     * Defence and ASEAN defence ministers ... on May 31": a grouping's
     * meeting with a partner, dated in its sentence, is no meeting told
     * before. */
    bool tells_it = (opens || grouping_meets_a_partner(v, m)) && (v->s->flags & AT_SENT_ENGLISH) && view_dates(v, &dates) > 0;
    if (noun && (opens || !joint) && !members_forum && !tells_it) return true;
  }
  /* "Buổi tiếp có sự tham dự của X", "Lễ đón diễn ra với sự tham gia của
   * X": a happening named only to say who attended it is the one of its
   * kind told in this sentence or the one before. */
  long attendees = noun ? attendance_of_named(v, m) : -1;
  for (size_t e = doc->events.len; attendees >= 0 && e-- > 0 && AT_EVENT(doc, e)->sentence + 1 >= v->index;)
    if (same_kind(type, AT_EVENT(doc, e)->type)) {
      point_at(v, (long)e, current);
      at_add_people(v, AT_EVENT(doc, e), (uint32_t)attendees, PEOPLE_ALL, NULL);
      return true;
    }
  /* "this phone talk", "this visit": the one the story is telling. */
  if (noun && (v->s->flags & AT_SENT_ENGLISH) && mt->tok_start > v->s->tok_start &&
      at_tok_word(doc, mt->tok_start - 1, AT_ROLE_THIS))
    for (size_t e = doc->events.len; e-- > 0;)
      if (!at_strcmp(AT_EVENT(doc, e)->type, type)) {
        point_at(v, (long)e, current);
        return true;
      }
  /* "led the delegation to the dialogue": a bare "the dialogue" is the forum
   * the story told (the Shangri-La Dialogue), not a dialogue of its own;
   * with none told yet, it is one the story names later. */
  if (!at_strcmp(type, "dialogue") && !at_match_entry(mt, AT_CAT_MECHANISM) && m > v->s->match_start &&
      at_tok_word(doc, mt->tok_start - 1, AT_ROLE_DEFINITE) && !dialogue_dated_as_subject(v, m)) {
    for (size_t e = doc->events.len; e-- > 0;)
      if (!at_strcmp(AT_EVENT(doc, e)->type, "dialogue") || !at_strcmp(AT_EVENT(doc, e)->type, "multilateral")) {
        point_at(v, (long)e, current);
        return true;
      }
    *named_later = true;
  }
  if (!(word_before(v, m, "ref") || word_before(v, m, "nominal") || word_before(v, m, "beside")) ||
      (!at_strcmp(type, "visit") && destination(v, m)))
    return false;
  /* "Sau lễ đón, ...", "Tại buổi tiếp, ...": the event told before, if there
   * is one (a ship's welcome is its port call's); else the sentence is the
   * first to tell of it. "kể từ sau Đối thoại ... lần thứ 3" names another
   * session than the fourth told. */
  uint16_t session = session_number(v, m);
  /* "had meetings with his counterparts from Singapore, the US and Canada.
   * During the meeting with Singaporean Defence Minister X, ...": of the
   * sittings told, the one with the state the sentence names. */
  at_event partner = {0};
  if (two_sided_meeting(type)) add_countries(v, &partner);
  for (size_t e = doc->events.len; e-- > 0;)
    if (session && AT_EVENT(doc, e)->session && AT_EVENT(doc, e)->session != session) continue;
    else if (has_foreign(&partner.countries) && two_sided_meeting(AT_EVENT(doc, e)->type) &&
             foreign_disjoint(&partner.countries, &AT_EVENT(doc, e)->countries))
      continue;
    else if (same_kind(type, AT_EVENT(doc, e)->type)) {
      /* a sentence telling a happening of its own ("Sau hội đàm, X tiếp
       * ...") names its people for that one */
      if (has_foreign(&partner.countries) && !other_cue_in_sentence(v, m)) people_of_its_sides(v, m, AT_EVENT(doc, e));
      /* "At the talks at the border guard command in China's Yunnan
       * province, ...": where the happening told before took place, told
       * in the clause that names it. */
      if (!AT_EVENT(doc, e)->loc_country) find_location_before(v, AT_EVENT(doc, e), clause_end(v, mt->tok_end));
      point_at(v, (long)e, current);
      return true;
    }
  /* "... held talks with X following an official welcome ceremony": the
   * ceremony opened the meeting this sentence already told. */
  if (v->s->event >= 0 && (uint32_t)AT_EVENT(doc, v->s->event)->sentence == v->index) return true;
  /* "At the reception, ..." after "X met with Y": English names the meeting
   * told with another word (Vietnamese keeps "tiếp" and "hội đàm" apart);
   * "following a welcome ceremony" names one held before it. */
  at_event named = {0}; /* the states the sentence names: "During the reception for Japan's X" is no meeting with India */
  add_countries(v, &named);
  if (is_meeting(type) && (v->s->flags & AT_SENT_ENGLISH) && !word_before(v, m, "earlier"))
    for (size_t e = doc->events.len; e-- > 0;)
      if (is_meeting(AT_EVENT(doc, e)->type) && !foreign_disjoint(&named.countries, &AT_EVENT(doc, e)->countries)) {
        point_at(v, (long)e, current);
        return true;
      }
  /* "At the dialogue, the two sides ...": it took place, though the story
   * (or the crawl) left out the sentence that told it. */
  *told_by_reference = !at_match_entry(mt, AT_CAT_MECHANISM); /* a forum is a setting ("Bên lề Đối thoại") */
  return false;
}

/* Does the sentence name a state (countries.tsv)? */
static bool sentence_names_country(const sentence_view *v) {
  for (uint32_t k = v->s->match_start; k < v->s->match_end; k++)
    if (at_match_entry(match_of(v, k), AT_CAT_COUNTRY)) return true;
  return false;
}

/* Does the sentence name a person of another state than Vietnam? */
static bool names_foreign_person(const sentence_view *v) {
  const at_mention *ms;
  size_t n = at_mentions_in(v->doc, v->index, &ms);
  for (size_t i = 0; i < n; i++) {
    const char *c = AT_PERSON(v->doc, ms[i].person)->country;
    if (c && at_strcmp(c, "VN")) return true;
  }
  return false;
}

/* A verb of chairing told in an English sentence ("chaired", "presided
 * over", "co-chaired by": event_cues.tsv attend with host, or chair), after
 * match `from`; its match index, or -1. */
static long chairing_cue(const sentence_view *v, uint32_t from) {
  if (!(v->s->flags & AT_SENT_ENGLISH)) return -1;
  for (uint32_t k = from; k < v->s->match_end; k++) {
    const at_entry *c = cue_at(v, k);
    if (c && (at_entry_has_flag(c, "chair") || (!at_strcmp(c->value, "attend") && at_entry_has_flag(c, "host"))))
      return (long)k;
  }
  return -1;
}

/* "Vietnam joined the ARF Defence Officials' Dialogue, which was chaired by
 * X, Deputy Permanent Secretary ..., and Y, Assistant Secretary ...", "The
 * ASEAN Defence Senior Officials' Meeting was held on May 2, co-chaired by
 * X and Y": those named after a verb of chairing and "by" in the sentence
 * that names a forum's meeting (at m) chair it, whichever side they are of:
 * they take part in it. */
static void add_its_chairs(const sentence_view *v, at_event *ev, uint32_t m) {
  long k = chairing_cue(v, m + 1);
  if (k < 0) return;
  uint32_t by = match_of(v, (uint32_t)k)->tok_end;
  if (!at_tok_word(v->doc, by - 1, AT_ROLE_AGENT)) {
    if (by >= v->s->tok_end || !at_tok_word(v->doc, by, AT_ROLE_AGENT)) return;
    by++;
  }
  const at_mention *ms;
  size_t n = at_mentions_in(v->doc, v->index, &ms);
  for (size_t i = 0; i < n; i++) {
    if (ms[i].tok_start < by || at_excluded_token(v, ms[i].tok_start) || at_in_brackets(v, ms[i].tok_start)) continue;
    const char *c = AT_PERSON(v->doc, ms[i].person)->country;
    at_add_participant(ev, ms[i].person);
    if (c) at_strset_add(&ev->countries, c);
  }
}

/* Is the state at match m the second one an envoy is accredited to
 * ("Ambassador to Ukraine and Moldova": office, function_words.tsv post,
 * a state, "and", this one)? A post, not a place the story goes to. */
static bool second_post_of_an_envoy(const attache_doc *doc, const at_sentence *s, uint32_t m) {
  const at_match *state = AT_MATCH(doc, m);
  if (state->tok_start == 0 || !at_tok_word(doc, state->tok_start - 1, AT_ROLE_AND)) return false;
  uint32_t k = m;
  if (k > s->match_start && AT_MATCH(doc, k - 1)->tok_start == state->tok_start - 1) k--; /* "and" itself */
  if (k < s->match_start + 3) return false;
  const at_match *first = AT_MATCH(doc, k - 1), *post = AT_MATCH(doc, k - 2), *office = AT_MATCH(doc, k - 3);
  return first->tok_end == state->tok_start - 1 && at_match_entry(first, AT_CAT_COUNTRY) &&
         at_match_value(post, AT_CAT_FUNCTION, "post") && post->tok_end == first->tok_start &&
         office->tok_end == post->tok_start &&
         (at_match_value(office, AT_CAT_POSITION, "ambassador") || at_match_value(office, AT_CAT_POSITION, "attache"));
}

/* Has a sentence between the event's and sentence `upto` named a foreign
 * state the event is not with ("On the same day, the Embassy in Russia held
 * a meeting for ...", after a ceremony in Egypt)? The story has gone on to
 * another state's happening, told or not as an event of its own: who speaks
 * after that speaks there. */
static bool story_moved_to_another_state(const attache_doc *doc, const at_event *ev, uint32_t upto) {
  for (uint32_t k = ev->sentence + 1; k < upto; k++) {
    const at_sentence *s = AT_SENT(doc, k);
    if (!(s->categories & (1u << AT_CAT_COUNTRY))) continue; /* most sentences: one test */
    for (uint32_t m = s->match_start; m < s->match_end; m++) {
      const at_entry *e = at_match_entry(AT_MATCH(doc, m), AT_CAT_COUNTRY);
      if (e && strlen(e->value) == 2 && at_strcmp(e->value, "VN") && !at_strset_has(&ev->countries, e->value) &&
          !second_post_of_an_envoy(doc, s, m))
        return true;
    }
  }
  return false;
}

/* "Vietnamese Defence Attaché Col. X emphasised that ...", "Brig. Gen. Y,
 * Assistant Deputy Under Secretary of ..., affirmed that ...": in English,
 * a sentence that goes on about a ceremony told (an exchange: an embassy's
 * anniversary ceremony) and tells no happening of its own, whose first
 * person named speaks right after his name or his apposition (a verb of
 * saying, token_words.tsv speech), names a speaker at the ceremony: he
 * took part in it, if of a state it is with. */
static void speaker_at_the_ceremony(const sentence_view *v, at_event *ev) {
  const attache_doc *doc = v->doc;
  const at_mention *ms;
  size_t n = at_mentions_in(doc, v->index, &ms);
  if (!n) return;
  const at_mention *first = &ms[0];
  for (size_t i = 1; i < n; i++)
    if (ms[i].tok_start < first->tok_start) first = &ms[i];
  uint32_t t = first->tok_end;
  if (t < v->s->tok_end && tok_punct(doc, t, ",")) { /* an apposition closed by a comma */
    uint32_t close = t + 1;
    while (close < v->s->tok_end && close <= t + 16 && !tok_punct(doc, close, ",")) close++;
    if (close >= v->s->tok_end || close > t + 16) return;
    t = close + 1;
  }
  if (t >= v->s->tok_end || !at_tok_word(doc, t, AT_ROLE_SPEECH)) return;
  /* Not a quote's speaker ("\"...,\" Navy spokesman Col. X said on
   * Thursday"): a quote may be given to the press after the happening; nor
   * one told speaking on a day of its own. */
  for (uint32_t q = v->s->tok_start; q < first->tok_start; q++)
    if (tok_punct(doc, q, "\"") || tok_punct(doc, q, "\xE2\x80\x9D")) return;
  /* and introduced here by his rank or office ("Defence Attaché X
   * affirmed"), not a name alone, as a spokesman quoted on is ("X said"). */
  bool titled = false;
  for (uint32_t k = v->s->match_start; k < v->s->match_end && !titled; k++)
    titled = match_of(v, k)->tok_end == first->tok_start &&
             (match_of(v, k)->categories & (1u << AT_CAT_RANK | 1u << AT_CAT_POSITION));
  if (!titled) return;
  const at_date_span *dates;
  for (size_t i = 0, ndates = view_dates(v, &dates); i < ndates; i++)
    if (!dates[i].of_document) return;
  const char *c = AT_PERSON(doc, first->person)->country;
  if (c && !at_strset_has(&ev->countries, c)) return;
  if (story_moved_to_another_state(doc, ev, v->index)) return;
  at_add_participant(ev, first->person);
}

/* Does the event hold the person, or anyone of the state? */
static bool event_holds(const attache_doc *doc, const at_event *ev, long person, const char *state) {
  for (uint8_t i = 0; i < ev->nparticipants; i++) {
    if ((long)ev->participants[i] == person) return true;
    const char *c = state ? AT_PERSON(doc, ev->participants[i])->country : NULL;
    if (c && !at_strcmp(c, state)) return true;
  }
  return false;
}

/* "Lao Ambassador X congratulated Giang on his appointment", "Giang wished
 * Cambodian Ambassador Y a happy new year": in English, a sentence that
 * tells no happening of its own and names a foreigner beside someone who
 * took part in a meeting told with the foreigner's state, of which no one
 * of that state is named, names that state's side of the meeting (several
 * receptions told in one sentence, "received the ambassadors of Laos,
 * Cambodia and China", each guest named after). Only where one such
 * meeting is told, and the foreigner took part in nothing told yet. */
static void guest_named_beside_host(const sentence_view *v) {
  const attache_doc *doc = v->doc;
  const at_mention *ms;
  size_t n = at_mentions_in(doc, v->index, &ms);
  if (n < 2) return;
  for (size_t i = 0; i < n; i++) {
    const at_person *guest = AT_PERSON(doc, ms[i].person);
    if (!guest->country || !at_strcmp(guest->country, "VN")) continue;
    long found = -1;
    bool taken = false;
    for (size_t e = 0; e < doc->events.len && !taken; e++) {
      const at_event *ev = AT_EVENT(doc, e);
      if (event_holds(doc, ev, (long)ms[i].person, NULL)) taken = true;
      if (taken || !is_meeting(ev->type) || !at_strset_has(&ev->countries, guest->country) ||
          event_holds(doc, ev, -1, guest->country))
        continue;
      bool host_here = false;
      for (size_t j = 0; j < n && !host_here; j++)
        host_here = j != i && ms[j].person != ms[i].person && event_holds(doc, ev, (long)ms[j].person, NULL);
      if (!host_here) continue;
      if (found >= 0) { /* two such meetings: not knowable */
        found = -2;
        break;
      }
      found = (long)e;
    }
    if (!taken && found >= 0) at_add_participant(AT_EVENT(doc, found), ms[i].person);
  }
}

/* "The meeting took place in Bandar Seri Begawan, Brunei on August 28",
 * "During the meeting, which was held in Vientiane, ...", "The meeting
 * kicked off in Vientiane": the place told with the verb of holding or
 * opening the generic word at m is the subject of is the scene of the
 * forum it names, when that had none. */
static void take_scene_if_none(const sentence_view *v, uint32_t m, at_event *forum, const at_event *ev) {
  if (forum->loc_country || !ev->loc_country) return;
  if (!word_in_clause(v, m, "session") && !word_in_clause(v, m, "opening") && session_after(v, m) < 0) return;
  forum->loc_country = ev->loc_country;
  forum->place = ev->place;
}

/* "The 18th ADMM took place in Vientiane on May 9. During the meeting, the
 * delegates discussed ...", "At the meeting, participants exchanged views",
 * "The meeting was held via videoconference": with no meeting of two sides
 * of its states told, a meeting named generically right after a forum's
 * meeting (the last happening told) is that meeting, not talks of its own;
 * not when the sentence names two sides ("the two sides", "both countries")
 * or a foreign person, who would meet someone of their own, unless it tells
 * who chaired the meeting ("The meeting was chaired by X", "X presided over
 * the meeting"): the chair of the forum's meeting. */
static bool forum_told_last(sentence_view *v, uint32_t m, const at_event *ev, long *current) {
  if (!v->doc->events.len || sentence_has_word(v, "both") ||
      (names_foreign_person(v) && chairing_cue(v, v->s->match_start) < 0))
    return false;
  size_t e = v->doc->events.len - 1;
  const at_event *forum = AT_EVENT(v->doc, e);
  if (at_strcmp(forum->type, "multilateral") || dates_conflict(forum, ev)) return false;
  take_date_if_none(AT_EVENT(v->doc, e), ev); /* "The meeting was held ... on March 18" */
  take_scene_if_none(v, m, AT_EVENT(v->doc, e), ev);
  point_at(v, (long)e, current);
  return true;
}

/* "X (R) and outgoing Defence Attaché Y at the meeting in Hanoi on July 29
 * (Photo: ...)": a farewell or welcome call whose body tells it only as
 * "congratulated Y on completing his term" has its day and its two sides
 * in the caption alone. A caption's dated meeting of a Vietnamese and a
 * foreign person stands as one of its own when the story tells no meeting
 * before it and names none after it (a cue of a meeting in a line of the
 * story, however it reads there): a caption above the story's "X met Y"
 * shows that meeting. */
static bool caption_tells_a_call(const sentence_view *v, const at_event *ev) {
  const attache_doc *doc = v->doc;
  if (!ev->has_date || ev->countries.n < 2 || ev->nparticipants < 2 || !has_foreign_participant(doc, ev)) return false;
  bool vietnamese = false;
  for (uint8_t i = 0; i < ev->nparticipants && !vietnamese; i++) {
    const char *c = AT_PERSON(doc, ev->participants[i])->country;
    vietnamese = c && !at_strcmp(c, "VN");
  }
  if (!vietnamese) return false;
  for (size_t e = 0; e < doc->events.len; e++)
    if (is_meeting(AT_EVENT(doc, e)->type)) return false;
  for (uint32_t s = v->index + 1; s < doc->sentences.len; s++) {
    const at_sentence *later = AT_SENT(doc, s);
    if (later->flags & (AT_SENT_TITLE | AT_SENT_CAPTION)) continue;
    for (uint32_t k = later->match_start; k < later->match_end; k++) {
      const at_entry *cue = at_match_entry(AT_MATCH(doc, k), AT_CAT_CUE);
      /* "Welcoming the newly-appointed attaché X, the minister said ...":
       * the host's clause opening a later sentence retells this sitting
       * (retells_the_sitting), it names no other meeting */
      if (!cue || !is_meeting(cue->value)) continue;
      if (!(at_entry_has_flag(cue, "participle") && AT_MATCH(doc, k)->tok_start == later->tok_start)) return false;
    }
  }
  return true;
}

/* English "meeting" names any meeting ("Our meeting today", "attended the
 * meeting"): with a meeting of the same states told on no other day (a
 * reception, talks, a call, a dialogue), it is that one, and those it names
 * took part in it; beside a forum's name or a dialogue in its clause ("the
 * Second Joint Working Group meeting", "co-chaired the meeting") it is
 * that one; after a forum's meeting told last, that one (forum_told_last).
 * Returns whether the cue is no meeting of
 * its own. */
static bool meeting_named_generically(sentence_view *v, uint32_t m, const at_event *ev, long *current) {
  /* "The meeting was held as the 10th strategic defense dialogue": the
   * forum or dialogue its clause names is the meeting. */
  if (!(v->s->flags & AT_SENT_ENGLISH)) return true; /* "buổi fan meeting": an English loanword */
  if ((v->s->flags & AT_SENT_CAPTION) && !caption_tells_a_call(v, ev))
    return true; /* "At the meeting (Photo: VNA)" shows one the story tells */
  uint32_t clause = clause_start(v, match_of(v, m)->tok_start);
  for (uint32_t k = v->s->match_start; k < v->s->match_end; k++) {
    const at_entry *c = cue_at(v, k);
    bool forum = at_match_entry(match_of(v, k), AT_CAT_MECHANISM) || (c && !at_strcmp(c->value, "dialogue"));
    if (k != m && forum && clause_start(v, match_of(v, k)->tok_start) == clause) return true;
  }
  /* "highlighted progress made since their August meeting": a dated
   * meeting told after "since" came before the story's; it is not the
   * story's undated one. */
  bool bygone = ev->has_date && word_in_clause_before(v, m, "bygone");
  for (size_t e = v->doc->events.len; e-- > 0;) {
    at_event *told = AT_EVENT(v->doc, e);
    if (!is_meeting(told->type) || foreign_disjoint(&told->countries, &ev->countries) || dates_conflict(told, ev) ||
        (bygone && !told->has_date))
      continue;
    for (uint8_t i = 0; i < ev->nparticipants; i++) at_add_participant(told, ev->participants[i]);
    /* "X pledged ... at a meeting with Y in Moscow. The meeting took place
     * on December 3.": the day told of it is its day. */
    take_date_if_none(told, ev);
    point_at(v, (long)e, current);
    return true;
  }
  return forum_told_last(v, m, ev, current);
}

/* "Lễ đón chính thức Đoàn đại biểu Quân sự cấp cao Liên bang Nga": a
 * foreign delegation met without its people named stands for the visitors
 * of its state the story told (the last visit with them). */
static void delegation_of_visitors(const sentence_view *v, at_event *ev) {
  if (has_foreign_participant(v->doc, ev) || !sentence_has_word(v, "delegation")) return;
  for (size_t e = v->doc->events.len; e-- > 0;) {
    const at_event *visit = AT_EVENT(v->doc, e);
    if (at_strcmp(visit->type, "visit")) continue;
    bool added = false;
    for (uint8_t i = 0; i < visit->nparticipants; i++) {
      const char *c = AT_PERSON(v->doc, visit->participants[i])->country;
      if (c && at_strcmp(c, "VN") && at_strset_has(&ev->countries, c)) {
        at_add_participant(ev, visit->participants[i]);
        added = true;
      }
    }
    if (added) return;
  }
}

/* "Đoàn đại biểu Bộ Quốc phòng Việt Nam do Thượng tướng X dẫn đầu tham dự
 * Triển lãm Hàng không Dubai 2025", "... dự Triển lãm Quốc phòng DSA 2024 tại
 * Kuala Lumpur": an official or a delegation at a show (function_words.tsv
 * exhibit) named right after the attendance cue at m, held in a foreign
 * state, visits that state; the first state or foreign place named after
 * the show is where it is held. NULL when not so. */
static const char *show_abroad(const sentence_view *v, uint32_t m) {
  if (m + 1 >= v->s->match_end || !function_word(v, m + 1, "exhibit") ||
      match_of(v, m + 1)->tok_start != match_of(v, m)->tok_end || !(person_subject(v, m) || envoy_subject(v, m)))
    return NULL;
  for (uint32_t k = m + 2; k < v->s->match_end; k++) {
    const at_entry *c = at_match_entry(match_of(v, k), AT_CAT_COUNTRY);
    if (!c) c = at_match_entry(match_of(v, k), AT_CAT_PLACE);
    if (c && at_entry_has_flag(c, "en-adj")) continue;
    if (c) return at_strcmp(c->value, "VN") ? c->value : NULL;
  }
  return NULL;
}

/* "sang Việt Nam tham dự lễ kỷ niệm", "sang Lào dự lễ khánh thành": a trip
 * to a state made to attend something there is a visit to it. The state told
 * right before the attendance cue at m, itself right after a word of travel
 * (function_words.tsv travel); NULL when the cue is no such trip. A forum
 * attended is its meeting (multilateral), no visit of its own. */
static const char *attended_abroad(const sentence_view *v, uint32_t m) {
  const at_entry *cue = at_match_value(match_of(v, m), AT_CAT_CUE, "attend");
  if (!cue || at_entry_has_flag(cue, "host")) return NULL;
  const char *show = at_entry_is(cue, AT_FLAG_DELEGATION) ? NULL : show_abroad(v, m);
  if (show) return show;
  if (m < v->s->match_start + 2) return NULL;
  const at_match *state = match_of(v, m - 1), *travel = match_of(v, m - 2);
  const at_entry *c = at_match_entry(state, AT_CAT_COUNTRY);
  if (!c) c = at_match_entry(state, AT_CAT_PLACE);
  if (!c || state->tok_end != match_of(v, m)->tok_start || travel->tok_end != state->tok_start ||
      !function_word(v, m - 2, "travel"))
    return NULL;
  for (uint32_t k = v->s->match_start; k < v->s->match_end; k++)
    if (at_match_entry(match_of(v, k), AT_CAT_MECHANISM)) return NULL;
  return c->value;
}

/* Does the sentence tell its happening held at a port ("tại cảng Tiên Sa",
 * "tại cầu cảng": "tại" right before a port of places.tsv, attr port, or a
 * word of one, function_words.tsv port)? */
static bool held_at_port(const sentence_view *v) {
  for (uint32_t k = v->s->match_start; k < v->s->match_end; k++) {
    uint32_t t = match_of(v, k)->tok_start;
    const at_entry *p = at_match_entry(match_of(v, k), AT_CAT_PLACE);
    bool port = function_word(v, k, "port") || (p && at_entry_has_flag(p, "port"));
    if (port && t > v->s->tok_start && at_tok_word(v->doc, t - 1, AT_ROLE_HELD_AT)) return true;
  }
  return false;
}

/* A happening whose name carries a year ("RIMPAC 2018" told in a 2020
 * story, "ARDEX-23") is of that year, over the publication's: its day and
 * month when the sentence tells them with no year, else the year alone
 * when nothing else dates it. Not an undated forum: its yearly session is
 * named so in plans and invitations too ("an invitation to the Shangri-La
 * Dialogue 2017"), and an undated forum is told in passing. */
static void year_from_its_name(const sentence_view *v, uint32_t m, at_event *ev) {
  bool no_year = ev->has_date && ev->date_from == AT_DATE_TOLD_NO_YEAR && ev->date.month;
  if (!no_year && (ev->has_date || !at_strcmp(ev->type, "multilateral"))) return;
  int year = year_of_its_name(v, m, ev->type);
  if (!year) return;
  if (!no_year) {
    ev->date = (at_date){(int16_t)year, 0, 0};
    ev->has_date = true;
    ev->date_from = AT_DATE_TOLD;
    return;
  }
  if (ev->has_end && ev->date_end.year) ev->date_end.year = (int16_t)(ev->date_end.year + year - ev->date.year);
  if (!ev->date.day || at_calendar_day(year, ev->date.month, ev->date.day)) ev->date.year = (int16_t)year;
  ev->date_from = AT_DATE_TOLD;
}

/* "Tháp tùng Chủ tịch nước X trong chuyến thăm có A; B; ...", "Tháp tùng
 * Thủ tướng X thăm chính thức Việt Nam có ...": a sentence that opens with
 * who went along (event_cues.tsv attend with attr escort, or
 * function_words.tsv joining: "Tham gia đoàn ...") and, a few words after
 * the visit's cue m, says who it had (token_words.tsv names_who) tells the
 * visit to list its delegation: all it names took part. The opener's match
 * index, or -1. */
static long escort_listed(const sentence_view *v, uint32_t m) {
  uint32_t first = v->s->match_start;
  if (first >= m || match_of(v, first)->tok_start != v->s->tok_start) return -1;
  const at_entry *cue = at_match_value(match_of(v, first), AT_CAT_CUE, "attend");
  if (!(cue && at_entry_has_flag(cue, "escort")) && !function_word(v, first, "joining")) return -1;
  uint32_t from = match_of(v, m)->tok_end;
  for (uint32_t t = from; t < v->s->tok_end && t <= from + 8; t++) {
    if (AT_TOK(v->doc, t)->kind == AT_TOK_PUNCT && !tok_punct(v->doc, t, ",")) return -1;
    if (at_tok_word(v->doc, t, AT_ROLE_NAMES_WHO)) return (long)first;
  }
  return -1;
}

/* The candidate's date, place, people and states, from the sentence. A
 * ship's visit becomes a port call. */
static void describe(const sentence_view *v, uint32_t m, const at_entry *cue, at_event *ev) {
  attache_doc *doc = v->doc;
  const at_match *mt = match_of(v, m);
  ev->sentence = v->index;
  ev->why.rule = at_entry_is(cue, AT_FLAG_NOUN) ? "nominal-cue" : "verbal-cue";
  ev->why.cue = cue->phrase;
  ev->welcome = at_entry_is(cue, AT_FLAG_WELCOME);
  ev->guest_met = ev->welcome || at_entry_has_flag(cue, "greet");
  ev->plain_meeting = at_entry_has_flag(cue, "plain_meeting");
  ev->why.sentence = v->index;
  set_date(v, m, ev);
  year_from_its_name(v, m, ev);
  ev->daypart = daypart_before(v, m);
  find_location(v, ev);
  /* A ship's visit is a port call; so is a welcome held at a port ("lễ đón
   * đoàn tàu ... tại cảng Tiên Sa", "Lễ đón chính thức được tổ chức tại Cảng
   * Tiên Sa"): the ship's. */
  if ((!at_strcmp(ev->type, "visit") || !at_strcmp(ev->type, "reception")) && ship_subject(v, m) &&
      visiting_guest(v, m) == -2)
    ev->type = "port_call"; /* the crew's courtesy calls are part of it */
  if (!at_strcmp(ev->type, "reception") && held_at_port(v))
    ev->type = "port_call";
  /* "thăm xã giao Bộ trưởng Quốc phòng Campuchia Tea Seiha" (attr
   * courtesy): with an office, a rank or an honorific right after it, a
   * courtesy call on that person, not a visit to a state. */
  if (!at_strcmp(ev->type, "visit") && at_entry_has_flag(cue, "courtesy") && m + 1 < v->s->match_end &&
      match_of(v, m + 1)->tok_start == mt->tok_end) {
    const at_match *x = match_of(v, m + 1);
    if (at_match_entry(x, AT_CAT_POSITION) || at_match_entry(x, AT_CAT_RANK) || at_match_entry(x, AT_CAT_HONORIFIC))
      ev->type = "reception";
  }
  if (!at_strcmp(ev->type, "port_call") && !ev->place) {
    /* "docked at the port of Hai Phong": the place after the lead */
    uint32_t lead = english_place_lead(v, mt->tok_end), first = m + 1;
    while (lead > mt->tok_end && first < v->s->match_end && match_of(v, first)->tok_start < lead) first++;
    for (uint32_t k = first, last = first + 1; k < v->s->match_end && k <= last; k++) {
      if (function_word(v, k, "city_abbr")) { /* "TP Đà Nẵng": the abbreviation is the place's word */
        last++;
        continue;
      }
      const at_entry *p = at_match_entry(match_of(v, k), AT_CAT_PLACE);
      if (p) {
        ev->place = at_tok_text(doc, match_of(v, k)->tok_start, match_of(v, k)->tok_end);
        ev->loc_country = p->value;
        break;
      }
    }
  }
  if (!at_strcmp(ev->type, "port_call") && ev->loc_country) at_strset_add(&ev->countries, ev->loc_country);
  long guest = !at_strcmp(ev->type, "visit") ? visiting_guest(v, m) : -2;
  if (guest != -2) {
    /* "received visiting Japanese Defence Minister X in Hanoi on May 5":
     * X's visit, to where the sentence is (else to the other side); the
     * day is the reception's, not the visit's. */
    const at_mention *ms;
    size_t n = at_mentions_in(doc, v->index, &ms);
    const at_person *who = NULL;
    for (size_t i = 0; i < n && !who; i++)
      if (ms[i].tok_start >= mt->tok_end && ms[i].tok_start <= mt->tok_end + 15) {
        at_add_participant(ev, ms[i].person);
        who = AT_PERSON(doc, ms[i].person);
      }
    const char *from = guest >= 0 ? at_match_entry(match_of(v, (uint32_t)guest), AT_CAT_COUNTRY)->value
                                  : who ? who->country : NULL;
    const char *to = ev->loc_country && !(from && !at_strcmp(from, ev->loc_country)) ? ev->loc_country : NULL;
    if (!to) to = from && !at_strcmp(from, "VN") ? doc->main_foreign : "VN";
    if (from) at_strset_add(&ev->countries, from);
    if (to) at_strset_add(&ev->countries, to);
    ev->loc_country = to;
    ev->has_date = false;
    ev->has_end = false;
  } else if (!at_strcmp(ev->type, "visit")) {
    const char *dest = !at_strcmp(cue->value, "attend") ? attended_abroad(v, m) : destination(v, m);
    if (!dest && at_entry_has_flag(cue, "destination") && foreign_delegation_visits(v, m)) dest = "VN";
    if (dest) ev->loc_country = dest, ev->place = NULL;
    at_add_people(v, ev, m, PEOPLE_VISITORS, ev->loc_country);
    long escort = escort_listed(v, m);
    if (escort >= 0) at_add_people(v, ev, (uint32_t)escort, PEOPLE_ALL, NULL);
    /* "Về phía Indonesia, Bộ trưởng X khẳng định chuyến thăm lần này ...": a
     * visit told by a noun, with no destination and no visitor named, is to
     * where the story's happenings so far took place; who speaks of it from
     * the other side is its visitor. */
    const char *host = NULL;
    for (size_t e = doc->events.len; !ev->loc_country && !ev->nparticipants && e-- > 0 && !host;)
      host = AT_EVENT(doc, e)->loc_country;
    if (host && at_entry_is(cue, AT_FLAG_NOUN)) at_add_people(v, ev, m, PEOPLE_VISITORS, host);
    if (!ev->loc_country && ev->nparticipants) {
      /* "Minister Lich's visit": a visitor goes to the other side, Vietnam's
       * partner of the story or Vietnam. */
      const char *from = AT_PERSON(doc, ev->participants[0])->country;
      if (from && at_strcmp(from, "VN")) ev->loc_country = "VN";
      else if (from) ev->loc_country = doc->main_foreign;
    }
    if (ev->loc_country) at_strset_add(&ev->countries, ev->loc_country);
  } else {
    bool forum = at_match_entry(mt, AT_CAT_MECHANISM) && other_cue_than_its_name(v, m);
    at_add_people(v, ev, m, forum ? PEOPLE_OWN_SIDE : PEOPLE_ALL, NULL);
    if (forum) add_its_chairs(v, ev, m);
    /* "the two ministers signed / witnessed the signing of": the pair signs */
    if (is_meeting(ev->type) || !at_strcmp(ev->type, "signing")) add_the_pair_told(v, ev, v->doc->events.len, false);
  }
  add_countries_up_to(v, ev, match_of(v, m)->tok_start);
  if (is_meeting(ev->type)) delegation_of_visitors(v, ev);
  /* A gathering ("gặp mặt") with a foreign side is a friendship exchange,
   * not a domestic meeting; a welcome of remains ("lễ đón ... hài cốt") is
   * their handover. */
  if (at_entry_has_flag(cue, "gathering") && has_foreign(&ev->countries)) ev->type = "exchange";
  if (!at_strcmp(ev->type, "reception"))
    for (uint32_t k = m + 1; k < v->s->match_end && match_of(v, k)->tok_start <= mt->tok_end + 8; k++)
      if (function_word(v, k, "remains")) ev->type = "exchange";
}

/* The one forum a story names (its mechanism entry), whose name ends in
 * the word that ends the match at m ("the Shangri-La Dialogue" for "this
 * dialogue"); NULL when it names none such, more than one, or a dialogue
 * of two sides too. */
static const at_entry *only_forum_ending_in(const sentence_view *v, uint32_t m) {
  const attache_doc *doc = v->doc;
  const at_token *word = AT_TOK(doc, match_of(v, m)->tok_end - 1);
  const at_entry *found = NULL;
  for (size_t k = 0; k < doc->matches.len; k++) {
    const at_match *x = AT_MATCH(doc, k);
    const at_entry *mech = at_match_entry(x, AT_CAT_MECHANISM);
    if (!mech) continue;
    if (!at_strcmp(mech->value, "BILATERAL-DIALOGUE")) return NULL; /* a dialogue of two told too */
    const at_token *last = AT_TOK(doc, x->tok_end - 1);
    if (last->case_len != word->case_len || memcmp(last->fold_case, word->fold_case, word->case_len)) continue;
    if (found && at_strcmp(found->value, mech->value)) return NULL;
    found = mech;
  }
  return found;
}

/* "the first part of the drill", "the opening of the exercise": the noun
 * of the cue at m after "of" (and an article) names a part of the happening. */
static bool part_of_the_happening(const sentence_view *v, uint32_t m) {
  uint32_t t = match_of(v, m)->tok_start;
  if (t > v->s->tok_start && at_tok_word(v->doc, t - 1, AT_ROLE_DEFINITE)) t--;
  return t > v->s->tok_start && at_tok_word(v->doc, t - 1, AT_ROLE_OF);
}

/* "X, Chief of the Naval Region 5 Command, and General Y, Commander of the
 * Cambodian Ream Naval Base, co-chaired the meeting": an English verb of
 * chairing (event_cues.tsv attr chair) whose object is a meeting of no kind
 * (a generic noun: "the meeting"), in a story that names no dialogue and no
 * forum, tells talks between the two chairs, not a session of a dialogue
 * (the studied gold: dev2-en neb-008). */
static bool chaired_a_plain_meeting(const sentence_view *v, uint32_t m) {
  const at_entry *cue = cue_at(v, m);
  if (!(v->s->flags & AT_SENT_ENGLISH) || !cue || !at_entry_has_flag(cue, "chair")) return false;
  uint32_t k = m + 1;
  const at_match *mt = match_of(v, m);
  if (k < v->s->match_end && function_word(v, k, "determiner") && match_of(v, k)->tok_start == mt->tok_end) k++;
  if (k >= v->s->match_end || match_of(v, k)->tok_start > mt->tok_end + 1) return false;
  const at_entry *object = cue_at(v, k);
  if (!object || at_strcmp(object->value, "talks") || !at_entry_has_flag(object, "generic")) return false;
  const attache_doc *doc = v->doc;
  for (size_t j = 0; j < doc->matches.len; j++) {
    const at_match *x = AT_MATCH(doc, j);
    const at_entry *c = at_match_entry(x, AT_CAT_CUE);
    if (at_match_entry(x, AT_CAT_MECHANISM) || (c && !at_strcmp(c->value, "dialogue") && !at_entry_has_flag(c, "chair")))
      return false;
  }
  return true;
}

/* The mechanism and organizations of a dialogue or forum, and the areas a
 * meeting discussed. False when the mechanisms are policy, not a meeting. */
static bool describe_meeting(const sentence_view *v, uint32_t m, at_event *ev) {
  const at_date_span *dates;
  size_t ndates = view_dates(v, &dates);
  attache_doc *doc = v->doc;
  const at_match *mt = match_of(v, m);
  /* "chuyến tuần tra chung thường niên lần thứ 77": a series' number */
  if (held_in_rounds(ev->type)) ev->session = session_number(v, m);
  if (!at_strcmp(ev->type, "multilateral") || !at_strcmp(ev->type, "dialogue")) {
    const at_entry *mech = at_match_entry(mt, AT_CAT_MECHANISM);
    ev->mechanism = mech ? mech->value : "BILATERAL-DIALOGUE";
    /* "During the dialogue, plenary sessions ..." in a story of the
     * Shangri-La Dialogue (one starting mid-article names it later): an
     * English dialogue told by its noun alone is the one forum of the story
     * so named, not talks of two. */
    const at_entry *forum = !mech && !at_strcmp(ev->type, "dialogue") && (v->s->flags & AT_SENT_ENGLISH)
                                ? only_forum_ending_in(v, m)
                                : NULL;
    if (forum) {
      ev->type = "multilateral";
      ev->mechanism = forum->value;
      mech = forum;
    }
    if (!mech && chaired_a_plain_meeting(v, m)) {
      ev->type = "talks";
      ev->mechanism = NULL;
      return true;
    }
    ev->session = session_number(v, m);
    if (mech && *mech->attr) at_strset_add(&ev->organizations, mech->attr);
    for (uint32_t k = v->s->match_start; k < v->s->match_end; k++) {
      const at_entry *o = at_match_entry(match_of(v, k), AT_CAT_ORG);
      if (o && at_strcmp(o->value, "-")) at_strset_add(&ev->organizations, o->value);
    }
    /* A list of mechanisms with no date, or only a year ("Năm 2018, các
     * hoạt động đa phương ... như ADMM, ADMM+"), is policy or a review, not
     * a meeting. */
    bool day_or_month = false;
    for (size_t i = 0; i < ndates; i++) day_or_month |= dates[i].date.month != 0;
    if (!at_strcmp(ev->type, "multilateral") && distinct_mechanisms(v) >= 2 && !day_or_month) return false;
  }
  /* Areas are what a meeting discussed; a visit carries none of its own. */
  if (at_strcmp(ev->type, "visit")) add_areas(v, &ev->areas);
  else if (discussion_event(doc) >= 0) add_areas(v, &AT_EVENT(doc, discussion_event(doc))->areas);
  return true;
}

/* A delegation word ("đoàn công tác") in the clause before the cue at m,
 * with no other happening between: the delegation is its subject. */
static bool delegation_before(const sentence_view *v, uint32_t m) {
  uint32_t at = match_of(v, m)->tok_start, from = clause_start(v, at);
  /* a Vietnamese verb opening its clause ("đoàn đã ...; thăm, giao lưu
   * với ..."): its subject is the clause before's */
  if (at == from && !(v->s->flags & AT_SENT_ENGLISH) && from >= v->s->tok_start + 2 &&
      (tok_punct(v->doc, from - 1, ",") || tok_punct(v->doc, from - 1, ";")))
    from = clause_start(v, from - 1);
  for (uint32_t k = m; k-- > v->s->match_start && match_of(v, k)->tok_start >= from;) {
    const at_entry *c = cue_at(v, k);
    if (c && at_strcmp(c->value, "none") && at_strcmp(c->value, "attend")) return false;
    if (function_word(v, k, "delegation")) return true;
  }
  return false;
}

/* Has the story told a happening of this type (a ship's port call for a
 * visit or a welcome)? */
static bool told_before(const attache_doc *doc, const char *type) {
  bool ship = !at_strcmp(type, "visit") || !at_strcmp(type, "reception");
  for (size_t e = 0; e < doc->events.len; e++) {
    const char *t = AT_EVENT(doc, e)->type;
    if (!at_strcmp(t, type) || (ship && !at_strcmp(t, "port_call"))) return true;
    if (is_meeting(type) && (is_meeting(t) || !at_strcmp(t, "multilateral"))) return true; /* "Cuộc gặp diễn ra ..." */
  }
  return false;
}

/* A past verb of chairing in the clause of match m ("X and Y co-chaired the
 * ... meeting"): the meeting was held. */
static bool chaired_in_clause(const sentence_view *v, uint32_t m) {
  uint32_t from = clause_start(v, match_of(v, m)->tok_start), to = clause_end(v, match_of(v, m)->tok_end);
  for (uint32_t k = v->s->match_start; k < v->s->match_end; k++) {
    const at_entry *c = at_match_entry(match_of(v, k), AT_CAT_CUE);
    if (c && at_entry_has_flag(c, "chair") && at_entry_is(c, AT_FLAG_PAST) && match_of(v, k)->tok_start >= from &&
        match_of(v, k)->tok_end <= to)
      return true;
  }
  return false;
}

/* How many happenings numbered in a series name the nominal cue at m: the
 * ordinals listed right before it ("the 55th and 56th joint patrols": 2;
 * "the 75th joint patrol": 1; none: 0). A numbered happening is a fact of
 * its own, as a date is. */
static unsigned numbered_before(const sentence_view *v, uint32_t m) {
  unsigned n = 0;
  uint32_t t = match_of(v, m)->tok_start;
  while (t > v->s->tok_start && numeric_ordinal(v->doc, t - 1)) {
    n++;
    t--;
    if (t > v->s->tok_start && (at_tok_word(v->doc, t - 1, AT_ROLE_AND) || tok_punct(v->doc, t - 1, ","))) t--;
    else break;
  }
  return n;
}

/* Is the clause before the one opening at token `from` (cue m's) told as
 * done: a past word in it (function_words.tsv past: "đã", "joined") before
 * `from`, and no other happening's cue between it and m? */
static bool past_in_clause_before(const sentence_view *v, uint32_t m, uint32_t from) {
  uint32_t prev = clause_start(v, from - 1);
  bool past = false;
  for (uint32_t k = v->s->match_start; k < m; k++) {
    if (match_of(v, k)->tok_start < prev) continue;
    const at_entry *c = cue_at(v, k);
    if (c && at_strcmp(c->value, "none") && at_strcmp(c->value, "attend")) return false; /* another happening's */
    past |= function_word(v, k, "past") != NULL && match_of(v, k)->tok_end < from;
  }
  return past;
}

/* "took part in MILAN 2026, a multilateral naval exercise hosted by India":
 * an English nominal cue heading an apposition (a comma, then an article,
 * a few words before it) names what the clause before the comma told; a
 * past word there (function_words.tsv past: "joined", "took part in"), with
 * no other happening after it, is its own. */
static bool past_before_apposition(const sentence_view *v, uint32_t m) {
  if (!(v->s->flags & AT_SENT_ENGLISH)) return false;
  uint32_t at = match_of(v, m)->tok_start, from = clause_start(v, at);
  if (from < v->s->tok_start + 2 || !tok_punct(v->doc, from - 1, ",") || !at_tok_word(v->doc, from, AT_ROLE_ARTICLE) ||
      at > from + 4)
    return false;
  return past_in_clause_before(v, m, from);
}

/* "Đoàn đã hoàn thành nhiệm vụ huấn luyện; thăm, giao lưu với Hải quân
 * ...": a Vietnamese verb opening the clause after a comma or semicolon,
 * with no subject of its own, shares the tense of the clause before it; a
 * past word there (function_words.tsv past: "đã"), with no other happening
 * after it, makes it told as done. */
static bool past_shared_by_verbs(const sentence_view *v, uint32_t m, const at_entry *cue) {
  if ((v->s->flags & AT_SENT_ENGLISH) || at_entry_is(cue, AT_FLAG_NOUN)) return false;
  uint32_t at = match_of(v, m)->tok_start, from = clause_start(v, at);
  if (at != from || from < v->s->tok_start + 2 || !(tok_punct(v->doc, from - 1, ",") || tok_punct(v->doc, from - 1, ";")))
    return false;
  return past_in_clause_before(v, m, from);
}

/* Is the candidate told as a fact: a date, a person, a past marker, or, for
 * a named meeting, that it was held? Told in passing within a dated report
 * ("trong chuyến thăm ... tới Minsk, ngày 4/12 ...") it is real too. */
static bool anchored(const sentence_view *v, uint32_t m, const at_entry *cue, const at_event *ev) {
  /* A headline tells the story's news in the present: "Bộ trưởng X tiếp Đại
   * sứ Y". A dated candidate is anchored whatever else is read below (each
   * answer grants its date): asked first, most candidates read nothing. */
  if ((v->s->flags & AT_SENT_TITLE) || ev->has_date) return true;
  const at_date_span *dates;
  size_t ndates = view_dates(v, &dates);
  const at_mention *ms;
  bool has_people = at_mentions_in(v->doc, v->index, &ms) > 0;
  /* "The exercise (VINBAX 2024) concluded on ...": what closed was held. */
  bool closed = false;
  for (uint32_t k = m + 1; k < v->s->match_end && !closed; k++) {
    const at_entry *other = cue_at(v, k);
    if (other && at_strcmp(other->value, "none")) break; /* what follows another cue is its own */
    closed = function_word(v, k, "closing") != NULL;
  }
  /* "have commenced 'VINBAX 2024', a joint exercise ...": what began was held. */
  bool began = false;
  for (uint32_t k = v->s->match_start; k < m && (v->s->flags & AT_SENT_ENGLISH); k++)
    began |= function_word(v, k, "opening") != NULL;
  bool past = word_in_clause_before(v, m, "past") || at_entry_is(cue, AT_FLAG_PAST) || closed || began ||
              (at_entry_is(cue, AT_FLAG_NOUN) && past_before_apposition(v, m)) || past_shared_by_verbs(v, m, cue) ||
              (!(v->s->flags & AT_SENT_ENGLISH) && !at_entry_is(cue, AT_FLAG_NOUN) && opens_with_before_that(v));
  if (at_match_entry(match_of(v, m), AT_CAT_MECHANISM)) {
    /* A named meeting is the subject: "... lần thứ 10 vừa diễn ra tại Seoul". */
    bool held = sentence_has_word(v, "session") || word_in_clause(v, m, "past") || chaired_in_clause(v, m);
    /* "X attended the ADMM in Vientiane", "Vietnam attended the ADMM": the
     * verb of attending told in the past before it, in its clause, tells
     * the meeting held as "took part in" (a past word) does, whoever the
     * subject (a person, a delegation, a state). */
    uint32_t from = clause_start(v, match_of(v, m)->tok_start);
    /* A photo's caption tells in the present what the photo shows: "X
     * attends the 22nd Shangri-La Dialogue" is as held as "attended". */
    bool shown = v->s->flags & AT_SENT_CAPTION;
    for (uint32_t k = v->s->match_start; k < m && !held; k++) {
      const at_entry *c = cue_at(v, k);
      held = c && !at_strcmp(c->value, "attend") && (shown || at_entry_is(c, AT_FLAG_PAST)) &&
             match_of(v, k)->tok_start >= from;
    }
    return held || (has_people && past);
  }
  /* "thông qua việc Hàn Quốc chuyển giao tàu": a happening named as a topic ("việc
   * ...") is talked about, not reported; only its own date makes it one. */
  if (word_in_clause_before(v, m, "topic")) return false;
  bool noun = at_entry_is(cue, AT_FLAG_NOUN);
  /* "Khóa tập huấn được tổ chức ...", "Lễ ... diễn ra tại ...": held; with
   * such a happening told before, it goes on about that one. */
  bool held = word_in_clause(v, m, "session") || ((v->s->flags & AT_SENT_ENGLISH) && session_after(v, m) >= 0);
  if (noun && held && !told_before(v->doc, ev->type)) return true;
  /* "Giao lưu hữu nghị ... lần thứ nhất vừa qua được tổ chức tại ...",
   * "Diễn tập chung ... đã diễn ra": a happening that opens its clause as
   * the subject of a verb of holding told in the past was held, dated or
   * not (one told before: this goes on about it). Not what is counted or
   * dated over a period: "đã diễn ra 8 lần", "... thường niên từ năm 2005". */
  uint32_t at = match_of(v, m)->tok_start;
  if (!(v->s->flags & AT_SENT_ENGLISH) && held && ndates == 0 && at == clause_start(v, at) &&
      word_in_clause(v, m, "past") && !told_before(v->doc, ev->type)) {
    uint32_t verb = v->s->tok_end; /* where the verb of holding ends ("lần thứ nhất" comes before it) */
    for (uint32_t k = m + 1; k < v->s->match_end && verb == v->s->tok_end; k++)
      if (function_word(v, k, "session")) verb = match_of(v, k)->tok_end;
    bool counted = false;
    for (uint32_t t = verb; t < v->s->tok_end && !counted; t++) counted = at_tok_word(v->doc, t, AT_ROLE_OCCURRENCE);
    for (uint32_t k = m + 1; k < v->s->match_end && !counted; k++)
      counted = function_word(v, k, "since") || at_match_value(match_of(v, k), AT_CAT_FIGURE, "cumulative");
    if (!counted) return true;
  }
  /* "Quân khu 7 tổ chức giao hữu bóng chuyền với quân đội Campuchia": an
   * exchange or exercise held with a foreign side the sentence names was
   * held; one in a list of a programme's activities ("có các hoạt động:
   * ..., tổ chức tuần tra chung") may be its plan. */
  bool joint = !at_strcmp(ev->type, "exchange") || !at_strcmp(ev->type, "exercise");
  bool listed = false; /* after "các hoạt động", anywhere before it in the sentence */
  for (uint32_t k = v->s->match_start; k < m && !listed; k++) listed = function_word(v, k, "activities") != NULL;
  if (joint && word_before(v, m, "holding") && !listed) {
    at_event named = {0};
    add_countries(v, &named);
    if (has_foreign(&named.countries)) return true;
  }
  /* "Hai bên ký ...", "Hai Bộ trưởng ký ...", "Hai bên chứng kiến lễ ký
   * ...": the two sides, or the two people of the meeting told, as its
   * subject tell the story's own happening in the present; a noun so told
   * only a signing (a document is named after it), not "Hai bên nhất trí
   * tăng cường trao đổi đoàn". */
  bool sides = word_in_clause_before(v, m, "both") || word_in_clause_before(v, m, "pair");
  /* "Nằm trong chuỗi các hoạt động giao lưu hữu nghị, hai Bộ trưởng sẽ
   * ...": a happening named as a kind of activities right after "các hoạt
   * động" is a category; the people of the sentence are not its own, only
   * its date or a past tells it held. */
  if (m > v->s->match_start && function_word(v, m - 1, "activities") &&
      match_of(v, m - 1)->tok_end == match_of(v, m)->tok_start && !(v->s->flags & AT_SENT_ENGLISH))
    return past;
  return has_people || past || (sides && (!noun || !at_strcmp(ev->type, "signing"))) ||
         (ndates > 0 && subordinate(v, m)) || (noun && (v->s->flags & AT_SENT_ENGLISH) && numbered_before(v, m));
}

/* ---- background ------------------------------------------------------------ */

/* Does the date span follow the period word at match p as what the period
 * counts from ("since 2010", "since May 2012", "since early 2019")? So is
 * any date within a period's phrase opening the sentence, before the clause
 * it governs: "Since its departure from its home port in June, the frigate
 * has taken part in exercises ..." (the departure's month, not the
 * exercises'). */
static bool counted_from(const sentence_view *v, uint32_t p, const at_date_span *d) {
  uint32_t start = match_of(v, p)->tok_start, end = match_of(v, p)->tok_end;
  if (d->tok_start < end) return false;
  if (d->tok_start <= end + 2) return true;
  return clause_start(v, start) == v->s->tok_start && clause_end(v, end) < v->s->tok_end &&
         d->tok_end <= clause_end(v, end);
}

/* Is the event's date only what a period of the sentence counts from? */
static bool dated_by_period(const sentence_view *v, const at_event *ev) {
  const at_date_span *dates;
  size_t ndates = view_dates(v, &dates);
  for (uint32_t k = v->s->match_start; k < v->s->match_end; k++) {
    const at_entry *e = at_match_entry(match_of(v, k), AT_CAT_MODAL);
    if (!e || at_strcmp(e->value, "period")) continue;
    for (size_t i = 0; i < ndates; i++) {
      at_date d = at_resolve_year(dates[i].date, v->doc, v->s);
      if (counted_from(v, k, &dates[i]) && !memcmp(&d, &ev->date, sizeof d)) return true;
    }
  }
  return false;
}

static bool before_publication(const attache_doc *doc, const at_event *ev) {
  return doc->has_published && ev->has_date && ev->date.year && ev->date.year < doc->published.year;
}

/* Nothing but auxiliaries between matches a and b ("had previously visited"). */
static bool only_auxiliaries_between(const sentence_view *v, uint32_t a, uint32_t b) {
  for (uint32_t t = match_of(v, a)->tok_end; t < match_of(v, b)->tok_start; t++) {
    long k = at_match_at(v->doc, v->s, t);
    if (k < 0 || !function_word(v, (uint32_t)k, "past")) return false;
  }
  return true;
}

/* An ordinal just before match m ("the 156th handover", "his first visit",
 * "the latest round"): the happening is counted in a series. */
static bool ordinal_before(const sentence_view *v, uint32_t m) {
  uint32_t start = match_of(v, m)->tok_start;
  for (uint32_t t = start; t > v->s->tok_start && t + 3 > start; t--) {
    const at_token *tk = AT_TOK(v->doc, t - 1);
    const char *p = v->doc->text + tk->start;
    size_t n = tk->end - tk->start;
    const char *end = p + n - 2;
    bool suffix = !memcmp(end, "st", 2) || !memcmp(end, "nd", 2) || !memcmp(end, "rd", 2) || !memcmp(end, "th", 2);
    if (tk->kind == AT_TOK_WORD && n >= 3 && p[0] >= '0' && p[0] <= '9' && suffix) return true; /* "1st", "156th" */
    long k = at_match_at(v->doc, v->s, t - 1); /* "first", "latest" (function_words.tsv ordinal) */
    if (k >= 0 && match_of(v, (uint32_t)k)->tok_end == t && function_word(v, (uint32_t)k, "ordinal")) return true;
  }
  return false;
}

/* Does the period word at match p govern the cue at match m? It governs its
 * own clause ("have held joint patrols since 2010"), and the clauses after it
 * when it opens the sentence ("Since 2006, Vietnam has attended ...", "Since
 * its departure in June, the frigate has sailed the Pacific, and taken part
 * in exercises ..."); not a
 * happening it counts in a series ("the first visit since 2015", "the 156th
 * handover since 1973"). */
static bool period_governs(const sentence_view *v, uint32_t p, uint32_t m) {
  uint32_t period_clause = clause_start(v, match_of(v, p)->tok_start);
  uint32_t cue_clause = clause_start(v, match_of(v, m)->tok_start);
  bool fronted = period_clause == v->s->tok_start && m > p &&
                 clause_start(v, clause_end(v, match_of(v, p)->tok_end) + 1) <= cue_clause;
  if (cue_clause != period_clause && !fronted) return false;
  if (m < p && ordinal_before(v, m)) return false;
  return true;
}

/* Is the cue at m told as habit or history, beside the story's own
 * happenings (data/modality.tsv, attr background)?
 * - within a period ("since 2010", "every year", "since then"): no one
 *   event, unless dated on its own or what the period counts from ("since
 *   their August meeting", "since the second dialogue in April 2022");
 * - right after an adverb of earlier times ("first visited", "had previously
 *   met"), undated or dated before the year of publication;
 * - in a relative clause about someone (", who visited Vietnam in 2003,"),
 *   dated before the year of publication.
 * - as when relations were raised to a framework years before the story
 *   ("In 2016, during the Prime Minister's visit to Vietnam, relations were
 *   elevated to a comprehensive strategic partnership"), dated two years or
 *   more before the year of publication: the framework's history.
 * A happening of years ago told as a fact of its own ("Indian ships visited
 * Da Nang in June 2013") is still an event. */
static bool told_as_background(const sentence_view *v, uint32_t m, const at_entry *cue, const at_event *ev) {
  const at_match *mt = match_of(v, m);
  if (v->doc->has_published && ev->has_date && ev->date.year && ev->date.year + 2 <= v->doc->published.year &&
      may_hold_word(v, "upgrade")) {
    bool upgrade = false, framework = false;
    for (uint32_t k = v->s->match_start; k < v->s->match_end; k++) {
      upgrade = upgrade || function_word(v, k, "upgrade");
      framework = framework || (upgrade && at_match_entry(match_of(v, k), AT_CAT_FRAMEWORK));
    }
    if (framework) return true;
  }
  bool verb = !at_entry_is(cue, AT_FLAG_NOUN) && !at_match_entry(mt, AT_CAT_MECHANISM);
  /* a word of background is a modal one: most sentences hold none */
  for (uint32_t k = v->s->match_start; holds_category(v, AT_CAT_MODAL) && k < v->s->match_end; k++) {
    const at_entry *e = at_match_entry(match_of(v, k), AT_CAT_MODAL);
    if (!e || !at_entry_has_flag(e, "background")) continue;
    const at_match *w = match_of(v, k);
    if (!at_strcmp(e->value, "period")) {
      if (!period_governs(v, k, m)) continue;
      /* "since their August meeting": the happening the period counts from
       * is a noun after it; a verb after it is what recurs ("has frequently
       * welcomed", "regularly held talks") */
      bool object = !verb && k < m && mt->tok_start <= w->tok_end + 4 && clause_start(v, mt->tok_start) <= w->tok_start;
      if (!object && !(ev->has_date && !dated_by_period(v, ev))) return true;
    } else if (verb && k < m && only_auxiliaries_between(v, k, m) && (!ev->has_date || before_publication(v->doc, ev))) {
      return true;
    }
  }
  if (!may_hold_word(v, "relative")) return false; /* most sentences: the clause need not be looked for */
  uint32_t from = clause_start(v, mt->tok_start);
  long r = from > v->s->tok_start ? at_match_at(v->doc, v->s, from) : -1;
  return r >= 0 && match_of(v, (uint32_t)r)->tok_start == from && function_word(v, (uint32_t)r, "relative") &&
         before_publication(v->doc, ev);
}

/* Is the forum at match m named as a framework or a membership, not as a
 * meeting: followed, past its abbreviation in brackets, by "framework",
 * "member states", "mechanism" (function_words.tsv forum_part: "within the
 * ADMM+ framework", "ADMM-Plus member countries")? */
static bool names_framework(const sentence_view *v, uint32_t m) {
  uint32_t t = match_of(v, m)->tok_end;
  if (t < v->s->tok_end && tok_punct(v->doc, t, "(")) {
    uint32_t close = t + 1;
    while (close < v->s->tok_end && close < t + 8 && !tok_punct(v->doc, close, ")")) close++;
    t = close + 1;
  } else if (t < v->s->tok_end && tok_punct(v->doc, t, ")")) {
    t++; /* the abbreviation itself: "(ADMM+) framework" */
  }
  if (t >= v->s->tok_end) return false;
  long k = at_match_at(v->doc, v->s, t);
  return k >= 0 && match_of(v, (uint32_t)k)->tok_start == t && function_word(v, (uint32_t)k, "forum_part");
}

/* "Attending the event were heads of ADSOM WG of ASEAN member states and
 * partner countries of Russia, China ...", "head of the ADSOM WG Vietnam":
 * English "head(s) of" right before a forum's name (token_words.tsv
 * forum_office) names an office held in it, no meeting of its own. */
static bool office_in_forum(const sentence_view *v, uint32_t m) {
  if (!(v->s->flags & AT_SENT_ENGLISH)) return false;
  uint32_t t = match_of(v, m)->tok_start;
  if (t > v->s->tok_start && at_tok_word(v->doc, t - 1, AT_ROLE_ARTICLE)) t--;
  return t >= v->s->tok_start + 2 && at_tok_word(v->doc, t - 1, AT_ROLE_OF) &&
         at_tok_word(v->doc, t - 2, AT_ROLE_FORUM_OFFICE);
}

/* "tiếp quản vai trò chủ tịch Hội nghị ... (ADMM) và chủ tịch Hội nghị ...
 * mở rộng (ADMM+)", "Lễ bàn giao chức Chủ tịch ADMM và ADMM+": the chairs
 * of two forums handed over together are one happening, told by the forum
 * named first after the chair's word (function_words.tsv chair); the one
 * joined to it by "và" (a word or two between: "và chủ tịch") makes no
 * event of its own. Is the forum at match m that second one? */
static bool second_chair_of_a_pair(const sentence_view *v, uint32_t m) {
  uint32_t start = match_of(v, m)->tok_start;
  /* the acronym in brackets after a forum's full name is that forum */
  if (start > v->s->tok_start && tok_punct(v->doc, start - 1, "("))
    for (uint32_t k = m; k-- > v->s->match_start;)
      if (match_of(v, k)->tok_end == start - 1 && at_match_entry(match_of(v, k), AT_CAT_MECHANISM))
        return second_chair_of_a_pair(v, k);
  long first = -1;
  for (uint32_t k = m; k-- > v->s->match_start && first < 0;)
    if (match_of(v, k)->tok_end <= start && at_match_entry(match_of(v, k), AT_CAT_MECHANISM)) first = k;
  if (first < 0) return false;
  /* past the first forum's acronym in brackets (or its closing bracket),
   * "và", at most two words */
  uint32_t t = match_of(v, (uint32_t)first)->tok_end;
  if (t < start && tok_punct(v->doc, t, "(")) {
    while (t < start && !tok_punct(v->doc, t, ")")) t++;
    t++;
  } else if (t < start && tok_punct(v->doc, t, ")")) {
    t++;
  }
  if (t >= start || !at_tok_word(v->doc, t, AT_ROLE_AND) || start - t > 3) return false;
  for (uint32_t u = t + 1; u < start; u++)
    if (AT_TOK(v->doc, u)->kind != AT_TOK_WORD) return false;
  /* the first forum (its full name, when the acronym in brackets was
   * matched) named right after a chair's word */
  uint32_t name = match_of(v, (uint32_t)first)->tok_start;
  for (long k = first; at_in_brackets(v, name) && k-- > (long)v->s->match_start;)
    if (at_match_entry(match_of(v, (uint32_t)k), AT_CAT_MECHANISM)) name = match_of(v, (uint32_t)k)->tok_start;
  for (uint32_t j = v->s->match_start; j < v->s->match_end && match_of(v, j)->tok_start < name; j++)
    if (match_of(v, j)->tok_end == name && function_word(v, j, "chair")) return true;
  return false;
}

/* A meeting or a visit has two sides. With only Vietnam named ("his
 * Vietnamese counterpart", "his visit to Vietnam"), or no state at all
 * ("Suga and Phuc signed ..."), the other is the state the story is about. */
static void complete_sides(const attache_doc *doc, at_event *ev) {
  /* A port call, exercise or exchange in news about Vietnam's defense
   * relations has Vietnam on the other side of the foreign party named
   * ("tàu hộ vệ ... cập cảng Vladivostok", "giao lưu với Quân đội Hoàng gia
   * Campuchia"). */
  bool joint = !at_strcmp(ev->type, "port_call") || !at_strcmp(ev->type, "exercise") || !at_strcmp(ev->type, "exchange");
  if (joint && has_foreign(&ev->countries)) at_strset_add(&ev->countries, "VN");
  /* A foreign side's visit with no destination told ("đoàn ... Lào đã sang
   * thăm") comes to Vietnam. */
  if (!at_strcmp(ev->type, "visit") && !ev->loc_country && has_foreign(&ev->countries) &&
      !at_strset_has(&ev->countries, "VN")) {
    ev->loc_country = "VN";
    at_strset_add(&ev->countries, "VN");
  }
  /* "Đoàn đại biểu Cục Đối ngoại đã thăm và làm việc tại Nhật Bản": a visit
   * abroad whose visitor's state is not told is Vietnam's, in Vietnamese news. */
  if (!at_strcmp(ev->type, "visit") && ev->countries.n == 1 && ev->loc_country && at_strcmp(ev->loc_country, "VN") &&
      !at_strcmp(ev->countries.items[0], ev->loc_country) && !(AT_SENT(doc, ev->sentence)->flags & AT_SENT_ENGLISH))
    at_strset_add(&ev->countries, "VN");
  if (!at_strcmp(ev->type, "meeting") && ev->countries.n == 0) at_strset_add(&ev->countries, "VN"); /* domestic */
  /* A bilateral dialogue has two sides like a meeting. */
  bool dialogue = !at_strcmp(ev->type, "dialogue") && ev->mechanism && !at_strcmp(ev->mechanism, "BILATERAL-DIALOGUE");
  if (!(bilateral_type(ev->type) || dialogue) || !doc->main_foreign) return;
  if (ev->countries.n == 1 && !at_strcmp(ev->countries.items[0], "VN")) at_strset_add(&ev->countries, doc->main_foreign);
  /* "He met with Cuba's attachés in Vietnam ...": a meeting of one foreign
   * side, the other unnamed, has Vietnam on that side. */
  if (two_sided_meeting(ev->type) && ev->countries.n == 1) at_strset_add(&ev->countries, "VN");
  if (ev->countries.n == 0) {
    at_strset_add(&ev->countries, "VN");
    at_strset_add(&ev->countries, doc->main_foreign);
  }
}

/* Is the happening at match m held to mark an anniversary, told after it
 * in its sentence ("held a get-together ... to mark the 75th founding
 * anniversary of ...", function_words.tsv commemorate)? */
static bool marks_an_anniversary(const sentence_view *v, uint32_t m) {
  uint32_t end = match_of(v, m)->tok_end;
  for (uint32_t k = m + 1; k < v->s->match_end && match_of(v, k)->tok_start <= end + 25; k++) {
    if (!function_word(v, k, "commemorate")) continue;
    uint32_t from = match_of(v, k)->tok_end;
    for (uint32_t t = from; t < v->s->tok_end && t <= from + 6; t++)
      if (at_tok_word(v->doc, t, AT_ROLE_ANNIVERSARY)) return true;
  }
  return false;
}

/* The foreign state where the happening at match m is held, told as its
 * place in its clause before it ("The Vietnamese Embassy in Chile held a
 * ceremony") or right after it ("a ceremony in Santiago", "was held in the
 * Chilean province of Arauco"); NULL when it is
 * none, or Vietnam. A place further on tells something else ("before the
 * unit leaves for its mission in South Sudan"). */
static const char *foreign_place_near(const sentence_view *v, uint32_t m) {
  if (!may_hold_word(v, "at")) return NULL; /* no place told with "in", "at", "tại" */
  uint32_t from = clause_start(v, match_of(v, m)->tok_start), to = match_of(v, m)->tok_end + 3;
  /* Its holder named after it ("the ceremony held by the Vietnamese Embassy
   * in Chile"): the holder's post, a few words on in its clause. */
  uint32_t end = clause_end(v, match_of(v, m)->tok_end);
  for (uint32_t t = match_of(v, m)->tok_end; t < to && t < end; t++)
    if (at_tok_word(v->doc, t, AT_ROLE_AGENT)) {
      to = t + 8 < end ? t + 8 : end;
      break;
    }
  for (uint32_t k = v->s->match_start; k < v->s->match_end; k++) {
    const at_match *x = match_of(v, k);
    if (x->tok_start > to) break; /* the matches go in the order of their tokens */
    if (x->tok_start < from || !function_word(v, k, "at")) continue;
    /* "in Santiago", "in the Chilean province of Arauco" */
    uint32_t t = x->tok_end;
    if (t < v->s->tok_end && at_tok_word(v->doc, t, AT_ROLE_DEFINITE)) t++;
    long p = at_match_at(v->doc, v->s, t);
    if (p < 0 || match_of(v, (uint32_t)p)->tok_start != t) continue;
    const at_match *next = match_of(v, (uint32_t)p);
    const at_entry *e = at_match_entry(next, AT_CAT_PLACE);
    if (!e) e = at_match_entry(next, AT_CAT_COUNTRY);
    if (e && at_strcmp(e->value, "VN") && at_strcmp(e->value, "-")) return e->value;
  }
  return NULL;
}

/* A Vietnamese mission abroad named in the sentence: an embassy (bodies.tsv
 * attr post: "Đại sứ quán") or an ambassador's or attaché's office
 * (positions.tsv ambassador, attache: "Văn phòng Tùy viên Quốc phòng") with
 * "Việt Nam" after it. Returns the foreign
 * state it is posted to ("... Việt Nam tại Venezuela"), "" for a mission
 * whose post is not told there, NULL for none (another state's mission). */
static const char *vietnamese_mission(const sentence_view *v) {
  const char *found = NULL;
  for (uint32_t k = v->s->match_start; k < v->s->match_end; k++) {
    const at_match *x = match_of(v, k);
    const at_entry *body = at_match_entry(x, AT_CAT_BODY); /* "Đại sứ quán" (bodies.tsv attr post) */
    if (!at_match_value(x, AT_CAT_POSITION, "ambassador") && !at_match_value(x, AT_CAT_POSITION, "attache") &&
        !(body && at_entry_has_flag(body, "post")))
      continue;
    /* "quán", "Quốc phòng": at most two words, then Vietnam, then its post */
    bool vietnam = false;
    uint32_t j = k + 1;
    for (; j < v->s->match_end && match_of(v, j)->tok_start <= x->tok_end + 2; j++) {
      const at_entry *c = at_match_entry(match_of(v, j), AT_CAT_COUNTRY);
      if (c && !at_strcmp(c->value, "VN")) {
        vietnam = true;
        j++;
        break;
      }
      if (c || at_match_entry(match_of(v, j), AT_CAT_POSITION)) break;
    }
    if (!vietnam) continue;
    if (!found) found = "";
    if (j + 1 < v->s->match_end && function_word(v, j, "post") && match_of(v, j)->tok_start == match_of(v, j - 1)->tok_end &&
        match_of(v, j + 1)->tok_start == match_of(v, j)->tok_end) {
      const at_entry *e = at_match_entry(match_of(v, j + 1), AT_CAT_COUNTRY);
      if (!e) e = at_match_entry(match_of(v, j + 1), AT_CAT_PLACE);
      if (e && at_strcmp(e->value, "VN") && at_strcmp(e->value, "-")) return e->value;
    }
  }
  return found;
}

/* The one foreign state the story's Vietnamese missions are posted to
 * ("Đại sứ Việt Nam tại Venezuela"), else the one foreign place its
 * headline names after "tại" ("Kỷ niệm 80 năm ... tại Venezuela"); NULL
 * when none, or more than one. */
static const char *story_mission_host(const attache_doc *doc) {
  const char *host = NULL;
  for (uint32_t s = 0; s < doc->sentences.len; s++) {
    sentence_view w = undated_view(doc, s);
    const char *h = vietnamese_mission(&w);
    if (!h || !*h) continue;
    if (host && at_strcmp(host, h)) return NULL;
    host = h;
  }
  if (host) return host;
  for (uint32_t s = 0; s < doc->sentences.len; s++) {
    if (!(AT_SENT(doc, s)->flags & AT_SENT_TITLE)) continue;
    sentence_view w = undated_view(doc, s);
    for (uint32_t k = w.s->match_start; k + 1 < w.s->match_end; k++) {
      if (!function_word(&w, k, "at") || match_of(&w, k + 1)->tok_start != match_of(&w, k)->tok_end) continue;
      const at_entry *e = at_match_entry(match_of(&w, k + 1), AT_CAT_COUNTRY);
      if (!e) e = at_match_entry(match_of(&w, k + 1), AT_CAT_PLACE);
      if (!e || !at_strcmp(e->value, "VN") || !at_strcmp(e->value, "-")) continue;
      if (host && at_strcmp(host, e->value)) return NULL;
      host = e->value;
    }
  }
  return host;
}

/* English: the one foreign state the story's Vietnamese envoys are posted
 * to ("Vietnamese Ambassador to Ukraine", "Vietnam's Defence Attaché in the
 * UK": the state before the office is Vietnam, function_words.tsv post and
 * a state right after it); NULL when none, or more than one. */
static const char *english_mission_post(const attache_doc *doc) {
  const char *host = NULL;
  for (uint32_t s = 0; s < doc->sentences.len; s++) {
    sentence_view w = undated_view(doc, s);
    if (!(w.s->flags & AT_SENT_ENGLISH) || !holds_category(&w, AT_CAT_POSITION)) continue;
    for (uint32_t k = w.s->match_start + 1; k + 2 < w.s->match_end; k++) {
      const at_match *x = match_of(&w, k), *before = match_of(&w, k - 1), *post = match_of(&w, k + 1);
      if (!at_match_value(x, AT_CAT_POSITION, "ambassador") && !at_match_value(x, AT_CAT_POSITION, "attache")) continue;
      if (!at_match_value(before, AT_CAT_COUNTRY, "VN") ||
          !(before->tok_end == x->tok_start || (at_possessive_at(doc, before->tok_end) && before->tok_end + 2 == x->tok_start)))
        continue;
      if (!function_word(&w, k + 1, "post") || post->tok_start != x->tok_end) continue;
      uint32_t state_at = post->tok_end;
      if (state_at < w.s->tok_end && at_tok_word(doc, state_at, AT_ROLE_DEFINITE)) state_at++;
      const at_match *c = NULL;
      for (uint32_t j = k + 2; j < w.s->match_end && match_of(&w, j)->tok_start <= state_at && !c; j++)
        if (match_of(&w, j)->tok_start == state_at) c = at_match_entry(match_of(&w, j), AT_CAT_COUNTRY) ? match_of(&w, j) : NULL;
      const char *state = c ? at_match_entry(c, AT_CAT_COUNTRY)->value : NULL;
      if (!state || !at_strcmp(state, "VN")) continue;
      if (host && at_strcmp(host, state)) return NULL;
      host = state;
    }
  }
  return host;
}

/* The foreign states of the places listed after the "in" at match k
 * ("in Vientiane, Phnom Penh and Bangkok"), each once ("Vientiane, Laos"
 * is one), added to hosts; their number. */
static size_t foreign_places_after(const sentence_view *v, uint32_t k, const char **hosts, size_t n, size_t max) {
  for (uint32_t t = match_of(v, k)->tok_end; t < v->s->tok_end && n < max;) {
    if (tok_punct(v->doc, t, ",") || at_tok_word(v->doc, t, AT_ROLE_AND) || at_tok_word(v->doc, t, AT_ROLE_DEFINITE)) {
      t++;
      continue;
    }
    long p = at_match_at(v->doc, v->s, t);
    if (p < 0 || match_of(v, (uint32_t)p)->tok_start != t) break;
    const at_entry *e = at_match_entry(match_of(v, (uint32_t)p), AT_CAT_PLACE);
    if (!e) e = at_match_entry(match_of(v, (uint32_t)p), AT_CAT_COUNTRY);
    if (!e) break;
    bool seen = !at_strcmp(e->value, "VN") || !at_strcmp(e->value, "-");
    for (size_t i = 0; i < n; i++) seen |= !at_strcmp(hosts[i], e->value);
    if (!seen) hosts[n++] = e->value;
    t = match_of(v, (uint32_t)p)->tok_end;
  }
  return n;
}

/* "Ceremonies were held in Vientiane, Phnom Penh and Bangkok": the foreign
 * states listed after the first "in" following a plural cue at m (attr
 * places) in its clause, else after an "in" before it there ("The
 * embassies in Chile and Peru held celebrations"); their number. */
static size_t foreign_places_listed(const sentence_view *v, uint32_t m, const char **hosts, size_t max) {
  size_t n = 0;
  uint32_t from = clause_start(v, match_of(v, m)->tok_start), end = clause_end(v, match_of(v, m)->tok_end);
  for (uint32_t k = m + 1; k < v->s->match_end && match_of(v, k)->tok_start < end && n == 0; k++)
    if (function_word(v, k, "at")) n = foreign_places_after(v, k, hosts, n, max);
  for (uint32_t k = v->s->match_start; k < m && n == 0; k++)
    if (match_of(v, k)->tok_start >= from && function_word(v, k, "at")) n = foreign_places_after(v, k, hosts, n, max);
  return n;
}

/* "The exercise had commenced on August 1": a happening told before without
 * its date gets the day it opened (function_words.tsv opening); one dated by
 * the year of its name alone ("Vinbax 2022 concluded today. The exercise
 * that began on August 1 ..."), that day in that year. */
static void date_of_opening(const sentence_view *v, uint32_t m, at_event *ev) {
  const at_date_span *dates;
  size_t ndates = view_dates(v, &dates);
  int16_t named = ev->has_date && !ev->date.month ? ev->date.year : 0;
  if (ev->has_date && !named) return;
  for (size_t i = 0; i < ndates; i++) {
    const at_date_span *d = &dates[i];
    if (d->of_document || d->tok_start < match_of(v, m)->tok_end || !d->date.month) continue;
    /* English: "During the joint patrol on May 7-8, ...": the day told
     * right after the name of the happening told before, "on" between, is
     * that happening's. */
    uint32_t cue_end = match_of(v, m)->tok_end;
    bool right_after = (v->s->flags & AT_SENT_ENGLISH) && !d->until &&
                       (d->tok_start == cue_end || d->tok_start == cue_end + 1) &&
                       at_tok_word(v->doc, cue_end, AT_ROLE_ON_DAY);
    bool opening = right_after;
    for (uint32_t k = m + 1; k < v->s->match_end && match_of(v, k)->tok_start < d->tok_start; k++)
      opening |= function_word(v, k, "opening") != NULL;
    if (!opening) return;
    at_date day = d->date;
    if (named && day.year && day.year != named) return;
    if (named && !day.year && (!day.day || at_calendar_day(named, day.month, day.day))) day.year = named;
    ev->date = at_resolve_year(day, v->doc, v->s);
    ev->has_date = true;
    ev->date_from = day.year ? AT_DATE_TOLD : AT_DATE_TOLD_NO_YEAR;
    ev->date_relative = d->relative;
    if (right_after && d->end.month) {
      at_date last = d->end;
      if (!last.year) last.year = ev->date.year;
      ev->date_end = last;
      ev->has_end = true;
    }
    return;
  }
}

/* English tells where an exercise or exchange is held by a place after it
 * ("took part in the exercise in Visakhapatnam, India") or opening the
 * sentence ("In India, the delegation took part in ..."): that state hosts it
 * and is a side. A place told elsewhere before the cue tells a post ("the
 * Vietnamese ambassador in Singapore said the exercise ..."). */
static void add_host_told_as_place(const sentence_view *v, uint32_t m, at_strset *countries) {
  for (uint32_t k = v->s->match_start; k < v->s->match_end; k++) {
    const at_entry *c = at_match_entry(match_of(v, k), AT_CAT_COUNTRY);
    if (!c || !told_as_place(v, k) || at_excluded_token(v, match_of(v, k)->tok_start)) continue;
    bool after = k > m;
    bool opening = match_of(v, k)->tok_start == v->s->tok_start + 1;
    if (after || opening) at_strset_add(countries, c->value);
  }
}

/* The organization a conference's title names ("Hội nghị ... các nước
 * ASEAN"): the first one after the cue at m, in its clause, a dozen words on
 * at most, with no other cue before it; NULL when there is none. */
static const char *organization_in_title(const sentence_view *v, uint32_t m) {
  uint32_t end = clause_end(v, match_of(v, m)->tok_end);
  for (uint32_t k = m + 1; k < v->s->match_end; k++) {
    const at_match *x = match_of(v, k);
    if (x->tok_start >= end || x->tok_start > match_of(v, m)->tok_end + 12) break;
    const at_entry *c = cue_at(v, k);
    if (c && at_strcmp(c->value, "none")) break;
    const at_entry *o = at_match_entry(x, AT_CAT_ORG);
    if (o && at_strcmp(o->value, "-")) return o->value;
  }
  return NULL;
}

/* A ship home from its voyage, the foreign state told only after the
 * word of its return ("cập cảng Lữ đoàn 171, kết thúc hải trình ... tại
 * Indonesia"): the state was the voyage's, the port Vietnam's. */
static bool home_before_abroad(const sentence_view *v, uint32_t m) {
  for (uint32_t k = v->s->match_start; k < v->s->match_end; k++) {
    const at_entry *c = at_match_entry(match_of(v, k), AT_CAT_COUNTRY);
    if (c && at_strcmp(c->value, "VN")) return false;
    if (k > m && function_word(v, k, "homecoming")) return true;
  }
  return false;
}

/* A word of a ship's return or departure (function_words.tsv homecoming,
 * outbound, departure; only the first two when home_only) before the cue at
 * m in its sentence. A ship's visit told after it left a port ("rời cảng
 * ..., kết thúc chuyến thăm") ended that day: the day is the visit's; one
 * told as where it set out for ("departed for the Japan visit on ...") is
 * not. */
static bool voyage_word_before(const sentence_view *v, uint32_t m, bool home_only) {
  for (uint32_t k = v->s->match_start; k < m; k++)
    if (function_word(v, k, "homecoming") || function_word(v, k, "outbound") ||
        (!home_only && function_word(v, k, "departure")))
      return true;
  return false;
}

/* The organization behind a forum named right after the cue at m, a word
 * or two on ("Diễn tập thực địa ADMM+"): its mechanisms.tsv attr; NULL when
 * there is none. */
static const char *forum_organization_after(const sentence_view *v, uint32_t m) {
  if (m + 1 >= v->s->match_end || match_of(v, m)->tok_end + 2 < match_of(v, m + 1)->tok_start) return NULL;
  const at_entry *mech = at_match_entry(match_of(v, m + 1), AT_CAT_MECHANISM);
  return mech && *mech->attr ? mech->attr : NULL;
}

/* Does a word of how a meeting was held ("via video conference") tell the
 * form of a forum or dialogue, not a call: one named in its sentence ("The
 * ARF Senior Officials' Meeting was held via video conference"), or the
 * forum told just before, with no other state named ("The forum, which was
 * held via video conference, ...")? A forum named as a membership ("27 ARF
 * member nations") names no meeting. */
static bool manner_of_a_meeting(sentence_view *v, uint32_t m, const at_event *ev, long *current) {
  for (uint32_t k = v->s->match_start; k < v->s->match_end; k++)
    if (at_match_entry(match_of(v, k), AT_CAT_MECHANISM) && !names_framework(v, k)) return true; /* not "ARF member nations" */
  /* "said at talks with X held via a video conference", "held talks with X
   * by telephone", "told his counterpart X over the phone that ...": the
   * talks or the meeting this sentence told were held by phone or video, a
   * call. */
  if (*current >= 0 && AT_EVENT(v->doc, *current)->sentence == v->index &&
      (!at_strcmp(AT_EVENT(v->doc, *current)->type, "talks") ||
       !at_strcmp(AT_EVENT(v->doc, *current)->type, "reception"))) {
    at_event *talks = AT_EVENT(v->doc, *current);
    talks->type = "call";
    take_date_if_none(talks, ev); /* "... held via a video conference on Friday" */
    return true;
  }
  /* "X, a spokesperson for the navy, told the newspaper over the phone": a
   * verb of saying (attr speech) before it in its clause that made no
   * meeting tells how a statement was given, no call. */
  for (uint32_t k = m; k > v->s->match_start; k--) {
    if (match_of(v, k - 1)->tok_start < clause_start(v, match_of(v, m)->tok_start)) break;
    const at_entry *c = cue_at(v, k - 1);
    if (c && at_entry_has_flag(c, "speech")) return true;
  }
  /* "The meeting was held via videoconference under the chair of Brunei":
   * the forum's meeting this sentence named (forum_told_last) was held so. */
  if (*current >= 0 && *current == v->s->event && !at_strcmp(AT_EVENT(v->doc, *current)->type, "multilateral")) {
    take_date_if_none(AT_EVENT(v->doc, *current), ev);
    take_scene_if_none(v, m, AT_EVENT(v->doc, *current), ev);
    return true;
  }
  if (*current < 0 || has_foreign(&ev->countries)) return false;
  const at_event *told = AT_EVENT(v->doc, *current);
  if (at_strcmp(told->type, "multilateral") && at_strcmp(told->type, "dialogue")) return false;
  point_at(v, *current, current);
  return true;
}

/* Does the sentence name UN peacekeeping (areas.tsv peacekeeping: "gìn giữ
 * hòa bình", "mũ nồi xanh")? */
static bool names_mechanism(const sentence_view *v) {
  for (uint32_t k = v->s->match_start; k < v->s->match_end; k++)
    if (at_match_entry(match_of(v, k), AT_CAT_MECHANISM)) return true;
  return false;
}

/* Is the visit told by its noun at match m told by its end: a word of
 * closing (function_words.tsv ending) right before it ("kết thúc chuyến
 * thăm") or after it in its clause ("Chuyến thăm ... sẽ kết thúc vào ngày
 * 30/12")? */
static bool end_told(const sentence_view *v, uint32_t m) {
  if (m > v->s->match_start && function_word(v, m - 1, "ending") &&
      match_of(v, m - 1)->tok_end == match_of(v, m)->tok_start)
    return true;
  uint32_t end = clause_end(v, match_of(v, m)->tok_end);
  for (uint32_t k = m + 1; k < v->s->match_end && match_of(v, k)->tok_start < end; k++) {
    const at_entry *c = cue_at(v, k);
    if (c && at_strcmp(c->value, "none") && at_strcmp(c->value, "attend")) return false;
    if (function_word(v, k, "ending")) return true;
  }
  return false;
}

/* English: is the event's day the one right after the word of its end
 * ("a visit ... which will last until June 3"), not its start told
 * before? */
static bool dated_by_its_end(const sentence_view *v, uint32_t m, const at_event *ev) {
  const at_date_span *dates;
  size_t nd = view_dates(v, &dates);
  for (uint32_t k = m + 1; k < v->s->match_end; k++) {
    if (!function_word(v, k, "ending")) continue;
    for (size_t i = 0; i < nd; i++) {
      if (dates[i].tok_start < match_of(v, k)->tok_end || dates[i].tok_start > match_of(v, k)->tok_end + 1) continue;
      at_date d = at_resolve_year(dates[i].date, v->doc, v->s);
      if (!memcmp(&d, &ev->date, sizeof d)) return true;
    }
  }
  return false;
}

/* "Diễn tập thực địa ADMM+ về hỗ trợ nhân đạo", "Diễn tập chung ADMM+": a
 * forum named a word or two after an exercise cue is the framework of that
 * exercise, no meeting of its own. */
static bool exercise_of_the_forum(const sentence_view *v, uint32_t m) {
  if (m == v->s->match_start) return false;
  const at_entry *c = cue_at(v, m - 1);
  return c && !at_strcmp(c->value, "exercise") && match_of(v, m - 1)->tok_end + 2 >= match_of(v, m)->tok_start;
}

/* What a forum named after an experts' group names (expert_group_forum). */
enum group_forum {
  NOT_A_GROUPS_FORUM, /* a forum of its own */
  GROUPS_MEETING,     /* the group's meeting, no other word names it */
  GROUPS_FRAMEWORK    /* the group's meeting is named before it: nothing more */
};

/* "Hội nghị nhóm chuyên gia các nước ASEAN mở rộng (ADMM+)", "Hội nghị lần
 * thứ ba Nhóm chuyên gia Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng
 * (ADMM+) về ...", "Hội nghị của Nhóm chuyên gia về Hành động mìn nhân đạo
 * trong khuôn khổ hợp tác quốc phòng (ADMM+)": a forum at match m named
 * after an experts' group (function_words.tsv expert_group) in its clause,
 * its acronym in brackets counted in the name, no happening nor place told
 * between, is the group's framework: the group meets (mechanism OTHER, as
 * mechanisms.tsv "Nhóm chuyên gia ADMM+"). When the group's word is a
 * forum itself ("Hội nghị Nhóm chuyên gia") or a forum stands between (the
 * name told before its acronym), that one frames the meeting already. */
static enum group_forum expert_group_forum(const sentence_view *v, uint32_t m) {
  if (!sentence_has_word(v, "expert_group")) return NOT_A_GROUPS_FORUM; /* most sentences */
  uint32_t t = match_of(v, m)->tok_start;
  if (t > v->s->tok_start && tok_punct(v->doc, t - 1, "(")) t--; /* "... mở rộng (ADMM+)" */
  uint32_t from = clause_start(v, t);
  bool forum_between = false;
  for (uint32_t k = m; k-- > v->s->match_start;) {
    const at_match *x = match_of(v, k);
    if (x->tok_start < from) break;
    bool forum = at_match_entry(x, AT_CAT_MECHANISM) != NULL;
    if (function_word(v, k, "expert_group")) return forum || forum_between ? GROUPS_FRAMEWORK : GROUPS_MEETING;
    if (function_word(v, k, "at")) return NOT_A_GROUPS_FORUM;
    const at_entry *c = cue_at(v, k);
    if (!forum && c && at_strcmp(c->value, "none") && at_strcmp(c->value, "attend")) return NOT_A_GROUPS_FORUM;
    forum_between |= forum;
  }
  return NOT_A_GROUPS_FORUM;
}

/* "Ship 17 of the Vietnam People's Navy docked at the brigade's base in Hai
 * Phong, HCM City, concluding its part in an exercise in India": a ship
 * (the subject of the cue) that the sentence names only as Vietnam's (its
 * states and bodies before the cue), at the first place told after the cue
 * in Vietnam, comes home; it calls at no one's port. */
static bool home_ship_before(const sentence_view *v, uint32_t m) {
  if (!ship_subject(v, m)) return false;
  bool home = false;
  for (uint32_t k = v->s->match_start; k < m; k++) {
    const at_entry *e = at_match_entry(match_of(v, k), AT_CAT_COUNTRY);
    if (!e) e = at_match_entry(match_of(v, k), AT_CAT_BODY);
    if (!e || strlen(e->value) != 2) continue;
    if (at_strcmp(e->value, "VN")) return false;
    home = true;
  }
  for (uint32_t k = m + 1; home && k < v->s->match_end; k++) {
    const at_entry *e = at_match_entry(match_of(v, k), AT_CAT_PLACE);
    if (!e) e = at_match_entry(match_of(v, k), AT_CAT_COUNTRY);
    if (e && strlen(e->value) == 2) return !at_strcmp(e->value, "VN");
  }
  return false;
}

/* Does the sentence send a ship out from home: a send-off (event_cues.tsv
 * sendoff) with the trip it sets out on told after it, no word of an end
 * between ("lễ tiễn tàu CSB 8002 lên đường thăm và làm việc với Lực lượng
 * Bảo vệ bờ biển Philippines"; not "lễ tiễn tàu ... rời cảng, kết thúc
 * chuyến thăm")? */
static bool sends_out(const attache_doc *doc, const at_sentence *s) {
  bool sendoff = false;
  for (uint32_t k = s->match_start; k < s->match_end; k++) {
    const at_entry *cue = at_match_entry(AT_MATCH(doc, k), AT_CAT_CUE);
    if (cue && at_entry_has_flag(cue, "sendoff")) sendoff = true;
    else if (at_match_value(AT_MATCH(doc, k), AT_CAT_FUNCTION, "ending")) sendoff = false;
    else if (sendoff && cue && !at_strcmp(cue->value, "visit")) return true;
  }
  return false;
}

/* A bit for each kind of event (0 for a kind not listed). */
static uint32_t kind_bit(const char *type) {
  static const char *const KINDS[] = {"reception", "talks",    "call",     "visit",    "dialogue", "multilateral",
                                      "signing",   "port_call", "exercise", "exchange", "meeting"};
  for (size_t i = 0; i < sizeof KINDS / sizeof *KINDS; i++)
    if (!at_strcmp(type, KINDS[i])) return 1u << i;
  return 0;
}

/* English: "X will pay an official visit to Myanmar from October 1-3. The
 * visit is made at the invitation of ...", "the upcoming visit by X ...
 * following the visit by X": a kind of happening the story has told only
 * as a plan, named again with "the" or "this" and no day of its own, is
 * that plan, not a happening the story left out. */
static bool plan_named_again(const sentence_view *v, uint32_t m, const at_event *ev) {
  const attache_doc *doc = v->doc;
  if (!(v->s->flags & AT_SENT_ENGLISH) || ev->has_date || !(doc->planned_kinds & kind_bit(ev->type))) return false;
  uint32_t t = match_of(v, m)->tok_start;
  if (t == v->s->tok_start || !(at_tok_word(doc, t - 1, AT_ROLE_DEFINITE) || at_tok_word(doc, t - 1, AT_ROLE_THIS)))
    return false;
  for (size_t e = 0; e < doc->events.len; e++)
    if (!at_strcmp(AT_EVENT(doc, e)->type, ev->type)) return false; /* one told as happening: the name is its */
  return true;
}

/* Vietnamese tells the holders of one office in several states together by
 * the office, then the states counted (function_words.tsv states_counted:
 * "Cuộc gặp Bộ trưởng Bộ Quốc phòng ba nước Việt Nam - Lào - Campuchia",
 * "cuộc gặp thường niên Bộ trưởng Quốc phòng 3 nước ..."). */
static bool office_of_states_counted(const sentence_view *v) {
  for (uint32_t k = v->s->match_start; k < v->s->match_end; k++) {
    if (!function_word(v, k, "states_counted")) continue;
    uint32_t at = match_of(v, k)->tok_start;
    for (uint32_t j = v->s->match_start; j < k; j++)
      if (match_of(v, j)->tok_end == at &&
          (at_match_entry(match_of(v, j), AT_CAT_POSITION) || at_match_entry(match_of(v, j), AT_CAT_BODY)))
        return true;
  }
  return false;
}

/* "The annual meeting of the defence ministers of Vietnam, Laos and
 * Cambodia took place ...", "Defence ministers of A, B, and C convened their
 * annual meeting ...", "A meeting with the Defense Ministers of the three
 * countries of A - B - C took place ...": the holders of one office in
 * three or more states told together (token_words.tsv joint_office, then
 * "of") meet as a grouping of their own, a forum the mechanisms do not list:
 * a multilateral meeting, mechanism OTHER. Not when the sentence tells them
 * met one by one (separate: "held bilateral meetings with the defence
 * ministers of A and B", "met separately with"). In Vietnamese, the office
 * with its states counted (office_of_states_counted). */
static bool ministers_of_states_meet(const sentence_view *v, const at_event *ev) {
  if (ev->countries.n < 3) return false;
  if (!(v->s->flags & AT_SENT_ENGLISH)) return office_of_states_counted(v);
  const attache_doc *doc = v->doc;
  bool joint = false;
  for (uint32_t t = v->s->tok_start; t < v->s->tok_end; t++) {
    if (at_tok_word(doc, t, AT_ROLE_SEPARATE)) return false;
    joint |= t + 1 < v->s->tok_end && at_tok_word(doc, t, AT_ROLE_JOINT_OFFICE) && at_tok_word(doc, t + 1, AT_ROLE_OF);
  }
  return joint;
}

/* Does the grouping named by the match at k stand for its states' side of a
 * meeting: a partner state right after it ("ASEAN-US", "ASEAN and
 * Australia") or its ministers ("ASEAN defence ministers",
 * token_words.tsv joint_office)? */
static bool grouping_as_a_side(const sentence_view *v, uint32_t k) {
  const attache_doc *doc = v->doc;
  uint32_t t = match_of(v, k)->tok_end;
  if (t < v->s->tok_end && (tok_punct(doc, t, "-") || at_tok_word(doc, t, AT_ROLE_AND))) t++;
  long c = t < v->s->tok_end ? at_match_at(doc, v->s, t) : -1;
  if (c >= 0 && match_of(v, (uint32_t)c)->tok_start == t && at_match_entry(match_of(v, (uint32_t)c), AT_CAT_COUNTRY))
    return true;
  for (uint32_t u = match_of(v, k)->tok_end; u < v->s->tok_end && u <= match_of(v, k)->tok_end + 1; u++)
    if (at_tok_word(doc, u, AT_ROLE_JOINT_OFFICE)) return true;
  return false;
}

/* "There was an informal ASEAN-US meeting where ...", "attended a meeting
 * between the US Secretary of Defence and ASEAN defence ministers", "an
 * informal meeting between ASEAN and Australia defence ministers": English
 * names a meeting of a grouping of states (organizations.tsv attr grouping)
 * with a partner by the grouping as one side, in the meeting's own words -
 * a few words before the cue at m, or after it in its clause with no other
 * happening or forum between. Such a meeting is a forum of its own, not
 * talks with the partner. The grouping's code, or NULL; none when the
 * sentence tells meetings held one by one ("bilateral meetings with ..."). */
static const char *grouping_meets_a_partner(const sentence_view *v, uint32_t m) {
  if (!holds_category(v, AT_CAT_ORG)) return NULL; /* most sentences */
  const attache_doc *doc = v->doc;
  for (uint32_t t = v->s->tok_start; t < v->s->tok_end; t++)
    if (at_tok_word(doc, t, AT_ROLE_SEPARATE)) return NULL;
  uint32_t start = match_of(v, m)->tok_start, end = clause_end(v, match_of(v, m)->tok_end);
  for (uint32_t k = v->s->match_start; k < v->s->match_end; k++) {
    const at_match *x = match_of(v, k);
    if (k == m || x->tok_start >= end) continue;
    bool before = x->tok_end <= start && x->tok_end + 3 >= start;
    bool after = x->tok_start >= match_of(v, m)->tok_end && x->tok_start <= match_of(v, m)->tok_end + 12;
    if (!before && !after) continue;
    const at_entry *o = at_match_entry(x, AT_CAT_ORG);
    if (!o || !at_entry_has_flag(o, "grouping") || !grouping_as_a_side(v, k)) continue;
    /* nothing between the cue and a grouping after it: no other happening, no forum */
    for (uint32_t j = m + 1; after && j < k; j++) {
      const at_entry *c = cue_at(v, j);
      if ((c && at_strcmp(c->value, "none")) || at_match_entry(match_of(v, j), AT_CAT_MECHANISM)) return NULL;
    }
    return o->value;
  }
  return NULL;
}

/* "X, for his part, welcomed the Vietnamese delegation ...": English that
 * tells the other side's answer (function_words.tsv reply) before the cue
 * at m. */
static bool told_as_a_reply(const sentence_view *v, uint32_t m) {
  for (uint32_t k = v->s->match_start; k < m; k++)
    if (function_word(v, k, "reply")) return true;
  return false;
}

/* "Hosting his Japanese counterpart Minoru Kihara, Giang noted that ...",
 * "Receiving X, Y said ...": English that opens its sentence with the
 * host's clause (event_cues.tsv attr participle), no day of its own, after
 * the talks or the reception with the same states were told, tells what was
 * said at that sitting: the same happening, not a second reception. So does
 * a reply's ("Y, for his part, welcomed the delegation"), between any of
 * that sitting's states. */
static bool retells_the_sitting(sentence_view *v, uint32_t m, const at_entry *cue, const at_event *ev, long *current) {
  if (!(v->s->flags & AT_SENT_ENGLISH) || ev->has_date || !has_foreign(&ev->countries)) return false;
  bool opening = at_entry_has_flag(cue, "participle") && match_of(v, m)->tok_start == v->s->tok_start;
  bool reply = !opening && two_sided_meeting(ev->type) && told_as_a_reply(v, m);
  if (!opening && !reply) return false;
  attache_doc *doc = v->doc;
  for (size_t e = doc->events.len; e-- > 0;) {
    at_event *told = AT_EVENT(doc, e);
    if (at_strcmp(told->type, "talks") && at_strcmp(told->type, "reception")) continue;
    bool same_sides = true;
    for (size_t c = 0; c < ev->countries.n; c++) same_sides &= at_strset_has(&told->countries, ev->countries.items[c]);
    if (!same_sides || (opening && told->countries.n != ev->countries.n)) continue;
    for (uint8_t k = 0; k < ev->nparticipants; k++) at_add_participant(told, ev->participants[k]);
    point_at(v, (long)e, current);
    return true;
  }
  return false;
}

/* "Two Chilean frigates are visiting Da Nang on Monday. The ships arrived
 * on Sunday ...": a ship's arrival or docking told after its call, no side
 * named, is the call's; the day it came is its first, when the call was told
 * with no day, only its month, or a day of the stay up to a week later;
 * its length told with it is the call's when the call had none. */
static void arrival_of_the_call(at_event *call, const at_event *arrival) {
  if (!arrival->has_date || !arrival->date.day) return;
  at_date a = arrival->date, c = call->date;
  if (call->has_date) {
    if ((a.year && c.year && a.year != c.year) || c.month != a.month) return;
    long later = c.day ? (long)c.day - a.day : 0;
    if (later < 0 || later > 6 || (call->has_end && date_key(call->date_end) < date_key(a))) return;
  }
  call->date = a;
  call->has_date = true;
  call->date_from = arrival->date_from;
  /* "arrived on Sunday for a five-day visit": how long it stays, too */
  if (arrival->has_end && !call->has_end) {
    call->date_end = arrival->date_end;
    call->has_end = true;
  }
}

/* "Đại tá X bày tỏ lòng cảm kích trước sự đón tiếp nồng hậu của ...": with
 * no reception told, the hospitality thanked for (the reception cue at m)
 * is the visit's told last, of a state the sentence names as well; who
 * thanks, named before the word of thanks, took part in it. */
static void thanker_joins_the_visit(const sentence_view *v, uint32_t m, const at_event *ev) {
  attache_doc *doc = v->doc;
  uint32_t thanks = m;
  for (uint32_t k = v->s->match_start; k < m; k++)
    if (function_word(v, k, "thanks")) thanks = k;
  if (thanks == m) return;
  for (size_t k = doc->events.len; k-- > 0;) {
    at_event *visit = AT_EVENT(doc, k);
    if (at_strcmp(visit->type, "visit")) continue;
    if (foreign_disjoint(&visit->countries, &ev->countries)) return;
    const at_mention *ms;
    size_t n = at_mentions_in(doc, v->index, &ms);
    for (size_t i = 0; i < n; i++)
      if (ms[i].tok_end <= match_of(v, thanks)->tok_start) at_add_participant(visit, ms[i].person);
    return;
  }
}

/* "Chien emphasized that cooperation has grown, particularly since the
 * second Defence Policy Dialogue in September 2023": a dated happening
 * recalled after "since" (function_words.tsv bygone) by its name or a noun
 * is an earlier one; who speaks of it, named before that word, was not in
 * it. Those named after it ("since the visit by X in 2019") stay. */
static void not_who_recalls_it(const sentence_view *v, uint32_t m, at_event *ev) {
  uint32_t since = UINT32_MAX;
  for (uint32_t k = m; k-- > v->s->match_start && since == UINT32_MAX;)
    if (function_word(v, k, "bygone")) since = match_of(v, k)->tok_start;
  if (since == UINT32_MAX) return;
  /* told by a noun or the forum's name; a verb's own subject may be the
   * speaker ("Giang recalled that since he met X in 2021, ...") */
  const at_entry *cue = at_match_entry(match_of(v, m), AT_CAT_CUE);
  if (cue && !at_entry_is(cue, AT_FLAG_NOUN)) return;
  const at_mention *ms;
  size_t n = at_mentions_in(v->doc, v->index, &ms);
  uint8_t kept = 0;
  for (uint8_t i = 0; i < ev->nparticipants; i++) {
    bool after = false, here = false;
    for (size_t j = 0; j < n; j++)
      if (ms[j].person == ev->participants[i]) here = true, after |= ms[j].tok_start > since;
    if (!here || after) ev->participants[kept++] = ev->participants[i];
  }
  ev->nparticipants = kept;
}

/* The index of a kind's bit (kind_bit), or -1. */
static int kind_index(const char *type) {
  uint32_t bit = kind_bit(type);
  for (int i = 0; bit; i++, bit >>= 1)
    if (bit & 1u) return i;
  return -1;
}

/* Vietnamese news announces the schedule of what it then reports: "Hai tàu
 * ... sẽ thăm cảng Sài Gòn từ ngày 24-28/9" over the ships entering port
 * (a caption, "Chuyến thăm nhằm ..."). The first plan of a kind told with
 * a day keeps that day and its states (happening_planned_day reads them). */
static void plan_dated(const sentence_view *v, uint32_t m, const char *type) {
  attache_doc *doc = v->doc;
  /* a ship's visit is a port call, as describe reads it */
  if (!at_strcmp(type, "visit") && ship_subject(v, m) && visiting_guest(v, m) == -2) type = "port_call";
  int k = kind_index(type);
  if ((v->s->flags & AT_SENT_ENGLISH) || k < 0 || (doc->planned_dated & (1u << k))) return;
  /* a schedule: the last modal word before the cue tells the future or a
   * plan, not a purpose ("tổ chức ... để chào mừng tàu ... cập bến": the
   * ship's arrival is not on the festival's day) nor a wish */
  const at_entry *md = NULL;
  for (uint32_t j = v->s->match_start; j < m; j++) {
    const at_entry *e = at_match_entry(match_of(v, j), AT_CAT_MODAL);
    if (e) md = e;
  }
  if (!md || (at_strcmp(md->value, "future") && at_strcmp(md->value, "plan"))) return;
  at_event plan = {0};
  plan.type = type;
  set_date(v, m, &plan);
  /* its own day: not one it refers to ("Dự kiến trong chuyến thăm này,
   * hai bên sẽ ký kết ...": the visit's) */
  if (!plan.has_date || !plan.date.day || plan.date_from == AT_DATE_REFERENCE) return;
  add_countries(v, &plan);
  doc->planned_day[k] = plan.date;
  doc->planned_end[k] = plan.date_end;
  doc->planned_has_end[k] = plan.has_end;
  doc->planned_states[k] = plan.countries;
  doc->planned_dated |= 1u << k;
}

static void frame_candidate(sentence_view *v, uint32_t m, const char *type, const at_entry *cue, long *current) {
  attache_doc *doc = v->doc;
  const at_match *mt = match_of(v, m);
  bool noun = at_entry_is(cue, AT_FLAG_NOUN);
  bool plural = noun && word_before(v, m, "plural");
  if (visitor_arrives(v, m, cue)) {
    /* Arriving for talks, an exchange or a forum named in the sentence only
     * leads to that happening; a unit that arrives at its UN mission is no visit. */
    if (other_cue_in_sentence(v, m) || names_mechanism(v) || names_peacekeeping(v)) return;
    type = "visit";
  }
  if (goods_received(v, m, cue)) type = "exchange";
  if (own_envoys_met(v, m, cue)) type = "meeting";
  /* governed by a word of plan or future and not told as past: still to
   * come, no happening (read once: the kinds planned keep it) */
  bool planned = modal_before(v, m) && !told_as_past(v, m);
  if (planned || !reports_happening(v, m, type, cue, plural, *current)) {
    if (planned) {
      doc->planned_kinds |= kind_bit(type);
      plan_dated(v, m, type);
    }
    return;
  }
  /* "Đây là điểm đến đầu tiên trong khuôn khổ chuyến thăm 3 nước ... của
   * tàu ...": the port call told is one leg (function_words.tsv leg) of the
   * voyage named, which adds no happening and no state to it. */
  if ((!at_strcmp(type, "visit") || !at_strcmp(type, "port_call")) && sentence_has_word(v, "leg"))
    for (size_t e = doc->events.len; e-- > 0;)
      if (!at_strcmp(AT_EVENT(doc, e)->type, "port_call")) {
        point_at(v, (long)e, current);
        return;
      }
  bool told_by_reference, named_later;
  if (refers_back(v, m, type, noun, current, &told_by_reference, &named_later)) {
    if (*current >= 0 && !at_strcmp(AT_EVENT(doc, *current)->type, type)) date_of_opening(v, m, AT_EVENT(doc, *current));
    /* "Following the talks in the virtual format, ...": the talks told
     * were held online, a call */
    if (*current >= 0 && !at_strcmp(type, "talks") && !at_strcmp(AT_EVENT(doc, *current)->type, "talks") &&
        word_in_clause(v, m, "online"))
      AT_EVENT(doc, *current)->type = "call";
    return;
  }

  at_event ev = {0};
  ev.type = type;
  describe(v, m, cue, &ev);
  if (noun && plan_named_again(v, m, &ev)) return;
  /* "Đoàn công tác đã thăm, giao lưu với Hải quân ...": in a story of a
   * ship's voyage (a port call told before, or the ship's homecoming), the
   * visit of the delegation it carries is the ship's port call. */
  if (!at_strcmp(ev.type, "visit") && !noun && delegation_before(v, m) &&
      (told_port_call(doc) || ship_came_home(doc, v->index))) {
    ev.type = "port_call";
    /* told at the homecoming with no day of its own: the voyage's year */
    if (!ev.has_date && doc->has_published && !told_port_call(doc)) {
      ev.date = (at_date){.year = doc->published.year};
      ev.has_date = true;
    }
  }
  /* "hội đàm với ... theo hình thức trực tuyến": talks held online are a call. */
  if (!at_strcmp(ev.type, "talks") && word_in_clause(v, m, "online")) ev.type = "call";
  ev.ends = noun && (!at_strcmp(ev.type, "visit") || !at_strcmp(ev.type, "port_call")) && ev.has_date && end_told(v, m) &&
            (!(v->s->flags & AT_SENT_ENGLISH) || dated_by_its_end(v, m, &ev));
  /* a send-off ends the ship's stay: a call told dated by its arrival is the
   * same one; one that sends the ship out from home starts its trip */
  ev.ends |= !at_strcmp(ev.type, "port_call") && at_entry_has_flag(cue, "sendoff") && ev.has_date &&
             !sends_out(doc, v->s);
  if (told_as_background(v, m, cue, &ev)) return;
  if (noun && happenings_counted(v, m)) return;
  if (counted_in_a_series(v, m)) return;
  if (at_entry_has_flag(cue, "generic") && meeting_named_generically(v, m, &ev, current)) return;
  if (at_entry_has_flag(cue, "manner") && manner_of_a_meeting(v, m, &ev, current)) return;
  if (at_match_entry(mt, AT_CAT_MECHANISM) && title_before_in_clause(v, m)) return; /* "Tuyên bố chung hội nghị ADMM+" */
  if (at_match_entry(mt, AT_CAT_MECHANISM) && exercise_of_the_forum(v, m)) return; /* "Diễn tập thực địa ADMM+" */
  enum group_forum group = at_match_entry(mt, AT_CAT_MECHANISM) ? expert_group_forum(v, m) : NOT_A_GROUPS_FORUM;
  if (group == GROUPS_FRAMEWORK) return; /* "Hội nghị Nhóm chuyên gia ... (ADMM+)" */
  if (at_match_entry(mt, AT_CAT_MECHANISM) && sidelines_before(v, m)) return; /* the setting of a meeting */
  if (at_match_entry(mt, AT_CAT_MECHANISM) && names_framework(v, m)) return; /* "ADMM+ member states" */
  if (at_match_entry(mt, AT_CAT_MECHANISM) && office_in_forum(v, m)) {
    /* "heads of ADSOM WG of ... Russia, China": whose heads attended, the
     * forum told is theirs too */
    if (*current >= 0 && !at_strcmp(AT_EVENT(doc, *current)->type, "multilateral")) {
      at_event named = {0};
      add_countries(v, &named);
      for (uint8_t i = 0; i < named.countries.n; i++)
        at_strset_add(&AT_EVENT(doc, *current)->countries, named.countries.items[i]);
    }
    return;
  }
  if (at_match_entry(mt, AT_CAT_MECHANISM) && second_chair_of_a_pair(v, m)) return; /* "Chủ tịch ADMM và ADMM+" */
  if (!describe_meeting(v, m, &ev)) return;
  if (group == GROUPS_MEETING) ev.mechanism = "OTHER"; /* "Nhóm chuyên gia ... (ADMM+)" meets */
  if (!at_strcmp(ev.type, "talks") && ministers_of_states_meet(v, &ev)) {
    ev.type = "multilateral";
    ev.mechanism = "OTHER";
  }
  const char *grouping = !at_strcmp(ev.type, "talks") && (v->s->flags & AT_SENT_ENGLISH) ? grouping_meets_a_partner(v, m) : NULL;
  if (grouping) {
    ev.type = "multilateral";
    ev.mechanism = "OTHER";
    at_strset_add(&ev.organizations, grouping);
  }
  if (!at_strcmp(ev.type, "port_call") && ships_counted(v, m)) return;
  if (!at_strcmp(ev.type, "port_call") && home_ship_before(v, m)) return;
  /* A yacht's call and its "visit" to the city are no diplomacy. */
  if ((!at_strcmp(ev.type, "port_call") || !at_strcmp(ev.type, "visit") || !at_strcmp(ev.type, "reception")) &&
      civilian_vessel(v, m))
    return;
  /* "The Vietnamese Embassy and Defence Attaché Office in Chile held a
   * ceremony in Santiago to mark ...": English tells a ceremony held in a
   * foreign state, a meeting of Vietnam's own, as an exchange with that
   * state; a ceremony told only as one (attr abroad: "at a ceremony in
   * Seoul marking ...") is an event only there. */
  /* A gathering named as such (attr marking) is one only when held to mark
   * an anniversary; so held abroad, a reception too is a ceremony there. */
  bool marking = !(v->s->flags & AT_SENT_ENGLISH) ? false : marks_an_anniversary(v, m);
  if (at_entry_has_flag(cue, "marking") && !marking) return;
  bool ceremony = at_entry_has_flag(cue, "abroad") || (!at_strcmp(ev.type, "meeting") && !at_entry_is(cue, AT_FLAG_DOMESTIC)) ||
                  (!at_strcmp(ev.type, "reception") && marking);
  const char *abroad = ceremony ? foreign_place_near(v, m) : NULL; /* only a ceremony's place is asked below */
  /* Vietnamese tells the same of a named ceremony ("Đại sứ quán, Văn phòng
   * Tùy viên Quốc phòng Việt Nam tại Thái Lan tổ chức lễ kỷ niệm ..."), its
   * place often fronted ("Tối 18/12, tại Bangkok, ..."): the sentence's place. */
  bool vietnamese = !(v->s->flags & AT_SENT_ENGLISH);
  if (vietnamese && !abroad && at_entry_has_flag(cue, "abroad") && ev.loc_country && at_strcmp(ev.loc_country, "VN"))
    abroad = ev.loc_country;
  /* ... or held by a Vietnamese embassy or attaché office, its place told
   * elsewhere ("Phát biểu tại lễ kỷ niệm, Đại sứ Việt Nam tại Venezuela
   * ..."; "Đại sứ quán Việt Nam tổ chức lễ kỷ niệm ...", the mission's
   * post in a later sentence or the headline): where it is posted. */
  if (vietnamese && !abroad && at_entry_has_flag(cue, "abroad") && !ev.loc_country) {
    abroad = vietnamese_mission(v);
    if (abroad && !*abroad) abroad = story_mission_host(v->doc);
    if (abroad) ev.loc_country = abroad;
  }
  /* English: an embassy's anniversary ceremony told with no place ("The
   * Vietnamese Embassy and Defence Attaché Office have held a ceremony to
   * mark ..."), the envoys who speak at it named with their post later
   * ("Vietnamese Ambassador to Ukraine X"): held where they serve. */
  if (!vietnamese && ceremony && marking && !abroad && !ev.loc_country && !has_foreign(&ev.countries))
    abroad = english_mission_post(doc);
  if ((!vietnamese || at_entry_has_flag(cue, "abroad")) && ceremony && abroad) {
    ev.type = "exchange";
    /* Its sides are Vietnam, its host and the states of the people named
     * at it: states told otherwise are its speeches' history ("recalled
     * the wars against French and US forces"). */
    if (!vietnamese) {
      ev.countries = (at_strset){0};
      at_strset_add(&ev.countries, "VN");
      for (uint8_t i = 0; i < ev.nparticipants; i++) {
        const char *c = AT_PERSON(doc, ev.participants[i])->country;
        if (c) at_strset_add(&ev.countries, c);
      }
    }
    at_strset_add(&ev.countries, abroad);
  } else if (at_entry_has_flag(cue, "abroad")) {
    return;
  }
  /* A conference (attr conference) two sides hold together, a foreign one
   * among them, is talks between them, as "hội nghị song phương". */
  bool two_sides = at_entry_has_flag(cue, "conference") && has_foreign(&ev.countries) &&
                   held_by_two_sides(v, m);
  if (two_sides) {
    ev.type = "talks";
    at_strset_add(&ev.countries, "VN");
  }
  /* A conference named only "hội nghị" is the story's domestic meeting: with
   * a foreign party, or after a forum or meeting told, it is that one. */
  if (at_entry_is(cue, AT_FLAG_DOMESTIC) && !two_sides) {
    /* "Hội nghị ADMM hẹp", "hội nghị ... các nước ASEAN", a forum named
     * after it: the forum's; "Đoàn
     * ... tham gia hội nghị": a delegation at a forum abroad. */
    bool forum = false, named = false;
    for (uint32_t k = m + 1; k < v->s->match_end; k++) {
      forum |= at_match_entry(match_of(v, k), AT_CAT_MECHANISM) != NULL;
      named |= at_match_entry(match_of(v, k), AT_CAT_ORG) != NULL;
    }
    const char *org = forum ? NULL : organization_in_title(v, m);
    /* "to bid farewell to ... as they left for their UN peacekeeping
     * mission": in English the UN named is the mission a unit goes to, no
     * forum the ceremony belongs to. */
    if (org && !vietnamese && names_peacekeeping(v) && (!at_strcmp(org, "UNPKO") || !at_strcmp(org, "UN"))) org = NULL;
    if (org) {
      /* "Hội nghị Tham mưu trưởng Hải quân các nước ASEAN", "Hội nghị những
       * người đứng đầu Quân y các nước ASEAN": a conference of an
       * organization's members the mechanisms do not list is one of them;
       * after a forum of that organization told ("tại Hội nghị ASEAN lần thứ
       * 8"), it names that forum loosely. */
      for (size_t e = doc->events.len; e-- > 0;)
        if (!at_strcmp(AT_EVENT(doc, e)->type, "multilateral") && at_strset_has(&AT_EVENT(doc, e)->organizations, org)) {
          point_at(v, (long)e, current);
          return;
        }
      ev.type = "multilateral";
      ev.mechanism = "OTHER";
      at_strset_add(&ev.organizations, org);
    } else {
      const at_entry *attend = m > v->s->match_start ? at_match_value(match_of(v, m - 1), AT_CAT_CUE, "attend") : NULL;
      bool joining = (attend && !at_entry_has_flag(attend, "host") && !at_entry_is(attend, AT_FLAG_DELEGATION)) ||
                     word_before(v, m, "joining");
      /* "held a departure ceremony ... to send off Level-2 Field Hospital
       * Rotation 7 to the UN Mission in South Sudan": English names the state
       * and the UN a peacekeeping unit goes to or comes home from as its
       * mission's, no party to the ceremony, which is Vietnam's own. */
      bool mission = !vietnamese && names_peacekeeping(v);
      if (forum || joining || ((has_foreign(&ev.countries) || named) && !mission)) return;
      if (mission) {
        ev.countries = (at_strset){0};
        at_strset_add(&ev.countries, "VN");
      }
      for (size_t e = doc->events.len; e-- > 0;)
        if (is_meeting(AT_EVENT(doc, e)->type) || !at_strcmp(AT_EVENT(doc, e)->type, "multilateral")) {
          point_at(v, (long)e, current);
          return;
        }
    }
  }
  /* Exchanges and exercises are defense diplomacy only with a foreign party
   * ("bàn giao" a suspect to the police is not). */
  /* A ship whose flag the sentence leaves out is the story's foreign ship;
   * with no foreign party at all it is Vietnam's own, welcomed home. */
  /* One that arrives at a Vietnamese port "kết thúc chuyến đối ngoại ..."
   * (function_words.tsv homecoming) is Vietnam's own, back from its voyage;
   * so is one welcomed home by a ceremony ("lễ đón tàu ... trở về sau
   * chuyến ...", event_cues.tsv welcome). */
  if (!at_strcmp(ev.type, "port_call") && (!at_strcmp(cue->value, "port_call") || at_entry_is(cue, AT_FLAG_WELCOME)) &&
      (!has_foreign(&ev.countries) ? sentence_has_word(v, "homecoming") : home_before_abroad(v, m)))
    return;
  /* "cập cảng ..., kết thúc hải trình ... tham gia diễn tập ...", "rời cảng
   * ... đi thực hiện nhiệm vụ diễn tập ... từ ngày 8/2": an exercise told as
   * the purpose of a voyage, after the ship's return or departure, has that
   * day as the voyage's, not its own: only the year is its. So has a ship's
   * visit named by a noun there ("docked ..., concluding its voyage ...
   * combined with a courtesy visit to Malaysia"). */
  bool voyage_visit = !at_strcmp(ev.type, "port_call") && at_strcmp(cue->value, "port_call");
  if ((!at_strcmp(ev.type, "exercise") || voyage_visit) && voyage_word_before(v, m, voyage_visit)) {
    ev.date.month = ev.date.day = 0;
    ev.has_end = false;
    ev.has_date = ev.date.year != 0;
  }
  /* "Lễ tiễn tàu ... tại Quân cảng Cam Ranh" naming no foreign side: a
   * Vietnamese ship leaving home on its voyage, or the call told going on;
   * it only adds to a call told (data/event_cues.tsv sendoff). */
  bool sendoff_home = !at_strcmp(ev.type, "port_call") && at_entry_has_flag(cue, "sendoff") && !has_foreign(&ev.countries);
  if (!at_strcmp(ev.type, "port_call") && !has_foreign(&ev.countries) && doc->main_foreign)
    at_strset_add(&ev.countries, doc->main_foreign);
  /* An exercise or exchange held abroad ("diễn tập ... tại Indonesia") has
   * its host among its parties. Not in English, whose "in" also tells where
   * someone serves ("ambassador in Singapore"). */
  bool joint = !at_strcmp(ev.type, "exchange") || !at_strcmp(ev.type, "exercise");
  if (joint && ev.loc_country && at_strcmp(ev.loc_country, "VN") && !(v->s->flags & AT_SENT_ENGLISH))
    at_strset_add(&ev.countries, ev.loc_country);
  if (joint && (v->s->flags & AT_SENT_ENGLISH)) add_host_told_as_place(v, m, &ev.countries);
  /* A happening between two sides by its very name ("the joint patrol", "a
   * repatriation ceremony", "tuần tra liên hợp") has the story's partner on
   * the other side. */
  if (at_entry_has_flag(cue, "joint") && !has_foreign(&ev.countries) && doc->main_foreign)
    at_strset_add(&ev.countries, doc->main_foreign);
  /* A unit sent out on a mission (attr mission: "lên đường làm nhiệm vụ",
   * "lễ xuất quân") is an exchange with the state it goes to ("sang Thổ Nhĩ
   * Kỳ cứu hộ"); sent to UN peacekeeping, it is Vietnam's own contribution:
   * the state the mission serves in ("Phái bộ ... ở Nam Sudan") is where, not
   * a partner. Sent nowhere abroad, it is domestic ("lên đường nhập ngũ"). */
  /* "Sáng 19/2, tàu ... cập cảng Visakhapatnam, Ấn Độ. Tàu tham gia diễn tập
   * MILAN 2024 từ ngày 19 đến 27/2": a ship in port abroad, just told,
   * takes part in its host's exercise. */
  if (!at_strcmp(ev.type, "exercise") && !has_foreign(&ev.countries) && *current >= 0 &&
      !at_strcmp(AT_EVENT(doc, *current)->type, "port_call") && AT_EVENT(doc, *current)->loc_country &&
      at_strcmp(AT_EVENT(doc, *current)->loc_country, "VN"))
    at_strset_add(&ev.countries, AT_EVENT(doc, *current)->loc_country);
  bool peacekeeping = at_entry_has_flag(cue, "mission") && names_peacekeeping(v);
  if (peacekeeping) {
    ev.countries.n = 0;
    at_strset_add(&ev.countries, "VN");
  }
  /* An exercise named after an organization ("diễn tập cứu trợ thảm họa
   * ASEAN") is held among its members: multilateral with no other state
   * named, Vietnam's own part in it, the organization its other side. */
  const char *members_of = !at_strcmp(ev.type, "exercise") && !has_foreign(&ev.countries) && !(v->s->flags & AT_SENT_ENGLISH)
                               ? organization_in_title(v, m)
                               : NULL;
  /* "diễn tập thực địa ADMM+ về ...": a forum named as its framework gives
   * the forum's organization (mechanisms.tsv attr). */
  if (!at_strcmp(ev.type, "exercise") && !has_foreign(&ev.countries) && !members_of && !(v->s->flags & AT_SENT_ENGLISH))
    members_of = forum_organization_after(v, m);
  if (members_of) {
    at_strset_add(&ev.organizations, members_of);
    at_strset_add(&ev.countries, "VN");
  }
  /* "The corvette was transferred to Vietnam in May 2017": a dated handover
   * of goods or a ship told with no giver, none told before it, is from
   * the story's partner. */
  bool handover_told = false;
  for (size_t e = 0; e < doc->events.len; e++) handover_told |= !at_strcmp(AT_EVENT(doc, e)->type, "exchange");
  if (!at_strcmp(ev.type, "exchange") && !vietnamese && !has_foreign(&ev.countries) && ev.has_date && !handover_told &&
      doc->main_foreign && at_strcmp(doc->main_foreign, "VN") && !peacekeeping && goods_after(v, m)) {
    at_strset_add(&ev.countries, "VN");
    at_strset_add(&ev.countries, doc->main_foreign);
  }
  if ((joint || !at_strcmp(ev.type, "port_call")) && !has_foreign(&ev.countries) && !peacekeeping && !members_of) {
    /* "The exercise had commenced on August 1": no side named, it goes on
     * about the one told, and may give the day it began, or the day it
     * closed ("The exercise wrapped up on November 22"). */
    for (size_t e = doc->events.len; noun && e-- > 0;)
      if (!at_strcmp(AT_EVENT(doc, e)->type, ev.type)) {
        at_event *told = AT_EVENT(doc, e);
        point_at(v, (long)e, current);
        date_of_opening(v, m, told);
        /* "The exercise took place from February 19 to 27": its days, when
         * it was told with none (told to the day: not a year recalled; not
         * the day it ends, "lasts until September 22"; not a part's, "the
         * first part of the drill from May 2 to 5") */
        if (ev.has_date && ev.date.day && !sentence_has_word(v, "ending") && !sentence_has_word(v, "closing") &&
            !part_of_the_happening(v, m))
          take_date_if_none(told, &ev);
        if (!told->closed_on.day) told->closed_on = ev.closed_on;
        span_to_its_close(told);
        break;
      }
    /* "... đã trao tặng 200 suất quà cho Bộ Chỉ huy Quân sự tỉnh
     * Bolikhamxay (Lào). Đại tá X trao quà cho đại diện phía bạn": told by
     * its verb right after, with no side named, the giving told goes on;
     * who gives takes part in it. */
    if (!noun && *current >= 0 && !at_strcmp(AT_EVENT(doc, *current)->type, ev.type) &&
        AT_EVENT(doc, *current)->sentence + 3 >= v->index) {
      for (uint8_t i = 0; i < ev.nparticipants; i++) at_add_participant(AT_EVENT(doc, *current), ev.participants[i]);
      if (!at_strcmp(ev.type, "port_call")) arrival_of_the_call(AT_EVENT(doc, *current), &ev);
    }
    return;
  }

  bool anchored_here = anchored(v, m, cue, &ev);
  bool told = anchored_here || told_by_reference;
  ev.by_reference = told_by_reference && !anchored_here;
  ev.bygone = ev.has_date && word_in_clause_before(v, m, "bygone");
  if (ev.bygone && ev.nparticipants) not_who_recalls_it(v, m, &ev);
  /* (a visit or a ship's call lasts days: "Trước đó, Đoàn đã đến thăm Học
   * viện ..." goes on about the stay told) */
  ev.earlier = !(v->s->flags & AT_SENT_ENGLISH) && !noun && at_strcmp(ev.type, "visit") &&
               at_strcmp(ev.type, "port_call") && opens_with_before_that(v);
  ev.before_that = !(v->s->flags & AT_SENT_ENGLISH) && opens_with_before_that(v);
  /* "since their August meeting in Washington": with no state named, the
   * place abroad names the other side (not the story's partner). */
  if (ev.bygone && !sentence_names_country(v) && ev.loc_country && at_strcmp(ev.loc_country, "VN")) {
    ev.countries = (at_strset){0};
    at_strset_add(&ev.countries, "VN");
    at_strset_add(&ev.countries, ev.loc_country);
  }
  /* "since their August meeting": "their" are the people of the story's
   * meeting of the same states, who met before too. */
  uint32_t cue_tok = match_of(v, m)->tok_start;
  bool theirs = false;
  for (uint32_t t = cue_tok; t-- > v->s->tok_start && t + 3 >= cue_tok;) theirs |= at_tok_word(doc, t, AT_ROLE_POSSESSIVE);
  for (size_t e = doc->events.len; ev.bygone && theirs && !ev.nparticipants && e-- > 0;) {
    const at_event *story = AT_EVENT(doc, e);
    if (!is_meeting(story->type) || story->has_date || foreign_disjoint(&story->countries, &ev.countries)) continue;
    for (uint8_t i = 0; i < story->nparticipants; i++) at_add_participant(&ev, story->participants[i]);
    break;
  }
  ev.named_later = named_later;
  /* "Y cảm ơn sự đón tiếp chu đáo", "thanked X for the warm reception": a
   * reception thanked for is the one told, if any (its people join it),
   * never one of its own. */
  bool thanked_for = !at_strcmp(ev.type, "reception") && word_in_clause_before(v, m, "thanks");
  if (thanked_for) told = false;
  bool back_reference = (noun && !told) || thanked_for; /* only adds to an event already told */
  if (!told && !(noun && sentence_has_word(v, "this")) && !back_reference) return;
  if (plural && !has_foreign_participant(doc, &ev)) return;
  /* "Ngay sau lễ đón, hai bên tiến hành hội đàm": the same people as the
   * event before. "Sau cuộc hội đàm, hai bên đã ký ...", "After the talks,
   * the two sides signed ..." name no signer: the two sides sign, the
   * ministries (the contract's example); "hai Bộ trưởng đã ký", "the two
   * ministers signed" (function_words.tsv pair) name the two. */
  long same_people_as = v->ref_event >= 0 ? v->ref_event : told_by_reference ? *current : -1;
  if (ev.bygone) same_people_as = -1; /* "since the previous meeting in 2019": an earlier one, not these people's */
  /* "... lễ đón Y thăm chính thức Việt Nam. Chiều cùng ngày, hai bên đã hội
   * đàm": a visit has one side, its visitor; a meeting pointing back to it
   * has the people of the meeting told before it on the same trip (the
   * welcome, with its host) when there is one. */
  if (same_people_as >= 0 && is_meeting(ev.type) && !at_strcmp(AT_EVENT(doc, same_people_as)->type, "visit"))
    for (long e = same_people_as; e-- > 0;) {
      const at_event *before = AT_EVENT(doc, e);
      if (!is_meeting(before->type) || before->nparticipants < 2) continue;
      if (!foreign_disjoint(&before->countries, &AT_EVENT(doc, same_people_as)->countries)) same_people_as = e;
      break;
    }
  /* "Chiều 2/11, tại trụ sở Bộ Quốc phòng, X chủ trì lễ đón Y. Ngay sau lễ
   * đón, hai bên tiến hành hội đàm", "Kết thúc hội đàm, hai bên ký ...":
   * talks, a reception or a signing told as right after, before or at a
   * meeting told before, with no place of their own, are held where it
   * was. Not after a visit or a ship's call: a journey, the next stop may
   * be elsewhere. */
  if (!ev.loc_country && v->ref_event >= 0 && (two_sided_meeting(ev.type) || !at_strcmp(ev.type, "signing")) &&
      at_strcmp(ev.type, "call")) {
    const at_event *ref = AT_EVENT(doc, v->ref_event);
    if (ref->loc_country && at_strcmp(ref->type, "visit") && at_strcmp(ref->type, "port_call") &&
        at_strcmp(ref->type, "call")) {
      ev.loc_country = ref->loc_country;
      ev.place = ref->place;
    }
  }
  /* "Sáng 20/4, đoàn ... đã đến tỉnh X. Lễ đón được tiến hành ...": the
   * story's first happening, told taking place with no day or place of its
   * own, is held at the scene the sentence before, in its paragraph, set. */
  const at_date_span *own_days;
  if (!ev.loc_country && !doc->events.len && v->index > 0 && happening_takes_place(v, m) &&
      AT_SENT(doc, v->index - 1)->para == v->s->para &&
      !(AT_SENT(doc, v->index - 1)->flags & (AT_SENT_TITLE | AT_SENT_CAPTION)) && !view_dates(v, &own_days)) {
    sentence_view scene = undated_view(doc, v->index - 1);
    at_event where = {0};
    find_location(&scene, &where);
    if (!where.loc_country) find_place_arrived_at(&scene, &where, scene.s->tok_end, true);
    ev.loc_country = where.loc_country;
    ev.place = where.place;
  }
  bool sides_sign = !at_strcmp(ev.type, "signing") && !sentence_has_word(v, "pair");
  /* "The two sides spoke highly of cooperation after the 6th dialogue in
   * Tokyo in July last year": a past round of the happening told (its kind,
   * an earlier year) is not of the pair who speak of it now */
  if (same_people_as >= 0 && ev.has_date && ev.date.year && AT_EVENT(doc, same_people_as)->date.year > ev.date.year &&
      AT_EVENT(doc, same_people_as)->has_date && !at_strcmp(AT_EVENT(doc, same_people_as)->type, ev.type))
    same_people_as = -1;
  if (ev.nparticipants == 0 && same_people_as >= 0 && at_strcmp(ev.type, "visit") && !sides_sign) {
    const at_event *ref = AT_EVENT(doc, same_people_as);
    for (uint8_t i = 0; i < ref->nparticipants; i++) at_add_participant(&ev, ref->participants[i]);
    for (uint8_t i = 0; i < ref->countries.n; i++) at_strset_add(&ev.countries, ref->countries.items[i]);
  }
  complete_sides(doc, &ev);
  /* No state and no person, in a story about no other state: a province
   * "welcomed 4.4 million holidaymakers". */
  if (bilateral_type(ev.type) && ev.countries.n == 0 && ev.nparticipants == 0) return;
  /* Talks, a call or a visit among Vietnamese only (no foreign state, no
   * organisation, everyone taking part known to be of Vietnam: one whose
   * state is not read may be the guest), in a story that names no
   * other state, is domestic work ("Phó Thủ tướng làm việc với lãnh đạo tỉnh
   * Nam Định", "Thủ tướng thăm tỉnh Quảng Nam"), no diplomacy. So is
   * Vietnamese meeting Vietnamese arrivals (attr greet: "Chỉ huy trưởng ...
   * đón đoàn học viên ... về thực tập tại đơn vị"); the formal "tiếp" of
   * Vietnam's own envoys is a reception on foreign relations. */
  bool domestic_kind = !at_strcmp(ev.type, "talks") || !at_strcmp(ev.type, "call") || !at_strcmp(ev.type, "visit") ||
                       (!at_strcmp(ev.type, "reception") && at_entry_has_flag(cue, "greet"));
  bool all_vietnamese = !has_foreign(&ev.countries) && ev.organizations.n == 0;
  for (uint8_t i = 0; all_vietnamese && i < ev.nparticipants; i++) {
    const char *c = AT_PERSON(doc, ev.participants[i])->country;
    all_vietnamese = c && !at_strcmp(c, "VN");
  }
  if (domestic_kind && all_vietnamese) return;
  if (at_entry_has_flag(cue, "each") && split_by_host(doc, &ev, m, current, v)) return;
  /* Ceremonies held in several foreign states: one exchange with each. */
  const char *hosts[AT_SET_MAX];
  size_t nhosts = at_entry_has_flag(cue, "places") && !at_strcmp(ev.type, "exchange")
                      ? foreign_places_listed(v, m, hosts, AT_SET_MAX)
                      : 0;
  if (nhosts > 1) {
    for (size_t h = 0; h < nhosts; h++) {
      at_event one = ev;
      one.countries = (at_strset){0};
      at_strset_add(&one.countries, "VN");
      at_strset_add(&one.countries, hosts[h]);
      if (one.loc_country && at_strcmp(one.loc_country, hosts[h])) one.loc_country = NULL, one.place = NULL;
      long e = place_event(doc, &one, back_reference, v->s->flags & AT_SENT_CAPTION);
      if (e >= 0) point_at(v, e, current);
    }
    return;
  }
  if (retells_the_sitting(v, m, cue, &ev, current)) return;
  /* One sitting per partner state: talks, a call, a reception ("received the
   * Lao and Cambodian ambassadors"). */
  if (two_sided_meeting(ev.type) && !between_foreign_counterparts(doc, &ev, v) && split_by_partner(doc, &ev, current, v))
    return;
  /* "trong khuôn khổ chuyến thăm 3 nước ...": the voyage a port call told is part of */
  if (!at_strcmp(ev.type, "port_call") && !subordinate(v, m) && split_by_destination(doc, &ev, m, current, v)) return;
  /* "X's visit comes at a pivotal moment, as Vietnam's party chief recently
   * visited North Korea": a happening of the background clause that would
   * fold into one told in a sentence before is no retelling of it (its
   * states and people are the setting's); it adds nothing. So for one told
   * before the background word of its own sentence ("Three ships docked at
   * Cam Ranh on Saturday, just weeks after the first visit by X's vessels"):
   * the candidate stands after that word. */
  if (told_in_background(v, m))
    for (size_t k = doc->events.len; k-- > 0;)
      if (AT_EVENT(doc, k)->sentence <= v->index &&
          same_happening(doc, AT_EVENT(doc, k), &ev, v->s->flags & AT_SENT_CAPTION))
        return;
  long e = place_event(doc, &ev, back_reference || sendoff_home, v->s->flags & AT_SENT_CAPTION);
  if (e < 0 && thanked_for) thanker_joins_the_visit(v, m, &ev);
  /* "Chuyến thăm của tàu Hải quân Ấn Độ INS Sahyadri nhằm ...": a ship's
   * visit named by a noun with no port call told to point back to is kept;
   * a story that tells no call of its own reports it (at_events). */
  if (e < 0 && back_reference && !at_strcmp(ev.type, "port_call") && v->unplaced_call && !v->unplaced_call->type)
    *v->unplaced_call = ev;
  if (e >= 0) point_at(v, e, current);
  if (e >= 0 && ev.has_date) told_per_date(v, &ev, cue);
  /* "the 55th and 56th joint patrols": one happening per number. */
  for (unsigned more = noun && e >= 0 && (v->s->flags & AT_SENT_ENGLISH) ? numbered_before(v, m) : 0; more > 1; more--)
    *(at_event *)at_vec_push(&doc->events) = ev;
}

/* The sentence's day (and last day) of a happening, its first such date,
 * given to the event; false when it tells none. */
static bool dated_by_the_sentence(const sentence_view *v, at_event *ev) {
  const at_date_span *dates;
  size_t ndates = view_dates(v, &dates);
  for (size_t i = 0; i < ndates; i++) {
    if (!happening_date(&dates[i])) continue;
    ev->date = at_resolve_year(dates[i].date, v->doc, v->s);
    ev->has_date = true;
    if (dates[i].end.month) {
      ev->date_end = at_resolve_year(dates[i].end, v->doc, v->s);
      ev->has_end = true;
    }
    return true;
  }
  return false;
}

/* "Các hoạt động diễn ra tại hai tỉnh ... trong hai ngày 11 và 12/4/2024":
 * a sentence about the activities of the happenings told (it opens with
 * function_words.tsv activities) that says when they took place (session)
 * dates those told so far with no date of their own. */
static void activities_dated(const sentence_view *v) {
  uint32_t m = v->s->match_start;
  if (m >= v->s->match_end || !function_word(v, m, "activities") || match_of(v, m)->tok_start != v->s->tok_start ||
      !sentence_has_word(v, "session"))
    return;
  /* the dates only now: their first read is the dearest part, and most
   * sentences are not about the activities */
  for (size_t e = 0; e < v->doc->events.len; e++) {
    at_event *ev = AT_EVENT(v->doc, e);
    if (!ev->has_date && !dated_by_the_sentence(v, ev)) return;
  }
}

/* "Vietnam attended the ADMM in Bangkok. During the meetings, from March
 * 31 to April 2, the ministers ...": a sentence that goes on at the scene
 * of the forum's meeting told undated (it opens at the happening with
 * function_words.tsv scene; Vietnamese: at, "Tại hội nghị, ...") tells the
 * days of that meeting. */
static bool opens_at_the_happening(const sentence_view *v);
static void forum_dated_at_its_scene(const sentence_view *v, at_event *ev) {
  if (ev->has_date || at_strcmp(ev->type, "multilateral") || !opens_at_the_happening(v) ||
      !scene_word(v, v->s->match_start))
    return;
  dated_by_the_sentence(v, ev);
}

/* "FILE - The destroyer USS X sails during exercise Y in this March 21,
 * 2013 photo": a wire caption of an old photo (function_words.tsv
 * file_photo opening the sentence) tells no happening of the story. */
static bool old_photo_caption(const sentence_view *v) {
  uint32_t m = v->s->match_start;
  return m < v->s->match_end && match_of(v, m)->tok_start == v->s->tok_start && function_word(v, m, "file_photo");
}

/* Has a sentence before `upto` sent a ship out from home (sends_out)? */
static bool ship_sent_out(const attache_doc *doc, uint32_t upto) {
  for (uint32_t i = 0; i < upto && i < doc->sentences.len; i++)
    if (sends_out(doc, AT_SENT(doc, i))) return true;
  return false;
}

/* "Đại tá X, Phó Chính ủy Vùng 2 Hải quân đón đoàn công tác", "Phát biểu
 * tại lễ đón, Đại tá X biểu dương ...": once the story has told its ship
 * home from the voyage (before or after), a welcome (event_cues.tsv reception with attr
 * welcome, or "đón") naming no foreign side is the welcome home. So, once
 * it has sent a ship out from home, is the send-off named again ("Đại tá
 * X chủ trì buổi lễ", "Dự lễ tiễn có X"): a sentence telling no other
 * happening, with no foreign state, body, place or person. Their people
 * took part in no call abroad, and they are no happening of the voyage. */
typedef enum home_ceremony { NO_HOME_CEREMONY, WELCOME_HOME, SENDOFF_NAMED_AGAIN } home_ceremony;
static home_ceremony home_ceremony_told(const sentence_view *v) {
  if (!holds_category(v, AT_CAT_CUE) && !may_hold_word(v, "occasion")) return NO_HOME_CEREMONY; /* most sentences */
  /* Either is told by a reception (the welcome; the send-off's cues are
   * receptions, event_cues.tsv sendoff) or, in Vietnamese, by a word that
   * refers back to the occasion: a sentence with none (its values' bits: a
   * no is sure) is not scanned. English tells only the welcome home here. */
  if (!(v->s->values & at_value_bit(AT_CAT_CUE, "reception", 9)) &&
      ((v->s->flags & AT_SENT_ENGLISH) || !may_hold_word(v, "occasion")))
    return NO_HOME_CEREMONY;
  bool welcome = false, sendoff = false, occasion = false, other = false;
  const uint32_t told = 1u << AT_CAT_COUNTRY | 1u << AT_CAT_BODY | 1u << AT_CAT_PLACE | 1u << AT_CAT_CUE;
  const uint32_t occasion_bit = at_match_bit(at_value_bit(AT_CAT_FUNCTION, "occasion", 8));
  for (uint32_t k = v->s->match_start; k < v->s->match_end; k++) {
    const at_match *x = match_of(v, k);
    if (!(x->categories & told) && !(x->values & occasion_bit)) continue; /* most matches: one test */
    const at_entry *c = at_match_entry(x, AT_CAT_COUNTRY), *body = at_match_entry(x, AT_CAT_BODY),
                   *place = at_match_entry(x, AT_CAT_PLACE); /* "tại cảng Yokosuka": the welcome abroad */
    if ((c && at_strcmp(c->value, "VN")) || (body && strlen(body->value) == 2 && at_strcmp(body->value, "VN")) ||
        (place && strlen(place->value) == 2 && at_strcmp(place->value, "VN")))
      return NO_HOME_CEREMONY;
    const at_entry *cue = at_match_entry(x, AT_CAT_CUE);
    welcome |= cue && !at_strcmp(cue->value, "reception") && (at_entry_is(cue, AT_FLAG_WELCOME) || !at_strcmp(cue->phrase, "đón"));
    sendoff |= cue && at_entry_has_flag(cue, "sendoff");
    other |= cue && at_strcmp(cue->value, "none") && at_strcmp(cue->value, "attend") && !at_entry_has_flag(cue, "sendoff");
    occasion |= function_word(v, k, "occasion") != NULL;
  }
  /* The welcome may open the story, a caption or lead before any happening
   * is told ("X, Tư lệnh Vùng 2, trực tiếp đón đoàn." before the ship's
   * return): a ship home told after it makes it the welcome home too. */
  if (welcome && ship_came_home(v->doc, v->doc->events.len ? v->index : (uint32_t)v->doc->sentences.len))
    return WELCOME_HOME;
  if (other || !(sendoff || occasion) || (v->s->flags & AT_SENT_ENGLISH)) return NO_HOME_CEREMONY;
  const at_mention *ms;
  size_t n = at_mentions_in(v->doc, v->index, &ms);
  for (size_t i = 0; i < n; i++) {
    const char *country = AT_PERSON(v->doc, ms[i].person)->country;
    if (country && at_strcmp(country, "VN")) return NO_HOME_CEREMONY;
  }
  return n > 0 && ship_sent_out(v->doc, v->index) ? SENDOFF_NAMED_AGAIN : NO_HOME_CEREMONY;
}

/* "X and Y co-chaired the event": a verb of chairing (event_cues.tsv attr
 * chair) right before a word that refers back to the happening told
 * (function_words.tsv occasion); its match index, or -1. */
static long chairs_the_event_told(const sentence_view *v) {
  if (!(v->s->flags & AT_SENT_ENGLISH) || !may_hold_word(v, "occasion")) return -1;
  for (uint32_t k = v->s->match_start; k + 1 < v->s->match_end; k++) {
    const at_entry *cue = at_match_entry(match_of(v, k), AT_CAT_CUE);
    if (cue && at_entry_has_flag(cue, "chair") && match_of(v, k + 1)->tok_start == match_of(v, k)->tok_end &&
        function_word(v, k + 1, "occasion"))
      return (long)k;
  }
  return -1;
}

/* Does the sentence open at a happening ("Tại buổi lễ, ...", "Tại hội đàm,
 * ...", "At the meeting, ..."): a word that refers back (function_words.tsv
 * ref) right before a cue, a forum or an occasion ("buổi lễ")? */
static bool opens_at_the_happening(const sentence_view *v) {
  uint32_t m = v->s->match_start;
  if (m + 1 >= v->s->match_end || !function_word(v, m, "ref") || match_of(v, m)->tok_start != v->s->tok_start ||
      match_of(v, m + 1)->tok_start != match_of(v, m)->tok_end)
    return false;
  const at_entry *cue = at_match_entry(match_of(v, m + 1), AT_CAT_CUE);
  return (cue && at_strcmp(cue->value, "none")) || at_match_entry(match_of(v, m + 1), AT_CAT_MECHANISM) ||
         function_word(v, m + 1, "occasion");
}

/* "Tham dự lễ đón có: Thượng tướng X, ...; Trung tướng Y, ...": a sentence
 * that opens with a word of attending right before the name of a happening
 * told earlier (refers_back made it the current one, though a later one,
 * the guest's visit, was) lists who attended that happening. */
static bool attended_earlier_happening(const sentence_view *v, long current) {
  uint32_t m = v->s->match_start;
  if (current < 0 || m + 1 >= v->s->match_end || match_of(v, m)->tok_start != v->s->tok_start ||
      match_of(v, m + 1)->tok_start != match_of(v, m)->tok_end)
    return false;
  const at_entry *attend = at_match_value(match_of(v, m), AT_CAT_CUE, "attend");
  if (!attend || at_entry_has_flag(attend, "host") || at_entry_is(attend, AT_FLAG_DELEGATION)) return false;
  const at_entry *named = at_match_entry(match_of(v, m + 1), AT_CAT_CUE);
  return named && at_entry_is(named, AT_FLAG_NOUN) && !at_strcmp(named->value, AT_EVENT(v->doc, current)->type);
}

/* Does the match name a place of a state (places.tsv: a city or province,
 * not a venue)? */
static bool place_of_a_state(const at_match *mt) {
  const at_entry *p = at_match_entry(mt, AT_CAT_PLACE);
  return p && strlen(p->value) == 2 && !at_entry_has_flag(p, "venue");
}

/* "Về phía nước CHDCND Lào, có ông X", "Về phía các Tiểu khu Quân sự, Quân
 * khu 2 thuộc Quân đội Hoàng gia Campuchia có Thiếu tướng X", "Về phía tỉnh
 * bạn, có Đại tá X": a side (match m, opening the sentence) named by more
 * words than its state's name, a state named among them or the friend side
 * (token_words.tsv friend: "bạn"), then at most a comma and "có"/"là"/"gồm"
 * (names_who). No one is named, no cue and no punctuation but commas
 * stand in the side's name. */
static bool side_named_at_length(const sentence_view *v, uint32_t m) {
  uint32_t from = match_of(v, m)->tok_end;
  bool state = false, friend = false;
  const at_mention *ms;
  size_t n = at_mentions_in(v->doc, v->index, &ms);
  for (uint32_t t = from; t < v->s->tok_end && t <= from + 18; t++) {
    if (at_tok_word(v->doc, t, AT_ROLE_NAMES_WHO) && t > from) return state || friend;
    if (tok_punct(v->doc, t, ",") && t > from) continue; /* "các Tiểu khu Quân sự, Quân khu 2 ..." */
    if (AT_TOK(v->doc, t)->kind != AT_TOK_WORD && AT_TOK(v->doc, t)->kind != AT_TOK_NUM) return false;
    for (size_t i = 0; i < n; i++)
      if (ms[i].tok_start <= t && t < ms[i].tok_end) return false;
    long k = at_match_at(v->doc, v->s, t);
    if (k >= 0 && at_match_entry(match_of(v, (uint32_t)k), AT_CAT_COUNTRY)) state = true;
    /* "Về phía Bộ Chỉ huy Quân sự tỉnh Hủa Phăn có ...": a unit named by its
     * province, the province standing for its state */
    if (k >= 0 && place_of_a_state(match_of(v, (uint32_t)k))) state = true;
    if (k >= 0 && cue_at(v, (uint32_t)k)) return false;
    if (at_tok_word(v->doc, t, AT_ROLE_FRIEND)) friend = true;
  }
  return false;
}

/* "Về phía Lào có Đại tướng X, ...", "Phía chủ nhà Hàn Quốc là ông X",
 * "Phía Hải quân Việt Nam cử biên đội ... do Đại tá X làm trưởng đoàn": a
 * sentence that opens with a side (function_words.tsv side, then its state
 * or its state's force) and says who it had, sent or comprised names who
 * took part; the side's match index, or -1. */
static long side_attending(const sentence_view *v) {
  uint32_t m = v->s->match_start;
  if (m + 1 >= v->s->match_end || !function_word(v, m, "side") || match_of(v, m)->tok_start != v->s->tok_start)
    return -1;
  /* the side's state, a word or two on ("Phía chủ nhà Hàn Quốc là ...") */
  const at_match *state = match_of(v, m + 1);
  /* "Phía Hải quân Việt Nam cử ...": a force of the state, then the state */
  if (at_match_entry(state, AT_CAT_BODY) && m + 2 < v->s->match_end &&
      match_of(v, m + 2)->tok_start == state->tok_end && at_match_entry(match_of(v, m + 2), AT_CAT_COUNTRY))
    state = match_of(v, m + 2);
  if (!at_match_entry(state, AT_CAT_COUNTRY) || state->tok_start > match_of(v, m)->tok_end + 4)
    return side_named_at_length(v, m) ? (long)m : -1;
  uint32_t after = state->tok_end;
  if (after < v->s->tok_end && tok_punct(v->doc, after, ",")) after++;
  if (after >= v->s->tok_end) return -1;
  /* "Về phía Trung Quốc, Trưởng đoàn là ông X": the head of the side's
   * delegation (positions.tsv attr side) before the word that names him */
  long head = at_match_at(v->doc, v->s, after);
  const at_entry *office = head >= 0 ? at_match_entry(AT_MATCH(v->doc, head), AT_CAT_POSITION) : NULL;
  if (office && AT_MATCH(v->doc, head)->tok_start == after && at_entry_has_flag(office, "side")) {
    after = AT_MATCH(v->doc, head)->tok_end;
    if (after >= v->s->tok_end) return -1;
  }
  bool says_who = at_tok_word(v->doc, after, AT_ROLE_NAMES_WHO);
  return says_who ? (long)m : -1;
}

/* "Đại tá X, Chỉ huy tàu Y, cho biết ...", "Thuyền trưởng X bày tỏ ...": the
 * command of a ship named with a person in a sentence of a port-call story
 * (positions.tsv ship, or function_words.tsv command right before a word
 * for a ship: "Chỉ huy tàu", "Sĩ quan chỉ huy tuần dương hạm"); its match
 * index, or -1. Who commands the ship that calls takes part in the call,
 * wherever the story names him; so does who commands the ships of a joint
 * patrol or exercise at sea ("Thượng tá X, ... - chỉ huy biên đội tàu tuần
 * tra ... cho biết"), told after it. */
static long ship_command_named(const sentence_view *v) {
  const at_mention *ms;
  if (!at_mentions_in(v->doc, v->index, &ms)) return -1;
  for (uint32_t m = v->s->match_start; m < v->s->match_end; m++) {
    const at_entry *office = at_match_entry(match_of(v, m), AT_CAT_POSITION);
    if (office && at_entry_is(office, AT_FLAG_SHIP)) return (long)m;
    if (function_word(v, m, "command") && m + 1 < v->s->match_end && function_word(v, m + 1, "ship") &&
        match_of(v, m + 1)->tok_start == match_of(v, m)->tok_end)
      return (long)m;
  }
  return -1;
}

/* "Cùng đón đoàn có bà X; Đại tá Y", "Tiếp đón có Thiếu tướng X", "Đón tàu
 * và thủy thủ đoàn có Thượng tá X": a sentence that opens with a happening's
 * verb ("cùng" before it or not) and, a few words on, with no comma or other
 * happening between, says who had part in it (token_words.tsv names_who:
 * "có") lists who attended the happening told; it tells none of its own.
 * The verb's match index, or -1. */
static long who_took_part_listed(const sentence_view *v) {
  uint32_t m = v->s->match_start;
  if ((v->s->flags & AT_SENT_ENGLISH) || !holds_category(v, AT_CAT_CUE)) return -1;
  if (m >= v->s->match_end || match_of(v, m)->tok_start != v->s->tok_start) return -1;
  if (at_tok_word(v->doc, v->s->tok_start, AT_ROLE_TOGETHER) && match_of(v, m)->tok_end == v->s->tok_start + 1) m++;
  if (m >= v->s->match_end || match_of(v, m)->tok_start > v->s->tok_start + 1) return -1;
  const at_entry *cue = cue_at(v, m);
  if (!cue || !at_strcmp(cue->value, "none") || !at_strcmp(cue->value, "attend")) return -1;
  uint32_t from = match_of(v, m)->tok_end;
  for (uint32_t t = from; t < v->s->tok_end && t <= from + 4; t++) {
    if (tok_punct(v->doc, t, ",") || tok_punct(v->doc, t, ";")) return -1;
    long k = at_match_at(v->doc, v->s, t);
    if (k >= 0 && (uint32_t)k != m && cue_at(v, (uint32_t)k)) return -1;
    if (at_tok_word(v->doc, t, AT_ROLE_NAMES_WHO)) return (long)m;
  }
  return -1;
}

/* The attendance cue of a sentence (match index), or -1; with `flag`, only
 * a cue with that attr. */
static long attendance_cue(const sentence_view *v, const char *flag) {
  /* a sentence with no cue "attend" (its values' bit: a no is sure) is not scanned */
  bool attend = v->s->values & at_value_bit(AT_CAT_CUE, "attend", 6);
  for (uint32_t m = v->s->match_start; attend && m < v->s->match_end; m++) {
    const at_entry *cue = at_match_entry(match_of(v, m), AT_CAT_CUE);
    if (cue && !at_strcmp(cue->value, "attend") && (!flag || at_entry_has_flag(cue, flag))) return (long)m;
  }
  if (flag) return -1;
  /* "Tham gia đón đoàn có các đồng chí: ...": who joined the welcome told */
  uint32_t first = v->s->match_start;
  if (first < v->s->match_end && function_word(v, first, "joining") && match_of(v, first)->tok_start == v->s->tok_start)
    return (long)first;
  return side_attending(v);
}

/* Who attended, told before the story tells any event (a story whose lead
 * the crawl lost): who led a delegation ("Đoàn ... do X dẫn đầu"), or a
 * sentence that opens with attendance ("Dự lễ khai mạc có Thượng tướng X,
 * ...; ông Y, ...", "Tham dự buổi tiếp có ...", "Về phía Lào có ..."). The
 * attendance cue's match index, or -1. */
static long attendance_told_first(const sentence_view *v) {
  long led = attendance_cue(v, "delegation");
  if (led >= 0) return led;
  uint32_t m = v->s->match_start;
  if (m < v->s->match_end && match_of(v, m)->tok_start == v->s->tok_start) {
    const at_entry *cue = at_match_value(match_of(v, m), AT_CAT_CUE, "attend");
    if (cue && !at_entry_has_flag(cue, "of")) return (long)m;
    /* "Tham gia đoàn gồm có: ...", "Tham gia đoàn có ...": who joined the
     * delegation, named after a word that says who it had */
    if (function_word(v, m, "joining"))
      for (uint32_t t = match_of(v, m)->tok_end; t < v->s->tok_end && t <= match_of(v, m)->tok_end + 4; t++) {
        if (AT_TOK(v->doc, t)->kind == AT_TOK_PUNCT) break;
        if (at_tok_word(v->doc, t, AT_ROLE_NAMES_WHO)) return (long)m;
      }
  }
  return side_attending(v);
}

/* The visiting state of a visit told without its visitors (a state of
 * the visit other than the one visited), or NULL. */
static const char *visiting_side(const at_event *visit) {
  if (at_strcmp(visit->type, "visit") || visit->nparticipants || !visit->loc_country) return NULL;
  for (uint8_t i = 0; i < visit->countries.n; i++)
    if (at_strcmp(visit->countries.items[i], visit->loc_country)) return visit->countries.items[i];
  return NULL;
}

/* The people of state `side` in event ev join the visit. */
static void add_people_of_side(const attache_doc *doc, at_event *visit, const at_event *ev, const char *side) {
  for (uint8_t i = 0; i < ev->nparticipants; i++) {
    const char *c = AT_PERSON(doc, ev->participants[i])->country;
    if (c && !at_strcmp(c, side)) at_add_participant(visit, ev->participants[i]);
  }
}

/* A visit only the headline tells names its visitors by office ("Tư lệnh
 * Tối cao Quân đội Hoàng gia Thái Lan thăm Việt Nam"): they are the people
 * of the visiting side the story names first in its events (the first
 * `told` events, the story's own). */
static void visitors_told_in_story(const attache_doc *doc, at_event *visit, size_t told) {
  const char *side = visiting_side(visit);
  for (size_t e = 0; side && e < told && !visit->nparticipants; e++)
    add_people_of_side(doc, visit, AT_EVENT(doc, e), side);
}

/* Can ev be held during the visit: on no other month, and told with a day,
 * on its first day or within the fortnight after it (a visit told by its
 * first day lasts days)? */
static bool held_during(const at_event *visit, const at_event *ev) {
  if (month_conflict(visit, ev)) return false;
  if (!visit->has_date || !ev->has_date || !visit->date.day || !ev->date.day) return true;
  long gap = day_key(ev->date, false) - day_key(visit->date, false);
  return gap >= 0 && gap < 15;
}

/* "the welcome ceremony for the Thai guest, who is on a visit to
 * Vietnam": a visit the story tells without its visitors is made by the
 * people of the visiting side in the meeting (or friendship exchange) told
 * last before it, on no other day. */
static void visitors_of_meetings(const attache_doc *doc, at_event *visit) {
  const char *side = visiting_side(visit);
  for (size_t e = doc->events.len; side && e-- > 0 && !visit->nparticipants;) {
    const at_event *ev = AT_EVENT(doc, e);
    if (meeting_or_exchange(ev->type) && ev->sentence <= visit->sentence &&
        !dates_conflict(ev, visit))
      add_people_of_side(doc, visit, ev, side);
  }
  /* "Đoàn đại biểu Quân đội Lào đã đến Hà Nội, bắt đầu chuyến thăm ...
   * Chiều cùng ngày, Thượng tướng X tiếp Trung tướng Y": with none before
   * it, the first meeting or exchange told after it, held in the state
   * visited during the visit, names the visiting side's leader first: he
   * made the visit (he alone, not everyone of his side named there). */
  for (size_t e = 0; side && e < doc->events.len && !visit->nparticipants; e++) {
    const at_event *ev = AT_EVENT(doc, e);
    if (meeting_or_exchange(ev->type) && ev->sentence > visit->sentence &&
        held_during(visit, ev) && at_strset_has(&ev->countries, visit->loc_country) &&
        (!ev->loc_country || !at_strcmp(ev->loc_country, visit->loc_country)))
      for (uint8_t i = 0; i < ev->nparticipants && !visit->nparticipants; i++) {
        const char *c = AT_PERSON(doc, ev->participants[i])->country;
        if (c && !at_strcmp(c, side)) at_add_participant(visit, ev->participants[i]);
      }
  }
  /* "Tại hội đàm, Đại tướng X nhấn mạnh, chuyến thăm có ý nghĩa quan trọng":
   * a visit told by the bare word, with no place, between Vietnam and one
   * state, is the trip of the side that came to the meeting told before it
   * (held in Vietnam: the guest's; held in the partner's state: ours). */
  if (at_strcmp(visit->type, "visit") || visit->nparticipants || visit->loc_country || visit->countries.n != 2 ||
      !at_strset_has(&visit->countries, "VN"))
    return;
  const char *partner = at_strcmp(visit->countries.items[0], "VN") ? visit->countries.items[0] : visit->countries.items[1];
  for (size_t e = doc->events.len; e-- > 0;) {
    const at_event *ev = AT_EVENT(doc, e);
    if (!meeting_or_exchange(ev->type) || ev->sentence > visit->sentence || dates_conflict(ev, visit)) continue;
    if (!at_strset_has(&ev->countries, partner)) return;
    if (!ev->loc_country) continue; /* the talks after the welcome: the welcome says where */
    if (!at_strcmp(ev->loc_country, "VN")) add_people_of_side(doc, visit, ev, partner);
    else if (!at_strcmp(ev->loc_country, partner)) add_people_of_side(doc, visit, ev, "VN");
    return;
  }
}

/* "The minister met with Ambassador X", "At a meeting with the Defence
 * Attaché": a host meeting, at home, only envoys serving in his country
 * is told a meeting of no kind, and it is their courtesy call on him: a
 * reception (extraction.md), not talks between the states. */
static void envoy_calls(attache_doc *doc, at_event *ev) {
  if (!ev->plain_meeting || at_strcmp(ev->type, "talks")) return;
  const char *host = ev->loc_country; /* where told; else the one state of the others */
  bool envoy = false, host_named = false;
  for (uint8_t i = 0; i < ev->nparticipants; i++) {
    const at_person *x = AT_PERSON(doc, ev->participants[i]);
    if (resident_envoy(x->position_class)) {
      envoy |= !host || !x->country || at_strcmp(x->country, host);
      continue;
    }
    if (!x->country || (host && at_strcmp(x->country, host))) return;
    host = x->country;
    host_named = true;
  }
  if (host_named && envoy) ev->type = "reception";
}

/* A leader of a state (positions.tsv head_of_state, head_of_government,
 * party_leader, speaker), his office told alone ("Prime Minister", not
 * "President of the National Defence Academy"). */
static bool state_leader(const at_person *x) {
  const char *c = x->position_class;
  if (!c || !x->position) return false;
  if (!at_strcmp(c, "speaker")) return true;
  return (!at_strcmp(c, "head_of_state") || !at_strcmp(c, "head_of_government") || !at_strcmp(c, "party_leader")) &&
         !strstr(x->position, " of ");
}

/* "Minister X met with Indian Prime Minister Y", "Defence Minister X met
 * the President of Vietnam, Y": a leader of a state met, told as a meeting
 * of no kind, by people of one other state, none of them a leader, receives
 * their courtesy call: a reception, not talks (extraction.md; the studied
 * gold codes it so: dev2-en nea-010). Counterparts of rank ("Prime Minister
 * X met with President Y") hold talks. */
static void leader_receives_callers(attache_doc *doc, at_event *ev) {
  if (!ev->plain_meeting || at_strcmp(ev->type, "talks") || ev->nparticipants < 2) return;
  const char *leaders = NULL, *callers = NULL;
  for (uint8_t i = 0; i < ev->nparticipants; i++) {
    const at_person *x = AT_PERSON(doc, ev->participants[i]);
    if (!x->country) return;
    const char **side = state_leader(x) ? &leaders : &callers;
    if (*side && at_strcmp(*side, x->country)) return; /* one state on each side */
    *side = x->country;
  }
  if (leaders && callers && at_strcmp(leaders, callers)) ev->type = "reception";
}

/* "Đại tướng X chủ trì lễ đón chính thức Bộ trưởng Quốc phòng Y", "X đón
 * người đồng cấp Y. Lễ đón diễn ra tại trụ sở Bộ Quốc phòng": a state holds
 * a welcome ceremony for a guest of another state, or meets him on his
 * arrival, when he comes on a visit. A Vietnamese story that tells such a
 * welcome (where it was held, and someone of each side in it, the guest no
 * envoy serving there) and no visit of the guest's side tells that visit
 * too: undated (it lasts days the welcome does not give), made by the
 * guest's people welcomed. Not in a
 * story of a ship's call or of a friendship exchange: a welcome there is
 * the call's or the exchange's, no visit of its own. */
static void visit_of_the_welcomed(attache_doc *doc) {
  const size_t told = doc->events.len;
  for (size_t e = 0; e < told; e++) {
    const char *type = AT_EVENT(doc, e)->type;
    if (!at_strcmp(type, "port_call") || !at_strcmp(type, "exchange")) return;
  }
  for (size_t e = 0; e < told; e++) {
    const at_event *welcome = AT_EVENT(doc, e);
    if (!welcome->guest_met || welcome->dropped || at_strcmp(welcome->type, "reception") || !welcome->loc_country ||
        welcome->countries.n != 2 || !at_strset_has(&welcome->countries, welcome->loc_country) ||
        welcome->bygone || welcome->earlier || (AT_SENT(doc, welcome->sentence)->flags & AT_SENT_ENGLISH))
      continue;
    const char *host = welcome->loc_country;
    const char *guest = at_strcmp(welcome->countries.items[0], host) ? welcome->countries.items[0]
                                                                      : welcome->countries.items[1];
    bool host_named = false, guest_named = false;
    for (uint8_t i = 0; i < welcome->nparticipants; i++) {
      const char *c = AT_PERSON(doc, welcome->participants[i])->country;
      host_named |= c && !at_strcmp(c, host);
      guest_named |= c && !at_strcmp(c, guest) && !resident_envoy(AT_PERSON(doc, welcome->participants[i])->position_class);
    }
    if (!host_named || !guest_named) continue;
    /* a visit between the two told already, by the guest's people or by no one named */
    bool visit_told = false;
    for (size_t o = 0; o < doc->events.len && !visit_told; o++) {
      const at_event *visit = AT_EVENT(doc, o);
      if (at_strcmp(visit->type, "visit") || !at_strset_has(&visit->countries, guest) ||
          !at_strset_has(&visit->countries, host))
        continue;
      visit_told = !visit->nparticipants;
      for (uint8_t i = 0; i < visit->nparticipants; i++) {
        const char *c = AT_PERSON(doc, visit->participants[i])->country;
        visit_told |= c && !at_strcmp(c, guest);
      }
    }
    if (visit_told) continue;
    at_event visit = {0};
    visit.type = "visit";
    visit.sentence = welcome->sentence;
    visit.why = (at_explain){"welcome-of-a-visit", welcome->why.cue, welcome->sentence};
    visit.loc_country = host;
    at_strset_add(&visit.countries, host);
    at_strset_add(&visit.countries, guest);
    for (uint8_t i = 0; i < welcome->nparticipants; i++) {
      const at_person *x = AT_PERSON(doc, welcome->participants[i]);
      if (x->country && !at_strcmp(x->country, guest) && !resident_envoy(x->position_class))
        at_add_participant(&visit, welcome->participants[i]);
    }
    *(at_event *)at_vec_push(&doc->events) = visit;
  }
}

/* "Đại tướng X chủ trì lễ đón và hội đàm với Bộ trưởng Quốc phòng
 * Indonesia" and the minister's name told only later in the story: an
 * office of a state in the meeting's sentence, with no one of that state
 * named there, is the one person of that state the story names. */
static void office_named_later(attache_doc *doc, at_event *ev) {
  if (!is_meeting(ev->type) && at_strcmp(ev->type, "signing")) return;
  if (has_foreign_participant(doc, ev)) return;
  const at_sentence *s = AT_SENT(doc, ev->sentence);
  for (uint32_t k = s->match_start; k < s->match_end; k++) {
    if (!at_match_entry(AT_MATCH(doc, k), AT_CAT_POSITION)) continue;
    /* the state right after the office ("Bộ trưởng Quốc phòng Indonesia"),
     * or after the force it commands ("Tổng Tư lệnh Quân đội Hoàng gia
     * Thái Lan", "Tư lệnh Lực lượng Phòng vệ Mặt đất Nhật Bản"): a few
     * words on, with no sign, office, rank or cue between */
    const char *state = NULL;
    uint32_t office_end = AT_MATCH(doc, k)->tok_end, state_start = 0, state_end = 0;
    for (uint32_t j = k + 1; j < s->match_end && !state; j++) {
      const at_match *x = AT_MATCH(doc, j);
      if (x->tok_start > office_end + 6) break;
      bool sign = false;
      for (uint32_t t = office_end; t < x->tok_start && !sign; t++) sign = AT_TOK(doc, t)->kind == AT_TOK_PUNCT;
      if (sign) break;
      const at_entry *c = at_match_entry(x, AT_CAT_COUNTRY);
      if (c && at_strcmp(c->value, "VN")) state = c->value, state_start = x->tok_start, state_end = x->tok_end;
      else if (c || at_match_entry(x, AT_CAT_POSITION) || at_match_entry(x, AT_CAT_RANK) || at_match_entry(x, AT_CAT_CUE))
        break;
    }
    if (!state || !at_strset_has(&ev->countries, state)) continue;
    /* the office's holder named right after it and taking part in another
     * happening of the sentence ("Bộ trưởng Bộ Quốc phòng Hàn Quốc X đã
     * tiếp Y sang dự Đối thoại ...": the reception's host): that is their
     * part, not this meeting */
    const at_mention *ms;
    size_t n = at_mentions_in(doc, ev->sentence, &ms);
    bool elsewhere = false;
    for (size_t i = 0; i < n; i++) {
      if (ms[i].tok_start < state_end || ms[i].tok_start > state_end + 1) continue;
      for (size_t o = 0; o < doc->events.len; o++) {
        const at_event *other = AT_EVENT(doc, o);
        if (other == ev || other->sentence != ev->sentence) continue;
        for (uint8_t q = 0; q < other->nparticipants; q++) elsewhere |= other->participants[q] == ms[i].person;
      }
    }
    if (elsewhere) continue;
    /* the office's first word ("Bộ trưởng" is no "Thủ tướng") */
    const at_match *office = AT_MATCH(doc, k);
    const char *word = doc->text + AT_TOK(doc, office->tok_start)->start;
    size_t wlen = AT_TOK(doc, office->tok_start)->end - AT_TOK(doc, office->tok_start)->start;
    long holder = -1;
    for (size_t p = 0; p < doc->people.len; p++) {
      const at_person *x = AT_PERSON(doc, p);
      if (!x->country || at_strcmp(x->country, state)) continue;
      if (x->position && strncmp(x->position, word, wlen)) continue;
      if (holder >= 0) return; /* two of that state: not knowable */
      holder = (long)p;
    }
    if (holder < 0) return;
    at_add_participant(ev, (uint32_t)holder);
    /* named later by rank and name alone: the office is the one told here,
     * as written up to its state ("Tổng Tư lệnh Quân đội Hoàng gia") */
    at_person *x = AT_PERSON(doc, (size_t)holder);
    if (!x->position) {
      x->position = at_tok_text(doc, office->tok_start, state_start);
      x->position_class = at_match_entry(office, AT_CAT_POSITION)->value;
    }
    return;
  }
}

/* The state of the delegation named at match k: a state (or a force of
 * one) named a few words after it, before any comma ("Đoàn đại biểu Quân
 * đội nhân dân Lào", "đoàn Bộ Quốc phòng Nga", "lễ đón Đoàn Việt Nam"), or
 * in English right before it ("the Indian delegation"); NULL when none. */
static const char *delegation_state(const sentence_view *v, uint32_t k) {
  uint32_t end = match_of(v, k)->tok_end;
  for (uint32_t j = k + 1; j < v->s->match_end && match_of(v, j)->tok_start <= end + 6; j++) {
    const at_match *x = match_of(v, j);
    for (uint32_t t = end; t < x->tok_start; t++)
      if (AT_TOK(v->doc, t)->kind == AT_TOK_PUNCT) return NULL;
    const at_entry *c = at_match_entry(x, AT_CAT_COUNTRY);
    if (!c) c = at_match_entry(x, AT_CAT_BODY);
    if (c && strlen(c->value) == 2) return c->value;
    if (at_match_entry(x, AT_CAT_RANK) || at_match_entry(x, AT_CAT_POSITION) || at_match_entry(x, AT_CAT_CUE))
      return NULL; /* the delegation's leader or what it did comes first */
  }
  if (k > v->s->match_start && match_of(v, k - 1)->tok_end == match_of(v, k)->tok_start) {
    const at_entry *c = at_match_entry(match_of(v, k - 1), AT_CAT_COUNTRY);
    if (c) return c->value;
  }
  return NULL;
}

/* "Trưởng đoàn Lào là Đại tá X", "Trưởng đoàn phía Lào là X": the head of
 * a delegation (positions.tsv delegation_head) said to be the person named
 * after "là" (names_who), with only the delegation's state and a rank
 * between. The index of that mention in ms, or -1. */
static long named_as_head(const sentence_view *v, const at_match *head, const at_mention *ms, size_t n) {
  for (size_t i = 0; i < n; i++) {
    if (ms[i].tok_start < head->tok_end) continue;
    if (ms[i].tok_start > head->tok_end + 8) return -1;
    bool copula = false;
    for (uint32_t t = head->tok_end; t < ms[i].tok_start; t++) {
      if (AT_TOK(v->doc, t)->kind == AT_TOK_PUNCT) return -1;
      copula |= at_tok_word(v->doc, t, AT_ROLE_NAMES_WHO);
    }
    return copula ? (long)i : -1;
  }
  return -1;
}

/* English "X, head of the delegation, thanked ...", "X, a lecturer at
 * the college, who is also head of the delegation, said ...", "Head of the
 * delegation Brigadier X said ...": the head (positions.tsv
 * delegation_head) told in the apposition of the last name before it, a
 * comma right after that name and no other name between, or as the title
 * of the name right after it (a rank between, no sign). The index of that
 * mention in ms, or -1. */
static long told_as_head(const sentence_view *v, const at_match *head, const at_mention *ms, size_t n) {
  if (!(v->s->flags & AT_SENT_ENGLISH)) return -1;
  long before = -1;
  for (size_t i = 0; i < n; i++) {
    if (ms[i].tok_end <= head->tok_start) {
      before = (long)i;
      continue;
    }
    if (ms[i].tok_start < head->tok_end || ms[i].tok_start > head->tok_end + 4) break;
    bool sign = false;
    for (uint32_t t = head->tok_end; t < ms[i].tok_start; t++) sign |= AT_TOK(v->doc, t)->kind == AT_TOK_PUNCT;
    if (!sign) return (long)i;
    break;
  }
  if (before >= 0 && ms[before].tok_end < head->tok_start && tok_punct(v->doc, ms[before].tok_end, ",")) return before;
  return -1;
}

/* The person of `state` who leads its delegation in the story: named with
 * a word of leading (event_cues.tsv attend, delegation), right before it
 * ("do Đại tướng X, Bộ trưởng Bộ Quốc phòng dẫn đầu", "X làm Trưởng đoàn",
 * "X led the delegation") or, after "by", right after it ("led by X"), or
 * said to be the head of delegation ("Trưởng đoàn Lào là Đại tá X"); -1
 * when none, or when two of that state are so named. */
static long delegation_leader(attache_doc *doc, const char *state) {
  long leader = -1;
  for (uint32_t s = 0; s < doc->sentences.len; s++) {
    sentence_view v = undated_view(doc, s);
    const at_mention *ms;
    size_t n = at_mentions_in(doc, s, &ms);
    for (uint32_t k = v.s->match_start; k < v.s->match_end && n; k++) {
      const at_entry *c = at_match_value(match_of(&v, k), AT_CAT_CUE, "attend");
      const at_match *cue = match_of(&v, k);
      long who = -1;
      if (at_match_value(cue, AT_CAT_POSITION, "delegation_head")) {
        who = named_as_head(&v, cue, ms, n); /* "Trưởng đoàn Lào là Đại tá X" */
        if (who < 0) who = told_as_head(&v, cue, ms, n); /* "X, head of the delegation, said" */
      } else if (!c || !at_entry_is(c, AT_FLAG_DELEGATION)) {
        continue;
      } else if (at_tok_word(doc, cue->tok_end - 1, AT_ROLE_AGENT)) {
        for (size_t i = 0; i < n && who < 0; i++)
          if (ms[i].tok_start >= cue->tok_end) who = (long)i;
      } else {
        for (size_t i = 0; i < n && ms[i].tok_end <= cue->tok_start; i++) who = (long)i;
      }
      if (who < 0) continue;
      const char *country = AT_PERSON(doc, ms[who].person)->country;
      if (!country || at_strcmp(country, state)) continue;
      if (leader >= 0 && leader != (long)ms[who].person) return -1;
      leader = (long)ms[who].person;
    }
  }
  return leader;
}

/* "Khinh hạm Pháp X thăm Đà Nẵng" (headline) and a story that tells the
 * call only as a plan but says who leads the ship ("do Trung tá Y, Chỉ huy
 * tàu làm trưởng đoàn"): a port call only the headline tells has the
 * leader of its foreign side. */
static void ship_leader_told_in_story(attache_doc *doc, at_event *call) {
  if (at_strcmp(call->type, "port_call") || call->nparticipants) return;
  for (uint8_t c = 0; c < call->countries.n; c++) {
    if (!at_strcmp(call->countries.items[c], "VN")) continue;
    long leader = delegation_leader(doc, call->countries.items[c]);
    if (leader >= 0) at_add_participant(call, (uint32_t)leader);
  }
}

/* Does the event name no one of `state`? */
static bool none_of_state_named(const attache_doc *doc, const at_event *ev, const char *state) {
  for (uint8_t i = 0; i < ev->nparticipants; i++) {
    const char *c = AT_PERSON(doc, ev->participants[i])->country;
    if (c && !at_strcmp(c, state)) return false;
  }
  return true;
}

/* Who leads the delegation of `state` in the happening ev: the one the
 * story names as leading it, else the first of that state in the last
 * happening told before; -1 when none. */
static long leader_for(attache_doc *doc, const at_event *ev, const char *state) {
  long leader = delegation_leader(doc, state);
  for (size_t e = doc->events.len; leader < 0 && e-- > 0;) {
    const at_event *before = AT_EVENT(doc, e);
    if (before == ev || before->sentence >= ev->sentence) continue;
    for (uint8_t i = 0; i < before->nparticipants && leader < 0; i++) {
      const char *c = AT_PERSON(doc, before->participants[i])->country;
      if (c && !at_strcmp(c, state)) leader = (long)before->participants[i];
    }
  }
  return leader;
}

/* "Chiều cùng ngày, Đoàn đã chào xã giao ...", "tiếp Đoàn", "hội đàm với
 * Đoàn": the bare word for a delegation at match k, with no state of its
 * own, as the subject right before a cue (past words between) or the object
 * right after one ("với" between, token_words.tsv with). */
static bool bare_delegation_at_cue(const sentence_view *v, uint32_t k) {
  const at_match *d = match_of(v, k);
  if (k + 1 < v->s->match_end) {
    uint32_t j = k + 1;
    while (j < v->s->match_end && function_word(v, j, "past")) j++;
    const at_entry *cue = j < v->s->match_end ? at_match_entry(match_of(v, j), AT_CAT_CUE) : NULL;
    if (cue && at_strcmp(cue->value, "none") && at_strcmp(cue->value, "attend") && match_of(v, j)->tok_start <= d->tok_end + 2)
      return true;
  }
  /* the cue ending right before the delegation ("làm việc với" a cue of
   * its own), or right before a "với" before it */
  bool with = d->tok_start > v->s->tok_start && at_tok_word(v->doc, d->tok_start - 1, AT_ROLE_WITH);
  for (uint32_t j = k; j-- > v->s->match_start && j + 2 >= k;) {
    const at_match *x = match_of(v, j);
    const at_entry *cue = at_match_entry(x, AT_CAT_CUE);
    if (!cue || !at_strcmp(cue->value, "none") || !at_strcmp(cue->value, "attend")) continue;
    if (x->tok_end == d->tok_start || (with && x->tok_end + 1 == d->tok_start)) return true;
  }
  return false;
}

/* "Tại Lào đã diễn ra lễ đón Đoàn Việt Nam", "hội đàm cùng đoàn Bộ Quốc
 * phòng Nga": a happening told with a state's delegation and no one of that
 * state named is that delegation's, with its leader, named elsewhere in the
 * story as leading it. "Đoàn đã chào xã giao Thượng tướng X": a delegation
 * named by the bare word is the one of the happening's states that has no
 * one named, if only one has a leader told. */
static void delegations_led_elsewhere(attache_doc *doc, at_event *ev) {
  if (!at_strcmp(ev->type, "signing")) return; /* "hai đoàn ký": the story says who signs, or no one */
  sentence_view v = undated_view(doc, ev->sentence);
  if (!may_hold_word(&v, "delegation")) return; /* its value bits: no scan */
  for (uint32_t k = v.s->match_start; k < v.s->match_end; k++) {
    if (!function_word(&v, k, "delegation")) continue;
    const char *state = delegation_state(&v, k);
    long leader = -1;
    if (state) {
      if (!at_strset_has(&ev->countries, state) || !none_of_state_named(doc, ev, state)) continue;
      leader = leader_for(doc, ev, state);
    } else if (bare_delegation_at_cue(&v, k)) {
      /* the happening's states, and Vietnam, its other side where the
       * sentence names only the host ("Đại tướng X tiếp Đoàn"). A side
       * whose delegation the story tells as led by someone ("a delegation
       * ... led by Colonel X") goes before one whose first person in the
       * happening before is only its host there ("paid a courtesy call on
       * Rear Admiral Y. ... the delegation paid a courtesy call on ..."). */
      long told_leader = -1;
      bool two_told = false;
      for (uint8_t c = 0; c <= ev->countries.n; c++) {
        const char *side = c < ev->countries.n ? ev->countries.items[c] : "VN";
        if (c == ev->countries.n && at_strset_has(&ev->countries, "VN")) break;
        if (!none_of_state_named(doc, ev, side)) continue;
        long told = delegation_leader(doc, side);
        if (told >= 0 && told_leader >= 0 && told != told_leader) two_told = true;
        if (told >= 0) told_leader = told;
        long who = leader_for(doc, ev, side);
        if (who >= 0 && leader >= 0 && who != leader) leader = -2; /* two delegations unnamed: not knowable */
        if (who >= 0 && leader != -2) leader = who;
      }
      if (leader == -2) {
        if (told_leader < 0 || two_told) return;
        leader = told_leader;
      }
      if (leader >= 0) {
        const char *c = AT_PERSON(doc, leader)->country;
        if (c) at_strset_add(&ev->countries, c);
      }
    }
    if (leader >= 0) at_add_participant(ev, (uint32_t)leader);
  }
}

/* Is the event's first day, told with its year, after the day the story
 * was published? */
static bool after_publication(const attache_doc *doc, const at_event *ev) {
  if (!doc->has_published || !doc->published.day || !ev->has_date || !ev->date.year || !ev->date.day) return false;
  at_date a = ev->date, p = doc->published;
  if (a.year != p.year) return a.year > p.year;
  if (a.month != p.month) return a.month > p.month;
  return a.day > p.day;
}

/* An English happening dated after the story's publication day. */
static bool english_after_publication(const attache_doc *doc, const at_event *ev) {
  return (AT_SENT(doc, ev->sentence)->flags & AT_SENT_ENGLISH) && after_publication(doc, ev);
}

/* Removes the events from index `from` on that `drop` says are none of the
 * story's, keeping the others in order. */
static void drop_events(attache_doc *doc, size_t from, bool (*drop)(const attache_doc *, const at_event *)) {
  size_t kept = from;
  for (size_t e = from; e < doc->events.len; e++) {
    if (drop(doc, AT_EVENT(doc, e))) continue;
    if (kept != e) *AT_EVENT(doc, kept) = *AT_EVENT(doc, e); /* most stay where they are: no copy of a kilobyte */
    kept++;
  }
  doc->events.len = kept;
}

/* A signing of two or more other states between themselves ("Japan and
 * the Philippines signed the Reciprocal Access Agreement", told in a story
 * of Vietnam's), whose document records.c (signed_by_other_states) already
 * leaves out, is none of Vietnam's defence relations either. */
static bool signing_of_other_states(const attache_doc *doc, const at_event *ev) {
  (void)doc;
  return !at_strcmp(ev->type, "signing") && ev->countries.n >= 2 && !at_strset_has(&ev->countries, "VN");
}

/* English headlines tell plans with a bare infinitive: "Indian ships to
 * visit Vietnam", "Border friendship exchange to take place next week". A
 * "to" before a verb (a lowercase word other than an article), before the
 * cue or right after it, makes the headline's happening one still to come;
 * "sends frigate to ASEAN-India drill" is a destination. A Title-Case "To"
 * cannot tell: a plan. */
static bool infinitive_at(const sentence_view *v, uint32_t t) {
  if (t + 1 >= v->s->tok_end || !at_tok_word(v->doc, t, AT_ROLE_INFINITIVE)) return false;
  if (v->doc->text[AT_TOK(v->doc, t)->start] == 'T') return true;
  const at_token *next = AT_TOK(v->doc, t + 1);
  char first = v->doc->text[next->start];
  return next->kind == AT_TOK_WORD && first >= 'a' && first <= 'z' && !at_tok_word(v->doc, t + 1, AT_ROLE_ARTICLE);
}

static bool headline_plan(const sentence_view *v, uint32_t m) {
  if (!(v->s->flags & AT_SENT_ENGLISH)) return false;
  const at_match *mt = match_of(v, m);
  for (uint32_t t = v->s->tok_start; t < mt->tok_start; t++)
    if (infinitive_at(v, t)) return true;
  return infinitive_at(v, mt->tok_end);
}

/* Are the event's people all of one side, each of a known state? Sets
 * *foreign to whether that side is the foreign one. */
static bool one_side_told(const attache_doc *doc, const at_event *ev, bool *foreign) {
  bool vn = false, other = false;
  for (uint8_t i = 0; i < ev->nparticipants; i++) {
    const char *c = AT_PERSON(doc, ev->participants[i])->country;
    if (!c) return false;
    if (!at_strcmp(c, "VN")) vn = true;
    else other = true;
  }
  *foreign = other;
  return vn != other;
}

/* "Trước khi bước vào cuộc hội đàm, Thiếu tướng X ghi sổ lưu bút": a
 * meeting named by a noun (the one the story goes on to, or back to) with
 * the people of one side only has, on the other side, who met them in the
 * meeting told last before it between the same states. With no such
 * meeting, "X thăm chính thức Lào. Tại Viêng Chăn, Đại tướng Y chủ trì lễ
 * đón": the visitors of the visit told last before it, to the state of the
 * side named (or to Vietnam, when our side is named), on no other day, are
 * whom that side met. */
static void other_side_of_the_meeting_told(attache_doc *doc, size_t e) {
  at_event *ev = AT_EVENT(doc, e);
  /* Vietnamese only: English names a dialogue's co-chairs by office ("the
   * Philippine officer"), which this reads as one side. */
  if ((at_strcmp(ev->type, "talks") && at_strcmp(ev->type, "reception")) || !ev->nparticipants ||
      (AT_SENT(doc, ev->sentence)->flags & AT_SENT_ENGLISH))
    return;
  bool nominal = !at_strcmp(ev->why.rule, "nominal-cue");
  bool foreign;
  if (!one_side_told(doc, ev, &foreign)) return;
  for (size_t o = e; nominal && o-- > 0;) {
    const at_event *before = AT_EVENT(doc, o);
    if (!is_meeting(before->type) || before->sentence >= ev->sentence || foreign_disjoint(&before->countries, &ev->countries))
      continue;
    bool added = false;
    for (uint8_t i = 0; i < before->nparticipants; i++) {
      const char *c = AT_PERSON(doc, before->participants[i])->country;
      if (c && (!at_strcmp(c, "VN")) == foreign) at_add_participant(ev, before->participants[i]), added = true;
    }
    if (added) return;
  }
  for (size_t o = e; o-- > 0;) {
    const at_event *visit = AT_EVENT(doc, o);
    if (at_strcmp(visit->type, "visit") || visit->sentence >= ev->sentence || !visit->loc_country ||
        !at_strset_has(&ev->countries, visit->loc_country) || !held_during(visit, ev))
      continue;
    /* the visit went to the named side's state: its visitors are the others */
    const char *to = visit->loc_country;
    if (foreign ? !at_strcmp(to, "VN") : at_strcmp(to, "VN")) continue;
    bool added = false;
    for (uint8_t i = 0; i < visit->nparticipants; i++) {
      const char *c = AT_PERSON(doc, visit->participants[i])->country;
      if (c && (!at_strcmp(c, "VN")) == foreign && at_strset_has(&ev->countries, c))
        at_add_participant(ev, visit->participants[i]), added = true;
    }
    if (added || visit->nparticipants) return;
  }
}

/* "Đoàn đại biểu Bộ Quốc phòng Lào do Đại tướng Y dẫn đầu sang tham dự Giao
 * lưu hữu nghị quốc phòng biên giới ...; Đại tướng X chủ trì lễ đón đoàn":
 * a friendship exchange told with the people of one side only has, on the
 * other side, the first named of that side in a reception or talks of the
 * story between the same states, on no other day, that one of its people
 * took part in: the host who welcomed its guests, the guest his host met.
 * Vietnamese only, as other_side_of_the_meeting_told. */
static void other_side_of_the_exchange(attache_doc *doc, at_event *ev) {
  if (at_strcmp(ev->type, "exchange") || !ev->nparticipants || (AT_SENT(doc, ev->sentence)->flags & AT_SENT_ENGLISH))
    return;
  bool foreign;
  if (!one_side_told(doc, ev, &foreign)) return;
  for (size_t o = 0; o < doc->events.len; o++) {
    const at_event *met = AT_EVENT(doc, o);
    if (met == ev || !two_sided_meeting(met->type) || foreign_disjoint(&met->countries, &ev->countries) ||
        dates_conflict(met, ev) || !shares_person(met, ev))
      continue;
    for (uint8_t i = 0; i < met->nparticipants; i++) {
      const char *c = AT_PERSON(doc, met->participants[i])->country;
      if (c && (!at_strcmp(c, "VN")) == foreign) {
        at_add_participant(ev, met->participants[i]);
        at_strset_add(&ev->countries, c);
        return;
      }
    }
  }
}

/* "X tiếp Y đang thăm Việt Nam. Cùng dự có ...": who attended is told of a
 * sitting, not of a visit: when the current event (`current`) is a visit
 * told in passing in the sentence of a meeting told before it (the guest
 * "đang thăm", "who is visiting"), the attendance cue at match `attend`
 * (one of "dự", "tham dự", not who led or joined a delegation) lists
 * that meeting's people. The event who attended take part in. */
static at_event *sitting_attended(attache_doc *doc, long current, const sentence_view *v, long attend) {
  at_event *ev = AT_EVENT(doc, current);
  if (at_strcmp(ev->type, "visit")) return ev;
  const at_entry *cue = at_match_value(match_of(v, (uint32_t)attend), AT_CAT_CUE, "attend");
  if (!cue || at_entry_is(cue, AT_FLAG_DELEGATION)) return ev;
  for (long e = current; e-- > 0;) {
    at_event *meeting = AT_EVENT(doc, e);
    if (meeting->sentence != ev->sentence) break;
    if (is_meeting(meeting->type)) return meeting;
  }
  return ev;
}

/* "Sáng 15/9, ... tổ chức lễ bàn giao ... Dịp này, hai bên cũng ký thỏa
 * thuận ...", then "Thượng tướng X cùng đến dự", "Về phía Mỹ có ông Y tham
 * dự": a happening told by a sentence that opens with the occasion just
 * told (function_words.tsv this_occasion) took place at that occasion, and
 * who attended, told after it in a sentence that names no happening, came
 * to the occasion, unless it names the current event's kind again. The
 * event of the occasion (the event told last in a sentence before the
 * current one's), else the current event. */
static long occasion_attended(attache_doc *doc, long current, const sentence_view *v) {
  const at_event *ev = AT_EVENT(doc, current);
  for (uint32_t k = v->s->match_start; k < v->s->match_end; k++)
    if (at_match_value(match_of(v, k), AT_CAT_CUE, ev->type)) return current; /* "Dự lễ ký có ...": its own */
  sentence_view told = undated_view(doc, ev->sentence);
  if (told.s->match_end <= told.s->match_start || !function_word(&told, told.s->match_start, "this_occasion") ||
      !opens_with_this_occasion(&told))
    return current;
  long occasion = -1;
  for (size_t e = 0; e < doc->events.len; e++) {
    const at_event *x = AT_EVENT(doc, e);
    if (x->sentence < ev->sentence && (occasion < 0 || x->sentence >= AT_EVENT(doc, occasion)->sentence))
      occasion = (long)e;
  }
  return occasion >= 0 && at_strcmp(AT_EVENT(doc, occasion)->type, ev->type) ? occasion : current;
}

/* A port call abroad with no one named as taking part. */
static bool unled_call_abroad(const at_event *call) {
  return !at_strcmp(call->type, "port_call") && !call->nparticipants && has_foreign(&call->countries);
}

/* "Tàu ... thăm, giao lưu với Hải quân 2 nước Campuchia, Thái Lan. Theo
 * đó, đoàn công tác ... do Đại tá X làm trưởng đoàn": a voyage told in one
 * sentence is a port call in each state (split_by_destination), and the
 * delegation named after it, which the last of them took, sails to each:
 * a call of that sentence with no one named takes the Vietnamese people of
 * the others (of the same day, where both are dated). */
static void voyage_delegation_on_each_call(attache_doc *doc, at_event *call) {
  if (!unled_call_abroad(call) || !at_strset_has(&call->countries, "VN")) return;
  for (size_t o = 0; o < doc->events.len; o++) {
    const at_event *other = AT_EVENT(doc, o);
    if (other == call || other->sentence != call->sentence || at_strcmp(other->type, "port_call") ||
        !at_strset_has(&other->countries, "VN") ||
        (call->has_date && other->has_date && memcmp(&call->date, &other->date, sizeof call->date)))
      continue;
    for (uint8_t i = 0; i < other->nparticipants; i++) {
      const char *country = AT_PERSON(doc, other->participants[i])->country;
      if (country && !at_strcmp(country, "VN")) at_add_participant(call, other->participants[i]);
    }
  }
}

/* A Vietnamese meeting with no foreign side. */
static bool vietnamese_meeting_at_home(const attache_doc *doc, const at_event *ev) {
  return !at_strcmp(ev->type, "meeting") && !has_foreign(&ev->countries) &&
         !(AT_SENT(doc, ev->sentence)->flags & AT_SENT_ENGLISH);
}

/* The spec's meeting is "a domestic meeting on foreign relations": a
 * Vietnamese story of a meeting at home that tells nothing of foreign
 * relations ("chủ trì Phiên họp thứ Nhất của Ban Chỉ đạo ... Chiến lược bảo
 * vệ Tổ quốc", "Hội nghị đánh giá kết quả phối hợp ... trong xây dựng khu vực
 * phòng thủ") reports other work: its meetings are none of this record's. */
static void drop_meetings_on_other_work(attache_doc *doc) {
  bool any = false;
  for (size_t e = 0; e < doc->events.len && !any; e++) {
    const at_event *ev = AT_EVENT(doc, e);
    any = !at_strcmp(ev->type, "meeting") && !(AT_SENT(doc, ev->sentence)->flags & AT_SENT_ENGLISH);
  }
  if (!any || at_doc_on_foreign_relations(doc)) return;
  drop_events(doc, 0, vietnamese_meeting_at_home);
}

/* The length in days of a stay told again in sentence v after the one that
 * dated it: "During the five-day tour, ...", "During their two-day stay",
 * "The seven-day trip aims to ..." (a definite article, a possessive or
 * "this", "N-day", at most two words, a stay word: token_words.tsv
 * stay_word), "are scheduled to visit Vietnam for five days" (a stay word,
 * at most four words, "for N days"). 0 when none is told. */
static int stay_length_retold(const sentence_view *v) {
  const attache_doc *doc = v->doc;
  for (uint32_t t = v->s->tok_start + 1; t + 2 < v->s->tok_end; t++) {
    int days = days_counted_at(v, t);
    if (days && (at_tok_word(doc, t - 1, AT_ROLE_DEFINITE) || at_tok_word(doc, t - 1, AT_ROLE_POSSESSIVE) ||
                 at_tok_word(doc, t - 1, AT_ROLE_THIS)))
      for (uint32_t u = t + 3; u < v->s->tok_end && u <= t + 5; u++) {
        if (AT_TOK(doc, u)->kind == AT_TOK_PUNCT) break;
        if (at_tok_word(doc, u, AT_ROLE_STAY_WORD)) return days;
      }
    /* "for five days" after a stay word */
    if (!at_tok_word(doc, t, AT_ROLE_LENGTH_FOR) || !at_tok_word(doc, t + 2, AT_ROLE_DAY_UNIT)) continue;
    const at_token *n = AT_TOK(doc, t + 1);
    days = 0;
    if (n->kind == AT_TOK_NUM && n->end - n->start <= 2) days = atoi(doc->text + n->start);
    else if (!at_number_word(doc, t + 1, &days)) continue;
    if (days < 2 || days > 31) continue;
    for (uint32_t u = t; u-- > v->s->tok_start && u + 5 >= t;) {
      if (AT_TOK(doc, u)->kind == AT_TOK_PUNCT) break;
      if (at_tok_word(doc, u, AT_ROLE_STAY_WORD)) return days;
    }
  }
  return 0;
}

/* Vietnamese: the length in days of a stay told again in sentence v, with
 * no day of its own, after the one that dated it: "Trong 5 ngày lưu lại
 * tại thành phố, ...", "Trong thời gian 3 ngày, sĩ quan và thủy thủ tàu sẽ
 * chào xã giao ..." (the sentence opens with it), "Chuyến thăm diễn ra
 * trong bốn ngày", "Chuyến thăm kéo dài 5 ngày" (after the stay's own cue,
 * a visit's or a call's): "trong" or "dài" (token_words.tsv length_for), at
 * most two words ("thời gian"), a count of days. 0 when none is told. */
static int stay_length_retold_vi(const sentence_view *v) {
  const attache_doc *doc = v->doc;
  for (uint32_t t = v->s->tok_start; t + 2 < v->s->tok_end; t++) {
    if (!at_tok_word(doc, t, AT_ROLE_LENGTH_FOR)) continue;
    int days = 0;
    uint32_t n = t + 1;
    for (; n < v->s->tok_end && n <= t + 3; n++) {
      const at_token *w = AT_TOK(doc, n);
      if (w->kind == AT_TOK_NUM && w->end - w->start <= 2) days = atoi(doc->text + w->start);
      else if (!at_number_word(doc, n, &days) && w->kind == AT_TOK_WORD && !(w->flags & AT_TOKF_CAP) &&
               at_match_at(doc, v->s, n) < 0)
        continue; /* "thời gian" */
      break;
    }
    if (!days || days < 2 || days > 31 || n + 1 >= v->s->tok_end || !at_tok_word(doc, n + 1, AT_ROLE_DAY_UNIT)) continue;
    if (t == v->s->tok_start) return days;
    for (uint32_t k = v->s->match_start; k < v->s->match_end && match_of(v, k)->tok_end <= t; k++) {
      const at_match *c = match_of(v, k);
      if (c->tok_end + 6 >= t &&
          (at_match_value(c, AT_CAT_CUE, "visit") || at_match_value(c, AT_CAT_CUE, "port_call")))
        return days;
    }
  }
  return 0;
}

/* The day a stay begun on `start` ends, told in sentence v after the one
 * that dated it as the day its guests leave: "The ship will leave Da Nang
 * on August 14", "It is expected to depart from Hai Phong on February 25",
 * "... before leaving on October 1", "tàu sẽ rời cảng Khánh Hội vào 10h
 * ngày 27/10", or as the day it lasts until ("The visit ... will last until
 * June 6", "Chuyến thăm ... sẽ kết thúc vào ngày 30/12"): a verb of leaving
 * (token_words.tsv leave_word) or a word of lasting (function_words.tsv
 * ending), at most eight words before the day (the place left, a time of
 * day), a day after `start` and within a month of it. Not a leaving for somewhere else ("left Hanoi
 * on May 30 for Singapore", "departed on June 18 to take part in ...").
 * False when none is told. */
static bool leaving_day_told(const sentence_view *v, at_date start, bool forum, at_date *end) {
  const attache_doc *doc = v->doc;
  const at_date_span *dates;
  size_t ndates = at_sentence_dates(v->doc, v->index, MAX_DATES, &dates);
  for (size_t i = 0; i < ndates; i++) {
    const at_date_span *x = &dates[i];
    if (!x->date.day || x->end.month || x->of_document) continue;
    bool left = false;
    for (uint32_t t = x->tok_start; t-- > v->s->tok_start && t + 8 >= x->tok_start && !left;) {
      if (AT_TOK(doc, t)->kind == AT_TOK_PUNCT) break;
      long m = at_match_at(doc, v->s, t);
      /* "The visit ... will last until June 6", "Chuyến thăm ... sẽ kết thúc vào ngày 30/12";
       * a forum's close ("The meeting concluded on April 14", "Hội nghị
       * kéo dài đến ngày 18/9"), not its guests' leaving */
      bool at_word = m >= 0 && AT_MATCH(doc, m)->tok_start == t;
      left = (!forum && at_tok_word(doc, t, AT_ROLE_LEAVE_WORD)) ||
             (at_word && function_word(v, (uint32_t)m, "ending")) ||
             (forum && at_word && function_word(v, (uint32_t)m, "closing"));
    }
    if (!left || (x->tok_end < v->s->tok_end && (at_tok_word(doc, x->tok_end, AT_ROLE_PURPOSE) ||
                                                  at_tok_word(doc, x->tok_end, AT_ROLE_INFINITIVE))))
      continue;
    at_date day = x->date;
    if (start.year) {
      if (!day.year) day.year = (int16_t)(start.year + (day.month < start.month));
      day = at_resolve_year(day, doc, v->s);
    } else if (day.year || x->relative) {
      continue; /* a stay of no known year ends on a day of none */
    }
    /* "will leave on Sunday": the Sunday after (a weekday is read as the
     * last one up to publication) */
    if (x->relative && date_key(day) <= date_key(start)) day = days_after(day, 7);
    if (date_key(day) <= date_key(start) || date_key(day) > date_key(days_after(start, 31))) continue;
    *end = day;
    return true;
  }
  return false;
}

/* "Chiều 1/3, tàu ... cập cảng ...", then "Tàu ... sẽ thăm xã giao ... từ
 * 1-7/3": a span told later that opens on the stay's first day, its year
 * the same or untold, is the stay's whole length, whatever its tense (the
 * days are its, planned from the day it began). */
static bool span_from_its_day(const sentence_view *v, at_date start, at_date *end) {
  const at_date_span *dates;
  size_t ndates = at_sentence_dates(v->doc, v->index, MAX_DATES, &dates);
  for (size_t i = 0; i < ndates; i++) {
    const at_date_span *x = &dates[i];
    if (!x->end.month || !x->end.day || x->of_document || x->relative || x->years_span ||
        x->date.month != start.month || x->date.day != start.day || (x->date.year && x->date.year != start.year))
      continue;
    at_date last = x->end;
    if (!last.year && start.year) last.year = (int16_t)(start.year + (last.month < start.month));
    if (last.year != start.year && !(start.year && last.year == start.year + 1)) continue;
    if (day_key(last, true) <= day_key(start, true) || day_key(last, true) > day_key(days_after(start, 31), true))
      continue;
    *end = last;
    return true;
  }
  return false;
}

/* A visit or a ship's call dated to its first day whose end the story
 * tells after it, in a sentence with no happening of its own, in the
 * language of the one that dated it: its length (English: "During the
 * three-day trip, ...") or the day its guests leave ("The ship will leave Da
 * Nang on August 14", "Dự kiến, tàu sẽ rời cảng ... ngày 27/10"). A forum
 * (multilateral) dated to its opening day, by the day it closes ("The
 * meeting concluded on April 14", "Hội nghị kéo dài đến ngày 18/9", "...
 * kết thúc vào ngày 15/4"): function_words.tsv ending or closing, no verb
 * of leaving (a delegation leaves before its forum ends). Read up to the
 * next stay the story tells. */
static void end_told_later(attache_doc *doc, size_t e) {
  at_event *ev = AT_EVENT(doc, e);
  const bool forum = !at_strcmp(ev->type, "multilateral");
  /* its year may be unknown (no date of publication, none told): "Chiều
   * 1/3, tàu ... cập cảng ...", then "Chuyến thăm kéo dài đến ngày 4/3" */
  if (!ev->has_date || !ev->date.day || ev->has_end || ev->ends || ev->dropped ||
      (at_strcmp(ev->type, "visit") && at_strcmp(ev->type, "port_call") && !forum))
    return;
  const uint32_t english = AT_SENT(doc, ev->sentence)->flags & AT_SENT_ENGLISH;
  for (uint32_t s = ev->sentence + 1; s < doc->sentences.len && s <= ev->sentence + 12; s++) {
    const at_sentence *sent = AT_SENT(doc, s);
    if (sent->flags & AT_SENT_TITLE) break; /* another story's headline */
    if (sent->event >= 0 && (size_t)sent->event != e) {
      const at_event *other = AT_EVENT(doc, (size_t)sent->event);
      if (!at_strcmp(other->type, "visit") || !at_strcmp(other->type, "port_call")) break;
    }
    if ((sent->flags & AT_SENT_ENGLISH) != english || (sent->flags & AT_SENT_CAPTION) || (size_t)sent->event != e)
      continue;
    sentence_view v = {doc, AT_SENT(doc, s), s, false, -1, .matches = AT_MATCH(doc, 0)};
    const at_date_span *dates;
    int days = at_sentence_dates(doc, s, MAX_DATES, &dates) != 0 ? 0
               : english                                           ? (forum ? 0 : stay_length_retold(&v))
                                                                   : stay_length_retold_vi(&v);
    at_date end;
    if (days) {
      ev->date_end = days_after(ev->date, days - 1);
      ev->has_end = true;
      return;
    }
    if (leaving_day_told(&v, ev->date, forum, &end) || span_from_its_day(&v, ev->date, &end)) {
      ev->date_end = end;
      ev->has_end = true;
      return;
    }
  }
}

/* A Vietnamese happening told with no day of its own, of a kind the story
 * told as planned with a day, with no foreign state the plan did not name
 * (Vietnam is often the place only): it is held on the day planned
 * (plan_dated). */
static void happening_planned_day(attache_doc *doc, at_event *ev) {
  int k = kind_index(ev->type);
  if (ev->has_date || k < 0 || !(doc->planned_dated & (1u << k)) || (AT_SENT(doc, ev->sentence)->flags & AT_SENT_ENGLISH))
    return;
  /* a sentence that tells a time of its own tells another happening: a
   * date, or a time relative to the story's ("Năm ngoái, tàu ... đã thăm
   * Đà Nẵng", which no publication date resolves) */
  const at_date_span *dates;
  const at_sentence *s = AT_SENT(doc, ev->sentence);
  if (at_sentence_dates(doc, ev->sentence, MAX_DATES, &dates) > 0) return;
  for (uint32_t m = s->match_start; m < s->match_end && (s->categories & 1u << AT_CAT_DATEWORD); m++) {
    const at_entry *w = at_match_entry(AT_MATCH(doc, m), AT_CAT_DATEWORD);
    if (w && !strncmp(w->value, "rel_", 4)) return;
  }
  const at_strset *states = &doc->planned_states[k];
  for (uint8_t i = 0; i < ev->countries.n; i++)
    if (at_strcmp(ev->countries.items[i], "VN") && !at_strset_has(states, ev->countries.items[i])) return;
  ev->date = doc->planned_day[k];
  ev->date_end = doc->planned_end[k];
  ev->has_end = doc->planned_has_end[k];
  ev->has_date = true;
  ev->date_from = AT_DATE_REFERENCE;
  ev->on_planned_day = true;
}

/* Dated by its plan to a day after the story was published: the story
 * told only the plan ("Giao lưu ... lần thứ 8" over "sẽ ... diễn ra trong
 * 2 ngày 7-8/9"), no happening yet. */
static bool planned_still_to_come(const attache_doc *doc, const at_event *ev) {
  return ev->on_planned_day && after_publication(doc, ev);
}

void at_events(attache_doc *doc) {
  long current = -1;
  /* "The Vietnamese delegation was led by X ...", "The two sides will work
   * to ... cyber security" before any event is told (a story whose lead the
   * crawl lost): X attends the first event, and the areas are its meeting's.
   * A list told in several sentences ("Tham gia đoàn gồm có: ...", then
   * "Tham gia đoàn còn có ...") is read whole: each sentence's people. */
  uint32_t attendance_before_events[4];
  size_t nattendance_before_events = 0;
  at_strset areas_before_events = {0};
  at_event unplaced_call = {0};
  uint8_t *cue_told = doc->matches.len ? at_arena_alloc(doc->arena, doc->matches.len) : NULL; /* cue_at's answers */
  for (uint32_t s = 0; s < doc->sentences.len; s++) {
    if (AT_SENT(doc, s)->flags & AT_SENT_TITLE) continue;
    sentence_told read_once; /* each part written on its first ask */
    read_once.states.gathered = read_once.place.read = read_once.exclude_read = false;
    sentence_view v = {doc, AT_SENT(doc, s), s, false, -1, &unplaced_call, cue_told, &read_once,
                       .matches = AT_MATCH(doc, 0)};
    if (old_photo_caption(&v)) continue;
    /* the welcome home ends the story of the voyage; the send-off named
     * again only leaves its own sentence out */
    home_ceremony home = home_ceremony_told(&v);
    if (home == WELCOME_HOME) current = -1;
    if (home != NO_HOME_CEREMONY) continue;
    v.ref_event = referenced_event(&v, current);
    size_t before = doc->events.len;
    long before_current = current;
    long listed = who_took_part_listed(&v);
    bool candidates = holds_category(&v, AT_CAT_CUE) || holds_category(&v, AT_CAT_MECHANISM);
    /* its candidates ask at_in_brackets of many tokens: whether the
     * sentence holds a '(' at all is read once (most hold none) */
    if (candidates) v.bracket_free = !memchr(doc->text + v.s->start, '(', v.s->end - v.s->start);
    /* the matches and the sentence's bounds stay as they are while its
     * candidates are framed: read once, not again after each match */
    const at_match *matches = v.matches;
    const uint32_t match_end = v.s->match_end;
    for (uint32_t m = v.s->match_start; candidates && m < match_end; m++) {
      const at_match *mt = &matches[m];
      if (!(mt->categories & (1u << AT_CAT_CUE | 1u << AT_CAT_MECHANISM))) continue; /* most matches: one test */
      if ((long)m == listed) continue; /* who attended, no happening */
      const at_entry *mech = at_match_entry(mt, AT_CAT_MECHANISM);
      const at_entry *cue = cue_at(&v, m);
      if (mech) {
        frame_candidate(&v, m, !at_strcmp(mech->value, "BILATERAL-DIALOGUE") ? "dialogue" : "multilateral", mech,
                        &current);
      } else if (cue && at_strcmp(cue->value, "none") && at_strcmp(cue->value, "attend")) {
        frame_candidate(&v, m, cue->value, cue, &current);
      } else if (cue && attended_abroad(&v, m)) {
        frame_candidate(&v, m, "visit", cue, &current);
      }
    }
    /* "The Vietnamese delegation to the dialogue was led by X" after a
     * dialogue's sentence that recalled a past visit: the sentence names
     * the story's happening back, past the one recalled */
    bool back_past_recalled = before_current >= 0 && current >= 0 && current != before_current &&
                              recalled_in(doc, before_current, false) == current;
    if (doc->events.len == before && current >= 0 &&
        (current == before_current || back_past_recalled || attended_earlier_happening(&v, current))) {
      /* No event of its own: the sentence goes on about the current one
       * (its areas about the meeting, when the current event is a visit). */
      at_event *ev = AT_EVENT(doc, current);
      long talk = at_strcmp(ev->type, "visit") ? current : discussion_event(doc);
      if (talk >= 0) add_areas(&v, &AT_EVENT(doc, talk)->areas);
      long attend = listed >= 0 ? listed : attendance_cue(&v, NULL);
      /* "Tại buổi lễ, Đại tướng X đã nhận ... từ Đại tướng Y": who acts at
       * the happening told took part in it - in the one the sentence opens
       * at ("Tại buổi tiếp, X cảm ơn ... chuyến thăm của Y": the reception,
       * not the guest's visit the sentence names after it; "Sau hội đàm,",
       * "Trong chuyến thăm," set no sitting). */
      long sitting = current;
      if (attend < 0 && opens_at_the_happening(&v)) {
        attend = v.s->match_start;
        if (v.ref_event >= 0 && function_word(&v, v.s->match_start, "at")) sitting = v.ref_event;
      }
      if (attend < 0 && (!at_strcmp(ev->type, "port_call") || !at_strcmp(ev->type, "exercise")))
        attend = ship_command_named(&v);
      /* "X and Y co-chaired the event": who chaired the happening told took
       * part in it (the verb makes none of its own, chairs_a_meeting_named_otherwise). */
      if (attend < 0) attend = chairs_the_event_told(&v);
      /* "The event was co-chaired by X and Y" after a forum's meeting told:
       * its chairs (chairs_the_forum_told) */
      if (attend < 0) attend = chairs_of_the_forum_told(&v, current);
      /* "Hai Bộ trưởng X và Y đã cùng trồng cây hữu nghị": the two named
       * as the pair who act next in an exchange's programme took part. */
      if (attend < 0 && !at_strcmp(ev->type, "exchange") && v.s->match_start < v.s->match_end &&
          function_word(&v, v.s->match_start, "pair") &&
          match_of(&v, v.s->match_start)->tok_start == v.s->tok_start)
        attend = v.s->match_start;
      /* "The Vietnamese side was led by X", "At the dialogue, X said": of
       * the story's happening, not of one recalled in passing before */
      if (attend >= 0 && sitting == current && recalled_in(doc, current, false) >= 0)
        sitting = recalled_in(doc, current, false);
      if (attend >= 0)
        at_add_people(&v, sitting_attended(doc, occasion_attended(doc, sitting, &v), &v, attend), (uint32_t)attend,
                      PEOPLE_ALL, NULL);
      if (v.s->flags & AT_SENT_ENGLISH) guest_named_beside_host(&v);
      if (attend < 0 && (v.s->flags & AT_SENT_ENGLISH) && !at_strcmp(ev->type, "exchange"))
        speaker_at_the_ceremony(&v, ev);
      activities_dated(&v);
      forum_dated_at_its_scene(&v, AT_EVENT(doc, current));
      v.s->event = (int32_t)current;
    } else if (doc->events.len == before && current != before_current && current >= 0 && current == v.ref_event &&
               opens_at_the_happening(&v)) {
      /* "Tại buổi tiếp, Thiếu tướng X cảm ơn ...": a sentence that opens at
       * a happening told before the last one (the reception before the
       * visit its guest is on), and tells no other, goes on about that one,
       * and who acts there took part in it. */
      at_add_people(&v, AT_EVENT(doc, current), v.s->match_start, PEOPLE_ALL, NULL);
    } else if (doc->events.len > before && v.ref_event >= 0 && (size_t)v.ref_event < before &&
               opens_at_the_happening(&v) && function_word(&v, v.s->match_start, "at")) {
      /* "Tại buổi tiếp, Thượng tướng X hoan nghênh chuyến thăm của Y": a
       * sentence that opens at a happening told and names a new one after
       * it (the guest's visit): who acts there took part in the one it
       * opens at (the visit's own people are its: belongs_to_other_cue). */
      at_add_people(&v, AT_EVENT(doc, v.ref_event), v.s->match_start, PEOPLE_ALL, NULL);
    } else if (doc->events.len == 0) {
      add_areas(&v, &areas_before_events);
      if (nattendance_before_events < sizeof attendance_before_events / sizeof *attendance_before_events &&
          attendance_told_first(&v) >= 0)
        attendance_before_events[nattendance_before_events++] = s;
    } else if (before == 0) { /* the story's first event */
      for (size_t i = 0; i < nattendance_before_events; i++) {
        sentence_view a = undated_view(doc, attendance_before_events[i]);
        at_add_people(&a, AT_EVENT(doc, 0), (uint32_t)attendance_told_first(&a), PEOPLE_ALL, NULL);
      }
      long talk = discussion_event(doc);
      for (uint8_t i = 0; talk >= 0 && i < areas_before_events.n; i++)
        at_strset_add(&AT_EVENT(doc, talk)->areas, areas_before_events.items[i]);
    }
  }
  /* The headline, read after the story: what it tells folds into the
   * story's events; a happening only the headline tells is one of its own. */
  const size_t story_events = doc->events.len;
  for (uint32_t s = 0; s < doc->sentences.len; s++) {
    if (!(AT_SENT(doc, s)->flags & AT_SENT_TITLE)) continue;
    sentence_told read_once; /* each part written on its first ask */
    read_once.states.gathered = read_once.place.read = read_once.exclude_read = false;
    sentence_view v = {doc, AT_SENT(doc, s), s, false, -1, NULL, cue_told, &read_once, .matches = AT_MATCH(doc, 0)};
    /* "Tàu Hải quân Ấn Độ, Canada, New Zealand thăm Việt Nam": a headline
     * naming several partners sums up what the story tells one by one. */
    at_event named = {0};
    add_countries(&v, &named);
    uint8_t partners = 0;
    for (uint8_t i = 0; i < named.countries.n; i++) partners += at_strcmp(named.countries.items[i], "VN") != 0;
    if (partners > 1) continue;
    long in_title = -1;
    size_t told = doc->events.len;
    /* "Defence Minister receives French Ambassador" over a story telling
     * their meeting as talks: English names the meeting told with another
     * word; the headline's is that one (its people fold into it). */
    const char *meeting_told = NULL;
    for (size_t e = 0; e < told && !meeting_told && (v.s->flags & AT_SENT_ENGLISH); e++)
      if (is_meeting(AT_EVENT(doc, e)->type) && !foreign_disjoint(&named.countries, &AT_EVENT(doc, e)->countries))
        meeting_told = AT_EVENT(doc, e)->type;
    for (uint32_t m = v.s->match_start; m < v.s->match_end; m++) {
      const at_entry *cue = cue_at(&v, m);
      if (cue && meeting_told && is_meeting(cue->value) && !at_match_entry(AT_MATCH(doc, m), AT_CAT_MECHANISM)) {
        frame_candidate(&v, m, meeting_told, cue, &in_title);
        continue;
      }
      /* A forum named in a headline is a topic line ("Chủ đề: Đối thoại
       * Shangri-La"); the story tells its meeting. */
      if (cue && at_strcmp(cue->value, "none") && at_strcmp(cue->value, "attend") &&
          !at_match_entry(AT_MATCH(doc, m), AT_CAT_MECHANISM) && !headline_plan(&v, m))
        frame_candidate(&v, m, cue->value, cue, &in_title);
    }
    /* A happening only the headline tells, dated after the day the story
     * was published ("Minister's three-day visit to Vietnam from June 8"
     * over a story of what he will do there), is still to come. */
    drop_events(doc, told, after_publication);
    for (size_t e = told; e < doc->events.len; e++) {
      visitors_told_in_story(doc, AT_EVENT(doc, e), told);
      ship_leader_told_in_story(doc, AT_EVENT(doc, e));
    }
  }
  /* A story that tells its happening only in its headline ("Các Đồn Biên
   * phòng ... tổ chức lễ kết nghĩa" over "Phát biểu tại buổi lễ, Đại tá X
   * ... cho biết", "Về phía Trung Quốc Trưởng đoàn là ông Y"): who the
   * story says attended took part in it, as in a story's first event. */
  if (story_events == 0 && doc->events.len > 0)
    for (size_t i = 0; i < nattendance_before_events; i++) {
      sentence_view a = undated_view(doc, attendance_before_events[i]);
      at_add_people(&a, AT_EVENT(doc, 0), (uint32_t)attendance_told_first(&a), PEOPLE_ALL, NULL);
    }
  /* A story whose only telling of a ship's visit is a noun ("Chuyến thăm
   * của tàu ... nhằm tăng cường ...") reports that port call, undated. */
  bool call_told = false;
  for (size_t e = 0; e < doc->events.len; e++) call_told |= !at_strcmp(AT_EVENT(doc, e)->type, "port_call");
  if (unplaced_call.type && !call_told) *(at_event *)at_vec_push(&doc->events) = unplaced_call;
  /* A Vietnamese ship home from its voyage: the calls abroad its story
   * tells with no one named were led by the head of its delegation. */
  bool unled_call = false; /* first: the homecoming is a scan of the whole story */
  for (size_t e = 0; e < doc->events.len && !unled_call; e++)
    unled_call = unled_call_abroad(AT_EVENT(doc, e));
  if (unled_call && ship_came_home(doc, (uint32_t)doc->sentences.len)) {
    long leader = delegation_leader(doc, "VN");
    for (size_t e = 0; e < doc->events.len && leader >= 0; e++)
      if (unled_call_abroad(AT_EVENT(doc, e))) at_add_participant(AT_EVENT(doc, e), (uint32_t)leader);
  }
  for (size_t e = 0; e < doc->events.len; e++) voyage_delegation_on_each_call(doc, AT_EVENT(doc, e));
  for (size_t e = 0; e < doc->events.len; e++) visitors_of_meetings(doc, AT_EVENT(doc, e));
  for (size_t e = 0; e < doc->events.len; e++) office_named_later(doc, AT_EVENT(doc, e));
  for (size_t e = 0; e < doc->events.len; e++) delegations_led_elsewhere(doc, AT_EVENT(doc, e));
  for (size_t e = 0; e < doc->events.len; e++) other_side_of_the_meeting_told(doc, e);
  for (size_t e = 0; e < doc->events.len; e++) other_side_of_the_exchange(doc, AT_EVENT(doc, e));
  for (size_t e = 0; e < doc->events.len; e++) end_told_later(doc, e);
  for (size_t e = 0; e < doc->events.len; e++) {
    at_event *ev = AT_EVENT(doc, e);
    sentence_view v = undated_view(doc, ev->sentence);
    if (is_meeting(ev->type) || !at_strcmp(ev->type, "signing")) add_the_pair_told(&v, ev, e, true);
  }
  /* A caption shows a moment of the story: undated, it happened on the day
   * of the story's event with all its people (not one of them only: a
   * signing shown with the visitor is not his reception by another host).
   * A sitting shown beside another sitting of theirs is its own, its day
   * not told (a welcome and the talks after it). */
  for (size_t e = 0; e < doc->events.len; e++) {
    at_event *ev = AT_EVENT(doc, e);
    if (ev->has_date || !(AT_SENT(doc, ev->sentence)->flags & AT_SENT_CAPTION)) continue;
    for (size_t o = 0; o < doc->events.len && !ev->has_date; o++) {
      const at_event *other = AT_EVENT(doc, o);
      if (o == e || !other->has_date || !same_people(other, ev) || (is_meeting(ev->type) && is_meeting(other->type)))
        continue;
      ev->date = other->date;
      ev->date_end = other->date_end;
      ev->has_date = true;
      ev->has_end = other->has_end;
      ev->date_from = AT_DATE_REFERENCE;
      ev->date_relative = other->date_relative;
    }
  }
  /* Sittings split from one sentence ("paid courtesy calls on A and B") are
   * of one day: one dated later (by a caption) dates the others. So are two
   * happenings of one sentence with the same people ("cùng trồng cây hữu
   * nghị và chứng kiến tuần tra chung", "signed ... following talks
   * between A and B"), unless the undated one lasts days (a visit, a
   * dialogue) or the dated one is such. */
  for (size_t e = 0; e < doc->events.len; e++) {
    at_event *ev = AT_EVENT(doc, e);
    for (size_t o = 0; o < doc->events.len && !ev->has_date; o++) {
      const at_event *other = AT_EVENT(doc, o);
      if (o == e || !other->has_date || other->sentence != ev->sentence ||
          (at_strcmp(other->type, ev->type) &&
           (people_disjoint_all(ev, other) || frames_others(ev->type) || !at_strcmp(other->type, "visit"))))
        continue;
      ev->date = other->date;
      ev->has_date = true;
      ev->date_from = AT_DATE_REFERENCE;
      ev->date_relative = other->date_relative;
    }
  }
  for (size_t e = 0; e < doc->events.len; e++) {
    envoy_calls(doc, AT_EVENT(doc, e));
    leader_receives_callers(doc, AT_EVENT(doc, e));
  }
  for (size_t e = 0; e < doc->events.len && doc->planned_dated; e++) happening_planned_day(doc, AT_EVENT(doc, e));
  /* after the dates above: the visit a welcome tells lasts days, undated */
  visit_of_the_welcomed(doc);
  /* Locations by context: an event with no place of its own, held while a
   * visit to that country was under way, is in that country. */
  const char *visit_country = NULL;
  for (size_t e = 0; e < doc->events.len; e++) {
    at_event *ev = AT_EVENT(doc, e);
    if (!at_strcmp(ev->type, "visit") && ev->loc_country) visit_country = ev->loc_country;
  }
  for (size_t e = 0; e < doc->events.len && visit_country; e++) {
    at_event *ev = AT_EVENT(doc, e);
    if (!ev->loc_country && at_strset_has(&ev->countries, visit_country)) ev->loc_country = visit_country;
  }
  drop_meetings_on_other_work(doc);
  drop_events(doc, 0, signing_of_other_states);
  drop_events(doc, 0, planned_still_to_come);
  /* "The destroyer will have a four-day visit ... starting September 28",
   * "the ADMM-15 slated for June 15" in a story published on September 27,
   * on June 3: an English happening whose day, told with its year, comes
   * after the day the story was published is still to come, however it is
   * told. Not when that year was only guessed from another date of the
   * story (a dateline "MOSCOW, July 24" with the year of a ship's launch). */
  if (!doc->published_year_guessed) drop_events(doc, 0, english_after_publication);
}
