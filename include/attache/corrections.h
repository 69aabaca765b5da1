/* SPDX-License-Identifier: MIT */
/*
 * corrections.h - analysts' changes to the knowledge base, kept as their own
 * layer over what the machine read: edit a field, reject a record, add one by
 * hand, merge two events or two people (and split them again), say that two
 * are not one (distinct), accept a record as it is (reviewed), aliases for
 * people, places and organizations, delete a source; every change records
 * who, when and why, and can be undone.
 *
 * A change names its record by the record's stable identity (its source,
 * sentence and type, a person's name), never by a row id, so it applies
 * again when a document is ingested again, changed, or into a new database
 * (after attache_store_corrections_import). A change whose record is no
 * longer there is "orphaned": listed in the history, never dropped.
 *
 *   attache_correction c = {.op = "edit", .kind = "event", .id = "42",
 *                           .fields = (const char *[]){"date"},
 *                           .values = (const char *[]){"2013-06-02"}, .nfields = 1,
 *                           .author = "lan", .note = "the 2024 date is the republication's"};
 *   attache_store_correct(db, &c, &change, &err);
 */
#ifndef ATTACHE_CORRECTIONS_H
#define ATTACHE_CORRECTIONS_H

#include <attache/store.h>

#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/*
 * One change. `op` is edit, reject, accept, add, merge, distinct, split,
 * alias, undo or delete. accept changes nothing but marks the record reviewed
 * (it leaves attache review's queue); distinct (events or people: `id` and
 * one of `others`) says two records are not one (the pair leaves the likely
 * duplicates).
 * `kind`: event, agreement, figure, relation, participant or person (alias:
 * person, place or organization; delete: source). `id` is the record as
 * queries show it: a number, "EVENT:PERSON" for a participant, a document id
 * for a source, a place's name or an organization's code for an alias, the
 * change number for undo. Every string is borrowed.
 */
typedef struct attache_correction {
  const char *op;
  const char *kind;
  const char *id;
  const char *const *others; /* merge: the records merged into `id`; distinct: the other record */
  size_t nothers;
  const char *const *fields; /* edit, add: FIELD=VALUE pairs ("" clears a field) */
  const char *const *values;
  size_t nfields;
  const char *source; /* add: the document and sentence (its index) the record is read from */
  long sentence;
  const char *name; /* alias: the other name */
  const char *author;
  const char *note; /* why (may be NULL) */
} attache_correction;

/*
 * Records the change and applies it, in one transaction. `*change` (may be
 * NULL) receives the number of the (first) change recorded. A bad kind, id,
 * field or value is ATTACHE_ERR_ARG, a record that does not exist
 * ATTACHE_ERR_NOT_FOUND, each with a message naming it; nothing is changed.
 */
ATTACHE_API attache_status attache_store_correct(attache_store *store, const attache_correction *c, long *change,
                                                 attache_error *err);

/*
 * The record that change `change` was resolved to when last applied, as
 * queries show it ("42", "42:7" for a participant): for an add, the record
 * added. `out` (`cap` bytes) receives "" when it names none (an undo, a
 * change whose record is gone). ATTACHE_ERR_NOT_FOUND: no such change.
 */
ATTACHE_API attache_status attache_store_change_record(attache_store *store, long change, char *out, size_t cap,
                                                       attache_error *err);

/*
 * The changes, newest last: all of them (kind NULL), those of one record
 * (kind and id as in attache_correction; a person's include the changes of
 * their participations; kind "partner" and a code: those of the relations,
 * agreements and figures of that partner), or only the orphaned ones. One
 * table "history".
 */
ATTACHE_API attache_status attache_store_history(attache_store *store, const char *kind, const char *id,
                                                 int orphaned_only, attache_result **out, attache_error *err);

/* Writes every change as one JSON object per line (JSON Lines). */
ATTACHE_API attache_status attache_store_corrections_export(attache_store *store, FILE *out, attache_error *err);

/*
 * Reads changes written by attache_store_corrections_export from `path` and
 * applies them; a change already present (same uid) is skipped, so importing
 * a file twice is harmless. A bad line is an error naming the file and line,
 * and nothing of the file is imported. `*added` receives how many were new.
 */
ATTACHE_API attache_status attache_store_corrections_import(attache_store *store, const char *path, size_t *added,
                                                            attache_error *err);

/* ---- the write API's tokens (tokens.c) ----------------------------------- */

/*
 * Makes a token for `name` (1 to 64 letters, digits and . _ - @) and writes
 * it, 64 hex digits and a NUL, to `token`: it is shown once, and only its
 * SHA-256 is stored. A name with a live token is refused (revoke it first).
 */
ATTACHE_API attache_status attache_store_token_create(attache_store *store, const char *name, char token[65],
                                                      attache_error *err);
/* Revokes the live token of `name` (ATTACHE_ERR_NOT_FOUND when none). */
ATTACHE_API attache_status attache_store_token_revoke(attache_store *store, const char *name, attache_error *err);
/* 1 when `token` is live, with its name written to `name` (cap bytes), else 0. */
ATTACHE_API int attache_store_token_check(attache_store *store, const char *token, char *name, size_t cap);

#ifdef __cplusplus
}
#endif
#endif
