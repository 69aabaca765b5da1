/* SPDX-License-Identifier: MIT */
/*
 * records.c - the records beside events: signed documents (agreements),
 * reported counts about the defense-diplomacy system (figures), and stated
 * frameworks of relations between two states (relations).
 *
 * Agreements start at a capitalized document kind ("Bản ghi nhớ",
 * "Thỏa thuận", "Kế hoạch hợp tác") and run to the end of their title. A
 * document named after "về việc ký" inside another's title is listed too, as
 * planned; one named after "sửa đổi" is only part of the other's title.
 */
#include "pipeline.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct view {
  attache_doc *doc;
  at_sentence *s;
  uint32_t index;
  /* an item of a list of documents a signing sentence leads into ("chứng
   * kiến lễ ký 14 văn kiện, bao gồm:" and then "1. Bản ghi nhớ ..."), and
   * that sentence's event (-1: none) */
  bool listed_signed;
  int32_t lead_event;
} view;

static const at_match *mt_at(const view *v, uint32_t m) { return AT_MATCH(v->doc, m); }

/* Always inline, so that at_match_value's bit of a literal value is a constant. */
__attribute__((always_inline)) static inline const at_entry *fn_word(const view *v, uint32_t m, const char *value) {
  return at_match_value(mt_at(v, m), AT_CAT_FUNCTION, value);
}

/* Inline: find_figures asks it of most tokens of a sentence with a count. */
__attribute__((always_inline)) static inline bool punct_is(const attache_doc *doc, uint32_t tok, const char *p) {
  const at_token *t = AT_TOK(doc, tok);
  size_t n = strlen(p);
  return t->kind == AT_TOK_PUNCT && t->end - t->start == n && !memcmp(doc->text + t->start, p, n);
}

/* A hyphen or an en dash ("2021-2023", "Việt Nam – Lào"). */
static bool dash_at(const attache_doc *doc, uint32_t tok) {
  return punct_is(doc, tok, "-") || punct_is(doc, tok, "\xE2\x80\x93");
}

static long match_starting_at(const view *v, uint32_t tok) {
  long m = at_match_at(v->doc, v->s, tok);
  return m >= 0 && mt_at(v, (uint32_t)m)->tok_start == tok ? m : -1;
}

static bool is_number(const attache_doc *doc, uint32_t tok, int *value) {
  const at_token *t = AT_TOK(doc, tok);
  if (t->kind != AT_TOK_NUM || t->end - t->start > 9) return false;
  *value = atoi(doc->text + t->start);
  return true;
}

/* The year ending a span that starts with year y1 at token k, told at
 * token k + 2 in full ("2020-2024") or, in English, by its last two digits
 * in y1's century ("2020-24", "2025\u201329"); 0 if none. */
static int span_end_year(const view *v, uint32_t k, int y1) {
  int y2;
  if (!is_number(v->doc, k + 2, &y2)) return 0;
  if (y2 >= y1 && y2 <= 2100) return y2;
  const at_token *t = AT_TOK(v->doc, k + 2);
  if (!(v->s->flags & AT_SENT_ENGLISH) || t->end - t->start != 2) return 0;
  y2 += y1 / 100 * 100;
  return y2 > y1 ? y2 : 0;
}

static bool year_at(const view *v, uint32_t t, int *y);

static bool cue_starts_at(const view *v, uint32_t t, const char *value);
static uint32_t past_tense_words(const view *v, uint32_t end);

/* Years told in brackets right after a document's name: "(năm 2011)",
 * "(2011)", "(tháng 12-2023)" - when it was signed -, or a plan's years
 * "(2021-2022)". From the "(" at token i: the token past the ")" (0: no
 * such years), the years in *from and *to. With `signed_in`, the years
 * may follow a verb of signing ("(ký năm 2022)", "(đã được ký kết năm
 * 2019)"), *signed_in then true: they are when it was signed, even for a
 * plan; without, such a bracket tells no years. */
static uint32_t bracketed_years(const view *v, uint32_t i, int *from, int *to, bool *signed_in) {
  const attache_doc *doc = v->doc;
  uint32_t end = v->s->tok_end, k = i + 1;
  int month;
  if (!punct_is(doc, i, "(")) return 0;
  if (signed_in) *signed_in = false;
  uint32_t verb = k < end ? past_tense_words(v, k) : k;
  if (verb < end && cue_starts_at(v, verb, "signing")) {
    if (!signed_in) return 0;
    *signed_in = true;
    k = mt_at(v, (uint32_t)match_starting_at(v, verb))->tok_end;
  }
  if (k < end && at_tok_word(doc, k, AT_ROLE_YEAR_WORD)) k++;
  else if (k + 2 < end && at_tok_word(doc, k, AT_ROLE_MONTH_WORD) && is_number(doc, k + 1, &month) && month >= 1 &&
           month <= 12 && (dash_at(doc, k + 2) || punct_is(doc, k + 2, "/")))
    k += 3;
  if (k >= end || !year_at(v, k, from)) return 0;
  *to = *from;
  k++;
  if (k + 1 < end && dash_at(doc, k) && year_at(v, k + 1, to) && *to >= *from) k += 2;
  return k < end && punct_is(doc, k, ")") ? k + 1 : 0;
}

/* "giai đoạn 2018-2020", "năm 2019" inside a title's own words. */
static void find_period(const view *v, uint32_t from, uint32_t to, int *a, int *b) {
  for (uint32_t i = from; i < to; i++) {
    long m = match_starting_at(v, i);
    if (m < 0) continue;
    if (!fn_word(v, (uint32_t)m, "period")) continue;
    if (i > from && at_tok_word(v->doc, i - 1, AT_ROLE_UP_TO)) continue; /* a horizon */
    uint32_t k = mt_at(v, (uint32_t)m)->tok_end;
    int y1, y2;
    if (k < to && is_number(v->doc, k, &y1) && y1 >= 1950 && y1 <= 2100) {
      *a = *b = y1;
      if (k + 2 < to + 1 && k + 2 <= v->s->tok_end - 1 && dash_at(v->doc, k + 1) && (y2 = span_end_year(v, k, y1)))
        *b = y2;
      return;
    }
  }
  for (uint32_t i = from; i < to; i++) /* "Kế hoạch ... (2021-2022)" */
    if (punct_is(v->doc, i, "(") && bracketed_years(v, i, a, b, NULL)) return;
  /* English sets a title's years without a word for the period: "the
   * 2015-2020 period", "plan for 2021-2023", "cooperation plan for 2013";
   * "towards 2030" is a horizon, not a period. */
  if (!(v->s->flags & AT_SENT_ENGLISH)) return;
  for (uint32_t i = from; i < to; i++) {
    int y1, y2;
    if (!is_number(v->doc, i, &y1) || y1 < 1950 || y1 > 2100) continue;
    if (i + 2 < to && dash_at(v->doc, i + 1) && (y2 = span_end_year(v, i, y1))) {
      *a = y1;
      *b = y2;
      return;
    }
    if (i > from && at_tok_word(v->doc, i - 1, AT_ROLE_PLAN_YEAR) && !(i + 1 < v->s->tok_end && punct_is(v->doc, i + 1, "-"))) {
      *a = *b = y1;
      return;
    }
  }
}

/* English names a document's sides after "between" and then its years
 * ("the protocol on defence cooperation between the two ministries during
 * the 2020-2024 period", "a cooperation plan between the defence ministries
 * of A and B for 2025"): a title that ends at "between" (token `end`) takes
 * its period from the words after the sides, up to the clause's next mark. */
static void period_after_sides(const view *v, uint32_t end, int *a, int *b) {
  if (!(v->s->flags & AT_SENT_ENGLISH) || end >= v->s->tok_end || !at_tok_word(v->doc, end, AT_ROLE_BETWEEN)) return;
  uint32_t stop = end + 1;
  while (stop < v->s->tok_end && stop < end + 16) {
    const at_token *t = AT_TOK(v->doc, stop);
    if (t->kind == AT_TOK_PUNCT && !dash_at(v->doc, stop) && !punct_is(v->doc, stop, "'") &&
        !punct_is(v->doc, stop, "\xE2\x80\x99"))
      break;
    stop++;
  }
  find_period(v, end + 1, stop, a, b);
}

static bool has_area(const at_strset *set, const char *a) { return at_strset_has(set, a); }

/* "MOI", "MoU": a capital, and another capital inside the word. */
static bool is_abbreviation(const attache_doc *doc, uint32_t tok) {
  const at_token *t = AT_TOK(doc, tok);
  if (t->flags & AT_TOKF_UPPER) return true;
  if (!(t->flags & AT_TOKF_CAP) || t->end - t->start > 8) return false;
  for (uint32_t b = t->start + 1; b < t->end; b++)
    if (doc->text[b] >= 'A' && doc->text[b] <= 'Z') return true;
  return false;
}

/* Trailing punctuation is no part of a title, but for the parenthesis
 * closing its abbreviation ("Memorandum of Understanding (MoU)"). */
static void trim_title(const view *v, uint32_t *end, uint32_t start) {
  while (*end > start + 1) {
    const at_token *t = AT_TOK(v->doc, *end - 1);
    /* "... cooperation plan for" (its year cut as a date), "... in": a word
     * that leads into what follows ends no title (data/function_words.tsv,
     * dangling). */
    long last = at_match_at(v->doc, v->s, *end - 1);
    if (last >= 0 && mt_at(v, (uint32_t)last)->tok_end == *end && mt_at(v, (uint32_t)last)->tok_start > start &&
        (fn_word(v, (uint32_t)last, "dangling") || fn_word(v, (uint32_t)last, "determiner"))) {
      *end = mt_at(v, (uint32_t)last)->tok_start;
      continue;
    }
    if (t->kind != AT_TOK_PUNCT) break;
    if (*end >= start + 4 && punct_is(v->doc, *end - 1, ")") && punct_is(v->doc, *end - 3, "(") &&
        is_abbreviation(v->doc, *end - 2))
      break;
    bool years = false; /* a plan's years in brackets: "... ASEAN (2021-2022)" */
    int y1, y2;
    for (uint32_t open = *end - 1; punct_is(v->doc, *end - 1, ")") && open > start && open + 7 > *end && !years; open--)
      years = punct_is(v->doc, open, "(") && bracketed_years(v, open, &y1, &y2, NULL) == *end;
    if (years) break;
    (*end)--;
  }
}

