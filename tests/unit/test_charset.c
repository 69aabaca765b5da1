/* SPDX-License-Identifier: MIT */
/* test_charset.c - legacy Vietnamese encodings to UTF-8: the generated tables,
 * round trips through each encoding with detection, forced and declared
 * charsets, and input that must be refused rather than garbled. */
#include "support.h"

#include "charset.h"
#include "charset_tables.h"

#include <iconv.h>
#include <stdlib.h>

#include <utf8proc.h>

static const char SENTENCE[] = "Sáng 6/11, Thượng tướng Nguyễn Chí Vịnh đã tiếp Đại sứ Pháp tại Hà Nội.";

static const char PARAGRAPH[] =
    "Chiều 6/11, tại Bộ Quốc phòng, Thượng tướng Nguyễn Chí Vịnh, Thứ trưởng Bộ Quốc phòng đã tiếp "
    "Đại sứ Pháp tại Việt Nam. Hai bên khẳng định quan hệ hợp tác quốc phòng giữa hai nước ngày càng "
    "phát triển tốt đẹp, thiết thực và hiệu quả; nhất trí tiếp tục thúc đẩy trao đổi đoàn các cấp, "
    "đào tạo, gìn giữ hòa bình của Liên hợp quốc, y học quân sự và khắc phục hậu quả chiến tranh.\n";

/* The sentence in each encoding as other converters write it (GNU recode for
 * VNI, VPS and VISCII; glibc iconv for TCVN5712-1, whose lowercase letters
 * TCVN3 shares, and for CP1258): known answers the tables must reproduce. */
static const char SENTENCE_VNI[] =
    "Sa\xf9ng 6/11, Th\xf6\xf4\xefng t\xf6\xf4\xf9ng Nguye\xe3n Ch\xed V\xf2nh \xf1" "a\xf5 tie\xe1p "
    "\xd1" "a\xefi s\xf6\xf9 Pha\xf9p ta\xefi Ha\xf8 No\xe4i.";
static const char SENTENCE_VPS[] =
    "S\xe1ng 6/11, Th\xdc\xaeng t\xdc\xa7ng Nguy\xcdn Ch\xed V\xcenh \xc7\xe3 ti\x89p \xf1\xe5i s\xd9 "
    "Ph\xe1p t\xe5i H\xe0 N\xb6i.";
static const char SENTENCE_VISCII[] =
    "S\xe1ng 6/11, Th\xdf\xfeng t\xdf\xbeng Nguy\xadn Ch\xed V\xb8nh \xf0\xe3 ti\xaap \xd0\xd5i s\xd1 "
    "Ph\xe1p t\xd5i H\xe0 N\xb5i.";
static const char SENTENCE_TCVN3[] =
    "S\xb8ng 6/11, Th\xad\xeeng t\xad\xedng Nguy\xd4n Ch\xdd V\xdenh \xae\xb7 ti\xd5p \xa7\xb9i s\xf8 "
    "Ph\xb8p t\xb9i H\xb5 N\xe9i.";
static const char SENTENCE_CP1258[] =
    "S\xe1ng 6/11, Th\xfd\xf5\xf2ng t\xfd\xf5\xecng Nguy\xea\xden Ch\xed Vi\xf2nh \xf0" "a\xde ti\xea\xecp "
    "\xd0" "a\xf2i s\xfd\xec Ph\xe1p t" "a\xf2i H\xe0 N\xf4\xf2i.";

/* ---- helpers ---- */

static const at_charset_table *table(const char *name) {
  for (size_t i = 0; i < AT_CHARSET_NTABLES; i++)
    if (!strcmp(at_charset_tables[i].name, name)) return &at_charset_tables[i];
  fail_msg("no table %s", name);
  return NULL;
}

static char *nfc(const char *s, size_t n) {
  utf8proc_uint8_t *out = NULL;
  utf8proc_ssize_t m = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &out,
                                    UTF8PROC_STABLE | UTF8PROC_COMPOSE);
  assert_true(m >= 0);
  return (char *)out;
}

/* Encodes UTF-8 `text` with a table, reading its rows backwards (shortest
 * byte sequence for each code point); ASCII stays. Caller frees. */
