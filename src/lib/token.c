/* SPDX-License-Identifier: MIT */
/*
 * token.c - splits text into syllables, numbers and punctuation, and folds
 * each syllable twice: by case, and by case and tone marks (đ = d). Lexicon
 * matching compares these folded forms, so "Hoa Kỳ", "hoa kỳ" and "Hoa Ky"
 * can all find the same entry when its file allows it.
 */
#include "pipeline.h"

#include <stdlib.h>
#include <string.h>
#include <threads.h>
#include <utf8proc.h>

static bool is_word_category(utf8proc_category_t cat) {
  return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
         (cat >= UTF8PROC_CATEGORY_MN && cat <= UTF8PROC_CATEGORY_ME);
}

/* The Unicode categories of the first 0x2000 code points (Latin,
 * Vietnamese, Greek, Cyrillic), cached from utf8proc once: every character
 * of the text asks for its category. */
enum { CATEGORY_TABLE_SIZE = 0x2000 };
static uint8_t category_table[CATEGORY_TABLE_SIZE];
static once_flag category_table_once = ONCE_FLAG_INIT;

/* What each ASCII byte is to the tokenizer, from the same tests as any other
 * character (is_space_cp, is_digit_cp, the letter categories): most of the
 * text is ASCII, read a byte at a time without decoding. And each ASCII
 * sign as a string of its own, which its token's forms point to. */
enum { ASCII_SPACE = 1, ASCII_DIGIT = 2, ASCII_UPPER = 4, ASCII_LOWER = 8 };
static uint8_t ascii_class[128];
static char ascii_strings[128][2];

static bool is_space_cp(utf8proc_int32_t cp);

static void fill_category_table(void) {
  for (int32_t cp = 0; cp < CATEGORY_TABLE_SIZE; cp++) category_table[cp] = (uint8_t)utf8proc_category(cp);
  for (int32_t b = 0; b < 128; b++) {
    utf8proc_category_t cat = (utf8proc_category_t)category_table[b];
    ascii_class[b] = (uint8_t)((is_space_cp(b) ? ASCII_SPACE : 0) | (b >= '0' && b <= '9' ? ASCII_DIGIT : 0) |
                               (cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT ? ASCII_UPPER : 0) |
                               (cat == UTF8PROC_CATEGORY_LL || cat == UTF8PROC_CATEGORY_LO ? ASCII_LOWER : 0));
    ascii_strings[b][0] = (char)b;
  }
}

static utf8proc_category_t category_of(utf8proc_int32_t cp) {
  return cp >= 0 && cp < CATEGORY_TABLE_SIZE ? (utf8proc_category_t)category_table[cp] : utf8proc_category(cp);
}

static bool is_word_cp(utf8proc_int32_t cp) { return is_word_category(category_of(cp)); }

static bool is_digit_cp(utf8proc_int32_t cp) { return cp >= '0' && cp <= '9'; }

static bool is_space_cp(utf8proc_int32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == 0xA0 || cp == 0x2009 || cp == 0x200B ||
         category_of(cp) == UTF8PROC_CATEGORY_ZS;
}

static utf8proc_ssize_t next_cp(const char *text, size_t i, size_t end, utf8proc_int32_t *cp) {
  return at_utf8_next(text + i, end - i, cp);
}

