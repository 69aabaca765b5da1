#!/usr/bin/env python3
"""Where each event is placed in time (events.placed, and event_partner_order
with its type beside each of its states), and each event's summary
(event_summary: what a list shows of its states, people and reports), are
kept by the store's triggers at every write: ingest, a changed document,
analysts' edits, merges, splits, rejects, added events, a person renamed (by
an analyst, or by a later ingest that spells the name with its marks) or
merged, undo, a deleted source, and a database upgraded from schema 5 or 7.
Each person's summary (person_summary: first and last seen where their
events are placed) and each partner's events in an area
(event_partner_area_order) are compared with their definitions at each
step too.
Each step checks that the kept value is what it stands for (the event's own
date when it has a year, else the first publication date of its reports),
that event lists come in that order, a partner's too, and that every event
list, and one event, shows what its rows hold now (worked out here from them).

The articles are tests/corrections/articles.jsonl, written for this project.

    placed_test.py ATTACHE
"""
import json
import os
import sqlite3
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tally import check, finish  # noqa: E402
from dbtools import (PARTNER_AREA_ORDER_KEPT, PARTNER_AREA_ORDER_RECORDS, PERSON_SUMMARY_KEPT,  # noqa: E402
                     PERSON_SUMMARY_RECORDS, take_back, undo_event_places, undo_event_summary)
from analyst_cli import ARTICLES, AnalystCli  # noqa: E402

cli = AnalystCli(sys.argv[1])
ok, events, event_with = cli.ok, cli.events, cli.event_with
PLACED = ("coalesce(CASE WHEN date NOT LIKE 'X%' THEN date END, (SELECT min(src.published) FROM event_sources es"
          " JOIN sources src ON src.id = es.source_id WHERE es.event_id = events.id))")


def consistent(db, step):
    """The kept places are what they stand for, and lists come in their order."""
    con = sqlite3.connect(db)
    wrong = con.execute(f"SELECT id, date, placed, {PLACED} FROM events WHERE placed IS NOT {PLACED}").fetchall()
    check(not wrong, f"{step}: events.placed as computed: {wrong}")
    kept = sorted(con.execute("SELECT event_id, country, coalesce(placed, ''), type FROM event_partner_order"))
    want = sorted(con.execute("SELECT ec.event_id, ec.country, coalesce(e.placed, ''), e.type FROM event_countries ec"
                              " JOIN events e ON e.id = ec.event_id"))
    check(kept == want, f"{step}: event_partner_order holds each event's states with its place and type: "
                        f"{kept} != {want}")
    # each person's first and last seen are where their events are placed now (schema step 9 -> 10)
    kept = sorted(r[0] for r in con.execute(PERSON_SUMMARY_KEPT))
    want = sorted(r[0] for r in con.execute(PERSON_SUMMARY_RECORDS))
    check(kept == want, f"{step}: person_summary is what it sums up: {kept} != {want}")
    # and each partner's events in an area where they are placed (schema step 10 -> 11)
    kept = sorted(r[0] for r in con.execute(PARTNER_AREA_ORDER_KEPT))
    want = sorted(r[0] for r in con.execute(PARTNER_AREA_ORDER_RECORDS))
    check(kept == want, f"{step}: event_partner_area_order is where the events are placed: {kept} != {want}")
    order = [r[0] for r in con.execute(f"SELECT id FROM events ORDER BY {PLACED} IS NULL, {PLACED}, id")]
    us = [r[0] for r in con.execute(f"SELECT e.id FROM events e JOIN event_countries ec ON ec.event_id = e.id"
                                    f" AND ec.country = 'US' ORDER BY {PLACED.replace('events.id', 'e.id')} IS NULL,"
                                    f" {PLACED.replace('events.id', 'e.id')}, e.id")]
    con.close()
    check([e["id"] for e in events(db)] == order, f"{step}: the events list in time order")
    check([e["id"] for e in events(db, "--partner", "US")] == us, f"{step}: a partner's events in time order")
    check([e["id"] for e in events(db, "--limit", "2")] == order[:2], f"{step}: a page in the same order")
    summarized(db, step)


def summary_now(con):
    """What each event's list columns should show, worked out from its rows."""
    want = {}
    for (eid,) in con.execute("SELECT id FROM events"):
        countries = [c for (c,) in con.execute("SELECT country FROM event_countries WHERE event_id = ?", (eid,))]
        countries.sort(key=lambda c: (c != "VN", c.encode()))
        names = sorted({n for (n,) in con.execute("SELECT pe.name FROM participants p JOIN people pe"
                                                  " ON pe.id = p.person_id WHERE p.event_id = ?", (eid,))},
                       key=str.encode)
        reports = con.execute("SELECT es.source_id, es.confidence, src.published, sen.text FROM event_sources es"
                              " JOIN sources src ON src.id = es.source_id LEFT JOIN sentences sen"
                              " ON sen.id = es.sentence_id WHERE es.event_id = ?", (eid,)).fetchall()
        reports.sort(key=lambda r: r[0].encode())
        confidences = [r[1] for r in reports if r[1] is not None]
        published = [r[2] for r in reports if r[2] is not None]
        evidence = [r[3] for r in reports if r[3] is not None]
        want[eid] = {"countries": " ".join(countries) or None, "participants": "; ".join(names) or None,
                     "sources": len(reports), "confidence": max(confidences) if confidences else None,
                     "reported": min(published) if published else None,
                     "evidence": evidence[0] if evidence else None}
    return want


