/* SPDX-License-Identifier: MIT */
/*
 * export.h - the knowledge base in the shapes analysts load elsewhere, for
 * `attache export` and /api/export: each table as CSV or JSON Lines (with its
 * data dictionary), events coded as PLOVER records or GDELT 2.0/CAMEO rows,
 * and the partner network (or the network of people who met) as GraphML or
 * GEXF. What the formats need to know - the columns' descriptions, the
 * type-to-CAMEO/PLOVER mapping, the three-letter country codes - is read from
 * data/ (export_columns.tsv, event_codes.tsv, country_codes.tsv).
 */
#ifndef ATTACHE_EXPORT_H
#define ATTACHE_EXPORT_H

#include <attache/store.h>

#include <stdbool.h>
#include <stdio.h>

typedef enum export_format {
  EXPORT_CSV,
  EXPORT_JSONL,
  EXPORT_SCHEMA,
  EXPORT_PLOVER,
  EXPORT_CAMEO,
  EXPORT_GRAPHML,
  EXPORT_GEXF
} export_format;

typedef struct export_request {
  export_format format;
  const char *table;     /* csv, jsonl: one table of the data dictionary */
  bool people;           /* graphml, gexf: the network of people who met */
  attache_query filters; /* partner, type, since, until, person, mechanism, area, metric */
} export_request;

/* The data files the exports read (see above). */
typedef struct export_data export_data;

/* Loads them from the data directory `dir`; a malformed row is an error
 * naming the file and line. Free with export_data_free. */
attache_status export_data_load(const char *dir, export_data **out, attache_error *err);
void export_data_free(export_data *data);

/* The name of a format ("csv", "plover", ...): true and *out set, else false. */
bool export_format_from_name(const char *name, export_format *out);
/* The formats' names, for messages: "csv, jsonl, schema, ...". */
extern const char EXPORT_FORMAT_NAMES[];

/* The tables of the data dictionary, in order. */
size_t export_tables(const export_data *data);
const char *export_table_name(const export_data *data, size_t i);
bool export_table_known(const export_data *data, const char *table);

/* What a download of `req` is called ("attache-events.csv") and its media type. */
void export_file_name(const export_request *req, char *out, size_t cap);
const char *export_content_type(export_format format);

/* Writes the export `req` of `store` to `out`. A bad request (an unknown
 * table) is ATTACHE_ERR_ARG; the caller checks `out` for write errors. */
attache_status export_write(attache_store *store, const export_data *data, const export_request *req, FILE *out,
                            attache_error *err);

/* ---- shared by the format writers (export_*.c) ---- */

/* One row of a data file: its cells, in the file's column order. */
typedef struct export_row {
  char **cells;
} export_row;

struct export_data {
  export_row *columns; /* export_columns.tsv: table, column, type, description */
  size_t ncolumns;
  export_row *codes; /* event_codes.tsv: type, cameo, quad_class, goldstein, plover, mode, context, actor, reasons */
  size_t ncodes;
  export_row *countries; /* country_codes.tsv: code, alpha3 */
  size_t ncountries;
  char **tables; /* the dictionary's tables, in order */
  size_t ntables;
};

/* The row of event_codes.tsv for event type `type`, NULL if none. */
const export_row *export_code_of(const export_data *data, const char *type);
/* The alpha-3 code of alpha-2 `code`, NULL if none. */
const char *export_alpha3(const export_data *data, const char *code);

/* Runs one export query (attache_store_export) of `req`'s filters. */
attache_status export_query(attache_store *store, const export_request *req, const char *view, attache_result **out,
                            attache_error *err);

/* The row range [*from, *to) of table 0 of `r` whose integer column `col` is
 * `id`, starting at *from (rows ordered by that column): a merge join. */
void export_rows_of(const attache_result *r, size_t col, long long id, size_t *from, size_t *to);

attache_status export_tables_write(attache_store *store, const export_data *data, const export_request *req,
                                   FILE *out, attache_error *err);
attache_status export_schema_write(const export_data *data, const export_request *req, FILE *out,
                                   attache_error *err);
attache_status export_codings_write(attache_store *store, const export_data *data, const export_request *req,
                                    FILE *out, attache_error *err);
attache_status export_network_write(attache_store *store, const export_data *data, const export_request *req,
                                    FILE *out, attache_error *err);

#endif
