/* SPDX-License-Identifier: MIT */
/*
 * store.h - the knowledge base: an SQLite database of documents, the
 * sentences they were read from, and the events, people, agreements, figures
 * and relations extracted from them, merged across articles.
 *
 *   attache_store *db;
 *   attache_store_open("attache.db", 0, &db, &err);
 *   attache_store_ingest(db, lex, &input, NULL, &outcome, &records, &err);
 *   attache_query q = {.kind = ATTACHE_QUERY_EVENTS, .partner = "FR"};
 *   attache_store_query(db, &q, &result, &err);
 *   attache_result_free(result);
 *   attache_store_close(db);
 *
 * One store handle is used by one thread at a time; open one per thread.
 */
#ifndef ATTACHE_STORE_H
#define ATTACHE_STORE_H

#include <attache/attache.h>
#include <attache/extract.h>
#include <attache/lexicon.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct attache_store attache_store;

enum {
  ATTACHE_STORE_READONLY = 1u << 0 /* open an existing database for queries only */
};

/* The schema version this library reads and writes (PRAGMA user_version). */
#define ATTACHE_STORE_SCHEMA_VERSION 23

/*
 * Opens (and, unless read-only, creates or migrates) the database at `path`.
 * A file that is not an attache database, or one written by a newer attache,
 * is refused with ATTACHE_ERR_DATA and a message saying which. Free with
 * attache_store_close (NULL is a no-op).
 */
ATTACHE_API attache_status attache_store_open(const char *path, unsigned flags, attache_store **out,
                                              attache_error *err);
ATTACHE_API void attache_store_close(attache_store *store);

typedef enum attache_ingest_outcome {
  ATTACHE_INGEST_NEW = 0,      /* a document not seen before */
  ATTACHE_INGEST_UPDATED = 1,  /* same id, new content: its old records were replaced */
  ATTACHE_INGEST_UNCHANGED = 2 /* same id and content: nothing done */
} attache_ingest_outcome;

/*
 * Extracts `input` and stores it with its records in one transaction: on any
 * error nothing of this document is stored and the database is as it was.
 * Errors of the document are its own statuses; a failure of the database is
 * ATTACHE_ERR_STORE (see attache_store_cannot_write). Several processes may
 * ingest into one database at once: a writer waits for the others.
 * `*records` (if not NULL) receives the number of records added. `options`
 * may be NULL.
 */
ATTACHE_API attache_status attache_store_ingest(attache_store *store, const attache_lexicon *lex,
                                                const attache_doc_input *input,
                                                const attache_extract_options *options,
                                                attache_ingest_outcome *outcome, size_t *records,
                                                attache_error *err);

/*
 * attache_store_ingest in two steps, so that extracting may run in another
 * thread than storing (attache ingest reads and extracts ahead of the
 * store): attache_store_prepare looks whether `store` (which may be opened
 * read-only: another connection to the same database, used by that thread
 * alone) holds `input` unchanged and, unless it does, extracts it;
 * attache_store_put then stores it as attache_store_ingest does (the same
 * rows, outcome and errors), given the same input and options (it looks
 * again whether the document is stored, and extracts it there when what
 * the other connection saw has changed). Free with attache_prepared_free
 * (NULL is a no-op).
 */
typedef struct attache_prepared attache_prepared;
ATTACHE_API attache_status attache_store_prepare(attache_store *store, const attache_lexicon *lex,
                                                 const attache_doc_input *input,
                                                 const attache_extract_options *options, attache_prepared **out,
                                                 attache_error *err);
ATTACHE_API attache_status attache_store_put(attache_store *store, const attache_lexicon *lex,
                                             const attache_doc_input *input, const attache_extract_options *options,
                                             attache_prepared *prepared, attache_ingest_outcome *outcome,
                                             size_t *records, attache_error *err);
ATTACHE_API void attache_prepared_free(attache_prepared *prepared);