/* Writes code point cp as UTF-8; returns its length. */
static size_t utf8_put(int32_t cp, char *out) {
  if (cp < 0x80) {
    out[0] = (char)cp;
    return 1;
  }
  if (cp < 0x800) {
    out[0] = (char)(0xC0 | cp >> 6);
    out[1] = (char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000 && (cp < 0xD800 || cp > 0xDFFF)) { /* most of Vietnamese: U+1EA0-U+1EF9 */
    out[0] = (char)(0xE0 | cp >> 12);
    out[1] = (char)(0x80 | (cp >> 6 & 0x3F));
    out[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
  }
  return (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)out);
}

/* An apostrophe inside a name: "O'Brien", "D’Souza", "d'Ivoire" - after a
 * letter and before a capital that does not start a possessive "'S" (as in
 * "VIETNAM'S"). The name stays one word; "Austin's" keeps its "'s". Returns the
 * apostrophe's length in bytes, or 0. */
static size_t name_apostrophe_at(const char *text, size_t i, size_t end) {
  size_t n = text[i] == '\'' ? 1 : (end - i >= 3 && !memcmp(text + i, "\xE2\x80\x99", 3)) ? 3 : 0;
  if (!n || i + n >= end) return 0;
  utf8proc_int32_t cp, after = 0;
  utf8proc_ssize_t m = utf8proc_iterate((const utf8proc_uint8_t *)text + i + n, (utf8proc_ssize_t)(end - i - n), &cp);
  if (m <= 0 || category_of(cp) != UTF8PROC_CATEGORY_LU) return 0;
  if (i + n + (size_t)m < end)
    utf8proc_iterate((const utf8proc_uint8_t *)text + i + n + m, (utf8proc_ssize_t)(end - i - n - (size_t)m), &after);
  if (cp == 'S' && !is_word_cp(after) && !is_digit_cp(after)) return 0;
  return n;
}

/* Vietnamese writes the tone of "oa", "oe", "uy" at the end of a syllable in
 * two ways: "hoà"/"hòa", "thuỷ"/"thủy". Case folding brings the old placement
 * to the new one, so "Uỷ viên" finds "Ủy viên". */
static size_t normalize_tone_placement(char *word, size_t n) {
  static const struct {
    const char *old_form, *new_form;
  } pairs[] = {
      {"oà", "òa"}, {"oá", "óa"}, {"oả", "ỏa"}, {"oã", "õa"}, {"oạ", "ọa"}, {"oè", "òe"}, {"oé", "óe"},
      {"oẻ", "ỏe"}, {"oẽ", "õe"}, {"oẹ", "ọe"}, {"uỳ", "ùy"}, {"uý", "úy"}, {"uỷ", "ủy"}, {"uỹ", "ũy"},
      {"uỵ", "ụy"},
  };
  /* Every old form is an o or u before a toned letter of two or three bytes. */
  size_t last = n;
  while (last > 0 && ((unsigned char)word[last - 1] & 0xC0) == 0x80) last--;
  if (last < 2 || last == n || (word[last - 2] != 'o' && word[last - 2] != 'u')) return n;
  for (size_t i = 0; i < sizeof pairs / sizeof *pairs; i++) {
    size_t k = strlen(pairs[i].old_form);
    if (n < k || strcmp(word + n - k, pairs[i].old_form)) continue;
    if (n > k && word[n - k - 1] == 'q') return n; /* "quý": the u belongs to "qu" */
    size_t m = strlen(pairs[i].new_form); /* never longer */
    memcpy(word + n - k, pairs[i].new_form, m + 1);
    return n - k + m;
  }
  return n;
}

/* Folding tables for the first 0x2070 code points (Latin, Vietnamese,
 * Greek, Cyrillic, and the General Punctuation of news: curly quotes,
 * dashes, "…", which took utf8proc's slow path through a whole line), filled
 * once from utf8proc itself: the folded code point, or 0 where folding
 * gives more than one (ß -> ss), which takes utf8proc's own path. Unicode
 * knowledge stays utf8proc's; the tables only cache it. */
enum { FOLD_TABLE_SIZE = 0x2070 };
static int32_t fold_case_table[FOLD_TABLE_SIZE];
static int32_t fold_tone_table[FOLD_TABLE_SIZE];
/* An ASCII byte's folded form where folding by case and by tone give the
 * same byte (every one but NUL): read without decoding. 0: not so. */
static char fold_ascii_table[128];
/* The same tables as UTF-8, for fold_word: a code point's two folded forms
 * as bytes, copied without encoding. case_len 0: utf8proc's path; tone_len
 * 0 with case_len set: a combining mark, stripped by tone. */
typedef struct folded_bytes {
  uint8_t case_len, tone_len;
  char by_case[3], by_tone[3];
} folded_bytes;
static folded_bytes fold_bytes_table[FOLD_TABLE_SIZE];
static once_flag fold_tables_once = ONCE_FLAG_INIT;

static int32_t fold_one(int32_t cp, utf8proc_option_t opts) {
  utf8proc_int32_t out[4];
  int last = 0;
  utf8proc_ssize_t n = utf8proc_decompose_char(cp, out, 4, opts, &last);
  if (n != 1) return 0;
  utf8proc_int32_t composed = out[0];
  return composed;
}

static void fill_fold_tables(void) {
  for (int32_t cp = 0; cp < FOLD_TABLE_SIZE; cp++) {
    fold_case_table[cp] = 0;
    fold_tone_table[cp] = 0;
    if (cp >= 0xD800) continue;
    /* Case: fold, then recompose (decompose_char decomposes; compose a pair back). */
    utf8proc_uint8_t in[8], *mapped = NULL;
    utf8proc_ssize_t len = utf8proc_encode_char(cp, in);
    if (utf8proc_map(in, len, &mapped, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD) > 0) {
      utf8proc_int32_t c;
      utf8proc_ssize_t used = utf8proc_iterate(mapped, -1, &c);
      if (used > 0 && mapped[used] == 0) fold_case_table[cp] = c;
    }
    free(mapped);
    int32_t tone = fold_one(cp, UTF8PROC_CASEFOLD | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK);
    if (tone == 0x0111) tone = 'd'; /* đ has no decomposition: d by hand */
    fold_tone_table[cp] = tone;
  }
  for (int32_t b = 1; b < 128; b++)
    if (fold_case_table[b] == fold_tone_table[b] && fold_case_table[b] > 0 && fold_case_table[b] < 0x80)
      fold_ascii_table[b] = (char)fold_case_table[b];
  for (int32_t cp = 0; cp < FOLD_TABLE_SIZE; cp++) {
    folded_bytes *f = &fold_bytes_table[cp];
    int32_t by_case = fold_case_table[cp], by_tone = fold_tone_table[cp];
    bool mark = utf8proc_category(cp) >= UTF8PROC_CATEGORY_MN && utf8proc_category(cp) <= UTF8PROC_CATEGORY_ME;
    if (!by_case || (!by_tone && !mark)) continue; /* utf8proc's path */
    char case_bytes[4], tone_bytes[4];
    size_t case_len = utf8_put(by_case, case_bytes), tone_len = by_tone ? utf8_put(by_tone, tone_bytes) : 0;
    if (case_len > sizeof f->by_case || tone_len > sizeof f->by_tone) continue; /* none such: utf8proc's path */
    f->case_len = (uint8_t)case_len;
    f->tone_len = (uint8_t)tone_len;
    memcpy(f->by_case, case_bytes, case_len);
    memcpy(f->by_tone, tone_bytes, tone_len);
  }
}

/* Folds through the tables; false when a code point needs utf8proc's path. */
static bool fold_by_table(const char *s, size_t n, at_match_mode mode, char *out, size_t *out_len) {
  const int32_t *table = mode == AT_MATCH_TONE ? fold_tone_table : fold_case_table;
  size_t o = 0;
  for (size_t i = 0; i < n;) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = at_utf8_next(s + i, n - i, &cp);
    if (k <= 0 || cp >= FOLD_TABLE_SIZE) return false;
    int32_t f = table[cp];
    if (f == 0) {
      if (mode == AT_MATCH_TONE && utf8proc_category(cp) >= UTF8PROC_CATEGORY_MN &&
          utf8proc_category(cp) <= UTF8PROC_CATEGORY_ME) {
        i += (size_t)k; /* a stray combining mark: stripped */
        continue;
      }
      return false;
    }
    o += utf8_put(f, out + o);
    i += (size_t)k;
  }
  out[o] = '\0';
  *out_len = o;
  return true;
}

