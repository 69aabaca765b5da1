#!/usr/bin/env python3
"""Paging an events list through the HTTP API: next_cursor of an events list
names the event its page ends with ("e" and its id), and the pages after it
join up into the whole list in its order (events placed in time, then the
undated ones), for all events, a partner's, and a partner's in an area
(read from event_partner_area_order); a number of rows to skip
is still taken; a cursor after an event that is gone, or an event cursor on
another list, is refused (400) naming the parameter. A person's lists page
the same way (their events by keyset), and join up into the person's page;
a partner's timeline pages join up into it, and it and the partner's
relations are in the order the records give.

The documents are tests/corrections/articles.jsonl and invented ones written
here, some with no date anywhere (their events are undated).

    api_paging_test.py ATTACHE
"""
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import threading
import urllib.error
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tally import check, finish  # noqa: E402

ATTACHE = sys.argv[1]
HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES = os.path.join(HERE, "corrections", "articles.jsonl")

UNDATED = [{"id": f"paging-undated-{i}",
            "text": f"Defense officials meet\n\nHanoi (VNA) - Vietnamese Minister of National Defence General "
                    f"Le Van Khoa received US Secretary of Defense Ashford Calloway and delegation number {i}."}
           for i in range(3)]

# A partner with fewer events than its area (JP: 1, peacekeeping: 3).
FEW = {"id": "paging-few-partner",
       "text": "Defense officials meet\n\nHanoi (VNA) - Vietnamese Minister of National Defence General Le Van Khoa"
               " received Japanese Minister of Defense Taro Ishida on 5 March 2024 to discuss cooperation in UN"
               " peacekeeping."}

# A partner's timeline: talks, a signing and a visit with the US on one day, an agreement signed that day,
# two of them on the same day (the page's order breaks ties by record, kind and id), and a relation each.
MONTHS = ("March", "July", "July", "November")
TIMELINE = [{"id": f"paging-timeline-{i}", "published": f"{y}-{m:02d}-{d:02d}",
             "text": f"Vietnam and US defense chiefs hold talks\n\nHanoi (VNA) - Vietnamese Minister of National Defence"
                     f" General Le Van Khoa held talks with US Secretary of Defense Ashford Calloway in Hanoi on"
                     f" {MONTHS[i]} {d}, {y}.\n\nAfter the talks, the two ministers signed a memorandum of understanding"
                     f" on defense cooperation in military medicine number {i}.\n\nUS Secretary of Defense Ashford"
                     f" Calloway paid an official visit to Vietnam on {MONTHS[i]} {d}, {y}.\n\nThe two countries"
                     f" established a comprehensive partnership in {2013 + i}, the minister said."}
            for i, (y, m, d) in enumerate([(2019, 3, 5), (2020, 7, 14), (2020, 7, 14), (2022, 11, 2)])]

