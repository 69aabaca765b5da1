/* SPDX-License-Identifier: MIT */
/* test_lexicon.c - loading data files and matching phrases over syllables. */
#include "support.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <threads.h>
#include <unistd.h>
#include <utf8proc.h>

/* The categories and values matched in `text`, as "CAT:value" joined by " ". */
static const char *matched(const char *text, at_category cat) {
  static char buf[2048];
  attache_doc *doc = test_doc(text, NULL);
  size_t n = 0;
  buf[0] = '\0';
  for (size_t i = 0; i < doc->matches.len; i++) {
    const at_entry *e = at_match_entry(AT_MATCH(doc, i), cat);
    if (e) n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%s", n ? " " : "", e->value);
  }
  attache_doc_free(doc);
  return buf;
}

static void test_case_and_tone_modes(void **state) {
  (void)state;
  /* "tone" entries match without marks and in any case; "exact" ones only as written. */
  assert_string_equal(matched("Đoàn Hoa Kỳ và đoàn hoa ky gặp nhau.", AT_CAT_COUNTRY), "US US");
  assert_string_equal(matched("Anh ấy gặp bạn ở Anh.", AT_CAT_COUNTRY), "GB GB");
  assert_string_equal(matched("anh ấy gặp bạn.", AT_CAT_COUNTRY), "");
}

/* The tokenizer keeps its syllables' room from one document to the next
 * (per thread): a document read after one with a sentence of more than a
 * piece's tokens (4096) reads as it does first. */
static void test_documents_read_alike_one_after_another(void **state) {
  (void)state;
  const char *brief = "Đoàn Hoa Kỳ và đoàn Nhật Bản gặp nhau.";
  char first[256];
  snprintf(first, sizeof first, "%s", matched(brief, AT_CAT_COUNTRY));
  assert_string_equal(first, "US JP");
  size_t n = 0, repeats = 1500;
  const char *unit = "Bộ trưởng Hoa Kỳ gặp đoàn ";
  char *text = malloc(repeats * strlen(unit) + 2);
  assert_non_null(text);
  for (size_t i = 0; i < repeats; i++) n += (size_t)sprintf(text + n, "%s", unit);
  sprintf(text + n, ".");
  attache_doc *doc = test_doc(text, NULL);
  assert_true(doc->tokens.len > 4096 + 2000);
  size_t us = 0;
  for (size_t i = 0; i < doc->matches.len; i++) us += at_match_entry(AT_MATCH(doc, i), AT_CAT_COUNTRY) != NULL;
  assert_int_equal(us, repeats);
  attache_doc_free(doc);
  free(text);
  assert_string_equal(matched(brief, AT_CAT_COUNTRY), first);
}

/* Countries matched in a document, as matched() tells them, without freeing it. */
static void countries_of(const attache_doc *doc, char *out, size_t cap) {
  size_t n = 0;
  out[0] = '\0';
  for (size_t i = 0; i < doc->matches.len; i++) {
    const at_entry *e = at_match_entry(AT_MATCH(doc, i), AT_CAT_COUNTRY);
    if (e) n += (size_t)snprintf(out + n, cap - n, "%s%s", n ? " " : "", e->value);
  }
}

static int free_doc_in_thread(void *doc) {
  attache_doc_free(doc);
  return 0;
}

/* The tokens' and matches' room a freed document gives back to its thread
 * goes to a document tokenized later, never to one still held: documents
 * held together, freed in another order or on another thread, keep their
 * own tokens and matches. */
static void test_documents_held_together_keep_their_tokens(void **state) {
  (void)state;
  char a[64], b[64], c[64];
  attache_doc *first = test_doc("Đoàn Hoa Kỳ gặp đoàn Nhật Bản.", NULL);
  attache_doc *second = test_doc("Bộ trưởng Lào tiếp Đại sứ Pháp và Đại sứ Đức.", NULL);
  countries_of(first, a, sizeof a);
  countries_of(second, b, sizeof b);
  assert_string_equal(a, "US JP");
  assert_string_equal(b, "LA FR DE");
  attache_doc_free(first); /* its room is kept; second still holds its own */
  attache_doc *third = test_doc("Tàu Ấn Độ thăm cảng.", NULL);
  countries_of(second, b, sizeof b);
  countries_of(third, c, sizeof c);
  assert_string_equal(b, "LA FR DE");
  assert_string_equal(c, "IN");
  thrd_t t; /* freed on another thread, whose room is freed as it ends */
  assert_int_equal(thrd_create(&t, free_doc_in_thread, second), thrd_success);
  assert_int_equal(thrd_join(t, NULL), thrd_success);
  countries_of(third, c, sizeof c);
  assert_string_equal(c, "IN");
  attache_doc_free(third);
  assert_string_equal(matched("Đoàn Hoa Kỳ gặp đoàn Nhật Bản.", AT_CAT_COUNTRY), "US JP");
}

static void test_tone_placement_is_folded(void **state) {
  (void)state;
  /* "hoà"/"hòa", "thuỷ"/"thủy" are one word; "quý" keeps its mark where it is. */
  at_arena *arena = at_arena_new();
  assert_string_equal(at_fold(arena, "Hoà", strlen("Hoà"), AT_MATCH_CASE), "hòa");
  assert_string_equal(at_fold(arena, "THUỶ", strlen("THUỶ"), AT_MATCH_CASE), "thủy");
  assert_string_equal(at_fold(arena, "khoẻ", strlen("khoẻ"), AT_MATCH_CASE), "khỏe");
  assert_string_equal(at_fold(arena, "quý", strlen("quý"), AT_MATCH_CASE), "quý");
  assert_string_equal(at_fold(arena, "Hoàng", strlen("Hoàng"), AT_MATCH_CASE), "hoàng");
  assert_string_equal(at_fold(arena, "Đặng", strlen("Đặng"), AT_MATCH_TONE), "dang");
  at_arena_free(arena);
}


/* Folding goes through tables filled from utf8proc: they must agree with
 * utf8proc's own folding for every code point they cover. */
static void test_fold_tables_agree_with_utf8proc(void **state) {
  (void)state;
  at_arena *arena = at_arena_new();
  for (int32_t cp = 0x80; cp < 0x2000; cp++) {
    utf8proc_uint8_t in[8];
    utf8proc_ssize_t n = utf8proc_encode_char(cp, in);
    in[n] = 0;
    for (int mode = AT_MATCH_CASE; mode <= AT_MATCH_TONE; mode++) {
      utf8proc_option_t opts = UTF8PROC_STABLE | UTF8PROC_CASEFOLD;
      opts |= mode == AT_MATCH_TONE ? (UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK) : UTF8PROC_COMPOSE;
      utf8proc_uint8_t *ref = NULL;
      if (utf8proc_map(in, n, &ref, opts) < 0) continue;
      char want[32];
      snprintf(want, sizeof want, "%s", (char *)ref);
      free(ref);
      if (mode == AT_MATCH_TONE && !strcmp(want, "\xC4\x91")) strcpy(want, "d");
      const char *got = at_fold(arena, (const char *)in, (size_t)n, (at_match_mode)mode);
      if (strcmp(got, want)) fail_msg("U+%04X mode %d: got %s want %s", (unsigned)cp, mode, got, want);
    }
  }
  at_arena_free(arena);
}

/* A code point's case-folded bytes (at_fold_case_bytes, for clean.c's
 * chrome lines) are at_fold's inside a string, where it has them. */
