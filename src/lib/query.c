/* SPDX-License-Identifier: MIT */
/*
 * query.c - the questions analysts ask of the knowledge base: events with
 * filters, partners and a partner's profile, people and a person's offices
 * over time, agreements, how a figure moved, full-text search over sentences
 * (insensitive to case and tone marks), and totals. Each answer is a set of
 * named tables of text cells, which the CLI prints as a table, CSV or JSON.
 *
 * Filters only ever add fixed SQL fragments; their values are bound.
 */
#include <attache/store.h>

#include "pipeline.h"
#include "store_internal.h"

#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct at_table {
  char *name;
  size_t ncols;
  char **cols;
  size_t nrows, cap;
  char **cells; /* nrows * ncols, NULL for SQL NULL; their text in the result's `text` */
  unsigned char *numeric; /* nrows * ncols: whether the cell was an SQL number */
} at_table;

enum { MAX_TABLES = 12 }; /* a partner's profile has 9 */

struct attache_result {
  size_t n;
  at_table tables[MAX_TABLES];
  at_arena *text; /* every cell's text: one free for all (a profile has thousands of cells) */
  char *json;
  char *row_json; /* the last row attache_result_row_json wrote */
};

static const char *const KIND_NAMES[] = {"events", "partners", "partner", "people", "person", "agreements",
                                         "figures", "search", "stats", "event", "person-id", "source",
                                         "countries", "review", "mechanisms"};

int attache_query_kind_from_name(const char *name) {
  for (size_t i = 0; i < sizeof KIND_NAMES / sizeof *KIND_NAMES; i++)
    if (name && !strcmp(name, KIND_NAMES[i])) return (int)i;
  return -1;
}

/* ---- results ------------------------------------------------------------------ */

static char *dup_or_null(const char *s) {
  if (!s) return NULL;
  char *d = strdup(s);
  if (!d) at_oom();
  return d;
}

size_t attache_result_tables(const attache_result *r) { return r ? r->n : 0; }
const char *attache_result_table_name(const attache_result *r, size_t t) { return r->tables[t].name; }
size_t attache_result_columns(const attache_result *r, size_t t) { return r->tables[t].ncols; }
const char *attache_result_column(const attache_result *r, size_t t, size_t c) { return r->tables[t].cols[c]; }
size_t attache_result_rows(const attache_result *r, size_t t) { return r->tables[t].nrows; }
/* A cell's text kept in `r` (NULL stays NULL). */
static char *cell_text(attache_result *r, const char *s) {
  if (!s) return NULL;
  if (!r->text) r->text = at_arena_new();
  return at_arena_strndup(r->text, s, strlen(s));
}

const char *attache_result_cell(const attache_result *r, size_t t, size_t row, size_t c) {
  return r->tables[t].cells[row * r->tables[t].ncols + c];
}

void attache_result_free(attache_result *r) {
  if (!r) return;
  for (size_t t = 0; t < r->n; t++) {
    at_table *tb = &r->tables[t];
    for (size_t c = 0; c < tb->ncols; c++) free(tb->cols[c]);
    free(tb->cols);
    free(tb->cells);
    free(tb->numeric);
    free(tb->name);
  }
  at_arena_free(r->text);
  free(r->json);
  free(r->row_json);
  free(r);
}

/* How a table's rows are written as JSON objects. An object has a member
 * per column name: place[c] is the column whose value column c's member
 * shows (c itself; the last column of the same name, whose value replaced
 * c's in a jansson object), or -1 when a column before c has c's name (no
 * member of its own). key[c] is where c's member starts in `keys`: its name
 * as JSON and the colon, written once for all the rows. */
typedef struct row_form {
  size_t *place, *key, *key_len;
  at_buf keys;
} row_form;

static row_form row_form_of(const at_table *tb) {
  row_form f;
  f.place = malloc((tb->ncols + 1) * sizeof *f.place);
  f.key = malloc((tb->ncols + 1) * sizeof *f.key);
  f.key_len = malloc((tb->ncols + 1) * sizeof *f.key_len);
  if (!f.place || !f.key || !f.key_len) at_oom();
  at_buf_init(&f.keys, (size_t)-1);
  for (size_t c = 0; c < tb->ncols; c++) {
    f.place[c] = c;
    for (size_t d = 0; d < c; d++)
      if (!strcmp(tb->cols[d], tb->cols[c])) {
        f.place[d] = c; /* d's place shows c's value */
        f.place[c] = (size_t)-1;
        break;
      }
    f.key[c] = f.keys.len;
    at_json_put_string(&f.keys, tb->cols[c], strlen(tb->cols[c]));
    if (!at_buf_append(&f.keys, ":", 1)) at_oom();
    f.key_len[c] = f.keys.len - f.key[c];
  }
  return f;
}

static void row_form_free(row_form *f) {
  free(f->place);
  free(f->key);
  free(f->key_len);
  at_buf_free(&f->keys);
}

/* A cell in JSON: what SQL held as a number is a number, anything else a
 * string (a title "2024" stays "2024"), SQL NULL is null; false for what
 * jansson left out: text that is not UTF-8 (checked as it is written, and
 * taken back by the caller), a number that is not finite. */
static void put(at_buf *b, const char *s, size_t n) {
  if (!at_buf_append(b, s, n)) at_oom(); /* the buffer has no limit */
}

static bool put_cell(at_buf *b, const char *s, bool numeric) {
  if (!s) {
    put(b, "null", 4);
    return true;
  }
  if (numeric) {
    /* a whole number as SQL writes it is already what "%lld" would write */
    size_t sign = *s == '-', digits = strspn(s + sign, "0123456789");
    bool canonical = s[sign] != '0' || (digits == 1 && !sign); /* no leading zero, no "-0" */
    if (digits && digits <= 18 && !s[sign + digits] && canonical) {
      put(b, s, sign + digits);
      return true;
    }
    char *end;
    long long v = strtoll(s, &end, 10);
    if (!*end) {
      char text[24];
      put(b, text, (size_t)snprintf(text, sizeof text, "%lld", v));
      return true;
    }
    double d = strtod(s, &end);
    if (!*end) return at_json_put_real(b, d, 17);
  }
  return at_json_put_valid_string(b, s, strlen(s));
}

/* Row `row` of `tb` as a JSON object {column: value, ...}. */
static void put_row(at_buf *b, const at_table *tb, const row_form *f, size_t row) {
  put(b, "{", 1);
  bool first = true;
  for (size_t c = 0; c < tb->ncols; c++) {
    if (f->place[c] == (size_t)-1) continue;
    size_t mark = b->len, v = f->place[c];
    if (!first) put(b, ",", 1);
    put(b, f->keys.data + f->key[c], f->key_len[c]);
    if (put_cell(b, tb->cells[row * tb->ncols + v], tb->numeric[row * tb->ncols + v])) {
      first = false;
    } else {
      b->len = mark; /* left out */
      b->data[mark] = '\0';
    }
  }
  put(b, "}", 1);
}

/* The JSON is written straight into one buffer (json_text.c), byte for byte
 * as jansson's json_dumps(JSON_COMPACT | JSON_PRESERVE_ORDER) wrote the tree
 * of it before, which was most of a short query's time. */
const char *attache_result_json(attache_result *r) {
  if (!r) return NULL;
  if (r->json) return r->json;
  at_buf b;
  at_buf_init(&b, (size_t)-1);
  put(&b, "{", 1);
  for (size_t t = 0; t < r->n; t++) {
    at_table *tb = &r->tables[t];
    if (t) put(&b, ",", 1);
    at_json_put_string(&b, tb->name, strlen(tb->name));
    put(&b, ":[", 2);
    row_form form = row_form_of(tb);
    for (size_t i = 0; i < tb->nrows; i++) {
      if (i) put(&b, ",", 1);
      put_row(&b, tb, &form, i);
    }
    row_form_free(&form);
    put(&b, "]", 1);
  }
  put(&b, "}", 1);
  r->json = b.data; /* NUL-terminated; taken */
  return r->json;
}

const char *attache_result_row_json(attache_result *r, size_t t, size_t row) {
  if (!r || t >= r->n || row >= r->tables[t].nrows) return NULL;
  at_table *tb = &r->tables[t];
  at_buf b;
  at_buf_init(&b, (size_t)-1);
  row_form form = row_form_of(tb);
  put_row(&b, tb, &form, row);
  row_form_free(&form);
  free(r->row_json);
  r->row_json = b.data;
  return r->row_json;
}

/* ---- running statements --------------------------------------------------------- */

typedef struct binds {
  const char *values[24];
  int n;
} binds;

static void bind_add(binds *b, const char *v) { b->values[b->n++] = v; }

size_t at_result_table_new(attache_result *r, const char *name, const char *const *cols, size_t ncols) {
  at_table *tb = &r->tables[r->n++];
  tb->name = dup_or_null(name);
  tb->ncols = ncols;
  tb->cols = calloc(ncols ? ncols : 1, sizeof *tb->cols);
  if (!tb->cols) at_oom();
  for (size_t c = 0; c < ncols; c++) tb->cols[c] = dup_or_null(cols[c]);
  return r->n - 1;
}

/* Room for one more row in table `t` of `r`. */
static at_table *table_room(attache_result *r, size_t t) {
  at_table *tb = &r->tables[t];
  if (tb->nrows == tb->cap) {
    tb->cap = tb->cap ? tb->cap * 2 : 64;
    char **grown = realloc(tb->cells, tb->cap * tb->ncols * sizeof *grown + 1);
    unsigned char *flags = realloc(tb->numeric, tb->cap * tb->ncols + 1);
    if (!grown || !flags) at_oom();
    tb->cells = grown;
    tb->numeric = flags;
  }
  return tb;
}

void at_result_row_add(attache_result *r, size_t t, const char *const *cells, const bool *numeric) {
  at_table *tb = table_room(r, t);
  for (size_t c = 0; c < tb->ncols; c++) {
    tb->cells[tb->nrows * tb->ncols + c] = cell_text(r, cells[c]);
    tb->numeric[tb->nrows * tb->ncols + c] = numeric[c];
  }
  tb->nrows++;
}

/* A number as results show it: a whole one without decimals. */
static void number_text(double d, char out[32]) {
  if (d == (double)(long long)d) snprintf(out, 32, "%lld", (long long)d);
  else snprintf(out, 32, "%g", d);
}

/* A whole number's text, as "%lld" writes it, at the end of out. */
static const char *int_text(long long v, char out[32]) {
  char *p = out + 31;
  *p = '\0';
  unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
  do *--p = (char)('0' + u % 10);
  while (u /= 10);
  if (v < 0) *--p = '-';
  return p;
}

void at_row_read(at_stmt *st, int ncols, const char **cells, bool *numeric, char (*numbers)[32]) {
  for (int c = 0; c < ncols; c++) {
    at_column_kind kind = at_column_kind_of(st, c);
    numeric[c] = kind == AT_COL_INT || kind == AT_COL_REAL;
    if (kind == AT_COL_REAL) {
      number_text(at_column_real(st, c), numbers[c]);
      cells[c] = numbers[c];
    } else if (kind == AT_COL_INT && st->lite) {
      /* written here: SQLite's text of it (sqlite3_column_text) is made in
       * memory it allocates, snprintf's "%lld" cost twice that */
      cells[c] = int_text(at_column_int(st, c), numbers[c]);
    } else {
      cells[c] = at_column_text(st, c);
    }
  }
}

/* SQLite's current row of `lite` added to table `t` of `r`, each cell read
 * as at_row_read and at_result_row_add do (PostgreSQL's rows still go that
 * way), straight into the table: without the wrappers and the arrays
 * between, which cost 4% of a profile (~2,800 cells). sqlite3_column_bytes
 * for a text's length cost more than its strlen. */
static void row_add_lite(attache_result *r, size_t t, sqlite3_stmt *lite) {
  at_table *tb = table_room(r, t);
  if (!r->text) r->text = at_arena_new();
  char **cells = tb->cells + tb->nrows * tb->ncols;
  unsigned char *numeric = tb->numeric + tb->nrows * tb->ncols;
  for (int c = 0; c < (int)tb->ncols; c++) {
    char number[32];
    const char *text;
    switch (sqlite3_column_type(lite, c)) {
    case SQLITE_NULL:
      cells[c] = NULL;
      numeric[c] = false;
      break;
    case SQLITE_INTEGER:
      text = int_text(sqlite3_column_int64(lite, c), number);
      cells[c] = at_arena_strndup(r->text, text, (size_t)(number + 31 - text));
      numeric[c] = true;
      break;
    case SQLITE_FLOAT:
      number_text(sqlite3_column_double(lite, c), number);
      cells[c] = at_arena_strndup(r->text, number, strlen(number));
      numeric[c] = true;
      break;
    default:
      text = (const char *)sqlite3_column_text(lite, c);
      cells[c] = text ? at_arena_strndup(r->text, text, strlen(text)) : NULL;
      numeric[c] = false;
      break;
    }
  }
  tb->nrows++;
}

