/* SPDX-License-Identifier: MIT */
/*
 * participants.c - who takes part in an event: of the people a sentence
 * names, those its cue is about. Receptions, talks and signings take everyone
 * named, except an inviter ("lời mời của X"), people of another event the
 * sentence names ("nhân chuyến thăm ... của X") and, in English, people of an
 * earlier clause with a state of its own as subject. A visit takes its
 * visitors: named before a verbal cue, after "của"/"by", as its possessor
 * ("Lich's visit") or as the subject of "during the visit".
 */
#include "event_frame.h"

bool at_in_brackets(const sentence_view *v, uint32_t tok) {
  if (v->bracket_free || tok <= v->s->tok_start) return false;
  if (tok < v->doc->tokens.len) { /* most sentences have no '(' before tok: memchr tells at once */
    uint32_t from = AT_TOK(v->doc, v->s->tok_start)->start, to = AT_TOK(v->doc, tok)->start;
    if (to <= from || !memchr(v->doc->text + from, '(', to - from)) return false;
  }
  int depth = 0;
  for (uint32_t i = v->s->tok_start; i < tok; i++) {
    if (tok_punct(v->doc, i, "(")) depth++;
    else if (tok_punct(v->doc, i, ")") && depth) depth--;
  }
  return depth > 0;
}

void at_add_participant(at_event *ev, uint32_t person) {
  for (uint8_t i = 0; i < ev->nparticipants; i++)
    if (ev->participants[i] == person) return;
  if (ev->nparticipants < AT_SET_MAX) ev->participants[ev->nparticipants++] = person;
}

size_t at_mentions_in(const attache_doc *doc, uint32_t sentence, const at_mention **first) {
  /* Mentions are appended sentence by sentence: find the run for this one. */
  size_t lo = 0, hi = doc->mentions.len;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (AT_VEC_AT(&doc->mentions, at_mention, mid)->sentence < sentence) lo = mid + 1;
    else hi = mid;
  }
  size_t end = lo;
  while (end < doc->mentions.len && AT_VEC_AT(&doc->mentions, at_mention, end)->sentence == sentence) end++;
  *first = lo < doc->mentions.len ? AT_VEC_AT(&doc->mentions, at_mention, lo) : NULL;
  return end - lo;
}


/* Is the mention at to_tok the object of "với" right after a cue ("buổi hội
 * đàm với X"), in the same clause? */
static bool with_between(const sentence_view *v, uint32_t from_tok, uint32_t to_tok) {
  if (from_tok >= to_tok || !at_tok_word(v->doc, from_tok, AT_ROLE_WITH)) return false;
  for (uint32_t t = from_tok; t < to_tok; t++)
    if (tok_punct(v->doc, t, ",") || tok_punct(v->doc, t, ";")) return false;
  return true;
}

/* Is the mention at to_tok introduced by "của", "by" or "of" (function word
 * visitor_of) after the cue, with only its titles in between ("chuyến thăm
 * ... của Tổng Bí thư X", "the three-day trip by Defence Minister X")? */
static bool cua_between(const sentence_view *v, uint32_t from_tok, uint32_t to_tok) {
  bool cua = false;
  for (uint32_t t = from_tok; t < to_tok; t++) {
    long k = at_match_at(v->doc, v->s, t);
    if (k >= 0 && match_of(v, (uint32_t)k)->tok_start == t && function_word(v, (uint32_t)k, "visitor_of")) cua = true;
    else if (tok_punct(v->doc, t, ",") || tok_punct(v->doc, t, ";")) cua = false;
  }
  return cua;
}

/* "nhân chuyến thăm ... của Tổng Bí thư X, ...", "Bên cạnh buổi hội đàm với
 * Thượng tướng Y, ...": X and Y belong to that other event, not to the one
 * the sentence goes on to tell. The other cues looked at are those from
 * match `from` on. */
