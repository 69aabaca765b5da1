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
#if defined(__SSE2__) && defined(__x86_64__)
#include <emmintrin.h>
#endif

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

/* Each ASCII sign as a string of its own, which its token's forms point to. */
static char ascii_strings[128][2];

static bool is_space_cp(utf8proc_int32_t cp);
static void fill_class_table(void);

static void fill_category_table(void) {
  for (int32_t cp = 0; cp < CATEGORY_TABLE_SIZE; cp++) category_table[cp] = (uint8_t)utf8proc_category(cp);
  for (int32_t b = 0; b < 128; b++) ascii_strings[b][0] = (char)b;
  fill_class_table(); /* from the categories above */
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

/* What a character is to the tokenizer, in one lookup for the first 0x2070
 * code points (those of the fold tables: Latin, Vietnamese, the General
 * Punctuation of news), from the tests above. Most of the text is ASCII,
 * read a byte at a time as cp_class[byte] without decoding: there the word
 * characters are the letters, and CP_ALNUM is a letter or a digit. */
enum { CP_SPACE = 1, CP_DIGIT = 2, CP_UPPER = 4, CP_LOWER = 8, CP_WORD = 16 };
enum { CP_ALNUM = CP_DIGIT | CP_UPPER | CP_LOWER };
enum { CLASS_TABLE_SIZE = 0x2070 };
static uint8_t cp_class[CLASS_TABLE_SIZE];

static uint8_t class_computed(utf8proc_int32_t cp) {
  utf8proc_category_t cat = category_of(cp);
  return (uint8_t)((is_space_cp(cp) ? CP_SPACE : 0) | (is_digit_cp(cp) ? CP_DIGIT : 0) |
                   (cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT ? CP_UPPER : 0) |
                   (cat == UTF8PROC_CATEGORY_LL || cat == UTF8PROC_CATEGORY_LO ? CP_LOWER : 0) |
                   (is_word_category(cat) ? CP_WORD : 0));
}

static uint8_t class_of(utf8proc_int32_t cp) {
  return cp >= 0 && cp < CLASS_TABLE_SIZE ? cp_class[cp] : class_computed(cp);
}

static void fill_class_table(void) {
  for (int32_t cp = 0; cp < CLASS_TABLE_SIZE; cp++) cp_class[cp] = class_computed(cp);
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
 * to the new one, so "Uỷ viên" finds "Ủy viên". Returns the new length
 * (*changed set when the word was rewritten; changed may be NULL). */
static size_t normalize_tone_placement(char *word, size_t n, bool *changed) {
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
    if (changed) *changed = true;
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
 * 0 with case_len set: a combining mark, stripped by tone. same: the two
 * forms are one; itself: the case form is the code point itself. */
typedef struct folded_bytes {
  uint8_t case_len, tone_len;
  char by_case[3], by_tone[3];
  bool same, itself;
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
    /* Case: fold, then recompose (decompose_char decomposes; compose a pair
     * back): utf8proc_map's two steps, on the stack (its malloc'd copy of
     * each of the 8,304 code points was half of filling the tables). */
    utf8proc_uint8_t in[8];
    utf8proc_int32_t cps[8];
    const utf8proc_option_t opts = UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD;
    utf8proc_ssize_t n = utf8proc_decompose(in, utf8proc_encode_char(cp, in), cps, 8, opts);
    if (n > 0 && n <= 8 && utf8proc_normalize_utf32(cps, n, opts) == 1) fold_case_table[cp] = cps[0];
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
    f->same = case_len == tone_len && !memcmp(case_bytes, tone_bytes, case_len);
    f->itself = by_case == cp;
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

/* The next word of s (from *i): its start, *i past it; n when none is left. */
static size_t next_word_at(const char *s, size_t n, size_t *i, size_t *end) {
  while (*i < n && (at_is_space(s[*i]) || s[*i] == '\r')) (*i)++;
  size_t start = *i;
  while (*i < n && !at_is_space(s[*i]) && s[*i] != '\r') (*i)++;
  *end = *i;
  return start;
}

bool at_same_words_folded(at_arena *arena, const char *a, size_t an, const char *b, size_t bn) {
  const char *fa = at_fold(arena, a, an, AT_MATCH_CASE), *fb = at_fold(arena, b, bn, AT_MATCH_CASE);
  size_t na = strlen(fa), nb = strlen(fb), i = 0, j = 0;
  for (;;) {
    size_t ea, eb, sa = next_word_at(fa, na, &i, &ea), sb = next_word_at(fb, nb, &j, &eb);
    if (sa == na || sb == nb) return sa == na && sb == nb;
    if (ea - sa != eb - sb || memcmp(fa + sa, fb + sb, ea - sa)) return false;
  }
}

size_t at_fold_case_bytes(int32_t cp, const char **bytes) {
  if (cp < 0 || cp >= FOLD_TABLE_SIZE) return 0;
  call_once(&fold_tables_once, fill_fold_tables);
  *bytes = fold_bytes_table[cp].by_case;
  return fold_bytes_table[cp].case_len;
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
      if (mode == AT_MATCH_CASE) len = normalize_tone_placement(local, len, NULL);
      return at_arena_strndup(arena, local, len);
    }
  } else {
    char *long_word = at_arena_alloc(arena, 3 * n + 1);
    if (fold_by_table(s, n, mode, long_word, &len)) {
      if (mode == AT_MATCH_CASE) normalize_tone_placement(long_word, len, NULL);
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
  if (mode == AT_MATCH_CASE) normalize_tone_placement(out, o, NULL);
  return out;
}

/* The folded forms of the tokens one call reads lie one after another in
 * one piece of the arena, taken for many tokens at once; its unused end
 * goes back when it is closed. (A piece per token cost two calls, a fill of
 * the token and a copy of each form.) Nothing else may take from the arena
 * while a piece is open: room_close first. */
typedef struct fold_room {
  at_arena *arena;
  char *start; /* NULL: closed */
  char *at;    /* the next free byte */
  char *end;   /* past the last free byte */
} fold_room;

enum { FOLD_ROOM_BYTES = 2048 }; /* about ten sentences' forms; a longer word takes its own */

static void room_close(fold_room *r) {
  if (!r->start) return;
  /* every form ends with its NUL: the last one ends the piece */
  at_arena_string_end(r->arena, r->start, r->at > r->start ? (size_t)(r->at - r->start) - 1 : 0);
  r->start = NULL;
}

/* Room for `need` more bytes. */
static char *room_take(fold_room *r, size_t need) {
  if (!r->start || (size_t)(r->end - r->at) < need) {
    room_close(r);
    size_t size = need > FOLD_ROOM_BYTES ? need : FOLD_ROOM_BYTES;
    r->start = r->at = at_arena_string_begin(r->arena, size);
    r->end = r->start + size;
  }
  return r->at;
}

/* s[0, n) as a form of its own, NUL-terminated. */
static const char *room_copy(fold_room *r, const char *s, size_t n) {
  char *out = room_take(r, n + 1);
  for (size_t i = 0; i < n; i++) out[i] = s[i];
  out[n] = '\0';
  r->at = out + n + 1;
  return out;
}

/* A word's two folded forms (by case; by case and tone marks) in one pass
 * over it, as at_fold gives them, with their lengths: the case form, then
 * the tone form unless it is the same ("nam"). Sets AT_TOKF_FOLDS_TO_ITSELF
 * when the case form is the word as written. The folding tables are filled
 * (tokenize_range sees to it). */
/* Not inlined: one word in ten or so, and inlined its registers changed
 * how the compiler laid out the known words' loop around it. */
__attribute__((noinline)) static void fold_word(fold_room *r, const char *s, size_t n, at_token *t) {
  /* Neither form is longer than the word: a code point whose folded bytes
   * are more than its own takes utf8proc's path (none is Vietnamese). So the
   * tone form is written where it stays, right after the case form's room,
   * and a table code point's (of 2 or 3 bytes; ASCII came above) 3 folded
   * bytes are copied whole, a fixed copy instead of a loop by length: they
   * end by the word's end, inside each form's room. */
  char *by_case = room_take(r, 2 * (n + 1)), *by_tone = by_case + n + 1;
  size_t c = 0, o = 0;
  bool same = true, itself = true; /* the tone form is the case form; the case form is the word */
  for (size_t i = 0; i < n;) {
    unsigned char b = (unsigned char)s[i];
    if (b < 0x80 && fold_ascii_table[b]) { /* most letters of a Vietnamese word */
      char f = fold_ascii_table[b];
      itself &= f == (char)b;
      by_case[c++] = by_tone[o++] = f;
      i++;
      continue;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = at_utf8_next(s + i, n - i, &cp);
    const folded_bytes *f = k > 0 && cp < FOLD_TABLE_SIZE ? &fold_bytes_table[cp] : NULL;
    if (!f || !f->case_len || k < 2 || f->case_len > k || f->tone_len > k) { /* utf8proc's path */
      room_close(r);
      t->fold_case = at_fold(r->arena, s, n, AT_MATCH_CASE);
      t->fold_tone = at_fold(r->arena, s, n, AT_MATCH_TONE);
      t->case_len = (uint32_t)strlen(t->fold_case);
      t->tone_len = (uint32_t)strlen(t->fold_tone);
      if (t->case_len == n && !memcmp(t->fold_case, s, n)) t->flags |= AT_TOKF_FOLDS_TO_ITSELF;
      return;
    }
    memcpy(by_case + c, f->by_case, 3);
    memcpy(by_tone + o, f->by_tone, 3);
    c += f->case_len;
    o += f->tone_len;
    same &= f->same;
    itself &= f->itself;
    i += (size_t)k;
  }
  by_case[c] = '\0';
  bool placed = false; /* normalize_tone_placement rewrote it */
  c = normalize_tone_placement(by_case, c, &placed);
  if (itself && !placed) t->flags |= AT_TOKF_FOLDS_TO_ITSELF;
  t->fold_case = by_case;
  t->case_len = (uint32_t)c;
  t->tone_len = (uint32_t)o;
  /* Code point by code point the same forms are the same bytes (no mark
   * was stripped, none needed a new place). */
  if (same) {
    t->fold_tone = by_case;
    r->at = by_case + c + 1;
  } else { /* where it was written: after the case form's NUL, or a few bytes
            * on when folding made the case form shorter than the word */
    by_tone[o] = '\0';
    t->fold_tone = by_tone;
    r->at = by_tone + o + 1;
  }
}

/* A word of ASCII letters and digits (and ASCII apostrophes) folded by case,
 * as at_fold folds it: its own copy in lower case. */
static const char *fold_ascii_word(fold_room *r, const char *s, size_t n) {
  char *out = room_take(r, n + 1);
  for (size_t i = 0; i < n; i++) out[i] = s[i] >= 'A' && s[i] <= 'Z' ? (char)(s[i] - 'A' + 'a') : s[i];
  out[n] = '\0';
  r->at = out + n + 1;
  return out;
}

/* The ASCII letters of text[start, end) (a token's). */
static int letters_in(const char *text, size_t start, size_t end) {
  int n = 0;
  for (size_t i = start; i < end; i++) {
    unsigned char b = (unsigned char)text[i];
    n += b < 0x80 && (cp_class[b] & (CP_UPPER | CP_LOWER));
  }
  return n;
}

/* Token t is known word w: its forms, flags (but the space before it) and
 * syllables are those worked out at load. Returns 1 when its letters are
 * ASCII (AT_TOKF_LATIN), else 0: what its caller counts. */
static uint32_t take_known_word(at_token *t, uint8_t flags, const at_known_word *w, at_vec *syllables) {
  t->flags = (uint8_t)((flags & AT_TOKF_SPACE) | w->flags);
  t->fold_case = w->fold_case;
  t->fold_tone = w->fold_tone;
  t->case_len = w->case_len;
  t->tone_len = w->tone_len;
  t->role_set = w->role_set;
  if (syllables->len == syllables->cap) at_vec_grow(syllables);
  ((at_token_syllables *)syllables->items)[syllables->len++] = w->syllables;
  return w->flags >> 3 & 1;
}
_Static_assert(AT_TOKF_LATIN == 1 << 3, "take_known_word returns its bit");

/* The bytes of 8 bytes of text (as a little-endian word) that are ASCII and
 * no letter or digit (a space, a sign), as the high bit of each: where a
 * word surely ends, found without a branch per byte. A byte of a
 * multi-byte character is none (its character is classed on its own). */
static inline uint64_t ascii_sign_bytes(uint64_t x) {
  const uint64_t ones = 0x0101010101010101u, high = 0x8080808080808080u;
  uint64_t low = x & ~high;            /* each byte's lower seven bits: the sums below carry into no other byte */
  uint64_t folded = low | 0x20 * ones; /* a capital as its small letter */
  uint64_t digit = (low + (0x80 - '0') * ones) & ~(low + (0x7F - '9') * ones);
  uint64_t letter = (folded + (0x80 - 'a') * ones) & ~(folded + (0x7F - 'z') * ones);
  return ~(digit | letter | x) & high;
}

/* The bytes of x (all ASCII) from lo to hi, as the high bit of each. */
static inline uint64_t ascii_range_bytes(uint64_t x, unsigned char lo, unsigned char hi) {
  const uint64_t ones = 0x0101010101010101u, high = 0x8080808080808080u;
  return (x + (0x80 - lo) * ones) & ~(x + (0x7F - hi) * ones) & high;
}

/* How many bytes of x have their high bit set, x holding no other bit
 * (ascii_range_bytes's answer): their ones summed into the top byte by one
 * multiplication. The build targets no CPU with a popcount instruction,
 * and __builtin_popcountll was a call to libgcc's. */
static inline unsigned high_bytes(uint64_t x) { return (unsigned)((x >> 7) * 0x0101010101010101u >> 56); }

/* What word_end saw of a word's characters, for tokenize_range's classing:
 * the classes (CP_*) of its ASCII characters and of its characters of more
 * bytes, and how many of the latter are letters of a case. */
typedef struct word_classes {
  uint8_t ascii, multi;
  uint32_t multi_letters;
} word_classes;

/* The end of the word that starts at text[i]: where its letters, marks and
 * digits end, and its characters' classes (*seen) as they are read. *at_apostrophe is set when it ends at an apostrophe (' or
 * ’), where the word may go on ("O'Brien") and only the full reading in
 * tokenize_range tells; else the word ends where that reading ends it.
 * The text is read 8 bytes at a time up to its next ASCII sign or space;
 * only the multi-byte characters before it are decoded and classed (a
 * Vietnamese word has one or two). */
static size_t word_end(const char *text, size_t i, size_t end, bool *at_apostrophe, word_classes *seen) {
  const uint64_t high = 0x8080808080808080u;
  *at_apostrophe = false;
  *seen = (word_classes){0, 0, 0};
  for (;;) {
    size_t stop;        /* the next ASCII sign or space, or where the bytes read end */
    bool sign;          /* stop is an ASCII sign or space */
    uint64_t multi = 0; /* the high bit of each byte before stop that is of a multi-byte character */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (end - i >= 8) {
      uint64_t x;
      memcpy(&x, text + i, 8);
      uint64_t signs = ascii_sign_bytes(x);
      if (signs) {
        unsigned k = (unsigned)__builtin_ctzll(signs) / 8;
        stop = i + k;
        x &= (UINT64_C(1) << (8 * k)) - 1; /* the bytes before stop */
        multi = x & high;
        sign = true;
      } else {
        stop = i + 8;
        multi = x & high;
        sign = false;
      }
      uint64_t ascii = x & ~((multi >> 7) * 0xFF); /* the bytes of more-byte characters as zero */
      seen->ascii |= (uint8_t)((ascii_range_bytes(ascii, 'A', 'Z') ? CP_UPPER : 0) |
                               (ascii_range_bytes(ascii, 'a', 'z') ? CP_LOWER : 0));
    } else
#endif
    {
      size_t limit = end - i < 8 ? end : i + 8; /* the last bytes (or a big-endian machine's 8) */
      for (stop = i; stop < limit; stop++) {
        unsigned char b = (unsigned char)text[stop];
        if (b < 0x80 && !(cp_class[b] & CP_ALNUM)) break;
        if (b >= 0x80)
          multi |= UINT64_C(0x80) << (8 * (stop - i));
        else
          seen->ascii |= cp_class[b] & CP_ALNUM;
      }
      sign = stop < limit;
    }
    /* The multi-byte characters before stop, found by their bytes' bits
     * (the bytes between them are ASCII letters and digits); the last may
     * end past stop when the 8 bytes cut it. */
    size_t base = i;
    i = stop;
    while (multi) {
      size_t at = base + (size_t)__builtin_ctzll(multi) / 8;
      utf8proc_int32_t cp;
      utf8proc_ssize_t n = next_cp(text, at, end, &cp);
      if (n <= 0) return at;
      uint8_t k = class_of(cp);
      if (!(k & (CP_WORD | CP_DIGIT))) {
        *at_apostrophe = cp == 0x2019;
        return at;
      }
      seen->multi |= k;
      seen->multi_letters += (k & (CP_UPPER | CP_LOWER)) != 0;
      size_t read = at + (size_t)n - base; /* bytes from base on read */
      multi = read >= 8 ? 0 : multi & ~((UINT64_C(1) << (8 * read)) - 1);
      if (at + (size_t)n > i) i = at + (size_t)n;
    }
    if (sign) {
      *at_apostrophe = text[stop] == '\'';
      return stop;
    }
    if (i >= end) return i;
  }
}

static bool tokenize_range(const attache_lexicon *lex, at_arena *arena, const char *text, at_tok_cursor *from,
                           size_t end, at_vec *out, size_t max_tokens, at_vec *syllables);

/* What known_word_at found. */
typedef enum { KNOWN_UNSURE, KNOWN_FOUND, KNOWN_NONE, KNOWN_OTHER } known_reading;

/* The bytes at text[i] up to the next ASCII sign or space, 16 read at
 * once (NUL past `end`, a sign): their number *k (under 16), the bytes as a
 * key's two words (zero above them), and whether the sign is an apostrophe
 * or a space; false when no sign comes within the 16. SSE2 classes the 16
 * bytes in one go (2M instructions fewer on 3 MB of the benchmark corpus);
 * elsewhere ascii_sign_bytes does, 8 at a time. Little-endian only. */
static inline bool key_before_sign(const char *text, size_t i, size_t end, size_t *k, uint64_t w[2], bool *apostrophe,
                                   bool *space) {
#if defined(__SSE2__) && defined(__x86_64__)
  __m128i v;
  if (end - i >= 16) {
    v = _mm_loadu_si128((const __m128i *)(const void *)(text + i));
  } else {
    char last[16] = {0};
    memcpy(last, text + i, end - i);
    v = _mm_loadu_si128((const __m128i *)(const void *)last);
  }
  /* A byte from lo to hi in one compare: moved by 0x80 - lo, they are the
   * signed bytes up to hi - lo - 128 and the others above them. */
  __m128i digit = _mm_cmpgt_epi8(_mm_set1_epi8('9' - '0' - 127), _mm_add_epi8(v, _mm_set1_epi8((char)(0x80 - '0'))));
  __m128i small = _mm_or_si128(v, _mm_set1_epi8(0x20)); /* a capital as its small letter */
  __m128i letter = _mm_cmpgt_epi8(_mm_set1_epi8('z' - 'a' - 127), _mm_add_epi8(small, _mm_set1_epi8((char)(0x80 - 'a'))));
  /* a sign has its high bit clear (a byte of more has it set), and so do the tests above */
  unsigned signs = ~(unsigned)_mm_movemask_epi8(_mm_or_si128(v, _mm_or_si128(digit, letter))) & 0xFFFF;
  if (!signs) return false;
  *k = (size_t)__builtin_ctz(signs);
  unsigned at_sign = signs & -signs; /* byte k's bit */
  *apostrophe = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('\''))) & at_sign;
  *space = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(' '))) & at_sign;
  /* the k bytes: v masked by 16 0xFF bytes then zeros, from byte 16 - k of the window */
  static const unsigned char window[32] = {0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
                                           0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};
  v = _mm_and_si128(v, _mm_loadu_si128((const __m128i *)(const void *)(window + 16 - *k)));
  w[0] = (uint64_t)_mm_cvtsi128_si64(v);
  w[1] = (uint64_t)_mm_cvtsi128_si64(_mm_unpackhi_epi64(v, v));
  return true;
#else
  uint64_t x[2];
  if (end - i >= 16) {
    memcpy(&x[0], text + i, 8);
    memcpy(&x[1], text + i + 8, 8);
  } else {
    x[0] = x[1] = 0;
    memcpy(x, text + i, end - i);
  }
  uint64_t signs = ascii_sign_bytes(x[0]);
  unsigned sign;
  if (signs) {
    *k = (size_t)__builtin_ctzll(signs) / 8;
    w[0] = x[0] & ((UINT64_C(1) << (8 * *k)) - 1);
    w[1] = 0;
    sign = (unsigned)(x[0] >> (8 * *k)) & 0xFF;
  } else if ((signs = ascii_sign_bytes(x[1]))) {
    *k = 8 + (size_t)__builtin_ctzll(signs) / 8;
    w[0] = x[0];
    w[1] = x[1] & ((UINT64_C(1) << (8 * (*k - 8))) - 1);
    sign = (unsigned)(x[1] >> (8 * (*k - 8))) & 0xFF;
  } else {
    return false;
  }
  *apostrophe = sign == '\'';
  *space = sign == ' ';
  return true;
#endif
}

/* A word's key as key_before_sign read it at text[start]: `k` bytes up to
 * an ASCII sign or space (16: none within 16 bytes), `w` the key's two
 * words and `hash` its at_syllable_hash. Which sign ends it is not kept:
 * known_word_at reads that byte again. */
typedef struct word_key {
  uint32_t start, hash;
  size_t k;
  uint64_t w[2];
} word_key;
_Static_assert(sizeof(word_key) == 32, "two keys a cache line");

static inline void read_word_key(const char *text, size_t i, size_t end, word_key *key) {
  size_t k = 16;
  uint64_t w[2] = {0, 0};
  bool apostrophe, space; /* not kept: not computed, once inlined */
  if (!key_before_sign(text, i, end, &k, w, &apostrophe, &space)) k = 16;
  key->start = (uint32_t)i;
  key->k = k;
  key->w[0] = w[0];
  key->w[1] = w[1] | (uint64_t)k << 56;
  key->hash = at_syllable_hash(key->w[0], key->w[1]);
}

/* The keys tokenize_range's pass ahead read (at most WORD_KEYS_ROOM, in
 * text order), for read_known_words to take instead of reading and hashing
 * each word a second time; `next`: the first it has not passed yet. */
enum { WORD_KEYS_ROOM = 512 };
typedef struct word_keys {
  const word_key *keys;
  size_t n, next;
} word_keys;

/* The known word that starts at text[i] (`key`, its key as read_word_key
 * read it), found with one pass over its bytes: the bytes up to the next
 * ASCII sign or space (key_before_sign: where a known word of at most 15
 * bytes ends) are its key as they stand, looked up with no decoding, no
 * classing and no copy. A known word is made of
 * letters, marks and digits only (lexicon.c's add_known_word), so bytes
 * that are one are the word the full reading would find, ending at that
 * sign, unless it is an apostrophe ("O'Brien" may go on). KNOWN_FOUND: the
 * word, ending at *stop, *space_after set when a space follows it;
 * KNOWN_NONE: no known word, and the word ends at *stop (its bytes all
 * ASCII letters and digits), `found_key` its key as at_known_by_key takes
 * it (its bytes, zero above, its length in the last byte); KNOWN_OTHER:
 * no known word, the bytes up to *stop hold a byte of more (a character of
 * more bytes, which may be no letter and end the word sooner: a dash, a
 * quote; take_other_word or the full reading tells); KNOWN_UNSURE: the
 * full reading tells (a word longer than 15 bytes, an apostrophe after
 * it). tokenize_range reads KNOWN_OTHER as KNOWN_UNSURE with *stop set (the
 * bytes up to it were looked up and are none). text[i] is a word's first byte (an
 * ASCII letter or digit, or a byte of more), never a sign: the key is never
 * empty (the empty key would find an empty slot). */
static known_reading known_word_at(const at_known_table *known, const word_key *key, const char *text, size_t i,
                                   size_t end, const at_known_word **word, size_t *stop, uint64_t found_key[2],
                                   bool *space_after) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  size_t k = key->k;
  if (k >= 16) return KNOWN_UNSURE;
  unsigned char sign = i + k < end ? (unsigned char)text[i + k] : 0; /* past the end: a sign (key_before_sign) */
  if (sign == '\'') return KNOWN_UNSURE;
  *space_after = sign == ' ';
  *stop = i + k;
  *word = at_known_by_hash(known, key->hash, key->w[0], key->w[1]);
  if (*word) return KNOWN_FOUND;
  if ((key->w[0] | key->w[1]) & 0x8080808080808080u) return KNOWN_OTHER; /* a byte of more (k, under 16, has not its bit) */
  found_key[0] = key->w[0];
  found_key[1] = key->w[1];
  return KNOWN_NONE;
#else
  (void)known, (void)key, (void)text, (void)i, (void)end, (void)word, (void)stop, (void)found_key, (void)space_after;
  return KNOWN_UNSURE;
#endif
}

