/* SPDX-License-Identifier: MIT */
/*
 * cmd_query.c - the query commands over the knowledge base (events,
 * partners, partner CODE, people, person NAME, agreements, figures, search
 * TEXT, stats), printed as an aligned table, CSV, JSON or JSON Lines.
 */
#include "cli.h"
#include "csv.h"
#include "term.h"

#include <attache/store.h>

#include <stdbool.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <utf8proc.h>

const char QUERY_USAGE[] =
    "usage: attache events     [filters] [options]\n"
    "       attache partners   [options]\n"
    "       attache partner    CODE [filters] [options]\n"
    "       attache people     [--partner CODE] [options]\n"
    "       attache person     NAME [filters] [options]\n"
    "       attache agreements [--partner CODE] [--since D] [--until D] [options]\n"
    "       attache figures    [--metric METRIC] [--since D] [--until D] [options]\n"
    "       attache search     TEXT [--lang vi|en] [--outlet HOST] [--since D] [--until D] [options]\n"
    "       attache event      ID [options]      one event: its sources, evidence, people\n"
    "       attache source     ID [options]      one document: its sentences and records\n"
    "       attache mechanisms [options]\n"
    "       attache stats      [options]\n"
    "       attache review     [options]      what to check first: records by rising\n"
    "                                         confidence, likely duplicate events and people\n"
    "                                         (attache accept / distinct take them off it)\n"
    "\n"
    "Questions to the knowledge base built by `attache ingest`. Names and search\n"
    "words match without regard to case or Vietnamese tone marks (\"quoc phong\"\n"
    "finds \"Quốc phòng\"); search marks what it found as «this».\n"
    "\n"
    "filters (events, partner, person):\n"
    "  --partner CODE   events with this state (ISO code, e.g. FR)\n"
    "  --type TYPE      reception, talks, call, visit, dialogue, multilateral,\n"
    "                   signing, port_call, exercise, exchange, meeting\n"
    "  --since DATE     on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)\n"
    "  --until DATE     on or before DATE\n"
    "  --person NAME    with this participant\n"
    "  --mechanism CODE ADMM, ADMM-PLUS, SLD, BILATERAL-DIALOGUE, ...\n"
    "  --area AREA      training, peacekeeping, war_legacy, ...\n"
    "options:\n"
    "  --db DB          the database: a file, or postgresql://USER@HOST:PORT/NAME\n"
    "                   (default: $ATTACHE_DB, else attache.db)\n"
    "  --format FORMAT  table (default), csv, json or jsonl\n"
    "  --json           the same as --format json\n"
    "  --limit N        at most N rows\n"
    "  --raw            what attache read, without analysts' changes (see\n"
    "                   attache help edit)\n"
    "  --wide           a table with every column and whole cells (by default a\n"
    "                   table fits the terminal, or $COLUMNS: long cells are cut\n"
    "                   with '…' and, if still too wide, the last columns left out)\n"
    "  -h, --help       show this help\n"
    "\n"
    "exit codes: 0 answered; 1 no such event or document; 2 bad command line;\n"
    "3 the database could not be opened (missing, not attache's, or newer than\n"
    "this program).\n";

/* Display width of UTF-8 text (Vietnamese marks take no column). */
static size_t width_of(const char *s, size_t max_bytes) {
  size_t w = 0;
  for (size_t i = 0; s[i] && i < max_bytes;) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + i, -1, &cp);
    if (n <= 0) break;
    int cw = utf8proc_charwidth(cp);
    w += cw > 0 ? (size_t)cw : 0;
    i += (size_t)n;
  }
  return w;
}

/* Bytes of `s` that fit in `cols` display columns. */
static size_t fit(const char *s, size_t cols) {
  size_t w = 0, i = 0;
  while (s[i]) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + i, -1, &cp);
    if (n <= 0) break;
    int cw = utf8proc_charwidth(cp);
    if (w + (size_t)(cw > 0 ? cw : 0) > cols) break;
    w += (size_t)(cw > 0 ? cw : 0);
    i += (size_t)n;
  }
  return i;
}

