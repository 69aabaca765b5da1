/* SPDX-License-Identifier: MIT */
/*
 * cmd_export.c - `attache export`: the knowledge base as files for other
 * tools (see src/export/export.h for the formats).
 */
#include "../export/export.h"
#include "cli.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

const char EXPORT_USAGE[] =
    "usage: attache export --format FORMAT [--table TABLE] [filters] [options]\n"
    "\n"
    "Writes the knowledge base for other tools. Formats:\n"
    "  csv, jsonl   one table (--table, default events; `--table all -o DIR`\n"
    "               writes every table as DIR/TABLE.csv or .jsonl): events,\n"
    "               event_countries, event_organizations, event_areas,\n"
    "               event_sources, event_participants, people, offices,\n"
    "               agreements, agreement_parties, agreement_areas, figures,\n"
    "               relations, sources; ids join, one row per value of a list\n"
    "  schema       the data dictionary of those tables, as JSON\n"
    "  plover       one PLOVER record (JSON) per event\n"
    "  cameo        GDELT 2.0 event table rows (tab-separated, no header), one\n"
    "               per event and pair of states, with CAMEO codes\n"
    "  graphml      the partner network (--people: the people who met)\n"
    "  gexf         the same, dynamic over the years (GEXF 1.3)\n"
    "\n"
    "filters (as for events; partner, since and until also choose agreements\n"
    "and relations, metric, since and until figures):\n"
    "  --partner CODE   --type TYPE   --since DATE   --until DATE\n"
    "  --person NAME    --mechanism CODE   --area AREA   --metric METRIC\n"
    "options:\n"
    "  --people         graphml, gexf: the network of people, not of states\n"
    "  -o FILE          write to FILE (default: standard output)\n"
    "  --db DB          the database: a file, or postgresql://USER@HOST:PORT/NAME\n"
    "                   (default: $ATTACHE_DB, else attache.db)\n"
    "  --data DIR       the data files (default: as for extract)\n"
    "  -h, --help       show this help\n"
    "\n"
    "exit codes: 0 written; 2 bad command line; 3 the database or the data\n"
    "files could not be opened; 4 the output could not be written.\n";

/* Writes `req` to `path` (NULL: stdout). */
static int write_to(attache_store *store, const export_data *data, const export_request *req, const char *path) {
  FILE *out = path ? fopen(path, "w") : stdout;
  if (!out) {
    fprintf(stderr, "attache: error: %s: cannot write: %s\n", path, strerror(errno));
    return EXIT_OUTPUT;
  }
  attache_error err = {0};
  attache_status st = export_write(store, data, req, out, &err);
  if (st != ATTACHE_OK) cli_print_error(&err);
  if (path) {
    bool bad = ferror(out) != 0;
    if (fclose(out) != 0 || bad) {
      fprintf(stderr, "attache: error: %s: cannot write\n", path);
      return EXIT_OUTPUT;
    }
  }
  return st == ATTACHE_OK ? EXIT_ALL_OK : st == ATTACHE_ERR_ARG ? EXIT_USAGE : EXIT_DATA;
}