static bool belongs_to_other_cue(const sentence_view *v, uint32_t m, uint32_t tok, uint32_t from) {
  for (uint32_t k = from; k < v->s->match_end; k++) {
    const at_match *x = match_of(v, k);
    if (x->tok_start >= tok) break;
    const at_entry *c = at_match_entry(x, AT_CAT_CUE);
    if (k == m || !c || !at_entry_is(c, AT_FLAG_NOUN) || !at_strcmp(c->value, "none")) continue;
    /* "The minutes of the dialogue were signed by X": the "by" after this
     * cue, standing between, is this cue's, not the other one's. */
    uint32_t own = match_of(v, m)->tok_start;
    bool own_between = own > x->tok_end && own < tok;
    if (!own_between && cua_between(v, x->tok_end, tok)) return true;
    if (x->tok_start < match_of(v, m)->tok_start && k > v->s->match_start &&
        (function_word(v, k - 1, "ref") || function_word(v, k - 1, "beside")) && with_between(v, x->tok_end, tok))
      return true;
  }
  return false;
}

/* Does the cue at match k tell a meeting of two sides (reception, talks, call)? */
static bool meeting_cue(const sentence_view *v, uint32_t k) {
  const at_entry *c = at_match_entry(match_of(v, k), AT_CAT_CUE);
  return c && two_sided_meeting(c->value);
}

/* Is someone named in the sentence from token a up to token b? */
static bool person_between(const at_mention *ms, size_t n, uint32_t a, uint32_t b) {
  for (size_t i = 0; i < n; i++)
    if (ms[i].tok_start >= a && ms[i].tok_end <= b) return true;
  return false;
}

/* A delegation ("đoàn", "Đoàn đại biểu") named before the cue at match k. */
static bool delegation_before(const sentence_view *v, uint32_t k) {
  for (uint32_t j = v->s->match_start; j < k; j++)
    if (function_word(v, j, "delegation")) return true;
  return false;
}

/* Another meeting cue than the one at m in a Vietnamese sentence, with m
 * a meeting cue: what object_of_sibling_cue below asks first (once for the
 * cue, not once for each person named). */
static bool has_sibling_cue(const sentence_view *v, uint32_t m) {
  if ((v->s->flags & AT_SENT_ENGLISH) || !meeting_cue(v, m)) return false;
  for (uint32_t k = v->s->match_start; k < v->s->match_end; k++)
    if (k != m && meeting_cue(v, k)) return true;
  return false;
}

/* "X đã chào xã giao A, hội kiến B và có buổi làm việc với C": a sentence
 * that tells several meetings of one subject, each with the people named
 * after its own cue. A person named after another meeting cue, which stands
 * between this one's own people (or the subject) and the person, is that
 * meeting's, not this one's. "tiếp và hội đàm với C" (nobody between the
 * two cues) shares C. The meeting cue's index in the sentence is m.
 * Vietnamese only: English names talks again in its clauses ("said at
 * talks with X held via a video conference"). Asked only where
 * has_sibling_cue says yes. */
static bool object_of_sibling_cue(const sentence_view *v, uint32_t m, const at_mention *ms, size_t n,
                                  const at_mention *p) {
  const at_match *own = match_of(v, m);
  for (uint32_t k = v->s->match_start; k < v->s->match_end; k++) {
    const at_match *c = match_of(v, k);
    if (k == m || !meeting_cue(v, k)) continue;
    /* after this cue's own people: "chào xã giao A, hội kiến B" (p = B) */
    if (c->tok_start > own->tok_end && c->tok_end <= p->tok_start &&
        person_between(ms, n, own->tok_end, c->tok_start))
      return true;
    /* before this cue, an earlier meeting's people: "X chào xã giao A, hội
     * kiến B" (p = A, for the second cue), the earlier with a subject, a
     * person or a delegation ("đoàn đã chào xã giao A; hội đàm với B") */
    if (c->tok_end <= p->tok_start && p->tok_end <= own->tok_start &&
        (person_between(ms, n, v->s->tok_start, c->tok_start) || delegation_before(v, k)))
      return true;
  }
  return false;
}