/*
 * Stores a document from its result, one JSON object that `attache extract
 * --with-text` wrote (attache_extract_options.with_text), as
 * attache_store_ingest stores it from the input: the same rows, the same
 * outcome, one transaction, so that documents may be extracted on other
 * machines and stored here. A result without the text, or one that does not
 * hold together, is ATTACHE_ERR_JSON with a message naming the field.
 */
ATTACHE_API attache_status attache_store_ingest_result(attache_store *store, const attache_lexicon *lex,
                                                       const char *json, size_t len, attache_ingest_outcome *outcome,
                                                       size_t *records, attache_error *err);

/*
 * After attache_store_ingest failed with ATTACHE_ERR_STORE (the database,
 * not the document, failed): non-zero when the database can take no more
 * documents for now (disk full, read-only, I/O error, corrupt), so the next
 * ones would fail alike; zero when only this document failed (the database
 * stayed locked by another writer past the wait, a constraint refused it) and
 * the next ones may be stored.
 */
ATTACHE_API int attache_store_cannot_write(const attache_store *store);

/*
 * Batches, for ingesting many documents: with `on`, attache_store_ingest and
 * attache_store_ingest_result add each document to one open write
 * transaction until attache_store_commit. The first document that fails
 * rolls its batch back (see attache_store_pending); from then on, each
 * document has a savepoint, so that one that fails is undone alone (a
 * savepoint costs SQLite a copy of every page the document changes, so
 * batches go without until one is needed). Committing every hundred
 * documents instead of each one writes the pages they share once. A crash
 * loses the uncommitted batch, never half a document; other writers wait
 * while a batch is open, so commit often (attache ingest does, by count and
 * by time).
 *
 * attache_store_pending tells how many documents the open batch holds: 0
 * after a commit, and also after the whole batch was rolled back (a failed
 * commit, a disk found full, its first document that failed): then none of
 * them is stored, and the caller must say so or ingest them again. Turning batches off commits the
 * open batch; so does attache_store_close.
 */
ATTACHE_API attache_status attache_store_batch(attache_store *store, int on, attache_error *err);
ATTACHE_API attache_status attache_store_commit(attache_store *store, attache_error *err);
ATTACHE_API size_t attache_store_pending(const attache_store *store);

/* ---- queries ----------------------------------------------------------- */

typedef enum attache_query_kind {
  ATTACHE_QUERY_EVENTS = 0,
  ATTACHE_QUERY_PARTNERS = 1,
  ATTACHE_QUERY_PARTNER = 2, /* arg: ISO code */
  ATTACHE_QUERY_PEOPLE = 3,
  ATTACHE_QUERY_PERSON = 4, /* arg: a name (tone- and case-insensitive) */
  ATTACHE_QUERY_AGREEMENTS = 5,
  ATTACHE_QUERY_FIGURES = 6,
  ATTACHE_QUERY_SEARCH = 7, /* arg: words to find in sentences */
  ATTACHE_QUERY_STATS = 8,
  ATTACHE_QUERY_EVENT = 9,      /* arg: event id */
  ATTACHE_QUERY_PERSON_ID = 10, /* arg: person id */
  ATTACHE_QUERY_SOURCE = 11,    /* arg: source (document) id */
  ATTACHE_QUERY_COUNTRIES = 12,
  ATTACHE_QUERY_REVIEW = 13, /* records by rising confidence, likely duplicate events and people */
  ATTACHE_QUERY_MECHANISMS = 14, /* each mechanism: events, partners, first and last */
  ATTACHE_QUERY_NETWORK = 15     /* arg: "partners" or "people": nodes and edges (the strongest `limit`) */
} attache_query_kind;

/* A query; every string is borrowed, NULL means "no filter". */
typedef struct attache_query {
  attache_query_kind kind;
  const char *arg;
  const char *partner;   /* ISO code */
  const char *type;      /* event type */
  const char *since;     /* YYYY[-MM[-DD]] */
  const char *until;     /* YYYY[-MM[-DD]] */
  const char *person;    /* name */
  const char *mechanism; /* mechanism code */
  const char *area;      /* area code */
  const char *metric;    /* figure metric */
  const char *lang;      /* search: sentences of documents in this language (vi, en) */
  const char *outlet;    /* search: sentences of documents of this outlet (its host name) */
  const char *list;      /* partner: only this list of the profile (events, agreements, people, figures);
                            person-id: of offices, events, met */
  long limit;            /* 0: no limit (a partner's or person's profile: rows of each of its lists) */
  long offset;           /* rows to skip (pagination) */
  long long after;       /* events lists: the page after this event, in the list's order (keyset
                            paging: as fast at the millionth row as at the first; offset is
                            then not used); 0: from the start */
  int raw;               /* what the machine read, without analysts' changes (a store opened for writing) */
} attache_query;

