/* SPDX-License-Identifier: MIT */
/*
 * store_internal.h - what store.c (ingest) and query.c (queries) share: the
 * store handle, its statement cache, and the statements they run, which
 * work alike on SQLite and on PostgreSQL (store_pg.c): prepare, bind, step,
 * read columns. The SQL is SQLite's, written where it is used; PostgreSQL's
 * text of a statement whose SQL differs is in store_pg.c, by the same name.
 */
#ifndef ATTACHE_STORE_INTERNAL_H
#define ATTACHE_STORE_INTERNAL_H

#include <attache/store.h>

#include <sqlite3.h>
#include <stdbool.h>
#include <stdio.h>

typedef struct at_pg at_pg; /* a PostgreSQL connection (store_pg.c) */

struct attache_store {
  sqlite3 *db; /* SQLite, or NULL */
  at_pg *pg;   /* PostgreSQL, or NULL */
  bool readonly;
  bool countries_done;
  bool cannot_write; /* the last ingest failed because the database cannot take writes */
  bool batches;      /* attache_store_batch: documents share a transaction until attache_store_commit */
  bool in_batch;     /* that transaction is open */
  size_t pending;    /* documents written in it */
  bool batch_countries_done; /* countries_done when it began (its rollback undoes what came after) */
  bool triggers_off; /* SQLite: an ingest is writing a document's rows with the triggers off (store.c) */
  bool undo_alone;   /* batches: each document has a savepoint (once one failed; store_in_batch) */
  double people_summarized_at; /* SQLite batches: when person_pending was last summarized (monotonic s; 0: not yet) */
  long long index_pages[2]; /* SQLite batches: each search index's pages when they began (merge_search_indexes) */
  long long people_from;    /* SQLite: the first id of the people an ingest transaction adds (defer_index) */
  const struct event_names *batch_names; /* SQLite: while an ingest's batch end summarizes its events, the names */
  size_t nbatch_names;                   /* of their people, by event id (store.c's name_touched_events) */
  struct at_stmt *stmts[58];
  FILE *plans; /* SQLite: when set (bench_queries), each query's plan is written there before it runs */
  /* SQLite: the statements queries ran last, kept prepared by their text
   * (query.c): a server's handle asks the same few questions again and
   * again, and preparing one took a sixth of an events list's time. Room for
   * those of a partner's profile (13), a person's page (7) and the lists
   * and searches beside them: with 16, taken in turn, a handle that served
   * both profiles prepared every statement of each again (bench_queries
   * cold:mixed 0.62 ms a page, against 0.33 and 0.40 for each alone). */
  struct kept_query {
    char *sql;
    size_t len;
    unsigned long long hash; /* of the text: compared before it (the texts share long beginnings) */
    unsigned long used;      /* when last asked (kept_clock): the one asked least recently gives way */
    struct at_stmt *st;
  } kept[64];
  unsigned long kept_clock;
};

/* The cached statements of an ingest (store.c), by name: store_pg.c gives
 * PostgreSQL's text of those whose SQL differs. */
