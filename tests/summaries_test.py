#!/usr/bin/env python3
"""A partner's profile reads summaries that the store's triggers keep
(schema step 6 -> 7): partner_person_events and partner_people (the
partner's people and how many of its events each attended), partner_figures
(its figures) and partner_years (its events per year and type). They must
never go stale: after an ingest, every kind of analysts' change (edits of an
event's states, a participant's or a person's country, a figure's subject;
merges and splits of people and events; a reject and its undo; an event and
a participant added by hand), a deleted source, a re-ingest and a changed
document, each summary is compared with what it sums up, worked out again
from the records, and each partner's profile (people, figures, totals,
events per year, the timeline titled from the events' summaries) with the
same questions asked of the records directly, as the profile asked them
before the summaries; and a database of schema 6
is upgraded with its summaries filled in. Runs on SQLite, or on a
PostgreSQL of its own:

    summaries_test.py ATTACHE [sqlite|postgresql]

The articles are tests/corrections/articles.jsonl, written for this project.
"""
import json
import os
import sqlite3
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tally import check, finish  # noqa: E402
from backend import backend  # noqa: E402
from dbtools import (PARTNER_AREA_ORDER_KEPT, PARTNER_AREA_ORDER_RECORDS, PERSON_EVENT_ORDER_KEPT,  # noqa: E402
                     PERSON_EVENT_ORDER_RECORDS, PERSON_MET_KEPT, PERSON_MET_RECORDS, PERSON_SUMMARY_KEPT,
                     PERSON_SUMMARY_RECORDS, PARTNER_EVENTS_KEPT, PARTNER_EVENTS_RECORDS, PERSON_EVENTS_KEPT,
                     PERSON_EVENTS_RECORDS, RELATION_EVIDENCE_KEPT, RELATION_EVIDENCE_RECORDS, take_back, undo_merged_indexes, undo_partner_ranks,
                     undo_partner_summaries, undo_person_met)
from analyst_cli import ARTICLES, AnalystCli, articles, write_jsonl  # noqa: E402

BACKEND = sys.argv[2] if len(sys.argv) > 2 else "sqlite"
cli = AnalystCli(sys.argv[1])
ok, query, events, event_with = cli.ok, cli.query, cli.events, cli.event_with

# Each summary as a text line per row, and what it stands for, from the records.
PERSON_EVENTS = ("SELECT DISTINCT p.event_id || ' ' || p.person_id || ' ' || ec.country FROM participants p"
                 " JOIN people pe ON pe.id = p.person_id JOIN event_countries ec ON ec.event_id = p.event_id"
                 " AND ec.country = coalesce(p.country, pe.country)")
