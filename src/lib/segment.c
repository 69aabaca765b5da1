/* SPDX-License-Identifier: MIT */
/*
 * segment.c - splits a paragraph into sentences. A sentence ends at . ! ? …
 * or the Vietnamese "./." when whitespace and a word that is not lower case
 * follow. Not an end: a period after an abbreviation from
 * data/abbreviations.tsv ("TP.", "PGS.TS.", "Th.S"), after initials ("K.",
 * "K.L.", "H.E."), or inside numbers and dates ("6.5", "6/11"). Initials and
 * the abbreviations that may close a sentence (attr may_end: "U.S.", "a.m.")
 * end one still when a word that opens sentences follows ("... for the U.S.
 * The ministers ...": value opener).
 */
#include "pipeline.h"

#include <string.h>
#include <utf8proc.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif


static bool is_closer(const char *p, const char *end, size_t *len) {
  static const char *closers[] = {"\"", "'", ")", "]", "\xE2\x80\x9D" /* ” */, "\xE2\x80\x99" /* ’ */,
                                  "\xC2\xBB" /* » */};
  for (size_t i = 0; i < sizeof closers / sizeof *closers; i++) {
    size_t n = strlen(closers[i]);
    if ((size_t)(end - p) >= n && memcmp(p, closers[i], n) == 0) {
      *len = n;
      return true;
    }
  }
  return false;
}

