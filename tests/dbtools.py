"""Knowledge bases in tests: a database's contents as text, to compare two
databases row for row; and a database taken back to before schema step 4 -> 5,
5 -> 6, 6 -> 7, 7 -> 8, 8 -> 9, 9 -> 10, 10 -> 11, 11 -> 12, 12 -> 13, 13 -> 14,
14 -> 15, 15 -> 16 or 18 -> 19, to test migrations.

The search indexes' segments (sentences_fts_data and sentences_fts_idx, and
people_keys' of step 9) are left out: an ingest indexes the sentences of a transaction when it ends, so
how the index is cut into segments depends on where transactions began and
ended (a batch cut by time, a re-run after a kill), not on what it holds.
What it holds is checked instead: FTS5's integrity-check compares the index
with the sentences it indexes, and its verdict is the dump's last line (the
people's index's, the line before)."""
import sqlite3

SEGMENTS = ('INSERT INTO "sentences_fts_data"', 'INSERT INTO "sentences_fts_idx"',
            'INSERT INTO "people_keys_data"', 'INSERT INTO "people_keys_idx"')


def dump(db):
    con = sqlite3.connect(db)
    lines = [line for line in con.iterdump() if not line.startswith(SEGMENTS)]
    for index, name in (("people_keys", "people's index"), ("sentences_fts", "search index")):
        try:
            con.execute(f"INSERT INTO {index}({index}) VALUES ('integrity-check')")
            lines.append(f"{name}: matches the {'sentences' if index == 'sentences_fts' else 'name keys'}")
        except sqlite3.DatabaseError as e:
            lines.append(f"{name}: {e}")
    con.rollback()
    con.close()
    return "\n".join(lines)


def undo_deferred_index(con):
    """Takes a database back before schema step 4 -> 5: no fts_deferred, and
    the triggers of schema 1 that index each sentence as it comes."""
    con.execute("DROP TABLE fts_deferred")
    con.execute("DROP TRIGGER sentences_ai")
    con.execute("DROP TRIGGER sentences_ad")
    con.execute("CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN"
                "  INSERT INTO sentences_fts(rowid, folded) VALUES (new.id, new.folded); END")
    con.execute("CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN"
                "  INSERT INTO sentences_fts(sentences_fts, rowid, folded) VALUES ('delete', old.id, old.folded); END")


# Step 5 -> 6: events.placed, its indexes and triggers, event_partner_order.
PLACED_TRIGGERS = ("events_placed_ai", "events_placed_au", "event_sources_placed_ai", "event_sources_placed_ad",
                   "event_sources_placed_au", "sources_placed_au", "events_placed_partners",
                   "event_countries_order_ai", "event_countries_order_ad", "event_countries_order_au")


# Step 6 -> 7: the partner summaries and their triggers.
PARTNER_SUMMARY_TABLES = ("partner_person_events", "partner_people", "partner_figures", "partner_years")
PARTNER_SUMMARY_TRIGGERS = ("participants_partner_ai", "participants_partner_ad", "participants_partner_au",
                            "people_partner_au", "event_countries_partner_ai", "event_countries_partner_ad",
                            "event_countries_partner_au", "event_sources_partner_ai", "event_sources_partner_ad",
                            "event_sources_partner_au", "figures_partner_ai", "figures_partner_ad",
                            "figures_partner_au", "event_partner_order_years_ai", "event_partner_order_years_ad",
                            "event_partner_order_years_au")


def undo_partner_summaries(con):
    """Takes a database back before schema step 6 -> 7: no partner summaries
    and none of the triggers that keep them (nor what later steps made)."""
    undo_event_summary(con)
    for trigger in PARTNER_SUMMARY_TRIGGERS:
        con.execute(f"DROP TRIGGER {trigger}")
    for table in PARTNER_SUMMARY_TABLES:
        con.execute(f"DROP TABLE {table}")


def undo_event_places(con):
    """Takes a database back before schema step 5 -> 6: no events.placed, no
    event_partner_order, and none of the triggers and indexes that keep them
    (nor what later steps made of them)."""
    undo_partner_summaries(con)
    for trigger in PLACED_TRIGGERS:
        con.execute(f"DROP TRIGGER {trigger}")
    for index in ("events_placed", "events_type_placed", "events_mechanism_placed"):
        con.execute(f"DROP INDEX {index}")
    con.execute("DROP TABLE event_partner_order")
    con.execute("ALTER TABLE events DROP COLUMN placed")


