/* SPDX-License-Identifier: MIT */
/* test_cli_output.c - the CLI's one CSV writer and one terminal sanitiser,
 * on the edge cases a fixture database cannot hold (bytes that are not
 * UTF-8, every control) and on the cells a spreadsheet would run. */
#include "csv.h"
#include "term.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

static void expect_shown(const char *in, const char *want) {
  char *got = term_safe(in);
  if (strcmp(got, want)) fail_msg("term_safe(\"%s\") = \"%s\", want \"%s\"", in ? in : "(null)", got, want);
  free(got);
}

#define R "\xEF\xBF\xBD" /* U+FFFD */

static void test_terminal_controls_are_replaced(void **state) {
  (void)state;
  expect_shown("Quốc phòng – 国防 😀", "Quốc phòng – 国防 😀");
  expect_shown("\x1b]0;title\x07", R "]0;title" R);
  expect_shown("\x1b[2J\x1b]52;c;eA==\x07", R "[2J" R "]52;c;eA==" R);
  expect_shown("a\tb\nc\rd", "a b c d");
  expect_shown("del\x7f c1\xC2\x9B" "31m nel\xC2\x85", "del" R " c1" R "31m nel" R);
  expect_shown("\xE2\x80\xAE" "evil\xE2\x81\xA6", R "evil" R);
  expect_shown("cut \xE1\xBB", "cut " R R);
  expect_shown("\xC0\xAF \xED\xA0\x80 \xFF", R R " " R R R " " R);
  expect_shown(NULL, "");
}

static void test_lines_are_kept(void **state) {
  (void)state;
  char *text = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&text, &len);
  term_write_lines(out, "Title\x1b]0;x\x07\n\nOne\tline\r\nTwo \xC2\x9B" "2J");
  fclose(out);
  assert_string_equal(text, "Title" R "]0;x" R "\n\nOne line \nTwo " R "2J");
  free(text);
}

static char *csv_of(const char *const *cells, size_t n) {
  char *text = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&text, &len);
  csv_writer w = {.out = out};
  for (size_t i = 0; i < n; i++) csv_cell(&w, cells[i]);
  csv_end_row(&w);
  fclose(out);
  return text;
}

static void expect_csv(const char *const *cells, size_t n, const char *want) {
  char *got = csv_of(cells, n);
  if (strcmp(got, want)) fail_msg("csv: \"%s\", want \"%s\"", got, want);
  free(got);
}

static void test_csv_neutralises_formulas(void **state) {
  (void)state;
  expect_csv((const char *[]){"=1+2", "+1+A1", "-A1", "@SUM(A1)", "\tx", "\rx"}, 6,
             "\"'=1+2\",\"'+1+A1\",\"'-A1\",\"'@SUM(A1)\",\"'\tx\",\"'\rx\"\n");
  expect_csv((const char *[]){"-3", "42", "2.5", "+7", "a=b"}, 5, "-3,42,2.5,+7,a=b\n");
  expect_csv((const char *[]){"say \"hi\"", "a,b", "two\nlines", NULL, ""}, 5,
             "\"say \"\"hi\"\"\",\"a,b\",\"two\nlines\",,\n");
  expect_csv((const char *[]){"=HYPERLINK(\"http://x\")"}, 1, "\"'=HYPERLINK(\"\"http://x\"\")\"\n");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_terminal_controls_are_replaced),
      cmocka_unit_test(test_lines_are_kept),
      cmocka_unit_test(test_csv_neutralises_formulas),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
