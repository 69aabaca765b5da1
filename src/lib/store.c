/* SPDX-License-Identifier: MIT */
/*
 * store.c - the knowledge base: opening an SQLite database (its schema and
 * migrations; a PostgreSQL one is opened by store_pg.c), ingesting a
 * document (one transaction), and merging what several articles tell of the
 * same happening and the same person. Statements run through store_db.c,
 * on either database.
 *
 * Every statement binds its parameters; nothing from a document is ever
 * spliced into SQL text.
 */
#include <attache/store.h>

#include "pipeline.h"
#include "store_internal.h"

#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

/* "ATTC": marks a database as attache's (PRAGMA application_id). */
#define ATTACHE_APPLICATION_ID 0x41545443

/* How long a writer waits for another one (another ingest holding the write
 * lock for a document) before its document fails as "database is locked". */
#define BUSY_TIMEOUT_MS 30000

/* How much of a database file a reader, or an ingest's batches, map into memory (PRAGMA mmap_size). */
#define READ_MMAP_BYTES "4294967296"

static const char *const SCHEMA_V1 =
    "CREATE TABLE sources("
    "  id TEXT PRIMARY KEY, url TEXT, title TEXT, published TEXT, outlet TEXT, lang TEXT,"
    "  content_hash TEXT NOT NULL, ingested_at TEXT NOT NULL);"
    "CREATE TABLE sentences("
    "  id INTEGER PRIMARY KEY, source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,"
    "  idx INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,"
    "  folded TEXT NOT NULL, UNIQUE(source_id, idx));"
    "CREATE VIRTUAL TABLE sentences_fts USING fts5(folded, content='sentences', content_rowid='id');"
    "CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN"
    "  INSERT INTO sentences_fts(rowid, folded) VALUES (new.id, new.folded); END;"
    "CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN"
    "  INSERT INTO sentences_fts(sentences_fts, rowid, folded) VALUES ('delete', old.id, old.folded); END;"
    "CREATE TABLE countries(code TEXT PRIMARY KEY, name_vi TEXT, name_en TEXT);"
    "CREATE TABLE organizations(code TEXT PRIMARY KEY, name_vi TEXT, name_en TEXT);"
    "CREATE TABLE people("
    "  id INTEGER PRIMARY KEY, name TEXT NOT NULL, name_key TEXT NOT NULL UNIQUE, country TEXT);"
    "CREATE TABLE events("
    "  id INTEGER PRIMARY KEY, type TEXT NOT NULL, date TEXT, date_end TEXT, place TEXT,"
    "  location_country TEXT, mechanism TEXT);"
    "CREATE INDEX events_date ON events(date);"
    "CREATE INDEX events_type_date ON events(type, date);"
    "CREATE INDEX events_mechanism ON events(mechanism) WHERE mechanism IS NOT NULL;"
    "CREATE TABLE event_sources("
    "  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,"
    "  source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,"
    "  sentence_id INTEGER REFERENCES sentences(id) ON DELETE CASCADE,"
    "  PRIMARY KEY(event_id, source_id)) WITHOUT ROWID;"
    "CREATE INDEX event_sources_source ON event_sources(source_id);"
    "CREATE TABLE event_countries("
    "  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE, country TEXT NOT NULL,"
    "  PRIMARY KEY(event_id, country)) WITHOUT ROWID;"
    "CREATE INDEX event_countries_country ON event_countries(country, event_id);"
    "CREATE TABLE event_organizations("
    "  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,"
    "  organization TEXT NOT NULL REFERENCES organizations(code),"
    "  PRIMARY KEY(event_id, organization)) WITHOUT ROWID;"
    "CREATE TABLE event_areas("
    "  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE, area TEXT NOT NULL,"
    "  PRIMARY KEY(event_id, area)) WITHOUT ROWID;"
    "CREATE INDEX event_areas_area ON event_areas(area, event_id);"
    "CREATE TABLE participants("
    "  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,"
    "  person_id INTEGER NOT NULL REFERENCES people(id),"
    "  source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,"
    "  rank TEXT, position TEXT, country TEXT,"
    "  PRIMARY KEY(event_id, person_id, source_id)) WITHOUT ROWID;"
    "CREATE INDEX participants_person ON participants(person_id, event_id);"
    "CREATE INDEX participants_source ON participants(source_id);"
    "CREATE TABLE agreements("
    "  id INTEGER PRIMARY KEY, source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,"
    "  sentence_id INTEGER REFERENCES sentences(id) ON DELETE CASCADE,"
    "  title TEXT NOT NULL, kind TEXT NOT NULL, date TEXT, period_from INTEGER, period_to INTEGER,"
    "  status TEXT NOT NULL);"
    "CREATE INDEX agreements_source ON agreements(source_id);"
    "CREATE TABLE agreement_parties("
    "  agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE, country TEXT NOT NULL,"
    "  PRIMARY KEY(agreement_id, country)) WITHOUT ROWID;"
    "CREATE INDEX agreement_parties_country ON agreement_parties(country, agreement_id);"
    "CREATE TABLE agreement_areas("
    "  agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE, area TEXT NOT NULL,"
    "  PRIMARY KEY(agreement_id, area)) WITHOUT ROWID;"
    "CREATE TABLE figures("
    "  id INTEGER PRIMARY KEY, source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,"
    "  sentence_id INTEGER REFERENCES sentences(id) ON DELETE CASCADE,"
    "  metric TEXT NOT NULL, label TEXT, value REAL NOT NULL, qualifier TEXT NOT NULL, as_of TEXT,"
    "  subject TEXT);"
    "CREATE INDEX figures_metric ON figures(metric, as_of);"
    "CREATE INDEX figures_source ON figures(source_id);"
    "CREATE TABLE relations("
    "  id INTEGER PRIMARY KEY, source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,"
    "  sentence_id INTEGER REFERENCES sentences(id) ON DELETE CASCADE,"
    "  country_a TEXT NOT NULL, country_b TEXT NOT NULL, framework TEXT NOT NULL, since INTEGER,"
    "  as_of TEXT);"
    "CREATE INDEX relations_country ON relations(country_b, as_of);"
    "CREATE INDEX relations_source ON relations(source_id);";

/* Where an event (a row of events, in an UPDATE of it) is placed in time:
 * its own date when it has a year, else the first publication date of its
 * reports. query.c sorts and filters on the column that keeps it. */
#define PLACED_OF_EVENT                                                                                           \
  "coalesce(CASE WHEN date NOT LIKE 'X%' THEN date END, (SELECT min(src.published) FROM event_sources es"          \
  " JOIN sources src ON src.id = es.source_id WHERE es.event_id = events.id))"
/* Sets events.placed of event `id` (an SQL expression), when it changed. */
#define PLACE_EVENT(id)                                                                                           \
  "UPDATE events SET placed = " PLACED_OF_EVENT " WHERE id = " id " AND placed IS NOT " PLACED_OF_EVENT ";"

/* The people of partner C on a profile are those who took part in an event
 * of C as one of C's (their country in the report, else their own): each
 * (event, person, C) once in partner_person_events; partner_people counts
 * them per person. PARTNER_PERSON_KEEP(ev, person) puts the rows of one
 * event and person right: the countries of the event that are the person's
 * in one of its reports stay or are added, the others go. */
#define PARTNER_PERSON_COUNTRIES(ev, person)                                                                      \
  "SELECT ec.country FROM participants p JOIN people pe ON pe.id = p.person_id JOIN event_countries ec"          \
  " ON ec.event_id = p.event_id AND ec.country = coalesce(p.country, pe.country)"                               \
  " WHERE p.event_id = " ev " AND p.person_id = " person
#define PARTNER_PERSON_ADD(ev, person)                                                                            \
  "INSERT OR IGNORE INTO partner_person_events SELECT " ev ", " person ", country FROM ("                        \
  PARTNER_PERSON_COUNTRIES(ev, person) ");"
#define PARTNER_PERSON_KEEP(ev, person)                                                                           \
  "DELETE FROM partner_person_events WHERE event_id = " ev " AND person_id = " person                           \
  " AND country NOT IN (" PARTNER_PERSON_COUNTRIES(ev, person) ");" PARTNER_PERSON_ADD(ev, person)
/* The figures of partner C are those about C (subject) or told by a source
 * that reports an event of C: partner_figures. PARTNER_FIGURES_KEEP(src)
 * works out again those of the figures of one source. */
#define PARTNER_FIGURES_BY_SUBJECT(cond)                                                                          \
  "INSERT OR IGNORE INTO partner_figures SELECT subject, id FROM figures f WHERE subject IS NOT NULL AND " cond
#define PARTNER_FIGURES_BY_EVENTS(cond)                                                                           \
  "INSERT OR IGNORE INTO partner_figures SELECT ec.country, f.id FROM figures f JOIN event_sources es"           \
  " ON es.source_id = f.source_id JOIN event_countries ec ON ec.event_id = es.event_id WHERE " cond
#define PARTNER_FIGURES_OF(cond) PARTNER_FIGURES_BY_SUBJECT(cond) ";" PARTNER_FIGURES_BY_EVENTS(cond) ";"
#define PARTNER_FIGURES_KEEP(src)                                                                                 \
  "DELETE FROM partner_figures WHERE figure_id IN (SELECT id FROM figures WHERE source_id = " src ");"           \
  PARTNER_FIGURES_OF("f.source_id = " src)
/* A state `row` (new or old) added to an event, or taken from it. (What is
 * added can only add rows: the triggers of inserts add just those, as an
 * ingest runs them for every row it stores; those of deletes and updates
 * work out again what the change touched.) */
#define EVENT_COUNTRY_ADD(row)                                                                                    \
  "INSERT OR IGNORE INTO partner_person_events SELECT p.event_id, p.person_id, " row ".country"                  \
  " FROM participants p JOIN people pe ON pe.id = p.person_id WHERE p.event_id = " row ".event_id"               \
  " AND coalesce(p.country, pe.country) = " row ".country;"                                                      \
  "INSERT OR IGNORE INTO partner_figures SELECT " row ".country, f.id FROM event_sources es JOIN figures f"       \
  " ON f.source_id = es.source_id WHERE es.event_id = " row ".event_id;"
#define EVENT_COUNTRY_TAKE(row)                                                                                   \
  "DELETE FROM partner_person_events WHERE event_id = " row ".event_id AND country = " row ".country;"          \
  "DELETE FROM partner_figures WHERE country = " row ".country AND figure_id IN (SELECT f.id FROM figures f"     \
  " JOIN event_sources es ON es.source_id = f.source_id WHERE es.event_id = " row ".event_id);"                 \
  PARTNER_FIGURES_OF("f.source_id IN (SELECT source_id FROM event_sources WHERE event_id = " row ".event_id)")
/* partner_years: a partner's events per year (its first four characters
 * of event_partner_order's placed, '' when it has none) and type. */
#define PARTNER_YEAR_ADD(row)                                                                                     \
  "INSERT INTO partner_years VALUES (" row ".country, coalesce(substr(" row ".placed, 1, 4), ''), " row ".type, 1)" \
  " ON CONFLICT(country, year, type) DO UPDATE SET events = events + 1;"
#define PARTNER_YEAR_TAKE(row)                                                                                    \
  "UPDATE partner_years SET events = events - 1 WHERE country = " row ".country"                                \
  " AND year = coalesce(substr(" row ".placed, 1, 4), '') AND type = " row ".type;"                             \
  "DELETE FROM partner_years WHERE country = " row ".country AND year = coalesce(substr(" row ".placed, 1, 4), '')" \
  " AND type = " row ".type AND events = 0;"
#define PARTNER_SUMMARIES                                                                                         \
  "CREATE TABLE partner_person_events(event_id INTEGER NOT NULL, person_id INTEGER NOT NULL,"                   \
  "  country TEXT NOT NULL, PRIMARY KEY(event_id, person_id, country)) WITHOUT ROWID;"                          \
  "CREATE INDEX partner_person_events_person ON partner_person_events(country, person_id);"                     \
  "CREATE TABLE partner_people(country TEXT NOT NULL, person_id INTEGER NOT NULL, events INTEGER NOT NULL,"     \
  "  PRIMARY KEY(country, person_id)) WITHOUT ROWID;"                                                           \
  "CREATE TABLE partner_figures(country TEXT NOT NULL, figure_id INTEGER NOT NULL,"                              \
  "  PRIMARY KEY(country, figure_id)) WITHOUT ROWID;"                                                           \
  "CREATE INDEX partner_figures_figure ON partner_figures(figure_id);"                                          \
  "CREATE TABLE partner_years(country TEXT NOT NULL, year TEXT NOT NULL, type TEXT NOT NULL,"                    \
  "  events INTEGER NOT NULL, PRIMARY KEY(country, year, type)) WITHOUT ROWID;"                                 \
  "INSERT INTO partner_person_events SELECT DISTINCT p.event_id, p.person_id, ec.country FROM participants p"    \
  "  JOIN people pe ON pe.id = p.person_id JOIN event_countries ec ON ec.event_id = p.event_id"                  \
  "  AND ec.country = coalesce(p.country, pe.country);"                                                         \
  "INSERT INTO partner_people SELECT country, person_id, count(*) FROM partner_person_events"                   \
  "  GROUP BY country, person_id;"                                                                              \
  PARTNER_FIGURES_OF("1 = 1")                                                                                   \
  "INSERT INTO partner_years SELECT country, coalesce(substr(placed, 1, 4), ''), type, count(*)"                \
  "  FROM event_partner_order GROUP BY 1, 2, 3;"                                                                \
  "CREATE TRIGGER partner_person_events_ai AFTER INSERT ON partner_person_events BEGIN"                         \
  "  INSERT INTO partner_people VALUES (new.country, new.person_id, 1)"                                         \
  "  ON CONFLICT(country, person_id) DO UPDATE SET events = events + 1; END;"                                   \
  "CREATE TRIGGER partner_person_events_ad AFTER DELETE ON partner_person_events BEGIN"                         \
  "  UPDATE partner_people SET events = events - 1 WHERE country = old.country AND person_id = old.person_id;"   \
  "  DELETE FROM partner_people WHERE country = old.country AND person_id = old.person_id AND events = 0; END;" \
  "CREATE TRIGGER participants_partner_ai AFTER INSERT ON participants BEGIN"                                   \
  "  INSERT OR IGNORE INTO partner_person_events SELECT new.event_id, new.person_id, ec.country"                 \
  "  FROM event_countries ec WHERE ec.event_id = new.event_id"                                                   \
  "  AND ec.country = coalesce(new.country, (SELECT country FROM people WHERE id = new.person_id)); END;"                                                  \
  "CREATE TRIGGER participants_partner_ad AFTER DELETE ON participants BEGIN "                                  \
  PARTNER_PERSON_KEEP("old.event_id", "old.person_id") " END;"                                                  \
  "CREATE TRIGGER participants_partner_au AFTER UPDATE ON participants BEGIN "                                  \
  PARTNER_PERSON_KEEP("old.event_id", "old.person_id") " " PARTNER_PERSON_KEEP("new.event_id", "new.person_id") \
  " END;"                                                                                                       \
  "CREATE TRIGGER people_partner_au AFTER UPDATE OF country ON people BEGIN"                                    \
  "  DELETE FROM partner_person_events WHERE person_id = new.id AND event_id IN"                                \
  "  (SELECT event_id FROM participants WHERE person_id = new.id);"                                             \
  "  INSERT OR IGNORE INTO partner_person_events SELECT p.event_id, p.person_id, ec.country FROM participants p" \
  "  JOIN event_countries ec ON ec.event_id = p.event_id AND ec.country = coalesce(p.country, new.country)"      \
  "  WHERE p.person_id = new.id; END;"                                                                          \
  "CREATE TRIGGER event_countries_partner_ai AFTER INSERT ON event_countries BEGIN "                            \
  EVENT_COUNTRY_ADD("new") " END;"                                                                              \
  "CREATE TRIGGER event_countries_partner_ad AFTER DELETE ON event_countries BEGIN "                            \
  EVENT_COUNTRY_TAKE("old") " END;"                                                                             \
  "CREATE TRIGGER event_countries_partner_au AFTER UPDATE ON event_countries BEGIN "                            \
  EVENT_COUNTRY_TAKE("old") " " EVENT_COUNTRY_ADD("new") " END;"                                                \
  "CREATE TRIGGER event_sources_partner_ai AFTER INSERT ON event_sources BEGIN"                                 \
  "  INSERT OR IGNORE INTO partner_figures SELECT ec.country, f.id FROM figures f JOIN event_countries ec"       \
  "  ON ec.event_id = new.event_id WHERE f.source_id = new.source_id; END;"                                                     \
  "CREATE TRIGGER event_sources_partner_ad AFTER DELETE ON event_sources BEGIN "                                \
  PARTNER_FIGURES_KEEP("old.source_id") " END;"                                                                 \
  "CREATE TRIGGER event_sources_partner_au AFTER UPDATE ON event_sources BEGIN "                                \
  PARTNER_FIGURES_KEEP("old.source_id") " " PARTNER_FIGURES_KEEP("new.source_id") " END;"                       \
  "CREATE TRIGGER figures_partner_ai AFTER INSERT ON figures BEGIN "                                             \
  PARTNER_FIGURES_OF("f.id = new.id") " END;"                                                                   \
  "CREATE TRIGGER figures_partner_ad AFTER DELETE ON figures BEGIN"                                             \
  "  DELETE FROM partner_figures WHERE figure_id = old.id; END;"                                                \
  "CREATE TRIGGER figures_partner_au AFTER UPDATE OF id, subject, source_id ON figures BEGIN"                   \
  "  DELETE FROM partner_figures WHERE figure_id IN (old.id, new.id); " PARTNER_FIGURES_OF("f.id = new.id")     \
  " END;"                                                                                                       \
  "CREATE TRIGGER event_partner_order_years_ai AFTER INSERT ON event_partner_order BEGIN "                      \
  PARTNER_YEAR_ADD("new") " END;"                                                                               \
  "CREATE TRIGGER event_partner_order_years_ad AFTER DELETE ON event_partner_order BEGIN "                      \
  PARTNER_YEAR_TAKE("old") " END;"                                                                              \
  "CREATE TRIGGER event_partner_order_years_au AFTER UPDATE ON event_partner_order BEGIN "                      \
  PARTNER_YEAR_TAKE("old") " " PARTNER_YEAR_ADD("new") " END;"
/* Writes again the summaries of the events `where` chooses (a condition on
 * events e): store_internal.h's AT_SUMMARY_OF_EVENTS. Deleted and inserted,
 * not INSERT OR REPLACE: in a trigger, the OR IGNORE of the statement that
 * fired it (an ingest's INSERT OR IGNORE of a state) would replace the
 * REPLACE, and the old summary would stay. */
#define SUMMARIZE_EVENTS(where)                                                                                   \
  "DELETE FROM event_summary WHERE event_id IN (SELECT e.id FROM events e WHERE " where ");"                       \
  "INSERT INTO event_summary(" AT_SUMMARY_COLUMNS ") " AT_SUMMARY_OF_EVENTS where ";"
/* The triggers, named `name`, that summarize again the events `ids` (a
 * SELECT of event ids) when `when` happens (e.g. "AFTER INSERT ON
 * participants"): at once (_now), or, inside an ingest's transaction (while
 * fts_deferred has its row), once when it ends (_later: noted in
 * summary_pending, which index_deferred summarizes). An event told again by
 * many documents of a batch would else be summarized, over all its reports,
 * at each of their rows. */