/* Writes the plan SQLite chooses for `sql` with `b` bound to s->plans. */
static void write_plan(attache_store *s, const char *name, const char *sql, const binds *b) {
  sqlite3_stmt *st;
  char *explain = sqlite3_mprintf("EXPLAIN QUERY PLAN %s", sql);
  if (!explain) at_oom();
  fprintf(s->plans, "  plan of %s:\n", name);
  if (sqlite3_prepare_v2(s->db, explain, -1, &st, NULL) == SQLITE_OK) {
    for (int i = 0; b && i < b->n; i++) sqlite3_bind_text(st, i + 1, b->values[i], -1, SQLITE_TRANSIENT);
    int ids[256], depths[256], n = 0; /* each step's id and depth, indented under its parent */
    while (sqlite3_step(st) == SQLITE_ROW && n < 256) {
      int parent = sqlite3_column_int(st, 1), depth = 0;
      for (int i = 0; i < n; i++)
        if (ids[i] == parent) depth = depths[i] + 1;
      ids[n] = sqlite3_column_int(st, 0), depths[n++] = depth;
      fprintf(s->plans, "    %*s%s\n", 2 * depth, "", (const char *)sqlite3_column_text(st, 3));
    }
  }
  sqlite3_finalize(st);
  sqlite3_free(explain);
}

/* A prepared statement of `sql`: on SQLite one kept from an earlier query of
 * the same text (reset), or prepared and kept in place of the one asked
 * least recently. */
static at_stmt *query_stmt(attache_store *s, const char *sql) {
  if (s->pg) return at_stmt_prepare(s, sql);
  size_t n = sizeof s->kept / sizeof *s->kept, len = strlen(sql);
  /* a sieve, not the text's every byte: its length and five of its words
   * (a text of the same length that differs elsewhere is told by memcmp) */
  unsigned long long hash = len;
  for (size_t i = 0; len >= 8 && i < 5; i++) {
    unsigned long long word;
    memcpy(&word, sql + (i < 4 ? i * (len / 4) : len - 8), 8);
    hash = (hash ^ word) * 0x9E3779B97F4A7C15ULL;
  }
  struct kept_query *slot = &s->kept[0];
  s->kept_clock++;
  for (size_t i = 0; i < n; i++) {
    struct kept_query *k = &s->kept[i];
    if (k->sql && k->hash == hash && k->len == len && !memcmp(k->sql, sql, len)) {
      k->used = s->kept_clock;
      return k->st;
    }
    if (!k->sql || (slot->sql && k->used < slot->used)) slot = k;
  }
  sqlite3_stmt *lite;
  if (sqlite3_prepare_v3(s->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &lite, NULL) != SQLITE_OK) return NULL;
  at_stmt *st = calloc(1, sizeof *st);
  char *text = strdup(sql);
  if (!st || !text) at_oom();
  st->lite = lite;
  st->store = s;
  at_stmt_finalize(slot->st);
  free(slot->sql);
  *slot = (struct kept_query){.sql = text, .len = len, .hash = hash, .used = s->kept_clock, .st = st};
  return st;
}

/* Done with a statement of query_stmt: kept ones are reset for the next query. */
static void query_stmt_done(attache_store *s, at_stmt *st) {
  if (s->pg) at_stmt_finalize(st);
  else at_stmt_reset(st);
}

void at_query_forget_statements(attache_store *s) {
  for (size_t i = 0; i < sizeof s->kept / sizeof *s->kept; i++) {
    at_stmt_finalize(s->kept[i].st);
    free(s->kept[i].sql);
    s->kept[i].st = NULL;
    s->kept[i].sql = NULL;
  }
}

/* Runs `sql` with `b` bound (?1, ?2, ...) and adds its rows as table `name`
 * (NULL: after those of the last table, whose columns they have). */
static attache_status run_table(attache_store *s, attache_result *r, const char *name, const char *sql, const binds *b,
                                attache_error *err) {
  if (name && r->n == MAX_TABLES)
    return at_error_set(err, ATTACHE_ERR_ARG, "a result holds at most %d tables", MAX_TABLES);
  if (s->plans && !s->pg) write_plan(s, name ? name : r->tables[r->n - 1].name, sql, b);
  at_stmt *st = query_stmt(s, sql);
  if (!st) return at_error_set(err, ATTACHE_ERR_IO, "query failed: %s", at_store_errmsg(s));
  for (int i = 0; b && i < b->n; i++) at_bind_text(st, i + 1, b->values[i], -1);
  int rc = at_step(st); /* PostgreSQL knows its columns once the statement has run */
  int ncols = at_column_count(st);
  const char **cols = calloc((size_t)ncols + 1, sizeof *cols), **cells = calloc((size_t)ncols + 1, sizeof *cells);
  bool *numeric = calloc((size_t)ncols + 1, sizeof *numeric);
  char(*numbers)[32] = calloc((size_t)ncols + 1, sizeof *numbers);
  if (!cols || !cells || !numeric || !numbers) at_oom();
  for (int c = 0; c < ncols; c++) cols[c] = at_column_name(st, c);
  size_t t = name ? at_result_table_new(r, name, cols, (size_t)ncols) : r->n - 1;
  for (; rc == AT_ROW; rc = at_step(st)) {
    if (st->lite) {
      row_add_lite(r, t, st->lite);
      continue;
    }
    at_row_read(st, ncols, cells, numeric, numbers);
    at_result_row_add(r, t, cells, numeric);
  }
  free(cols);
  free(cells);
  free(numeric);
  free(numbers);
  attache_status status = ATTACHE_OK;
  if (rc != AT_DONE) status = at_error_set(err, ATTACHE_ERR_IO, "query failed: %s", at_store_errmsg(s));
  query_stmt_done(s, st);
  return status;
}

attache_status at_query_table(attache_store *s, attache_result *r, const char *name, const char *sql,
                              attache_error *err) {
  return run_table(s, r, name, sql, NULL, err);
}

attache_result *at_result_new(void) {
  attache_result *r = calloc(1, sizeof *r);
  if (!r) at_oom();
  return r;
}

attache_status at_result_add_table(attache_store *s, attache_result *r, const char *name, const char *sql,
                                   const char *const *values, int nvalues, attache_error *err) {
  binds b = {0};
  for (int i = 0; i < nvalues && i < 16; i++) bind_add(&b, values[i]);
  return run_table(s, r, name, sql, &b, err);
}

/* A growable SQL text made only of this file's own fragments. */
typedef struct sql_text {
  char buf[4096];
  size_t len;
} sql_text;

static void sql_add(sql_text *q, const char *fragment) {
  size_t n = strlen(fragment);
  if (q->len + n + 1 > sizeof q->buf) at_oom(); /* fragments are fixed: cannot happen */
  memcpy(q->buf + q->len, fragment, n + 1);
  q->len += n;
}

/* ---- the questions ----------------------------------------------------------- */

/* How precise an event's date is, as an events list tells it: 'day',
 * 'month', 'year', 'unknown_year' (XXXX-...), NULL when it has none. */
#define EVENT_DATE_PRECISION(col)                                                                                 \
  "CASE WHEN " col " IS NULL THEN NULL WHEN " col " LIKE 'X%' THEN 'unknown_year'"                                \
  " WHEN length(" col ") = 10 THEN 'day' WHEN length(" col ") = 7 THEN 'month' ELSE 'year' END"

/* An event's dates as an analyst needs them: how precise its own date is
 * (day, month, year, or a day without its year: unknown_year), where it came
 * from (the sentence, the publication date, the URL's date; date_source), and
 * the first publication date of its reports (reported). An event is placed in
 * time, in lists, filters and counts, by its own date when it has a year,
 * else by its reports' date (placed_by 'reported'), so no event drops out:
 * e.placed, kept at every write by the store's triggers (store.c), and
 * beside each of its states in event_partner_order.
 *
 * The columns of an event list, of the events `e` joined to EVENT_SUMMARY:
 * what is made of the event's other rows (states, people, reports, the
 * evidence) is read from its summary, kept by the store's triggers
 * (store_internal.h's AT_SUMMARY_OF_EVENTS). */
#define EVENT_FIELDS                                                                                              \
  "SELECT e.id AS id, e.date AS date, e.date_end AS date_end, e.type AS type, sm.countries AS countries,"         \
  " e.mechanism AS mechanism, coalesce(e.place, e.location_country) AS place, sm.participants AS participants,"  \
  " sm.sources AS sources, sm.confidence AS confidence," /* its surest report */                                 \
  " " EVENT_DATE_PRECISION("e.date") " AS date_precision,"                                                        \
  " e.date_source AS date_source, sm.reported AS reported, e.location_country AS location_country,"               \
  " evidence.text AS evidence"
#define EVENT_SUMMARY                                                                                             \
  " JOIN event_summary sm ON sm.event_id = e.id LEFT JOIN sentences evidence ON evidence.id = sm.evidence_id"

/* EVENT_FIELDS as partner_events p (or person_events p) holds them
 * (store_internal.h's AT_PARTNER_EVENTS_OF, AT_PERSON_EVENTS_OF): the
 * same columns, of the same values. */
#define PARTNER_EVENT_FIELDS                                                                                      \
  "SELECT p.event_id AS id, p.date AS date, p.date_end AS date_end, p.type AS type, p.countries AS countries,"    \
  " p.mechanism AS mechanism, p.place AS place, p.participants AS participants,"                                 \
  " p.sources AS sources, p.confidence AS confidence,"                                                           \
  " " EVENT_DATE_PRECISION("p.date") " AS date_precision,"                                                        \
  " p.date_source AS date_source, p.reported AS reported, p.location_country AS location_country,"               \
  " p.evidence AS evidence"

static const char *EVENT_COLUMNS = EVENT_FIELDS " FROM events e" EVENT_SUMMARY " WHERE 1 = 1";

/* The people known by a name key (bound as ?): by their own name, or by
 * another spelling (a person merged into them, an alias: corrections.c). */
#define PERSON_NAMED "(SELECT id FROM people WHERE name_key = ? UNION SELECT person_id FROM person_names WHERE name_key = ?)"

/* Adds one filter: a fixed fragment whose every "?N" is the value just bound. */
static void filter(sql_text *sql, binds *b, const char *fragment, const char *value) {
  if (!value) return;
  bind_add(b, value);
  char num[16], frag[512];
  snprintf(num, sizeof num, "?%d", b->n);
  size_t o = 0;
  for (const char *p = fragment; *p && o + 8 < sizeof frag; p++) {
    if (*p == '?') {
      memcpy(frag + o, num, strlen(num));
      o += strlen(num);
    } else {
      frag[o++] = *p;
    }
  }
  frag[o] = '\0';
  sql_add(sql, frag);
}

/* The area filter read as the list of the area's events (its events are
 * then found by id). */
static const char AREA_LIST[] = " AND e.id IN (SELECT event_id FROM event_areas WHERE area = ?)";

/* Adds the event filters of `q` but its partner, the dates on `placed` (the
 * events' e.placed, or a partner's o.placed: the same value), the area by
 * `area` (AREA_LIST, or NULL: the rows are the area's already). */
static void event_filters_but_partner(sql_text *sql, binds *b, const attache_query *q, const char *person_key,
                                      const char *placed, const char *area) {
  char since[64], until[128];
  snprintf(since, sizeof since, " AND %s >= ?", placed);
  snprintf(until, sizeof until, " AND substr(%s, 1, length(CAST(? AS TEXT))) <= ?", placed);
  filter(sql, b, " AND e.type = ?", q->type);
  filter(sql, b, " AND e.mechanism = ?", q->mechanism);
  if (area) filter(sql, b, area, q->area);
  filter(sql, b, since, q->since);
  filter(sql, b, until, q->until);
  filter(sql, b,
         " AND e.id IN (SELECT p.event_id FROM participants p WHERE p.person_id IN " PERSON_NAMED ")",
         person_key);
}

/* Adds the event filters of `q`. */
static void event_filters(sql_text *sql, binds *b, const attache_query *q, const char *person_key) {
  filter(sql, b, " AND e.id IN (SELECT event_id FROM event_countries WHERE country = ?)", q->partner);
  event_filters_but_partner(sql, b, q, person_key, "e.placed", AREA_LIST);
}

/* The rows of a page and of those it skips, as order_and_limit reads limit
 * and offset: 0 (no limit) without a limit, or when the sum would pass LONG_MAX. */
static long rows_through_page(long limit, long offset) {
  long skipped = offset > 0 ? offset : 0;
  return limit > 0 && skipped <= LONG_MAX - limit ? limit + skipped : 0;
}

static void order_and_limit(sql_text *sql, const char *order, long limit, long offset) {
  sql_add(sql, order);
  if (limit > 0) {
    char frag[64];
    snprintf(frag, sizeof frag, " LIMIT %ld OFFSET %ld", limit, offset > 0 ? offset : 0);
    sql_add(sql, frag);
  }
}

static bool row_exists(attache_store *s, const char *sql, const char *value);

/* Rows of an events list's page: the events `q` chooses, in time order on
 * an index (a partner's in an area on event_partner_area_order, a
 * partner's on event_partner_order, an area's on event_area_order), with
 * `cond` (its "?" bound to `value`) and `order`, both formats of the place
 * and id columns. `whole`: the rows are the list's, with all its columns
 * (each event's row and summary read as the index gives its id, up to the
 * page's end: nothing is sorted); else their ids and places only. */