# Step 7 -> 8: event_summary and the triggers that keep it.
SUMMARY_TRIGGERS = tuple(f"{name}_{at}" for name in ("events_summary_ai", "people_summary_au", "sources_summary_au")
                         + tuple(f"{table}_summary_{op}" for table in ("event_countries", "participants",
                                                                       "event_sources") for op in ("ai", "ad", "au"))
                         for at in ("now", "later"))


# Step 8 -> 9: event_area_order, the people's trigram index, and the triggers that keep them.
AREA_ORDER_AND_KEYS_TRIGGERS = ("events_placed_areas", "event_areas_order_ai", "event_areas_order_ad",
                                "event_areas_order_au", "people_keys_ai", "people_keys_ad", "people_keys_au")


# Step 9 -> 10: person_summary, and the triggers that keep it.
PERSON_SUMMARY_TRIGGERS = tuple(f"{name}_{at}" for name in ("participants_people_ai", "participants_people_ad",
                                                             "participants_people_au", "events_people_au")
                                for at in ("now", "later"))

# What person_summary holds, a line per person, and the same worked out from
# the records as a person's page asked it before the summary (query.c's
# PEOPLE_SQL and the page's totals); either database.
PERSON_SUMMARY_KEPT = ("SELECT person_id || ' ' || coalesce(rank, '-') || ' ' || coalesce(position, '-') || ' '"
                       " || events || ' ' || coalesce(first_seen, '-') || ' ' || coalesce(last_seen, '-') || ' '"
                       " || offices || ' ' || met FROM person_summary")
PERSON_SUMMARY_RECORDS = (
    "SELECT pe.id || ' ' || coalesce((SELECT p2.rank FROM participants p2 JOIN events e2 ON e2.id = p2.event_id"
    " WHERE p2.person_id = pe.id AND p2.rank IS NOT NULL ORDER BY e2.date DESC NULLS LAST, e2.id DESC, p2.rank DESC LIMIT 1), '-') || ' '"
    " || coalesce((SELECT p2.position FROM participants p2 JOIN events e2 ON e2.id = p2.event_id"
    " WHERE p2.person_id = pe.id AND p2.position IS NOT NULL ORDER BY e2.date DESC NULLS LAST, e2.id DESC, p2.position DESC LIMIT 1), '-') || ' '"
    " || count(DISTINCT p.event_id) || ' ' || coalesce(min(e.placed), '-') || ' ' || coalesce(max(e.placed), '-')"
    " || ' ' || (SELECT count(*) FROM participants WHERE person_id = pe.id) || ' '"
    " || (SELECT count(DISTINCT m.person_id) FROM participants m WHERE m.event_id IN"
    " (SELECT event_id FROM participants WHERE person_id = pe.id) AND m.person_id <> pe.id)"
    " FROM people pe JOIN participants p ON p.person_id = pe.id JOIN events e ON e.id = p.event_id GROUP BY pe.id")


# Step 10 -> 11: event_partner_area_order and the triggers that keep it.
PARTNER_AREA_ORDER_TRIGGERS = ("events_placed_partner_areas", "event_countries_areas_ai", "event_countries_areas_ad",
                               "event_countries_areas_au", "event_areas_partners_ai", "event_areas_partners_ad",
                               "event_areas_partners_au")
# What it holds, a line per row, and the same from the records (either database).
PARTNER_AREA_ORDER_KEPT = ("SELECT event_id || ' ' || country || ' ' || area || ' ' || coalesce(placed, '-')"
                           " FROM event_partner_area_order")
PARTNER_AREA_ORDER_RECORDS = ("SELECT ec.event_id || ' ' || ec.country || ' ' || ea.area || ' '"
                              " || coalesce(e.placed, '-') FROM event_countries ec JOIN event_areas ea"
                              " ON ea.event_id = ec.event_id JOIN events e ON e.id = ec.event_id")


# Step 11 -> 12: person_event_order and the triggers that keep it.
PERSON_EVENT_ORDER_TRIGGERS = ("participants_order_ai", "participants_order_ad", "participants_order_au",
                               "events_people_order")
# What it holds, a line per row, and the same from the records (either database).
PERSON_EVENT_ORDER_KEPT = ("SELECT event_id || ' ' || person_id || ' ' || coalesce(date, '-') || ' ' || type"
                           " FROM person_event_order")