/* A result: one or more named tables of text cells (NULL for SQL NULL). */
typedef struct attache_result attache_result;

ATTACHE_API attache_status attache_store_query(attache_store *store, const attache_query *query,
                                               attache_result **out, attache_error *err);
ATTACHE_API size_t attache_result_tables(const attache_result *result);
ATTACHE_API const char *attache_result_table_name(const attache_result *result, size_t table);
ATTACHE_API size_t attache_result_columns(const attache_result *result, size_t table);
ATTACHE_API const char *attache_result_column(const attache_result *result, size_t table, size_t column);
ATTACHE_API size_t attache_result_rows(const attache_result *result, size_t table);
ATTACHE_API const char *attache_result_cell(const attache_result *result, size_t table, size_t row, size_t column);
/* The whole result as one JSON object {"table": [ {column: value, ...}, ... ], ...}
 * (owned by the result). */
ATTACHE_API const char *attache_result_json(attache_result *result);
/* One row of a table as a JSON object {column: value, ...}, typed as in
 * attache_result_json; owned by the result and valid until the next call
 * (NULL when there is no such row). For writing large tables row by row. */
ATTACHE_API const char *attache_result_row_json(attache_result *result, size_t table, size_t row);
ATTACHE_API void attache_result_free(attache_result *result);

/* Whether `s` is a date a query filter accepts: YYYY, YYYY-MM or YYYY-MM-DD
 * naming a month or a day of the calendar (2019-02-31 is not one): 1, else 0. */
ATTACHE_API int attache_query_date_valid(const char *s);

/* Whether `type` is an event type a query filter accepts (reception, talks,
 * call, visit, dialogue, multilateral, signing, port_call, exercise,
 * exchange, meeting): 1, else 0. */
ATTACHE_API int attache_query_event_type_valid(const char *type);

/*
 * One table of an export (`attache export`, /api/export), under the filters
 * of `query` (its kind, arg, limit and offset are not used): the type, mechanism,
 * area and person filters and the partner and dates choose events, and the
 * tables of events follow them (events, event_countries, event_organizations,
 * event_areas, event_sources, event_participants, people, offices); partner,
 * since and until also choose agreements (agreement_parties, agreement_areas)
 * and relations; metric, since and until choose figures; sources are those the
 * other tables cite (all of them with no filter). docs/data-dictionary.md
 * describes every column. Also the views the program's codings are made of:
 * coded_events, coded_actors, network_nodes, network_edges, people_nodes,
 * people_edges. An unknown table is ATTACHE_ERR_ARG.
 */
ATTACHE_API attache_status attache_store_export(attache_store *store, const char *table, const attache_query *query,
                                                attache_result **out, attache_error *err);

/*
 * The one check of a query filter's value, shared by the CLI (--partner ...)
 * and the API (partner=...): NULL when `value` has the form filter `name`
 * takes (partner, type, since, until, mechanism, area, metric), else a
 * phrase naming the values it takes ("a country code: two capital letters
 * such as FR, JP or US"). An unknown name gives "no such filter".
 * Whether a well-formed partner or mechanism is one the knowledge base knows
 * is checked by attache_store_query (ATTACHE_ERR_ARG naming the known ones).
 */
ATTACHE_API const char *attache_query_filter_problem(const char *name, const char *value);

/* Parses a query kind's name ("events", "partner", ...); -1 when unknown. */
ATTACHE_API int attache_query_kind_from_name(const char *name);

#ifdef __cplusplus
}
#endif
#endif
