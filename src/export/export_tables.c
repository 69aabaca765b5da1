/* SPDX-License-Identifier: MIT */
/*
 * export_tables.c - one table of the knowledge base as CSV (the program's one
 * CSV writer, src/cli/csv.c, with its formula neutralising) or JSON Lines (one
 * object per row, numbers as numbers), and the data dictionary as JSON.
 */
#include "../cli/csv.h"
#include "export.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

attache_status export_tables_write(attache_store *store, const export_data *data, const export_request *req,
                                   FILE *out, attache_error *err) {
  (void)data;
  attache_result *r = NULL;
  attache_status st = export_query(store, req, req->table, &r, err);
  if (st != ATTACHE_OK) return st;
  size_t cols = attache_result_columns(r, 0), rows = attache_result_rows(r, 0);
  if (req->format == EXPORT_CSV) {
    csv_writer w = {.out = out};
    for (size_t c = 0; c < cols; c++) csv_cell(&w, attache_result_column(r, 0, c));
    csv_end_row(&w);
    for (size_t i = 0; i < rows; i++) {
      for (size_t c = 0; c < cols; c++) csv_cell(&w, attache_result_cell(r, 0, i, c));
      csv_end_row(&w);
    }
  } else {
    for (size_t i = 0; i < rows; i++) {
      fputs(attache_result_row_json(r, 0, i), out);
      fputc('\n', out);
    }
  }
  attache_result_free(r);
  return ATTACHE_OK;
}

/* {"tables": [{"name", "description", "columns": [{"name", "type", "description"}]}]}
 * from data/export_columns.tsv; with a table, only that one. */
attache_status export_schema_write(const export_data *data, const export_request *req, FILE *out,
                                   attache_error *err) {
  (void)err;
  json_t *tables = json_array(), *current = NULL;
  for (size_t i = 0; i < data->ncolumns; i++) {
    char *const *c = data->columns[i].cells;
    if (req->table && strcmp(c[0], req->table)) continue;
    if (!strcmp(c[1], "-")) {
      current = json_pack("{s:s, s:s, s:[]}", "name", c[0], "description", c[3], "columns");
      json_array_append_new(tables, current);
    } else if (current) {
      json_array_append_new(json_object_get(current, "columns"),
                            json_pack("{s:s, s:s, s:s}", "name", c[1], "type", c[2], "description", c[3]));
    }
  }
  json_t *root = json_pack("{s:o}", "tables", tables);
  char *text = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
  json_decref(root);
  if (!text) abort();
  fputs(text, out);
  fputc('\n', out);
  free(text);
  return ATTACHE_OK;
}