def summarized(db, step):
    """Every event list, and one event, shows what the event's rows hold now."""
    con = sqlite3.connect(db)
    want = summary_now(con)
    con.close()
    shown = {e["id"]: e for e in events(db)}
    check(set(shown) == set(want), f"{step}: the list holds every event: {sorted(shown)} != {sorted(want)}")
    for eid, columns in want.items():
        got = {k: shown.get(eid, {}).get(k) for k in columns}
        check(got == columns, f"{step}: event {eid} shown as its rows hold it: {got} != {columns}")
    for partner in ("US", "VN"):
        for e in events(db, "--partner", partner):
            got = {k: e.get(k) for k in want[e["id"]]}
            check(got == want[e["id"]], f"{step}: {partner}'s list shows event {e['id']} as its rows: {got}")
    if want:
        eid = max(want)
        one = json.loads(ok(db, "event", str(eid), "--format", "json"))["event"][0]
        got = {k: one.get(k) for k in want[eid]}
        check(got == want[eid], f"{step}: event {eid} alone shown as its rows hold it: {got} != {want[eid]}")


with tempfile.TemporaryDirectory() as tmp:
    db = os.path.join(tmp, "kb.db")
    ok(db, "ingest", ARTICLES)
    consistent(db, "ingest")
    check(len(events(db)) >= 3, "the articles give several events")

    # an undated event is placed by its report's publication date
    undated = {"id": "placed-undated", "published": "2019-01-15",
               "text": "Defense officials meet\n\nHanoi (VNA) - Vietnamese Minister of National Defence General "
                       "Le Van Khoa received US Secretary of Defense Ashford Calloway in Hanoi."}
    with open(os.path.join(tmp, "undated.jsonl"), "w", encoding="utf-8") as f:
        f.write(json.dumps(undated) + "\n")
    ok(db, "ingest", os.path.join(tmp, "undated.jsonl"))
    consistent(db, "an undated event")
    con = sqlite3.connect(db)
    placed = con.execute("SELECT e.placed FROM events e JOIN event_sources es ON es.event_id = e.id"
                         " WHERE es.source_id = 'placed-undated'").fetchall()
    con.close()
    check(placed and all(p[0] == "2019-01-15" for p in placed), f"placed by its report: {placed}")

    talks = event_with(db, "held talks with US Secretary")
    ok(db, "edit", "event", str(talks["id"]), "date=2001-02-03")
    consistent(db, "an edited date")
    ok(db, "edit", "event", str(talks["id"]), "type=meeting")
    consistent(db, "an edited type")
    check(events(db)[0]["id"] == talks["id"], "the event edited to 2001 comes first")
    other = event_with(db, "Ngày 4/6/2024")
    ok(db, "merge", "event", str(talks["id"]), str(other["id"]))
    consistent(db, "a merge")
    ok(db, "split", "event", str(talks["id"]))
    consistent(db, "a split")
    out = ok(db, "reject", "event", str(other["id"]))
    consistent(db, "a reject")
    ok(db, "undo", out.split()[1].rstrip(":"))
    consistent(db, "an undo")
    # what the summary is made of, changed by analysts
    ok(db, "edit", "event", str(talks["id"]), "countries=VN US JP")
    consistent(db, "an event's states edited")
    people = json.loads(ok(db, "people", "--format", "json"))["people"]
    check(len(people) >= 2, f"the articles name several people: {people}")
    renamed = ok(db, "edit", "person", str(people[0]["id"]), "name=Zed Renamed Person")
    consistent(db, "a person renamed")
    ok(db, "merge", "person", str(people[0]["id"]), str(people[1]["id"]))
    consistent(db, "two people merged")
    ok(db, "undo", renamed.split()[1].rstrip(":"))
    consistent(db, "a rename undone")
    ok(db, "events", "--raw")
    consistent(db, "a --raw query (its changes rolled back)")
    ok(db, "delete", "source", "placed-undated")
    consistent(db, "a deleted source")
    ok(db, "ingest", ARTICLES)
    consistent(db, "a re-ingest")

    # a person renamed by a later ingest: an English report names "Le Van Khoa", a
    # Vietnamese one, ingested afterwards, "Lê Văn Khoa", whose marks the person
    # takes; the summary of the English report's event, stored before, names him so
    apart = os.path.join(tmp, "apart.db")
    articles = [json.loads(line) for line in open(ARTICLES, encoding="utf-8")]
    for a in ("calloway-hanoi", "calloway-hanoi-vi"):
        with open(os.path.join(tmp, a + ".jsonl"), "w", encoding="utf-8") as f:
            f.write("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in articles if d["id"] == a))
        ok(apart, "ingest", os.path.join(tmp, a + ".jsonl"))
    consistent(apart, "a person renamed by a later ingest")
    check(any("Lê Văn Khoa" in (e["participants"] or "") for e in events(apart)
              if "held talks with US Secretary" in (e["evidence"] or "")),
          f"the English report's event names Lê Văn Khoa: {events(apart)}")

    # a database of schema 5 is upgraded: the places are filled in
    old = os.path.join(tmp, "old.db")
    ok(old, "ingest", ARTICLES)
    take_back(old, 5, undo_event_places)
    ok(old, "ingest", os.path.join(tmp, "undated.jsonl"))
    consistent(old, "an upgraded database")

    # a database of schema 7 is upgraded: the summaries are made
    older = os.path.join(tmp, "seven.db")
    ok(older, "ingest", ARTICLES)
    take_back(older, 7, undo_event_summary)
    ok(older, "ingest", os.path.join(tmp, "undated.jsonl"))
    consistent(older, "a database upgraded from schema 7")

finish("events placed and summarized")