/* "Obama lifted the ban ..., and last year, the U.S. transferred a cutter":
 * an English verbal cue whose clause has a state of its own as subject; a
 * person named in an earlier clause is not in it. A state named after an
 * office in that clause is the office's ("X, and General Y, Deputy Naval
 * Chief and Commander of the Cambodian Ream Naval Base co-chaired the
 * meeting"): the clause is an apposition, not a state's. */
static bool state_subject_between(const sentence_view *v, uint32_t from_tok, uint32_t m) {
  const at_entry *cue = at_match_entry(match_of(v, m), AT_CAT_CUE);
  if (!(v->s->flags & AT_SENT_ENGLISH) || !cue || at_entry_is(cue, AT_FLAG_NOUN)) return false;
  uint32_t clause = clause_start(v, match_of(v, m)->tok_start);
  if (from_tok > clause) return false;
  /* "X and Admiral Y, deputy chief of the Joint Staff Department of
   * China's Central Military Commission co-chaired ...": a clause opened
   * right after a person's name and its comma describes that person (an
   * office in small letters the lexicon does not know), not a state. */
  if (clause > v->s->tok_start + 1 && tok_punct(v->doc, clause - 1, ",")) {
    const at_mention *ms;
    size_t n = at_mentions_in(v->doc, v->index, &ms);
    for (size_t i = 0; i < n; i++)
      if (ms[i].tok_end + 1 == clause) return false;
  }
  bool office = false;
  for (uint32_t k = v->s->match_start; k < m; k++) {
    const at_match *x = match_of(v, k);
    if (x->tok_start < clause) continue;
    office |= at_match_entry(x, AT_CAT_POSITION) || at_match_entry(x, AT_CAT_RANK);
    /* "X, Director of ..., and Australian Defence Attache Y signed": a
     * state right before an office is that office's, a person's side
     * joined to the subject, not a state as the subject. */
    const at_match *next = k + 1 < m ? match_of(v, k + 1) : NULL;
    if (next && next->tok_start == x->tok_end &&
        (at_match_entry(next, AT_CAT_POSITION) || at_match_entry(next, AT_CAT_RANK)))
      continue;
    if (at_match_entry(x, AT_CAT_COUNTRY) && !office) return true;
  }
  return false;
}

/* "Chien said South Korea's handover of two vessels ...": a nominal cue
 * owned by a state; the token where the state's name starts (people named
 * before it are not in the happening), or 0. */
static uint32_t state_possessor(const sentence_view *v, uint32_t m) {
  uint32_t cue = match_of(v, m)->tok_start;
  if (m == v->s->match_start || cue < 2 || !at_possessive_at(v->doc, cue - 2)) return 0;
  const at_match *owner = match_of(v, m - 1);
  return owner->tok_end == cue - 2 && at_match_entry(owner, AT_CAT_COUNTRY) ? owner->tok_start : 0;
}

/* "Obama lifted the ban during a 2016 visit": in English, the subject did
 * it during his own visit. */
static bool subject_during(const sentence_view *v, uint32_t m) {
  if (!(v->s->flags & AT_SENT_ENGLISH)) return false;
  for (uint32_t k = m; k-- > v->s->match_start && match_of(v, m)->tok_start - match_of(v, k)->tok_end <= 2;)
    if (function_word(v, k, "during")) return true;
  return false;
}

/* "X highlighted the upgrade ... during a state visit to Indonesia by
 * General Secretary Y in March 2025", "X đánh giá cao kết quả chuyến thăm
 * Indonesia của Tổng Bí thư Y": a visit told by a noun that names its
 * visitor after it ("by", "of", "của": function words visitor_of, in the
 * cue's clause) is his; who speaks of it before the noun was not on it.
 * Is someone so named after the cue at m (and the trip not the frame of
 * the sentence's own happening)? */
static bool visitor_named_after(const sentence_view *v, uint32_t m, const at_mention *ms, size_t n) {
  uint32_t cue_end = match_of(v, m)->tok_end;
  /* "within the framework of the ongoing official visit ... by Y": the
   * sentence's happening is part of it; its people are on the trip */
  if (may_hold_word(v, "part_of"))
    for (uint32_t k = m; k-- > v->s->match_start && match_of(v, m)->tok_start - match_of(v, k)->tok_end <= 3;)
      if (function_word(v, k, "part_of")) return false;
  for (size_t i = 0; i < n; i++)
    if (ms[i].tok_start > cue_end && !at_excluded_token(v, ms[i].tok_start) && cua_between(v, cue_end, ms[i].tok_start))
      return true;
  return false;
}