SUMMARIES = {
    "partner_person_events": ("SELECT event_id || ' ' || person_id || ' ' || country FROM partner_person_events",
                              PERSON_EVENTS),
    # with each one's rank and office there (schema step 14 -> 15)
    "partner_people": ("SELECT country || ' ' || person_id || ' ' || events || ' ' || coalesce(rank, '-') || ' '"
                       " || coalesce(position, '-') FROM partner_people",
                       "SELECT ec.country || ' ' || p.person_id || ' ' || count(DISTINCT p.event_id) || ' '"
                       " || coalesce(max(p.rank), '-') || ' ' || coalesce(max(p.position), '-') FROM participants p"
                       " JOIN people pe ON pe.id = p.person_id JOIN event_countries ec ON ec.event_id = p.event_id"
                       " AND ec.country = coalesce(p.country, pe.country) GROUP BY ec.country, p.person_id"),
    "partner_figures": ("SELECT country || ' ' || figure_id FROM partner_figures",
                        "SELECT subject || ' ' || id FROM figures WHERE subject IS NOT NULL"
                        " UNION SELECT ec.country || ' ' || f.id FROM figures f JOIN event_sources es"
                        " ON es.source_id = f.source_id JOIN event_countries ec ON ec.event_id = es.event_id"),
    "partner_years": ("SELECT country || ' ' || year || ' ' || type || ' ' || events FROM partner_years",
                      "SELECT ec.country || ' ' || coalesce(substr(e.placed, 1, 4), '') || ' ' || e.type || ' ' || count(*)"
                      " FROM event_countries ec JOIN events e ON e.id = ec.event_id"
                      " GROUP BY ec.country, coalesce(substr(e.placed, 1, 4), ''), e.type"),
    # schema step 8 -> 9: each area's events where they are placed in time
    "event_area_order": ("SELECT event_id || ' ' || area || ' ' || coalesce(placed, '-') FROM event_area_order",
                         "SELECT ea.event_id || ' ' || ea.area || ' ' || coalesce(e.placed, '-') FROM event_areas ea"
                         " JOIN events e ON e.id = ea.event_id"),
    # schema step 9 -> 10: each person's latest rank and office, events, first and last seen, offices and people met
    "person_summary": (PERSON_SUMMARY_KEPT, PERSON_SUMMARY_RECORDS),
    # schema step 10 -> 11: each partner's events in each area where they are placed in time
    "event_partner_area_order": (PARTNER_AREA_ORDER_KEPT, PARTNER_AREA_ORDER_RECORDS),
    # schema step 11 -> 12: each person's events with their date and type
    "person_event_order": (PERSON_EVENT_ORDER_KEPT, PERSON_EVENT_ORDER_RECORDS),
    # schema step 13 -> 14: whom each person met, in how many events, and their name
    "person_met": (PERSON_MET_KEPT, PERSON_MET_RECORDS),
    # schema step 18 -> 19: each partner's events (not Vietnam's) with what a page of them shows
    "partner_events": (PARTNER_EVENTS_KEPT, PARTNER_EVENTS_RECORDS),
    # schema step 21 -> 22: each person's events with what a page of them shows
    "person_events": (PERSON_EVENTS_KEPT, PERSON_EVENTS_RECORDS),
    # schema step 22 -> 23: each relation's evidence sentence's text
    "relations.evidence": (RELATION_EVIDENCE_KEPT, RELATION_EVIDENCE_RECORDS),
}

# The people a search names, found on the trigram index of their name keys
# (schema step 8 -> 9, SQLite): those whose key holds the words, as a scan
# of every key finds them. Words of the people the steps below rename,
# merge and split, and three letters of them.
SEARCHED = ("calloway", "ash calloway", "cal", "khoa")
PEOPLE_NAMED = ("SELECT pe.id FROM people pe WHERE pe.name_key LIKE '%{k}%'"
                " AND pe.id IN (SELECT person_id FROM participants)")

# A partner's profile as it was asked before the summaries (query.c before
# schema step 7), ?1 the partner: its people in order, and its figures.
PROFILE_PEOPLE = ("SELECT pe.id || '|' || pe.name || '|' || coalesce(max(p.rank), '-') || '|'"
                  " || coalesce(max(p.position), '-') || '|' || count(DISTINCT p.event_id)"
                  " FROM participants p JOIN people pe ON pe.id = p.person_id"
                  " WHERE p.event_id IN (SELECT event_id FROM event_countries WHERE country = '{c}')"
                  " AND coalesce(p.country, pe.country) = '{c}' GROUP BY pe.id, pe.name"
                  " ORDER BY count(DISTINCT p.event_id) DESC, pe.name, pe.id")
PROFILE_FIGURES = ("SELECT f.id FROM figures f WHERE f.subject = '{c}' OR f.source_id IN (SELECT es.source_id"
                   " FROM event_sources es JOIN event_countries ec ON ec.event_id = es.event_id"
                   " WHERE ec.country = '{c}') ORDER BY f.as_of IS NULL, f.as_of, f.id")
PROFILE_YEARS = ("SELECT coalesce(substr(placed, 1, 4), '-') || ' ' || type || ' ' || count(*) FROM event_partner_order"
                 " WHERE country = '{c}' GROUP BY substr(placed, 1, 4), type"
                 " ORDER BY substr(placed, 1, 4) IS NULL, substr(placed, 1, 4), type")

