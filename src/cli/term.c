/* SPDX-License-Identifier: MIT */
/* term.c - text made safe for a terminal (see term.h). */
#include "term.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <utf8proc.h>

static const char REPLACEMENT[] = "\xEF\xBF\xBD"; /* U+FFFD */

/* Code points that reorder what the terminal shows (Trojan Source). */
static bool bidi_control(utf8proc_int32_t cp) {
  return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F;
}

char *term_safe(const char *s) {
  if (!s) s = "";
  size_t len = strlen(s);
  char *out = malloc(3 * len + 1); /* a byte becomes at most the 3 of U+FFFD */
  if (!out) abort();
  size_t o = 0;
  for (size_t i = 0; i < len;) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &cp);
    if (n <= 0) { /* not UTF-8: this byte is replaced, the next one read afresh */
      memcpy(out + o, REPLACEMENT, 3), o += 3;
      i++;
      continue;
    }
    if (cp == '\t' || cp == '\n' || cp == '\r') out[o++] = ' ';
    else if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || bidi_control(cp)) memcpy(out + o, REPLACEMENT, 3), o += 3;
    else memcpy(out + o, s + i, (size_t)n), o += (size_t)n;
    i += (size_t)n;
  }
  out[o] = '\0';
  return out;
}

void term_write_lines(FILE *out, const char *text) {
  if (!text) return;
  for (const char *line = text;;) {
    size_t n = strcspn(line, "\n");
    char *copy = malloc(n + 1);
    if (!copy) abort();
    memcpy(copy, line, n);
    copy[n] = '\0';
    char *shown = term_safe(copy);
    fputs(shown, out);
    free(shown);
    free(copy);
    if (!line[n]) break;
    fputc('\n', out);
    line += n + 1;
  }
}

size_t term_columns(void) {
  const char *env = getenv("COLUMNS");
  if (env && *env && strspn(env, "0123456789") == strlen(env) && strlen(env) < 6) return (size_t)atol(env);
  struct winsize ws;
  if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  return 0;
}