/* An ASCII sign at text[i] as its token: as written, its forms the sign's
 * own string (its syllables found at load: at_lexicon_signs). */
static inline at_token ascii_sign_token(size_t i, unsigned char byte, uint8_t space_flag) {
  return (at_token){(uint32_t)i, (uint32_t)i + 1, AT_TOK_PUNCT, (uint8_t)(space_flag | AT_TOKF_FOLDS_TO_ITSELF),
                    0, AT_NO_MATCH, 1, 1, ascii_strings[byte], ascii_strings[byte]};
}

/* Where read_known_words stopped: at text[at], after `count` tokens (one
 * syllables each), `signs` of them ASCII signs, `numbers` numbers and the
 * rest words;
 * `space` is whether a space came before text[at]. When it stopped at a
 * word start (stopped_at_word), the word there was asked of the known
 * words: `reading`, `stop` and `key` are known_word_at's answer about it. */
typedef struct known_run {
  size_t at, count, signs, numbers;
  bool space, stopped_at_word;
  uint32_t latin_words;
  known_reading reading;
  size_t stop;
  uint64_t key[2];
} known_run;

static size_t glued_small_word_end(const attache_lexicon *lex, const char *text, size_t start, size_t end);
static size_t glued_number_end(const attache_lexicon *lex, const char *text, size_t start, size_t end, bool *digits);