static void page_rows(sql_text *sql, binds *b, const attache_query *q, const char *key, bool whole,
                      const char *cond, const char *value, const char *order, long limit, long offset) {
  const char *placed = "e.placed", *id = "e.id", *area = AREA_LIST;
  char text[512];
  if (whole && !cond && q->partner && strcmp(q->partner, "VN") && !q->area && !q->type && !q->mechanism && !key &&
      !q->since && !q->until) {
    /* a partner's page of events unfiltered (a profile's): a range of
     * partner_events, which holds what the page shows in its order */
    sql_add(sql, PARTNER_EVENT_FIELDS " FROM partner_events p WHERE 1 = 1");
    filter(sql, b, " AND p.country = ?", q->partner);
    order_and_limit(sql, " ORDER BY p.undated, p.placed, p.event_id", limit, offset);
    return;
  }
  if (q->partner) {
    placed = "o.placed", id = "o.event_id", area = NULL;
    const char *from = q->area ? "event_partner_area_order" : "event_partner_order";
    /* the events themselves only for the columns and the filters that read them (a third of the
     * time of a page of ids by area) */
    sql_add(sql, whole ? EVENT_FIELDS " FROM " : "SELECT o.event_id AS id, o.placed AS placed FROM ");
    sql_add(sql, from);
    sql_add(sql, whole                             ? " o JOIN events e ON e.id = o.event_id" EVENT_SUMMARY " WHERE 1 = 1"
                 : q->type || q->mechanism || key ? " o JOIN events e ON e.id = o.event_id WHERE 1 = 1"
                                                   : " o WHERE 1 = 1");
    filter(sql, b, " AND o.country = ?", q->partner);
    filter(sql, b, " AND o.area = ?", q->area);
  } else if (q->area) {
    placed = "a.placed", id = "a.event_id", area = NULL;
    sql_add(sql, whole ? EVENT_FIELDS " FROM event_area_order a JOIN events e ON e.id = a.event_id" EVENT_SUMMARY
                         " WHERE 1 = 1"
                       : "SELECT a.event_id AS id, a.placed AS placed FROM event_area_order a"
                         " JOIN events e ON e.id = a.event_id WHERE 1 = 1");
    filter(sql, b, " AND a.area = ?", q->area);
  } else {
    sql_add(sql, whole ? EVENT_COLUMNS : "SELECT e.id AS id, e.placed AS placed FROM events e WHERE 1 = 1");
  }
  event_filters_but_partner(sql, b, q, key, placed, area);
  if (cond) {
    snprintf(text, sizeof text, cond, placed, id);
    filter(sql, b, text, value);
  }
  snprintf(text, sizeof text, order, placed, id);
  order_and_limit(sql, text, limit, offset);
}

/* The page after event ?: those placed after it (by place, then id), then
 * the undated (NULL place, last in the order: by id, after it when it is
 * undated too). Each part is a range of an index. */
#define AFTER_PLACE "(SELECT placed FROM events WHERE id = CAST(? AS BIGINT))"
static const char AFTER_DATED[] = " AND (%s, %s) > (" AFTER_PLACE ", CAST(? AS BIGINT))";
static const char AFTER_UNDATED[] = " AND %s IS NULL AND (%s > CAST(? AS BIGINT) OR " AFTER_PLACE " IS NOT NULL)";

/* The most rows an events list skips: an offset is read row by row on the
 * index (10,000 rows ~0.3 ms; 500,000 took 10 ms), a keyset cursor is not. */
enum { AT_EVENTS_MAX_OFFSET = 10000 };

static attache_status query_events(attache_store *s, attache_result *r, const attache_query *q, const char *key,
                                   const char *name, attache_error *err) {
  /* The page's events are read in time order on an index, and their
   * columns are made for those rows only (the first page's as it goes: a
   * page chosen first and joined to its columns was sorted again, a fifth
   * of the time of a page). */
  sql_text sql = {0};
  binds b = {0};
  char after[24];
  snprintf(after, sizeof after, "%lld", q->after);
  if (q->after && !row_exists(s, "SELECT 1 FROM events WHERE id = CAST(?1 AS BIGINT)", after))
    return at_error_set(err, ATTACHE_ERR_ARG, "no event %s to page after (it was removed: ask for the first page)",
                        after);
  if (q->offset > AT_EVENTS_MAX_OFFSET)
    return at_error_set(err, ATTACHE_ERR_ARG,
                        "an events list skips at most %d rows (skipping is read row by row): page on after an event"
                        " instead, with the cursor e<id> (next_cursor) of the page before",
                        AT_EVENTS_MAX_OFFSET);
  if (!q->after && q->offset <= 0) {
    page_rows(&sql, &b, q, key, true, NULL, NULL, " ORDER BY %s NULLS LAST, %s", q->limit, 0);
  } else if (!q->after) {
    /* the skipped rows are ids read on the index, and only the page's get
     * their columns (the rows read whole as they are skipped: 10,000 rows
     * took 10 ms, not 0.3) */
    sql_add(&sql, "WITH page AS (");
    page_rows(&sql, &b, q, key, false, NULL, NULL, " ORDER BY %s NULLS LAST, %s", q->limit, q->offset);
    sql_add(&sql, ") " EVENT_FIELDS " FROM page JOIN events e ON e.id = page.id" EVENT_SUMMARY
                  " ORDER BY page.placed NULLS LAST, page.id");
  } else {
    sql_add(&sql, "WITH page AS (SELECT * FROM (");
    page_rows(&sql, &b, q, key, false, AFTER_DATED, after, " ORDER BY %s, %s", q->limit, 0);
    sql_add(&sql, ") AS dated UNION ALL SELECT * FROM (");
    page_rows(&sql, &b, q, key, false, AFTER_UNDATED, after, " ORDER BY %s, %s", q->limit, 0);
    sql_add(&sql, ") AS undated) " EVENT_FIELDS " FROM page JOIN events e ON e.id = page.id" EVENT_SUMMARY
                  " ORDER BY page.placed NULLS LAST, page.id");
    order_and_limit(&sql, "", q->limit, 0);
  }
  return run_table(s, r, name, sql.buf, &b, err);
}

static const char *PARTNERS_SQL =
    "WITH partners(code) AS (SELECT country FROM event_countries UNION SELECT country_b FROM relations"
    "  UNION SELECT country FROM agreement_parties)"
    " SELECT p.code AS partner, c.name_en AS name, c.name_vi AS name_vi,"
    " (SELECT framework FROM relations r WHERE r.country_b = p.code ORDER BY r.as_of IS NULL, r.as_of DESC, r.id DESC"
    "   LIMIT 1) AS framework,"
    " (SELECT min(placed) FROM event_partner_order WHERE country = p.code) AS first_engagement,"
    " (SELECT max(placed) FROM event_partner_order WHERE country = p.code) AS last_engagement,"
    " (SELECT count(*) FROM event_countries ec WHERE ec.country = p.code) AS events,"
    " (SELECT group_concat(type || ' ' || n, ', ') FROM (SELECT type, count(*) AS n FROM event_partner_order"
    "   WHERE country = p.code GROUP BY type ORDER BY n DESC, type) AS t) AS by_type,"
    " (SELECT count(*) FROM agreement_parties ap WHERE ap.country = p.code) AS agreements"
    " FROM partners p LEFT JOIN countries c ON c.code = p.code WHERE p.code <> 'VN'"
    " ORDER BY events DESC, partner";

/* A partner's lists, ?1 its code: each in the order it is paged in. The
 * people and figures of a partner are kept in summaries (partner_people,
 * partner_figures: store.c's step 6 -> 7), and each of its people's rank
 * and office beside them (step 14 -> 15). */

/* A partner's timeline's visits and signings, rows `o` (in the order of
 * their placed, type and event_id) titled by `title`, the names of their
 * people. A partner's are its rows of partner_events, each with the names,
 * read as one range of the partial index partner_events_timeline (schema
 * step 19 -> 20; its condition repeated here); Vietnam's, which that table
 * leaves out, are the rows of event_partner_order_timeline (step 12 -> 13),
 * each titled from the event's summary. */
#define TIMELINE_VISITS(title, from)                                                                      \
  "SELECT o.placed AS date, 'event' AS record, o.type AS kind, o.event_id AS id, " title " AS title FROM " from
#define TIMELINE_OF_PARTNER                                                                               \
  TIMELINE_VISITS("o.participants", "partner_events o WHERE o.country = ?1 AND " AT_PARTNER_TIMELINE_EVENTS("o."))
#define TIMELINE_OF_VIETNAM                                                                               \
  TIMELINE_VISITS("sm.participants", "event_partner_order o LEFT JOIN event_summary sm ON sm.event_id = o.event_id" \
                  " WHERE o.country = ?1 AND " AT_TIMELINE_EVENTS("o."))

/* The agreements `a` of partner ?1, each once (a party is named once an
 * agreement: the key of agreement_parties), read on the partner's range of
 * agreement_parties_country and joined by id: a.id IN (SELECT ...) made a
 * temporary index of the ids at each statement (~25,000 instructions; the
 * profile ran three). Followed by its conditions (AND ...). */
#define PARTNER_AGREEMENTS "agreement_parties ap JOIN agreements a ON a.id = ap.agreement_id WHERE ap.country = ?1"

static attache_status partner_list(attache_store *s, attache_result *r, const attache_query *q, const char *list,
                                   binds *b, attache_error *err) {
  sql_text sql = {0};
  if (!strcmp(list, "events")) {
    attache_query eq = *q;
    eq.partner = q->arg;
    return query_events(s, r, &eq, NULL, "events", err);
  }
  if (!strcmp(list, "agreements")) {
    sql_add(&sql, "SELECT a.date AS date, a.kind AS kind, a.title AS title, a.status AS status,"
                  " a.period_from AS period_from, a.period_to AS period_to, a.source_id AS source, a.id AS id"
                  " FROM " PARTNER_AGREEMENTS);
    order_and_limit(&sql, " ORDER BY a.date IS NULL, a.date, a.id", q->limit, q->offset);
  } else if (!strcmp(list, "people")) {
    /* each one's rank and office kept beside their count (schema step 14 -> 15) */
    sql_add(&sql, "SELECT pe.id AS id, pe.name AS name, pp.rank AS rank, pp.position AS position,"
                  " pp.events AS events FROM partner_people pp JOIN people pe ON pe.id = pp.person_id"
                  " WHERE pp.country = ?1");
    order_and_limit(&sql, " ORDER BY pp.events DESC, pe.name, pe.id", q->limit, q->offset);
  } else if (!strcmp(list, "figures")) {
    sql_add(&sql, "SELECT f.as_of AS as_of, f.metric AS metric, f.label AS label, f.value AS value,"
                  " f.qualifier AS qualifier, f.source_id AS source, f.id AS id FROM partner_figures pf"
                  " JOIN figures f ON f.id = pf.figure_id WHERE pf.country = ?1");
    order_and_limit(&sql, " ORDER BY f.as_of IS NULL, f.as_of, f.id", q->limit, q->offset);
  } else if (!strcmp(list, "timeline")) {
    /* The newest visits and signings are the first rows of a partial
     * index (TIMELINE_OF_PARTNER). A partner with dated agreements has
     * them merged in: the newest agreements are sorted (a partner has a few
     * dozen) and the page taken from the first `limit + offset` of each
     * (the merge sorts them again: half the time of the page, so the
     * partners without agreements, most, go without). */
    const char *visits = strcmp(q->arg, "VN") ? TIMELINE_OF_PARTNER : TIMELINE_OF_VIETNAM;
#define TIMELINE_AGREEMENTS " FROM " PARTNER_AGREEMENTS " AND a.date IS NOT NULL AND a.date NOT LIKE 'X%'"
    if (!row_exists(s, "SELECT 1" TIMELINE_AGREEMENTS, q->arg)) {
      sql_add(&sql, visits);
      order_and_limit(&sql, " ORDER BY o.placed DESC, o.type, o.event_id", q->limit, q->offset);
    } else {
      long first = rows_through_page(q->limit, q->offset);
      sql_add(&sql, "SELECT * FROM (");
      sql_add(&sql, visits);
      order_and_limit(&sql, " ORDER BY o.placed DESC, o.type, o.event_id", first, 0);
      sql_add(&sql, ") AS visits UNION ALL SELECT * FROM (SELECT a.date, 'agreement', a.kind, a.id, a.title"
                    TIMELINE_AGREEMENTS);
      order_and_limit(&sql, " ORDER BY a.date DESC, a.kind, a.id", first, 0);
      sql_add(&sql, ") AS signed");
      order_and_limit(&sql, " ORDER BY date DESC, record, kind, id", q->limit, q->offset);
    }
#undef TIMELINE_AGREEMENTS
  } else {
    return at_error_set(err, ATTACHE_ERR_ARG,
                        "a partner's lists are events, agreements, people, figures and timeline, not %s", list);
  }
  return run_table(s, r, list, sql.buf, b, err);
}

/* A partner's events (all of events_by_year's counts) and the timeline's
 * visits and signings placed in time (those of a year, of type visit or
 * signing) in `tb`, events_by_year's rows (year, type, count), as text. */
