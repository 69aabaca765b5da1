/* SPDX-License-Identifier: MIT */
/* labels.c - the UI's labels of codes, from data/ (see labels.h). */
#include "labels.h"

#include "params.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_LINE = 4096 };

static attache_status fail(attache_error *err, const char *path, long line, const char *what) {
  if (err) {
    memset(err, 0, sizeof *err);
    err->status = ATTACHE_ERR_DATA;
    snprintf(err->file_buf, sizeof err->file_buf, "%s", path);
    err->file = err->file_buf;
    err->line = (size_t)line;
    err->offset = (size_t)-1;
    snprintf(err->message, sizeof err->message, "%s", what);
  }
  return ATTACHE_ERR_DATA;
}

/* Splits `line` at tabs into at most `max` fields; returns how many. */
static int split(char *line, char **fields, int max) {
  int n = 0;
  line[strcspn(line, "\r\n")] = '\0';
  for (char *p = line; n < max;) {
    fields[n++] = p;
    char *tab = strchr(p, '\t');
    if (!tab) break;
    *tab = '\0';
    p = tab + 1;
  }
  return n;
}

/* Calls `row` for each line of DIR/NAME that is not a comment, blank or the
 * header (whose first field is `header`). */
typedef attache_status (*row_fn)(json_t *out, char **fields, int n, const char *path, long line, attache_error *err);

static attache_status each_row(const char *dir, const char *name, const char *header, row_fn row, json_t *out,
                               attache_error *err) {
  char path[4096];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  FILE *f = fopen(path, "r");
  if (!f) return fail(err, path, 0, "cannot read the file");
  char buf[MAX_LINE];
  long line = 0;
  attache_status st = ATTACHE_OK;
  while (st == ATTACHE_OK && fgets(buf, sizeof buf, f)) {
    line++;
    if (!strchr(buf, '\n') && !feof(f)) {
      st = fail(err, path, line, "line too long");
      break;
    }
    if (!api_valid_utf8(buf, strlen(buf))) {
      st = fail(err, path, line, "not UTF-8 text");
      break;
    }
    if (buf[0] == '#' || buf[0] == '\n' || buf[0] == '\r') continue;
    char *fields[6];
    int n = split(buf, fields, 6);
    if (!strcmp(fields[0], header)) continue;
    st = row(out, fields, n, path, line, err);
  }
  fclose(f);
  return st;
}

static attache_status label_row(json_t *out, char **f, int n, const char *path, long line, attache_error *err) {
  if (n < 4 || !*f[0] || !*f[1] || !*f[2] || !*f[3]) return fail(err, path, line, "want group, code, vi, en[, order]");
  if (strcmp(f[0], "rank") && strcmp(f[0], "mechanism") && strcmp(f[0], "country") && strcmp(f[0], "office") &&
      strcmp(f[0], "office_as") && strcmp(f[0], "body"))
    return fail(err, path, line, "the group is rank, mechanism, country, office, office_as or body");
  json_t *group = json_object_get(out, f[0]);
  json_t *entry = json_pack("{s:s, s:s}", "vi", f[2], "en", f[3]);
  if (n >= 5 && *f[4]) json_object_set_new(entry, "order", json_integer(atol(f[4])));
  json_object_set_new(group, f[1], entry);
  return ATTACHE_OK;
}

static attache_status rank_row(json_t *out, char **f, int n, const char *path, long line, attache_error *err) {
  if (n < 2 || !*f[0] || !*f[1]) return fail(err, path, line, "want phrase and rank class");
  json_array_append_new(json_object_get(out, "rank_of"), json_pack("[s, s]", f[0], f[1]));
  return ATTACHE_OK;
}

/* An office as written, and its class; party titles (attr "party") are not
 * a person's office and are left out. */
static attache_status office_row(json_t *out, char **f, int n, const char *path, long line, attache_error *err) {
  if (n < 2 || !*f[0] || !*f[1]) return fail(err, path, line, "want phrase and office class");
  if (n >= 4 && !strcmp(f[3], "party")) return ATTACHE_OK;
  json_array_append_new(json_object_get(out, "office_of"), json_pack("[s, s]", f[0], f[1]));
  return ATTACHE_OK;
}

attache_status labels_load(const char *data_dir, char **json, attache_error *err) {
  *json = NULL;
  json_t *out = json_pack("{s:{}, s:{}, s:{}, s:{}, s:{}, s:{}, s:[], s:[]}", "rank", "mechanism", "country", "office",
                          "office_as", "body", "rank_of", "office_of");
  attache_status st = each_row(data_dir, "labels.tsv", "group", label_row, out, err);
  if (st == ATTACHE_OK) st = each_row(data_dir, "ranks.tsv", "phrase", rank_row, out, err);
  if (st == ATTACHE_OK) st = each_row(data_dir, "positions.tsv", "phrase", office_row, out, err);
  if (st == ATTACHE_OK) {
    *json = json_dumps(out, JSON_COMPACT | JSON_SORT_KEYS);
    if (!*json) st = fail(err, data_dir, 0, "out of memory");
  }
  json_decref(out);
  return st;
}