enum {
  SQL_SOURCE_HASH, SQL_SOURCE_DELETE, SQL_SOURCE_INSERT, SQL_SENTENCE_INSERT, SQL_COUNTRY_INSERT,
  SQL_PERSON_FIND, SQL_PERSON_INSERT, SQL_EVENT_CANDIDATES, SQL_EVENT_COUNTRIES, SQL_EVENT_PERSON,
  SQL_EVENT_INSERT, SQL_EVENT_SOURCE, SQL_EVENT_COUNTRY, SQL_EVENT_ORG, SQL_EVENT_AREA, SQL_PARTICIPANT,
  SQL_AGREEMENT, SQL_AGREEMENT_PARTY, SQL_AGREEMENT_AREA, SQL_FIGURE, SQL_RELATION, SQL_SOURCE_EVENTS,
  SQL_EVENT_ORPHAN_DELETE, SQL_EVENT_FILL, SQL_ORG_INSERT, SQL_ORG_INSERT_CODE, SQL_PERSON_RENAME,
  SQL_INDEX_DEFER, SQL_INDEX_FIRST, SQL_INDEX_DEFERRED, SQL_INDEX_UNDEFER, SQL_SAVEPOINT, SQL_RELEASE,
  SQL_EVENT_TOUCHED, SQL_PERSON_EVENTS_TOUCHED, SQL_FIGURE_PARTNERS_SUBJECT, SQL_FIGURE_PARTNERS_EVENTS,
  SQL_PERSON_KEY_INDEX, SQL_PARTNER_PEOPLE_RAISE, SQL_TOUCHED_FORGET, SQL_EVENT_ANYONE, SQL_PEOPLE_DEFER,
  SQL_BATCH_SOURCE, SQL_PARTNER_YEARS_NEW, SQL_PARTNER_YEARS_ADD,
  SQL_PARTNER_PEOPLE_NEW, SQL_PARTNER_PEOPLE_ADD, SQL_PARTNER_PEOPLE_TOPS,
  SQL_EVENT_NAMES, SQL_PEOPLE_NEW, SQL_PEOPLE_PENDING, SQL_PEOPLE_NEW_IDS, SQL_PEOPLE_PENDING_IDS, SQL_PERSON_MET_ADD,
  SQL_PERSON_SUMMARY_ADD, SQL_PERSON_PENDING_ADD, SQL_COUNT
};

/* The events of a partner's timeline, rows of event_partner_order (each
 * column's name after `o`, "" or "o."): its visits and signings placed in
 * time. The condition of the partial index event_partner_order_timeline
 * (schema step 12 -> 13), which the timeline's query repeats word for word
 * so that both databases read its page on that index. */
#define AT_TIMELINE_EVENTS(o) o "type IN ('visit', 'signing') AND " o "placed IS NOT NULL AND " o "placed NOT LIKE 'X%'"
/* The same events as rows of partner_events (`p` as `o` above): the
 * condition of its partial index partner_events_timeline (schema step 19 ->
 * 20), repeated word for word by the timeline's query. */
#define AT_PARTNER_TIMELINE_EVENTS(p)                                                                             \
  p "undated = 0 AND " p "type IN ('visit', 'signing') AND " p "placed NOT LIKE 'X%'"

/* An event's summary (event_summary, schema step 7 -> 8, kept by triggers on
 * both databases): what an events list shows of it beyond its own row. Its
 * states, Vietnam first; the names of its people; how many reports tell it,
 * the surest one's confidence and the first one's publication date; the
 * sentence of its first report. AT_SUMMARY_OF_EVENTS is followed by a
 * condition on events e. */
#define AT_SUMMARY_COLUMNS "event_id, countries, participants, sources, confidence, reported, evidence_id"
#define AT_SUMMARY_STATES                                                                                         \
  "SELECT e.id,"                                                                                                  \
  " (SELECT group_concat(country, ' ') FROM (SELECT country FROM event_countries WHERE event_id = e.id"           \
  "   ORDER BY country <> 'VN', country) AS c),"
#define AT_SUMMARY_PEOPLE                                                                                         \
  " (SELECT group_concat(name, '; ') FROM (SELECT DISTINCT pe.name FROM participants p"                          \
  "   JOIN people pe ON pe.id = p.person_id WHERE p.event_id = e.id ORDER BY pe.name) AS n),"
#define AT_SUMMARY_STATES_AND_PEOPLE AT_SUMMARY_STATES AT_SUMMARY_PEOPLE
/* The same list of states without a sort an event: Vietnam, when it is one
 * of them, then the others as event_countries' key gives them (by code);
 * else all of them in that order. Sorting each event's few states in a
 * temporary b-tree cost more than the lookups (SUMMARIZE_TOUCHED, 1,958
 * events of the 3 MB bench: ~24M -> ~17M instructions). */