static bool starts_lower(const char *p, const char *end) {
  utf8proc_int32_t cp;
  if (utf8proc_iterate((const utf8proc_uint8_t *)p, end - p, &cp) <= 0) return false;
  return utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

/* How a period after a word stands: no abbreviation, one that never closes a
 * sentence ("Gen.", "TP."), or one that may ("U.S.", an initial). */
typedef enum { ABBR_NONE, ABBR_INSIDE, ABBR_MAY_END } abbr_kind;

static abbr_kind abbreviation_word(attache_doc *doc, const char *w, size_t n);

/* The word before a period at `dot` (back to whitespace), e.g. "PGS.TS", or
 * the part of it after its last hyphen ("Lt.-Gen.", "Vice-Adm."). */
static abbr_kind is_abbreviation(attache_doc *doc, const char *para_start, const char *dot) {
  const char *w = dot, *h = NULL; /* h: after the word's last hyphen, told on the way back */
  while (w > para_start && !at_is_space(w[-1]) && w[-1] != '(') {
    if (w[-1] == '-' && !h) h = w;
    w--;
  }
  abbr_kind k = abbreviation_word(doc, w, (size_t)(dot - w));
  if (k != ABBR_NONE) return k;
  return h ? abbreviation_word(doc, h, (size_t)(dot - h)) : ABBR_NONE;
}

bool at_abbreviation_before(attache_doc *doc, const char *from, const char *dot) {
  return is_abbreviation(doc, from, dot) != ABBR_NONE;
}

static bool is_capital(char c) { return c >= 'A' && c <= 'Z'; }

/* Initials: single capitals, each but the last followed by a period ("K",
 * "K.L", "H.E", "J.R.R" before the final period). */
static bool initials(const char *w, size_t n) {
  if (n % 2 == 0) return false;
  for (size_t i = 0; i < n; i++)
    if (i % 2 ? w[i] != '.' : !is_capital(w[i])) return false;
  return true;
}

/* The word at p (up to a space or a comma) opens sentences (abbreviations.tsv,
 * value opener: "The", "He", "During"). */
static bool opener_word(attache_doc *doc, const char *p, const char *end) {
  size_t n = 0;
  while (p + n < end && !at_is_space(p[n]) && p[n] != ',') n++;
  if (n == 0 || !is_capital(p[0])) return false;
  const at_entry **abbr;
  size_t nabbr;
  at_lexicon_entries(doc->lex, AT_CAT_ABBREV, &abbr, &nabbr);
  for (size_t i = 0; i < nabbr; i++)
    if (abbr[i]->phrase[0] == p[0] && strcmp(abbr[i]->value, "opener") == 0 && strlen(abbr[i]->phrase) == n &&
        memcmp(abbr[i]->phrase, p, n) == 0) /* the first byte first: most differ there */
      return true;
  return false;
}

static abbr_kind abbreviation_word(attache_doc *doc, const char *w, size_t n) {
  if (n == 0) return ABBR_NONE;
  if (initials(w, n)) return ABBR_MAY_END;
  /* Most words before a period are none: told by their first byte and length. */
  if (!(at_lexicon_abbreviation_lengths(doc->lex)[(unsigned char)w[0]] >> (n < 31 ? n : 31) & 1)) return ABBR_NONE;
  const at_entry *const *abbr; /* those that start with w's first byte */
  size_t nabbr;
  at_lexicon_abbreviations(doc->lex, (unsigned char)w[0], &abbr, &nabbr);
  for (size_t i = 0; i < nabbr; i++) {
    const char *ph = abbr[i]->phrase;
    size_t plen = strlen(ph);
    if (plen && ph[plen - 1] == '.') plen--;
    if (plen != n) continue;
    if (abbr[i]->mode == AT_MATCH_EXACT ? memcmp(w, ph, n) == 0
                                        : strcmp(at_fold(doc->arena, w, n, AT_MATCH_CASE),
                                                 at_fold(doc->arena, ph, plen, AT_MATCH_CASE)) == 0)
      return at_entry_has_flag(abbr[i], "may_end") ? ABBR_MAY_END : ABBR_INSIDE;
  }
  return ABBR_NONE;
}

/* Trims spaces, the no-break space (U+00A0) included, from both ends. */
static void trim(const char *text, uint32_t *start, uint32_t *end) {
  for (;;) {
    if (*start < *end && at_is_space(text[*start])) (*start)++;
    else if (*end - *start >= 2 && (unsigned char)text[*start] == 0xC2 && (unsigned char)text[*start + 1] == 0xA0)
      *start += 2;
    else break;
  }
  for (;;) {
    if (*end > *start && at_is_space(text[*end - 1])) (*end)--;
    else if (*end - *start >= 2 && (unsigned char)text[*end - 2] == 0xC2 && (unsigned char)text[*end - 1] == 0xA0)
      *end -= 2;
    else break;
  }
}

/* The category of the letter that ends before `pos` (0 when none), and
 * where it starts. */
static utf8proc_category_t letter_before(const char *text, uint32_t from, uint32_t *pos) {
  uint32_t p = *pos;
  while (p > from && ((unsigned char)text[p - 1] & 0xC0) == 0x80) p--;
  if (p == from) return 0;
  p--;
  utf8proc_int32_t cp;
  if (utf8proc_iterate((const utf8proc_uint8_t *)text + p, *pos - p, &cp) <= 0) return 0;
  *pos = p;
  return utf8proc_category(cp);
}

/* The category of the letter at `*pos`, which moves past it. */
static utf8proc_category_t letter_at(const char *text, uint32_t *pos, uint32_t end) {
  utf8proc_int32_t cp;
  utf8proc_ssize_t n = *pos < end ? utf8proc_iterate((const utf8proc_uint8_t *)text + *pos, end - *pos, &cp) : 0;
  if (n <= 0) return 0;
  *pos += (uint32_t)n;
  return utf8proc_category(cp);
}

/* A number of two or more digits standing alone ends right before `term`
 * ("... a delegation exchange plan for 2019.The"), not the last part of
 * "1.5" or "6/11". */
static bool number_before(const char *text, uint32_t from, uint32_t term) {
  uint32_t p = term;
  while (p > from && text[p - 1] >= '0' && text[p - 1] <= '9') p--;
  return term - p >= 2 && (p == from || at_is_space(text[p - 1]));
}

/* Sentences a crawl glued together: "... the defence cooperation.The Minister
 * used ...", "... cho Việt Nam.Được biết, ...", "... plan for 2019.The
 * Belarusian guest ...": a word ending in two lower-case letters (of any
 * script), or a number standing alone, one period, then a capitalized word
 * (not an acronym such as "U.S." or "TP.HCM", nor "v.v"). */
static bool glued_sentence(const char *text, uint32_t from, uint32_t term, uint32_t next, uint32_t end) {
  if (next != term + 1 || next + 1 >= end) return false;
  uint32_t p = term;
  if (!number_before(text, from, term)) {
    for (int i = 0; i < 2; i++)
      if (letter_before(text, 0, &p) != UTF8PROC_CATEGORY_LL) return false;
    utf8proc_category_t third = letter_before(text, 0, &p);
    if (third != UTF8PROC_CATEGORY_LL && third != UTF8PROC_CATEGORY_LU) return false;
  }
  p = next;
  return letter_at(text, &p, end) == UTF8PROC_CATEGORY_LU && letter_at(text, &p, end) == UTF8PROC_CATEGORY_LL;
}

static void push_sentence(attache_doc *doc, uint32_t start, uint32_t end, uint32_t para) {
  trim(doc->text, &start, &end);
  if (start == end) return;
  at_sentence *s = at_vec_push(&doc->sentences);
  s->start = start;
  s->end = end;
  s->para = para;
  s->event = -1;
}

/* The first bytes of the terminators: . ! ? and … (E2 80 A6). */
static const bool MAY_START_TERMINATOR[256] = {['.'] = true, ['!'] = true, ['?'] = true, [0xE2] = true};

#if !defined(__SSE2__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
/* The bytes of x equal to byte b (b * 0x01...01), as the high bit of each.
 * A byte above the first equal one may be marked too (the borrow of the
 * subtraction), so only the lowest mark is exact. */
static inline uint64_t bytes_equal(uint64_t x, uint64_t b) {
  uint64_t y = x ^ b;
  return (y - 0x0101010101010101u) & ~y & 0x8080808080808080u;
}
#endif

/* The first byte at or after i that may start a terminator, or end. Most
 * bytes are none: they are passed 16 at a time where SSE2 is (every x86-64:
 * four compares and a mask, a third of the word arithmetic's instructions
 * a byte), else 8 at a time, by word arithmetic. */
static uint32_t next_terminator_byte(const char *text, uint32_t i, uint32_t end) {
#if defined(__SSE2__)
  const __m128i period = _mm_set1_epi8('.'), bang = _mm_set1_epi8('!'), question = _mm_set1_epi8('?'),
                e2 = _mm_set1_epi8((char)0xE2);
  while (end - i >= 16) {
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(text + i));
    __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, period), _mm_cmpeq_epi8(x, bang)),
                               _mm_or_si128(_mm_cmpeq_epi8(x, question), _mm_cmpeq_epi8(x, e2)));
    unsigned mask = (unsigned)_mm_movemask_epi8(hit);
    if (mask) return i + (uint32_t)__builtin_ctz(mask);
    i += 16;
  }
