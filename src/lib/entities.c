/* SPDX-License-Identifier: MIT */
/*
 * entities.c - finds the people in each sentence and binds each one's rank,
 * office and country to the right name.
 *
 * Vietnamese news names officials inside a title chain: rank, party titles,
 * office, body, country, then the name ("Thượng tướng Nguyễn Chí Vịnh, Ủy viên
 * Trung ương Đảng, Thứ trưởng Bộ Quốc phòng"), or the name first and the
 * offices after it as an apposition. A name is a run of capitalized syllables
 * that either starts with a family name (data/family_names.tsv) or follows a
 * rank, office or honorific ("ông", "ngài"); a bracketed phonetic gloss after
 * a foreign name is skipped. Later mentions ("Thứ trưởng Nguyễn Chí Vịnh",
 * "Bộ trưởng Parly", "ông") resolve to the person already known.
 */
#include "pipeline.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* ---- small helpers shared by the stages ---------------------------------- */

const at_entry *at_match_unreal(const at_match *m) {
  const at_entry *e = at_match_entry(m, AT_CAT_MODAL);
  return e && at_strcmp(e->value, "none") && !at_entry_has_flag(e, "background") ? e : NULL;
}

bool at_possessive_at(const attache_doc *doc, uint32_t tok) {
  if (tok + 1 >= doc->tokens.len) return false;
  const at_token *next = AT_TOK(doc, tok + 1), *t = AT_TOK(doc, tok);
  if (next->case_len != 1 || next->fold_case[0] != 's') return false; /* "'s" */
  size_t n = t->end - t->start;
  const char *p = doc->text + t->start;
  return t->kind == AT_TOK_PUNCT && ((n == 1 && *p == '\'') || (n == 3 && !memcmp(p, "\xE2\x80\x99", 3)));
}

const char *at_tok_text(const attache_doc *doc, uint32_t tok_start, uint32_t tok_end) {
  const at_token *a = AT_TOK(doc, tok_start), *b = AT_TOK(doc, tok_end - 1);
  /* Two words with nothing between were glued by a crawl and split by the
   * tokenizer ("ChiVinh"): written with the space they lost. */
  size_t glued = 0;
  for (uint32_t t = tok_start + 1; t < tok_end; t++)
    glued += AT_TOK(doc, t)->start == AT_TOK(doc, t - 1)->end && AT_TOK(doc, t)->kind == AT_TOK_WORD &&
             AT_TOK(doc, t - 1)->kind == AT_TOK_WORD;
  if (!glued) return at_arena_strndup(doc->arena, doc->text + a->start, b->end - a->start);
  char *out = at_arena_alloc(doc->arena, b->end - a->start + glued + 1);
  size_t n = 0;
  for (uint32_t t = tok_start; t < tok_end; t++) {
    const at_token *k = AT_TOK(doc, t);
    uint32_t from = t == tok_start ? k->start : AT_TOK(doc, t - 1)->end;
    if (t > tok_start && k->start == from && k->kind == AT_TOK_WORD && AT_TOK(doc, t - 1)->kind == AT_TOK_WORD)
      out[n++] = ' ';
    memcpy(out + n, doc->text + from, k->end - from);
    n += k->end - from;
  }
  out[n] = '\0';
  return out;
}

void at_strset_add(at_strset *set, const char *s) {
  if (!s || at_strset_has(set, s) || set->n >= AT_SET_MAX) return;
  set->items[set->n++] = s;
}

bool at_strset_has(const at_strset *set, const char *s) {
  for (uint8_t i = 0; i < set->n; i++)
    if (!at_strcmp(set->items[i], s)) return true;
  return false;
}

/* ---- the sentence walker -------------------------------------------------- */

typedef struct titles {
  const char *rank;
  const char *position;
  const char *position_class; /* the office's class in positions.tsv */
  const char *country;
  bool active; /* a rank, office or honorific was just read */
  bool peer;   /* a peerage just read ("Lord"): it is part of the name */
  bool international; /* an office of an international organisation: of no state */
  bool sided;         /* the state is the one whose delegation the person heads */
  bool foreign;       /* after an honorific only a foreigner is given ("ngài") */
  bool counterpart;   /* English "counterpart" just read: a name follows */
  bool as_office;     /* English: opened after "as" ("his appointment as Lao Defence Attaché"): told of the appointee */
  uint32_t peer_at;
  uint32_t title_at; /* the token the title began at, plus one (0: not known) */
} titles;

typedef struct walker {
  attache_doc *doc;
  at_sentence *s;
  uint32_t sentence;
} walker;

/* Asked of most tokens, several times each: inline, as at_match_at. */
__attribute__((always_inline)) static inline const at_match *match_starting(const walker *w, uint32_t tok,
                                                                            at_category cat) {
  long m = at_match_at(w->doc, w->s, tok);
  if (m < 0) return NULL;
  const at_match *mt = AT_MATCH(w->doc, m);
  if (mt->tok_start != tok || !at_match_entry(mt, cat)) return NULL;
  return mt;
}

static bool is_punct(const walker *w, uint32_t tok, const char *p) {
  if (tok >= w->s->tok_end) return false;
  const at_token *t = AT_TOK(w->doc, tok);
  return t->kind == AT_TOK_PUNCT && t->end - t->start == strlen(p) && !memcmp(w->doc->text + t->start, p, strlen(p));
}

static bool is_dash(const walker *w, uint32_t tok) {
  return is_punct(w, tok, "-") || is_punct(w, tok, "\xE2\x80\x93") || is_punct(w, tok, "\xE2\x80\x94");
}

/* Skips a bracketed group "( ... )" starting at tok; returns the token after. */
static uint32_t skip_brackets(const walker *w, uint32_t tok) {
  if (!is_punct(w, tok, "(")) return tok;
  for (uint32_t i = tok + 1; i < w->s->tok_end && i < tok + 16; i++)
    if (is_punct(w, i, ")")) return i + 1;
  return tok;
}

/* A numbered unit keeps its number: "Quân khu 7", "Vùng Cảnh sát biển 2",
 * "Military Region 9", "Lữ đoàn 171"; a date ("7/9", "7-9") or a year is
 * no unit number. Returns the token after the number, or tok. */
static uint32_t past_unit_number(const walker *w, uint32_t tok) {
  if (tok >= w->s->tok_end) return tok;
  const at_token *t = AT_TOK(w->doc, tok);
  if (t->kind != AT_TOK_NUM || t->end - t->start > 3) return tok;
  uint32_t next = tok + 1;
  bool joined = next + 1 < w->s->tok_end && !(AT_TOK(w->doc, next)->flags & AT_TOKF_SPACE) &&
                !(AT_TOK(w->doc, next + 1)->flags & AT_TOKF_SPACE) && AT_TOK(w->doc, next + 1)->kind == AT_TOK_NUM;
  if (joined && (is_punct(w, next, "/") || is_dash(w, next) || is_punct(w, next, "."))) return tok;
  return next;
}

/* The words that name a generic head ("Cục" + "Quan hệ quốc tế"), from
 * tok up to a stop; returns the token after them (tok when the head has no
 * capitalized name). */
static uint32_t name_run(const walker *w, uint32_t tok, bool after_title);
static bool is_vietnamese_name(const walker *w, uint32_t tok);
static bool family_only_after_title(const walker *w, uint32_t tok);
static bool latin_name_at(const walker *w, uint32_t tok);

/* Is the word at tok written in capitals only ("DPAA", "USAID")? */
static bool all_capitals_token(const walker *w, uint32_t tok) {
  const at_token *t = AT_TOK(w->doc, tok);
  for (uint32_t k = t->start; k < t->end; k++) {
    unsigned char c = (unsigned char)w->doc->text[k];
    if (c >= 'a' && c <= 'z') return false;
  }
  return true;
}

static uint32_t past_head_name(const walker *w, uint32_t end) {
  uint32_t i = end;
  while (i < w->s->tok_end && i < end + 12) {
    const at_token *t = AT_TOK(w->doc, i);
    /* "Trưởng ban Đối ngoại Trung ương Lê Hoài Trung": a Vietnamese name of
     * three syllables or more after it is its holder's, not the body's. */
    if (i > end && is_vietnamese_name(w, i) && name_run(w, i, true) >= 3) break;
    /* "Giám đốc Cơ quan DPAA Kelly Brown": in Vietnamese, a name in Latin
     * letters (not an acronym in capitals) after the body's name is its
     * holder's. */
    if (i > end && !(w->s->flags & AT_SENT_ENGLISH) && !all_capitals_token(w, i) && latin_name_at(w, i)) break;
    /* "Trung tâm Nghiên cứu chiến thuật và Hợp tác quốc tế", "Viện Chiến
     * lược và Lịch sử Quốc phòng": "và" before a capitalized word that is
     * no title, state or person's name joins the name. */
    if (i > end && at_tok_word(w->doc, i, AT_ROLE_AND) && i + 1 < w->s->tok_end &&
        (AT_TOK(w->doc, i + 1)->flags & AT_TOKF_CAP) && !match_starting(w, i + 1, AT_CAT_RANK) &&
        !match_starting(w, i + 1, AT_CAT_POSITION) && !match_starting(w, i + 1, AT_CAT_HONORIFIC) &&
        !match_starting(w, i + 1, AT_CAT_COUNTRY) && !is_vietnamese_name(w, i + 1) && !latin_name_at(w, i + 1)) {
      i++;
      continue;
    }
    if (t->kind != AT_TOK_WORD) {
      if (is_punct(w, i, "&")) {
        i++;
        continue;
      }
      break;
    }
    long mi = at_match_at(w->doc, w->s, i);
    if (mi >= 0) {
      /* A field or body goes on the name, and so does a capitalized common
       * word ("Đảng Nhân dân Cách mạng"); a country, office, rank or a
       * lower-case word of grammar ends it. */
      const at_match *mm = AT_MATCH(w->doc, mi);
      bool stop = at_match_entry(mm, AT_CAT_COUNTRY) ||
                  at_match_entry(mm, AT_CAT_POSITION) || at_match_entry(mm, AT_CAT_RANK) ||
                  at_match_entry(mm, AT_CAT_HONORIFIC);
      bool part = at_match_entry(mm, AT_CAT_AREA) || at_match_entry(mm, AT_CAT_BODY) || at_match_entry(mm, AT_CAT_PLACE) ||
                  (t->flags & AT_TOKF_CAP);
      if (stop || !part) break;
      i = mm->tok_end;
      continue;
    }
    if (at_tok_word(w->doc, i, AT_ROLE_AND) && i + 1 < w->s->tok_end && (AT_TOK(w->doc, i + 1)->flags & AT_TOKF_CAP)) {
      i++;
      continue;
    }
    if (!(t->flags & AT_TOKF_CAP) && i == end) break; /* the head needs a name */
    i++;
  }
  return i;
}

/* A body after an office: "Bộ Quốc phòng", or a generic head ("Cục", "Tổng
 * cục") with the words that name it. Returns the token after it. */
static uint32_t read_body(const walker *w, uint32_t tok, bool *append) {
  const at_match *m = match_starting(w, tok, AT_CAT_BODY);
  *append = true;
  if (!m) return tok;
  const at_entry *e = at_match_entry(m, AT_CAT_BODY);
  /* "Quân đội nhân dân": not part of the office; nor an embassy, where
   * the office is held ("Đại biện lâm thời Đại sứ quán Pháp") */
  if (at_entry_has_flag(e, "force") || at_entry_has_flag(e, "post")) *append = false;
  uint32_t end = m->tok_end;
  if (at_entry_has_flag(e, "head")) end = past_head_name(w, end); /* a generic head: its name follows */
  return past_unit_number(w, end);
}

/* English names a person after an office and the whole name of its
 * organisation: "Director of the Defence Cooperation Agency of Singapore
 * John Tan". From tok (right after what read_office read), capitalized
 * words joined by "of", "the", "for", "and" or a hyphen, up to the last word
 * that ends an organisation's name (function_words.tsv org_tail), an
 * international organisation ("Secretary-General of ASEAN X") or a state,
 * followed by two to four capitalized words and no more: the organisation
 * belongs to the office (its state, the last one named in it, to `t` when
 * it has none), and the token where the name starts is returned; else tok. */
static uint32_t past_organisation(const walker *w, uint32_t tok, titles *t) {
  const attache_doc *doc = w->doc;
  uint32_t i = tok, name_from = tok;
  const char *state = NULL;
  while (i < w->s->tok_end) {
    const at_token *x = AT_TOK(doc, i);
    bool cap = x->kind == AT_TOK_WORD && (x->flags & AT_TOKF_CAP);
    bool joint = at_tok_word(doc, i, AT_ROLE_NAME_JOINT) || (is_dash(w, i) && !(x->flags & AT_TOKF_SPACE));
    if (!cap && !joint) break;
    if (match_starting(w, i, AT_CAT_RANK) || match_starting(w, i, AT_CAT_POSITION) ||
        match_starting(w, i, AT_CAT_HONORIFIC))
      break; /* the next person's title */
    const at_match *m;
    if ((m = match_starting(w, i, AT_CAT_COUNTRY))) {
      state = at_match_entry(m, AT_CAT_COUNTRY)->value;
      i = name_from = m->tok_end;
      continue;
    }
    if (((m = match_starting(w, i, AT_CAT_FUNCTION)) && at_match_value(m, AT_CAT_FUNCTION, "org_tail")) ||
        (m = match_starting(w, i, AT_CAT_ORG))) {
      i = name_from = m->tok_end;
      continue;
    }
    i++;
  }
  while (i > name_from && !(AT_TOK(doc, i - 1)->flags & AT_TOKF_CAP)) i--; /* "... Kenji Sato and" */
  if (name_from == tok || i - name_from < 2 || i - name_from > 4) return tok;
  for (uint32_t k = name_from; k < i; k++)
    if (!(AT_TOK(doc, k)->kind == AT_TOK_WORD && (AT_TOK(doc, k)->flags & AT_TOKF_CAP))) return tok;
  if (state && !t->country) t->country = state;
  return name_from;
}

/* Reads an office at tok: POSITION [BODY...] [nước] [COUNTRY]. Fills `t` when
 * the office is a main one (not a party title) and `t` has none yet. Returns
 * the token after it, or tok when there is no office there. */
/* English names the body or the state after the office, behind "of" or "of
 * the" (a body also behind "in the"): the token where that match of `cat`
 * starts, else tok itself. */
static uint32_t past_of(const walker *w, uint32_t tok, at_category cat) {
  if (cat == AT_CAT_BODY && at_tok_word(w->doc, tok, AT_ROLE_IN) && at_tok_word(w->doc, tok + 1, AT_ROLE_DEFINITE) &&
      match_starting(w, tok + 2, cat))
    return tok + 2; /* "Deputy Secretary in the Department of ..." */
  if (!at_tok_word(w->doc, tok, AT_ROLE_OF)) return tok;
  if (match_starting(w, tok + 1, cat)) return tok + 1;
  if (at_tok_word(w->doc, tok + 1, AT_ROLE_DEFINITE) && match_starting(w, tok + 2, cat)) return tok + 2;
  return tok;
}

/* English names a body no list knows after the office, behind "of" or "of
 * the": capitalized words joined by "of", "the", "and", "for" or a hyphen
 * (a unit's number after a word), ending with a word that ends an
 * organisation's name (function_words.tsv org_tail) or a body, and maybe its
 * field behind "of" ("Deputy Director of the Foreign Relations Department",
 * "Vice Director of the Vietnam Department of Peacekeeping Operations",
 * "Deputy Political Commissar of Naval Region 2"). It is the office's when a
 * mark, a lower-case word or a rank follows it, not a name: the token after
 * it is returned (its last state to *state), else tok. */
static const at_match *rank_starting(const walker *w, uint32_t tok);
static uint32_t past_named_body(const walker *w, uint32_t tok, const char **state, bool possessive) {
  const attache_doc *doc = w->doc;
  uint32_t i = tok + 2, good = tok;
  if (!possessive) {
    if (!at_tok_word(doc, tok, AT_ROLE_OF)) return tok;
    i = tok + 1;
    if (at_tok_word(doc, i, AT_ROLE_DEFINITE)) i++;
  } else if (!at_possessive_at(doc, tok)) {
    return tok;
  }
  const char *last_state = NULL, *good_state = NULL;
  bool field = false; /* reading the field behind "of" after a good end */
  while (i < w->s->tok_end) {
    const at_token *x = AT_TOK(doc, i);
    bool cap = x->kind == AT_TOK_WORD && (x->flags & AT_TOKF_CAP);
    if (x->kind == AT_TOK_NUM && i == good && i > tok + 1) {
      good = ++i; /* "Naval Region 2" */
      continue;
    }
    if (x->kind != AT_TOK_PUNCT && isdigit((unsigned char)doc->text[x->start])) cap = true; /* "7th Fleet" */
    if (!cap) {
      bool joint = at_tok_word(doc, i, AT_ROLE_NAME_JOINT) || (is_dash(w, i) && !(x->flags & AT_TOKF_SPACE));
      if (!joint) break;
      field = i == good && at_tok_word(doc, i, AT_ROLE_OF);
      i++;
      continue;
    }
    if (match_starting(w, i, AT_CAT_RANK) || match_starting(w, i, AT_CAT_POSITION) ||
        match_starting(w, i, AT_CAT_HONORIFIC))
      break;
    const at_match *m;
    if ((m = match_starting(w, i, AT_CAT_COUNTRY))) {
      last_state = at_match_entry(m, AT_CAT_COUNTRY)->value;
      field = false;
      i = m->tok_end;
      continue;
    }
    if (((m = match_starting(w, i, AT_CAT_FUNCTION)) && at_match_value(m, AT_CAT_FUNCTION, "org_tail")) ||
        (m = match_starting(w, i, AT_CAT_ORG)) || (m = match_starting(w, i, AT_CAT_BODY))) {
      i = good = m->tok_end;
      good_state = last_state;
      field = false;
      continue;
    }
    i++;
    if (field && (i >= w->s->tok_end || !(AT_TOK(doc, i)->kind == AT_TOK_WORD && (AT_TOK(doc, i)->flags & AT_TOKF_CAP))))
      good = i; /* "... Department of Peacekeeping Operations," */
  }
  if (good == tok) return tok;
  const at_token *after = good < w->s->tok_end ? AT_TOK(doc, good) : NULL;
  if (after && after->kind == AT_TOK_WORD && (after->flags & AT_TOKF_CAP) && !rank_starting(w, good)) return tok;
  if (good_state) *state = good_state;
  return good;
}

/* The match at tok when it ends an organisation's name: its last word
 * (function_words.tsv org_tail: "Security Affairs") or a body the lists
 * know whole (bodies.tsv: "Foreign Affairs", whose "Affairs" it covers). */
static const at_match *ends_a_body(const walker *w, uint32_t tok) {
  const at_match *m = match_starting(w, tok, AT_CAT_FUNCTION);
  if (m && at_match_value(m, AT_CAT_FUNCTION, "org_tail")) return m;
  return match_starting(w, tok, AT_CAT_BODY);
}

/* English: the office's field, capitalized words joined by "and" or
 * commas, is part of it when a body follows behind "at the" or "of the"
 * ("... at the French Ministry of the Armed Forces"), whose state said
 * before it is the office's (to *state, when none yet); without that body,
 * the words may be the name's. Behind "for" (any_words) the field may be
 * any such words ("Director General for International Relations and
 * Strategy"); right after the office or behind "of" only a list with a
 * comma, no title or family name in it ("Deputy Secretary Strategy, Policy
 * and Industry at the Australian Department of Defence, X", "Deputy
 * Secretary of Strategy, Policy, and Industry at ..."), which no name is;
 * or no field, the body right after the office or after its named field
 * ("Assistant Secretary at the Australian Department of Defence", "Deputy
 * Permanent Secretary of Policy and Strategy at the Brunei Defence
 * Ministry"): the office is that state's, not the one told before it.
 * From end (right after the office): the token after the body, and the
 * office's text ends before "at" (*text_end, when it ended at end); else
 * end. */