#define AT_SUMMARY_STATES_UNSORTED                                                                                \
  "SELECT e.id,"                                                                                                  \
  " CASE WHEN EXISTS (SELECT 1 FROM event_countries WHERE event_id = e.id AND country = 'VN')"                    \
  "   THEN 'VN' || coalesce(' ' || (SELECT group_concat(country, ' ') FROM event_countries"                       \
  "     WHERE event_id = e.id AND country <> 'VN'), '')"                                                          \
  "   ELSE (SELECT group_concat(country, ' ') FROM event_countries WHERE event_id = e.id) END,"
#define AT_SUMMARY_EVIDENCE                                                                                       \
  " (SELECT s.id FROM event_sources es JOIN sentences s ON s.id = es.sentence_id WHERE es.event_id = e.id"        \
  "   ORDER BY es.source_id LIMIT 1)"
#define AT_SUMMARY_OF_EVENTS                                                                                      \
  AT_SUMMARY_STATES_AND_PEOPLE                                                                                    \
  " (SELECT count(*) FROM event_sources WHERE event_id = e.id),"                                                  \
  " (SELECT max(confidence) FROM event_sources WHERE event_id = e.id),"                                           \
  " (SELECT min(src.published) FROM event_sources es JOIN sources src ON src.id = es.source_id"                   \
  "   WHERE es.event_id = e.id),"                                                                                 \
  AT_SUMMARY_EVIDENCE " FROM events e WHERE "
/* The same rows, the reports' count, surest confidence and first
 * publication date read in one pass over each event's reports (a join
 * grouped by event) instead of three lookups an event: an ingest's batch
 * end (store.c's SUMMARIZE_TOUCHED) summarizes every event it touched at
 * once. Followed by a condition on events e, then AT_SUMMARY_GROUPED_END.
 * The names of each event's people are those the batch listed before
 * (store.c's name_touched_events), which the connection's function
 * at_batch_names gives by event id: looked up in SQLite by a DISTINCT and
 * a sort an event (AT_SUMMARY_PEOPLE), they cost ~16,000 instructions an
 * event; read from a temporary table of the lists, ~4,000. (The triggers and PostgreSQL keep
 * AT_SUMMARY_OF_EVENTS: their text is the schema's, and they summarize an
 * event at a time.) */
#define AT_SUMMARY_GROUPED_OF_EVENTS                                                                              \
  AT_SUMMARY_STATES_UNSORTED " at_batch_names(e.id),"                                                             \
  " count(es.event_id), max(es.confidence), min(src.published)," AT_SUMMARY_EVIDENCE                             \
  " FROM events e LEFT JOIN event_sources es ON es.event_id = e.id"                                               \
  " LEFT JOIN sources src ON src.id = es.source_id WHERE "
#define AT_SUMMARY_GROUPED_END " GROUP BY e.id"

/* A partner's events as its events page shows them (partner_events, schema
 * step 18 -> 19, kept by triggers on both databases): a row per state of an
 * event but Vietnam, with the event's own columns, its summary's and its
 * evidence sentence's text, keyed (country, undated, placed, event_id):
 * `placed` is '' when the event has no place in time (undated 1), so that
 * the key's order is the page's (placed NULLS LAST, id).
 * AT_PARTNER_EVENTS_OF is followed by a condition on event_summary sm;
 * AT_PARTNER_EVENTS_SHOWN are the events' columns it copies. */
#define AT_PARTNER_EVENTS_TABLE                                                                                   \
  "country TEXT NOT NULL, undated INTEGER NOT NULL, placed TEXT NOT NULL, event_id INTEGER NOT NULL, date TEXT,"  \
  " date_end TEXT, type TEXT, mechanism TEXT, place TEXT, location_country TEXT, date_source TEXT,"              \
  " countries TEXT, participants TEXT, sources INTEGER, confidence REAL, reported TEXT, evidence TEXT,"           \
  " PRIMARY KEY(country, undated, placed, event_id)"