/* "During the visit, Carter said ...": an English sentence that opens with
 * the visit; its subject, after the comma, is the visitor. */
static bool opening_during(const sentence_view *v, uint32_t m) {
  if (!(v->s->flags & AT_SENT_ENGLISH) || m == v->s->match_start) return false;
  if (match_of(v, m - 1)->tok_start != v->s->tok_start || !function_word(v, m - 1, "during")) return false;
  return tok_punct(v->doc, clause_end(v, match_of(v, m)->tok_end), ",");
}

/* Is the clause that ends at the comma before tok a day alone ("Sáng 27-1,",
 * "Ngày 5/3,"): a date read there, opening the sentence (a word for the
 * part of the day or "Ngày" at most before it) and closing the clause? */
static bool day_clause_before(const sentence_view *v, uint32_t tok) {
  if (tok < v->s->tok_start + 2 || !tok_punct(v->doc, tok - 1, ",")) return false;
  const at_date_span *dates;
  size_t n = view_dates(v, &dates);
  for (size_t i = 0; i < n; i++)
    if (dates[i].tok_end == tok - 1 && dates[i].tok_start <= v->s->tok_start + 2) return true;
  return false;
}

/* "Tiếp tục chuyến thăm chính thức Lào, chiều 5/3, Thượng tướng X đã ...",
 * "Trong khuôn khổ chuyến công tác tại Lào, X ...": a Vietnamese sentence
 * that opens with a trip to a state, in a clause of its own with no one
 * named before it and no visitor ("của X") in it, goes on with what the
 * traveller did: the first person named after that clause, of another
 * state than the one visited, made the trip. The day may come first ("Sáng
 * 27-1, trong khuôn khổ chuyến thăm ... Việt Nam, X đã ..."). The state
 * visited, or NULL when the sentence does not open so. */
static const char *opening_trip(const sentence_view *v, uint32_t m, const at_mention *ms) {
  if ((v->s->flags & AT_SENT_ENGLISH) || ms->tok_start <= match_of(v, m)->tok_start) return NULL;
  if (!at_entry_is(at_match_entry(match_of(v, m), AT_CAT_CUE), AT_FLAG_NOUN)) return NULL;
  uint32_t cue_start = match_of(v, m)->tok_start, opens = clause_start(v, cue_start);
  if (opens != v->s->tok_start && !day_clause_before(v, opens)) return NULL;
  if (cue_start > opens + 6) return NULL;
  uint32_t end = clause_end(v, match_of(v, m)->tok_end);
  if (end >= v->s->tok_end || !tok_punct(v->doc, end, ",") || ms->tok_start <= end) return NULL;
  const char *visited = NULL;
  for (uint32_t k = m + 1; k < v->s->match_end && match_of(v, k)->tok_start < end; k++) {
    if (function_word(v, k, "visitor_of")) return NULL;
    const at_entry *c = at_match_entry(match_of(v, k), AT_CAT_COUNTRY);
    if (c && !visited) visited = c->value;
  }
  return visited;
}

/* "Đại tướng X chào mừng đoàn đại biểu Cuba sang thăm", "X hoan nghênh
 * Trung tướng Y và đoàn sang thăm": a verb of welcoming (function_words.tsv
 * welcome) between a person named before a visit's cue and the cue, with
 * someone welcomed right after it (a person or a delegation): the person
 * before it is the visitors' host. */
