/* SPDX-License-Identifier: MIT */
/*
 * corrections.c - analysts' changes as their own layer over the machine's
 * records.
 *
 * The changes live in the `corrections` table, each naming its record by a
 * stable identity (JSON in `target`): an event by one of its reports (source,
 * sentence index and text, the machine's type), an agreement, figure or
 * relation by its source, sentence and what tells it apart (kind and title,
 * metric and subject, partner and framework), a participant by its event and
 * the person's name key, a person by the name key, a record added by hand by
 * the change that added it. Row ids are never part of it: they change when a
 * document is ingested again.
 *
 * The corrected view is materialised, not computed on each read: the record
 * tables hold the corrected records, so every query, the API, the UI and the
 * exports read them as they are, with their indexes and at their speed.
 * What applying each change did is kept in `correction_effects` (a field's
 * old value, a row deleted, a row inserted), so that it can be taken back
 * exactly. Every write (an ingest, a change, an undo) takes back all the
 * effects first, which leaves the machine's records alone, does its work on
 * them, and applies every active change again, in order, in one transaction.
 * The cost falls on writes, and only when there are changes; a change whose
 * record is not found is marked orphaned and kept.
 *
 * Table and column names in SQL text come from this file's tables or the
 * schema itself; every value is bound.
 */
#include <attache/corrections.h>

#include "pipeline.h"
#include "store_internal.h"

#include <jansson.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <utf8proc.h>

/* ---- what can be changed ------------------------------------------------------ */

typedef enum value_form {
  V_TEXT,         /* any text */
  V_DATE,         /* YYYY, YYYY-MM or YYYY-MM-DD, a day of the calendar */
  V_EVENT_TYPE,   /* reception, talks, ... */
  V_COUNTRY,      /* an ISO code the knowledge base knows */
  V_CODE,         /* a lower-case code: kind, status, framework, area, ... */
  V_MECHANISM,    /* an upper-case code: ADMM-PLUS, SLD */
  V_YEAR,         /* a whole number from 1 to 9999 */
  V_NUMBER,       /* a number */
  V_COUNTRY_SET,  /* ISO codes, separated by spaces or commas */
  V_CODE_SET      /* codes, separated by spaces or commas */
} value_form;

typedef struct field_def {
  const char *name;
  value_form form;
  const char *set_table; /* sets: the child table and its value column */
  const char *set_column;
  bool required; /* to add a record by hand */
} field_def;

typedef struct kind_def {
  const char *name;
  const char *table;      /* the record's table */
  const char *fk;         /* its children's column naming it */
  const field_def *fields;
  size_t nfields;
} kind_def;

static const field_def EVENT_FIELDS[] = {
    {"type", V_EVENT_TYPE, NULL, NULL, true},
    {"date", V_DATE, NULL, NULL, false},
    {"date_end", V_DATE, NULL, NULL, false},
    {"place", V_TEXT, NULL, NULL, false},
    {"location_country", V_COUNTRY, NULL, NULL, false},
    {"mechanism", V_MECHANISM, NULL, NULL, false},
    {"countries", V_COUNTRY_SET, "event_countries", "country", false},
    {"areas", V_CODE_SET, "event_areas", "area", false},
};
static const field_def AGREEMENT_FIELDS[] = {
    {"title", V_TEXT, NULL, NULL, true},
    {"kind", V_CODE, NULL, NULL, true},
    {"date", V_DATE, NULL, NULL, false},
    {"period_from", V_YEAR, NULL, NULL, false},
    {"period_to", V_YEAR, NULL, NULL, false},
    {"status", V_CODE, NULL, NULL, false},
    {"parties", V_COUNTRY_SET, "agreement_parties", "country", false},
    {"areas", V_CODE_SET, "agreement_areas", "area", false},
};
static const field_def FIGURE_FIELDS[] = {
    {"metric", V_CODE, NULL, NULL, true},
    {"value", V_NUMBER, NULL, NULL, true},
    {"qualifier", V_CODE, NULL, NULL, false},
    {"label", V_TEXT, NULL, NULL, false},
    {"as_of", V_DATE, NULL, NULL, false},
    {"subject", V_COUNTRY, NULL, NULL, false},
};
static const field_def RELATION_FIELDS[] = {
    {"country_b", V_COUNTRY, NULL, NULL, true},
    {"framework", V_CODE, NULL, NULL, true},
    {"country_a", V_COUNTRY, NULL, NULL, false},
    {"since", V_YEAR, NULL, NULL, false},
    {"as_of", V_DATE, NULL, NULL, false},
};
static const field_def PARTICIPANT_FIELDS[] = {
    {"name", V_TEXT, NULL, NULL, true}, /* to add one only: who (a person's name is edited on the person) */
    {"rank", V_TEXT, NULL, NULL, false},
    {"position", V_TEXT, NULL, NULL, false},
    {"country", V_COUNTRY, NULL, NULL, false},
};
static const field_def PERSON_FIELDS[] = {
    {"name", V_TEXT, NULL, NULL, false},
    {"country", V_COUNTRY, NULL, NULL, false},
};

#define FIELDS(a) a, sizeof a / sizeof *a
static const kind_def KINDS[] = {
    {"event", "events", "event_id", FIELDS(EVENT_FIELDS)},
    {"agreement", "agreements", "agreement_id", FIELDS(AGREEMENT_FIELDS)},
    {"figure", "figures", NULL, FIELDS(FIGURE_FIELDS)},
    {"relation", "relations", NULL, FIELDS(RELATION_FIELDS)},
    {"participant", "participants", NULL, FIELDS(PARTICIPANT_FIELDS)},
    {"person", "people", "person_id", FIELDS(PERSON_FIELDS)},
};

/* An event's children, deleted before it (and restored after it) one by one,
 * so that no ON DELETE CASCADE removes a row that is not recorded. */
static const char *const EVENT_CHILDREN[] = {"participants", "event_areas", "event_organizations", "event_countries",
                                             "event_sources"};
static const char *const AGREEMENT_CHILDREN[] = {"agreement_areas", "agreement_parties"};

static const kind_def *kind_named(const char *name) {
  for (size_t i = 0; name && i < sizeof KINDS / sizeof *KINDS; i++)
    if (!strcmp(KINDS[i].name, name)) return &KINDS[i];
  return NULL;
}

static const field_def *field_named(const kind_def *k, const char *name) {
  for (size_t i = 0; name && i < k->nfields; i++)
    if (!strcmp(k->fields[i].name, name)) return &k->fields[i];
  return NULL;
}

/* ---- statements ----------------------------------------------------------------- */

/* Every statement runs through store_db.c, so that changes are made alike
 * on SQLite and on PostgreSQL; the SQL here is written for both (IS NOT
 * DISTINCT FROM, not SQLite's IS; store_pg.c reads instr as strpos). */

static void bind_json(at_stmt *st, int i, const json_t *v) {
  if (json_is_integer(v)) at_bind_int(st, i, json_integer_value(v));
  else if (json_is_real(v)) at_bind_real(st, i, json_real_value(v));
  else if (json_is_string(v)) at_bind_text(st, i, json_string_value(v), -1);
  else if (json_is_boolean(v)) at_bind_int(st, i, json_is_true(v));
  else at_bind_null(st, i);
}

static void bind_all(at_stmt *st, const json_t *params) {
  for (size_t i = 0; params && i < json_array_size(params); i++) bind_json(st, (int)i + 1, json_array_get(params, i));
}

/* A column's value as JSON (NULL, number or text, as stored). */
static json_t *column_json(at_stmt *st, int c) {
  switch (at_column_kind_of(st, c)) {
  case AT_COL_INT: return json_integer(at_column_int(st, c));
  case AT_COL_REAL: return json_real(at_column_real(st, c));
  case AT_COL_NULL: return json_null();
  default: {
    const char *text = at_column_text(st, c);
    json_t *v = text ? json_string(text) : NULL;
    return v ? v : json_null();
  }
  }
}

/* Runs `sql` with `params` (a JSON array, may be NULL; taken over) bound;
 * true when done. */
static bool run(attache_store *s, const char *sql, json_t *params) {
  at_stmt *st = at_stmt_prepare(s, sql);
  bool done = false;
  if (st) {
    bind_all(st, params);
    int rc = at_step(st);
    done = rc == AT_DONE || rc == AT_ROW;
  }
  at_stmt_finalize(st);
  json_decref(params);
  return done;
}

/* The rows of `sql` (a SELECT) as a JSON array of objects, column: value;
 * `params` (may be NULL) is taken over. */
static json_t *select_rows(attache_store *s, const char *sql, json_t *params, bool *ok) {
  json_t *rows = json_array();
  at_stmt *st = at_stmt_prepare(s, sql);
  if (!st) {
    *ok = false;
    json_decref(params);
    return rows;
  }
  bind_all(st, params);
  int rc;
  while ((rc = at_step(st)) == AT_ROW) {
    json_t *row = json_object();
    for (int c = 0; c < at_column_count(st); c++) json_object_set_new(row, at_column_name(st, c), column_json(st, c));
    json_array_append_new(rows, row);
  }
  if (rc != AT_DONE) *ok = false;
  at_stmt_finalize(st);
  json_decref(params);
  return rows;
}

/* A JSON array of the arguments, for binding. */
static json_t *args_int(long long a) { return json_pack("[I]", (json_int_t)a); }
static json_t *args_int2(long long a, long long b) { return json_pack("[II]", (json_int_t)a, (json_int_t)b); }
static json_t *args_text(const char *a) { return json_pack("[s]", a); }

/* ---- effects: what applying a change did, and taking it back ------------------ */

/* The change being applied; its effects are recorded under it. */
typedef struct applying {
  attache_store *s;
  long long change;
  bool ok; /* false once the database failed */
} applying;