static char *table_encode(const char *name, const char *text, size_t *out_len) {
  const at_charset_table *t = table(name);
  char *out = malloc(strlen(text) * 3 + 1);
  assert_non_null(out);
  size_t n = 0;
  const utf8proc_uint8_t *s = (const utf8proc_uint8_t *)text;
  for (size_t i = 0; s[i];) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate(s + i, -1, &cp);
    assert_true(k > 0);
    i += (size_t)k;
    if (cp < 0x80) {
      out[n++] = (char)cp;
      continue;
    }
    const at_charset_entry *best = NULL;
    for (size_t e = 0; e < t->len; e++)
      if (t->entries[e].ncp == 1 && t->entries[e].cps[0] == (unsigned)cp && (!best || t->entries[e].len < best->len))
        best = &t->entries[e];
    if (!best) fail_msg("%s cannot encode U+%04X", name, (unsigned)cp);
    memcpy(out + n, best->bytes, best->len);
    n += best->len;
  }
  out[n] = '\0';
  *out_len = n;
  return out;
}

static char *iconv_encode(const char *charset, const char *text, size_t *out_len) {
  iconv_t cd = iconv_open(charset, "UTF-8");
  assert_true(cd != (iconv_t)-1);
  size_t inleft = strlen(text), cap = inleft * 4 + 16, outleft = cap;
  char *out = malloc(cap), *in = (char *)text, *o = out;
  assert_non_null(out);
  assert_true(iconv(cd, &in, &inleft, &o, &outleft) != (size_t)-1);
  assert_true(iconv(cd, NULL, NULL, &o, &outleft) != (size_t)-1);
  iconv_close(cd);
  *out_len = (size_t)(o - out);
  return out;
}

/* Converts and checks the status; returns the output (NULL on error). */
static char *to_utf8(const char *bytes, size_t len, const char *declared, const char *forced, attache_status want,
                     const char **used, attache_error *err) {
  char *out = NULL;
  size_t out_len = 0;
  attache_status st = at_charset_to_utf8(bytes, len, declared, forced, &out, &out_len, used, err);
  if (st != want) fail_msg("status %d, want %d: %s", st, want, err->message);
  if (st == ATTACHE_OK) {
    assert_non_null(out);
    assert_int_equal(strlen(out), out_len);
  } else {
    assert_null(out);
  }
  return out;
}

/* Detects `bytes`, checks the encoding found and that the NFC text is `want`. */
static void expect_detected(const char *bytes, size_t len, const char *declared, const char *want_encoding,
                            const char *want) {
  attache_error err = {0};
  const char *used = NULL;
  char *out = to_utf8(bytes, len, declared, NULL, ATTACHE_OK, &used, &err);
  assert_string_equal(used, want_encoding);
  char *text = nfc(out, strlen(out));
  assert_string_equal(text, want);
  free(text);
  free(out);
}

/* ---- the generated tables ---- */

static void test_tables_are_sorted_and_indexed(void **state) {
  (void)state;
  assert_int_equal(AT_CHARSET_NTABLES, 4);
  for (size_t i = 0; i < AT_CHARSET_NTABLES; i++) {
    const at_charset_table *t = &at_charset_tables[i];
    assert_int_equal(t->first[0], 0);
    assert_int_equal(t->first[256], t->len);
    for (size_t e = 0; e < t->len; e++) {
      const at_charset_entry *x = &t->entries[e];
      assert_true(x->len >= 1 && x->len <= 3 && x->ncp >= 1 && x->ncp <= 2);
      assert_true(t->first[x->bytes[0]] <= e && e < t->first[x->bytes[0] + 1]);
      if (e) {
        const at_charset_entry *p = &t->entries[e - 1];
        size_t m = p->len < x->len ? p->len : x->len;
        int c = memcmp(p->bytes, x->bytes, m);
        assert_true(c < 0 || (c == 0 && p->len < x->len));
      }
    }
  }
}

/* Every Vietnamese letter decodes in every table (TCVN3: its 67 lowercase
 * letters and 7 capitals without a tone). */
static void test_tables_cover_vietnamese(void **state) {
  (void)state;
  static const char *const vowels[] = {"a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"};
  static const char *const tones[] = {"", "\xCC\x81", "\xCC\x80", "\xCC\x89", "\xCC\x83", "\xCC\xA3"};
  for (size_t i = 0; i < AT_CHARSET_NTABLES; i++) {
    const at_charset_table *t = &at_charset_tables[i];
    bool tcvn3 = !strcmp(t->name, "TCVN3");
    size_t found = 0, wanted = 0;
    for (int upper = 0; upper < 2; upper++)
      for (size_t v = 0; v < 12; v++)
        for (size_t k = 0; k < 6; k++) {
          char buf[16];
          snprintf(buf, sizeof buf, "%s%s", vowels[v], tones[k]);
          char *c = nfc(buf, strlen(buf));
          utf8proc_int32_t cp;
          utf8proc_iterate((const utf8proc_uint8_t *)c, -1, &cp);
          free(c);
          if (upper) cp = utf8proc_toupper(cp);
          if (cp < 0x80) continue;
          if (tcvn3 && upper && k) continue;
          wanted++;
          for (size_t e = 0; e < t->len; e++)
            if (t->entries[e].ncp == 1 && t->entries[e].cps[0] == (unsigned)cp) {
              found++;
              break;
            }
        }
    for (unsigned cp = 0x110; cp <= 0x111; cp++) { /* Đ đ */
      wanted++;
      for (size_t e = 0; e < t->len; e++)
        if (t->entries[e].ncp == 1 && t->entries[e].cps[0] == cp) {
          found++;
          break;
        }
    }
    if (found != wanted) fail_msg("%s: %zu of %zu letters", t->name, found, wanted);
    assert_int_equal(wanted, tcvn3 ? 74 : 134);
  }
}