static void year_sums(const at_table *tb, char events[24], char timeline[24]) {
  long long all = 0, dated_visits = 0;
  for (size_t i = 0; i < tb->nrows; i++) {
    char *const *row = tb->cells + i * tb->ncols;
    long long n = strtoll(row[2], NULL, 10);
    all += n;
    if (row[0] && (!strcmp(row[1], "visit") || !strcmp(row[1], "signing"))) dated_visits += n;
  }
  snprintf(events, 24, "%lld", all);
  snprintf(timeline, 24, "%lld", dated_visits);
}

/* Moves the last table of `r` to place `to`, the tables from there one on. */
static void move_last_table(attache_result *r, size_t to) {
  at_table last = r->tables[r->n - 1];
  memmove(&r->tables[to + 1], &r->tables[to], (r->n - 1 - to) * sizeof *r->tables);
  r->tables[to] = last;
}

/* A partner's profile. Its long lists (the visits, signings and agreements
 * of the `timeline`, newest first; events, agreements, people, figures)
 * hold one page each (q->limit rows from q->offset; 0: all), `totals` says
 * how long each is, and what the relationship over time needs whole comes
 * summed up: events per year by type (`events_by_year`, placed by their own
 * date or their reports'; year NULL: neither). With q->list, only that list.
 * The partner's events are counted, dated and typed on the index of
 * event_partner_order, without reading the events; the timeline's visits and
 * signings are titled by the names of their people in their summaries. */
static attache_status query_partner(attache_store *s, attache_result *r, const attache_query *q, attache_error *err) {
  binds b = {0};
  bind_add(&b, q->arg);
  if (q->list) return partner_list(s, r, q, q->list, &b, err);
  attache_status st = run_table(
      s, r, "partner",
      "SELECT ?1 AS partner, c.name_en AS name, c.name_vi AS name_vi,"
      /* the latest relation's, the undated last: the end of a range of relations_partner */
      " coalesce((SELECT framework FROM relations WHERE country_b = ?1 AND as_of IS NOT NULL"
      "   ORDER BY as_of DESC, id DESC LIMIT 1),"
      " (SELECT framework FROM relations WHERE country_b = ?1 AND as_of IS NULL ORDER BY id DESC LIMIT 1))"
      " AS framework FROM (SELECT 1) AS one LEFT JOIN countries c ON c.code = ?1",
      &b, err);
  /* the years in the order of partner_years' key, then the events of no
   * year (year ''): two ranges of it, not all its rows sorted */
  size_t years = r->n;
  if (st == ATTACHE_OK)
    st = run_table(s, r, "events_by_year",
                   "SELECT year, type, events AS count FROM partner_years WHERE country = ?1 AND year > ''"
                   " ORDER BY year, type",
                   &b, err);
  if (st == ATTACHE_OK)
    st = run_table(s, r, NULL,
                   "SELECT NULL AS year, type, events AS count FROM partner_years WHERE country = ?1 AND year = ''"
                   " ORDER BY type",
                   &b, err);
  if (st == ATTACHE_OK) {
    /* the totals' events, and the timeline's visits and signings placed in
     * time, summed from those rows (reading partner_years again took a
     * tenth of the profile); shown before them */
    char events[24], timeline[24];
    year_sums(&r->tables[years], events, timeline);
    bind_add(&b, events);
    bind_add(&b, timeline);
    st = run_table(s, r, "totals",
                   "SELECT CAST(?2 AS BIGINT) AS events,"
                   " (SELECT count(*) FROM agreement_parties WHERE country = ?1) AS agreements,"
                   " (SELECT count(*) FROM partner_people WHERE country = ?1) AS people,"
                   " (SELECT count(*) FROM partner_figures WHERE country = ?1) AS figures,"
                   " (SELECT min(placed) FROM event_partner_order WHERE country = ?1) AS first,"
                   " (SELECT max(placed) FROM event_partner_order WHERE country = ?1) AS last,"
                   " CAST(?3 AS BIGINT) + (SELECT count(*) FROM " PARTNER_AGREEMENTS
                   "   AND a.date IS NOT NULL AND a.date NOT LIKE 'X%') AS timeline",
                   &b, err);
    b.n = 1;
    if (st == ATTACHE_OK) move_last_table(r, years);
  }
  /* the relations in time order, then the undated: two ranges of
   * relations_partner, which holds each one's evidence (schema step 22 -> 23) */
  if (st == ATTACHE_OK)
    st = run_table(s, r, "frameworks",
                   "SELECT r.as_of AS as_of, r.framework AS framework, r.since AS since, r.source_id AS source,"
                   " r.evidence AS evidence, r.id AS id FROM relations r"
                   " WHERE r.country_b = ?1 AND r.as_of IS NOT NULL ORDER BY r.as_of, r.id",
                   &b, err);
  if (st == ATTACHE_OK)
    st = run_table(s, r, NULL,
                   "SELECT r.as_of AS as_of, r.framework AS framework, r.since AS since, r.source_id AS source,"
                   " r.evidence AS evidence, r.id AS id FROM relations r"
                   " WHERE r.country_b = ?1 AND r.as_of IS NULL ORDER BY r.id",
                   &b, err);
  if (st == ATTACHE_OK) st = partner_list(s, r, q, "timeline", &b, err);
  static const char *const LISTS[] = {"events", "agreements", "people", "figures"};
  for (size_t i = 0; st == ATTACHE_OK && i < sizeof LISTS / sizeof *LISTS; i++)
    st = partner_list(s, r, q, LISTS[i], &b, err);
  return st;
}

static const char *PEOPLE_SQL =
    "SELECT pe.id AS id, pe.name AS name, pe.country AS country,"
    " (SELECT p2.rank FROM participants p2 JOIN events e2 ON e2.id = p2.event_id WHERE p2.person_id = pe.id"
    "   AND p2.rank IS NOT NULL ORDER BY e2.date DESC, e2.id DESC, p2.rank DESC LIMIT 1) AS rank,"
    " (SELECT p2.position FROM participants p2 JOIN events e2 ON e2.id = p2.event_id WHERE p2.person_id = pe.id"
    "   AND p2.position IS NOT NULL ORDER BY e2.date DESC, e2.id DESC, p2.position DESC LIMIT 1) AS position,"
    " count(DISTINCT p.event_id) AS events, min(e.placed) AS first_seen, max(e.placed) AS last_seen"
    " FROM people pe JOIN participants p ON p.person_id = pe.id JOIN events e ON e.id = p.event_id WHERE 1 = 1";

/* PostgreSQL sorts NULL first in DESC order, SQLite last: its text says so (store_pg.c). */
static const char *people_sql(const attache_store *s) { return s->pg ? AT_PG_PEOPLE_SQL : PEOPLE_SQL; }

/* Every spelling of a person (?1: a name key): their own name and those of
 * people merged into them or given as aliases. */
static const char PERSON_NAMES_SQL[] =
    "WITH who(id) AS (SELECT id FROM people WHERE name_key = ?1 UNION SELECT person_id FROM person_names"
    " WHERE name_key = ?1)"
    " SELECT name FROM people WHERE id IN (SELECT id FROM who) UNION SELECT name FROM person_names"
    " WHERE person_id IN (SELECT id FROM who) ORDER BY 1";

static attache_status query_person(attache_store *s, attache_result *r, const attache_query *q, const char *key,
                                   attache_error *err) {
  binds b = {0};
  bind_add(&b, key);
  attache_status st = run_table(s, r, "person",
                                AT_PERSON_ROW "pe.id IN (SELECT id FROM people WHERE name_key = ?1 UNION"
                                " SELECT person_id FROM person_names WHERE name_key = ?1) ORDER BY pe.id",
                                &b, err);
  if (st == ATTACHE_OK)
    st = run_table(s, r, "offices",
                   "SELECT e.date AS date, p.rank AS rank, p.position AS position, e.type AS event,"
                   " p.source_id AS source FROM participants p JOIN people pe ON pe.id = p.person_id"
                   " JOIN events e ON e.id = p.event_id WHERE pe.id IN (SELECT id FROM people WHERE name_key = ?1"
                   " UNION SELECT person_id FROM person_names WHERE name_key = ?1)"
                   " ORDER BY e.date IS NULL, e.date, e.id, p.source_id",
                   &b, err);
  if (st == ATTACHE_OK) st = query_events(s, r, q, key, "events", err);
  if (st == ATTACHE_OK) st = run_table(s, r, "names", PERSON_NAMES_SQL, &b, err);
  return st;
}

/* A person's lists, ?1 the person's id: the offices they held (one row per
 * event and report), their events and the people they met, each in the
 * order it is paged in; `limit` rows from `offset`, or for the events the
 * page after event q->after (keyset: the person's events are read in their
 * order, undated last, on the index of person_event_order (schema step
 * 11 -> 12), and only the page's rows get the event columns). */
static attache_status person_list(attache_store *s, attache_result *r, const attache_query *q, const char *list,
                                  binds *b, attache_error *err) {
  sql_text sql = {0};
  char after[24];
  snprintf(after, sizeof after, "%lld", q->after);
  if (!strcmp(list, "offices")) {
    /* a row per report of each event: a page of them comes from the first
     * limit + offset events on person_event_order's index */
    sql_add(&sql, "WITH ev AS (SELECT event_id, date, type FROM person_event_order WHERE person_id = ?1");
    order_and_limit(&sql, " ORDER BY date IS NULL, date, event_id", rows_through_page(q->limit, q->offset), 0);
    sql_add(&sql, ") SELECT ev.date AS date, p.rank AS rank, p.position AS position, ev.type AS event,"
                  " p.source_id AS source, p.event_id AS event_id FROM ev JOIN participants p");
    /* each row on SQLite's index of the person's rows, which holds their rank
     * and office (schema step 17 -> 18; the table's key, as good to the
     * planner, begins with the event: each row on a page of its own) */
    if (!s->pg) sql_add(&sql, " INDEXED BY participants_person");
    sql_add(&sql, " ON p.event_id = ev.event_id AND p.person_id = ?1");
    order_and_limit(&sql, " ORDER BY ev.date IS NULL, ev.date, ev.event_id, p.source_id", q->limit, q->offset);
  } else if (!strcmp(list, "events")) {
    if (q->after && !row_exists(s, "SELECT 1 FROM events WHERE id = CAST(?1 AS BIGINT)", after))
      return at_error_set(err, ATTACHE_ERR_ARG, "no event %s to page after (it was removed: ask for the first page)",
                          after);
    if (!q->after && q->offset <= 0) {
      /* the first page: a range of person_events (schema step 21 -> 22),
       * which holds what the page shows in its order */
      sql_add(&sql, PARTNER_EVENT_FIELDS " FROM person_events p WHERE p.person_id = ?1");
      order_and_limit(&sql, " ORDER BY p.undated, p.dated, p.event_id", q->limit, 0);
    } else { /* a later page: the ids it skips read on the index, the columns for its own rows only */
      sql_add(&sql, "WITH page AS (SELECT o.event_id AS id FROM person_event_order o WHERE o.person_id = ?1");
      filter(&sql, b,
             " AND (o.date IS NULL, coalesce(o.date, ''), o.event_id) > (SELECT date IS NULL, coalesce(date, ''),"
             " id FROM events WHERE id = CAST(? AS BIGINT))",
             q->after ? after : NULL);
      order_and_limit(&sql, " ORDER BY o.date IS NULL, o.date, o.event_id", q->limit, q->after ? 0 : q->offset);
      sql_add(&sql, ") " EVENT_FIELDS " FROM page JOIN events e ON e.id = page.id" EVENT_SUMMARY
                    " ORDER BY e.date IS NULL, e.date, e.id");
    }
  } else if (!strcmp(list, "met")) {
    /* the first rows of person_met (schema step 13 -> 14), kept in this
     * order: counting the participants of all the person's events and
     * sorting them was half of the person's page */
    sql_add(&sql, "SELECT m.other_id AS id, m.name AS name, pe.country AS country, m.events AS events"
                  " FROM person_met m JOIN people pe ON pe.id = m.other_id WHERE m.person_id = ?1");
    order_and_limit(&sql, " ORDER BY m.events DESC, m.name, m.other_id", q->limit, q->offset);
  } else {
    return at_error_set(err, ATTACHE_ERR_ARG, "a person's lists are offices, events and met, not %s", list);
  }
  return run_table(s, r, list, sql.buf, b, err);
}

/* A person by id: who they are (`person`: their latest rank and office, how
 * many events, first and last seen), every spelling (`names`), how long
 * their lists of offices and of people met are (`totals`; the events are
 * the person's `events`), and one page of each list (q->limit rows: 0, all
 * of it). With q->list, only that list. */
