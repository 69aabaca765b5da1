#!/usr/bin/env python3
"""Analysts' corrections as their own layer, through the CLI: a change
survives a re-ingest of its document, a changed version of it, and a database
rebuilt from the sources plus `corrections import`; undo gives back the
machine's value; merging two spellings of one minister gives one person with
both names and all events, and split gives the two back; merging two reports
of one talk gives one event with both sources; reject, add, alias, delete
source; a change whose record is gone is listed as orphaned; bad input is
exit 2 naming the argument. It runs on SQLite or on PostgreSQL (a server
of its own, tests/backend.py), with the same checks.

The articles (tests/corrections/articles.jsonl) are written for this test:
an invented US secretary, "Ashford Calloway", also written "Ash Calloway".

    corrections_test.py ATTACHE [sqlite|postgresql]
"""
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from backend import backend  # noqa: E402
from tally import check, finish  # noqa: E402
from analyst_cli import ARTICLES, ENV, AnalystCli, articles, write_jsonl  # noqa: E402

BACKEND = sys.argv[2] if len(sys.argv) > 2 else "sqlite"
cli = AnalystCli(sys.argv[1])
ATTACHE = cli.attache
run, ok, query, events, event_with = cli.run, cli.ok, cli.query, cli.events, cli.event_with


def history(db, *args):
    return query(db, "history", *args)["history"]


def ingest_documents(db, directory, name, documents):
    """Writes `documents` as the JSON Lines file `name` in `directory` and ingests it."""
    path = os.path.join(directory, name)
    write_jsonl(path, documents)
    ok(db, "ingest", path)


VI_TALKS = "Ngày 4/6/2024"
EN_TALKS = "held talks with US Secretary"
DANANG = "Ash Calloway visited"

def received(db):
    """The reception the Da Nang sentence tells (it tells the visit too)."""
    return [e for e in events(db) if DANANG in (e["evidence"] or "") and e["type"] == "reception"]


def added_visits(db):
    """The visits of 2024-06-05 added by hand: the machine's own carry a confidence, an added one none."""
    return [e for e in events(db) if e["type"] == "visit" and e["date"] == "2024-06-05" and e["confidence"] is None]