static void test_fold_case_bytes_agree_with_at_fold(void **state) {
  (void)state;
  at_arena *arena = at_arena_new();
  size_t told = 0;
  for (int32_t cp = 0x41; cp < 0x2000; cp++) {
    if (!at_nfc_stable(cp)) continue;
    const char *bytes;
    size_t n = at_fold_case_bytes(cp, &bytes);
    /* every Vietnamese letter of Latin Extended Additional (Ạ ... ỹ) is told */
    if (cp >= 0x1EA0 && cp <= 0x1EF9 && !n) fail_msg("U+%04X: not told", (unsigned)cp);
    if (!n) continue;
    char in[16] = "t";
    utf8proc_ssize_t len = utf8proc_encode_char(cp, (utf8proc_uint8_t *)in + 1);
    memcpy(in + 1 + len, "xyz", 4);
    const char *got = at_fold(arena, in, strlen(in), AT_MATCH_CASE);
    if (memcmp(got + 1, bytes, n)) fail_msg("U+%04X: folds to %s", (unsigned)cp, got);
    told++;
  }
  /* the NFC-stable code points looped over: Latin up to U+02FF and Latin
   * Extended Additional, 959; those that fold to more code points (ß, ẞ,
   * ŉ ...) take utf8proc's path, not the table */
  assert_true(told > 900);
  const char *o;
  assert_int_equal(at_fold_case_bytes(0x1ED8 /* Ộ */, &o), 3);
  assert_memory_equal(o, "\xE1\xBB\x99" /* ộ */, 3);
  at_arena_free(arena);
}

/* A token's folded forms (fold_word: by the folding tables' UTF-8 bytes,
 * written in place) are at_fold's for every code point the tables cover,
 * inside a word of letters on both sides. */
static void test_token_forms_agree_with_at_fold(void **state) {
  (void)state;
  at_arena *arena = at_arena_new();
  for (int32_t cp = 0x80; cp < 0x2070; cp++) {
    char word[16] = "Xa";
    utf8proc_ssize_t n = utf8proc_encode_char(cp, (utf8proc_uint8_t *)word + 2);
    memcpy(word + 2 + n, "Ơb", strlen("Ơb") + 1);
    size_t len = strlen(word);
    at_vec toks;
    at_vec_init(&toks, sizeof(at_token));
    at_tokenize(arena, word, 0, len, &toks);
    if (toks.len == 1) { /* a letter or a mark: one word */
      const at_token *t = AT_VEC_AT(&toks, at_token, 0);
      const char *by_case = at_fold(arena, word, len, AT_MATCH_CASE), *by_tone = at_fold(arena, word, len, AT_MATCH_TONE);
      if (strcmp(t->fold_case, by_case) || strcmp(t->fold_tone, by_tone) || t->case_len != strlen(by_case) ||
          t->tone_len != strlen(by_tone))
        fail_msg("U+%04X: token %s/%s, at_fold %s/%s", (unsigned)cp, t->fold_case, t->fold_tone, by_case, by_tone);
    }
    at_vec_free(&toks);
  }
  at_arena_free(arena);
}

/* Text read with the lexicon's known words (at_tokenize_known: a word is
 * found by its extent, measured 8 bytes at a time over ASCII letters and
 * digits, and takes the forms worked out at load) gives the tokens that
 * reading it without them gives: same extents, kinds, flags and forms. */
static void expect_known_reading_same(at_arena *arena, const char *text) {
  size_t len = strlen(text);
  at_vec plain, known, syllables;
  at_vec_init(&plain, sizeof(at_token));
  at_vec_init(&known, sizeof(at_token));
  at_vec_init(&syllables, sizeof(at_token_syllables));
  at_tokenize(arena, text, 0, len, &plain);
  at_tok_cursor from = {0, true, false, 0, 0};
  assert_true(at_tokenize_known_from(test_lexicon(), arena, text, &from, len, &known, SIZE_MAX, &syllables));
  if (plain.len != known.len) fail_msg("\"%s\": %zu tokens, %zu with known words", text, plain.len, known.len);
  assert_int_equal(syllables.len, known.len);
  /* the cursor counts the words, the Latin ones, and tells of a number */
  uint32_t words = 0, latin_words = 0;
  bool number = false;
  for (size_t i = 0; i < plain.len; i++) {
    const at_token *a = AT_VEC_AT(&plain, at_token, i);
    words += a->kind == AT_TOK_WORD;
    latin_words += a->kind == AT_TOK_WORD && (a->flags & AT_TOKF_LATIN);
    number |= a->kind == AT_TOK_NUM;
  }
  if (from.words != words || from.latin_words != latin_words || from.number != number)
    fail_msg("\"%s\": %u words, %u Latin, number %d; the cursor: %u, %u, %d", text, words, latin_words, number,
             from.words, from.latin_words, from.number);
  for (size_t i = 0; i < plain.len; i++) {
    const at_token *a = AT_VEC_AT(&plain, at_token, i), *b = AT_VEC_AT(&known, at_token, i);
    /* the roles of its word: read without the lexicon, none */
    uint16_t role_set = a->kind == AT_TOK_WORD ? at_lexicon_role_set_of(test_lexicon(), a->fold_case, a->case_len) : 0;
    if (a->start != b->start || a->end != b->end || a->kind != b->kind || a->flags != b->flags ||
        b->role_set != role_set || b->match != AT_NO_MATCH || a->case_len != b->case_len ||
        a->tone_len != b->tone_len || strcmp(a->fold_case, b->fold_case) || strcmp(a->fold_tone, b->fold_tone))
      fail_msg("\"%s\" token %zu: [%u,%u) kind %d flags %d %s/%s, with known words [%u,%u) kind %d flags %d %s/%s",
               text, i, a->start, a->end, a->kind, a->flags, a->fold_case, a->fold_tone, b->start, b->end, b->kind,
               b->flags, b->fold_case, b->fold_tone);
    /* and its syllables, however they were found (a word's bytes as its
     * key, a known word's from load), are those a lookup of its forms gives */
    at_token_syllables looked_up;
    at_lexicon_token_syllables(test_lexicon(), text, b, &looked_up);
    if (b->kind == AT_TOK_PUNCT) memset(looked_up.first_step, 0, sizeof looked_up.first_step);
    if (memcmp(&looked_up, AT_VEC_AT(&syllables, at_token_syllables, i), sizeof looked_up))
      fail_msg("\"%s\" token %zu (%s): its syllables are not its forms'", text, i, b->fold_case);
  }
  at_vec_free(&plain);
  at_vec_free(&known);
  at_vec_free(&syllables);
}