/* The shape of a capitalised ASCII word of letters, text[start, end) with
 * `capitals` capitals, that two glued words may have been read as: six
 * letters or more, and two capitals ("ChiVinh": glued_capital_word_end
 * looks further), or one and an end in "in", "on" or "at" ("Wolfin":
 * glued_preposition_start does). Both readers start with it, and
 * take_ascii_word leaves the words of this shape to tokenize_range, so the
 * three cannot tell the shape apart. */
static inline bool capital_glue_shape(const char *text, size_t start, size_t end, unsigned capitals) {
  if (end - start < 6) return false;
  if (capitals == 2) return true;
  const char *last = text + end - 2;
  return capitals == 1 && (!memcmp(last, "in", 2) || !memcmp(last, "on", 2) || !memcmp(last, "at", 2));
}

/* The role set of a word the known words do not have (at_lexicon_role_set_of):
 * the token words' filter (at_known_table.role_hints), asked here, tells
 * most such words none without the call (~2.2M instructions on 3 MB of the
 * benchmark corpus). */
static inline uint16_t unknown_word_role_set(const attache_lexicon *lex, const uint64_t *role_hints, const char *s,
                                             size_t n) {
  return at_role_hinted(role_hints, s, n) ? at_lexicon_role_set_of(lex, s, n) : 0;
}

