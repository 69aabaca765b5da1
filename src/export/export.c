/* SPDX-License-Identifier: MIT */
/*
 * export.c - the exports' data files, formats and names, and the dispatch to
 * the format writers (export_tables.c, export_codings.c, export_network.c).
 */
#include "export.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

const char EXPORT_FORMAT_NAMES[] = "csv, jsonl, schema, plover, cameo, graphml or gexf";

static const struct {
  const char *name, *extension, *content_type;
} FORMATS[] = {
    [EXPORT_CSV] = {"csv", "csv", "text/csv; charset=utf-8"},
    [EXPORT_JSONL] = {"jsonl", "jsonl", "application/x-ndjson; charset=utf-8"},
    [EXPORT_SCHEMA] = {"schema", "json", "application/json; charset=utf-8"},
    [EXPORT_PLOVER] = {"plover", "plover.jsonl", "application/x-ndjson; charset=utf-8"},
    [EXPORT_CAMEO] = {"cameo", "cameo.tsv", "text/tab-separated-values; charset=utf-8"},
    [EXPORT_GRAPHML] = {"graphml", "graphml", "application/graphml+xml; charset=utf-8"},
    [EXPORT_GEXF] = {"gexf", "gexf", "application/gexf+xml; charset=utf-8"},
};

bool export_format_from_name(const char *name, export_format *out) {
  for (size_t i = 0; name && i < sizeof FORMATS / sizeof *FORMATS; i++)
    if (!strcmp(name, FORMATS[i].name)) {
      *out = (export_format)i;
      return true;
    }
  return false;
}

const char *export_content_type(export_format format) { return FORMATS[format].content_type; }

void export_file_name(const export_request *req, char *out, size_t cap) {
  const char *what = req->format == EXPORT_CSV || req->format == EXPORT_JSONL ? req->table
                     : req->format == EXPORT_SCHEMA                         ? "data-dictionary"
                     : req->format == EXPORT_GRAPHML || req->format == EXPORT_GEXF
                         ? (req->people ? "people" : "partners")
                         : "events";
  snprintf(out, cap, "attache-%s.%s", what ? what : "events", FORMATS[req->format].extension);
}

static attache_status fail(attache_error *err, attache_status st, const char *file, size_t line, const char *fmt,
                           ...) {
  *err = (attache_error){.status = st, .line = line, .offset = (size_t)-1};
  if (file) {
    snprintf(err->file_buf, sizeof err->file_buf, "%s", file);
    err->file = err->file_buf;
  }
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(err->message, sizeof err->message, fmt, ap);
  va_end(ap);
  return st;
}

/* Reads DIR/NAME: '#' lines are comments, the first other line must be the
 * header `header` (tab-separated), every row after it has as many cells. */
static attache_status read_tsv(const char *dir, const char *name, const char *header, export_row **rows, size_t *n,
                               attache_error *err) {
  char path[4096];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  FILE *f = fopen(path, "r");
  if (!f) return fail(err, ATTACHE_ERR_IO, path, 0, "cannot open: %s", strerror(errno));
  size_t want = 1;
  for (const char *p = header; *p; p++) want += *p == '\t';
  char *line = NULL;
  size_t cap = 0, lineno = 0, alloc = 0;
  bool seen_header = false;
  attache_status st = ATTACHE_OK;
  *rows = NULL;
  *n = 0;
  ssize_t len;
  while (st == ATTACHE_OK && (len = getline(&line, &cap, f)) >= 0) {
    lineno++;
    while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r')) line[--len] = '\0';
    if (line[0] == '#' || len == 0) continue;
    if (!seen_header) {
      seen_header = true;
      if (strcmp(line, header)) st = fail(err, ATTACHE_ERR_DATA, path, lineno, "the header must be \"%s\"", header);
      continue;
    }
    size_t cells = 1;
    for (char *p = line; *p; p++) cells += *p == '\t';
    if (cells != want) {
      st = fail(err, ATTACHE_ERR_DATA, path, lineno, "%zu cells, not %zu", cells, want);
      break;
    }
    if (*n == alloc) {
      alloc = alloc ? alloc * 2 : 64;
      export_row *grown = realloc(*rows, alloc * sizeof *grown);
      if (!grown) abort();
      *rows = grown;
    }
    char **c = calloc(want, sizeof *c);
    if (!c) abort();
    char *p = line;
    for (size_t i = 0; i < want; i++) {
      size_t w = strcspn(p, "\t");
      c[i] = strndup(p, w);
      if (!c[i]) abort();
      p += w + (p[w] == '\t');
      if (!*c[i]) st = fail(err, ATTACHE_ERR_DATA, path, lineno, "cell %zu is empty", i + 1);
    }
    (*rows)[(*n)++].cells = c;
  }
  if (st == ATTACHE_OK && !seen_header) st = fail(err, ATTACHE_ERR_DATA, path, lineno, "no header line");
  free(line);
  fclose(f);
  return st;
}