static uint32_t past_field_and_body(const walker *w, uint32_t end, bool any_words, const char **state,
                                    uint32_t *text_end) {
  const attache_doc *doc = w->doc;
  uint32_t from = any_words || at_tok_word(doc, end, AT_ROLE_OF) ? end + 1 : end;
  uint32_t i = from;
  bool comma = false;
  while (i < w->s->tok_end) {
    bool cap = AT_TOK(doc, i)->kind == AT_TOK_WORD && (AT_TOK(doc, i)->flags & AT_TOKF_CAP);
    if (cap && !any_words &&
        (match_starting(w, i, AT_CAT_RANK) || match_starting(w, i, AT_CAT_POSITION) ||
         match_starting(w, i, AT_CAT_HONORIFIC) || match_starting(w, i, AT_CAT_FAMILY)))
      break; /* a person's title or name: no field */
    bool comma_here = i > from && is_punct(w, i, ",");
    uint32_t next = i + 1 + (comma_here && at_tok_word(doc, i + 1, AT_ROLE_AND)); /* ", and Industry" */
    /* "for Indo-Pacific Security Affairs": a hyphen inside a word joins it */
    bool hyphen = is_dash(w, i) && !(AT_TOK(doc, i)->flags & AT_TOKF_SPACE) && next < w->s->tok_end &&
                  !(AT_TOK(doc, next)->flags & AT_TOKF_SPACE);
    bool joint = (comma_here || hyphen || at_tok_word(doc, i, AT_ROLE_AND)) && i > from && next < w->s->tok_end &&
                 (AT_TOK(doc, next)->flags & AT_TOKF_CAP);
    if (!cap && !joint) break;
    comma |= comma_here;
    i = joint ? next : i + 1;
  }
  bool field = i > from && (any_words || comma);
  bool no_field = i == from && from == end; /* "Assistant Secretary at the Australian Department of Defence" */
  /* "State Secretary for Defence of Germany X", "Deputy Assistant Secretary
   * of Defence for South and Southeast Asia of the US X", "Assistant
   * Secretary of Defense for Asian and Pacific Security Affairs for the
   * United States X": a field behind "for" ends at its state, named behind
   * "of" or "for" (and "the"); the state is the office's, and the office's
   * text ends before it. */
  if (field && any_words && (at_tok_word(doc, i, AT_ROLE_OF) || at_tok_word(doc, i, AT_ROLE_OFFICE_FOR))) {
    uint32_t at = i + 1 + (i + 1 < w->s->tok_end && at_tok_word(doc, i + 1, AT_ROLE_DEFINITE));
    const at_match *c = match_starting(w, at, AT_CAT_COUNTRY);
    bool append;
    if (c && read_body(w, c->tok_end, &append) == c->tok_end) {
      if (!*state) *state = at_match_entry(c, AT_CAT_COUNTRY)->value;
      if (*text_end == end) *text_end = i;
      return c->tok_end;
    }
  }
  /* "X, US Assistant Secretary of Defense for Indo-Pacific Security
   * Affairs, said": a field behind "for" that ends with the last word of an
   * organisation's name (function_words.tsv org_tail), or with a body the
   * lists know ("Minister for Foreign Affairs X"), is the office's when a
   * mark or the sentence's end follows it, or two to four capitalized words,
   * the holder's name, and then no more ("Assistant Secretary of State for
   * East Asian and Pacific Affairs Jane Roe and ..."), none of them a
   * word that ends a name of its own ("Security Affairs Jane Roe"): the
   * first such end. */
  if (field && any_words) {
    uint32_t field_end = end;
    for (uint32_t k = from; k < i && field_end == end; k++) {
      const at_match *tail = ends_a_body(w, k);
      if (!tail || tail->tok_end > i) continue;
      uint32_t name = tail->tok_end;
      bool more_field = false; /* "Security Affairs Jane Roe": the field goes on */
      while (name < w->s->tok_end && AT_TOK(doc, name)->kind == AT_TOK_WORD && (AT_TOK(doc, name)->flags & AT_TOKF_CAP)) {
        more_field |= ends_a_body(w, name) != NULL;
        name++;
      }
      uint32_t words = name - tail->tok_end;
      bool closed = name >= w->s->tok_end || AT_TOK(doc, name)->kind != AT_TOK_WORD;
      if (!more_field && ((words == 0 && closed && !is_dash(w, name)) || (words >= 2 && words <= 4)))
        field_end = tail->tok_end;
    }
    if (field_end != end) {
      if (*text_end == end) *text_end = field_end;
      return field_end;
    }
  }
  if (!(field || no_field) || !at_tok_word(doc, i, AT_ROLE_OFFICE_LINK) ||
      !at_tok_word(doc, i + 1, AT_ROLE_DEFINITE))
    return end;
  const at_match *c = match_starting(w, i + 2, AT_CAT_COUNTRY);
  uint32_t at = c ? c->tok_end : i + 2;
  bool append;
  uint32_t next = read_body(w, at, &append);
  if (next == at) return end;
  if (c && !*state) *state = at_match_entry(c, AT_CAT_COUNTRY)->value;
  if (*text_end == end) *text_end = i;
  return next;
}

static uint32_t past_ship_name(const walker *w, uint32_t tok);
static uint32_t read_office(const walker *w, uint32_t tok, titles *t) {
  const at_match *m = match_starting(w, tok, AT_CAT_POSITION);
  if (!m) return tok;
  const at_entry *e = at_match_entry(m, AT_CAT_POSITION);
  uint32_t end = m->tok_end, text_end = m->tok_end;
  /* "Trưởng ban Đối ngoại Trung ương": an office that ends with its body's
   * generic head (positions.tsv named) has that body's name after it. */
  if (at_entry_has_flag(e, "named")) end = text_end = past_unit_number(w, past_head_name(w, end)); /* "Đội Công binh số 2" */
  const char *body_country = NULL;
  bool local_body = false; /* the last body read is a province's or city's (bodies.tsv place_after) */
  for (int bodies = 0; bodies < 3; bodies++) {
    bool append;
    uint32_t at = past_of(w, end, AT_CAT_BODY); /* "Chief of the Royal Australian Navy" */
    const at_match *body = match_starting(w, at, AT_CAT_BODY);
    uint32_t next = read_body(w, at, &append);
    if (next == at) break;
    local_body = body && at_entry_has_flag(at_match_entry(body, AT_CAT_BODY), "place_after");
    /* A body that belongs to one state says whose office it is ("Royal Australian Navy"). */
    const char *owner = body ? at_match_entry(body, AT_CAT_BODY)->value : NULL;
    if (owner && strlen(owner) == 2 && !body_country) body_country = owner;
    /* "Chính ủy Quân khu Quảng Tây", "Chi đội trưởng Chi đội Quản lý biên
     * giới Bằng Tường": a body named by a place of another state is that
     * state's. */
    for (uint32_t k = at; !body_country && !(w->s->flags & AT_SENT_ENGLISH) && k < next; k++) {
      const at_match *place = match_starting(w, k, AT_CAT_PLACE);
      const char *where = place ? at_match_entry(place, AT_CAT_PLACE)->value : NULL;
      if (where && strlen(where) == 2 && at_strcmp(where, "VN")) body_country = where;
    }
    if (append && text_end == end) text_end = next;
    end = next;
  }
  /* "Director of the Defence Policy Office at the Singaporean Ministry of
   * Defence", "Director of Defence Policy Office of Singapore Col X": a
   * body the lists know may begin a longer name that runs on to the word
   * ending it; the office is that body's. */
  if ((w->s->flags & AT_SENT_ENGLISH) && end > m->tok_end && text_end == end && at_tok_word(w->doc, m->tok_end, AT_ROLE_OF)) {
    const char *state = NULL;
    uint32_t further = past_named_body(w, m->tok_end, &state, false);
    /* not past a state that begins a name of its own: "Deputy Commander of
     * Naval Region 4 Vietnamese Peoples Navy" (the force, no part of it) */
    for (uint32_t k = end; k < further; k++)
      if (match_starting(w, k, AT_CAT_COUNTRY)) further = end;
    if (further > end) {
      if (state && !body_country) body_country = state;
      end = text_end = further;
      end = past_field_and_body(w, end, false, &body_country, &text_end); /* "... at the Singaporean Ministry of Defence" */
    }
  }
  if ((w->s->flags & AT_SENT_ENGLISH) && end == m->tok_end) end = past_field_and_body(w, end, false, &body_country, &text_end);
  if ((w->s->flags & AT_SENT_ENGLISH) && end == m->tok_end) {
    const char *state = NULL;
    uint32_t next = past_named_body(w, end, &state, false);
    if (next != end) {
      if (state && !body_country) body_country = state;
      end = text_end = next;
      end = past_field_and_body(w, end, false, &body_country, &text_end); /* "... of Policy and Strategy at the ..." */
    }
  }
  /* "Chỉ huy trưởng tàu USS X", "Hạm trưởng tàu HQ-012": a command's
   * office (positions.tsv commander, deputy_commander) before a word for a
   * ship has that ship after it, named as read_ship_command reads it; a
   * rank or an office in the name's place opens the next person's title. */
  bool vietnamese_office = !(w->s->flags & AT_SENT_ENGLISH);
  if (vietnamese_office && end == m->tok_end &&
      (!at_strcmp(e->value, "commander") || !at_strcmp(e->value, "deputy_commander"))) {
    const at_match *ship = match_starting(w, end, AT_CAT_FUNCTION);
    if (ship && at_match_value(ship, AT_CAT_FUNCTION, "ship")) {
      uint32_t ship_end = past_ship_name(w, ship->tok_end);
      for (uint32_t k = ship->tok_end; k < ship_end; k++)
        if (rank_starting(w, k) || match_starting(w, k, AT_CAT_POSITION)) ship_end = ship->tok_end;
      end = text_end = ship_end;
    }
  }
  /* "Tổng thư ký ASEAN", "Phó Tổng thư ký Liên hợp quốc": an international
   * organisation right after the office is part of it, and the office is
   * of no state. */
  bool of_organisation = false;
  const at_match *intl = !(w->s->flags & AT_SENT_ENGLISH) && end == m->tok_end ? match_starting(w, end, AT_CAT_ORG) : NULL;
  if (intl) {
    of_organisation = true;
    end = text_end = intl->tok_end;
  }
  /* "Giám đốc Ty Công an tỉnh Ratanakiri", "Chỉ huy trưởng Bộ Chỉ huy Quân
   * sự tỉnh Hủa Phăn": a body of a province (function_words.tsv place_word)
   * is that province's state's, Vietnam's too ("Chỉ huy trưởng Bộ Chỉ huy
   * Quân sự tỉnh Điện Biên": a holder of a family name the lists do not
   * know, "Mùa A X", is not of the state his guests come from); the
   * province is part of the office. A province's own office names it right
   * after itself: "Phó Tỉnh trưởng tỉnh Kampot", "Tỉnh trưởng tỉnh Attapeu"
   * (the office is "Phó Tỉnh trưởng"). */
  bool vietnamese = !(w->s->flags & AT_SENT_ENGLISH);
  /* "Chủ tịch UBND Hải Phòng X", "Chủ tịch UBND TP Hồ Chí Minh X": a
   * people's committee (bodies.tsv place_after) may name its city right
   * after it, with no word for a place; the city is part of the office, not
   * the start of the holder's name. */
  if (vietnamese && local_body && end == text_end) {
    const at_match *city = match_starting(w, end, AT_CAT_PLACE);
    const at_entry *c = city ? at_match_entry(city, AT_CAT_PLACE) : NULL;
    if (c && strlen(c->value) == 2) {
      if (!body_country) body_country = c->value;
      end = text_end = city->tok_end;
    }
  }
  /* After a people's committee, "TP" (function_words.tsv city_abbr) is its
   * word for a place: "Chủ tịch UBND TP Đà Nẵng X", "Chủ tịch UBND TP X". */
  const at_match *pw = end > m->tok_end || vietnamese ? match_starting(w, end, AT_CAT_FUNCTION) : NULL;
  if (pw && (at_match_value(pw, AT_CAT_FUNCTION, "place_word") ||
             (local_body && at_match_value(pw, AT_CAT_FUNCTION, "city_abbr")))) {
    /* "Chủ tịch UBND TP. Đà Nẵng": the abbreviation's own dot */
    uint32_t place_at = pw->tok_end;
    if (local_body && at_match_value(pw, AT_CAT_FUNCTION, "city_abbr") && place_at < w->s->tok_end &&
        is_punct(w, place_at, ".") && !(AT_TOK(w->doc, place_at)->flags & AT_TOKF_SPACE))
      place_at++;
    const at_match *province = match_starting(w, place_at, AT_CAT_PLACE);
    const at_entry *p = province ? at_match_entry(province, AT_CAT_PLACE) : NULL;
    /* "Chủ tịch UBND tỉnh có buổi tiếp", "Chủ tịch HĐND tỉnh, Trưởng ban",
     * "Chính ủy Bộ Chỉ huy Quân sự tỉnh; Đại tá X": a word for a place with
     * a lower-case word or a mark after it, or the sentence's end, names no
     * place; it is the office's, of the province the story is about. */
    bool word_closes = vietnamese && !province && pw->tok_end == place_at &&
                       (pw->tok_end >= w->s->tok_end || AT_TOK(w->doc, pw->tok_end)->kind != AT_TOK_WORD ||
                        !(AT_TOK(w->doc, pw->tok_end)->flags & AT_TOKF_CAP));
    if (p && strlen(p->value) == 2) {
      if (!body_country) body_country = p->value;
      if (text_end == end && end > m->tok_end) text_end = province->tok_end;
      end = province->tok_end;
    } else if (word_closes) {
      if (text_end == end) text_end = pw->tok_end;
      end = pw->tok_end;
    } else if (!province && vietnamese && pw->tok_end < w->s->tok_end && is_vietnamese_name(w, pw->tok_end) &&
               !family_only_after_title(w, pw->tok_end) && !match_starting(w, pw->tok_end, AT_CAT_COUNTRY) &&
               name_run(w, pw->tok_end, false) >= 2) {
      /* "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lê Văn X": the office ends
       * in its word for a place with no province named; a name opening
       * with a family name (no place or state known) after it is the
       * holder's, and the word is the office's. */
      if (text_end == end) text_end = pw->tok_end;
      end = pw->tok_end;
    }
  }
  if ((w->s->flags & AT_SENT_ENGLISH) && at_tok_word(w->doc, end, AT_ROLE_OFFICE_FOR)) {
    end = past_field_and_body(w, end, true, &body_country, &text_end);
  }
  /* "Bộ trưởng Quốc phòng nước Lào", "Minister of National Defense of Vietnam",
   * "Minister of Defence of the Russian Federation" */
  if (at_tok_word(w->doc, end, AT_ROLE_STATE_WORD) && match_starting(w, end + 1, AT_CAT_COUNTRY))
    end++;
  else
    end = past_of(w, end, AT_CAT_COUNTRY);
  const at_match *c = match_starting(w, end, AT_CAT_COUNTRY);
  const char *country = body_country;
  /* An office only one state has ("Secretary of Defense": positions.tsv
   * state:US) is that state's, where no state is named with it, before
   * it too ("Cambodian Secretary of State for Defence General X": the
   * title is written in the British way, the office Cambodia's). */
  size_t state_len;
  const char *state = at_entry_flag_value(e, "state", &state_len);
  if (state && !country && !t->country) country = at_arena_strndup(w->doc->arena, state, state_len);
  if (c) {
    country = at_match_entry(c, AT_CAT_COUNTRY)->value;
    end = skip_brackets(w, c->tok_end);
  }
  /* "Commander of the US Navy's 7th Fleet", "Secretary of Russia's
   * Security Council": English goes on naming the body after a possessive;
   * it is part of the office, before a name too. */
  if ((w->s->flags & AT_SENT_ENGLISH) && end > m->tok_end && at_possessive_at(w->doc, end)) {
    const char *owner = NULL;
    uint32_t next = past_named_body(w, end, &owner, true);
    if (next == end) {
      titles org = {0};
      uint32_t name = past_organisation(w, end + 2, &org);
      if (name != end + 2) next = name, owner = org.country;
    }
    if (next != end) {
      if (owner && !country) country = owner;
      end = text_end = next;
    }
  }
  /* An ambassador's or attaché's post: "Đại sứ Hoa Kỳ tại Việt Nam",
   * "Ambassador to Japan"; English puts an article before some states'
   * names ("Ambassador to the US", "Defence Attaché in the Philippines"). */
  const char *post = NULL;
  const at_match *post_word = match_starting(w, end, AT_CAT_FUNCTION);
  if ((at_match_value(m, AT_CAT_POSITION, "ambassador") || at_match_value(m, AT_CAT_POSITION, "attache")) &&
      post_word && at_match_value(post_word, AT_CAT_FUNCTION, "post") && post_word->tok_end == end + 1) {
    uint32_t state_at = end + 1;
    if ((w->s->flags & AT_SENT_ENGLISH) && state_at < w->s->tok_end && at_tok_word(w->doc, state_at, AT_ROLE_DEFINITE))
      state_at++;
    const at_match *c2 = match_starting(w, state_at, AT_CAT_COUNTRY);
    /* a second state he is accredited to as well: "Ambassador to Ukraine
     * and Moldova", "Defence Attaché to Vietnam and Laos" */
    const at_match *also = c2 && c2->tok_end + 1 < w->s->tok_end && at_tok_word(w->doc, c2->tok_end, AT_ROLE_AND)
                               ? match_starting(w, c2->tok_end + 1, AT_CAT_COUNTRY)
                               : NULL;
    if (also) c2 = also;
    if (c2) {
      post = at_tok_text(w->doc, end, c2->tok_end);
      end = c2->tok_end;
    }
  }
  /* A consul's post is a city: "Tổng Lãnh sự Hoa Kỳ tại TP Hồ Chí Minh",
   * "Tổng lãnh sự tại thành phố Vladivostok"; so is an embassy's, where an
   * attaché or ambassador serves ("Tùy viên Quân sự Đại sứ quán Mỹ tại Hà
   * Nội, Đại tá X"). */
  bool city_post = at_match_value(m, AT_CAT_POSITION, "consul") || at_match_value(m, AT_CAT_POSITION, "ambassador") ||
                   at_match_value(m, AT_CAT_POSITION, "attache");
  if (!post && city_post && post_word && at_match_value(post_word, AT_CAT_FUNCTION, "post") &&
      post_word->tok_end == end + 1) {
    uint32_t at = end + 1;
    const at_match *pw2 = match_starting(w, at, AT_CAT_FUNCTION);
    if (pw2 && at_match_value(pw2, AT_CAT_FUNCTION, "place_word")) at = pw2->tok_end;
    /* "Tổng lãnh sự Nga tại TP Đà Nẵng", "tại TP. Đà Nẵng": a city's
     * abbreviation (function_words.tsv city_abbr) with its own dot */
    else if (pw2 && at_match_value(pw2, AT_CAT_FUNCTION, "city_abbr")) {
      at = pw2->tok_end;
      if (at < w->s->tok_end && is_punct(w, at, ".") && !(AT_TOK(w->doc, at)->flags & AT_TOKF_SPACE)) at++;
    }
    const at_match *city = match_starting(w, at, AT_CAT_PLACE);
    /* English: where the city closes an apposition (", Vietnam's naval
     * attaché in Jakarta,"); elsewhere "in Hanoi" after an office may be
     * where the happening was. */
    if (city && (w->s->flags & AT_SENT_ENGLISH) &&
        (city->tok_end >= w->s->tok_end || !is_punct(w, city->tok_end, ",")))
      city = NULL;
    if (city) {
      post = at_tok_text(w->doc, end, city->tok_end);
      end = city->tok_end;
    }
  }
  /* "Đồn trưởng ... - Trưởng đoàn phía Trung Quốc": the side a head of
   * delegation leads is his own, whichever office is the main one. */
  if (at_entry_has_flag(e, "side") && country) {
    t->country = country;
    t->sided = true;
  }
  /* "Bí thư Tỉnh ủy Tây Ninh Nguyễn Văn X": the province or city named
   * right after its party committee's title (positions.tsv attr
   * place_after) is the title's, not the start of the name. */
  if (at_entry_is(e, AT_FLAG_PARTY) && at_entry_has_flag(e, "place_after") && end < w->s->tok_end) {
    const at_match *place = match_starting(w, end, AT_CAT_PLACE);
    if (place) {
      /* and says the holder's state: "Bí thư Tỉnh ủy Điện Biên Mùa A X" */
      const char *where = at_match_entry(place, AT_CAT_PLACE)->value;
      if (!t->country && strlen(where) == 2) t->country = where;
      end = place->tok_end;
    }
  }
  if (!at_entry_is(e, AT_FLAG_PARTY)) {
    const char *text = at_tok_text(w->doc, tok, text_end);
    if (post) {
      size_t a = strlen(text), b = strlen(post);
      char *joined = at_arena_alloc(w->doc->arena, a + b + 2);
      memcpy(joined, text, a);
      joined[a] = ' ';
      memcpy(joined + a + 1, post, b + 1);
      text = joined;
    }
    /* The first office named is the main one, except that a defense office
     * outranks a deputy premiership here ("Phó Thủ tướng, Bộ trưởng Bộ
     * Quốc phòng"): this is a record of defense relations. */
    bool defense = strstr(text, "Quốc phòng") || strstr(text, "quốc phòng");
    if (!t->position || (defense && t->position_class && !at_strcmp(t->position_class, "deputy_head_of_government"))) {
      t->position = text;
      t->position_class = e->value;
      if (country) t->country = country;
      if (of_organisation && !t->country) t->international = true;
    } else if (country && !t->country) {
      /* "Tổng Bí thư, Chủ tịch nước Lào X": the state told after a later
       * office is its holder's, whichever office is the main one. */
      t->country = country;
    }
  }
  if (w->s->flags & AT_SENT_ENGLISH) {
    titles org = {0};
    uint32_t name = past_organisation(w, end, &org);
    if (name != end && org.country && !t->country) t->country = org.country;
    end = name;
  }
  return end;
}

/* A one-syllable function or modal word that is nothing more ("sang",
 * "trong", "tại"): capitalized inside a name, it is a syllable of it. */
static bool small_word_at(const at_match *mt) {
  return mt->tok_end - mt->tok_start == 1 && (at_match_entry(mt, AT_CAT_FUNCTION) || at_match_entry(mt, AT_CAT_MODAL)) &&
         !at_match_entry(mt, AT_CAT_CUE) && !at_match_entry(mt, AT_CAT_RANK) && !at_match_entry(mt, AT_CAT_POSITION) &&
         !at_match_entry(mt, AT_CAT_HONORIFIC);
}

/* True when a capitalized word at tok can be part of a name. Inside a name
 * (one that began with a family name, or follows a title), a one-syllable
 * place or country word is a name too ("Nguyễn Đức Thành": "Đức" is not
 * Germany here; "bà Florence Parly": not the city). */
