/* SPDX-License-Identifier: MIT */
/*
 * store_internal.h - what store.c (ingest) and query.c (queries) share: the
 * store handle and its statement cache.
 */
#ifndef ATTACHE_STORE_INTERNAL_H
#define ATTACHE_STORE_INTERNAL_H

#include <attache/store.h>

#include <sqlite3.h>
#include <stdbool.h>

struct attache_store {
  sqlite3 *db;
  bool readonly;
  bool countries_done;
  bool cannot_write; /* the last ingest failed because the database cannot take writes */
  bool batches;      /* attache_store_batch: documents share a transaction until attache_store_commit */
  bool in_batch;     /* that transaction is open */
  size_t pending;    /* documents written in it */
  bool batch_countries_done; /* countries_done when it began (its rollback undoes what came after) */
  sqlite3_stmt *stmts[32];
};

sqlite3_stmt *at_store_stmt(attache_store *s, int slot, const char *sql);
void at_store_set_error(attache_store *s, attache_error *err, attache_status st, const char *what);

/* query.c: runs `sql` (no parameters) and adds its rows to `r` as table `name`. */
attache_status at_query_table(attache_store *s, attache_result *r, const char *name, const char *sql,
                              attache_error *err);
/* review.c: the review queue and likely duplicates (ATTACHE_QUERY_REVIEW). */
attache_status at_query_review(attache_store *s, attache_result *r, const attache_query *q, attache_error *err);

/* Analysts' changes (corrections.c): take back every effect of every change,
 * leaving the machine's records alone; apply every active change again. Both
 * run inside the caller's write transaction; false when the database failed. */
bool at_corrections_revert(attache_store *s);
bool at_corrections_apply(attache_store *s);

/* Results built outside query.c: a new empty result, and a table added to it
 * from `sql` with `values` bound as text (?1, ?2, ...). */
attache_result *at_result_new(void);
attache_status at_result_add_table(attache_store *s, attache_result *r, const char *name, const char *sql,
                                   const char *const *values, int nvalues, attache_error *err);

/* A person's key across articles (store.c). */
struct at_arena;
char *at_store_person_key(struct at_arena *arena, const char *name);

#endif