static attache_status query_person_id(attache_store *s, attache_result *r, const attache_query *q, attache_error *err) {
  binds b = {0};
  bind_add(&b, q->arg ? q->arg : "");
  if (q->list) {
    if (!row_exists(s, "SELECT 1 FROM people WHERE id = CAST(?1 AS BIGINT)", q->arg ? q->arg : ""))
      return at_error_set(err, ATTACHE_ERR_NOT_FOUND, "no person %s", q->arg ? q->arg : "");
    return person_list(s, r, q, q->list, &b, err);
  }
  attache_status st = run_table(s, r, "person", AT_PERSON_ROW "pe.id = ?1", &b, err);
  if (st == ATTACHE_OK && attache_result_rows(r, 0) == 0)
    st = at_error_set(err, ATTACHE_ERR_NOT_FOUND, "no person %s", q->arg ? q->arg : "");
  if (st == ATTACHE_OK)
    st = run_table(s, r, "names",
                   "SELECT name FROM people WHERE id = ?1 UNION SELECT name FROM person_names WHERE person_id = ?1"
                   " ORDER BY 1",
                   &b, err);
  if (st == ATTACHE_OK)
    st = run_table(s, r, "totals",
                   "SELECT offices, met FROM person_summary WHERE person_id = ?1",
                   &b, err);
  static const char *const LISTS[] = {"offices", "events", "met"};
  for (size_t i = 0; st == ATTACHE_OK && i < sizeof LISTS / sizeof *LISTS; i++)
    st = person_list(s, r, q, LISTS[i], &b, err);
  return st;
}

/* "quốc phòng" -> "quoc phong": the words of a search, folded like the index. */
static char *fold_words(at_arena *arena, const char *text, at_vec *words) {
  at_tokenize(arena, text, 0, strlen(text), words);
  size_t len = 0;
  for (size_t i = 0; i < words->len; i++) len += strlen(AT_VEC_AT(words, at_token, i)->fold_tone) + 1;
  char *phrase = at_arena_alloc(arena, len + 3);
  strcat(phrase, "\"");
  size_t kept = 0;
  for (size_t i = 0; i < words->len; i++) {
    const at_token *t = AT_VEC_AT(words, at_token, i);
    if (t->kind == AT_TOK_PUNCT) continue;
    if (kept++) strcat(phrase, " ");
    strcat(phrase, t->fold_tone);
  }
  strcat(phrase, "\"");
  return kept ? phrase : NULL;
}

/* Marks the words of the search in the sentence as written: «Quốc phòng». */
static char *highlight(at_arena *arena, const char *text, const at_vec *words) {
  at_vec toks;
  at_vec_init(&toks, sizeof(at_token));
  at_tokenize(arena, text, 0, strlen(text), &toks);
  at_buf out;
  at_buf_init(&out, (size_t)-1);
  at_buf_append(&out, "", 0);
  size_t nwords = 0;
  const at_token *w[64];
  for (size_t i = 0; i < words->len && nwords < 64; i++)
    if (AT_VEC_AT(words, at_token, i)->kind != AT_TOK_PUNCT) w[nwords++] = AT_VEC_AT(words, at_token, i);
  size_t copied = 0;
  for (size_t i = 0; nwords && i < toks.len;) {
    size_t j = i, k = 0;
    while (j < toks.len && k < nwords) {
      const at_token *t = AT_VEC_AT(&toks, at_token, j);
      if (t->kind == AT_TOK_PUNCT) {
        j++;
        continue;
      }
      if (strcmp(t->fold_tone, w[k]->fold_tone)) break;
      j++, k++;
    }
    if (k == nwords) {
      const at_token *a = AT_VEC_AT(&toks, at_token, i), *z = AT_VEC_AT(&toks, at_token, j - 1);
      at_buf_append(&out, text + copied, a->start - copied);
      at_buf_append(&out, "\xC2\xAB", 2);
      at_buf_append(&out, text + a->start, z->end - a->start);
      at_buf_append(&out, "\xC2\xBB", 2);
      copied = z->end;
      i = j;
    } else {
      i++;
    }
  }
  at_buf_append(&out, text + copied, strlen(text) - copied);
  char *result = at_arena_strndup(arena, out.data, out.len);
  at_buf_free(&out);
  at_vec_free(&toks);
  return result;
}

char *at_store_person_key(at_arena *arena, const char *name);

/* The ids of the sentences holding the words ?1, on either backend. */
static const char MATCHING_SQLITE[] = "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?1";
static const char MATCHING_PG[] = "SELECT m.id FROM sentences m WHERE to_tsvector('simple', attache_words(m.folded))"
                                  " @@ phraseto_tsquery('simple', attache_words(?1))";

/* On SQLite, the ids of the sentences matching `phrase` as a JSON array
 * ("[3,17]") when there are at most MATCHED_IDS of them, else NULL: the
 * statements of a search then read them with json_each instead of each
 * asking FTS5 again (a phrase of common words took ~0.4 million
 * instructions a MATCH, three times a request). */
enum { MATCHED_IDS = 1000 };
static char *matched_ids(attache_store *s, at_arena *arena, const char *phrase) {
  at_stmt *st = query_stmt(s, MATCHING_SQLITE);
  if (!st) return NULL;
  at_bind_text(st, 1, phrase, -1);
  at_buf out;
  at_buf_init(&out, (size_t)-1);
  at_buf_append(&out, "[", 1);
  int rc, n = 0;
  while ((rc = at_step(st)) == AT_ROW && n <= MATCHED_IDS) {
    char num[32];
    int len = snprintf(num, sizeof num, "%s%lld", n++ ? "," : "", (long long)sqlite3_column_int64(st->lite, 0));
    at_buf_append(&out, num, (size_t)len);
  }
  at_buf_append(&out, "]", 1);
  char *ids = rc == AT_DONE && n <= MATCHED_IDS ? at_arena_strndup(arena, out.data, out.len) : NULL;
  at_buf_free(&out);
  query_stmt_done(s, st);
  return ids;
}

static const char MATCHED_SQLITE[] = "SELECT value FROM json_each(?1)";

/* `matching`: the statement of the matching sentences' ids, `bound` its ?1
 * (the phrase, or on SQLite the ids of matched_ids). */
static attache_status search_entities(attache_store *s, attache_result *r, const attache_query *q,
                                      const char *matching, const char *bound, at_arena *arena, attache_error *err) {
  binds b = {0}, named = {0};
  bind_add(&b, bound);
  bind_add(&named, at_store_person_key(arena, q->arg ? q->arg : ""));
  /* The people whose name key holds the words: on SQLite found on the
   * trigram index people_keys (schema step 9) for three characters or more
   * (it reads every key for fewer, slower than people itself); PostgreSQL's
   * pg_trgm index answers the LIKE as it is. */
  const char *key = named.values[0];
  size_t chars = 0;
  for (const char *c = key; *c; c++) chars += ((unsigned char)*c & 0xC0) != 0x80;
  const char *candidates = !s->pg && chars >= 3 ? "SELECT rowid AS id FROM people_keys WHERE name_key LIKE '%' || ?1 || '%'"
                                                : "SELECT id AS id FROM people WHERE name_key LIKE '%' || ?1 || '%'";
  sql_text people = {0};
  sql_add(&people, "WITH named AS MATERIALIZED (");
  sql_add(&people, candidates);
  sql_add(&people, ") SELECT pe.id AS id, pe.name AS name, pe.country AS country,"
                   " count(DISTINCT p.event_id) AS events FROM named JOIN people pe ON pe.id = named.id"
                   " JOIN participants p ON p.person_id = pe.id"
                   " WHERE ?1 <> '' AND pe.name_key LIKE '%' || ?1 || '%'"
                   " GROUP BY pe.id ORDER BY events DESC, pe.name LIMIT 20");
  attache_status st = run_table(s, r, "people", people.buf, &named, err);
  if (st == ATTACHE_OK) {
    sql_text ev = {0};
    sql_add(&ev, EVENT_COLUMNS);
    /* The reports told by those sentences, found by their documents
     * (event_sources has no index of sentences; scanning it took 40 ms). */
    sql_add(&ev, " AND e.id IN (SELECT es.event_id FROM sentences ms JOIN event_sources es"
                 " ON es.source_id = ms.source_id AND es.sentence_id = ms.id WHERE ms.id IN (");
    sql_add(&ev, matching);
    sql_add(&ev, ")) ORDER BY e.placed IS NULL, e.placed DESC, e.id LIMIT 20");
    st = run_table(s, r, "events", ev.buf, &b, err);
  }
  if (st == ATTACHE_OK) {
    sql_text fs = {0};
    sql_add(&fs, "WITH m AS (SELECT src.lang AS lang, substr(src.published, 1, 4) AS year, src.outlet AS outlet"
                 "  FROM sentences s JOIN sources src ON src.id = s.source_id WHERE s.id IN (");
    sql_add(&fs, matching);
    sql_add(&fs, "))"
                 " SELECT 'lang' AS facet, lang AS value, count(*) AS count FROM m WHERE lang IS NOT NULL GROUP BY lang"
                 " UNION ALL SELECT 'year', year, count(*) FROM m WHERE year IS NOT NULL GROUP BY year"
                 " UNION ALL SELECT 'outlet', outlet, count(*) FROM m WHERE outlet IS NOT NULL GROUP BY outlet"
                 " ORDER BY 1, 3 DESC, 2");
    st = run_table(s, r, "facets", fs.buf, &b, err);
  }
  return st;
}

static attache_status query_search(attache_store *s, attache_result *r, const attache_query *q, attache_error *err) {
  at_arena *arena = at_arena_new();
  at_vec words;
  at_vec_init(&words, sizeof(at_token));
  char *phrase = fold_words(arena, q->arg ? q->arg : "", &words);
  attache_status st;
  if (!phrase) {
    st = at_error_set(err, ATTACHE_ERR_ARG, "nothing to search for");
  } else {
    binds b = {0};
    sql_text sql = {0};
    const char *matching = s->pg ? MATCHING_PG : MATCHING_SQLITE, *ids = NULL;
    if (s->pg) { /* the words of the phrase, without FTS5's quotes */
      phrase[strlen(phrase) - 1] = '\0';
      bind_add(&b, phrase + 1);
      sql_add(&sql, AT_PG_SEARCH_SQL);
    } else {
      ids = matched_ids(s, arena, phrase);
      bind_add(&b, ids ? ids : phrase);
      if (ids) matching = MATCHED_SQLITE;
      sql_add(&sql,
              "SELECT s.source_id AS source, src.published AS published, src.title AS title, s.text AS sentence,"
              " src.lang AS lang, src.outlet AS outlet");
      sql_add(&sql, ids ? " FROM sentences s JOIN sources src ON src.id = s.source_id WHERE s.id IN (SELECT value FROM"
                          " json_each(?1))"
                        : " FROM sentences_fts f JOIN sentences s ON s.id = f.rowid JOIN sources src ON src.id ="
                          " s.source_id WHERE sentences_fts MATCH ?1");
    }
    filter(&sql, &b, " AND src.lang = ?", q->lang);
    filter(&sql, &b, " AND src.outlet = ?", q->outlet);
    filter(&sql, &b, " AND src.published >= ?", q->since);
    filter(&sql, &b, " AND substr(src.published, 1, length(CAST(? AS TEXT))) <= ?", q->until);
    order_and_limit(&sql, " ORDER BY src.published IS NULL, src.published DESC, s.source_id, s.idx",
                    q->limit ? q->limit : 100, q->offset);
    st = run_table(s, r, "matches", sql.buf, &b, err);
    if (st == ATTACHE_OK) {
      at_table *tb = &r->tables[r->n - 1];
      for (size_t i = 0; i < tb->nrows; i++) {
        char **cell = &tb->cells[i * tb->ncols + 3];
        *cell = cell_text(r, highlight(arena, *cell, &words));
      }
    }
    /* With the first page: what the words name (people, events) and how the
     * matches fall by language, year and outlet (the facets, of all matches). */
    if (st == ATTACHE_OK && q->offset == 0) st = search_entities(s, r, q, matching, b.values[0], arena, err);
  }
  at_vec_free(&words);
  at_arena_free(arena);
  return st;
}

/* The network of who meets whom, over the events `q` chooses (since, until
 * and the other event filters, bound as everywhere): partners linked by the
 * multilateral events both took part in, or people linked by the events both
 * took part in. A multilateral event here is one of three countries or more
 * (Vietnam and two partners at least), whatever its type: a port call of
 * Korean and American ships links KR and US as an ADMM meeting does; Vietnam,
 * at every event, is left out. An edge's weight is the number of such
 * events; only the `limit` strongest edges (40 by default) and the nodes
 * they join are given, so that a phone can show them. */
#define NETWORK_DEFAULT_EDGES 40

static void network_events(sql_text *sql, binds *b, const attache_query *q, bool partners) {
  sql_add(sql, partners ? "WITH ev AS (SELECT e.id AS id FROM events e WHERE (SELECT count(*) FROM event_countries x"
                          " WHERE x.event_id = e.id AND x.country <> 'VN') >= 2"
                        : "WITH ev AS (SELECT e.id AS id FROM events e WHERE 1 = 1");
  event_filters(sql, b, q, NULL);
  sql_add(sql, partners ? "), links AS (SELECT a.country AS source, b.country AS target,"
                          " count(DISTINCT ev.id) AS weight FROM ev"
                          " JOIN event_countries a ON a.event_id = ev.id"
                          " JOIN event_countries b ON b.event_id = ev.id AND a.country < b.country"
                          " WHERE a.country <> 'VN' AND b.country <> 'VN' GROUP BY a.country, b.country"
                        : "), links AS (SELECT a.person_id AS source, b.person_id AS target,"
                          " count(DISTINCT ev.id) AS weight FROM ev"
                          " JOIN participants a ON a.event_id = ev.id"
                          " JOIN participants b ON b.event_id = ev.id AND a.person_id < b.person_id"
                          " GROUP BY a.person_id, b.person_id");
  char frag[96];
  snprintf(frag, sizeof frag, " ORDER BY weight DESC, source, target LIMIT %ld)",
           q->limit > 0 ? q->limit : (long)NETWORK_DEFAULT_EDGES);
  sql_add(sql, frag);
}