static void test_known_words_read_as_any_word(void **state) {
  (void)state;
  at_arena *arena = at_arena_new();
  /* "Nam" is a known word, "Namx" none: the syllables one takes from the
   * table and the other's looked up are those a lookup of its forms gives. */
  at_vec toks, syllables;
  at_vec_init(&toks, sizeof(at_token));
  at_vec_init(&syllables, sizeof(at_token_syllables));
  assert_true(at_tokenize_known(test_lexicon(), arena, "Nam Namx", 0, 8, &toks, SIZE_MAX, &syllables));
  assert_int_equal(toks.len, 2);
  assert_int_equal(syllables.len, 2);
  for (size_t i = 0; i < 2; i++) {
    at_token_syllables looked_up;
    at_lexicon_token_syllables(test_lexicon(), "Nam Namx", AT_VEC_AT(&toks, at_token, i), &looked_up);
    assert_memory_equal(&looked_up, AT_VEC_AT(&syllables, at_token_syllables, i), sizeof looked_up);
  }
  assert_int_not_equal(AT_VEC_AT(&syllables, at_token_syllables, 0)->id[AT_MATCH_CASE], 0);
  at_vec_free(&toks);
  at_vec_free(&syllables);
  /* Known words ("Việt", "Nam", "Hoa", "Kỳ", "Defence"), before an
   * apostrophe, in capitals, and words of letters and digits of many
   * lengths, written for this test. */
  expect_known_reading_same(arena, "Bộ Quốc phòng Việt Nam's plan; VIỆT NAM’S plan, O'Brien và D’Souza.");
  expect_known_reading_same(arena, "Hoa Kỳ HOA KỲ hoa ky Defence DEFENCE defence ministries' 2024 G20 A320neo");
  expect_known_reading_same(arena, "internationalization AB12cd34EF56gh78 12345678901234567 Nguyễnabcdefghij người.");
  /* Signs right after known words: before a word, a space, another sign,
   * a tab, a letter of more bytes, and at the end. */
  expect_known_reading_same(arena, "Việt Nam,Hoa Kỳ.. Hà Nội (Việt Nam), \"Nam\"-Nam;\tNam:ư Nam, Nam.");
  /* Words no lexicon knows, in small letters and digits, and numbers among
   * known words (read in the known words' loop; a glued one is in
   * test_glued_small_and_capitalised_words_are_split), capitalised or not,
   * and a digit alone. */
  expect_known_reading_same(arena, "Nam sent meetingx 3 shipsx, 12 xofficers and 2024 drillsx to Hoa Kỳ; defence 7 x9 "
                                   "u23 abcdefghijklmno 123456789012345 Xyz qwz, 0 Nam 42.");
  expect_known_reading_same(arena, "1 2 qq 33 Nam 4");
  /* Capitalised words no lexicon knows, read in the known words' loop
   * too: a capital first, in capitals (two or more letters: AT_TOKF_UPPER),
   * a digit first, a capital alone, with digits; and those a glued word
   * might be cut from, which tokenize_range reads (two capitals in six
   * letters or more, "in", "on" or "at" at the end, a small letter first). */
  expect_known_reading_same(arena, "Zorbak QWERTYZ Xq QZ Q Q7 AB12 3Dx 3D Nam Zorbakxy, Zorbik. Zz9q ZORBAKIN Zo");
  expect_known_reading_same(arena, "XyloQuux Blahin Blahon Blahat Zorbik ZAt mixedCase xQ Nam XyloQ");
  /* A run of ASCII letters and digits of every length from 1 to 19,
   * ended by each ASCII byte, by a Vietnamese letter and by a curly
   * apostrophe, at the text's end or not. */
  const char *ends[] = {"ư", "’", "’s", "\xC2\xA0", ""};
  for (int run = 1; run < 20; run++) {
    char text[64];
    for (int k = 0; k < run; k++) text[k] = "Nam0ab9ZQzmxA12CDey"[k];
    for (int c = 1; c < 128; c++) {
      text[run] = (char)c;
      memcpy(text + run + 1, " Nam", 5);
      expect_known_reading_same(arena, text);
    }
    for (size_t e = 0; e < sizeof ends / sizeof *ends; e++) {
      snprintf(text + run, sizeof text - (size_t)run, "%s", ends[e]);
      expect_known_reading_same(arena, text);
    }
  }
  /* Words no lexicon knows with letters of more bytes, which word_end
   * classes as it finds their end (capitals, small letters, marks, digits,
   * all in capitals or not), and such a letter (a capital, a small one, a
   * combining mark) at every place in runs of ASCII letters and digits. */
  expect_known_reading_same(arena, "ĐƠNX Đ ĐA đườngx ThủyQ aĐbc 20ư ưu2 Ấnxyz NGUYỄNVĂNXYZ QUÂNĐỘIABC a\xCC\x81" "bq X\xCC\x81" "YZ.");
  /* Such words read in the known words' loop (take_other_word):
   * capitalised, in capitals (AT_TOKF_UPPER), with the old tone placement,
   * folded by utf8proc's path (ß), Greek; and those it leaves to
   * tokenize_range: a dash, a curly quote, a no-break space or a ’ among
   * their bytes (a small ASCII letter first with an ASCII capital in it,
   * "visitingXuyễn", is glued: test_glued_small_and_capitalised_words_are_split). */
  expect_known_reading_same(arena, "Xuyễn ĐÀOX ĐX Đx hoàx Uỷx Straßex Αθήνα ΑΘΗΝΑ ưX Qư 2ư Nam");
  expect_known_reading_same(arena, "Xuyễn–Nam “Xuyễn” Xuyễn\xC2\xA0Nam Xuyễn’s theĐà xĐx xư Nam");
  const char *letters[] = {"Ắ", "ă", "\xCC\x81"};
  for (size_t l = 0; l < sizeof letters / sizeof *letters; l++)
    for (int run = 1; run < 20; run++)
      for (int at = 0; at <= run; at++) {
        char text[64];
        int n = 0;
        for (int k = 0; k < run; k++) {
          if (k == at) n += snprintf(text + n, sizeof text - (size_t)n, "%s", letters[l]);
          text[n++] = "NAM0AB9ZQzmxA12CDey"[k];
        }
        if (at == run) n += snprintf(text + n, sizeof text - (size_t)n, "%s", letters[l]);
        snprintf(text + n, sizeof text - (size_t)n, " Nam.");
        expect_known_reading_same(arena, text);
      }
  /* A known word is read in one pass over its bytes up to the next ASCII
   * sign: known words of one to fifteen bytes, ASCII or Vietnamese, at every
   * distance from the text's end, before a sign, an apostrophe, a curly
   * quote, a dash, a no-break space, a letter of more bytes or a digit. */
  const char *words[] = {"Nam", "Việt", "người", "Quốc", "NGƯỜI", "Defence", "defence", "Kỳ", "hòa", "hoà"};
  const char *after[] = {"", ".", ",", "'", "'s", "’", "’s", "”", "–", " ", "\xC2\xA0", "ư", "x", "7", ")"};
  for (size_t w = 0; w < sizeof words / sizeof *words; w++)
    for (size_t a = 0; a < sizeof after / sizeof *after; a++)
      for (int tail = 0; tail < 18; tail++) {
        char text[96];
        int n = snprintf(text, sizeof text, "(%s%s", words[w], after[a]);
        for (int k = 0; k < tail; k++) text[n++] = k % 3 ? 'a' : ' ';
        text[n] = '\0';
        expect_known_reading_same(arena, text);
      }
  at_arena_free(arena);
}

static void test_longest_match_wins(void **state) {
  (void)state;
  /* "tiếp tục" blocks the reception cue "tiếp"; "Đối tác chiến lược toàn diện" beats "Đối tác chiến lược". */
  assert_string_equal(matched("Hai bên tiếp tục hợp tác.", AT_CAT_CUE), "none");
  assert_string_equal(matched("Quan hệ Đối tác chiến lược toàn diện.", AT_CAT_FRAMEWORK),
                      "comprehensive_strategic_partnership");
}

/* A "key:value" flag of an entry's attr, among other flags. */
static void test_flag_value(void **state) {
  (void)state;
  at_entry e = {.attr = "noun,state:US,past"};
  size_t len = 0;
  const char *v = at_entry_flag_value(&e, "state", &len);
  assert_non_null(v);
  assert_int_equal(len, 2);
  assert_memory_equal(v, "US", 2);
  assert_null(at_entry_flag_value(&e, "stat", &len));
  assert_null(at_entry_flag_value(&e, "noun", &len));
  e.attr = "";
  assert_null(at_entry_flag_value(&e, "state", &len));
}