static bool welcomes_the_visitors(const sentence_view *v, uint32_t from_tok, uint32_t cue_start) {
  for (uint32_t k = v->s->match_start; k < v->s->match_end; k++) {
    const at_match *x = match_of(v, k);
    if (x->tok_start < from_tok) continue;
    if (x->tok_end > cue_start) break;
    if (!function_word(v, k, "welcome") || k + 1 >= v->s->match_end) continue;
    const at_match *object = match_of(v, k + 1);
    if (object->tok_start <= x->tok_end + 1 && object->tok_end <= cue_start &&
        (at_match_entry(object, AT_CAT_RANK) || at_match_entry(object, AT_CAT_POSITION) ||
         at_match_entry(object, AT_CAT_HONORIFIC) || function_word(v, k + 1, "delegation")))
      return true;
  }
  return false;
}

/* "Minister Lich's visit", "Carter's official trip": the mention owns the cue. */
static bool possessor_of(const sentence_view *v, const at_mention *mention, uint32_t cue_start) {
  uint32_t k = mention->tok_end;
  return at_possessive_at(v->doc, k) && cue_start >= k + 2 && cue_start <= k + 4;
}

/* Is the mention a name, not an office standing for its holder ("the
 * Vietnamese defense minister"): does it end with the person's last word? */
static bool told_by_name(const sentence_view *v, const at_mention *mention) {
  const char *name = AT_PERSON(v->doc, mention->person)->name, *space = name ? strrchr(name, ' ') : NULL;
  const at_token *last = AT_TOK(v->doc, mention->tok_end - 1);
  const char *family = space ? space + 1 : name;
  return family && strlen(family) == last->end - last->start &&
         !memcmp(family, v->doc->text + last->start, strlen(family));
}

/* "X met Y in Jakarta, as part of General Secretary Z's state visit to
 * Indonesia", "met ... in the framework of President Z's State visit",
 * "received Y on May 3, as part of President Z's strategy to ...", "in
 * line with President Z's policy": in English, a person named after the
 * cue at m as the owner of something (another happening, a policy) is not
 * at m's happening. One named before the cue ("During Carter's visit, he
 * met Y") is left to the rest, and so is one told by his office alone
 * ("both ministers agreed that the outcomes of the Vietnamese defense
 * minister's visit ..."): he is one of the two at the meeting, the visit an
 * earlier one. */
static bool possessor_after_cue(const sentence_view *v, uint32_t m, const at_mention *mention) {
  if (!(v->s->flags & AT_SENT_ENGLISH) || mention->tok_start <= match_of(v, m)->tok_end) return false;
  return at_possessive_at(v->doc, mention->tok_end) && told_by_name(v, mention);
}

/* The first token of the titles told right before a mention (ranks,
 * offices, honorifics, states: "the late President X"), or the mention's own
 * first token when none is. */
static uint32_t titles_start(const sentence_view *v, const at_mention *mention) {
  uint32_t t = mention->tok_start;
  while (t > v->s->tok_start) {
    long k = at_match_at(v->doc, v->s, t - 1);
    const at_match *x = k >= 0 ? match_of(v, (uint32_t)k) : NULL;
    if (!x || !(at_match_entry(x, AT_CAT_RANK) || at_match_entry(x, AT_CAT_POSITION) ||
                at_match_entry(x, AT_CAT_HONORIFIC) || at_match_entry(x, AT_CAT_COUNTRY)))
      break;
    t = x->tok_start;
  }
  return t;
}

/* "X paid a courtesy call on Y ... as part of a Vietnamese delegation
 * accompanying Deputy Prime Minister Z on his official visit": in English,
 * one named after the cue at m behind "accompanying" (token_words.tsv) and
 * his titles, with a happening named (a nominal cue) within five words
 * after him, is the one whose trip that is, not at the meeting. */
static bool accompanied_on_later_cue(const sentence_view *v, uint32_t m, const at_mention *mention) {
  if (!(v->s->flags & AT_SENT_ENGLISH) || mention->tok_start <= match_of(v, m)->tok_end) return false;
  uint32_t t = titles_start(v, mention);
  if (t <= v->s->tok_start || !at_tok_word(v->doc, t - 1, AT_ROLE_ACCOMPANYING)) return false;
  for (uint32_t k = m + 1; k < v->s->match_end; k++) {
    const at_match *x = match_of(v, k);
    if (x->tok_start < mention->tok_end) continue;
    if (x->tok_start > mention->tok_end + 5) break;
    const at_entry *c = at_match_entry(x, AT_CAT_CUE);
    if (c && at_entry_is(c, AT_FLAG_NOUN) && at_strcmp(c->value, "none")) return true;
  }
  return false;
}