enum { MAX_CELL = 60, MIN_COLUMN = 10 };
enum { MAX_LIMIT = 1000000000 };

/* Narrows the column widths w[0..cols) so that a row fits in `width` display
 * columns (two spaces between columns). A column is not narrowed below
 * MIN_COLUMN (a whole date): when even that is too wide, the last columns are
 * left out; then the widest column gives up a column at a time. Returns how
 * many columns are shown. */
static size_t fit_columns(size_t *w, size_t cols, size_t width) {
  size_t shown = cols;
  for (;;) {
    size_t least = 0;
    for (size_t c = 0; c < shown; c++) least += (w[c] < MIN_COLUMN ? w[c] : MIN_COLUMN) + (c ? 2 : 0);
    if (least <= width || shown == 1) break;
    shown--;
  }
  for (;;) {
    size_t total = 0, widest = 0;
    for (size_t c = 0; c < shown; c++) {
      total += w[c] + (c ? 2 : 0);
      if (w[c] > w[widest]) widest = c;
    }
    if (total <= width || w[widest] <= MIN_COLUMN) return shown;
    w[widest]--;
  }
}

/* Prints table `t` aligned in columns. Every cell is stored text, made safe
 * for the terminal first (term_safe): widths are measured on what is shown.
 * `width` (0: none) is the display width a row may take; a cell longer than
 * its column is cut with "…". `wide`: no cell is cut and no column left out. */
static void print_table(const attache_result *r, size_t t, bool heading, size_t width, bool wide) {
  size_t cols = attache_result_columns(r, t), rows = attache_result_rows(r, t);
  if (heading) {
    char *name = term_safe(attache_result_table_name(r, t));
    printf("== %s (%zu)\n", name, rows);
    free(name);
  }
  /* shown[0..cols) the column names, then the cells row by row */
  char **shown = calloc((rows + 1) * cols, sizeof *shown);
  size_t *w = calloc(cols, sizeof *w);
  if (!shown || !w) abort();
  for (size_t c = 0; c < cols; c++) shown[c] = term_safe(attache_result_column(r, t, c));
  for (size_t i = 0; i < rows; i++)
    for (size_t c = 0; c < cols; c++) shown[(i + 1) * cols + c] = term_safe(attache_result_cell(r, t, i, c));
  for (size_t i = 0; i <= rows; i++)
    for (size_t c = 0; c < cols; c++) {
      size_t cw = width_of(shown[i * cols + c], (size_t)-1);
      if (!wide && cw > MAX_CELL) cw = MAX_CELL;
      if (cw > w[c]) w[c] = cw;
    }
  size_t ncols = wide || !width ? cols : fit_columns(w, cols, width);
  for (size_t i = 0; i <= rows; i++) {
    for (size_t c = 0; c < ncols; c++) {
      const char *v = shown[i * cols + c];
      size_t vw = width_of(v, (size_t)-1);
      if (vw > w[c]) {
        size_t b = fit(v, w[c] - 1);
        printf("%s%.*s…", c ? "  " : "", (int)b, v);
        vw = width_of(v, b) + 1;
      } else {
        printf("%s%s", c ? "  " : "", v);
      }
      if (c + 1 < ncols) printf("%*s", (int)(w[c] - vw), "");
    }
    putchar('\n');
  }
  if (ncols < cols)
    fprintf(stderr, "attache: %zu of %zu columns left out to fit %zu columns of text; --wide shows all\n",
            cols - ncols, cols, width);
  for (size_t i = 0; i < (rows + 1) * cols; i++) free(shown[i]);
  free(shown);
  free(w);
}

static void print_csv(const attache_result *r, size_t t, bool with_table) {
  size_t cols = attache_result_columns(r, t), rows = attache_result_rows(r, t);
  csv_writer w = {.out = stdout};
  if (with_table) csv_cell(&w, "table");
  for (size_t c = 0; c < cols; c++) csv_cell(&w, attache_result_column(r, t, c));
  csv_end_row(&w);
  for (size_t i = 0; i < rows; i++) {
    if (with_table) csv_cell(&w, attache_result_table_name(r, t));
    for (size_t c = 0; c < cols; c++) csv_cell(&w, attache_result_cell(r, t, i, c));
    csv_end_row(&w);
  }
}