/* at_entry_has_flag's quick no (flag_bits, set at load) never hides a flag:
 * every word of every shipped entry's attr is found, and a word of the
 * same first byte and length that is none of them is not. */
static void test_every_flag_of_the_shipped_entries_is_found(void **state) {
  (void)state;
  size_t checked = 0;
  for (int cat = 0; cat < AT_CAT_COUNT; cat++) {
    const at_entry **entries;
    size_t n;
    at_lexicon_entries(test_lexicon(), (at_category)cat, &entries, &n);
    for (size_t i = 0; i < n; i++) {
      char words[512];
      snprintf(words, sizeof words, "%s", entries[i]->attr);
      for (char *w = strtok(words, ","); w; w = strtok(NULL, ",")) {
        assert_true(at_entry_has_flag(entries[i], w));
        checked++;
      }
    }
  }
  assert_true(checked > 100);
  /* A named flag's bit (at_entry_is) says what its name says, and every
   * named flag is some shipped entry's (else a rule asking it never holds). */
  static const char *const named[AT_FLAG_COUNT] = {
#define NAME(id, name) name,
      AT_NAMED_FLAGS(NAME)
#undef NAME
  };
  for (int f = 0; f < AT_FLAG_COUNT; f++) {
    size_t held = 0;
    for (int cat = 0; cat < AT_CAT_COUNT; cat++) {
      const at_entry **entries;
      size_t n;
      at_lexicon_entries(test_lexicon(), (at_category)cat, &entries, &n);
      for (size_t i = 0; i < n; i++) {
        assert_int_equal(at_entry_is(entries[i], (at_named_flag)f), at_entry_has_flag(entries[i], named[f]));
        held += at_entry_is(entries[i], (at_named_flag)f);
      }
    }
    assert_true(held > 0);
  }
  const at_entry **cues;
  size_t n;
  at_lexicon_entries(test_lexicon(), AT_CAT_CUE, &cues, &n);
  for (size_t i = 0; i < n; i++)
    if (at_entry_has_flag(cues[i], "noun")) {
      assert_false(at_entry_has_flag(cues[i], "nous"));
      assert_false(at_entry_has_flag(cues[i], "nou"));
    }
}

/* relations.tsv gives each state's year once: every row names a state
 * countries.tsv knows, no state twice, and the year is one of the
 * Republic's (after 1945); a state is asked by its code, so every name and
 * adjective of it dates a story alike. */
static void test_relations_years_name_known_states_once(void **state) {
  (void)state;
  const at_entry **rows, **countries;
  size_t n, ncountries;
  at_lexicon_entries(test_lexicon(), AT_CAT_RELATIONS, &rows, &n);
  at_lexicon_entries(test_lexicon(), AT_CAT_COUNTRY, &countries, &ncountries);
  assert_true(n > 60);
  for (size_t i = 0; i < n; i++) {
    bool known = false;
    for (size_t c = 0; c < ncountries && !known; c++) known = !strcmp(countries[c]->value, rows[i]->phrase);
    if (!known) print_error("relations.tsv line %u: %s is no state of countries.tsv\n", rows[i]->line, rows[i]->phrase);
    assert_true(known);
    for (size_t j = 0; j < i; j++) assert_string_not_equal(rows[i]->phrase, rows[j]->phrase);
    int year = at_lexicon_relations_year(test_lexicon(), rows[i]->phrase);
    assert_true(year >= 1945 && year <= 2030);
  }
  assert_int_equal(at_lexicon_relations_year(test_lexicon(), "JP"), 1973);
  assert_int_equal(at_lexicon_relations_year(test_lexicon(), "VN"), 0);
}

static void test_hyphenated_phonetic_names(void **state) {
  (void)state;
  assert_string_equal(matched("Bộ trưởng Bê-la-rút và Ốt-xtrây-li-a.", AT_CAT_COUNTRY), "BY AU");
}

static void test_mechanism_with_symbol(void **state) {
  (void)state;
  assert_string_equal(matched("Hội nghị ADMM+ và ADMM.", AT_CAT_MECHANISM), "ADMM-PLUS ADMM");
}

/* A row is read in either spelling of a word British and American English
 * spell differently (token_words.tsv spelling rows), whichever its file has. */
static void test_either_spelling_is_read(void **state) {
  (void)state;
  assert_string_equal(matched("The Secretary of Defence met the Chief of the Defense Force.", AT_CAT_POSITION),
                      "minister chief_of_staff");
  assert_string_equal(matched("The Secretary of Defense met the Chief of the Defence Force.", AT_CAT_POSITION),
                      "minister chief_of_staff");
  /* a word that only holds the spelling is not respelled: "defenceless" */
  assert_string_equal(matched("Nobody was defenceless.", AT_CAT_POSITION), "");
}

/* "VN", as papers shorten Vietnam in headlines and pairs, is a word of its
 * own: not inside "TTXVN" nor "VNĐ". */
static void test_vn_is_vietnam_as_a_word(void **state) {
  (void)state;
  assert_string_equal(matched("Tàu Pháp thăm VN, tuần tra biên giới VN - Campuchia.", AT_CAT_COUNTRY), "FR VN VN KH");
  assert_string_equal(matched("TTXVN đưa tin giá 100 nghìn VNĐ.", AT_CAT_COUNTRY), "");
}

/* A rank shortened with periods is read without them too ("Sen Lieut Gen",
 * British style); a one-word form so made only as written. */
static void test_rank_without_periods(void **state) {
  (void)state;
  assert_string_equal(matched("Sen Lieut Gen Tran Van Binh met Sen. Lieut. Gen. Le Van An.", AT_CAT_RANK), "G3 G3");
  assert_string_equal(matched("Maj Le Van An and Maj. Tran Van Binh.", AT_CAT_RANK), "O4 O4");
  assert_string_equal(matched("the maj and capt of it", AT_CAT_RANK), "");
}

static void test_long_syllables_compare_in_full(void **state) {
  (void)state;
  /* A syllable of more than 15 bytes is looked up by its first 15 and
   * compared in full: "videoconferencings" shares the key of
   * "videoconferencing" (17 bytes, event_cues.tsv) and is not it. */
  assert_string_equal(matched("Videoconferencing.", AT_CAT_CUE), "call");
  assert_string_equal(matched("Videoconferencings.", AT_CAT_CUE), "");
  assert_string_equal(matched("Videoconferencin.", AT_CAT_CUE), "");
}

static char dir_template[] = "/tmp/attache-lexXXXXXX";

static void copy_data(const char *to) {
  char cmd[512];
  snprintf(cmd, sizeof cmd, "cp %s/*.tsv %s/", ATTACHE_TEST_DATA_DIR, to);
  assert_int_equal(system(cmd), 0);
}

