/* SPDX-License-Identifier: MIT */
/*
 * paths.c - where the program's own files are: the lexicons (data/) and the
 * web UI's files (web/). No path is compiled in, so an attache binary that is
 * installed or moved finds its files all the same. In order:
 *   1. the command line (--data DIR, --web DIR);
 *   2. the environment (ATTACHE_DATA, ATTACHE_WEB);
 *   3. beside the program (/proc/self/exe): <exe_dir>/../share/attache/NAME
 *      for an installed attache (`cmake --install`), else <exe_dir>/../NAME for
 *      one built in a directory at the top of the source tree (build/,
 *      build-test/). Either must hold a known file, so a stray directory of
 *      the same name is not taken for ours.
 */
#define _DEFAULT_SOURCE /* realpath */
#include "cli.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* "A/B" into out; false if it does not fit. */
static bool join(char *out, size_t cap, const char *a, const char *b) {
  int n = snprintf(out, cap, "%s/%s", a, b);
  return n >= 0 && (size_t)n < cap;
}

/* Whether `dir`/`marker` can be read; if so, `dir` (made absolute) is in `out`. */
static bool holds(const char *dir, const char *marker, char *out, size_t cap) {
  char file[PATH_MAX], real[PATH_MAX];
  if (!join(file, sizeof file, dir, marker) || access(file, R_OK) != 0 || !realpath(dir, real)) return false;
  int n = snprintf(out, cap, "%s", real);
  return n >= 0 && (size_t)n < cap;
}

bool cli_find_dir(const char *given, const char *env, const char *name, const char *marker, char *out, size_t cap,
                  attache_error *err) {
  const char *from_env = getenv(env);
  if (!given && from_env && *from_env) given = from_env;
  if (given) {
    snprintf(out, cap, "%s", given);
    return true;
  }
  char exe[PATH_MAX], installed[PATH_MAX], source_tree[PATH_MAX], rel[64];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n > 0) exe[n] = '\0';
  char *slash = n > 0 ? strrchr(exe, '/') : NULL;
  if (slash) *slash = '\0';
  else snprintf(exe, sizeof exe, "/proc/self/exe"); /* unreadable: named in the error */
  snprintf(rel, sizeof rel, "../share/attache/%s", name);
  bool ok = join(installed, sizeof installed, exe, rel);
  if (slash && ok && holds(installed, marker, out, cap)) return true;
  snprintf(rel, sizeof rel, "../%s", name);
  if (slash && join(source_tree, sizeof source_tree, exe, rel) && holds(source_tree, marker, out, cap)) return true;
  *err = (attache_error){.status = ATTACHE_ERR_IO, .offset = (size_t)-1};
  snprintf(err->file_buf, sizeof err->file_buf, "%s", ok ? installed : exe);
  err->file = err->file_buf;
  snprintf(err->message, sizeof err->message, "no %s directory here nor in the source tree (give --%s DIR or set %s)",
           name, name, env);
  return false;
}

attache_status cli_load_lexicon(const char *given, attache_lexicon **out, attache_error *err) {
  char dir[PATH_MAX];
  *out = NULL;
  if (!cli_find_dir(given, "ATTACHE_DATA", "data", "countries.tsv", dir, sizeof dir, err)) return err->status;
  return attache_lexicon_load(dir, out, err);
}
