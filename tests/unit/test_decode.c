/* SPDX-License-Identifier: MIT */
/* test_decode.c - UTF-8 validation, BOM, line ends and NFC at the input boundary. */
#include "support.h"

#include <attache/decode.h>

#include "internal.h"

#include <utf8proc.h>

static char *decode(const char *in, size_t n, unsigned flags, attache_status want, size_t *replaced) {
  char *out = NULL;
  size_t len = 0;
  attache_error err = {0};
  assert_int_equal(attache_decode(in, n, flags, &out, &len, replaced, &err), want);
  return out;
}

static void test_nfc_composes_decomposed_vietnamese(void **state) {
  (void)state;
  /* "Việt" written as e + combining dot below + combining circumflex. */
  const char decomposed[] = "Vie\xCC\xA3\xCC\x82t Nam";
  char *out = decode(decomposed, sizeof decomposed - 1, 0, ATTACHE_OK, NULL);
  assert_string_equal(out, "Việt Nam");
  free(out);
}

/* Pasted and crawled text: a no-break space inside a rank, a narrow no-break
 * space before a date, a zero-width space after a word, a soft hyphen inside
 * one, a BOM in the middle and a line separator. Read as plain text reads. */
static void test_invisible_characters_settled(void **state) {
  (void)state;
  const char in[] = "Thượng\xC2\xA0tướng Lê\xE2\x80\x8B Văn An tiếp Đoàn\xE2\x80\xAF"
                    "đại biểu Bộ Quốc phò\xC2\xADng\xEF\xBB\xBF Lào\xE2\x80\xA8Sáng 5/3.";
  char *out = decode(in, sizeof in - 1, 0, ATTACHE_OK, NULL);
  assert_string_equal(out, "Thượng tướng Lê Văn An tiếp Đoàn đại biểu Bộ Quốc phòng Lào\nSáng 5/3.");
  free(out);
  const char en[] = "Senior\xE2\x80\x89Lt.\xC2\xA0Gen. Tran Van Binh\xE2\x81\xA0 met his de\xC2\xAD" "fence counterpart.";
  out = decode(en, sizeof en - 1, 0, ATTACHE_OK, NULL);
  assert_string_equal(out, "Senior Lt. Gen. Tran Van Binh met his defence counterpart.");
  free(out);
}

static void test_bom_and_crlf(void **state) {
  (void)state;
  const char in[] = "\xEF\xBB\xBFSáng 6/11\r\nChiều\rTối";
  char *out = decode(in, sizeof in - 1, 0, ATTACHE_OK, NULL);
  assert_string_equal(out, "Sáng 6/11\nChiều\nTối");
  free(out);
}

static void test_invalid_utf8_names_offset_and_line(void **state) {
  (void)state;
  const char in[] = "dòng một\nhai \xC3( ba";
  char *out = NULL;
  size_t len;
  attache_error err = {0};
  assert_int_equal(attache_decode(in, sizeof in - 1, 0, &out, &len, NULL, &err), ATTACHE_ERR_UTF8);
  assert_null(out);
  assert_int_equal(err.line, 2);
  assert_int_equal(err.offset, strlen("dòng một\nhai "));
  char want[64];
  snprintf(want, sizeof want, "invalid UTF-8 at byte %zu", strlen("dòng một\nhai "));
  assert_string_equal(err.message, want);
}