static void free_rows(export_row *rows, size_t n, size_t cells) {
  for (size_t i = 0; i < n; i++) {
    for (size_t c = 0; c < cells; c++) free(rows[i].cells[c]);
    free(rows[i].cells);
  }
  free(rows);
}

void export_data_free(export_data *d) {
  if (!d) return;
  free_rows(d->columns, d->ncolumns, 4);
  free_rows(d->codes, d->ncodes, 9);
  free_rows(d->countries, d->ncountries, 2);
  free(d->tables);
  free(d);
}

attache_status export_data_load(const char *dir, export_data **out, attache_error *err) {
  export_data *d = calloc(1, sizeof *d);
  if (!d) abort();
  *out = NULL;
  attache_status st = read_tsv(dir, "export_columns.tsv", "table\tcolumn\ttype\tdescription", &d->columns,
                               &d->ncolumns, err);
  if (st == ATTACHE_OK)
    st = read_tsv(dir, "event_codes.tsv", "type\tcameo\tquad_class\tgoldstein\tplover\tmode\tcontext\tactor\treasons",
                  &d->codes, &d->ncodes, err);
  if (st == ATTACHE_OK) st = read_tsv(dir, "country_codes.tsv", "code\talpha3", &d->countries, &d->ncountries, err);
  if (st == ATTACHE_OK) {
    d->tables = calloc(d->ncolumns + 1, sizeof *d->tables);
    if (!d->tables) abort();
    for (size_t i = 0; i < d->ncolumns; i++)
      if (!strcmp(d->columns[i].cells[1], "-")) d->tables[d->ntables++] = d->columns[i].cells[0];
  }
  for (size_t i = 0; st == ATTACHE_OK && i < d->ncodes; i++)
    if (!attache_query_event_type_valid(d->codes[i].cells[0]))
      st = fail(err, ATTACHE_ERR_DATA, dir, 0, "event_codes.tsv: %s is not an event type", d->codes[i].cells[0]);
  if (st != ATTACHE_OK) {
    export_data_free(d);
    return st;
  }
  *out = d;
  return ATTACHE_OK;
}

size_t export_tables(const export_data *d) { return d->ntables; }
const char *export_table_name(const export_data *d, size_t i) { return d->tables[i]; }

bool export_table_known(const export_data *d, const char *table) {
  for (size_t i = 0; table && i < d->ntables; i++)
    if (!strcmp(d->tables[i], table)) return true;
  return false;
}

const export_row *export_code_of(const export_data *d, const char *type) {
  for (size_t i = 0; type && i < d->ncodes; i++)
    if (!strcmp(d->codes[i].cells[0], type)) return &d->codes[i];
  return NULL;
}

const char *export_alpha3(const export_data *d, const char *code) {
  for (size_t i = 0; code && i < d->ncountries; i++)
    if (!strcmp(d->countries[i].cells[0], code)) return d->countries[i].cells[1];
  return NULL;
}

attache_status export_query(attache_store *store, const export_request *req, const char *view, attache_result **out,
                            attache_error *err) {
  return attache_store_export(store, view, &req->filters, out, err);
}

void export_rows_of(const attache_result *r, size_t col, long long id, size_t *from, size_t *to) {
  size_t rows = attache_result_rows(r, 0), i = *from;
  while (i < rows && strtoll(attache_result_cell(r, 0, i, col), NULL, 10) < id) i++;
  size_t j = i;
  while (j < rows && strtoll(attache_result_cell(r, 0, j, col), NULL, 10) == id) j++;
  *from = i;
  *to = j;
}

attache_status export_write(attache_store *store, const export_data *data, const export_request *req, FILE *out,
                            attache_error *err) {
  switch (req->format) {
  case EXPORT_CSV:
  case EXPORT_JSONL:
    if (!export_table_known(data, req->table))
      return fail(err, ATTACHE_ERR_ARG, NULL, 0, "no table %s (see attache export --format schema)",
                  req->table ? req->table : "(none)");
    return export_tables_write(store, data, req, out, err);
  case EXPORT_SCHEMA: return export_schema_write(data, req, out, err);
  case EXPORT_PLOVER:
  case EXPORT_CAMEO: return export_codings_write(store, data, req, out, err);
  case EXPORT_GRAPHML:
  case EXPORT_GEXF: return export_network_write(store, data, req, out, err);
  }
  return fail(err, ATTACHE_ERR_ARG, NULL, 0, "unknown format");
}
