/* SPDX-License-Identifier: MIT */
/*
 * store_pg.c - the knowledge base in PostgreSQL (libpq): the same tables as
 * SQLite's, the statements whose SQL differs there, and statements run
 * through libpq for store_db.c. All of attache's PostgreSQL SQL is here.
 *
 * Many ingests may write to one database at once, from many machines. Each
 * document is one transaction that first takes a transaction-scoped
 * advisory lock, as SQLite's BEGIN IMMEDIATE takes its write lock: writers
 * store one document at a time (extraction, the slow part, runs outside),
 * so merging a happening or a person that another ingest is storing cannot
 * race, and the database is what a sequential ingest in commit order gives.
 * The constraints (a source's id, a person's key) stand behind it.
 *
 * Text columns sort as SQLite's do (by bytes: COLLATE "C"), whatever the
 * database's locale. Search runs on the folded sentence that store.c
 * writes (case and tone marks removed, as SQLite's index holds it), cut
 * into words as SQLite's FTS5 cuts them, with a GIN index.
 */
#include "pipeline.h"
#include "store_internal.h"

#include <ctype.h>
#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* "ATTC", as SQLite's application_id: the advisory lock of attache's writers. */
#define ATTACHE_LOCK_KEY 0x41545443

struct at_pg {
  PGconn *conn;
  long long inserted_id; /* by the last insert that returns its id */
  long long changes;     /* rows the last statement changed (or returned) */
  char error[512];
  char sqlstate[6];
};

static const char SCHEMA_V1[] =
    "CREATE TABLE attache_meta(application TEXT NOT NULL, schema_version INTEGER NOT NULL);"
    /* SQLite's group_concat(value, separator): the values in the order given, NULLs left out. */
    "CREATE FUNCTION attache_concat(acc text, x text, sep text) RETURNS text LANGUAGE sql IMMUTABLE AS"
    "  $$ SELECT CASE WHEN x IS NULL THEN acc WHEN acc IS NULL THEN x ELSE acc || sep || x END $$;"
    "CREATE AGGREGATE group_concat(text, text) (SFUNC = attache_concat, STYPE = text);"
    /* The words of a folded text as FTS5's tokenizer finds them: runs of letters and digits. */
    "CREATE FUNCTION attache_words(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS"
    "  $$ SELECT regexp_replace(t, '[^0-9A-Za-z\\u00c0-\\u1fff\\u2070-\\uffff]+', ' ', 'g') $$;"
    "CREATE TABLE sources("
    "  id TEXT COLLATE \"C\" PRIMARY KEY, url TEXT COLLATE \"C\", title TEXT COLLATE \"C\","
    "  published TEXT COLLATE \"C\", outlet TEXT COLLATE \"C\", lang TEXT COLLATE \"C\","
    "  content_hash TEXT COLLATE \"C\" NOT NULL, ingested_at TEXT COLLATE \"C\" NOT NULL);"
    "CREATE TABLE sentences("
    "  id BIGSERIAL PRIMARY KEY, source_id TEXT COLLATE \"C\" NOT NULL REFERENCES sources(id) ON DELETE CASCADE,"
    "  idx INTEGER NOT NULL, start INTEGER NOT NULL, \"end\" INTEGER NOT NULL, text TEXT COLLATE \"C\" NOT NULL,"
    "  folded TEXT COLLATE \"C\" NOT NULL, UNIQUE(source_id, idx));"
    "CREATE INDEX sentences_words ON sentences USING gin (to_tsvector('simple', attache_words(folded)));"
    "CREATE TABLE countries(code TEXT COLLATE \"C\" PRIMARY KEY, name_vi TEXT COLLATE \"C\", name_en TEXT COLLATE \"C\");"
    "CREATE TABLE organizations(code TEXT COLLATE \"C\" PRIMARY KEY, name_vi TEXT COLLATE \"C\","
    "  name_en TEXT COLLATE \"C\");"
    "CREATE TABLE people("
    "  id BIGSERIAL PRIMARY KEY, name TEXT COLLATE \"C\" NOT NULL, name_key TEXT COLLATE \"C\" NOT NULL UNIQUE,"
    "  country TEXT COLLATE \"C\");"
    "CREATE TABLE events("
    "  id BIGSERIAL PRIMARY KEY, type TEXT COLLATE \"C\" NOT NULL, date TEXT COLLATE \"C\","
    "  date_end TEXT COLLATE \"C\", place TEXT COLLATE \"C\", location_country TEXT COLLATE \"C\","
    "  mechanism TEXT COLLATE \"C\");"
    "CREATE INDEX events_date ON events(date);"
    "CREATE INDEX events_type_date ON events(type, date);"
    "CREATE INDEX events_mechanism ON events(mechanism) WHERE mechanism IS NOT NULL;"
    "CREATE TABLE event_sources("
    "  event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,"
    "  source_id TEXT COLLATE \"C\" NOT NULL REFERENCES sources(id) ON DELETE CASCADE,"
    "  sentence_id BIGINT REFERENCES sentences(id) ON DELETE CASCADE,"
    "  PRIMARY KEY(event_id, source_id));"
    "CREATE INDEX event_sources_source ON event_sources(source_id);"
    "CREATE TABLE event_countries("
    "  event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE, country TEXT COLLATE \"C\" NOT NULL,"
    "  PRIMARY KEY(event_id, country));"
    "CREATE INDEX event_countries_country ON event_countries(country, event_id);"
    "CREATE TABLE event_organizations("
    "  event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,"
    "  organization TEXT COLLATE \"C\" NOT NULL REFERENCES organizations(code),"
    "  PRIMARY KEY(event_id, organization));"
    "CREATE TABLE event_areas("
    "  event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE, area TEXT COLLATE \"C\" NOT NULL,"
    "  PRIMARY KEY(event_id, area));"
    "CREATE INDEX event_areas_area ON event_areas(area, event_id);"
    "CREATE TABLE participants("
    "  event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,"
    "  person_id BIGINT NOT NULL REFERENCES people(id),"
    "  source_id TEXT COLLATE \"C\" NOT NULL REFERENCES sources(id) ON DELETE CASCADE,"
    "  rank TEXT COLLATE \"C\", position TEXT COLLATE \"C\", country TEXT COLLATE \"C\","
    "  PRIMARY KEY(event_id, person_id, source_id));"
    "CREATE INDEX participants_person ON participants(person_id, event_id);"
    "CREATE INDEX participants_source ON participants(source_id);"
    "CREATE TABLE agreements("
    "  id BIGSERIAL PRIMARY KEY, source_id TEXT COLLATE \"C\" NOT NULL REFERENCES sources(id) ON DELETE CASCADE,"
    "  sentence_id BIGINT REFERENCES sentences(id) ON DELETE CASCADE,"
    "  title TEXT COLLATE \"C\" NOT NULL, kind TEXT COLLATE \"C\" NOT NULL, date TEXT COLLATE \"C\","
    "  period_from INTEGER, period_to INTEGER, status TEXT COLLATE \"C\" NOT NULL);"
    "CREATE INDEX agreements_source ON agreements(source_id);"
    "CREATE TABLE agreement_parties("
    "  agreement_id BIGINT NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,"
    "  country TEXT COLLATE \"C\" NOT NULL, PRIMARY KEY(agreement_id, country));"
    "CREATE INDEX agreement_parties_country ON agreement_parties(country, agreement_id);"
    "CREATE TABLE agreement_areas("
    "  agreement_id BIGINT NOT NULL REFERENCES agreements(id) ON DELETE CASCADE, area TEXT COLLATE \"C\" NOT NULL,"
    "  PRIMARY KEY(agreement_id, area));"
    "CREATE TABLE figures("
    "  id BIGSERIAL PRIMARY KEY, source_id TEXT COLLATE \"C\" NOT NULL REFERENCES sources(id) ON DELETE CASCADE,"
    "  sentence_id BIGINT REFERENCES sentences(id) ON DELETE CASCADE,"
    "  metric TEXT COLLATE \"C\" NOT NULL, label TEXT COLLATE \"C\", value DOUBLE PRECISION NOT NULL,"
    "  qualifier TEXT COLLATE \"C\" NOT NULL, as_of TEXT COLLATE \"C\", subject TEXT COLLATE \"C\");"
    "CREATE INDEX figures_metric ON figures(metric, as_of);"
    "CREATE INDEX figures_source ON figures(source_id);"
    "CREATE TABLE relations("
    "  id BIGSERIAL PRIMARY KEY, source_id TEXT COLLATE \"C\" NOT NULL REFERENCES sources(id) ON DELETE CASCADE,"
    "  sentence_id BIGINT REFERENCES sentences(id) ON DELETE CASCADE,"
    "  country_a TEXT COLLATE \"C\" NOT NULL, country_b TEXT COLLATE \"C\" NOT NULL,"
    "  framework TEXT COLLATE \"C\" NOT NULL, since INTEGER, as_of TEXT COLLATE \"C\");"
    "CREATE INDEX relations_country ON relations(country_b, as_of);"
    "CREATE INDEX relations_source ON relations(source_id);";