#define SUMMARY_TRIGGER(name, when, ids)                                                                          \
  "CREATE TRIGGER " name "_now " when " WHEN NOT EXISTS (SELECT 1 FROM fts_deferred) BEGIN "                     \
  SUMMARIZE_EVENTS("e.id IN (" ids ")") " END;"                                                                   \
  "CREATE TRIGGER " name "_later " when " WHEN EXISTS (SELECT 1 FROM fts_deferred) BEGIN"                        \
  " INSERT OR IGNORE INTO summary_pending " ids "; END;"
/* Those of a table whose rows name an event in event_id: a row added,
 * removed or changed (moved from one event to another). */
#define SUMMARY_TRIGGERS(table)                                                                                   \
  SUMMARY_TRIGGER(table "_summary_ai", "AFTER INSERT ON " table, "SELECT new.event_id")                          \
  SUMMARY_TRIGGER(table "_summary_ad", "AFTER DELETE ON " table, "SELECT old.event_id")                          \
  SUMMARY_TRIGGER(table "_summary_au", "AFTER UPDATE ON " table, "VALUES (old.event_id), (new.event_id)")

/* Writes again the summaries of the people `ids` (a SELECT of person ids):
 * AT_PERSON_SUMMARY_OF_PEOPLE (store_internal.h). A person without events
 * has none. */
#define SUMMARIZE_PEOPLE(ids)                                                                                     \
  "DELETE FROM person_summary WHERE person_id IN (" ids ");"                                                     \
  "INSERT INTO person_summary(" AT_PERSON_SUMMARY_COLUMNS ") " AT_PERSON_SUMMARY_OF_PEOPLE("DESC")               \
  "pe.id IN (" ids ") GROUP BY pe.id;"
/* Writes again whom the people `ids` met (person_met, schema step 13 -> 14:
 * AT_PERSON_MET_OF_PEOPLE, store_internal.h), as SUMMARIZE_PEOPLE their
 * summaries: everywhere the one is written, the other is. */
#define SUMMARIZE_MET(ids)                                                                                        \
  "DELETE FROM person_met WHERE person_id IN (" ids ");"                                                         \
  "INSERT INTO person_met(" AT_PERSON_MET_COLUMNS ") " AT_PERSON_MET_OF_PEOPLE "mine.person_id IN (" ids ")"     \
  AT_PERSON_MET_END ";"
/* The people of event `ev`: a change to it or to who took part changes
 * whom each of them met, and their events' dates and places. */
#define PEOPLE_OF_EVENT(ev) "SELECT person_id FROM participants WHERE event_id = " ev
/* As SUMMARY_TRIGGER, for people: at once, or inside an ingest's
 * transaction noted in person_pending, summarized when it ends. */
#define PERSON_SUMMARY_TRIGGER(name, when, ids)                                                                   \
  "CREATE TRIGGER " name "_now " when " WHEN NOT EXISTS (SELECT 1 FROM fts_deferred) BEGIN "                     \
  SUMMARIZE_PEOPLE(ids) " END;"                                                                                   \
  "CREATE TRIGGER " name "_later " when " WHEN EXISTS (SELECT 1 FROM fts_deferred) BEGIN"                        \
  " INSERT OR IGNORE INTO person_pending " ids "; END;"

/* As PERSON_SUMMARY_TRIGGER, for whom they met: at once; inside an
 * ingest's transaction those triggers note the people in person_pending,
 * whose summaries and met rows are written together. */
#define PERSON_MET_TRIGGER(name, when, ids)                                                                       \
  "CREATE TRIGGER " name " " when " WHEN NOT EXISTS (SELECT 1 FROM fts_deferred) BEGIN " SUMMARIZE_MET(ids) " END;"

/* person_met's triggers: those of step 13 -> 14, made again by 15 -> 16. */
#define PERSON_MET_TRIGGERS                                                                                       \
  PERSON_MET_TRIGGER("participants_met_ai", "AFTER INSERT ON participants", PEOPLE_OF_EVENT("new.event_id"))      \
  PERSON_MET_TRIGGER("participants_met_ad", "AFTER DELETE ON participants",                                      \
                     "SELECT old.person_id UNION " PEOPLE_OF_EVENT("old.event_id"))                              \
  PERSON_MET_TRIGGER("participants_met_au", "AFTER UPDATE ON participants",                                      \
                     "SELECT old.person_id UNION " PEOPLE_OF_EVENT("old.event_id") " UNION "                     \
                     PEOPLE_OF_EVENT("new.event_id"))                                                            \
  "CREATE TRIGGER people_met_au AFTER UPDATE OF name ON people BEGIN " AT_PERSON_MET_RENAME("new") " END;"

/* The rows of event_partner_area_order that a state `row` (new or old) of an
 * event adds or takes, and those of an area `row`. */
#define PARTNER_AREAS_ADD_COUNTRY(row)                                                                            \
  "INSERT OR REPLACE INTO event_partner_area_order SELECT " row ".event_id, " row ".country, ea.area, e.placed"    \
  " FROM event_areas ea JOIN events e ON e.id = ea.event_id WHERE ea.event_id = " row ".event_id;"
#define PARTNER_AREAS_TAKE_COUNTRY(row)                                                                           \
  "DELETE FROM event_partner_area_order WHERE event_id = " row ".event_id AND country = " row ".country;"
#define PARTNER_AREAS_ADD_AREA(row)                                                                               \
  "INSERT OR REPLACE INTO event_partner_area_order SELECT " row ".event_id, ec.country, " row ".area, e.placed"    \
  " FROM event_countries ec JOIN events e ON e.id = ec.event_id WHERE ec.event_id = " row ".event_id;"
#define PARTNER_AREAS_TAKE_AREA(row)                                                                              \
  "DELETE FROM event_partner_area_order WHERE event_id = " row ".event_id AND area = " row ".area;"

/* The row of person_event_order that a participant `row` (new or old)
 * adds, or takes when it was the person's last report of the event. */
#define PERSON_EVENT_ADD(row)                                                                                     \
  "INSERT OR IGNORE INTO person_event_order SELECT " row ".event_id, " row ".person_id, date, type FROM events"   \
  " WHERE id = " row ".event_id;"
#define PERSON_EVENT_TAKE(row)                                                                                    \
  "DELETE FROM person_event_order WHERE event_id = " row ".event_id AND person_id = " row ".person_id"            \
  " AND NOT EXISTS (SELECT 1 FROM participants WHERE event_id = " row ".event_id AND person_id = " row            \
  ".person_id);"

/* The greater of two texts, either NULL (SQLite's max() of two is NULL then). */
#define GREATER(a, b) "coalesce(max(" a ", " b "), " a ", " b ")"
/* A participant `row` (new or old) taken or changed: its person's rank and
 * office with the event's partners worked out again. */
#define PARTNER_PEOPLE_OF_EVENT_RANKED(row)                                                                       \
  AT_PARTNER_PEOPLE_RANKED("person_id = " row ".person_id AND country IN (SELECT country FROM event_countries"   \
                           " WHERE event_id = " row ".event_id)")

/* Migrations: MIGRATIONS[i] takes a database from version i + 1 to i + 2. A
 * new step is added at the end (and ATTACHE_STORE_SCHEMA_VERSION raised);
 * a step already released is never rewritten. */