/* An ASCII word the known words do not have (known_word_at's KNOWN_NONE:
 * text[start, stop), `word` its key and hash as read ahead), of letters and
 * digits, as tokenize_range makes it: its token t (its forms the key's
 * bytes, a capital as its small letter) and its syllables y, looked up by
 * key. Such words are four unknown words in ten, a number one in six more, a
 * capitalised one (a name: "Hanoi", "ASEAN") one in four: read here, they
 * do not stop read_known_words (a stop and the call after it cost about
 * 200 instructions a word, and tokenize_range's reading of a capitalised
 * one 300 more). Returns false, writing nothing, for a word a glued word
 * may be cut from: tokenize_range reads those (glued_small_word_end's
 * "ameeting"; glued_word_end's "visitingSri", a small letter first;
 * glued_capital_word_end's "ChiVinh", two capitals in six letters or more;
 * glued_preposition_start's "Wolfin", one capital and six or more ending in
 * "in", "on" or "at"; glued_number_end's "with80", "32countries"). */
__attribute__((noinline)) static bool take_ascii_word(const attache_lexicon *lex, fold_room *room, const char *text,
                                                      size_t start, size_t stop, const word_key *word,
                                                      uint8_t space_flag, at_token *t, at_token_syllables *y,
                                                      const uint64_t *role_hints) {
  const uint64_t *key = word->w;
  uint64_t upper[2] = {ascii_range_bytes(key[0], 'A', 'Z'), ascii_range_bytes(key[1], 'A', 'Z')};
  bool small = ascii_range_bytes(key[0], 'a', 'z') | ascii_range_bytes(key[1], 'a', 'z');
  bool digits = !(small || upper[0] || upper[1]);
  size_t len = stop - start;
  uint8_t flags = (uint8_t)(space_flag | (digits ? 0 : AT_TOKF_LATIN));
  if (upper[0] | upper[1]) {
    unsigned char first = (unsigned char)text[start];
    if (first >= 'a' && first <= 'z') return false;
    unsigned capitals = high_bytes(upper[0]) + high_bytes(upper[1]);
    if (first <= 'Z' && first >= 'A') {
      if (capital_glue_shape(text, start, stop, capitals)) return false;
      flags |= AT_TOKF_CAP;
    }
    if (!small && capitals >= 2) flags |= AT_TOKF_UPPER; /* its letters all capitals */
  } else {
    if (!digits && glued_small_word_end(lex, text, start, stop)) return false;
    bool number_in_it = ascii_range_bytes(key[0], '0', '9') | ascii_range_bytes(key[1], '0', '9');
    bool cut_digits = false;
    if (!digits && number_in_it && len >= 3 && glued_number_end(lex, text, start, stop, &cut_digits)) return false;
    flags |= AT_TOKF_FOLDS_TO_ITSELF;
  }
  t->start = (uint32_t)start;
  t->end = (uint32_t)stop;
  t->kind = digits ? AT_TOK_NUM : AT_TOK_WORD;
  t->flags = flags;
  t->match = AT_NO_MATCH;
  t->case_len = t->tone_len = (uint32_t)len;
  if (digits && len == 1) { /* a digit: its own string, looked up as tokenize_range does */
    t->fold_case = t->fold_tone = ascii_strings[(unsigned char)text[start]];
    t->role_set = 0;
    at_lexicon_token_syllables(lex, text, t, y);
    return true;
  }
  /* a capital + 0x20: its small letter; the key's bytes past len are zero: the form's NUL */
  uint64_t folded[2] = {key[0] | upper[0] >> 2, key[1] | upper[1] >> 2};
  char *form = room_take(room, 16);
  uint64_t rest = folded[1] & ~(UINT64_C(0xFF) << 56);
  memcpy(form, &folded[0], 8);
  memcpy(form + 8, &rest, 8);
  room->at = form + len + 1;
  t->fold_case = t->fold_tone = form;
  t->role_set = digits ? 0 : unknown_word_role_set(lex, role_hints, form, len);
  at_lexicon_ascii_syllables(lex, key, word->hash, folded, y);
  return true;
}

