/* SPDX-License-Identifier: MIT */
/*
 * csv.h - the one CSV writer (RFC 4180 quoting). A cell of text that a
 * spreadsheet would run as a formula - one starting with = + - @, a tab or a
 * carriage return - is written with a ' before it, as OWASP advises against
 * CSV injection; a plain number ("-3", "2.5") is left as it is.
 */
#ifndef ATTACHE_CLI_CSV_H
#define ATTACHE_CLI_CSV_H

#include <stddef.h>
#include <stdio.h>

typedef struct csv_writer {
  FILE *out;
  size_t column; /* cells written on the current row */
} csv_writer;

/* Writes one cell of the current row; NULL is an empty cell. */
void csv_cell(csv_writer *w, const char *text);
/* Ends the current row. */
void csv_end_row(csv_writer *w);

#endif