#define AT_PARTNER_EVENTS_SHOWN "date, date_end, type, mechanism, place, location_country, date_source, placed"
#define AT_PARTNER_EVENTS_OF                                                                                      \
  "SELECT ec.country, CASE WHEN e.placed IS NULL THEN 1 ELSE 0 END, coalesce(e.placed, ''), e.id, e.date,"       \
  " e.date_end, e.type, e.mechanism, coalesce(e.place, e.location_country), e.location_country, e.date_source," \
  " sm.countries, sm.participants, sm.sources, sm.confidence, sm.reported,"                                      \
  " (SELECT s.text FROM sentences s WHERE s.id = sm.evidence_id)"                                                \
  " FROM event_summary sm JOIN events e ON e.id = sm.event_id"                                                   \
  " JOIN event_countries ec ON ec.event_id = sm.event_id AND ec.country <> 'VN' WHERE "

/* A person's events as the first page of their events shows them
 * (person_events, schema step 21 -> 22, kept by triggers on both
 * databases): a row per row of person_event_order, with the columns of
 * partner_events but the key, (person_id, undated, dated, event_id):
 * `dated` is the event's date, '' when it has none (undated 1), so that
 * the key's order is the page's (date NULLS LAST, id).
 * AT_PERSON_EVENTS_OF is followed by a condition on event_summary sm. */
#define AT_PERSON_EVENTS_TABLE                                                                                    \
  "person_id INTEGER NOT NULL, undated INTEGER NOT NULL, dated TEXT NOT NULL, event_id INTEGER NOT NULL,"       \
  " date TEXT, date_end TEXT, type TEXT, mechanism TEXT, place TEXT, location_country TEXT, date_source TEXT,"  \
  " countries TEXT, participants TEXT, sources INTEGER, confidence REAL, reported TEXT, evidence TEXT,"           \
  " PRIMARY KEY(person_id, undated, dated, event_id)"
#define AT_PERSON_EVENTS_OF                                                                                       \
  "SELECT o.person_id, CASE WHEN e.date IS NULL THEN 1 ELSE 0 END, coalesce(e.date, ''), e.id, e.date,"          \
  " e.date_end, e.type, e.mechanism, coalesce(e.place, e.location_country), e.location_country, e.date_source," \
  " sm.countries, sm.participants, sm.sources, sm.confidence, sm.reported,"                                      \
  " (SELECT s.text FROM sentences s WHERE s.id = sm.evidence_id)"                                                \
  " FROM event_summary sm JOIN events e ON e.id = sm.event_id"                                                   \
  " JOIN person_event_order o ON o.event_id = sm.event_id WHERE "

/* A relation's evidence (relations.evidence, schema step 22 -> 23): the
 * text of its sentence, that of relation `row` or of sentence id `id`. */
#define AT_RELATION_EVIDENCE_OF(id) "(SELECT text FROM sentences WHERE id = " id ")"
#define AT_RELATION_EVIDENCE(row) AT_RELATION_EVIDENCE_OF(row ".sentence_id")

/* A person's summary (person_summary, schema step 9 -> 10, kept by triggers
 * on both databases): what their page says of them beyond their own row,
 * worked out as the page worked it out from their events before. Their
 * latest rank and office (by their events' dates, `desc` the order that
 * puts undated events last: "DESC" on SQLite, "DESC NULLS LAST" on
 * PostgreSQL; ties, such as one event told in two languages with two
 * spellings of a rank, go to the later event, then to the greater text, so
 * that both databases keep the same), how many events, first and last
 * seen (where the events are placed), how many offices (rows of
 * participants) and how many other people they met. AT_PERSON_SUMMARY_OF_PEOPLE is followed by a condition
 * on people pe and " GROUP BY pe.id". */
#define AT_PERSON_SUMMARY_COLUMNS "person_id, rank, position, events, first_seen, last_seen, offices, met"
#define AT_PERSON_SUMMARY_OF_PEOPLE(desc)                                                                         \
  AT_PERSON_SUMMARY_HEAD(desc)                                                                                    \
  " (SELECT count(DISTINCT m.person_id) FROM participants m WHERE m.event_id IN"                                  \
  "   (SELECT event_id FROM participants WHERE person_id = pe.id) AND m.person_id <> pe.id)"                      \
  AT_PERSON_SUMMARY_FROM