PROFILE_TIMELINE = ("SELECT date || '|' || record || '|' || kind || '|' || id || '|' || coalesce(title, '-') FROM"
                    " (SELECT o.placed AS date, 'event' AS record, o.type AS kind, e.id AS id,"
                    " (SELECT group_concat(name, '; ') FROM (SELECT DISTINCT pe.name FROM participants p"
                    " JOIN people pe ON pe.id = p.person_id WHERE p.event_id = e.id ORDER BY pe.name) AS n) AS title"
                    " FROM event_partner_order o JOIN events e ON e.id = o.event_id"
                    " WHERE o.country = '{c}' AND o.type IN ('visit', 'signing')"
                    " UNION ALL SELECT a.date, 'agreement', a.kind, a.id, a.title FROM agreements a"
                    " WHERE a.id IN (SELECT agreement_id FROM agreement_parties WHERE country = '{c}')) AS items"
                    " WHERE date IS NOT NULL AND date NOT LIKE 'X%' ORDER BY date DESC, record, kind, id")


def consistent(b, db, step):
    for name, (kept, records) in SUMMARIES.items():
        have, want = sorted(b.column(db, kept)), sorted(b.column(db, records))
        check(have == want, f"{step}: {name} is what it sums up: {have} != {want}")
    partners = sorted(set(b.column(db, "SELECT country FROM event_countries UNION SELECT subject FROM figures"
                                       " WHERE subject IS NOT NULL")))
    check(len(partners) >= 2, f"{step}: partners to look at: {partners}")
    for c in partners:
        profile = query(db, "partner", c, "--limit", "1000")
        people = [f"{p['id']}|{p['name']}|{p['rank'] or '-'}|{p['position'] or '-'}|{p['events']}"
                  for p in profile.get("people", [])]
        check(people == b.column(db, PROFILE_PEOPLE.format(c=c)), f"{step}: partner {c}'s people: {people}")
        figures = [str(f["id"]) for f in profile.get("figures", [])]
        check(figures == b.column(db, PROFILE_FIGURES.format(c=c)), f"{step}: partner {c}'s figures: {figures}")
        years = [f"{y['year'] or '-'} {y['type']} {y['count']}" for y in profile.get("events_by_year", [])]
        check(years == b.column(db, PROFILE_YEARS.format(c=c)), f"{step}: partner {c}'s events by year: {years}")
        timeline = [f"{t['date']}|{t['record']}|{t['kind']}|{t['id']}|{t['title'] or '-'}"
                    for t in profile.get("timeline", [])]
        check(timeline == b.column(db, PROFILE_TIMELINE.format(c=c)), f"{step}: partner {c}'s timeline: {timeline}")
        totals = (profile.get("totals") or [{}])[0]
        check((totals.get("people"), totals.get("figures"), totals.get("timeline")) ==
              (len(people), len(figures), len(timeline)), f"{step}: partner {c}'s totals {totals}")
    for words in SEARCHED:
        named = sorted(str(p["id"]) for p in query(db, "search", words).get("people", []))
        want = sorted(b.column(db, PEOPLE_NAMED.format(k=words)))
        check(named == want and (words != "calloway" or named), f"{step}: search {words!r} names {named}, not {want}")