static attache_status query_network(attache_store *s, attache_result *r, const attache_query *q, attache_error *err) {
  bool partners = q->arg && !strcmp(q->arg, "partners");
  if (!partners && !(q->arg && !strcmp(q->arg, "people")))
    return at_error_set(err, ATTACHE_ERR_ARG, "network is of partners or of people");
  sql_text sql = {0};
  binds b = {0};
  network_events(&sql, &b, q, partners);
  sql_add(&sql, partners ? " SELECT ec.country AS id, c.name_en AS name, c.name_vi AS name_vi,"
                           " count(DISTINCT ec.event_id) AS events FROM ev"
                           " JOIN event_countries ec ON ec.event_id = ev.id LEFT JOIN countries c ON c.code = ec.country"
                           " WHERE ec.country IN (SELECT source FROM links UNION SELECT target FROM links)"
                           " GROUP BY ec.country, c.name_en, c.name_vi ORDER BY events DESC, id"
                         : " SELECT pe.id AS id, pe.name AS name, pe.country AS country,"
                           " count(DISTINCT p.event_id) AS events FROM ev"
                           " JOIN participants p ON p.event_id = ev.id JOIN people pe ON pe.id = p.person_id"
                           " WHERE pe.id IN (SELECT source FROM links UNION SELECT target FROM links)"
                           " GROUP BY pe.id, pe.name, pe.country ORDER BY events DESC, pe.name");
  attache_status st = run_table(s, r, "nodes", sql.buf, &b, err);
  if (st != ATTACHE_OK) return st;
  sql_text edges = {0};
  binds eb = {0};
  network_events(&edges, &eb, q, partners);
  sql_add(&edges, " SELECT source, target, weight FROM links ORDER BY weight DESC, source, target");
  return run_table(s, r, "edges", edges.buf, &eb, err);
}

static const char *const EVENT_TYPES[] = {"reception", "talks",    "call",     "visit",    "dialogue", "multilateral",
                                          "signing",   "port_call", "exercise", "exchange", "meeting"};

int attache_query_event_type_valid(const char *type) {
  for (size_t i = 0; type && i < sizeof EVENT_TYPES / sizeof *EVENT_TYPES; i++)
    if (!strcmp(EVENT_TYPES[i], type)) return 1;
  return 0;
}

static bool made_of(const char *s, const char *set, size_t min, size_t max) {
  size_t n = strlen(s);
  if (n < min || n > max) return false;
  return strspn(s, set) == n;
}

#define UPPER "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
#define LOWER "abcdefghijklmnopqrstuvwxyz"

const char *attache_query_filter_problem(const char *name, const char *value) {
  if (!name || !value) return "no such filter";
  if (!strcmp(name, "partner"))
    return made_of(value, UPPER, 2, 2) ? NULL : "a country code: two capital letters such as FR, JP or US";
  if (!strcmp(name, "type"))
    return attache_query_event_type_valid(value) ? NULL
                                                 : "reception, talks, call, visit, dialogue, multilateral, signing, "
                                                   "port_call, exercise, exchange or meeting";
  if (!strcmp(name, "since") || !strcmp(name, "until"))
    return attache_query_date_valid(value) ? NULL : "a date YYYY, YYYY-MM or YYYY-MM-DD";
  if (!strcmp(name, "mechanism"))
    return made_of(value, UPPER "-", 2, 40) ? NULL
                                             : "a mechanism code of capital letters and '-' such as ADMM, ADMM-PLUS "
                                               "or SLD";
  if (!strcmp(name, "area"))
    return made_of(value, LOWER "_", 2, 40) ? NULL
                                             : "an area code of small letters and '_' such as training, "
                                               "peacekeeping or war_legacy";
  if (!strcmp(name, "lang")) return !strcmp(value, "vi") || !strcmp(value, "en") ? NULL : "vi or en";
  if (!strcmp(name, "outlet"))
    return made_of(value, LOWER "0123456789.-", 1, 100) ? NULL : "an outlet's host name such as qdnd.vn";
  if (!strcmp(name, "metric"))
    return made_of(value, LOWER "_", 2, 60) ? NULL
                                             : "a metric code of small letters and '_' such as defense_partners";
  return "no such filter";
}

/* The first column of what `sql` answers (with ?1 = `value` when given), by
 * run_table as every query (either backend): a scratch result to free. */
static attache_result *scratch(attache_store *s, const char *sql, const char *value) {
  attache_result *r = calloc(1, sizeof *r);
  if (!r) at_oom();
  binds b = {0};
  if (value) bind_add(&b, value);
  attache_error ignored = {0};
  if (run_table(s, r, "scratch", sql, value ? &b : NULL, &ignored) != ATTACHE_OK) {
    attache_result_free(r);
    return NULL;
  }
  return r;
}

/* The values of a filter the knowledge base knows, for an error message:
 * `sql` gives one code per row. "ADMM, ADMM-PLUS, SLD" (at most ~400 bytes). */
static void known_values(attache_store *s, const char *sql, char *out, size_t cap) {
  size_t o = 0;
  out[0] = '\0';
  attache_result *r = scratch(s, sql, NULL);
  for (size_t i = 0; r && i < attache_result_rows(r, 0); i++) {
    const char *v = attache_result_cell(r, 0, i, 0);
    if (!v) continue;
    if (o + strlen(v) + 8 > cap) {
      snprintf(out + o, cap - o, ", ...");
      break;
    }
    o += (size_t)snprintf(out + o, cap - o, "%s%s", o ? ", " : "", v);
  }
  attache_result_free(r);
}

static bool row_exists(attache_store *s, const char *sql, const char *value) {
  attache_result *r = scratch(s, sql, value);
  bool found = !r || attache_result_rows(r, 0) > 0; /* a failed look-up: the query itself will say */
  attache_result_free(r);
  return found;
}

/* A partner or mechanism of the right form that the knowledge base does not
 * know is a mistake ("--partner FR" meant, "XX" typed), not an empty answer. */
static attache_status check_known(attache_store *s, const attache_query *q, attache_error *err) {
  char known[400];
  if (q->kind == ATTACHE_QUERY_PARTNER && q->arg && !row_exists(s, "SELECT 1 FROM countries WHERE code = ?1", q->arg))
    return at_error_set(err, ATTACHE_ERR_NOT_FOUND, "no partner %s: not a country code attache knows", q->arg);
  if (q->partner && !row_exists(s, "SELECT 1 FROM countries WHERE code = ?1", q->partner)) {
    known_values(s,
                 "SELECT country FROM event_countries WHERE country <> 'VN' GROUP BY country"
                 " ORDER BY count(*) DESC, country LIMIT 12",
                 known, sizeof known);
    return at_error_set(err, ATTACHE_ERR_ARG, "partner %s is no country code attache knows (partners with most events: %s)",
                        q->partner, known[0] ? known : "none yet");
  }
  if (q->mechanism && !row_exists(s, "SELECT 1 FROM events WHERE mechanism = ?1 LIMIT 1", q->mechanism)) {
    known_values(s, "SELECT DISTINCT mechanism FROM events WHERE mechanism IS NOT NULL ORDER BY mechanism", known,
                 sizeof known);
    return at_error_set(err, ATTACHE_ERR_ARG, "mechanism %s is not one of the events' mechanisms (%s)", q->mechanism,
                        known[0] ? known : "none yet");
  }
  return ATTACHE_OK;
}


static attache_status query_view(attache_store *s, const attache_query *q, attache_result **out, attache_error *err);

attache_status attache_store_query(attache_store *s, const attache_query *q, attache_result **out, attache_error *err) {
  if (!s || !q || !out) return at_error_set(err, ATTACHE_ERR_ARG, "null argument");
  if (!q->raw && (s->pg || at_store_in_transaction(s))) return query_view(s, q, out, err);
  if (!q->raw) {
    /* One read transaction for all the statements of an answer (a profile
     * runs ten): its tables and totals are read from one state of the
     * database, and SQLite takes and leaves its read lock once, not at each
     * statement (two thirds of a profile's system calls). */
    if (!at_store_exec(s, "BEGIN"))
      return at_error_set(err, ATTACHE_ERR_STORE, "cannot read the database: %s", at_store_errmsg(s));
    attache_status st = query_view(s, q, out, err);
    /* A read transaction left open would serve every later answer from
     * this state of the database (and keep the WAL from being copied back). */
    if (!at_store_exec(s, "COMMIT")) at_store_exec(s, "ROLLBACK");
    return st;
  }
  /* What the machine read: the analysts' changes are taken back in a
   * transaction that is rolled back, never committed (corrections.c). */
  if (s->readonly)
    return at_error_set(err, ATTACHE_ERR_ARG, "--raw needs a database that can be written (its changes are taken "
                                              "back in a transaction that is then rolled back)");
  if (!at_store_exec(s, "BEGIN IMMEDIATE"))
    return at_error_set(err, ATTACHE_ERR_STORE, "cannot read the database: %s", at_store_errmsg(s));
  attache_status st = at_corrections_revert(s) ? query_view(s, q, out, err)
                                               : at_error_set(err, ATTACHE_ERR_STORE, "%s", at_store_errmsg(s));
  at_store_exec(s, "ROLLBACK");
  return st;
}