int cmd_export(int argc, char **argv) {
  export_request req = {.format = EXPORT_CSV};
  attache_query *q = &req.filters;
  const char *db_path = cli_default_db(), *format = NULL, *output = NULL, *data_dir = NULL;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    const char **slot = NULL;
    if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
      fputs(EXPORT_USAGE, stdout);
      return EXIT_ALL_OK;
    }
    if (!strcmp(a, "--people")) {
      req.people = true;
      continue;
    }
    if (!strcmp(a, "--db")) slot = &db_path;
    else if (!strcmp(a, "--format")) slot = &format;
    else if (!strcmp(a, "--table")) slot = &req.table;
    else if (!strcmp(a, "-o")) slot = &output;
    else if (!strcmp(a, "--data")) slot = &data_dir;
    else if (!strcmp(a, "--partner")) slot = &q->partner;
    else if (!strcmp(a, "--type")) slot = &q->type;
    else if (!strcmp(a, "--since")) slot = &q->since;
    else if (!strcmp(a, "--until")) slot = &q->until;
    else if (!strcmp(a, "--person")) slot = &q->person;
    else if (!strcmp(a, "--mechanism")) slot = &q->mechanism;
    else if (!strcmp(a, "--area")) slot = &q->area;
    else if (!strcmp(a, "--metric")) slot = &q->metric;
    else {
      fprintf(stderr, "attache: error: %s \"%s\" (see attache help export)\n",
              a[0] == '-' ? "unknown option" : "unexpected argument", a);
      return EXIT_USAGE;
    }
    if (i + 1 >= argc) {
      fprintf(stderr, "attache: error: %s needs a value\n", a);
      return EXIT_USAGE;
    }
    *slot = argv[++i];
  }
  if (!format) {
    fprintf(stderr, "attache: error: export needs --format (%s)\n", EXPORT_FORMAT_NAMES);
    return EXIT_USAGE;
  }
  if (!export_format_from_name(format, &req.format)) {
    fprintf(stderr, "attache: error: --format must be %s, not \"%s\"\n", EXPORT_FORMAT_NAMES, format);
    return EXIT_USAGE;
  }
  if (q->type && !attache_query_event_type_valid(q->type)) {
    fprintf(stderr,
            "attache: error: --type must be reception, talks, call, visit, dialogue, multilateral, signing, "
            "port_call, exercise, exchange or meeting, not \"%s\"\n",
            q->type);
    return EXIT_USAGE;
  }
  const char *const dates[][2] = {{"--since", q->since}, {"--until", q->until}};
  for (size_t d = 0; d < 2; d++)
    if (dates[d][1] && !attache_query_date_valid(dates[d][1])) {
      fprintf(stderr, "attache: error: %s must be a date YYYY, YYYY-MM or YYYY-MM-DD, not \"%s\"\n", dates[d][0],
              dates[d][1]);
      return EXIT_USAGE;
    }
  if (q->person && !*q->person) {
    fprintf(stderr, "attache: error: --person needs a name\n");
    return EXIT_USAGE;
  }
  bool tabular = req.format == EXPORT_CSV || req.format == EXPORT_JSONL;
  if (req.table && !tabular && req.format != EXPORT_SCHEMA) {
    fprintf(stderr, "attache: error: --table goes with --format csv, jsonl or schema\n");
    return EXIT_USAGE;
  }
  if (req.people && req.format != EXPORT_GRAPHML && req.format != EXPORT_GEXF) {
    fprintf(stderr, "attache: error: --people goes with --format graphml or gexf\n");
    return EXIT_USAGE;
  }
  if (tabular && !req.table) req.table = "events";
  bool all = req.table && !strcmp(req.table, "all");
  struct stat st_out;
  if (all && (!tabular || !output || stat(output, &st_out) != 0 || !S_ISDIR(st_out.st_mode))) {
    fprintf(stderr, "attache: error: --table all writes csv or jsonl files into a directory: give -o DIR\n");
    return EXIT_USAGE;
  }

  char dir[PATH_MAX];
  attache_error err = {0};
  export_data *data = NULL;
  if (!cli_find_dir(data_dir, "ATTACHE_DATA", "data", "countries.tsv", dir, sizeof dir, &err) ||
      export_data_load(dir, &data, &err) != ATTACHE_OK) {
    cli_print_error(&err);
    return EXIT_DATA;
  }
  if (req.table && !all && !export_table_known(data, req.table)) {
    fprintf(stderr, "attache: error: --table must be all or one of the tables of attache help export, not \"%s\"\n",
            req.table);
    export_data_free(data);
    return EXIT_USAGE;
  }
  attache_store *store = NULL;
  int status = EXIT_ALL_OK;
  if (req.format != EXPORT_SCHEMA) {
    if (!strstr(db_path, "://") && access(db_path, F_OK) != 0) { /* a file; postgresql://... is a server's */
      fprintf(stderr, "attache: error: %s: no such database (run attache ingest first)\n", db_path);
      export_data_free(data);
      return EXIT_DATA;
    }
    if (attache_store_open(db_path, ATTACHE_STORE_READONLY, &store, &err) != ATTACHE_OK) {
      cli_print_error(&err);
      export_data_free(data);
      return EXIT_DATA;
    }
  }
  if (all) {
    for (size_t t = 0; t < export_tables(data) && status == EXIT_ALL_OK; t++) {
      char path[PATH_MAX];
      req.table = export_table_name(data, t);
      snprintf(path, sizeof path, "%s/%s.%s", output, req.table, req.format == EXPORT_CSV ? "csv" : "jsonl");
      status = write_to(store, data, &req, path);
    }
  } else {
    status = write_to(store, data, &req, output);
  }
  attache_store_close(store);
  export_data_free(data);
  return status;
}