static bool name_syllable_matched(const walker *w, uint32_t tok, bool inside_family_name);
__attribute__((always_inline)) static inline bool name_syllable(const walker *w, uint32_t tok, bool inside_family_name) {
  if (tok >= w->s->tok_end) return false;
  const at_token *t = AT_TOK(w->doc, tok);
  if (t->kind != AT_TOK_WORD || !(t->flags & AT_TOKF_CAP)) return false; /* most tokens: inline */
  return name_syllable_matched(w, tok, inside_family_name);
}
static bool name_syllable_matched(const walker *w, uint32_t tok, bool inside_family_name) {
  const at_token *t = AT_TOK(w->doc, tok);
  if ((t->flags & AT_TOKF_UPPER) && t->end - t->start > 3) return false; /* acronyms */
  long m = at_match_at(w->doc, w->s, tok);
  if (m < 0) return true;
  const at_match *mt = AT_MATCH(w->doc, m);
  if (mt->tok_end - mt->tok_start == 1 && at_match_entry(mt, AT_CAT_FAMILY)) return true;
  if (!inside_family_name) return false; /* the rest are name syllables only inside a name */
  /* "Nguyễn Tân Cương": "Tân Cương" (Xinjiang) inside a name is a name; a
   * country of several syllables stays a country ("Đoàn Hoa Kỳ"). */
  bool one = mt->tok_end - mt->tok_start == 1;
  /* "Hong Sang Yong": a small Vietnamese word ("sang", "tại") written with
   * a capital inside a name is part of it (English capitalizes words of
   * titles: "Defence Forces"; there only a name begun with a family name
   * takes one, see name_run). */
  bool small_word = !(w->s->flags & AT_SENT_ENGLISH) && small_word_at(mt);
  /* "Dong Jun", "Sonny May": a month's short name inside a name is a name,
   * unless a day follows it ("... on Jun 5"). */
  const at_entry *date_word = one ? at_match_entry(mt, AT_CAT_DATEWORD) : NULL;
  bool month_word = date_word && !strncmp(date_word->value, "month:", 6) && tok + 1 < w->s->tok_end &&
                    AT_TOK(w->doc, tok + 1)->kind != AT_TOK_NUM;
  /* "Nakatani Gen", "John Major": a one-word rank (its abbreviation's dot
   * too: "... Nakatani Gen." ending the sentence) inside a name with no
   * capitalized word after it is the name's last syllable (a rank stands
   * before the name it titles). */
  bool rank_word = false;
  if (at_match_entry(mt, AT_CAT_RANK) &&
      (one || (mt->tok_end - mt->tok_start == 2 && is_punct(w, tok + 1, ".")))) {
    uint32_t after = mt->tok_end;
    rank_word = !(after < w->s->tok_end && AT_TOK(w->doc, after)->kind == AT_TOK_WORD &&
                  (AT_TOK(w->doc, after)->flags & AT_TOKF_CAP));
  }
  return (one && at_match_entry(mt, AT_CAT_COUNTRY)) || at_match_entry(mt, AT_CAT_PLACE) || small_word || month_word ||
         rank_word;
}

static bool is_vietnamese_name(const walker *w, uint32_t tok);

/* A hull number at tok: capitals, a hyphen and a number, unspaced ("HQ-012"). */
static bool hull_number_at(const walker *w, uint32_t tok) {
  const attache_doc *doc = w->doc;
  return tok + 2 < w->s->tok_end && (AT_TOK(doc, tok)->flags & AT_TOKF_UPPER) && is_dash(w, tok + 1) &&
         AT_TOK(doc, tok + 2)->kind == AT_TOK_NUM && !(AT_TOK(doc, tok + 1)->flags & AT_TOKF_SPACE) &&
         !(AT_TOK(doc, tok + 2)->flags & AT_TOKF_SPACE);
}

/* A surname written in capitals after a given name ("Peter OLIVE", as
 * Vietnamese news often writes foreigners' names): capitals in Latin letters
 * that no lexicon knows (not "ASEAN", "USNS"), right after a syllable of the
 * name. */
static bool surname_in_capitals(const walker *w, uint32_t tok) {
  const at_token *t = AT_TOK(w->doc, tok), *before = AT_TOK(w->doc, tok - 1);
  return t->kind == AT_TOK_WORD && (t->flags & AT_TOKF_UPPER) && (t->flags & AT_TOKF_LATIN) && t->end - t->start > 1 &&
         before->kind == AT_TOK_WORD && !(before->flags & AT_TOKF_UPPER) && (before->flags & AT_TOKF_CAP) &&
         at_match_at(w->doc, w->s, tok) < 0;
}

/* In English, a Vietnamese name begun with a family name keeps its small
 * words: "Nguyen Phu Trong", "Truong Tan Sang" (not "Nguyen Phu"). */
static bool family_small_word(const walker *w, uint32_t tok) {
  const at_token *t = AT_TOK(w->doc, tok);
  if (!(w->s->flags & AT_SENT_ENGLISH) || t->kind != AT_TOK_WORD || !(t->flags & AT_TOKF_CAP) ||
      (t->flags & AT_TOKF_UPPER))
    return false;
  long m = at_match_at(w->doc, w->s, tok);
  return m >= 0 && AT_MATCH(w->doc, m)->tok_start == tok && small_word_at(AT_MATCH(w->doc, m));
}

/* A one-syllable family name at tok, all its match ("Luc" in "Jean-Luc"). */
static bool family_syllable(const walker *w, uint32_t tok) {
  long m = at_match_at(w->doc, w->s, tok);
  if (m < 0) return false;
  const at_match *mt = AT_MATCH(w->doc, m);
  return mt->tok_start == tok && mt->tok_end == tok + 1 && at_match_entry(mt, AT_CAT_FAMILY);
}

/* "Wallerand Faivre d'Arcier": a surname with an elided particle (one small
 * letter, an apostrophe, a capital: one token) is part of the name. */
static bool elided_particle(const walker *w, uint32_t tok) {
  const at_token *t = AT_TOK(w->doc, tok);
  const char *x = w->doc->text + t->start;
  size_t n = t->end - t->start;
  if (t->kind != AT_TOK_WORD || n < 3 || x[0] < 'a' || x[0] > 'z') return false;
  size_t after = x[1] == '\'' ? 2 : (n > 4 && !memcmp(x + 1, "\xE2\x80\x99", 3)) ? 4 : 0;
  return after && after < n && x[after] >= 'A' && x[after] <= 'Z' && at_match_at(w->doc, w->s, tok) < 0;
}

/* "Xu-ra-xắc Kan-chăn-ra-tơ": Vietnamese writes a Thai, Lao or Khmer name
 * in its own syllables joined by hyphens, and a small syllable after a
 * hyphen is the name's even where it is a Vietnamese word too ("ra", "la",
 * "xa"): Vietnamese joins none of its own words so. `dash` is the hyphen. */
static bool phonetic_syllable(const walker *w, uint32_t dash) {
  return !(w->s->flags & AT_SENT_ENGLISH) && is_dash(w, dash) && !(AT_TOK(w->doc, dash + 1)->flags & AT_TOKF_CAP);
}

/* "Pra-vit Vông-sụ- văn", "Ri-sa- đơ Xô- va": a hyphen written against the
 * syllable before it, then a space and a small syllable, still joins a
 * foreign name written in Vietnamese syllables (a stray space, as in
 * "Mát- xcơ- va"). The syllable after must be no lexicon word of its own
 * ("Yamazaki- tham mưu trưởng" is a name, a dash and an office), and a
 * Vietnamese name, which joins nothing by hyphens, takes none. */
static bool spaced_phonetic_syllable(const walker *w, uint32_t dash, bool family) {
  if (family || !phonetic_syllable(w, dash) || dash + 1 >= w->s->tok_end) return false;
  const at_token *d = AT_TOK(w->doc, dash), *x = AT_TOK(w->doc, dash + 1);
  return !(d->flags & AT_TOKF_SPACE) && (x->flags & AT_TOKF_SPACE) && x->kind == AT_TOK_WORD &&
         (at_match_at(w->doc, w->s, dash + 1) < 0 || family_syllable(w, dash + 1));
}

/* "Đại tá Khăm Phun - Xay Nha Vông, Chỉ huy trưởng ...": Vietnamese news
 * writes a Lao (or Khmer) name's parts apart, a dash with spaces between
 * them. After a rank or office, a spaced dash between a foreign name's
 * syllables and a capitalized syllable no list knows (a family syllable
 * aside) and then another capitalized syllable continues the name (the
 * part after the dash runs two syllables or more: "Sỉ Hả Vông"); a dash
 * before an office, a body or a place, or before one capital and a small
 * word ("Cơ trưởng", an office the lists do not know) is the name's
 * apposition. A Vietnamese name (family) joins nothing so. */
static bool spaced_name_dash(const walker *w, uint32_t dash, bool family, bool after_title) {
  if (family || !after_title || (w->s->flags & AT_SENT_ENGLISH) || dash + 2 >= w->s->tok_end) return false;
  const at_token *d = AT_TOK(w->doc, dash), *x = AT_TOK(w->doc, dash + 1), *y = AT_TOK(w->doc, dash + 2);
  return is_dash(w, dash) && (d->flags & AT_TOKF_SPACE) && (x->flags & AT_TOKF_SPACE) && x->kind == AT_TOK_WORD &&
         (x->flags & AT_TOKF_CAP) && !(x->flags & AT_TOKF_UPPER) && y->kind == AT_TOK_WORD && (y->flags & AT_TOKF_CAP) &&
         (at_match_at(w->doc, w->s, dash + 1) < 0 || family_syllable(w, dash + 1));
}

/* "Thoong-xinh Thăm-ma-vông": a capitalized syllable hyphened to the next
 * one inside a name is a word of the name written in Vietnamese syllables,
 * even where it is a Vietnamese word ("Thăm", a visit), though not a state's
 * or place's name so written ("Ma-lai-xi-a"). */
static bool phonetic_word_at(const walker *w, uint32_t tok) {
  if (w->s->flags & AT_SENT_ENGLISH || tok + 2 >= w->s->tok_end) return false;
  const at_token *x = AT_TOK(w->doc, tok);
  if (x->kind != AT_TOK_WORD || !(x->flags & AT_TOKF_CAP) || !phonetic_syllable(w, tok + 1) ||
      (AT_TOK(w->doc, tok + 1)->flags & AT_TOKF_SPACE) || (AT_TOK(w->doc, tok + 2)->flags & AT_TOKF_SPACE) ||
      AT_TOK(w->doc, tok + 2)->kind != AT_TOK_WORD)
    return false;
  return !match_starting(w, tok, AT_CAT_COUNTRY) && !match_starting(w, tok, AT_CAT_PLACE);
}

/* Does a word for a place ("tỉnh", "thành phố", "khu vực") or a unit's
 * kind ("Chi đội", "Trạm kiểm tra biên phòng") end right before tok? */
static bool place_word_before(const walker *w, uint32_t tok) {
  if (tok <= w->s->tok_start) return false;
  for (uint32_t m = w->s->match_start; m < w->s->match_end; m++) {
    const at_match *mt = AT_MATCH(w->doc, m);
    if (mt->tok_start >= tok) break;
    if (mt->tok_end != tok) continue;
    if (at_match_value(mt, AT_CAT_FUNCTION, "place_word") || at_match_value(mt, AT_CAT_FUNCTION, "area") ||
        at_match_value(mt, AT_CAT_FUNCTION, "city_abbr") || /* "TP Hồ Chí Minh", misspelt or not */
        at_match_value(mt, AT_CAT_FUNCTION, "street")) /* "đường Lê Duẩn" */
      return true;
    /* "Chi đội Quản lý biên giới Hồng Hà": a unit named by its kind (bodies.tsv head) */
    const at_entry *body = at_match_entry(mt, AT_CAT_BODY);
    if (body && at_entry_has_flag(body, "head")) return true;
  }
  return false;
}

/* Does "(ACRONYM)" end right before tok: one word in capitals in brackets? */
static bool acronym_gloss_before(const walker *w, uint32_t tok) {
  return tok >= w->s->tok_start + 3 && is_punct(w, tok - 1, ")") && is_punct(w, tok - 3, "(") &&
         AT_TOK(w->doc, tok - 2)->kind == AT_TOK_WORD && AT_TOK(w->doc, tok - 2)->end - AT_TOK(w->doc, tok - 2)->start >= 2 &&
         all_capitals_token(w, tok - 2);
}

/* "Acting Assistant Secretary of State Fleet White co-chaired ...": after
 * an office, in English, a word that ends an organisation's name
 * (function_words.tsv org_tail: "Fleet") and nothing else the lists know,
 * followed by one capitalized word they do not know and then no more, opens
 * the holder's name, not a body of one word. */
static bool org_word_opening_name(const walker *w, uint32_t tok) {
  if (!(w->s->flags & AT_SENT_ENGLISH) || tok + 1 >= w->s->tok_end) return false;
  const at_token *t = AT_TOK(w->doc, tok), *next = AT_TOK(w->doc, tok + 1);
  if (t->kind != AT_TOK_WORD || !(t->flags & AT_TOKF_CAP) || (t->flags & AT_TOKF_UPPER)) return false;
  if (next->kind != AT_TOK_WORD || !(next->flags & AT_TOKF_CAP) || (next->flags & AT_TOKF_UPPER) ||
      at_match_at(w->doc, w->s, tok + 1) >= 0)
    return false;
  if (tok + 2 < w->s->tok_end && AT_TOK(w->doc, tok + 2)->kind == AT_TOK_WORD && (AT_TOK(w->doc, tok + 2)->flags & AT_TOKF_CAP))
    return false;
  const at_match *m = match_starting(w, tok, AT_CAT_FUNCTION);
  if (!m || m->tok_end != tok + 1 || !at_match_value(m, AT_CAT_FUNCTION, "org_tail")) return false;
  static const at_category other[] = {AT_CAT_RANK, AT_CAT_POSITION, AT_CAT_HONORIFIC, AT_CAT_COUNTRY, AT_CAT_PLACE,
                                      AT_CAT_BODY, AT_CAT_ORG, AT_CAT_FAMILY};
  for (size_t k = 0; k < sizeof other / sizeof *other; k++)
    if (at_match_entry(m, other[k])) return false;
  return true;
}

/* "Hwang In-moo", "Chun In-bum": in English, a capitalized syllable joined
 * by a hyphen, without spaces, to a small one is the first half of a given
 * name (Korean names are so written), even where the lists know the
 * syllable alone as a word ("In"). Read inside a name only. */
static bool hyphened_given_name_at(const walker *w, uint32_t tok) {
  if (!(w->s->flags & AT_SENT_ENGLISH) || tok + 2 >= w->s->tok_end) return false;
  const at_token *x = AT_TOK(w->doc, tok), *after = AT_TOK(w->doc, tok + 2);
  return x->kind == AT_TOK_WORD && (x->flags & AT_TOKF_CAP) && !(x->flags & AT_TOKF_UPPER) && is_dash(w, tok + 1) &&
         !(AT_TOK(w->doc, tok + 1)->flags & AT_TOKF_SPACE) && !(after->flags & AT_TOKF_SPACE) &&
         after->kind == AT_TOK_WORD && !(after->flags & AT_TOKF_CAP) && at_match_at(w->doc, w->s, tok + 2) < 0;
}

/* Length of the run of name syllables at tok (a hyphen may join syllables
 * written without spaces, as in "Jean-Yves"). After a title, place words may
 * be part of the name, but a run of nothing but lexicon words is no name. */
static uint32_t name_run(const walker *w, uint32_t tok, bool after_title) {
  bool family = is_vietnamese_name(w, tok);
  uint32_t i = tok, plain = 0, part = tok; /* part: where the name, or its father's after "bin", begins */
  while (i < w->s->tok_end && i - part < 10 && /* Malay names run long: "Pehin Datu Lailaraja Dato Paduka ..." */
         (name_syllable(w, i, (family && i > tok) || after_title) || (family && i > tok && family_small_word(w, i)) ||
          (i == tok && after_title && org_word_opening_name(w, i)) ||
          (i > tok && surname_in_capitals(w, i)) || (i > tok && elided_particle(w, i)) ||
          (i > tok && phonetic_word_at(w, i)) || (i > tok && hyphened_given_name_at(w, i)))) {
    if (at_match_at(w->doc, w->s, i) < 0 || (family && i == tok)) plain++;
    if (i > tok && hull_number_at(w, i)) break; /* "Lý Thái Tổ HQ-012": the name ends at its hull number */
    /* "Elbridge A. Colby": a middle initial and its period; after a title
     * also initials first ("Colonel General V.B. Zarudnitsky"). */
    const at_token *cur = AT_TOK(w->doc, i);
    if ((i > tok || after_title) && cur->end - cur->start == 1 && i + 2 < w->s->tok_end && is_punct(w, i + 1, ".") &&
        !(AT_TOK(w->doc, i + 1)->flags & AT_TOKF_SPACE) && name_syllable(w, i + 2, true)) {
      i += 2;
      continue;
    }
    /* "Ahmad bin Haji Ali": "bin" joins the father's name (function_words.tsv name_link). */
    if (i > tok && i + 2 < w->s->tok_end && name_syllable(w, i + 2, true)) {
      const at_match *link = match_starting(w, i + 1, AT_CAT_FUNCTION);
      if (link && at_match_value(link, AT_CAT_FUNCTION, "name_link") && link->tok_end == i + 2) {
        i += 2;
        part = i;
        continue;
      }
    }
    /* "Dato’ Ahmad": a title of honour closed by an apostrophe is part of the name. */
    if (i + 2 < w->s->tok_end && (is_punct(w, i + 1, "'") || is_punct(w, i + 1, "\xE2\x80\x99")) &&
        !(AT_TOK(w->doc, i + 1)->flags & AT_TOKF_SPACE) && (AT_TOK(w->doc, i + 2)->flags & AT_TOKF_SPACE) &&
        name_syllable(w, i + 2, true)) {
      i += 2;
      continue;
    }
    /* "Jean-Yves", "Han Duck-soo", "Ma’awiah": syllables joined by a hyphen
     * or an apostrophe (not a possessive's: "Giang’s") without spaces; a
     * Lao or Thai name written in Vietnamese syllables joins several
     * ("Khăm-phắt Xay-nha-vông"). */
    while (i + 2 < w->s->tok_end &&
           (((is_dash(w, i + 1) ||
              ((is_punct(w, i + 1, "'") || is_punct(w, i + 1, "\xE2\x80\x99")) && !at_possessive_at(w->doc, i + 1))) &&
             !(AT_TOK(w->doc, i + 1)->flags & AT_TOKF_SPACE) &&
             !(AT_TOK(w->doc, i + 2)->flags & AT_TOKF_SPACE) && AT_TOK(w->doc, i + 2)->kind == AT_TOK_WORD &&
             (at_match_at(w->doc, w->s, i + 2) < 0 || family_syllable(w, i + 2) || /* "Jean-Luc": "Luc" no Lục */
              phonetic_syllable(w, i + 1))) ||
            spaced_phonetic_syllable(w, i + 1, family) || spaced_name_dash(w, i + 1, family, after_title)))
      i += 2;
    i++;
  }
  /* Initials alone ("V.B." where a sentence was cut after them) are no name. */
  bool word = false;
  for (uint32_t k = tok; k < i && !word; k++) word = AT_TOK(w->doc, k)->end - AT_TOK(w->doc, k)->start > 1;
  return plain && word ? i - tok : 0;
}

/* Letters a name is followed by for what the person is ("X MP":
 * function_words.tsv post_nominal), no part of the name: the token after
 * them, or tok. Asked only after a name. */
static uint32_t past_post_nominal(const walker *w, uint32_t tok) {
  const at_match *m = match_starting(w, tok, AT_CAT_FUNCTION);
  return m && at_match_value(m, AT_CAT_FUNCTION, "post_nominal") ? m->tok_end : tok;
}

/* Lexicon words inside a name are part of the name, nothing else. */
static void silence_matches(walker *w, uint32_t from, uint32_t to) {
  for (uint32_t m = w->s->match_start; m < w->s->match_end; m++) {
    at_match *mt = AT_MATCH(w->doc, m);
    if (mt->tok_start >= to) break; /* the matches go in the order of their tokens */
    if (mt->tok_start >= from && mt->tok_end <= to) mt->count = 0;
  }
}

static bool is_vietnamese_name(const walker *w, uint32_t tok) {
  const at_match *m = match_starting(w, tok, AT_CAT_FAMILY);
  return m != NULL;
}

/* A family name that is also a common word in English capitals ("To":
 * family_names.tsv attr title) starts a name only after a title. */
static bool family_only_after_title(const walker *w, uint32_t tok) {
  const at_match *m = match_starting(w, tok, AT_CAT_FAMILY);
  return m && at_entry_has_flag(at_match_entry(m, AT_CAT_FAMILY), "title");
}

static const char *fold_name(attache_doc *doc, const char *name) {
  return at_fold(doc->arena, name, strlen(name), AT_MATCH_TONE);
}

/* fold_name of the name at_tok_text writes for tokens [a, b), put together
 * from the words' folded forms, made when they were read (folding a name's
 * text again cost about 400 instructions). Folding goes code point by code
 * point, so a word's own form is its part of the whole; between the words
 * and in numbers and signs ASCII is folded here, and a name with anything
 * else there is folded whole, as before. */
static const char *fold_name_of_tokens(attache_doc *doc, uint32_t a, uint32_t b) {
  size_t n = 0;
  for (uint32_t t = a; t < b; t++) {
    const at_token *k = AT_TOK(doc, t);
    uint32_t from = t == a ? k->start : AT_TOK(doc, t - 1)->end;
    uint32_t ascii_to = k->kind == AT_TOK_WORD ? k->start : k->end; /* a word brings its own form */
    for (uint32_t c = from; c < ascii_to; c++)
      if ((unsigned char)doc->text[c] >= 0x80) return fold_name(doc, at_tok_text(doc, a, b));
    n += (k->start - from) + 1 + (k->kind == AT_TOK_WORD ? k->tone_len : k->end - k->start);
  }
  char *out = at_arena_alloc(doc->arena, n + 1), *o = out;
  for (uint32_t t = a; t < b; t++) {
    const at_token *k = AT_TOK(doc, t);
    uint32_t from = t == a ? k->start : AT_TOK(doc, t - 1)->end;
    /* as at_tok_text: two words glued by a crawl get the space they lost */
    if (t > a && k->start == from && k->kind == AT_TOK_WORD && AT_TOK(doc, t - 1)->kind == AT_TOK_WORD) *o++ = ' ';
    uint32_t ascii_to = k->kind == AT_TOK_WORD ? k->start : k->end;
    for (uint32_t c = from; c < ascii_to; c++) {
      char x = doc->text[c];
      *o++ = x >= 'A' && x <= 'Z' ? (char)(x - 'A' + 'a') : x;
    }
    if (k->kind == AT_TOK_WORD) {
      memcpy(o, k->fold_tone, k->tone_len);
      o += k->tone_len;
    }
  }
  *o = '\0';
  return out;
}