/* A word the known words do not have with a character of more bytes in it
 * (known_word_at's KNOWN_OTHER: text[start, stop), `key` its key as read
 * ahead; a Vietnamese syllable or name the lexicon lacks, one word in
 * twenty), as tokenize_range makes it from what word_end sees: CAP from the
 * first character, UPPER when no letter is small and two or more have a
 * case, never LATIN; its forms by fold_word and its syllables looked up
 * (its form as written by the key and hash read ahead). Read here, it does
 * not stop read_known_words (about 200 instructions a stop and the call
 * after it).
 * Returns false, writing nothing, when a character of more bytes is no
 * letter, mark or digit (a dash, a quote, a ’: the word ends before it, or
 * is none) or a glued word may be cut from it (glued_word_end's
 * "visitingNguyễn", a small ASCII letter first and an ASCII capital in it;
 * the other glue readers take ASCII letters only): tokenize_range reads
 * those. */
__attribute__((noinline)) static bool take_other_word(const attache_lexicon *lex, fold_room *room, const char *text,
                                                      size_t start, size_t stop, const word_key *key,
                                                      uint8_t space_flag, at_token *t, at_token_syllables *y,
                                                      const uint64_t *role_hints) {
  uint8_t ascii = 0, multi = 0; /* the classes of the ASCII characters and of the others */
  uint8_t first = 0;            /* the first character's */
  int letters = 0;              /* of the others, those of a case */
  for (size_t i = start; i < stop;) {
    unsigned char b = (unsigned char)text[i];
    uint8_t k;
    size_t n = 1;
    if (b < 0x80) {
      k = cp_class[b];
      ascii |= k;
    } else {
      utf8proc_int32_t cp;
      utf8proc_ssize_t m = next_cp(text, i, stop, &cp);
      if (m <= 0) return false;
      k = class_of(cp);
      if (!(k & (CP_WORD | CP_DIGIT))) return false;
      multi |= k;
      letters += (k & (CP_UPPER | CP_LOWER)) != 0;
      n = (size_t)m;
    }
    if (i == start) first = k;
    i += n;
  }
  if ((ascii & CP_UPPER) && text[start] >= 'a' && text[start] <= 'z') return false;
  uint8_t flags = space_flag;
  if (first & CP_UPPER) flags |= AT_TOKF_CAP;
  if (!((ascii | multi) & CP_LOWER) && letters_in(text, start, stop) + letters >= 2) flags |= AT_TOKF_UPPER;
  t->start = (uint32_t)start;
  t->end = (uint32_t)stop;
  t->kind = AT_TOK_WORD;
  t->match = AT_NO_MATCH;
  t->flags = flags;
  fold_word(room, text + start, stop - start, t); /* sets AT_TOKF_FOLDS_TO_ITSELF */
  t->role_set = unknown_word_role_set(lex, role_hints, t->fold_case, t->case_len);
  at_lexicon_keyed_syllables(lex, key->w, key->hash, t, y);
  return true;
}

/* The known words from text[i] on (a word's first byte), each with the
 * space after it and an ASCII sign right after it when a word follows the
 * sign ("word, word", "word. Word"): at most `room` tokens, each with its
 * syllables as worked out at load (a known word's as take_known_word writes
 * them, a sign's from `signs`), to toks and syls. Four words in five are
 * known, and most come one after another with a space or a sign between:
 * a loop of its own, its values in registers, not among the rest of the
 * tokenizer's (inside tokenize_range, the compiler kept the text, its end
 * and the vectors on the stack: 150 instructions a known word against 110
 * here). The signs cost the words nothing: they are read where a word
 * would have stopped the loop (a call of it costs about 100 instructions). */
__attribute__((noinline)) static void read_known_words(const attache_lexicon *lex, const at_known_table *known,
                                                       const at_token_syllables *signs, fold_room *forms,
                                                       const char *text, size_t i, size_t end, bool space,
                                                       at_token *toks, at_token_syllables *syls, size_t room,
                                                       word_keys *ahead, known_run *run) {
  const at_known_table table = *known; /* here, the token writes cannot change it: read once */
  at_token *t = toks, *toks_end = toks + room;
  uint8_t space_flag = space ? AT_TOKF_SPACE : 0;
  uint32_t latin = 0;
  size_t signs_read = 0, numbers = 0;
  const at_known_word *w;
  size_t stop = 0;
  uint64_t key[2] = {0, 0};
  known_reading reading;
  const word_key *keys = ahead->keys;
  size_t keys_n = ahead->n, next = ahead->next;
  word_key own; /* a word past the keys read ahead */
  /* Past the words tokenize_range read itself (and a long word's 16-byte
   * steps): from here on, the pass ahead stopped where this loop does, so a
   * word's key is the next one kept, unless the keys ran out. */
  while (next < keys_n && keys[next].start < i) next++;
  for (;;) {
    stop = 0;
    bool space_after = false;
    const word_key *at = &own;
    if (next < keys_n && keys[next].start == i)
      at = &keys[next++];
    else
      read_word_key(text, i, end, &own);
    reading = known_word_at(&table, at, text, i, end, &w, &stop, key, &space_after);
    if (reading == KNOWN_FOUND) {
      t->start = (uint32_t)i;
      t->end = (uint32_t)stop;
      t->kind = AT_TOK_WORD;
      t->flags = (uint8_t)(space_flag | w->flags);
      t->role_set = w->role_set;
      t->match = AT_NO_MATCH;
      t->case_len = w->case_len;
      t->tone_len = w->tone_len;
      t->fold_case = w->fold_case;
      t->fold_tone = w->fold_tone;
      *syls = w->syllables;
      latin += w->flags >> 3 & 1;
    } else if (reading == KNOWN_NONE && take_ascii_word(lex, forms, text, i, stop, at, space_flag, t, syls, table.role_hints)) {
      numbers += t->kind == AT_TOK_NUM;
      latin += t->kind == AT_TOK_WORD;
    } else if (reading == KNOWN_OTHER && take_other_word(lex, forms, text, i, stop, at, space_flag, t, syls, table.role_hints)) {
      /* a word, not LATIN */
    } else {
      break;
    }
    syls++;
    t++;
    i = stop + space_after; /* the space after most words */
    space_flag = space_after ? AT_TOKF_SPACE : 0;
    if (i >= end || t == toks_end) {
      run->stopped_at_word = false;
      goto out;
    }
    unsigned char b = (unsigned char)text[i];
    if (b < 0x80 && !(cp_class[b] & CP_ALNUM)) {
      /* A sign right after the word ("word, word", "word. Word"), with the
       * space after it, when a word follows; anything else: tokenize_range
       * reads it. */
      if ((cp_class[b] & CP_SPACE) || t == toks_end) {
        run->stopped_at_word = false;
        goto out;
      }
      *t++ = ascii_sign_token(i, b, space_flag);
      *syls++ = signs[b];
      signs_read++;
      space_flag = 0;
      i++;
      if (i < end && text[i] == ' ') {
        space_flag = AT_TOKF_SPACE;
        i++;
      }
      if (i >= end || t == toks_end || ((b = (unsigned char)text[i]) < 0x80 && !(cp_class[b] & CP_ALNUM))) {
        run->stopped_at_word = false;
        goto out;
      }
    }
  }
  run->stopped_at_word = true;
  run->reading = reading;
  run->stop = stop;
  run->key[0] = key[0];
  run->key[1] = key[1];
out:
  ahead->next = next;
  run->at = i;
  run->count = (size_t)(t - toks);
  run->signs = signs_read;
  run->numbers = numbers;
  run->space = space_flag != 0;
  run->latin_words = latin;
}
_Static_assert(AT_TOKF_LATIN == 1 << 3, "read_known_words counts its bit");

/* Is text[start, end) a word of role glued (data/token_words.tsv)? */
static bool glue_word(const attache_lexicon *lex, const char *text, size_t start, size_t end) {
  const uint32_t *lengths = at_lexicon_glued_lengths(lex);
  if (!lengths || end - start >= 32 || !(lengths[(unsigned char)text[start]] >> (end - start) & 1)) return false;
  const at_role_words *r = &at_lexicon_role_words(lex)[AT_ROLE_GLUED];
  if (!(r->filter & at_role_filter_bit(text + start, end - start))) return false;
  for (uint32_t k = 0; k < r->count; k++)
    if (r->keys[k].len == end - start && r->keys[k].ptr[0] == text[start] &&
        !memcmp(r->keys[k].ptr, text + start, end - start))
      return true;
  return false;
}