static void record_effect(applying *a, const char *action, const char *tbl, const json_t *row, const char *col,
                          const json_t *old) {
  at_stmt *st =
      at_stmt_prepare(a->s, "INSERT INTO correction_effects(change_id, action, tbl, row, col, old) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
  if (!st) {
    a->ok = false;
    return;
  }
  char *row_text = json_dumps(row, JSON_COMPACT | JSON_ENCODE_ANY);
  char *old_text = old ? json_dumps(old, JSON_COMPACT | JSON_ENCODE_ANY) : NULL;
  if (!row_text || (old && !old_text)) at_oom();
  at_bind_int(st, 1, a->change);
  at_bind_text(st, 2, action, -1);
  at_bind_text(st, 3, tbl, -1);
  at_bind_text(st, 4, row_text, -1);
  if (col) at_bind_text(st, 5, col, -1);
  if (old_text) at_bind_text(st, 6, old_text, -1);
  if (at_step(st) != AT_DONE) a->ok = false;
  at_stmt_finalize(st);
  free(row_text);
  free(old_text);
}

/* Whether the rows of `tbl` are numbered by the database (an id column). */
static bool numbered(const char *tbl) {
  static const char *const TABLES[] = {"events", "agreements", "figures", "relations", "people", "sentences"};
  for (size_t i = 0; i < sizeof TABLES / sizeof *TABLES; i++)
    if (!strcmp(TABLES[i], tbl)) return true;
  return false;
}

/* Inserts `row` (column: value) into `tbl`; a row already there is left as
 * it is (false). A table's "id" assigned by the database is added to `row`. */
static bool insert_row(attache_store *s, const char *tbl, json_t *row, bool *ok) {
  char sql[1024];
  size_t o = (size_t)snprintf(sql, sizeof sql, "INSERT OR IGNORE INTO %s(", tbl);
  const char *key;
  json_t *v;
  int n = 0;
  json_object_foreach(row, key, v) o += (size_t)snprintf(sql + o, sizeof sql - o, "%s\"%s\"", n++ ? ", " : "", key);
  o += (size_t)snprintf(sql + o, sizeof sql - o, ") VALUES (");
  for (int i = 0; i < n; i++) o += (size_t)snprintf(sql + o, sizeof sql - o, "%s?%d", i ? ", " : "", i + 1);
  snprintf(sql + o, sizeof sql - o, ")");
  bool new_id = numbered(tbl) && !json_object_get(row, "id");
  at_stmt *st = new_id ? at_stmt_prepare_insert(s, sql) : at_stmt_prepare(s, sql);
  if (!st) return *ok = false;
  int i = 1;
  json_object_foreach(row, key, v) bind_json(st, i++, v);
  bool inserted = false;
  if (at_step(st) != AT_DONE) *ok = false;
  else inserted = at_store_changes(s) == 1;
  at_stmt_finalize(st);
  if (inserted && new_id) json_object_set_new(row, "id", json_integer(at_store_inserted_id(s)));
  return inserted;
}

/* Deletes the one row equal to `row` in every column. */
static bool delete_row(attache_store *s, const char *tbl, const json_t *row) {
  char sql[1024];
  size_t o = (size_t)snprintf(sql, sizeof sql, "DELETE FROM %s WHERE 1 = 1", tbl);
  const char *key;
  json_t *v;
  int n = 0;
  json_object_foreach((json_t *)row, key, v)
    o += (size_t)snprintf(sql + o, sizeof sql - o, " AND \"%s\" IS NOT DISTINCT FROM ?%d", key, ++n);
  at_stmt *st = at_stmt_prepare(s, sql);
  if (!st) return false;
  int i = 1;
  json_object_foreach((json_t *)row, key, v) bind_json(st, i++, v);
  bool done = at_step(st) == AT_DONE;
  at_stmt_finalize(st);
  return done;
}

/* Inserts a row, recording it; false when it was there already. */
static bool fx_insert(applying *a, const char *tbl, json_t *row) {
  bool inserted = insert_row(a->s, tbl, row, &a->ok);
  if (inserted) record_effect(a, "ins", tbl, row, NULL, NULL);
  return inserted;
}

/* Deletes the rows of `tbl` WHERE `where` (with `params`), recording each;
 * returns them (the caller frees). */
static json_t *fx_delete(applying *a, const char *tbl, const char *where, json_t *params) {
  char sql[512];
  snprintf(sql, sizeof sql, "SELECT * FROM %s WHERE %s", tbl, where);
  json_t *rows = select_rows(a->s, sql, params, &a->ok);
  size_t i;
  json_t *row;
  json_array_foreach(rows, i, row) {
    if (!delete_row(a->s, tbl, row)) a->ok = false;
    record_effect(a, "del", tbl, row, NULL, NULL);
  }
  return rows;
}

/* Sets `col` of row `id` of `tbl`, recording the old value; false when
 * there is no such row. */
static bool fx_set(applying *a, const char *tbl, long long id, const char *col, const json_t *value) {
  char sql[256];
  snprintf(sql, sizeof sql, "SELECT \"%s\" FROM %s WHERE id = ?1", col, tbl);
  json_t *rows = select_rows(a->s, sql, args_int(id), &a->ok);
  bool found = json_array_size(rows) == 1;
  if (found) {
    json_t *key = json_pack("{sI}", "id", (json_int_t)id);
    record_effect(a, "set", tbl, key, col, json_object_get(json_array_get(rows, 0), col));
    json_decref(key);
    snprintf(sql, sizeof sql, "UPDATE %s SET \"%s\" = ?2 WHERE id = ?1", tbl, col);
    if (!run(a->s, sql, json_pack("[IO]", (json_int_t)id, value))) a->ok = false;
  }
  json_decref(rows);
  return found;
}

static json_t *load_json(const char *text) {
  return text ? json_loads(text, JSON_DECODE_ANY | JSON_ALLOW_NUL, NULL) : json_null();
}

bool at_corrections_revert(attache_store *s) {
  /* The effects are read whole first: PostgreSQL runs one statement at a
   * time on a connection, and each is taken back by statements of its own. */
  bool ok = true;
  json_t *effects = select_rows(s, "SELECT action, tbl, row, col, old FROM correction_effects ORDER BY seq DESC", NULL, &ok);
  bool any = json_array_size(effects) > 0;
  size_t i;
  json_t *effect;
  json_array_foreach(effects, i, effect) {
    if (!ok) break;
    const char *action = json_string_value(json_object_get(effect, "action"));
    const char *tbl = json_string_value(json_object_get(effect, "tbl"));
    json_t *row = load_json(json_string_value(json_object_get(effect, "row")));
    if (!row || !action || !tbl) ok = false;
    else if (!strcmp(action, "ins")) ok = delete_row(s, tbl, row);
    else if (!strcmp(action, "del")) insert_row(s, tbl, row, &ok);
    else {
      char sql[256];
      snprintf(sql, sizeof sql, "UPDATE %s SET \"%s\" = ?2 WHERE id = ?1", tbl,
               json_string_value(json_object_get(effect, "col")));
      json_t *old = load_json(json_string_value(json_object_get(effect, "old")));
      json_t *params = json_pack("[OO]", json_object_get(row, "id"), old ? old : json_null());
      ok = old && run(s, sql, params);
      json_decref(old);
    }
    json_decref(row);
  }
  json_decref(effects);
  /* (with none, nothing is written: an ingest without changes writes what it did before) */
  return ok && (!any || run(s, "DELETE FROM correction_effects", NULL));
}

/* ---- identities ------------------------------------------------------------------ */

/* A record as found now: its row id, and for a participant the person's. */
typedef struct found {
  long long id, person;
} found;

/* The stable identity of event `id` as the machine stored it: the first of
 * its reports. NULL when it has none (added by hand: see added_identity). */
static json_t *event_identity(attache_store *s, long long id, bool *ok) {
  json_t *rows = select_rows(s,
                             "SELECT es.source_id AS source, sen.idx AS sentence, sen.text AS text, e.type AS type"
                             " FROM event_sources es JOIN events e ON e.id = es.event_id"
                             " LEFT JOIN sentences sen ON sen.id = es.sentence_id WHERE es.event_id = ?1"
                             " ORDER BY es.source_id LIMIT 1",
                             args_int(id), ok);
  json_t *key = json_incref(json_array_get(rows, 0));
  json_decref(rows);
  return key;
}

/* The identity of a record of a source: its source, sentence, and `extra`
 * (the columns that tell it apart from others of its sentence). */
static json_t *sourced_identity(attache_store *s, const char *tbl, const char *extra, long long id, bool *ok) {
  char sql[512];
  snprintf(sql, sizeof sql,
           "SELECT r.source_id AS source, sen.idx AS sentence, sen.text AS text, %s FROM %s r"
           " LEFT JOIN sentences sen ON sen.id = r.sentence_id WHERE r.id = ?1",
           extra, tbl);
  json_t *rows = select_rows(s, sql, args_int(id), ok);
  json_t *key = json_incref(json_array_get(rows, 0));
  json_decref(rows);
  return key;
}

static const char AGREEMENT_EXTRA[] = "r.kind AS kind, r.title AS title";
static const char FIGURE_EXTRA[] = "r.metric AS metric, r.subject AS subject";
static const char RELATION_EXTRA[] = "r.country_b AS country_b, r.framework AS framework";

static json_t *person_identity(attache_store *s, long long id, bool *ok) {
  json_t *rows = select_rows(s, "SELECT name_key FROM people WHERE id = ?1", args_int(id), ok);
  json_t *key = json_incref(json_array_get(rows, 0));
  json_decref(rows);
  return key;
}

/* Finds a record of a source by its identity: the same sentence text first
 * (the sentence may have moved in a changed version of the document), else
 * the same sentence index (its wording may have changed). */
static long long find_sourced(attache_store *s, const char *tbl, const char *match, const json_t *key,
                                  const char *const *extra_fields, size_t nextra, bool *ok) {
  for (int by_text = 1; by_text >= 0; by_text--) {
    char sql[768];
    snprintf(sql, sizeof sql,
             "SELECT r.id FROM %s r JOIN sentences sen ON sen.id = r.sentence_id"
             " WHERE r.source_id = ?1 AND %s AND %s ORDER BY r.id LIMIT 1",
             tbl, by_text ? "sen.text = ?2" : "sen.idx = ?2", match);
    json_t *params = json_array();
    json_array_append(params, json_object_get(key, "source"));
    json_array_append(params, json_object_get(key, by_text ? "text" : "sentence"));
    for (size_t i = 0; i < nextra; i++) json_array_append(params, json_object_get(key, extra_fields[i]));
    json_t *rows = select_rows(s, sql, params, ok);
    long long id = json_integer_value(json_object_get(json_array_get(rows, 0), "id"));
    json_decref(rows);
    if (id) return id;
  }
  return 0;
}

static long long find_event(attache_store *s, const json_t *key, bool *ok) {
  static const char *const extra[] = {"type"};
  return find_sourced(s, "(SELECT es.event_id AS id, es.source_id, es.sentence_id, e.type FROM event_sources es"
                         " JOIN events e ON e.id = es.event_id)",
                      "r.type = ?3", key, extra, 1, ok);
}

static long long find_person(attache_store *s, const char *name_key, bool *ok) {
  json_t *rows = select_rows(s, "SELECT id FROM people WHERE name_key = ?1", args_text(name_key), ok);
  long long id = json_integer_value(json_object_get(json_array_get(rows, 0), "id"));
  json_decref(rows);
  return id;
}

static bool record_exists(attache_store *s, const kind_def *k, found at, bool *ok);
static bool parse_id(const char *kind, const char *text, found *out);

/* ---- applying changes ------------------------------------------------------------- */

/* Where merged records went (merged -> kept), and what records added by hand
 * are now (change uid -> row), while the changes are applied in order. */
typedef struct redirect {
  const char *kind;
  long long from, to;
} redirect;

typedef struct added_record {
  char *uid;
  found at;
} added_record;

typedef struct replay {
  applying a;
  redirect *moves;
  size_t nmoves, capmoves;
  added_record *adds;
  size_t nadds, capadds;
} replay;

static void moved(replay *r, const char *kind, long long from, long long to) {
  if (r->nmoves == r->capmoves) {
    r->capmoves = r->capmoves ? 2 * r->capmoves : 16;
    r->moves = realloc(r->moves, r->capmoves * sizeof *r->moves);
    if (!r->moves) at_oom();
  }
  r->moves[r->nmoves++] = (redirect){kind, from, to};
}

static long long follow(const replay *r, const char *kind, long long id) {
  for (size_t hops = 0; id && hops <= r->nmoves; hops++) {
    size_t i = r->nmoves;
    while (i > 0 && !(r->moves[i - 1].from == id && !strcmp(r->moves[i - 1].kind, kind))) i--;
    if (!i) break;
    id = r->moves[i - 1].to;
  }
  return id;
}

static void remember_added(replay *r, const char *uid, found at) {
  if (r->nadds == r->capadds) {
    r->capadds = r->capadds ? 2 * r->capadds : 16;
    r->adds = realloc(r->adds, r->capadds * sizeof *r->adds);
    if (!r->adds) at_oom();
  }
  r->adds[r->nadds].uid = strdup(uid);
  if (!r->adds[r->nadds].uid) at_oom();
  r->adds[r->nadds++].at = at;
}

/* Finds the record `key` names (of kind `kind`), as it is now. */
static found find_record(replay *r, const char *kind, const json_t *key) {
  found f = {0, 0};
  attache_store *s = r->a.s;
  const char *uid = json_string_value(json_object_get(key, "added"));
  if (uid) {
    for (size_t i = 0; i < r->nadds; i++)
      if (!strcmp(r->adds[i].uid, uid)) f = r->adds[i].at;
  } else if (!strcmp(kind, "event")) {
    f.id = find_event(s, key, &r->a.ok);
  } else if (!strcmp(kind, "agreement")) {
    static const char *const extra[] = {"kind", "title"};
    f.id = find_sourced(s, "agreements", "r.kind = ?3 AND r.title = ?4", key, extra, 2, &r->a.ok);
  } else if (!strcmp(kind, "figure")) {
    static const char *const extra[] = {"metric", "subject"};
    f.id = find_sourced(s, "figures", "r.metric = ?3 AND r.subject IS NOT DISTINCT FROM ?4", key, extra, 2, &r->a.ok);
  } else if (!strcmp(kind, "relation")) {
    static const char *const extra[] = {"country_b", "framework"};
    f.id = find_sourced(s, "relations", "r.country_b = ?3 AND r.framework = ?4", key, extra, 2, &r->a.ok);
  } else if (!strcmp(kind, "person")) {
    const char *name_key = json_string_value(json_object_get(key, "name_key"));
    f.id = name_key ? find_person(s, name_key, &r->a.ok) : 0;
  } else if (!strcmp(kind, "participant")) {
    /* its event and person (whether they meet is seen when it is applied) */
    found ev = find_record(r, "event", json_object_get(key, "event"));
    found pe = find_record(r, "person", json_object_get(key, "person"));
    if (ev.id && pe.id) f = (found){ev.id, pe.id};
    return f;
  } else if (!strcmp(kind, "source")) {
    json_t *rows = select_rows(s, "SELECT 1 AS here FROM sources WHERE id = ?1",
                               args_text(json_string_value(json_object_get(key, "source"))), &r->a.ok);
    f.id = json_array_size(rows) ? 1 : 0;
    json_decref(rows);
    return f;
  }
  if (!uid && f.id) f.id = follow(r, kind, f.id);
  return f;
}

/* Where a record found before the changes were applied is now (merged). */
static found follow_found(const replay *r, const char *kind, found at) {
  if (!strcmp(kind, "participant")) return (found){follow(r, "event", at.id), follow(r, "person", at.person)};
  return (found){follow(r, kind, at.id), 0};
}

/* A value as stored in a column: text, a number, or NULL for "". */
static json_t *column_value(const field_def *fd, const json_t *value) {
  if (json_is_string(value) && !*json_string_value(value)) return json_null();
  if (fd->form == V_YEAR && json_is_string(value)) return json_integer(strtol(json_string_value(value), NULL, 10));
  if (fd->form == V_NUMBER && json_is_string(value)) return json_real(strtod(json_string_value(value), NULL));
  return json_incref((json_t *)value);
}

/* Splits a set's value ("VN US", "VN,US") into its items. */
static json_t *set_items(const char *text) {
  json_t *items = json_array();
  for (const char *p = text; *p;) {
    size_t skip = strspn(p, " ,"), n;
    p += skip;
    n = strcspn(p, " ,");
    if (n) json_array_append_new(items, json_stringn(p, n));
    p += n;
  }
  return items;
}

static void set_field(applying *a, const kind_def *k, const field_def *fd, found at, const json_t *value) {
  if (fd->set_table) {
    char where[64];
    snprintf(where, sizeof where, "%s = ?1", k->fk);
    json_decref(fx_delete(a, fd->set_table, where, args_int(at.id)));
    json_t *items = set_items(json_string_value(value) ? json_string_value(value) : "");
    size_t i;
    json_t *item;
    json_array_foreach(items, i, item) {
      json_t *row = json_object();
      json_object_set_new(row, k->fk, json_integer(at.id));
      json_object_set(row, fd->set_column, item);
      fx_insert(a, fd->set_table, row);
      json_decref(row);
    }
    json_decref(items);
    return;
  }
  json_t *v = column_value(fd, value);
  if (!strcmp(k->name, "participant")) {
    /* A participant is a row per source that names them: each is changed. */
    json_t *rows = fx_delete(a, "participants", "event_id = ?1 AND person_id = ?2", args_int2(at.id, at.person));
    size_t i;
    json_t *row;
    json_array_foreach(rows, i, row) {
      json_object_set(row, fd->name, v);
      fx_insert(a, "participants", row);
    }
    json_decref(rows);
  } else {
    fx_set(a, k->table, at.id, fd->name, v);
  }
  json_decref(v);
}

/* Deletes a record and its children (each recorded). */
static void reject_record(applying *a, const kind_def *k, found at) {
  if (!strcmp(k->name, "participant")) {
    json_decref(fx_delete(a, "participants", "event_id = ?1 AND person_id = ?2", args_int2(at.id, at.person)));
    return;
  }
  const char *const *children = NULL;
  size_t n = 0;
  if (!strcmp(k->name, "event")) children = EVENT_CHILDREN, n = sizeof EVENT_CHILDREN / sizeof *EVENT_CHILDREN;
  if (!strcmp(k->name, "agreement")) children = AGREEMENT_CHILDREN, n = sizeof AGREEMENT_CHILDREN / sizeof *AGREEMENT_CHILDREN;
  if (!strcmp(k->name, "person")) {
    json_decref(fx_delete(a, "participants", "person_id = ?1", args_int(at.id)));
    json_decref(fx_delete(a, "person_names", "person_id = ?1", args_int(at.id)));
  }
  char where[64];
  for (size_t i = 0; i < n; i++) {
    snprintf(where, sizeof where, "%s = ?1", k->fk);
    json_decref(fx_delete(a, children[i], where, args_int(at.id)));
  }
  json_decref(fx_delete(a, k->table, "id = ?1", args_int(at.id)));
}

/* Moves the rows of `tbl` whose `col` is `from` to `to` (a row the kept
 * record has already is dropped). */
static void move_rows(applying *a, const char *tbl, const char *col, long long from, long long to) {
  char where[64];
  snprintf(where, sizeof where, "%s = ?1", col);
  json_t *rows = fx_delete(a, tbl, where, args_int(from));
  size_t i;
  json_t *row;
  json_array_foreach(rows, i, row) {
    json_object_set_new(row, col, json_integer(to));
    fx_insert(a, tbl, row);
  }
  json_decref(rows);
}

/* One happening: `from`'s reports, states, areas and people become `into`'s. */
static void merge_events(replay *r, long long into, long long from) {
  for (size_t i = 0; i < sizeof EVENT_CHILDREN / sizeof *EVENT_CHILDREN; i++)
    move_rows(&r->a, EVENT_CHILDREN[i], "event_id", from, into);
  json_decref(fx_delete(&r->a, "events", "id = ?1", args_int(from)));
  moved(r, "event", from, into);
}

/* One person: `from`'s events and spellings become `into`'s. */
static void merge_people(replay *r, long long into, long long from) {
  move_rows(&r->a, "participants", "person_id", from, into);
  move_rows(&r->a, "person_names", "person_id", from, into);
  json_t *gone = fx_delete(&r->a, "people", "id = ?1", args_int(from));
  json_t *person = json_array_get(gone, 0);
  if (person) {
    json_t *row = json_pack("{sIsOsO}", "person_id", (json_int_t)into, "name", json_object_get(person, "name"),
                            "name_key", json_object_get(person, "name_key"));
    fx_insert(&r->a, "person_names", row);
    json_decref(row);
  }
  json_decref(gone);
  moved(r, "person", from, into);
}

/* The row id of sentence `idx` of `source`, or 0. */
static long long sentence_row(attache_store *s, const json_t *source, const json_t *idx, bool *ok) {
  json_t *params = json_pack("[OO]", source, idx);
  json_t *rows = select_rows(s, "SELECT id FROM sentences WHERE source_id = ?1 AND idx = ?2", params, ok);
  long long id = json_integer_value(json_object_get(json_array_get(rows, 0), "id"));
  json_decref(rows);
  return id;
}

/* Inserts a new row of a numbered table (`row` without its id) under the id
 * `was` it had when the change was last applied, if that id is free, so
 * that a record added by hand keeps the id analysts and later changes know
 * it by (each write takes it back and adds it again; SQLite would give the
 * same id back by chance, PostgreSQL's sequence never does); else under a
 * new id. True when inserted. */
static bool insert_again(applying *a, const char *tbl, json_t *row, long long was) {
  if (was > 0) {
    json_object_set_new(row, "id", json_integer(was));
    if (fx_insert(a, tbl, row)) return true;
    json_object_del(row, "id");
  }
  return fx_insert(a, tbl, row);
}

/* Adds a record by hand (`fields`: name: value as given); returns where.
 * `was` is where it was when last applied (0: never). */
static found add_record(replay *r, const kind_def *k, const json_t *target, const json_t *fields, found was) {
  applying *a = &r->a;
  found at = {0, 0};
  json_t *source = json_object_get(target, "source");
  long long sentence = sentence_row(a->s, source, json_object_get(target, "sentence"), &a->ok);
  if (!sentence) return at;
  json_t *row = json_object();
  if (!strcmp(k->name, "participant")) {
    found ev = find_record(r, "event", json_object_get(target, "event"));
    if (!ev.id) {
      json_decref(row);
      return at;
    }
    const char *name = json_string_value(json_object_get(fields, "name"));
    at_arena *arena = at_arena_new();
    const char *name_key = at_store_person_key(arena, name);
    long long person = follow(r, "person", find_person(a->s, name_key, &a->ok));
    if (!person) {
      json_t *p = json_pack("{ssss}", "name", name, "name_key", name_key);
      insert_again(a, "people", p, was.person);
      person = json_integer_value(json_object_get(p, "id"));
      json_decref(p);
    }
    at_arena_free(arena);
    json_object_set_new(row, "event_id", json_integer(ev.id));
    json_object_set_new(row, "person_id", json_integer(person));
    json_object_set(row, "source_id", source);
    for (size_t i = 1; i < k->nfields; i++) {
      json_t *v = json_object_get(fields, k->fields[i].name);
      if (v) json_object_set_new(row, k->fields[i].name, column_value(&k->fields[i], v));
    }
    if (fx_insert(a, "participants", row)) at = (found){ev.id, person};
    json_decref(row);
    return at;
  }
  if (strcmp(k->name, "event")) {
    json_object_set(row, "source_id", source);
    json_object_set_new(row, "sentence_id", json_integer(sentence));
  }
  if (!strcmp(k->name, "agreement")) json_object_set_new(row, "status", json_string("signed"));
  if (!strcmp(k->name, "figure")) json_object_set_new(row, "qualifier", json_string("exact"));
  if (!strcmp(k->name, "relation")) json_object_set_new(row, "country_a", json_string("VN"));
  for (size_t i = 0; i < k->nfields; i++) {
    json_t *v = json_object_get(fields, k->fields[i].name);
    if (v && !k->fields[i].set_table) json_object_set_new(row, k->fields[i].name, column_value(&k->fields[i], v));
  }
  if (insert_again(a, k->table, row, was.id)) at.id = json_integer_value(json_object_get(row, "id"));
  json_decref(row);
  if (!at.id) return at;
  if (!strcmp(k->name, "event")) {
    json_t *es = json_pack("{sIsOsI}", "event_id", (json_int_t)at.id, "source_id", source, "sentence_id",
                           (json_int_t)sentence);
    fx_insert(a, "event_sources", es);
    json_decref(es);
  }
  for (size_t i = 0; i < k->nfields; i++) {
    json_t *v = json_object_get(fields, k->fields[i].name);
    if (v && k->fields[i].set_table) set_field(a, k, &k->fields[i], at, v);
  }
  return at;
}

/* Removes a document and everything read from it (each row recorded). */
static void delete_source(replay *r, const char *source) {
  applying *a = &r->a;
  json_decref(fx_delete(a, "participants", "source_id = ?1", args_text(source)));
  json_t *reports = fx_delete(a, "event_sources", "source_id = ?1", args_text(source));
  size_t i;
  json_t *report;
  json_array_foreach(reports, i, report) {
    long long ev = json_integer_value(json_object_get(report, "event_id"));
    json_t *left = select_rows(a->s, "SELECT 1 AS here FROM event_sources WHERE event_id = ?1", args_int(ev), &a->ok);
    if (!json_array_size(left)) reject_record(a, kind_named("event"), (found){ev, 0});
    json_decref(left);
  }
  json_decref(reports);
  json_t *agreements = select_rows(a->s, "SELECT id FROM agreements WHERE source_id = ?1", args_text(source), &a->ok);
  json_t *ag;
  json_array_foreach(agreements, i, ag)
    reject_record(a, kind_named("agreement"), (found){json_integer_value(json_object_get(ag, "id")), 0});
  json_decref(agreements);
  json_decref(fx_delete(a, "figures", "source_id = ?1", args_text(source)));
  json_decref(fx_delete(a, "relations", "source_id = ?1", args_text(source)));
  json_decref(fx_delete(a, "sentences", "source_id = ?1", args_text(source)));
  json_decref(fx_delete(a, "sources", "id = ?1", args_text(source)));
}

/* A letter or digit of any script (a word goes on through it). */
static bool word_char(utf8proc_int32_t cp) {
  utf8proc_category_t c = utf8proc_category(cp);
  return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ME) || (c >= UTF8PROC_CATEGORY_ND && c <= UTF8PROC_CATEGORY_NO);
}