static const char *const MIGRATIONS[] = {
    /* 1 -> 2: each record's confidence (confidence.c) as extracted: a
     * report of an event (event_sources), a participant, an agreement, a
     * figure, a relation. Records stored before have none (NULL). */
    "ALTER TABLE event_sources ADD COLUMN confidence REAL;"
    "ALTER TABLE participants ADD COLUMN confidence REAL;"
    "ALTER TABLE agreements ADD COLUMN confidence REAL;"
    "ALTER TABLE figures ADD COLUMN confidence REAL;"
    "ALTER TABLE relations ADD COLUMN confidence REAL;",
    /* 2 -> 3: analysts' changes as their own layer (corrections.c): the
     * changes, what applying them did (so it can be taken back), the other
     * spellings of a person, and the write API's tokens (hashes only). */
    "CREATE TABLE corrections("
    "  id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, author TEXT NOT NULL, made_at TEXT NOT NULL, note TEXT,"
    "  op TEXT NOT NULL, kind TEXT NOT NULL, target TEXT NOT NULL, other TEXT, field TEXT, old_value TEXT,"
    "  new_value TEXT, undone INTEGER NOT NULL DEFAULT 0, resolved TEXT, orphaned INTEGER NOT NULL DEFAULT 0);"
    "CREATE TABLE correction_effects("
    "  seq INTEGER PRIMARY KEY, change_id INTEGER NOT NULL, action TEXT NOT NULL, tbl TEXT NOT NULL,"
    "  row TEXT NOT NULL, col TEXT, old TEXT);"
    "CREATE TABLE person_names("
    "  person_id INTEGER NOT NULL, name TEXT NOT NULL, name_key TEXT NOT NULL,"
    "  PRIMARY KEY(person_id, name_key)) WITHOUT ROWID;"
    "CREATE INDEX person_names_key ON person_names(name_key);"
    "CREATE TABLE api_tokens(name TEXT PRIMARY KEY, hash TEXT NOT NULL, created_at TEXT NOT NULL, revoked_at TEXT);",
    /* 3 -> 4: where an event's date came from ('sentence', 'publication' when
     * the publication date gave its year or all of it, 'url' when that date
     * was read from the URL; NULL for an event stored before, or undated). */
    "ALTER TABLE events ADD COLUMN date_source TEXT;",
    /* 4 -> 5: an ingest indexes its sentences for search once, when its
     * transaction ends, instead of one by one: the full-text index writes
     * itself out at every statement of a transaction that touched it, which
     * took half of an ingest's time. While a row of fts_deferred exists
     * (only ever inside an ingest's own transaction), sentences from id
     * first_id on are not indexed yet: the triggers leave them alone, and
     * the ingest indexes them in one statement before it commits. */
    "CREATE TABLE fts_deferred(first_id INTEGER NOT NULL);"
    "DROP TRIGGER sentences_ai;"
    "DROP TRIGGER sentences_ad;"
    "CREATE TRIGGER sentences_ai AFTER INSERT ON sentences WHEN NOT EXISTS (SELECT 1 FROM fts_deferred) BEGIN"
    "  INSERT INTO sentences_fts(rowid, folded) VALUES (new.id, new.folded); END;"
    "CREATE TRIGGER sentences_ad AFTER DELETE ON sentences"
    "  WHEN NOT EXISTS (SELECT 1 FROM fts_deferred WHERE old.id >= first_id) BEGIN"
    "  INSERT INTO sentences_fts(sentences_fts, rowid, folded) VALUES ('delete', old.id, old.folded); END;",
    /* 5 -> 6: where each event is placed in time, kept by triggers at every
     * write (ingest, analysts' changes and their undoing), so that lists sort
     * and filter on an index instead of working it out for every row:
     * events.placed is the event's own date when it has a year, else the
     * first publication date of its reports (NULL when neither), and
     * event_partner_order holds it and the event's type beside each of its
     * states (a partner's events in time order, and counted by type, on one
     * index). */
    "ALTER TABLE events ADD COLUMN placed TEXT;"
    "UPDATE events SET placed = " PLACED_OF_EVENT ";"
    "CREATE INDEX events_placed ON events(placed);"
    "CREATE INDEX events_type_placed ON events(type, placed);"
    "CREATE INDEX events_mechanism_placed ON events(mechanism, placed) WHERE mechanism IS NOT NULL;"
    "CREATE TABLE event_partner_order("
    "  event_id INTEGER NOT NULL, country TEXT NOT NULL, placed TEXT, type TEXT NOT NULL,"
    "  PRIMARY KEY(event_id, country)) WITHOUT ROWID;"
    "INSERT INTO event_partner_order SELECT ec.event_id, ec.country, e.placed, e.type FROM event_countries ec"
    "  JOIN events e ON e.id = ec.event_id;"
    "CREATE INDEX event_partner_order_placed ON event_partner_order(country, placed, event_id, type);"
    "CREATE TRIGGER events_placed_ai AFTER INSERT ON events BEGIN " PLACE_EVENT("new.id") " END;"
    "CREATE TRIGGER events_placed_au AFTER UPDATE OF date ON events BEGIN " PLACE_EVENT("new.id") " END;"
    "CREATE TRIGGER event_sources_placed_ai AFTER INSERT ON event_sources BEGIN " PLACE_EVENT("new.event_id") " END;"
    "CREATE TRIGGER event_sources_placed_ad AFTER DELETE ON event_sources BEGIN " PLACE_EVENT("old.event_id") " END;"
    "CREATE TRIGGER event_sources_placed_au AFTER UPDATE OF event_id, source_id ON event_sources BEGIN "
    PLACE_EVENT("old.event_id") " " PLACE_EVENT("new.event_id") " END;"
    "CREATE TRIGGER sources_placed_au AFTER UPDATE OF published ON sources BEGIN"
    "  UPDATE events SET placed = " PLACED_OF_EVENT " WHERE id IN (SELECT event_id FROM event_sources"
    "  WHERE source_id = new.id) AND placed IS NOT " PLACED_OF_EVENT "; END;"
    "CREATE TRIGGER events_placed_partners AFTER UPDATE OF placed, type ON events BEGIN"
    "  UPDATE event_partner_order SET placed = new.placed, type = new.type WHERE event_id = new.id; END;"
    "CREATE TRIGGER event_countries_order_ai AFTER INSERT ON event_countries BEGIN"
    "  INSERT OR REPLACE INTO event_partner_order SELECT new.event_id, new.country, placed, type FROM events"
    "  WHERE id = new.event_id; END;"
    "CREATE TRIGGER event_countries_order_ad AFTER DELETE ON event_countries BEGIN"
    "  DELETE FROM event_partner_order WHERE event_id = old.event_id AND country = old.country; END;"
    "CREATE TRIGGER event_countries_order_au AFTER UPDATE ON event_countries BEGIN"
    "  DELETE FROM event_partner_order WHERE event_id = old.event_id AND country = old.country;"
    "  INSERT OR REPLACE INTO event_partner_order SELECT new.event_id, new.country, placed, type FROM events"
    "  WHERE id = new.event_id; END;",
    /* 6 -> 7: a partner's profile summed up, kept by triggers at every write
     * (PARTNER_SUMMARIES above), so that it reads a few rows instead of
     * going through every event of the partner. */
    PARTNER_SUMMARIES,
    /* 7 -> 8: each event's summary (SUMMARIZE_EVENTS), kept by triggers at
     * every write of what it is made of (ingest, analysts' changes and their
     * undoing, deleted sources, a person renamed), so that an events list
     * reads one row per event instead of six lookups, two of them sorted. */
    "CREATE TABLE event_summary("
    "  event_id INTEGER PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE, countries TEXT, participants TEXT,"
    "  sources INTEGER NOT NULL, confidence REAL, reported TEXT, evidence_id INTEGER);"
    "CREATE TABLE summary_pending(event_id INTEGER PRIMARY KEY);"
    SUMMARIZE_EVENTS("1 = 1")
    SUMMARY_TRIGGER("events_summary_ai", "AFTER INSERT ON events", "SELECT new.id")
    SUMMARY_TRIGGERS("event_countries") SUMMARY_TRIGGERS("participants") SUMMARY_TRIGGERS("event_sources")
    SUMMARY_TRIGGER("people_summary_au", "AFTER UPDATE OF name ON people",
                    "SELECT event_id FROM participants WHERE person_id = new.id")
    SUMMARY_TRIGGER("sources_summary_au", "AFTER UPDATE OF published ON sources",
                    "SELECT event_id FROM event_sources WHERE source_id = new.id"),
    /* 8 -> 9: two indexes the API's answers read instead of scanning, kept
     * by triggers at every write. event_area_order holds where each event of
     * an area is placed in time (as event_partner_order does for a partner),
     * so that an events list filtered by area reads its page in time order
     * on an index instead of sorting every event of the area (55,000 of a
     * million: 40 ms). people_keys is a trigram index of the people's name
     * keys (its text is read from people), so that a search finds the
     * people whose key holds the words (LIKE '%words%', which it answers
     * from the index for three characters or more) without reading every
     * key. */
    "CREATE TABLE event_area_order("
    "  event_id INTEGER NOT NULL, area TEXT NOT NULL, placed TEXT, PRIMARY KEY(event_id, area)) WITHOUT ROWID;"
    "INSERT INTO event_area_order SELECT ea.event_id, ea.area, e.placed FROM event_areas ea"
    "  JOIN events e ON e.id = ea.event_id;"
    "CREATE INDEX event_area_order_placed ON event_area_order(area, placed, event_id);"
    "CREATE TRIGGER events_placed_areas AFTER UPDATE OF placed ON events BEGIN"
    "  UPDATE event_area_order SET placed = new.placed WHERE event_id = new.id; END;"
    "CREATE TRIGGER event_areas_order_ai AFTER INSERT ON event_areas BEGIN"
    "  INSERT OR REPLACE INTO event_area_order SELECT new.event_id, new.area, placed FROM events"
    "  WHERE id = new.event_id; END;"
    "CREATE TRIGGER event_areas_order_ad AFTER DELETE ON event_areas BEGIN"
    "  DELETE FROM event_area_order WHERE event_id = old.event_id AND area = old.area; END;"
    "CREATE TRIGGER event_areas_order_au AFTER UPDATE ON event_areas BEGIN"
    "  DELETE FROM event_area_order WHERE event_id = old.event_id AND area = old.area;"
    "  INSERT OR REPLACE INTO event_area_order SELECT new.event_id, new.area, placed FROM events"
    "  WHERE id = new.event_id; END;"
    "CREATE VIRTUAL TABLE people_keys USING fts5(name_key, content='people', content_rowid='id',"
    "  tokenize='trigram');"
    "INSERT INTO people_keys(people_keys) VALUES ('rebuild');"
    "CREATE TRIGGER people_keys_ai AFTER INSERT ON people BEGIN"
    "  INSERT INTO people_keys(rowid, name_key) VALUES (new.id, new.name_key); END;"
    "CREATE TRIGGER people_keys_ad AFTER DELETE ON people BEGIN"
    "  INSERT INTO people_keys(people_keys, rowid, name_key) VALUES ('delete', old.id, old.name_key); END;"
    "CREATE TRIGGER people_keys_au AFTER UPDATE OF id, name_key ON people BEGIN"
    "  INSERT INTO people_keys(people_keys, rowid, name_key) VALUES ('delete', old.id, old.name_key);"
    "  INSERT INTO people_keys(rowid, name_key) VALUES (new.id, new.name_key); END;",
    /* 9 -> 10: each person's summary (SUMMARIZE_PEOPLE), kept by triggers at
     * every write of their events and participations, so that a person's
     * page reads one row where it went through all their events three times
     * over (and twice more for its totals). */
    "CREATE TABLE person_summary(person_id INTEGER PRIMARY KEY, rank TEXT, position TEXT, events INTEGER NOT NULL,"
    "  first_seen TEXT, last_seen TEXT, offices INTEGER NOT NULL, met INTEGER NOT NULL);"
    "CREATE TABLE person_pending(person_id INTEGER PRIMARY KEY);"
    "INSERT INTO person_summary(" AT_PERSON_SUMMARY_COLUMNS ") " AT_PERSON_SUMMARY_OF_PEOPLE("DESC")
    "1 = 1 GROUP BY pe.id;"
    PERSON_SUMMARY_TRIGGER("participants_people_ai", "AFTER INSERT ON participants", PEOPLE_OF_EVENT("new.event_id"))
    PERSON_SUMMARY_TRIGGER("participants_people_ad", "AFTER DELETE ON participants",
                           "SELECT old.person_id UNION " PEOPLE_OF_EVENT("old.event_id"))
    PERSON_SUMMARY_TRIGGER("participants_people_au", "AFTER UPDATE ON participants",
                           "SELECT old.person_id UNION " PEOPLE_OF_EVENT("old.event_id") " UNION "
                           PEOPLE_OF_EVENT("new.event_id"))
    PERSON_SUMMARY_TRIGGER("events_people_au", "AFTER UPDATE OF date, placed ON events", PEOPLE_OF_EVENT("new.id")),
    /* 10 -> 11: event_partner_area_order holds where each event of a partner in an
     * area is placed in time (as event_partner_order and event_area_order do
     * for one of them), so that a list by partner and area reads its page
     * on an index instead of walking one of the two lists and looking each
     * event up in the other (Japan's 5,148 events for peacekeeping: 0.7 ms). */
    "CREATE TABLE event_partner_area_order(event_id INTEGER NOT NULL, country TEXT NOT NULL, area TEXT NOT NULL,"
    "  placed TEXT, PRIMARY KEY(event_id, country, area)) WITHOUT ROWID;"
    "INSERT INTO event_partner_area_order SELECT ec.event_id, ec.country, ea.area, e.placed FROM event_countries ec"
    "  JOIN event_areas ea ON ea.event_id = ec.event_id JOIN events e ON e.id = ec.event_id;"
    "CREATE INDEX event_partner_area_order_placed ON event_partner_area_order(country, area, placed, event_id);"
    "CREATE TRIGGER events_placed_partner_areas AFTER UPDATE OF placed ON events BEGIN"
    "  UPDATE event_partner_area_order SET placed = new.placed WHERE event_id = new.id; END;"
    "CREATE TRIGGER event_countries_areas_ai AFTER INSERT ON event_countries BEGIN " PARTNER_AREAS_ADD_COUNTRY("new")
    " END;"
    "CREATE TRIGGER event_countries_areas_ad AFTER DELETE ON event_countries BEGIN " PARTNER_AREAS_TAKE_COUNTRY("old")
    " END;"
    "CREATE TRIGGER event_countries_areas_au AFTER UPDATE ON event_countries BEGIN " PARTNER_AREAS_TAKE_COUNTRY("old")
    PARTNER_AREAS_ADD_COUNTRY("new") " END;"
    "CREATE TRIGGER event_areas_partners_ai AFTER INSERT ON event_areas BEGIN " PARTNER_AREAS_ADD_AREA("new") " END;"
    "CREATE TRIGGER event_areas_partners_ad AFTER DELETE ON event_areas BEGIN " PARTNER_AREAS_TAKE_AREA("old") " END;"
    "CREATE TRIGGER event_areas_partners_au AFTER UPDATE ON event_areas BEGIN " PARTNER_AREAS_TAKE_AREA("old")
    PARTNER_AREAS_ADD_AREA("new") " END;",
    /* 11 -> 12: person_event_order holds each person's events with their
     * date and type, in the order of a person's page (undated last, then by
     * date and id) on its index, so that the page's events and offices read
     * their first page from it instead of looking up and sorting all the
     * person's events (a hundred: 0.1 ms each list). */
    "CREATE TABLE person_event_order(event_id INTEGER NOT NULL, person_id INTEGER NOT NULL, date TEXT,"
    "  type TEXT NOT NULL, PRIMARY KEY(event_id, person_id)) WITHOUT ROWID;"
    "INSERT INTO person_event_order SELECT DISTINCT p.event_id, p.person_id, e.date, e.type FROM participants p"
    "  JOIN events e ON e.id = p.event_id;"
    "CREATE INDEX person_event_order_date ON person_event_order(person_id, date IS NULL, date, event_id, type);"
    "CREATE TRIGGER participants_order_ai AFTER INSERT ON participants BEGIN " PERSON_EVENT_ADD("new") " END;"
    "CREATE TRIGGER participants_order_ad AFTER DELETE ON participants BEGIN " PERSON_EVENT_TAKE("old") " END;"
    "CREATE TRIGGER participants_order_au AFTER UPDATE ON participants BEGIN " PERSON_EVENT_TAKE("old")
    PERSON_EVENT_ADD("new") " END;"
    "CREATE TRIGGER events_people_order AFTER UPDATE OF date, type ON events BEGIN"
    "  UPDATE person_event_order SET date = new.date, type = new.type WHERE event_id = new.id; END;",
    /* 12 -> 13: two indexes in the order a partner's profile reads them, so
     * that each of its parts is one range of an index. A partner's timeline
     * (its visits and signings placed in time, newest first) is a partial
     * index of event_partner_order: its first page was found among the
     * newest ~350 of Japan's 5,000 events and sorted. A partner's relations
     * (its frameworks, the latest its framework) in time order, with the
     * columns the profile shows: they were looked up and sorted. */
    "CREATE INDEX event_partner_order_timeline ON event_partner_order(country, placed DESC, type, event_id)"
    "  WHERE " AT_TIMELINE_EVENTS("") ";"
    "CREATE INDEX relations_partner ON relations(country_b, as_of, id, framework, since, source_id, sentence_id);",
    /* 13 -> 14: whom each person met (person_met: AT_PERSON_MET_OF_PEOPLE),
     * kept with their summaries (the same people, at the same writes; a
     * person's date or place does not change whom they met) and, for the
     * name, when a person they met is renamed; its key is the order of the
     * person's page (most events first, then by name), so the page reads
     * its first rows instead of the participants of all the person's
     * events, grouped and sorted (0.2 ms of a person's 0.4). */
    "CREATE TABLE person_met(person_id INTEGER NOT NULL, other_id INTEGER NOT NULL, events INTEGER NOT NULL,"
    "  name TEXT NOT NULL, PRIMARY KEY(person_id, events DESC, name, other_id)) WITHOUT ROWID;"
    "INSERT INTO person_met(" AT_PERSON_MET_COLUMNS ") " AT_PERSON_MET_OF_PEOPLE "1 = 1" AT_PERSON_MET_END ";"
    PERSON_MET_TRIGGERS,
    /* 14 -> 15: each of a partner's people's rank and office
     * (AT_PARTNER_PERSON_MAX) beside their count of events in
     * partner_people, so that the partner's people list is one range of it
     * instead of their events with the partner looked up, grouped and
     * sorted (a quarter of a profile). What is added raises them (the
     * greater of the two: an event of the partner's for the person, a
     * participant of one; order-free, as an ingest's rows come), what is
     * taken or changed works them out again for the people and partners it
     * touched, from the records (not partner_person_events, which other
     * triggers of the same write keep). */
    "ALTER TABLE partner_people ADD COLUMN rank TEXT;"
    "ALTER TABLE partner_people ADD COLUMN position TEXT;"
    AT_PARTNER_PEOPLE_RANKED("1 = 1")
    "DROP TRIGGER partner_person_events_ai;"
    "CREATE TRIGGER partner_person_events_ai AFTER INSERT ON partner_person_events BEGIN"
    "  INSERT INTO partner_people VALUES (new.country, new.person_id, 1,"
    "  " AT_PARTNER_EVENT_MAX("rank", "new.event_id", "new.person_id", "new.country") ","
    "  " AT_PARTNER_EVENT_MAX("position", "new.event_id", "new.person_id", "new.country") ")"
    "  ON CONFLICT(country, person_id) DO UPDATE SET events = events + 1,"
    "  rank = " GREATER("rank", "excluded.rank") ", position = " GREATER("position", "excluded.position") "; END;"
    "CREATE TRIGGER participants_partner_rank_ai AFTER INSERT ON participants BEGIN"
    "  UPDATE partner_people SET rank = " GREATER("rank", "new.rank") ", position = "
    GREATER("position", "new.position") " WHERE person_id = new.person_id"
    "  AND country = coalesce(new.country, (SELECT country FROM people WHERE id = new.person_id))"
    "  AND country IN (SELECT country FROM event_countries WHERE event_id = new.event_id); END;"
    "CREATE TRIGGER participants_partner_rank_ad AFTER DELETE ON participants BEGIN "
    PARTNER_PEOPLE_OF_EVENT_RANKED("old") " END;"
    "CREATE TRIGGER participants_partner_rank_au AFTER UPDATE ON participants BEGIN "
    PARTNER_PEOPLE_OF_EVENT_RANKED("old") PARTNER_PEOPLE_OF_EVENT_RANKED("new") " END;"
    "CREATE TRIGGER event_countries_partner_rank_ad AFTER DELETE ON event_countries BEGIN "
    AT_PARTNER_PEOPLE_RANKED("country = old.country AND person_id IN"
                             " (SELECT person_id FROM participants WHERE event_id = old.event_id)") " END;"
    "CREATE TRIGGER event_countries_partner_rank_au AFTER UPDATE ON event_countries BEGIN "
    AT_PARTNER_PEOPLE_RANKED("country = old.country AND person_id IN"
                             " (SELECT person_id FROM participants WHERE event_id = old.event_id)") " END;"
    "CREATE TRIGGER people_partner_rank_au AFTER UPDATE OF country ON people BEGIN "
    AT_PARTNER_PEOPLE_RANKED("person_id = new.id") " END;",
    /* 15 -> 16: the two search indexes each merged into one segment. FTS5
     * writes a segment per batch and merges them a few at a time, so a search
     * looked each of its words up in every segment (the million-event
     * database's people_keys had 12, sentences_fts 10; merged, a search took
     * 1.51 -> 0.73 million instructions); an ingest's end now merges what it
     * added (merge_search_indexes). And the triggers of whom each person met
     * made again, so that databases made before the cheaper statement of
     * AT_PERSON_MET_OF_PEOPLE (which step 13 -> 14 writes into them) run it
     * too. */
    "INSERT INTO sentences_fts(sentences_fts) VALUES ('optimize');"
    "INSERT INTO people_keys(people_keys) VALUES ('optimize');"
    "DROP TRIGGER participants_met_ai;"
    "DROP TRIGGER participants_met_ad;"
    "DROP TRIGGER participants_met_au;"
    "DROP TRIGGER people_met_au;"
    PERSON_MET_TRIGGERS,
    /* 16 -> 17: FTS5's 'merge' with a positive count merges the levels of
     * the search indexes that hold two segments or more (its 'usermerge',
     * 4 by default): what an ingest's end does after an ingest that wrote
     * less than half of an index (merge_search_indexes). */
    "INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('usermerge', 2);"
    "INSERT INTO people_keys(people_keys, rank) VALUES ('usermerge', 2);",
    /* 17 -> 18: a person's rows of participants in their order (person,
     * event, source, as before) hold each row's rank and office too, so that
     * a person's page reads its offices from that index, the person's rows
     * side by side, instead of finding each in the table (keyed by event
     * first, so each on a page of its own: 0.19 -> 0.07 ms of CPU a page of
     * 50 on the million-event database, asked afresh), and a person's
     * summary finds their latest rank and office without the table. */
    "DROP INDEX participants_person;"
    "CREATE INDEX participants_person ON participants(person_id, event_id, source_id, rank, position);",
    /* 18 -> 19: partner_events holds, for each partner of an event (not
     * Vietnam, in every event), the columns an events list shows of it
     * (AT_PARTNER_EVENTS_OF), keyed in the order of a partner's events
     * page (undated last, then by place in time and id), so that a
     * profile's first page of events is one range of it instead of three
     * lookups a row by key in tables of a million rows (the event, its
     * summary, its evidence sentence: cache misses, 0.24 ms of a cold
     * profile's 0.6). Written again with the event's summary (its every
     * write: SUMMARIZE_EVENTS deletes and inserts it) and when the event's
     * own shown columns change (at once, or, inside an ingest's
     * transaction, noted in summary_pending for its summary). */
    "CREATE TABLE partner_events(" AT_PARTNER_EVENTS_TABLE ") WITHOUT ROWID;"
    "CREATE INDEX partner_events_event ON partner_events(event_id);"
    "INSERT INTO partner_events " AT_PARTNER_EVENTS_OF "1 = 1;"
    "CREATE TRIGGER event_summary_partner_events_ai AFTER INSERT ON event_summary BEGIN"
    "  INSERT INTO partner_events " AT_PARTNER_EVENTS_OF "sm.event_id = new.event_id; END;"
    "CREATE TRIGGER event_summary_partner_events_ad AFTER DELETE ON event_summary BEGIN"
    "  DELETE FROM partner_events WHERE event_id = old.event_id; END;"
    "CREATE TRIGGER event_summary_partner_events_au AFTER UPDATE ON event_summary BEGIN"
    "  DELETE FROM partner_events WHERE event_id IN (old.event_id, new.event_id);"
    "  INSERT INTO partner_events " AT_PARTNER_EVENTS_OF "sm.event_id = new.event_id; END;"
    "CREATE TRIGGER events_partner_events_au AFTER UPDATE OF " AT_PARTNER_EVENTS_SHOWN " ON events"
    "  WHEN NOT EXISTS (SELECT 1 FROM fts_deferred) BEGIN"
    "  DELETE FROM partner_events WHERE event_id IN (old.id, new.id);"
    "  INSERT INTO partner_events " AT_PARTNER_EVENTS_OF "sm.event_id = new.id; END;"
    "CREATE TRIGGER events_partner_events_later AFTER UPDATE OF " AT_PARTNER_EVENTS_SHOWN " ON events"
    "  WHEN EXISTS (SELECT 1 FROM fts_deferred) BEGIN INSERT OR IGNORE INTO summary_pending VALUES (new.id); END;"
    "CREATE TRIGGER events_partner_events_ad AFTER DELETE ON events BEGIN"
    "  DELETE FROM partner_events WHERE event_id = old.id; END;",
    /* 19 -> 20: a partner's visits and signings placed in time, newest
     * first, with the names of their people: the first page of its
     * timeline is one range of this index, instead of a row of
     * event_partner_order_timeline and a lookup by the four columns of
     * partner_events' key for each (50 lookups, 0.48 -> 0.11 million
     * instructions and 0.07 -> 0.015 ms of CPU a cold page on the
     * million-event database). Vietnam's timeline, which partner_events
     * leaves out, is still read on event_partner_order_timeline. */
    "CREATE INDEX partner_events_timeline ON partner_events(country, placed DESC, type, event_id, participants)"
    " WHERE " AT_PARTNER_TIMELINE_EVENTS("") ";",
    /* 20 -> 21: the search index without the size of each sentence
     * (columnsize=0): only ranking (bm25) reads it, and a search orders by
     * date, so an ingest no longer writes a row of sentences_fts_docsize
     * per sentence (the storing thread's instructions: see
     * docs/measured-history.md). The index is made again from the
     * sentences, merged into one segment as an ingest's end leaves it, with
     * step 16 -> 17's 'usermerge', which its configuration held. */
    "DROP TABLE sentences_fts;"
    "CREATE VIRTUAL TABLE sentences_fts USING fts5(folded, content='sentences', content_rowid='id', columnsize=0);"
    "INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild');"
    "INSERT INTO sentences_fts(sentences_fts) VALUES ('optimize');"
    "INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('usermerge', 2);",
    /* 21 -> 22: person_events holds, for each person of an event (each
     * row of person_event_order), the columns an events list shows of it
     * (AT_PERSON_EVENTS_OF), keyed in the order of a person's events page,
     * so that a person's first page of events is one range of it instead
     * of three lookups a row by key in tables of a million rows (0.23-0.28
     * ms of a cold person's page of 0.38). Written again as partner_events
     * is (with the event's summary, or when the event's shown columns
     * change: inside an ingest's transaction events_partner_events_later
     * notes it for its summary), and with the person's row of
     * person_event_order (out of an ingest: inside one, its events are
     * summarized again at its end, SUMMARIZE_TOUCHED, which writes them). */
    "CREATE TABLE person_events(" AT_PERSON_EVENTS_TABLE ") WITHOUT ROWID;"
    "CREATE INDEX person_events_event ON person_events(event_id);"
    "INSERT INTO person_events " AT_PERSON_EVENTS_OF "1 = 1;"
    "CREATE TRIGGER event_summary_person_events_ai AFTER INSERT ON event_summary BEGIN"
    "  INSERT INTO person_events " AT_PERSON_EVENTS_OF "sm.event_id = new.event_id; END;"
    "CREATE TRIGGER event_summary_person_events_ad AFTER DELETE ON event_summary BEGIN"
    "  DELETE FROM person_events WHERE event_id = old.event_id; END;"
    "CREATE TRIGGER event_summary_person_events_au AFTER UPDATE ON event_summary BEGIN"
    "  DELETE FROM person_events WHERE event_id IN (old.event_id, new.event_id);"
    "  INSERT INTO person_events " AT_PERSON_EVENTS_OF "sm.event_id = new.event_id; END;"
    "CREATE TRIGGER events_person_events_au AFTER UPDATE OF " AT_PARTNER_EVENTS_SHOWN " ON events"
    "  WHEN NOT EXISTS (SELECT 1 FROM fts_deferred) BEGIN"
    "  DELETE FROM person_events WHERE event_id IN (old.id, new.id);"
    "  INSERT INTO person_events " AT_PERSON_EVENTS_OF "sm.event_id = new.id; END;"
    "CREATE TRIGGER events_person_events_ad AFTER DELETE ON events BEGIN"
    "  DELETE FROM person_events WHERE event_id = old.id; END;"
    "CREATE TRIGGER person_event_order_person_events_ai AFTER INSERT ON person_event_order"
    "  WHEN NOT EXISTS (SELECT 1 FROM fts_deferred) BEGIN"
    "  INSERT INTO person_events " AT_PERSON_EVENTS_OF "sm.event_id = new.event_id AND o.person_id = new.person_id;"
    "  END;"
    "CREATE TRIGGER person_event_order_person_events_ad AFTER DELETE ON person_event_order BEGIN"
    "  DELETE FROM person_events WHERE event_id = old.event_id AND person_id = old.person_id; END;",
    /* 22 -> 23: each relation holds its evidence sentence's text, at the
     * end of relations_partner too, so that a partner's frameworks are one
     * range of that index instead of a lookup a row in the sentences table
     * (about 50 a profile: 0.05-0.06 ms of a cold profile's 0.35). An
     * ingest writes it with the row; the triggers keep it for rows written
     * otherwise (an analyst's relation, one an undo puts back). */
    "ALTER TABLE relations ADD COLUMN evidence TEXT;"
    "UPDATE relations SET evidence = " AT_RELATION_EVIDENCE("relations") ";"
    "DROP INDEX relations_partner;"
    "CREATE INDEX relations_partner ON relations(country_b, as_of, id, framework, since, source_id, sentence_id,"
    "  evidence);"
    "CREATE TRIGGER relations_evidence_ai AFTER INSERT ON relations"
    "  WHEN new.evidence IS NOT " AT_RELATION_EVIDENCE("new") " BEGIN"
    "  UPDATE relations SET evidence = " AT_RELATION_EVIDENCE("new") " WHERE id = new.id; END;"
    "CREATE TRIGGER relations_evidence_au AFTER UPDATE OF sentence_id, evidence ON relations"
    "  WHEN new.evidence IS NOT " AT_RELATION_EVIDENCE("new") " BEGIN"
    "  UPDATE relations SET evidence = " AT_RELATION_EVIDENCE("new") " WHERE id = new.id; END;",
};
_Static_assert(sizeof MIGRATIONS / sizeof *MIGRATIONS == ATTACHE_STORE_SCHEMA_VERSION - 1,
               "one migration step per schema version after the first");