PERSON_EVENT_ORDER_RECORDS = ("SELECT DISTINCT p.event_id || ' ' || p.person_id || ' ' || coalesce(e.date, '-')"
                              " || ' ' || e.type FROM participants p JOIN events e ON e.id = p.event_id")


# Step 13 -> 14: person_met and the triggers that keep it.
PERSON_MET_TRIGGERS = ("participants_met_ai", "participants_met_ad", "participants_met_au", "people_met_au")
# What it holds, a line per row, and the same from the records, as a
# person's page counted them before (either database).
PERSON_MET_KEPT = "SELECT person_id || ' ' || other_id || ' ' || events || ' ' || name FROM person_met"
PERSON_MET_RECORDS = ("SELECT mine.person_id || ' ' || pe.id || ' ' || count(DISTINCT m.event_id) || ' ' || pe.name"
                      " FROM participants mine JOIN participants m ON m.event_id = mine.event_id"
                      " AND m.person_id <> mine.person_id JOIN people pe ON pe.id = m.person_id"
                      " GROUP BY mine.person_id, pe.id, pe.name")


# Step 14 -> 15: partner_people's rank and position, and the triggers that keep them.
PARTNER_RANK_TRIGGERS = ("participants_partner_rank_ai", "participants_partner_rank_ad",
                         "participants_partner_rank_au", "event_countries_partner_rank_ad",
                         "event_countries_partner_rank_au", "people_partner_rank_au")


# Step 18 -> 19: partner_events and the triggers that keep it.
PARTNER_EVENTS_TRIGGERS = ("event_summary_partner_events_ai", "event_summary_partner_events_ad",
                           "event_summary_partner_events_au", "events_partner_events_au",
                           "events_partner_events_later", "events_partner_events_ad")
# What it holds, a line per row, and the same from the records (either database).
PARTNER_EVENTS_KEPT = ("SELECT country || '|' || undated || '|' || placed || '|' || event_id || '|'"
                       " || coalesce(date, '-') || '|' || coalesce(date_end, '-') || '|' || type || '|'"
                       " || coalesce(mechanism, '-') || '|' || coalesce(place, '-') || '|'"
                       " || coalesce(location_country, '-') || '|' || coalesce(date_source, '-') || '|'"
                       " || coalesce(countries, '-') || '|' || coalesce(participants, '-') || '|' || sources || '|'"
                       " || coalesce(confidence, -1) || '|' || coalesce(reported, '-') || '|'"
                       " || coalesce(evidence, '-') FROM partner_events")
PARTNER_EVENTS_RECORDS = ("SELECT ec.country || '|' || CASE WHEN e.placed IS NULL THEN 1 ELSE 0 END || '|'"
                          " || coalesce(e.placed, '') || '|' || e.id || '|'"
                          " || coalesce(e.date, '-') || '|' || coalesce(e.date_end, '-') || '|' || e.type || '|'"
                          " || coalesce(e.mechanism, '-') || '|' || coalesce(e.place, e.location_country, '-') || '|'"
                          " || coalesce(e.location_country, '-') || '|' || coalesce(e.date_source, '-') || '|'"
                          " || coalesce(sm.countries, '-') || '|' || coalesce(sm.participants, '-') || '|'"
                          " || sm.sources || '|' || coalesce(sm.confidence, -1) || '|' || coalesce(sm.reported, '-')"
                          " || '|' || coalesce(s.text, '-') FROM event_countries ec JOIN events e ON e.id = ec.event_id"
                          " JOIN event_summary sm ON sm.event_id = e.id LEFT JOIN sentences s ON s.id = sm.evidence_id"
                          " WHERE ec.country <> 'VN'")


# Step 21 -> 22: person_events and the triggers that keep it.
PERSON_EVENTS_TRIGGERS = ("event_summary_person_events_ai", "event_summary_person_events_ad",
                          "event_summary_person_events_au", "events_person_events_au", "events_person_events_ad",
                          "person_event_order_person_events_ai", "person_event_order_person_events_ad")
# What it holds, a line per row, and the same from the records (either database).
PERSON_EVENTS_KEPT = ("SELECT person_id || '|' || undated || '|' || dated || '|' || event_id || '|'"
                      " || coalesce(date, '-') || '|' || coalesce(date_end, '-') || '|' || type || '|'"
                      " || coalesce(mechanism, '-') || '|' || coalesce(place, '-') || '|'"
                      " || coalesce(location_country, '-') || '|' || coalesce(date_source, '-') || '|'"
                      " || coalesce(countries, '-') || '|' || coalesce(participants, '-') || '|' || sources || '|'"
                      " || coalesce(confidence, -1) || '|' || coalesce(reported, '-') || '|'"
                      " || coalesce(evidence, '-') FROM person_events")