/* Whether `text` holds `name` as whole words: not inside a longer word. */
static bool names_word(const char *text, const char *name) {
  size_t n = strlen(name);
  if (!text || !n) return false;
  for (const char *at = strstr(text, name); at; at = strstr(at + 1, name)) {
    utf8proc_int32_t before = -1, after = -1;
    if (at > text) {
      const char *b = at - 1;
      while (b > text && ((unsigned char)*b & 0xC0) == 0x80) b--;
      utf8proc_iterate((const utf8proc_uint8_t *)b, at - b, &before);
    }
    if (at[n]) utf8proc_iterate((const utf8proc_uint8_t *)at + n, -1, &after);
    if ((before < 0 || !word_char(before)) && (after < 0 || !word_char(after))) return true;
  }
  return false;
}

/* An alias: a person's other name (a person of that name, now or ingested
 * later, is the same person); a place's other name (events there are
 * placed at `id`); an organization's other code (its events are `id`'s). */
static bool apply_alias(replay *r, const char *kind, const json_t *target, const char *name) {
  applying *a = &r->a;
  if (!strcmp(kind, "person")) {
    found p = find_record(r, "person", target);
    if (!p.id) return false;
    at_arena *arena = at_arena_new();
    const char *name_key = at_store_person_key(arena, name);
    json_t *row = json_pack("{sIssss}", "person_id", (json_int_t)p.id, "name", name, "name_key", name_key);
    fx_insert(a, "person_names", row);
    json_decref(row);
    long long other = follow(r, "person", find_person(a->s, name_key, &a->ok));
    at_arena_free(arena);
    if (other && other != p.id) merge_people(r, p.id, other);
    return true;
  }
  const char *id = json_string_value(json_object_get(target, "name"));
  if (!strcmp(kind, "place")) {
    json_t *events = select_rows(a->s, "SELECT id FROM events WHERE place = ?1", args_text(name), &a->ok);
    size_t i;
    json_t *ev;
    json_t *place = json_string(id);
    json_array_foreach(events, i, ev) fx_set(a, "events", json_integer_value(json_object_get(ev, "id")), "place", place);
    json_decref(events);
    /* A name the places lexicon does not know is never read as a place: an
     * event placed nowhere whose sentence names it is placed at `id` (as for
     * organizations below; never over a place the machine read). */
    json_t *told = select_rows(a->s,
                               "SELECT DISTINCT e.id AS id, st.text AS text FROM events e"
                               " JOIN event_sources es ON es.event_id = e.id JOIN sentences st ON st.id = es.sentence_id"
                               " WHERE e.place IS NULL AND instr(st.text, ?1) > 0",
                               args_text(name), &a->ok);
    json_array_foreach(told, i, ev) {
      if (names_word(json_string_value(json_object_get(ev, "text")), name))
        fx_set(a, "events", json_integer_value(json_object_get(ev, "id")), "place", place);
    }
    json_decref(told);
    json_decref(place);
    return true;
  }
  json_t *rows = fx_delete(a, "event_organizations", "organization = ?1", args_text(name));
  size_t i;
  json_t *row;
  json_t *org = json_pack("{ss}", "code", id);
  insert_row(a->s, "organizations", org, &a->ok); /* a reference row: kept */
  json_decref(org);
  json_array_foreach(rows, i, row) {
    json_object_set_new(row, "organization", json_string(id));
    fx_insert(a, "event_organizations", row);
  }
  json_decref(rows);
  /* The alias is often a name the organizations lexicon does not hold, so
   * the extractor never reads it: an event whose reporting sentence names
   * it (as a whole word, case as given) takes the organization too. This is
   * done here rather than in the lexicon because changes are replayed after
   * every ingest (store.c), so it holds for later ingests, and undo takes it
   * back with the change's other effects. */
  json_t *told = select_rows(a->s,
                             "SELECT DISTINCT es.event_id AS event_id, st.text AS text FROM event_sources es"
                             " JOIN sentences st ON st.id = es.sentence_id WHERE instr(st.text, ?1) > 0",
                             args_text(name), &a->ok);
  json_array_foreach(told, i, row) {
    if (!names_word(json_string_value(json_object_get(row, "text")), name)) continue;
    json_t *link = json_pack("{sOss}", "event_id", json_object_get(row, "event_id"), "organization", id);
    fx_insert(a, "event_organizations", link);
    json_decref(link);
  }
  json_decref(told);
  return true;
}