/* "Nhân dịp tham gia đoàn công tác của Tổng Bí thư X tham dự cuộc họp ...,
 * ngày 19/2, tại ..., Đại tướng Y đã tiếp Z": in Vietnamese, one named right
 * after "tham gia" (function_words.tsv joining), a delegation and "của",
 * with his titles, in a clause closed before the cue at m, leads the trip
 * the subject joined; he is not at the meeting the sentence tells. */
static bool leads_the_delegation_joined(const sentence_view *v, uint32_t m, const at_mention *mention) {
  if ((v->s->flags & AT_SENT_ENGLISH) || mention->tok_end > match_of(v, m)->tok_start) return false;
  uint32_t t = titles_start(v, mention);
  long of = t > v->s->tok_start ? at_match_at(v->doc, v->s, t - 1) : -1;
  if (of < 0 || match_of(v, (uint32_t)of)->tok_end != t || !function_word(v, (uint32_t)of, "visitor_of")) return false;
  uint32_t before = match_of(v, (uint32_t)of)->tok_start;
  long team = before > v->s->tok_start ? at_match_at(v->doc, v->s, before - 1) : -1;
  if (team < 0 || match_of(v, (uint32_t)team)->tok_end != before || !function_word(v, (uint32_t)team, "delegation"))
    return false;
  before = match_of(v, (uint32_t)team)->tok_start;
  long join = before > v->s->tok_start ? at_match_at(v->doc, v->s, before - 1) : -1;
  if (join < 0 || match_of(v, (uint32_t)join)->tok_end != before || !function_word(v, (uint32_t)join, "joining"))
    return false;
  return clause_end(v, mention->tok_end) < match_of(v, m)->tok_start;
}

/* "X received Y, who is in Vietnam for the fifth defence dialogue": a
 * happening named (not told by a verb) in an English relative clause is
 * about the person named right before its comma; that mention's index, or
 * -1. */
static long relative_clause_about(const sentence_view *v, uint32_t m, const at_mention *ms, size_t n) {
  const at_entry *cue = at_match_entry(match_of(v, m), AT_CAT_CUE);
  if ((cue && !at_entry_is(cue, AT_FLAG_NOUN)) || !(v->s->flags & AT_SENT_ENGLISH)) return -1;
  uint32_t from = clause_start(v, match_of(v, m)->tok_start);
  if (from == v->s->tok_start || !tok_punct(v->doc, from - 1, ",")) return -1;
  long r = at_match_at(v->doc, v->s, from);
  if (r < 0 || match_of(v, (uint32_t)r)->tok_start != from || !function_word(v, (uint32_t)r, "relative")) return -1;
  for (size_t i = 0; i < n; i++)
    if (ms[i].tok_end + 1 == from) return (long)i;
  return -1;
}

/* "paid tribute to the late President X", "viếng cố Tổng Bí thư X": a
 * person named after a word for the dead (token_words.tsv deceased) and
 * the titles that follow it is honoured at the happening, not in it. */
static bool named_as_deceased(const sentence_view *v, const at_mention *mention) {
  uint32_t t = titles_start(v, mention);
  return t < mention->tok_start && t > v->s->tok_start && at_tok_word(v->doc, t - 1, AT_ROLE_DECEASED);
}