with tempfile.TemporaryDirectory() as tmp, backend(BACKEND, tmp) as b:
    db = b.database("kb")
    ok(db, "ingest", ARTICLES)
    consistent(b, db, "ingest")

    en = event_with(db, "held talks with US Secretary")
    ok(db, "edit", "event", str(en["id"]), "countries=VN US JP")
    consistent(b, db, "an event's states edited")
    khoa = [p for p in query(db, "event", str(en["id"]))["participants"] if "Khoa" in p["name"]][0]
    ok(db, "edit", "participant", f"{en['id']}:{khoa['person_id']}", "country=JP")
    consistent(b, db, "a participant's country edited")
    people = {p["name"]: p for p in query(db, "people")["people"]}
    full, short = people["Ashford Calloway"], people["Ash Calloway"]
    ok(db, "edit", "person", str(short["id"]), "country=JP")
    consistent(b, db, "a person's country edited")
    ok(db, "edit", "person", str(short["id"]), "name=Ash B. Calloway")
    consistent(b, db, "a person renamed")
    figure = query(db, "figures")["figures"][0]
    ok(db, "edit", "figure", str(figure["id"]), "subject=US")
    consistent(b, db, "a figure's subject edited")
    ok(db, "merge", "person", str(full["id"]), str(short["id"]))
    consistent(b, db, "two people merged")
    ok(db, "split", "person", str(full["id"]))
    consistent(b, db, "a person split")
    vi = event_with(db, "Ngày 4/6/2024")
    ok(db, "merge", "event", str(en["id"]), str(vi["id"]))
    consistent(b, db, "two events merged")
    ok(db, "split", "event", str(en["id"]))
    consistent(b, db, "an event split")
    # the visit the sentence tells (it tells the reception that met him too)
    danang = [e for e in events(db) if "Da Nang (VNA)" in (e["evidence"] or "") and e["type"] == "visit"]
    check(len(danang) == 1, f"one visit told by 'Da Nang (VNA)': {danang}")
    out = ok(db, "reject", "event", str(danang[0]["id"] if danang else 0))
    consistent(b, db, "an event rejected")
    ok(db, "undo", out.split()[1].rstrip(":"))
    consistent(b, db, "a reject undone")
    src = query(db, "source", "calloway-danang")["sentences"]
    ok(db, "add", "event", "--source", "calloway-danang", "--sentence", str(src[0]["idx"]),
       "type=visit", "date=2024-06-05", "countries=VN US KR")
    visit = [e for e in events(db) if e["type"] == "visit" and e["date"] == "2024-06-05"][0]
    ok(db, "add", "participant", "--event", str(visit["id"]), "--source", "calloway-danang", "--sentence",
       str(src[0]["idx"]), "name=Lan Calloway", "position=Deputy Secretary", "country=KR")
    consistent(b, db, "an event and a participant added")
    ok(db, "events", "--raw")
    consistent(b, db, "a --raw query (its changes rolled back)")
    ok(db, "ingest", ARTICLES)
    consistent(b, db, "a re-ingest")
    changed = articles()
    for d in changed:
        d["text"] = d["text"].replace("Secretary of Defense Ashford Calloway", "Secretary of Defense Ash Calloway")
    write_jsonl(os.path.join(tmp, "changed.jsonl"), changed)
    ok(db, "ingest", os.path.join(tmp, "changed.jsonl"))
    consistent(b, db, "a changed document")
    ok(db, "delete", "source", "calloway-danang")
    consistent(b, db, "a deleted source")

    # the articles ingested one at a time, each its own transaction: what each
    # adds to an event, a person and a partner stored before is summed up too
    apart = b.database("apart")
    for i, line in enumerate(open(ARTICLES, encoding="utf-8")):
        one = os.path.join(tmp, f"article{i}.jsonl")
        with open(one, "w", encoding="utf-8") as f:
            f.write(line)
        ok(apart, "ingest", one)
        consistent(b, apart, f"article {i} ingested alone")
    ok(apart, "ingest", os.path.join(tmp, "changed.jsonl"))
    consistent(b, apart, "articles ingested alone, then changed")
    # the talks told again, the US Secretary with an office and a rank
    # that come after his (as max() orders them): what a partner's people
    # show of him is raised by an ingest that adds no event
    again = [{"id": f"calloway-hanoi-again-{i}", "published": "2024-06-04", "title": "Defense chiefs meet",
              "text": "Defense chiefs meet\n\nHanoi (VNA) - Vietnamese Minister of National Defence General Le Van Khoa"
                      f" held talks with {who} in Hanoi on June 3, 2024."}
             for i, who in enumerate(("US Secretary of War Ash Calloway",
                                      "Admiral Ash Calloway, US Secretary of Defense"))]
    write_jsonl(os.path.join(tmp, "again.jsonl"), again)
    ok(apart, "ingest", os.path.join(tmp, "again.jsonl"))
    consistent(b, apart, "an event told again with a higher office and rank")
    check(b.column(apart, "SELECT rank || ' ' || position FROM partner_people WHERE country = 'US'"
                       " AND rank = 'Admiral'") == ["Admiral Secretary of War"], "the US Secretary's rank raised")

    if BACKEND == "sqlite":  # a database of schema 6 is upgraded: the summaries are filled in
        old = b.database("old")
        ok(old, "ingest", ARTICLES)
        take_back(old, 6, undo_partner_summaries)
        ok(old, "ingest", os.path.join(tmp, "changed.jsonl"))
        consistent(b, old, "an upgraded database")

        # an ingest summarizes its people at its end, not at each batch: one
        # killed after a batch leaves them noted in person_pending with their
        # summaries behind, and the next ingest (here with nothing new to
        # store) brings them up to date
        con = sqlite3.connect(old)
        con.execute("INSERT OR IGNORE INTO person_pending SELECT person_id FROM person_summary")
        con.execute("UPDATE person_summary SET events = 0, met = 0, rank = NULL")
        con.execute("DELETE FROM person_met WHERE person_id IN (SELECT person_id FROM person_summary WHERE rowid % 2)")
        con.execute("UPDATE person_met SET events = 99")
        con.commit()
        con.close()
        ok(old, "ingest", os.path.join(tmp, "changed.jsonl"))
        consistent(b, old, "people left noted by a killed ingest")
        check(b.column(old, "SELECT count(*) FROM person_pending") == ["0"], "person_pending emptied")

        # a database of schema 13 is upgraded: whom each person met is filled in
        newer = b.database("newer")
        ok(newer, "ingest", ARTICLES)
        take_back(newer, 13, undo_person_met)
        ok(newer, "ingest", os.path.join(tmp, "changed.jsonl"))
        consistent(b, newer, "a database of schema 13 upgraded")
        check(b.column(newer, "SELECT count(*) FROM person_met") != ["0"], "person_met filled in")

        # a database of schema 14 is upgraded: the partners' people's ranks and offices are filled in
        ranked = b.database("ranked")
        ok(ranked, "ingest", ARTICLES)
        take_back(ranked, 14, undo_partner_ranks)
        ok(ranked, "ingest", os.path.join(tmp, "changed.jsonl"))
        consistent(b, ranked, "a database of schema 14 upgraded")
        check(b.column(ranked, "SELECT count(*) FROM partner_people WHERE rank IS NOT NULL OR position IS NOT NULL")
              != ["0"], "ranks and offices filled in")

        # a database of schema 15 is upgraded: its person_met triggers run
        # the statement of now, and each search index is one segment (as an
        # ingest's end leaves them)
        merged = b.database("merged")
        ok(merged, "ingest", ARTICLES)
        con = sqlite3.connect(merged)  # a few rows indexed again, each by a transaction of its own: a segment each
        for index, table, column in (("sentences_fts", "sentences", "folded"), ("people_keys", "people", "name_key")):
            con.execute(f"INSERT INTO {index}({index}, rank) VALUES ('automerge', 0)")
            for rowid, text in con.execute(f"SELECT id, {column} FROM {table} LIMIT 5").fetchall():
                con.execute(f"INSERT INTO {index}({index}, rowid, {column}) VALUES ('delete', ?, ?)", (rowid, text))
                con.execute(f"INSERT INTO {index}(rowid, {column}) VALUES (?, ?)", (rowid, text))
                con.commit()
            check(con.execute(f"SELECT count(DISTINCT segid) FROM {index}_idx").fetchone()[0] > 1,
                  f"{index} in segments")
        con.close()
        take_back(merged, 15, undo_merged_indexes)
        check(b.column(merged, "SELECT count(*) FROM sqlite_schema WHERE name = 'participants_met_ai'"
                       " AND sql LIKE '%SELECT DISTINCT mine.person_id AS person_id, m.event_id%'") == ["1"],
              "the older person_met statement put back")
        ok(merged, "ingest", os.path.join(tmp, "changed.jsonl"))
        consistent(b, merged, "a database of schema 15 upgraded")
        check(b.column(merged, "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'"
                       " AND sql LIKE '%min(z.source_id)%'") == ["3"], "person_met's triggers of now")
        for index in ("sentences_fts", "people_keys"):
            check(b.column(merged, f"SELECT count(DISTINCT segid) FROM {index}_idx") == ["1"],
                  f"{index} merged into one segment")
        renamed = [p for p in query(merged, "people")["people"] if p["name"] == "Ash Calloway"]
        check(len(renamed) == 1, f"Ash Calloway in the upgraded database: {renamed}")
        ok(merged, "edit", "person", str(renamed[0]["id"] if renamed else 0), "name=Ash C. Calloway")
        consistent(b, merged, "a person renamed after the upgrade")

finish(f"partner summaries ({BACKEND})")