/* The id a record has now, as queries show it. */
static void shown_id(const char *kind, found at, char *out, size_t cap) {
  if (!strcmp(kind, "participant")) snprintf(out, cap, "%lld:%lld", (long long)at.id, (long long)at.person);
  else snprintf(out, cap, "%lld", (long long)at.id);
}

bool at_corrections_apply(attache_store *s) {
  bool ok = true;
  /* Every change, undone ones too (their records are found for the history). */
  json_t *changes = select_rows(s,
                                "SELECT id, uid, op, kind, target, other, field, new_value, undone, resolved FROM corrections"
                                " WHERE op NOT IN ('undo', 'split') ORDER BY id",
                                NULL, &ok);
  if (!ok || !json_array_size(changes)) {
    json_decref(changes);
    return ok;
  }
  /* Every record is found before any change is applied: a change names its
   * record as the machine stored it (an earlier change may edit its type). */
  size_t n = json_array_size(changes);
  found *targets = calloc(n, sizeof *targets), *others = calloc(n, sizeof *others);
  json_t **keys = calloc(n, sizeof *keys), **other_keys = calloc(n, sizeof *other_keys);
  if (!targets || !others || !keys || !other_keys) at_oom();
  replay r = {.a = {.s = s, .ok = true}};
  for (size_t i = 0; i < n; i++) {
    json_t *c = json_array_get(changes, i);
    const char *kind = json_string_value(json_object_get(c, "kind"));
    keys[i] = load_json(json_string_value(json_object_get(c, "target")));
    other_keys[i] = load_json(json_string_value(json_object_get(c, "other")));
    if (keys[i] && !json_object_get(keys[i], "added") && strcmp(kind, "place") && strcmp(kind, "organization"))
      targets[i] = find_record(&r, kind, keys[i]);
    if (other_keys[i] && json_is_object(other_keys[i])) others[i] = find_record(&r, kind, other_keys[i]);
  }
  for (size_t i = 0; i < n && r.a.ok; i++) {
    json_t *c = json_array_get(changes, i);
    const char *op = json_string_value(json_object_get(c, "op")), *kind = json_string_value(json_object_get(c, "kind"));
    const char *uid = json_string_value(json_object_get(c, "uid"));
    bool active = !json_integer_value(json_object_get(c, "undone"));
    const kind_def *k = kind_named(kind);
    r.a.change = json_integer_value(json_object_get(c, "id"));
    found at = targets[i];
    if (keys[i] && json_object_get(keys[i], "added")) {
      found none = {0, 0};
      at = !strcmp(op, "add") ? none : find_record(&r, kind, keys[i]);
    } else if (at.id && k) {
      at = follow_found(&r, kind, at);
    }
    json_t *value = load_json(json_string_value(json_object_get(c, "new_value")));
    found pair = {0, 0}; /* distinct: the other record */
    bool here = at.id != 0;
    if (here && k && strcmp(op, "add") && strcmp(op, "alias")) here = record_exists(s, k, at, &r.a.ok);
    if (!strcmp(op, "add")) {
      found was = {0, 0};
      const char *resolved = json_string_value(json_object_get(c, "resolved"));
      if (resolved && !parse_id(kind, resolved, &was)) was = (found){0, 0};
      if (active && k) at = add_record(&r, k, keys[i], value, was);
      if (at.id) remember_added(&r, uid, at);
      here = at.id != 0 || !active;
    } else if (!strcmp(op, "delete")) {
      here = at.id != 0;
      if (active && here) delete_source(&r, json_string_value(json_object_get(keys[i], "source")));
    } else if (!strcmp(op, "alias")) {
      here = !active || apply_alias(&r, kind, keys[i], json_string_value(value));
      if (!strcmp(kind, "person")) at = find_record(&r, "person", keys[i]);
    } else if (!strcmp(op, "merge")) {
      found from = others[i];
      if (from.id) from.id = follow(&r, kind, from.id);
      here = at.id && from.id && at.id != from.id;
      if (active && here) {
        if (!strcmp(kind, "event")) merge_events(&r, at.id, from.id);
        else merge_people(&r, at.id, from.id);
      }
    } else if (!strcmp(op, "distinct")) {
      /* Nothing to change in the records: the pair, resolved to the ids
       * both have now ("12 40"), is what review.c leaves out of its likely
       * duplicates. Two records merged since are one: orphaned. */
      pair = others[i];
      if (pair.id) pair.id = follow(&r, kind, pair.id);
      here = here && pair.id && pair.id != at.id && record_exists(s, k, pair, &r.a.ok);
      if (!here) pair.id = 0;
    } else if (active && here && k && !strcmp(op, "reject")) {
      reject_record(&r.a, k, at);
    } else if (active && here && k && !strcmp(op, "edit")) {
      const field_def *fd = field_named(k, json_string_value(json_object_get(c, "field")));
      if (fd) set_field(&r.a, k, fd, at, value);
    } /* an accept changes nothing: resolved to its record, it marks it reviewed (review.c) */
    json_decref(value);
    char shown[48] = "";
    if (at.id && strcmp(kind, "source") && strcmp(kind, "place") && strcmp(kind, "organization"))
      shown_id(kind, at, shown, sizeof shown);
    if (*shown && pair.id) snprintf(shown + strlen(shown), sizeof shown - strlen(shown), " %lld", (long long)pair.id);
    at_stmt *st = at_stmt_prepare(s, "UPDATE corrections SET resolved = ?2, orphaned = ?3 WHERE id = ?1");
    if (!st) {
      r.a.ok = false;
      break;
    }
    at_bind_int(st, 1, r.a.change);
    if (*shown) at_bind_text(st, 2, shown, -1);
    else at_bind_null(st, 2);
    at_bind_int(st, 3, !here && active); /* an undone change is not missed */
    if (at_step(st) != AT_DONE) r.a.ok = false;
    at_stmt_finalize(st);
  }
  for (size_t i = 0; i < n; i++) {
    json_decref(keys[i]);
    json_decref(other_keys[i]);
  }
  for (size_t i = 0; i < r.nadds; i++) free(r.adds[i].uid);
  free(r.adds);
  free(r.moves);
  free(targets);
  free(others);
  free(keys);
  free(other_keys);
  json_decref(changes);
  return r.a.ok;
}