void at_add_people(const sentence_view *v, at_event *ev, uint32_t m, enum people_rule rule, const char *not_country) {
  const at_mention *ms;
  size_t n = at_mentions_in(v->doc, v->index, &ms);
  long about = relative_clause_about(v, m, ms, n);
  if (about >= 0) { /* that person, and those named within the clause */
    uint32_t end = clause_end(v, match_of(v, m)->tok_start);
    for (size_t i = (size_t)about; i < n && ms[i].tok_start < end; i++) {
      if (at_excluded_token(v, ms[i].tok_start)) continue; /* "..., at the invitation of Y" */
      const at_person *p = AT_PERSON(v->doc, ms[i].person);
      at_add_participant(ev, ms[i].person);
      if (p->country) at_strset_add(&ev->countries, p->country);
    }
    return;
  }
  uint32_t cue_start = match_of(v, m)->tok_start, cue_end = match_of(v, m)->tok_end;
  bool siblings = rule == PEOPLE_ALL && n && has_sibling_cue(v, m);
  size_t first_after = 0; /* the first person named after the cue */
  while (first_after < n && ms[first_after].tok_start <= cue_start) first_after++;
  for (size_t i = 0; i < n; i++) {
    if (at_excluded_token(v, ms[i].tok_start) || at_in_brackets(v, ms[i].tok_start)) continue;
    if (named_as_deceased(v, &ms[i])) continue;
    const at_person *p = AT_PERSON(v->doc, ms[i].person);
    if (not_country && p->country && !at_strcmp(p->country, not_country)) continue;
    if (rule == PEOPLE_VISITORS) {
      /* "X thăm chính thức ..." or "chuyến thăm ... của X"; a nominal cue
       * with no destination ("trong chuyến thăm lần này") names no visitor
       * before it: the speaker is not the visitor. */
      bool after = ms[i].tok_start > cue_start;
      const char *visited = after && i == first_after ? opening_trip(v, m, &ms[i]) : NULL;
      bool traveller = visited && p->country && at_strcmp(p->country, visited);
      if (after && !cua_between(v, cue_end, ms[i].tok_start) && !(i == first_after && opening_during(v, m)) &&
          !traveller)
        continue;
      if (!after && !not_country && at_entry_is(at_match_entry(match_of(v, m), AT_CAT_CUE), AT_FLAG_NOUN) &&
          !possessor_of(v, &ms[i], cue_start) && !(i == 0 && subject_during(v, m)))
        continue;
      if (!after && at_entry_is(at_match_entry(match_of(v, m), AT_CAT_CUE), AT_FLAG_NOUN) &&
          visitor_named_after(v, m, ms, n))
        continue;
      if (!after && welcomes_the_visitors(v, ms[i].tok_end, cue_start)) continue;
    }
    if (rule == PEOPLE_OWN_SIDE && !(p->country && !at_strcmp(p->country, "VN"))) continue;
    if (rule == PEOPLE_ALL && belongs_to_other_cue(v, m, ms[i].tok_start, v->s->match_start)) continue;
    /* "held their dialogue ..., focusing on the agreement reached during the
     * visit to India by Minister X last year": a forum's own side named after
     * another happening's cue told after the forum is that happening's */
    if (rule == PEOPLE_OWN_SIDE && ms[i].tok_start > cue_end && belongs_to_other_cue(v, m, ms[i].tok_start, m + 1))
      continue;
    if (rule == PEOPLE_ALL && (possessor_after_cue(v, m, &ms[i]) || accompanied_on_later_cue(v, m, &ms[i]) ||
                               leads_the_delegation_joined(v, m, &ms[i])))
      continue;
    if (siblings && object_of_sibling_cue(v, m, ms, n, &ms[i])) continue;
    if (rule == PEOPLE_ALL && ms[i].tok_end <= cue_start && state_subject_between(v, ms[i].tok_end, m)) continue;
    if (rule == PEOPLE_ALL && ms[i].tok_end <= state_possessor(v, m)) continue;
    at_add_participant(ev, ms[i].person);
    if (p->country) at_strset_add(&ev->countries, p->country);
  }
}

/* An office, a rank, an honorific or a delegation named by the match at k. */
static bool names_someone(const sentence_view *v, uint32_t k) {
  const at_match *x = match_of(v, k);
  return at_match_entry(x, AT_CAT_POSITION) || at_match_entry(x, AT_CAT_RANK) || at_match_entry(x, AT_CAT_HONORIFIC) ||
         function_word(v, k, "delegation");
}

