/* SPDX-License-Identifier: MIT */
/* csv.c - the one CSV writer (see csv.h). */
#include "csv.h"

#include <stdbool.h>
#include <string.h>

/* "-3", "42", "2.5": a number, which no spreadsheet reads as a formula. */
static bool plain_number(const char *s) {
  if (*s == '-' || *s == '+') s++;
  size_t digits = strspn(s, "0123456789");
  if (!digits) return false;
  s += digits;
  if (*s == '.') s += 1 + strspn(s + 1, "0123456789");
  return !*s;
}

static bool formula_start(const char *s) { return *s && strchr("=+-@\t\r", *s) && !plain_number(s); }

void csv_cell(csv_writer *w, const char *text) {
  if (w->column++) fputc(',', w->out);
  if (!text) return;
  bool neutralise = formula_start(text);
  bool quote = neutralise || strpbrk(text, ",\"\n\r") != NULL;
  if (quote) fputc('"', w->out);
  if (neutralise) fputc('\'', w->out);
  for (const char *p = text; *p; p++) {
    if (*p == '"') fputc('"', w->out);
    fputc(*p, w->out);
  }
  if (quote) fputc('"', w->out);
}

void csv_end_row(csv_writer *w) {
  fputc('\n', w->out);
  w->column = 0;
}