/* The VISCII table against glibc's VISCII, byte by byte. */
static void test_viscii_table_agrees_with_iconv(void **state) {
  (void)state;
  const at_charset_table *t = table("VISCII");
  iconv_t cd = iconv_open("UTF-8", "VISCII");
  if (cd == (iconv_t)-1) skip();
  for (unsigned b = 0; b < 256; b++) {
    char in[1] = {(char)b}, out[8], *ip = in, *op = out;
    size_t il = 1, ol = sizeof out;
    assert_true(iconv(cd, &ip, &il, &op, &ol) != (size_t)-1);
    utf8proc_int32_t cp;
    utf8proc_iterate((const utf8proc_uint8_t *)out, (utf8proc_ssize_t)(op - out), &cp);
    const at_charset_entry *row = NULL;
    for (size_t e = t->first[b]; e < t->first[b + 1]; e++)
      if (t->entries[e].len == 1) row = &t->entries[e];
    if (row) assert_int_equal(row->cps[0], (unsigned)cp);
    else assert_int_equal(cp, (utf8proc_int32_t)b);
  }
  iconv_close(cd);
}

/* ---- detection ---- */

static void test_known_answers(void **state) {
  (void)state;
  static const struct {
    const char *name, *bytes;
  } cases[] = {{"VNI", SENTENCE_VNI}, {"VPS", SENTENCE_VPS}, {"VISCII", SENTENCE_VISCII}, {"TCVN3", SENTENCE_TCVN3}};
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    size_t n;
    char *enc = table_encode(cases[i].name, SENTENCE, &n);
    if (n != strlen(cases[i].bytes) || memcmp(enc, cases[i].bytes, n))
      fail_msg("%s encodes differently", cases[i].name);
    free(enc);
    expect_detected(cases[i].bytes, strlen(cases[i].bytes), NULL, cases[i].name, SENTENCE);
  }
  expect_detected(SENTENCE_CP1258, strlen(SENTENCE_CP1258), NULL, "WINDOWS-1258", SENTENCE);
}

static void test_round_trip_each_encoding(void **state) {
  (void)state;
  static const char *const texts[] = {SENTENCE, PARAGRAPH};
  static const char *const tables[] = {"TCVN3", "VNI", "VPS", "VISCII"};
  for (size_t t = 0; t < 2; t++) {
    for (size_t i = 0; i < 4; i++) {
      size_t n;
      char *enc = table_encode(tables[i], texts[t], &n);
      expect_detected(enc, n, NULL, tables[i], texts[t]);
      free(enc);
    }
    size_t n;
    char *enc = iconv_encode("WINDOWS-1258", texts[t], &n);
    expect_detected(enc, n, NULL, "WINDOWS-1258", texts[t]);
    free(enc);
    enc = iconv_encode("VISCII", texts[t], &n);
    expect_detected(enc, n, NULL, "VISCII", texts[t]);
    free(enc);
  }
}

/* Past the 64 KiB that detection reads, the whole input is still converted. */
static void test_long_input_converts_whole(void **state) {
  (void)state;
  size_t plen = strlen(PARAGRAPH), reps = 200;
  char *text = malloc(plen * reps + 1);
  assert_non_null(text);
  for (size_t i = 0; i < reps; i++) memcpy(text + i * plen, PARAGRAPH, plen);
  text[plen * reps] = '\0';
  size_t n;
  char *enc = table_encode("VNI", text, &n);
  assert_true(n > 64 * 1024);
  expect_detected(enc, n, NULL, "VNI", text);
  free(enc);
  free(text);
}

/* ---- forced and declared ---- */

