/* SPDX-License-Identifier: MIT */
/*
 * term.h - text made safe for a terminal. Stored text comes from news pages
 * written by others: an ESC in it could set the window title, clear the
 * screen or write the clipboard. Everything the CLI shows of it goes through
 * term_safe first.
 */
#ifndef ATTACHE_CLI_TERM_H
#define ATTACHE_CLI_TERM_H

#include <stdio.h>

/*
 * A copy of `s` (NULL gives "") that a terminal shows as text and never
 * obeys: tab, newline and carriage return become a space; every other C0
 * control, DEL, every C1 control (U+0080-U+009F), the bidirectional
 * overrides and isolates, and every byte that is not well-formed UTF-8
 * become U+FFFD. Valid UTF-8 text is kept as is. The caller frees it.
 */
char *term_safe(const char *s);

/* Writes `text` to `out` line by line, each line made safe by term_safe (the
 * newlines between lines are kept): for plain text of several lines. */
void term_write_lines(FILE *out, const char *text);

/* The display columns a table on standard output may take: $COLUMNS when it
 * is a number, else the terminal's width when standard output is one, else 0
 * (no limit: a pipe or a file gets whole rows). */
size_t term_columns(void);

#endif