/* Old wire text glues a word to the capitalised word after it where a line
 * break or a tag was lost ("visitingSri Lankan", "theVietnamese"): the end
 * of a word of role glued (data/token_words.tsv), in small ASCII letters,
 * that opens text[start, end) right before a capital and a small letter,
 * or 0. Any other word ("iPhone", "McDonald") stays whole. */
static size_t glued_word_end(const attache_lexicon *lex, const char *text, size_t start, size_t end) {
  size_t j = start;
  while (j < end && text[j] >= 'a' && text[j] <= 'z') j++;
  if (j == start || j + 1 >= end || !(text[j] >= 'A' && text[j] <= 'Z') || !(text[j + 1] >= 'a' && text[j + 1] <= 'z'))
    return 0;
  return glue_word(lex, text, start, j) ? j : 0;
}

/* The same loss between two words in small letters ("ameeting",
 * "hadtalks", "andtraining"): a word the lexicon does not know, in small
 * ASCII letters, that is a word of role glued followed by a word the
 * lexicon knows, five letters or more (six after a word of one or two
 * letters, so that "across", "another", "inside" stay whole): the end of
 * the glued word, or 0. */
static size_t glued_small_word_end(const attache_lexicon *lex, const char *text, size_t start, size_t end) {
  if (end - start < 7) return 0;
  /* Only the lengths of the glued words that start with this word's first
   * byte are tried (most unknown words have none that leaves five letters),
   * shortest first. */
  const uint32_t *lengths = at_lexicon_glued_lengths(lex);
  uint32_t tried = lengths ? lengths[(unsigned char)text[start]] & ~UINT32_C(1) : 0;
  if (end - start - 5 < 31) tried &= (UINT32_C(2) << (end - start - 5)) - 1; /* lengths up to end - start - 5 */
  if (!tried) return 0;
  for (size_t j = start; j < end; j++)
    if (text[j] < 'a' || text[j] > 'z') return 0;
  for (; tried; tried &= tried - 1) {
    size_t j = start + (size_t)__builtin_ctz(tried), rest = end - j;
    if ((j - start <= 2 && rest < 6) || !glue_word(lex, text, start, j)) continue;
    if (at_lexicon_known_word(lex, text + j, rest)) return j;
  }
  return 0;
}

/* The same loss between a number and a word ("ties with80 nations",
 * "offices in 32countries"): in small ASCII letters, a word of role glued
 * before the digits, or a word the lexicon knows, five letters or more,
 * after them. The end of the first part, *digits telling whether it is the
 * number, or 0. "11th", "G20", "covid19", "post815860" stay whole. */
static size_t glued_number_end(const attache_lexicon *lex, const char *text, size_t start, size_t end, bool *digits) {
  char first = text[start], last = text[end - 1];
  bool digit_first = first >= '0' && first <= '9';
  if (digit_first ? !(last >= 'a' && last <= 'z') : !(first >= 'a' && first <= 'z' && last >= '0' && last <= '9'))
    return 0;
  size_t j = start;
  if (digit_first) {
    while (j < end && text[j] >= '0' && text[j] <= '9') j++;
    for (size_t k = j; k < end; k++)
      if (text[k] < 'a' || text[k] > 'z') return 0;
    if (end - j < 5 || !at_lexicon_known_word(lex, text + j, end - j)) return 0;
    *digits = true;
    return j;
  }
  while (j < end && text[j] >= 'a' && text[j] <= 'z') j++;
  for (size_t k = j; k < end; k++)
    if (text[k] < '0' || text[k] > '9') return 0;
  return glue_word(lex, text, start, j) ? j : 0;
}

/* Two capitalised words glued where a line break was lost ("ChiVinh",
 * "CentralMilitary", "SriLanka"): a word of ASCII letters, a capital and
 * two small letters or more, then again, one of the two a word the lexicon
 * knows: the end of the first, or 0. "McCain", "LinkedIn" (a part under
 * three letters), "MacDonald" (a name_prefix of token_words.tsv) and
 * names of two parts the lexicon knows neither of ("YouTube") stay whole. */
static size_t glued_capital_word_end(const attache_lexicon *lex, const char *text, size_t start, size_t end) {
  if (!capital_glue_shape(text, start, end, 2)) return 0; /* two parts of three letters or more: six */
  size_t j = start + 1, second = 0;
  for (; j < end; j++) {
    if (text[j] >= 'A' && text[j] <= 'Z') {
      if (second) return 0;
      second = j;
    } else if (text[j] < 'a' || text[j] > 'z') {
      return 0;
    }
  }
  if (!second || second - start < 3 || end - second < 3 || text[second + 1] < 'a' || text[second + 1] > 'z')
    return 0;
  const at_role_words *roles = at_lexicon_role_words(lex);
  const at_role_words *r = roles ? &roles[AT_ROLE_NAME_PREFIX] : NULL;
  for (uint32_t k = 0; r && k < r->count; k++) { /* keys in small letters */
    if (r->keys[k].len != second - start) continue;
    size_t c = 0;
    while (c < second - start && r->keys[k].ptr[c] == (text[start + c] | 0x20)) c++;
    if (c == second - start) return 0;
  }
  return at_lexicon_known_word(lex, text + start, second - start) || at_lexicon_known_word(lex, text + second, end - second)
             ? second
             : 0;
}

/* A capitalised word glued to the preposition after it ("Wolfin Hanoi",
 * "Wolfin Ha Noi", "Changlongon September 24", "Changlongon 24 September"): a word the lexicon does not know, of ASCII
 * letters, a capital first, that ends in "in", "on" or "at" (four letters
 * or more before it: "Nguon" stays whole), right before a capitalised word the lexicon knows
 * (a place, a month): the end of the word before the preposition, or 0. */
static size_t glued_preposition_start(const attache_lexicon *lex, const char *text, size_t start, size_t end,
                                      size_t limit) {
  if (!capital_glue_shape(text, start, end, 1)) return 0;
  for (size_t j = start + 1; j < end; j++) /* the first its one capital (tokenize_range asks for a capitalised word) */
    if (text[j] < 'a' || text[j] > 'z') return 0;
  const char *p = text + end - 2;
  size_t next = end;
  if (next >= limit || text[next] != ' ') return 0;
  next++;
  /* "on" before a day and its month, the British order ("Changlongon 24
   * September"): the day is skipped, the month is the known word. */
  if (!memcmp(p, "on", 2) && next < limit && text[next] >= '1' && text[next] <= '9') {
    size_t d = next + 1;
    if (d < limit && text[d] >= '0' && text[d] <= '9') d++;
    if (d >= limit || text[d] != ' ') return 0;
    next = d + 1;
  }
  size_t e = next;
  while (e < limit && ((text[e] >= 'a' && text[e] <= 'z') || (e == next && text[e] >= 'A' && text[e] <= 'Z'))) e++;
  if (e - next < 2 || !(text[next] >= 'A' && text[next] <= 'Z') || (e < limit && text[e] >= 'A' && text[e] <= 'Z'))
    return 0;
  if (!at_lexicon_known_word(lex, text + next, e - next)) return 0;
  if (e - next >= 3) return end - 2;
  /* a word of two letters is the first of a name of two ("Ha Noi", "Da
   * Nang"), the second capitalised and known too */
  size_t second = e + 1, e2 = second;
  if (e >= limit || text[e] != ' ' || second >= limit || !(text[second] >= 'A' && text[second] <= 'Z')) return 0;
  for (e2 = second + 1; e2 < limit && text[e2] >= 'a' && text[e2] <= 'z'; e2++) {}
  return e2 - second >= 2 && at_lexicon_known_word(lex, text + second, e2 - second) ? end - 2 : 0;
}

void at_tokenize(at_arena *arena, const char *text, size_t start, size_t end, at_vec *out) {
  at_tok_cursor from = {start, true, false, 0, 0};
  tokenize_range(NULL, arena, text, &from, end, out, SIZE_MAX, NULL);
}