/* ---- making a change ------------------------------------------------------------- */

/* Who makes a change: the caller's author, else $ATTACHE_USER, else the
 * user the process runs as. */
static const char *author_of(const attache_correction *c, char *buf, size_t cap) {
  if (c->author && *c->author) return c->author;
  const char *env = getenv("ATTACHE_USER");
  if (env && *env) return env;
  struct passwd pw, *found_pw = NULL;
  char scratch[1024];
  if (getpwuid_r(getuid(), &pw, scratch, sizeof scratch, &found_pw) == 0 && found_pw) {
    snprintf(buf, cap, "%s", found_pw->pw_name);
    return buf;
  }
  env = getenv("USER");
  return env && *env ? env : "unknown";
}

static void now_iso(char out[21]) {
  time_t t = time(NULL);
  struct tm tm;
  gmtime_r(&t, &tm);
  strftime(out, 21, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* A change's uid: unique across databases, so that a team's files merge. */
static void new_uid(char out[33]) {
  unsigned char bytes[16] = {0};
  FILE *f = fopen("/dev/urandom", "rb");
  size_t got = f ? fread(bytes, 1, sizeof bytes, f) : 0;
  if (f) fclose(f);
  if (got != sizeof bytes) { /* no /dev/urandom: the time and the process */
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    unsigned long long mix = (unsigned long long)ts.tv_sec * 1000000007ull ^ (unsigned long long)ts.tv_nsec ^
                             ((unsigned long long)getpid() << 32);
    for (size_t i = 0; i < sizeof bytes; i++) bytes[i] ^= (unsigned char)(mix >> (8 * (i % 8))) + (unsigned char)i;
  }
  for (size_t i = 0; i < sizeof bytes; i++) snprintf(out + 2 * i, 3, "%02x", bytes[i]);
}

/* Checks `text` as a value of field `fd`; NULL when it is good, else why not. */
static const char *bad_value(attache_store *s, const field_def *fd, const char *text) {
  if (!*text) return fd->required ? "it cannot be empty" : NULL;
  switch (fd->form) {
  case V_TEXT:
    return strlen(text) > 1000 ? "it is longer than 1000 bytes" : NULL;
  case V_DATE:
    return attache_query_date_valid(text) ? NULL : "it must be a date YYYY, YYYY-MM or YYYY-MM-DD";
  case V_EVENT_TYPE:
    return attache_query_event_type_valid(text) ? NULL
                                               : "it must be reception, talks, call, visit, dialogue, multilateral, "
                                                 "signing, port_call, exercise, exchange or meeting";
  case V_YEAR: {
    char *end;
    long y = strtol(text, &end, 10);
    return *end || y < 1 || y > 9999 ? "it must be a year from 1 to 9999" : NULL;
  }
  case V_NUMBER: {
    char *end;
    strtod(text, &end);
    return *end || strspn(text, "0123456789.") != strlen(text) ? "it must be a number" : NULL;
  }
  case V_CODE:
    return strspn(text, "abcdefghijklmnopqrstuvwxyz0123456789_") == strlen(text) && strlen(text) < 64
               ? NULL
               : "it must be a code of lower-case letters, digits and _";
  case V_MECHANISM:
    return strspn(text, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-") == strlen(text) && strlen(text) < 64
               ? NULL
               : "it must be a code of capital letters, digits and -";
  case V_CODE_SET:
    return strspn(text, "abcdefghijklmnopqrstuvwxyz0123456789_ ,") == strlen(text) ? NULL
                                                                                   : "it must be codes separated by spaces";
  case V_COUNTRY:
  case V_COUNTRY_SET: {
    json_t *items = set_items(text);
    const char *why = NULL;
    size_t i;
    json_t *item;
    bool ok = true;
    json_array_foreach(items, i, item) {
      json_t *rows = select_rows(s, "SELECT 1 AS here FROM countries WHERE code = ?1",
                                 args_text(json_string_value(item)), &ok);
      if (!json_array_size(rows)) why = "it must be ISO country codes the knowledge base knows (attache partners)";
      json_decref(rows);
    }
    if (fd->form == V_COUNTRY && json_array_size(items) != 1) why = "it must be one ISO country code";
    json_decref(items);
    return why;
  }
  }
  return NULL;
}

/* Parses "42" (or "42:7" for a participant) as the record now shown; false
 * when it is not of that form. */
static bool parse_id(const char *kind, const char *text, found *out) {
  char *end;
  if (!text || !*text || *text == '-' || *text == '+') return false;
  long long a = strtoll(text, &end, 10);
  if (a <= 0) return false;
  out->id = a;
  out->person = 0;
  if (!strcmp(kind, "participant")) {
    if (*end != ':' || !end[1] || end[1] == '-' || end[1] == '+') return false;
    long long b = strtoll(end + 1, &end, 10);
    if (b <= 0) return false;
    out->person = b;
  }
  return !*end;
}

/* The change that added the record `at` shows now, if one did. */
static char *added_by(attache_store *s, const kind_def *k, found at, bool *ok) {
  json_t *rows = select_rows(s, "SELECT c.uid, c.resolved FROM corrections c WHERE c.op = 'add' AND c.kind = ?1"
                                " AND c.undone = 0 AND c.resolved IS NOT NULL",
                             args_text(k->name), ok);
  char shown[48];
  shown_id(k->name, at, shown, sizeof shown);
  char *uid = NULL;
  size_t i;
  json_t *row;
  json_array_foreach(rows, i, row) if (!uid && !strcmp(json_string_value(json_object_get(row, "resolved")), shown))
      uid = strdup(json_string_value(json_object_get(row, "uid")));
  json_decref(rows);
  return uid;
}

/* Whether the record `at` of kind `k` is there now. */
static bool record_exists(attache_store *s, const kind_def *k, found at, bool *ok) {
  json_t *rows;
  if (!strcmp(k->name, "participant"))
    rows = select_rows(s, "SELECT 1 AS here FROM participants WHERE event_id = ?1 AND person_id = ?2",
                       args_int2(at.id, at.person), ok);
  else {
    char sql[128];
    snprintf(sql, sizeof sql, "SELECT 1 AS here FROM %s WHERE id = ?1", k->table);
    rows = select_rows(s, sql, args_int(at.id), ok);
  }
  bool here = json_array_size(rows) > 0;
  json_decref(rows);
  return here;
}

/* The stable identity of the record `at` (which exists now). It is read
 * from the machine's records, so changes are taken back first: the caller
 * applies them again. */
static json_t *identity_of(attache_store *s, const kind_def *k, found at, bool *ok) {
  char *uid = added_by(s, k, at, ok);
  /* Taken back for a record added by hand too: the caller applies every
   * change again, and an add applied twice would add its record twice. */
  if (!at_corrections_revert(s)) return free(uid), *ok = false, NULL;
  if (uid) {
    json_t *key = json_pack("{ss}", "added", uid);
    free(uid);
    return key;
  }
  if (!strcmp(k->name, "event")) return event_identity(s, at.id, ok);
  if (!strcmp(k->name, "agreement")) return sourced_identity(s, "agreements", AGREEMENT_EXTRA, at.id, ok);
  if (!strcmp(k->name, "figure")) return sourced_identity(s, "figures", FIGURE_EXTRA, at.id, ok);
  if (!strcmp(k->name, "relation")) return sourced_identity(s, "relations", RELATION_EXTRA, at.id, ok);
  if (!strcmp(k->name, "person")) return person_identity(s, at.id, ok);
  /* a participant: its event and person (either may itself be added by hand, or merged) */
  if (!at_corrections_apply(s)) return *ok = false, NULL;
  json_t *ev = identity_of(s, kind_named("event"), (found){at.id, 0}, ok);
  if (!ev || !at_corrections_apply(s)) return json_decref(ev), NULL;
  json_t *pe = identity_of(s, kind_named("person"), (found){at.person, 0}, ok);
  if (!pe) return json_decref(ev), NULL;
  return json_pack("{soso}", "event", ev, "person", pe);
}

/* The value of a field as shown now, as JSON text (for the history). */
static char *current_value(attache_store *s, const kind_def *k, const field_def *fd, found at, bool *ok) {
  char sql[256];
  json_t *params;
  if (fd->set_table) {
    snprintf(sql, sizeof sql, "SELECT group_concat(%s, ' ') AS v FROM (SELECT %s FROM %s WHERE %s = ?1 ORDER BY 1) AS items",
             fd->set_column, fd->set_column, fd->set_table, k->fk);
    params = args_int(at.id);
  } else if (!strcmp(k->name, "participant")) {
    snprintf(sql, sizeof sql, "SELECT max(\"%s\") AS v FROM participants WHERE event_id = ?1 AND person_id = ?2",
             strcmp(fd->name, "name") ? fd->name : "rank");
    params = args_int2(at.id, at.person);
  } else {
    snprintf(sql, sizeof sql, "SELECT \"%s\" AS v FROM %s WHERE id = ?1", fd->name, k->table);
    params = args_int(at.id);
  }
  json_t *rows = select_rows(s, sql, params, ok);
  char *text = json_dumps(json_object_get(json_array_get(rows, 0), "v"), JSON_COMPACT | JSON_ENCODE_ANY);
  json_decref(rows);
  return text;
}

typedef struct new_change {
  const char *op, *kind;
  json_t *target, *other;
  const char *field;
  char *old_value;
  json_t *new_value;
} new_change;

static bool insert_change(attache_store *s, const attache_correction *c, const char *author, const new_change *nc,
                          long long *id) {
  char uid[33], now[21];
  new_uid(uid);
  now_iso(now);
  at_stmt *st = at_stmt_prepare_insert(s, "INSERT INTO corrections(uid, author, made_at, note, op, kind, target, other,"
                                            " field, old_value, new_value) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
  if (!st) return false;
  char *target = json_dumps(nc->target, JSON_COMPACT | JSON_SORT_KEYS);
  char *other = nc->other ? json_dumps(nc->other, JSON_COMPACT | JSON_SORT_KEYS | JSON_ENCODE_ANY) : NULL;
  char *value = nc->new_value ? json_dumps(nc->new_value, JSON_COMPACT | JSON_SORT_KEYS | JSON_ENCODE_ANY) : NULL;
  const char *texts[] = {uid, author, now, c->note && *c->note ? c->note : NULL, nc->op, nc->kind, target, other,
                         nc->field, nc->old_value, value};
  for (int i = 0; i < (int)(sizeof texts / sizeof *texts); i++) {
    if (texts[i]) at_bind_text(st, i + 1, texts[i], -1);
    else at_bind_null(st, i + 1);
  }
  bool done = at_step(st) == AT_DONE;
  at_stmt_finalize(st);
  free(target);
  free(other);
  free(value);
  *id = at_store_inserted_id(s);
  return done;
}

/* Marks change `id` undone (or not); false when there is no such change. */
static bool set_undone(attache_store *s, long long id, int undone) {
  bool ok = run(s, "UPDATE corrections SET undone = ?2 WHERE id = ?1", json_pack("[Ii]", (json_int_t)id, undone));
  return ok && at_store_changes(s) == 1;
}

#define FAIL(...) (st = at_error_set(err, __VA_ARGS__))

/* The change `c` made in the open transaction. */
static attache_status make_change(attache_store *s, const attache_correction *c, const char *author, long *change,
                                  attache_error *err) {
  attache_status st = ATTACHE_OK;
  bool ok = true;
  const char *op = c->op ? c->op : "";
  long long first = 0, id = 0;
  new_change nc = {.op = op, .kind = c->kind ? c->kind : ""};

  if (!strcmp(op, "undo")) {
    char *end;
    long long n = c->id ? strtoll(c->id, &end, 10) : 0;
    json_t *rows = n > 0 && !*end ? select_rows(s, "SELECT uid, op, undone FROM corrections WHERE id = ?1",
                                                args_int(n), &ok)
                                  : json_array();
    json_t *row = json_array_get(rows, 0);
    if (!row) FAIL(ATTACHE_ERR_NOT_FOUND, "CHANGE: no change %s (see attache history)", c->id ? c->id : "");
    else if (!strcmp(json_string_value(json_object_get(row, "op")), "undo") ||
             !strcmp(json_string_value(json_object_get(row, "op")), "split"))
      FAIL(ATTACHE_ERR_ARG, "CHANGE: change %s is an undo or a split: make the change again instead", c->id);
    else if (json_integer_value(json_object_get(row, "undone")))
      FAIL(ATTACHE_ERR_ARG, "CHANGE: change %s is undone already", c->id);
    else {
      nc.kind = "change";
      nc.target = json_pack("{sO}", "change", json_object_get(row, "uid"));
      ok = set_undone(s, n, 1) && at_corrections_revert(s) && insert_change(s, c, author, &nc, &first);
    }
    json_decref(rows);
  } else if (!strcmp(op, "delete")) {
    if (strcmp(nc.kind, "source")) FAIL(ATTACHE_ERR_ARG, "KIND: delete takes source, not \"%s\"", nc.kind);
    else {
      json_t *rows = select_rows(s, "SELECT 1 AS here FROM sources WHERE id = ?1", args_text(c->id ? c->id : ""), &ok);
      if (!json_array_size(rows)) FAIL(ATTACHE_ERR_NOT_FOUND, "ID: no source %s", c->id ? c->id : "");
      else {
        nc.target = json_pack("{ss}", "source", c->id);
        ok = at_corrections_revert(s) && insert_change(s, c, author, &nc, &first);
      }
      json_decref(rows);
    }
  } else if (!strcmp(op, "alias") && (!strcmp(nc.kind, "place") || !strcmp(nc.kind, "organization"))) {
    if (!c->id || !*c->id || !c->name || !*c->name || strlen(c->name) > 1000 || strlen(c->id) > 1000)
      FAIL(ATTACHE_ERR_ARG, "NAME: alias %s needs the %s and its other name", nc.kind,
           !strcmp(nc.kind, "place") ? "place's name" : "organization's code");
    else {
      nc.target = json_pack("{ss}", "name", c->id);
      nc.new_value = json_string(c->name);
      ok = at_corrections_revert(s) && insert_change(s, c, author, &nc, &first);
    }
  } else {
    const kind_def *k = kind_named(c->kind);
    found at = {0, 0};
    static const char *const OPS[] = {"edit", "reject", "add", "merge", "split", "alias", "accept", "distinct"};
    bool known_op = false;
    for (size_t i = 0; i < sizeof OPS / sizeof *OPS; i++) known_op |= !strcmp(OPS[i], op);
    if (!known_op) return at_error_set(err, ATTACHE_ERR_ARG, "no such operation \"%s\"", op);
    if (!k)
      return at_error_set(err, ATTACHE_ERR_ARG,
                          "KIND: \"%s\" is not one of event, agreement, figure, relation, participant, person%s",
                          nc.kind, !strcmp(op, "alias") ? ", place, organization" : "");
    bool pair_op = !strcmp(op, "merge") || !strcmp(op, "distinct"); /* ID and the other ids */
    if ((pair_op || !strcmp(op, "split")) && strcmp(k->name, "event") && strcmp(k->name, "person"))
      return at_error_set(err, ATTACHE_ERR_ARG, "KIND: %s takes event or person, not \"%s\"", op, k->name);
    if (!strcmp(op, "alias") && strcmp(k->name, "person"))
      return at_error_set(err, ATTACHE_ERR_ARG, "KIND: alias takes person, place or organization, not \"%s\"", k->name);
    if (!strcmp(op, "add") && !strcmp(k->name, "person"))
      return at_error_set(err, ATTACHE_ERR_ARG, "KIND: a person is added as a participant of an event (add participant)");
    /* the record */
    if (strcmp(op, "add")) {
      if (!parse_id(k->name, c->id, &at))
        return at_error_set(err, ATTACHE_ERR_ARG, "ID: \"%s\" is not %s", c->id ? c->id : "",
                            !strcmp(k->name, "participant") ? "EVENT:PERSON (two ids)" : "a record id");
      if (!record_exists(s, k, at, &ok))
        return at_error_set(err, ATTACHE_ERR_NOT_FOUND, "ID: no %s %s", k->name, c->id);
    }
    /* the fields */
    for (size_t i = 0; i < c->nfields; i++) {
      const field_def *fd = field_named(k, c->fields[i]);
      if (!fd || (!strcmp(op, "edit") && !strcmp(k->name, "participant") && !strcmp(fd->name, "name")))
        return at_error_set(err, ATTACHE_ERR_ARG, "FIELD: %s has no field \"%s\"", k->name, c->fields[i]);
      const char *why = bad_value(s, fd, c->values[i] ? c->values[i] : "");
      if (why) return at_error_set(err, ATTACHE_ERR_ARG, "%s=%s: %s", fd->name, c->values[i] ? c->values[i] : "", why);
    }
    if (!strcmp(op, "edit") && !c->nfields) return at_error_set(err, ATTACHE_ERR_ARG, "FIELD=VALUE: edit needs one");
    if (!strcmp(op, "alias") && (!c->name || !*c->name || strlen(c->name) > 1000))
      return at_error_set(err, ATTACHE_ERR_ARG, "NAME: alias needs the other name");

    if (!strcmp(op, "add")) {
      for (size_t i = 0; i < k->nfields; i++) {
        bool given = false;
        for (size_t j = 0; j < c->nfields; j++) given |= !strcmp(c->fields[j], k->fields[i].name);
        if (k->fields[i].required && !given)
          return at_error_set(err, ATTACHE_ERR_ARG, "%s=VALUE: adding a %s needs it", k->fields[i].name, k->name);
      }
      json_t *sen = select_rows(s, "SELECT text FROM sentences WHERE source_id = ?1 AND idx = ?2",
                                json_pack("[sI]", c->source ? c->source : "", (json_int_t)c->sentence), &ok);
      json_t *row = json_array_get(sen, 0);
      json_t *event = NULL;
      if (!row) st = at_error_set(err, ATTACHE_ERR_NOT_FOUND, "--source/--sentence: %s has no sentence %ld",
                                  c->source ? c->source : "(none)", c->sentence);
      else if (!strcmp(k->name, "participant")) {
        found ev = {0, 0};
        const char *ev_id = c->id;
        if (!parse_id("event", ev_id, &ev) || !record_exists(s, kind_named("event"), ev, &ok))
          st = at_error_set(err, ATTACHE_ERR_NOT_FOUND, "ID: adding a participant needs its event's id, not \"%s\"",
                            ev_id ? ev_id : "");
        else event = identity_of(s, kind_named("event"), ev, &ok);
      }
      if (st == ATTACHE_OK && ok) {
        char uid_hint[33];
        new_uid(uid_hint);
        nc.target = json_pack("{sssssIsO}", "added", uid_hint, "source", c->source, "sentence", (json_int_t)c->sentence,
                              "text", json_object_get(row, "text"));
        if (event) json_object_set_new(nc.target, "event", event);
        nc.new_value = json_object();
        for (size_t i = 0; i < c->nfields; i++) json_object_set_new(nc.new_value, c->fields[i], json_string(c->values[i]));
        ok = at_corrections_revert(s) && insert_change(s, c, author, &nc, &first);
        /* the added record is known by its change's uid */
        if (ok) {
          json_t *uidrow = select_rows(s, "SELECT uid FROM corrections WHERE id = ?1", args_int(first), &ok);
          json_object_set(nc.target, "added", json_object_get(json_array_get(uidrow, 0), "uid"));
          char *target = json_dumps(nc.target, JSON_COMPACT | JSON_SORT_KEYS);
          ok = ok && run(s, "UPDATE corrections SET target = ?2 WHERE id = ?1", json_pack("[Is]", (json_int_t)first, target));
          free(target);
          json_decref(uidrow);
        }
      }
      json_decref(sen);
    } else if (!strcmp(op, "split")) {
      char shown[48];
      shown_id(k->name, at, shown, sizeof shown);
      json_t *merges = select_rows(s, "SELECT id, uid FROM corrections WHERE op = 'merge' AND kind = ?1 AND undone = 0"
                                      " AND resolved = ?2",
                                   json_pack("[ss]", k->name, shown), &ok);
      if (!json_array_size(merges)) st = at_error_set(err, ATTACHE_ERR_ARG, "ID: %s %s was not merged", k->name, c->id);
      else {
        json_t *uids = json_array();
        size_t i;
        json_t *m;
        json_array_foreach(merges, i, m) {
          json_array_append(uids, json_object_get(m, "uid"));
          ok = ok && set_undone(s, json_integer_value(json_object_get(m, "id")), 1);
        }
        nc.target = identity_of(s, k, at, &ok);
        nc.other = uids;
        ok = ok && nc.target && insert_change(s, c, author, &nc, &first);
        json_decref(uids);
        nc.other = NULL;
      }
      json_decref(merges);
    } else {
      /* edit, reject, accept, merge, distinct, alias: the record's identity, read from the machine's records */
      found others[64];
      if (c->nothers > 64) return at_error_set(err, ATTACHE_ERR_ARG, "ID: at most 64 records are merged at once");
      if (!strcmp(op, "merge") && !c->nothers) return at_error_set(err, ATTACHE_ERR_ARG, "ID: merge needs two ids");
      if (!strcmp(op, "distinct") && c->nothers != 1)
        return at_error_set(err, ATTACHE_ERR_ARG, "ID: distinct takes two ids (the records that are not one)");
      if (!pair_op && c->nothers) return at_error_set(err, ATTACHE_ERR_ARG, "ID: %s takes one id", op);
      for (size_t i = 0; i < c->nothers; i++) {
        if (!parse_id(k->name, c->others[i], &others[i]))
          return at_error_set(err, ATTACHE_ERR_ARG, "ID: \"%s\" is not a record id", c->others[i]);
        if (!record_exists(s, k, others[i], &ok))
          return at_error_set(err, ATTACHE_ERR_NOT_FOUND, "ID: no %s %s", k->name, c->others[i]);
        if (others[i].id == at.id) return at_error_set(err, ATTACHE_ERR_ARG, "ID: %s is given twice", c->others[i]);
      }
      char *old[16] = {0};
      for (size_t i = 0; i < c->nfields && i < 16; i++) old[i] = current_value(s, k, field_named(k, c->fields[i]), at, &ok);
      json_t *other_keys[64];
      for (size_t i = 0; i < c->nothers; i++) {
        other_keys[i] = identity_of(s, k, others[i], &ok);
        if (!at_corrections_apply(s)) ok = false;
      }
      nc.target = identity_of(s, k, at, &ok);
      if (!nc.target) ok = false;
      if (ok && !strcmp(op, "edit")) {
        for (size_t i = 0; ok && i < c->nfields; i++) {
          nc.field = c->fields[i];
          nc.old_value = i < 16 ? old[i] : NULL;
          nc.new_value = json_string(c->values[i]);
          ok = insert_change(s, c, author, &nc, &id);
          json_decref(nc.new_value);
          nc.new_value = NULL;
          if (!first) first = id;
        }
      } else if (ok && pair_op) {
        for (size_t i = 0; ok && i < c->nothers; i++) {
          nc.other = other_keys[i];
          ok = insert_change(s, c, author, &nc, &id);
          if (!first) first = id;
        }
        nc.other = NULL;
      } else if (ok) {
        if (!strcmp(op, "alias")) nc.new_value = json_string(c->name);
        ok = insert_change(s, c, author, &nc, &first);
      }
      for (size_t i = 0; i < c->nothers; i++) json_decref(other_keys[i]);
      for (size_t i = 0; i < 16; i++) free(old[i]);
    }
  }
  if (st == ATTACHE_OK && ok && (!strcmp(op, "undo") || !strcmp(op, "split"))) /* shown as the record they name */
    ok = run(s, "UPDATE corrections SET resolved = ?2 WHERE id = ?1", json_pack("[Is]", (json_int_t)first, c->id));
  if (st == ATTACHE_OK && ok) ok = at_corrections_apply(s);
  if (st == ATTACHE_OK && ok && strcmp(op, "undo") && strcmp(op, "split")) {
    /* A change must find its record as soon as it is made. */
    json_t *rows = select_rows(s, "SELECT count(*) AS n FROM corrections WHERE id >= ?1 AND orphaned = 1",
                               args_int(first), &ok);
    if (json_integer_value(json_object_get(json_array_get(rows, 0), "n")))
      st = at_error_set(err, ATTACHE_ERR_ARG, "the change could not be applied to %s %s", nc.kind,
                        c->id ? c->id : "");
    json_decref(rows);
  }
  json_decref(nc.target);
  json_decref(nc.new_value);
  if (st == ATTACHE_OK && !ok) st = at_error_set(err, ATTACHE_ERR_STORE, "cannot record the change: %s", at_store_errmsg(s));
  if (change) *change = (long)first;
  return st;
}

attache_status attache_store_correct(attache_store *s, const attache_correction *c, long *change, attache_error *err) {
  if (!s || !c) return at_error_set(err, ATTACHE_ERR_ARG, "null argument");
  if (s->readonly) return at_error_set(err, ATTACHE_ERR_ARG, "database opened read-only");
  char buf[256];
  const char *author = author_of(c, buf, sizeof buf);
  /* one writer at a time, as an ingest (PostgreSQL: attache's advisory lock, store_pg.c) */
  if (!at_store_exec(s, "BEGIN IMMEDIATE"))
    return at_error_set(err, ATTACHE_ERR_STORE, "cannot write the database: %s", at_store_errmsg(s));
  attache_status st = make_change(s, c, author, change, err);
  if (st == ATTACHE_OK && !at_store_exec(s, "COMMIT"))
    st = at_error_set(err, ATTACHE_ERR_STORE, "cannot write the database: %s", at_store_errmsg(s));
  if (st != ATTACHE_OK) at_store_exec(s, "ROLLBACK");
  return st;
}

attache_status attache_store_change_record(attache_store *s, long change, char *out, size_t cap, attache_error *err) {
  if (!s || !out || !cap) return at_error_set(err, ATTACHE_ERR_ARG, "null argument");
  *out = '\0';
  bool ok = true;
  json_t *rows = select_rows(s, "SELECT resolved FROM corrections WHERE id = ?1", args_int(change), &ok);
  json_t *row = json_array_get(rows, 0);
  attache_status st = !ok   ? at_error_set(err, ATTACHE_ERR_STORE, "cannot read the changes: %s", at_store_errmsg(s))
                      : !row ? at_error_set(err, ATTACHE_ERR_NOT_FOUND, "no change %ld", change)
                             : ATTACHE_OK;
  const char *resolved = json_string_value(json_object_get(row, "resolved"));
  if (st == ATTACHE_OK && resolved) snprintf(out, cap, "%s", resolved);
  json_decref(rows);
  return st;
}

/* ---- history, export, import ------------------------------------------------------- */

/* The history, a record's, and a partner's. The one difference between the
 * databases is how a member of a JSON column is read: JSON(column, key). */
#define SQLITE_JSON(col, key) "json_extract(" col ", '$." key "')"
#define PG_JSON(col, key) "(" col "::json ->> '" key "')"
#define HISTORY_COLUMNS(JSON)                                                                                     \
  "SELECT id AS change, made_at AS made_at, author, op, kind, coalesce(resolved, CASE WHEN orphaned = 1 THEN"     \
  " 'orphaned' END, " JSON("target", "source") ", " JSON("target", "name") ", " JSON("target", "change")           \
  ") AS record, field, old_value AS old, new_value AS new, note, CASE WHEN undone = 1 THEN 'undone' END AS undone" \
  " FROM corrections"
/* A record's changes; a person's hold the changes of their participations
 * too (rank, office, country in an event: EVENT:PERSON). */
#define RECORD_HISTORY(JSON)                                                                                      \
  " WHERE kind = ?1 AND (resolved = ?2 OR " JSON("target", "source") " = ?2 AND kind = 'source')"                  \
  " OR ?1 = 'person' AND kind = 'participant' AND resolved LIKE '%:' || ?2"                                    \
  " OR kind = ?1 AND op = 'distinct' AND (resolved LIKE (?2 || ' %') OR resolved LIKE ('% ' || ?2)) ORDER BY id"
/* A partner's changes: those of its relations, agreements and figures (as the
 * partner's profile lists them), the records hidden by a reject included (by
 * the rows the reject took away). ?1 is the partner's code. */
#define PARTNER_HISTORY(JSON)                                                                                     \
  "WITH partner_sources(source_id) AS (SELECT es.source_id FROM event_sources es JOIN event_countries ec"          \
  " ON ec.event_id = es.event_id WHERE ec.country = ?1) " HISTORY_COLUMNS(JSON)                                    \
  " WHERE kind = 'relation' AND (" JSON("target", "country_b") " = ?1"                                             \
  "  OR resolved IN (SELECT CAST(id AS TEXT) FROM relations WHERE country_b = ?1))"                                \
  " OR kind = 'agreement' AND (resolved IN (SELECT CAST(agreement_id AS TEXT) FROM agreement_parties"              \
  "  WHERE country = ?1) OR EXISTS (SELECT 1 FROM correction_effects e WHERE e.change_id = corrections.id"         \
  "  AND e.tbl = 'agreement_parties' AND " JSON("e.row", "country") " = ?1))"                                      \
  " OR kind = 'figure' AND (resolved IN (SELECT CAST(f.id AS TEXT) FROM figures f WHERE f.subject = ?1"            \
  "  OR f.source_id IN (SELECT source_id FROM partner_sources)) OR EXISTS (SELECT 1 FROM correction_effects e"     \
  "  WHERE e.change_id = corrections.id AND e.tbl = 'figures' AND (" JSON("e.row", "subject") " = ?1"              \
  "  OR " JSON("e.row", "source_id") " IN (SELECT source_id FROM partner_sources))))"                              \
  " ORDER BY id"
static const char *const HISTORY[2] = {HISTORY_COLUMNS(SQLITE_JSON), HISTORY_COLUMNS(PG_JSON)};
static const char *const OF_RECORD[2] = {RECORD_HISTORY(SQLITE_JSON), RECORD_HISTORY(PG_JSON)};
static const char *const OF_PARTNER[2] = {PARTNER_HISTORY(SQLITE_JSON), PARTNER_HISTORY(PG_JSON)};

attache_status attache_store_history(attache_store *s, const char *kind, const char *id, int orphaned_only,
                                     attache_result **out, attache_error *err) {
  if (!s || !out) return at_error_set(err, ATTACHE_ERR_ARG, "null argument");
  *out = NULL;
  int pg = s->pg != NULL; /* which dialect's text */
  char sql[4096];
  const char *values[2] = {kind, id};
  int n = 0;
  if (kind && !strcmp(kind, "partner")) {
    if (!id || strspn(id, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != strlen(id) || strlen(id) < 2 || strlen(id) > 3)
      return at_error_set(err, ATTACHE_ERR_ARG, "ID: \"%s\" is not a partner's code (US, JP, ...)", id ? id : "");
    snprintf(sql, sizeof sql, "%s", OF_PARTNER[pg]);
    values[0] = id;
    n = 1;
  } else if (kind) {
    const kind_def *k = kind_named(kind);
    found at;
    if (!k && strcmp(kind, "source"))
      return at_error_set(err, ATTACHE_ERR_ARG,
                          "KIND: \"%s\" is not one of event, agreement, figure, relation, participant, person, source, partner",
                          kind);
    if (k && !parse_id(k->name, id, &at)) return at_error_set(err, ATTACHE_ERR_ARG, "ID: \"%s\" is not a record id", id ? id : "");
    snprintf(sql, sizeof sql, "%s%s", HISTORY[pg], OF_RECORD[pg]);
    n = 2;
  } else {
    snprintf(sql, sizeof sql, "%s%s ORDER BY id", HISTORY[pg], orphaned_only ? " WHERE orphaned = 1" : "");
  }
  attache_result *r = at_result_new();
  attache_status st = at_result_add_table(s, r, "history", sql, values, n, err);
  if (st != ATTACHE_OK) {
    attache_result_free(r);
    return st;
  }
  *out = r;
  return ATTACHE_OK;
}

static const char *const EXPORTED[] = {"uid", "author", "made_at", "note", "op", "kind", "target", "other",
                                       "field", "old_value", "new_value", "undone"};
enum { NEXPORTED = sizeof EXPORTED / sizeof *EXPORTED };

attache_status attache_store_corrections_export(attache_store *s, FILE *out, attache_error *err) {
  bool ok = true;
  json_t *rows = select_rows(s,
                             "SELECT uid, author, made_at, note, op, kind, target, other, field, old_value, new_value,"
                             " undone FROM corrections ORDER BY id",
                             NULL, &ok);
  if (!ok) {
    json_decref(rows);
    return at_error_set(err, ATTACHE_ERR_STORE, "cannot read the changes: %s", at_store_errmsg(s));
  }
  size_t i;
  json_t *row;
  json_array_foreach(rows, i, row) {
    /* the identities and values are JSON themselves: written as JSON, not as strings */
    static const char *const nested[] = {"target", "other", "old_value", "new_value"};
    for (size_t j = 0; j < sizeof nested / sizeof *nested; j++) {
      json_t *v = load_json(json_string_value(json_object_get(row, nested[j])));
      json_object_set_new(row, nested[j], v ? v : json_null());
    }
    json_object_set_new(row, "undone", json_boolean(json_integer_value(json_object_get(row, "undone"))));
    char *line = json_dumps(row, JSON_COMPACT | JSON_PRESERVE_ORDER);
    if (!line) at_oom();
    fputs(line, out);
    fputc('\n', out);
    free(line);
  }
  json_decref(rows);
  return ATTACHE_OK;
}

attache_status attache_store_corrections_import(attache_store *s, const char *path, size_t *added, attache_error *err) {
  if (!s || !path) return at_error_set(err, ATTACHE_ERR_ARG, "null argument");
  if (added) *added = 0;
  FILE *f = fopen(path, "rb");
  if (!f) return at_error_set(err, ATTACHE_ERR_IO, "%s: cannot open", path);
  if (!at_store_exec(s, "BEGIN IMMEDIATE")) {
    fclose(f);
    return at_error_set(err, ATTACHE_ERR_STORE, "cannot write the database: %s", at_store_errmsg(s));
  }
  attache_status st = at_corrections_revert(s) ? ATTACHE_OK
                                               : at_error_set(err, ATTACHE_ERR_STORE, "%s", at_store_errmsg(s));
  char *line = NULL;
  size_t cap = 0;
  long lineno = 0;
  ssize_t len;
  while (st == ATTACHE_OK && (len = getline(&line, &cap, f)) >= 0) {
    lineno++;
    if (len == 0 || strspn(line, " \t\r\n") == (size_t)len) continue;
    json_error_t jerr;
    json_t *obj = json_loadb(line, (size_t)len, JSON_REJECT_DUPLICATES, &jerr);
    static const char *const required[] = {"uid", "author", "made_at", "op", "kind", "target"};
    const char *bad = !obj || !json_is_object(obj) ? "not a JSON object" : NULL;
    for (size_t i = 0; !bad && i < sizeof required / sizeof *required; i++) {
      json_t *v = json_object_get(obj, required[i]);
      if (!v || (strcmp(required[i], "target") ? !json_is_string(v) : !json_is_object(v))) bad = required[i];
    }
    if (!bad) {
      const char *op = json_string_value(json_object_get(obj, "op"));
      static const char *const ops[] = {"edit",  "reject", "add",    "merge",   "split",
                                        "alias", "undo",   "delete", "accept", "distinct"};
      bool known = false;
      for (size_t i = 0; i < sizeof ops / sizeof *ops; i++) known |= !strcmp(ops[i], op);
      if (!known) bad = "op";
    }
    if (bad) {
      st = at_error_set(err, ATTACHE_ERR_JSON, "%s%s", !obj || !json_is_object(obj) ? "" : "bad or missing ", bad);
      if (err) err->file = path, err->line = (size_t)lineno; /* the file read and its line */
      json_decref(obj);
      break;
    }
    /* a change known already: undone if the file says so (undone only grows) */
    at_stmt *ins = at_stmt_prepare(s, "INSERT INTO corrections(uid, author, made_at, note, op, kind, target, other, field,"
                                      " old_value, new_value, undone) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11,"
                                      " coalesce(?12, 0)) ON CONFLICT(uid) DO UPDATE SET undone = 1 WHERE excluded.undone = 1");
    if (!ins) {
      st = at_error_set(err, ATTACHE_ERR_STORE, "%s", at_store_errmsg(s));
      json_decref(obj);
      break;
    }
    for (int i = 0; i < NEXPORTED; i++) {
      json_t *v = json_object_get(obj, EXPORTED[i]);
      if (!v || json_is_null(v)) {
        at_bind_null(ins, i + 1);
        continue;
      }
      bool nested = !strcmp(EXPORTED[i], "target") || !strcmp(EXPORTED[i], "other") ||
                    !strcmp(EXPORTED[i], "old_value") || !strcmp(EXPORTED[i], "new_value");
      if (!strcmp(EXPORTED[i], "undone")) at_bind_int(ins, i + 1, json_is_true(v));
      else if (!nested && json_is_string(v)) at_bind_text(ins, i + 1, json_string_value(v), -1);
      else {
        char *text = json_dumps(v, JSON_COMPACT | JSON_SORT_KEYS | JSON_ENCODE_ANY);
        if (!text) at_oom();
        at_bind_text(ins, i + 1, text, -1);
        free(text);
      }
    }
    /* (a change's undone flag comes with it: an undo needs no more) */
    bool known = true;
    json_t *rows = select_rows(s, "SELECT 1 AS here FROM corrections WHERE uid = ?1",
                               args_text(json_string_value(json_object_get(obj, "uid"))), &known);
    bool fresh = json_array_size(rows) == 0;
    json_decref(rows);
    int rc = at_step(ins);
    at_stmt_finalize(ins);
    if (rc != AT_DONE) {
      st = at_error_set(err, ATTACHE_ERR_STORE, "%s", at_store_errmsg(s));
      if (err) err->file = path, err->line = (size_t)lineno;
    }
    else if (added && fresh) (*added)++;
    json_decref(obj);
  }
  free(line);
  if (st == ATTACHE_OK && ferror(f)) st = at_error_set(err, ATTACHE_ERR_IO, "%s: cannot read", path);
  fclose(f);
  if (st == ATTACHE_OK && !at_corrections_apply(s)) st = at_error_set(err, ATTACHE_ERR_STORE, "%s", at_store_errmsg(s));
  if (st == ATTACHE_OK && !at_store_exec(s, "COMMIT"))
    st = at_error_set(err, ATTACHE_ERR_STORE, "cannot write the database: %s", at_store_errmsg(s));
  if (st != ATTACHE_OK) at_store_exec(s, "ROLLBACK");
  return st;
}