PERSON_EVENTS_RECORDS = ("SELECT DISTINCT p.person_id || '|' || CASE WHEN e.date IS NULL THEN 1 ELSE 0 END || '|'"
                         " || coalesce(e.date, '') || '|' || e.id || '|'"
                         " || coalesce(e.date, '-') || '|' || coalesce(e.date_end, '-') || '|' || e.type || '|'"
                         " || coalesce(e.mechanism, '-') || '|' || coalesce(e.place, e.location_country, '-') || '|'"
                         " || coalesce(e.location_country, '-') || '|' || coalesce(e.date_source, '-') || '|'"
                         " || coalesce(sm.countries, '-') || '|' || coalesce(sm.participants, '-') || '|'"
                         " || sm.sources || '|' || coalesce(sm.confidence, -1) || '|' || coalesce(sm.reported, '-')"
                         " || '|' || coalesce(s.text, '-') FROM participants p JOIN events e ON e.id = p.event_id"
                         " JOIN event_summary sm ON sm.event_id = e.id LEFT JOIN sentences s ON s.id = sm.evidence_id")


# Step 22 -> 23: each relation's evidence sentence's text, and the triggers that keep it.
RELATION_EVIDENCE_KEPT = "SELECT id || '|' || coalesce(evidence, '-') FROM relations"
RELATION_EVIDENCE_RECORDS = ("SELECT r.id || '|' || coalesce(s.text, '-') FROM relations r"
                             " LEFT JOIN sentences s ON s.id = r.sentence_id")


def undo_relation_evidence(con):
    """Takes a database back before schema step 22 -> 23: relations without
    their evidence, and relations_partner without it."""
    for trigger in ("relations_evidence_ai", "relations_evidence_au"):
        con.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    if any(row[1] == "evidence" for row in con.execute("PRAGMA table_info(relations)")):
        con.execute("DROP INDEX relations_partner")
        con.execute("ALTER TABLE relations DROP COLUMN evidence")
        con.execute("CREATE INDEX relations_partner ON relations(country_b, as_of, id, framework, since, source_id,"
                    " sentence_id)")


def undo_person_events(con):
    """Takes a database back before schema step 21 -> 22: no person_events
    and none of its triggers, nor what later steps made."""
    undo_relation_evidence(con)
    for trigger in PERSON_EVENTS_TRIGGERS:
        con.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    con.execute("DROP TABLE IF EXISTS person_events")


def undo_partner_events(con):
    """Takes a database back before schema step 18 -> 19: no partner_events
    and none of its triggers (their bodies read tables earlier undos drop),
    nor what later steps made."""
    undo_person_events(con)
    for trigger in PARTNER_EVENTS_TRIGGERS:
        con.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    con.execute("DROP TABLE IF EXISTS partner_events")


def undo_partner_ranks(con):
    """Takes a database back before schema step 14 -> 15: partner_people
    without rank and position, and its trigger of step 6 -> 7."""
    undo_partner_events(con)
    for trigger in PARTNER_RANK_TRIGGERS:
        con.execute(f"DROP TRIGGER {trigger}")
    con.execute("DROP TRIGGER partner_person_events_ai")
    con.execute("CREATE TRIGGER partner_person_events_ai AFTER INSERT ON partner_person_events BEGIN"
                "  INSERT INTO partner_people VALUES (new.country, new.person_id, 1)"
                "  ON CONFLICT(country, person_id) DO UPDATE SET events = events + 1; END")
    con.execute("ALTER TABLE partner_people DROP COLUMN rank")
    con.execute("ALTER TABLE partner_people DROP COLUMN position")


# Before step 15 -> 16 (and commit 5938463), whom a person met was worked
# out by the DISTINCT of the whole join of their events' participants: the
# triggers of databases made then ran this, on the people `ids`.
OLD_SUMMARIZE_MET = ("DELETE FROM person_met WHERE person_id IN ({ids});"
                     "INSERT INTO person_met(person_id, other_id, events, name) SELECT x.person_id, x.other_id,"
                     " count(*), pe.name FROM (SELECT DISTINCT mine.person_id AS person_id, m.event_id AS event_id,"
                     " m.person_id AS other_id FROM participants mine JOIN participants m"
                     " ON m.event_id = mine.event_id AND m.person_id <> mine.person_id"
                     " WHERE mine.person_id IN ({ids})) AS x JOIN people pe ON pe.id = x.other_id"
                     " GROUP BY x.person_id, x.other_id, pe.name;")