/* The number of words of a folded name. */
static size_t name_words(const char *f) {
  size_t n = *f ? 1 : 0;
  for (; *f; f++) n += *f == ' ';
  return n;
}

/* Is the word at tok the last word (a Vietnamese given name) of a person
 * known already, whose name has three words or more? */
static bool given_name_of_known(const attache_doc *doc, uint32_t tok) {
  const char *fw = AT_TOK(doc, tok)->fold_tone;
  for (size_t p = doc->people.len; p-- > 0;) {
    const char *name = AT_PERSON(doc, p)->folded_name;
    const char *last = strrchr(name, ' ');
    if (last && last != strchr(name, ' ') && !at_strcmp(last + 1, fw)) return true;
  }
  return false;
}

/* Is every word of the folded name `part` a word of `whole`? */
static bool words_within(const char *part, const char *whole) {
  for (const char *p = part; *p;) {
    const char *sp = strchr(p, ' ');
    size_t len = sp ? (size_t)(sp - p) : strlen(p);
    bool found = false;
    for (const char *q = whole; *q && !found;) {
      const char *sq = strchr(q, ' ');
      size_t lq = sq ? (size_t)(sq - q) : strlen(q);
      found = lq == len && !strncmp(p, q, len);
      q = sq ? sq + 1 : q + lq;
    }
    if (!found) return false;
    p = sp ? sp + 1 : p + len;
  }
  return true;
}

/* Tone-insensitive comparison of names (both already folded), so "Nguyễn Chí
 * Vinh" (a typo) and "Nguyễn Chí Vịnh" are one person, and word order does
 * not matter for foreign names ("Koji Yamazaki", "Yamazaki Koji"). */
static bool same_name(const char *fa, const char *fb) {
  if (!at_strcmp(fa, fb)) return true;
  /* Same multiset of words in another order. */
  return strlen(fa) == strlen(fb) && name_words(fa) > 1 && words_within(fa, fb);
}

/* The word at `tok` as one word of a known person's name ("Bộ trưởng Parly").
 * The token's own folded form serves (fold_name of one word): a capitalized
 * word costs no allocation, however many the document has. */
static long known_by_word(attache_doc *doc, uint32_t tok) {
  const char *fw = AT_TOK(doc, tok)->fold_tone;
  size_t wlen = strlen(fw);
  for (size_t p = doc->people.len; p-- > 0;) {
    const char *name = AT_PERSON(doc, p)->folded_name;
    const char *last = strrchr(name, ' ');
    const char *first_end = strchr(name, ' ');
    if ((last && !at_strcmp(last + 1, fw)) || (first_end && (size_t)(first_end - name) == wlen && !strncmp(name, fw, wlen)) ||
        (!last && !at_strcmp(name, fw))) /* one named by one word ("his counterpart Kihara") */
      return (long)p;
  }
  return -1;
}

/* Is every word of the folded name `part` (two words or more: np) a word of
 * `whole`, which has one word more (nw: np + 1) ("Pavel Muraveiko" in
 * "Muraveiko Pavel Nikolaevich": a name told again without its patronymic,
 * or in a caption with it)? */
static bool name_within(const char *part, size_t np, const char *whole, size_t nw) {
  return np >= 2 && nw == np + 1 && words_within(part, whole);
}

/* A known person with this folded name (in the sense of same_name), else
 * the one known person whose name holds it with one word more, or is held
 * in it so; or -1. */
static long known_by_folded_name(const attache_doc *doc, const char *folded) {
  for (size_t p = 0; p < doc->people.len; p++)
    if (same_name(AT_PERSON(doc, p)->folded_name, folded)) return (long)p;
  /* a name of one word is held in no name of two and holds none; the words
   * are counted once a name, not at each of the two questions */
  size_t nf = name_words(folded);
  if (nf < 2) return -1;
  long within = -1;
  for (size_t p = 0; p < doc->people.len; p++) {
    const char *known = AT_PERSON(doc, p)->folded_name;
    size_t nk = name_words(known);
    if (!name_within(folded, nf, known, nk) && !name_within(known, nk, folded, nf)) continue;
    if (within >= 0) return -1; /* two such: not knowable */
    within = (long)p;
  }
  return within;
}

/* A known person named by tokens [a, b), or -1. */
static long known_by_name(attache_doc *doc, uint32_t a, uint32_t b) {
  return doc->people.len ? known_by_folded_name(doc, fold_name_of_tokens(doc, a, b)) : -1;
}

static bool same_office_short_or_long(const char *a, const char *b);
static const char *held_office(attache_doc *doc, at_person *x);

/* The office told at a known person's new mention: kept if none was held.
 * A Vietnamese headline shortens an office ("Bộ trưởng X tiếp ...",
 * "Thứ trưởng X hội đàm ..."): its long form told in the story ("Bộ
 * trưởng Bộ Quốc phòng") replaces the headline's. */
static void take_office(const walker *w, at_person *x, const titles *t) {
  if (!t->position) return;
  bool headline = w->s->flags & AT_SENT_TITLE;
  if (!x->position) {
    x->position = t->position, x->position_class = t->position_class;
    x->position_of_headline = headline;
    return;
  }
  if (!x->position_of_headline || headline || (w->s->flags & AT_SENT_ENGLISH) ||
      strlen(t->position) <= strlen(x->position) || !x->position_class || !t->position_class ||
      at_strcmp(x->position_class, t->position_class))
    return;
  const char *told = at_fold(w->doc->arena, t->position, strlen(t->position), AT_MATCH_TONE);
  if (!same_office_short_or_long(held_office(w->doc, x), told)) return;
  x->position = t->position, x->position_class = t->position_class;
  x->position_of_headline = false;
}

/* The person named by tokens [a, b): one known, or a new one. */
static uint32_t add_person(walker *w, uint32_t a, uint32_t b, const titles *t, const char *country_guess) {
  attache_doc *doc = w->doc;
  const char *folded = fold_name_of_tokens(doc, a, b); /* once: to look the name up, and kept for a new person */
  long known = known_by_folded_name(doc, folded);
  if (known >= 0) {
    at_person *x = AT_PERSON(doc, known);
    if (t->rank && !x->rank) x->rank = t->rank;
    take_office(w, x, t);
    if (t->country && !x->country_explicit) {
      x->country = t->country;
      x->country_explicit = true;
    }
    if (!x->country) x->country = country_guess;
    return (uint32_t)known;
  }
  at_person *x = at_vec_push(&doc->people);
  x->name = at_tok_text(doc, a, b);
  x->folded_name = folded;
  x->rank = t->rank;
  x->position = t->position;
  x->position_class = t->position_class;
  x->position_of_headline = t->position && (w->s->flags & AT_SENT_TITLE);
  x->country = t->country ? t->country : country_guess;
  x->country_explicit = t->country != NULL;
  x->first_sentence = w->sentence;
  return (uint32_t)(doc->people.len - 1);
}

static void add_mention(walker *w, uint32_t person, uint32_t a, uint32_t b) {
  at_mention *m = at_vec_push(&w->doc->mentions);
  m->person = person;
  m->sentence = w->sentence;
  m->tok_start = a;
  m->tok_end = b;
}

/* The one foreign country named in the sentence, else the story's. */
static const char *foreign_guess(const walker *w) {
  const char *found = NULL;
  for (uint32_t m = w->s->match_start; m < w->s->match_end; m++) {
    const at_entry *e = at_match_entry(AT_MATCH(w->doc, m), AT_CAT_COUNTRY);
    if (!e) e = at_match_entry(AT_MATCH(w->doc, m), AT_CAT_PLACE);
    if (!e || !at_strcmp(e->value, "VN")) continue;
    if (found && at_strcmp(found, e->value)) return w->doc->main_foreign;
    found = e->value;
  }
  return found ? found : w->doc->main_foreign;
}

/* A rank at tok. "Commander of the Royal Thai Navy": a rank's word that is
 * also an office, with "of" after it, is the office. */
static const at_match *rank_starting(const walker *w, uint32_t tok) {
  const at_match *m = match_starting(w, tok, AT_CAT_RANK);
  if (m && at_match_entry(m, AT_CAT_POSITION) && at_tok_word(w->doc, m->tok_end, AT_ROLE_OF)) return NULL;
  return m;
}

/* "Indonesian Defence Minister General Prabowo", "Governor of the Naval
 * Academy Rear Admiral X": English tells the office first and the rank
 * right before the name, and many Indonesian and Thai officers go by one
 * name. Does a rank end right before tok (its abbreviation's full stop
 * included)? */
static bool rank_right_before(const walker *w, uint32_t tok) {
  long k = at_match_at(w->doc, w->s, tok - 1);
  if (k < 0 && tok > w->s->tok_start + 1 && is_punct(w, tok - 1, ".")) k = at_match_at(w->doc, w->s, tok - 2);
  return k >= 0 && at_match_entry(AT_MATCH(w->doc, k), AT_CAT_RANK) != NULL;
}

/* "Ủy viên Bộ Chính trị Đảng Cộng sản Trung Quốc,": a party title names
 * its party, a few words up to the comma with no title or cue among them;
 * the party's state is the person's unless an office says another. A title
 * read just before (office_read) may close with the party word itself:
 * "Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào,". Returns the token
 * after the party's name, or tok. */
static uint32_t past_party_name(const walker *w, uint32_t tok, bool office_read, titles *t) {
  bool closed = office_read && tok > w->s->tok_start && at_tok_word(w->doc, tok - 1, AT_ROLE_PARTY_WORD);
  if (!closed && !at_tok_word(w->doc, tok, AT_ROLE_PARTY_WORD)) return tok;
  const char *state = NULL;
  uint32_t i = closed ? tok : tok + 1;
  while (i < w->s->tok_end && i < tok + 10 && AT_TOK(w->doc, i)->kind == AT_TOK_WORD) {
    if (match_starting(w, i, AT_CAT_CUE) || match_starting(w, i, AT_CAT_POSITION) ||
        match_starting(w, i, AT_CAT_RANK) || match_starting(w, i, AT_CAT_HONORIFIC))
      return tok;
    const at_match *c = match_starting(w, i, AT_CAT_COUNTRY);
    if (c) state = at_match_entry(c, AT_CAT_COUNTRY)->value;
    i = c ? c->tok_end : i + 1;
  }
  if (i < w->s->tok_end && !is_punct(w, i, ",") && !is_punct(w, i, ".") && !is_punct(w, i, ";")) return tok;
  if (state && !t->country) t->country = state;
  return i;
}

/* "Maj. Gen. Kim Sung-ho of South Korea", "Gen. X of the Philippines":
 * English names a person's state with "of" after the name. The state's
 * code, with *next past it, or NULL. A state that opens a longer name
 * ("of Vietnam's Ministry of ...", "of the US Navy") says the same state. */
static const char *state_of_after_name(const walker *w, uint32_t tok, uint32_t *next) {
  if (!(w->s->flags & AT_SENT_ENGLISH) || !at_tok_word(w->doc, tok, AT_ROLE_OF)) return NULL;
  uint32_t i = tok + 1;
  if (at_tok_word(w->doc, i, AT_ROLE_DEFINITE)) i++;
  const at_match *c = match_starting(w, i, AT_CAT_COUNTRY);
  if (!c) {
    /* "of the Royal Malaysian Navy": a force of one state (bodies.tsv) */
    const at_match *b = match_starting(w, i, AT_CAT_BODY);
    const char *state = b ? at_match_entry(b, AT_CAT_BODY)->value : NULL;
    if (!state || strlen(state) != 2) return NULL;
    *next = b->tok_end;
    return state;
  }
  *next = c->tok_end;
  return at_match_entry(c, AT_CAT_COUNTRY)->value;
}

/* A foreign name in Latin letters at tok: two capitalized syllables or
 * more, none with a Vietnamese letter, no Vietnamese family name first. */
static bool latin_name_at(const walker *w, uint32_t tok) {
  if (!name_syllable(w, tok, true) || is_vietnamese_name(w, tok)) return false;
  uint32_t run = name_run(w, tok, true);
  if (run < 2) return false;
  for (uint32_t k = tok; k < tok + run; k++)
    if (AT_TOK(w->doc, k)->kind == AT_TOK_WORD && !(AT_TOK(w->doc, k)->flags & AT_TOKF_LATIN)) return false;
  return true;
}

/* Reads an apposition after a name: ", Ủy viên ..., Thứ trưởng Bộ Quốc phòng"
 * or "- Tham mưu trưởng Liên quân Nhật Bản". */
/* The ship named after "tàu" in a ship's command, from tok: its kind in
 * plain words before a capitalized name ("tuần dương Prairial"), a name in
 * capitals ("YASHIMA"), or a prefix in capitals and one word ("HMS
 * Richmond", "JCGS Yashima"). Returns the token after it, or tok. */
static uint32_t past_ship_name(const walker *w, uint32_t tok) {
  const attache_doc *doc = w->doc;
  uint32_t k = tok, end = w->s->tok_end;
  while (k < end && k < tok + 3 && AT_TOK(doc, k)->kind == AT_TOK_WORD && !(AT_TOK(doc, k)->flags & AT_TOKF_CAP) &&
         at_match_at(doc, w->s, k) < 0)
    k++;
  bool kind = k > tok;
  if (k == tok && hull_number_at(w, k)) return k + 3; /* "tàu HQ-012" */
  if (k >= end || AT_TOK(doc, k)->kind != AT_TOK_WORD || !(AT_TOK(doc, k)->flags & AT_TOKF_CAP)) return tok;
  uint32_t caps = k;
  for (; caps < end && AT_TOK(doc, caps)->kind == AT_TOK_WORD; caps++) {
    const at_token *x = AT_TOK(doc, caps);
    bool upper = x->end - x->start >= 2;
    for (uint32_t c = x->start; c < x->end && upper; c++) upper = doc->text[c] >= 'A' && doc->text[c] <= 'Z';
    if (!upper) break;
  }
  if (caps > k) { /* "YASHIMA", "HMS Richmond" */
    bool prefix = caps == k + 1 && AT_TOK(doc, k)->end - AT_TOK(doc, k)->start <= 4;
    if (prefix && caps < end && AT_TOK(doc, caps)->kind == AT_TOK_WORD && (AT_TOK(doc, caps)->flags & AT_TOKF_CAP) &&
        (AT_TOK(doc, caps)->flags & AT_TOKF_LATIN))
      caps++;
    return caps;
  }
  /* one word in Latin letters, after its kind or alone with no second
   * capitalized word after it (a person's name): "tuần dương Prairial",
   * "tàu Aurore," */
  bool one = (AT_TOK(doc, k)->flags & AT_TOKF_LATIN) &&
             (kind || k + 1 >= end || AT_TOK(doc, k + 1)->kind != AT_TOK_WORD || !(AT_TOK(doc, k + 1)->flags & AT_TOKF_CAP));
  return one ? k + 1 : tok;
}

/* "X, Chỉ huy tàu HMS Richmond": the command of a ship told after a name
 * (function_words.tsv command, then ship) is his office, with the ship's
 * name; the token after it, or tok. */
static uint32_t read_ship_command(const walker *w, uint32_t tok, titles *t) {
  const at_match *c = match_starting(w, tok, AT_CAT_FUNCTION);
  if (!c || !at_match_value(c, AT_CAT_FUNCTION, "command")) return tok;
  const at_match *ship = match_starting(w, c->tok_end, AT_CAT_FUNCTION);
  if (!ship || !at_match_value(ship, AT_CAT_FUNCTION, "ship")) return tok;
  uint32_t end = past_ship_name(w, ship->tok_end);
  if (!t->position) t->position = at_tok_text(w->doc, tok, end), t->position_class = "commander";
  return end;
}

/* Does a rank at tok start the next person named ("Đại tá Lê Văn Nam")? */
static bool ranked_name_at(const walker *w, uint32_t tok) {
  const at_match *r = tok < w->s->tok_end ? rank_starting(w, tok) : NULL;
  return r && name_syllable(w, r->tok_end, true) && name_run(w, r->tok_end, true) >= 2;
}

/* "các Thứ trưởng Bộ Quốc phòng: Thượng tướng A, Thượng tướng B", "các
 * đồng chí Phó Tổng Tham mưu trưởng: Thượng tướng A; Trung tướng B", "các
 * Phó Thư ký Thường trực Bộ Quốc phòng Thái Lan gồm Đại tướng A và Đại
 * tướng B": Vietnamese names an office in the plural (function_words.tsv
 * plural right before it, or before "đồng chí") and then, after a colon or
 * a word that opens a list (function_words.tsv list_open), the ranked
 * names that each hold it. From tok, right after the office at `office`:
 * the token where the first rank starts, or tok. */
static uint32_t past_plural_office(const walker *w, uint32_t office, uint32_t tok) {
  if (tok >= w->s->tok_end || office < w->s->tok_start + 1) return tok;
  uint32_t before = office;
  const at_match *comrade = NULL;
  for (uint32_t k = office > w->s->tok_start + 2 ? office - 2 : w->s->tok_start; k < office && !comrade; k++) {
    const at_match *h = match_starting(w, k, AT_CAT_HONORIFIC);
    if (h && h->tok_end == office && at_match_value(h, AT_CAT_HONORIFIC, "comrade")) comrade = h;
  }
  if (comrade) before = comrade->tok_start;
  if (before <= w->s->tok_start) return tok;
  const at_match *plural = match_starting(w, before - 1, AT_CAT_FUNCTION);
  if (!plural || plural->tok_end != before || !at_match_value(plural, AT_CAT_FUNCTION, "plural")) return tok;
  const at_match *open = match_starting(w, tok, AT_CAT_FUNCTION);
  uint32_t list = is_punct(w, tok, ":") ? tok + 1
                  : open && at_match_value(open, AT_CAT_FUNCTION, "list_open") ? open->tok_end
                                                                               : tok;
  return list != tok && ranked_name_at(w, list) ? list : tok;
}

/* The next ranked name of such a list after a person: a comma, a
 * semicolon or "và" before a rank and a name; else tok. */
static uint32_t next_ranked_in_list(const walker *w, uint32_t tok) {
  uint32_t next = tok;
  if (is_punct(w, next, ",") || is_punct(w, next, ";")) next++;
  if (next < w->s->tok_end && at_tok_word(w->doc, next, AT_ROLE_AND)) next++;
  return next != tok && ranked_name_at(w, next) ? next : tok;
}

/* English "and" at tok before the last of a list of offices, closed by a
 * mark ("X, Politburo member, Deputy Secretary of the Central Military
 * Commission and Minister of National Defence."). */
static bool and_last_office(const walker *w, uint32_t tok) {
  if (!(w->s->flags & AT_SENT_ENGLISH) || !at_tok_word(w->doc, tok, AT_ROLE_AND)) return false;
  titles with = {0};
  uint32_t after = read_office(w, tok + 1, &with);
  return after != tok + 1 && (after >= w->s->tok_end || AT_TOK(w->doc, after)->kind == AT_TOK_PUNCT);
}

static uint32_t read_apposition(const walker *w, uint32_t tok, titles *t, bool owner_has_office) {
  uint32_t i = tok;
  while (i < w->s->tok_end && (is_punct(w, i, ",") || is_dash(w, i) || (i > tok && and_last_office(w, i)))) {
    uint32_t j = i + 1;
    titles next_titles = *t;
    const at_match *r = rank_starting(w, j);
    if (r) {
      if (!next_titles.rank) next_titles.rank = at_tok_text(w->doc, r->tok_start, r->tok_end);
      j = r->tok_end;
    }
    /* "X, Politburo member, Deputy Secretary of the Central Military
     * Commission, and Minister of National Defence,": the last of a list of
     * offices after "and", closed by a mark as well. */
    if (!r && and_last_office(w, j)) j++;
    /* ", the Defence Attaché of Vietnam in ...", ", the Vietnamese Defence
     * Minister", ", Indonesian Defence Attache to Vietnam.": English may set
     * the office off with "the", its state before it. */
    bool the = at_tok_word(w->doc, j, AT_ROLE_DEFINITE);
    const at_match *state_first = !the ? match_starting(w, j, AT_CAT_COUNTRY) : NULL;
    if ((w->s->flags & AT_SENT_ENGLISH) && !r && (the || state_first)) {
      const at_match *c = the ? match_starting(w, j + 1, AT_CAT_COUNTRY) : state_first;
      uint32_t at = c ? c->tok_end : j + 1;
      /* ", Vietnam's Deputy Minister of National Defence,": the state may
       * own the office */
      if (state_first && at + 1 < w->s->tok_end && at_possessive_at(w->doc, at)) at += 2;
      titles with = next_titles;
      if (c && !with.country) with.country = at_match_entry(c, AT_CAT_COUNTRY)->value;
      uint32_t after = read_office(w, at, &with);
      /* closed by a mark: ", the minister said" names the office's holder told before */
      bool closed = after >= w->s->tok_end || AT_TOK(w->doc, after)->kind == AT_TOK_PUNCT;
      if (after != at && closed) {
        next_titles = with;
        j = at;
      }
    }
    uint32_t office_end = read_office(w, j, &next_titles);
    uint32_t next = past_party_name(w, office_end, office_end > j, &next_titles);
    if (next == j && !(w->s->flags & AT_SENT_ENGLISH)) next = read_ship_command(w, j, &next_titles);
    if (next == j && !r) break;
    /* ", Đại tướng Phan Văn Giang": the title of the next person named (a
     * rank right before a name, or an office before a Vietnamese name). */
    /* "..., Giám đốc Cơ quan ... (DPAA) Kelly McKeague": an office's gloss
     * in brackets may stand between it and its holder's name. */
    uint32_t named = next != j && !(w->s->flags & AT_SENT_ENGLISH) ? skip_brackets(w, next) : next;
    if (name_syllable(w, named, true) && name_run(w, named, true) >= 2 && (r || is_vietnamese_name(w, named))) break;
    /* "Đại sứ Hoa Kỳ X, Tùy viên Quốc phòng Thomas J. Brown": Vietnamese
     * lists people as office and name, one after another; an office right
     * before a name in Latin letters is that name's. */
    if (!(w->s->flags & AT_SENT_ENGLISH) && latin_name_at(w, named)) break;
    /* "President X, Prime Minister Y and Minister Z": in English too, an
     * office right before a name of two words or more is that name's, the
     * next of a list, when the one before has his own office told before
     * his name ("David Lewis, Assistant Secretary Southeast Asia under ..."
     * stays his apposition). */
    if ((w->s->flags & AT_SENT_ENGLISH) && owner_has_office && next != j && !r && name_syllable(w, next, false) &&
        name_run(w, next, false) >= 2)
      break;
    /* "Đại sứ X, Tùy viên Quốc phòng Đại tá Y", "Đại sứ X, Tùy viên Quốc
     * phòng, Đại tá Y": an office right before a rank and a name is that
     * person's, and so is one before a comma and a rank and a name when
     * the person before has an office of his own, told before his name. */
    if (!(w->s->flags & AT_SENT_ENGLISH) && next != j && !r &&
        (ranked_name_at(w, next) || (owner_has_office && is_punct(w, next, ",") && ranked_name_at(w, next + 1))))
      break;
    *t = next_titles;
    i = next;
  }
  return i;
}