static bool is_quote(const attache_doc *doc, uint32_t tok) {
  static const char *const QUOTES[] = {"\"", "'", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x99"};
  for (size_t q = 0; q < sizeof QUOTES / sizeof *QUOTES; q++)
    if (punct_is(doc, tok, QUOTES[q])) return true;
  return false;
}

/* The sides named after "giữa", "between" (from token `from`) followed,
 * before any comma or stop, by the document's topic ("Thỏa thuận giữa
 * Chính phủ hai nước về hợp tác quốc phòng", "agreement between the two
 * governments on ..."): the sides are part of its name. */
static bool topic_after_sides(const view *v, uint32_t from) {
  for (uint32_t k = from + 1; k < v->s->tok_end && k < from + 12; k++) {
    const at_token *w = AT_TOK(v->doc, k);
    if (w->kind == AT_TOK_PUNCT && !dash_at(v->doc, k)) return false;
    if (at_tok_word(v->doc, k, AT_ROLE_ABOUT)) return true;
    long c = match_starting_at(v, k); /* "... giữa hai Bộ và Bản ghi nhớ về ...": another document's topic */
    if (c >= 0 && (at_match_entry(mt_at(v, (uint32_t)c), AT_CAT_AGREEMENT) || at_match_entry(mt_at(v, (uint32_t)c), AT_CAT_CUE)))
      return false;
  }
  return false;
}

/* Sides told only as two at token k: "hai", "two" (data/numbers.tsv),
 * "2", "both". */
static bool told_as_two(const attache_doc *doc, uint32_t k) {
  int n;
  return ((at_number_word(doc, k, &n) || is_number(doc, k, &n)) && n == 2) || at_tok_word(doc, k, AT_ROLE_BOTH);
}

/* Does "giữa", "between" at token t end a title? Bodies named by their
 * state are part of it ("... giữa Bộ Quốc phòng Việt Nam và Bộ Quốc phòng
 * LB Nga", "... between the Vietnamese marine police and the Indian coast
 * guard"); states alone are its parties, not its name ("... giữa Việt Nam
 * và Anh"), and so are sides told only as two ("giữa Bộ Quốc phòng hai
 * nước", "between the two governments"). After a title's period, the
 * title has ended ("... năm 2024-2025 giữa ..."). */
static bool between_ends_title(const view *v, uint32_t t, uint32_t from) {
  int y;
  if (t > v->s->tok_start && is_number(v->doc, t - 1, &y) && y >= 1950 && y <= 2100) return true;
  if (topic_after_sides(v, from)) return false;
  for (uint32_t k = from; k < v->s->tok_end && k < from + 5; k++) {
    if (told_as_two(v->doc, k)) return true;
    long c = match_starting_at(v, k);
    if (c >= 0 && fn_word(v, (uint32_t)c, "determiner")) {
      if (k == from) from++;
      continue;
    }
    if (c >= 0 && at_match_entry(mt_at(v, (uint32_t)c), AT_CAT_COUNTRY)) return k == from;
    /* A body named first, by its proper name, is a side of the document's
     * own name ("... giữa Học viện Chính trị và Học viện Quân sự ..."),
     * unless told as one of two ("giữa Bộ Quốc phòng hai nước"). */
    if (c >= 0 && at_match_entry(mt_at(v, (uint32_t)c), AT_CAT_BODY) && (AT_TOK(v->doc, k)->flags & AT_TOKF_CAP)) {
      uint32_t after = mt_at(v, (uint32_t)c)->tok_end;
      return after < v->s->tok_end && told_as_two(v->doc, after);
    }
  }
  return true;
}

/* "is", "are", "was", "were" at token t (token_words.tsv auxiliary but
 * "be" of "to be signed", copula_past), whatever longer phrase starts
 * there: "the agreement is to pair ..." is read as the plan "is to", yet
 * "is" is the verb the document is the subject of. */
static bool finite_be(const attache_doc *doc, uint32_t t) {
  return (at_tok_word(doc, t, AT_ROLE_AUXILIARY) && !at_tok_word(doc, t, AT_ROLE_INFINITIVE_BE)) ||
         at_tok_word(doc, t, AT_ROLE_COPULA_PAST);
}

/* English joins a title to its kind with a preposition ("Memorandum of
 * Understanding on ...", "plan for 2021-2023", "agreement between ...";
 * data/function_words.tsv title_link) or in capitals ("Agreement Between
 * ..."). A verb or a conjunction right after the kind is the sentence going
 * on ("The MoU marks the beginning ...", "The MoU clearly defines ...", "a
 * cooperation plan and witnessed ...", "the MoU is one of ...", "the ...
 * Joint Declaration marking the 15th anniversary", "an Agreement covering
 * trade"): a word of title_verb, or a lower-case word ending as English
 * verbs, participles and adverbs do (-s, -ed, -ing, -ly). Any other word may be a word of the title run together
 * with the one before it in the source ("Memorandum of Understanding
 * onbilateral defence cooperation"). A kind that is no title alone keeps
 * its verb of signing ("the agreement inked by the two ministries"). */
static bool continues_title(const view *v, uint32_t t, const at_entry *kind) {
  const at_token *w = AT_TOK(v->doc, t);
  if (w->kind != AT_TOK_WORD || (w->flags & AT_TOKF_CAP)) return true;
  long k = match_starting_at(v, t);
  if (k >= 0 && fn_word(v, (uint32_t)k, "title_link")) return true;
  if (!at_entry_is(kind, AT_FLAG_STANDALONE) && k >= 0 && at_match_value(mt_at(v, (uint32_t)k), AT_CAT_CUE, "signing"))
    return true;
  if ((k >= 0 && fn_word(v, (uint32_t)k, "title_verb")) || finite_be(v->doc, t)) return false;
  const char *text = v->doc->text + w->start;
  size_t n = w->end - w->start;
  bool verb_ending = (n > 3 && text[n - 1] == 's' && text[n - 2] != 's') || (n > 4 && !memcmp(text + n - 2, "ed", 2)) ||
                     (n > 4 && !memcmp(text + n - 2, "ly", 2)) || (n > 5 && !memcmp(text + n - 3, "ing", 3));
  return !verb_ending;
}

/* Does the kind at match m end in a word that leads into its topic
 * ("agreement on", "treaty on", "memorandum on")? */
static bool ends_in_link(const view *v, uint32_t m) {
  uint32_t last = mt_at(v, m)->tok_end - 1;
  return at_tok_word(v->doc, last, AT_ROLE_TOPIC_LINK);
}

/* A dash with space on both sides: " - ", " – ". */
static bool spaced_dash(const view *v, uint32_t t) {
  const attache_doc *doc = v->doc;
  if (!dash_at(doc, t) || !(AT_TOK(doc, t)->flags & AT_TOKF_SPACE))
    return false;
  return t + 1 < v->s->tok_end && (AT_TOK(doc, t + 1)->flags & AT_TOKF_SPACE);
}

/* Does token t name a side or a year, as after the dash of "India - Vietnam"
 * or "2018 - 2028"? */
static bool names_a_side(const view *v, uint32_t t) {
  if (AT_TOK(v->doc, t)->kind == AT_TOK_NUM) return true;
  long k = match_starting_at(v, t);
  if (k < 0) return false;
  const at_match *x = mt_at(v, (uint32_t)k);
  return at_match_entry(x, AT_CAT_COUNTRY) || at_match_entry(x, AT_CAT_PLACE) || at_match_entry(x, AT_CAT_ORG);
}

/* Two years joined by a dash from token t: "năm 2024-2025" names the
 * years a document covers (its period), not the one it was signed in. */
static bool years_span(const view *v, uint32_t t) {
  int y;
  return t + 2 < v->s->tok_end && dash_at(v->doc, t + 1) && is_number(v->doc, t + 2, &y) && y >= 1945 && y <= 2100;
}

/* English: a lower-case word in -ed right after a noun of the title starts
 * a clause about the document ("the action plan for 2021-2023 agreed upon
 * by ...", "an agreement on the transfer of equipment conducted during
 * ..."), not after a word leading into it ("on unexploded ordnance", "the
 * two armed forces", "defence-related"). */
static bool participle_after_noun(const view *v, uint32_t t) {
  const at_token *w = AT_TOK(v->doc, t), *p = AT_TOK(v->doc, t - 1);
  size_t n = w->end - w->start;
  if (w->kind != AT_TOK_WORD || (w->flags & (AT_TOKF_CAP | AT_TOKF_UPPER)) || n < 5 ||
      memcmp(v->doc->text + w->end - 2, "ed", 2))
    return false;
  if ((p->kind != AT_TOK_WORD && p->kind != AT_TOK_NUM) || !(w->flags & AT_TOKF_SPACE)) return false;
  if (cue_starts_at(v, t, "signing")) return false; /* the signing's own rules: "to be signed by" */
  long k = at_match_at(v->doc, v->s, t - 1);
  if (k >= 0 && (fn_word(v, (uint32_t)k, "determiner") || fn_word(v, (uint32_t)k, "title_link") ||
                 fn_word(v, (uint32_t)k, "dangling") || fn_word(v, (uint32_t)k, "title_verb")))
    return false;
  return !told_as_two(v->doc, t - 1); /* "the two armed forces", "both armed forces" */
}

/* "đến năm 2030", "hướng tới năm 2030" after a title: the year the
 * document looks to, part of its name, neither a date of the story nor of
 * its signing. Returns how many tokens it takes (0: none). */
static uint32_t horizon_at(const view *v, uint32_t t, uint32_t limit) {
  uint32_t k = t;
  if (at_tok_word(v->doc, k, AT_ROLE_TOWARDS) && k + 1 < limit && at_tok_word(v->doc, k + 1, AT_ROLE_TOWARDS_END)) k++;
  if (!at_tok_word(v->doc, k, AT_ROLE_UP_TO) || k + 2 >= limit ||
      !at_tok_word(v->doc, k + 1, AT_ROLE_YEAR_WORD))
    return 0;
  int y;
  if (!is_number(v->doc, k + 2, &y) || y < 2000 || y > 2100) return 0;
  return k + 3 - t;
}

/* Does the word before token t lead into it ("on the", "towards", "về")? */
static bool leads_into(const view *v, uint32_t t) {
  if (t <= v->s->tok_start) return false;
  long k = at_match_at(v->doc, v->s, t - 1);
  return k >= 0 && (fn_word(v, (uint32_t)k, "title_link") || fn_word(v, (uint32_t)k, "dangling") ||
                    fn_word(v, (uint32_t)k, "determiner"));
}

/* "trao đổi Kế hoạch ...", "exchanged the cooperation plan": a verb of
 * handing the signed copies over (function_words.tsv exchange_document) at
 * match k, with only determiners between it and a document kind; the
 * kind's match, or -1. */
static long exchanged_document(const view *v, uint32_t k) {
  if (!fn_word(v, k, "exchange_document")) return -1;
  long d = match_starting_at(v, mt_at(v, k)->tok_end);
  while (d >= 0 && fn_word(v, (uint32_t)d, "determiner")) d = match_starting_at(v, mt_at(v, (uint32_t)d)->tok_end);
  return d >= 0 && at_match_entry(mt_at(v, (uint32_t)d), AT_CAT_AGREEMENT) ? d : -1;
}

/* "with" at token t and a state after it: the other side of a document,
 * told after its name, not a word of it. English names the state past "the"
 * ("signed an MoU on naval training with Chile"); Vietnamese "với" names the
 * side's body, its state closing the name within a few words, before any
 * comma or clause ("ký Biên bản ghi nhớ về phối hợp cứu hộ với Hải quân
 * Hoàng gia Thái Lan"; "đối phó với mối đe dọa ..." names none, and "đối
 * với" is "for": "... kiểm dịch đối với gạo xuất khẩu từ Việt Nam"). The
 * state's (or body's) entry goes to *state. */
static bool state_after_with(const view *v, uint32_t t, const at_entry **state) {
  if (!(v->s->flags & AT_SENT_ENGLISH)) {
    if (!at_tok_word(v->doc, t, AT_ROLE_WITH)) return false;
    long regarding = at_match_at(v->doc, v->s, t); /* "đối với": "for", no side */
    if (regarding >= 0 && fn_word(v, (uint32_t)regarding, "regarding")) return false;
    uint32_t limit = v->s->tok_end < t + 10 ? v->s->tok_end : t + 10;
    for (uint32_t k = t + 1; k < limit && AT_TOK(v->doc, k)->kind != AT_TOK_PUNCT; k++) {
      long c = match_starting_at(v, k);
      if (c < 0) continue;
      if (fn_word(v, (uint32_t)c, "title_stop")) return false;
      const at_entry *e = at_match_entry(mt_at(v, (uint32_t)c), AT_CAT_COUNTRY);
      if (!e) e = at_match_entry(mt_at(v, (uint32_t)c), AT_CAT_BODY);
      if (e && at_strcmp(e->value, "-")) {
        if (state) *state = e;
        return true;
      }
    }
    return false;
  }
  if (!at_tok_word(v->doc, t, AT_ROLE_WITH_EN)) return false;
  uint32_t k = t + 1;
  if (k < v->s->tok_end && at_tok_word(v->doc, k, AT_ROLE_DEFINITE)) k++;
  long c = k < v->s->tok_end ? match_starting_at(v, k) : -1;
  const at_entry *e = c >= 0 ? at_match_entry(mt_at(v, (uint32_t)c), AT_CAT_COUNTRY) : NULL;
  if (!e || !at_strcmp(e->value, "-")) return false;
  if (state) *state = e;
  return true;
}

/* Vietnamese "trong" and a happening told by its noun at token t ("ký Bản
 * ghi nhớ về ... trong chuyến thăm ...", "trong cuộc hội đàm", "trong buổi
 * làm việc"; event_cues.tsv attr noun): the happening the document was
 * signed at, no words of its title. */
static bool in_a_happening(const view *v, uint32_t t) {
  if (!at_tok_word(v->doc, t, AT_ROLE_WITHIN) || t + 1 >= v->s->tok_end) return false;
  long c = match_starting_at(v, t + 1);
  const at_entry *cue = c >= 0 ? at_match_entry(mt_at(v, (uint32_t)c), AT_CAT_CUE) : NULL;
  return cue && at_entry_has_flag(cue, "noun");
}

/* Vietnamese names a document's topics in a list with commas and closes
 * its name with its sides: "Hiệp định về Quy chế khu vực biên giới, cửa
 * khẩu biên giới đất liền Việt Nam - Lào", "Hiệp ước Láng giềng tốt đẹp,
 * Hữu nghị và Hợp tác giữa A và B". Does the part of the sentence from
 * token t to the next mark (a dash goes on) name two states joined by a
 * dash, or "giữa" and two states, with no happening told in it (a cue:
 * "..., ký kết tại ..."), no other document ("..., trong đó có Thỏa thuận
 * ...") and not the states' relations (data/figures.tsv relations:
 * "..., đánh dấu bước tiến mới trong quan hệ Việt Nam - Ấn Độ" tells what
 * the document means)? Then the comma before t is inside the title. */
static bool sides_close_the_part(const view *v, uint32_t t) {
  uint32_t limit = v->s->tok_end < t + 24 ? v->s->tok_end : t + 24;
  bool between = false;
  uint32_t states = 0, state_end = 0;
  for (uint32_t k = t; k < limit; k++) {
    if (AT_TOK(v->doc, k)->kind == AT_TOK_PUNCT && !dash_at(v->doc, k)) break;
    long c = match_starting_at(v, k);
    if (c < 0) continue;
    const at_match *x = mt_at(v, (uint32_t)c);
    if (at_match_entry(x, AT_CAT_CUE) || at_match_entry(x, AT_CAT_AGREEMENT)) return false; /* "..., trong đó có Thỏa thuận ..." */
    const at_entry *figure = at_match_entry(x, AT_CAT_FIGURE);
    if (figure && !at_strcmp(figure->value, "relations")) return false; /* "..., đánh dấu ... quan hệ Việt Nam - Ấn Độ" */
    if (fn_word(v, (uint32_t)c, "between")) between = true, states = 0;
    const at_entry *state = at_match_entry(x, AT_CAT_COUNTRY);
    if (state && at_strcmp(state->value, "-")) {
      bool dashed = states && state_end + 1 == x->tok_start && dash_at(v->doc, state_end);
      if ((between && states) || dashed) return true;
      states++, state_end = x->tok_end;
    }
    k = x->tok_end - 1;
  }
  return false;
}

/* Where the title that starts at token `title_start` with the kind of match
 * `m` ends (token index), the first nested document kind inside it, if any,
 * and the year of signing told right after it (0: none). */
static uint32_t title_end(const view *v, uint32_t m, uint32_t title_start, long *nested, int *signed_year) {
  const attache_doc *doc = v->doc;
  uint32_t start = mt_at(v, m)->tok_start;
  uint32_t i = mt_at(v, m)->tok_end;
  *nested = -1;
  *signed_year = 0;
  uint32_t limit = v->s->tok_end < start + 48 ? v->s->tok_end : start + 48;
  /* A quoted title ends at its closing quote: signed a "Joint Vision
   * Statement" for ..., established a "Comprehensive Partnership Agreement"
   * covering ... (the quote before the words naming it). */
  bool quoted = (start > v->s->tok_start && is_quote(doc, start - 1)) ||
                (title_start > v->s->tok_start && is_quote(doc, title_start - 1));
  bool english = v->s->flags & AT_SENT_ENGLISH;
  const at_entry *kind = at_match_entry(mt_at(v, m), AT_CAT_AGREEMENT);
  uint32_t kind_end = i; /* past the kind and its abbreviation */
  bool between_open = false; /* inside "between A and B" */
  while (i < limit) {
    const at_token *t = AT_TOK(doc, i);
    if (punct_is(doc, i, "(") && i + 2 < limit && punct_is(doc, i + 2, ")") && is_abbreviation(doc, i + 1)) {
      if (i == kind_end) kind_end = i + 3;
      i += 3; /* the title's abbreviation: "Memorandum of Intent (MOI) to improve ..." */
      continue;
    }
    /* A comma right after the kind ends it: "in terms of protocol, logistics". */
    if (i == kind_end && punct_is(doc, i, ",")) break;
    /* English: a link and a word pointing back ("the MoU on this field",
     * "an agreement regarding these areas"; function_words.tsv title_link,
     * refers_back) names the topic told before, no title of its own: the
     * title ends before the link, also when the kind ends in it
     * ("memorandum on"). */
    if (english && i == kind_end) {
      long back = match_starting_at(v, i);
      if (ends_in_link(v, m) && back >= 0 && fn_word(v, (uint32_t)back, "refers_back")) {
        i--;
        break;
      }
      long link = back;
      back = i + 1 < limit ? match_starting_at(v, i + 1) : -1;
      if (link >= 0 && fn_word(v, (uint32_t)link, "title_link") && back >= 0 && fn_word(v, (uint32_t)back, "refers_back"))
        break;
    }
    if (english && i == kind_end && !ends_in_link(v, m) && !continues_title(v, i, kind)) break;
    if (english && spaced_dash(v, i) && i + 1 < limit && !names_a_side(v, i + 1))
      break; /* "... on defence cooperation - Photo: VNA"; "India - Vietnam" goes on */
    /* Years in brackets after the name: a plan's are part of it, its period
     * ("Kế hoạch hoạt động ... (2021-2022)"); another document's one year is
     * when it was signed ("Bản ghi nhớ về ... (năm 2011)"). */
    int from_year, to_year;
    bool signed_in;
    uint32_t past_years = i >= kind_end ? bracketed_years(v, i, &from_year, &to_year, &signed_in) : 0;
    if (past_years) {
      if (!at_strcmp(kind->value, "plan") && !signed_in) i = past_years;
      else if (from_year == to_year) *signed_year = from_year;
      break;
    }
    if (punct_is(doc, i, "(") || punct_is(doc, i, ";") || punct_is(doc, i, ":")) break;
    /* Vietnamese: "đã", "được", "vừa" past the kind start a clause about
     * the document, whatever verb they open ("Tuyên bố chung ... được tổ
     * chức theo hình thức trực tuyến", read as one cue); a month and its
     * number ("... tháng 11-2011") date its signing, the year then being
     * the year it was signed (a plan's years are its period). */
    if (!english && i > kind_end && at_tok_word(doc, i, AT_ROLE_DONE)) {
      long used = match_starting_at(v, i); /* "tàu tuần tra đã qua sử dụng": second-hand, no clause */
      if (used < 0 || !fn_word(v, (uint32_t)used, "second_hand")) break;
    }
    int month;
    if (!english && i > kind_end && at_tok_word(doc, i, AT_ROLE_MONTH_WORD) && i + 1 < limit && is_number(doc, i + 1, &month)) {
      for (uint32_t k = i + 1; k < limit && k <= i + 3; k++)
        if (is_number(doc, k, &month) && month >= 1945 && month <= 2100 && at_strcmp(kind->value, "plan"))
          *signed_year = month;
      break;
    }
    /* A quoted title ends at its quote; an opening quote after a title ends it
     * too ("the 2015 Joint Statement ... between the two countries "in ..."). */
    if (is_quote(doc, i) && (quoted || (t->flags & AT_TOKF_SPACE))) break;
    if (punct_is(doc, i, ".") && (i + 1 >= limit || (AT_TOK(doc, i + 1)->flags & AT_TOKF_SPACE) ||
                                  punct_is(doc, i + 1, "/")))
      break;
    if (punct_is(doc, i, ",")) {
      /* A comma goes on only through a list of fields ("thủy đạc, đại dương
       * học và ..."), or inside quotes, which close the title ("the
       * "Agreement ... on the settlement of free migration, unregistered
       * marriage in border areas""), or in Vietnamese to the title's sides
       * (sides_close_the_part). */
      long nm = i + 1 < limit ? match_starting_at(v, i + 1) : -1;
      if (!quoted && (nm < 0 || !at_match_entry(mt_at(v, (uint32_t)nm), AT_CAT_AREA)) &&
          (english || !sides_close_the_part(v, i + 1)))
        break;
      i++;
      continue;
    }
    if (at_tok_word(doc, i, AT_ROLE_AND) && i + 1 < limit) {
      /* "... localities and a non-refundable aid agreement", "... and the
       * 55th anniversary", "Nghị định thư và các chỉ thị": a determiner or
       * a plural after "and" starts another thing; so does a verb of
       * agreeing or of an event ("... và nhất trí ...", "... và ký ..."),
       * unless it names a field ("đào tạo và trao đổi đoàn"). */
      long det = match_starting_at(v, i + 1);
      /* The "and" of "between A and B" joins the sides: "between the
       * Vietnam People's Navy and the Royal Australian Navy". */
      bool joins_sides = between_open;
      between_open = false;
      if (det >= 0 && !joins_sides && (fn_word(v, (uint32_t)det, "determiner") || fn_word(v, (uint32_t)det, "plural")))
        break;
      /* "And" before a verb starts the sentence's next predicate: "revise
       * the memorandum of understanding on ... and explore ...", "ký Biên
       * bản hội đàm và trao quà lưu niệm" (data/function_words.tsv,
       * and_verb). */
      if (det >= 0 && fn_word(v, (uint32_t)det, "and_verb")) break;
      /* "ký Bản ghi nhớ về ... và trao đổi Kế hoạch hợp tác năm 2025":
       * the next document, handed over in the same act */
      if (det >= 0 && exchanged_document(v, (uint32_t)det) >= 0) break;
      if (det >= 0 && !at_match_entry(mt_at(v, (uint32_t)det), AT_CAT_AREA) &&
          (at_match_entry(mt_at(v, (uint32_t)det), AT_CAT_CUE) || at_match_entry(mt_at(v, (uint32_t)det), AT_CAT_MODAL)))
        break;
      /* A title's period closes it: "Kế hoạch ... giai đoạn 2017-2019 và
       * thống nhất phương hướng ...", "... for 2021-2023 and agreed ...". */
      int y;
      if (i > start && is_number(doc, i - 1, &y) && y >= 1950 && y <= 2100) break;
    }
    if (english && i > kind_end && participle_after_noun(v, i)) break; /* "... agreed upon by", "... conducted" */
    /* English: a finite verb past the kind ("is", "was", "has", "would":
     * data/function_words.tsv title_verb, but "and", read above) makes the
     * title the subject of what follows ("the plan of military cooperation
     * development was confirmed by ...", "the memorandum on ... is the
     * first ..."), as right after the kind. */
    if (english && i > kind_end && !at_tok_word(doc, i, AT_ROLE_AND)) {
      long verb = match_starting_at(v, i);
      if ((verb >= 0 && fn_word(v, (uint32_t)verb, "title_verb")) || finite_be(doc, i)) break;
    }
    /* "... was also signed", "... were then inked": the title ends at "was" */
    if (english && i > kind_end && i + 2 < limit && at_tok_word(doc, i, AT_ROLE_COPULA_PAST) &&
        at_tok_word(doc, i + 1, AT_ROLE_PASSIVE_ADVERB) && cue_starts_at(v, i + 2, "signing"))
      break;
    /* English: "in" and a single year after a title is when it was signed
     * ("the MoU on defence cooperation in 2009"), a range its period ("...
     * in 2017-2022"). */
    int y;
    if ((v->s->flags & AT_SENT_ENGLISH) && at_tok_word(doc, i, AT_ROLE_IN) && i + 1 < limit && is_number(doc, i + 1, &y) &&
        y >= 1945 && y <= 2100 && !(i + 2 < v->s->tok_end && dash_at(doc, i + 2))) {
      if (at_strcmp(at_match_entry(mt_at(v, m), AT_CAT_AGREEMENT)->value, "plan")) *signed_year = y;
      break;
    }
    uint32_t horizon = horizon_at(v, i, limit);
    if (horizon) {
      i += horizon;
      continue;
    }
    /* English "by" and sides told only as two past the title's words tells
     * who signed it, not its name ("the signing of an MoU on defence
     * cooperation by the two countries in November 2009"); a verb of
     * signing right before keeps it, when the kind alone has no other name
     * ("the agreement inked by the two ministries"). */
    if (english && i > kind_end && at_tok_word(doc, i, AT_ROLE_AGENT) && i + 1 < limit && !cue_starts_at(v, i - 1, "signing")) {
      uint32_t k = i + 1;
      long det = match_starting_at(v, k);
      if (det >= 0 && fn_word(v, (uint32_t)det, "both")) break; /* "by the two countries" */
      if (det >= 0 && fn_word(v, (uint32_t)det, "determiner")) k = mt_at(v, (uint32_t)det)->tok_end;
      if (k < limit && told_as_two(doc, k)) break;
    }
    /* English "to", a verb and a word pointing back at what was told ("an
     * MoU to continue these efforts", "an agreement to expand this work";
     * data/function_words.tsv refers_back) tells the document's aim as
     * carrying on something already named, no topic of its own: the title
     * ends before "to" ("an agreement to expand cooperation in ..." goes
     * on). */
    if (english && i >= kind_end && i > start && at_tok_word(doc, i, AT_ROLE_INFINITIVE) && i + 2 < limit &&
        AT_TOK(doc, i + 1)->kind == AT_TOK_WORD && !(AT_TOK(doc, i + 1)->flags & (AT_TOKF_CAP | AT_TOKF_UPPER))) {
      long back = match_starting_at(v, i + 2);
      if (back >= 0 && fn_word(v, (uint32_t)back, "refers_back")) break;
    }
    if (i > kind_end && state_after_with(v, i, NULL)) break; /* "... on naval training with Chile" */
    if (!english && i > kind_end && in_a_happening(v, i)) break; /* "... trong chuyến thăm ..." */
    long mm = match_starting_at(v, i);
    if (mm >= 0) {
      const at_match *x = mt_at(v, (uint32_t)mm);
      /* "... last year" ends a title; an army's name, a date word only for
       * the anniversaries counted from its founding (date_words.tsv
       * founded:), is a side of it ("Thỏa thuận ... giữa Tổng cục Chính trị
       * Quân đội nhân dân Việt Nam và ..."). */
      const at_entry *dw = at_match_entry(x, AT_CAT_DATEWORD);
      /* "tại khu vực ..." right after a topic places what the document
       * rules, not its signing ("Hiệp định về đi lại tại khu vực tự do đi lại
       * ở cửa sông ..."): a venue is a place, never an area
       * (data/function_words.tsv, area). */
      long area = x->tok_end < limit ? match_starting_at(v, x->tok_end) : -1;
      bool ruled_area = !english && i > kind_end && fn_word(v, (uint32_t)mm, "at") && area >= 0 && fn_word(v, (uint32_t)area, "area");
      if (!ruled_area && (fn_word(v, (uint32_t)mm, "title_stop") || (dw && strncmp(dw->value, "founded:", 8)))) break;
      /* Past the kind, words that refer to what the document rests on end
       * its title ("Thỏa thuận của Chính phủ hai nước trên tinh thần ...",
       * "... on the basis of ..."), and in English so do words that place
       * the signing at an event ("the 2024 cooperation plan after the
       * talks", "minutes of the meeting at the end of the talks"); not
       * after a word leading into them, where they are its topic
       * ("Protocol on the implementation of ..."). */
      if ((fn_word(v, (uint32_t)mm, "referred") || (english && fn_word(v, (uint32_t)mm, "ref"))) &&
          !leads_into(v, i))
        break;
      /* "Bản ghi nhớ về hợp tác quốc phòng năm 2013": the year it was
       * signed; a plan's year is its period ("Kế hoạch ... năm 2019"). */
      const at_entry *year = fn_word(v, (uint32_t)mm, "period");
      if (year && at_entry_has_flag(year, "year") && x->tok_end < limit && is_number(doc, x->tok_end, &y) &&
          y >= 1945 && y <= 2100 && at_strcmp(kind->value, "plan") && !years_span(v, x->tok_end)) {
        *signed_year = y;
        /* "Tuyên bố chung năm 2023 về nâng cấp quan hệ ...": the topic after
         * the year goes on naming it */
        if (x->tok_end + 1 < limit && at_tok_word(doc, x->tok_end + 1, AT_ROLE_ABOUT)) {
          i = x->tok_end + 1;
          continue;
        }
        break;
      }
      if (fn_word(v, (uint32_t)mm, "at") && x->tok_end < limit) { /* "... towards 2030 in Hanoi" */
        long place = match_starting_at(v, x->tok_end);
        if (place >= 0 && (at_match_entry(mt_at(v, (uint32_t)place), AT_CAT_PLACE) ||
                           at_match_entry(mt_at(v, (uint32_t)place), AT_CAT_COUNTRY)))
          break;
      }
      /* Right after a kind that is no title alone, "between" and sides told
       * as two leave it none ("an agreement between the two governments",
       * "thỏa thuận giữa hai bên": what two sides agreed). Its abbreviation
       * is part of the kind ("Biên bản ghi nhớ (MOU) giữa hai Ban ..."). */
      bool alone = i == kind_end && !at_entry_is(kind, AT_FLAG_STANDALONE);
      if (fn_word(v, (uint32_t)mm, "between") && (i > kind_end || alone) &&
          between_ends_title(v, i, x->tok_end))
        break;
      /* English "between" names the sides of a titled document ("... on
       * coordination between the Vietnamese marine police and ..."); right
       * after a kind that is no title alone, sides told as two leave it
       * none ("an agreement between the two governments"). */
      if (english && alone && at_tok_word(doc, i, AT_ROLE_BETWEEN) && between_ends_title(v, i, x->tok_end)) break;
      /* Past the kind too, sides told only as two are the parties, not the
       * name, unless the topic follows them ("... Joint Vision on Defence
       * Cooperation to 2030 between the two countries", "the MoU on ...
       * between the two Governments", as "giữa Bộ Quốc phòng hai nước";
       * not "... between the two defence ministries on defence
       * cooperation"). */
      if (english && i > kind_end && at_tok_word(doc, i, AT_ROLE_BETWEEN) && i + 2 < limit &&
          !topic_after_sides(v, i + 1)) {
        uint32_t k = i + 1;
        long det = match_starting_at(v, k);
        if (det >= 0 && fn_word(v, (uint32_t)det, "both")) break; /* "the two countries" */
        if (det >= 0 && fn_word(v, (uint32_t)det, "determiner")) k = mt_at(v, (uint32_t)det)->tok_end;
        if (k < limit && told_as_two(doc, k)) break;
      }
      if (fn_word(v, (uint32_t)mm, "between") || at_tok_word(doc, i, AT_ROLE_BETWEEN)) between_open = true;
      if (at_match_entry(x, AT_CAT_AGREEMENT)) {
        uint32_t before = i; /* "A và B", "the Protocol and the Cooperation Plan": two documents */
        while (before > start + 1) {
          long d = match_starting_at(v, before - 1);
          if (d < 0 || !fn_word(v, (uint32_t)d, "determiner")) break;
          before--;
        }
        if (before > start && at_tok_word(doc, before - 1, AT_ROLE_AND)) {
          i = before - 1;
          break;
        }
        if (*nested < 0) *nested = mm;
      }
      const at_entry *cue = at_match_entry(x, AT_CAT_CUE);
      /* English tells a signing after the title ("the Memorandum of
       * Understanding on ... signed in 2010"): the title ends there
       * (signed_within reads the verb). A kind with nothing after it keeps
       * the verb as its name ("the agreement inked by the two ministries"),
       * and so does a signing to come ("the Agreement to be signed by"). */
      if (cue && !at_strcmp(cue->value, "signing") && (v->s->flags & AT_SENT_ENGLISH) && at_entry_is(cue, AT_FLAG_PAST) &&
          i > mt_at(v, m)->tok_end && !at_tok_word(doc, i - 1, AT_ROLE_INFINITIVE_BE)) /* "... to be signed by" names it */
        break;
      if (cue && !at_strcmp(cue->value, "signing") && *nested < 0 && (i > start + 3 || !english)) {
        /* "về việc ký ..." continues the title; a bare "ký" after it ends it,
         * right after the kind too ("trên cơ sở Bản ghi nhớ ký năm 2017"). */
        if (!(i >= 2 && at_tok_word(doc, i - 1, AT_ROLE_MATTER))) break;
      }
      i = x->tok_end;
      continue;
    }
    (void)t;
    i++;
  }
  uint32_t end = i;
  trim_title(v, &end, start);
  return end;
}

/* Does the date told from token t to `end` belong to another document than
 * the one of match m: the document m's title amends, named inside it ("ký
 * Bản ghi nhớ sửa đổi Bản ghi nhớ về hợp tác quốc phòng năm 2014", from its
 * nested kind `nested` to the title's `end`), or one named by its year right
 * before its kind ("signed a joint vision statement ... on the foundation of
 * the 2011 MoU")? */
static bool date_of_another_document(const view *v, const at_date_span *d, uint32_t m, long nested, uint32_t end) {
  if (nested >= 0 && d->tok_start >= mt_at(v, (uint32_t)nested)->tok_start && d->tok_end <= end) return true;
  long k = d->tok_end < v->s->tok_end ? match_starting_at(v, d->tok_end) : -1;
  if (k >= 0 && (uint32_t)k != m && at_match_entry(mt_at(v, (uint32_t)k), AT_CAT_AGREEMENT)) return true;
  /* or one named after m's title, before the date: "signed a cooperation
   * plan for 2023-2025 which is built on the renewed Defence Cooperation
   * Agreement signed in February this year" dates the agreement */
  for (uint32_t j = m + 1; j < v->s->match_end && mt_at(v, j)->tok_start < d->tok_start; j++)
    if (mt_at(v, j)->tok_start >= end && at_match_entry(mt_at(v, j), AT_CAT_AGREEMENT)) return true;
  return false;
}

/* Is date d before the one of publication by a year or more, or, in its
 * year, by two months or more ("signed in February this year" in a story of
 * November: a story tells its own signing within days of it)? */
static bool months_before_publication(const attache_doc *doc, at_date d) {
  if (!d.year) return false;
  if (d.year < doc->published.year) return true;
  return d.year == doc->published.year && d.month && doc->published.month && d.month + 2 <= doc->published.month;
}

/* True when the sentence dates itself before the year of publication ("signed
 * in 2010", "ký năm 2010"), or months before it in its year: a signing told
 * there is history, so the document already exists. A year of another document the sentence names
 * (date_of_another_document) dates no signing of the document of match m,
 * whose title, `nested` kind inside it and end title_end gave. */
static bool dated_before_publication(const view *v, uint32_t m, long nested, uint32_t end) {
  /* "năm ngoái", "last year": an earlier year, with or without the date of
   * publication */
  for (uint32_t k = v->s->match_start; k < v->s->match_end; k++) {
    const at_entry *d = at_match_entry(mt_at(v, k), AT_CAT_DATEWORD);
    if (d && !strncmp(d->value, "rel_year:-", 10)) return true;
  }
  if (!v->doc->has_published || !v->doc->published.year) return false;
  at_date_span spans[8];
  size_t n = at_find_dates(v->doc, v->s, spans, 8);
  for (size_t i = 0; i < n; i++)
    if (months_before_publication(v->doc, spans[i].date) && !date_of_another_document(v, &spans[i], m, nested, end))
      return true;
  return false;
}

/* The year told right after a document other than a plan ("đã ký Hiệp
 * định hợp tác quốc phòng năm 2012") is when it was signed: history, unless
 * it is the year of publication. With no publication date, a signing
 * stamped with its year is history too ("Bản ghi nhớ ... đã ký năm 2013":
 * a signing of the story's own is dated by its day, "ngày 5/3"). */
static bool signed_before_year(const view *v, int signed_year) {
  if (!signed_year) return false;
  if (!v->doc->has_published || !v->doc->published.year) return true;
  return signed_year < v->doc->published.year;
}

/* "trên cơ sở Bản ghi nhớ", "on the basis of the Memorandum", "the 40th
 * anniversary of the signing of the Treaty": the document whose title starts
 * at token `start` (its kind at match m) already exists, whatever else the
 * sentence signs or plans. Near is counted to the title's start, as a name
 * told before the kind ("the 35th anniversary of signing the Vietnam-Laos
 * Friendship and Cooperation Treaty") is no farther from it. */
static bool referred_before(const view *v, uint32_t m, uint32_t start) {
  for (uint32_t k = v->s->match_start; k < m; k++)
    if (fn_word(v, k, "referred") && mt_at(v, k)->tok_end + 6 >= start) return true;
  return false;
}

/* "thực hiện", "triển khai hiệu quả", "theo", "trong khuôn khổ": the
 * document named just after a word of carrying it out exists, unless the
 * sentence signs it in between ("trong khuôn khổ chuyến thăm, hai bên ký
 * ..."). Vietnamese words only (data/function_words.tsv, implements). */
static bool carried_out(const view *v, uint32_t m) {
  for (uint32_t k = v->s->match_start; k < m; k++) {
    if (!fn_word(v, k, "implements") || mt_at(v, k)->tok_end + 3 < mt_at(v, m)->tok_start) continue;
    bool signing = false;
    for (uint32_t j = k + 1; j < m; j++) signing |= at_match_value(mt_at(v, j), AT_CAT_CUE, "signing") != NULL;
    if (!signing) return true;
  }
  return false;
}

/* The first token from `end` past at most three of "đã", "được", "vừa"
 * (the tense and voice words before a verb). */
static uint32_t past_tense_words(const view *v, uint32_t end) {
  uint32_t t = end;
  /* past the quote closing a quoted title: "“Bản ghi nhớ ...” đã ký năm 2012" */
  if (t < v->s->tok_end && t > v->s->tok_start && is_quote(v->doc, t)) t++, end++;
  while (t < v->s->tok_end && t < end + 3 &&
         at_tok_word(v->doc, t, AT_ROLE_DONE))
    t++;
  return t;
}

/* "bản ghi nhớ đã được ký kết năm 2015", "hiệp định đã ký": a signing told
 * right after the document's name (Vietnamese: "đã", "được", "vừa" and
 * nothing else between). */
static bool signed_after(const view *v, uint32_t end) {
  uint32_t t = past_tense_words(v, end);
  return t > end && t < v->s->tok_end && cue_starts_at(v, t, "signing");
}

/* "hợp đồng đóng sáu tàu mà hai nước đã ký năm 2009": a relative clause
 * right after the title ("mà") that tells its signing, within eight
 * words. */
/* English: a relative clause after a title whose subject signed it ("the
 * fishery agreement that Vietnam and China signed in 2004", "the MoU which
 * the two ministries inked"): the document exists, whatever plan the
 * sentence tells around it. A subject must stand before the verb in the
 * past: "that was signed on Monday" may be the story's own signing; and
 * no other document's name. */
static bool signed_by_subject_after(const view *v, uint32_t end) {
  if (!(v->s->flags & AT_SENT_ENGLISH) || end >= v->s->tok_end || !at_tok_word(v->doc, end, AT_ROLE_RELATIVE_EN))
    return false;
  for (uint32_t t = end + 2; t < v->s->tok_end && t <= end + 8; t++) {
    if (punct_is(v->doc, t - 1, ",")) return false;
    long k = match_starting_at(v, t);
    /* "a plan which builds on the agreement signed in ...": the verb after
     * another document's name tells that one's signing */
    if (k >= 0 && at_match_entry(mt_at(v, (uint32_t)k), AT_CAT_AGREEMENT)) return false;
    const at_entry *c = k >= 0 ? at_match_value(mt_at(v, (uint32_t)k), AT_CAT_CUE, "signing") : NULL;
    if (!c) continue;
    return at_entry_is(c, AT_FLAG_PAST) && !at_tok_word(v->doc, t - 1, AT_ROLE_COPULA_PAST) &&
           !at_tok_word(v->doc, t - 1, AT_ROLE_AUXILIARY) && !at_tok_word(v->doc, t - 1, AT_ROLE_PASSIVE_ADVERB);
  }
  return false;
}

static bool signed_in_relative_clause(const view *v, uint32_t end) {
  if (end >= v->s->tok_end || !at_tok_word(v->doc, end, AT_ROLE_RELATIVE)) return false;
  for (uint32_t t = end + 1; t < v->s->tok_end && t <= end + 8; t++) {
    if (punct_is(v->doc, t, ",")) return false;
    if (cue_starts_at(v, t, "signing")) return true;
  }
  return false;
}

/* The year of a signing told right after a title (with or without "đã",
 * "được", "vừa"), within three words of its verb ("Tuyên bố ... ký năm
 * 2018", "Bản ghi nhớ ... được ký ngày 5/3/2015"); 0 if none. */
static int year_signed_after(const view *v, uint32_t end) {
  uint32_t t = past_tense_words(v, end);
  long k = match_starting_at(v, t);
  if (k < 0 || !at_match_value(mt_at(v, (uint32_t)k), AT_CAT_CUE, "signing")) return 0;
  for (uint32_t u = mt_at(v, (uint32_t)k)->tok_end; u < v->s->tok_end && u <= mt_at(v, (uint32_t)k)->tok_end + 5; u++) {
    int y;
    if (is_number(v->doc, u, &y) && y >= 1950 && y <= 2100 && AT_TOK(v->doc, u)->end - AT_TOK(v->doc, u)->start == 4)
      return y;
  }
  return 0;
}

/* A signing told right after the title and dated (year_signed_after) to a
 * year before the year of publication (any year, without one): the
 * document was signed earlier. */
static bool signed_earlier_after(const view *v, uint32_t end) {
  return signed_before_year(v, year_signed_after(v, end));
}

/* The words after a lower-case kind say what it is about ("thỏa thuận về
 * quy chế tuần tra", "thỏa thuận hợp tác quốc phòng", "hiệp ước hữu nghị"),
 * not that two sides merely agreed ("theo thỏa thuận giữa hai bên",
 * "thỏa thuận hàng năm"). */
static bool names_a_topic(const view *v, uint32_t t) {
  if (t >= v->s->tok_end) return false;
  if (at_tok_word(v->doc, t, AT_ROLE_TOPIC_START)) return true;
  long a = match_starting_at(v, t);
  return a >= 0 && at_match_entry(mt_at(v, (uint32_t)a), AT_CAT_AREA);
}

/* "một", "one" (data/numbers.tsv: a number only before a scale word,
 * "một trăm") at token t: elsewhere the article, as before a document's
 * kind ("ký một bản ghi nhớ về ...", "sẽ ký một hiệp định ..."). */
static bool article_number(const attache_doc *doc, uint32_t t) {
  int n, alone;
  return at_number_before_scale(doc, t, &n) && n == 1 && !at_number_word(doc, t, &alone);
}

/* Nothing but determiners, plurals, epithets ("new") and quotes between two tokens: "signed
 * a “joint vision statement”", "ký các Bản ghi nhớ", "ký một bản ghi nhớ",
 * "ký kết" + "bản ghi nhớ" (nothing at all). */
static bool only_determiners_between(const view *v, uint32_t from, uint32_t to) {
  for (uint32_t t = from; t < to; t++) {
    if (is_quote(v->doc, t) || article_number(v->doc, t)) continue;
    long k = at_match_at(v->doc, v->s, t);
    if (k < 0 || !(fn_word(v, (uint32_t)k, "determiner") || fn_word(v, (uint32_t)k, "plural") ||
                   fn_word(v, (uint32_t)k, "epithet")))
      return false;
  }
  return true;
}

/* Is the document at match m the object of a signing told before it? Sets
 * *modal when a plan governs it ("will sign") and *background when habit or
 * history does ("previously signed", "since 2010 ... have signed"): the
 * document then already exists. A plan makes a document planned through
 * its signing, or through a word that plans documents themselves
 * (modality.tsv attr document: "dự thảo", "xây dựng", "negotiating"); a
 * plan of something else told before a document that is not signed ("a
 * friendship visit ... which will last until June 3. The visit is part of
 * the framework of the ... cooperation plan for 2019", "will work closely
 * to implement a plan ... and a protocol for 2025-2029") leaves it as it
 * is, unless it governs the verb right before the title (three words at
 * most between them: "will review the MoU", "sẽ thông qua Tuyên bố chung")
 * or the document is told new (function_words.tsv new_document: "will
 * review ... and a new action plan for the 2020-2022 one"), still to be
 * made. The title starts at token `from`. */
static bool signing_before(const view *v, uint32_t m, uint32_t from, const uint32_t *told, uint32_t n_told, bool *modal,
                           bool *background) {
  *modal = *background = false;
  bool signing = false, history = false; /* "the first MoU": after the verb, no history */
  bool drafted = false; /* a plan word of documents ("dự thảo", "negotiating") */
  uint32_t plan_end = 0;  /* where the last plan word ends */
  bool purpose = false; /* "nhằm", "để": a document is what it is for only if signed after it */
  /* "trao đổi về dự thảo Bản ghi nhớ A và ký kết Kế hoạch B": a word of
   * drafting (modality.tsv attr document, but a signing to come) whose
   * object, another document, is named before the verb of signing; the
   * signing after it is the story's own, planned only by other words */
  bool draft_open = false, draft_object = false, plain_modal = false;
  for (uint32_t k = v->s->match_start; k < m; k++) {
    const at_entry *c = at_match_entry(mt_at(v, k), AT_CAT_CUE);
    const at_entry *md = at_match_entry(mt_at(v, k), AT_CAT_MODAL);
    const at_entry *unreal = at_match_unreal(mt_at(v, k));
    long exchanged = exchanged_document(v, k);
    if (draft_open && at_match_entry(mt_at(v, k), AT_CAT_AGREEMENT)) draft_object = true;
    /* "Thực hiện ... biên bản hội đàm đã ký, ...": a signing told right
     * after a document listed before (its verb's token in `told`) is that
     * one's, no signing of this one */
    for (uint32_t i = 0; c && i < n_told; i++)
      if (told[i] == mt_at(v, k)->tok_start) c = NULL;
    if ((c && !at_strcmp(c->value, "signing")) || exchanged == (long)m) {
      if (draft_open && draft_object) *modal = plain_modal, drafted = false, draft_open = false;
      signing = true, *background = history;
      /* "Japan and Vietnam have agreed to step up cooperation, signing a
       * new deal ...": what the clause before the comma agreed to makes no
       * plan of the signing told after it (event_cues.tsv comma) */
      uint32_t t = mt_at(v, k)->tok_start;
      if (c && at_entry_has_flag(c, "comma") && t > v->s->tok_start && punct_is(v->doc, t - 1, ",")) *modal = false;
      if (purpose) *modal = true; /* "nhằm ký kết ..." */
    }
    if (unreal && !at_strcmp(unreal->value, "purpose")) purpose = true;
    /* "đánh giá kết quả hợp tác thời gian qua, trọng tâm là kế hoạch ...":
     * what recurred over a period tells the past, no plan */
    else if (unreal && (!at_strcmp(unreal->value, "period") || !at_strcmp(unreal->value, "history"))) {
      if (md && at_entry_has_flag(md, "background")) history = true;
    } else if (unreal) {
      *modal = true;
      drafted |= at_entry_has_flag(unreal, "document");
      bool draft = at_entry_has_flag(unreal, "document") && at_strcmp(unreal->value, "future");
      if (draft) draft_open = true, draft_object = false;
      else plain_modal = true;
      plan_end = mt_at(v, k)->tok_end;
    } else if (md && at_entry_has_flag(md, "background")) history = true;
  }
  if (*modal && !signing && !drafted && plan_end + 3 < from) {
    long w = from > v->s->tok_start ? at_match_at(v->doc, v->s, from - 1) : -1;
    if (!(w >= 0 && mt_at(v, (uint32_t)w)->tok_end == from && fn_word(v, (uint32_t)w, "new_document"))) *modal = false;
  }
  /* "nhằm triển khai nhận thức chung ..., nhất là Tuyên bố chung ...": what
   * a visit is for carries out a document, it signs none */
  return signing;
}

/* Vietnamese: the document told first, its signing still to come after it
 * ("Bản ghi nhớ về ... giữa Việt Nam và Ai Cập sẽ được ký kết trong năm tới",
 * "dự kiến được ký kết", "có thể được ký vào tháng 12"): a word of plan or
 * wish (modality.tsv) between the title's end and the first verb of signing
 * of its clause, within twelve words and before any other word ending a
 * title but "được". */
static bool signing_to_come_after(const view *v, uint32_t end) {
  if (v->s->flags & AT_SENT_ENGLISH) return false;
  uint32_t limit = v->s->tok_end < end + 12 ? v->s->tok_end : end + 12;
  bool unreal = false;
  for (uint32_t t = end; t < limit; t++) {
    if (punct_is(v->doc, t, ",") || punct_is(v->doc, t, ";") || punct_is(v->doc, t, ".")) return false;
    long c = match_starting_at(v, t);
    if (c < 0) continue;
    const at_match *x = mt_at(v, (uint32_t)c);
    if (at_match_value(x, AT_CAT_CUE, "signing")) return unreal;
    const at_entry *u = at_match_unreal(x);
    /* "... sẽ là cơ sở để ký kết ...", "... nhằm ...": a clause of its own
     * starts, the signing told there is another's */
    if (!u && fn_word(v, (uint32_t)c, "title_stop") && !at_tok_word(v->doc, t, AT_ROLE_DONE)) return false;
    if (u && at_strcmp(u->value, "purpose") && at_strcmp(u->value, "period") && at_strcmp(u->value, "history"))
      unreal = true;
  }
  return false;
}

/* A verb of signing within the title of the document at match m, after its
 * kind ("the agreement inked by the two ministries", "the MoU signed in
 * 2019"), not a signing still to come ("to be signed"). */
static bool signed_within(const view *v, uint32_t m, uint32_t end) {
  for (uint32_t k = m + 1; k < v->s->match_end && mt_at(v, k)->tok_start <= end; k++) {
    const at_entry *c = at_match_entry(mt_at(v, k), AT_CAT_CUE);
    uint32_t t = mt_at(v, k)->tok_start;
    if (c && !at_strcmp(c->value, "signing") && at_entry_is(c, AT_FLAG_PAST) && !at_tok_word(v->doc, t - 1, AT_ROLE_INFINITIVE_BE))
      return true;
  }
  return false;
}

/* English: "signed" or "inked" as a word describing the document, after an
 * article, a possessive or a possessor's apostrophe ("the two countries'
 * signed protocol on ...", "the inked border cooperation deals", "their
 * signed agreement"): the document was signed before, it exists; a verb
 * ("have signed the protocol") has its subject or an auxiliary before it.
 * Token words: article, possessive, exchange_en (data/token_words.tsv). */
static bool signed_as_attribute(const view *v, uint32_t cue) {
  uint32_t t = mt_at(v, cue)->tok_start;
  if (!(v->s->flags & AT_SENT_ENGLISH) || t <= v->s->tok_start) return false;
  const at_entry *c = at_match_value(mt_at(v, cue), AT_CAT_CUE, "signing");
  if (!c || !at_entry_is(c, AT_FLAG_PAST)) return false;
  if (at_tok_word(v->doc, t - 1, AT_ROLE_ARTICLE) || at_tok_word(v->doc, t - 1, AT_ROLE_POSSESSIVE))
    /* "exchanged the signed memorandum": the ceremony's own document */
    return !(t - 1 > v->s->tok_start && at_tok_word(v->doc, t - 2, AT_ROLE_EXCHANGE_EN));
  if (is_quote(v->doc, t - 1)) return t - 1 > v->s->tok_start; /* "countries' signed" */
  return t - 1 > v->s->tok_start + 1 && is_quote(v->doc, t - 2) && !strcmp(at_tok_text(v->doc, t - 1, t), "s"); /* "Vietnam's signed" */
}

/* "the signed bilateral defence cooperation agreement": such a participle
 * (attr attributive, data/event_cues.tsv) right before the document's
 * title, or a few lower-case words before it, describes it as signed. */
static bool signed_attribute_before(const view *v, uint32_t verb, uint32_t named_from) {
  long k = (long)verb - 1;
  while (k >= (long)v->s->match_start && mt_at(v, (uint32_t)k)->tok_start + 3 >= named_from &&
         !at_match_value(mt_at(v, (uint32_t)k), AT_CAT_CUE, "signing"))
    k--; /* "bilateral": a word of the sides, matched */
  if (k < (long)v->s->match_start) return false;
  const at_entry *c = at_match_value(mt_at(v, (uint32_t)k), AT_CAT_CUE, "signing");
  if (!c || !at_entry_has_flag(c, "attributive") || !signed_as_attribute(v, (uint32_t)k)) return false;
  uint32_t t = mt_at(v, (uint32_t)k)->tok_end;
  if (named_from < t || named_from > t + 3) return false;
  for (; t < named_from; t++)
    if (AT_TOK(v->doc, t)->kind != AT_TOK_WORD || (AT_TOK(v->doc, t)->flags & AT_TOKF_CAP)) return false;
  return true;
}

/* Does a cue of this value start at token t? */
static bool cue_starts_at(const view *v, uint32_t t, const char *value) {
  long k = match_starting_at(v, t);
  return k >= 0 && at_match_value(mt_at(v, (uint32_t)k), AT_CAT_CUE, value);
}

/* "The memorandum ... was signed by the two ministers": the document is the
 * subject of a signing told in the passive right after its title, or after
 * words set off by commas after it, telling more of it ("The cooperation
 * plan, between the two defence ministries, was signed on ...") - English,
 * no other document or signing among them. */
static bool signed_in_the_passive(const view *v, uint32_t *end) {
  uint32_t copula = *end;
  bool apposition = false;
  if ((v->s->flags & AT_SENT_ENGLISH) && copula < v->s->tok_end && punct_is(v->doc, copula, ",")) {
    uint32_t close = copula + 1;
    while (close < v->s->tok_end && close < copula + 14 && !punct_is(v->doc, close, ",")) {
      long k = match_starting_at(v, close);
      if (k >= 0 && (at_match_entry(mt_at(v, (uint32_t)k), AT_CAT_AGREEMENT) ||
                     at_match_value(mt_at(v, (uint32_t)k), AT_CAT_CUE, "signing")))
        break;
      close++;
    }
    if (close > copula + 1 && close < v->s->tok_end && punct_is(v->doc, close, ",") && close + 1 < v->s->tok_end &&
        at_tok_word(v->doc, close + 1, AT_ROLE_COPULA_PAST))
      copula = close + 1, apposition = true;
  }
  if (copula > v->s->tok_start && copula < v->s->tok_end && cue_starts_at(v, copula, "signing")) copula--;
  /* "... was also signed": an adverb between them (token_words.tsv passive_adverb) */
  if (copula > v->s->tok_start + 1 && at_tok_word(v->doc, copula, AT_ROLE_PASSIVE_ADVERB) &&
      at_tok_word(v->doc, copula - 1, AT_ROLE_COPULA_PAST))
    copula--;
  if (copula + 1 >= v->s->tok_end || !at_tok_word(v->doc, copula, AT_ROLE_COPULA_PAST))
    return false;
  uint32_t verb = copula + 1;
  if (verb + 1 < v->s->tok_end && at_tok_word(v->doc, verb, AT_ROLE_PASSIVE_ADVERB)) verb++;
  if (!cue_starts_at(v, verb, "signing")) return false;
  if (!apposition) *end = copula; /* the title stops before "was" */
  return true;
}

/* Vietnamese tells the story's own signing in the passive too, the document
 * first and its signing right after its title or its sides (signed_after:
 * "Bản ghi nhớ ... giữa Việt Nam và Ai Cập được ký kết tại Cairo ngay sau
 * hội đàm", "Sau hội đàm, Bản ghi nhớ
 * ... đã được ký kết"), in a sentence that names a happening of the story
 * (any cue but the signing itself: "hội đàm", "chuyến thăm"). Told with no
 * happening it may be history in passing ("Hiệp định ... đã được ký kết
 * giữa hai nước là cơ sở pháp lý ..."): it stays existing. The title's kind
 * is match m, its end `end`. */
static bool signed_in_the_passive_vi(const view *v, uint32_t m, uint32_t end) {
  if ((v->s->flags & AT_SENT_ENGLISH) || signing_to_come_after(v, end)) return false; /* "... có thể được ký" */
  long b = end < v->s->tok_end ? match_starting_at(v, end) : -1;
  if (b >= 0 && fn_word(v, (uint32_t)b, "between")) /* past its sides: "... giữa Việt Nam và Ai Cập được ký kết" */
    for (uint32_t t = end + 1; t < v->s->tok_end && t < end + 12 && AT_TOK(v->doc, t)->kind != AT_TOK_PUNCT; t++)
      if (at_tok_word(v->doc, t, AT_ROLE_DONE)) {
        end = t;
        break;
      }
  if (!signed_after(v, end)) return false;
  for (uint32_t k = v->s->match_start; k < v->s->match_end; k++) {
    const at_entry *cue = k == m ? NULL : at_match_entry(mt_at(v, k), AT_CAT_CUE);
    if (cue && at_strcmp(cue->value, "signing")) return true;
  }
  return false;
}

/* The parties of a document titled from token `start`: Vietnam and the
 * states the sentence names; with none, an organization that signs
 * documents (data/organizations.tsv, party) told as the side that signs it,
 * named before a verb of signing that comes before the title ("Việt Nam và
 * Liên minh châu Âu ký Hiệp định ...", "the EU ambassador signed ..."), not
 * one of its fields ("Bản ghi nhớ về gìn giữ hòa bình Liên hợp quốc", "...
 * under which they cooperate in the United Nations peacekeeping mission");
 * else the story's partner. */
/* Do one joining word or mark ("and", a comma, a dash), maybe with "the"
 * after it, join the state ending at token t to the one starting at token
 * next ("Vietnam and the US", "Japan, the Philippines")? */
static bool states_joined(const attache_doc *doc, uint32_t t, uint32_t next) {
  if (t >= next || !(at_tok_word(doc, t, AT_ROLE_AND) || punct_is(doc, t, ",") || dash_at(doc, t)))
    return false;
  return t + 1 == next || (t + 2 == next && at_tok_word(doc, t + 1, AT_ROLE_DEFINITE));
}

/* Does a capital (data/places.tsv, attr capital) start at token t? Its
 * match's end goes to `end`. */
static bool capital_at(const view *v, uint32_t t, uint32_t *end) {
  long k = t < v->s->tok_end ? match_starting_at(v, t) : -1;
  const at_entry *p = k >= 0 ? at_match_entry(mt_at(v, (uint32_t)k), AT_CAT_PLACE) : NULL;
  if (!p || !at_entry_has_flag(p, "capital")) return false;
  *end = mt_at(v, (uint32_t)k)->tok_end;
  return true;
}

/* Two capitals joined stand for their states, as the sides of a document
 * ("Manila and Hanoi signed a memorandum ...", "Moscow và Hà Nội đang xây
 * dựng kế hoạch hợp tác quân sự ..."): the entry of the capital that match
 * k is (its value the state), joined to a capital before or after it; else
 * NULL. */
static const at_entry *capital_as_state(const view *v, uint32_t k) {
  const at_match *x = mt_at(v, k);
  const at_entry *p = at_match_entry(x, AT_CAT_PLACE);
  if (!p || !at_entry_has_flag(p, "capital")) return NULL;
  uint32_t end;
  for (uint32_t next = x->tok_end + 1; next <= x->tok_end + 2; next++) /* "Manila and Hanoi", "... and the ..." */
    if (states_joined(v->doc, x->tok_end, next) && capital_at(v, next, &end)) return p;
  for (uint32_t before = x->tok_start >= 4 ? x->tok_start - 4 : 0; before + 1 < x->tok_start; before++)
    if (before >= v->s->tok_start && capital_at(v, before, &end) && states_joined(v->doc, end, x->tok_start)) return p;
  return NULL;
}

/* "Japan and Vietnam signed ...", "Việt Nam và Lào ký ...", "the
 * Vietnam-India ... ": states joined to Vietnam by "and", a comma or a dash
 * name the sides outright; other states the sentence names are only told
 * of ("amid worries about China's ...", "TAIPEI (Taiwan News) -", "the UN
 * mission in South Sudan"). Of such runs of states that hold Vietnam, the
 * last before the document's title at token `start` names its sides (the
 * signers come before what they sign), else the first after it ("... was
 * signed by Vietnam and Japan"). Adds that run's states to `pair`, after
 * Vietnam; false when there is none. */
static bool states_joined_to_vietnam(const view *v, uint32_t start, at_strset *pair) {
  const attache_doc *doc = v->doc;
  at_strset run = {0}, best = {0};
  uint32_t run_start = 0, run_end = 0;
  for (uint32_t k = v->s->match_start; k <= v->s->match_end; k++) {
    const at_entry *c = k < v->s->match_end ? at_match_entry(mt_at(v, k), AT_CAT_COUNTRY) : NULL;
    if (!c && k < v->s->match_end) c = capital_as_state(v, k); /* "Manila and Hanoi signed ..." */
    if (k < v->s->match_end && (!c || !at_strcmp(c->value, "-"))) continue;
    uint32_t next = c ? mt_at(v, k)->tok_start : 0;
    bool joined = c && run.n && states_joined(doc, run_end, next);
    if (!joined && run.n >= 2 && at_strset_has(&run, "VN")) { /* a run of sides ends */
      if (run_start < start || !best.n) best = run;
      if (run_start >= start) break;
    }
    if (!joined) run = (at_strset){0}, run_start = next;
    if (!c) break;
    at_strset_add(&run, c->value);
    run_end = mt_at(v, k)->tok_end;
  }
  for (uint8_t i = 0; i < best.n; i++) at_strset_add(pair, best.items[i]);
  return best.n > 0;
}

/* A document two or more other states sign between themselves ("Nhật Bản
 * và Philippines đã ký Thỏa thuận tiếp cận đối ứng", "Japan and the
 * Philippines signed a reciprocal access agreement on Monday"), told in a
 * story of Vietnam's defence relations, is none of Vietnam's: states joined
 * by "and", a comma or a dash, none of them Vietnam, before a verb of
 * signing (or a word that plans a document, "sớm ký kết") that comes before
 * the title at token `start`, and Vietnam not named from them to the end
 * of the sentence; or one such state signing it "with" another named right
 * after its title, which ends at token `end` ("the Philippines last week
 * signed an MoU on defence cooperation with Canada"). */
static bool signed_by_other_states(const view *v, uint32_t start, uint32_t end) {
  const attache_doc *doc = v->doc;
  /* one state signing "with" another after the title ("Norway signed an MoU
   * on naval training with Chile"): the two sides, neither of them Vietnam */
  const at_entry *with = NULL;
  bool with_other = (v->s->flags & AT_SENT_ENGLISH) && end < v->s->tok_end && state_after_with(v, end, &with) &&
                    at_strcmp(with->value, "VN");
  uint32_t sides = with_other ? 1 : 2;
  uint32_t states = 0, run_end = 0;
  bool signing = false, vietnam = false; /* a verb of signing after the run; Vietnam in the run */
  for (uint32_t k = v->s->match_start; k < v->s->match_end; k++) {
    const at_match *x = mt_at(v, k);
    const at_entry *c = at_match_entry(x, AT_CAT_COUNTRY);
    if (!c || !at_strcmp(c->value, "-")) c = NULL;
    bool joined = c && states && !signing && x->tok_start < start && states_joined(doc, run_end, x->tok_start);
    bool is_vietnam = c && !at_strcmp(c->value, "VN");
    if (is_vietnam && !joined && states >= sides && !vietnam) return false; /* Vietnam named after them */
    if (x->tok_start >= start) continue;
    if (c) {
      if (joined) states++, vietnam |= is_vietnam;
      else states = 1, vietnam = is_vietnam, signing = false;
      run_end = x->tok_end;
      continue;
    }
    const at_entry *md = at_match_unreal(x);
    if (states >= sides && (at_match_value(x, AT_CAT_CUE, "signing") || (md && at_entry_has_flag(md, "document"))))
      signing = true;
  }
  return states >= sides && !vietnam && signing;
}

/* The sides a document is named with, none of them Vietnam: two states or
 * more joined by a dash, "và", "and" or a comma within its title (from
 * token `start` to `end`: "Kế hoạch hợp tác quân sự Belarus - Nga ...") or
 * after "giữa", "between" right at its end ("Hiệp ước ... giữa Trung Quốc
 * và Nga ký năm 2001"), and no Vietnam named there. A story of Vietnam's
 * defence relations tells such a document of two other states as news of
 * the world or of what a guest said; it is none of Vietnam's. Not with an
 * organization named there ("ASEAN - Trung Quốc"), which Vietnam may be a
 * member of. */
static bool named_sides_without_vietnam(const view *v, uint32_t start, uint32_t end) {
  uint32_t to = end;
  if (end < v->s->tok_end) {
    long b = match_starting_at(v, end);
    if ((b >= 0 && fn_word(v, (uint32_t)b, "between")) || at_tok_word(v->doc, end, AT_ROLE_BETWEEN))
      to = v->s->tok_end < end + 12 ? v->s->tok_end : end + 12;
  }
  uint32_t run = 0, run_end = 0, most = 0;
  const char *first = NULL;
  for (uint32_t k = v->s->match_start; k < v->s->match_end; k++) {
    const at_match *x = mt_at(v, k);
    if (x->tok_start < start) continue;
    if (x->tok_start >= to) break;
    if (at_match_entry(x, AT_CAT_ORG)) return false; /* "ASEAN - Trung Quốc": Vietnam a member */
    const at_entry *c = at_match_entry(x, AT_CAT_COUNTRY);
    if (!c || !at_strcmp(c->value, "-")) continue;
    if (!at_strcmp(c->value, "VN")) return false;
    bool joined = run && states_joined(v->doc, run_end, x->tok_start);
    if (!joined) run = 0, first = c->value;
    if (!run || at_strcmp(first, c->value)) run++;
    run_end = x->tok_end;
    if (run > most) most = run;
  }
  return most >= 2;
}

/* The one foreign state of the happening the sentence goes on about, else
 * NULL: a story of several meetings tells a document signed or referred to
 * at one of them by its sides there ("... meetings with his counterparts
 * from Singapore, the US and Canada. ... Minister Giang and US Secretary
 * ... in their meeting ... The two ministers agreed to continue promoting
 * cooperation in accordance with the Memorandum of Understanding ..."), not
 * by the partner the story names most. */
static const char *event_partner(const view *v) {
  if (v->s->event < 0) return NULL;
  const at_event *ev = AT_EVENT(v->doc, v->s->event);
  const char *found = NULL;
  for (uint8_t i = 0; i < ev->countries.n; i++) {
    if (!at_strcmp(ev->countries.items[i], "VN")) continue;
    if (found) return NULL;
    found = ev->countries.items[i];
  }
  return found;
}

static void add_parties(const view *v, at_strset *parties, uint32_t start) {
  at_strset_add(parties, "VN");
  if (states_joined_to_vietnam(v, start, parties)) return;
  for (uint32_t k = v->s->match_start; k < v->s->match_end; k++) {
    const at_entry *c = at_match_entry(mt_at(v, k), AT_CAT_COUNTRY);
    /* a body whose name holds its state ("the Japan Coast Guard", "Quân
     * Giải phóng Nhân dân Trung Quốc"; data/bodies.tsv value) */
    if (!c) c = at_match_entry(mt_at(v, k), AT_CAT_BODY);
    if (c && at_strcmp(c->value, "-")) at_strset_add(parties, c->value);
  }
  const char *organization = NULL;
  for (uint32_t k = v->s->match_start; k < v->s->match_end && mt_at(v, k)->tok_start < start; k++) {
    const at_match *x = mt_at(v, k);
    const at_entry *o = at_match_entry(x, AT_CAT_ORG);
    if (o && at_entry_is(o, AT_FLAG_PARTY)) organization = o->value;
    if (organization && at_match_value(x, AT_CAT_CUE, "signing")) {
      if (parties->n == 1) at_strset_add(parties, organization);
      break;
    }
  }
  if (parties->n == 1) {
    const char *partner = event_partner(v);
    if (partner) at_strset_add(parties, partner);
    else if (v->doc->main_foreign) at_strset_add(parties, v->doc->main_foreign);
  }
}

/* Where the word `w` (`n` bytes) first stands in the folded, space-separated
 * words `s`, or NULL. */
static const char *folded_word_in(const char *s, const char *w, size_t n) {
  for (const char *p = s; *p; p += strcspn(p, " "), p += *p == ' ') /* word by word */
    if (!strncmp(p, w, n) && (p[n] == ' ' || p[n] == '\0')) return p;
  return NULL;
}

/* Are the words of `shorter` (folded, space-separated), four or more, all
 * in `longer` in the same order? */
static bool words_within(const char *shorter, const char *longer) {
  size_t words = 0;
  const char *at = longer;
  for (const char *w = shorter; *w;) {
    size_t len = strcspn(w, " ");
    const char *found = folded_word_in(at, w, len);
    if (!found) return false;
    at = found + len;
    words++;
    w += len;
    w += *w == ' ';
  }
  return words >= 4;
}

/* A folded title without its parentheses: an abbreviation the story gives
 * a name at its first telling ("gìn giữ hòa bình (GGHB)", "memorandum of
 * understanding (MoU)") is the word it stands for when told again ("Bản
 * ghi nhớ về hợp tác GGHB ...", "the MoU on ..."). */
static const char *unbracketed(attache_doc *doc, const char *folded) {
  size_t n = strlen(folded);
  char *out = at_arena_strndup(doc->arena, folded, n), *o = out;
  for (const char *p = folded; *p; p++)
    if (*p != '(' && *p != ')') *o++ = *p;
  *o = '\0';
  return out;
}

/* A roundup tells each partner's signing in its own sentence ("In Ankara,
 * Vietnam and Turkey signed an MoU on ... In Vientiane, Vietnam and Laos
 * signed an MoU focused on ..."): an English sentence telling a signing
 * that names foreign states, none of them a party of a document listed
 * before, tells another document, however like its title. */
static bool signed_with_other_partners(const view *v, const char *status, const at_agreement *a) {
  if (!(v->s->flags & AT_SENT_ENGLISH) || at_strcmp(status, "signed")) return false;
  bool foreign = false;
  for (uint32_t k = v->s->match_start; k < v->s->match_end; k++) {
    const at_entry *c = at_match_entry(mt_at(v, k), AT_CAT_COUNTRY);
    if (!c || !at_strcmp(c->value, "VN") || !at_strcmp(c->value, "-")) continue;
    if (at_strset_has(&a->parties, c->value)) return false;
    foreign = true;
  }
  return foreign;
}

/* Is this document already listed? Titles are compared without case and
 * marks, and a shortened retelling ("Điều khoản tham chiếu Tham vấn") of a
 * listed title is the same document. */
/* True when the document already has this agreement: the same title, or one
 * title the start of the other ("Joint Vision Statement" and "Joint Vision
 * Statement on ... towards 2030"); the longer title is kept. A document of
 * the same kind told again with words added inside its title ("thỏa thuận
 * bổ sung vốn ODA không hoàn lại", then "thỏa thuận bổ sung 32 triệu USD
 * vốn ODA không hoàn lại của Mỹ") is the same one, listed as first told. */
/* f: the title folded without tones; each document listed keeps its own
 * folded, not folded again for every title after it. */
static at_agreement *seen_title(const view *v, const char *title, const char *f, const char *kind, int year,
                                const char *status) {
  attache_doc *doc = v->doc;
  size_t n = strlen(f);
  for (size_t i = 0; i < doc->agreements.len; i++) {
    at_agreement *a = AT_VEC_AT(&doc->agreements, at_agreement, i);
    /* signed in another year, another document of that name ("ký biên bản
     * ghi nhớ năm 2022", "thực hiện biên bản ghi nhớ ... năm 2019") */
    if (year && a->has_date && a->date.year && a->date.year != year) continue;
    if (signed_with_other_partners(v, status, a)) continue;
    if (!a->folded_title) a->folded_title = at_fold(doc->arena, a->title, strlen(a->title), AT_MATCH_TONE);
    const char *g = a->folded_title;
    size_t gn = strlen(g);
    if (!at_strcmp(g, f) || (strncmp(g, f, n) == 0 && g[n] == ' ')) return a;
    if (strncmp(g, f, gn) == 0 && f[gn] == ' ') {
      a->title = title;
      a->folded_title = f;
      return a;
    }
    if (at_strcmp(a->kind, kind)) continue;
    const char *fu = unbracketed(doc, f), *gu = unbracketed(doc, g);
    if (words_within(gu, fu) || words_within(fu, gu)) return a;
  }
  return NULL;
}

/* A kind named alone after a document of that kind is listed ("... signed
 * a memorandum of understanding on ... The MoU marks the beginning of ...",
 * "Bản ghi nhớ này ...") is that document again, unless signed with other
 * partners. */
static bool names_a_listed_kind(const view *v, uint32_t m, uint32_t end, const char *status) {
  if (end > mt_at(v, m)->tok_end) return false;
  const char *kind = at_match_entry(mt_at(v, m), AT_CAT_AGREEMENT)->value;
  for (size_t i = 0; i < v->doc->agreements.len; i++) {
    const at_agreement *a = AT_VEC_AT(&v->doc->agreements, at_agreement, i);
    if (!at_strcmp(a->kind, kind) && !signed_with_other_partners(v, status, a)) return true;
  }
  return false;
}

/* A date the sentence tells, with its year, that may date a signing of the
 * past: not a numbered document's, an anniversary's span or the day
 * something lasts to, nor after the publication date ("tháng 4 năm nay",
 * "in February this year" are read from it: they may). */
static bool told_signing_date(const view *v, const at_date_span *d) {
  if (!d->date.year || d->of_document || d->years_span || d->until || d->end.month) return false;
  if (!v->doc->has_published || !v->doc->published.year) return !d->relative;
  const at_date p = v->doc->published;
  if (d->date.year != p.year) return d->date.year < p.year;
  return !p.month || d->date.month < p.month || (d->date.month == p.month && (!p.day || d->date.day <= p.day));
}

/* A 4-digit year (1945 and after) at token t. */
static bool year_at(const view *v, uint32_t t, int *y) {
  return is_number(v->doc, t, y) && *y >= 1945 && *y <= 2100 && AT_TOK(v->doc, t)->end - AT_TOK(v->doc, t)->start == 4;
}

/* A plan's years told right before its name are its period ("inked the
 * 2023 cooperation plan", "ink 2013 plan", "the 2021-2023 action plan"),
 * as "Kế hoạch ... năm 2019" after it. */
static void years_before_plan(const view *v, uint32_t start, int *from, int *to) {
  int a, b;
  if (start <= v->s->tok_start || !year_at(v, start - 1, &b) || punct_is(v->doc, start, "-")) return;
  bool dash = start - 1 > v->s->tok_start + 1 && dash_at(v->doc, start - 2);
  if (dash && year_at(v, start - 3, &a) && a <= b) {
    *from = a, *to = b;
  } else if (!dash) {
    *from = *to = b;
  }
}

/* When the document titled from token `start` to `end`, of kind match m,
 * told as existing, was signed, as its sentence tells it:
 * - a year right before its name, not a plan's ("the 2010 memorandum of
 *   understanding", "a 2012 protocol"; a plan's year is its period);
 * - a date right after its name, or after a signing told right after it,
 *   within the clause and before any other document ("the MoU on ... in
 *   October 2011", "... signed in 2011", "the Letter of Intent ... on
 *   August 23, 2017", "..., which was signed between the two countries in
 *   2009", "Bản ghi nhớ ... được ký vào năm 2021", "... đã ký
 *   năm 2013", "hợp đồng ... được ký kết trong chuyến thăm Nga của Thủ
 *   tướng ... hồi tháng 12/2009");
 * - the one date of a sentence told before a signing of the document
 *   ("In 2010, ... the two sides then signed the ...", "during my visit
 *   ... in October 2010, Minister Thanh and I signed the ..."), unless the
 *   document is named as remembered ("kỷ niệm", "anniversary of").
 * False when it tells none. */
static bool earlier_signing_date(const view *v, uint32_t m, uint32_t start, uint32_t end, at_date *out) {
  const at_entry *kind = at_match_entry(mt_at(v, m), AT_CAT_AGREEMENT);
  int y;
  bool published = v->doc->has_published && v->doc->published.year;
  if (at_strcmp(kind->value, "plan") && start > v->s->tok_start && year_at(v, start - 1, &y) &&
      !(start - 1 > v->s->tok_start && dash_at(v->doc, start - 2)) &&
      !punct_is(v->doc, start, "-") && (!published || y <= v->doc->published.year)) {
    *out = (at_date){.year = (int16_t)y};
    return true;
  }
  at_date_span spans[8];
  size_t n = at_find_dates(v->doc, v->s, spans, 8);
  for (size_t i = 0; i < n; i++) {
    const at_date_span *d = &spans[i];
    if (d->tok_start < end) continue;
    if (!told_signing_date(v, d)) break;
    bool signing = false, clear = true;
    for (uint32_t t = end; t < d->tok_start && clear; t++) {
      /* a comma right after the name may open a clause about it (", which
       * was signed ... in 2009", ", signed in 2010") */
      bool about = t == end && t + 1 < d->tok_start &&
                   (at_tok_word(v->doc, t + 1, AT_ROLE_RELATIVE_EN) || at_tok_word(v->doc, t + 1, AT_ROLE_RELATIVE) ||
                    cue_starts_at(v, t + 1, "signing"));
      if ((punct_is(v->doc, t, ",") && !about) || punct_is(v->doc, t, ";") || punct_is(v->doc, t, "(") ||
          punct_is(v->doc, t, ":"))
        clear = false;
      long k = match_starting_at(v, t);
      if (k < 0) continue;
      if (at_match_entry(mt_at(v, (uint32_t)k), AT_CAT_AGREEMENT)) clear = false;
      if (at_match_value(mt_at(v, (uint32_t)k), AT_CAT_CUE, "signing")) signing = true;
    }
    if (clear && d->tok_start <= end + (signing ? 16u : 2u)) {
      *out = d->date;
      return true;
    }
    break;
  }
  /* "năm 2013" alone is no date of the sentence ("Kế hoạch năm 2018"), but
   * right after its verb of signing it is when the document was signed */
  y = year_signed_after(v, end);
  if (y && (!published || y <= v->doc->published.year)) {
    *out = (at_date){.year = (int16_t)y};
    return true;
  }
  if (n != 1 || !told_signing_date(v, &spans[0]) || spans[0].tok_end > start) return false;
  bool signing = false;
  for (uint32_t k = v->s->match_start; k < v->s->match_end && mt_at(v, k)->tok_start < start; k++) {
    if (fn_word(v, k, "referred")) return false;
    if (mt_at(v, k)->tok_start >= spans[0].tok_end && at_match_value(mt_at(v, k), AT_CAT_CUE, "signing")) signing = true;
  }
  if (signing) *out = spans[0].date;
  return signing;
}

/* Is the document of kind match m, titled from token `start` to `end`,
 * told by its kind alone, its abbreviation in brackets or not ("a
 * Memorandum of Understanding (MoU)", "Bản ghi nhớ")? */
static bool told_bare(const view *v, uint32_t m, uint32_t start, uint32_t end) {
  const at_match *x = mt_at(v, m);
  if (start != x->tok_start) return false;
  return end == x->tok_end || (end == x->tok_end + 3 && punct_is(v->doc, x->tok_end, "(") &&
                               punct_is(v->doc, end - 1, ")"));
}

/* Can a listed document `a` and one told with `parties` be one: a foreign
 * party shared, or either told with no foreign party? */
static bool parties_agree(const at_agreement *a, const at_strset *parties) {
  bool foreign_a = false, foreign_b = false, shared = false;
  for (uint8_t k = 0; k < a->parties.n; k++) {
    if (!at_strcmp(a->parties.items[k], "VN")) continue;
    foreign_a = true;
    shared |= at_strset_has(parties, a->parties.items[k]);
  }
  for (uint8_t k = 0; k < parties->n; k++) foreign_b |= at_strcmp(parties->items[k], "VN") != 0;
  return shared || !foreign_a || !foreign_b;
}

/* One document told twice in a story: once by its kind alone and once
 * named ("the renewal of a Memorandum of Understanding (MoU)" and "renewed
 * the MoU on Defence Cooperation", either first), of the same kind and
 * parties (a foreign party shared, or one told with none), told in two
 * sentences and not signed in two years, is one document. Not when the
 * named one is told as another (function_words.tsv another_document:
 * "another MoU on ...", "a second agreement"), nor two bare ones. The
 * listed document it retells, or NULL. */
static at_agreement *retold_bare(const view *v, const char *kind, const at_strset *parties, bool bare,
                                 uint32_t start, int year) {
  if (!bare && start > v->s->tok_start) {
    long w = at_match_at(v->doc, v->s, start - 1);
    if (w >= 0 && mt_at(v, (uint32_t)w)->tok_end == start && fn_word(v, (uint32_t)w, "another_document")) return NULL;
  }
  for (size_t i = 0; i < v->doc->agreements.len; i++) {
    at_agreement *a = AT_VEC_AT(&v->doc->agreements, at_agreement, i);
    /* two told in one sentence are two ("signed a cooperation agreement and
     * an agreement on ...") */
    if (a->bare == bare || at_strcmp(a->kind, kind) || a->sentence == v->index) continue;
    if (year && a->has_date && a->date.year && a->date.year != year) continue; /* signed in another year */
    if (parties_agree(a, parties)) return a;
  }
  return NULL;
}

/* English wire copy tells the one document of its story twice, in its lead
 * and again in its body, in other words ("Vietnam and Chile signed a
 * defense agreement on Friday ...", then "the two ministers signed a
 * defense cooperation agreement to boost ..."; "signed an
 * inter-governmental agreement on military-technical cooperation", then, in
 * the ministry's words, "a bilateral inter-governmental agreement on
 * developing military-technical cooperation"). A named document told in
 * another sentence, of the same kind and status as the only listed one of
 * that kind and status, a foreign party shared (as retold_bare), signed the
 * same day (either undated) or, told as existing, in the same year, is that
 * one, unless its sentence tells it as another ("another", "also" before
 * its title: function_words.tsv another_document). Not documents to come,
 * which a story may list one by one. The listed document, or NULL. */
static bool is_caption(const attache_doc *doc, uint32_t s);

static at_agreement *retold_in_other_words(const view *v, const char *kind, const char *status, const at_strset *parties,
                                           bool has_date, at_date date, uint32_t start) {
  if (!(v->s->flags & AT_SENT_ENGLISH) || !at_strcmp(status, "planned")) return NULL;
  for (uint32_t k = v->s->match_start; k < v->s->match_end && mt_at(v, k)->tok_start < start; k++)
    if (fn_word(v, k, "another_document")) return NULL;
  at_agreement *found = NULL;
  for (size_t i = 0; i < v->doc->agreements.len; i++) {
    at_agreement *a = AT_VEC_AT(&v->doc->agreements, at_agreement, i);
    if (at_strcmp(a->kind, kind) || at_strcmp(a->status, status)) continue;
    if (found) return NULL; /* two of that kind listed: which one is told is not known */
    found = a;
  }
  /* a photo's caption retells the body's document: drop_retold_in_captions
   * keeps the body's telling */
  if (!found || found->sentence == v->index || found->bare || is_caption(v->doc, found->sentence)) return NULL;
  bool existing = !at_strcmp(status, "existing");
  if (existing && !(has_date && found->has_date && date.year && date.year == found->date.year)) return NULL;
  if (!existing && has_date && found->has_date &&
      (date.year != found->date.year || date.month != found->date.month || date.day != found->date.day))
    return NULL;
  return parties_agree(found, parties) ? found : NULL;
}

/* The areas named in a document's title (its words from `start` to `end`,
 * its kind at match m) added to `areas`. */
static void add_title_areas(const view *v, uint32_t m, uint32_t start, uint32_t end, at_strset *areas) {
  for (uint32_t k = m; k < v->s->match_end && mt_at(v, k)->tok_start < end; k++) {
    if (mt_at(v, k)->tok_start < start) continue;
    const at_entry *ar = at_match_entry(mt_at(v, k), AT_CAT_AREA);
    if (ar && !has_area(areas, ar->value)) at_strset_add(areas, ar->value);
  }
}

/* "Quân chủng Hải quân ký biên bản ghi nhớ hợp tác y tế với các bệnh viện
 * phía Nam": a Vietnamese sentence telling whom a document was signed with
 * ("với" ...), in a story naming no foreign state, organization or foreign
 * work, tells of a document signed between Vietnamese bodies - home work, no
 * document of defense diplomacy. Asked of a document with no side found but
 * Vietnam. */
static bool signed_at_home(const view *v) {
  if (v->s->flags & AT_SENT_ENGLISH) return false;
  bool with = false;
  for (uint32_t t = v->s->tok_start; t < v->s->tok_end && !with; t++) with = at_tok_word(v->doc, t, AT_ROLE_WITH);
  return with && !at_doc_on_foreign_relations(v->doc);
}

/* The words of a title from token `start` before those telling its years
 * ("protocol on defence cooperation" of "... for the 2020-24 period" and of
 * "... in 2020-24"), folded; NULL when no year is told before `end`. */
static const char *head_before_years(const view *v, uint32_t start, uint32_t end) {
  uint32_t k = start;
  int y;
  while (k < end && !(is_number(v->doc, k, &y) && y >= 1950 && y <= 2100)) k++;
  if (k >= end) return NULL;
  while (k > start + 1) { /* back over "for the", "in", "during the" */
    long w = at_match_at(v->doc, v->s, k - 1);
    if (!(w >= 0 && (fn_word(v, (uint32_t)w, "title_link") || fn_word(v, (uint32_t)w, "determiner") ||
                     fn_word(v, (uint32_t)w, "during"))) &&
        !at_tok_word(v->doc, k - 1, AT_ROLE_IN))
      break;
    k = w >= 0 ? mt_at(v, (uint32_t)w)->tok_start : k - 1;
  }
  if (k <= start) return NULL;
  const char *text = at_tok_text(v->doc, start, k);
  return at_fold(v->doc->arena, text, strlen(text), AT_MATCH_TONE);
}

/* A document told again in one story with its years told in other words
 * ("the protocol on defence cooperation in 2020-24", then "the protocol on
 * defence cooperation for the 2020-24 period"): of its kind, with the same
 * years, the same words before them and a foreign party shared (or none
 * told), it is the one listed. */
static at_agreement *retold_with_its_years(const view *v, const char *kind, const char *head, int from, int to,
                                           const at_strset *parties) {
  if (!head || !from) return NULL;
  for (size_t i = 0; i < v->doc->agreements.len; i++) {
    at_agreement *a = AT_VEC_AT(&v->doc->agreements, at_agreement, i);
    if (!a->folded_head || at_strcmp(a->kind, kind) || strcmp(a->folded_head, head) || a->period_from != from ||
        a->period_to != to)
      continue;
    if (parties_agree(a, parties)) return a;
  }
  return NULL;
}

/* Do the words of the title from token `start` to `end` (its kind at match
 * m left out) share a topic with the folded title `other`: two words of
 * four letters or more, one of them no word of nearly every topic
 * (token_words.tsv plain_topic: "defence", "cooperation", ...)? */
static bool shares_topic(const view *v, uint32_t m, uint32_t start, uint32_t end, const char *other) {
  const at_match *x = mt_at(v, m);
  int shared = 0, telling = 0;
  for (uint32_t t = start; t < end; t++) {
    const at_token *w = AT_TOK(v->doc, t);
    if (w->kind != AT_TOK_WORD || w->end - w->start < 4 || (t >= x->tok_start && t < x->tok_end) ||
        at_tok_word(v->doc, t, AT_ROLE_FUNCTION_EN))
      continue;
    const char *f = at_fold(v->doc->arena, v->doc->text + w->start, w->end - w->start, AT_MATCH_TONE);
    if (!folded_word_in(other, f, strlen(f))) continue;
    shared++;
    telling += !at_tok_word(v->doc, t, AT_ROLE_PLAIN_TOPIC);
  }
  return shared >= 2 && telling >= 1;
}

/* English wire copy tells its one document first by a general word and
 * then by its name, of another kind, or the other way round ("signed an
 * agreement on establishing a formal military medical partnership ...
 * co-signed a Statement of Intent (SOI) on Military Medical Cooperation";
 * "sealed a logistics support pact ... The Memorandum of Understanding
 * (MoU) on mutual logistics support is the first ..."): an agreement told
 * in small letters, signed, and a capitalised title of another kind, in
 * two sentences, a foreign party shared and a topic (shares_topic), are
 * one document, of the named kind and title, signed; not a named one
 * dated before the year of publication. The telling from token `start` to
 * `end` (kind match m) is named when `capital`. The listed document, or
 * NULL. */
static at_agreement *named_and_told_generally(const view *v, uint32_t m, uint32_t start, uint32_t end, bool capital,
                                              const at_strset *parties, const char *status, int year) {
  const char *kind = at_match_entry(mt_at(v, m), AT_CAT_AGREEMENT)->value;
  bool general = !at_strcmp(kind, "agreement") && !capital;
  if (!(v->s->flags & AT_SENT_ENGLISH) || (!general && !(capital && at_strcmp(kind, "agreement")))) return NULL;
  int published = v->doc->has_published ? v->doc->published.year : 0;
  for (size_t i = 0; i < v->doc->agreements.len; i++) {
    at_agreement *a = AT_VEC_AT(&v->doc->agreements, at_agreement, i);
    if (a->sentence == v->index) continue;
    bool a_general = !at_strcmp(a->kind, "agreement") && !a->capital;
    bool a_named = a->capital && at_strcmp(a->kind, "agreement");
    if (general ? !a_named : !a_general) continue;
    if (at_strcmp(general ? status : a->status, "signed")) continue; /* the general telling is signed */
    int named_year = general ? (a->has_date ? a->date.year : 0) : year;
    if (named_year && published && named_year < published) continue;
    bool shared = false;
    for (uint8_t k = 0; k < a->parties.n; k++)
      shared |= at_strcmp(a->parties.items[k], "VN") && at_strset_has(parties, a->parties.items[k]);
    if (!shared || !shares_topic(v, m, start, end, a->folded_title)) continue;
    return a;
  }
  return NULL;
}

/* Lists the document of kind match m whose title is `title` (NULL: the
 * words from `start` to `end`); its areas and period are read from the
 * words from `start` to `end` (`own_end` for the period). */
static void add_titled_agreement(const view *v, uint32_t m, const char *title, uint32_t start, uint32_t end,
                                 uint32_t own_end, const char *status, int signed_year) {
  attache_doc *doc = v->doc;
  const at_entry *kind = at_match_entry(mt_at(v, m), AT_CAT_AGREEMENT);
  bool bare = !title && told_bare(v, m, start, end);
  /* a proper name in capitals; an abbreviation alone ("the MoU on this
   * field") is the kind, which a later full name may name */
  bool capital = start < v->s->tok_end && (AT_TOK(doc, start)->flags & AT_TOKF_CAP) &&
                 !(bare && end == start + 1 && is_abbreviation(doc, start));
  const char *head = !title && (v->s->flags & AT_SENT_ENGLISH) ? head_before_years(v, start, own_end) : NULL;
  if (!title) title = at_tok_text(doc, start, end);
  /* "Chương trình hành động ... thực hiện Nghị quyết Đại hội XIII": a
   * programme that carries out a Party resolution is home policy, no
   * document signed with a partner (function_words.tsv domestic). */
  for (uint32_t k = m; k < v->s->match_end && mt_at(v, k)->tok_start < end; k++)
    if (mt_at(v, k)->tok_start >= start && fn_word(v, k, "domestic")) return;
  const char *folded = at_fold(doc->arena, title, strlen(title), AT_MATCH_TONE);
  at_agreement *seen = seen_title(v, title, folded, kind->value, signed_year, status);
  /* "... agreed on a cooperation plan for this year during talks ...
   * Concluding the talks, the ministers inked the 2023 cooperation plan":
   * a document told first in passing and then signed in the happening is
   * signed, its evidence the sentence of its signing. */
  if (seen && at_strcmp(seen->status, "signed") && !at_strcmp(status, "signed")) {
    seen->status = status;
    seen->sentence = v->index;
    seen->why = (at_explain){"agreement-title", kind->phrase, v->index};
    if (v->s->event >= 0 && AT_EVENT(doc, v->s->event)->has_date) {
      seen->date = AT_EVENT(doc, v->s->event)->date;
      seen->has_date = true;
    }
  }
  /* a plan told first without its years ("a cooperation plan for this
   * year"), then with them ("inked the 2023 cooperation plan") */
  if (seen && !seen->period_from && !at_strcmp(kind->value, "plan"))
    years_before_plan(v, start, &seen->period_from, &seen->period_to);
  if (seen || (start == mt_at(v, m)->tok_start && names_a_listed_kind(v, m, end, status))) return;
  if (signed_by_other_states(v, start, end) || named_sides_without_vietnam(v, start, end)) return;
  at_strset parties = {0};
  add_parties(v, &parties, start);
  if (parties.n == 1 && signed_at_home(v)) return;
  at_date date = {0};
  bool has_date = false;
  int32_t event = v->s->event >= 0 ? v->s->event : v->lead_event;
  if (!at_strcmp(status, "signed") && event >= 0 && AT_EVENT(doc, event)->has_date) {
    date = AT_EVENT(doc, event)->date;
    has_date = true;
  }
  if (!has_date && signed_year) {
    date = (at_date){.year = (int16_t)signed_year};
    has_date = true;
  }
  if (!has_date && !at_strcmp(status, "existing")) has_date = earlier_signing_date(v, m, start, end, &date);
  int head_from = 0, head_to = 0;
  if (head) find_period(v, start, own_end, &head_from, &head_to);
  at_agreement *same = retold_bare(v, kind->value, &parties, bare, start, has_date ? date.year : 0);
  if (!same && !bare && retold_in_other_words(v, kind->value, status, &parties, has_date, date, start)) return;
  if (!same) same = retold_with_its_years(v, kind->value, head, head_from, head_to, &parties);
  at_agreement *named = same || bare ? NULL
                                     : named_and_told_generally(v, m, start, end, capital, &parties, status,
                                                                has_date ? date.year : 0);
  if (named) {
    if (at_strcmp(kind->value, "agreement")) { /* the name told after the general word */
      named->kind = kind->value;
      named->title = title;
      named->folded_title = folded;
      named->capital = true;
      add_title_areas(v, m, start, end, &named->areas);
    } else if (at_strcmp(named->status, "signed")) { /* the signing told by the general word */
      named->status = status;
      named->sentence = v->index;
      named->why = (at_explain){"agreement-title", kind->phrase, v->index};
      if (has_date) named->date = date, named->has_date = true;
    }
    return;
  }
  if (same) {
    if (!bare) { /* the named telling names the document told bare before */
      /* unless it is told in lower case and the kind alone was capitalised,
       * its proper name ("the renewed Defence Cooperation Agreement", then
       * "an agreement on bilateral defence cooperation") */
      if (!(same->capital && !capital)) {
        same->title = title;
        same->folded_title = folded;
      }
      same->bare = false;
      add_title_areas(v, m, start, end, &same->areas);
      if (!same->period_from) find_period(v, start, own_end, &same->period_from, &same->period_to);
    }
    if (at_strcmp(same->status, "signed") && !at_strcmp(status, "signed")) {
      same->status = status;
      same->sentence = v->index;
      same->why = (at_explain){"agreement-title", kind->phrase, v->index};
      if (has_date) same->date = date, same->has_date = true;
    }
    if (!same->has_date && has_date) same->date = date, same->has_date = true;
    return;
  }
  at_agreement *a = at_vec_push(&doc->agreements);
  a->bare = bare;
  a->capital = capital;
  a->title = title;
  a->folded_title = folded;
  a->folded_head = head;
  a->kind = kind->value;
  a->status = status;
  a->sentence = v->index;
  a->why = (at_explain){"agreement-title", kind->phrase, v->index};
  a->parties = parties;
  find_period(v, start, own_end, &a->period_from, &a->period_to);
  /* "Tuyên bố chung năm 2023 về ...": the one year inside a title other than
   * a plan's is when it was signed, no period */
  if (signed_year && at_strcmp(kind->value, "plan") && a->period_from == signed_year && a->period_to == signed_year)
    a->period_from = a->period_to = 0;
  if (!a->period_from && own_end == end) period_after_sides(v, end, &a->period_from, &a->period_to);
  if (!a->period_from && !at_strcmp(kind->value, "plan")) years_before_plan(v, start, &a->period_from, &a->period_to);
  add_title_areas(v, m, start, end, &a->areas);
  a->date = date;
  a->has_date = has_date;
}

static void add_agreement(const view *v, uint32_t m, uint32_t start, uint32_t end, uint32_t own_end,
                          const char *status, int signed_year) {
  add_titled_agreement(v, m, NULL, start, end, own_end, status, signed_year);
}

/* Does a word that leads a title into its topic start at token t ("về",
 * data/function_words.tsv title_link: "on", "for", ...)? */
static bool links_a_topic(const view *v, uint32_t t) {
  if (t >= v->s->tok_end) return false;
  if (at_tok_word(v->doc, t, AT_ROLE_ABOUT)) return true;
  long k = match_starting_at(v, t);
  return k >= 0 && fn_word(v, (uint32_t)k, "title_link");
}

/* Does a state's name start at token t? */
static bool names_a_state(const view *v, uint32_t t) {
  long k = match_starting_at(v, t);
  return k >= 0 && at_match_entry(mt_at(v, (uint32_t)k), AT_CAT_COUNTRY);
}

/* A kind told in the plural before a list shares itself across the list:
 * "các Bản ghi nhớ về hợp tác quân y và về đào tạo", "các Tuyên bố chung A
 * và B", "memoranda of understanding on X and Y" name one document per
 * item. The items are split at "và", "and" and the commas the title kept
 * (not inside a phrase, "search and rescue", nor before a state, "between
 * Japan and Vietnam"); each after the first is titled by the words the
 * first item shares with it - the kind up to the last word leading into a
 * topic ("về", "on", "in the fields of") - or by the kind alone when it
 * brings its own such word. Returns how many documents were
 * listed: none when the title holds one item. */
static int add_listed_agreements(const view *v, uint32_t m, uint32_t end, const char *status, uint32_t want) {
  const at_match *x = mt_at(v, m);
  uint32_t cuts[16], n = 0;
  for (uint32_t t = x->tok_end + 1; t + 1 < end && n < 16; t++) {
    if (!(at_tok_word(v->doc, t, AT_ROLE_AND) || punct_is(v->doc, t, ","))) continue;
    long k = at_match_at(v->doc, v->s, t);
    if (k >= 0 && mt_at(v, (uint32_t)k)->tok_start < t) continue; /* inside "search and rescue" */
    if (names_a_state(v, t + 1)) continue;                          /* "between Japan and Vietnam" */
    if (n && cuts[n - 1] + 1 == t) { cuts[n - 1] = t; continue; } /* ", and" */
    cuts[n++] = t;
  }
  if (!n || (want && n + 1 != want)) return 0; /* "two agreements on A and B": as many items as counted */
  uint32_t head_end = x->tok_end; /* what the items share: up to the last word leading into a topic */
  for (uint32_t t = x->tok_end; t < cuts[0]; t++)
    if (links_a_topic(v, t)) {
      long k = match_starting_at(v, t);
      head_end = k >= 0 ? mt_at(v, (uint32_t)k)->tok_end : t + 1;
    }
  const char *kind_words = at_tok_text(v->doc, x->tok_start, x->tok_end);
  const char *head_words = at_tok_text(v->doc, x->tok_start, head_end);
  add_titled_agreement(v, m, NULL, x->tok_start, cuts[0], cuts[0], status, 0);
  for (uint32_t i = 0; i < n; i++) {
    uint32_t from = cuts[i] + 1, to = i + 1 < n ? cuts[i + 1] : end;
    if (from >= to) continue;
    const char *item = at_tok_text(v->doc, from, to);
    const char *head = links_a_topic(v, from) ? kind_words : head_words;
    size_t len = strlen(head) + 1 + strlen(item);
    char *title = at_arena_alloc(v->doc->arena, len + 1);
    snprintf(title, len + 1, "%s %s", head, item);
    add_titled_agreement(v, m, title, from, to, to, status, 0);
  }
  return (int)n + 1;
}

/* English wire copy names documents told in the plural by their topics in
 * quotes after a verb of covering ("The two memoranda of understanding
 * covered "X" and "Y"", "... addressed "X" and "Y""; data/function_words.tsv
 * lists_topics): one document per quoted topic, titled by it. From the
 * title's `end`; returns how many documents were listed (none unless two or
 * more, and as many as counted, `want`, if counted). */
static int add_quoted_topics(const view *v, uint32_t m, uint32_t end, const char *status, uint32_t want) {
  if (!(v->s->flags & AT_SENT_ENGLISH) || end >= v->s->tok_end) return 0;
  long verb = match_starting_at(v, end);
  if (verb < 0 || !fn_word(v, (uint32_t)verb, "lists_topics")) return 0;
  uint32_t t = mt_at(v, (uint32_t)verb)->tok_end;
  uint32_t from[8], to[8], n = 0;
  while (n < 8 && t < v->s->tok_end && is_quote(v->doc, t)) {
    uint32_t close = t + 1;
    while (close < v->s->tok_end && close < t + 17 && !is_quote(v->doc, close)) close++;
    if (close >= v->s->tok_end || !is_quote(v->doc, close) || close == t + 1) break;
    from[n] = t + 1, to[n++] = close;
    t = close + 1;
    if (t < v->s->tok_end && punct_is(v->doc, t, ",")) t++;
    if (t < v->s->tok_end && at_tok_word(v->doc, t, AT_ROLE_AND)) t++;
  }
  if (n < 2 || (want && n != want)) return 0; /* "two memoranda": as many topics as counted */
  for (uint32_t i = 0; i < n; i++)
    add_titled_agreement(v, m, at_tok_text(v->doc, from[i], to[i]), from[i], to[i], to[i], status, 0);
  return (int)n;
}

/* "đã ký kết 10 bản ghi nhớ", "signed 10 MoUs": a number right before the
 * kind counts documents (a figure), it names none. A year ("năm 2013 Bản ghi
 * nhớ") is no count, nor a rank after its word ("đàm phán vòng 4 Hiệp định
 * ...", "Điều 4 Hiệp định ...": token_words.tsv rank_head). */
static int counted_number(const view *v, const at_match *x) {
  if (x->tok_start <= v->s->tok_start) return 0;
  int n;
  uint32_t before = x->tok_start - 1;
  if (before > v->s->tok_start && at_tok_word(v->doc, before - 1, AT_ROLE_RANK_HEAD)) return 0;
  return (is_number(v->doc, before, &n) || at_number_word(v->doc, before, &n)) && n > 0 && n < 1000 ? n : 0;
}

/* "signed two agreements on cybersecurity and military medicine", "ký hai
 * bản ghi nhớ về hợp tác an ninh mạng và quân y": a few documents counted
 * right after the verb of signing and then named one by one are those
 * documents (as many items as counted; add_listed_agreements), not only a
 * count. Returns the count, 0 when the kind is no such object. */
static int counted_and_listed(const view *v, uint32_t m, int count) {
  const at_match *x = mt_at(v, m);
  if (count < 2 || count > 6 || x->tok_start < v->s->tok_start + 2) return 0;
  for (uint32_t k = v->s->match_start; k < m; k++)
    if (mt_at(v, k)->tok_end == x->tok_start - 1 && at_match_value(mt_at(v, k), AT_CAT_CUE, "signing")) return count;
  return 0;
}

/* English names a document in capitals before a capitalised kind ("the
 * Vietnam-Laos Friendship and Cooperation Treaty", "a Strategic
 * Partnership Agreement"): the run of capitalised words, joined by hyphens
 * and "and", right before the kind; not a determiner ("The"), nor a word of
 * an event or of signing ("Vietnam, Japan Sign Defence Agreement"). Where
 * the title starts. */
static uint32_t named_in_capitals_before(const view *v, uint32_t kind_start) {
  uint32_t t = kind_start;
  while (t > v->s->tok_start) {
    uint32_t p = t - 1;
    const at_token *w = AT_TOK(v->doc, p);
    if (dash_at(v->doc, p) && !(w->flags & AT_TOKF_SPACE) && !(AT_TOK(v->doc, t)->flags & AT_TOKF_SPACE)) {
      t = p; /* "Vietnam-Laos", "US–Vietnam" (an en dash) */
      continue;
    }
    if (at_tok_word(v->doc, p, AT_ROLE_AND) && p > v->s->tok_start && (AT_TOK(v->doc, p - 1)->flags & AT_TOKF_CAP) &&
        (AT_TOK(v->doc, t)->flags & AT_TOKF_CAP)) {
      t = p; /* "Friendship and Cooperation" */
      continue;
    }
    if (w->kind != AT_TOK_WORD || !(w->flags & AT_TOKF_CAP)) break;
    long k = at_match_at(v->doc, v->s, p);
    if (k >= 0 && (fn_word(v, (uint32_t)k, "determiner") || at_match_entry(mt_at(v, (uint32_t)k), AT_CAT_CUE) ||
                   at_match_entry(mt_at(v, (uint32_t)k), AT_CAT_MODAL) || fn_word(v, (uint32_t)k, "title_link") ||
                   fn_word(v, (uint32_t)k, "dangling") || fn_word(v, (uint32_t)k, "headline_verb")))
      break;
    t = p;
  }
  while (t < kind_start && (dash_at(v->doc, t) || at_tok_word(v->doc, t, AT_ROLE_AND)))
    t++;
  return t;
}

/* English names a document by its two sides before a lower-case kind or
 * the nouns naming it: "the Vietnam-France defence cooperation plan", "the
 * Vietnam - France defence cooperation agreement": capitalised words joined
 * by hyphens or en dashes (with or without spaces), after a determiner.
 * Where the title starts: the first side; 0 when no sides are told. */
static uint32_t named_by_pair_before(const view *v, uint32_t s) {
  uint32_t t = s, words = 0, joins = 0;
  while (t > v->s->tok_start) {
    uint32_t p = t - 1;
    const at_token *w = AT_TOK(v->doc, p);
    bool want_word = words == joins;
    if (!want_word && dash_at(v->doc, p)) {
      joins++;
      t = p;
      continue;
    }
    if (!want_word || w->kind != AT_TOK_WORD || !(w->flags & AT_TOKF_CAP)) break;
    long k = at_match_at(v->doc, v->s, p);
    if (k >= 0 && fn_word(v, (uint32_t)k, "determiner")) break;
    words++;
    t = p;
  }
  if (joins == words) { /* ended on a join: it is no part of the sides */
    if (!joins) return 0;
    t++;
    joins--;
  }
  if (!joins || t == v->s->tok_start) return 0;
  long before = at_match_at(v->doc, v->s, t - 1);
  if (before < 0 || mt_at(v, (uint32_t)before)->tok_end != t || !fn_word(v, (uint32_t)before, "determiner")) return 0;
  return t;
}

/* English names a document by the nouns before a lower-case kind ("signed
 * a defense agreement", "the non-refundable aid agreement", "a grant
 * agreement"): up to four lower-case words, one of them a word of defence, a
 * field of cooperation or what a document grants (data/function_words.tsv
 * defense, data/areas.tsv, function word document_topic), after a
 * determiner; not a plural ("signed specialised cooperation agreements" are
 * documents in general). Where its title starts: the first of them, else
 * the kind itself ("similar agreements", "the relevant agreement" name
 * none). */
static uint32_t named_by_nouns_before(const view *v, uint32_t m) {
  const at_match *x = mt_at(v, m);
  const at_entry *kind = at_match_entry(x, AT_CAT_AGREEMENT);
  /* A capitalised kind is named by capitals before it ("the Vietnam-Laos
   * Friendship and Cooperation Treaty") or else, like a lower-case one, by
   * the nouns of its topic ("a defence cooperation MoU", "a maritime
   * cooperation Letter of Intent"). */
  bool capital = AT_TOK(v->doc, x->tok_start)->flags & AT_TOKF_CAP;
  if ((v->s->flags & AT_SENT_ENGLISH) && capital) {
    uint32_t t = named_in_capitals_before(v, x->tok_start);
    if (t < x->tok_start) return t;
  }
  if (!(v->s->flags & AT_SENT_ENGLISH) || !(capital || at_entry_is(kind, AT_FLAG_LOWER)) ||
      at_entry_has_flag(kind, "object"))
    return x->tok_start;
  uint32_t t = x->tok_start, words = 0;
  bool topic = false;
  while (t > v->s->tok_start && words < 4) {
    uint32_t p = t - 1;
    const at_token *w = AT_TOK(v->doc, p);
    if (punct_is(v->doc, p, "-") && !(w->flags & AT_TOKF_SPACE) && !(AT_TOK(v->doc, t)->flags & AT_TOKF_SPACE)) {
      t = p; /* "non-refundable" */
      continue;
    }
    if (w->kind != AT_TOK_WORD || (w->flags & AT_TOKF_CAP)) break;
    long k = at_match_at(v->doc, v->s, p);
    if (k >= 0) {
      const at_match *y = mt_at(v, (uint32_t)k);
      if (y->tok_end != t || !(at_match_entry(y, AT_CAT_AREA) || fn_word(v, (uint32_t)k, "defense") ||
                               fn_word(v, (uint32_t)k, "document_topic")))
        break;
      topic = true;
      t = y->tok_start;
    } else {
      t = p;
    }
    words++;
  }
  while (t < x->tok_start && punct_is(v->doc, t, "-")) t++;
  bool nouns = topic && t != x->tok_start;
  if (!nouns && !at_entry_is(kind, AT_FLAG_STANDALONE)) return x->tok_start;
  uint32_t pair = named_by_pair_before(v, nouns ? t : x->tok_start);
  if (pair) return pair;
  if (!nouns || t == v->s->tok_start) return x->tok_start;
  long before = at_match_at(v->doc, v->s, t - 1);
  if (before < 0 || mt_at(v, (uint32_t)before)->tok_end != t ||
      !(fn_word(v, (uint32_t)before, "determiner") || fn_word(v, (uint32_t)before, "epithet")))
    return x->tok_start;
  return t;
}

/* English: a compound of two words joined by a hyphen, in small letters or
 * a number first, right before the words naming a document and after a
 * determiner, an epithet or a possessive ("a three-year plan on defence
 * cooperation", "a government-level agreement on ...", "a new five-year
 * defence cooperation plan", "their long-term agreement on ...") says what
 * kind of document it is and is part of its name. Where the title starts:
 * the compound's first word, else `s`. */
static uint32_t compound_before(const view *v, uint32_t s) {
  if (!(v->s->flags & AT_SENT_ENGLISH) || s < v->s->tok_start + 4) return s;
  const attache_doc *doc = v->doc;
  const at_token *second = AT_TOK(doc, s - 1), *dash = AT_TOK(doc, s - 2), *first = AT_TOK(doc, s - 3);
  if (second->kind != AT_TOK_WORD || (second->flags & (AT_TOKF_CAP | AT_TOKF_UPPER))) return s;
  if (!punct_is(doc, s - 2, "-") || (dash->flags & AT_TOKF_SPACE) || (second->flags & AT_TOKF_SPACE)) return s;
  if (first->kind == AT_TOK_WORD ? (first->flags & (AT_TOKF_CAP | AT_TOKF_UPPER)) != 0 : first->kind != AT_TOK_NUM) return s;
  uint32_t before = s - 4;
  if (at_tok_word(doc, before, AT_ROLE_ARTICLE) || at_tok_word(doc, before, AT_ROLE_POSSESSIVE)) return s - 3;
  long k = at_match_at(doc, v->s, before);
  if (k >= 0 && mt_at(v, (uint32_t)k)->tok_end == s - 3 &&
      (fn_word(v, (uint32_t)k, "determiner") || fn_word(v, (uint32_t)k, "epithet")))
    return s - 3;
  return s;
}

/* A kind right before "and" and another kind ("the protocol and
 * cooperation plan", "Nghị định thư và Kế hoạch hợp tác") names a document
 * of its own, whose title is its kind. */
static bool kind_joined_to_kind(const view *v, uint32_t m) {
  uint32_t t = mt_at(v, m)->tok_end;
  if (t + 1 >= v->s->tok_end || !at_tok_word(v->doc, t, AT_ROLE_AND)) return false;
  long k = match_starting_at(v, t + 1);
  while (k >= 0 && fn_word(v, (uint32_t)k, "determiner")) k = match_starting_at(v, mt_at(v, (uint32_t)k)->tok_end);
  return k >= 0 && at_match_entry(mt_at(v, (uint32_t)k), AT_CAT_AGREEMENT);
}

/* English: a weekday or a month with its day after "on" ("on Saturday",
 * "on Sept. 11") from token t, the date of the signing told between a
 * document's kind and what it does. Returns the token past it (t: none). */
static uint32_t past_signing_date(const view *v, uint32_t t) {
  if (t >= v->s->tok_end || !at_tok_word(v->doc, t, AT_ROLE_TOPIC_LINK)) return t;
  long k = match_starting_at(v, t + 1);
  const at_entry *dw = k >= 0 ? at_match_entry(mt_at(v, (uint32_t)k), AT_CAT_DATEWORD) : NULL;
  if (!dw || (strncmp(dw->value, "weekday:", 8) && strncmp(dw->value, "month:", 6))) return t;
  uint32_t i = mt_at(v, (uint32_t)k)->tok_end;
  while (i < v->s->tok_end && AT_TOK(v->doc, i)->kind == AT_TOK_NUM) i++;
  return i;
}

/* English: a document signed and told by what it does rather than by a name
 * ("signed an agreement on Saturday enabling the delivery of ...", "signing
 * a new deal that enables the export of ...", "signed a protocol amending
 * the 2011 memorandum"): the clause after its kind, past a date of the
 * signing, opened by a word in -ing or by "that"/"which" and a verb (past
 * a date, also by "on", "for" or "to" as right after a kind), up to
 * the next punctuation or a word that ends a title. Returns the title (the
 * kind and the clause) and sets *end past the clause; NULL when no such
 * clause follows. */
static const char *told_by_clause(const view *v, uint32_t m, uint32_t *end) {
  const attache_doc *doc = v->doc;
  const at_match *x = mt_at(v, m);
  uint32_t kind_end = ends_in_link(v, m) ? x->tok_end - 1 : x->tok_end; /* "agreement on Saturday" */
  uint32_t from = past_signing_date(v, kind_end);
  if (from >= v->s->tok_end) return NULL;
  const at_token *w = AT_TOK(doc, from);
  if (w->kind != AT_TOK_WORD || (w->flags & (AT_TOKF_CAP | AT_TOKF_UPPER))) return NULL;
  size_t n = w->end - w->start;
  bool participle = n > 5 && !memcmp(doc->text + w->end - 3, "ing", 3) && !cue_starts_at(v, from, "signing");
  bool relative = at_tok_word(doc, from, AT_ROLE_RELATIVE_EN);
  /* past a date, the title goes on as it would have right after the kind:
   * "signed an agreement on Friday on the transfer of ...", "a deal on
   * Friday to allow ..." */
  bool resumed = from > kind_end && (at_tok_word(doc, from, AT_ROLE_TOPIC_LINK) || at_tok_word(doc, from, AT_ROLE_INFINITIVE));
  if (!participle && !relative && !resumed) return NULL;
  uint32_t i = from + 1, limit = v->s->tok_end < from + 24 ? v->s->tok_end : from + 24;
  while (i < limit) {
    if (punct_is(doc, i, ",") || punct_is(doc, i, ".") || punct_is(doc, i, ";") || punct_is(doc, i, ":") ||
        punct_is(doc, i, "(") || (is_quote(doc, i) && (AT_TOK(doc, i)->flags & AT_TOKF_SPACE))) /* not "Vietnam's" */
      break;
    long c = match_starting_at(v, i);
    /* "that will allow ...": the clause's own auxiliary goes on */
    if (c >= 0 && i > from + 1 && (fn_word(v, (uint32_t)c, "title_stop") || at_match_entry(mt_at(v, (uint32_t)c), AT_CAT_MODAL)))
      break;
    i++;
  }
  if (i < from + 3) return NULL; /* "that will", "enabling it": no topic told */
  *end = i;
  const char *kind = at_tok_text(doc, x->tok_start, kind_end), *clause = at_tok_text(doc, from, i);
  size_t len = strlen(kind) + 1 + strlen(clause);
  char *title = at_arena_alloc(doc->arena, len + 1);
  snprintf(title, len + 1, "%s %s", kind, clause);
  return title;
}

/* "hai bên sẽ sớm ký kết Hiệp định này", "Bản ghi nhớ nói trên": in
 * Vietnamese, a kind whose title is a demonstrative alone (from token t,
 * right after the kind, to the title's end; function_words.tsv refers_back)
 * points back to the document told before, no document of its own. */
static bool refers_back(const view *v, uint32_t t, uint32_t end) {
  if (v->s->flags & AT_SENT_ENGLISH) return false;
  long c = match_starting_at(v, t);
  return c >= 0 && mt_at(v, (uint32_t)c)->tok_end == end && fn_word(v, (uint32_t)c, "refers_back");
}

static void find_agreements(const view *v) {
  if (!(v->s->categories & 1u << AT_CAT_AGREEMENT)) return; /* the sentence's quick no: no document's kind */
  uint32_t skip_until = 0;
  uint32_t referred_end = 0; /* the end of the last title referred to, if any */
  uint32_t told_signing[8], n_told = 0; /* verbs of signing told right after a title ("X đã ký") */
  for (uint32_t m = v->s->match_start; m < v->s->match_end; m++) {
    const at_match *x = mt_at(v, m);
    const at_entry *kind = at_match_entry(x, AT_CAT_AGREEMENT);
    if (!kind || x->tok_start < skip_until) continue;
    /* A title is capitalized; a lower-case kind names a document only as the
     * object of "ký" ("đã ký bản ghi nhớ về ...") or with its years
     * ("kế hoạch hợp tác giai đoạn 2017 - 2019"). */
    const at_token *first = AT_TOK(v->doc, x->tok_start);
    uint32_t start = named_by_nouns_before(v, m); /* "a defense equipment transfer agreement" */
    /* "a three-year plan on ...": a compound before the words naming it is
     * part of the title, but names no document by itself ("reached a
     * high-level agreement"): `start` still tells whether words name it */
    uint32_t named_from = compound_before(v, start);
    uint32_t verb = m; /* the match before the kind's title, past any determiners */
    while (verb > v->s->match_start && mt_at(v, verb - 1)->tok_start >= named_from) verb--;
    while (verb > v->s->match_start &&
           (fn_word(v, verb - 1, "determiner") || fn_word(v, verb - 1, "plural") || fn_word(v, verb - 1, "epithet")))
      verb--;
    bool statement = !at_strcmp(kind->value, "joint_statement") || !at_strcmp(kind->value, "joint_vision_statement");
    /* the object of "ký", of handing over the signed copies ("trao biên bản
     * ghi nhớ hội đàm"), or a statement adopted or issued ("ra tuyên bố
     * chung về ...", "thông qua tuyên bố chung"; function_words.tsv adopts) */
    bool signed_object = verb > v->s->match_start &&
                         (at_match_value(mt_at(v, verb - 1), AT_CAT_CUE, "signing") ||
                          exchanged_document(v, verb - 1) == (long)m ||
                          (statement && fn_word(v, verb - 1, "adopts"))) &&
                         only_determiners_between(v, mt_at(v, verb - 1)->tok_end, named_from);
    /* "các Bản ghi nhớ", "memoranda of understanding": documents in the
     * plural, named one by one only by a list after them. */
    bool plural = at_entry_has_flag(kind, "plural") ||
                  (m > v->s->match_start && fn_word(v, m - 1, "plural") && mt_at(v, m - 1)->tok_end == x->tok_start);
    int counted = counted_number(v, x), count = counted;
    /* "đã ký kết 10 bản ghi nhớ": a figure, unless English names them after
     * by their topics ("The two memoranda ... covered "X" and "Y"") */
    bool counted_only = count && !(count = counted_and_listed(v, m, count));
    if (counted_only && !(v->s->flags & AT_SENT_ENGLISH)) continue;
    if (count) signed_object = plural = true;
    if (at_entry_has_flag(kind, "object") && !signed_object) continue; /* "... documents and agreements with ..." */
    /* "a logistics support pact", "signed a pact to ...", not "to deal
     * with", "a great deal of" (data/agreement_kinds.tsv, named_before). */
    if (at_entry_has_flag(kind, "named_before") && start == x->tok_start && !signed_object) continue;
    /* "(MoU)" abbreviates the document written out before it; an
     * abbreviation after a kind names that kind as a title
     * ("memorandum of understanding (MoU) on defence cooperation"). */
    if (x->tok_start > v->s->tok_start && punct_is(v->doc, x->tok_start - 1, "(")) continue;
    bool abbreviated = x->tok_end + 2 < v->s->tok_end && punct_is(v->doc, x->tok_end, "(") &&
                       is_abbreviation(v->doc, x->tok_end + 1) && punct_is(v->doc, x->tok_end + 2, ")");
    long nested;
    int signed_year;
    uint32_t end = title_end(v, m, named_from, &nested, &signed_year);
    if (start == x->tok_start && refers_back(v, x->tok_end, end)) continue;
    const char *clause_title = NULL; /* "signed an agreement on Saturday enabling ..." */
    if ((v->s->flags & AT_SENT_ENGLISH) && signed_object && start == x->tok_start &&
        !at_entry_is(kind, AT_FLAG_STANDALONE) && (end <= x->tok_end || ends_in_link(v, m)))
      clause_title = told_by_clause(v, m, &end);
    if (end <= x->tok_end && start == x->tok_start && !at_entry_is(kind, AT_FLAG_STANDALONE) &&
        !kind_joined_to_kind(v, m))
      continue;
    if (end <= x->tok_end && ends_in_link(v, m)) end = x->tok_end - 1; /* "a defense agreement on Saturday" */
    /* In Vietnamese, a lower-case kind names a document too when it is
     * carried out or referred to ("thực hiện thỏa thuận về ...", "theo tinh
     * thần bản ghi nhớ") or told signed ("bản ghi nhớ đã được ký kết"),
     * when it is a document's own name or its topic follows. */
    bool told_signed_after = signed_after(v, end) || signed_in_relative_clause(v, end);
    bool named = !(v->s->flags & AT_SENT_ENGLISH) &&
                 (((carried_out(v, m) || referred_before(v, m, named_from)) && !at_entry_has_flag(kind, "signed_only")) ||
                  told_signed_after) &&
                 (at_entry_is(kind, AT_FLAG_STANDALONE) || names_a_topic(v, x->tok_end));
    /* A line in capitals ("HAI NƯỚC BÀN VỀ THỎA THUẬN QUÂN SỰ") capitalizes
     * every word: its kind is told as a lower-case one ("MOU on ..." is
     * the abbreviation, not a line in capitals). */
    bool shouted = (first->flags & AT_TOKF_UPPER) && x->tok_end < v->s->tok_end &&
                   (AT_TOK(v->doc, x->tok_end)->flags & AT_TOKF_UPPER);
    if ((!(first->flags & AT_TOKF_CAP) || shouted) && !at_entry_is(kind, AT_FLAG_LOWER) && !signed_object && !signed_year &&
        !abbreviated && !named) {
      int from = 0, to = 0;
      find_period(v, x->tok_start, end, &from, &to);
      if (!from) continue;
    }
    bool modal, background;
    bool signing = signing_before(v, m, named_from, told_signing, n_told, &modal, &background);
    /* A statement is adopted or issued rather than signed ("thông qua Tuyên
     * bố chung", "ra Tuyên bố chung", "adopted a joint declaration"): the
     * word right before it (data/function_words.tsv, adopts). */
    if (statement && !signing && verb > v->s->match_start && fn_word(v, verb - 1, "adopts") &&
        only_determiners_between(v, mt_at(v, verb - 1)->tok_end, named_from)) /* "adopted the Bander Seri Begawan Joint Declaration" */
      signing = true;
    /* A signing dated before the year of publication, or told as history
     * ("previously signed"), is history, whatever wish the sentence also
     * tells ("sẵn sàng ... từ việc ký ... tháng 11-2011"). */
    bool history = signing && (background || dated_before_publication(v, m, nested, end) ||
                                (nested < 0 && signed_before_year(v, signed_year))); /* a year after a nested title is its own */
    /* "implement the agreement inked by the two ministries": a document told
     * as signed exists, whatever plan the sentence tells around it. */
    bool told_signed = !signing && signed_within(v, m, end);
    /* Told in the passive, it is the story's signing, unless dated before. */
    bool passive = !signing && !told_signed && (signed_in_the_passive(v, &end) || signed_in_the_passive_vi(v, m, end));
    if (passive) signing = true, history = dated_before_publication(v, m, nested, end);
    told_signed |= signed_earlier_after(v, end); /* "... ký năm 2018" */
    told_signed |= signed_by_subject_after(v, end); /* "the fishery agreement that Vietnam and China signed in 2004" */
    if ((signed_object && signed_as_attribute(v, verb - 1)) || signed_attribute_before(v, verb, named_from))
      signing = false, told_signed = true; /* "the two countries' signed protocol" */
    /* "trên cơ sở Bản ghi nhớ ... ký năm 2015 và Tuyên bố ... được ... ký
     * ...", "triển khai hiệu quả Bản ghi nhớ ... năm 2009, Tuyên bố ... và
     * Bản ghi nhớ ...": a document listed right after one referred to or
     * carried out (after "và", "and" or a comma) is referred to too. */
    bool listed_after_referred = referred_end && x->tok_start >= 1 && x->tok_start <= referred_end + 12 &&
                                 (at_tok_word(v->doc, x->tok_start - 1, AT_ROLE_AND) ||
                                  punct_is(v->doc, x->tok_start - 1, ","));
    /* with nothing between but when the first was signed */
    for (uint32_t k = v->s->match_start; k < m && listed_after_referred; k++) {
      const at_match *b = mt_at(v, k);
      const at_entry *c = at_match_entry(b, AT_CAT_CUE);
      if (b->tok_start >= referred_end && c && at_strcmp(c->value, "signing")) listed_after_referred = false;
    }
    bool referred = referred_before(v, m, named_from) || listed_after_referred;
    const char *status = referred || carried_out(v, m) || history || told_signed ? "existing"
                         : modal || (!signing && signing_to_come_after(v, end)) ? "planned"
                         : signing || v->listed_signed    ? "signed"
                                                          : "existing";
    if (counted_only) {
      if (plural && add_quoted_topics(v, m, end, status, (uint32_t)counted)) skip_until = v->s->tok_end;
      continue;
    }
    referred_end = referred || carried_out(v, m) ? end : 0;
    uint32_t own_end = end;
    if (plural) {
      if (add_listed_agreements(v, m, end, status, (uint32_t)count)) skip_until = end;
      else if (!count && add_quoted_topics(v, m, end, status, 0)) skip_until = v->s->tok_end;
      continue;
    }
    if (nested >= 0) {
      uint32_t nstart = mt_at(v, (uint32_t)nested)->tok_start;
      own_end = nstart;
      bool planned_inside = nstart >= 1 && at_tok_word(v->doc, nstart - 1, AT_ROLE_SIGN_SYLLABLE);
      add_agreement(v, m, named_from, end, own_end, status, 0);
      if (planned_inside) add_agreement(v, (uint32_t)nested, nstart, end, end, "planned", signed_year);
    } else {
      add_titled_agreement(v, m, clause_title, named_from, end, own_end, status, signed_year);
    }
    /* the clause may name a document of its own ("a protocol amending the
     * 2011 memorandum of understanding") */
    skip_until = clause_title ? x->tok_end : end;
    uint32_t verb_after = past_tense_words(v, end);
    if (!(v->s->flags & AT_SENT_ENGLISH) && n_told < 8 && verb_after > end && cue_starts_at(v, verb_after, "signing"))
      told_signing[n_told++] = verb_after;
  }
}

/* ---- figures ------------------------------------------------------------ */

typedef struct features {
  bool attache, concurrent, abroad, in_vn, relations, peacekeeping, documents, signed_docs, transfer, missing;
  /* where the UN missions are ("Nam Sudan", "South Sudan"), or the short
   * name of Vietnam's unit on one ("BVDC 2.7"): peacekeeping in a story
   * that names UN peacekeeping */
  bool mission_hint;
  bool sending; /* "cử", "triển khai", "deployed", "dispatched": people sent */
  bool mission; /* "sứ mệnh", "missions": what people are sent on, named by no word of peacekeeping */
  bool cumulative, trained; /* a total over a span; people trained */
  bool span; /* the span told by a word other than a total alone ("since", not only "a total of") */
  bool diplomatic; /* "quan hệ ngoại giao với 193 nước": partners of diplomacy, not of defence */
  bool with; /* "với", "with" right before the count (and its qualifier) */
  bool with_vn; /* "với Việt Nam", "with Vietnam": the states counted are Vietnam's partners */
  bool modal;   /* a plan word seen in the window so far ("preparing for", "chuẩn bị"; not "will") */
  bool peacekeeping_to_come; /* peacekeeping told after such a word: "preparing for deployment to UN peacekeeping" */
} features;

/* Does the story name UN peacekeeping anywhere (its word, a mission's
 * name, the UN's peacekeeping operations)? */
static bool tells_peacekeeping(const attache_doc *doc) {
  for (size_t k = 0; k < doc->matches.len; k++) {
    const at_match *x = AT_MATCH(doc, k);
    if (!(x->categories & (1u << AT_CAT_FIGURE | 1u << AT_CAT_ORG))) continue;
    if (at_match_value(x, AT_CAT_FIGURE, "peacekeeping") || at_match_value(x, AT_CAT_ORG, "UNPKO")) return true;
  }
  return false;
}

/* A four-digit year at token t. */
static bool year_token(const view *v, uint32_t t) {
  int y;
  return t < v->s->tok_end && is_number(v->doc, t, &y) && y >= 1945 && y <= 2100 &&
         AT_TOK(v->doc, t)->end - AT_TOK(v->doc, t)->start == 4;
}

/* English tells a span by its two years ("From 2000 to 2020, the province
 * has ... retrieved 124 sets of remains", "between 2013 and 2020, the
 * province received 276 sets of remains", "from 1999 to September 2018"):
 * "from" or "between" at token k, a year, "to"/"until" or "and", and a
 * year (a month's name may stand before it). A total over the span, as
 * "từ năm 2000 đến nay" and "since" tell one. */
static bool years_span_from(const view *v, uint32_t k) {
  const attache_doc *doc = v->doc;
  if (!(v->s->flags & AT_SENT_ENGLISH)) return false;
  if (!at_tok_word(doc, k, AT_ROLE_FROM) && !at_tok_word(doc, k, AT_ROLE_BETWEEN)) return false;
  if (!year_token(v, k + 1) || k + 3 >= v->s->tok_end) return false;
  if (!at_tok_word(doc, k + 2, AT_ROLE_RANGE_TO) && !at_tok_word(doc, k + 2, AT_ROLE_AND)) return false;
  return year_token(v, k + 3) || (AT_TOK(doc, k + 3)->kind == AT_TOK_WORD && year_token(v, k + 4));
}

/* A year-end review opens with the year it reviews ("Năm 2023, Bộ Quốc
 * phòng đã tổ chức 150 hoạt động ...", "Trong năm 2023, ...", "In 2023,
 * the ministry received 90 delegations"): the counts that follow are totals
 * over that year, as "năm nay" tells one. Only a year that opens the
 * sentence and is closed by a comma: a day's date ("ngày 5 tháng 3 năm
 * 2023") or a year told after the verb dates one happening. */
static bool year_opens_sentence(const view *v) {
  const attache_doc *doc = v->doc;
  uint32_t t = v->s->tok_start;
  if (v->s->flags & AT_SENT_ENGLISH) {
    if (!at_tok_word(doc, t, AT_ROLE_IN)) return false;
    t++;
  } else {
    if (at_tok_word(doc, t, AT_ROLE_WITHIN)) t++;
    if (!at_tok_word(doc, t, AT_ROLE_YEAR_WORD)) return false;
    t++;
  }
  return year_token(v, t) && t + 1 < v->s->tok_end && punct_is(doc, t + 1, ",");
}

static void scan_features(const view *v, uint32_t from_tok, uint32_t to_tok, features *f) {
  if (from_tok == v->s->tok_start && year_opens_sentence(v)) f->cumulative = f->span = true;
  for (uint32_t k = from_tok; k < to_tok; k++)
    if (years_span_from(v, k)) {
      f->cumulative = f->span = true;
      break;
    }
  for (uint32_t k = v->s->match_start; k < v->s->match_end; k++) {
    const at_match *x = mt_at(v, k);
    if (x->tok_start < from_tok || x->tok_start >= to_tok) continue;
    bool cumulative = false, total = false;
    for (uint16_t n = 0; n < x->count; n++) {
      const at_entry *e = x->entries[n];
      if (e->category != AT_CAT_FIGURE) continue;
      if (!at_strcmp(e->value, "attache")) f->attache = true;
      else if (!at_strcmp(e->value, "concurrent")) f->concurrent = true;
      else if (!at_strcmp(e->value, "abroad")) f->abroad = true;
      else if (!at_strcmp(e->value, "relations")) f->relations = true;
      else if (!at_strcmp(e->value, "peacekeeping")) f->peacekeeping = true, f->peacekeeping_to_come |= f->modal;
      else if (!at_strcmp(e->value, "documents")) f->documents = true;
      else if (!at_strcmp(e->value, "transfer")) f->transfer = true;
      else if (!at_strcmp(e->value, "missing")) f->missing = true;
      else if (!at_strcmp(e->value, "cumulative")) f->cumulative = cumulative = true;
      else if (!at_strcmp(e->value, "total")) total = true;
      else if (!at_strcmp(e->value, "trained")) f->trained = true;
      else if (!at_strcmp(e->value, "diplomatic")) f->diplomatic = true;
      else if (!at_strcmp(e->value, "sending")) f->sending = true;
      else if (!at_strcmp(e->value, "mission")) f->mission = true;
      else if (!at_strcmp(e->value, "mission_place") || !at_strcmp(e->value, "mission_unit"))
        f->mission_hint = true, f->peacekeeping_to_come |= f->modal;
    }
    f->span |= cumulative && !total;
    if (at_match_value(x, AT_CAT_ORG, "UNPKO")) f->peacekeeping = true, f->peacekeeping_to_come |= f->modal;
    const at_entry *unreal = at_match_unreal(x);
    if (unreal && !at_strcmp(unreal->value, "plan") && !at_entry_has_flag(unreal, "document")) f->modal = true;
    if (at_match_value(x, AT_CAT_POSITION, "attache")) f->attache = true;
    /* "tại Việt Nam", "offices in Vietnam", "in Hanoi" */
    const at_entry *c = at_match_entry(x, AT_CAT_COUNTRY);
    if (!c) c = at_match_entry(x, AT_CAT_PLACE);
    if (c && !at_strcmp(c->value, "VN") && k > v->s->match_start &&
        (fn_word(v, k - 1, "at") || at_match_value(mt_at(v, k - 1), AT_CAT_FIGURE, "abroad")) &&
        mt_at(v, k - 1)->tok_end == x->tok_start)
      f->in_vn = true;
    if (c && !at_strcmp(c->value, "VN") && k > v->s->match_start && mt_at(v, k - 1)->tok_end == x->tok_start &&
        at_match_value(mt_at(v, k - 1), AT_CAT_FIGURE, "with"))
      f->with_vn = true;
    const at_entry *cue = at_match_entry(x, AT_CAT_CUE);
    if (cue && !at_strcmp(cue->value, "signing")) f->signed_docs = true;
  }
  /* people gone to a mission's place or of a unit on one, in a story of UN
   * peacekeeping */
  if (f->mission_hint && !f->peacekeeping && tells_peacekeeping(v->doc)) f->peacekeeping = true;
}

/* The metric a count is of, from its unit and the words around it; for
 * `other`, *label says what is counted. */
static const char *decide_metric(const features *f, const char *unit_kind, bool forward, const char **label) {
  if (!at_strcmp(unit_kind, "ship") && f->transfer) return *label = "ships_transferred", "other";
  if (!at_strcmp(unit_kind, "case") && f->missing) return *label = "missing_in_action_cases", "other";
  /* Totals over a span ("từ năm 2000 đến nay ... 117 bộ hài cốt"), not the
   * size of one handover or one delegation. */
  if (!at_strcmp(unit_kind, "remains") && f->span) return *label = "remains_recovered", "other";
  if (!at_strcmp(unit_kind, "activity") && f->cumulative) return *label = "activities", "other";
  if (!at_strcmp(unit_kind, "delegation") && f->cumulative) return *label = "delegations", "other";
  if ((!at_strcmp(unit_kind, "person") || !at_strcmp(unit_kind, "trainee")) && f->trained && f->cumulative)
    return *label = "personnel_trained", "other";
  if (!at_strcmp(unit_kind, "batch") && f->peacekeeping) return *label = "peacekeeping_rotations", "other";
  if (!at_strcmp(unit_kind, "force") && f->relations) return *label = "partner_forces", "other";
  if (!at_strcmp(unit_kind, "person") && f->missing) return *label = "missing_personnel", "other";
  if (f->concurrent && f->attache) return "foreign_concurrent_attache";
  if (f->concurrent) return "foreign_concurrent_attache";
  if (f->attache && f->in_vn) return "foreign_resident_attache_offices";
  if (f->attache && (f->abroad || !at_strcmp(unit_kind, "office"))) return "resident_attache_offices_abroad";
  /* "80 personnel who are preparing for deployment to UN peacekeeping
   * missions": trained for a deployment to come, not deployed */
  if (f->peacekeeping && !at_strcmp(unit_kind, "person") && !f->peacekeeping_to_come) return "peacekeepers_deployed";
  if ((f->documents || !at_strcmp(unit_kind, "document")) && f->signed_docs) return "agreements_signed";
  /* "có quan hệ quốc phòng với hơn 80 nước": the relation is said before
   * the count, which follows "với" ("quan hệ ... giữa 2 nước" counts no partners). */
  if (f->relations && f->with && !forward && !at_strcmp(unit_kind, "state")) return "defense_partners";
  /* "112 nước thiết lập quan hệ quốc phòng với Việt Nam", "112 countries
   * have defence ties with Vietnam": the relation told after the count. */
  if (f->relations && f->with_vn && forward && !at_strcmp(unit_kind, "state")) return "defense_partners";
  return NULL;
}

/* The figure entry of a phrase whose value starts with `prefix` ("unit:",
 * "num:"), among what else it may mean ("offices in": a unit, and where). */
static const at_entry *figure_value(const at_match *m, const char *prefix) {
  if (!(m->categories & 1u << AT_CAT_FIGURE)) return NULL; /* most matches: no figure word */
  for (uint32_t i = 0; i < m->count; i++)
    if (m->entries[i]->category == AT_CAT_FIGURE && !strncmp(m->entries[i]->value, prefix, strlen(prefix)))
      return m->entries[i];
  return NULL;
}


/* A state's adjective between a count and its unit ("300 Lao officers",
 * "60 Vietnamese military personnel"): a capitalised English word naming a
 * state. */
static bool demonym_at(const view *v, uint32_t m) {
  const at_match *x = mt_at(v, m);
  return (v->s->flags & AT_SENT_ENGLISH) && at_match_entry(x, AT_CAT_COUNTRY) &&
         (AT_TOK(v->doc, x->tok_start)->flags & AT_TOKF_CAP);
}

/* A count's unit at token t, past words that may stand before it
 * ("and military personnel"). */
static bool unit_follows(const view *v, uint32_t t) {
  long um = t < v->s->tok_end ? match_starting_at(v, t) : -1;
  while (um >= 0 && at_match_value(mt_at(v, (uint32_t)um), AT_CAT_FIGURE, "modifier"))
    um = match_starting_at(v, mt_at(v, (uint32_t)um)->tok_end);
  return um >= 0 && figure_value(mt_at(v, (uint32_t)um), "unit:");
}

/* A number spelled out (data/numbers.tsv) at token i, with a count's unit
 * (or "others") after it, past the words that may stand before a unit: "hai tàu tuần
 * tra", "two patrol vessels", "three cooperation documents"; "Hai tàu" as
 * the sentence's first word. */
static bool spelled_number(const view *v, uint32_t i, int *value) {
  if (i + 1 >= v->s->tok_end || AT_TOK(v->doc, i)->kind != AT_TOK_WORD) return false;
  /* the unit first: asked of every word, it is rarely there; most words are
   * told no by the next token, in no match or in one without a figure word */
  uint32_t next = AT_TOK(v->doc, i + 1)->match;
  if (next == AT_NO_MATCH || !(mt_at(v, next)->categories & 1u << AT_CAT_FIGURE)) return false;
  /* or "others", the unit of a count before ("and two others with ...") */
  if (!unit_follows(v, i + 1) &&
      !(mt_at(v, next)->tok_start == i + 1 && at_match_value(mt_at(v, next), AT_CAT_FIGURE, "others")))
    return false;
  if (at_number_word(v->doc, i, value)) return true;
  /* "Hai tàu tuần tra ...", "Bốn sỹ quan ...": capitalised as the
   * sentence's first word (past a dash or quote before it) */
  for (uint32_t k = v->s->tok_start; k < i; k++)
    if (AT_TOK(v->doc, k)->kind == AT_TOK_WORD || AT_TOK(v->doc, k)->kind == AT_TOK_NUM) return false;
  return at_opening_number_word(v->doc, i, value);
}

/* English tens and units joined by a hyphen ("twenty-five officers",
 * "Fifty-one countries"), with a count's unit after them: the number in
 * *value, its units word in *last. Read from the tens, so the units word
 * is not read alone ("five officers"). */
static bool tens_and_units(const view *v, uint32_t i, int *value, uint32_t *last) {
  const attache_doc *doc = v->doc;
  int tens, units;
  if (i + 3 >= v->s->tok_end || AT_TOK(doc, i)->kind != AT_TOK_WORD || !punct_is(doc, i + 1, "-") ||
      (AT_TOK(doc, i + 1)->flags & AT_TOKF_SPACE) || (AT_TOK(doc, i + 2)->flags & AT_TOKF_SPACE))
    return false;
  /* "one" is read as a number only here and before a scale word */
  if (!at_number_before_scale(doc, i + 2, &units) || units < 1 || units > 9 || !at_number_word(doc, i, &tens) ||
      tens < 20 || tens > 90 || tens % 10 || !unit_follows(v, i + 3))
    return false;
  *value = tens + units;
  *last = i + 2;
  return true;
}

/* Is token t a scale word ("nghìn", "hundred")? Its value in *mult. Most
 * words are told no by their first and last bytes and length, inline. */
static inline bool scale_word_at(const attache_doc *doc, const uint32_t *scale_lengths, uint32_t t, int *mult) {
  return at_may_be_scale_word(doc, scale_lengths, t) && at_scale_word(doc, t, mult);
}

/* The scale words after the count read at tokens [first, *last] ("hơn
 * 260 nghìn lượt", "hơn một trăm quốc gia", "a hundred countries", "two
 * hundred thousand"), with the fraction a single number may have before
 * them ("1,2 triệu", "1.5 million"): *value multiplied and *last moved to the
 * last scale word (scale_lengths: at_lexicon_scale_lengths). False when the
 * count outgrows an int. */
static bool read_scale(const view *v, uint32_t first, uint32_t *last, int *value, const uint32_t *scale_lengths) {
  const attache_doc *doc = v->doc;
  uint32_t end = v->s->tok_end, at = *last;
  long long num = *value, den = 1;
  int mult, frac;
  if (at == first && at + 3 < end && AT_TOK(doc, at)->kind == AT_TOK_NUM &&
      (punct_is(doc, at + 1, ",") || punct_is(doc, at + 1, ".")) && !(AT_TOK(doc, at + 1)->flags & AT_TOKF_SPACE) &&
      !(AT_TOK(doc, at + 2)->flags & AT_TOKF_SPACE) && AT_TOK(doc, at + 2)->end - AT_TOK(doc, at + 2)->start <= 2 &&
      is_number(doc, at + 2, &frac) && (AT_TOK(doc, at + 3)->flags & AT_TOKF_SPACE) &&
      scale_word_at(doc, scale_lengths, at + 3, &mult)) {
    den = AT_TOK(doc, at + 2)->end - AT_TOK(doc, at + 2)->start == 1 ? 10 : 100;
    num = num * den + frac;
    at += 2;
  }
  bool scaled = false;
  while (at + 1 < end && (AT_TOK(doc, at + 1)->flags & AT_TOKF_SPACE) && scale_word_at(doc, scale_lengths, at + 1, &mult)) {
    num *= mult;
    if (num / den > INT_MAX) return false;
    at++;
    scaled = true;
  }
  if (!scaled) return true;
  *value = (int)(num / den);
  *last = at;
  return true;
}

/* Lists a figure of the sentence, unless the document has it already. */
static void push_figure(const view *v, const char *metric, const char *label, int value, const char *qualifier,
                        const char *unit_phrase) {
  attache_doc *doc = v->doc;
  /* A subject has one count of attaché offices: a second in the same
   * sentence tells where they are ("33 offices in 32 countries"). */
  bool attache_metric = strstr(metric, "attache") != NULL;
  for (size_t k = 0; k < doc->figures.len; k++) {
    const at_figure *x = AT_VEC_AT(&doc->figures, at_figure, k);
    if (!at_strcmp(x->metric, metric) && x->value == value && !at_strcmp(x->qualifier, qualifier)) return;
    if (attache_metric && x->sentence == v->index && !at_strcmp(x->metric, metric)) return;
  }
  at_figure *fig = at_vec_push(&doc->figures);
  fig->metric = metric;
  fig->label = label;
  fig->value = value;
  fig->qualifier = qualifier;
  fig->subject = "VN";
  fig->sentence = v->index;
  fig->why = (at_explain){"figure-window", unit_phrase, v->index};
  if (v->s->event >= 0 && AT_EVENT(doc, v->s->event)->has_date) {
    fig->as_of = AT_EVENT(doc, v->s->event)->date;
    fig->has_as_of = true;
  } else if (doc->has_published) {
    fig->as_of = doc->published;
    fig->has_as_of = true;
  }
}

/* A measure told after a count's unit ("Hai tàu tuần tra loại 600 tấn ... đã
 * được Nhật Bản bàn giao", "6 tàu tuần tra Metal Shark 45-foot (tương đương
 * 14m) vừa được ... bàn giao"): a number at token t (its digit groups and
 * fraction joined to it: "1.000", "58,3") with a word of measure after it
 * (figures.tsv measure; "45-foot" joined by a hyphen) is no count and does
 * not end the count's window. The measure's last token + 1, else 0. */
static uint32_t past_measure(const view *v, uint32_t t) {
  const attache_doc *doc = v->doc;
  uint32_t end = v->s->tok_end, at = t;
  while (at + 2 < end && (punct_is(doc, at + 1, ".") || punct_is(doc, at + 1, ",")) &&
         !(AT_TOK(doc, at + 1)->flags & AT_TOKF_SPACE) && !(AT_TOK(doc, at + 2)->flags & AT_TOKF_SPACE) &&
         AT_TOK(doc, at + 2)->kind == AT_TOK_NUM)
    at += 2;
  if (at + 2 < end && punct_is(doc, at + 1, "-") && !(AT_TOK(doc, at + 1)->flags & AT_TOKF_SPACE) &&
      !(AT_TOK(doc, at + 2)->flags & AT_TOKF_SPACE))
    at++;
  long m = at + 1 < end ? match_starting_at(v, at + 1) : -1;
  if (m < 0 || !at_match_value(mt_at(v, (uint32_t)m), AT_CAT_FIGURE, "measure")) return 0;
  return mt_at(v, (uint32_t)m)->tok_end;
}

/* A number joined by a hyphen to a word in small letters before it
 * ("53 officers of level-2 field hospitals have joined UN peacekeeping
 * forces") tells a kind of thing, no count: it does not end a count's
 * window. A capitalised name's number ("Level-2 Field Hospital Rotation
 * 5") still does: the name often opens another clause ("the remaining 12
 * members will fly home after ... with Level-2 Field Hospital Rotation 5":
 * people coming home, not sent). */
static bool number_in_a_description(const view *v, uint32_t t) {
  const attache_doc *doc = v->doc;
  return t >= v->s->tok_start + 2 && punct_is(doc, t - 1, "-") && !(AT_TOK(doc, t)->flags & AT_TOKF_SPACE) &&
         !(AT_TOK(doc, t - 1)->flags & AT_TOKF_SPACE) && AT_TOK(doc, t - 2)->kind == AT_TOK_WORD &&
         !(AT_TOK(doc, t - 2)->flags & AT_TOKF_CAP);
}

/* The name of whose people a count counts, told right after its unit with
 * "of" ("63 staff members of the Level-2 Field Hospital Rotation 6", "five
 * rotations of Level-2 Field Hospitals to UN peacekeeping"): the number
 * joined by a hyphen to the name's first word is part of the name, no
 * count, and does not end the count's window as another clause's name
 * would (number_in_a_description). `unit_end`: the token after the unit,
 * which a second unit may follow ("staff members"). */
static bool number_in_owner_name(const view *v, uint32_t t, uint32_t unit_end) {
  const attache_doc *doc = v->doc;
  /* most numbers: not joined by a hyphen */
  if (t < v->s->tok_start + 2 || !punct_is(doc, t - 1, "-") || (AT_TOK(doc, t)->flags & AT_TOKF_SPACE) ||
      (AT_TOK(doc, t - 1)->flags & AT_TOKF_SPACE))
    return false;
  long second = unit_end < v->s->tok_end ? match_starting_at(v, unit_end) : -1; /* "staff members" */
  if (second >= 0 && figure_value(mt_at(v, (uint32_t)second), "unit:")) unit_end = mt_at(v, (uint32_t)second)->tok_end;
  if (unit_end >= v->s->tok_end || !at_tok_word(doc, unit_end, AT_ROLE_OF)) return false;
  uint32_t name = unit_end + 1;
  if (name < v->s->tok_end && at_tok_word(doc, name, AT_ROLE_DEFINITE)) name++;
  return t == name + 2 && AT_TOK(doc, name)->kind == AT_TOK_WORD && (AT_TOK(doc, name)->flags & AT_TOKF_CAP);
}

/* "Vietnam is a 12th partner", "the Vietnam deal is its 11th such
 * agreement": in English, in a story that told a document signed, the
 * place of the deal among its signer's deals counts them - an ordinal
 * ("12th") after an article or a possessive, before a word of a deal or
 * partner (figures.tsv nth_signed; modifiers, "such", between). The count
 * in *value; false for any other word. */
static bool nth_signed_deal(const view *v, uint32_t i, int *value) {
  const attache_doc *doc = v->doc;
  const at_token *t = AT_TOK(doc, i);
  const char *text = doc->text + t->start;
  uint32_t len = t->end - t->start;
  if (t->kind != AT_TOK_WORD || len < 3 || len > 5 || text[0] < '1' || text[0] > '9') return false;
  uint32_t digits = 1;
  while (digits < len && text[digits] >= '0' && text[digits] <= '9') digits++;
  if (len - digits != 2) return false;
  const char *suffix = text + digits;
  if (strncmp(suffix, "st", 2) && strncmp(suffix, "nd", 2) && strncmp(suffix, "rd", 2) && strncmp(suffix, "th", 2))
    return false;
  if (!(v->s->flags & AT_SENT_ENGLISH) || i == v->s->tok_start ||
      !(at_tok_word(doc, i - 1, AT_ROLE_ARTICLE) || at_tok_word(doc, i - 1, AT_ROLE_POSSESSIVE)))
    return false;
  long um = match_starting_at(v, i + 1);
  while (um >= 0 && at_match_value(mt_at(v, (uint32_t)um), AT_CAT_FIGURE, "modifier"))
    um = match_starting_at(v, mt_at(v, (uint32_t)um)->tok_end);
  if (um < 0 || !at_match_value(mt_at(v, (uint32_t)um), AT_CAT_FIGURE, "nth_signed")) return false;
  bool signing_told = doc->agreements.len > 0; /* before or in this sentence; or a signing anywhere in the story */
  for (size_t e = 0; e < doc->events.len && !signing_told; e++)
    signing_told = !at_strcmp(AT_EVENT(doc, e)->type, "signing");
  if (!signing_told) return false;
  *value = atoi(text);
  return *value >= 2;
}

/* Does a phrase (lower case, words split by spaces) start at token t, its
 * words the tokens' case-folded forms? */
static bool phrase_at_token(const attache_doc *doc, uint32_t t, uint32_t end, const char *phrase) {
  for (const char *w = phrase; *w; t++) {
    size_t n = strcspn(w, " ");
    if (t >= end) return false;
    const at_token *tok = AT_TOK(doc, t);
    if (tok->kind != AT_TOK_WORD || tok->case_len != n || memcmp(tok->fold_case, w, n)) return false;
    w += n;
    while (*w == ' ') w++;
  }
  return true;
}

/* Vietnamese tells a count of the defence system with a word of the
 * military (figures.tsv defense) in its sentence or the one before it
 * ("Bộ Quốc phòng đã đón 120 đoàn quân sự nước ngoài"); a province's or the
 * foreign ministry's review counts delegations, documents signed and people
 * trained of its own affairs without one. Looked for in the tokens, so that
 * a longer name holding the word counts too ("Bộ Quốc phòng", "Quân khu 4").
 * Asked only of such a count in a Vietnamese sentence. */
static bool tells_defense_vi(const view *v) {
  const attache_doc *doc = v->doc;
  uint32_t from = v->index > 0 ? AT_SENT(doc, v->index - 1)->tok_start : v->s->tok_start;
  const at_entry **entries;
  size_t n;
  at_lexicon_entries(doc->lex, AT_CAT_FIGURE, &entries, &n);
  for (uint32_t t = from; t < v->s->tok_end; t++) {
    if (AT_TOK(doc, t)->kind != AT_TOK_WORD) continue;
    for (size_t e = 0; e < n; e++)
      if (!at_strcmp(entries[e]->value, "defense") && phrase_at_token(doc, t, v->s->tok_end, entries[e]->phrase))
        return true;
  }
  return false;
}

/* A count of the kinds a review of any affairs tells (documents signed,
 * delegations, activities, people trained), which only a word of the
 * military makes a defence figure in Vietnamese (tells_defense_vi). */
static bool count_of_any_affairs(const char *metric, const char *label) {
  if (!at_strcmp(metric, "agreements_signed")) return true;
  return label && (!at_strcmp(label, "delegations") || !at_strcmp(label, "activities") ||
                   !at_strcmp(label, "personnel_trained"));
}

/* A count told after its noun ("bringing the total number of officers
 * involved in UN peacekeeping to nearly 1,100", "nâng tổng số quân nhân
 * ... lên 800"): a number with no unit after it, a word of reaching right
 * before it or its qualifier (token_words.tsv total_reached), and before
 * that, since the last count, "the number of", "tổng số" (figures.tsv
 * number_of) and a unit right after it (past modifiers). The unit's match,
 * else -1. */
static long unit_told_before(const view *v, uint32_t first_tok, uint32_t from) {
  const attache_doc *doc = v->doc;
  uint32_t link = first_tok;
  long qm = first_tok > v->s->tok_start ? at_match_at(doc, v->s, first_tok - 1) : -1;
  if (qm >= 0 && at_match_entry(mt_at(v, (uint32_t)qm), AT_CAT_QUALIFIER) && mt_at(v, (uint32_t)qm)->tok_end == first_tok)
    link = mt_at(v, (uint32_t)qm)->tok_start;
  if (link <= from || !at_tok_word(doc, link - 1, AT_ROLE_TOTAL_REACHED)) return -1;
  for (uint32_t k = v->s->match_start; k < v->s->match_end; k++) {
    const at_match *x = mt_at(v, k);
    if (x->tok_start < from || x->tok_end >= link) continue;
    if (!at_match_value(x, AT_CAT_FIGURE, "number_of")) continue;
    long um = match_starting_at(v, x->tok_end);
    while (um >= 0 && (at_match_value(mt_at(v, (uint32_t)um), AT_CAT_FIGURE, "modifier") || demonym_at(v, (uint32_t)um)))
      um = match_starting_at(v, mt_at(v, (uint32_t)um)->tok_end);
    if (um < 0 || !figure_value(mt_at(v, (uint32_t)um), "unit:")) continue;
    /* no other count between the noun and this one */
    for (uint32_t t = mt_at(v, (uint32_t)um)->tok_end; t < link && um >= 0; t++)
      if (AT_TOK(doc, t)->kind == AT_TOK_NUM) um = -1;
    if (um >= 0) return um;
  }
  return -1;
}

/* The one state other than Vietnam that the story's documents, else its
 * signings, are signed with, or NULL (none, or several). A deal's ordinal
 * counts that signer's deals: "Vietnam is a 12th partner", "for Japan, the
 * Vietnam deal is its 11th such agreement" are Japan's count, not Vietnam's. */
static const char *deal_signer(const attache_doc *doc) {
  const char *found = NULL;
  for (int pass = 0; pass < 2 && !found; pass++) {
    size_t n = pass ? doc->events.len : doc->agreements.len;
    for (size_t k = 0; k < n; k++) {
      const at_strset *sides;
      if (pass) {
        const at_event *ev = AT_EVENT(doc, k);
        if (at_strcmp(ev->type, "signing")) continue;
        sides = &ev->countries;
      } else {
        sides = &AT_VEC_AT(&doc->agreements, at_agreement, k)->parties;
      }
      for (uint8_t i = 0; i < sides->n; i++) {
        if (!at_strcmp(sides->items[i], "VN")) continue;
        if (found && at_strcmp(found, sides->items[i])) return NULL;
        found = sides->items[i];
      }
    }
  }
  return found;
}

/* A count whose words told no metric, waiting for the next one. */
typedef struct pending_count {
  bool open;
  int value;
  const char *qualifier, *unit_kind, *unit_phrase;
  uint32_t end; /* its last token */
} pending_count;

/* The sentence's last count whose words told what it counts. */
typedef struct told_count {
  bool open;
  const char *metric, *label, *unit_kind;
  const at_entry *unit;
  uint32_t end; /* its last token */
} told_count;

/* A unit named in capitals at token t, "the" before it or not ("of the
 * Level-2 Field Hospital Rotation 4"; not "of them", "of the four"). */
/* Does the sentence before the view's tell UN peacekeeping by a word of
 * it (figures.tsv peacekeeping, the UN's peacekeeping organization)? */
static bool peacekeeping_before(const view *v) {
  if (v->index == 0) return false;
  const at_sentence *s = AT_SENT(v->doc, v->index - 1);
  for (uint32_t k = s->match_start; k < s->match_end; k++) {
    const at_match *x = AT_MATCH(v->doc, k);
    if (at_match_value(x, AT_CAT_FIGURE, "peacekeeping") || at_match_value(x, AT_CAT_ORG, "UNPKO")) return true;
  }
  return false;
}

/* Are the people counted coming back from their mission, told from token t?
 * "The first 51 personnel of Level-2 Field Hospital Rotation 5 will fly
 * home on ...", "63 cán bộ, nhân viên ... đã về nước": a word of
 * homecoming (figures.tsv) in the words that told the count's metric and
 * on to the end of its clause (a ";", a ", and" or the sentence's end),
 * past the numbers of the unit's name. */
static bool coming_home(const view *v, uint32_t t) {
  if (!(v->s->values & at_value_bit(AT_CAT_FIGURE, "homecoming", 10))) return false; /* the quick no */
  uint32_t end = t;
  while (end < v->s->tok_end && !punct_is(v->doc, end, ";") &&
         !(punct_is(v->doc, end, ",") && at_tok_word(v->doc, end + 1, AT_ROLE_AND)))
    end++;
  /* the unit the counted replace is the one coming home ("to replace
   * Rotation 5, which will fly home", "thay thế BVDC 2.6 về nước") */
  for (uint32_t k = v->s->match_start; k < v->s->match_end; k++) {
    const at_match *x = mt_at(v, k);
    if (x->tok_start >= t && x->tok_start < end && at_match_value(x, AT_CAT_FIGURE, "replacing")) end = x->tok_start;
  }
  for (uint32_t k = v->s->match_start; k < v->s->match_end; k++) {
    const at_match *x = mt_at(v, k);
    if (x->tok_start >= t && x->tok_start < end && at_match_value(x, AT_CAT_FIGURE, "homecoming")) return true;
  }
  return false;
}

static bool named_unit_after(const view *v, uint32_t t) {
  if (t < v->s->tok_end && at_tok_word(v->doc, t, AT_ROLE_DEFINITE)) t++;
  return t < v->s->tok_end && AT_TOK(v->doc, t)->kind == AT_TOK_WORD && (AT_TOK(v->doc, t)->flags & AT_TOKF_CAP);
}

/* An "and" between tokens from and to (exclusive). */
static bool and_between(const view *v, uint32_t from, uint32_t to) {
  for (uint32_t k = from; k < to; k++)
    if (at_tok_word(v->doc, k, AT_ROLE_AND)) return true;
  return false;
}

/* May the word at token i be read as a count below (tens_and_units,
 * spelled_number, a number before a scale word)? Each asks what follows
 * the word: a hyphen, a figure word's match, a scale word. */
static inline bool word_may_count(const view *v, uint32_t i, const uint32_t *scale_lengths) {
  if (i + 1 >= v->s->tok_end) return false;
  uint32_t next = AT_TOK(v->doc, i + 1)->match;
  return punct_is(v->doc, i + 1, "-") || (next != AT_NO_MATCH && (mt_at(v, next)->categories & 1u << AT_CAT_FIGURE)) ||
         at_may_be_scale_word(v->doc, scale_lengths, i + 1);
}

static void find_figures(const view *v) {
  attache_doc *doc = v->doc;
  /* Every count has a unit after it: a sentence without one counts nothing
   * (no figure word at all: told by the sentence's categories at once). */
  if (!(v->s->categories & 1u << AT_CAT_FIGURE)) return;
  bool unit_told = false;
  for (uint32_t k = v->s->match_start; k < v->s->match_end && !unit_told; k++)
    unit_told = figure_value(mt_at(v, k), "unit:") != NULL || at_match_value(mt_at(v, k), AT_CAT_FIGURE, "nth_signed");
  if (!unit_told) return;
  /* a deal's ordinal is looked for at each token only in an English
   * sentence that names a deal or partner after one (its value bit) */
  bool nth_told = (v->s->flags & AT_SENT_ENGLISH) && (v->s->values & at_value_bit(AT_CAT_FIGURE, "nth_signed", 10));
  uint32_t prev_boundary = v->s->tok_start;
  pending_count pending = {0};
  told_count told = {0};
  const at_entry *last_unit = NULL; /* the unit of the sentence's last count */
  bool among_open = false;          /* the last count was a share of peacekeepers counted before it */
  const uint32_t *scale_lengths = at_lexicon_scale_lengths(doc->lex);
  for (uint32_t i = v->s->tok_start; i < v->s->tok_end; i++) {
    /* A count starts at a number or a word: a mark only ends a clause */
    uint8_t kind = AT_TOK(doc, i)->kind;
    if (kind != AT_TOK_NUM && kind != AT_TOK_WORD) {
      if (punct_is(doc, i, ";")) prev_boundary = i + 1, told.open = false, among_open = false;
      continue;
    }
    int value, mult;
    if (nth_told && nth_signed_deal(v, i, &value)) {
      size_t before = doc->figures.len;
      push_figure(v, "agreements_signed", NULL, value, "exact", AT_TOK(doc, i)->fold_case);
      const char *signer = doc->figures.len > before ? deal_signer(doc) : NULL;
      if (signer) AT_VEC_AT(&doc->figures, at_figure, before)->subject = signer;
      continue;
    }
    /* a word, only with what may follow one spelled out after it (a hyphen
     * to its units, a count's unit or a scale word): most words are told no
     * here, before the readers below ask */
    if (kind == AT_TOK_WORD && !word_may_count(v, i, scale_lengths)) continue;
    uint32_t last = i; /* "2.000", "1,500": groups of three digits; "twenty-five": two words */
    if (!is_number(doc, i, &value) && !tens_and_units(v, i, &value, &last) && !spelled_number(v, i, &value) &&
        !(i + 1 < v->s->tok_end && scale_word_at(doc, scale_lengths, i + 1, &mult) &&
          at_number_before_scale(doc, i, &value)))
      continue;
    if (value <= 0) continue;
    /* the second part of a date ("Ngày 1/10 bệnh viện ...", "Sáng 1-10,
     * ...", "tháng 10/2018"): a number glued after a slash, or after a
     * hyphen glued to a number, counts nothing */
    if (i > v->s->tok_start + 1 && !(AT_TOK(doc, i)->flags & AT_TOKF_SPACE) &&
        !(AT_TOK(doc, i - 1)->flags & AT_TOKF_SPACE) &&
        (punct_is(doc, i - 1, "/") || (punct_is(doc, i - 1, "-") && AT_TOK(doc, i - 2)->kind == AT_TOK_NUM)))
      continue;
    int group;
    while (last + 2 < v->s->tok_end && (punct_is(doc, last + 1, ".") || punct_is(doc, last + 1, ",")) &&
           !(AT_TOK(doc, last + 1)->flags & AT_TOKF_SPACE) && !(AT_TOK(doc, last + 2)->flags & AT_TOKF_SPACE) &&
           AT_TOK(doc, last + 2)->end - AT_TOK(doc, last + 2)->start == 3 && is_number(doc, last + 2, &group) &&
           value < 1000000) {
      value = value * 1000 + group;
      last += 2;
    }
    if (!read_scale(v, i, &last, &value, scale_lengths)) continue;
    /* "the 63-member unit": the unit joined by a hyphen */
    bool hyphen_unit = last + 2 < v->s->tok_end && punct_is(doc, last + 1, "-") &&
                       !(AT_TOK(doc, last + 1)->flags & AT_TOKF_SPACE) && match_starting_at(v, last + 2) >= 0;
    /* (the sentence's own full stop is none of these: "... to 1,100.") */
    if (last + 1 < v->s->tok_end && !(AT_TOK(doc, last + 1)->flags & AT_TOKF_SPACE) && !hyphen_unit &&
        (punct_is(doc, last + 1, "/") || punct_is(doc, last + 1, "-") ||
         (punct_is(doc, last + 1, ".") && last + 2 < v->s->tok_end)))
      continue;
    const char *label = NULL;
    uint32_t first_tok = i;
    i = hyphen_unit ? last + 1 : last;
    /* "51 foreign defence attaché offices", "12 cooperation documents",
     * "60 Vietnamese military personnel", "800 military and police
     * officers" (modifiers joined by "and") */
    uint32_t at = i + 1;
    long um = match_starting_at(v, at);
    bool modified = false;
    for (;;) {
      if (um >= 0 && (at_match_value(mt_at(v, (uint32_t)um), AT_CAT_FIGURE, "modifier") || demonym_at(v, (uint32_t)um))) {
        at = mt_at(v, (uint32_t)um)->tok_end;
        modified = true;
      } else if (modified && at + 1 < v->s->tok_end && at_tok_word(doc, at, AT_ROLE_AND)) {
        at++;
        modified = false; /* a modifier must follow the "and" */
        um = match_starting_at(v, at);
        if (um < 0 || !at_match_value(mt_at(v, (uint32_t)um), AT_CAT_FIGURE, "modifier")) {
          um = -1;
          break;
        }
        continue;
      } else {
        break;
      }
      um = match_starting_at(v, at);
    }
    /* "33 defence attaché offices": the office named between count and unit */
    bool attache_named = um >= 0 && at_match_value(mt_at(v, (uint32_t)um), AT_CAT_POSITION, "attache");
    if (attache_named) um = match_starting_at(v, mt_at(v, (uint32_t)um)->tok_end);
    /* "184 officers and soldiers of the Engineering Unit Rotation 1 and 63
     * of the Level-2 Field Hospital Rotation 4": a count with "of" for its
     * unit, joined by "and" to the count told before it, counts that
     * count's unit. */
    bool unit_left_out = !modified && !attache_named && told.open && at < v->s->tok_end &&
                         at_tok_word(doc, at, AT_ROLE_OF) && named_unit_after(v, at + 1) &&
                         and_between(v, told.end + 1, first_tok);
    /* "the total number of officers ... to nearly 1,100" */
    long noun_before = um < 0 && !unit_left_out ? unit_told_before(v, first_tok, prev_boundary) : -1;
    if (noun_before >= 0) um = noun_before;
    if (um < 0 && !unit_left_out) continue;
    const at_entry *unit = unit_left_out ? told.unit : figure_value(mt_at(v, (uint32_t)um), "unit:");
    /* "63 personnel of ... and 184 others of ...", "46 countries ... and 12
     * others ...": the unit of the count before; of the last count that
     * told what it counts, past the partners counted in its phrase ("signed
     * nine agreements with nine countries and two others with the UN and
     * the EU") */
    if (!unit && at_match_value(mt_at(v, (uint32_t)um), AT_CAT_FIGURE, "others")) unit = told.open ? told.unit : last_unit;
    if (!unit) continue;
    last_unit = unit;
    const char *unit_kind = unit->value + 5;
    /* "Năm 2018 bệnh viện dã chiến cấp 2 ...": a year before a name counts
     * no rotations */
    if (!at_strcmp(unit_kind, "batch") && last == first_tok && value >= 1945 && value <= 2100) continue;
    /* "giữa Bộ Quốc phòng 2 nước", "quan hệ 2 nước": the two sides of the
     * story, not a count. */
    if (value == 2 && !at_strcmp(unit_kind, "state")) continue;
    /* "the two navies" are the story's two sides; "Vùng 4 Hải quân" is a
     * naval region's number, after a capitalised word of its name. */
    if (!at_strcmp(unit_kind, "force") &&
        (value == 2 || (first_tok > v->s->tok_start && AT_TOK(doc, first_tok - 1)->kind == AT_TOK_WORD &&
                        (AT_TOK(doc, first_tok - 1)->flags & AT_TOKF_CAP))))
      continue;
    /* Forward window first, else backward; the forward one runs to the next
     * number or clause end; in English a ", and" starts another clause
     * ("ties with 80 countries, and attaché offices in 32"). */
    uint32_t fwd_end = i + 1, measured;
    uint32_t unit_end = unit_left_out ? at : noun_before >= 0 ? i + 1 : mt_at(v, (uint32_t)um)->tok_end;
    while (fwd_end < v->s->tok_end && !punct_is(doc, fwd_end, ";") &&
           !(punct_is(doc, fwd_end, ",") && at_tok_word(doc, fwd_end + 1, AT_ROLE_AND))) {
      if (AT_TOK(doc, fwd_end)->kind != AT_TOK_NUM || number_in_a_description(v, fwd_end) ||
          number_in_owner_name(v, fwd_end, unit_end))
        fwd_end++;
      else if ((measured = past_measure(v, fwd_end))) fwd_end = measured; /* "loại 600 tấn" */
      else break;
    }
    /* The count's own conjunct ends at an "and" after its unit that joins
     * no second unit ("ties with 80 countries and attaché offices in 32",
     * "với hơn 100 nước và có Phòng Tùy viên ... tại 32 nước"; not "sĩ
     * quan và quân nhân"): read first, the whole window only if it alone
     * tells nothing. */
    uint32_t own_end = fwd_end;
    for (uint32_t k = unit_end; k < fwd_end; k++)
      if (at_tok_word(doc, k, AT_ROLE_AND) && !unit_follows(v, k + 1)) {
        own_end = k;
        break;
      }
    const char *qualifier = "exact";
    uint32_t count_start = first_tok; /* the qualifier's first token, if any */
    long qm = first_tok > v->s->tok_start ? at_match_at(doc, v->s, first_tok - 1) : -1;
    if (qm >= 0) {
      const at_entry *q = at_match_entry(mt_at(v, (uint32_t)qm), AT_CAT_QUALIFIER);
      if (q && mt_at(v, (uint32_t)qm)->tok_end == first_tok) {
        qualifier = q->value;
        count_start = mt_at(v, (uint32_t)qm)->tok_start;
      }
    }
    long wm = count_start > v->s->tok_start ? at_match_at(doc, v->s, count_start - 1) : -1;
    bool with = wm >= 0 && mt_at(v, (uint32_t)wm)->tok_end == count_start &&
                at_match_value(mt_at(v, (uint32_t)wm), AT_CAT_FIGURE, "with");
    /* "Phòng Tùy viên Quốc phòng tại 32 nước", "offices in 32 countries":
     * the states an office is in, counted after "tại", "in". */
    long am = count_start > v->s->tok_start ? at_match_at(doc, v->s, count_start - 1) : -1;
    bool at_before = am >= 0 && mt_at(v, (uint32_t)am)->tok_end == count_start && fn_word(v, (uint32_t)am, "at");
    /* "với hơn 100 quốc gia, bao gồm 5 nước là Ủy viên thường trực ...",
     * "including five permanent members": states counted among partners
     * counted before them in the sentence are a count of their own. */
    bool among = wm >= 0 && mt_at(v, (uint32_t)wm)->tok_end == count_start &&
                 at_match_value(mt_at(v, (uint32_t)wm), AT_CAT_FIGURE, "among") && !at_strcmp(unit_kind, "state");
    for (size_t x = 0; among && x < doc->figures.len; x++) {
      const at_figure *fg = AT_VEC_AT(&doc->figures, at_figure, x);
      if (fg->sentence == v->index && !at_strcmp(fg->metric, "defense_partners")) {
        prev_boundary = i + 1;
        pending.open = false;
        push_figure(v, "other", "partners_among", value, qualifier, unit->phrase);
        break;
      }
    }
    if (among) continue;
    /* "Đội Công binh số 3 với 184 thành viên, trong đó có 18 nữ quân nhân,
     * sẽ thay thế ... tại Phái bộ UNISFA", "274 personnel ..., including 36
     * women officers": people counted among the peacekeepers counted before
     * them in the sentence are some of them, not more sent. No figure: the
     * annotated news records no such share (unlike "bao gồm 5 nước" among
     * partners), and before, such a share was a figure only when a
     * peacekeeping word followed it. */
    bool among_sent = false;
    if (wm >= 0 && mt_at(v, (uint32_t)wm)->tok_end == count_start &&
        at_match_value(mt_at(v, (uint32_t)wm), AT_CAT_FIGURE, "among") && !at_strcmp(unit_kind, "person"))
      for (size_t x = 0; x < doc->figures.len && !among_sent; x++) {
        const at_figure *fg = AT_VEC_AT(&doc->figures, at_figure, x);
        among_sent = fg->sentence == v->index && !at_strcmp(fg->metric, "peacekeepers_deployed");
      }
    /* The share goes on as a list: "trong đó có 22 sĩ quan công an, gần 200
     * nữ quân nhân", "trong đó 170 quân nhân mới và 4 quân nhân ...": a
     * count of people right after a comma or "and" that follows such a
     * share is another part of the same whole. */
    among_sent = among_sent ||
                 (among_open && !at_strcmp(unit_kind, "person") && count_start > v->s->tok_start &&
                  (punct_is(doc, count_start - 1, ",") || at_tok_word(doc, count_start - 1, AT_ROLE_AND)));
    among_open = among_sent;
    if (among_sent) {
      prev_boundary = i + 1;
      pending.open = false;
      continue;
    }
    features f = {.with = with, .attache = attache_named};
    scan_features(v, i + 1, own_end, &f);
    const char *metric = decide_metric(&f, unit_kind, true, &label);
    uint32_t told_from = i + 1; /* where the words that told the metric start */
    if (!metric) {
      told_from = prev_boundary;
      features b = {.with = with};
      scan_features(v, prev_boundary, i, &b);
      b.peacekeeping_to_come = false; /* a plan before the count governs what it plans, not the count */
      b.in_vn = b.in_vn || f.in_vn;
      b.abroad |= at_before && !b.in_vn && !at_strcmp(unit_kind, "state");
      metric = decide_metric(&b, unit_kind, false, &label);
      if (!metric) {
        features all = {.with = with, .attache = attache_named};
        scan_features(v, i + 1, fwd_end, &all);
        all.relations = b.relations;
        all.attache |= b.attache;
        all.trained |= b.trained; /* "đào tạo ... cho hơn 2.000 cán bộ từ năm 2000" */
        all.cumulative |= b.cumulative;
        all.span |= b.span;
        metric = decide_metric(&all, unit_kind, false, &label);
        /* "Trong 10 năm tham gia sứ mệnh này, Quân đội đã cử trên 800 lượt
         * sĩ quan ...", "... with the number of personnel regularly
         * deployed to field missions reaching 274": people sent on a
         * mission, told right after a sentence of UN peacekeeping, are
         * peacekeepers sent though their own sentence names the missions
         * by no word of peacekeeping (troops sent to a flood, with no word
         * of a mission, are not) */
        if (!metric && !at_strcmp(unit_kind, "person") && (b.sending || all.sending) &&
            (b.mission || all.mission) && !b.modal && !all.modal && !all.trained && !b.trained &&
            peacekeeping_before(v))
          metric = "peacekeepers_deployed";
      }
    }
    prev_boundary = i + 1;
    /* people coming home are no count of people sent, which news tells of
     * their unit's departure */
    if (metric && !at_strcmp(metric, "peacekeepers_deployed") && coming_home(v, told_from)) {
      pending.open = false;
      continue;
    }
    /* "tỉnh đã đón 30 đoàn khách quốc tế": no defence figure */
    if (metric && !(v->s->flags & AT_SENT_ENGLISH) && count_of_any_affairs(metric, label) && !tells_defense_vi(v))
      continue;
    if (!metric) {
      /* told nothing of itself: the next count joined to it may tell it,
       * unless its own words told what it counts ("có quan hệ ngoại giao
       * với 193 nước và có quan hệ quốc phòng với hơn 100 nước") */
      bool diplomatic = false;
      if (!at_strcmp(unit_kind, "state")) {
        features d = {0};
        scan_features(v, count_start > v->s->tok_start + 6 ? count_start - 6 : v->s->tok_start, count_start, &d);
        diplomatic = d.diplomatic;
      }
      /* "đã đón 120 đoàn quân sự nước ngoài và cử 95 đoàn đi thăm nước
       * ngoài", "received 40 delegations and sent 35 delegations abroad":
       * a second count of the unit of a count told before it, joined to it
       * by "and", counts the same thing (the words that told the first,
       * "trong năm", stand before the first only). */
      if (told.open && !diplomatic && !at_strcmp(told.unit_kind, unit_kind) && and_between(v, told.end + 1, first_tok)) {
        push_figure(v, told.metric, told.label, value, qualifier, unit->phrase);
        told.end = i;
        continue;
      }
      pending = (pending_count){!diplomatic, value, qualifier, unit_kind, unit->phrase, i};
      continue;
    }
    /* "80 officers on individual duties, and 500 soldiers in units on UN
     * peacekeeping missions", "80 lượt sĩ quan cá nhân và 500 lượt quân
     * nhân ...": two counts of one unit joined by "and" share what the
     * second tells. */
    if (pending.open && !at_strcmp(pending.unit_kind, unit_kind)) {
      bool joined = false;
      for (uint32_t k = pending.end + 1; k < first_tok && !joined; k++) joined = at_tok_word(doc, k, AT_ROLE_AND);
      if (joined) push_figure(v, metric, label, pending.value, pending.qualifier, pending.unit_phrase);
    }
    pending.open = false;
    told = (told_count){true, metric, label, unit_kind, unit, i};
    push_figure(v, metric, label, value, qualifier, unit->phrase);
  }
}

/* ---- relations ------------------------------------------------------------ */

/* "pushing to elevate the relationship to a comprehensive strategic
 * partnership": an upgrade still wished for is not yet the framework. */
static bool planned_upgrade(const view *v, uint32_t framework) {
  bool modal = false;
  for (uint32_t k = v->s->match_start; k < framework; k++) {
    const at_entry *md = at_match_unreal(mt_at(v, k));
    if (md && !at_entry_has_flag(md, "document")) modal = true;
    if (fn_word(v, k, "past")) modal = false; /* "sẽ góp phần ..., hai nước đã ... thiết lập": a clause told as done */
    /* the upgrade governs this framework only when told shortly before it
     * ("sẽ nâng quan hệ lên ...", as year_set_up reads it), not a planned
     * upgrade of another framework earlier in a long sentence */
    if (modal && fn_word(v, k, "upgrade") && mt_at(v, framework)->tok_start - mt_at(v, k)->tok_end <= 12) return true;
  }
  return false;
}

/* "the ASEAN-Australia relationship", "quan hệ ASEAN - Úc": an organization
 * named just before the framework is one of its two sides, so the framework
 * is not Vietnam's with the state the sentence names. */
static bool organization_side(const view *v, uint32_t framework) {
  uint32_t start = mt_at(v, framework)->tok_start;
  for (uint32_t k = v->s->match_start; k < framework; k++) {
    const at_match *x = mt_at(v, k);
    if (at_match_entry(x, AT_CAT_ORG) && start - x->tok_end <= 6) return true;
  }
  return false;
}

/* The partnership ladder of the contract's codes: a state holds one rung at
 * a time, so a story that also names a lower rung for the same partner ("là
 * đối tác chiến lược" said loosely of a comprehensive strategic partner, or
 * the rung it was upgraded from) states the highest. 0: not on the ladder. */
static int partnership_rung(const char *framework) {
  static const char *const ladder[] = {"comprehensive_partnership", "strategic_partnership",
                                       "comprehensive_strategic_partnership"};
  for (int i = 0; i < 3; i++)
    if (!at_strcmp(framework, ladder[i])) return i + 1;
  return 0;
}

/* The year a framework was set up, told with it: "elevated ties to a
 * strategic partnership in 2015", "Năm 2007, ... nâng quan hệ lên đối tác
 * chiến lược", "the 2015 Joint Statement on the Establishment of ...": the
 * year of the sentence's date nearest the framework, when an upgrade is told
 * just before it. */
static int year_set_up(const view *v, uint32_t framework) {
  /* "nâng quan hệ ... lên", "elevated ties to": shortly before the framework;
   * "... được thiết lập từ năm 2024", "... established in 2013": just after it */
  const at_match *fw = mt_at(v, framework);
  bool upgrade = false;
  for (uint32_t k = v->s->match_start; k < v->s->match_end; k++) {
    const at_match *x = mt_at(v, k);
    if (!fn_word(v, k, "upgrade")) continue;
    upgrade |= k < framework ? fw->tok_start - x->tok_end <= 12 : k > framework && x->tok_start - fw->tok_end <= 6;
  }
  if (!upgrade) return 0;
  at_date_span spans[8];
  size_t n = at_find_dates(v->doc, v->s, spans, 8);
  uint32_t at = fw->tok_start, best = UINT32_MAX;
  int year = 0;
  for (size_t i = 0; i < n; i++) {
    /* Only a year the text tells: a day without one ("ngày 28/3") is the
     * date of the story's meeting, not of the upgrade. */
    if (!spans[i].date.year) continue;
    uint32_t dist = spans[i].tok_start > at ? spans[i].tok_start - at : at - spans[i].tok_end;
    if (dist < best) best = dist, year = spans[i].date.year;
  }
  /* A bare year ("Năm 2007", "the 2015 Joint Statement") is a date here. */
  for (uint32_t t = v->s->tok_start; t < v->s->tok_end; t++) {
    const at_token *tk = AT_TOK(v->doc, t);
    const char *p = v->doc->text + tk->start;
    if (tk->kind != AT_TOK_NUM || tk->end - tk->start != 4 || (p[0] != '1' && p[0] != '2')) continue;
    int y = atoi(p), latest = v->doc->published.year ? v->doc->published.year : 2100;
    uint32_t dist = t > at ? t - at : at - t;
    if (y >= 1945 && y <= latest && dist < best) best = dist, year = y;
  }
  return year;
}

/* The foreign state named closest to a framework, within a few words
 * either side ("ties between Vietnam and Japan, which formed a strategic
 * partnership", "quan hệ Đối tác chiến lược toàn diện Việt Nam - Nhật Bản"):
 * its other side, though the sentence named another state first ("tại cảng
 * Cam Ranh, nơi từng là căn cứ của Mỹ, ..."). NULL: none that close.
 * *others: two foreign states beside it in a sentence that names no
 * Vietnam ("Indonesia and Australia established a comprehensive strategic
 * partnership", "Trung Quốc và Nga có quan hệ đối tác ..."): the framework
 * is theirs, not Vietnam's. */
static const char *state_beside(const view *v, uint32_t framework, bool *others) {
  const at_match *fw = mt_at(v, framework);
  const char *best = NULL, *second = NULL;
  bool vietnam = false;
  uint32_t best_dist = 9; /* words between the state and the framework */
  for (uint32_t k = v->s->match_start; k < v->s->match_end; k++) {
    const at_match *x = mt_at(v, k);
    const at_entry *c = at_match_entry(x, AT_CAT_COUNTRY);
    if (!c) continue;
    if (!at_strcmp(c->value, "VN")) {
      vietnam = true;
      continue;
    }
    uint32_t dist = x->tok_end <= fw->tok_start ? fw->tok_start - x->tok_end
                    : x->tok_start >= fw->tok_end ? x->tok_start - fw->tok_end
                                                  : 0;
    if (dist >= 9) continue;
    if (best && at_strcmp(best, c->value)) second = c->value;
    if (dist < best_dist) best_dist = dist, best = c->value;
  }
  *others = second && !vietnam;
  return best;
}

static void find_relations(const view *v) {
  if (!(v->s->categories & 1u << AT_CAT_FRAMEWORK)) return; /* the sentence's quick no: no framework */
  attache_doc *doc = v->doc;
  const char *foreign = NULL;
  bool both = false;
  /* Kinds of framework the sentence names: more than two is a list of
   * Vietnam's partners, not one partner's; the same kind told twice is one. */
  const char *kinds[3] = {NULL, NULL, NULL};
  uint32_t frameworks = 0;
  for (uint32_t k = v->s->match_start; k < v->s->match_end; k++) {
    const at_match *x = mt_at(v, k);
    const at_entry *c = at_match_entry(x, AT_CAT_COUNTRY);
    if (c && at_strcmp(c->value, "VN") && !foreign) foreign = c->value;
    if (fn_word(v, k, "both") || fn_word(v, k, "bilateral")) both = true;
    const at_entry *fw = at_match_entry(x, AT_CAT_FRAMEWORK);
    /* "between the two strategic partners": the pair told by the
     * framework's own word (English), as after "the two countries" */
    if (fw && x->tok_start >= v->s->tok_start + 2 && told_as_two(doc, x->tok_start - 1) &&
        at_tok_word(doc, x->tok_start - 2, AT_ROLE_DEFINITE))
      both = true;
    /* "two years since the upgrade to a Comprehensive Strategic
     * Partnership": an upgrade told just before the framework, in a sentence
     * that names no partner, is of the story's partner's ties */
    for (uint32_t u = v->s->match_start; fw && u < k; u++)
      if (fn_word(v, u, "upgrade") && mt_at(v, u)->tok_end <= x->tok_start && x->tok_start - mt_at(v, u)->tok_end <= 5)
        both = true;
    bool seen = false;
    for (uint32_t i = 0; fw && i < frameworks && i < 3; i++) seen |= !at_strcmp(kinds[i], fw->value);
    if (fw && !seen) {
      if (frameworks < 3) kinds[frameworks] = fw->value;
      frameworks++;
    }
  }
  if (!foreign && both) foreign = doc->main_foreign;
  if (!foreign || frameworks > 2) return;
  for (uint32_t k = v->s->match_start; k < v->s->match_end; k++) {
    const at_match *x = mt_at(v, k);
    const at_entry *fw = at_match_entry(x, AT_CAT_FRAMEWORK);
    if (!fw) continue;
    if (k > v->s->match_start && fn_word(v, k - 1, "plural") && mt_at(v, k - 1)->tok_end == x->tok_start) continue;
    if (planned_upgrade(v, k) || organization_side(v, k)) continue;
    int rung = partnership_rung(fw->value);
    bool others = false;
    const char *side = state_beside(v, k, &others);
    if (others) continue;
    if (!side) side = foreign;
    at_relation *rel = NULL;
    bool dup = false;
    for (size_t r = 0; r < doc->relations.len && !dup && !rel; r++) {
      at_relation *y = AT_VEC_AT(&doc->relations, at_relation, r);
      if (at_strcmp(y->b, side)) continue;
      int held = partnership_rung(y->framework);
      dup = !at_strcmp(y->framework, fw->value) || (rung && held > rung);
      if (rung && held && held < rung) rel = y; /* a higher rung replaces the lower one */
    }
    if (dup) continue;
    if (!rel) rel = at_vec_push(&doc->relations);
    rel->a = "VN";
    rel->b = side;
    rel->framework = fw->value;
    rel->since = year_set_up(v, k);
    rel->sentence = v->index;
    rel->why = (at_explain){"framework", fw->phrase, v->index};
  }
}

/* A page in two languages tells its news twice (a Vietnamese story with an
 * English line under it): a document told in the page's other language,
 * of a kind the page's own language lists, is that document again. */
static void drop_retold_in_other_language(attache_doc *doc) {
  bool english_doc = doc->lang && !at_strcmp(doc->lang, "en");
  size_t kept = 0;
  for (size_t i = 0; i < doc->agreements.len; i++) {
    at_agreement *a = AT_VEC_AT(&doc->agreements, at_agreement, i);
    bool other = ((AT_SENT(doc, a->sentence)->flags & AT_SENT_ENGLISH) != 0) != english_doc;
    bool retold = false;
    for (size_t k = 0; other && k < doc->agreements.len && !retold; k++) {
      const at_agreement *b = AT_VEC_AT(&doc->agreements, at_agreement, k);
      retold = k != i && !at_strcmp(a->kind, b->kind) &&
               ((AT_SENT(doc, b->sentence)->flags & AT_SENT_ENGLISH) != 0) == english_doc;
    }
    if (!retold) *AT_VEC_AT(&doc->agreements, at_agreement, kept++) = *a;
  }
  doc->agreements.len = kept;
}

/* Does sentence s carry a photo credit ("(Photo: VNA)", "Ảnh: TTXVN"):
 * a caption, which retells what the story tells? */
static bool is_caption(const attache_doc *doc, uint32_t s) {
  const at_sentence *st = AT_SENT(doc, s);
  for (uint32_t m = st->match_start; m < st->match_end; m++) {
    const at_match *x = AT_MATCH(doc, m);
    if (at_match_value(x, AT_CAT_FUNCTION, "credit") && x->tok_end < st->tok_end && punct_is(doc, x->tok_end, ":"))
      return true;
  }
  return false;
}

/* A photo caption retells the signing the story tells ("Two deputy
 * ministers witnessing the signing of an agreement on ... (Photo: VNA)"
 * beside "... signed a cooperation agreement between ..."): a document of
 * a caption is dropped when the story lists one of its kind and status. */
static void drop_retold_in_captions(attache_doc *doc) {
  size_t kept = 0;
  for (size_t i = 0; i < doc->agreements.len; i++) {
    at_agreement *a = AT_VEC_AT(&doc->agreements, at_agreement, i);
    bool retold = false;
    if (is_caption(doc, a->sentence))
      for (size_t k = 0; k < doc->agreements.len && !retold; k++) {
        const at_agreement *b = AT_VEC_AT(&doc->agreements, at_agreement, k);
        retold = k != i && !at_strcmp(a->kind, b->kind) && !at_strcmp(a->status, b->status) &&
                 !is_caption(doc, b->sentence);
      }
    if (!retold) *AT_VEC_AT(&doc->agreements, at_agreement, kept++) = *a;
  }
  doc->agreements.len = kept;
}

/* Does the sentence tell a signing, or the handing over of the signed
 * copies, and end in a colon, leading into a list of the documents signed
 * ("... chứng kiến lễ ký 14 văn kiện hợp tác, bao gồm:", "Các văn kiện
 * hợp tác được trao ... gồm:", "... signed the following documents:")? */
static bool leads_signed_list(const view *v) {
  if (v->s->tok_end <= v->s->tok_start || !punct_is(v->doc, v->s->tok_end - 1, ":")) return false;
  for (uint32_t m = v->s->match_start; m < v->s->match_end; m++)
    if (at_match_value(mt_at(v, m), AT_CAT_CUE, "signing") || fn_word(v, m, "exchange_document")) return true;
  return false;
}

/* Is the sentence an item of such a list: opened by its number ("1.",
 * "2)"), a dash or a bullet, or by a document's kind? A number alone (the
 * item's number split off) keeps the list going too. */
static bool list_item(const view *v) {
  uint32_t t = v->s->tok_start;
  if (t >= v->s->tok_end) return false;
  const at_token *w = AT_TOK(v->doc, t);
  if (w->kind == AT_TOK_NUM)
    return t + 1 >= v->s->tok_end || punct_is(v->doc, t + 1, ".") || punct_is(v->doc, t + 1, ")");
  if (dash_at(v->doc, t) || punct_is(v->doc, t, "\xE2\x80\xA2") ||
      punct_is(v->doc, t, "+"))
    return true;
  long k = match_starting_at(v, t);
  return k >= 0 && at_match_entry(mt_at(v, (uint32_t)k), AT_CAT_AGREEMENT);
}

/* Is the sentence an item's number alone ("3.", split off its item)? */
static bool item_number_alone(const view *v) {
  uint32_t t = v->s->tok_start;
  if (t >= v->s->tok_end || AT_TOK(v->doc, t)->kind != AT_TOK_NUM) return false;
  return t + 1 >= v->s->tok_end ||
         (t + 2 >= v->s->tok_end && (punct_is(v->doc, t + 1, ".") || punct_is(v->doc, t + 1, ")")));
}

void at_records(attache_doc *doc) {
  bool list_open = false; /* the sentences after a signing's colon, while they are its items */
  bool numbered = false;  /* the sentence before was an item's number alone: this one is its item */
  int32_t lead_event = -1;
  for (uint32_t s = 0; s < doc->sentences.len; s++) {
    if (AT_SENT(doc, s)->flags & AT_SENT_TITLE) continue;
    view v = {doc, AT_SENT(doc, s), s, false, -1};
    /* an item whose thing is no document of a known kind ("3. Giấy Chứng
     * nhận bàn giao ...") keeps the list going when its number opened it */
    list_open = list_open && (list_item(&v) || numbered);
    numbered = list_open && item_number_alone(&v);
    if (list_open) v.listed_signed = true, v.lead_event = lead_event;
    find_agreements(&v);
    find_figures(&v);
    find_relations(&v);
    if (!list_open && leads_signed_list(&v)) list_open = true, lead_event = v.s->event;
  }
  /* A headline's count is a figure of the story too ("247 cán bộ, chiến sĩ
   * lên đường làm nhiệm vụ gìn giữ hòa bình", "Vietnam deploys 12 more
   * officers for UN peacekeeping operations"), often told there alone or
   * rounded; read after the story's sentences, so that a count the story
   * retells keeps the story's sentence as its evidence. A headline gives
   * no other record. */
  for (uint32_t s = 0; s < doc->sentences.len; s++) {
    if (!(AT_SENT(doc, s)->flags & AT_SENT_TITLE)) continue;
    view v = {doc, AT_SENT(doc, s), s, false, -1};
    find_figures(&v);
  }
  drop_retold_in_other_language(doc);
  drop_retold_in_captions(doc);
}