/* (An ingest's batch writes the same rows in C: store.c's
 * read_people_rows.) */
#define AT_PERSON_SUMMARY_HEAD(desc)                                                                              \
  "SELECT pe.id,"                                                                                                 \
  " (SELECT p2.rank FROM participants p2 JOIN events e2 ON e2.id = p2.event_id WHERE p2.person_id = pe.id"       \
  "   AND p2.rank IS NOT NULL ORDER BY e2.date " desc ", e2.id DESC, p2.rank DESC LIMIT 1),"                          \
  " (SELECT p2.position FROM participants p2 JOIN events e2 ON e2.id = p2.event_id WHERE p2.person_id = pe.id"   \
  "   AND p2.position IS NOT NULL ORDER BY e2.date " desc ", e2.id DESC, p2.position DESC LIMIT 1),"                  \
  " count(DISTINCT p.event_id), min(e.placed), max(e.placed),"                                                   \
  " (SELECT count(*) FROM participants WHERE person_id = pe.id),"
#define AT_PERSON_SUMMARY_FROM                                                                                    \
  " FROM people pe JOIN participants p ON p.person_id = pe.id JOIN events e ON e.id = p.event_id WHERE "
/* Whom each person met (person_met, schema step 13 -> 14, kept by triggers
 * on both databases with the person's summary): a row per other person who
 * took part in one of their events, with how many such events and the other
 * person's name, so that the person's page reads the first of them on an
 * index in the order it shows them (most events first, then by name) instead
 * of looking up every participant of all their events and sorting them.
 * AT_PERSON_MET_OF_PEOPLE is followed by a condition on participants mine
 * (the person's own rows), then AT_PERSON_MET_END. A person is a participant
 * of an event once per source that tells it, so the person's events are
 * taken once each (DISTINCT on participants_person, in its order) and each
 * other participant once, by their first source (min(source_id): the first
 * entry of participants_person for them there): the DISTINCT of the whole
 * join it replaces grew with the square of an event's sources (all 98
 * people of the 30 MB benchmark corpus's database: 0.67 -> 0.08 s). An
 * ingest's batch writes the same rows counting in C (store.c's
 * write_person_met). */
#define AT_PERSON_MET_COLUMNS "person_id, other_id, events, name"
#define AT_PERSON_MET_OF_PEOPLE                                                                                   \
  "SELECT mine.person_id, m.person_id, count(*), pe.name FROM (SELECT DISTINCT mine.person_id AS person_id,"     \
  " mine.event_id AS event_id FROM participants mine WHERE "
#define AT_PERSON_MET_END                                                                                         \
  ") AS mine JOIN participants m ON m.event_id = mine.event_id AND m.person_id <> mine.person_id"                 \
  " AND m.source_id = (SELECT min(z.source_id) FROM participants z WHERE z.person_id = m.person_id"               \
  " AND z.event_id = m.event_id) JOIN people pe ON pe.id = m.person_id GROUP BY mine.person_id, m.person_id, pe.name"
/* A person `row` (new or NEW, of people) renamed: the name in the person_met
 * rows of those who met them (the people of their events), on both
 * databases' triggers. */
#define AT_PERSON_MET_RENAME(row)                                                                                 \
  "UPDATE person_met SET name = " row ".name WHERE other_id = " row ".id AND person_id IN (SELECT m.person_id"    \
  " FROM participants mine JOIN participants m ON m.event_id = mine.event_id WHERE mine.person_id = " row ".id);"

/* The highest rank and office (as max() orders text) that person `who`
 * held at partner `country`'s events as one of the partner's (by their own
 * country there, else the person's): partner_people's rank and position
 * (schema step 14 -> 15), as a partner's people list worked them out from
 * its events at each request. AT_PARTNER_PEOPLE_RANKED works them out again
 * for the rows of partner_people `where` chooses. */