/* Migrations, as store.c's for SQLite: PG_MIGRATIONS[i] takes a database
 * from version i + 1 to i + 2, and each step of store.c has its own here. */
static const char *const PG_MIGRATIONS[] = {
    /* 1 -> 2: each record's confidence as extracted. */
    "ALTER TABLE event_sources ADD COLUMN confidence DOUBLE PRECISION;"
    "ALTER TABLE participants ADD COLUMN confidence DOUBLE PRECISION;"
    "ALTER TABLE agreements ADD COLUMN confidence DOUBLE PRECISION;"
    "ALTER TABLE figures ADD COLUMN confidence DOUBLE PRECISION;"
    "ALTER TABLE relations ADD COLUMN confidence DOUBLE PRECISION;",
    /* 2 -> 3: analysts' changes as their own layer (corrections.c, the
     * same code on both databases), and the write API's tokens. */
    "CREATE TABLE corrections("
    "  id BIGSERIAL PRIMARY KEY, uid TEXT COLLATE \"C\" NOT NULL UNIQUE, author TEXT COLLATE \"C\" NOT NULL,"
    "  made_at TEXT COLLATE \"C\" NOT NULL, note TEXT COLLATE \"C\", op TEXT COLLATE \"C\" NOT NULL,"
    "  kind TEXT COLLATE \"C\" NOT NULL, target TEXT COLLATE \"C\" NOT NULL, other TEXT COLLATE \"C\","
    "  field TEXT COLLATE \"C\", old_value TEXT COLLATE \"C\", new_value TEXT COLLATE \"C\","
    "  undone INTEGER NOT NULL DEFAULT 0, resolved TEXT COLLATE \"C\", orphaned INTEGER NOT NULL DEFAULT 0);"
    "CREATE TABLE correction_effects("
    "  seq BIGSERIAL PRIMARY KEY, change_id BIGINT NOT NULL, action TEXT COLLATE \"C\" NOT NULL,"
    "  tbl TEXT COLLATE \"C\" NOT NULL, row TEXT COLLATE \"C\" NOT NULL, col TEXT COLLATE \"C\","
    "  old TEXT COLLATE \"C\");"
    "CREATE TABLE person_names("
    "  person_id BIGINT NOT NULL, name TEXT COLLATE \"C\" NOT NULL, name_key TEXT COLLATE \"C\" NOT NULL,"
    "  PRIMARY KEY(person_id, name_key));"
    "CREATE INDEX person_names_key ON person_names(name_key);"
    "CREATE TABLE api_tokens(name TEXT COLLATE \"C\" PRIMARY KEY, hash TEXT COLLATE \"C\" NOT NULL,"
    "  created_at TEXT COLLATE \"C\" NOT NULL, revoked_at TEXT COLLATE \"C\");",
    /* 3 -> 4: where an event's date came from (store.c's step 3 -> 4). */
    "ALTER TABLE events ADD COLUMN date_source TEXT COLLATE \"C\";",
    /* 4 -> 5: SQLite's search index of sentences written once per ingest
     * transaction; PostgreSQL's GIN index keeps itself. Nothing to change. */
    "SELECT 1",
    /* 5 -> 6: where each event is placed in time, and event_partner_order,
     * kept by triggers (store.c's step 5 -> 6). */
    "ALTER TABLE events ADD COLUMN placed TEXT COLLATE \"C\";"
    "CREATE FUNCTION attache_place_event(ev bigint) RETURNS void LANGUAGE sql AS $$"
    "  UPDATE events SET placed = p.placed FROM (SELECT coalesce(CASE WHEN e.date NOT LIKE 'X%' THEN e.date END,"
    "  (SELECT min(src.published) FROM event_sources es JOIN sources src ON src.id = es.source_id"
    "  WHERE es.event_id = e.id)) AS placed FROM events e WHERE e.id = ev) p"
    "  WHERE events.id = ev AND events.placed IS DISTINCT FROM p.placed $$;"
    "UPDATE events SET placed = coalesce(CASE WHEN date NOT LIKE 'X%' THEN date END,"
    "  (SELECT min(src.published) FROM event_sources es JOIN sources src ON src.id = es.source_id"
    "  WHERE es.event_id = events.id));"
    "CREATE INDEX events_placed ON events(placed);"
    "CREATE INDEX events_type_placed ON events(type, placed);"
    "CREATE INDEX events_mechanism_placed ON events(mechanism, placed) WHERE mechanism IS NOT NULL;"
    "CREATE TABLE event_partner_order(event_id BIGINT NOT NULL, country TEXT COLLATE \"C\" NOT NULL,"
    "  placed TEXT COLLATE \"C\", type TEXT COLLATE \"C\" NOT NULL, PRIMARY KEY(event_id, country));"
    "INSERT INTO event_partner_order SELECT ec.event_id, ec.country, e.placed, e.type FROM event_countries ec"
    "  JOIN events e ON e.id = ec.event_id;"
    "CREATE INDEX event_partner_order_placed ON event_partner_order(country, placed, event_id, type);"
    "CREATE FUNCTION attache_events_placed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    "  IF TG_OP = 'UPDATE' AND (OLD.placed IS DISTINCT FROM NEW.placed OR OLD.type <> NEW.type) THEN"
    "    UPDATE event_partner_order SET placed = NEW.placed, type = NEW.type WHERE event_id = NEW.id; END IF;"
    "  IF TG_OP = 'INSERT' OR OLD.date IS DISTINCT FROM NEW.date THEN PERFORM attache_place_event(NEW.id); END IF;"
    "  RETURN NULL; END $$;"
    "CREATE TRIGGER events_placed AFTER INSERT OR UPDATE OF date, placed, type ON events FOR EACH ROW"
    "  EXECUTE FUNCTION attache_events_placed();"
    "CREATE FUNCTION attache_event_sources_placed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    "  IF TG_OP <> 'INSERT' THEN PERFORM attache_place_event(OLD.event_id); END IF;"
    "  IF TG_OP <> 'DELETE' THEN PERFORM attache_place_event(NEW.event_id); END IF;"
    "  RETURN NULL; END $$;"
    "CREATE TRIGGER event_sources_placed AFTER INSERT OR DELETE OR UPDATE OF event_id, source_id ON event_sources"
    "  FOR EACH ROW EXECUTE FUNCTION attache_event_sources_placed();"
    "CREATE FUNCTION attache_sources_placed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    "  PERFORM attache_place_event(es.event_id) FROM event_sources es WHERE es.source_id = NEW.id;"
    "  RETURN NULL; END $$;"
    "CREATE TRIGGER sources_placed AFTER UPDATE OF published ON sources FOR EACH ROW"
    "  EXECUTE FUNCTION attache_sources_placed();"
    "CREATE FUNCTION attache_event_countries_order() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    "  IF TG_OP <> 'INSERT' THEN"
    "    DELETE FROM event_partner_order WHERE event_id = OLD.event_id AND country = OLD.country; END IF;"
    "  IF TG_OP <> 'DELETE' THEN"
    "    INSERT INTO event_partner_order SELECT NEW.event_id, NEW.country, e.placed, e.type FROM events e"
    "    WHERE e.id = NEW.event_id ON CONFLICT (event_id, country)"
    "    DO UPDATE SET placed = excluded.placed, type = excluded.type; END IF;"
    "  RETURN NULL; END $$;"
    "CREATE TRIGGER event_countries_order AFTER INSERT OR DELETE OR UPDATE ON event_countries FOR EACH ROW"
    "  EXECUTE FUNCTION attache_event_countries_order();",
    /* 6 -> 7: a partner's profile summed up, kept by triggers (store.c's
     * step 6 -> 7, whose comments say what each table holds). */
    "CREATE TABLE partner_person_events(event_id BIGINT NOT NULL, person_id BIGINT NOT NULL,"
    "  country TEXT COLLATE \"C\" NOT NULL, PRIMARY KEY(event_id, person_id, country));"
    "CREATE INDEX partner_person_events_person ON partner_person_events(country, person_id, event_id);"
    "CREATE TABLE partner_people(country TEXT COLLATE \"C\" NOT NULL, person_id BIGINT NOT NULL,"
    "  events INTEGER NOT NULL, PRIMARY KEY(country, person_id));"
    "CREATE TABLE partner_figures(country TEXT COLLATE \"C\" NOT NULL, figure_id BIGINT NOT NULL,"
    "  PRIMARY KEY(country, figure_id));"
    "CREATE INDEX partner_figures_figure ON partner_figures(figure_id);"
    "CREATE TABLE partner_years(country TEXT COLLATE \"C\" NOT NULL, year TEXT COLLATE \"C\" NOT NULL,"
    "  type TEXT COLLATE \"C\" NOT NULL, events INTEGER NOT NULL, PRIMARY KEY(country, year, type));"
    "INSERT INTO partner_person_events SELECT DISTINCT p.event_id, p.person_id, ec.country FROM participants p"
    "  JOIN people pe ON pe.id = p.person_id JOIN event_countries ec ON ec.event_id = p.event_id"
    "  AND ec.country = coalesce(p.country, pe.country);"
    "INSERT INTO partner_people SELECT country, person_id, count(*) FROM partner_person_events"
    "  GROUP BY country, person_id;"
    "INSERT INTO partner_figures SELECT subject, id FROM figures WHERE subject IS NOT NULL"
    "  UNION SELECT ec.country, f.id FROM figures f JOIN event_sources es ON es.source_id = f.source_id"
    "  JOIN event_countries ec ON ec.event_id = es.event_id;"
    "INSERT INTO partner_years SELECT country, coalesce(substr(placed, 1, 4), ''), type, count(*)"
    "  FROM event_partner_order GROUP BY 1, 2, 3;"
    /* the rows of event ev and person who of partner_person_events */
    "CREATE FUNCTION attache_partner_person_keep(ev bigint, who bigint) RETURNS void LANGUAGE sql AS $$"
    "  DELETE FROM partner_person_events WHERE event_id = ev AND person_id = who AND country NOT IN"
    "  (SELECT ec.country FROM participants p JOIN people pe ON pe.id = p.person_id JOIN event_countries ec"
    "  ON ec.event_id = p.event_id AND ec.country = coalesce(p.country, pe.country)"
    "  WHERE p.event_id = ev AND p.person_id = who);"
    "  INSERT INTO partner_person_events SELECT DISTINCT ev, who, ec.country FROM participants p"
    "  JOIN people pe ON pe.id = p.person_id JOIN event_countries ec ON ec.event_id = p.event_id"
    "  AND ec.country = coalesce(p.country, pe.country) WHERE p.event_id = ev AND p.person_id = who"
    "  ON CONFLICT DO NOTHING $$;"
    /* the figures of source src in partner_figures */
    "CREATE FUNCTION attache_partner_figures_keep(src text) RETURNS void LANGUAGE sql AS $$"
    "  DELETE FROM partner_figures WHERE figure_id IN (SELECT id FROM figures WHERE source_id = src);"
    "  INSERT INTO partner_figures SELECT subject, id FROM figures WHERE source_id = src AND subject IS NOT NULL"
    "  UNION SELECT ec.country, f.id FROM figures f JOIN event_sources es ON es.source_id = f.source_id"
    "  JOIN event_countries ec ON ec.event_id = es.event_id WHERE f.source_id = src ON CONFLICT DO NOTHING $$;"
    "CREATE FUNCTION attache_partner_person_events_count() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    "  IF TG_OP = 'INSERT' THEN"
    "    INSERT INTO partner_people VALUES (NEW.country, NEW.person_id, 1)"
    "    ON CONFLICT (country, person_id) DO UPDATE SET events = partner_people.events + 1;"
    "  ELSE"
    "    UPDATE partner_people SET events = events - 1 WHERE country = OLD.country AND person_id = OLD.person_id;"
    "    DELETE FROM partner_people WHERE country = OLD.country AND person_id = OLD.person_id AND events = 0;"
    "  END IF; RETURN NULL; END $$;"
    "CREATE TRIGGER partner_person_events_count AFTER INSERT OR DELETE ON partner_person_events FOR EACH ROW"
    "  EXECUTE FUNCTION attache_partner_person_events_count();"
    /* (an insert can only add rows: its trigger adds just those, as an
     * ingest runs it for every row it stores) */
    "CREATE FUNCTION attache_participants_partner() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    "  IF TG_OP = 'INSERT' THEN"
    "    INSERT INTO partner_person_events SELECT NEW.event_id, NEW.person_id, ec.country FROM event_countries ec"
    "    WHERE ec.event_id = NEW.event_id"
    "    AND ec.country = coalesce(NEW.country, (SELECT country FROM people WHERE id = NEW.person_id))"
    "    ON CONFLICT DO NOTHING;"
    "    RETURN NULL;"
    "  END IF;"
    "  PERFORM attache_partner_person_keep(OLD.event_id, OLD.person_id);"
    "  IF TG_OP = 'UPDATE' THEN PERFORM attache_partner_person_keep(NEW.event_id, NEW.person_id); END IF;"
    "  RETURN NULL; END $$;"
    "CREATE TRIGGER participants_partner AFTER INSERT OR DELETE OR UPDATE ON participants FOR EACH ROW"
    "  EXECUTE FUNCTION attache_participants_partner();"
    "CREATE FUNCTION attache_people_partner() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    "  PERFORM attache_partner_person_keep(ev.event_id, NEW.id)"
    "  FROM (SELECT DISTINCT event_id FROM participants WHERE person_id = NEW.id) ev;"
    "  RETURN NULL; END $$;"
    "CREATE TRIGGER people_partner AFTER UPDATE OF country ON people FOR EACH ROW"
    "  EXECUTE FUNCTION attache_people_partner();"
    "CREATE FUNCTION attache_event_countries_partner() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    "  IF TG_OP <> 'INSERT' THEN"
    "    DELETE FROM partner_person_events WHERE event_id = OLD.event_id AND country = OLD.country;"
    "    PERFORM attache_partner_figures_keep(es.source_id) FROM event_sources es WHERE es.event_id = OLD.event_id;"
    "  END IF;"
    "  IF TG_OP <> 'DELETE' THEN"
    "    INSERT INTO partner_person_events SELECT DISTINCT p.event_id, p.person_id, NEW.country FROM participants p"
    "    JOIN people pe ON pe.id = p.person_id WHERE p.event_id = NEW.event_id"
    "    AND coalesce(p.country, pe.country) = NEW.country ON CONFLICT DO NOTHING;"
    "    INSERT INTO partner_figures SELECT NEW.country, f.id FROM event_sources es JOIN figures f"
    "    ON f.source_id = es.source_id WHERE es.event_id = NEW.event_id ON CONFLICT DO NOTHING;"
    "  END IF; RETURN NULL; END $$;"
    "CREATE TRIGGER event_countries_partner AFTER INSERT OR DELETE OR UPDATE ON event_countries FOR EACH ROW"
    "  EXECUTE FUNCTION attache_event_countries_partner();"
    "CREATE FUNCTION attache_event_sources_partner() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    "  IF TG_OP = 'INSERT' THEN"
    "    INSERT INTO partner_figures SELECT ec.country, f.id FROM figures f JOIN event_countries ec"
    "    ON ec.event_id = NEW.event_id WHERE f.source_id = NEW.source_id ON CONFLICT DO NOTHING;"
    "  ELSE PERFORM attache_partner_figures_keep(OLD.source_id); END IF;"
    "  IF TG_OP = 'UPDATE' THEN PERFORM attache_partner_figures_keep(NEW.source_id); END IF;"
    "  RETURN NULL; END $$;"
    "CREATE TRIGGER event_sources_partner AFTER INSERT OR DELETE OR UPDATE ON event_sources FOR EACH ROW"
    "  EXECUTE FUNCTION attache_event_sources_partner();"
    "CREATE FUNCTION attache_figures_partner() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    "  IF TG_OP <> 'INSERT' THEN DELETE FROM partner_figures WHERE figure_id = OLD.id; END IF;"
    "  IF TG_OP <> 'DELETE' THEN"
    "    INSERT INTO partner_figures SELECT NEW.subject, NEW.id WHERE NEW.subject IS NOT NULL"
    "    UNION SELECT ec.country, NEW.id FROM event_sources es JOIN event_countries ec ON ec.event_id = es.event_id"
    "    WHERE es.source_id = NEW.source_id ON CONFLICT DO NOTHING;"
    "  END IF; RETURN NULL; END $$;"
    "CREATE TRIGGER figures_partner AFTER INSERT OR DELETE OR UPDATE OF id, subject, source_id ON figures"
    "  FOR EACH ROW EXECUTE FUNCTION attache_figures_partner();"
    "CREATE FUNCTION attache_partner_years() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    "  IF TG_OP <> 'INSERT' THEN"
    "    UPDATE partner_years SET events = events - 1 WHERE country = OLD.country"
    "    AND year = coalesce(substr(OLD.placed, 1, 4), '') AND type = OLD.type;"
    "    DELETE FROM partner_years WHERE country = OLD.country AND year = coalesce(substr(OLD.placed, 1, 4), '')"
    "    AND type = OLD.type AND events = 0;"
    "  END IF;"
    "  IF TG_OP <> 'DELETE' THEN"
    "    INSERT INTO partner_years VALUES (NEW.country, coalesce(substr(NEW.placed, 1, 4), ''), NEW.type, 1)"
    "    ON CONFLICT (country, year, type) DO UPDATE SET events = partner_years.events + 1;"
    "  END IF; RETURN NULL; END $$;"
    "CREATE TRIGGER partner_years AFTER INSERT OR DELETE OR UPDATE ON event_partner_order FOR EACH ROW"
    "  EXECUTE FUNCTION attache_partner_years();",
    /* 7 -> 8: each event's summary (store_internal.h), kept by triggers
     * (store.c's step 7 -> 8). */
    "CREATE TABLE event_summary(event_id BIGINT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,"
    "  countries TEXT COLLATE \"C\", participants TEXT COLLATE \"C\", sources BIGINT NOT NULL,"
    "  confidence DOUBLE PRECISION, reported TEXT COLLATE \"C\", evidence_id BIGINT);"
    "INSERT INTO event_summary(" AT_SUMMARY_COLUMNS ") " AT_SUMMARY_OF_EVENTS "true;"
    "CREATE FUNCTION attache_summarize_events(ids bigint[]) RETURNS void LANGUAGE sql AS $$"
    "  INSERT INTO event_summary(" AT_SUMMARY_COLUMNS ") " AT_SUMMARY_OF_EVENTS "e.id = ANY(ids)"
    "  ON CONFLICT (event_id) DO UPDATE SET countries = excluded.countries, participants = excluded.participants,"
    "  sources = excluded.sources, confidence = excluded.confidence, reported = excluded.reported,"
    "  evidence_id = excluded.evidence_id $$;"
    /* a row of event_countries, participants or event_sources: its event (and the one it left) */
    "CREATE FUNCTION attache_event_part_summary() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    "  IF TG_OP <> 'INSERT' THEN PERFORM attache_summarize_events(ARRAY[OLD.event_id]); END IF;"
    "  IF TG_OP <> 'DELETE' THEN PERFORM attache_summarize_events(ARRAY[NEW.event_id]); END IF;"
    "  RETURN NULL; END $$;"
    "CREATE TRIGGER event_countries_summary AFTER INSERT OR DELETE OR UPDATE ON event_countries FOR EACH ROW"
    "  EXECUTE FUNCTION attache_event_part_summary();"
    "CREATE TRIGGER participants_summary AFTER INSERT OR DELETE OR UPDATE ON participants FOR EACH ROW"
    "  EXECUTE FUNCTION attache_event_part_summary();"
    "CREATE TRIGGER event_sources_summary AFTER INSERT OR DELETE OR UPDATE ON event_sources FOR EACH ROW"
    "  EXECUTE FUNCTION attache_event_part_summary();"
    "CREATE FUNCTION attache_events_summary() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    "  PERFORM attache_summarize_events(ARRAY[NEW.id]); RETURN NULL; END $$;"
    "CREATE TRIGGER events_summary AFTER INSERT ON events FOR EACH ROW EXECUTE FUNCTION attache_events_summary();"
    "CREATE FUNCTION attache_people_summary() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    "  PERFORM attache_summarize_events(array(SELECT event_id FROM participants WHERE person_id = NEW.id));"
    "  RETURN NULL; END $$;"
    "CREATE TRIGGER people_summary AFTER UPDATE OF name ON people FOR EACH ROW"
    "  EXECUTE FUNCTION attache_people_summary();"
    "CREATE FUNCTION attache_sources_summary() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    "  PERFORM attache_summarize_events(array(SELECT event_id FROM event_sources WHERE source_id = NEW.id));"
    "  RETURN NULL; END $$;"
    "CREATE TRIGGER sources_summary AFTER UPDATE OF published ON sources FOR EACH ROW"
    "  EXECUTE FUNCTION attache_sources_summary();",
    /* 8 -> 9: event_area_order, kept by triggers (store.c's step 8 -> 9); the
     * people's name keys get a trigram index (pg_trgm's, which answers LIKE
     * '%words%' itself) where the server has pg_trgm: without it, the same
     * search reads every key (the same answer, slower). */
    "CREATE TABLE event_area_order(event_id BIGINT NOT NULL, area TEXT COLLATE \"C\" NOT NULL,"
    "  placed TEXT COLLATE \"C\", PRIMARY KEY(event_id, area));"
    "INSERT INTO event_area_order SELECT ea.event_id, ea.area, e.placed FROM event_areas ea"
    "  JOIN events e ON e.id = ea.event_id;"
    "CREATE INDEX event_area_order_placed ON event_area_order(area, placed, event_id);"
    "CREATE FUNCTION attache_events_placed_areas() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    "  IF OLD.placed IS DISTINCT FROM NEW.placed THEN"
    "    UPDATE event_area_order SET placed = NEW.placed WHERE event_id = NEW.id; END IF;"
    "  RETURN NULL; END $$;"
    "CREATE TRIGGER events_placed_areas AFTER UPDATE OF placed ON events FOR EACH ROW"
    "  EXECUTE FUNCTION attache_events_placed_areas();"
    "CREATE FUNCTION attache_event_areas_order() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    "  IF TG_OP <> 'INSERT' THEN"
    "    DELETE FROM event_area_order WHERE event_id = OLD.event_id AND area = OLD.area; END IF;"
    "  IF TG_OP <> 'DELETE' THEN"
    "    INSERT INTO event_area_order SELECT NEW.event_id, NEW.area, e.placed FROM events e"
    "    WHERE e.id = NEW.event_id ON CONFLICT (event_id, area) DO UPDATE SET placed = excluded.placed; END IF;"
    "  RETURN NULL; END $$;"
    "CREATE TRIGGER event_areas_order AFTER INSERT OR DELETE OR UPDATE ON event_areas FOR EACH ROW"
    "  EXECUTE FUNCTION attache_event_areas_order();"
    "DO $$ BEGIN"
    "  IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') THEN"
    "    CREATE EXTENSION IF NOT EXISTS pg_trgm;"
    "    CREATE INDEX people_name_key_trigrams ON people USING gin (name_key gin_trgm_ops);"
    "  END IF;"
    "  EXCEPTION WHEN insufficient_privilege THEN NULL;" /* a user who may not add it: no index */
    "  END $$;",
    /* 9 -> 10: each person's summary (store_internal.h), kept by triggers
     * (store.c's step 9 -> 10): the people of an event whose participants,
     * date or place change. */
    "CREATE TABLE person_summary(person_id BIGINT PRIMARY KEY, rank TEXT COLLATE \"C\", position TEXT COLLATE \"C\","
    "  events BIGINT NOT NULL, first_seen TEXT COLLATE \"C\", last_seen TEXT COLLATE \"C\", offices BIGINT NOT NULL,"
    "  met BIGINT NOT NULL);"
    "INSERT INTO person_summary(" AT_PERSON_SUMMARY_COLUMNS ") " AT_PERSON_SUMMARY_OF_PEOPLE("DESC NULLS LAST")
    "true GROUP BY pe.id;"
    "CREATE FUNCTION attache_summarize_people(ids bigint[]) RETURNS void LANGUAGE sql AS $$"
    "  DELETE FROM person_summary WHERE person_id = ANY(ids);"
    "  INSERT INTO person_summary(" AT_PERSON_SUMMARY_COLUMNS ") " AT_PERSON_SUMMARY_OF_PEOPLE("DESC NULLS LAST")
    "  pe.id = ANY(ids) GROUP BY pe.id $$;"
    "CREATE FUNCTION attache_participants_people() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    "  IF TG_OP <> 'INSERT' THEN PERFORM attache_summarize_people(array(SELECT OLD.person_id"
    "    UNION SELECT person_id FROM participants WHERE event_id = OLD.event_id)); END IF;"
    "  IF TG_OP <> 'DELETE' THEN PERFORM attache_summarize_people(array(SELECT person_id FROM participants"
    "    WHERE event_id = NEW.event_id)); END IF;"
    "  RETURN NULL; END $$;"
    "CREATE TRIGGER participants_people AFTER INSERT OR DELETE OR UPDATE ON participants FOR EACH ROW"
    "  EXECUTE FUNCTION attache_participants_people();"
    "CREATE FUNCTION attache_events_people() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    "  IF OLD.date IS DISTINCT FROM NEW.date OR OLD.placed IS DISTINCT FROM NEW.placed THEN"
    "    PERFORM attache_summarize_people(array(SELECT person_id FROM participants WHERE event_id = NEW.id)); END IF;"
    "  RETURN NULL; END $$;"
    "CREATE TRIGGER events_people AFTER UPDATE OF date, placed ON events FOR EACH ROW"
    "  EXECUTE FUNCTION attache_events_people();",
    /* 10 -> 11: event_partner_area_order, kept by triggers (store.c's step 10 -> 11). */
    "CREATE TABLE event_partner_area_order(event_id BIGINT NOT NULL, country TEXT COLLATE \"C\" NOT NULL,"
    "  area TEXT COLLATE \"C\" NOT NULL, placed TEXT COLLATE \"C\", PRIMARY KEY(event_id, country, area));"
    "INSERT INTO event_partner_area_order SELECT ec.event_id, ec.country, ea.area, e.placed FROM event_countries ec"
    "  JOIN event_areas ea ON ea.event_id = ec.event_id JOIN events e ON e.id = ec.event_id;"
    "CREATE INDEX event_partner_area_order_placed ON event_partner_area_order(country, area, placed, event_id);"
    "CREATE FUNCTION attache_events_placed_partner_areas() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    "  IF OLD.placed IS DISTINCT FROM NEW.placed THEN"
    "    UPDATE event_partner_area_order SET placed = NEW.placed WHERE event_id = NEW.id; END IF;"
    "  RETURN NULL; END $$;"
    "CREATE TRIGGER events_placed_partner_areas AFTER UPDATE OF placed ON events FOR EACH ROW"
    "  EXECUTE FUNCTION attache_events_placed_partner_areas();"
    "CREATE FUNCTION attache_event_countries_areas() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    "  IF TG_OP <> 'INSERT' THEN"
    "    DELETE FROM event_partner_area_order WHERE event_id = OLD.event_id AND country = OLD.country; END IF;"
    "  IF TG_OP <> 'DELETE' THEN"
    "    INSERT INTO event_partner_area_order SELECT NEW.event_id, NEW.country, ea.area, e.placed FROM event_areas ea"
    "    JOIN events e ON e.id = ea.event_id WHERE ea.event_id = NEW.event_id"
    "    ON CONFLICT (event_id, country, area) DO UPDATE SET placed = excluded.placed; END IF;"
    "  RETURN NULL; END $$;"
    "CREATE TRIGGER event_countries_areas AFTER INSERT OR DELETE OR UPDATE ON event_countries FOR EACH ROW"
    "  EXECUTE FUNCTION attache_event_countries_areas();"
    "CREATE FUNCTION attache_event_areas_partners() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    "  IF TG_OP <> 'INSERT' THEN"
    "    DELETE FROM event_partner_area_order WHERE event_id = OLD.event_id AND area = OLD.area; END IF;"
    "  IF TG_OP <> 'DELETE' THEN"
    "    INSERT INTO event_partner_area_order SELECT NEW.event_id, ec.country, NEW.area, e.placed"
    "    FROM event_countries ec JOIN events e ON e.id = ec.event_id WHERE ec.event_id = NEW.event_id"
    "    ON CONFLICT (event_id, country, area) DO UPDATE SET placed = excluded.placed; END IF;"
    "  RETURN NULL; END $$;"
    "CREATE TRIGGER event_areas_partners AFTER INSERT OR DELETE OR UPDATE ON event_areas FOR EACH ROW"
    "  EXECUTE FUNCTION attache_event_areas_partners();",
    /* 11 -> 12: person_event_order, kept by triggers (store.c's step 11 -> 12). */
    "CREATE TABLE person_event_order(event_id BIGINT NOT NULL, person_id BIGINT NOT NULL, date TEXT COLLATE \"C\","
    "  type TEXT COLLATE \"C\" NOT NULL, PRIMARY KEY(event_id, person_id));"
    "INSERT INTO person_event_order SELECT DISTINCT p.event_id, p.person_id, e.date, e.type FROM participants p"
    "  JOIN events e ON e.id = p.event_id;"
    "CREATE INDEX person_event_order_date ON person_event_order(person_id, (date IS NULL), date, event_id, type);"
    "CREATE FUNCTION attache_participants_order() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    "  IF TG_OP <> 'INSERT' THEN"
    "    DELETE FROM person_event_order WHERE event_id = OLD.event_id AND person_id = OLD.person_id"
    "    AND NOT EXISTS (SELECT 1 FROM participants WHERE event_id = OLD.event_id AND person_id = OLD.person_id);"
    "  END IF;"
    "  IF TG_OP <> 'DELETE' THEN"
    "    INSERT INTO person_event_order SELECT NEW.event_id, NEW.person_id, e.date, e.type FROM events e"
    "    WHERE e.id = NEW.event_id ON CONFLICT (event_id, person_id) DO NOTHING; END IF;"
    "  RETURN NULL; END $$;"
    "CREATE TRIGGER participants_order AFTER INSERT OR DELETE OR UPDATE ON participants FOR EACH ROW"
    "  EXECUTE FUNCTION attache_participants_order();"
    "CREATE FUNCTION attache_events_people_order() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    "  IF OLD.date IS DISTINCT FROM NEW.date OR OLD.type IS DISTINCT FROM NEW.type THEN"
    "    UPDATE person_event_order SET date = NEW.date, type = NEW.type WHERE event_id = NEW.id; END IF;"
    "  RETURN NULL; END $$;"
    "CREATE TRIGGER events_people_order AFTER UPDATE OF date, type ON events FOR EACH ROW"
    "  EXECUTE FUNCTION attache_events_people_order();",
    /* 12 -> 13: the indexes of a partner's timeline and relations (store.c's step 12 -> 13). */
    "CREATE INDEX event_partner_order_timeline ON event_partner_order(country, placed DESC, type, event_id)"
    "  WHERE " AT_TIMELINE_EVENTS("") ";"
    "CREATE INDEX relations_partner ON relations(country_b, as_of, id, framework, since, source_id, sentence_id);",
    /* 13 -> 14: whom each person met (store.c's step 13 -> 14), kept by
     * triggers: the people of an event whose participants change, and the
     * name of one renamed; read on an index in the order of the page. */
    "CREATE TABLE person_met(person_id BIGINT NOT NULL, other_id BIGINT NOT NULL, events BIGINT NOT NULL,"
    "  name TEXT COLLATE \"C\" NOT NULL, PRIMARY KEY(person_id, other_id));"
    "INSERT INTO person_met(" AT_PERSON_MET_COLUMNS ") " AT_PERSON_MET_OF_PEOPLE "true" AT_PERSON_MET_END ";"
    "CREATE INDEX person_met_order ON person_met(person_id, events DESC, name, other_id);"
    "CREATE FUNCTION attache_summarize_met(ids bigint[]) RETURNS void LANGUAGE sql AS $$"
    "  DELETE FROM person_met WHERE person_id = ANY(ids);"
    "  INSERT INTO person_met(" AT_PERSON_MET_COLUMNS ") " AT_PERSON_MET_OF_PEOPLE "mine.person_id = ANY(ids)"
    AT_PERSON_MET_END " $$;"
    "CREATE FUNCTION attache_participants_met() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    "  IF TG_OP <> 'INSERT' THEN PERFORM attache_summarize_met(array(SELECT OLD.person_id"
    "    UNION SELECT person_id FROM participants WHERE event_id = OLD.event_id)); END IF;"
    "  IF TG_OP <> 'DELETE' THEN PERFORM attache_summarize_met(array(SELECT person_id FROM participants"
    "    WHERE event_id = NEW.event_id)); END IF;"
    "  RETURN NULL; END $$;"
    "CREATE TRIGGER participants_met AFTER INSERT OR DELETE OR UPDATE ON participants FOR EACH ROW"
    "  EXECUTE FUNCTION attache_participants_met();"
    "CREATE FUNCTION attache_people_met() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    "  IF OLD.name IS DISTINCT FROM NEW.name THEN " AT_PERSON_MET_RENAME("NEW") " END IF;"
    "  RETURN NULL; END $$;"
    "CREATE TRIGGER people_met AFTER UPDATE OF name ON people FOR EACH ROW EXECUTE FUNCTION attache_people_met();",
    /* 14 -> 15: a partner's people's rank and office (store.c's step
     * 14 -> 15): raised by what is added (GREATEST leaves out NULL),
     * worked out again for what is taken or changed. */
    "ALTER TABLE partner_people ADD COLUMN rank TEXT COLLATE \"C\", ADD COLUMN position TEXT COLLATE \"C\";"
    AT_PARTNER_PEOPLE_RANKED("true")
    "CREATE OR REPLACE FUNCTION attache_partner_person_events_count() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    "  IF TG_OP = 'INSERT' THEN"
    "    INSERT INTO partner_people VALUES (NEW.country, NEW.person_id, 1,"
    "    " AT_PARTNER_EVENT_MAX("rank", "NEW.event_id", "NEW.person_id", "NEW.country") ","
    "    " AT_PARTNER_EVENT_MAX("position", "NEW.event_id", "NEW.person_id", "NEW.country") ")"
    "    ON CONFLICT (country, person_id) DO UPDATE SET events = partner_people.events + 1,"
    "    rank = GREATEST(partner_people.rank, excluded.rank),"
    "    position = GREATEST(partner_people.position, excluded.position);"
    "  ELSE"
    "    UPDATE partner_people SET events = events - 1 WHERE country = OLD.country AND person_id = OLD.person_id;"
    "    DELETE FROM partner_people WHERE country = OLD.country AND person_id = OLD.person_id AND events = 0;"
    "  END IF; RETURN NULL; END $$;"
    "CREATE FUNCTION attache_participants_partner_rank() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    "  IF TG_OP = 'INSERT' THEN"
    "    UPDATE partner_people SET rank = GREATEST(rank, NEW.rank), position = GREATEST(position, NEW.position)"
    "    WHERE person_id = NEW.person_id"
    "    AND country = coalesce(NEW.country, (SELECT country FROM people WHERE id = NEW.person_id))"
    "    AND country IN (SELECT country FROM event_countries WHERE event_id = NEW.event_id);"
    "    RETURN NULL;"
    "  END IF;"
    "  " AT_PARTNER_PEOPLE_RANKED("person_id = OLD.person_id AND country IN (SELECT country FROM event_countries"
                                  " WHERE event_id = OLD.event_id)")
    "  IF TG_OP = 'UPDATE' THEN "
    AT_PARTNER_PEOPLE_RANKED("person_id = NEW.person_id AND country IN (SELECT country FROM event_countries"
                             " WHERE event_id = NEW.event_id)") " END IF;"
    "  RETURN NULL; END $$;"
    "CREATE TRIGGER participants_partner_rank AFTER INSERT OR DELETE OR UPDATE ON participants FOR EACH ROW"
    "  EXECUTE FUNCTION attache_participants_partner_rank();"
    "CREATE FUNCTION attache_event_countries_partner_rank() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    AT_PARTNER_PEOPLE_RANKED("country = OLD.country AND person_id IN"
                             " (SELECT person_id FROM participants WHERE event_id = OLD.event_id)")
    "  RETURN NULL; END $$;"
    "CREATE TRIGGER event_countries_partner_rank AFTER DELETE OR UPDATE ON event_countries FOR EACH ROW"
    "  EXECUTE FUNCTION attache_event_countries_partner_rank();"
    "CREATE FUNCTION attache_people_partner_rank() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    "  IF OLD.country IS DISTINCT FROM NEW.country THEN " AT_PARTNER_PEOPLE_RANKED("person_id = NEW.id") " END IF;"
    "  RETURN NULL; END $$;"
    "CREATE TRIGGER people_partner_rank AFTER UPDATE OF country ON people FOR EACH ROW"
    "  EXECUTE FUNCTION attache_people_partner_rank();",
    /* 15 -> 16: whom each person met worked out by the cheaper statement of
     * AT_PERSON_MET_OF_PEOPLE in databases made before it (store.c's step
     * 15 -> 16; PostgreSQL's search index is not cut into segments). */
    "CREATE OR REPLACE FUNCTION attache_summarize_met(ids bigint[]) RETURNS void LANGUAGE sql AS $$"
    "  DELETE FROM person_met WHERE person_id = ANY(ids);"
    "  INSERT INTO person_met(" AT_PERSON_MET_COLUMNS ") " AT_PERSON_MET_OF_PEOPLE "mine.person_id = ANY(ids)"
    AT_PERSON_MET_END " $$;",
    /* 16 -> 17: how an ingest's end merges SQLite's search indexes (store.c's
     * step 16 -> 17); nothing here. */
    "SELECT 1;",
    /* 17 -> 18: SQLite's index of a person's participants with each row's
     * rank and office (store.c's step 17 -> 18, read by name there); nothing
     * here. */
    "SELECT 1;",
    /* 18 -> 19: a partner's events as its events page shows them
     * (store_internal.h's AT_PARTNER_EVENTS_OF, store.c's step 18 -> 19),
     * written again with the event's summary (inserted or updated) and
     * when the event's own shown columns change. */
    "CREATE TABLE partner_events(country TEXT COLLATE \"C\" NOT NULL, undated INTEGER NOT NULL,"
    "  placed TEXT COLLATE \"C\" NOT NULL, event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,"
    "  date TEXT COLLATE \"C\", date_end TEXT COLLATE \"C\", type TEXT COLLATE \"C\", mechanism TEXT COLLATE \"C\","
    "  place TEXT COLLATE \"C\", location_country TEXT COLLATE \"C\", date_source TEXT COLLATE \"C\","
    "  countries TEXT COLLATE \"C\", participants TEXT COLLATE \"C\", sources BIGINT, confidence DOUBLE PRECISION,"
    "  reported TEXT COLLATE \"C\", evidence TEXT COLLATE \"C\", PRIMARY KEY(country, undated, placed, event_id));"
    "CREATE INDEX partner_events_event ON partner_events(event_id);"
    "INSERT INTO partner_events " AT_PARTNER_EVENTS_OF "true;"
    "CREATE FUNCTION attache_partner_events() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    "  DELETE FROM partner_events WHERE event_id = NEW.event_id;"
    "  INSERT INTO partner_events " AT_PARTNER_EVENTS_OF "sm.event_id = NEW.event_id;"
    "  RETURN NULL; END $$;"
    "CREATE TRIGGER event_summary_partner_events AFTER INSERT OR UPDATE ON event_summary FOR EACH ROW"
    "  EXECUTE FUNCTION attache_partner_events();"
    "CREATE FUNCTION attache_events_partner_events() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    "  DELETE FROM partner_events WHERE event_id = NEW.id;"
    "  INSERT INTO partner_events " AT_PARTNER_EVENTS_OF "sm.event_id = NEW.id;"
    "  RETURN NULL; END $$;"
    "CREATE TRIGGER events_partner_events AFTER UPDATE OF " AT_PARTNER_EVENTS_SHOWN " ON events FOR EACH ROW"
    "  EXECUTE FUNCTION attache_events_partner_events();",
    /* 19 -> 20: a partner's timeline read on partner_events (store.c's step
     * 19 -> 20), its newest visits and signings first; the names of their
     * people are left in the table (a key of an index holds at most a third
     * of a page, and a long list of names may pass that). */
    "CREATE INDEX partner_events_timeline ON partner_events(country, placed DESC, type, event_id)"
    " WHERE " AT_PARTNER_TIMELINE_EVENTS("") ";",
    /* 20 -> 21: SQLite's search index without each sentence's size
     * (store.c's step 20 -> 21); nothing here. */
    "SELECT 1;",
    /* 21 -> 22: a person's events as their events page shows them
     * (store_internal.h's AT_PERSON_EVENTS_OF, store.c's step 21 -> 22),
     * written again as partner_events is, and with the person's row of
     * person_event_order. */
    "CREATE TABLE person_events(person_id BIGINT NOT NULL, undated INTEGER NOT NULL, dated TEXT COLLATE \"C\" NOT NULL,"
    "  event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,"
    "  date TEXT COLLATE \"C\", date_end TEXT COLLATE \"C\", type TEXT COLLATE \"C\", mechanism TEXT COLLATE \"C\","
    "  place TEXT COLLATE \"C\", location_country TEXT COLLATE \"C\", date_source TEXT COLLATE \"C\","
    "  countries TEXT COLLATE \"C\", participants TEXT COLLATE \"C\", sources BIGINT, confidence DOUBLE PRECISION,"
    "  reported TEXT COLLATE \"C\", evidence TEXT COLLATE \"C\", PRIMARY KEY(person_id, undated, dated, event_id));"
    "CREATE INDEX person_events_event ON person_events(event_id);"
    "INSERT INTO person_events " AT_PERSON_EVENTS_OF "true;"
    "CREATE FUNCTION attache_person_events() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    "  DELETE FROM person_events WHERE event_id = NEW.event_id;"
    "  INSERT INTO person_events " AT_PERSON_EVENTS_OF "sm.event_id = NEW.event_id;"
    "  RETURN NULL; END $$;"
    "CREATE TRIGGER event_summary_person_events AFTER INSERT OR UPDATE ON event_summary FOR EACH ROW"
    "  EXECUTE FUNCTION attache_person_events();"
    "CREATE FUNCTION attache_events_person_events() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    "  DELETE FROM person_events WHERE event_id = NEW.id;"
    "  INSERT INTO person_events " AT_PERSON_EVENTS_OF "sm.event_id = NEW.id;"
    "  RETURN NULL; END $$;"
    "CREATE TRIGGER events_person_events AFTER UPDATE OF " AT_PARTNER_EVENTS_SHOWN " ON events FOR EACH ROW"
    "  EXECUTE FUNCTION attache_events_person_events();"
    "CREATE FUNCTION attache_person_event_order_events() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    "  IF TG_OP = 'DELETE' THEN"
    "    DELETE FROM person_events WHERE event_id = OLD.event_id AND person_id = OLD.person_id;"
    "  ELSE"
    "    INSERT INTO person_events " AT_PERSON_EVENTS_OF "sm.event_id = NEW.event_id AND o.person_id = NEW.person_id;"
    "  END IF;"
    "  RETURN NULL; END $$;"
    "CREATE TRIGGER person_event_order_person_events AFTER INSERT OR DELETE ON person_event_order FOR EACH ROW"
    "  EXECUTE FUNCTION attache_person_event_order_events();",
    /* 22 -> 23: each relation's evidence sentence's text (store.c's step
     * 22 -> 23), set before each row is written; not in an index (a key of
     * an index holds at most a third of a page). */
    "ALTER TABLE relations ADD COLUMN evidence TEXT COLLATE \"C\";"
    "UPDATE relations SET evidence = " AT_RELATION_EVIDENCE("relations") ";"
    "CREATE FUNCTION attache_relation_evidence() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    "  NEW.evidence := " AT_RELATION_EVIDENCE("NEW") "; RETURN NEW; END $$;"
    "CREATE TRIGGER relations_evidence BEFORE INSERT OR UPDATE OF sentence_id, evidence ON relations FOR EACH ROW"
    "  EXECUTE FUNCTION attache_relation_evidence();",
};
_Static_assert(sizeof PG_MIGRATIONS / sizeof *PG_MIGRATIONS == ATTACHE_STORE_SCHEMA_VERSION - 1,
               "one PostgreSQL migration step per schema version after the first");

/* PostgreSQL's text of the ingest statements whose SQLite text (store.c) it
 * cannot run as it is; the others are translated (see pg_text). */
static const char *const SQL[SQL_COUNT] = {
    [SQL_SENTENCE_INSERT] =
        "INSERT INTO sentences(source_id, idx, start, \"end\", text, folded) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    [SQL_PERSON_RENAME] = "UPDATE people SET name = ?1 WHERE id = ?2 AND name !~ '[^ -~]'",
    [SQL_ORG_INSERT] = "INSERT INTO organizations(code, name_vi, name_en) VALUES (?1, ?2, ?3) "
                       "ON CONFLICT(code) DO UPDATE SET name_vi = coalesce(organizations.name_vi, excluded.name_vi), "
                       "name_en = coalesce(organizations.name_en, excluded.name_en)",
    [SQL_COUNTRY_INSERT] = "INSERT INTO countries(code, name_vi, name_en) VALUES (?1, ?2, ?3) "
                           "ON CONFLICT(code) DO UPDATE SET name_vi = coalesce(countries.name_vi, excluded.name_vi), "
                           "name_en = coalesce(countries.name_en, excluded.name_en)",
};

/* The inserts whose new row's id store.c asks for (at_store_inserted_id):
 * PostgreSQL returns it with the insert, in the same round trip. */
static bool returns_id(int slot) {
  return slot == SQL_SENTENCE_INSERT || slot == SQL_PERSON_INSERT || slot == SQL_EVENT_INSERT ||
         slot == SQL_AGREEMENT;
}

/* query.c's people: a person's latest rank and office, NULL dates last as SQLite sorts them. */
const char AT_PG_PEOPLE_SQL[] =
    "SELECT pe.id AS id, pe.name AS name, pe.country AS country,"
    " (SELECT p2.rank FROM participants p2 JOIN events e2 ON e2.id = p2.event_id WHERE p2.person_id = pe.id"
    "   AND p2.rank IS NOT NULL ORDER BY e2.date DESC NULLS LAST, e2.id DESC, p2.rank DESC LIMIT 1) AS rank,"
    " (SELECT p2.position FROM participants p2 JOIN events e2 ON e2.id = p2.event_id WHERE p2.person_id = pe.id"
    "   AND p2.position IS NOT NULL ORDER BY e2.date DESC NULLS LAST, e2.id DESC, p2.position DESC LIMIT 1) AS position,"
    /* an event placed by its own date, else by its reports' (events.placed) */
    " count(DISTINCT p.event_id) AS events, min(e.placed) AS first_seen, max(e.placed) AS last_seen"
    " FROM people pe JOIN participants p ON p.person_id = pe.id JOIN events e ON e.id = p.event_id WHERE 1 = 1";

/* query.c's search: the sentences holding the words ?1 (folded) one after another. */
const char AT_PG_SEARCH_SQL[] =
    "SELECT s.source_id AS source, src.published AS published, src.title AS title, s.text AS sentence,"
    " src.lang AS lang, src.outlet AS outlet"
    " FROM sentences s JOIN sources src ON src.id = s.source_id"
    " WHERE to_tsvector('simple', attache_words(s.folded)) @@ phraseto_tsquery('simple', attache_words(?1))";

bool at_pg_url(const char *where) {
  return where && (!strncmp(where, "postgresql://", 13) || !strncmp(where, "postgres://", 11));
}

/* Keeps the error of `res` (or of the connection) for at_pg_errmsg. */
static void keep_error(at_pg *pg, const PGresult *res) {
  const char *msg = res ? PQresultErrorMessage(res) : NULL;
  if (!msg || !*msg) msg = PQerrorMessage(pg->conn);
  snprintf(pg->error, sizeof pg->error, "%s", msg && *msg ? msg : "PostgreSQL error");
  size_t n = strlen(pg->error);
  while (n && (pg->error[n - 1] == '\n' || pg->error[n - 1] == ' ')) pg->error[--n] = '\0';
  const char *state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : NULL;
  snprintf(pg->sqlstate, sizeof pg->sqlstate, "%s", state ? state : "");
}

/* Runs SQL without parameters; false (the error kept) when it fails. */
static bool run(at_pg *pg, const char *sql) {
  PGresult *res = PQexec(pg->conn, sql);
  ExecStatusType status = PQresultStatus(res);
  bool ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
  if (!ok) keep_error(pg, res);
  PQclear(res);
  return ok;
}

/* One number a query gives (-1 on failure or no row). */
static long number(at_pg *pg, const char *sql) {
  PGresult *res = PQexec(pg->conn, sql);
  long v = -1;
  if (PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) == 1 && !PQgetisnull(res, 0, 0))
    v = strtol(PQgetvalue(res, 0, 0), NULL, 10);
  else if (PQresultStatus(res) != PGRES_TUPLES_OK)
    keep_error(pg, res);
  PQclear(res);
  return v;
}

/* Which database this is: *version 0 for one without tables (it becomes
 * attache's); one with other tables, or a newer attache's, is refused. */
static attache_status identify(at_pg *pg, long *version, attache_error *err) {
  long tables = number(pg, "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema()");
  if (tables < 0) return at_error_set(err, ATTACHE_ERR_STORE, "cannot read the database: %s", pg->error);
  *version = 0;
  if (tables == 0) return ATTACHE_OK;
  if (number(pg, "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema() "
                 "AND tablename = 'attache_meta'") != 1)
    return at_error_set(err, ATTACHE_ERR_DATA, "not an attache database (it has other tables)");
  *version = number(pg, "SELECT max(schema_version) FROM attache_meta WHERE application = 'attache'");
  if (*version < 1) return at_error_set(err, ATTACHE_ERR_DATA, "not an attache database (it has other tables)");
  if (*version > ATTACHE_STORE_SCHEMA_VERSION)
    return at_error_set(err, ATTACHE_ERR_DATA,
                        "database schema version %ld is newer than this attache (%d): upgrade attache", *version,
                        ATTACHE_STORE_SCHEMA_VERSION);
  return ATTACHE_OK;
}

/* Creates the schema of an empty database, or brings an older one up to
 * date, under attache's lock, so that of several ingests opening a new
 * database at once exactly one creates it. */
static attache_status create_schema(at_pg *pg, attache_error *err) {
  char lock[96];
  snprintf(lock, sizeof lock, "BEGIN; SELECT pg_advisory_xact_lock(%d)", ATTACHE_LOCK_KEY);
  if (!run(pg, lock)) return at_error_set(err, ATTACHE_ERR_STORE, "cannot write the database: %s", pg->error);
  long version;
  attache_status st = identify(pg, &version, err);
  bool created = st == ATTACHE_OK && version == 0;
  if (created && !(run(pg, SCHEMA_V1) && run(pg, "INSERT INTO attache_meta VALUES ('attache', 1)")))
    st = at_error_set(err, ATTACHE_ERR_STORE, "cannot create the schema: %s", pg->error);
  if (created) version = 1;
  for (; st == ATTACHE_OK && version < ATTACHE_STORE_SCHEMA_VERSION; version++) {
    char stamp[96];
    snprintf(stamp, sizeof stamp, "UPDATE attache_meta SET schema_version = %ld", version + 1);
    if (!run(pg, PG_MIGRATIONS[version - 1]) || !run(pg, stamp))
      st = at_error_set(err, ATTACHE_ERR_STORE, "cannot upgrade the schema: %s", pg->error);
  }
  if (st == ATTACHE_OK && !run(pg, "COMMIT"))
    st = at_error_set(err, ATTACHE_ERR_STORE, "cannot create the schema: %s", pg->error);
  if (st != ATTACHE_OK) run(pg, "ROLLBACK");
  return st;
}

static void quiet(void *arg, const char *message) { (void)arg, (void)message; } /* NOTICEs are not errors */

attache_status at_pg_open(attache_store *s, const char *url, attache_error *err) {
  if (err) err->file = NULL; /* the URL may hold a password: messages name the database instead */
  s->pg = calloc(1, sizeof *s->pg);
  if (!s->pg) at_oom();
  at_pg *pg = s->pg;
  pg->conn = PQconnectdb(url);
  if (!pg->conn) at_oom();
  if (PQstatus(pg->conn) != CONNECTION_OK) {
    keep_error(pg, NULL);
    return at_error_set(err, ATTACHE_ERR_STORE, "cannot open database: %s", pg->error);
  }
  PQsetNoticeProcessor(pg->conn, quiet, NULL);
  if (!run(pg, "SET client_encoding = 'UTF8'"))
    return at_error_set(err, ATTACHE_ERR_STORE, "cannot open database: %s", pg->error);
  long version;
  attache_status st;
  if (s->readonly) {
    if (!run(pg, "SET default_transaction_read_only = on"))
      return at_error_set(err, ATTACHE_ERR_STORE, "cannot open database: %s", pg->error);
    st = identify(pg, &version, err);
    if (st == ATTACHE_OK && version == 0) st = at_error_set(err, ATTACHE_ERR_DATA, "empty database: ingest documents first");
    if (st == ATTACHE_OK && version < ATTACHE_STORE_SCHEMA_VERSION)
      st = at_error_set(err, ATTACHE_ERR_DATA,
                        "database schema version %ld is older than this attache (%d): open it once for writing "
                        "(attache ingest) to upgrade it",
                        version, ATTACHE_STORE_SCHEMA_VERSION);
  } else {
    st = identify(pg, &version, err);
    if (st == ATTACHE_OK && version < ATTACHE_STORE_SCHEMA_VERSION) st = create_schema(pg, err);
  }
  if (st != ATTACHE_OK && err && PQdb(pg->conn)) {
    char message[sizeof err->message];
    int n = snprintf(message, sizeof message, "PostgreSQL database %.64s on %.64s: ", PQdb(pg->conn),
                     PQhost(pg->conn) ? PQhost(pg->conn) : "localhost");
    if (n > 0 && (size_t)n < sizeof message) { /* the message after the name, cut to fit */
      size_t room = sizeof message - (size_t)n - 1, len = strnlen(err->message, room);
      memcpy(message + n, err->message, len);
      message[(size_t)n + len] = '\0';
      memcpy(err->message, message, sizeof message);
    }
  }
  return st;
}

void at_pg_close(attache_store *s) {
  if (!s->pg) return;
  PQfinish(s->pg->conn);
  free(s->pg);
  s->pg = NULL;
}

/* SQLite's text `sql` as PostgreSQL runs it: ?N written $N (outside quoted
 * literals), "INSERT OR IGNORE" as "INSERT ... ON CONFLICT DO NOTHING",
 * SQLite's instr(text, part) as PostgreSQL's strpos (the same arguments and
 * result), and RETURNING id when asked; *nparams the largest N. */
static char *pg_text(const char *sql, bool returning, int *nparams) {
  static const char IGNORE[] = "INSERT OR IGNORE INTO ", NOTHING[] = " ON CONFLICT DO NOTHING",
                    RETURNING[] = " RETURNING id", INSTR[] = "instr(", STRPOS[] = "strpos(";
  bool ignore = !strncmp(sql, IGNORE, sizeof IGNORE - 1);
  char *out = malloc(2 * strlen(sql) + sizeof NOTHING + sizeof RETURNING + 1);
  if (!out) at_oom();
  char *o = out + (ignore ? sprintf(out, "INSERT INTO ") : 0);
  bool quoted = false;
  *nparams = 0;
  for (const char *p = ignore ? sql + sizeof IGNORE - 1 : sql; *p; p++) {
    if (*p == '\'') quoted = !quoted;
    bool word_start = p == sql || !(isalnum((unsigned char)p[-1]) || p[-1] == '_');
    if (!quoted && word_start && !strncmp(p, INSTR, sizeof INSTR - 1)) {
      o += sprintf(o, "%s", STRPOS);
      p += sizeof INSTR - 2;
    } else if (*p == '?' && !quoted) {
      *o++ = '$';
      int n = (int)strtol(p + 1, NULL, 10);
      if (n > *nparams) *nparams = n;
    } else {
      *o++ = *p;
    }
  }
  *o = '\0';
  if (ignore) strcat(out, NOTHING);
  if (returning) strcat(out, RETURNING);
  return out;
}

static at_stmt *prepare(attache_store *s, int slot, const char *sql, bool returning) {
  at_stmt *st = calloc(1, sizeof *st);
  if (!st) at_oom();
  st->store = s;
  st->sql = pg_text(slot >= 0 && SQL[slot] ? SQL[slot] : sql, returning, &st->nparams);
  st->returns_id = returning;
  if (st->nparams > (int)(sizeof st->values / sizeof *st->values)) {
    snprintf(s->pg->error, sizeof s->pg->error, "too many parameters");
    at_pg_finalize(st);
    free(st);
    return NULL;
  }
  if (slot >= 0) { /* cached for the connection's life: prepared once */
    snprintf(st->name, sizeof st->name, "attache_%d", slot);
    PGresult *res = PQprepare(s->pg->conn, st->name, st->sql, st->nparams, NULL);
    bool ok = PQresultStatus(res) == PGRES_COMMAND_OK;
    if (!ok) keep_error(s->pg, res);
    PQclear(res);
    if (!ok) {
      at_pg_finalize(st);
      free(st);
      return NULL;
    }
  }
  return st;
}

at_stmt *at_pg_prepare(attache_store *s, int slot, const char *sql) {
  return prepare(s, slot, sql, slot >= 0 && returns_id(slot));
}

at_stmt *at_pg_prepare_insert(attache_store *s, const char *sql) { return prepare(s, -1, sql, true); }

void at_pg_reset(at_stmt *st) {
  PQclear(st->res);
  st->res = NULL;
  st->row = 0;
  for (int i = 0; i < st->nparams; i++) {
    free(st->values[i]);
    st->values[i] = NULL;
  }
}

void at_pg_finalize(at_stmt *st) {
  at_pg_reset(st);
  free(st->sql);
}

void at_pg_bind(at_stmt *st, int i, const char *text) {
  if (i < 1 || i > st->nparams) return;
  free(st->values[i - 1]);
  st->values[i - 1] = text ? strdup(text) : NULL;
  if (text && !st->values[i - 1]) at_oom();
}

int at_pg_step(at_stmt *st) {
  at_pg *pg = st->store->pg;
  if (!st->res) {
    const char *const *values = (const char *const *)st->values;
    st->res = st->name[0] ? PQexecPrepared(pg->conn, st->name, st->nparams, values, NULL, NULL, 0)
                          : PQexecParams(pg->conn, st->sql, st->nparams, NULL, values, NULL, NULL, 0);
    ExecStatusType status = PQresultStatus(st->res);
    pg->changes = strtoll(PQcmdTuples(st->res), NULL, 10);
    if (status == PGRES_COMMAND_OK) return AT_DONE;
    if (status != PGRES_TUPLES_OK) {
      keep_error(pg, st->res);
      /* A query's parameter that cannot be what it is compared with (an
       * event id "abc"): SQLite finds no row, and so does this. */
      bool no_match = !st->name[0] && !strcmp(pg->sqlstate, "22P02");
      PQclear(st->res);
      st->res = NULL;
      return no_match ? AT_DONE : AT_ERROR;
    }
    st->row = 0;
    if (st->returns_id) { /* an insert: done, its id kept for at_pg_inserted_id */
      pg->inserted_id = PQntuples(st->res) == 1 ? strtoll(PQgetvalue(st->res, 0, 0), NULL, 10) : 0;
      return AT_DONE;
    }
  }
  if (st->row < PQntuples(st->res)) {
    st->row++;
    return AT_ROW;
  }
  return AT_DONE;
}

int at_pg_column_count(at_stmt *st) { return st->res ? PQnfields(st->res) : 0; }
const char *at_pg_column_name(at_stmt *st, int c) { return st->res ? PQfname(st->res, c) : NULL; }

at_column_kind at_pg_column_kind(at_stmt *st, int c) {
  if (!st->res || PQgetisnull(st->res, st->row - 1, c)) return AT_COL_NULL;
  switch (PQftype(st->res, c)) {
  case 20: case 21: case 23: return AT_COL_INT;      /* int8, int2, int4 */
  case 700: case 701: case 1700: return AT_COL_REAL; /* float4, float8, numeric */
  default: return AT_COL_TEXT;
  }
}

const char *at_pg_column_text(at_stmt *st, int c) {
  if (!st->res || st->row < 1 || PQgetisnull(st->res, st->row - 1, c)) return NULL;
  return PQgetvalue(st->res, st->row - 1, c);
}

bool at_pg_exec(attache_store *s, const char *sql) {
  if (!strcmp(sql, "BEGIN IMMEDIATE")) { /* a write transaction: one writer at a time, as in SQLite */
    char lock[96];
    snprintf(lock, sizeof lock, "BEGIN; SELECT pg_advisory_xact_lock(%d)", ATTACHE_LOCK_KEY);
    return run(s->pg, lock);
  }
  return run(s->pg, sql);
}

bool at_pg_in_transaction(attache_store *s) {
  PGTransactionStatusType t = PQtransactionStatus(s->pg->conn);
  return t == PQTRANS_INTRANS || t == PQTRANS_INERROR || t == PQTRANS_ACTIVE;
}

long long at_pg_inserted_id(attache_store *s) { return s->pg->inserted_id; }

long long at_pg_changes(attache_store *s) { return s->pg->changes; }

const char *at_pg_errmsg(attache_store *s) { return s->pg->error; }

bool at_pg_cannot_write(attache_store *s) {
  const char *state = s->pg->sqlstate;
  return PQstatus(s->pg->conn) != CONNECTION_OK || !strncmp(state, "53", 2) || !strncmp(state, "58", 2) ||
         !strncmp(state, "08", 2) || !strncmp(state, "57P", 3) || !strcmp(state, "25006");
}