/* One JSON object per row, as in the result's JSON (numbers stay numbers,
 * text stays text); with several tables each row says which. */
static void print_jsonl(attache_result *r) {
  json_t *all = json_loads(attache_result_json(r), 0, NULL);
  if (!all) abort(); /* the library's own JSON: cannot fail but for memory */
  size_t tables = attache_result_tables(r);
  for (size_t t = 0; t < tables; t++) {
    const char *name = attache_result_table_name(r, t);
    size_t i;
    json_t *row;
    json_array_foreach(json_object_get(all, name), i, row) {
      json_t *line = row;
      if (tables > 1) {
        line = json_object();
        json_object_set_new(line, "table", json_string(name));
        json_object_update(line, row);
      }
      char *text = json_dumps(line, JSON_COMPACT | JSON_PRESERVE_ORDER);
      if (!text) abort();
      puts(text);
      free(text);
      if (line != row) json_decref(line);
    }
  }
  json_decref(all);
}

void cli_print_result(attache_result *r, const char *format, bool wide) {
  size_t tables = attache_result_tables(r);
  if (!strcmp(format, "json")) {
    puts(attache_result_json(r));
  } else if (!strcmp(format, "jsonl")) {
    print_jsonl(r);
  } else {
    for (size_t t = 0; t < tables; t++) {
      if (!strcmp(format, "csv")) print_csv(r, t, tables > 1);
      else {
        if (t) putchar('\n');
        print_table(r, t, tables > 1, term_columns(), wide);
      }
    }
  }
}