#define AT_PARTNER_PERSON_MAX(col, who, country)                                                                  \
  "(SELECT max(p." col ") FROM participants p JOIN people pe ON pe.id = p.person_id JOIN event_countries ec"        \
  " ON ec.event_id = p.event_id AND ec.country = coalesce(p.country, pe.country) WHERE p.person_id = " who          \
  " AND ec.country = " country ")"
#define AT_PARTNER_PEOPLE_RANKED(where)                                                                           \
  "UPDATE partner_people SET rank = "                                                                               \
  AT_PARTNER_PERSON_MAX("rank", "partner_people.person_id", "partner_people.country") ", position = "             \
  AT_PARTNER_PERSON_MAX("position", "partner_people.person_id", "partner_people.country") " WHERE " where ";"
/* The same of one event `ev` of the partner's (a row of
 * partner_person_events): what an event added brings. */
#define AT_PARTNER_EVENT_MAX(col, ev, who, country)                                                               \
  "(SELECT max(p." col ") FROM participants p JOIN people pe ON pe.id = p.person_id WHERE p.event_id = " ev         \
  " AND p.person_id = " who " AND coalesce(p.country, pe.country) = " country ")"

/* A person's row on their page (?1 their id, or the condition that follows
 * on people pe): the person and their summary, as query.c's PEOPLE_SQL
 * works it out from their events. */
#define AT_PERSON_ROW                                                                                             \
  "SELECT pe.id AS id, pe.name AS name, pe.country AS country, ps.rank AS rank, ps.position AS position,"       \
  " ps.events AS events, ps.first_seen AS first_seen, ps.last_seen AS last_seen FROM people pe"                  \
  " JOIN person_summary ps ON ps.person_id = pe.id WHERE "

/* ---- statements, on either database ----------------------------------------- */

/* A statement: SQLite's, or what PostgreSQL needs to run one (store_pg.c). */
typedef struct at_stmt {
  sqlite3_stmt *lite;
  attache_store *store;
  char name[24];           /* PostgreSQL: the prepared statement's name, "" when run unprepared */
  char *sql;               /* PostgreSQL: its text, with $N for ?N */
  int nparams;
  char *values[24];        /* PostgreSQL: the parameters as text (NULL: SQL NULL) */
  struct pg_result *res;   /* PostgreSQL: the rows, once run */
  int row;                 /* PostgreSQL: the row at_step is on */
  bool returns_id;         /* PostgreSQL: an insert that returns the new row's id */
} at_stmt;
enum { AT_ROW = SQLITE_ROW, AT_DONE = SQLITE_DONE, AT_ERROR = SQLITE_ERROR };
typedef enum at_column_kind { AT_COL_NULL, AT_COL_INT, AT_COL_REAL, AT_COL_TEXT } at_column_kind;

/* A cached statement (reused across documents) of `slot`, reset for new
 * bindings; `sql` is its SQLite text. NULL when it cannot be prepared. */
at_stmt *at_store_stmt(attache_store *s, int slot, const char *sql);
/* A statement run once (query.c); free it with at_stmt_finalize. */
at_stmt *at_stmt_prepare(attache_store *s, const char *sql);
/* An INSERT run once into a table with a generated id column, after which
 * at_store_inserted_id gives the new row's id (PostgreSQL: RETURNING id). */
at_stmt *at_stmt_prepare_insert(attache_store *s, const char *sql);
void at_stmt_finalize(at_stmt *st);
void at_stmt_reset(at_stmt *st);

/* Parameters ?1, ?2, ...; a text is copied (len -1: up to its NUL). */
void at_bind_int(at_stmt *st, int i, long long v);
void at_bind_real(at_stmt *st, int i, double v);
void at_bind_text(at_stmt *st, int i, const char *v, int len);
/* A text bound without a copy (SQLite; PostgreSQL's copies anyway): v must
 * stay as it is until the statement has been stepped for these bindings.
 * Nothing reads it after: at_store_stmt resets and clears a statement before
 * handing it out again, and a transaction's end resets them all. An ingest
 * binds each document's strings so, from its arena: the copies were 5% of
 * the instructions that store its rows. */