static void test_lenient_replaces_and_counts(void **state) {
  (void)state;
  const char in[] = "a\xFF" "b\xC3";
  size_t replaced = 0;
  char *out = decode(in, sizeof in - 1, ATTACHE_DECODE_LENIENT, ATTACHE_OK, &replaced);
  assert_string_equal(out, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
  assert_int_equal(replaced, 2);
  free(out);
}

static void test_nul_byte_is_binary(void **state) {
  (void)state;
  const char in[] = "abc\0def";
  char *out = NULL;
  size_t len;
  attache_error err = {0};
  assert_int_equal(attache_decode(in, sizeof in - 1, ATTACHE_DECODE_LENIENT, &out, &len, NULL, &err),
                   ATTACHE_ERR_BINARY);
  assert_int_equal(err.offset, 3);
}

static void test_empty_input_is_empty_string(void **state) {
  (void)state;
  char *out = decode("", 0, 0, ATTACHE_OK, NULL);
  assert_string_equal(out, "");
  free(out);
}

static void test_overlong_and_surrogates_rejected(void **state) {
  (void)state;
  char *out = NULL;
  size_t len;
  assert_int_equal(attache_decode("\xC0\xAF", 2, 0, &out, &len, NULL, NULL), ATTACHE_ERR_UTF8);
  assert_int_equal(attache_decode("\xED\xA0\x80", 3, 0, &out, &len, NULL, NULL), ATTACHE_ERR_UTF8);
}

/* The scan passes ASCII many bytes at a time and Vietnamese letters (lead
 * bytes C3-CB, E1 B8-BB) without decoding them: what it must still stop at
 * is put past the first 16 bytes and right after such letters. */
static void test_long_lines_checked_past_the_scan(void **state) {
  (void)state;
  const char crlf[] = "Bộ trưởng Quốc phòng hai nước\r\nký kết biên bản\rghi nhớ";
  char *out = decode(crlf, sizeof crlf - 1, 0, ATTACHE_OK, NULL);
  assert_string_equal(out, "Bộ trưởng Quốc phòng hai nước\nký kết biên bản\nghi nhớ");
  free(out);
  const char spaces[] = "The delegation of the navy arrived at\xC2\xA0the port on Monday";
  out = decode(spaces, sizeof spaces - 1, 0, ATTACHE_OK, NULL);
  assert_string_equal(out, "The delegation of the navy arrived at the port on Monday");
  free(out);
  const char decomposed[] = "Hai bên thống nhất tăng cường hợp tác quốc phòng Vie\xCC\xA3\xCC\x82t Nam";
  out = decode(decomposed, sizeof decomposed - 1, 0, ATTACHE_OK, NULL);
  assert_string_equal(out, "Hai bên thống nhất tăng cường hợp tác quốc phòng Việt Nam");
  free(out);
  /* a lead byte of a letter without its continuation bytes */
  const char *broken[] = {"Hai bên thống nhất tăng cường \xC3", "Hai bên thống nhất tăng cường \xE1\xBA",
                          "Hai bên thống nhất tăng cường \xE1\xBA(", "Hai bên thống nhất tăng cường \xC3("};
  for (size_t i = 0; i < sizeof broken / sizeof *broken; i++) {
    attache_error err = {0};
    size_t len;
    assert_int_equal(attache_decode(broken[i], strlen(broken[i]), 0, &out, &len, NULL, &err), ATTACHE_ERR_UTF8);
    assert_int_equal(err.offset, strlen("Hai bên thống nhất tăng cường "));
  }
}

/* The fast path skips NFC for text made only of these code points: check
 * against utf8proc that NFC leaves each alone, alone and before a letter,
 * and that none is a combining mark or composes with what precedes it. */
static void test_nfc_stable_set_agrees_with_utf8proc(void **state) {
  (void)state;
  for (int32_t cp = 1; cp < 0x10000; cp++) {
    if (!at_nfc_stable(cp)) continue;
    utf8proc_uint8_t in[16], *out = NULL;
    utf8proc_ssize_t n = utf8proc_encode_char('a', in);
    n += utf8proc_encode_char(cp, in + n);
    n += utf8proc_encode_char('b', in + n);
    utf8proc_ssize_t m = utf8proc_map(in, n, &out, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    if (m != n || memcmp(in, out, (size_t)n) != 0) fail_msg("NFC changes U+%04X", (unsigned)cp);
    free(out);
    assert_int_equal(utf8proc_get_property(cp)->combining_class, 0);
  }
}

/* Text its reader checked (at_decode with valid_utf8) comes out as checked
 * text does: line ends, invisible characters, NFC, letters of two, three
 * and four bytes, each at every place in the 16-byte blocks decode scans. */
static void test_checked_text_decodes_the_same(void **state) {
  (void)state;
  static const char *const pieces[] = {
      "Tr\xC6\xB0\xE1\xBB\x9Dng",     /* "Trường": two- and three-byte letters */
      "a\r\nb\rc",                      /* CRLF and CR */
      "x\xC2\xA0y\xC2\xADz",           /* no-break space, soft hyphen */
      "e\xCC\x82\xCC\xA3",             /* e, combining circumflex and dot below */
      "\xE2\x80\x9Cq\xE2\x80\x9D\xE2\x80\x8B", /* quotation marks, zero-width space */
      "\xE1\xBA\xA1\xE1\x80\x80",    /* a Vietnamese letter, a Myanmar letter (E1 80) */
      "\xF0\x9F\x98\x80 \xC4\x90",   /* a four-byte sign, "Đ" */
  };
  char in[96];
  for (size_t p = 0; p < sizeof pieces / sizeof *pieces; p++) {
    for (size_t pad = 0; pad < 40; pad++) {
      memset(in, 'a', pad);
      size_t n = pad + (size_t)snprintf(in + pad, sizeof in - pad, "%s", pieces[p]);
      char *want = NULL, *got = NULL;
      size_t want_len = 0, got_len = 0;
      attache_error err = {0};
      assert_int_equal(attache_decode(in, n, 0, &want, &want_len, NULL, &err), ATTACHE_OK);
      assert_int_equal(at_decode(in, n, 0, true, &got, &got_len, NULL, &err), ATTACHE_OK);
      assert_int_equal(got_len, want_len);
      assert_memory_equal(got, want, want_len);
      free(want);
      free(got);
    }
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_nfc_composes_decomposed_vietnamese),
      cmocka_unit_test(test_bom_and_crlf),
      cmocka_unit_test(test_invalid_utf8_names_offset_and_line),
      cmocka_unit_test(test_lenient_replaces_and_counts),
      cmocka_unit_test(test_nul_byte_is_binary),
      cmocka_unit_test(test_empty_input_is_empty_string),
      cmocka_unit_test(test_overlong_and_surrogates_rejected),
      cmocka_unit_test(test_nfc_stable_set_agrees_with_utf8proc),
      cmocka_unit_test(test_invisible_characters_settled),
      cmocka_unit_test(test_long_lines_checked_past_the_scan),
      cmocka_unit_test(test_checked_text_decodes_the_same),
  };
  return cmocka_run_group_tests(tests, NULL, test_teardown_lexicon);
}