with tempfile.TemporaryDirectory() as tmp, backend(BACKEND, tmp) as b:
    db = b.database("kb")
    ok(db, "ingest", ARTICLES)
    machine_date = event_with(db, VI_TALKS)["date"]
    check(machine_date == "2024-06-04", f"the machine's date of the Vietnamese report: {machine_date}")

    # ---- edit, and the edit surviving what happens to its document ----
    vi = event_with(db, VI_TALKS)
    out = ok(db, "edit", "event", str(vi["id"]), "date=2024-06-03", "--note", "the talks were on the 3rd")
    check(out.startswith("change 1:"), f"edit prints its change: {out!r}")
    check(event_with(db, VI_TALKS)["date"] == "2024-06-03", "the edit shows in events")
    raw = [e for e in query(db, "events", "--raw")["events"] if VI_TALKS in e["evidence"]]
    check([e["date"] for e in raw] == ["2024-06-04"], f"--raw shows what the machine read: {raw}")
    check(event_with(db, VI_TALKS)["date"] == "2024-06-03", "and leaves the change in place")
    h = history(db, "event", str(vi["id"]))
    check(len(h) == 1 and h[0]["author"] == "lan" and h[0]["note"] == "the talks were on the 3rd"
          and json.loads(h[0]["old"]) == "2024-06-04" and json.loads(h[0]["new"]) == "2024-06-03",
          f"history: who, why, old and new: {h}")

    # the same document again: nothing changes
    ok(db, "ingest", ARTICLES)
    check(event_with(db, VI_TALKS)["date"] == "2024-06-03", "the edit survives a re-ingest of the same document")

    # a changed version: a new paragraph before the sentence moves it (its index changes)
    changed = articles()
    changed[2]["text"] = changed[2]["text"].replace("\n\nNgày 4/6", "\n\nPhóng viên thường trú đưa tin.\n\nNgày 4/6")
    check(changed[2]["text"] != articles()[2]["text"], "the changed version differs")
    write_jsonl(os.path.join(tmp, "changed.jsonl"), changed)
    r = run(db, "ingest", os.path.join(tmp, "changed.jsonl"))
    check(r.returncode == 0 and "1 updated" in r.stderr, f"the changed version is ingested: {r.stderr}")
    check(event_with(db, VI_TALKS)["date"] == "2024-06-03", "the edit survives a changed version of its document")
    check(history(db, "--orphaned") == [], "nothing orphaned")

    # a database rebuilt from the sources plus the exported corrections
    exported = os.path.join(tmp, "corrections.jsonl")
    ok(db, "corrections", "export", exported)
    lines = [json.loads(line) for line in open(exported, encoding="utf-8")]
    check(len(lines) == 1 and lines[0]["target"]["source"] == "calloway-hanoi-vi" and "id" not in lines[0]["target"],
          f"the export names the record by its source, not a row id: {lines}")
    rebuilt = b.database("rebuilt")
    ok(rebuilt, "ingest", ARTICLES)
    check(event_with(rebuilt, VI_TALKS)["date"] == "2024-06-04", "a new database holds the machine's date")
    out = ok(rebuilt, "corrections", "import", exported)
    check("imported 1 new" in out, f"import: {out}")
    check(event_with(rebuilt, VI_TALKS)["date"] == "2024-06-03", "the edit applies to a rebuilt database")
    out = ok(rebuilt, "corrections", "import", exported)
    check("imported 0 new" in out and len(history(rebuilt)) == 1, "importing again adds nothing")

    # undo gives back the machine's value, and survives a re-ingest too
    out = ok(db, "undo", "1")
    check(out == "change 2: undo change 1\n", f"undo says which change it undid: {out!r}")
    check(event_with(db, VI_TALKS)["date"] == "2024-06-04", "undo restores the machine's date")
    h = history(db)
    check(h[0]["undone"] == "undone" and h[1]["op"] == "undo", f"history shows the undo: {h}")
    ingest_documents(db, tmp, "changed.jsonl", articles())
    check(event_with(db, VI_TALKS)["date"] == "2024-06-04", "an undone edit stays undone after a re-ingest")

    # ---- merging two spellings of one person, and splitting them ----
    people = {p["name"]: p for p in query(db, "people")["people"]}
    check("Ashford Calloway" in people and "Ash Calloway" in people, f"two Calloways: {sorted(people)}")
    full, short = people["Ashford Calloway"], people["Ash Calloway"]
    all_events = full["events"] + short["events"]
    ok(db, "merge", "person", str(full["id"]), str(short["id"]), "--note", "one secretary")
    people = {p["name"]: p for p in query(db, "people")["people"]}
    check("Ash Calloway" not in people and people["Ashford Calloway"]["events"] == all_events,
          f"one person with all events: {people.get('Ashford Calloway')}")
    for spelling in ("ashford calloway", "Ash Calloway"):
        person = query(db, "person", spelling)
        check([n["name"] for n in person.get("names", [])] == ["Ash Calloway", "Ashford Calloway"]
              and len(person["events"]) == all_events, f"person {spelling!r}: both spellings, all events")
    check(any("Ashford Calloway" in (e["participants"] or "") for e in events(db) if DANANG in e["evidence"]),
          "the Da Nang visit now names the one person")
    ok(db, "split", "person", str(full["id"]))
    people = {p["name"]: p for p in query(db, "people")["people"]}
    check(people.get("Ashford Calloway", {}).get("events") == full["events"]
          and people.get("Ash Calloway", {}).get("events") == short["events"], "split gives the two back")

    # an alias: a person of that name ingested later is the same person
    ok(db, "alias", "person", str(full["id"]), "Ash Calloway")
    later = {"id": "calloway-later", "published": "2024-09-10",
             "text": "US official calls Vietnamese counterpart\n\nHanoi (VNA) - Vietnamese Minister of National "
                     "Defence General Le Van Khoa held a phone call with US Secretary of Defense Ash Calloway on "
                     "September 10, 2024."}
    ingest_documents(db, tmp, "later.jsonl", [later])
    people = {p["name"]: p for p in query(db, "people")["people"]}
    check("Ash Calloway" not in people and people["Ashford Calloway"]["events"] == all_events + 1,
          f"the alias holds for a later ingest: {sorted(people)}")

    # a place's other name: events placed there are placed at the name kept, later ones too
    ok(db, "alias", "place", "Hà Nội", "Hanoi")
    check(event_with(db, EN_TALKS)["place"] == "Hà Nội", "a place alias renames the place of events")
    check(event_with(db, "September 10, 2024")["place"] in ("Hà Nội", None),
          "and of an event ingested before it")
    again = dict(later, id="calloway-later-2", published="2024-09-12", text=later["text"].replace("September 10", "September 12")
                 .replace("held a phone call with", "held talks in Hanoi with"))
    ingest_documents(db, tmp, "again.jsonl", [again])
    places = {e["place"] for e in events(db) if "September 12" in (e["evidence"] or "")}
    check(places == {"Hà Nội"}, f"and of an event ingested after it: {places}")
    check(not [e for e in events(db) if e["place"] == "Hanoi"], "no event is placed at 'Hanoi' any more")
    check([e["place"] for e in query(db, "events", "--raw")["events"] if EN_TALKS in e["evidence"]] == ["Hanoi"],
          "--raw still shows the place as read")

    # an organization's other name, one the lexicon does not know, holds for
    # later ingests: an event whose sentence names it takes the organization
    def organizations_of(text):  # (text: this test's own words, written into the SQL)
        return sorted(b.column(db, "SELECT eo.organization FROM event_organizations eo JOIN event_sources es"
                                   " USING (event_id) JOIN sentences st ON st.id = es.sentence_id"
                                   f" WHERE st.text LIKE '%{text}%'"))

    out = ok(db, "alias", "organization", "UNPKO", "Blue Lantern Corps")
    lantern_alias = out.split()[1].rstrip(":")
    lantern = {"id": "lantern-later", "published": "2024-10-02",
               "text": "Vietnam and the Blue Lantern Corps hold talks\n\nHanoi (VNA) - Vietnamese Minister of "
                       "National Defence General Le Van Khoa held talks with Commander Tom Ardent of the Blue "
                       "Lantern Corps in Hanoi on October 2, 2024."}
    ingest_documents(db, tmp, "lantern.jsonl", [lantern])
    check(organizations_of("October 2, 2024") == ["UNPKO"],
          f"an organization alias holds for a later ingest: {organizations_of('October 2, 2024')}")
    ok(db, "undo", lantern_alias)
    check(organizations_of("October 2, 2024") == [], "undo takes the organization back")
    lantern_again = dict(lantern, id="lantern-later-2", published="2024-10-09", text=lantern["text"].replace("October 2", "October 9"))
    ingest_documents(db, tmp, "lantern-again.jsonl", [lantern_again])
    check(organizations_of("October 9, 2024") == [],
          f"an undone alias does not hold for a later ingest: {organizations_of('October 9, 2024')}")

    # a place's other name the lexicon does not know: a later event placed
    # nowhere whose sentence names it is placed there
    ok(db, "alias", "place", "Cam Ranh", "Cove of Lanterns")
    cove = {"id": "cove-later", "published": "2024-10-20",
            "text": "Defense talks at the Cove of Lanterns\n\nVietnamese Minister of National Defence General Le "
                    "Van Khoa held talks with Commander Tom Ardent at the Cove of Lanterns on October 20, 2024."}
    ingest_documents(db, tmp, "cove.jsonl", [cove])
    places = [e["place"] for e in events(db) if "October 20, 2024" in (e["evidence"] or "")]
    check(places == ["Cam Ranh"], f"a place alias holds for a later ingest: {places}")

    # ---- merging two reports of one talk, and splitting them ----
    en, vi = event_with(db, EN_TALKS), event_with(db, VI_TALKS)
    check(en["id"] != vi["id"], "the machine kept the two reports apart (their dates differ)")
    ok(db, "merge", "event", str(en["id"]), str(vi["id"]))
    merged = query(db, "event", str(en["id"]))
    check(sorted(s["source"] for s in merged["sources"]) == ["calloway-hanoi", "calloway-hanoi-vi"],
          f"one event with both sources: {merged.get('sources')}")
    check(run(db, "event", str(vi["id"])).returncode == 1, "the merged event is no longer shown alone")
    ok(db, "ingest", os.path.join(tmp, "changed.jsonl"))  # unchanged: the merge stays
    ok(db, "split", "event", str(en["id"]))
    check(len(query(db, "event", str(en["id"]))["sources"]) == 1 and event_with(db, VI_TALKS)["id"] == vi["id"],
          "split gives the two events back")

    # ---- reject, and undo it ----
    # the sentence tells the Secretary's visit and the reception that met him: the reception is rejected
    danang = received(db)
    check(len(danang) == 1, f"one reception told by {DANANG!r}: {danang}")
    out = ok(db, "reject", "event", str(danang[0]["id"] if danang else 0), "--note", "not a meeting")
    change = out.split()[1].rstrip(":")
    check(not received(db), "a rejected event is hidden")
    ok(db, "ingest", ARTICLES)
    check(not received(db), "and stays hidden after a re-ingest")
    ok(db, "undo", change)
    check([e["id"] for e in received(db)] == [e["id"] for e in danang], "undo brings it back as the machine read it")

    # ---- fields of agreements, figures, relations and participants ----
    agreement = query(db, "agreements")["agreements"][0]
    ok(db, "edit", "agreement", str(agreement["id"]), "kind=agreement", "parties=VN US")
    check(query(db, "agreements")["agreements"][0]["kind"] == "agreement", "an agreement's kind is edited")
    figure = query(db, "figures")["figures"][0]
    ok(db, "edit", "figure", str(figure["id"]), "value=110")
    check(query(db, "figures")["figures"][0]["value"] == 110, "a figure's value is edited")
    en = event_with(db, EN_TALKS)
    khoa = [p for p in query(db, "event", str(en["id"]))["participants"] if "Khoa" in p["name"]][0]
    ok(db, "edit", "participant", f"{en['id']}:{khoa['person_id']}", "position=Minister of National Defence")
    ok(db, "ingest", os.path.join(tmp, "later.jsonl"))
    check([p["position"] for p in query(db, "event", str(en["id"]))["participants"] if "Khoa" in p["name"]]
          == ["Minister of National Defence"], "a participant's position is edited")

    # ---- a record added by hand, tied to a sentence ----
    src = query(db, "source", "calloway-danang")["sentences"]
    out = ok(db, "add", "event", "--source", "calloway-danang", "--sentence", str(src[0]["idx"]),
             "type=visit", "date=2024-06-05", "countries=VN US", "place=Da Nang")
    visits = added_visits(db)
    check(len(visits) == 1 and visits[0]["countries"] == "VN US", f"an added event: {visits}")
    check(visits and out.strip().endswith(f": add event {visits[0]['id']}"), f"add prints the new event's id: {out!r}")
    ingest_documents(db, tmp, "changed.jsonl", changed)
    check(len(added_visits(db)) == 1,
          "the added event is still there after another ingest")

    # a participant added by hand to the added event, and an edit of that event, by the ids shown
    visit = added_visits(db)[0]
    out = ok(db, "add", "participant", "--event", str(visit["id"]), "--source", "calloway-danang", "--sentence",
             str(src[0]["idx"]), "name=Lan Calloway", "position=Deputy Secretary", "country=US")
    lan = [p for p in query(db, "event", str(visit["id"]))["participants"] if p["name"] == "Lan Calloway"]
    check(lan and out.strip().endswith(f": add participant {visit['id']}:{lan[0]['person_id']}"),
          f"add prints the new participant as EVENT:PERSON: {out!r}")
    ok(db, "edit", "event", str(visit["id"]), "place=Tiên Sa")
    # an edit of the participant added by hand, by the id shown: applied at
    # once, with every earlier change applied once (not the added event twice)
    ok(db, "edit", "participant", f"{visit['id']}:{lan[0]['person_id']}", "position=Deputy Secretary of Defense")
    now = added_visits(db)
    lan_now = [p for p in query(db, "event", str(now[0]["id"]))["participants"] if p["name"] == "Lan Calloway"] if now else []
    check(len(now) == 1 and now[0]["place"] == "Tiên Sa" and len(lan_now) == 1
          and lan_now[0]["position"] == "Deputy Secretary of Defense",
          f"an edit of an added participant, at once: {now} {lan_now}")
    check(history(db, "--orphaned") == [], "nothing orphaned after editing added records")
    ok(db, "ingest", ARTICLES)
    ok(db, "ingest", os.path.join(tmp, "later.jsonl"))
    visit = added_visits(db)
    check(len(visit) == 1 and visit[0]["place"] == "Tiên Sa" and "Lan Calloway" in (visit[0]["participants"] or ""),
          f"an added event keeps its added participant and its edit: {visit}")
    check(history(db, "--orphaned") == [], "nothing orphaned")

    # ---- delete a source: its records go, and stay gone ----
    ok(db, "delete", "source", "calloway-danang", "--note", "an invented example")
    check(run(db, "source", "calloway-danang").returncode == 1 and not [e for e in events(db) if DANANG in e["evidence"]],
          "the source and its records are gone")
    ok(db, "ingest", ARTICLES)
    check(run(db, "source", "calloway-danang").returncode == 1, "a deleted source stays deleted after a re-ingest")
    check(not added_visits(db),
          "the visit added on that source went with it")
    check(history(db, "--orphaned") == [], "nothing orphaned yet")

    # ---- an edit whose sentence is gone is orphaned, and listed ----
    en = event_with(db, EN_TALKS)
    ok(db, "edit", "event", str(en["id"]), "place=Hanoi, Ministry of National Defence")
    gone = articles()[0]
    gone["text"] = gone["text"].replace("held talks with US Secretary of Defense Ashford Calloway in Hanoi on June 3, 2024",
                                        "hosted a banquet")
    ingest_documents(db, tmp, "gone.jsonl", [gone])
    orphans = history(db, "--orphaned")
    check([(o["kind"], o["field"], o["record"]) for o in orphans]
          == [("participant", "position", "orphaned"), ("event", "place", "orphaned")],
          f"the edits whose record is gone are orphaned: {orphans}")
    check(len(history(db)) >= 10, "every change is still in the history")
    r = subprocess.run([ATTACHE, "history", "--format", "json"], capture_output=True, text=True,
                       env=dict(ENV, ATTACHE_DB=db), cwd=tmp)
    check(r.returncode == 0 and json.loads(r.stdout)["history"] == history(db),
          f"$ATTACHE_DB names the database when --db does not: {r.stderr}")

    # ---- writers at once: four analysts' edits and an ingest, none lost ----
    told = ["September 12", "October 2, 2024", "October 9, 2024", "October 20, 2024"]
    targets = {text: event_with(db, text)["id"] for text in told}
    before = len(history(db))
    again_vi = articles()[2]
    again_vi["text"] = again_vi["text"].replace("\n\nNgày 4/6", "\n\nTin từ Hà Nội.\n\nNgày 4/6")
    write_jsonl(os.path.join(tmp, "again-vi.jsonl"), [again_vi])
    writers = [subprocess.Popen([ATTACHE, "edit", "event", str(targets[text]), f"place=Place {i}", "--db", db],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV)
               for i, text in enumerate(told)]
    writers.append(subprocess.Popen([ATTACHE, "ingest", os.path.join(tmp, "again-vi.jsonl"), "--db", db],
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV))
    outcomes = [(w.wait(timeout=120), w.stderr.read()) for w in writers]
    check(all(code == 0 for code, _ in outcomes), f"writers at once: {outcomes}")
    check([event_with(db, text)["place"] for text in told] == [f"Place {i}" for i in range(len(told))],
          "every edit made at once holds")
    made = history(db)[before:]
    check(len(made) == len(told) and all(h["record"] != "orphaned" for h in made),
          f"each recorded once, none orphaned: {made}")
    check(event_with(db, VI_TALKS)["id"] and "1 updated" in outcomes[-1][1], "and the ingest stored its update")

    # ---- bad input: exit 2, naming the argument ----
    vi = event_with(db, VI_TALKS)
    for args, named in [
        (("edit", "evnt", "1", "date=2024"), "KIND"),
        (("edit", "event", "999999", "date=2024"), "no event 999999"),
        (("edit", "event", "abc", "date=2024"), "ID"),
        (("edit", "event", str(vi["id"]), "colour=red"), "colour"),
        (("edit", "event", str(vi["id"]), "date=2024-02-30"), "date=2024-02-30"),
        (("edit", "event", str(vi["id"]), "type=party"), "type=party"),
        (("edit", "event", str(vi["id"]), "countries=VN XX"), "countries=VN XX"),
        (("edit", "event", str(vi["id"])), "FIELD=VALUE"),
        (("edit", "event", str(vi["id"]), "date"), "FIELD=VALUE"),
        (("merge", "person", "1"), "two ids"),
        (("merge", "agreement", "1", "2"), "KIND"),
        (("undo", "999"), "no change 999"),
        (("add", "event", "--source", "calloway-hanoi", "--sentence", "99", "type=talks"), "sentence 99"),
        (("add", "event", "--source", "calloway-hanoi", "--sentence", "0"), "type=VALUE"),
        (("delete", "source", "nowhere"), "no source nowhere"),
        (("history", "event"), "KIND ID"),
    ]:
        before = len(history(db))
        r = run(db, *args)
        check(r.returncode == 2 and named in r.stderr, f"{args}: exit {r.returncode}, {r.stderr.strip()!r}")
        check(len(history(db)) == before, f"{args}: nothing recorded")

finish(f"corrections ({BACKEND})")