/* "Thượng tá X, Phó Chỉ huy trưởng Bộ đội Biên phòng Khu Mông Tự, Quân giải
 * phóng nhân dân Trung Quốc", "..., Đồn trưởng Đồn Biên phòng Hà Khẩu (Trung
 * Quốc)": Vietnamese news tells a foreign border unit by its office and the
 * place it keeps, then its state in brackets, or its state or its state's
 * army (bodies.tsv force) set off by a comma. That state is the office holder's, whatever
 * his name looks like: a Chinese name written in Vietnamese syllables may
 * begin with a Vietnamese family name (Trương, Lý, Lưu). From tok, right
 * after the office read: the state, or NULL. */
static const char *state_after_unit_place(const walker *w, uint32_t tok) {
  uint32_t i = tok;
  while (i < w->s->tok_end && i < tok + 4 && AT_TOK(w->doc, i)->kind == AT_TOK_WORD &&
         (AT_TOK(w->doc, i)->flags & AT_TOKF_CAP) && !match_starting(w, i, AT_CAT_COUNTRY) &&
         !match_starting(w, i, AT_CAT_POSITION) && !match_starting(w, i, AT_CAT_RANK))
    i++;
  if (i + 2 >= w->s->tok_end) return NULL;
  if (is_punct(w, i, "(")) {
    const at_match *c = match_starting(w, i + 1, AT_CAT_COUNTRY);
    return c && c->tok_end < w->s->tok_end && is_punct(w, c->tok_end, ")") ? at_match_entry(c, AT_CAT_COUNTRY)->value
                                                                            : NULL;
  }
  if (!is_punct(w, i, ",")) return NULL;
  /* ", Trung Quốc." closing the apposition: the state alone */
  const at_match *c = match_starting(w, i + 1, AT_CAT_COUNTRY);
  if (c && (c->tok_end >= w->s->tok_end || AT_TOK(w->doc, c->tok_end)->kind == AT_TOK_PUNCT))
    return at_match_entry(c, AT_CAT_COUNTRY)->value;
  const at_match *army = match_starting(w, i + 1, AT_CAT_BODY);
  const at_entry *e = army ? at_match_entry(army, AT_CAT_BODY) : NULL;
  return e && at_entry_has_flag(e, "force") && strlen(e->value) == 2 ? e->value : NULL;
}

/* Does an apposition that ends at tok close its clause: the sentence's
 * end, ";", a bracket, a comma before words that name no one, or what the
 * person does as a visitor ("dẫn đầu", "đang thăm", "sang thăm")? "tiếp
 * Trung tướng Trương Văn Quân, Phó Tư lệnh Hải quân Trung Quốc.", "đoàn do
 * Thượng tướng X, Phó Chủ tịch Quân ủy Trung ương Trung Quốc dẫn đầu",
 * "tiếp Thượng tướng X, Bộ trưởng Bộ Quốc phòng Trung Quốc đang thăm chính
 * thức Việt Nam": then the office, foreign as it may be, is the person's own
 * (a Chinese or Korean name written in Hán-Việt reads as a Vietnamese one). */
static bool apposition_closes_clause(const walker *w, uint32_t tok) {
  if (tok >= w->s->tok_end || is_punct(w, tok, ".") || is_punct(w, tok, ";") || is_punct(w, tok, "(") ||
      is_punct(w, tok, ")"))
    return true;
  const at_match *sub = match_starting(w, tok, AT_CAT_FUNCTION);
  uint32_t verb = sub && at_match_value(sub, AT_CAT_FUNCTION, "subordinate") ? sub->tok_end : tok;
  long k = at_match_at(w->doc, w->s, verb);
  const at_match *mt = k >= 0 ? AT_MATCH(w->doc, k) : NULL;
  const at_entry *cue = mt && mt->tok_start == verb ? at_match_entry(mt, AT_CAT_CUE) : NULL;
  if (cue && (!at_strcmp(cue->value, "visit") || (!at_strcmp(cue->value, "attend") && at_entry_is(cue, AT_FLAG_DELEGATION))))
    return true;
  if (!is_punct(w, tok, ",")) return false;
  uint32_t next = tok + 1;
  return next < w->s->tok_end && !match_starting(w, next, AT_CAT_RANK) && !match_starting(w, next, AT_CAT_POSITION) &&
         !match_starting(w, next, AT_CAT_HONORIFIC) && !name_syllable(w, next, false);
}

/* Can the word at tok not be one Vietnamese syllable: Latin letters only,
 * with two or more groups of vowels ("Irvansyah", "Wiweka"; not "Minh",
 * "Thanh", "Nguyen")? */
static bool several_syllables(const walker *w, uint32_t tok) {
  const at_token *t = AT_TOK(w->doc, tok);
  if (!(t->flags & AT_TOKF_LATIN) || t->kind != AT_TOK_WORD) return false;
  unsigned groups = 0;
  bool in_vowel = false;
  for (uint32_t b = t->start; b < t->end; b++) {
    bool vowel = strchr("aeiouyAEIOUY", w->doc->text[b]) != NULL;
    if (vowel && !in_vowel) groups++;
    in_vowel = vowel;
  }
  return groups >= 2;
}

/* "Phó Đô đốc Irvansyah, Tư lệnh Cảnh sát biển Indonesia", "Đại tá Wiweka -
 * Chỉ huy trưởng căn cứ", "Tư lệnh Quân đội Thái Lan Thanasak": Vietnamese
 * news names many Indonesian and Thai officers by one name. After a rank
 * or an office, one foreign word (no Vietnamese syllable) is a name when
 * an office is told with it: before it, or right after it as an apposition.
 * A ship named after an admiral ("tàu chống ngầm “Đô đốc Tributs”") has a
 * quotation mark before its rank, or no office. */
static bool foreign_single_name(const walker *w, const titles *t, uint32_t tok) {
  if ((w->s->flags & AT_SENT_ENGLISH) || !t->active || tok >= w->s->tok_end) return false;
  const at_token *x = AT_TOK(w->doc, tok);
  if (!(x->flags & AT_TOKF_CAP) || (x->flags & AT_TOKF_UPPER) || at_match_at(w->doc, w->s, tok) >= 0 ||
      !several_syllables(w, tok) || name_syllable(w, tok + 1, true))
    return false;
  for (uint32_t k = tok; k-- > w->s->tok_start && k + 6 > tok;) { /* the title's opening quote */
    const at_token *q = AT_TOK(w->doc, k);
    if (q->kind == AT_TOK_PUNCT && (is_punct(w, k, "\"") || is_punct(w, k, "\xE2\x80\x9C"))) return false;
    if (q->kind == AT_TOK_PUNCT) break;
  }
  if (t->position) return true;
  uint32_t k = tok + 1;
  /* "đoàn ... do Thiếu tướng Khamphan dẫn đầu": who leads a delegation
   * (event_cues.tsv attend, attr delegation) is a person, as one with an
   * office is. */
  const at_match *led = match_starting(w, k, AT_CAT_CUE);
  const at_entry *cue = led ? at_match_value(led, AT_CAT_CUE, "attend") : NULL;
  if (cue && at_entry_is(cue, AT_FLAG_DELEGATION)) return true;
  if (k < w->s->tok_end && (is_punct(w, k, ",") || is_dash(w, k))) k++;
  return k > tok + 1 && match_starting(w, k, AT_CAT_POSITION) != NULL;
}

/* An office named without a name ("Bộ trưởng Quốc phòng Việt Nam đã gặp
 * ...") stands for the one person of the story who holds it, if there is
 * exactly one. English names a person known already by "the" and an office
 * of the same class, written another way ("the minister said" after
 * "Minister of National Defence General X"), on either side (`definite`). */
/* Vietnamese writes one office short or long: "Bộ trưởng", "Bộ trưởng Quốc
 * phòng", "Bộ trưởng Bộ Quốc phòng". Folded offices a and b are one when,
 * with the word "bo" after the first word dropped, one opens the other at a
 * word's end ("bo truong" opens "bo truong quoc phong"). */
static bool same_office_short_or_long(const char *a, const char *b) {
  char x[160], y[160];
  const char *in[2] = {a, b};
  char *out[2] = {x, y};
  for (int k = 0; k < 2; k++) {
    size_t n = 0;
    bool first = true;
    for (const char *c = in[k]; *c && n + 1 < sizeof x;) {
      if (*c == ' ' && !first && !strncmp(c, " bo ", 4)) {
        c += 3;
        continue;
      }
      if (*c == ' ' && first) first = false;
      out[k][n++] = *c++;
    }
    out[k][n] = 0;
  }
  size_t nx = strlen(x), ny = strlen(y), n = nx < ny ? nx : ny;
  if (strncmp(x, y, n)) return false;
  return nx == ny || (nx > ny ? x[n] : y[n]) == ' ';
}

/* x's office folded without tones: folded once for each office x holds
 * (resolve_office asks it of every holder at every bare office). */
static const char *held_office(attache_doc *doc, at_person *x) {
  if (x->folded_position_of != x->position) {
    x->folded_position = at_fold(doc->arena, x->position, strlen(x->position), AT_MATCH_TONE);
    x->folded_position_of = x->position;
  }
  return x->folded_position;
}

static void resolve_office(walker *w, const titles *t, uint32_t at, bool definite) {
  attache_doc *doc = w->doc;
  const char *office = NULL; /* folded at the first holder of an office */
  bool vietnamese = !(w->s->flags & AT_SENT_ENGLISH);
  long found = -1;
  for (size_t p = 0; p < doc->people.len; p++) {
    at_person *x = AT_PERSON(doc, p);
    if (!x->position) continue;
    const char *held = held_office(doc, x);
    if (!office) office = at_fold(doc->arena, t->position, strlen(t->position), AT_MATCH_TONE);
    bool same = !at_strcmp(held, office) ||
                (vietnamese && x->position_class && t->position_class &&
                 !at_strcmp(x->position_class, t->position_class) && same_office_short_or_long(held, office));
    if (!same && !(definite && x->position_class && t->position_class && !at_strcmp(x->position_class, t->position_class)))
      continue;
    if (t->country && x->country && at_strcmp(t->country, x->country)) continue;
    if (!t->country && !definite && !(x->country && !at_strcmp(x->country, "VN"))) continue; /* a bare office is ours */
    /* Two holders: not knowable, except that English news calls the one
     * it named first by his office alone ("Defence Minister X ... met his
     * counterpart General Y, the Defence Minister of Vietnam ... the
     * Defence Minister said"). */
    if (found >= 0) {
      if (!vietnamese && definite && same) break;
      return;
    }
    found = (long)p;
  }
  if (found >= 0) add_mention(w, (uint32_t)found, at, at);
}

/* "đoàn sĩ quan trẻ Quân Giải phóng nhân dân Trung Quốc do Đại tá X làm
 * trưởng đoàn": the state of the delegation that "do" (at do_tok) says is
 * led by the person named next, or NULL. The state named between the
 * word "đoàn" and "do", in the same clause and with no one named between
 * (two states there, as in a friendship group's name, say none);
 * the leader of a Chinese delegation, whose name reads as Vietnamese, is
 * Chinese. */
/* "do" after a delegation, or in English "by" right after "led" or
 * "headed": the delegation's leader follows ("received by" leads nothing).
 * Inline: the walk asks it of every token, and the call cost more than the
 * answer (nearly every token is told no by at_tok_word's filter). */
__attribute__((always_inline)) static inline bool led_by_at(const walker *w, uint32_t i) {
  if (!at_tok_word(w->doc, i, AT_ROLE_LED_BY)) return false;
  if (!(w->s->flags & AT_SENT_ENGLISH)) return true;
  return i > w->s->tok_start && at_tok_word(w->doc, i - 1, AT_ROLE_LEAD_VERB);
}

static const char *delegation_state(const walker *w, uint32_t do_tok) {
  const attache_doc *doc = w->doc;
  const char *state = NULL;
  for (uint32_t t = do_tok; t-- > w->s->tok_start && do_tok - t <= 16;) {
    /* "Đoàn đại biểu Khu tự trị Quảng Tây, Trung Quốc do ông X": a state
     * set off by a comma right before "do" closes the delegation's name. */
    const at_match *closing = is_punct(w, t, ",") ? match_starting(w, t + 1, AT_CAT_COUNTRY) : NULL;
    if (closing && closing->tok_end == do_tok) continue;
    if (is_punct(w, t, ",") || is_punct(w, t, ";") || AT_TOK(doc, t)->kind == AT_TOK_NUM) return NULL;
    if (at_tok_word(doc, t, AT_ROLE_DELEGATION_WORD)) return state;
    /* a state, or a force of one ("Quân Giải phóng Nhân dân Trung Quốc") */
    const at_match *c = match_starting(w, t, AT_CAT_COUNTRY);
    const at_entry *e = c ? at_match_entry(c, AT_CAT_COUNTRY) : NULL;
    if (!c && (c = match_starting(w, t, AT_CAT_BODY)) && at_strcmp(at_match_entry(c, AT_CAT_BODY)->value, "-"))
      e = at_match_entry(c, AT_CAT_BODY);
    if (e && c->tok_end <= do_tok) {
      const char *here = e->value;
      if (state && at_strcmp(state, here)) return NULL; /* "Nhóm nghị sĩ hữu nghị Việt Nam - Cam-pu-chia" */
      state = here;
    }
    for (size_t k = doc->mentions.len; k-- > 0;) {
      const at_mention *mm = AT_VEC_AT(&doc->mentions, at_mention, k);
      if (mm->sentence != w->sentence) break;
      if (mm->tok_start <= t && t < mm->tok_end) return NULL;
    }
  }
  return NULL;
}

/* "Đoàn Lào", "Đoàn Nga": the word for a delegation, which is also a family
 * name, before a state of one syllable is that state's delegation, not a
 * person (a state of several syllables ends a name anyway: "Đoàn Hoa Kỳ"). */
static bool delegation_of_a_state(const walker *w, uint32_t tok, uint32_t run) {
  if (run != 2 || !at_tok_word(w->doc, tok, AT_ROLE_DELEGATION_WORD)) return false;
  const at_match *c = match_starting(w, tok + 1, AT_CAT_COUNTRY);
  return c && c->tok_end == tok + 2;
}

/* Whether a name at tok is told as a thing's: a function word of value
 * `value` (function_words.tsv) at most `reach` tokens before it, with only
 * lower-case words and quotation marks between (and, where numbers_between,
 * numbers and dashes); a word of the lexicons between ends the look. */
static bool thing_word_seen_before(const walker *w, uint32_t tok, const char *value, uint32_t reach,
                                   bool numbers_between);
__attribute__((always_inline)) static inline bool thing_word_before(const walker *w, uint32_t tok, const char *value,
                                                                     uint32_t reach, bool numbers_between) {
  /* asked of every name; most sentences hold no such word: told by the
   * sentence's values at once (inline) */
  if (!(w->s->values & at_value_bit(AT_CAT_FUNCTION, value, strlen(value)))) return false;
  return thing_word_seen_before(w, tok, value, reach, numbers_between);
}
static bool thing_word_seen_before(const walker *w, uint32_t tok, const char *value, uint32_t reach,
                                   bool numbers_between) {
  const attache_doc *doc = w->doc;
  for (uint32_t t = tok; t-- > w->s->tok_start && tok - t <= reach;) {
    long k = at_match_at(doc, w->s, t);
    if (k >= 0) return at_match_value(AT_MATCH(doc, k), AT_CAT_FUNCTION, value) != NULL;
    const at_token *x = AT_TOK(doc, t);
    bool between = (x->kind == AT_TOK_WORD && !(x->flags & AT_TOKF_CAP)) || is_punct(w, t, "\"") ||
                   is_punct(w, t, "\xE2\x80\x9C") || /* tàu mang tên “Lê Quý Đôn” */
                   (numbers_between && (x->kind == AT_TOK_NUM || is_dash(w, t)));
    if (!between) return false;
  }
  return false;
}

/* "Tàu hộ vệ tên lửa Trần Hưng Đạo", "tàu 016 Quang Trung", "Tàu buồm 286 -
 * Lê Quý Đôn": a name after a word for a ship, with only lower-case words
 * (the ship's kind: "tên lửa", "buồm"), a hull number or a dash between, is
 * the ship's. */
static bool ship_word_before(const walker *w, uint32_t tok) { return thing_word_before(w, tok, "ship", 5, true); }

/* "chiếc tàu mang tên nhà thơ Trần Văn Thọ", "trường mang tên Anh hùng
 * ...": a name told as what a thing is named after (function_words.tsv
 * named), with at most a few lower-case words (who the namesake was) and
 * quotation marks between, names that thing, not a person taking part. */
static bool named_after_word_before(const walker *w, uint32_t tok) {
  return thing_word_before(w, tok, "named", 8, false);
}

/* "ships Admiral Tributs and Admiral Vinogradov", "the destroyer Admiral
 * Panteleyev": after a word for a ship, a rank and a name, and more of them
 * joined by "and" or commas, name ships. Returns the token after the last
 * (silenced, so no state or office is read in them), or tok when none. */
static uint32_t ships_named_after_officers(walker *w, uint32_t tok) {
  if (!(w->s->flags & AT_SENT_ENGLISH) || !ship_word_before(w, tok)) return tok;
  uint32_t end = tok;
  for (const at_match *rank; (rank = rank_starting(w, end));) {
    uint32_t run = name_syllable(w, rank->tok_end, true) ? name_run(w, rank->tok_end, true) : 0;
    if (!run) break;
    silence_matches(w, end, rank->tok_end + run);
    end = rank->tok_end + run;
    uint32_t next = end;
    if (next < w->s->tok_end && (is_punct(w, next, ",") || at_tok_word(w->doc, next, AT_ROLE_AND))) next++;
    if (next == end || !rank_starting(w, next)) break;
    end = next;
  }
  return end;
}

/* "Lý Thái Tổ HQ-012", "the Quang Trung vessel": a hull number or a word for
 * a ship right after the name (which ends before tok). */
static bool ship_mark_after(const walker *w, uint32_t tok) {
  if (hull_number_at(w, tok)) return true;
  if (is_punct(w, tok, "(") && hull_number_at(w, tok + 1)) return true; /* "Đinh Tiên Hoàng (HQ-011)" */
  const at_match *m = match_starting(w, tok, AT_CAT_FUNCTION);
  return m && at_match_value(m, AT_CAT_FUNCTION, "ship") && (w->s->flags & AT_SENT_ENGLISH);
}

/* "The Thai frigate", "a Thai patrol ship": in English a one-word state
 * adjective (countries.tsv en-adj) right before a word for a ship (tok) is
 * the ship's state. */
static bool state_adjective_before_ship(const walker *w, uint32_t tok) {
  if (!(w->s->flags & AT_SENT_ENGLISH) || tok <= w->s->tok_start) return false;
  const at_match *ship = match_starting(w, tok, AT_CAT_FUNCTION);
  if (!ship || !at_match_value(ship, AT_CAT_FUNCTION, "ship")) return false;
  const at_match *state = match_starting(w, tok - 1, AT_CAT_COUNTRY);
  return state && state->tok_end == tok && at_entry_has_flag(at_match_entry(state, AT_CAT_COUNTRY), "en-adj");
}

/* "Ảnh: Trọng Đức - TTXVN", "Photo: VNA": after a credit word and its
 * colon, the photographer and the agency: capitalized words, dashes and
 * slashes (a caption run into the next sentence goes on in lower case). The
 * token after the credit, or tok when there is none. */
static uint32_t past_credit_word(const walker *w, const at_match *m);
__attribute__((always_inline)) static inline uint32_t past_credit(const walker *w, uint32_t tok) {
  const at_match *m = match_starting(w, tok, AT_CAT_FUNCTION);
  if (!m || !at_match_value(m, AT_CAT_FUNCTION, "credit")) return tok; /* most tokens: inline */
  return past_credit_word(w, m);
}
static uint32_t past_credit_word(const walker *w, const at_match *m) {
  uint32_t tok = m->tok_start;
  if (!is_punct(w, m->tok_end, ":")) return tok;
  uint32_t end = m->tok_end + 1;
  while (end < w->s->tok_end) {
    const at_token *t = AT_TOK(w->doc, end);
    if (!(t->kind == AT_TOK_WORD && (t->flags & AT_TOKF_CAP)) && !is_dash(w, end) && !is_punct(w, end, "/")) break;
    end++;
  }
  return end;
}