static void test_malformed_file_names_file_and_line(void **state) {
  (void)state;
  char *dir = mkdtemp(dir_template);
  assert_non_null(dir);
  copy_data(dir);
  char path[512];
  snprintf(path, sizeof path, "%s/ranks.tsv", dir);
  FILE *f = fopen(path, "w");
  fputs("# comment\nphrase\tvalue\tmatch\tattr\nĐại tướng\tG4\tcase\tarmy\nThượng tướng\tG3\tsometimes\n", f);
  fclose(f);
  attache_lexicon *lex = NULL;
  attache_error err = {0};
  assert_int_equal(attache_lexicon_load(dir, &lex, &err), ATTACHE_ERR_DATA);
  assert_null(lex);
  assert_int_equal(err.line, 4);
  assert_non_null(strstr(err.file, "ranks.tsv"));
  assert_string_equal(err.message, "match must be exact, case or tone, not \"sometimes\"");

  f = fopen(path, "w");
  fputs("phrase\tvalue\n", f);
  fclose(f);
  assert_int_equal(attache_lexicon_load(dir, &lex, &err), ATTACHE_ERR_DATA);
  assert_int_equal(err.line, 1);

  /* A phrase that is not NFC is refused: it could never match normalized text. */
  f = fopen(path, "w");
  fputs("phrase\tvalue\tmatch\tattr\nVie\xCC\xA3\xCC\x82t\tX\tcase\t\n", f);
  fclose(f);
  assert_int_equal(attache_lexicon_load(dir, &lex, &err), ATTACHE_ERR_DATA);
  assert_string_equal(err.message, "phrase is not in Unicode NFC");

  unlink(path);
  assert_int_equal(attache_lexicon_load(dir, &lex, &err), ATTACHE_ERR_IO);
  assert_non_null(strstr(err.file, "ranks.tsv"));

  char cmd[512];
  /* Each error owns the file name it reports: a second failed load (another
   * directory, another error) leaves the first error's file as it was. */
  char other[] = "/tmp/attache-lexicon-other-XXXXXX";
  assert_non_null(mkdtemp(other));
  copy_data(other);
  snprintf(path, sizeof path, "%s/ranks.tsv", other);
  unlink(path);
  attache_error second = {0};
  assert_int_equal(attache_lexicon_load(other, &lex, &second), ATTACHE_ERR_IO);
  assert_non_null(strstr(second.file, other));
  assert_non_null(strstr(err.file, dir));
  assert_null(strstr(err.file, other));
  snprintf(cmd, sizeof cmd, "rm -rf %s", other);
  assert_int_equal(system(cmd), 0);
  snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
  assert_int_equal(system(cmd), 0);
}

/* One phrase may carry several entries (a cue and a function word), but a
 * match keeps at most 255 of them over its three modes: a key with more
 * than 85 is refused at load, naming the directory and the phrase. */
static void test_a_phrase_with_too_many_entries_is_refused(void **state) {
  (void)state;
  char dir[] = "/tmp/attache-lexicon-many-XXXXXX";
  assert_non_null(mkdtemp(dir));
  copy_data(dir);
  char path[512];
  snprintf(path, sizeof path, "%s/modality.tsv", dir);
  FILE *f = fopen(path, "a");
  assert_non_null(f);
  for (int i = 0; i < 85; i++) fprintf(f, "chua han\tnone%d\tcase\t\n", i);
  fclose(f);
  attache_lexicon *lex = NULL;
  attache_error err = {0};
  assert_int_equal(attache_lexicon_load(dir, &lex, &err), ATTACHE_OK); /* 85: the most */
  attache_lexicon_free(lex);
  lex = NULL;
  f = fopen(path, "a");
  fputs("chua han\tnone85\tcase\t\n", f);
  fclose(f);
  assert_int_equal(attache_lexicon_load(dir, &lex, &err), ATTACHE_ERR_DATA);
  assert_null(lex);
  assert_string_equal(err.file, dir);
  assert_int_equal(err.line, 0);
  assert_string_equal(err.message, "phrase 'chua han' has 86 entries across the data files, at most 85");
  char cmd[512];
  snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
  assert_int_equal(system(cmd), 0);
}

/* The lead words a glued headline's dateline is looked for by are the chrome
 * entries of value "lead", every one and in file order. */
static void test_chrome_leads_are_the_lead_entries(void **state) {
  (void)state;
  const at_entry **chrome, **leads;
  size_t nchrome, nleads, k = 0;
  at_lexicon_entries(test_lexicon(), AT_CAT_CHROME, &chrome, &nchrome);
  at_lexicon_chrome_leads(test_lexicon(), &leads, &nleads);
  assert_true(nleads >= 2 && nleads < nchrome);
  for (size_t i = 0; i < nchrome; i++) {
    if (strcmp(chrome[i]->value, "lead")) continue;
    assert_true(k < nleads);
    assert_ptr_equal(leads[k++], chrome[i]);
  }
  assert_int_equal(k, nleads);
  assert_string_equal(leads[0]->phrase, "Ngày");
}

/* The abbreviations a word before a period is compared with are those of
 * data/abbreviations.tsv (value abbr) that start with its first byte, every
 * one and in file order; openers ("The") are under no byte. */
static void test_abbreviations_by_first_byte(void **state) {
  (void)state;
  const at_entry **all;
  size_t nall, seen = 0;
  at_lexicon_entries(test_lexicon(), AT_CAT_ABBREV, &all, &nall);
  for (int b = 0; b < 256; b++) {
    const at_entry *const *abbr;
    size_t n, k = 0;
    at_lexicon_abbreviations(test_lexicon(), (unsigned char)b, &abbr, &n);
    for (size_t i = 0; i < nall; i++) {
      if (strcmp(all[i]->value, "abbr") || (unsigned char)all[i]->phrase[0] != b) continue;
      assert_true(k < n);
      assert_ptr_equal(abbr[k++], all[i]);
    }
    assert_int_equal(k, n);
    seen += n;
  }
  assert_true(seen > 0 && seen < nall);
  const at_entry *const *p;
  size_t np;
  at_lexicon_abbreviations(test_lexicon(), 'P', &p, &np);
  assert_true(np >= 2);
  assert_string_equal(p[0]->phrase, "PGS.");
}

/* Token words (token_words.tsv) are asked of one token by role, whatever
 * its case, and are not matched in running text; a word may have two roles. */
static void test_token_words_by_role(void **state) {
  (void)state;
  attache_doc *doc = test_doc("The plan for 2025 was signed by them.", NULL);
  assert_true(at_tok_word(doc, 0, AT_ROLE_ARTICLE));
  assert_true(at_tok_word(doc, 0, AT_ROLE_DEFINITE));
  assert_false(at_tok_word(doc, 0, AT_ROLE_INFINITIVE));
  assert_true(at_tok_word(doc, 2, AT_ROLE_PLAN_YEAR));
  assert_true(at_tok_word(doc, 2, AT_ROLE_TOPIC_LINK));
  assert_false(at_tok_word(doc, 1, AT_ROLE_ARTICLE));
  assert_false(at_tok_word(doc, 3, AT_ROLE_PLAN_YEAR)); /* a number */
  assert_true(at_tok_word(doc, 4, AT_ROLE_COPULA_PAST));
  assert_true(at_tok_word(doc, 6, AT_ROLE_AGENT));
  assert_false(at_tok_word(doc, 99, AT_ROLE_AGENT));
  for (size_t i = 0; i < doc->matches.len; i++) assert_null(at_match_entry(AT_MATCH(doc, i), AT_CAT_TOKEN_WORD));
  attache_doc_free(doc);
  assert_string_equal(matched("Hai bên đã ký kết tại Hà Nội", AT_CAT_TOKEN_WORD), "");
}

/* The roles of token fold_case[0, n) by a search of every role's words (what
 * at_tok_word did before tokens carried their role set). */