void at_store_set_error(attache_store *s, attache_error *err, attache_status st, const char *what) {
  at_error_set(err, st, "%s: %s", what, at_store_errmsg(s));
}

static attache_status exec(attache_store *s, const char *sql, attache_error *err) {
  char *msg = NULL;
  if (sqlite3_exec(s->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
    attache_status st = at_error_set(err, ATTACHE_ERR_STORE, "%s", msg ? msg : "database error");
    sqlite3_free(msg);
    return st;
  }
  return ATTACHE_OK;
}

static long pragma_int(attache_store *s, const char *sql) {
  sqlite3_stmt *st;
  long v = -1;
  if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
    v = (long)sqlite3_column_int64(st, 0);
  sqlite3_finalize(st);
  return v;
}

/* Which database this is: `*version` is attache's schema version, 0 for an
 * empty database (which becomes one). Anything else, or a newer attache's, is
 * refused. */
static attache_status identify(attache_store *s, long *version, attache_error *err) {
  long app = pragma_int(s, "PRAGMA application_id");
  *version = pragma_int(s, "PRAGMA user_version");
  long tables = pragma_int(s, "SELECT count(*) FROM sqlite_schema");
  if (app < 0 || *version < 0 || tables < 0) {
    if ((sqlite3_errcode(s->db) & 0xff) == SQLITE_NOTADB) return at_error_set(err, ATTACHE_ERR_DATA, "not an SQLite database");
    return at_error_set(err, ATTACHE_ERR_STORE, "cannot read the database: %s", sqlite3_errmsg(s->db));
  }
  if (tables > 0 && app != ATTACHE_APPLICATION_ID)
    return at_error_set(err, ATTACHE_ERR_DATA, "not an attache database (it has other tables)");
  if (*version > ATTACHE_STORE_SCHEMA_VERSION)
    return at_error_set(err, ATTACHE_ERR_DATA,
                        "database schema version %ld is newer than this attache (%d): upgrade attache", *version,
                        ATTACHE_STORE_SCHEMA_VERSION);
  if (tables == 0) *version = 0;
  return ATTACHE_OK;
}

/* Creates the schema of an empty database, or leaves a current one as it is.
 * Several ingests may open a new database at once: the version is read and
 * the schema written in one write transaction, so exactly one of them creates
 * it and the others wait for it and find it made. */
static attache_status create_schema(attache_store *s, attache_error *err) {
  attache_status st = exec(s, "BEGIN IMMEDIATE", err);
  if (st != ATTACHE_OK) return st;
  long version;
  st = identify(s, &version, err);
  bool created = st == ATTACHE_OK && version == 0;
  if (created) {
    st = exec(s, SCHEMA_V1, err);
    version = 1;
  }
  bool migrated = st == ATTACHE_OK && version < ATTACHE_STORE_SCHEMA_VERSION;
  for (; st == ATTACHE_OK && version < ATTACHE_STORE_SCHEMA_VERSION; version++) st = exec(s, MIGRATIONS[version - 1], err);
  if (created || migrated) {
    char stamp[96];
    snprintf(stamp, sizeof stamp, "PRAGMA application_id=%d; PRAGMA user_version=%d", ATTACHE_APPLICATION_ID,
             ATTACHE_STORE_SCHEMA_VERSION);
    if (st == ATTACHE_OK) st = exec(s, stamp, err);
  }
  if (st == ATTACHE_OK) st = exec(s, "COMMIT", err);
  if (st != ATTACHE_OK) sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
  return st;
}

/* `path` as an SQLite URI (file:...) that says the file cannot change. */
static char *immutable_uri(const char *path) {
  size_t n = strlen(path);
  char *uri = malloc(3 * n + 32);
  if (!uri) at_oom();
  char *o = uri + sprintf(uri, path[0] == '/' ? "file://" : "file:");
  for (const char *p = path; *p; p++)
    o += strchr("%?#", *p) ? sprintf(o, "%%%02X", (unsigned char)*p) : (*o = *p, 1);
  strcpy(o, "?immutable=1");
  return uri;
}

/* Whether `path`-wal holds changes not yet in the database file. */
static bool wal_pending(const char *path) {
  size_t n = strlen(path) + 5;
  char *wal = malloc(n);
  if (!wal) at_oom();
  snprintf(wal, n, "%s-wal", path);
  struct stat st;
  bool pending = stat(wal, &st) == 0 && st.st_size > 0;
  free(wal);
  return pending;
}

static void batch_names_of(sqlite3_context *ctx, int argc, sqlite3_value **argv); /* at_batch_names */

static attache_status open_connection(attache_store *s, const char *name, int flags, attache_error *err) {
  if (s->db) sqlite3_close(s->db);
  s->db = NULL;
  /* A store is used by one thread at a time (store.h): SQLite need not lock
   * the connection at every call (SQLITE_OPEN_NOMUTEX). */
  if (sqlite3_open_v2(name, &s->db, flags | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK)
    return at_error_set(err, ATTACHE_ERR_STORE, "cannot open database: %s",
                        s->db ? sqlite3_errmsg(s->db) : "out of memory");
  /* Another ingest may hold the write lock for a document: wait for it. */
  sqlite3_busy_timeout(s->db, BUSY_TIMEOUT_MS);
  sqlite3_extended_result_codes(s->db, 1);
  if (sqlite3_create_function(s->db, "at_batch_names", 1, SQLITE_UTF8 | SQLITE_DIRECTONLY, s, batch_names_of, NULL,
                              NULL) != SQLITE_OK)
    return at_error_set(err, ATTACHE_ERR_STORE, "cannot open database: %s", sqlite3_errmsg(s->db));
  return ATTACHE_OK;
}

/* Puts the database in WAL mode. Turning a new database's journal into a
 * WAL needs it alone for a moment, and SQLite reports SQLITE_BUSY at once,
 * without its busy handler, when another ingest opening the same new
 * database reads it just then: so try again until the busy timeout. */
static attache_status use_wal(attache_store *s, attache_error *err) {
  const char *wal = "PRAGMA journal_mode=WAL";
  int rc;
  for (int waited = 0; (rc = sqlite3_exec(s->db, wal, NULL, NULL, NULL)) != SQLITE_OK; waited += 10) {
    if ((rc & 0xff) != SQLITE_BUSY || waited >= BUSY_TIMEOUT_MS)
      return at_error_set(err, ATTACHE_ERR_STORE, "%s", sqlite3_errmsg(s->db));
    sqlite3_sleep(10);
  }
  return exec(s, "PRAGMA synchronous=NORMAL", err);
}

attache_status attache_store_open(const char *path, unsigned flags, attache_store **out, attache_error *err) {
  if (!out || !path) return at_error_set(err, ATTACHE_ERR_ARG, "null argument");
  *out = NULL;
  if (err) {
    err->file = path;
    err->line = 0;
    err->offset = (size_t)-1;
  }
  attache_store *s = calloc(1, sizeof *s);
  if (!s) at_oom();
  s->readonly = flags & ATTACHE_STORE_READONLY;
  long version = 0;
  attache_status st;
  if (at_pg_url(path)) {
    st = at_pg_open(s, path, err);
  } else if (s->readonly) {
    st = open_connection(s, path, SQLITE_OPEN_READONLY, err);
    if (st == ATTACHE_OK) st = identify(s, &version, err);
    /* A database in a read-only directory: reading a WAL database needs its
     * -shm file, which cannot be made there. With no changes pending in a
     * -wal file, the database file is all there is and nobody can write it:
     * read it as immutable, without the -shm. */
    if (st == ATTACHE_ERR_STORE && (sqlite3_errcode(s->db) & 0xff) == SQLITE_CANTOPEN) {
      if (wal_pending(path)) {
        st = at_error_set(err, ATTACHE_ERR_STORE,
                          "cannot read the database: its directory is read-only and %s-wal holds changes "
                          "that need %s-shm; open it once where it can be written",
                          path, path);
      } else {
        char *uri = immutable_uri(path);
        st = open_connection(s, uri, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, err);
        free(uri);
        if (st == ATTACHE_OK) st = identify(s, &version, err);
      }
    }
    if (st == ATTACHE_OK && version == 0) st = at_error_set(err, ATTACHE_ERR_DATA, "empty database: ingest documents first");
    if (st == ATTACHE_OK && version > 0 && version < ATTACHE_STORE_SCHEMA_VERSION)
      st = at_error_set(err, ATTACHE_ERR_DATA,
                        "database schema version %ld is older than this attache (%d): open it once for writing "
                        "(attache ingest) to upgrade it",
                        version, ATTACHE_STORE_SCHEMA_VERSION);
  } else {
    st = open_connection(s, path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, err);
    /* SQLite opens a file it cannot write read-only, and would say so only at the first write. */
    if (st == ATTACHE_OK && sqlite3_db_readonly(s->db, "main") == 1)
      st = at_error_set(err, ATTACHE_ERR_STORE, "cannot write the database: it is read-only (queries can read it)");
    /* Refused before anything is written to it (WAL changes the file). */
    if (st == ATTACHE_OK) st = identify(s, &version, err);
    if (st == ATTACHE_OK) st = use_wal(s, err);
    if (st == ATTACHE_OK) st = create_schema(s, err);
  }
  if (st == ATTACHE_OK && !s->pg) st = exec(s, "PRAGMA foreign_keys=ON", err);
  /* Readers (queries, the server's handles) map the database file instead of
   * copying each page they touch through read(): on a large database, the
   * copies were a third of an events query's time. */
  if (st == ATTACHE_OK && !s->pg && s->readonly) st = exec(s, "PRAGMA mmap_size=" READ_MMAP_BYTES, err);
  if (st != ATTACHE_OK) {
    attache_store_close(s);
    return st;
  }
  *out = s;
  return ATTACHE_OK;
}

static attache_status summarize_people_left(attache_store *s, attache_error *err);

void attache_store_close(attache_store *s) {
  if (!s) return;
  if (attache_store_commit(s, NULL) == ATTACHE_OK) summarize_people_left(s, NULL);
  at_query_forget_statements(s);
  for (size_t i = 0; i < sizeof s->stmts / sizeof *s->stmts; i++) at_stmt_finalize(s->stmts[i]);
  if (s->pg) at_pg_close(s);
  sqlite3_close(s->db);
  free(s);
}

/* ---- ingest ---------------------------------------------------------------- */

_Static_assert(SQL_COUNT <= (int)(sizeof((attache_store *)0)->stmts / sizeof(at_stmt *)), "statement cache too small");

/* A string that lives until the statement is stepped (a document's, from
 * its arena, the lexicon's, or the caller's own): bound without a copy. */
static void bind_text(at_stmt *st, int i, const char *s) {
  if (s) at_bind_text_kept(st, i, s, -1);
  else at_bind_null(st, i);
}

/* A record's confidence; NAN (a result read back without one) is NULL. */
static void bind_confidence(at_stmt *st, int i, double confidence) {
  if (isnan(confidence)) at_bind_null(st, i);
  else at_bind_real(st, i, confidence);
}

static void bind_date(at_stmt *st, int i, at_date d, bool has) {
  if (!has) {
    at_bind_null(st, i);
    return;
  }
  char buf[11];
  at_format_date(d, buf);
  at_bind_text(st, i, buf, -1);
}

static bool step_done(at_stmt *st) { return st && at_step(st) == AT_DONE; }

/* An ingest's transaction (SQLite) writes the rows of its documents with the
 * database's triggers off (SQLITE_DBCONFIG_ENABLE_TRIGGER, this connection
 * only) and adds what they would have added (events.placed,
 * event_partner_order, event_area_order, event_partner_area_order, the
 * partner_* summaries, event_summary, person_summary) once before
 * it commits, for the events it touched (KEEP_DERIVED_ROWS). Fired at every
 * row, the triggers took more than half of what storing a document cost, and
 * each statement that could fire one kept a statement journal. While they
 * are off, rows are only added, and the triggers of inserts only add rows;
 * deletes (forget_source) and analysts' changes run with them on, and their
 * triggers work out what they touch from the rows, so rows added before
 * with the triggers off change nothing there. PostgreSQL's triggers stay on.
 * (Turning them on or off makes SQLite prepare its statements again: a few
 * times per batch.) */
static void use_triggers(attache_store *s, bool on) {
  if (s->pg || s->triggers_off == !on) return;
  sqlite3_db_config(s->db, SQLITE_DBCONFIG_ENABLE_TRIGGER, on ? 1 : 0, (int *)NULL);
  s->triggers_off = !on;
}

/* Notes event `id`, written to with the triggers off, for KEEP_DERIVED_ROWS
 * (with them on, their own _later triggers note it). */
static bool touched_event(attache_store *s, long long id) {
  if (!s->triggers_off) return true;
  at_stmt *st = at_store_stmt(s, SQL_EVENT_TOUCHED, "INSERT OR IGNORE INTO summary_pending VALUES (?1)");
  if (!st) return false;
  at_bind_int(st, 1, id);
  return step_done(st);
}

/* "https://www.vietnamplus.vn/..." -> "vietnamplus.vn" */
static const char *outlet_of(at_arena *arena, const char *url) {
  if (!url) return NULL;
  const char *p = strstr(url, "://");
  p = p ? p + 3 : url;
  if (!strncmp(p, "www.", 4)) p += 4;
  size_t n = strcspn(p, "/:?#");
  return n ? at_arena_strndup(arena, p, n) : NULL;
}

/* The moment of ingest; SOURCE_DATE_EPOCH (reproducible builds) fixes it. */
static void now_iso(char out[21]) {
  const char *fixed = getenv("SOURCE_DATE_EPOCH");
  time_t t = fixed && *fixed ? (time_t)strtoll(fixed, NULL, 10) : time(NULL);
  struct tm tm;
  gmtime_r(&t, &tm);
  strftime(out, 21, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* A person's key across articles: tone- and case-folded words, sorted, so
 * "Nguyễn Chí Vinh" and "Nguyễn Chí Vịnh", "Koji Yamazaki" and "Yamazaki
 * Koji" are one person. */
char *at_store_person_key(at_arena *arena, const char *name);
char *at_store_person_key(at_arena *arena, const char *name) {
  char *f = at_fold(arena, name, strlen(name), AT_MATCH_TONE);
  const char *words[16];
  size_t n = 0;
  char *rest = NULL; /* strtok_r: the server's worker threads make keys at once */
  for (char *tok = strtok_r(f, " ", &rest); tok && n < 16; tok = strtok_r(NULL, " ", &rest)) words[n++] = tok;
  for (size_t i = 1; i < n; i++)
    for (size_t j = i; j > 0 && strcmp(words[j - 1], words[j]) > 0; j--) {
      const char *t = words[j];
      words[j] = words[j - 1];
      words[j - 1] = t;
    }
  size_t len = 0;
  for (size_t i = 0; i < n; i++) len += strlen(words[i]) + 1;
  char *key = at_arena_alloc(arena, len + 1);
  for (size_t i = 0; i < n; i++) {
    if (i) strcat(key, " ");
    strcat(key, words[i]);
  }
  return key;
}

static long long store_person(attache_store *s, at_arena *arena, const at_person *p, bool *ok) {
  const char *key = at_store_person_key(arena, p->name);
  at_stmt *st = at_store_stmt(s, SQL_PERSON_FIND, "SELECT id FROM people WHERE name_key = ?1");
  if (!st) return *ok = false, 0;
  bind_text(st, 1, key);
  if (at_step(st) == AT_ROW) {
    long long id = at_column_int(st, 0);
    /* "Nguyen Chi Vinh" (an English text) gives way to "Nguyễn Chí Vịnh". */
    bool marked = false;
    for (const char *c = p->name; *c; c++) marked |= (unsigned char)*c >= 0x80;
    if (marked) {
      at_stmt *up = at_store_stmt(s, SQL_PERSON_RENAME,
                                       "UPDATE people SET name = ?1 WHERE id = ?2 AND name NOT GLOB '*[^ -~]*'");
      if (!up) return *ok = false, 0;
      bind_text(up, 1, p->name);
      at_bind_int(up, 2, id);
      if (!step_done(up)) return *ok = false, 0;
      /* Renamed: the summaries of its events name it (people_summary_au). */
      if (s->triggers_off && at_store_changes(s) > 0) {
        at_stmt *touched = at_store_stmt(s, SQL_PERSON_EVENTS_TOUCHED,
                                         "INSERT OR IGNORE INTO summary_pending SELECT event_id FROM participants "
                                         "WHERE person_id = ?1");
        if (!touched) return *ok = false, 0;
        at_bind_int(touched, 1, id);
        if (!step_done(touched)) return *ok = false, 0;
      }
    }
    return id;
  }
  st = at_store_stmt(s, SQL_PERSON_INSERT, "INSERT INTO people(name, name_key, country) VALUES (?1, ?2, ?3)");
  if (!st) return *ok = false, 0;
  bind_text(st, 1, p->name);
  bind_text(st, 2, key);
  bind_text(st, 3, p->country);
  if (!step_done(st)) return *ok = false, 0;
  /* Its key goes into the search's trigram index when the transaction
   * ends (index_deferred), as people_keys_ai would add it with the triggers on. */
  return at_store_inserted_id(s);
}

/* Whether event `id` has one of `people` among its participants, or, when
 * `people` is empty, none at all. Each person is looked up on the primary
 * key (event, person): the event's participants are a row per source that
 * tells it, hundreds for a much-reported event, which reading them all for
 * each candidate cost more than the event's own inserts. */
static bool shared_people(attache_store *s, long long id, const long long *people, size_t npeople, bool *out) {
  *out = false;
  if (!npeople) {
    at_stmt *st = at_store_stmt(s, SQL_EVENT_ANYONE, "SELECT 1 FROM participants WHERE event_id = ?1 LIMIT 1");
    if (!st) return false;
    at_bind_int(st, 1, id);
    int rc = at_step(st);
    *out = rc == AT_DONE;
    return rc == AT_ROW || rc == AT_DONE;
  }
  for (size_t k = 0; k < npeople && !*out; k++) {
    at_stmt *st = at_store_stmt(s, SQL_EVENT_PERSON,
                                "SELECT 1 FROM participants WHERE event_id = ?1 AND person_id = ?2 LIMIT 1");
    if (!st) return false;
    at_bind_int(st, 1, id);
    at_bind_int(st, 2, people[k]);
    int rc = at_step(st);
    if (rc != AT_ROW && rc != AT_DONE) return false;
    *out = rc == AT_ROW;
  }
  return true;
}

/* Is this event of another article the same happening? Same type and day
 * (a known year), the same states, and a participant in common (or none
 * named on either side). */
static long long same_event_elsewhere(attache_store *s, const at_event *ev, const long long *people,
                                          size_t npeople, bool *ok) {
  if (!ev->has_date || !ev->date.year || !ev->date.day) return 0;
  char date[11];
  at_format_date(ev->date, date);
  at_stmt *cand = at_store_stmt(s, SQL_EVENT_CANDIDATES, "SELECT id FROM events WHERE type = ?1 AND date = ?2");
  if (!cand) return *ok = false, 0;
  bind_text(cand, 1, ev->type);
  bind_text(cand, 2, date);
  long long ids[64];
  size_t n = 0;
  while (n < 64 && at_step(cand) == AT_ROW) ids[n++] = at_column_int(cand, 0);
  for (size_t i = 0; i < n; i++) {
    at_stmt *cs = at_store_stmt(s, SQL_EVENT_COUNTRIES, "SELECT country FROM event_countries WHERE event_id = ?1");
    if (!cs) return *ok = false, 0;
    at_bind_int(cs, 1, ids[i]);
    size_t same = 0, total = 0;
    while (at_step(cs) == AT_ROW) {
      total++;
      if (at_strset_has(&ev->countries, at_column_text(cs, 0))) same++;
    }
    if (same != total || total != ev->countries.n) continue;
    bool same_people;
    if (!shared_people(s, ids[i], people, npeople, &same_people)) return *ok = false, 0;
    if (same_people) return ids[i];
  }
  return 0;
}

static bool store_set(attache_store *s, int slot, const char *sql, long long id, const at_strset *set) {
  for (uint8_t i = 0; i < set->n; i++) {
    at_stmt *st = at_store_stmt(s, slot, sql);
    if (!st) return false;
    at_bind_int(st, 1, id);
    bind_text(st, 2, set->items[i]);
    if (!step_done(st)) return false;
  }
  return true;
}

/* Where an event's date came from, for an analyst: the sentence (or the one
 * it refers back to); words of it relative to the publication date, resolved
 * against it ("hôm qua": relative); or, when the text gave no year, the
 * publication date that gave it, read from the URL or not; NULL when it has
 * no date. */
static const char *date_source(const attache_doc *doc, const at_event *ev) {
  if (!ev->has_date || ev->date_from == AT_DATE_NONE) return NULL;
  if (ev->date_relative && doc->has_published) return "relative";
  if (ev->date_from != AT_DATE_TOLD_NO_YEAR || !ev->date.year || !doc->has_published) return "sentence";
  return doc->published_from == AT_PUBLISHED_URL ? "url" : "publication";
}

static bool store_event(attache_store *s, attache_doc *doc, const at_event *ev, const long long *sentence_ids,
                        size_t *records) {
  bool ok = true;
  long long people[AT_SET_MAX];
  for (uint8_t i = 0; i < ev->nparticipants; i++)
    people[i] = store_person(s, doc->arena, AT_PERSON(doc, ev->participants[i]), &ok);
  if (!ok) return false;
  long long id = same_event_elsewhere(s, ev, people, ev->nparticipants, &ok);
  if (!ok) return false;
  if (!id) {
    at_stmt *st = at_store_stmt(s, SQL_EVENT_INSERT,
                                     "INSERT INTO events(type, date, date_end, place, location_country, mechanism, "
                                     "date_source, placed) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (!st) return false;
    bind_text(st, 1, ev->type);
    bind_date(st, 2, ev->date, ev->has_date);
    bind_date(st, 3, ev->date_end, ev->has_end);
    bind_text(st, 4, ev->place);
    bind_text(st, 5, ev->loc_country);
    bind_text(st, 6, ev->mechanism);
    bind_text(st, 7, date_source(doc, ev));
    /* Where it is placed in time, as the trigger (schema step 6) would set
     * it: its date when that has a year, else (NULL) its reports' first
     * publication, which the trigger of event_sources sets. Given here, the
     * trigger finds nothing to change instead of rewriting the new row and
     * its indexes. */
    bind_date(st, 8, ev->date, ev->has_date && ev->date.year);
    if (!step_done(st)) return false;
    id = at_store_inserted_id(s);
    (*records)++;
  }
  at_stmt *st = at_store_stmt(s, SQL_EVENT_SOURCE,
                                   "INSERT OR IGNORE INTO event_sources(event_id, source_id, sentence_id, confidence) "
                                   "VALUES (?1, ?2, ?3, ?4)");
  if (!st) return false;
  at_bind_int(st, 1, id);
  bind_text(st, 2, doc->id);
  at_bind_int(st, 3, sentence_ids[ev->sentence]);
  bind_confidence(st, 4, ev->confidence);
  if (!step_done(st) || !touched_event(s, id)) return false;
  for (uint8_t i = 0; i < ev->organizations.n; i++) { /* known to the reference table, whatever its source */
    st = at_store_stmt(s, SQL_ORG_INSERT_CODE, "INSERT OR IGNORE INTO organizations(code) VALUES (?1)");
    if (!st) return false;
    bind_text(st, 1, ev->organizations.items[i]);
    if (!step_done(st)) return false;
  }
  if (!store_set(s, SQL_EVENT_COUNTRY, "INSERT OR IGNORE INTO event_countries(event_id, country) VALUES (?1, ?2)", id, &ev->countries) ||
      !store_set(s, SQL_EVENT_ORG, "INSERT OR IGNORE INTO event_organizations VALUES (?1, ?2)", id,
                 &ev->organizations) ||
      !store_set(s, SQL_EVENT_AREA, "INSERT OR IGNORE INTO event_areas VALUES (?1, ?2)", id, &ev->areas))
    return false;
  for (uint8_t i = 0; i < ev->nparticipants; i++) {
    const at_person *p = AT_PERSON(doc, ev->participants[i]);
    st = at_store_stmt(s, SQL_PARTICIPANT,
                       "INSERT OR IGNORE INTO participants(event_id, person_id, source_id, rank, position, country, "
                       "confidence) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!st) return false;
    at_bind_int(st, 1, id);
    at_bind_int(st, 2, people[i]);
    bind_text(st, 3, doc->id);
    bind_text(st, 4, p->rank);
    bind_text(st, 5, p->position);
    bind_text(st, 6, p->country);
    bind_confidence(st, 7, ev->participant_confidence[i]);
    if (!step_done(st)) return false;
  }
  return true;
}

/* Removes a document and what only it told (events it alone reported),
 * with the triggers on: they take out what the deleted rows were part of
 * (see use_triggers). */
static bool forget_source(attache_store *s, const char *id) {
  bool triggers_were_off = s->triggers_off;
  use_triggers(s, true);
  long long *events = NULL;
  size_t n = 0, cap = 0;
  at_stmt *st = at_store_stmt(s, SQL_SOURCE_EVENTS, "SELECT event_id FROM event_sources WHERE source_id = ?1");
  if (!st) return false;
  bind_text(st, 1, id);
  while (at_step(st) == AT_ROW) {
    if (n == cap) {
      cap = cap ? cap * 2 : 32;
      long long *grown = realloc(events, cap * sizeof *events);
      if (!grown) at_oom();
      events = grown;
    }
    events[n++] = at_column_int(st, 0);
  }
  st = at_store_stmt(s, SQL_SOURCE_DELETE, "DELETE FROM sources WHERE id = ?1");
  bool ok = st != NULL;
  if (ok) {
    bind_text(st, 1, id);
    ok = step_done(st);
  }
  for (size_t i = 0; ok && i < n; i++) {
    st = at_store_stmt(s, SQL_EVENT_ORPHAN_DELETE,
                       "DELETE FROM events WHERE id = ?1 AND NOT EXISTS "
                       "(SELECT 1 FROM event_sources WHERE event_id = ?1)");
    ok = st != NULL;
    if (ok) {
      at_bind_int(st, 1, events[i]);
      ok = step_done(st);
    }
  }
  free(events);
  use_triggers(s, !triggers_were_off);
  return ok;
}

/* The reference tables (countries, organizations) from the lexicons, once. */
static bool store_countries(attache_store *s, const attache_lexicon *lex) {
  if (s->countries_done) return true;
  const at_entry **orgs;
  size_t norgs;
  at_lexicon_entries(lex, AT_CAT_ORG, &orgs, &norgs);
  for (size_t i = 0; i < norgs; i++) {
    const at_entry *e = orgs[i];
    if (!strcmp(e->value, "-")) continue;
    bool ascii = true;
    for (const char *p = e->phrase; *p; p++) ascii &= (unsigned char)*p < 0x80;
    at_stmt *st = at_store_stmt(s, SQL_ORG_INSERT,
                                     "INSERT INTO organizations(code, name_vi, name_en) VALUES (?1, ?2, ?3) "
                                     "ON CONFLICT(code) DO UPDATE SET name_vi = coalesce(name_vi, excluded.name_vi), "
                                     "name_en = coalesce(name_en, excluded.name_en)");
    if (!st) return false;
    bind_text(st, 1, e->value);
    bind_text(st, 2, ascii ? NULL : e->phrase);
    bind_text(st, 3, ascii && strlen(e->phrase) > 5 ? e->phrase : NULL);
    if (!step_done(st)) return false;
  }
  /* Mechanisms name organizations too (ADMM -> ASEAN). */
  const at_entry **mechs;
  size_t nmechs;
  at_lexicon_entries(lex, AT_CAT_MECHANISM, &mechs, &nmechs);
  for (size_t i = 0; i < nmechs; i++) {
    if (!*mechs[i]->attr) continue;
    at_stmt *st = at_store_stmt(s, SQL_ORG_INSERT_CODE, "INSERT OR IGNORE INTO organizations(code) VALUES (?1)");
    if (!st) return false;
    bind_text(st, 1, mechs[i]->attr);
    if (!step_done(st)) return false;
  }
  const at_entry **entries;
  size_t n;
  at_lexicon_entries(lex, AT_CAT_COUNTRY, &entries, &n);
  for (size_t i = 0; i < n; i++) {
    const at_entry *e = entries[i];
    bool vi = at_entry_has_flag(e, "vi"), en = at_entry_has_flag(e, "en");
    if (!vi && !en) continue;
    at_stmt *st = at_store_stmt(s, SQL_COUNTRY_INSERT,
                                     "INSERT INTO countries(code, name_vi, name_en) VALUES (?1, ?2, ?3) "
                                     "ON CONFLICT(code) DO UPDATE SET name_vi = coalesce(name_vi, excluded.name_vi), "
                                     "name_en = coalesce(name_en, excluded.name_en)");
    if (!st) return false;
    bind_text(st, 1, e->value);
    bind_text(st, 2, vi ? e->phrase : NULL);
    bind_text(st, 3, en ? e->phrase : NULL);
    if (!step_done(st)) return false;
  }
  s->countries_done = true;
  return true;
}

/* The tables of the connection's own that an ingest transaction's end
 * reads (KEEP_DERIVED_ROWS): the documents it stored and the rows it adds
 * to event_partner_order and partner_person_events. Emptied as it
 * starts. */
static const char KEEP_DERIVED_TABLES[] =
    "CREATE TEMP TABLE IF NOT EXISTS batch_sources(id TEXT PRIMARY KEY);"
    "CREATE TEMP TABLE IF NOT EXISTS new_partner_order(event_id INTEGER, country TEXT, placed TEXT, type TEXT);"
    "CREATE TEMP TABLE IF NOT EXISTS new_partner_people(event_id INTEGER, person_id INTEGER, country TEXT);"
    "CREATE TEMP TABLE IF NOT EXISTS batch_partner_people(event_id INTEGER, person_id INTEGER, country TEXT,"
    "  rank INTEGER, position INTEGER);"
    "DELETE FROM temp.batch_sources";

/* The search index of the sentences an ingest transaction writes is built
 * when it ends (schema step 4 -> 5): defer_index at its start, index_deferred
 * before analysts' changes are applied again and it commits. (PostgreSQL's
 * index keeps itself.) So are the name keys of the people it adds, from
 * people_from on (ids above the largest are the transaction's own): once a
 * transaction has written to an FTS5 table, each later SAVEPOINT and RELEASE
 * (one of each per document) calls the table's savepoint method too. */
static bool defer_index(attache_store *s) {
  if (s->pg) return true;
  if (!at_store_exec(s, KEEP_DERIVED_TABLES)) return false;
  at_stmt *people = at_store_stmt(s, SQL_PEOPLE_DEFER, "SELECT coalesce(max(id), 0) + 1 FROM people");
  if (!people || at_step(people) != AT_ROW) return false;
  s->people_from = at_column_int(people, 0);
  return step_done(at_store_stmt(s, SQL_INDEX_DEFER,
                                 "INSERT INTO fts_deferred(first_id) SELECT coalesce(max(id), 0) + 1 FROM sentences"));
}

/* A document's sentences got ids from `first` on. Ids are the largest plus
 * one, so they fall below the deferred range only when the rows above were
 * deleted; then every sentence from `first` on is still one not indexed. */
static bool deferred_from(attache_store *s, long long first) {
  if (s->pg) return true;
  at_stmt *st = at_store_stmt(s, SQL_INDEX_FIRST, "UPDATE fts_deferred SET first_id = ?1 WHERE first_id > ?1");
  if (!st) return false;
  at_bind_int(st, 1, first);
  return step_done(st);
}

/* What the triggers of inserts add for the events an ingest transaction
 * touched (summary_pending), added once for the batch (see use_triggers).
 * First, with the triggers off, each event summarized once (schema step
 * 7 -> 8, SUMMARIZE_TOUCHED). Then the events' placing (PLACE_TOUCHED),
 * its first report's date read from the summary (`reported`), and the
 * event_partner_order, event_area_order and event_partner_area_order rows
 * of the events it moved moved with them, and partner_years with those
 * (MOVE_PLACED_ROWS). Then, with the triggers off (KEEP_PARTNER_ORDER_ROWS,
 * count_partner_years, KEEP_DERIVED_ROWS), the rows those tables and
 * partner_person_events, partner_figures and person_event_order lack (an
 * ingest adds events and participants, never changes an event's date or
 * type); the new rows of event_partner_order and partner_person_events go
 * through a table of the connection's own (temp.new_partner_order,
 * temp.new_partner_people, made by KEEP_DERIVED_TABLES) so that
 * partner_years and partner_people count them once for the batch, as their
 * insert triggers (schema steps 6 -> 7, 14 -> 15) would at each row: those
 * triggers' lookups and upserts, a statement per row, cost more than the
 * rows. A new partner_people row's rank and office are those
 * its insert trigger gives, the greatest of the person's participants with
 * the partner in its events: raise_partner_people sets them, as it raises
 * those of the rows the batch found. Then the events' rows of
 * partner_events and person_events (SHOW_TOUCHED), and each of their
 * people summarized (step 9 -> 10, PERSON_SUMMARY_TRIGGER).
 * (What a document's own figures add to a partner's figures, and a new
 * person's key to the search's index, are added with them: store_document,
 * store_person.) */
#define TOUCHED_EVENTS "(SELECT event_id FROM summary_pending)"
#define BATCH_SOURCES "(SELECT id FROM temp.batch_sources)"
/* Event id `col` is one of the touched events still stored: two lookups by
 * rowid. (An IN on "SELECT id FROM events WHERE id IN ..." copied the
 * touched events' ids into a temporary table at each statement: ~3M
 * instructions each on the 3 MB bench's 1,958 events.) */
#define TOUCHED_STORED(col) col " IN " TOUCHED_EVENTS " AND " col " IN (SELECT id FROM events)"
/* The triggers off: the only ones on event_summary write its partner_events
 * and person_events rows (schema steps 18 -> 19, 21 -> 22), a statement a
 * row; SHOW_TOUCHED writes the same rows once for the batch, once the
 * events are placed (the summary reads nothing of the placing). */
static const char SUMMARIZE_TOUCHED[] =
    "DELETE FROM partner_events WHERE " TOUCHED_STORED("event_id")
    " AND event_id IN (SELECT event_id FROM event_summary);"
    "DELETE FROM person_events WHERE " TOUCHED_STORED("event_id")
    " AND event_id IN (SELECT event_id FROM event_summary);"
    "DELETE FROM event_summary WHERE " TOUCHED_STORED("event_id") ";"
    "INSERT INTO event_summary(" AT_SUMMARY_COLUMNS ") " AT_SUMMARY_GROUPED_OF_EVENTS "e.id IN " TOUCHED_EVENTS
    AT_SUMMARY_GROUPED_END;
/* The names of the people of event `event` (`names`, emptied after) as
 * AT_SUMMARY_PEOPLE lists them: distinct, in byte order (BINARY), "; "
 * between them; added to `lists` (in `arena`) for SUMMARIZE_TOUCHED (an
 * event without names has none there: NULL, as group_concat of none). */
typedef struct event_names {
  long long event;
  const char *names;
} event_names;

static int name_order(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static bool list_names(at_arena *arena, long long event, at_vec *names, at_buf *list, at_vec *lists) {
  const char **all = names->items;
  if (!names->len) return true;
  qsort(all, names->len, sizeof *all, name_order);
  list->len = 0;
  for (size_t i = 0; i < names->len; i++) {
    if (i && !strcmp(all[i], all[i - 1])) continue;
    if ((i && !at_buf_append(list, "; ", 2)) || !at_buf_append(list, all[i], strlen(all[i]))) return false;
  }
  *(event_names *)at_vec_push(lists) = (event_names){event, at_arena_strndup(arena, list->data, list->len)};
  names->len = 0;
  return true;
}

static int event_names_order(const void *a, const void *b) {
  long long x = ((const event_names *)a)->event, y = ((const event_names *)b)->event;
  return (x > y) - (x < y);
}

/* at_batch_names(event id): the names of the event's people while a
 * batch's end summarizes its events (s->batch_names), else NULL. Given
 * the connection's functions by open_connection. */
static void batch_names_of(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)argc;
  const attache_store *s = sqlite3_user_data(ctx);
  event_names key = {sqlite3_value_int64(argv[0]), NULL};
  const event_names *found =
      s->nbatch_names ? bsearch(&key, s->batch_names, s->nbatch_names, sizeof key, event_names_order) : NULL;
  if (found) sqlite3_result_text(ctx, found->names, -1, SQLITE_STATIC); /* kept until the summaries are written */
  else sqlite3_result_null(ctx);
}

static int id_order(const void *a, const void *b) {
  long long x = *(const long long *)a, y = *(const long long *)b;
  return (x > y) - (x < y);
}

/* The people `ids` (sorted here) noted in person_pending, each once. */
static bool note_people(attache_store *s, at_vec *ids) {
  if (!ids->len) return true; /* qsort is not given an empty vector's NULL */
  long long *all = ids->items;
  qsort(all, ids->len, sizeof *all, id_order);
  for (size_t i = 0; i < ids->len; i++) {
    if (i && all[i] == all[i - 1]) continue;
    at_stmt *st = at_store_stmt(s, SQL_PERSON_PENDING_ADD, "INSERT OR IGNORE INTO person_pending VALUES (?1)");
    if (!st) return false;
    at_bind_int(st, 1, all[i]);
    if (!step_done(st)) return false;
  }
  return true;
}

/* The names of the people of the events the transaction touched, listed
 * for SUMMARIZE_TOUCHED (see AT_SUMMARY_GROUPED_OF_EVENTS) in `lists`, by
 * event id: read once, an event's together (in the order of participants'
 * key, no sort), and each event's few sorted here. The same rows note the people (person_pending),
 * to be summarized (those the triggers of inserts would have noted): a
 * statement of its own read them again (INSERT OR IGNORE of each of the
 * 4,172 rows of the 3 MB bench, ~7M instructions). */
static bool name_touched_events(attache_store *s, at_arena *lists_arena, at_vec *lists) {
  at_stmt *rows = at_store_stmt(s, SQL_EVENT_NAMES,
                                "SELECT p.event_id, pe.name, p.person_id FROM participants p"
                                " JOIN people pe ON pe.id = p.person_id"
                                " WHERE p.event_id IN " TOUCHED_EVENTS " ORDER BY p.event_id");
  if (!rows) return false;
  at_arena *arena = at_arena_new();
  at_vec names, people;
  at_vec_init(&names, sizeof(const char *));
  at_vec_init(&people, sizeof(long long));
  at_buf list;
  at_buf_init(&list, SIZE_MAX / 2);
  long long event = 0;
  bool ok = true;
  int rc;
  while (ok && (rc = at_step(rows)) == AT_ROW) {
    long long id = at_column_int(rows, 0);
    const char *name = at_column_text(rows, 1);
    if (names.len && id != event) ok = list_names(lists_arena, event, &names, &list, lists);
    event = id;
    if (name) /* group_concat leaves NULLs out */
      *(const char **)at_vec_push(&names) = at_arena_strndup(arena, name, strlen(name));
    *(long long *)at_vec_push(&people) = at_column_int(rows, 2);
  }
  ok = ok && rc == AT_DONE && list_names(lists_arena, event, &names, &list, lists);
  at_stmt_reset(rows);
  ok = ok && note_people(s, &people);
  at_buf_free(&list);
  at_vec_free(&people);
  at_vec_free(&names);
  at_arena_free(arena);
  return ok;
}

/* The events the transaction touched summarized (SUMMARIZE_TOUCHED), their
 * people's names listed first (name_touched_events, at_batch_names). */
static bool summarize_touched(attache_store *s) {
  at_arena *arena = at_arena_new();
  at_vec lists;
  at_vec_init(&lists, sizeof(event_names));
  bool ok = name_touched_events(s, arena, &lists);
  s->batch_names = lists.items;
  s->nbatch_names = lists.len;
  ok = ok && at_store_exec(s, SUMMARIZE_TOUCHED);
  s->batch_names = NULL;
  s->nbatch_names = 0;
  at_vec_free(&lists);
  at_arena_free(arena);
  return ok;
}

/* PLACED_OF_EVENT with the first publication date of the event's reports
 * read from its summary sm: PLACED_OF_EVENT looked it up again, twice for an
 * undated event (most are). */
#define PLACED_OF_SUMMARY "coalesce(CASE WHEN events.date NOT LIKE 'X%' THEN events.date END, sm.reported)"
static const char PLACE_TOUCHED[] =
    "UPDATE events SET placed = " PLACED_OF_SUMMARY " FROM event_summary sm WHERE sm.event_id = events.id"
    " AND events.id IN " TOUCHED_EVENTS " AND events.placed IS NOT " PLACED_OF_SUMMARY;
/* PLACE_TOUCHED runs with the triggers off: those of an event's placing
 * (events_placed_partners, events_placed_areas, events_placed_partner_areas)
 * cost ~13,000 instructions an event as programs of their own, though a new
 * event has no rows to move yet; the others note the event and its people
 * (summary_pending, person_pending), which the batch does anyway
 * (name_touched_events). Then, with the triggers on (partner_years follows
 * event_partner_order's rows), the rows whose placing is not their event's
 * any more, which are those of the events it moved, are moved as those
 * triggers move them. */
#define MOVE_PLACED(table, set)                                                                                   \
  "UPDATE " table " SET " set " FROM events e WHERE e.id = " table ".event_id AND e.id IN " TOUCHED_EVENTS         \
  " AND " table ".placed IS NOT e.placed;"
static const char MOVE_PLACED_ROWS[] = MOVE_PLACED("event_partner_order", "placed = e.placed, type = e.type")
    MOVE_PLACED("event_area_order", "placed = e.placed") MOVE_PLACED("event_partner_area_order", "placed = e.placed");
/* The rows of event_area_order and event_partner_area_order that the
 * touched events lack: those their key (event id, area; event id, state,
 * area) does not hold yet, left out by INSERT OR IGNORE. (A NOT EXISTS on
 * the table written made SQLite copy the rows to insert into a temporary
 * table first, and looked each key up once more than the insert does: on
 * the 3 MB bench's 1,215 + 2,519 rows, ~54.6M -> ~40M instructions.) */
#define EVENT_AREA_ROWS_KEPT                                                                                      \
  "INSERT OR IGNORE INTO event_area_order SELECT ea.event_id, ea.area, e.placed FROM event_areas ea"              \
  " JOIN events e ON e.id = ea.event_id WHERE ea.event_id IN " TOUCHED_EVENTS ";"                                \
  "INSERT OR IGNORE INTO event_partner_area_order SELECT ec.event_id, ec.country, ea.area, e.placed"              \
  " FROM event_countries ec JOIN event_areas ea ON ea.event_id = ec.event_id JOIN events e ON e.id = ec.event_id" \
  " WHERE ec.event_id IN " TOUCHED_EVENTS ";"
static const char KEEP_PARTNER_ORDER_ROWS[] =
    "DELETE FROM temp.new_partner_order;"
    "INSERT INTO temp.new_partner_order SELECT ec.event_id, ec.country, e.placed, e.type FROM event_countries ec"
    " JOIN events e ON e.id = ec.event_id WHERE ec.event_id IN " TOUCHED_EVENTS " AND NOT EXISTS"
    " (SELECT 1 FROM event_partner_order o WHERE o.event_id = ec.event_id AND o.country = ec.country);"
    "INSERT INTO event_partner_order SELECT event_id, country, placed, type FROM temp.new_partner_order;";
/* (Then partner_years: count_partner_years, below.) */
static const char KEEP_DERIVED_ROWS[] =
    EVENT_AREA_ROWS_KEPT
    "DELETE FROM temp.batch_partner_people;"
    "INSERT INTO temp.batch_partner_people SELECT p.event_id, p.person_id, ec.country, p.rank, p.position"
    " FROM participants p JOIN people pe ON pe.id = p.person_id JOIN event_countries ec ON ec.event_id = p.event_id"
    " AND ec.country = coalesce(p.country, pe.country) WHERE p.source_id IN " BATCH_SOURCES ";"
    "DELETE FROM temp.new_partner_people;"
    "INSERT INTO temp.new_partner_people SELECT DISTINCT event_id, person_id, country FROM temp.batch_partner_people b"
    " WHERE NOT EXISTS (SELECT 1 FROM partner_person_events x WHERE x.event_id = b.event_id"
    " AND x.person_id = b.person_id AND x.country = b.country);"
    "INSERT INTO partner_person_events SELECT event_id, person_id, country FROM temp.new_partner_people;"
    PARTNER_FIGURES_BY_EVENTS("es.event_id IN " TOUCHED_EVENTS) ";"
    "INSERT OR IGNORE INTO person_event_order SELECT p.event_id, p.person_id, e.date, e.type FROM participants p"
    " JOIN events e ON e.id = p.event_id WHERE p.source_id IN " BATCH_SOURCES ";";
/* (Then partner_people: count_partner_people, below.) */
/* A batch's rows counted by a key, in C: SQLite's GROUP BY sorts the
 * rows (~4,000 instructions a row), and an upsert a row into the table
 * the counts go to costs more. `key` holds the text of each column of
 * the key, each ended by a NUL (row_counter_add), or any bytes a caller
 * keys by (row_counter_count); the groups' order is their first row's. */
typedef struct row_value { /* a value as SQLite orders it: NULL, then numbers, then text */
  at_column_kind kind;
  long long i;
  double r;
  const char *text; /* in the counter's arena */
} row_value;

typedef struct row_count {
  const char *key; /* in the counter's arena */
  size_t len;
  long long rows;
  row_value top[2]; /* the greatest (max()) of the columns after the key's, NULL for none */
} row_count;

typedef struct row_counter {
  at_arena *arena;
  at_vec counts; /* row_count */
  uint32_t *slots; /* a count's index + 1, 0 when free; a power of two of them */
  size_t nslots;
  at_buf key; /* the key being looked up */
} row_counter;

static void row_counter_init(row_counter *c) {
  c->arena = at_arena_new();
  at_vec_init(&c->counts, sizeof(row_count));
  c->slots = NULL;
  c->nslots = 0;
  at_buf_init(&c->key, SIZE_MAX / 2);
}

static void row_counter_free(row_counter *c) {
  at_arena_free(c->arena);
  at_vec_free(&c->counts);
  free(c->slots);
  at_buf_free(&c->key);
}

/* Where the count of key k[0, len) is (or goes) among the slots. */
static uint32_t *row_slot(row_counter *c, const char *k, size_t len) {
  size_t mask = c->nslots - 1;
  for (size_t i = at_hash_bytes(k, len) & mask;; i = (i + 1) & mask) {
    uint32_t *slot = &c->slots[i];
    if (!*slot) return slot;
    const row_count *rc = AT_VEC_AT(&c->counts, row_count, *slot - 1);
    if (rc->len == len && !memcmp(rc->key, k, len)) return slot;
  }
}

/* a < b, as SQLite's max() orders them (text by bytes: BINARY). */
static bool row_value_below(const row_value *a, const row_value *b) {
  bool a_text = a->kind == AT_COL_TEXT, b_text = b->kind == AT_COL_TEXT;
  if (a_text || b_text) return a_text && b_text ? strcmp(a->text, b->text) < 0 : b_text;
  if (a->kind == AT_COL_INT && b->kind == AT_COL_INT) return a->i < b->i;
  return (a->kind == AT_COL_INT ? (double)a->i : a->r) < (b->kind == AT_COL_INT ? (double)b->i : b->r);
}

/* a before b (-1), after (1) or equal (0) in SQLite's order, NULL first. */
static int row_value_order(const row_value *a, const row_value *b) {
  if (a->kind == AT_COL_NULL || b->kind == AT_COL_NULL) return (b->kind == AT_COL_NULL) - (a->kind == AT_COL_NULL);
  return row_value_below(a, b) ? -1 : row_value_below(b, a);
}

/* Column `col` of the row `st` is on (its text the statement's, until it steps). */
static row_value row_value_at(at_stmt *st, int col) {
  row_value v = {at_column_kind_of(st, col), 0, 0, NULL};
  if (v.kind == AT_COL_INT) v.i = at_column_int(st, col);
  else if (v.kind == AT_COL_REAL) v.r = at_column_real(st, col);
  else if (v.kind == AT_COL_TEXT) v.text = at_column_text(st, col);
  return v;
}

/* `top` = v, its text copied into `arena`. */
static void row_value_keep(at_arena *arena, row_value *top, row_value v) {
  if (v.text) v.text = at_arena_strndup(arena, v.text, strlen(v.text));
  *top = v;
}

/* Column `col` of the row `st` is on, raising `top` if greater (max() leaves NULLs out). */
static void row_value_raise(row_counter *c, row_value *top, at_stmt *st, int col) {
  row_value v = row_value_at(st, col);
  if (v.kind == AT_COL_NULL) return;
  if (top->kind != AT_COL_NULL && !row_value_below(top, &v)) return;
  row_value_keep(c->arena, top, v);
}

static void bind_row_value(at_stmt *st, int i, const row_value *v) {
  switch (v->kind) {
  case AT_COL_NULL: at_bind_null(st, i); break;
  case AT_COL_INT: at_bind_int(st, i, v->i); break;
  case AT_COL_REAL: at_bind_real(st, i, v->r); break;
  case AT_COL_TEXT: bind_text(st, i, v->text); break;
  }
}

/* Adds one to the count of key k[0, len) (not in c->arena) and returns it. */
static row_count *row_counter_count(row_counter *c, const char *k, size_t len) {
  if (2 * (c->counts.len + 1) > c->nslots) { /* at most half full */
    free(c->slots);
    c->nslots = c->nslots ? 2 * c->nslots : 256;
    c->slots = calloc(c->nslots, sizeof *c->slots);
    if (!c->slots) at_oom();
    for (size_t i = 0; i < c->counts.len; i++) {
      const row_count *rc = AT_VEC_AT(&c->counts, row_count, i);
      *row_slot(c, rc->key, rc->len) = (uint32_t)i + 1;
    }
  }
  uint32_t *slot = row_slot(c, k, len);
  if (!*slot) {
    row_count *rc = at_vec_push(&c->counts);
    rc->key = at_arena_strndup(c->arena, k, len);
    rc->len = len;
    *slot = (uint32_t)c->counts.len;
  }
  row_count *rc = AT_VEC_AT(&c->counts, row_count, *slot - 1);
  rc->rows++;
  return rc;
}

/* The count of key k[0, len), or NULL when it has none. */
static const row_count *row_counter_find(row_counter *c, const char *k, size_t len) {
  if (!c->nslots) return NULL;
  uint32_t slot = *row_slot(c, k, len);
  return slot ? AT_VEC_AT(&c->counts, row_count, slot - 1) : NULL;
}

/* Counts the row `st` is on by its first `ncols` columns (false: one is
 * NULL), and keeps the greatest of the `ntop` (at most 2) after them. */
static bool row_counter_add(row_counter *c, at_stmt *st, int ncols, int ntop) {
  c->key.len = 0;
  for (int i = 0; i < ncols; i++) {
    const char *v = at_column_text(st, i);
    if (!v || !at_buf_append(&c->key, v, strlen(v) + 1)) return false;
  }
  row_count *rc = row_counter_count(c, c->key.data, c->key.len);
  for (int i = 0; i < ntop; i++) row_value_raise(c, &rc->top[i], st, ncols + i);
  return true;
}

/* partner_years counts the batch's new rows of event_partner_order
 * (temp.new_partner_order) by partner, year and type: each count, ~210 on
 * the 3 MB bench, is added by an upsert. (An upsert for each of its 3,912
 * rows cost ~26M instructions there, a GROUP BY ~28M; this ~6M.) */
static bool count_partner_years(attache_store *s) {
  at_stmt *rows = at_store_stmt(s, SQL_PARTNER_YEARS_NEW,
                                "SELECT country, coalesce(substr(placed, 1, 4), ''), type FROM temp.new_partner_order");
  if (!rows) return false;
  row_counter years;
  row_counter_init(&years);
  int rc;
  while ((rc = at_step(rows)) == AT_ROW && row_counter_add(&years, rows, 3, 0)) {}
  bool ok = rc == AT_DONE; /* else failed, or a NULL that partner_years would have refused */
  at_stmt_reset(rows);
  for (size_t i = 0; ok && i < years.counts.len; i++) {
    const row_count *year = AT_VEC_AT(&years.counts, row_count, i);
    at_stmt *add = at_store_stmt(s, SQL_PARTNER_YEARS_ADD,
                                 "INSERT INTO partner_years VALUES (?1, ?2, ?3, ?4)"
                                 " ON CONFLICT(country, year, type) DO UPDATE SET events = events + excluded.events");
    if (!add) {
      ok = false;
      break;
    }
    const char *col = year->key;
    for (int c = 1; c <= 3; c++, col += strlen(col) + 1) bind_text(add, c, col);
    at_bind_int(add, 4, year->rows);
    ok = step_done(add);
  }
  row_counter_free(&years);
  return ok;
}

/* partner_people counts the batch's new rows of partner_person_events
 * (temp.new_partner_people) by partner and person, as partner_years
 * (count_partner_years) the rows of event_partner_order. */
static bool count_partner_people(attache_store *s) {
  at_stmt *rows = at_store_stmt(s, SQL_PARTNER_PEOPLE_NEW, "SELECT country, person_id FROM temp.new_partner_people");
  if (!rows) return false;
  row_counter people;
  row_counter_init(&people);
  int rc;
  while ((rc = at_step(rows)) == AT_ROW && row_counter_add(&people, rows, 2, 0)) {}
  bool ok = rc == AT_DONE;
  at_stmt_reset(rows);
  for (size_t i = 0; ok && i < people.counts.len; i++) {
    const row_count *person = AT_VEC_AT(&people.counts, row_count, i);
    at_stmt *add = at_store_stmt(s, SQL_PARTNER_PEOPLE_ADD,
                                 "INSERT INTO partner_people(country, person_id, events) VALUES (?1, ?2, ?3)"
                                 " ON CONFLICT(country, person_id) DO UPDATE SET events = events + excluded.events");
    if (!add) {
      ok = false;
      break;
    }
    bind_text(add, 1, person->key);
    at_bind_int(add, 2, strtoll(person->key + strlen(person->key) + 1, NULL, 10));
    at_bind_int(add, 3, person->rows);
    ok = step_done(add);
  }
  row_counter_free(&people);
  return ok;
}

/* Then, still with the triggers off, the events' rows of partner_events and
 * person_events (those of the touched events still stored: their join to
 * events keeps only those). */
static const char SHOW_TOUCHED[] =
    "INSERT INTO partner_events " AT_PARTNER_EVENTS_OF "sm.event_id IN " TOUCHED_EVENTS ";"
    "INSERT INTO person_events " AT_PERSON_EVENTS_OF "sm.event_id IN " TOUCHED_EVENTS ";";
/* People new in the batch are summarized at once (few events: cheap), so
 * that their page is found; the others wait (summarize_people).
 * Not when the batch summarizes all the people noted: that would write
 * the new people's rows twice. */
#define NEW_PEOPLE "SELECT person_id FROM person_pending WHERE person_id NOT IN (SELECT person_id FROM person_summary)"
#define PENDING_PEOPLE "SELECT person_id FROM person_pending"
/* An ingest's batch writes whom the people `ids` met (person_met) as
 * SUMMARIZE_MET does (AT_PERSON_MET_OF_PEOPLE: the triggers' and
 * PostgreSQL's) and their summaries as SUMMARIZE_PEOPLE does
 * (AT_PERSON_SUMMARY_OF_PEOPLE), in one pass in C over the rows of
 * participants of each of their events with the event (PEOPLE_ROWS: in
 * participants' key order, an event's rows together and a person's rows
 * in it together), each marked when its person is one of `ids` (read first
 * into a hash: SQLite's IN on each row looked them up in a table of its
 * own, ~1.7M instructions more on the 3 MB bench in 10 batches). At an
 * event's end each of those marked counts a pair with each other person of
 * it - the events the two had together -, and a row is inserted for each
 * pair, the other's name looked up then. A marked row adds to its person's
 * summary (person_tally): the latest rank and office kept as the rows go
 * by, events, first and last seen, offices; the count of people met is the
 * person_met rows written. (SQLite's GROUP BY sorted the join's rows and
 * looked up a name in each: ~35M instructions for the 180 rows of the
 * 3 MB bench, twice; each of their events joined to its people again for
 * each of them, ~19M; a summary's two subqueries sorting all of a person's
 * events, ~7,000 instructions a row of participants.) A row whose event is
 * gone counts only as an office, as there; a person without events has no
 * summary. */
#define PEOPLE_ROWS(ids)                                                                                          \
  "SELECT p.event_id, p.person_id, p.rank, p.position, e.id, e.date, e.placed"                                    \
  " FROM participants p LEFT JOIN events e ON e.id = p.event_id"                                                  \
  " WHERE p.event_id IN (SELECT event_id FROM participants WHERE person_id IN (" ids "))"                         \
  " ORDER BY p.event_id, p.person_id"
typedef struct event_person {
  long long id;
  bool counted; /* one of `ids` */
} event_person;

typedef struct latest_value { /* of a person's values, that of their latest event (see AT_PERSON_SUMMARY_HEAD) */
  row_value value, date, event;
} latest_value;

typedef struct person_tally {
  long long id, events, offices, last_event;
  row_value first_seen, last_seen;
  latest_value rank, position;
} person_tally;

typedef struct people_pass {
  row_counter pairs;  /* keyed by two ids' bytes: the events of a person and another together */
  row_counter people; /* keyed by an id's bytes: a tally's index in tallies */
  at_vec tallies;     /* person_tally */
  at_vec event;       /* event_person: the people of the event being read */
} people_pass;

/* Each counted person of the event read met each other one once more. */
static void count_pairs(people_pass *pass) {
  at_vec *people = &pass->event;
  for (size_t i = 0; i < people->len; i++) {
    const event_person *p = AT_VEC_AT(people, event_person, i);
    for (size_t j = 0; p->counted && j < people->len; j++) {
      long long ids[2] = {p->id, AT_VEC_AT(people, event_person, j)->id};
      if (i != j) row_counter_count(&pass->pairs, (const char *)ids, sizeof ids);
    }
  }
  people->len = 0;
}

/* Keeps column `col` of the row `st` is on in `latest` when not NULL and
 * later than it: by its event's date (undated last), then the event's id,
 * then the value, each the greater. */
static void keep_latest(at_arena *arena, latest_value *latest, at_stmt *st, int col, const row_value *date,
                        const row_value *event) {
  row_value v = row_value_at(st, col);
  if (v.kind == AT_COL_NULL) return;
  if (latest->value.kind != AT_COL_NULL) {
    int order = row_value_order(date, &latest->date);
    if (!order) order = row_value_order(event, &latest->event);
    if (!order) order = row_value_order(&v, &latest->value);
    if (order <= 0) return;
  }
  row_value_keep(arena, &latest->value, v);
  row_value_keep(arena, &latest->date, *date);
  latest->event = *event;
}

/* A marked row (PEOPLE_ROWS) added to its person's tally `t`. */
static void tally_person(at_arena *arena, person_tally *t, at_stmt *rows) {
  t->offices++;
  row_value event = row_value_at(rows, 4);
  if (event.kind == AT_COL_NULL) return; /* its event is gone */
  if (!t->events || event.i != t->last_event) t->events++;
  t->last_event = event.i;
  row_value date = row_value_at(rows, 5), placed = row_value_at(rows, 6);
  keep_latest(arena, &t->rank, rows, 2, &date, &event);
  keep_latest(arena, &t->position, rows, 3, &date, &event);
  if (placed.kind == AT_COL_NULL) return; /* min() and max() leave NULLs out */
  if (t->first_seen.kind == AT_COL_NULL || row_value_order(&placed, &t->first_seen) < 0)
    row_value_keep(arena, &t->first_seen, placed);
  if (t->last_seen.kind == AT_COL_NULL || row_value_order(&placed, &t->last_seen) > 0)
    row_value_keep(arena, &t->last_seen, placed);
}

/* The people `ids` reads (their ids' bytes) counted in `marked`. */
static bool read_marked_people(row_counter *marked, at_stmt *ids) {
  if (!ids) return false;
  int rc;
  while ((rc = at_step(ids)) == AT_ROW) {
    long long id = at_column_int(ids, 0);
    row_counter_count(marked, (const char *)&id, sizeof id);
  }
  at_stmt_reset(ids);
  return rc == AT_DONE;
}

static bool read_people_rows(people_pass *pass, row_counter *marked, at_stmt *rows) {
  if (!rows) return false;
  long long event = 0;
  person_tally *t = NULL;
  int rc;
  while ((rc = at_step(rows)) == AT_ROW) {
    long long id = at_column_int(rows, 0), person = at_column_int(rows, 1);
    if (pass->event.len && id != event) count_pairs(pass);
    event = id;
    bool counted = row_counter_find(marked, (const char *)&person, sizeof person) != NULL;
    const event_person *last = pass->event.len ? AT_VEC_AT(&pass->event, event_person, pass->event.len - 1) : NULL;
    if (!last || last->id != person) { /* else another source */
      *(event_person *)at_vec_push(&pass->event) = (event_person){person, counted};
      if (counted) {
        size_t i = (size_t)(row_counter_count(&pass->people, (const char *)&person, sizeof person) -
                            (row_count *)pass->people.counts.items);
        if (i == pass->tallies.len) *(person_tally *)at_vec_push(&pass->tallies) = (person_tally){.id = person};
        t = AT_VEC_AT(&pass->tallies, person_tally, i);
      }
    }
    if (counted) tally_person(pass->people.arena, t, rows);
  }
  count_pairs(pass);
  at_stmt_reset(rows);
  return rc == AT_DONE;
}

/* A row of person_met for each pair, counted by person in `met`. */
static bool write_person_met(attache_store *s, people_pass *pass, row_counter *met) {
  bool ok = true;
  for (size_t i = 0; ok && i < pass->pairs.counts.len; i++) {
    const row_count *pair = AT_VEC_AT(&pass->pairs.counts, row_count, i);
    at_stmt *add = at_store_stmt(s, SQL_PERSON_MET_ADD,
                                 "INSERT INTO person_met(" AT_PERSON_MET_COLUMNS ") SELECT ?1, ?2, ?3, name FROM people"
                                 " WHERE id = ?2");
    if (!add) return false;
    long long ids[2];
    memcpy(ids, pair->key, sizeof ids);
    at_bind_int(add, 1, ids[0]);
    at_bind_int(add, 2, ids[1]);
    at_bind_int(add, 3, pair->rows);
    ok = step_done(add);
    if (ok && at_store_changes(s)) row_counter_count(met, pair->key, sizeof(long long));
  }
  return ok;
}

/* A row of person_summary for each person tallied with events (and in people, as SUMMARIZE_PEOPLE's join). */
static bool write_person_summaries(attache_store *s, people_pass *pass, row_counter *met) {
  bool ok = true;
  for (size_t i = 0; ok && i < pass->tallies.len; i++) {
    const person_tally *t = AT_VEC_AT(&pass->tallies, person_tally, i);
    if (!t->events) continue;
    at_stmt *add = at_store_stmt(s, SQL_PERSON_SUMMARY_ADD,
                                 "INSERT INTO person_summary(" AT_PERSON_SUMMARY_COLUMNS ")"
                                 " SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8 FROM people WHERE id = ?1");
    if (!add) return false;
    const row_count *others = row_counter_find(met, (const char *)&t->id, sizeof t->id);
    at_bind_int(add, 1, t->id);
    bind_row_value(add, 2, &t->rank.value);
    bind_row_value(add, 3, &t->position.value);
    at_bind_int(add, 4, t->events);
    bind_row_value(add, 5, &t->first_seen);
    bind_row_value(add, 6, &t->last_seen);
    at_bind_int(add, 7, t->offices);
    at_bind_int(add, 8, others ? others->rows : 0);
    ok = step_done(add);
  }
  return ok;
}

/* The people `ids` reads, whose rows `rows` reads (PEOPLE_ROWS), summarized
 * again, their old rows taken out first (`forget`). */
static bool summarize_people_of(attache_store *s, const char *forget, at_stmt *ids, at_stmt *rows) {
  people_pass pass;
  row_counter_init(&pass.pairs);
  row_counter_init(&pass.people);
  at_vec_init(&pass.tallies, sizeof(person_tally));
  at_vec_init(&pass.event, sizeof(event_person));
  row_counter met, marked;
  row_counter_init(&met);
  row_counter_init(&marked);
  bool ok = at_store_exec(s, forget) && read_marked_people(&marked, ids) && read_people_rows(&pass, &marked, rows) &&
            write_person_met(s, &pass, &met) && write_person_summaries(s, &pass, &met);
  row_counter_free(&marked);
  row_counter_free(&met);
  at_vec_free(&pass.event);
  at_vec_free(&pass.tallies);
  row_counter_free(&pass.people);
  row_counter_free(&pass.pairs);
  return ok;
}

/* The new people's rows of person_met and person_summary written. */
static bool summarize_new_people(attache_store *s) {
  return summarize_people_of(s, "DELETE FROM person_met WHERE person_id IN (" NEW_PEOPLE ")", /* no summary yet */
                             at_store_stmt(s, SQL_PEOPLE_NEW_IDS, NEW_PEOPLE),
                             at_store_stmt(s, SQL_PEOPLE_NEW, PEOPLE_ROWS(NEW_PEOPLE)));
}
/* Then a partner's people's rank and office raised by the participants
 * added to events they had with it (those of a new event come with its
 * partner_person_events row, above): the greatest of each partner's and
 * person's in the batch (temp.batch_partner_people), found in one pass in
 * C as count_partner_years counts, then an update each; statements kept
 * prepared (parsing them with the others at each batch cost more than
 * running them). (An UPDATE ... FROM a GROUP BY of the 4,138 rows of the
 * 3 MB bench cost ~22.6M instructions.) Then the events are done with. */
static bool raise_partner_people(attache_store *s) {
  at_stmt *rows = at_store_stmt(s, SQL_PARTNER_PEOPLE_TOPS,
                                "SELECT country, person_id, rank, position FROM temp.batch_partner_people");
  if (!rows) return false;
  row_counter people;
  row_counter_init(&people);
  int rc;
  while ((rc = at_step(rows)) == AT_ROW && row_counter_add(&people, rows, 2, 2)) {}
  bool ok = rc == AT_DONE;
  at_stmt_reset(rows);
  for (size_t i = 0; ok && i < people.counts.len; i++) {
    const row_count *person = AT_VEC_AT(&people.counts, row_count, i);
    at_stmt *raise = at_store_stmt(s, SQL_PARTNER_PEOPLE_RAISE,
                                   "UPDATE partner_people SET rank = " GREATER("rank", "?3") ", position = "
                                   GREATER("position", "?4") " WHERE country = ?1 AND person_id = ?2");
    if (!raise) {
      ok = false;
      break;
    }
    bind_text(raise, 1, person->key);
    at_bind_int(raise, 2, strtoll(person->key + strlen(person->key) + 1, NULL, 10));
    bind_row_value(raise, 3, &person->top[0]);
    bind_row_value(raise, 4, &person->top[1]);
    ok = step_done(raise);
  }
  row_counter_free(&people);
  return ok;
}
/* The people noted in person_pending summarized. A person's summary goes
 * over all their events, so a batch of an ingest does not do it: the most
 * reported people are in nearly every batch, and summarizing them at each
 * one made ingest cost grow with the database (the 30 MB benchmark corpus:
 * 3.3 -> 4.5 s). A batch does it when PEOPLE_SUMMARY_SECONDS have passed
 * since the last time, and the ingest's end does it (attache_store_batch,
 * attache_store_close), so a person's page is that much behind their
 * events while an ingest runs (people new in a batch are summarized with
 * it: summarize_new_people). What a killed ingest left noted is
 * summarized by the next one's first batch or the next single document
 * (summarize_people). */
#ifndef PEOPLE_SUMMARY_SECONDS /* a profile's build may set it (-DPEOPLE_SUMMARY_SECONDS=1e9), as BATCH_SECONDS */
#define PEOPLE_SUMMARY_SECONDS 10.0
#endif

static double monotonic_seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Summarizes person_pending now (inside the caller's transaction). */
static bool summarize_people(attache_store *s) {
  s->people_summarized_at = monotonic_seconds();
  return summarize_people_of(s,
                             "DELETE FROM person_met WHERE person_id IN (" PENDING_PEOPLE ");"
                             "DELETE FROM person_summary WHERE person_id IN (" PENDING_PEOPLE ")",
                             at_store_stmt(s, SQL_PEOPLE_PENDING_IDS, PENDING_PEOPLE),
                             at_store_stmt(s, SQL_PEOPLE_PENDING, PEOPLE_ROWS(PENDING_PEOPLE))) &&
         at_store_exec(s, "DELETE FROM person_pending");
}

/* The name keys of the people the transaction added (defer_index). */
static bool index_people_added(attache_store *s) {
  at_stmt *st = at_store_stmt(s, SQL_PERSON_KEY_INDEX,
                              "INSERT INTO people_keys(rowid, name_key) SELECT id, name_key FROM people WHERE id >= ?1");
  if (!st) return false;
  at_bind_int(st, 1, s->people_from);
  return step_done(st);
}

/* A batch's sentences go into the search index as one segment, unmerged:
 * FTS5's hash holds them all (4 MB instead of 1: it wrote three or four
 * segments a batch) and its automerge is off while they are written, on
 * again before the batch commits. Automerge merged the segments a few at a
 * time at every batch, and the ingest's end merges them all again anyway
 * (merge_search_indexes): the search index's inserts and that merge on the
 * 30 MB benchmark corpus's sentences in 9 batches took 6.15 -> 4.33 G
 * instructions in the sqlite3 shell. A single document (not a batch) keeps
 * automerge, as nothing merges after it. */
#define BATCH_INDEXING                                                                                            \
  "INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('automerge', 0);"                                       \
  "INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('hashsize', 4194304)"
#define USUAL_INDEXING /* FTS5's defaults */                                                                      \
  "INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('automerge', 4);"                                       \
  "INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('hashsize', 1048576)"

/* Before an ingest transaction ends: what its rows are part of added
 * (KEEP_DERIVED_ROWS; PostgreSQL's triggers add it at once), its people
 * summarized when `people` says so (summarize_people), then its
 * sentences (as a batch's when `batch`: BATCH_INDEXING) and its new people's
 * name keys indexed. */
static bool index_deferred(attache_store *s, bool people, bool batch) {
  if (s->pg) return true;
  use_triggers(s, false);
  if (!summarize_touched(s) || !at_store_exec(s, PLACE_TOUCHED)) return false;
  use_triggers(s, true);
  if (!at_store_exec(s, MOVE_PLACED_ROWS)) return false;
  use_triggers(s, false);
  bool summarized = at_store_exec(s, KEEP_PARTNER_ORDER_ROWS) && count_partner_years(s) &&
                    at_store_exec(s, KEEP_DERIVED_ROWS) && count_partner_people(s) && at_store_exec(s, SHOW_TOUCHED);
  use_triggers(s, true);
  return summarized && (people || summarize_new_people(s)) &&
         raise_partner_people(s) &&
         step_done(at_store_stmt(s, SQL_TOUCHED_FORGET, "DELETE FROM summary_pending")) &&
         (!people || summarize_people(s)) && (!batch || at_store_exec(s, BATCH_INDEXING)) &&
         step_done(at_store_stmt(s, SQL_INDEX_DEFERRED,
                                 "INSERT INTO sentences_fts(rowid, folded) SELECT id, folded FROM sentences "
                                 "WHERE id >= (SELECT first_id FROM fts_deferred)")) &&
         (!batch || at_store_exec(s, USUAL_INDEXING)) && index_people_added(s) &&
         step_done(at_store_stmt(s, SQL_INDEX_UNDEFER, "DELETE FROM fts_deferred"));
}

/* Each sentence of `doc` in the form the search index reads (tone- and
 * case-folded), in its arena. An ingest's reading thread makes them
 * (attache_store_prepare), so that the storing thread, which bounds how fast
 * an ingest goes, does not. */
static const char **fold_sentences(attache_doc *doc) {
  const char **folded = at_arena_alloc(doc->arena, (doc->sentences.len + 1) * sizeof *folded);
  for (size_t i = 0; i < doc->sentences.len; i++) {
    const at_sentence *sen = AT_SENT(doc, i);
    folded[i] = at_fold(doc->arena, doc->text + sen->start, sen->end - sen->start, AT_MATCH_TONE);
  }
  return folded;
}

/* Stores `doc`; `folded`, when not NULL, holds its sentences' folded forms (fold_sentences). */
static bool store_document(attache_store *s, attache_doc *doc, const char *const *folded, const char *hash,
                           const attache_lexicon *lex, size_t *records) {
  char now[21];
  now_iso(now);
  at_stmt *st = at_store_stmt(s, SQL_SOURCE_INSERT,
                                   "INSERT INTO sources(id, url, title, published, outlet, lang, content_hash, "
                                   "ingested_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
  if (!st) return false;
  bind_text(st, 1, doc->id);
  bind_text(st, 2, doc->url);
  bind_text(st, 3, doc->title);
  bind_date(st, 4, doc->published, doc->has_published);
  bind_text(st, 5, outlet_of(doc->arena, doc->url));
  bind_text(st, 6, doc->lang);
  bind_text(st, 7, hash);
  bind_text(st, 8, now);
  if (!step_done(st) || !store_countries(s, lex)) return false;
  if (!s->pg) { /* for KEEP_DERIVED_ROWS: its participants are the transaction's new ones */
    st = at_store_stmt(s, SQL_BATCH_SOURCE, "INSERT OR IGNORE INTO temp.batch_sources VALUES (?1)");
    if (!st) return false;
    bind_text(st, 1, doc->id);
    if (!step_done(st)) return false;
  }

  if (!folded) folded = fold_sentences(doc);
  long long *sentence_ids = at_arena_alloc(doc->arena, (doc->sentences.len + 1) * sizeof *sentence_ids);
  for (size_t i = 0; i < doc->sentences.len; i++) {
    const at_sentence *sen = AT_SENT(doc, i);
    st = at_store_stmt(s, SQL_SENTENCE_INSERT,
                       "INSERT INTO sentences(source_id, idx, start, end, text, folded) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!st) return false;
    bind_text(st, 1, doc->id);
    at_bind_int(st, 2, (long long)i);
    at_bind_int(st, 3, sen->start);
    at_bind_int(st, 4, sen->end);
    at_bind_text_kept(st, 5, doc->text + sen->start, (int)(sen->end - sen->start));
    bind_text(st, 6, folded[i]);
    if (!step_done(st)) return false;
    sentence_ids[i] = at_store_inserted_id(s);
  }
  if (doc->sentences.len && !deferred_from(s, sentence_ids[0])) return false;
  for (size_t i = 0; i < doc->events.len; i++)
    if (!store_event(s, doc, AT_EVENT(doc, i), sentence_ids, records)) return false;
  for (size_t i = 0; i < doc->agreements.len; i++) {
    const at_agreement *a = AT_VEC_AT(&doc->agreements, at_agreement, i);
    st = at_store_stmt(s, SQL_AGREEMENT,
                       "INSERT INTO agreements(source_id, sentence_id, title, kind, date, period_from, period_to, "
                       "status, confidence) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    if (!st) return false;
    bind_text(st, 1, doc->id);
    at_bind_int(st, 2, sentence_ids[a->sentence]);
    bind_text(st, 3, a->title);
    bind_text(st, 4, a->kind);
    bind_date(st, 5, a->date, a->has_date);
    if (a->period_from) {
      at_bind_int(st, 6, a->period_from);
      at_bind_int(st, 7, a->period_to);
    }
    bind_text(st, 8, a->status);
    bind_confidence(st, 9, a->confidence);
    if (!step_done(st)) return false;
    long long id = at_store_inserted_id(s);
    if (!store_set(s, SQL_AGREEMENT_PARTY, "INSERT OR IGNORE INTO agreement_parties VALUES (?1, ?2)", id, &a->parties) ||
        !store_set(s, SQL_AGREEMENT_AREA, "INSERT OR IGNORE INTO agreement_areas VALUES (?1, ?2)", id, &a->areas))
      return false;
    (*records)++;
  }
  for (size_t i = 0; i < doc->figures.len; i++) {
    const at_figure *f = AT_VEC_AT(&doc->figures, at_figure, i);
    st = at_store_stmt(s, SQL_FIGURE,
                       "INSERT INTO figures(source_id, sentence_id, metric, label, value, qualifier, as_of, subject, "
                       "confidence) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    if (!st) return false;
    bind_text(st, 1, doc->id);
    at_bind_int(st, 2, sentence_ids[f->sentence]);
    bind_text(st, 3, f->metric);
    bind_text(st, 4, f->label);
    at_bind_real(st, 5, f->value);
    bind_text(st, 6, f->qualifier);
    bind_date(st, 7, f->as_of, f->has_as_of);
    bind_text(st, 8, f->subject);
    bind_confidence(st, 9, f->confidence);
    if (!step_done(st)) return false;
    (*records)++;
  }
  /* A partner's figures, which figures_partner_ai adds with the triggers on. */
  if (s->triggers_off && doc->figures.len) {
    at_stmt *by_subject = at_store_stmt(s, SQL_FIGURE_PARTNERS_SUBJECT, PARTNER_FIGURES_BY_SUBJECT("f.source_id = ?1"));
    if (!by_subject) return false;
    bind_text(by_subject, 1, doc->id);
    if (!step_done(by_subject)) return false;
    at_stmt *by_events = at_store_stmt(s, SQL_FIGURE_PARTNERS_EVENTS, PARTNER_FIGURES_BY_EVENTS("f.source_id = ?1"));
    if (!by_events) return false;
    bind_text(by_events, 1, doc->id);
    if (!step_done(by_events)) return false;
  }
  for (size_t i = 0; i < doc->relations.len; i++) {
    const at_relation *r = AT_VEC_AT(&doc->relations, at_relation, i);
    st = at_store_stmt(s, SQL_RELATION,
                       "INSERT INTO relations(source_id, sentence_id, country_a, country_b, framework, since, as_of, "
                       "confidence, evidence) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, " AT_RELATION_EVIDENCE_OF("?2") ")");
    if (!st) return false;
    bind_text(st, 1, doc->id);
    at_bind_int(st, 2, sentence_ids[r->sentence]);
    bind_text(st, 3, r->a);
    bind_text(st, 4, r->b);
    bind_text(st, 5, r->framework);
    if (r->since) at_bind_int(st, 6, r->since);
    bind_date(st, 7, doc->published, doc->has_published);
    bind_confidence(st, 8, r->confidence);
    if (!step_done(st)) return false;
    (*records)++;
  }
  return true;
}

/* The one place where statements are reset after use: when a transaction
 * ends, every cached statement is, so that none keeps the transaction's read
 * snapshot open past its end. (A statement left on a row would keep it, and
 * the next BEGIN IMMEDIATE would then fail at once with SQLITE_BUSY_SNAPSHOT
 * as soon as another ingest had written, instead of waiting for it.) */
static bool end_transaction(attache_store *s, const char *how) {
  for (size_t i = 0; i < sizeof s->stmts / sizeof *s->stmts; i++)
    if (s->stmts[i]) at_stmt_reset(s->stmts[i]);
  use_triggers(s, true);
  return at_store_exec(s, how);
}

typedef enum stored_as { STORED_NOT, STORED_SAME, STORED_OTHER } stored_as;

/* What the database holds under document `id`: nothing, this content, or other content. */
static bool find_stored(attache_store *s, const char *id, const char *hash, stored_as *out) {
  at_stmt *st = at_store_stmt(s, SQL_SOURCE_HASH, "SELECT content_hash FROM sources WHERE id = ?1");
  if (!st) return false;
  bind_text(st, 1, id);
  int rc = at_step(st);
  if (rc == SQLITE_ROW) *out = strcmp(at_column_text(st, 0), hash) ? STORED_OTHER : STORED_SAME;
  else *out = STORED_NOT;
  return rc == SQLITE_ROW || rc == SQLITE_DONE;
}

/* Opens an ingest's write transaction: analysts' changes taken back, so
 * that documents are stored over the machine's records alone, and applied
 * again before it commits (see corrections.c); the search index deferred;
 * then the triggers off (use_triggers). */
static bool begin_ingest(attache_store *s) {
  use_triggers(s, true);
  if (!at_store_exec(s, "BEGIN IMMEDIATE") || !at_corrections_revert(s) || !defer_index(s)) return false;
  use_triggers(s, false);
  return true;
}

/* Fails document `id` with the database's last error (ATTACHE_ERR_STORE). */
static attache_status store_failed(attache_store *s, attache_error *err, const char *doing, const char *id) {
  s->cannot_write = at_store_cannot_write(s);
  return at_error_set(err, ATTACHE_ERR_STORE, "%s %s: %s", doing, id, at_store_errmsg(s));
}

int attache_store_cannot_write(const attache_store *s) { return s && s->cannot_write; }

size_t attache_store_pending(const attache_store *s) { return s ? s->pending : 0; }

/* After a failure inside a batch: has SQLite rolled the whole transaction
 * back (as it may on a full disk or an I/O error)? Then the batch is gone. */
static void notice_lost_batch(attache_store *s) {
  if (s->in_batch && !at_store_in_transaction(s)) {
    s->in_batch = false;
    s->pending = 0;
    s->countries_done = s->batch_countries_done;
  }
}

attache_status attache_store_commit(attache_store *s, attache_error *err) {
  if (!s) return at_error_set(err, ATTACHE_ERR_ARG, "null argument");
  if (!s->in_batch) return ATTACHE_OK;
  size_t n = s->pending;
  s->in_batch = false;
  s->pending = 0;
  bool people = s->people_summarized_at == 0 || monotonic_seconds() - s->people_summarized_at >= PEOPLE_SUMMARY_SECONDS;
  if (index_deferred(s, people, true) && at_corrections_apply(s) && end_transaction(s, "COMMIT")) return ATTACHE_OK;
  s->cannot_write = at_store_cannot_write(s);
  attache_status st =
      at_error_set(err, ATTACHE_ERR_STORE, "cannot commit a batch of %zu documents: %s", n, at_store_errmsg(s));
  end_transaction(s, "ROLLBACK");
  s->countries_done = s->batch_countries_done;
  return st;
}

/* The search indexes (FTS5), and how many pages each holds (its _data rows). */
static const char *const SEARCH_INDEXES[2] = {"sentences_fts", "people_keys"};

static long long index_pages(attache_store *s, int i) {
  char sql[64];
  snprintf(sql, sizeof sql, "SELECT count(*) FROM %s_data", SEARCH_INDEXES[i]);
  return pragma_int(s, sql);
}

/* The fewest pages an ingest's end merges of each search index. */
#define MERGE_MIN_PAGES 256

/* At an ingest's end (inside its last transaction): the segments of the
 * search indexes merged. FTS5 writes one per batch and merges them only a
 * few at a time, by level, and a search looks each of its words up in every
 * segment (schema step 15 -> 16). An ingest that wrote at least half of an
 * index (into a new or small database) merges it whole into one segment
 * ('optimize': at most twice the pages it wrote). A smaller one merges the
 * segments of each level that holds two or more ('merge' with a positive
 * count, 'usermerge' 2 since schema step 16 -> 17), at most as many pages as
 * it added (at least MERGE_MIN_PAGES; the next ingest goes on where it
 * stopped): the small segments of the latest ingests merge among themselves,
 * without rewriting the large one each time. */
static bool merge_search_indexes(attache_store *s) {
  for (int i = 0; i < 2; i++) {
    const char *ix = SEARCH_INDEXES[i];
    long long pages = index_pages(s, i), added = pages - s->index_pages[i];
    char sql[128];
    if (pages <= 2 * added)
      snprintf(sql, sizeof sql, "INSERT INTO %s(%s) VALUES ('optimize')", ix, ix);
    else
      snprintf(sql, sizeof sql, "INSERT INTO %s(%s, rank) VALUES ('merge', %lld)", ix, ix,
               added > MERGE_MIN_PAGES ? added : MERGE_MIN_PAGES);
    if (!at_store_exec(s, sql)) return false;
  }
  return true;
}

/* At an ingest's end: the people its last batches left noted summarized,
 * and the search indexes' segments merged, in a transaction of their own
 * (see summarize_people, merge_search_indexes). */
static attache_status summarize_people_left(attache_store *s, attache_error *err) {
  if (s->pg || s->readonly || !s->batches) return ATTACHE_OK;
  use_triggers(s, true);
  if (at_store_exec(s, "BEGIN IMMEDIATE") && summarize_people(s) && merge_search_indexes(s) &&
      end_transaction(s, "COMMIT"))
    return ATTACHE_OK;
  attache_status st = at_error_set(err, ATTACHE_ERR_STORE, "cannot summarize the people ingested: %s", at_store_errmsg(s));
  end_transaction(s, "ROLLBACK");
  return st;
}

attache_status attache_store_batch(attache_store *s, int on, attache_error *err) {
  if (!s) return at_error_set(err, ATTACHE_ERR_ARG, "null argument");
  attache_status st = on ? ATTACHE_OK : attache_store_commit(s, err);
  if (!on && st == ATTACHE_OK) st = summarize_people_left(s, err);
  /* A batch's pages stay in memory until it commits (a cache that spills
   * writes them to the WAL more than once), and so do the page copies a
   * document's savepoint keeps to undo it (else a temporary file). The WAL
   * is copied into the database every 32 MB instead of every 4 MB: each
   * copy writes again the pages that every batch changes (indexes,
   * summaries) and reads them back from the WAL first (on the 30 MB
   * benchmark corpus, 122 -> 35 checkpoints, 77,000 -> 41,000 reads).
   * The file is not mapped (as readers map it): a page read through the map
   * is not kept in the cache, so each use of it parses it again, which cost
   * the storing thread more than reading the page into the cache once. */
  if (on && st == ATTACHE_OK && !s->pg)
    st = exec(s, "PRAGMA cache_size=-32768; PRAGMA temp_store=MEMORY; PRAGMA wal_autocheckpoint=8192;", err);
  s->batches = on && st == ATTACHE_OK;
  if (s->batches && !s->pg)
    for (int i = 0; i < 2; i++) s->index_pages[i] = index_pages(s, i);
  return st;
}

/* Runs `sql` (no parameters, no rows) as a statement prepared once: a
 * savepoint per document, parsed again each time, cost more than some of
 * the document's inserts. (PostgreSQL cannot prepare it; it runs as it is.) */
static bool run_cached(attache_store *s, int slot, const char *sql) {
  if (s->pg) return at_store_exec(s, sql);
  return step_done(at_store_stmt(s, slot, sql));
}

/* Stores `doc` into the open batch (opened here if need be); see
 * attache_store_batch. A document that fails rolls the batch back, as the
 * database itself may (a disk found full): attache_store_pending drops to 0,
 * and the caller ingests the batch's other documents again (attache ingest:
 * one at a time). From then on, each document of this store's batches has a
 * savepoint that undoes it alone. Not before: a savepoint has SQLite copy
 * every page the document changes into its sub-journal, 7% of the storing
 * thread's instructions (callgrind, 3,500 documents of the benchmark
 * corpus), and documents fail rarely (their input's faults are found before
 * they are stored). PostgreSQL's batches keep a savepoint each. */
static attache_status store_in_batch(attache_store *s, const attache_lexicon *lex, attache_doc *doc,
                                     const char *const *folded, const char *id,
                                     const char *hash, attache_ingest_outcome *outcome, size_t *records,
                                     attache_error *err) {
  if (!s->in_batch) {
    if (!begin_ingest(s)) { /* analysts' changes are applied again when it commits (attache_store_commit) */
      attache_status st = store_failed(s, err, "cannot store document", id);
      end_transaction(s, "ROLLBACK");
      return st;
    }
    s->in_batch = true;
    s->pending = 0;
    s->batch_countries_done = s->countries_done;
  }
  size_t added = 0;
  stored_as stored = STORED_NOT;
  bool countries_were_done = s->countries_done;
  bool ok = find_stored(s, id, hash, &stored);
  if (ok && stored == STORED_SAME) {
    *outcome = ATTACHE_INGEST_UNCHANGED;
    return ATTACHE_OK;
  }
  bool alone = s->undo_alone || s->pg;
  ok = ok && (!alone || run_cached(s, SQL_SAVEPOINT, "SAVEPOINT document")) &&
       (stored == STORED_NOT || forget_source(s, id)) && store_document(s, doc, folded, hash, lex, &added) &&
       (!alone || run_cached(s, SQL_RELEASE, "RELEASE document"));
  if (ok) {
    s->pending++;
    *outcome = stored == STORED_OTHER ? ATTACHE_INGEST_UPDATED : ATTACHE_INGEST_NEW;
    if (records) *records = added;
    return ATTACHE_OK;
  }
  attache_status status = store_failed(s, err, "cannot store document", id);
  if (!alone) {
    s->undo_alone = true;
    if (at_store_in_transaction(s)) end_transaction(s, "ROLLBACK");
    notice_lost_batch(s);
    return status;
  }
  if (at_store_in_transaction(s)) {
    at_store_exec(s, "ROLLBACK TO document");
    run_cached(s, SQL_RELEASE, "RELEASE document");
  }
  s->countries_done = countries_were_done; /* what they were stored with is undone */
  notice_lost_batch(s);
  return status;
}

/* Stores `doc` (document `id`, content `hash`) in one write transaction,
 * which looks again whether the database holds it: another ingest may have
 * stored it since it was last looked at. */
static attache_status store_transaction(attache_store *s, const attache_lexicon *lex, attache_doc *doc,
                                        const char *const *folded, const char *id,
                                        const char *hash, attache_ingest_outcome *outcome, size_t *records,
                                        attache_error *err) {
  if (s->batches) return store_in_batch(s, lex, doc, folded, id, hash, outcome, records, err);
  size_t added = 0;
  stored_as stored = STORED_NOT;
  bool countries_were_done = s->countries_done;
  bool ok = begin_ingest(s) && find_stored(s, id, hash, &stored);
  if (ok && stored != STORED_SAME) {
    ok = (stored == STORED_NOT || forget_source(s, id)) && store_document(s, doc, folded, hash, lex, &added);
  }
  if (ok) ok = index_deferred(s, true, false) && at_corrections_apply(s);
  if (ok && end_transaction(s, "COMMIT")) {
    *outcome = stored == STORED_SAME ? ATTACHE_INGEST_UNCHANGED
               : stored == STORED_OTHER ? ATTACHE_INGEST_UPDATED
                                        : ATTACHE_INGEST_NEW;
    if (records) *records = added;
    return ATTACHE_OK;
  }
  attache_status status = store_failed(s, err, "cannot store document", id);
  end_transaction(s, "ROLLBACK");
  s->countries_done = countries_were_done; /* what they were stored with is undone */
  return status;
}

/* An ingest in two steps (store.h): what the store holds of the document
 * and, unless that is this content, the document extracted. */
struct attache_prepared {
  char *id;
  char hash[17];
  attache_doc *doc;             /* NULL: `unchanged_in` holds this content */
  const char **folded;          /* its sentences folded (fold_sentences), in its arena; NULL: not yet */
  const attache_store *unchanged_in;
};

void attache_prepared_free(attache_prepared *p) {
  if (!p) return;
  attache_doc_free(p->doc);
  free(p->id);
  free(p);
}

/* Whether `s` holds document `id` with content `hash` (in the open batch's
 * transaction, else a read transaction of its own: in SQLite, that of the
 * one statement, ended as it is reset here - a BEGIN and COMMIT
 * around it, each parsed again, cost 17M instructions an ingest of the
 * 3 MB benchmark corpus, a document at a time on the reading thread). */
static attache_status look_stored(attache_store *s, const char *id, const char *hash, stored_as *stored,
                                  attache_error *err) {
  *stored = STORED_NOT;
  bool own = !s->in_batch && s->pg; /* PostgreSQL: a transaction of its own */
  bool ok = (!own || at_store_exec(s, "BEGIN")) && find_stored(s, id, hash, stored);
  attache_status status = ok ? ATTACHE_OK : store_failed(s, err, "cannot read the database for document", id);
  if (own) end_transaction(s, ok ? "COMMIT" : "ROLLBACK");
  else if (!s->in_batch && s->stmts[SQL_SOURCE_HASH]) at_stmt_reset(s->stmts[SQL_SOURCE_HASH]);
  else if (!ok) notice_lost_batch(s);
  return status;
}

attache_status attache_store_prepare(attache_store *s, const attache_lexicon *lex, const attache_doc_input *in,
                                     const attache_extract_options *options, attache_prepared **out,
                                     attache_error *err) {
  if (!out) return at_error_set(err, ATTACHE_ERR_ARG, "null argument");
  *out = NULL;
  if (!s || !lex || !in) return at_error_set(err, ATTACHE_ERR_ARG, "null argument");
  attache_prepared *p = calloc(1, sizeof *p);
  if (!p) at_oom();
  at_content_hash(in, p->hash);
  p->id = strndup(in->id.ptr ? in->id.ptr : "", in->id.len);
  if (!p->id) at_oom();
  /* Unchanged? Then there is nothing to extract. Another ingest may store
   * it meanwhile: what is found here only spares the extraction; the write
   * transaction looks again and decides. */
  stored_as stored;
  attache_status status = look_stored(s, p->id, p->hash, &stored, err);
  if (status == ATTACHE_OK && stored == STORED_SAME) p->unchanged_in = s;
  else if (status == ATTACHE_OK) status = attache_extract(lex, in, options, &p->doc, err);
  if (status == ATTACHE_OK && p->doc) p->folded = fold_sentences(p->doc);
  if (status != ATTACHE_OK) {
    attache_prepared_free(p);
    return status;
  }
  *out = p;
  return ATTACHE_OK;
}

attache_status attache_store_put(attache_store *s, const attache_lexicon *lex, const attache_doc_input *in,
                                 const attache_extract_options *options, attache_prepared *p,
                                 attache_ingest_outcome *outcome, size_t *records, attache_error *err) {
  if (!s || !lex || !in || !p || !outcome) return at_error_set(err, ATTACHE_ERR_ARG, "null argument");
  if (s->readonly) return at_error_set(err, ATTACHE_ERR_ARG, "database opened read-only");
  s->cannot_write = false;
  if (records) *records = 0;
  if (!p->doc && p->unchanged_in != s) {
    /* Found unchanged by another connection (a reading thread's), whose
     * snapshot may miss what this one's open batch wrote: looked at again
     * here, and extracted after all when that changed it. */
    stored_as stored;
    attache_status status = look_stored(s, p->id, p->hash, &stored, err);
    if (status != ATTACHE_OK) return status;
    if (stored != STORED_SAME) {
      status = attache_extract(lex, in, options, &p->doc, err);
      if (status != ATTACHE_OK) return status;
    }
  }
  if (!p->doc) {
    *outcome = ATTACHE_INGEST_UNCHANGED;
    return ATTACHE_OK;
  }
  return store_transaction(s, lex, p->doc, p->folded, p->id, p->hash, outcome, records, err);
}

attache_status attache_store_ingest(attache_store *s, const attache_lexicon *lex, const attache_doc_input *in,
                                    const attache_extract_options *options, attache_ingest_outcome *outcome,
                                    size_t *records, attache_error *err) {
  if (!s || !lex || !in || !outcome) return at_error_set(err, ATTACHE_ERR_ARG, "null argument");
  if (s->readonly) return at_error_set(err, ATTACHE_ERR_ARG, "database opened read-only");
  s->cannot_write = false;
  if (records) *records = 0;
  attache_prepared *p = NULL;
  attache_status status = attache_store_prepare(s, lex, in, options, &p, err);
  if (status == ATTACHE_OK) status = attache_store_put(s, lex, in, options, p, outcome, records, err);
  else *outcome = ATTACHE_INGEST_UNCHANGED;
  attache_prepared_free(p);
  return status;
}

attache_status attache_store_ingest_result(attache_store *s, const attache_lexicon *lex, const char *json, size_t len,
                                           attache_ingest_outcome *outcome, size_t *records, attache_error *err) {
  if (!s || !lex || !json || !outcome) return at_error_set(err, ATTACHE_ERR_ARG, "null argument");
  if (s->readonly) return at_error_set(err, ATTACHE_ERR_ARG, "database opened read-only");
  s->cannot_write = false;
  if (records) *records = 0;
  attache_doc *doc = NULL;
  attache_status status = at_doc_from_result(lex, json, len, &doc, err);
  if (status == ATTACHE_OK) status = store_transaction(s, lex, doc, NULL, doc->id, doc->content_hash, outcome, records, err);
  attache_doc_free(doc);
  return status;
}