with tempfile.TemporaryDirectory() as tmp:
    db = os.path.join(tmp, "kb.db")
    undated = os.path.join(tmp, "undated.jsonl")
    with open(undated, "w", encoding="utf-8") as f:
        for d in UNDATED + [FEW] + TIMELINE:
            f.write(json.dumps(d) + "\n")
    subprocess.run([ATTACHE, "ingest", "-q", "--db", db, ARTICLES, undated], check=True)
    con = sqlite3.connect(db)
    # relations of no date (an analyst's, say): after the dated ones of the US; Japan has only these
    with con:
        con.executemany("INSERT INTO relations(source_id, country_a, country_b, framework, as_of) VALUES (?, 'VN', ?, ?, NULL)",
                        [("paging-timeline-0", "US", "strategic_partnership"), ("paging-timeline-1", "JP", "partnership"),
                         ("paging-timeline-2", "JP", "strategic_partnership"), ("paging-timeline-3", "US", "partnership")])
    nulls = con.execute("SELECT count(*) FROM events WHERE placed IS NULL").fetchone()[0]
    gone = con.execute("SELECT max(id) + 1 FROM events").fetchone()[0]
    con.close()
    check(nulls >= 1, f"some events are undated: {nulls}")
    server = subprocess.Popen([ATTACHE, "serve", "--db", db, "--port", "0"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    threading.Thread(target=lambda: list(server.stderr), daemon=True).start()
    base = server.stdout.readline().strip().split(" at ")[-1].rstrip("/")

    def get(path):
        try:
            with urllib.request.urlopen(base + path, timeout=10) as r:
                return r.status, json.loads(r.read())
        except urllib.error.HTTPError as e:
            return e.code, json.loads(e.read())

    try:
        for filters in ("", "&partner=US"):
            status, whole = get("/api/events?limit=1000" + filters)
            ids, cursor, cursors = [], None, []
            while len(cursors) < 100:
                status, page = get("/api/events?limit=2" + filters + (f"&cursor={cursor}" if cursor else ""))
                check(status == 200, f"page after {cursor}: {status} {page}")
                ids += [e["id"] for e in page.get("events", [])]
                cursor = page.get("next_cursor")
                if not cursor:
                    break
                cursors.append(cursor)
            want = [e["id"] for e in whole["events"]]
            check(len(want) > 4 and ids == want, f"pages{filters} join up into the list: {ids} != {want}")
            check(all(c == f"e{want[2 * i + 1]}" for i, c in enumerate(cursors)),
                  f"next_cursor names the page's last event: {cursors}")
            undated = [e["id"] for e in whole["events"] if e["date"] is None and e["reported"] is None]
            check(undated and want[-len(undated):] == undated, f"the undated events come last{filters}: {undated}")
        status, whole = get("/api/events?limit=1000")
        status, page = get("/api/events?limit=2&cursor=2")
        check(status == 200 and [e["id"] for e in page["events"]] == [e["id"] for e in whole["events"]][2:4],
              "a number of rows to skip is still taken")
        # Skipping is read row by row: an events list skips at most 10,000 rows, and says to page by keyset.
        status, page = get("/api/events?limit=2&cursor=10001")
        check(status == 400 and "next_cursor" in page["error"]["message"], f"skipping 10,001 events: {page}")
        status, page = get("/api/events?limit=2&cursor=10000")
        check(status == 200 and page["events"] == [], f"skipping 10,000 events (more than there are): {page}")
        # A partner's events are paged by keyset too: next_cursor names the page's last event.
        status, whole = get("/api/partners/US/events?limit=1000")
        ids, cursor = [], None
        for _ in range(100):
            status, page = get("/api/partners/US/events?limit=2" + (f"&cursor={cursor}" if cursor else ""))
            ids += [e["id"] for e in page.get("events", [])]
            cursor = page.get("next_cursor")
            check(cursor is None or cursor == f"e{ids[-1]}", f"a partner's events: next_cursor {cursor}")
            if not cursor:
                break
        check(len(ids) > 4 and ids == [e["id"] for e in whole["events"]], f"a partner's events by keyset: {ids}")
        # A list by partner and area is read from event_partner_area_order (schema step 10 -> 11): it is
        # the events of both, in time order, undated last, and its pages join up into it, for partners
        # with fewer events than the area and with more.
        con = sqlite3.connect(db)
        pairs = con.execute("SELECT ec.country, ea.area, (SELECT count(*) FROM event_countries WHERE country = ec.country)"
                            " > (SELECT count(*) FROM event_areas WHERE area = ea.area) FROM event_countries ec"
                            " JOIN event_areas ea ON ea.event_id = ec.event_id GROUP BY 1, 2 ORDER BY 1, 2").fetchall()
        check({shorter for _, _, shorter in pairs} == {0, 1},
              f"partners with fewer and more events than the area: {pairs}")
        for partner, area, _ in pairs:
            want = [i for (i,) in con.execute(
                "SELECT id FROM events WHERE id IN (SELECT event_id FROM event_countries WHERE country = ?)"
                " AND id IN (SELECT event_id FROM event_areas WHERE area = ?) ORDER BY placed IS NULL, placed, id",
                (partner, area))]
            filters = f"&partner={partner}&area={area}"
            status, whole = get("/api/events?limit=1000" + filters)
            check(status == 200 and [e["id"] for e in whole["events"]] == want, f"{filters}: {whole} != {want}")
            ids, cursor = [], None
            for _ in range(100):
                status, page = get("/api/events?limit=2" + filters + (f"&cursor={cursor}" if cursor else ""))
                ids += [e["id"] for e in page.get("events", [])]
                cursor = page.get("next_cursor")
                check(cursor is None or cursor == f"e{ids[-1]}", f"{filters}: next_cursor {cursor}")
                if not cursor:
                    break
            check(ids == want, f"{filters} in pages: {ids} != {want}")
        con.close()
        status, page = get(f"/api/events?limit=2&cursor=e{gone}")
        check(status == 400 and "page after" in page["error"]["message"], f"a cursor after a removed event: {page}")
        status, page = get("/api/people?cursor=e5")
        check(status == 400 and "cursor" in page["error"]["message"], f"an event cursor on people: {page}")
        status, page = get("/api/events?cursor=e12x")
        check(status == 400 and "cursor" in page["error"]["message"], f"a malformed cursor: {page}")

        # A partner's timeline (its visits and signings newest first on the partial index
        # event_partner_order_timeline, schema step 12 -> 13, merged with its agreements) is what the
        # records say, and its pages of 2 and of 3 join up into it; its relations come in time order,
        # the undated last, and its framework is the latest one's (the last undated one's when none has a date).
        con = sqlite3.connect(db)
        want = [list(r) for r in con.execute(
            "SELECT * FROM (SELECT e.placed AS date, 'event' AS record, e.type AS kind, e.id AS id FROM events e"
            " WHERE e.type IN ('visit', 'signing') AND e.id IN (SELECT event_id FROM event_countries WHERE country = 'US')"
            " UNION ALL SELECT a.date, 'agreement', a.kind, a.id FROM agreements a"
            " WHERE a.id IN (SELECT agreement_id FROM agreement_parties WHERE country = 'US')) AS items"
            " WHERE date IS NOT NULL AND date NOT LIKE 'X%' ORDER BY date DESC, record, kind, id")]
        relations = {c: [list(r) for r in con.execute(
            "SELECT as_of, framework, id FROM relations WHERE country_b = ? ORDER BY as_of IS NULL, as_of, id", (c,))]
            for c in ("US", "JP")}
        latest = {c: con.execute("SELECT framework FROM relations WHERE country_b = ?"
                                 " ORDER BY as_of IS NULL, as_of DESC, id DESC LIMIT 1", (c,)).fetchone()[0]
                  for c in ("US", "JP")}
        con.close()
        status, whole = get("/api/partners/US/timeline?limit=1000")
        timeline = [[t["date"], t["record"], t["kind"], t["id"]] for t in whole.get("timeline", [])]
        check(status == 200 and len(want) >= 10 and timeline == want, f"the US's timeline: {timeline} != {want}")
        for size in (2, 3):
            rows, cursor = [], None
            for _ in range(100):
                status, page = get(f"/api/partners/US/timeline?limit={size}" + (f"&cursor={cursor}" if cursor else ""))
                rows += page.get("timeline", [])
                cursor = page.get("next_cursor")
                if status != 200 or not cursor:
                    break
            check(rows == whole["timeline"], f"the US's timeline in pages of {size}: {rows}")
        for c in ("US", "JP"):
            status, profile = get(f"/api/partners/{c}?limit=2")
            have = [[r["as_of"], r["framework"], r["id"]] for r in profile.get("frameworks", [])]
            check(len(relations[c]) >= 2 and have == relations[c], f"{c}'s relations: {have} != {relations[c]}")
            check(profile["partner"][0]["framework"] == latest[c], f"{c}'s framework: {profile['partner']}")
            if c == "US":
                check(profile["timeline"] == whole["timeline"][:2], f"the profile's timeline page: {profile['timeline']}")

        # A person's lists: the events by keyset (undated ones last), offices and people met by a
        # number of rows; the pages join up into the lists of the person's page, as long as its totals say.
        status, people = get("/api/people?limit=1")
        pid = people["people"][0]["id"]
        status, whole = get(f"/api/people/{pid}?limit=1000")
        check(status == 200 and whole["totals"] == [{"offices": len(whole["offices"]), "met": len(whole["met"])}]
              and whole["person"][0]["events"] == len(whole["events"]), f"person {pid}'s totals: {whole.get('totals')}")
        # The lists are what the records say (the events and offices read from person_event_order,
        # schema step 11 -> 12, which the ingest's batches keep), as the page asked before it.
        con = sqlite3.connect(db)
        want = {"events": [list(r) for r in con.execute(
                    "SELECT id FROM events WHERE id IN (SELECT event_id FROM participants WHERE person_id = ?)"
                    " ORDER BY date IS NULL, date, id", (pid,))],
                "offices": [list(r) for r in con.execute(
                    "SELECT e.date, p.rank, p.position, e.type, p.source_id, p.event_id FROM participants p"
                    " JOIN events e ON e.id = p.event_id WHERE p.person_id = ?"
                    " ORDER BY e.date IS NULL, e.date, e.id, p.source_id", (pid,))],
                "met": [list(r) for r in con.execute(
                    "SELECT pe.id, pe.name, pe.country, count(DISTINCT p.event_id) AS n FROM participants p"
                    " JOIN people pe ON pe.id = p.person_id WHERE p.event_id IN (SELECT event_id FROM participants"
                    " WHERE person_id = ?1) AND p.person_id <> ?1 GROUP BY pe.id ORDER BY n DESC, pe.name, pe.id",
                    (pid,))]}
        con.close()
        have = {"events": [[e["id"]] for e in whole["events"]],
                "offices": [[o["date"], o["rank"], o["position"], o["event"], o["source"], o["event_id"]]
                            for o in whole["offices"]],
                "met": [[m["id"], m["name"], m["country"], m["events"]] for m in whole["met"]]}
        for name in want:
            check(want[name] and have[name] == want[name],
                  f"person {pid}'s {name} are the records': {have[name]} != {want[name]}")
        for name in ("events", "offices", "met"):
            rows, cursor, cursors = [], None, []
            while len(cursors) < 100:
                status, page = get(f"/api/people/{pid}/{name}?limit=2" + (f"&cursor={cursor}" if cursor else ""))
                check(status == 200, f"{name}: page after {cursor}: {status} {page}")
                rows += page.get(name, [])
                cursor = page.get("next_cursor")
                if not cursor:
                    break
                cursors.append(cursor)
            check((name == "met" or len(whole[name]) > 4) and rows == whole[name],
                  f"person {pid}'s {name} in pages: {rows} != {whole[name]}")
            if name == "events":
                check(all(c == f"e{rows[2 * i + 1]['id']}" for i, c in enumerate(cursors)), f"keyset: {cursors}")
                check(rows[-1]["date"] is None and rows[0]["date"], "the person's undated events come last")
            else:
                check(cursors == [str(2 * (i + 1)) for i in range(len(cursors))], f"{name}: {cursors}")
        status, page = get(f"/api/people/{pid}?limit=2")
        check(status == 200 and [len(page[n]) for n in ("offices", "events", "met")] == [2, 2, min(2, len(whole["met"]))]
              and page["totals"] == whole["totals"], f"a person's page holds one page of each list: {page}")
        status, page = get(f"/api/people/{pid}/events?cursor=e{gone}")
        check(status == 400 and "page after" in page["error"]["message"], f"a person's events after a removed event: {page}")
        status, page = get(f"/api/people/{pid}/met?cursor=e5")
        check(status == 400 and "cursor" in page["error"]["message"], f"an event cursor on the people met: {page}")
        status, page = get("/api/people/999999/events")
        check(status == 404, f"the lists of no person: {status} {page}")
    finally:
        server.terminate()
        server.wait(timeout=10)

finish("api paging")