static at_role_set roles_searched(const char *fold_case, size_t n) {
  at_role_set set = {{0, 0}};
  const at_role_words *roles = at_lexicon_role_words(test_lexicon());
  for (unsigned r = 0; r < AT_ROLE_COUNT; r++)
    for (uint32_t k = 0; k < roles[r].count; k++)
      if (roles[r].keys[k].len == n && !memcmp(roles[r].keys[k].ptr, fold_case, n))
        set.bits[r >> 6] |= UINT64_C(1) << (r & 63);
  return set;
}

/* Every token word, as written in the file, capitalised and in capitals
 * (a known word, or one the tokenizer folds itself), gives its token the
 * roles of its word, and only those: the set the tokenizer puts on it is the
 * one a search of every role's words finds. Words of no role get none. */
static void test_tokens_carry_their_words_roles(void **state) {
  (void)state;
  at_arena *arena = at_arena_new();
  const at_role_words *roles = at_lexicon_role_words(test_lexicon());
  const at_role_set *sets = at_lexicon_role_sets(test_lexicon());
  const uint64_t *hints = at_lexicon_known_table(test_lexicon()).role_hints; /* the tokenizer's filter */
  size_t words_with_roles = 0;
  for (unsigned r = 0; r < AT_ROLE_COUNT; r++) {
    for (uint32_t k = 0; k < roles[r].count; k++) {
      char text[3][128];
      size_t n = roles[r].keys[k].len;
      assert_true(at_role_hinted(hints, roles[r].keys[k].ptr, n)); /* its no is never said of a token word */
      if (n >= 40) continue;
      snprintf(text[0], sizeof text[0], "%.*s", (int)n, roles[r].keys[k].ptr);
      snprintf(text[1], sizeof text[1], "%s", text[0]);
      text[1][0] = (char)toupper((unsigned char)text[1][0]);
      for (size_t i = 0; i <= n; i++) text[2][i] = (char)toupper((unsigned char)text[0][i]);
      for (int form = 0; form < 3; form++) {
        at_vec toks, syllables;
        at_vec_init(&toks, sizeof(at_token));
        at_vec_init(&syllables, sizeof(at_token_syllables));
        assert_true(at_tokenize_known(test_lexicon(), arena, text[form], 0, strlen(text[form]), &toks, SIZE_MAX,
                                      &syllables));
        for (size_t i = 0; i < toks.len; i++) {
          const at_token *t = AT_VEC_AT(&toks, at_token, i);
          at_role_set want = t->kind == AT_TOK_WORD ? roles_searched(t->fold_case, t->case_len) : (at_role_set){{0, 0}};
          if (memcmp(&sets[t->role_set], &want, sizeof want))
            fail_msg("\"%s\" token %zu (%s): its role set is not its word's", text[form], i, t->fold_case);
          words_with_roles += t->role_set != 0;
        }
        at_vec_free(&toks);
        at_vec_free(&syllables);
      }
    }
  }
  assert_true(words_with_roles > 500);
  attache_doc *doc = test_doc("Navy officers THE Minister and THE envoy.", NULL);
  assert_int_equal(AT_TOK(doc, 0)->role_set, 0);
  assert_true(at_tok_word(doc, 2, AT_ROLE_ARTICLE));
  assert_true(at_tok_word(doc, 4, AT_ROLE_AND));
  assert_false(at_tok_word(doc, 4, AT_ROLE_ARTICLE));
  attache_doc_free(doc);
  at_arena_free(arena);
}

/* A token word of two words, or matched otherwise than by case, is refused
 * with its file and line. */
/* A word of role glued (data/token_words.tsv) that opens a word right
 * before a capital and a small letter is a token of its own: old wire text
 * lost the space there ("visitingSri"). Other words stay whole. */
static void test_glued_words_are_split(void **state) {
  (void)state;
  at_arena *arena = at_arena_new();
  const char *text = "theChilean visitingSri iPhone McDonald theCIA thereAfter";
  at_vec toks, syllables;
  at_vec_init(&toks, sizeof(at_token));
  at_vec_init(&syllables, sizeof(at_token_syllables));
  assert_true(at_tokenize_known(test_lexicon(), arena, text, 0, strlen(text), &toks, SIZE_MAX, &syllables));
  const char *want[] = {"the", "Chilean", "visiting", "Sri", "iPhone", "McDonald", "theCIA", "thereAfter"};
  assert_int_equal(toks.len, sizeof want / sizeof *want);
  for (size_t i = 0; i < toks.len; i++) {
    const at_token *t = AT_VEC_AT(&toks, at_token, i);
    assert_int_equal(t->end - t->start, strlen(want[i]));
    assert_memory_equal(text + t->start, want[i], strlen(want[i]));
  }
  assert_true(AT_VEC_AT(&toks, at_token, 1)->flags & AT_TOKF_SPACE); /* as if a space stood there */
  at_vec_free(&toks);
  at_vec_free(&syllables);
  at_arena_free(arena);
}

/* Words in small letters glued the same way are two when the first is a
 * word of role glued and the rest a word the lexicon knows ("ameeting",
 * "hadtalks"); two capitalised words glued, one known ("ChiVinh"), are two;
 * a capitalised word glued to "in", "on" or "at" before a known capitalised
 * word ("Reyesin Hanoi") loses it. Real words ("across", "another",
 * "inside"), names with a capital inside ("MacArthur", "YouTube") and short
 * names ("Nguon Hong") stay whole. */
static void test_glued_small_and_capitalised_words_are_split(void **state) {
  (void)state;
  at_arena *arena = at_arena_new();
  const char *text =
      "ameeting hadtalks across another inside ChiVinh MacArthur YouTube Reyesin Hanoi Nguon Hong visitingXuyễn";
  at_vec toks, syllables;
  at_vec_init(&toks, sizeof(at_token));
  at_vec_init(&syllables, sizeof(at_token_syllables));
  assert_true(at_tokenize_known(test_lexicon(), arena, text, 0, strlen(text), &toks, SIZE_MAX, &syllables));
  const char *want[] = {"a",         "meeting", "had",   "talks", "across", "another", "inside", "Chi", "Vinh",
                        "MacArthur", "YouTube", "Reyes", "in",    "Hanoi",  "Nguon",   "Hong",   "visiting", "Xuyễn"};
  assert_int_equal(toks.len, sizeof want / sizeof *want);
  for (size_t i = 0; i < toks.len; i++) {
    const at_token *t = AT_VEC_AT(&toks, at_token, i);
    assert_int_equal(t->end - t->start, strlen(want[i]));
    assert_memory_equal(text + t->start, want[i], strlen(want[i]));
  }
  at_vec_free(&toks);
  at_vec_free(&syllables);
  at_arena_free(arena);
}

/* A number glued to a word where old wire text lost the space ("ties
 * with80 nations", "offices in 32countries") is a token of its own: a word
 * of role glued in small letters before the digits, or a word the lexicon
 * knows, five letters or more, after them. Ordinals, names with digits and
 * words that only end in digits stay whole. */