def undo_merged_indexes(con):
    """Takes a database back before schema step 15 -> 16: the triggers of
    person_met with the older statement (the search indexes' segments, which
    that step merges, are as they are)."""
    undo_partner_events(con)
    for trigger in PERSON_MET_TRIGGERS[:3]:
        con.execute(f"DROP TRIGGER {trigger}")
    people = ("SELECT person_id FROM participants WHERE event_id = new.event_id",
              "SELECT old.person_id UNION SELECT person_id FROM participants WHERE event_id = old.event_id",
              "SELECT old.person_id UNION SELECT person_id FROM participants WHERE event_id = old.event_id"
              " UNION SELECT person_id FROM participants WHERE event_id = new.event_id")
    for trigger, when, ids in zip(PERSON_MET_TRIGGERS, ("INSERT", "DELETE", "UPDATE"), people):
        con.execute(f"CREATE TRIGGER {trigger} AFTER {when} ON participants"
                    f" WHEN NOT EXISTS (SELECT 1 FROM fts_deferred) BEGIN {OLD_SUMMARIZE_MET.format(ids=ids)} END")


def undo_person_met(con):
    """Takes a database back before schema step 13 -> 14: no person_met,
    and none of the triggers that keep it (nor what later steps made)."""
    undo_merged_indexes(con)
    undo_partner_ranks(con)
    for trigger in PERSON_MET_TRIGGERS:
        con.execute(f"DROP TRIGGER {trigger}")
    con.execute("DROP TABLE person_met")


def undo_partner_indexes(con):
    """Takes a database back before schema step 12 -> 13: no index of a
    partner's timeline nor of its relations (nor what later steps made)."""
    undo_person_met(con)
    con.execute("DROP INDEX event_partner_order_timeline")
    con.execute("DROP INDEX relations_partner")


def undo_person_event_order(con):
    """Takes a database back before schema step 11 -> 12: no
    person_event_order, and none of the triggers that keep it (nor what
    later steps made)."""
    undo_partner_indexes(con)
    for trigger in PERSON_EVENT_ORDER_TRIGGERS:
        con.execute(f"DROP TRIGGER {trigger}")
    con.execute("DROP TABLE person_event_order")


def undo_partner_area_order(con):
    """Takes a database back before schema step 10 -> 11: no
    event_partner_area_order, and none of the triggers that keep it (nor
    what later steps made)."""
    undo_person_event_order(con)
    for trigger in PARTNER_AREA_ORDER_TRIGGERS:
        con.execute(f"DROP TRIGGER {trigger}")
    con.execute("DROP TABLE event_partner_area_order")


def undo_person_summary(con):
    """Takes a database back before schema step 9 -> 10: no person_summary,
    no person_pending, and none of the triggers that keep them (nor what
    later steps made)."""
    undo_partner_area_order(con)
    for trigger in PERSON_SUMMARY_TRIGGERS:
        con.execute(f"DROP TRIGGER {trigger}")
    con.execute("DROP TABLE person_summary")
    con.execute("DROP TABLE person_pending")


def undo_area_order_and_keys(con):
    """Takes a database back before schema step 8 -> 9: no event_area_order,
    no people_keys, and none of the triggers that keep them (nor what later
    steps made)."""
    undo_person_summary(con)
    for trigger in AREA_ORDER_AND_KEYS_TRIGGERS:
        con.execute(f"DROP TRIGGER {trigger}")
    con.execute("DROP TABLE event_area_order")
    con.execute("DROP TABLE people_keys")


def undo_event_summary(con):
    """Takes a database back before schema step 7 -> 8: no event_summary, no
    summary_pending, and none of the triggers that keep them (nor what later
    steps made)."""
    undo_area_order_and_keys(con)
    for trigger in SUMMARY_TRIGGERS:
        con.execute(f"DROP TRIGGER {trigger}")
    con.execute("DROP TABLE event_summary")
    con.execute("DROP TABLE summary_pending")


def take_back(db, version, undo):
    """Takes the SQLite database `db` back to schema `version`: undo(con)
    removes what the later steps made, and the schema version is set."""
    con = sqlite3.connect(db)
    undo(con)
    con.execute(f"PRAGMA user_version = {int(version)}")
    con.commit()
    con.close()