int cmd_query(int argc, char **argv) {
  int kind = attache_query_kind_from_name(argv[0]);
  attache_query q = {.kind = (attache_query_kind)kind};
  const char *db_path = cli_default_db(), *format = "table";
  bool wide = false;
  bool needs_arg = kind == ATTACHE_QUERY_PARTNER || kind == ATTACHE_QUERY_PERSON || kind == ATTACHE_QUERY_SEARCH ||
                   kind == ATTACHE_QUERY_EVENT || kind == ATTACHE_QUERY_SOURCE;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    const char **slot = NULL;
    if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
      fputs(QUERY_USAGE, stdout);
      return EXIT_ALL_OK;
    }
    if (!strcmp(a, "--json")) {
      format = "json";
      continue;
    }
    if (!strcmp(a, "--wide")) {
      wide = true;
      continue;
    }
    if (!strcmp(a, "--db")) slot = &db_path;
    else if (!strcmp(a, "--format")) slot = &format;
    else if (!strcmp(a, "--partner")) slot = &q.partner;
    else if (!strcmp(a, "--type")) slot = &q.type;
    else if (!strcmp(a, "--since")) slot = &q.since;
    else if (!strcmp(a, "--until")) slot = &q.until;
    else if (!strcmp(a, "--person")) slot = &q.person;
    else if (!strcmp(a, "--mechanism")) slot = &q.mechanism;
    else if (!strcmp(a, "--area")) slot = &q.area;
    else if (!strcmp(a, "--metric")) slot = &q.metric;
    else if (!strcmp(a, "--lang")) slot = &q.lang;
    else if (!strcmp(a, "--outlet")) slot = &q.outlet;
    else if (!strcmp(a, "--raw")) {
      q.raw = 1;
      continue;
    }
    else if (!strcmp(a, "--limit") && i + 1 < argc) {
      if (!cli_whole_number(argv[++i], 1, MAX_LIMIT, &q.limit)) {
        fprintf(stderr, "attache: error: --limit must be a whole number from 1 to %ld, not \"%s\"\n", (long)MAX_LIMIT,
                argv[i]);
        return EXIT_USAGE;
      }
      continue;
    } else if (a[0] == '-' && a[1]) {
      fprintf(stderr, "attache: error: unknown option %s (see attache help %s)\n", a, argv[0]);
      return EXIT_USAGE;
    } else if (needs_arg && !q.arg) {
      q.arg = a;
      continue;
    } else {
      fprintf(stderr, "attache: error: unexpected argument \"%s\" (see attache help %s)\n", a, argv[0]);
      return EXIT_USAGE;
    }
    if (i + 1 >= argc) {
      fprintf(stderr, "attache: error: %s needs a value\n", a);
      return EXIT_USAGE;
    }
    *slot = argv[++i];
  }
  if (needs_arg && (!q.arg || !*q.arg)) {
    fprintf(stderr, "attache: error: %s needs %s (see attache help %s)\n", argv[0],
            kind == ATTACHE_QUERY_PARTNER  ? "a country code"
            : kind == ATTACHE_QUERY_PERSON ? "a name"
            : kind == ATTACHE_QUERY_EVENT  ? "an event id"
            : kind == ATTACHE_QUERY_SOURCE ? "a document id"
                                           : "words",
            argv[0]);
    return EXIT_USAGE;
  }
  if (q.person && !*q.person) {
    fprintf(stderr, "attache: error: --person needs a name\n");
    return EXIT_USAGE;
  }
  if (kind == ATTACHE_QUERY_PARTNER && attache_query_filter_problem("partner", q.arg)) {
    char *shown = term_safe(q.arg);
    fprintf(stderr, "attache: error: partner needs %s, not \"%s\"\n", attache_query_filter_problem("partner", q.arg),
            shown);
    free(shown);
    return EXIT_USAGE;
  }
  /* Each filter held to its form by the check the API uses too. */
  const char *const filters[][2] = {{"partner", q.partner}, {"type", q.type},     {"since", q.since},
                                    {"until", q.until},     {"mechanism", q.mechanism}, {"area", q.area},
                                    {"metric", q.metric}, {"lang", q.lang}, {"outlet", q.outlet}};
  for (size_t f = 0; f < sizeof filters / sizeof *filters; f++) {
    const char *takes = filters[f][1] ? attache_query_filter_problem(filters[f][0], filters[f][1]) : NULL;
    if (takes) {
      char *shown = term_safe(filters[f][1]);
      fprintf(stderr, "attache: error: --%s must be %s, not \"%s\"\n", filters[f][0], takes, shown);
      free(shown);
      return EXIT_USAGE;
    }
  }
  if (strcmp(format, "table") && strcmp(format, "csv") && strcmp(format, "json") && strcmp(format, "jsonl")) {
    fprintf(stderr, "attache: error: --format must be table, csv, json or jsonl, not \"%s\"\n", format);
    return EXIT_USAGE;
  }

  attache_error err = {0};
  attache_store *store = NULL;
  if (!strstr(db_path, "://") && access(db_path, F_OK) != 0) { /* a file; postgresql://... is a server's */
    fprintf(stderr, "attache: error: %s: no such database (run attache ingest first)\n", db_path);
    return EXIT_DATA;
  }
  /* --raw takes the analysts' changes back in a transaction it then rolls back: it needs to write */
  if (attache_store_open(db_path, q.raw ? 0 : ATTACHE_STORE_READONLY, &store, &err) != ATTACHE_OK) {
    cli_print_error(&err);
    return EXIT_DATA;
  }
  attache_result *r = NULL;
  if (attache_store_query(store, &q, &r, &err) != ATTACHE_OK) {
    if (err.status == ATTACHE_ERR_ARG) { /* a filter's value the knowledge base does not know */
      char *shown = term_safe(err.message);
      fprintf(stderr, "attache: error: --%s\n", shown);
      free(shown);
      attache_store_close(store);
      return EXIT_USAGE;
    }
    err.file = db_path;
    cli_print_error(&err);
    attache_store_close(store);
    return err.status == ATTACHE_ERR_ARG ? EXIT_USAGE : err.status == ATTACHE_ERR_NOT_FOUND ? EXIT_SOME_FAILED : EXIT_DATA;
  }
  cli_print_result(r, format, wide);
  attache_result_free(r);
  attache_store_close(store);
  return EXIT_ALL_OK; /* main() reports a failure to write stdout */
}