static void test_glued_numbers_are_split(void **state) {
  (void)state;
  at_arena *arena = at_arena_new();
  const char *text = "with75 in2019 41nations 11th G7 xylo42 mig21 9km 12abcdefg";
  at_vec toks, syllables;
  at_vec_init(&toks, sizeof(at_token));
  at_vec_init(&syllables, sizeof(at_token_syllables));
  assert_true(at_tokenize_known(test_lexicon(), arena, text, 0, strlen(text), &toks, SIZE_MAX, &syllables));
  const char *want[] = {"with", "75", "in", "2019", "41", "nations", "11th", "G7", "xylo42", "mig21", "9km", "12abcdefg"};
  assert_int_equal(toks.len, sizeof want / sizeof *want);
  for (size_t i = 0; i < toks.len; i++) {
    const at_token *t = AT_VEC_AT(&toks, at_token, i);
    assert_int_equal(t->end - t->start, strlen(want[i]));
    assert_memory_equal(text + t->start, want[i], strlen(want[i]));
  }
  assert_int_equal(AT_VEC_AT(&toks, at_token, 1)->kind, AT_TOK_NUM);
  assert_true(AT_VEC_AT(&toks, at_token, 1)->flags & AT_TOKF_SPACE); /* as if a space stood there */
  assert_int_equal(AT_VEC_AT(&toks, at_token, 4)->kind, AT_TOK_NUM);
  assert_true(AT_VEC_AT(&toks, at_token, 5)->flags & AT_TOKF_SPACE);
  at_vec_free(&toks);
  at_vec_free(&syllables);
  at_arena_free(arena);
}

/* A sentence longer than the words whose keys the tokenizer reads ahead
 * (token.c's WORD_KEYS_ROOM steps) reads as any word is read, its later
 * words too: known and unknown words, signs, apostrophes, words longer than
 * 16 bytes and words of more bytes, in turn. */
static void test_long_sentence_reads_as_any_word(void **state) {
  (void)state;
  const char *part = "Bộ Quốc phòng Việt Nam, the Navy's ship O'Brien met counterterrorisminternational "
                     "officials (Hà Nội) and Namx, Nam. ";
  size_t part_len = strlen(part), times = 60;
  char *text = malloc(part_len * times + 1);
  assert_non_null(text);
  for (size_t i = 0; i < times; i++) memcpy(text + i * part_len, part, part_len);
  text[part_len * times] = '\0';
  at_arena *arena = at_arena_new();
  expect_known_reading_same(arena, text);
  at_arena_free(arena);
  free(text);
}

/* A sentence read and matched a few tokens at a time (at_tokenize_known_from
 * stopping at max_tokens, at_lexicon_match told more follows), as a very
 * long sentence is, gives the tokens and matches of reading it whole: a
 * phrase cut by a piece's end is matched once the next piece is read, and
 * a glued word cut after its first part goes on as it would. */
static void read_in_pieces(const char *text, size_t piece, at_arena *arena, at_vec *toks, at_vec *matches) {
  at_vec syllables;
  at_vec_init(&syllables, sizeof(at_token_syllables));
  at_tok_cursor from = {0, true};
  size_t matched = 0;
  uint32_t categories = 0;
  uint64_t values = 0;
  for (bool whole = false; !whole;) {
    whole = at_tokenize_known_from(test_lexicon(), arena, text, &from, strlen(text), toks, toks->len + piece,
                                   &syllables);
    size_t n = toks->len - matched;
    if (!n) continue;
    size_t done = at_lexicon_match(test_lexicon(), arena, AT_VEC_AT(toks, at_token, matched), n, (uint32_t)matched,
                                   syllables.items, !whole, matches, &categories, &values);
    matched += done;
    syllables.len -= done;
    memmove(syllables.items, (at_token_syllables *)syllables.items + done, syllables.len * sizeof(at_token_syllables));
  }
  at_vec_free(&syllables);
}

/* A sentence's categories and value bits are its matches' entries' (the
 * rules' quick no: a bit missing where an entry has it would hide the
 * entry), or'ed by the matching as it goes; a match keeps its entries'
 * bits folded to 32 (at_match_bit). The entities stage silences the matches
 * inside a name (count 0), whose bits the sentence keeps. */
static void test_sentence_value_bits_are_its_entries(void **state) {
  (void)state;
  attache_doc *doc = test_doc("Đại tướng Phan Văn Giang tiếp Bộ trưởng Quốc phòng Nhật Bản tại Hà Nội. "
                              "The two ministers signed a memorandum on the sidelines of the ADMM in Jakarta.",
                              NULL);
  assert_true(doc->sentences.len >= 2);
  size_t whole = 0; /* sentences with no match silenced */
  for (size_t i = 0; i < doc->sentences.len; i++) {
    const at_sentence *s = AT_SENT(doc, i);
    uint32_t categories = 0;
    uint64_t values = 0;
    bool silenced = false;
    for (uint32_t m = s->match_start; m < s->match_end; m++) {
      const at_match *x = AT_MATCH(doc, m);
      silenced |= !x->count;
      uint64_t bits = 0;
      for (uint32_t k = 0; k < x->count; k++) {
        categories |= 1u << x->entries[k]->category;
        bits |= at_value_bit(x->entries[k]->category, x->entries[k]->value, strlen(x->entries[k]->value));
      }
      if (x->count) assert_int_equal(x->values, at_match_bit(bits));
      values |= bits;
    }
    assert_true(s->match_end > s->match_start);
    assert_int_equal(s->categories & categories, categories);
    assert_true((s->values & values) == values);
    if (!silenced) {
      assert_int_equal(s->categories, categories);
      assert_true(s->values == values);
      whole++;
    }
  }
  assert_true(whole >= 1);
  attache_doc_free(doc);
}

static void test_sentence_read_in_pieces_reads_the_same(void **state) {
  (void)state;
  const char *text = "Đoàn đại biểu Bộ Quốc phòng Hoa Kỳ thăm Việt Nam; theChilean Navy met the Ministry of "
                     "National Defence of Viet Nam, ameeting in Ha Noi. Hà Nội,Việt Nam.. (Hoa Kỳ), \"Nam\"";
  at_arena *arena = at_arena_new();
  at_vec whole_toks, whole_matches;
  at_vec_init(&whole_toks, sizeof(at_token));
  at_vec_init(&whole_matches, sizeof(at_match));
  read_in_pieces(text, SIZE_MAX / 2, arena, &whole_toks, &whole_matches);
  assert_true(whole_matches.len >= 4);
  for (size_t piece = 1; piece <= 4; piece++) {
    at_vec toks, matches;
    at_vec_init(&toks, sizeof(at_token));
    at_vec_init(&matches, sizeof(at_match));
    read_in_pieces(text, piece, arena, &toks, &matches);
    assert_int_equal(toks.len, whole_toks.len);
    for (size_t i = 0; i < toks.len; i++) {
      const at_token *a = AT_VEC_AT(&whole_toks, at_token, i), *b = AT_VEC_AT(&toks, at_token, i);
      assert_int_equal(a->start, b->start);
      assert_int_equal(a->end, b->end);
      assert_int_equal(a->flags, b->flags);
      assert_int_equal(a->match, b->match);
      assert_string_equal(a->fold_tone, b->fold_tone);
    }
    assert_int_equal(matches.len, whole_matches.len);
    for (size_t i = 0; i < matches.len; i++) {
      const at_match *a = AT_VEC_AT(&whole_matches, at_match, i), *b = AT_VEC_AT(&matches, at_match, i);
      assert_int_equal(a->tok_start, b->tok_start);
      assert_int_equal(a->tok_end, b->tok_end);
      assert_int_equal(a->count, b->count);
    }
    at_vec_free(&toks);
    at_vec_free(&matches);
  }
  at_vec_free(&whole_toks);
  at_vec_free(&whole_matches);
  at_arena_free(arena);
}

/* The shipped data with `file` written as `text` is refused at load,
 * naming the file, `line` and `message`. */