static attache_status query_view(attache_store *s, const attache_query *q, attache_result **out, attache_error *err) {
  if ((q->since && !attache_query_date_valid(q->since)) || (q->until && !attache_query_date_valid(q->until)))
    return at_error_set(err, ATTACHE_ERR_ARG, "since/until must be a date YYYY, YYYY-MM or YYYY-MM-DD");
  *out = NULL;
  attache_status known = check_known(s, q, err);
  if (known != ATTACHE_OK) return known;
  attache_result *r = calloc(1, sizeof *r);
  if (!r) at_oom();
  at_arena *arena = at_arena_new();
  const char *key = q->person ? at_store_person_key(arena, q->person) : NULL;
  binds b = {0};
  attache_status st = ATTACHE_OK;
  sql_text sql = {0};
  switch (q->kind) {
  case ATTACHE_QUERY_EVENTS:
    st = query_events(s, r, q, key, "events", err);
    break;
  case ATTACHE_QUERY_PARTNERS:
    st = run_table(s, r, "partners", PARTNERS_SQL, NULL, err);
    break;
  case ATTACHE_QUERY_PARTNER:
    st = q->arg ? query_partner(s, r, q, err) : at_error_set(err, ATTACHE_ERR_ARG, "partner needs a country code");
    break;
  case ATTACHE_QUERY_PEOPLE:
    sql_add(&sql, people_sql(s));
    filter(&sql, &b, " AND pe.country = ?", q->partner);
    sql_add(&sql, " GROUP BY pe.id");
    order_and_limit(&sql, " ORDER BY events DESC, pe.name", q->limit, q->offset);
    st = run_table(s, r, "people", sql.buf, &b, err);
    break;
  case ATTACHE_QUERY_PERSON:
    st = q->arg ? query_person(s, r, q, at_store_person_key(arena, q->arg), err)
                : at_error_set(err, ATTACHE_ERR_ARG, "person needs a name");
    break;
  case ATTACHE_QUERY_AGREEMENTS:
    sql_add(&sql,
            "SELECT a.date AS date, a.kind AS kind, a.title AS title,"
            " (SELECT group_concat(country, ' ') FROM (SELECT country FROM agreement_parties"
            "   WHERE agreement_id = a.id ORDER BY country <> 'VN', country) AS c) AS parties,"
            " a.status AS status, a.period_from AS period_from, a.period_to AS period_to,"
            " a.confidence AS confidence, a.source_id AS source, a.id AS id FROM agreements a WHERE 1 = 1");
    filter(&sql, &b, " AND a.id IN (SELECT agreement_id FROM agreement_parties WHERE country = ?)", q->partner);
    filter(&sql, &b, " AND a.date >= ? AND a.date NOT LIKE 'X%'", q->since);
    filter(&sql, &b, " AND substr(a.date, 1, length(CAST(? AS TEXT))) <= ? AND a.date NOT LIKE 'X%'", q->until);
    order_and_limit(&sql, " ORDER BY a.date IS NULL, a.date, a.id", q->limit, q->offset);
    st = run_table(s, r, "agreements", sql.buf, &b, err);
    break;
  case ATTACHE_QUERY_FIGURES:
    sql_add(&sql,
            "SELECT f.as_of AS as_of, f.metric AS metric, f.label AS label, f.value AS value,"
            " f.qualifier AS qualifier, f.subject AS subject, f.confidence AS confidence, f.source_id AS source,"
            " s.text AS evidence, f.id AS id"
            " FROM figures f LEFT JOIN sentences s ON s.id = f.sentence_id WHERE 1 = 1");
    filter(&sql, &b, " AND f.metric = ?", q->metric);
    filter(&sql, &b, " AND f.as_of >= ? AND f.as_of NOT LIKE 'X%'", q->since);
    filter(&sql, &b, " AND substr(f.as_of, 1, length(CAST(? AS TEXT))) <= ? AND f.as_of NOT LIKE 'X%'", q->until);
    /* the undated last, in the order of the index figures_metric(metric, as_of) */
    order_and_limit(&sql, " ORDER BY f.metric, f.as_of NULLS LAST, f.id", q->limit, q->offset);
    st = run_table(s, r, "figures", sql.buf, &b, err);
    break;
  case ATTACHE_QUERY_SEARCH:
    st = query_search(s, r, q, err);
    break;
  case ATTACHE_QUERY_STATS:
    st = run_table(s, r, "stats",
                   "SELECT 'sources' AS what, count(*) AS count FROM sources"
                   " UNION ALL SELECT 'sentences', count(*) FROM sentences"
                   " UNION ALL SELECT 'events', count(*) FROM events"
                   " UNION ALL SELECT 'people', count(*) FROM people"
                   " UNION ALL SELECT 'agreements', count(*) FROM agreements"
                   " UNION ALL SELECT 'figures', count(*) FROM figures"
                   " UNION ALL SELECT 'relations', count(*) FROM relations"
                   " UNION ALL SELECT 'partners', count(DISTINCT country) FROM event_countries WHERE country <> 'VN'",
                   NULL, err);
    if (st == ATTACHE_OK)
      st = run_table(s, r, "events_by_type",
                     "SELECT type, count(*) AS count FROM events GROUP BY type ORDER BY count DESC, type", NULL, err);
    /* Every event is counted once: by the year (and quarter, when its month
     * is known) it is placed in, by its own date or its reports' (placed_by
     * 'date' or 'reported'); only one with neither has year NULL. */
    if (st == ATTACHE_OK)
      st = run_table(s, r, "events_by_period",
                     "SELECT * FROM (SELECT substr(placed, 1, 4) AS year,"
                     " CASE WHEN length(placed) >= 7 THEN (CAST(substr(placed, 6, 2) AS INTEGER) + 2) / 3 END"
                     " AS quarter, type, placed_by, count(*) AS count FROM"
                     " (SELECT e.type AS type, e.placed AS placed,"
                     "   CASE WHEN e.date NOT LIKE 'X%' THEN 'date' WHEN e.placed IS NOT NULL THEN 'reported'"
                     "   ELSE 'undated' END AS placed_by FROM events e) AS placed_events"
                     " GROUP BY 1, 2, 3, 4) AS periods"
                     " ORDER BY year IS NULL, year, quarter IS NULL, quarter, type, placed_by",
                     NULL, err);
    break;
  case ATTACHE_QUERY_EVENT:
    bind_add(&b, q->arg ? q->arg : "");
    sql_add(&sql, EVENT_COLUMNS);
    sql_add(&sql, " AND e.id = ?1");
    st = run_table(s, r, "event", sql.buf, &b, err);
    if (st == ATTACHE_OK && attache_result_rows(r, 0) == 0)
      st = at_error_set(err, ATTACHE_ERR_NOT_FOUND, "no event %s", q->arg ? q->arg : "");
    if (st == ATTACHE_OK)
      st = run_table(s, r, "participants",
                     "SELECT pe.id AS person_id, pe.name AS name, max(p.rank) AS rank, max(p.position) AS position,"
                     " coalesce(max(p.country), pe.country) AS country, max(p.confidence) AS confidence"
                     " FROM participants p"
                     " JOIN people pe ON pe.id = p.person_id WHERE p.event_id = ?1 GROUP BY pe.id ORDER BY pe.name",
                     &b, err);
    if (st == ATTACHE_OK)
      st = run_table(s, r, "sources",
                     "SELECT es.source_id AS source, src.url AS url, src.title AS title, src.published AS published,"
                     " es.confidence AS confidence, sen.text AS sentence FROM event_sources es JOIN sources src ON src.id = es.source_id"
                     " LEFT JOIN sentences sen ON sen.id = es.sentence_id WHERE es.event_id = ?1 ORDER BY es.source_id",
                     &b, err);
    if (st == ATTACHE_OK)
      st = run_table(s, r, "agreements",
                     "SELECT a.date AS date, a.kind AS kind, a.title AS title, a.status AS status, a.source_id AS source"
                     " FROM agreements a WHERE a.source_id IN (SELECT source_id FROM event_sources WHERE event_id = ?1)"
                     " AND a.sentence_id IN (SELECT sentence_id FROM event_sources WHERE event_id = ?1)"
                     " ORDER BY a.id",
                     &b, err);
    if (st == ATTACHE_OK)
      st = run_table(s, r, "areas", "SELECT area FROM event_areas WHERE event_id = ?1 ORDER BY area", &b, err);
    break;
  case ATTACHE_QUERY_PERSON_ID:
    st = query_person_id(s, r, q, err);
    break;
  case ATTACHE_QUERY_SOURCE:
    bind_add(&b, q->arg ? q->arg : "");
    st = run_table(s, r, "source",
                   "SELECT id, url, title, published, outlet, lang FROM sources WHERE id = ?1", &b, err);
    if (st == ATTACHE_OK && attache_result_rows(r, 0) == 0)
      st = at_error_set(err, ATTACHE_ERR_NOT_FOUND, "no source %s", q->arg ? q->arg : "");
    if (st == ATTACHE_OK)
      st = run_table(s, r, "sentences", "SELECT idx, text FROM sentences WHERE source_id = ?1 ORDER BY idx", &b, err);
    break;
  case ATTACHE_QUERY_REVIEW:
    st = at_query_review(s, r, q, err);
    break;
  case ATTACHE_QUERY_MECHANISMS:
    st = run_table(s, r, "mechanisms",
                   "SELECT e.mechanism AS mechanism, count(*) AS events,"
                   " (SELECT count(DISTINCT ec.country) FROM event_countries ec JOIN events e2 ON e2.id = ec.event_id"
                   "   WHERE e2.mechanism = e.mechanism AND ec.country <> 'VN') AS partners,"
                   " (SELECT group_concat(type || ' ' || n, ', ') FROM (SELECT e3.type, count(*) AS n FROM events e3"
                   "   WHERE e3.mechanism = e.mechanism GROUP BY e3.type ORDER BY n DESC, e3.type)) AS by_type,"
                   " min(e.placed) AS first, max(e.placed) AS last"
                   " FROM events e WHERE e.mechanism IS NOT NULL GROUP BY e.mechanism ORDER BY events DESC, mechanism",
                   NULL, err);
    break;
  case ATTACHE_QUERY_NETWORK:
    st = query_network(s, r, q, err);
    break;
  case ATTACHE_QUERY_COUNTRIES:
    st = run_table(s, r, "countries", "SELECT code, name_vi, name_en FROM countries ORDER BY code", NULL, err);
    break;
  default:
    st = at_error_set(err, ATTACHE_ERR_ARG, "unknown query");
  }
  at_arena_free(arena);
  if (st != ATTACHE_OK) {
    attache_result_free(r);
    return st;
  }
  *out = r;
  return ATTACHE_OK;
}

/* ---- exports ------------------------------------------------------------------- */

/* What a date written as stored tells: 'day', 'month', 'year', 'day_no_year'
 * (XXXX-MM-DD), 'month_no_year' (XXXX-MM) or 'none'. */
#define PRECISION(col)                                                                                              \
  "CASE WHEN " col " IS NULL THEN 'none' WHEN " col " LIKE 'XXXX-__-__' THEN 'day_no_year'"                     \
  " WHEN " col " LIKE 'XXXX-__' THEN 'month_no_year' WHEN length(" col ") = 10 THEN 'day'"                       \
  " WHEN length(" col ") = 7 THEN 'month' WHEN length(" col ") = 4 THEN 'year' ELSE 'none' END"
/* The year of a date, NULL when it has none: its first four characters,
 * when they are digits (what SQLite's GLOB '[0-9][0-9][0-9][0-9]*' says,
 * written so that PostgreSQL reads it too). */
#define DIGITS_REMOVED(x)                                                                                           \
  "replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(" x ", '0', ''), '1', ''), "   \
  "'2', ''), '3', ''), '4', ''), '5', ''), '6', ''), '7', ''), '8', ''), '9', '')"
#define YEAR(col)                                                                                                   \
  "CASE WHEN length(" col ") >= 4 AND " DIGITS_REMOVED("substr(" col ", 1, 4)") " = '' THEN substr(" col         \
  ", 1, 4) END"

typedef enum export_filters { BY_EVENTS, BY_AGREEMENTS, BY_FIGURES, BY_RELATIONS, BY_SOURCES } export_filters;

/* Each table an export can write: its rows, which filters select them (the
 * event filters always through `sel`, the events they choose) and its order.
 * The columns are described in data/export_columns.tsv, which a test holds to
 * these. */
