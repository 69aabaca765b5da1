/* SPDX-License-Identifier: MIT */
/*
 * store_db.c - statements on either database: SQLite's own calls, or
 * store_pg.c's for PostgreSQL. store.c and query.c run every statement
 * through these, so that neither knows which database it talks to; this is
 * the one place that asks.
 */
#include "pipeline.h"
#include "store_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static at_stmt *wrap(attache_store *s, sqlite3_stmt *lite) {
  at_stmt *st = calloc(1, sizeof *st);
  if (!st) at_oom();
  st->lite = lite;
  st->store = s;
  return st;
}

at_stmt *at_store_stmt(attache_store *s, int slot, const char *sql) {
  at_stmt *st = s->stmts[slot];
  if (!st) {
    if (s->pg) {
      st = at_pg_prepare(s, slot, sql);
    } else {
      sqlite3_stmt *lite;
      if (sqlite3_prepare_v3(s->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &lite, NULL) != SQLITE_OK) return NULL;
      st = wrap(s, lite);
    }
    if (!st) return NULL;
    s->stmts[slot] = st;
  }
  at_stmt_reset(st);
  return st;
}

at_stmt *at_stmt_prepare(attache_store *s, const char *sql) {
  if (s->pg) return at_pg_prepare(s, -1, sql);
  sqlite3_stmt *lite;
  if (sqlite3_prepare_v2(s->db, sql, -1, &lite, NULL) != SQLITE_OK) return NULL;
  return wrap(s, lite);
}

at_stmt *at_stmt_prepare_insert(attache_store *s, const char *sql) {
  return s->pg ? at_pg_prepare_insert(s, sql) : at_stmt_prepare(s, sql);
}

void at_stmt_finalize(at_stmt *st) {
  if (!st) return;
  if (st->lite) sqlite3_finalize(st->lite);
  else at_pg_finalize(st);
  free(st);
}

void at_stmt_reset(at_stmt *st) {
  if (st->lite) {
    sqlite3_reset(st->lite);
    sqlite3_clear_bindings(st->lite);
  } else {
    at_pg_reset(st);
  }
}

void at_bind_int(at_stmt *st, int i, long long v) {
  if (st->lite) {
    sqlite3_bind_int64(st->lite, i, v);
    return;
  }
  char text[24];
  snprintf(text, sizeof text, "%lld", v);
  at_pg_bind(st, i, text);
}

void at_bind_real(at_stmt *st, int i, double v) {
  if (st->lite) {
    sqlite3_bind_double(st->lite, i, v);
    return;
  }
  char text[32];
  snprintf(text, sizeof text, "%.17g", v); /* reads back as the same double */
  at_pg_bind(st, i, text);
}

void at_bind_text(at_stmt *st, int i, const char *v, int len) {
  if (st->lite) {
    sqlite3_bind_text(st->lite, i, v, len, SQLITE_TRANSIENT);
    return;
  }
  char *copy = len < 0 ? strdup(v) : strndup(v, (size_t)len);
  if (!copy) at_oom();
  at_pg_bind(st, i, copy);
  free(copy);
}

void at_bind_text_kept(at_stmt *st, int i, const char *v, int len) {
  if (st->lite) sqlite3_bind_text(st->lite, i, v, len, SQLITE_STATIC);
  else at_bind_text(st, i, v, len);
}

void at_bind_null(at_stmt *st, int i) {
  if (st->lite) sqlite3_bind_null(st->lite, i);
  else at_pg_bind(st, i, NULL);
}

int at_step(at_stmt *st) { return st->lite ? sqlite3_step(st->lite) : at_pg_step(st); }

int at_column_count(at_stmt *st) { return st->lite ? sqlite3_column_count(st->lite) : at_pg_column_count(st); }

const char *at_column_name(at_stmt *st, int c) {
  return st->lite ? sqlite3_column_name(st->lite, c) : at_pg_column_name(st, c);
}

at_column_kind at_column_kind_of(at_stmt *st, int c) {
  if (!st->lite) return at_pg_column_kind(st, c);
  switch (sqlite3_column_type(st->lite, c)) {
  case SQLITE_NULL: return AT_COL_NULL;
  case SQLITE_INTEGER: return AT_COL_INT;
  case SQLITE_FLOAT: return AT_COL_REAL;
  default: return AT_COL_TEXT;
  }
}

long long at_column_int(at_stmt *st, int c) {
  if (st->lite) return sqlite3_column_int64(st->lite, c);
  const char *v = at_pg_column_text(st, c);
  return v ? strtoll(v, NULL, 10) : 0;
}

double at_column_real(at_stmt *st, int c) {
  if (st->lite) return sqlite3_column_double(st->lite, c);
  const char *v = at_pg_column_text(st, c);
  return v ? strtod(v, NULL) : 0;
}

const char *at_column_text(at_stmt *st, int c) {
  return st->lite ? (const char *)sqlite3_column_text(st->lite, c) : at_pg_column_text(st, c);
}

bool at_store_exec(attache_store *s, const char *sql) {
  return s->pg ? at_pg_exec(s, sql) : sqlite3_exec(s->db, sql, NULL, NULL, NULL) == SQLITE_OK;
}

bool at_store_in_transaction(attache_store *s) {
  return s->pg ? at_pg_in_transaction(s) : !sqlite3_get_autocommit(s->db);
}

long long at_store_inserted_id(attache_store *s) {
  return s->pg ? at_pg_inserted_id(s) : sqlite3_last_insert_rowid(s->db);
}

long long at_store_changes(attache_store *s) { return s->pg ? at_pg_changes(s) : sqlite3_changes64(s->db); }

const char *at_store_errmsg(attache_store *s) { return s->pg ? at_pg_errmsg(s) : sqlite3_errmsg(s->db); }

bool at_store_cannot_write(attache_store *s) {
  if (s->pg) return at_pg_cannot_write(s);
  switch (sqlite3_extended_errcode(s->db) & 0xff) {
  case SQLITE_FULL: case SQLITE_IOERR: case SQLITE_READONLY: case SQLITE_CORRUPT: case SQLITE_NOTADB:
  case SQLITE_CANTOPEN: case SQLITE_NOMEM: case SQLITE_PERM: return true;
  default: return false;
  }
}