char *at_fold(at_arena *arena, const char *s, size_t n, at_match_mode mode) {
  bool ascii = true;
  for (size_t i = 0; i < n; i++)
    if ((unsigned char)s[i] >= 0x80) {
      ascii = false;
      break;
    }
  if (ascii || mode == AT_MATCH_EXACT) {
    char *out = at_arena_strndup(arena, s, n);
    if (mode != AT_MATCH_EXACT)
      for (size_t i = 0; i < n; i++)
        if (out[i] >= 'A' && out[i] <= 'Z') out[i] = (char)(out[i] - 'A' + 'a');
    return out;
  }
  call_once(&fold_tables_once, fill_fold_tables);
  /* A folded code point takes at most 3 bytes here; the input at least 1.
   * A word is folded on the stack and kept at its own length. */
  char local[256];
  size_t len;
  if (3 * n + 1 <= sizeof local) {
    if (fold_by_table(s, n, mode, local, &len)) {
      if (mode == AT_MATCH_CASE) len = normalize_tone_placement(local, len);
      return at_arena_strndup(arena, local, len);
    }
  } else {
    char *long_word = at_arena_alloc(arena, 3 * n + 1);
    if (fold_by_table(s, n, mode, long_word, &len)) {
      if (mode == AT_MATCH_CASE) normalize_tone_placement(long_word, len);
      return long_word;
    }
  }
  utf8proc_option_t opts = UTF8PROC_STABLE | UTF8PROC_CASEFOLD;
  opts |= mode == AT_MATCH_TONE ? (UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK) : UTF8PROC_COMPOSE;
  utf8proc_uint8_t *folded = NULL;
  utf8proc_ssize_t flen = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &folded, opts);
  if (flen < 0) return at_arena_strndup(arena, s, n); /* input is valid: cannot happen */
  char *out = at_arena_alloc(arena, (size_t)flen + 1);
  size_t o = 0;
  for (utf8proc_ssize_t i = 0; i < flen; i++) {
    /* đ (U+0111, C4 91) has no decomposition: fold it to d by hand. */
    if (mode == AT_MATCH_TONE && folded[i] == 0xC4 && i + 1 < flen && folded[i + 1] == 0x91) {
      out[o++] = 'd';
      i++;
      continue;
    }
    out[o++] = (char)folded[i];
  }
  out[o] = '\0';
  free(folded);
  if (mode == AT_MATCH_CASE) normalize_tone_placement(out, o);
  return out;
}