/* "welcomed the US's policies", "welcomed Japan's support": a state in the
 * English possessive names whose thing follows; it stands for someone met
 * only when someone is named after the "'s" - an office, a rank, a
 * delegation or a person, however long the words before him ("received
 * Japan's new Defence Minister", "met Cuba's outgoing and newly-accredited
 * military, navigation and aviation attachés Colonel X"). Is the state at
 * match k such a possessor of no one? */
static bool possessor_of_a_thing(const sentence_view *v, uint32_t k) {
  uint32_t t = match_of(v, k)->tok_end;
  if (!(v->s->flags & AT_SENT_ENGLISH) || t + 2 >= v->s->tok_end || !at_possessive_at(v->doc, t)) return false;
  for (uint32_t j = k + 1; j < v->s->match_end; j++)
    if (names_someone(v, j)) return false;
  const at_mention *ms;
  size_t n = at_mentions_in(v->doc, v->index, &ms);
  for (size_t i = 0; i < n; i++)
    if (ms[i].tok_start >= t) return false;
  return true;
}

/* Is the state at match k one of a pair joined by a dash ("Vietnam-Chile",
 * "Viet Nam - China")? */
static bool state_of_a_pair(const sentence_view *v, uint32_t k) {
  const attache_doc *doc = v->doc;
  const at_match *x = match_of(v, k);
  bool dash_after = x->tok_end + 1 < v->s->tok_end && (tok_punct(doc, x->tok_end, "-") || tok_punct(doc, x->tok_end, "–"));
  if (dash_after && k + 1 < v->s->match_end && match_of(v, k + 1)->tok_start == x->tok_end + 1 &&
      at_match_entry(match_of(v, k + 1), AT_CAT_COUNTRY))
    return true;
  bool dash_before = x->tok_start >= v->s->tok_start + 2 &&
                     (tok_punct(doc, x->tok_start - 1, "-") || tok_punct(doc, x->tok_start - 1, "–"));
  return dash_before && k > v->s->match_start && match_of(v, k - 1)->tok_end == x->tok_start - 1 &&
         at_match_entry(match_of(v, k - 1), AT_CAT_COUNTRY);
}

/* "hosted the second Vietnam-Chile defence friendship exchange": a pair of
 * states in English that names a happening (a nominal cue within five
 * words after it, no one named before that noun), not someone met. Is the
 * state at match k such? */
static bool names_a_happening(const sentence_view *v, uint32_t k) {
  if (!(v->s->flags & AT_SENT_ENGLISH) || !state_of_a_pair(v, k)) return false;
  uint32_t reach = words_reach(v, match_of(v, k)->tok_end, 5);
  for (uint32_t j = k + 1; j < v->s->match_end && match_of(v, j)->tok_start <= reach; j++) {
    if (names_someone(v, j)) return false;
    const at_entry *c = at_match_entry(match_of(v, j), AT_CAT_CUE);
    if (c && at_entry_is(c, AT_FLAG_NOUN) && at_strcmp(c->value, "none") && at_strcmp(c->value, "attend")) return true;
  }
  return false;
}

/* "received visiting Ambassador X", "met his Vietnamese counterpart", "met a
 * delegation of ...": a person (named, or by title, state or delegation)
 * within a few words after the cue, a hyphenated word one word ("received
 * the newly-appointed Australian Defence Attaché"). */
bool at_person_after(const sentence_view *v, uint32_t m) {
  uint32_t end = match_of(v, m)->tok_end;
  uint32_t name_reach = words_reach(v, end, 6), title_reach = words_reach(v, end, 3);
  const at_mention *ms;
  size_t n = at_mentions_in(v->doc, v->index, &ms);
  for (size_t i = 0; i < n; i++)
    if (ms[i].tok_start >= end && ms[i].tok_start <= name_reach) return true;
  for (uint32_t k = m + 1; k < v->s->match_end && match_of(v, k)->tok_start <= title_reach; k++) {
    if (names_someone(v, k)) return true;
    if (at_match_entry(match_of(v, k), AT_CAT_COUNTRY) && !possessor_of_a_thing(v, k) && !names_a_happening(v, k))
      return true;
  }
  return false;
}