/* "016-Quang Trung", "HQ-012 Lý Thái Tổ": a hull number names a ship. */
static bool hull_number_before(const walker *w, uint32_t tok) {
  if (tok < w->s->tok_start + 2) return false;
  const attache_doc *doc = w->doc;
  /* "016-Quang Trung": a number joined to the name by a hyphen */
  if (is_dash(w, tok - 1) && AT_TOK(doc, tok - 2)->kind == AT_TOK_NUM && !(AT_TOK(doc, tok - 1)->flags & AT_TOKF_SPACE))
    return true;
  /* "HQ-012 Lý Thái Tổ": letters, a hyphen and a number before the name */
  return tok >= w->s->tok_start + 3 && AT_TOK(doc, tok - 1)->kind == AT_TOK_NUM && is_dash(w, tok - 2) &&
         (AT_TOK(doc, tok - 3)->flags & AT_TOKF_UPPER) && !(AT_TOK(doc, tok - 1)->flags & AT_TOKF_SPACE);
}

/* "Theo lời mời của Bộ trưởng Quốc phòng Lào, Đại tướng Phan Văn Giang dẫn
 * đầu ...": a rank and a name with Vietnamese marks and a Vietnamese family
 * name, after a comma that follows another state's office, are a new
 * person, not that office's holder: Vietnamese news writes Lao, Khmer,
 * Thai or Western names in their own letters or as syllables joined by
 * hyphens. Chinese names are the exception: written in Hán-Việt, they read
 * as Vietnamese ("Bộ trưởng Quốc phòng Trung Quốc, Thượng tướng Ngụy Phượng
 * Hòa"). The rank starts at tok. */
static bool vietnamese_after_foreign_office(const walker *w, const titles *t, uint32_t tok) {
  if (!t->position || !t->country || !at_strcmp(t->country, "VN") || !at_strcmp(t->country, "CN") ||
      !at_strcmp(t->country, "TW"))
    return false;
  const at_match *rank = match_starting(w, tok, AT_CAT_RANK);
  if (!rank || rank->tok_end >= w->s->tok_end || !is_vietnamese_name(w, rank->tok_end)) return false;
  uint32_t end = rank->tok_end + name_run(w, rank->tok_end, true);
  for (uint32_t k = rank->tok_end; k < end; k++)
    if (!(AT_TOK(w->doc, k)->flags & AT_TOKF_LATIN)) return true;
  return false;
}

/* "congratulated Mr. X on his appointment as Indian Ambassador
 * Extraordinary and Plenipotentiary to Vietnam, ...": an office told after
 * "as" with no name of its own is the one the person named just before in
 * the sentence was appointed to: his, where he had none (and its state). */
static void office_of_the_appointee(walker *w, const titles *t, long last_person) {
  if (!t->position || last_person < 0 || !w->doc->mentions.len) return;
  const at_mention *last = AT_VEC_AT(&w->doc->mentions, at_mention, w->doc->mentions.len - 1);
  if (last->sentence != w->sentence || (long)last->person != last_person) return;
  at_person *p = AT_PERSON(w->doc, last_person);
  if (p->position) return;
  p->position = t->position;
  p->position_class = t->position_class;
  if (t->country && !p->country) p->country = t->country;
}

/* "Welcoming the Russian minister, Chief of the General Staff of the Vietnam
 * People's Army and Deputy Minister X said ...": in English an office after
 * a comma whose body names a state other than the one the title before it
 * was told with is no apposition of that title: the title before is the
 * object's (the guest's), the office after it opens the subject's own. Only
 * an office whose own words say its state counts ("Minister of Defence,
 * Chief of the General Staff" names none and stays one chain). */
static bool office_of_another_state(const walker *w, const titles *t, uint32_t tok) {
  if (!(w->s->flags & AT_SENT_ENGLISH) || !t->position || !t->country || !match_starting(w, tok, AT_CAT_POSITION))
    return false;
  titles own = {0};
  read_office(w, tok, &own);
  return own.country && at_strcmp(own.country, t->country);
}

/* Does a title opened at tok follow English "as" (not "such as"): the
 * office someone was appointed to ("Congratulating Colonel X on his new
 * post as Lao Defence Attaché to Vietnam, General Y hoped ...")? */
static bool office_told_as(const walker *w, uint32_t tok) {
  return (w->s->flags & AT_SENT_ENGLISH) && tok > w->s->tok_start + 1 && at_tok_word(w->doc, tok - 1, AT_ROLE_OFFICE_AS) &&
         !at_tok_word(w->doc, tok - 2, AT_ROLE_SUCH);
}

/* "Đại sứ Hoa Kỳ tại Việt Nam, ngài X", "Bộ trưởng Bộ Quốc phòng Ấn Độ,
 * Tiến sĩ X", "Phó Chủ tịch UBND tỉnh, đồng chí X": Vietnamese may set an
 * office off from its holder's honorific and name by a comma, as it does
 * from a rank; the office is his (a name of two syllables at least after
 * the honorific: "ông" alone may be a pronoun). */
static bool office_then_honorific_name(const walker *w, const titles *t, uint32_t tok) {
  if ((w->s->flags & AT_SENT_ENGLISH) || !t->position) return false;
  /* not an office set after a name and a comma itself ("Khi gặp Thượng
   * tướng X, Tư lệnh Hải quân Pháp, bà Y, ..."): whose it is stays open */
  if (t->title_at > 1 && t->title_at - 2 >= w->s->tok_start && is_punct(w, t->title_at - 2, ",") &&
      w->doc->mentions.len) {
    const at_mention *last = AT_VEC_AT(&w->doc->mentions, at_mention, w->doc->mentions.len - 1);
    if (last->sentence == w->sentence && last->tok_end == t->title_at - 2) return false;
  }
  const at_match *h = match_starting(w, tok, AT_CAT_HONORIFIC);
  if (!h || !(at_match_value(h, AT_CAT_HONORIFIC, "mr") || at_match_value(h, AT_CAT_HONORIFIC, "ms") ||
              at_match_value(h, AT_CAT_HONORIFIC, "sir") || at_match_value(h, AT_CAT_HONORIFIC, "dr") ||
              at_match_value(h, AT_CAT_HONORIFIC, "comrade")))
    return false;
  return name_run(w, h->tok_end, true) >= 2;
}

/* "his Japanese counterpart, Minoru Kihara, ...": a comma may stand
 * between "counterpart" and the name it introduces (two name syllables at
 * least, so "his counterpart, Defence Minister X" still reads the office).
 * The token the name starts at, or tok. */
static uint32_t past_comma_before_name(const walker *w, uint32_t tok) {
  if (!is_punct(w, tok, ",") || name_run(w, tok + 1, true) < 2) return tok;
  return tok + 1;
}

/* "his counterpart from the Republic of Korea, Kim Seon Ho": English may
 * name the counterpart's state behind "from" (and "the"), as it names
 * counterparts' ("his counterparts from Cambodia and Laos, ..."): the state
 * to t, and the token after it; else tok. */
static uint32_t past_counterpart_state(const walker *w, uint32_t tok, titles *t) {
  if (!(w->s->flags & AT_SENT_ENGLISH) || !at_tok_word(w->doc, tok, AT_ROLE_FROM)) return tok;
  uint32_t at = tok + 1 + (tok + 1 < w->s->tok_end && at_tok_word(w->doc, tok + 1, AT_ROLE_DEFINITE));
  const at_match *c = match_starting(w, at, AT_CAT_COUNTRY);
  if (!c) return tok;
  t->country = at_match_entry(c, AT_CAT_COUNTRY)->value;
  return c->tok_end;
}

/* The states joined by "and" or commas from tok on ("RoK and Indian",
 * "Cambodia, Laos and Thailand"), at most max, into states; their number.
 * *end is the token after the list. */
static size_t read_state_list(const walker *w, uint32_t tok, const char **states, size_t max, uint32_t *end) {
  size_t n = 0;
  const at_match *m;
  while (n < max && (m = match_starting(w, tok, AT_CAT_COUNTRY))) {
    states[n++] = at_match_entry(m, AT_CAT_COUNTRY)->value;
    tok = m->tok_end;
    if (is_punct(w, tok, ",")) tok++;
    if (at_tok_word(w->doc, tok, AT_ROLE_AND)) tok++;
  }
  *end = tok;
  return n;
}

/* The names of counterparts listed at tok, one for each of the nstates
 * states in order ("Park Jae-min and Ajay Kumar", ", General A and General
 * B, respectively"): each may follow its rank, the list a comma. Adds the
 * people, each of its state, and returns the token after the last name;
 * tok when the names there are not as many as the states. */
static uint32_t read_counterpart_names(walker *w, uint32_t tok, const char *const *states, size_t nstates,
                                       uint32_t *first_person_here) {
  attache_doc *doc = w->doc;
  uint32_t names[8][2];
  const char *ranks[8];
  size_t nnames = 0;
  uint32_t i = tok;
  if (is_punct(w, i, ",")) i++;
  while (nnames < nstates && nnames < 8) {
    const at_match *r = rank_starting(w, i);
    ranks[nnames] = r ? at_tok_text(doc, r->tok_start, r->tok_end) : NULL;
    if (r) i = r->tok_end;
    uint32_t run = name_syllable(w, i, true) ? name_run(w, i, true) : 0;
    if (run < 2) break;
    names[nnames][0] = i, names[nnames][1] = i + run;
    nnames++;
    i += run;
    if (nnames == nstates) break;
    if (is_punct(w, i, ",")) i++;
    if (at_tok_word(doc, i, AT_ROLE_AND)) i++;
  }
  if (nnames != nstates) return tok;
  for (size_t k = 0; k < nnames; k++) {
    titles t = {.country = states[k], .rank = ranks[k], .active = true};
    uint32_t p = add_person(w, names[k][0], names[k][1], &t, states[k]);
    add_mention(w, p, names[k][0], names[k][1]);
    silence_matches(w, names[k][0], names[k][1]);
    if (*first_person_here == UINT32_MAX) *first_person_here = p;
  }
  return names[nnames - 1][1];
}

/* "his RoK and Indian counterparts Park Jae-min and Ajay Kumar": states
 * joined by "and" or commas, the plural "counterparts", then as many names
 * joined alike, the first name the first state's. Reads them at tok (a
 * state) and returns the token after the last name, or tok when the words
 * there are not such a list. */
static uint32_t read_counterparts(walker *w, uint32_t tok, uint32_t *first_person_here) {
  const char *states[8];
  uint32_t i;
  size_t nstates = read_state_list(w, tok, states, 8, &i);
  const at_match *h = match_starting(w, i, AT_CAT_HONORIFIC);
  if (nstates < 2 || !h || !at_match_value(h, AT_CAT_HONORIFIC, "counterparts")) return tok;
  return read_counterpart_names(w, h->tok_end, states, nstates, first_person_here);
}

/* "his counterparts from Cambodia and Laos, General A and General B": the
 * states after "from", then as many names, the first the first state's.
 * Reads them at tok (after "counterparts") and returns the token after the
 * last name, or tok when the words there are not such a list. */
static uint32_t read_counterparts_from(walker *w, uint32_t tok, uint32_t *first_person_here) {
  if (!at_tok_word(w->doc, tok, AT_ROLE_FROM)) return tok;
  const char *states[8];
  uint32_t i;
  size_t nstates = read_state_list(w, tok + 1, states, 8, &i);
  if (nstates < 2) return tok;
  return read_counterpart_names(w, i, states, nstates, first_person_here);
}

/* The name after ", " or "and" at tok that goes on a list of names, or tok. */
static uint32_t next_in_list(const walker *w, uint32_t tok) {
  uint32_t next = tok;
  if (is_punct(w, next, ",")) next++;
  if (at_tok_word(w->doc, next, AT_ROLE_AND)) next++;
  return next != tok && name_syllable(w, next, true) && name_run(w, next, true) >= 2 ? next : tok;
}

/* Does a list of two names or more start at tok ("Nguyễn Văn An (trái) và
 * Ito Naoki")? A plural title names each ("hai Bộ trưởng A và B"). */
static bool names_a_list(const walker *w, uint32_t tok) {
  uint32_t run = name_syllable(w, tok, true) ? name_run(w, tok, true) : 0;
  if (run < 2) return false;
  uint32_t after = skip_brackets(w, tok + run);
  return next_in_list(w, after) != after;
}

/* Can token i start anything in walk_sentence outside a title chain
 * (where t is all zero)? Every rule there asks for a match starting at i
 * or a name syllable. Such a match opens something only if it holds a
 * rank, an office, an honorific, a credit or copula word, or in English a
 * state (a silenced match, with no entries, holds none); a capitalized word
 * is a name syllable only where no match covers it or its match is a
 * one-syllable family name (name_syllable_matched, t.active false). An
 * English "counterparts" is looked at on every token but those the walk
 * passed before on one test (no match starting there, no capital). Most
 * tokens are told no here, in a few tests of their flags, categories and
 * value bits. */
__attribute__((always_inline)) static inline bool opens_outside_title(const walker *w, uint32_t i) {
  const at_token *x = AT_TOK(w->doc, i);
  bool cap = x->kind == AT_TOK_WORD && (x->flags & AT_TOKF_CAP);
  if (x->match == AT_NO_MATCH) return cap;
  const at_match *m = AT_MATCH(w->doc, x->match);
  bool english = w->s->flags & AT_SENT_ENGLISH;
  if (m->tok_start != i) return cap && english && at_tok_word(w->doc, i, AT_ROLE_COUNTERPARTS);
  uint32_t opening = 1u << AT_CAT_RANK | 1u << AT_CAT_POSITION | 1u << AT_CAT_HONORIFIC | (english ? 1u << AT_CAT_COUNTRY : 0);
  if (cap && m->tok_end == i + 1) opening |= 1u << AT_CAT_FAMILY | (english ? 1u << AT_CAT_PLACE : 0);
  if (m->count && (m->categories & opening)) return true;
  if (m->count && (m->values & at_match_bit(at_value_bit(AT_CAT_FUNCTION, "credit", 6) | at_value_bit(AT_CAT_FUNCTION, "copula", 6))))
    return true;
  return english && at_tok_word(w->doc, i, AT_ROLE_COUNTERPARTS);
}

/* The first token from i on that opens something outside a title chain, or
 * the sentence's end. A Vietnamese match that opens nothing is passed
 * whole: a token inside a match opens nothing there. */
static inline uint32_t next_opening(const walker *w, uint32_t i) {
  const bool english = w->s->flags & AT_SENT_ENGLISH;
  while (i < w->s->tok_end && !opens_outside_title(w, i)) {
    uint32_t m = AT_TOK(w->doc, i)->match;
    i = m == AT_NO_MATCH || english ? i + 1 : AT_MATCH(w->doc, m)->tok_end;
  }
  return i;
}

/* "Về phía Trung Quốc có Đại tá X, ...; về phía Lào có ...", "Phía Trung
 * Quốc do Đại tá X làm trưởng đoàn": a side (function_words.tsv side) and
 * its state, opening the sentence or a clause, are the state of the people
 * named after it up to the next side or ";". Border stories tell Chinese
 * officers so, by names read in Hán-Việt that look Vietnamese. The state of
 * the last such side before tok, or NULL. */
static const char *side_told_before(const walker *w, uint32_t tok) {
  if (w->s->flags & AT_SENT_ENGLISH) return NULL;
  uint32_t clause = w->s->tok_start; /* a side's clause ends at ";" */
  for (uint32_t k = w->s->tok_start; k < tok; k++)
    if (is_punct(w, k, ";")) clause = k + 1;
  const char *side = NULL;
  for (uint32_t m = w->s->match_start; m < w->s->match_end; m++) {
    const at_match *mt = AT_MATCH(w->doc, m);
    if (mt->tok_start >= tok) break;
    if (mt->tok_start < clause || !at_match_value(mt, AT_CAT_FUNCTION, "side")) continue;
    /* "Phía Hải quân Trung Quốc gồm ...": a side may be named by its force
     * (bodies.tsv) and the force's state, or a force of one state alone */
    const at_match *force = match_starting(w, mt->tok_end, AT_CAT_BODY);
    const char *of_force = force ? at_match_entry(force, AT_CAT_BODY)->value : NULL;
    const at_match *state = match_starting(w, force ? force->tok_end : mt->tok_end, AT_CAT_COUNTRY);
    bool opens = mt->tok_start == w->s->tok_start || is_punct(w, mt->tok_start - 1, ",") || is_punct(w, mt->tok_start - 1, ";");
    side = !opens                              ? NULL
           : state                             ? at_match_entry(state, AT_CAT_COUNTRY)->value
           : of_force && strlen(of_force) == 2 ? of_force
                                               : NULL;
  }
  return side;
}