/* A word's two folded forms (by case; by case and tone marks) in one pass
 * over it, as at_fold gives them, with their lengths, written in place in
 * the arena (the case form, then the tone form unless it is the same:
 * "nam"). The folding tables are filled (at_tokenize_at_most sees to it). */
static void fold_word(at_arena *arena, const char *s, size_t n, at_token *t) {
  size_t room = 3 * n + 1; /* a folded code point takes at most 3 bytes, the word's at least 1 */
  char *by_case = at_arena_string_begin(arena, 2 * room), *by_tone = by_case + room;
  size_t c = 0, o = 0;
  for (size_t i = 0; i < n;) {
    unsigned char b = (unsigned char)s[i];
    if (b < 0x80 && fold_ascii_table[b]) { /* most letters of a Vietnamese word */
      by_case[c++] = by_tone[o++] = fold_ascii_table[b];
      i++;
      continue;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = at_utf8_next(s + i, n - i, &cp);
    const folded_bytes *f = k > 0 && cp < FOLD_TABLE_SIZE ? &fold_bytes_table[cp] : NULL;
    if (!f || !f->case_len) { /* utf8proc's path */
      at_arena_string_end(arena, by_case, 0);
      t->fold_case = at_fold(arena, s, n, AT_MATCH_CASE);
      t->fold_tone = at_fold(arena, s, n, AT_MATCH_TONE);
      t->case_len = (uint32_t)strlen(t->fold_case);
      t->tone_len = (uint32_t)strlen(t->fold_tone);
      return;
    }
    for (uint8_t j = 0; j < f->case_len; j++) by_case[c++] = f->by_case[j];
    for (uint8_t j = 0; j < f->tone_len; j++) by_tone[o++] = f->by_tone[j];
    i += (size_t)k;
  }
  by_case[c] = '\0';
  c = normalize_tone_placement(by_case, c);
  t->fold_case = by_case;
  t->case_len = (uint32_t)c;
  t->tone_len = (uint32_t)o;
  if (o == c && !memcmp(by_tone, by_case, c)) {
    t->fold_tone = by_case;
    at_arena_string_end(arena, by_case, c);
  } else { /* the tone form right after the case form's NUL */
    memmove(by_case + c + 1, by_tone, o);
    t->fold_tone = by_case + c + 1;
    at_arena_string_end(arena, by_case, c + 1 + o);
  }
}

/* A word of ASCII letters and digits (and ASCII apostrophes) folded by case,
 * as at_fold folds it: its own copy in lower case. */
static const char *fold_ascii_word(at_arena *arena, const char *s, size_t n) {
  char *out = at_arena_string_begin(arena, n);
  for (size_t i = 0; i < n; i++) out[i] = s[i] >= 'A' && s[i] <= 'Z' ? (char)(s[i] - 'A' + 'a') : s[i];
  at_arena_string_end(arena, out, n);
  return out;
}

void at_tokenize(at_arena *arena, const char *text, size_t start, size_t end, at_vec *out) {
  at_tokenize_at_most(arena, text, start, end, out, SIZE_MAX);
}

bool at_tokenize_at_most(at_arena *arena, const char *text, size_t start, size_t end, at_vec *out,
                         size_t max_tokens) {
  call_once(&category_table_once, fill_category_table);
  call_once(&fold_tables_once, fill_fold_tables); /* for fold_word */
  size_t i = start;
  bool space = true;
  while (i < end) {
    unsigned char byte = (unsigned char)text[i];
    if (byte < 0x80 && (ascii_class[byte] & ASCII_SPACE)) {
      space = true;
      i++;
      continue;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = next_cp(text, i, end, &cp);
    if (n <= 0) { /* text is valid by construction; step over defensively */
      i++;
      continue;
    }
    if (is_space_cp(cp)) {
      space = true;
      i += (size_t)n;
      continue;
    }
    if (out->len >= max_tokens) return false;
    at_token *t = at_vec_push(out);
    t->start = (uint32_t)i;
    t->flags = space ? AT_TOKF_SPACE : 0;
    t->match = AT_NO_MATCH;
    space = false;
    bool ascii = true; /* a Latin word's bytes: all ASCII (false with a ’ in it) */
    if (is_word_cp(cp) || is_digit_cp(cp)) {
      bool digits = true, upper_all = true, latin = true;
      int letters = 0;
      bool first = true;
      while (i < end) {
        unsigned char b = (unsigned char)text[i];
        if (b < 0x80 && b != '\'') { /* the same as below, for an ASCII byte */
          uint8_t c = ascii_class[b];
          if (!(c & (ASCII_DIGIT | ASCII_UPPER | ASCII_LOWER))) break;
          if (!(c & ASCII_DIGIT)) {
            digits = false;
            if (c & ASCII_UPPER) {
              if (first) t->flags |= AT_TOKF_CAP;
            } else {
              upper_all = false;
            }
            letters++;
          }
          first = false;
          i++;
          continue;
        }
        n = next_cp(text, i, end, &cp);
        if (n > 0 && !first && !digits && (cp == '\'' || cp == 0x2019)) {
          size_t apostrophe = name_apostrophe_at(text, i, end);
          if (!apostrophe) break;
          if (cp != '\'') ascii = false;
          i += apostrophe;
          continue;
        }
        if (n <= 0) break;
        if (!is_digit_cp(cp)) {
          utf8proc_category_t cat = category_of(cp);
          if (!is_word_category(cat)) break;
          digits = false;
          if (cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT) {
            if (first) t->flags |= AT_TOKF_CAP;
            letters++;
          } else if (cat == UTF8PROC_CATEGORY_LL || cat == UTF8PROC_CATEGORY_LO) {
            upper_all = false;
            letters++;
          }
          if (cp >= 0x80) latin = false;
        }
        first = false;
        i += (size_t)n;
      }
      t->kind = digits ? AT_TOK_NUM : AT_TOK_WORD;
      if (!digits && upper_all && letters >= 2) t->flags |= AT_TOKF_UPPER;
      if (!digits && latin) t->flags |= AT_TOKF_LATIN;
    } else {
      t->kind = AT_TOK_PUNCT;
      i += (size_t)n;
    }
    t->end = (uint32_t)i;
    uint32_t len = t->end - t->start;
    if (t->kind == AT_TOK_WORD && (t->flags & AT_TOKF_LATIN)) {
      t->fold_case = t->fold_tone = ascii ? fold_ascii_word(arena, text + t->start, len)
                                          : at_fold(arena, text + t->start, len, AT_MATCH_CASE);
      t->case_len = t->tone_len = ascii ? len : (uint32_t)strlen(t->fold_case);
    } else if (t->kind == AT_TOK_WORD) {
      fold_word(arena, text + t->start, len, t);
    } else if (len == 1 && byte < 0x80) {
      t->fold_case = t->fold_tone = ascii_strings[byte];
      t->case_len = t->tone_len = 1;
    } else {
      t->fold_case = t->fold_tone = at_arena_strndup(arena, text + t->start, len);
      t->case_len = t->tone_len = len;
    }
  }
  return true;
}