bool at_tokenize_known(const attache_lexicon *lex, at_arena *arena, const char *text, size_t start, size_t end,
                       at_vec *out, size_t max_tokens, at_vec *syllables) {
  at_tok_cursor from = {start, true, false, 0, 0};
  return tokenize_range(lex, arena, text, &from, end, out, max_tokens, syllables);
}

bool at_tokenize_known_from(const attache_lexicon *lex, at_arena *arena, const char *text, at_tok_cursor *from,
                            size_t end, at_vec *out, size_t max_tokens, at_vec *syllables) {
  return tokenize_range(lex, arena, text, from, end, out, max_tokens, syllables);
}

/* With a lexicon, a word it knows takes what was worked out at load (its
 * forms, flags and syllables), and each token's syllables are appended to
 * `syllables`. */
static bool tokenize_range(const attache_lexicon *lex, at_arena *arena, const char *text, at_tok_cursor *from,
                           size_t end, at_vec *out, size_t max_tokens, at_vec *syllables) {
  call_once(&category_table_once, fill_category_table);
  call_once(&fold_tables_once, fill_fold_tables); /* for fold_word */
  fold_room room = {arena, NULL, NULL, NULL};
  size_t i = from->at;
  bool space = from->space;
  const at_token_syllables *signs = syllables ? at_lexicon_signs(lex) : NULL; /* by byte: one token in nine is one */
  at_known_table known = lex ? at_lexicon_known_table(lex) : (at_known_table){NULL, 0, NULL, NULL};
  if (!syllables) known.slots = NULL; /* the known words are read only with their syllables */
  uint32_t words = 0, latin_words = 0; /* added to *from's at the end */
  /* The known word's slot is most often a cache miss the lookup waited for
   * (the table is larger than the first-level cache and read at random):
   * the slots of the words ahead are asked for in a pass over the text
   * before it is read, each word's key read as known_word_at reads it, a
   * word longer than 15 bytes skipped by 16. At most a slot a token room
   * is left for (a long sentence is read a piece at a time). Written out
   * here: GCC drops calls of a function that only prefetches. The first
   * keys are kept for read_known_words, so that a word's key is read and
   * hashed once (24M instructions on 3 MB of the benchmark corpus): the
   * pass takes at most WORD_KEYS_ROOM steps (16 KB of stack), and a piece
   * longer than that has its later words read there, their slots not
   * asked for ahead. */
  word_key keys[WORD_KEYS_ROOM];
  word_keys ahead = {keys, 0, 0};
  size_t ahead_room = max_tokens - out->len < WORD_KEYS_ROOM ? max_tokens - out->len : WORD_KEYS_ROOM;
  if (known.slots)
    for (size_t p = i, left = ahead_room; p < end && left; left--) { /* at most a key a step */
      unsigned char b = (unsigned char)text[p];
      if (b < 0x80 && !(cp_class[b] & CP_ALNUM)) {
        p++;
        continue;
      }
      word_key *key = &keys[ahead.n++];
      read_word_key(text, p, end, key);
      if (key->k >= 16) {
        p += 16;
        continue;
      }
      __builtin_prefetch(&known.slots[key->hash & known.mask]);
      p += key->k + 1; /* the sign after the word too */
    }
  while (i < end) {
    unsigned char byte = (unsigned char)text[i];
    if (byte < 0x80 && (cp_class[byte] & CP_SPACE)) {
      space = true;
      i++;
      continue;
    }
    if (byte < 0x80 && !(cp_class[byte] & CP_ALNUM)) { /* an ASCII sign: a token as written, found at load */
      if (out->len >= max_tokens) break;
      if (out->len == out->cap) at_vec_grow(out);
      *((at_token *)out->items + out->len++) = ascii_sign_token(i, byte, space ? AT_TOKF_SPACE : 0);
      if (syllables) {
        if (syllables->len == syllables->cap) at_vec_grow(syllables);
        ((at_token_syllables *)syllables->items)[syllables->len++] = signs[byte];
      }
      space = false;
      i++;
      continue;
    }
    /* Most words are known: the known words from here on, each found in
     * one pass over its bytes, take what was worked out at load
     * (read_known_words, into the room the vectors have); the word it
     * stopped at, if any, was looked up and is read below. */
    known_reading reading = KNOWN_UNSURE;
    size_t word_stop = 0;
    uint64_t key[2]; /* with KNOWN_NONE: the word's bytes as its key */
    if (known.slots && out->len < max_tokens) {
      if (out->len == out->cap) at_vec_grow(out);
      if (syllables->len == syllables->cap) at_vec_grow(syllables);
      size_t slots = out->cap - out->len; /* room for tokens and syllables */
      if (max_tokens - out->len < slots) slots = max_tokens - out->len;
      if (syllables->cap - syllables->len < slots) slots = syllables->cap - syllables->len;
      known_run run;
      read_known_words(lex, &known, signs, &room, text, i, end, space, (at_token *)out->items + out->len,
                       (at_token_syllables *)syllables->items + syllables->len, slots, &ahead, &run);
      out->len += run.count;
      syllables->len += run.count;
      words += (uint32_t)(run.count - run.signs - run.numbers);
      from->number |= run.numbers != 0;
      latin_words += run.latin_words;
      i = run.at;
      space = run.space;
      if (!run.stopped_at_word) continue;
      byte = (unsigned char)text[i];
      reading = run.reading;
      word_stop = run.stop;
      key[0] = run.key[0];
      key[1] = run.key[1];
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = next_cp(text, i, end, &cp);
    if (n <= 0) { /* text is valid by construction; step over defensively */
      i++;
      continue;
    }
    uint8_t first_class = class_of(cp);
    if (first_class & CP_SPACE) {
      space = true;
      i += (size_t)n;
      continue;
    }
    if (out->len >= max_tokens) break;
    /* Every field is set below: no fill. */
    if (out->len == out->cap) at_vec_grow(out);
    at_token *t = (at_token *)out->items + out->len++;
    t->start = (uint32_t)i;
    uint8_t flags = space ? AT_TOKF_SPACE : 0;
    space = false;
    bool ascii = true; /* a Latin word's bytes: all ASCII (false with a ’ in it) */
    bool looked_up = false; /* the word was asked of the known words (and is none) */
    word_classes classes;   /* with classed_end: what word_end saw of the word's characters */
    size_t classed_end = 0; /* the word's end as word_end found it, with nothing more to read (no apostrophe) */
    if (syllables && (first_class & (CP_WORD | CP_DIGIT))) {
      /* Most words are known: found by their extent alone, they take what
       * was worked out at load, and their letters are not looked at one by
       * one (whose case, digits and marks only an unknown word needs). */
      bool at_apostrophe = false;
      size_t e = reading == KNOWN_NONE ? word_stop : word_end(text, i, end, &at_apostrophe, &classes);
      if (reading == KNOWN_NONE) {
        looked_up = true;
      } else if (!at_apostrophe) {
        /* Ending where known_word_at stopped (a word with a letter of more
         * bytes), it was looked up as it stands and is none. */
        const at_known_word *w = e == word_stop ? NULL : at_lexicon_known_word(lex, text + i, e - i);
        if (w) {
          t->end = (uint32_t)e;
          t->kind = AT_TOK_WORD;
          t->match = AT_NO_MATCH;
          latin_words += take_known_word(t, flags, w, syllables);
          words++;
          i = e;
          if (i < end && text[i] == ' ') { /* the space after most words, without a turn of the loop */
            space = true;
            i++;
          }
          continue;
        }
        looked_up = true;
        classed_end = e;
      }
    }
    if (first_class & (CP_WORD | CP_DIGIT)) {
      bool digits = true, upper_all = true, latin = true, upper_any = false;
      int letters = 0; /* of those not in an ASCII run (letters_in counts those) */
      bool first = true;
      if (reading == KNOWN_NONE) {
        /* ASCII letters and digits up to word_stop (known_word_at read
         * them): classed together from the key, as the loop below would. */
        uint64_t upper = ascii_range_bytes(key[0], 'A', 'Z') | ascii_range_bytes(key[1], 'A', 'Z');
        uint64_t lower = ascii_range_bytes(key[0], 'a', 'z') | ascii_range_bytes(key[1], 'a', 'z');
        if (cp_class[byte] & CP_UPPER) flags |= AT_TOKF_CAP;
        digits = !(upper | lower);
        upper_all = !lower;
        upper_any = upper;
        i = word_stop;
      } else if (classed_end) {
        /* Classed by word_end as it found the word's end, as the loop
         * below would: the first character's case, and the rest from the
         * classes seen (a character of more bytes is a letter or mark, no
         * digit, and not Latin; a capital of more bytes is not counted in
         * upper_any). */
        if (first_class & CP_UPPER) flags |= AT_TOKF_CAP;
        digits = !(classes.ascii & (CP_UPPER | CP_LOWER)) && !classes.multi;
        upper_all = !((classes.ascii | classes.multi) & CP_LOWER);
        upper_any = classes.ascii & CP_UPPER;
        latin = !classes.multi;
        letters = (int)classes.multi_letters;
        i = classed_end;
      }
      while (i < end && reading != KNOWN_NONE && !classed_end) {
        unsigned char b = (unsigned char)text[i];
        if (b < 0x80 && (cp_class[b] & CP_ALNUM)) {
          /* A run of ASCII letters and digits, read a byte at a time
           * without decoding: its classes together say what per-character
           * tests below would. */
          if (first && (cp_class[b] & CP_UPPER)) flags |= AT_TOKF_CAP;
          uint8_t seen = 0;
          do {
            uint8_t c = cp_class[b];
            seen |= c;
            if (++i == end) break;
            b = (unsigned char)text[i];
          } while (b < 0x80 && (cp_class[b] & CP_ALNUM));
          if (seen & (CP_UPPER | CP_LOWER)) digits = false;
          if (seen & CP_LOWER) upper_all = false;
          if (seen & CP_UPPER) upper_any = true;
          first = false;
          continue;
        }
        if (b < 0x80 && b != '\'') break; /* an ASCII sign or space */
        n = next_cp(text, i, end, &cp);
        if (n > 0 && !first && !digits && (cp == '\'' || cp == 0x2019)) {
          size_t apostrophe = name_apostrophe_at(text, i, end);
          if (!apostrophe) break;
          if (cp != '\'') ascii = false;
          i += apostrophe;
          continue;
        }
        if (n <= 0) break;
        uint8_t k = class_of(cp);
        if (!(k & CP_DIGIT)) {
          if (!(k & CP_WORD)) break;
          digits = false;
          if (k & CP_UPPER) {
            if (first) flags |= AT_TOKF_CAP;
            letters++;
          } else if (k & CP_LOWER) {
            upper_all = false;
            letters++;
          }
          if (cp >= 0x80) latin = false;
        }
        first = false;
        i += (size_t)n;
      }
      size_t glued = syllables && !digits && upper_any ? glued_word_end(lex, text, t->start, i) : 0;
      if (syllables && !digits && !upper_any && looked_up && ascii && !glued)
        glued = glued_small_word_end(lex, text, t->start, i);
      if (syllables && !glued && !digits && !upper_any && ascii && i - t->start >= 3 &&
          (glued = glued_number_end(lex, text, t->start, i, &digits))) {
        i = glued; /* the word or the number alone, a space after it */
        looked_up = false;
        space = true;
      } else if (glued) { /* the glued word alone, in small letters, a space after it */
        i = glued;
        upper_any = false;
        looked_up = false;
        space = true;
      } else if (syllables && !digits && upper_any && ascii && (flags & AT_TOKF_CAP) &&
                 ((glued = glued_capital_word_end(lex, text, t->start, i)) ||
                  (looked_up && (glued = glued_preposition_start(lex, text, t->start, i, end))))) {
        i = glued; /* the first word alone, capitalised, a space after it */
        looked_up = false;
        space = true;
      }
      t->kind = digits ? AT_TOK_NUM : AT_TOK_WORD;
      from->number |= digits;
      /* All letters upper case: counted only then (acronyms are few). */
      if (!digits && upper_all && letters_in(text, t->start, i) + letters >= 2) flags |= AT_TOKF_UPPER;
      if (!digits && latin) flags |= AT_TOKF_LATIN;
      if (!upper_any) flags |= AT_TOKF_FOLDS_TO_ITSELF; /* for an ASCII Latin word and a number */
    } else {
      t->kind = AT_TOK_PUNCT;
      flags |= AT_TOKF_FOLDS_TO_ITSELF;
      i += (size_t)n;
    }
    t->end = (uint32_t)i;
    t->match = AT_NO_MATCH;
    uint32_t len = t->end - t->start;
    if (syllables) {
      const at_known_word *w =
          t->kind == AT_TOK_WORD && !looked_up ? at_lexicon_known_word(lex, text + t->start, len) : NULL;
      if (w) { /* a known word with an apostrophe after it, not in it */
        latin_words += take_known_word(t, flags, w, syllables);
        words++;
        continue;
      }
    }
    /* The word known_word_at read whole (no glued word cut from it): its
     * forms and syllables from its key, its bytes not read again. */
    uint64_t folded[2];
    bool keyed = reading == KNOWN_NONE && i == word_stop && (t->kind == AT_TOK_WORD || len > 1);
    if (keyed) {
      folded[0] = key[0] | ascii_range_bytes(key[0], 'A', 'Z') >> 2; /* a capital + 0x20: its small letter */
      folded[1] = key[1] | ascii_range_bytes(key[1], 'A', 'Z') >> 2;
      char *form = room_take(&room, 16); /* the key's bytes past len are zero: the form's NUL */
      memcpy(form, folded, 8);
      uint64_t rest = folded[1] & ~(UINT64_C(0xFF) << 56);
      memcpy(form + 8, &rest, 8);
      room.at = form + len + 1;
      t->fold_case = t->fold_tone = form;
      t->case_len = t->tone_len = len;
      t->flags = flags;
    } else if (t->kind == AT_TOK_WORD && (flags & AT_TOKF_LATIN)) {
      if (ascii) {
        t->fold_case = t->fold_tone = fold_ascii_word(&room, text + t->start, len);
        t->case_len = t->tone_len = len;
      } else { /* a ’ in it */
        flags &= (uint8_t)~AT_TOKF_FOLDS_TO_ITSELF;
        room_close(&room);
        t->fold_case = t->fold_tone = at_fold(arena, text + t->start, len, AT_MATCH_CASE);
        t->case_len = t->tone_len = (uint32_t)strlen(t->fold_case);
        if (t->case_len == len && !memcmp(t->fold_case, text + t->start, len)) flags |= AT_TOKF_FOLDS_TO_ITSELF;
      }
      t->flags = flags;
    } else if (t->kind == AT_TOK_WORD) {
      t->flags = flags & (uint8_t)~AT_TOKF_FOLDS_TO_ITSELF;
      fold_word(&room, text + t->start, len, t); /* sets AT_TOKF_FOLDS_TO_ITSELF */
    } else {
      t->flags = flags; /* a number or a sign: as written */
      t->fold_case = t->fold_tone = len == 1 && byte < 0x80 ? ascii_strings[byte] : room_copy(&room, text + t->start, len);
      t->case_len = t->tone_len = len;
    }
    t->role_set = t->kind == AT_TOK_WORD && lex ? unknown_word_role_set(lex, known.role_hints, t->fold_case, t->case_len) : 0;
    if (t->kind == AT_TOK_WORD) {
      words++;
      latin_words += (t->flags & AT_TOKF_LATIN) != 0;
    }
    if (syllables) { /* a word that is no known word, a number, a sign */
      if (syllables->len == syllables->cap) at_vec_grow(syllables);
      at_token_syllables *y = (at_token_syllables *)syllables->items + syllables->len++;
      if (keyed)
        at_lexicon_ascii_syllables(lex, key, at_syllable_hash(key[0], key[1]), folded, y);
      else
        at_lexicon_token_syllables(lex, text, t, y);
      if (t->kind == AT_TOK_PUNCT) memset(y->first_step, 0, sizeof y->first_step); /* no phrase starts at a sign */
    }
  }
  room_close(&room);
  from->at = i;
  from->space = space;
  from->words += words;
  from->latin_words += latin_words;
  return i >= end; /* false: stopped at max_tokens */
}