static uint32_t past_dateline(const walker *w, uint32_t *outlet);
static void walk_sentence(walker *w) {
  attache_doc *doc = w->doc;
  titles t = {0};
  uint32_t first_person_here = UINT32_MAX;
  long last_person = -1;
  uint32_t office_from = 0; /* where the office chain being read began */
  titles delegation = {0};  /* "đoàn Tư lệnh ... Thái Lan do ...": the office the delegation is named by */
  bool titled_list = false; /* "hai Bộ trưởng X và Y": a plural title before a list of names */
  titles office_list = {0}; /* "các Thứ trưởng ...: Thượng tướng X, Thượng tướng Y": each holds it */
  bool in_office_list = false;
  const uint32_t tok_end = w->s->tok_end;
  uint32_t outlet;
  for (uint32_t i = past_dateline(w, &outlet); i < tok_end;) { /* a dateline names no one */
    const at_match *m;
    if (!t.active) {
      /* Outside a title chain, the tokens that open nothing (most tokens)
       * are passed in this loop. Each passed token would set the
       * delegation's state anew (as the end of this loop does), so only
       * the last one's counts: the token right before the one that opens. */
      uint32_t from = i;
      i = next_opening(w, i);
      if (i == tok_end) break;
      if (i != from && !delegation.position) delegation.country = led_by_at(w, i - 1) ? delegation_state(w, i - 1) : NULL;
    }
    uint32_t credit_end = past_credit(w, i);
    if (credit_end != i) { /* the photographer is not a person of the story */
      t = (titles){0};
      i = credit_end;
      continue;
    }
    if ((w->s->flags & AT_SENT_ENGLISH) && at_tok_word(doc, i, AT_ROLE_COUNTERPARTS)) {
      uint32_t after_list = read_counterparts_from(w, i + 1, &first_person_here);
      if (after_list != i + 1) {
        t = (titles){0};
        i = after_list;
        continue;
      }
    }
    if ((m = match_starting(w, i, AT_CAT_FUNCTION)) && at_match_value(m, AT_CAT_FUNCTION, "copula") &&
        match_starting(w, m->tok_end, AT_CAT_POSITION)) {
      /* "... vừa được bổ nhiệm làm Tùy viên Quốc phòng", "trên cương vị Bộ
       * trưởng": the office is said of the person just named. */
      titles pred = {0};
      i = read_office(w, m->tok_end, &pred);
      if (last_person >= 0 && pred.position && !AT_PERSON(doc, last_person)->position) {
        AT_PERSON(doc, last_person)->position = pred.position;
        AT_PERSON(doc, last_person)->position_class = pred.position_class;
      }
      t = (titles){0};
      continue;
    }
    if ((m = rank_starting(w, i))) {
      /* "the anti-submarine ships Admiral Tributs and Admiral Vinogradov":
       * ships named after officers, no people. */
      uint32_t named_ship = !t.active ? ships_named_after_officers(w, i) : i;
      if (named_ship > i) {
        i = named_ship;
        continue;
      }
      if (!t.active) t = (titles){0}, t.title_at = m->tok_start + 1, t.as_office = office_told_as(w, i);
      t.rank = at_tok_text(doc, m->tok_start, m->tok_end);
      t.active = true;
      i = m->tok_end;
      continue;
    }
    /* "Cambodian Deputy Prime Minister and Minister of National Defence Gen.
     * X", "Australian Deputy Prime Minister and Defense Minister X": English
     * joins two offices of one person by "and" before the name, and the state
     * told before the first is his (read anew, the second office had no state
     * and took the sentence's first state). A premiership and a ministry are
     * one office as written; of two others ("Chief of the General Staff and
     * Deputy Minister of National Defence X", "Party General Secretary and
     * President X") the last is the main one, as before. */
    if (t.active && t.position && (w->s->flags & AT_SENT_ENGLISH) && at_tok_word(doc, i, AT_ROLE_AND) &&
        match_starting(w, i + 1, AT_CAT_POSITION)) {
      titles second = t;
      second.position = NULL;
      uint32_t end = read_office(w, i + 1, &second);
      bool premier = t.position_class && strstr(t.position_class, "head_of_government");
      if (second.position && !premier) {
        t = second;
      } else if (second.position) {
        const char *and_word = at_tok_text(doc, i, i + 1);
        size_t a = strlen(t.position), b = strlen(and_word), c = strlen(second.position);
        char *joined = at_arena_alloc(doc->arena, a + b + c + 3);
        memcpy(joined, t.position, a);
        joined[a] = ' ';
        memcpy(joined + a + 1, and_word, b);
        joined[a + 1 + b] = ' ';
        memcpy(joined + a + 2 + b, second.position, c + 1);
        t = second;
        t.position = joined; /* and the ministry's class */
      }
      i = end;
      continue;
    }
    if (match_starting(w, i, AT_CAT_POSITION)) {
      if (!t.active) t = (titles){0}, office_from = i, t.title_at = i + 1, t.as_office = office_told_as(w, i);
      t.active = true;
      const char *held_before = t.position;
      uint32_t office_at = i;
      i = read_office(w, i, &t);
      if (!(w->s->flags & AT_SENT_ENGLISH) && t.position && t.position != held_before) {
        uint32_t list = past_plural_office(w, office_at, i);
        if (list != i) {
          office_list = (titles){0};
          office_list.position = t.position, office_list.position_class = t.position_class;
          office_list.country = t.country;
          in_office_list = true;
          i = list;
        }
      }
      continue;
    }
    if ((m = match_starting(w, i, AT_CAT_HONORIFIC))) {
      const at_entry *e = at_match_entry(m, AT_CAT_HONORIFIC);
      if (at_entry_has_flag(e, "pronoun") && !name_run(w, m->tok_end, true)) {
        /* "ông", "bà" alone: the person this sentence, or the last one, is
         * about; an object ("hosted a ceremony for him") is someone else than
         * this sentence's subject: the one the last sentence was about. */
        bool object = at_entry_has_flag(e, "object");
        long who = first_person_here != UINT32_MAX && !object ? (long)first_person_here : -1;
        if (who < 0)
          for (size_t k = doc->mentions.len; k-- > 0;) {
            const at_mention *mm = AT_VEC_AT(&doc->mentions, at_mention, k);
            if (mm->sentence + 2 < w->sentence) break;
            who = (long)mm->person;
            if (mm->sentence < w->sentence &&
                (k == 0 || AT_VEC_AT(&doc->mentions, at_mention, k - 1)->sentence != mm->sentence))
              break; /* the first person of the previous sentence */
          }
        if (who >= 0) add_mention(w, (uint32_t)who, m->tok_start, m->tok_end);
        t = (titles){0};
        i = m->tok_end;
        continue;
      }
      titled_list = !at_strcmp(e->value, "titles");
      if (titled_list && !names_a_list(w, m->tok_end)) { /* "hai Bộ trưởng Quốc phòng": no names follow */
        titled_list = false;
        i = m->tok_end;
        continue;
      }
      if (!t.active) t = (titles){0}, t.title_at = m->tok_start + 1, t.as_office = office_told_as(w, i);
      t.active = true;
      if (at_entry_has_flag(e, "peer")) t.peer = true, t.peer_at = m->tok_start;
      if (at_entry_has_flag(e, "foreign")) t.foreign = true;
      i = m->tok_end;
      if (!at_strcmp(e->value, "counterpart"))
        i = past_comma_before_name(w, past_counterpart_state(w, i, &t)), t.counterpart = true;
      continue;
    }
    if (!t.active && (w->s->flags & AT_SENT_ENGLISH) && (m = match_starting(w, i, AT_CAT_COUNTRY))) {
      uint32_t after_list = read_counterparts(w, i, &first_person_here);
      if (after_list != i) {
        i = after_list;
        continue;
      }
      /* English names the state before the title: "Vietnamese Defense Minister
       * X", "Vietnam's Minister of National Defense, General X". */
      uint32_t k = m->tok_end;
      if (k + 1 < w->s->tok_end && at_possessive_at(doc, k)) k += 2;
      const at_match *h = match_starting(w, k, AT_CAT_HONORIFIC);
      bool counterpart = h && at_match_value(h, AT_CAT_HONORIFIC, "counterpart"); /* "his Lao counterpart X" */
      /* "attachés in Vietnam Colonel X": a state after "in" is where the
       * person serves, not whose the title is. */
      bool serves_in = i > w->s->tok_start && at_tok_word(doc, i - 1, AT_ROLE_IN);
      if (match_starting(w, k, AT_CAT_POSITION) || match_starting(w, k, AT_CAT_RANK) || counterpart) {
        t = (titles){0};
        t.active = true;
        t.as_office = office_told_as(w, i);
        t.country = serves_in ? NULL : at_match_entry(m, AT_CAT_COUNTRY)->value;
        i = counterpart ? h->tok_end : k;
        if (counterpart) i = past_comma_before_name(w, i), t.counterpart = true;
        continue;
      }
    }
    /* English names a state before the title, not after it: after a title a
     * state's one word that is also a family name, with more of a name after
     * it, begins the name ("Vice Admiral Thai Van Son", Thái without marks). */
    if (t.active && (m = match_starting(w, i, AT_CAT_COUNTRY)) && !t.country &&
        !((w->s->flags & AT_SENT_ENGLISH) && m->tok_end == i + 1 && match_starting(w, i, AT_CAT_FAMILY) &&
          name_syllable(w, i + 1, true))) {
      t.country = at_match_entry(m, AT_CAT_COUNTRY)->value;
      i = skip_brackets(w, m->tok_end);
      continue;
    }
    if (t.active && is_punct(w, i, ",") &&
        (match_starting(w, i + 1, AT_CAT_POSITION) || match_starting(w, i + 1, AT_CAT_RANK) ||
         office_then_honorific_name(w, &t, i + 1))) {
      i++; /* "Chuẩn Đô đốc, Phó Tổng tham mưu trưởng ... Nguyễn Trọng Bình" */
      /* "on his appointment as Japanese Defense Attaché to Vietnam, Senior
       * Lieutenant General X expressed ...": the office was the appointee's;
       * the title after the comma opens the subject's own */
      if (t.as_office) {
        office_of_the_appointee(w, &t, last_person);
        t = (titles){0};
        continue;
      }
      if (vietnamese_after_foreign_office(w, &t, i) || office_of_another_state(w, &t, i)) t = (titles){0};
      continue;
    }
    /* "the Vice Minister of the South Korean Ministry of National Defense,
     * Shin Beom-chul, ...", "Deputy Secretary ... at the Australian
     * Department of Defence, Peter Tesch, co-chaired ...": English may set
     * the name off from its office by a comma, as after "counterpart" (two
     * name syllables at least; not words a title follows: "the
     * Governor-General, Her Excellency Ms X"). */
    if (t.active && t.position && (w->s->flags & AT_SENT_ENGLISH) && past_comma_before_name(w, i) != i) {
      uint32_t end = i + 1 + name_run(w, i + 1, true);
      if (!match_starting(w, end, AT_CAT_HONORIFIC) && !match_starting(w, end, AT_CAT_RANK) &&
          !match_starting(w, end, AT_CAT_POSITION)) {
        i++;
        continue;
      }
    }
    uint32_t run = name_syllable(w, i, t.active) || (t.active && t.position && org_word_opening_name(w, i))
                       ? name_run(w, i, t.active)
                       : 0;
    /* "tiếp Đoàn Lào": no one; after a title a person ("Thượng tướng Đoàn Nga") */
    if (!t.active && delegation_of_a_state(w, i, run)) run = 0;
    /* "ship 016-Quang Trung", "mang tên Trần Văn Thọ": a ship or a thing, not a
     * person (a name after a title is a person's) */
    if (run && !t.active && (hull_number_before(w, i) || ship_word_before(w, i) || ship_mark_after(w, i + run) ||
                          named_after_word_before(w, i))) {
      /* "The Thai frigate X": a state's adjective right before a ship's kind
       * is the ship's state, not the end of its name (Thai is also a family
       * name, so "The Thai" read as a name). */
      uint32_t name_end = i + run;
      if (state_adjective_before_ship(w, name_end)) name_end--;
      silence_matches(w, i, name_end); /* nor is "Thai" in "frigate Ly Thai To" a state */
      t = (titles){0};
      i += run;
      continue;
    }
    bool vietnamese = run && !t.foreign && is_vietnamese_name(w, i) && (t.active || !family_only_after_title(w, i));
    /* Syllables joined by hyphens ("Văn-thoong Bút-tạ-vông") write a Lao or
     * Thai name, never a Vietnamese one, whatever its first syllable. */
    for (uint32_t k = i + 1; vietnamese && k + 1 < i + run; k++)
      if (is_dash(w, k) && !(AT_TOK(doc, k)->flags & AT_TOKF_SPACE)) vietnamese = false;
    bool accept = false;
    if (run >= 2 && (vietnamese || t.active)) accept = true;
    /* "trạm hội đàm khu vực Kim Bình", "tỉnh Hồng Hà": a name right after a
     * word for a place (function_words.tsv place_word, area) is the place's,
     * though it opens with a family name; no title stands before it. */
    if (accept && !t.active && place_word_before(w, i)) {
      silence_matches(w, i, i + run);
      i += run;
      continue;
    }
    uint32_t after = i + run;
    /* "Giám đốc Cơ quan Kiểm kê tù binh và người mất tích (DPAA) Kelly
     * McKeague": a name in Latin letters right after an agency's acronym in
     * brackets is its head's, whose office was told before it. */
    if (!accept && run >= 2 && !vietnamese && (AT_TOK(doc, i)->flags & AT_TOKF_LATIN) &&
        !(w->s->flags & AT_SENT_ENGLISH) && acronym_gloss_before(w, i))
      accept = true;
    if (!accept && run >= 2 && !vietnamese && (AT_TOK(doc, i)->flags & AT_TOKF_LATIN)) {
      /* A Latin-script name with an office after it: "Florence Parly, Bộ
       * trưởng"; English may name the office's state first: "Lloyd Austin,
       * US Secretary of Defense", "X, Australia's Minister for Defence". */
      uint32_t k = skip_brackets(w, past_post_nominal(w, after));
      uint32_t office = k + 1;
      /* "X, former Minister of State for Asia, ...": he held it */
      if ((w->s->flags & AT_SENT_ENGLISH) && office < w->s->tok_end && at_tok_word(doc, office, AT_ROLE_FORMER)) office++;
      const at_match *state = (w->s->flags & AT_SENT_ENGLISH) ? match_starting(w, office, AT_CAT_COUNTRY) : NULL;
      if (state) {
        office = state->tok_end;
        if (office + 1 < w->s->tok_end && at_possessive_at(doc, office)) office += 2;
      }
      if ((is_punct(w, k, ",") || is_dash(w, k)) &&
          (match_starting(w, office, AT_CAT_POSITION) || match_starting(w, office, AT_CAT_RANK)))
        accept = true;
    }
    /* One word of a known name: after a title ("Bộ trưởng Parly"), or bare
     * in English, which names a person again by one name ("Giang said",
     * "Carter's visit"). */
    bool english_bare = !t.active && (w->s->flags & AT_SENT_ENGLISH);
    /* After a title, a one-word name that is also a place's ("General Vinh",
     * Vinh the city) is still one word of a known name. */
    bool place_word_after_title = run == 0 && t.active && name_syllable(w, i, true) && !name_syllable(w, i + 1, true);
    /* "Vinh and Kihara signed ...", "under the co-chairmanship of Vinh and
     * General X": English names a Vietnamese again by his given name, which
     * may be a place's too (Vinh the city); the word alone, not after a word
     * that puts a place (token_words.tsv place_case: "in Vinh"), is the
     * person's when a person of the story ends his name with it. */
    if (run == 0 && english_bare && name_syllable(w, i, true) && !name_syllable(w, i + 1, true) &&
        !(i > w->s->tok_start && at_tok_word(doc, i - 1, AT_ROLE_PLACE_CASE))) {
      long pm = at_match_at(doc, w->s, i);
      const at_match *place = pm >= 0 ? AT_MATCH(doc, pm) : NULL;
      place_word_after_title = place && place->tok_start == i && place->tok_end == i + 1 &&
                               at_match_entry(place, AT_CAT_PLACE) && !at_match_entry(place, AT_CAT_COUNTRY) &&
                               given_name_of_known(doc, i);
    }
    if ((run == 1 && (t.active || english_bare)) || place_word_after_title) {
      long known = known_by_word(doc, i);
      if (known >= 0) {
        at_person *x = AT_PERSON(doc, known);
        if (t.rank && !x->rank) x->rank = t.rank;
        take_office(w, x, &t);
        add_mention(w, (uint32_t)known, i, i + 1);
        if (first_person_here == UINT32_MAX) first_person_here = (uint32_t)known;
        t = (titles){0};
        i++;
        continue;
      }
    }
    /* English calls an officer by rank and one name, which may be a place's
     * too: "General Vinh"; a peer is named by title and one name: "Lord Astor". */
    /* "his British counterpart Healey", "his Japanese counterpart Kihara":
     * English may name the counterpart by family name alone. */
    if (run <= 1 && ((t.rank && (!t.position || rank_right_before(w, i)) && (w->s->flags & AT_SENT_ENGLISH)) || t.peer ||
                     (t.counterpart && !t.rank && !t.position && (w->s->flags & AT_SENT_ENGLISH))) &&
        name_syllable(w, i, true) && !name_syllable(w, i + 1, true) &&
        (!at_tok_word(doc, i + 1, AT_ROLE_OF) || state_of_after_name(w, i + 1, &(uint32_t){0})) &&
        AT_TOK(doc, i)->end - AT_TOK(doc, i)->start > 1) /* an initial alone is no name */
      accept = true, run = 1, after = i + 1; /* but "General Department of Customs" is no one */
    if (run <= 1 && !accept && foreign_single_name(w, &t, i)) accept = true, run = 1, after = i + 1;
    /* The full name of a person already known, with no title this time:
     * "Sergey Shoygu met ..." after the headline named the minister. */
    if (!accept && run >= 2 && doc->people.len && known_by_name(doc, i, after) >= 0) accept = true;
    /* A Vietnamese name has at most four syllables, but Vietnamese news
     * writes a Lao name syllable by syllable, given name and family name
     * together often five or six, and its first may be a Vietnamese family
     * name ("Đại tá Vi Lay Văn Khăm Xay Nha"): such a long run whose state,
     * told before it or in its apposition, is another is that state's name,
     * whole. */
    if (accept && run > 4 && vietnamese) {
      uint32_t past = skip_brackets(w, after);
      titles told = {0};
      const char *state = state_of_after_name(w, past, &past);
      read_apposition(w, past, &told, t.position != NULL);
      if (!state) state = t.country ? t.country : told.country ? told.country : delegation.country;
      if (state && at_strcmp(state, "VN"))
        vietnamese = false;
      else
        run = 4, after = i + run;
    }
    if (accept) {
      if (t.peer && t.peer_at + 1 == i) i = t.peer_at; /* "Lord Astor", "Earl Howe" */
      uint32_t k = skip_brackets(w, past_post_nominal(w, after));
      /* A family name and Vietnamese letters in the name: a Vietnamese. */
      bool marked = false;
      for (uint32_t k2 = i; k2 < after; k2++) /* a hyphen is no mark */
        marked |= AT_TOK(doc, k2)->kind == AT_TOK_WORD && !(AT_TOK(doc, k2)->flags & AT_TOKF_LATIN);
      titles app = {0};
      uint32_t past_state = k;
      const char *state_of = state_of_after_name(w, k, &past_state);
      if (state_of && !t.country) t.country = state_of;
      uint32_t end = read_apposition(w, past_state, &app, t.position != NULL);
      /* "A và Thượng tướng X, Bộ trưởng Quốc phòng Trung Quốc đồng chủ trì":
       * a name joined to another by "và" is one of the clause's subjects,
       * and the office after it is its own (a Chinese name written in
       * Vietnamese syllables may begin with a Vietnamese family name). */
      bool and_before =
          t.title_at > 1 && t.title_at - 2 >= w->s->tok_start && at_tok_word(doc, t.title_at - 2, AT_ROLE_AND);
      if (vietnamese && marked && app.country && at_strcmp(app.country, "VN") && !app.sided && !and_before &&
          !apposition_closes_clause(w, end)) {
        /* "Trong cuộc gặp Thượng tướng Nguyễn Chí Vịnh, Bộ trưởng Bộ Quốc phòng
         * Pháp thông báo ...": a foreign office after a Vietnamese name, with
         * the clause going on after it, starts the next phrase; it is not
         * this person's. */
        app = (titles){0};
        end = k;
      }
      if (vietnamese && app.position && !app.country) app.country = state_after_unit_place(w, end);
      if (!t.rank) t.rank = app.rank;
      /* "Senator X, Australia's Minister for Defence": a seat in a
       * legislature before the name is not the main office (the contract's
       * position) where the apposition names a government's office, a
       * ministry or a premiership; a senator who chairs a committee stays
       * a senator. */
      bool seat_only = t.position && app.position && t.position_class && !at_strcmp(t.position_class, "legislator") &&
                       app.position_class &&
                       (strstr(app.position_class, "minister") || strstr(app.position_class, "head_of_government"));
      if (!t.position || seat_only) t.position = app.position, t.position_class = app.position_class;
      if (!t.country) t.country = app.country;
      /* "đoàn Tư lệnh Tối cao Quân đội Hoàng gia Thái Lan do Đại tướng X
       * làm trưởng đoàn": the leader holds the office the delegation is
       * named by. */
      if (delegation.position && !t.position && !(t.country && delegation.country && at_strcmp(t.country, delegation.country))) {
        t.position = delegation.position;
        if (!t.country) t.country = delegation.country;
      }
      if (!t.country && delegation.country) t.country = delegation.country;
      if (!t.country && !t.international) t.country = side_told_before(w, i);
      delegation = (titles){0};
      /* English text writes Vietnamese names without marks ("Phan Van Giang"):
       * there the family name alone says Vietnamese. */
      bool english = w->s->flags & AT_SENT_ENGLISH;
      /* but not one whose given name joins syllables with a hyphen: "Kim
       * Tae-sung", "Han Min-koo" are Korean (Vietnamese writes no hyphen). */
      bool joined = false;
      for (uint32_t k2 = i; k2 < after; k2++) joined |= is_dash(w, k2);
      const char *guess =
          t.international ? NULL : vietnamese && (marked || (english && !joined)) ? "VN" : foreign_guess(w);
      /* "Bộ trưởng Quốc phòng Hàn Quốc X đã hội đàm với người đồng cấp Việt
       * Nam Y": "người đồng cấp" (the one of the same office) holds the
       * office of the last one the sentence named before with an office. */
      if (t.counterpart && !t.position && !english)
        for (size_t k2 = doc->mentions.len; k2-- > 0;) {
          const at_mention *mm = AT_VEC_AT(&doc->mentions, at_mention, k2);
          if (mm->sentence != w->sentence) break;
          const at_person *o = AT_PERSON(doc, mm->person);
          if (!o->position) continue;
          t.position = o->position, t.position_class = o->position_class;
          break;
        }
      uint32_t p = add_person(w, i, after, &t, guess);
      last_person = (long)p;
      add_mention(w, p, i, after);
      silence_matches(w, i, after);
      if (first_person_here == UINT32_MAX) first_person_here = p;
      t = (titles){0};
      i = end > k ? end : k;
      if (titled_list) { /* the next name of the list has the plural title too */
        uint32_t next = next_in_list(w, i);
        titled_list = next != i;
        if (titled_list) t.active = true, i = next;
      }
      if (in_office_list) { /* the next ranked name holds the plural office too */
        uint32_t next = next_ranked_in_list(w, i);
        in_office_list = next != i;
        if (in_office_list) t = office_list, t.active = true, i = next;
      }
      continue;
    }
    /* Anything else ends a title chain, except the words that sit inside
     * one: a body, an international organisation ("Tổng thư ký ASEAN",
     * "Phó Tổng thư ký Liên hợp quốc"), "nước", a bracketed gloss. */
    if (t.active) {
      if (match_starting(w, i, AT_CAT_BODY) || match_starting(w, i, AT_CAT_ORG) || at_tok_word(doc, i, AT_ROLE_STATE_WORD)) {
        m = match_starting(w, i, AT_CAT_BODY);
        if (!m && (m = match_starting(w, i, AT_CAT_ORG))) t.international = !t.country;
        i = m ? m->tok_end : i + 1;
        continue;
      }
      if (is_punct(w, i, "(")) {
        uint32_t k = skip_brackets(w, i);
        if (k != i) {
          /* "Tham mưu trưởng hạm đội Đông Hải (Trung Quốc)": a state alone in the brackets is the office's */
          const at_match *c = match_starting(w, i + 1, AT_CAT_COUNTRY);
          if (c && c->tok_end + 1 == k && !t.country && !(w->s->flags & AT_SENT_ENGLISH)) t.country = at_match_entry(c, AT_CAT_COUNTRY)->value;
          i = k;
          continue;
        }
      }
      /* "do Tham mưu trưởng hạm đội Đông Hải (Trung Quốc) - Vương Hồng Lý làm
       * trưởng đoàn", "Phó Trợ lý Bộ trưởng Quốc phòng - bà X": Vietnamese may
       * set the name off its office by a dash; the office is still his. */
      if (t.position && !(w->s->flags & AT_SENT_ENGLISH) && is_dash(w, i) && i + 1 < tok_end &&
          (match_starting(w, i + 1, AT_CAT_HONORIFIC) || is_vietnamese_name(w, i + 1) ||
           (name_syllable(w, i + 1, true) && !match_starting(w, i + 1, AT_CAT_COUNTRY) &&
            !match_starting(w, i + 1, AT_CAT_PLACE) && !match_starting(w, i + 1, AT_CAT_POSITION)))) {
        i++;
        continue;
      }
      bool definite = (w->s->flags & AT_SENT_ENGLISH) && office_from > w->s->tok_start &&
                      at_tok_word(doc, office_from - 1, AT_ROLE_DEFINITE); /* "the minister said" */
      /* "Bộ trưởng Quốc phòng hai nước đã hội đàm", "Tại cuộc gặp, Bộ
       * trưởng hai nước đồng quan điểm": an office of both states
       * (function_words.tsv both) is held by two people, not by ours alone. */
      const at_match *both = t.position && !(w->s->flags & AT_SENT_ENGLISH) ? match_starting(w, i, AT_CAT_FUNCTION) : NULL;
      if (t.as_office) office_of_the_appointee(w, &t, last_person);
      else if (t.position && !(both && at_match_value(both, AT_CAT_FUNCTION, "both"))) resolve_office(w, &t, i, definite);
      bool led = t.position && office_from > w->s->tok_start && at_tok_word(doc, office_from - 1, AT_ROLE_DELEGATION_WORD) &&
                 led_by_at(w, i);
      delegation = led ? t : (titles){0};
      t = (titles){0};
    }
    /* the delegation's state waits for the name right after "do" and its titles */
    if (!delegation.position) delegation.country = led_by_at(w, i) ? delegation_state(w, i) : NULL;
    i += run ? run : 1;
  }
  if (t.active && t.position)
    resolve_office(w, &t, w->s->tok_end,
                   (w->s->flags & AT_SENT_ENGLISH) && office_from > w->s->tok_start && at_tok_word(doc, office_from - 1, AT_ROLE_DEFINITE));
}