static void test_forced_wins(void **state) {
  (void)state;
  attache_error err = {0};
  const char *used = NULL;
  /* VNI bytes forced as VISCII: converted as VISCII, however it reads. */
  char *out = to_utf8(SENTENCE_VNI, strlen(SENTENCE_VNI), "VNI", "VISCII", ATTACHE_OK, &used, &err);
  assert_string_equal(used, "VISCII");
  assert_string_not_equal(out, SENTENCE);
  free(out);
  /* Names match whatever their case and punctuation. */
  out = to_utf8(SENTENCE_VNI, strlen(SENTENCE_VNI), NULL, "vni-win", ATTACHE_OK, &used, &err);
  assert_string_equal(used, "VNI");
  assert_string_equal(out, SENTENCE);
  free(out);
  out = to_utf8(SENTENCE_CP1258, strlen(SENTENCE_CP1258), NULL, "cp1258", ATTACHE_OK, &used, &err);
  assert_string_equal(used, "WINDOWS-1258");
  char *text = nfc(out, strlen(out));
  assert_string_equal(text, SENTENCE);
  free(text);
  free(out);
  /* Another iconv charset. */
  out = to_utf8("caf\xe9", 4, NULL, "iso-8859-1", ATTACHE_OK, &used, &err);
  assert_string_equal(used, "ISO-8859-1");
  assert_string_equal(out, "café");
  free(out);
  /* Forced UTF-8 on legacy bytes, a byte the forced table lacks, an unknown name. */
  to_utf8(SENTENCE_VNI, strlen(SENTENCE_VNI), NULL, "UTF-8", ATTACHE_ERR_UTF8, &used, &err);
  assert_int_equal(err.offset, 2);
  to_utf8("ti\xb0p", 4, NULL, "TCVN3", ATTACHE_ERR_UTF8, &used, &err);
  assert_int_equal(err.offset, 2);
  assert_string_equal(err.message, "byte 0xB0 at offset 2 is not valid TCVN3");
  to_utf8("abc", 3, NULL, "no-such-charset", ATTACHE_ERR_ARG, &used, &err);
}

static void test_wrong_declared_is_overridden(void **state) {
  (void)state;
  /* VNI and TCVN3 pages often declare Windows-1252 or Latin-1 (their fonts
   * live there); a declaration that converts but does not read is overridden. */
  expect_detected(SENTENCE_VNI, strlen(SENTENCE_VNI), "windows-1258", "VNI", SENTENCE);
  expect_detected(SENTENCE_TCVN3, strlen(SENTENCE_TCVN3), "ISO-8859-1", "TCVN3", SENTENCE);
  expect_detected(SENTENCE_VPS, strlen(SENTENCE_VPS), "VISCII", "VPS", SENTENCE);
  /* Declared UTF-8 on bytes that are not: detection. */
  expect_detected(SENTENCE_VISCII, strlen(SENTENCE_VISCII), "utf-8", "VISCII", SENTENCE);
  /* A right declaration is used; an unknown one is ignored. */
  expect_detected(SENTENCE_CP1258, strlen(SENTENCE_CP1258), "Windows-1258", "WINDOWS-1258", SENTENCE);
  expect_detected(SENTENCE_VPS, strlen(SENTENCE_VPS), "x-no-such", "VPS", SENTENCE);
}

/* A declared charset that converts every byte is kept when no Vietnamese
 * reading is clearly better: a French page in Latin-1. */
static void test_declared_kept_when_nothing_reads_better(void **state) {
  (void)state;
  const char latin1[] = "Le ministre a re\xe7u l'ambassadeur \xe0 Paris: caf\xe9, cr\xe8me et g\xe2teau.";
  expect_detected(latin1, strlen(latin1), "iso-8859-1", "ISO-8859-1",
                  "Le ministre a reçu l'ambassadeur à Paris: café, crème et gâteau.");
}

static void test_valid_utf8_stays(void **state) {
  (void)state;
  attache_error err = {0};
  const char *used = NULL;
  const char bom[] = "\xEF\xBB\xBFSáng 6/11 tại Hà Nội";
  char *out = to_utf8(bom, strlen(bom), "windows-1258", NULL, ATTACHE_OK, &used, &err);
  assert_string_equal(used, "UTF-8");
  assert_string_equal(out, bom);
  free(out);
  out = to_utf8("", 0, NULL, NULL, ATTACHE_OK, &used, &err);
  assert_string_equal(out, "");
  free(out);
  /* UTF-16 with a byte-order mark. */
  const char u16[] = "\xFF\xFE" "H\0" "\xE0\0";
  out = to_utf8(u16, 6, NULL, NULL, ATTACHE_OK, &used, &err);
  assert_string_equal(used, "UTF-16");
  assert_string_equal(out, "Hà");
  free(out);
  char *p = NULL;
  size_t n;
  assert_int_equal(at_charset_to_utf8("x", 1, NULL, NULL, NULL, &n, &used, &err), ATTACHE_ERR_ARG);
  assert_int_equal(at_charset_to_utf8(NULL, 1, NULL, NULL, &p, &n, &used, &err), ATTACHE_ERR_ARG);
}