static void assert_refused(const char *file, const char *text, unsigned line, const char *message) {
  char template[] = "/tmp/attache-lexicon-refused-XXXXXX";
  char *dir = mkdtemp(template);
  assert_non_null(dir);
  copy_data(dir);
  char path[512], cmd[512];
  snprintf(path, sizeof path, "%s/%s", dir, file);
  FILE *f = fopen(path, "w");
  fputs(text, f);
  fclose(f);
  attache_lexicon *lex = NULL;
  attache_error err = {0};
  assert_int_equal(attache_lexicon_load(dir, &lex, &err), ATTACHE_ERR_DATA);
  assert_null(lex);
  assert_int_equal(err.line, line);
  assert_non_null(strstr(err.file, file));
  assert_string_equal(err.message, message);
  snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
  assert_int_equal(system(cmd), 0);
}

/* A relations row whose year is not four digits is refused with its file and line. */
static void test_relations_row_is_checked_at_load(void **state) {
  (void)state;
  assert_refused("relations.tsv", "# a comment\nphrase\tvalue\tmatch\tattr\nJP\t1973\texact\t\nFR\t73\texact\t\n", 4,
                 "a relations row is a state's code, a four-digit year and exact");
}

static void test_token_word_row_is_one_word_by_case(void **state) {
  (void)state;
  assert_refused("token_words.tsv", "phrase\tvalue\tmatch\tattr\nthe\tarticle\tcase\t\non the\tabout\tcase\t\n", 3,
                 "a token word is one word matched by case");
  assert_refused("token_words.tsv", "phrase\tvalue\tmatch\tattr\nthe\tarticle\tcase\t\nbe\tauxiliary\texact\t\n", 3,
                 "a token word is one word matched by case");
}

/* A row written twice in a file (an editing slip: the copy would only be
 * matched again) is refused, naming the copy's line and the first's; the
 * same phrase with another value or attribute is no copy. */
static void test_a_repeated_row_is_refused(void **state) {
  (void)state;
  assert_refused("ranks.tsv",
                 "phrase\tvalue\tmatch\tattr\nĐại tướng\tG4\tcase\tarmy\nCol.\tO6\tcase\tarmy\n"
                 "# a comment\nĐại tướng\tG4\tcase\tarmy\n",
                 5, "row repeats line 2");
  char template[] = "/tmp/attache-lexicon-repeat-XXXXXX";
  char *dir = mkdtemp(template);
  assert_non_null(dir);
  copy_data(dir);
  char path[512], cmd[512];
  snprintf(path, sizeof path, "%s/ranks.tsv", dir);
  FILE *f = fopen(path, "a");
  assert_non_null(f);
  fputs("Đại tướng\tG4\tcase\tair\nĐại tướng\tG3\tcase\tarmy\n", f); /* another attribute, another value */
  fclose(f);
  attache_lexicon *lex = NULL;
  attache_error err = {0};
  assert_int_equal(attache_lexicon_load(dir, &lex, &err), ATTACHE_OK);
  attache_lexicon_free(lex);
  snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
  assert_int_equal(system(cmd), 0);
}

/* A row naming a role the rules do not know is refused with its file and
 * line, and so is a file in which no word has one of the rules' roles (a
 * rule asking for it would never fire). */
static void test_token_word_roles_are_checked_at_load(void **state) {
  (void)state;
  char template[] = "/tmp/attache-lexicon-roles-XXXXXX";
  char *dir = mkdtemp(template);
  assert_non_null(dir);
  copy_data(dir);
  char path[512], cmd[1024];
  snprintf(path, sizeof path, "%s/token_words.tsv", dir);
  /* The shipped file, a row of an unknown role after its last line. */
  FILE *f = fopen(path, "a");
  fputs("tháng\tmonth_lead\tcase\t\n", f);
  fclose(f);
  unsigned rows = 0;
  f = fopen(path, "r");
  for (int c; (c = fgetc(f)) != EOF;) rows += c == '\n';
  fclose(f);
  attache_lexicon *lex = NULL;
  attache_error err = {0};
  assert_int_equal(attache_lexicon_load(dir, &lex, &err), ATTACHE_ERR_DATA);
  assert_null(lex);
  assert_int_equal(err.line, rows);
  assert_non_null(strstr(err.file, "token_words.tsv"));
  assert_non_null(strstr(err.message, "unknown token word role \"month_lead\""));
  /* The shipped file without its words of saying. */
  snprintf(cmd, sizeof cmd, "grep -v '\tspeech\t' %s/token_words.tsv > %s", ATTACHE_TEST_DATA_DIR, path);
  assert_int_equal(system(cmd), 0);
  err = (attache_error){0};
  assert_int_equal(attache_lexicon_load(dir, &lex, &err), ATTACHE_ERR_DATA);
  assert_null(lex);
  assert_non_null(strstr(err.file, "token_words.tsv"));
  assert_string_equal(err.message, "no word has the token word role \"speech\"");
  snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
  assert_int_equal(system(cmd), 0);
}

static void test_every_shipped_file_loads(void **state) {
  (void)state;
  assert_true(attache_lexicon_size(test_lexicon()) > 2000);
  assert_string_equal(attache_lexicon_dir(test_lexicon()), ATTACHE_TEST_DATA_DIR);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_case_and_tone_modes),
      cmocka_unit_test(test_documents_read_alike_one_after_another),
      cmocka_unit_test(test_documents_held_together_keep_their_tokens),
      cmocka_unit_test(test_tone_placement_is_folded),
      cmocka_unit_test(test_fold_tables_agree_with_utf8proc),
      cmocka_unit_test(test_token_forms_agree_with_at_fold),
      cmocka_unit_test(test_known_words_read_as_any_word),
      cmocka_unit_test(test_long_sentence_reads_as_any_word),
      cmocka_unit_test(test_glued_words_are_split),
      cmocka_unit_test(test_glued_small_and_capitalised_words_are_split),
      cmocka_unit_test(test_glued_numbers_are_split),
      cmocka_unit_test(test_longest_match_wins),
      cmocka_unit_test(test_flag_value),
      cmocka_unit_test(test_every_flag_of_the_shipped_entries_is_found),
      cmocka_unit_test(test_relations_years_name_known_states_once),
      cmocka_unit_test(test_relations_row_is_checked_at_load),
      cmocka_unit_test(test_hyphenated_phonetic_names),
      cmocka_unit_test(test_mechanism_with_symbol),
      cmocka_unit_test(test_long_syllables_compare_in_full),
      cmocka_unit_test(test_either_spelling_is_read),
      cmocka_unit_test(test_vn_is_vietnam_as_a_word),
      cmocka_unit_test(test_rank_without_periods),
      cmocka_unit_test(test_malformed_file_names_file_and_line),
      cmocka_unit_test(test_a_phrase_with_too_many_entries_is_refused),
      cmocka_unit_test(test_chrome_leads_are_the_lead_entries),
      cmocka_unit_test(test_abbreviations_by_first_byte),
      cmocka_unit_test(test_fold_case_bytes_agree_with_at_fold),
      cmocka_unit_test(test_token_words_by_role),
      cmocka_unit_test(test_tokens_carry_their_words_roles),
      cmocka_unit_test(test_sentence_read_in_pieces_reads_the_same),
      cmocka_unit_test(test_sentence_value_bits_are_its_entries),
      cmocka_unit_test(test_token_word_row_is_one_word_by_case),
      cmocka_unit_test(test_a_repeated_row_is_refused),
      cmocka_unit_test(test_token_word_roles_are_checked_at_load),
      cmocka_unit_test(test_every_shipped_file_loads),
  };
  return cmocka_run_group_tests(tests, NULL, test_teardown_lexicon);
}