static bool capital_after(const attache_doc *doc, const at_match *m) {
  const at_token *next = m->tok_end < doc->tokens.len ? AT_TOK(doc, m->tok_end) : NULL;
  return next && next->kind == AT_TOK_WORD && (next->flags & AT_TOKF_CAP);
}

/* find_main_foreign's count of the states named in one sentence, into
 * codes and counts (*count of them, at most 64). */
static void count_states(attache_doc *doc, const at_sentence *s, const char **codes, int *counts, int *count) {
  int n = *count;
  uint32_t ship = at_match_bit(at_value_bit(AT_CAT_FUNCTION, "ship", 4));
  for (uint32_t m = s->match_start; m < s->match_end; m++) {
    const at_match *mt = AT_MATCH(doc, m);
    const at_entry *e = at_match_entry(mt, AT_CAT_COUNTRY);
    /* "USS Bunker Hill arrived at Cam Ranh ... The destroyer docked at Da
     * Nang": a navy's ship named by its prefix counts for its state. A
     * prefix has a capitalized word after it (at_ship_prefix_state_of): that
     * is asked first, as many words after a match are none and a ship
     * word's value bit is shared by other common words. */
    size_t len;
    const char *navy = !e && (mt->values & ship) && capital_after(doc, mt) ? at_ship_prefix_state(doc, mt, &len) : NULL;
    if (navy) {
      int k = 0;
      while (k < n && !(strlen(codes[k]) == len && !memcmp(codes[k], navy, len))) k++;
      if (k == n && n < 64) {
        codes[n] = at_arena_strndup(doc->arena, navy, len);
        counts[n++] = 0;
      }
      if (k < n) counts[k]++;
      continue;
    }
    if (!e || !at_strcmp(e->value, "VN")) continue;
    if (mt->tok_end - mt->tok_start == 1 && mt->tok_start > 0 && (AT_TOK(doc, mt->tok_start - 1)->flags & AT_TOKF_CAP) &&
        !(AT_TOK(doc, mt->tok_start - 1)->flags & AT_TOKF_UPPER) && AT_TOK(doc, mt->tok_start - 1)->kind == AT_TOK_WORD)
      continue; /* "Nguyễn Đức Thành": a given name; not after an abbreviation ("QĐND Lào") */
    int k = 0;
    while (k < n && at_strcmp(codes[k], e->value)) k++;
    if (k == n) {
      if (n == 64) continue;
      codes[n] = e->value;
      counts[n++] = 0;
    }
    counts[k]++;
  }
  *count = n;
}

/* "Đồn Biên phòng A ký kết nghĩa với Đại đội 5, Bộ Chỉ huy Quân sự tỉnh
 * Salavan": Vietnamese border news often names the other side's unit by its
 * province alone, never its state. In a story that names no state, the
 * state of the first foreign province or city told after a place word
 * ("tỉnh", "thành phố": function_words.tsv place_word); NULL when none. */
static const char *foreign_province_named(const attache_doc *doc) {
  uint64_t place_word = at_value_bit(AT_CAT_FUNCTION, "place_word", 10);
  for (uint32_t s = 0; s < doc->sentences.len; s++) {
    const at_sentence *sent = AT_SENT(doc, s);
    if ((sent->flags & AT_SENT_ENGLISH) || !(sent->categories & 1u << AT_CAT_PLACE) || !(sent->values & place_word)) continue;
    for (uint32_t m = sent->match_start + 1; m < sent->match_end; m++) {
      const at_entry *p = at_match_entry(AT_MATCH(doc, m), AT_CAT_PLACE);
      const at_match *before = AT_MATCH(doc, m - 1);
      if (p && strlen(p->value) == 2 && at_strcmp(p->value, "VN") && before->tok_end == AT_MATCH(doc, m)->tok_start &&
          at_match_value(before, AT_CAT_FUNCTION, "place_word"))
        return p->value;
    }
  }
  return NULL;
}

/* The foreign country the story is mostly about: most mentions, first wins ties. */
static void find_main_foreign(attache_doc *doc) {
  const char *codes[64];
  int counts[64];
  int n = 0;
  /* A sentence with no state and no ship word (its matches' categories and
   * value bits, or'ed) is passed whole; the sentences hold the matches in
   * order, one after another. */
  uint64_t ship = at_value_bit(AT_CAT_FUNCTION, "ship", 4);
  for (uint32_t s = 0; s < doc->sentences.len; s++) {
    const at_sentence *sent = AT_SENT(doc, s);
    if ((sent->categories & 1u << AT_CAT_COUNTRY) || (sent->values & ship)) count_states(doc, sent, codes, counts, &n);
  }
  int best = -1;
  for (int k = 0; k < n; k++)
    if (best < 0 || counts[k] > counts[best]) best = k;
  doc->main_foreign = best >= 0 ? codes[best] : NULL;
  if (!doc->main_foreign) doc->main_foreign = foreign_province_named(doc);
}

static int mention_order(const void *a, const void *b) {
  const at_mention *x = a, *y = b;
  if (x->sentence != y->sentence) return x->sentence < y->sentence ? -1 : 1;
  return x->tok_start < y->tok_start ? -1 : x->tok_start > y->tok_start;
}

static bool in_mention(const attache_doc *doc, size_t from, uint32_t sentence, uint32_t tok) {
  for (size_t k = from; k < doc->mentions.len; k++) {
    const at_mention *m = AT_VEC_AT(&doc->mentions, at_mention, k);
    if (m->sentence == sentence && m->tok_start <= tok && tok < m->tok_end) return true;
  }
  return false;
}

/* English may name a person by one name before the full name comes ("Giang
 * affirmed ..." above a caption naming "Phan Van Giang"), or by the full
 * name before its office: a second pass binds such words to the people
 * found later in the story. */
static void resolve_names_told_later(attache_doc *doc) {
  size_t walked = doc->mentions.len, first = 0;
  uint32_t last_new = 0; /* no one is told for the first time after this sentence */
  for (size_t p = 0; p < doc->people.len; p++)
    if (AT_PERSON(doc, p)->first_sentence > last_new) last_new = AT_PERSON(doc, p)->first_sentence;
  for (uint32_t s = 0; s < last_new; s++) {
    walker w = {doc, AT_SENT(doc, s), s};
    if (!(w.s->flags & AT_SENT_ENGLISH)) continue;
    while (first < walked && AT_VEC_AT(&doc->mentions, at_mention, first)->sentence < s) first++;
    for (uint32_t i = w.s->tok_start; i < w.s->tok_end; i++) {
      if (!name_syllable(&w, i, false)) continue;
      if (i > w.s->tok_start && name_syllable(&w, i - 1, false)) continue; /* inside a longer run */
      if (in_mention(doc, first, s, i)) continue;
      uint32_t run = name_run(&w, i, false);
      /* "received Prabowo Subianto" before "Indonesian Defence Minister
       * Prabowo Subianto": a full name with no title, its office told later */
      if (run > 1 && (hull_number_before(&w, i) || ship_word_before(&w, i) || ship_mark_after(&w, i + run) ||
                      named_after_word_before(&w, i)))
        continue; /* "USS John McCain": a ship's name, not the senator told later */
      long known = run == 1 ? known_by_word(doc, i) : run > 1 ? known_by_name(doc, i, i + run) : -1;
      if (known >= 0 && AT_PERSON(doc, known)->first_sentence > s) add_mention(&w, (uint32_t)known, i, i + run);
    }
  }
  if (doc->mentions.len > walked)
    qsort(doc->mentions.items, doc->mentions.len, sizeof(at_mention), mention_order);
}

/* Does the document name Vietnam, a Vietnamese place or body ("the Vietnam
 * People's Navy"), or a person whose title
 * says Vietnamese, or an officer with a full Vietnamese name ("General Tran
 * Van Nam")? A family name alone does not ("Kim Kardashian", "Mac Pro"). */
static bool about_vietnam(const attache_doc *doc) {
  /* a sentence none of whose matches has a state, place or body of value VN
   * (its matches' value bits or'ed) is passed in one test */
  uint64_t vn = at_value_bit(AT_CAT_COUNTRY, "VN", 2) | at_value_bit(AT_CAT_PLACE, "VN", 2) |
                at_value_bit(AT_CAT_BODY, "VN", 2);
  for (size_t s = 0; s < doc->sentences.len; s++) {
    const at_sentence *st = AT_SENT(doc, s);
    if (!(st->values & vn)) continue;
    for (uint32_t m = st->match_start; m < st->match_end; m++) {
      const at_entry *e = at_match_entry(AT_MATCH(doc, m), AT_CAT_COUNTRY);
      if (!e) e = at_match_entry(AT_MATCH(doc, m), AT_CAT_PLACE);
      if (!e) e = at_match_entry(AT_MATCH(doc, m), AT_CAT_BODY); /* "the Vietnam People's Navy" */
      if (e && !at_strcmp(e->value, "VN")) return true;
    }
  }
  for (size_t p = 0; p < doc->people.len; p++) {
    const at_person *x = AT_PERSON(doc, p);
    if (!x->country || at_strcmp(x->country, "VN")) continue;
    size_t words = 1;
    for (const char *c = x->name; *c; c++) words += *c == ' ';
    if (x->country_explicit || ((x->rank || x->position) && words >= 3)) return true;
  }
  return false;
}

const char *at_ship_prefix_state_of(const attache_doc *doc, const at_match *m, const at_entry *ship, size_t *len) {
  const char *state = at_entry_flag_value(ship, "state", len);
  if (!state || m->tok_end >= doc->tokens.len) return NULL;
  const at_token *next = AT_TOK(doc, m->tok_end);
  return next->kind == AT_TOK_WORD && (next->flags & AT_TOKF_CAP) ? state : NULL;
}

/* Does the document speak of defense: an officer, a defense forum, a
 * navy's ship named by its prefix, or a word of the military ("defense"
 * words of data/function_words.tsv), also inside a longer name ("the U.S.
 * Department of Defense")? */
static bool about_defense(const attache_doc *doc) {
  for (size_t p = 0; p < doc->people.len; p++)
    if (AT_PERSON(doc, p)->rank) return true;
  for (size_t m = 0; m < doc->matches.len; m++) {
    const at_match *mt = AT_MATCH(doc, m);
    size_t len;
    if (at_match_value(mt, AT_CAT_FUNCTION, "defense") || at_match_entry(mt, AT_CAT_MECHANISM) ||
        at_ship_prefix_state(doc, mt, &len))
      return true;
  }
  /* The one-word defense words, gathered once, then looked for in the tokens. */
  const at_entry **entries;
  size_t nentries, nwords = 0;
  at_lexicon_entries(doc->lex, AT_CAT_FUNCTION, &entries, &nentries);
  attache_str *words = malloc(nentries * sizeof *words);
  if (!words) return false;
  for (size_t i = 0; i < nentries; i++)
    if (entries[i]->value[0] == 'd' && !at_strcmp(entries[i]->value, "defense") && !strchr(entries[i]->phrase, ' '))
      words[nwords++] = (attache_str){entries[i]->phrase, strlen(entries[i]->phrase)};
  /* by first byte, the lengths of the words (a bit per length below 32):
   * most tokens are told no by one test, not by each word in turn */
  uint32_t lengths[256] = {0};
  for (size_t w = 0; w < nwords; w++)
    lengths[(unsigned char)words[w].ptr[0]] |= words[w].len < 32 ? UINT32_C(1) << words[w].len : UINT32_C(1);
  bool found = false;
  for (size_t t = 0; t < doc->tokens.len && !found; t++) {
    const at_token *tok = AT_TOK(doc, t);
    if (tok->kind != AT_TOK_WORD || !tok->case_len) continue;
    uint32_t may = lengths[(unsigned char)tok->fold_case[0]];
    if (tok->case_len < 32 ? !(may >> tok->case_len & 1) : !(may & 1)) continue;
    for (size_t w = 0; w < nwords && !found; w++) /* length and first byte first: most words are none */
      found = words[w].len == tok->case_len && words[w].ptr[0] == tok->fold_case[0] &&
              !memcmp(words[w].ptr, tok->fold_case, words[w].len);
  }
  free(words);
  return found;
}

bool at_doc_about_vietnams_defense(const attache_doc *doc) { return about_vietnam(doc) && about_defense(doc); }

/* Does the story tell of foreign relations: another state named (its main
 * foreign one), an organization or forum, or a word of foreign work
 * (function_words.tsv foreign_work: "đối ngoại", "ngoại giao", "Tùy
 * viên", "HNQT và ĐNQP")? */
bool at_doc_on_foreign_relations(const attache_doc *doc) {
  if (doc->main_foreign) return true;
  uint64_t work = at_value_bit(AT_CAT_FUNCTION, "foreign_work", 12);
  for (uint32_t s = 0; s < doc->sentences.len; s++) {
    const at_sentence *sent = AT_SENT(doc, s);
    if (sent->categories & (1u << AT_CAT_ORG | 1u << AT_CAT_MECHANISM)) return true;
    if (!(sent->values & work)) continue; /* most sentences: one test */
    for (uint32_t k = sent->match_start; k < sent->match_end; k++)
      if (at_match_value_bit(AT_MATCH(doc, k), AT_CAT_FUNCTION, "foreign_work", work)) return true;
  }
  return false;
}

/* Photo credits name no one of the story and no state of it: their
 * matches are silenced before anything reads them (the story's main foreign
 * state included: "Ảnh: Trọng Đức" is no Germany). */
static void silence_credits(attache_doc *doc) {
  for (uint32_t s = 0; s < doc->sentences.len; s++) {
    walker w = {doc, AT_SENT(doc, s), s};
    if (!(w.s->values & at_value_bit(AT_CAT_FUNCTION, "credit", 6))) continue; /* most sentences: no credit word */
    for (uint32_t m = w.s->match_start; m < w.s->match_end; m++) {
      uint32_t from = AT_MATCH(doc, m)->tok_start, end = past_credit(&w, from);
      if (end != from) silence_matches(&w, AT_MATCH(doc, m)->tok_end, end); /* the credit word stays, for the walk */
    }
  }
}

/* The capitalised words from tok (a name's run, "VOV.VN" with its dots):
 * the token after them. */
static uint32_t past_capitalised(const walker *w, uint32_t tok, uint32_t most) {
  uint32_t i = tok, words = 0;
  while (i < w->s->tok_end && words < most) {
    const at_token *t = AT_TOK(w->doc, i);
    if (t->kind == AT_TOK_WORD && (t->flags & (AT_TOKF_CAP | AT_TOKF_UPPER))) words++;
    else if (!(i > tok && is_punct(w, i, ".") && !(t->flags & AT_TOKF_SPACE))) break;
    i++;
  }
  return i;
}

/* An English lead's dateline: at a paragraph's opening, a place and the
 * outlet in brackets ("TAIPEI (Taiwan News) —", "Hanoi (VNA) –"), or the
 * outlet alone ("VietNamNet Bridge -"), then a dash set apart by spaces.
 * They are the story's chrome: the outlet names no state of the story
 * ("Taiwan News" is no Taiwan) and no one of it. Without brackets, a run
 * with a word the lexicon knows but as a place is no dateline ("Vietnam –
 * China border ...", a wire photo's "FILE -"). The token after the dash, or
 * the sentence's first when there is no dateline; in *outlet the outlet's
 * first token. */
static uint32_t past_dateline(const walker *w, uint32_t *outlet) {
  const at_sentence *s = w->s;
  const uint32_t tok = s->tok_start;
  *outlet = tok;
  if (!(s->flags & AT_SENT_ENGLISH) || (s->flags & AT_SENT_TITLE) || s->tok_end < tok + 4) return tok;
  if (w->sentence && AT_SENT(w->doc, w->sentence - 1)->para == s->para) return tok; /* not a paragraph's opening */
  uint32_t i = past_capitalised(w, tok, 4);
  if (i == tok) return tok;
  if (is_punct(w, i, ",")) { /* the day told between ("BEIJING, Aug. 20 (Xinhua) --"): the outlet follows */
    uint32_t k = i + 1;
    while (k < i + 6 && k < s->tok_end && !is_punct(w, k, "(") &&
           (AT_TOK(w->doc, k)->kind == AT_TOK_NUM || is_punct(w, k, ".") ||
            (AT_TOK(w->doc, k)->kind == AT_TOK_WORD && (AT_TOK(w->doc, k)->flags & AT_TOKF_CAP))))
      k++;
    if (!is_punct(w, k, "(")) return tok;
    i = k;
  }
  if (is_punct(w, i, "(")) {
    uint32_t from = i + 1, to = past_capitalised(w, from, 4);
    if (to == from || !is_punct(w, to, ")")) return tok;
    *outlet = from;
    i = to + 1;
  } else { /* the outlet alone, or the place: words the lexicon knows only as places, if at all */
    for (uint32_t m = w->s->match_start; m < w->s->match_end; m++) {
      const at_match *mt = AT_MATCH(w->doc, m);
      if (mt->tok_start >= i) break;
      for (uint32_t e = 0; e < mt->count; e++)
        if (mt->entries[e]->category != AT_CAT_PLACE) return tok;
    }
  }
  if (!is_dash(w, i) || !(AT_TOK(w->doc, i)->flags & AT_TOKF_SPACE)) return tok;
  if (is_dash(w, i + 1) && !(AT_TOK(w->doc, i + 1)->flags & AT_TOKF_SPACE)) i++; /* a wire's "--" */
  if (i + 1 >= s->tok_end ||
      !(AT_TOK(w->doc, i + 1)->flags & AT_TOKF_SPACE))
    return tok;
  return i + 1;
}

/* Datelines' outlets are silenced before anything reads them. */
static void silence_datelines(attache_doc *doc) {
  for (uint32_t s = 0; s < doc->sentences.len; s++) {
    walker w = {doc, AT_SENT(doc, s), s};
    uint32_t outlet, end = past_dateline(&w, &outlet);
    if (end != w.s->tok_start) silence_matches(&w, outlet, end);
  }
}

/* The run of a place's name at tok: capitalised words, each set apart by a
 * space, that are unknown to the lexicon or a country, a place or a family
 * name ("Cẩm Mỹ", "Mỹ Sơn", "Mỹ Đức"); its end. */
static uint32_t place_name_end(const walker *w, uint32_t tok) {
  const uint32_t may = 1u << AT_CAT_COUNTRY | 1u << AT_CAT_PLACE | 1u << AT_CAT_FAMILY;
  uint32_t i = tok;
  while (i < w->s->tok_end) {
    const at_token *t = AT_TOK(w->doc, i);
    if (t->kind != AT_TOK_WORD || !(t->flags & AT_TOKF_CAP) || !(t->flags & AT_TOKF_SPACE)) break;
    long m = at_match_at(w->doc, w->s, i);
    if (m < 0) {
      i++;
      continue;
    }
    const at_match *mt = AT_MATCH(w->doc, m);
    if (mt->tok_start != i) break;
    for (uint32_t e = 0; e < mt->count; e++)
      if (!(may & 1u << mt->entries[e]->category)) return i;
    i = mt->tok_end;
  }
  return i;
}

/* A country word inside the name of a place told by its kind ("huyện Cẩm
 * Mỹ", "thị xã Phú Mỹ", "khu di tích Mỹ Sơn", "huyện Mỹ Đức": function_words.tsv
 * place_word, place_kind) is a syllable of the name, no state; a country
 * word that is the name ("Thủ đô Lào"), or a region of it after a word for a
 * quarter ("các tỉnh Bắc Lào": token_words.tsv direction), stays the state;
 * two country words make a name ("huyện Mỹ Đức"), no pair of states.
 * Vietnamese only: its matches are silenced before anything reads them. */
static void silence_countries_in_place_names(attache_doc *doc) {
  const uint64_t kinds = at_value_bit(AT_CAT_FUNCTION, "place_word", 10) | at_value_bit(AT_CAT_FUNCTION, "place_kind", 10);
  for (uint32_t s = 0; s < doc->sentences.len; s++) {
    walker w = {doc, AT_SENT(doc, s), s};
    if (!(w.s->values & kinds) || (w.s->flags & AT_SENT_ENGLISH)) continue; /* most sentences */
    for (uint32_t m = w.s->match_start; m < w.s->match_end; m++) {
      const at_match *kind = AT_MATCH(doc, m);
      if (!at_match_value(kind, AT_CAT_FUNCTION, "place_word") && !at_match_value(kind, AT_CAT_FUNCTION, "place_kind"))
        continue;
      uint32_t from = kind->tok_end, end = place_name_end(&w, from);
      const at_match *whole = match_starting(&w, from, AT_CAT_COUNTRY);
      if (end < from + 2 || (whole && whole->tok_end == end)) continue; /* one word or name: the country is the name */
      for (uint32_t i = from; i < end; i++) {
        const at_match *c = match_starting(&w, i, AT_CAT_COUNTRY);
        if (!c || (i > from && at_tok_word(doc, i - 1, AT_ROLE_DIRECTION))) continue;
        silence_matches(&w, c->tok_start, c->tok_end);
      }
    }
  }
}

void at_entities(attache_doc *doc) {
  silence_credits(doc);
  silence_datelines(doc);
  silence_countries_in_place_names(doc);
  find_main_foreign(doc);
  for (uint32_t s = 0; s < doc->sentences.len; s++) {
    walker w = {doc, AT_SENT(doc, s), s};
    walk_sentence(&w);
  }
  resolve_names_told_later(doc);
}