void at_bind_text_kept(at_stmt *st, int i, const char *v, int len);
void at_bind_null(at_stmt *st, int i);

/* The next row (AT_ROW), the end (AT_DONE), or an error (anything else). */
int at_step(at_stmt *st);
int at_column_count(at_stmt *st);
const char *at_column_name(at_stmt *st, int c);
at_column_kind at_column_kind_of(at_stmt *st, int c);
long long at_column_int(at_stmt *st, int c);
double at_column_real(at_stmt *st, int c);
const char *at_column_text(at_stmt *st, int c); /* NULL for SQL NULL */

/* Runs SQL without parameters or rows: "BEGIN", "BEGIN IMMEDIATE" (a write
 * transaction, one writer at a time), "COMMIT", "ROLLBACK". */
bool at_store_exec(attache_store *s, const char *sql);
/* Whether a transaction is open (a failure may have rolled it back). */
bool at_store_in_transaction(attache_store *s);
/* The id the last insert into a table with an id column gave. */
long long at_store_inserted_id(attache_store *s);
/* How many rows the last INSERT, UPDATE or DELETE changed (an INSERT OR
 * IGNORE that met its row: 0). */
long long at_store_changes(attache_store *s);
/* The database's last error, and whether it means that it can take no more
 * writes for now (disk full, read-only, I/O error, connection lost). */
const char *at_store_errmsg(attache_store *s);
bool at_store_cannot_write(attache_store *s);

void at_store_set_error(attache_store *s, attache_error *err, attache_status st, const char *what);

/* query.c: the statements kept prepared for queries, finalized (when the store closes). */
void at_query_forget_statements(attache_store *s);
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

/* Tables built row by row (review.c): a new table of `cols`, its index;
 * a row of it (`cells` NULL for SQL NULL, `numeric` whether each is a
 * number); the cells of the row `st` is on, as results show them (`numbers`
 * holds the text of its real numbers). */
size_t at_result_table_new(attache_result *r, const char *name, const char *const *cols, size_t ncols);
void at_result_row_add(attache_result *r, size_t t, const char *const *cells, const bool *numeric);
void at_row_read(at_stmt *st, int ncols, const char **cells, bool *numeric, char (*numbers)[32]);

/* A person's key across articles (store.c). */
struct at_arena;
char *at_store_person_key(struct at_arena *arena, const char *name);

/* ---- PostgreSQL (store_pg.c) ------------------------------------------------ */

/* Whether `where` names a PostgreSQL database: postgresql://... or postgres://... */
bool at_pg_url(const char *where);
attache_status at_pg_open(attache_store *s, const char *url, attache_error *err);
void at_pg_close(attache_store *s);
at_stmt *at_pg_prepare(attache_store *s, int slot, const char *sql);
at_stmt *at_pg_prepare_insert(attache_store *s, const char *sql);
void at_pg_finalize(at_stmt *st);
void at_pg_reset(at_stmt *st);
void at_pg_bind(at_stmt *st, int i, const char *text); /* NULL: SQL NULL */
int at_pg_step(at_stmt *st);
int at_pg_column_count(at_stmt *st);
const char *at_pg_column_name(at_stmt *st, int c);
at_column_kind at_pg_column_kind(at_stmt *st, int c);
const char *at_pg_column_text(at_stmt *st, int c);
bool at_pg_exec(attache_store *s, const char *sql);
bool at_pg_in_transaction(attache_store *s);
long long at_pg_inserted_id(attache_store *s);
long long at_pg_changes(attache_store *s);
const char *at_pg_errmsg(attache_store *s);
bool at_pg_cannot_write(attache_store *s);

/* The SQL of query.c that differs in PostgreSQL. */
extern const char AT_PG_PEOPLE_SQL[];
extern const char AT_PG_SEARCH_SQL[];

#endif