/* ---- refused input ---- */

static void test_random_bytes_are_an_error(void **state) {
  (void)state;
  unsigned seed = 12345;
  char buf[4096];
  for (size_t round = 0; round < 200; round++) {
    size_t n = 1 + round * 20 % sizeof buf;
    for (size_t i = 0; i < n; i++) {
      seed = seed * 1103515245u + 12345u;
      buf[i] = (char)(seed >> 16);
    }
    char *out = NULL;
    size_t len = 0;
    const char *used = NULL;
    attache_error err = {0};
    attache_status st = at_charset_to_utf8(buf, n, round % 3 ? NULL : "windows-1258", NULL, &out, &len, &used, &err);
    if (n >= 64) {
      if (st != ATTACHE_ERR_UTF8) fail_msg("%zu random bytes read as %s", n, used);
      assert_non_null(strstr(err.message, "cannot tell the encoding (candidates: "));
      assert_null(out);
    }
    free(out);
    /* Forced, nothing crashes either. */
    st = at_charset_to_utf8(buf, n, NULL, "VNI", &out, &len, &used, &err);
    assert_true(st == ATTACHE_OK || st == ATTACHE_ERR_UTF8);
    free(out);
  }
  /* Bytes the declared charset defines, but control characters among them. */
  for (size_t i = 0; i < 256; i++) {
    seed = seed * 1103515245u + 12345u;
    unsigned b = (seed >> 16) & 0x7F;
    buf[i] = (char)(b < 0x20 ? b | 1 : b + 0x80); /* 0x01-0x1F or 0xA0-0xFF */
  }
  attache_error err = {0};
  const char *used = NULL;
  to_utf8(buf, 256, "windows-1258", NULL, ATTACHE_ERR_UTF8, &used, &err);
  assert_non_null(strstr(err.message, "the declared WINDOWS-1258 gives control or stray characters; cannot tell"));
}

static void test_mixed_input_is_an_error(void **state) {
  (void)state;
  attache_error err = {0};
  const char *used = NULL;
  /* UTF-8 with a VNI sentence in it. */
  char mixed[1024];
  snprintf(mixed, sizeof mixed, "%s\n%s\n%s", PARAGRAPH, SENTENCE_VNI, SENTENCE);
  to_utf8(mixed, strlen(mixed), NULL, NULL, ATTACHE_ERR_UTF8, &used, &err);
  assert_non_null(strstr(err.message, "mixed input"));
  assert_int_equal(err.offset, strlen(PARAGRAPH) + 3);
  /* VNI for more than detection reads, then TCVN3. */
  size_t plen = strlen(PARAGRAPH), reps = 200;
  char *text = malloc(plen * reps + 1);
  assert_non_null(text);
  for (size_t i = 0; i < reps; i++) memcpy(text + i * plen, PARAGRAPH, plen);
  text[plen * reps] = '\0';
  size_t n;
  char *enc = table_encode("VNI", text, &n);
  char *both = malloc(n + sizeof SENTENCE_TCVN3);
  assert_non_null(both);
  memcpy(both, enc, n);
  memcpy(both + n, SENTENCE_TCVN3, sizeof SENTENCE_TCVN3);
  to_utf8(both, n + strlen(SENTENCE_TCVN3), NULL, NULL, ATTACHE_ERR_UTF8, &used, &err);
  assert_non_null(strstr(err.message, "mixed input: the text reads as VNI"));
  assert_true(err.offset > n);
  free(both);
  free(enc);
  free(text);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_tables_are_sorted_and_indexed),
      cmocka_unit_test(test_tables_cover_vietnamese),
      cmocka_unit_test(test_viscii_table_agrees_with_iconv),
      cmocka_unit_test(test_known_answers),
      cmocka_unit_test(test_round_trip_each_encoding),
      cmocka_unit_test(test_long_input_converts_whole),
      cmocka_unit_test(test_forced_wins),
      cmocka_unit_test(test_wrong_declared_is_overridden),
      cmocka_unit_test(test_declared_kept_when_nothing_reads_better),
      cmocka_unit_test(test_valid_utf8_stays),
      cmocka_unit_test(test_random_bytes_are_an_error),
      cmocka_unit_test(test_mixed_input_is_an_error),
  };
  return cmocka_run_group_tests(tests, NULL, test_teardown_lexicon);
}