static const struct {
  const char *name;
  export_filters by;
  const char *select; /* ends where the table's own filters are added */
  const char *order;
} EXPORT_TABLES[] = {
    {"events", BY_EVENTS,
     "SELECT e.id AS event_id, e.type AS type, e.date AS date, " PRECISION("e.date") " AS date_precision,"
     " e.date_end AS date_end, e.place AS place, e.location_country AS location_country, e.mechanism AS mechanism,"
     " (SELECT count(*) FROM event_sources WHERE event_id = e.id) AS sources,"
     " (SELECT count(DISTINCT person_id) FROM participants WHERE event_id = e.id) AS participants,"
     " (SELECT max(confidence) FROM event_sources WHERE event_id = e.id) AS confidence,"
     " es.source_id AS source_id, src.url AS url, sen.text AS evidence"
     " FROM events e JOIN sel ON sel.id = e.id"
     " LEFT JOIN event_sources es ON es.event_id = e.id AND es.source_id ="
     "   (SELECT min(source_id) FROM event_sources WHERE event_id = e.id)"
     " LEFT JOIN sources src ON src.id = es.source_id LEFT JOIN sentences sen ON sen.id = es.sentence_id WHERE 1 = 1",
     " ORDER BY e.id"},
    {"event_countries", BY_EVENTS,
     "SELECT ec.event_id AS event_id, ec.country AS country, c.name_en AS country_name FROM event_countries ec"
     " JOIN sel ON sel.id = ec.event_id LEFT JOIN countries c ON c.code = ec.country WHERE 1 = 1",
     " ORDER BY ec.event_id, ec.country"},
    {"event_organizations", BY_EVENTS,
     "SELECT eo.event_id AS event_id, eo.organization AS organization FROM event_organizations eo"
     " JOIN sel ON sel.id = eo.event_id WHERE 1 = 1",
     " ORDER BY eo.event_id, eo.organization"},
    {"event_areas", BY_EVENTS,
     "SELECT ea.event_id AS event_id, ea.area AS area FROM event_areas ea JOIN sel ON sel.id = ea.event_id WHERE 1 = 1",
     " ORDER BY ea.event_id, ea.area"},
    {"event_sources", BY_EVENTS,
     "SELECT es.event_id AS event_id, es.source_id AS source_id, src.url AS url, es.sentence_id AS sentence_id,"
     " sen.text AS evidence, es.confidence AS confidence FROM event_sources es JOIN sel ON sel.id = es.event_id"
     " JOIN sources src ON src.id = es.source_id LEFT JOIN sentences sen ON sen.id = es.sentence_id WHERE 1 = 1",
     " ORDER BY es.event_id, es.source_id"},
    {"event_participants", BY_EVENTS,
     "SELECT p.event_id AS event_id, p.person_id AS person_id, pe.name AS name, max(p.rank) AS rank,"
     " max(p.position) AS position, coalesce(max(p.country), pe.country) AS country,"
     " count(DISTINCT p.source_id) AS sources, max(p.confidence) AS confidence"
     " FROM participants p JOIN sel ON sel.id = p.event_id"
     " JOIN people pe ON pe.id = p.person_id WHERE 1 = 1",
     " GROUP BY p.event_id, p.person_id ORDER BY p.event_id, p.person_id"},
    {"people", BY_EVENTS,
     "SELECT pe.id AS person_id, pe.name AS name, pe.country AS country, count(DISTINCT p.event_id) AS events,"
     " min(CASE WHEN e.date NOT LIKE 'X%' THEN e.date END) AS first_seen,"
     " max(CASE WHEN e.date NOT LIKE 'X%' THEN e.date END) AS last_seen"
     " FROM people pe JOIN participants p ON p.person_id = pe.id JOIN sel ON sel.id = p.event_id"
     " JOIN events e ON e.id = p.event_id WHERE 1 = 1",
     " GROUP BY pe.id ORDER BY pe.id"},
    {"offices", BY_EVENTS,
     "SELECT p.person_id AS person_id, pe.name AS name, e.date AS date, " PRECISION("e.date") " AS date_precision,"
     " p.rank AS rank, p.position AS position, p.country AS country, p.event_id AS event_id, e.type AS event_type,"
     " p.source_id AS source_id, src.url AS url, p.confidence AS confidence"
     " FROM participants p JOIN sel ON sel.id = p.event_id"
     " JOIN people pe ON pe.id = p.person_id JOIN events e ON e.id = p.event_id"
     " JOIN sources src ON src.id = p.source_id WHERE 1 = 1",
     " ORDER BY p.person_id, e.date IS NULL, e.date, p.event_id, p.source_id"},
    {"agreements", BY_AGREEMENTS,
     "SELECT a.id AS agreement_id, a.date AS date, " PRECISION("a.date") " AS date_precision, a.kind AS kind,"
     " a.title AS title, a.status AS status, a.period_from AS period_from, a.period_to AS period_to,"
     " a.source_id AS source_id, src.url AS url, sen.text AS evidence, a.confidence AS confidence FROM agreements a"
     " JOIN sources src ON src.id = a.source_id LEFT JOIN sentences sen ON sen.id = a.sentence_id WHERE 1 = 1",
     " ORDER BY a.id"},
    {"agreement_parties", BY_AGREEMENTS,
     "SELECT ap.agreement_id AS agreement_id, ap.country AS country, c.name_en AS country_name"
     " FROM agreement_parties ap JOIN agreements a ON a.id = ap.agreement_id"
     " LEFT JOIN countries c ON c.code = ap.country WHERE 1 = 1",
     " ORDER BY ap.agreement_id, ap.country"},
    {"agreement_areas", BY_AGREEMENTS,
     "SELECT aa.agreement_id AS agreement_id, aa.area AS area FROM agreement_areas aa"
     " JOIN agreements a ON a.id = aa.agreement_id WHERE 1 = 1",
     " ORDER BY aa.agreement_id, aa.area"},
    {"figures", BY_FIGURES,
     "SELECT f.id AS figure_id, f.as_of AS as_of, " PRECISION("f.as_of") " AS date_precision, f.metric AS metric,"
     " f.label AS label, f.value AS value, f.qualifier AS qualifier, f.subject AS subject, f.source_id AS source_id,"
     " src.url AS url, sen.text AS evidence, f.confidence AS confidence FROM figures f"
     " JOIN sources src ON src.id = f.source_id"
     " LEFT JOIN sentences sen ON sen.id = f.sentence_id WHERE 1 = 1",
     " ORDER BY f.id"},
    {"relations", BY_RELATIONS,
     "SELECT r.id AS relation_id, r.country_a AS country_a, r.country_b AS country_b, r.framework AS framework,"
     " r.since AS since, r.as_of AS as_of, " PRECISION("r.as_of") " AS date_precision, r.source_id AS source_id,"
     " src.url AS url, sen.text AS evidence, r.confidence AS confidence FROM relations r"
     " JOIN sources src ON src.id = r.source_id"
     " LEFT JOIN sentences sen ON sen.id = r.sentence_id WHERE 1 = 1",
     " ORDER BY r.id"},
    {"sources", BY_SOURCES,
     "SELECT src.id AS source_id, src.url AS url, src.title AS title, src.published AS published,"
     " src.outlet AS outlet, src.lang AS lang, src.ingested_at AS ingested_at FROM sources src WHERE 1 = 1",
     " ORDER BY src.id"},
    /* The views the program's codings and networks are made from (not
     * tables of the data dictionary). */
    {"coded_events", BY_EVENTS,
     "SELECT e.id AS event_id, e.type AS type, e.date AS date, e.date_end AS date_end, e.place AS place,"
     " e.location_country AS location_country, e.mechanism AS mechanism,"
     " (SELECT count(*) FROM event_sources WHERE event_id = e.id) AS sources, es.source_id AS source_id,"
     " src.url AS url, src.title AS title, src.lang AS lang, src.ingested_at AS ingested_at, sen.text AS evidence"
     " FROM events e JOIN sel ON sel.id = e.id"
     " LEFT JOIN event_sources es ON es.event_id = e.id AND es.source_id ="
     "   (SELECT min(source_id) FROM event_sources WHERE event_id = e.id)"
     " LEFT JOIN sources src ON src.id = es.source_id LEFT JOIN sentences sen ON sen.id = es.sentence_id WHERE 1 = 1",
     " ORDER BY e.id"},
    {"coded_actors", BY_EVENTS,
     "SELECT ec.event_id AS event_id, ec.country AS country, c.name_en AS country_name,"
     " (SELECT group_concat(name, '; ') FROM (SELECT DISTINCT pe.name FROM participants p"
     "   JOIN people pe ON pe.id = p.person_id WHERE p.event_id = ec.event_id"
     "   AND coalesce(p.country, pe.country) = ec.country ORDER BY pe.name) AS n) AS names,"
     " (SELECT group_concat(position, '; ') FROM (SELECT DISTINCT p.position FROM participants p"
     "   JOIN people pe ON pe.id = p.person_id WHERE p.event_id = ec.event_id AND p.position IS NOT NULL"
     "   AND coalesce(p.country, pe.country) = ec.country ORDER BY p.position) AS o) AS offices"
     " FROM event_countries ec JOIN sel ON sel.id = ec.event_id LEFT JOIN countries c ON c.code = ec.country"
     " WHERE 1 = 1",
     " ORDER BY ec.event_id, ec.country <> 'VN', ec.country"},
    {"network_nodes", BY_EVENTS,
     "SELECT n.code AS id, coalesce(c.name_en, o.name_en, n.code) AS label, n.kind AS kind,"
     " CASE WHEN n.kind = 'state' THEN (SELECT framework FROM relations r WHERE r.country_b = n.code"
     "   ORDER BY r.as_of IS NULL, r.as_of DESC, r.id DESC LIMIT 1) END AS framework,"
     " (SELECT count(*) FROM (SELECT event_id FROM event_countries WHERE country = n.code"
     "   UNION SELECT event_id FROM event_organizations WHERE organization = n.code) x"
     "   JOIN sel ON sel.id = x.event_id) AS events,"
     " (SELECT count(*) FROM agreement_parties WHERE country = n.code) AS agreements,"
     " (SELECT min(" YEAR("e.date") ") FROM events e JOIN sel ON sel.id = e.id WHERE e.id IN"
     "   (SELECT event_id FROM event_countries WHERE country = n.code"
     "    UNION SELECT event_id FROM event_organizations WHERE organization = n.code)) AS first_year"
     " FROM (SELECT ec.country AS code, 'state' AS kind FROM event_countries ec JOIN sel ON sel.id = ec.event_id"
     "   UNION SELECT country_b, 'state' FROM relations UNION SELECT country, 'state' FROM agreement_parties"
     "   UNION SELECT 'VN', 'state'"
     "   UNION SELECT eo.organization, 'organization' FROM event_organizations eo JOIN sel ON sel.id = eo.event_id) n"
     " LEFT JOIN countries c ON c.code = n.code LEFT JOIN organizations o ON o.code = n.code WHERE 1 = 1",
     " ORDER BY n.kind DESC, n.code"},
    {"network_edges", BY_EVENTS,
     "SELECT x.partner AS partner, e.type AS type, " YEAR("e.date") " AS year, count(*) AS events"
     " FROM (SELECT event_id, country AS partner FROM event_countries WHERE country <> 'VN'"
     "   UNION ALL SELECT event_id, organization FROM event_organizations) x"
     " JOIN sel ON sel.id = x.event_id JOIN events e ON e.id = x.event_id WHERE 1 = 1",
     " GROUP BY x.partner, e.type, year ORDER BY x.partner, " YEAR("e.date") " IS NOT NULL, year, e.type"},
    {"people_nodes", BY_EVENTS,
     "SELECT pe.id AS id, pe.name AS label, pe.country AS country, count(DISTINCT p.event_id) AS events,"
     " min(" YEAR("e.date") ") AS first_year FROM people pe JOIN participants p ON p.person_id = pe.id"
     " JOIN sel ON sel.id = p.event_id JOIN events e ON e.id = p.event_id WHERE 1 = 1",
     " GROUP BY pe.id ORDER BY pe.id"},
    {"people_edges", BY_EVENTS,
     "SELECT a.person_id AS a, b.person_id AS b, e.type AS type, " YEAR("e.date") " AS year,"
     " count(*) AS events FROM (SELECT DISTINCT event_id, person_id FROM participants) a"
     " JOIN (SELECT DISTINCT event_id, person_id FROM participants) b"
     "   ON b.event_id = a.event_id AND b.person_id > a.person_id"
     " JOIN sel ON sel.id = a.event_id JOIN events e ON e.id = a.event_id WHERE 1 = 1",
     " GROUP BY a.person_id, b.person_id, e.type, year ORDER BY a.person_id, b.person_id,"
     " " YEAR("e.date") " IS NOT NULL, year, e.type"},
};

static void agreement_filters(sql_text *sql, binds *b, const attache_query *q) {
  filter(sql, b, " AND a.id IN (SELECT agreement_id FROM agreement_parties WHERE country = ?)", q->partner);
  filter(sql, b, " AND a.date >= ? AND a.date NOT LIKE 'X%'", q->since);
  filter(sql, b, " AND substr(a.date, 1, length(CAST(? AS TEXT))) <= ? AND a.date NOT LIKE 'X%'", q->until);
}

static void relation_filters(sql_text *sql, binds *b, const attache_query *q) {
  filter(sql, b, " AND (r.country_a = ? OR r.country_b = ?)", q->partner);
  filter(sql, b, " AND r.as_of >= ? AND r.as_of NOT LIKE 'X%'", q->since);
  filter(sql, b, " AND substr(r.as_of, 1, length(CAST(? AS TEXT))) <= ? AND r.as_of NOT LIKE 'X%'", q->until);
}

static void figure_filters(sql_text *sql, binds *b, const attache_query *q) {
  filter(sql, b, " AND f.metric = ?", q->metric);
  filter(sql, b, " AND f.as_of >= ? AND f.as_of NOT LIKE 'X%'", q->since);
  filter(sql, b, " AND substr(f.as_of, 1, length(CAST(? AS TEXT))) <= ? AND f.as_of NOT LIKE 'X%'", q->until);
}

attache_status attache_store_export(attache_store *s, const char *table, const attache_query *q,
                                    attache_result **out, attache_error *err) {
  if (!s || !table || !q || !out) return at_error_set(err, ATTACHE_ERR_ARG, "null argument");
  *out = NULL;
  if ((q->since && !attache_query_date_valid(q->since)) || (q->until && !attache_query_date_valid(q->until)))
    return at_error_set(err, ATTACHE_ERR_ARG, "since/until must be a date YYYY, YYYY-MM or YYYY-MM-DD");
  if (q->type && !attache_query_event_type_valid(q->type))
    return at_error_set(err, ATTACHE_ERR_ARG, "no event type %s", q->type);
  size_t t = 0, n = sizeof EXPORT_TABLES / sizeof *EXPORT_TABLES;
  while (t < n && strcmp(EXPORT_TABLES[t].name, table)) t++;
  if (t == n) return at_error_set(err, ATTACHE_ERR_ARG, "no table %s to export", table);
  at_arena *arena = at_arena_new();
  const char *key = q->person ? at_store_person_key(arena, q->person) : NULL;
  sql_text sql = {0};
  binds b = {0};
  sql_add(&sql, "WITH sel(id) AS (SELECT e.id FROM events e WHERE 1 = 1");
  event_filters(&sql, &b, q, key);
  sql_add(&sql, ") ");
  sql_add(&sql, EXPORT_TABLES[t].select);
  bool filtered = q->partner || q->type || q->since || q->until || q->person || q->mechanism || q->area || q->metric;
  switch (EXPORT_TABLES[t].by) {
  case BY_EVENTS: break;
  case BY_AGREEMENTS: agreement_filters(&sql, &b, q); break;
  case BY_FIGURES: figure_filters(&sql, &b, q); break;
  case BY_RELATIONS: relation_filters(&sql, &b, q); break;
  case BY_SOURCES:
    /* The documents the other tables cite, under the same filters. */
    if (!filtered) break;
    sql_add(&sql, " AND src.id IN (SELECT es.source_id FROM event_sources es JOIN sel ON sel.id = es.event_id"
                  " UNION SELECT a.source_id FROM agreements a WHERE 1 = 1");
    agreement_filters(&sql, &b, q);
    sql_add(&sql, " UNION SELECT r.source_id FROM relations r WHERE 1 = 1");
    relation_filters(&sql, &b, q);
    sql_add(&sql, " UNION SELECT f.source_id FROM figures f WHERE 1 = 1");
    figure_filters(&sql, &b, q);
    sql_add(&sql, ")");
    break;
  }
  sql_add(&sql, EXPORT_TABLES[t].order);
  attache_result *r = calloc(1, sizeof *r);
  if (!r) at_oom();
  attache_status st = run_table(s, r, table, sql.buf, &b, err);
  at_arena_free(arena);
  if (st != ATTACHE_OK) {
    attache_result_free(r);
    return st;
  }
  *out = r;
  return ATTACHE_OK;
}