#elif defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  const uint64_t ones = 0x0101010101010101u;
  while (end - i >= 8) {
    uint64_t x;
    memcpy(&x, text + i, 8);
    /* each mask's lowest mark is exact, so the lowest of all four is */
    uint64_t hit = bytes_equal(x, '.' * ones) | bytes_equal(x, '!' * ones) | bytes_equal(x, '?' * ones) |
                   bytes_equal(x, 0xE2 * ones);
    if (hit) return i + (uint32_t)__builtin_ctzll(hit) / 8;
    i += 8;
  }
#endif
  while (i < end && !MAY_START_TERMINATOR[(unsigned char)text[i]]) i++;
  return i;
}

void at_segment_paragraph(attache_doc *doc, uint32_t start, uint32_t end, uint32_t para) {
  const char *text = doc->text;
  const char *pend = text + end;
  uint32_t sent = start;
  uint32_t i = start;
  while (i < end) {
    i = next_terminator_byte(text, i, end);
    if (i == end) break;
    char c = text[i];
    bool ellipsis = (end - i >= 3 && memcmp(text + i, "\xE2\x80\xA6", 3) == 0);
    if (c != '.' && c != '!' && c != '?' && !ellipsis) {
      i++;
      continue;
    }
    uint32_t term = i;
    /* The run of terminators: ".", "...", "./.", "?!", "…" */
    while (i < end) {
      if (text[i] == '.' || text[i] == '!' || text[i] == '?') i++;
      else if (end - i >= 3 && memcmp(text + i, "\xE2\x80\xA6", 3) == 0) i += 3;
      else if (text[i] == '/' && i + 1 < end && text[i + 1] == '.' && i > term) i += 2;
      else break;
    }
    size_t clen;
    while (i < end && is_closer(text + i, pend, &clen)) i += (uint32_t)clen;
    bool single_period = (i - term == 1 && text[term] == '.') ||
                         (text[term] == '.' && i - term > 1 && text[term + 1] != '.' && text[term + 1] != '/' &&
                          text[term + 1] != '!' && text[term + 1] != '?');
    uint32_t next = i;
    if (i < end) {
      if (!at_is_space(text[i]) && !glued_sentence(text, start, term, i, end)) continue; /* "6.5", "TP.HCM", "v.v" */
      while (next < end && at_is_space(text[next])) next++;
      if (next < end && starts_lower(text + next, pend)) continue;
    }
    if (single_period) {
      abbr_kind k = is_abbreviation(doc, text + start, text + term);
      if (k == ABBR_INSIDE || (k == ABBR_MAY_END && !opener_word(doc, text + next, pend))) continue;
    }
    push_sentence(doc, sent, i, para);
    sent = i;
  }
  push_sentence(doc, sent, end, para);
}
