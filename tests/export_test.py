#!/usr/bin/env python3
"""`attache export` loaded with the tools analysts use (Debian's pandas,
networkx and lxml): every CSV and JSON Lines table (row counts and joins as the
database holds them, columns as the data dictionary says), the PLOVER records
(the fields the PLOVER manual requires), the CAMEO rows (61 GDELT 2.0 columns,
codes of data/event_codes.tsv), the GraphML partner and people networks (nodes
and weights as `attache partners` and the database count them) and the GEXF
(valid against the GEXF 1.3 schema subset in tests/export/).

    export_test.py ATTACHE SHARED_DIR SOURCE_DIR
"""
import csv
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request

import networkx
import pandas
from lxml import etree

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tally import check, finish  # noqa: E402

ATTACHE, SHARED, SRC = sys.argv[1:4]
DOCS = [os.path.join(SHARED, "eval", "docs", f) for f in ("dev-vi.jsonl", "dev-en.jsonl", "seeds.jsonl")]
GDELT_COLUMNS = (
    "GLOBALEVENTID SQLDATE MonthYear Year FractionDate "
    + " ".join(f"Actor{n}Code Actor{n}Name Actor{n}CountryCode Actor{n}KnownGroupCode Actor{n}EthnicCode "
               f"Actor{n}Religion1Code Actor{n}Religion2Code Actor{n}Type1Code Actor{n}Type2Code Actor{n}Type3Code"
               for n in (1, 2))
    + " IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions NumSources"
    " NumArticles AvgTone "
    + " ".join(f"{g}_Type {g}_FullName {g}_CountryCode {g}_ADM1Code {g}_ADM2Code {g}_Lat {g}_Long {g}_FeatureID"
               for g in ("Actor1Geo", "Actor2Geo", "ActionGeo"))
    + " DATEADDED SOURCEURL").split()


def attache(*args, cwd):
    return subprocess.run([ATTACHE, *args], capture_output=True, text=True, cwd=cwd)


def data_rows(name):
    with open(os.path.join(SRC, "data", name), encoding="utf-8") as f:
        lines = [line for line in f if not line.startswith("#") and line.strip()]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


check(len(GDELT_COLUMNS) == 61, "the GDELT 2.0 event table has 61 columns")

with tempfile.TemporaryDirectory() as tmp:
    # a document of this test's own whose title a spreadsheet would run as a formula
    hostile = os.path.join(tmp, "hostile.jsonl")
    with open(hostile, "w", encoding="utf-8") as f:
        f.write(json.dumps({"id": "formula-title", "title": '=HYPERLINK("http://x.invalid","y")',
                            "url": "https://example.invalid/a?b=1&c=<2>",
                            "text": "Đại tướng Phan Văn Giang tiếp Bộ trưởng Quốc phòng Nhật Bản tại Hà Nội ngày 5/3/2019."})
                + "\n")
    r = attache("ingest", "--db", "kb.db", *DOCS, hostile, cwd=tmp)
    check(r.returncode == 0, f"ingest: {r.stderr[-300:]}")
    db = sqlite3.connect(os.path.join(tmp, "kb.db"))
    count = lambda sql: db.execute(sql).fetchone()[0]  # noqa: E731

    # ---- the data dictionary and every table, as CSV and as JSON Lines ----
    dictionary = data_rows("export_columns.tsv")
    tables = [row["table"] for row in dictionary if row["column"] == "-"]
    columns = {t: [row["column"] for row in dictionary if row["table"] == t and row["column"] != "-"] for t in tables}
    r = attache("export", "--format", "schema", cwd=tmp)
    schema = json.loads(r.stdout) if r.returncode == 0 else {"tables": []}
    check([t["name"] for t in schema["tables"]] == tables, "schema lists the dictionary's tables")
    check(all([c["name"] for c in t["columns"]] == columns[t["name"]] for t in schema["tables"]),
          "schema lists the dictionary's columns")

    frames = {}
    for fmt in ("csv", "jsonl"):
        out = os.path.join(tmp, fmt)
        os.mkdir(out)
        r = attache("export", "--db", "kb.db", "--format", fmt, "--table", "all", "-o", out, cwd=tmp)
        check(r.returncode == 0, f"export --table all ({fmt}): {r.stderr}")
        for t in tables:
            path = os.path.join(out, f"{t}.{fmt}")
            frame = (pandas.read_csv(path, keep_default_na=False, na_values=[""]) if fmt == "csv"
                     else pandas.read_json(path, lines=True, dtype=False))
            if fmt == "csv":
                frames[t] = frame
                check(list(frame.columns) == columns[t], f"{t}.csv columns are the dictionary's: {list(frame.columns)}")
            else:
                check(len(frame) == len(frames[t]), f"{t}.jsonl has as many rows as {t}.csv")
                key = columns[t][0]
                check(len(frame) == 0 or list(frame[key]) == list(frames[t][key]), f"{t}.jsonl rows are {t}.csv's")
                check(len(frame) == 0 or list(frame.columns) == columns[t], f"{t}.jsonl keys are the dictionary's")

    expected = {
        "events": "SELECT count(*) FROM events",
        "event_countries": "SELECT count(*) FROM event_countries",
        "event_organizations": "SELECT count(*) FROM event_organizations",
        "event_areas": "SELECT count(*) FROM event_areas",
        "event_sources": "SELECT count(*) FROM event_sources",
        "event_participants": "SELECT count(*) FROM (SELECT DISTINCT event_id, person_id FROM participants)",
        "people": "SELECT count(DISTINCT person_id) FROM participants",
        "offices": "SELECT count(*) FROM participants",
        "agreements": "SELECT count(*) FROM agreements",
        "agreement_parties": "SELECT count(*) FROM agreement_parties",
        "agreement_areas": "SELECT count(*) FROM agreement_areas",
        "figures": "SELECT count(*) FROM figures",
        "relations": "SELECT count(*) FROM relations",
        "sources": "SELECT count(*) FROM sources",
    }
    check(sorted(expected) == sorted(tables), "every table is counted")
    for t, sql in expected.items():
        check(len(frames.get(t, [])) == count(sql), f"{t}: {len(frames.get(t, []))} rows, database {count(sql)}")
    check(count("SELECT count(*) FROM events") > 50 and count("SELECT count(*) FROM agreements") > 5,
          "the test database holds events and agreements")

    f = frames
    joins = [("event_countries", "event_id", "events", "event_id"), ("event_areas", "event_id", "events", "event_id"),
             ("event_sources", "event_id", "events", "event_id"), ("event_sources", "source_id", "sources", "source_id"),
             ("event_participants", "event_id", "events", "event_id"),
             ("event_participants", "person_id", "people", "person_id"), ("offices", "person_id", "people", "person_id"),
             ("offices", "event_id", "events", "event_id"), ("agreement_parties", "agreement_id", "agreements",
                                                             "agreement_id"),
             ("agreements", "source_id", "sources", "source_id"), ("figures", "source_id", "sources", "source_id"),
             ("relations", "source_id", "sources", "source_id"), ("events", "source_id", "sources", "source_id")]
    for left, lkey, right, rkey in joins:
        merged = f[left].merge(f[right], left_on=lkey, right_on=rkey, how="inner", suffixes=("", "_r"))
        check(len(merged) == len(f[left]), f"every {left}.{lkey} joins {right}.{rkey} ({len(merged)}/{len(f[left])})")
    # one row per value: an event's states are rows, and they are the stored ones
    stored = set(db.execute("SELECT event_id, country FROM event_countries"))
    check(set(zip(f["event_countries"].event_id, f["event_countries"].country)) == stored,
          "event_countries holds the stored (event, state) pairs")
    check(set(f["events"].date_precision) <= {"day", "month", "year", "day_no_year", "month_no_year", "none"},
          "date precisions are the documented ones")
    check((f["events"].date_precision == "none").sum() == count("SELECT count(*) FROM events WHERE date IS NULL"),
          "precision none is an event without a date")
    urls = dict(db.execute("SELECT id, url FROM sources"))
    check(all(urls.get(s) == (u if isinstance(u, str) else None)
              for s, u in zip(f["event_sources"].source_id, f["event_sources"].url)), "event_sources carry the URLs")

    for t, key in (("agreements", "agreement_id"), ("figures", "figure_id"), ("relations", "relation_id")):
        stored = dict(db.execute(f"SELECT id, confidence FROM {t}"))
        check(all(stored[i] == (None if pandas.isna(c) else c) for i, c in zip(f[t][key], f[t].confidence))
              and f[t].confidence.between(0, 1).all(), f"{t}.confidence is the stored confidence")
    with open(os.path.join(tmp, "csv", "sources.csv"), encoding="utf-8") as fh:
        raw = fh.read()
    check('"\'=HYPERLINK(""http://x.invalid"",""y"")"' in raw, "a title starting with = is neutralised in CSV")
    check(f["sources"].set_index("source_id").title["formula-title"].startswith("'="), "pandas reads it as text")

    # filters: as `attache events` chooses
    partner = db.execute("SELECT country FROM event_countries WHERE country <> 'VN' GROUP BY country"
                         " ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    r = attache("export", "--db", "kb.db", "--format", "csv", "--partner", partner, "--since", "2015", cwd=tmp)
    ids = set(pandas.read_csv(io.StringIO(r.stdout)).event_id)
    q = attache("events", "--db", "kb.db", "--partner", partner, "--since", "2015", "--format", "json", cwd=tmp)
    check(r.returncode == 0 and ids == {e["id"] for e in json.loads(q.stdout)["events"]} and ids,
          f"export --partner {partner} --since 2015 chooses the events `events` does")
    r = attache("export", "--db", "kb.db", "--format", "csv", "--table", "sources", "--partner", partner, cwd=tmp)
    cited = set(pandas.read_csv(io.StringIO(r.stdout)).source_id)
    r = attache("export", "--db", "kb.db", "--format", "csv", "--table", "event_sources", "--partner", partner, cwd=tmp)
    check(set(pandas.read_csv(io.StringIO(r.stdout)).source_id) <= cited and len(cited) < len(f["sources"]),
          "filtered sources are the ones the filtered tables cite")

    # ---- PLOVER ----
    codes = {row["type"]: row for row in data_rows("event_codes.tsv")}
    alpha3 = {row["code"]: row["alpha3"] for row in data_rows("country_codes.tsv")}
    r = attache("export", "--db", "kb.db", "--format", "plover", cwd=tmp)
    records = [json.loads(line) for line in r.stdout.splitlines()]
    dated = count("SELECT count(*) FROM events WHERE date GLOB '[0-9][0-9][0-9][0-9]*'"
                  " AND id IN (SELECT event_id FROM event_countries)")
    check(r.returncode == 0 and len(records) == dated, f"one PLOVER record per dated event with a state: {len(records)}/{dated}")
    plover_events = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "DEMAND", "ACCUSE",
                     "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT"}
    bad = []
    for rec in records:
        ok = (isinstance(rec.get("id"), str) and len(rec.get("date", "")) == 10 and rec["date"][4] == "-"
              and isinstance(rec.get("source"), list) and rec["source"]
              and all(len(a.get("code", "")) == 3 and a.get("country") and a.get("sector") for a in rec["source"])
              and all(len(a.get("code", "")) == 3 for a in rec.get("recipient", []))
              and isinstance(rec.get("event"), list) and set(rec["event"]) <= plover_events
              and rec["event"] == [codes[rec["attache_type"]]["plover"]]
              and rec.get("context") == ["military"] and rec.get("quad_code") in (1, 2)
              and all(alpha3[a["country"]] == a["code"] for a in rec["source"] + rec.get("recipient", [])))
        if not ok:
            bad.append(rec)
    check(not bad, f"PLOVER records with the manual's required fields (id, date, source, event): {bad[:1]}")
    check(len({rec["id"] for rec in records}) == len(records), "PLOVER ids are unique")
    visits = [rec for rec in records if rec["attache_type"] == "visit" and "recipient" in rec]
    check(all(rec.get("mode") == ["visit"] and rec["event_loc"]["country code"] in
              [a["country"] for a in rec["recipient"]] for rec in visits), "a visit's recipient is the host")
    check(any(rec.get("cite_info", {}).get("url") for rec in records), "records cite their source URL")

    # ---- CAMEO / GDELT 2.0 ----
    r = attache("export", "--db", "kb.db", "--format", "cameo", cwd=tmp)
    check(r.returncode == 0 and all(len(line.split("\t")) == 61 for line in r.stdout.splitlines()),
          "every CAMEO row has the 61 columns of the GDELT 2.0 event table")
    gdelt = pandas.read_csv(io.StringIO(r.stdout), sep="\t", header=None, names=GDELT_COLUMNS, dtype=str,
                            quoting=csv.QUOTE_NONE, keep_default_na=False)
    cameo_codes = {row["cameo"] for row in codes.values()}
    check(set(gdelt.EventCode) <= cameo_codes and {"042", "043"} <= set(gdelt.EventCode),
          f"event codes are the mapping's, as strings: {sorted(set(gdelt.EventCode))}")
    check(all(c.isdigit() and len(c) == 3 for c in gdelt.EventCode), "CAMEO codes are three-digit strings")
    check((gdelt.EventRootCode == gdelt.EventCode.str[:2]).all(), "EventRootCode is the code's first two digits")
    check(set(gdelt.QuadClass) <= {"1", "2"} and len(set(gdelt.GLOBALEVENTID)) == len(gdelt), "QuadClass, unique ids")
    per_event = {int(i) // 1000 for i in gdelt.GLOBALEVENTID}
    check(len(per_event) == dated, f"every dated event has CAMEO rows: {len(per_event)}/{dated}")
    check(set(gdelt.Actor1CountryCode) <= set(alpha3.values()), "actors' country codes are alpha-3")
    check((gdelt.SOURCEURL != "").all() and (gdelt.SQLDATE.str.len() == 8).all(), "SQLDATE and SOURCEURL")
    expected_gs = {row["cameo"]: row["goldstein"] for row in codes.values()}
    check(all(expected_gs[c] == g for c, g in zip(gdelt.EventCode, gdelt.GoldsteinScale)), "Goldstein values")

    # ---- GraphML: the partner network, as `attache partners` counts ----
    r = attache("export", "--db", "kb.db", "--format", "graphml", "-o", "partners.graphml", cwd=tmp)
    check(r.returncode == 0, f"graphml: {r.stderr}")
    g = networkx.read_graphml(os.path.join(tmp, "partners.graphml"))
    partners = json.loads(attache("partners", "--db", "kb.db", "--format", "json", cwd=tmp).stdout)["partners"]
    states = {n for n, d in g.nodes(data=True) if d.get("kind") == "state"} - {"VN"}
    check(states == {p["partner"] for p in partners}, "the network's states are `partners`'")
    weights = {v if u == "VN" else u: d["weight"] for u, v, d in g.edges(data=True)}
    check(all(weights.get(p["partner"], 0) == p["events"] for p in partners),
          "edge weights are `partners`' event counts")
    check(all(g.nodes[p["partner"]].get("events", 0) == p["events"] for p in partners), "node event counts")
    check(all(g.nodes[p["partner"]].get("framework") == p["framework"] for p in partners if p["framework"]),
          "node frameworks are `partners`'")
    orgs = dict(db.execute("SELECT organization, count(*) FROM event_organizations GROUP BY organization"))
    check({n: w for n, w in weights.items() if n in orgs} == orgs, "organizations' edges weigh their events")
    types = {d["types"] for _, _, d in g.edges(data=True)}
    check(all(sum(int(x.split(":")[1]) for x in t.split()) == w for t, w in
              zip((d["types"] for _, _, d in g.edges(data=True)), (d["weight"] for _, _, d in g.edges(data=True)))),
          "edge types add up to the weight")
    check(bool(types), "edges have types")

    r = attache("export", "--db", "kb.db", "--format", "graphml", "--people", cwd=tmp)
    people = networkx.parse_graphml(r.stdout)
    met = {}
    for a, b, n in db.execute("SELECT a.person_id, b.person_id, count(DISTINCT a.event_id) FROM"
                              " (SELECT DISTINCT event_id, person_id FROM participants) a JOIN"
                              " (SELECT DISTINCT event_id, person_id FROM participants) b"
                              " ON a.event_id = b.event_id AND a.person_id < b.person_id GROUP BY 1, 2"):
        met[(f"p{a}", f"p{b}")] = n
    got = {tuple(sorted((u, v), key=lambda x: int(x[1:]))): d["weight"] for u, v, d in people.edges(data=True)}
    check(got == met and met, f"people network: {len(got)} edges weighted by shared events ({len(met)} in database)")
    check(people.number_of_nodes() == count("SELECT count(DISTINCT person_id) FROM participants"), "people nodes")

    # ---- GEXF against the schema ----
    schema_doc = etree.XMLSchema(etree.parse(os.path.join(SRC, "tests", "export", "gexf-1.3-subset.xsd")))
    for extra in ([], ["--people"]):
        r = subprocess.run([ATTACHE, "export", "--db", "kb.db", "--format", "gexf", *extra], capture_output=True,
                           cwd=tmp)
        doc = etree.fromstring(r.stdout)
        valid = schema_doc.validate(doc)
        check(r.returncode == 0 and valid, f"GEXF {extra} valid against the GEXF 1.3 schema: {schema_doc.error_log}")
        ns = {"g": "http://gexf.net/1.3"}
        check(doc.find("g:graph", ns).get("mode") == "dynamic" and doc.findall(".//g:spell", ns),
              "the GEXF is dynamic: edges live in their years")
    nodes = doc.findall(".//g:node", ns)
    check(len(nodes) == people.number_of_nodes(), "GEXF and GraphML have the same people")

    # ---- bad requests ----
    for args, message in ((["--format", "pdf"], "--format must be"), (["--format", "csv", "--table", "nope"],
                          "--table must be"), (["--format", "csv", "--table", "all"], "-o DIR"),
                          (["--format", "plover", "--since", "2019-02-31"], "--since must be a date"),
                          (["--format", "csv", "--people"], "--people goes with")):
        r = attache("export", "--db", "kb.db", *args, cwd=tmp)
        check(r.returncode == 2 and message in r.stderr, f"export {' '.join(args)}: exit {r.returncode} {r.stderr}")
    r = attache("export", "--db", "kb.db", "--format", "csv", "-o", "/nonexistent/dir/x.csv", cwd=tmp)
    check(r.returncode == 4 and "cannot write" in r.stderr, f"unwritable -o: exit {r.returncode} {r.stderr}")

    # ---- the same exports over HTTP ----
    server = subprocess.Popen([ATTACHE, "serve", "--db", "kb.db", "--port", "0", "--threads", "2"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=tmp)
    try:
        base = server.stdout.readline().split(" at ")[-1].strip().rstrip("/")

        def get(query):
            try:
                with urllib.request.urlopen(f"{base}/api/export?{query}", timeout=20) as resp:
                    return resp.status, resp.headers, resp.read()
            except urllib.error.HTTPError as e:
                return e.code, e.headers, e.read()

        for query, args, name in ((f"format=csv&table=events&partner={partner}&since=2015",
                                   ["--format", "csv", "--partner", partner, "--since", "2015"], "attache-events.csv"),
                                  ("format=jsonl&table=offices", ["--format", "jsonl", "--table", "offices"],
                                   "attache-offices.jsonl"),
                                  ("format=cameo&type=visit", ["--format", "cameo", "--type", "visit"],
                                   "attache-events.cameo.tsv"),
                                  ("format=plover", ["--format", "plover"], "attache-events.plover.jsonl"),
                                  ("format=graphml&people=1", ["--format", "graphml", "--people"],
                                   "attache-people.graphml"),
                                  ("format=schema&table=people", ["--format", "schema", "--table", "people"],
                                   "attache-data-dictionary.json")):
            status, headers, body = get(query)
            cli = subprocess.run([ATTACHE, "export", "--db", "kb.db", *args], capture_output=True, cwd=tmp).stdout
            check(status == 200 and body == cli and body, f"/api/export?{query} is what the CLI writes ({status})")
            check(headers.get("Content-Disposition") == f'attachment; filename="{name}"',
                  f"/api/export?{query} is named {headers.get('Content-Disposition')}")
        for query, names in (("format=pdf", "parameter format"), ("format=csv&table=nope", "parameter table"),
                             ("format=csv&since=2019-13", "parameter since"), ("table=events", "parameter format"),
                             ("format=csv&people=1", "parameter people"), ("format=csv&limit=5", "limit")):
            status, _, body = get(query)
            message = json.loads(body).get("error", {}).get("message", "") if status == 400 else ""
            check(status == 400 and names in message, f"/api/export?{query}: {status} {message}")
        with urllib.request.urlopen(f"{base}/api/events?limit=1", timeout=20) as resp:
            check(resp.status == 200, "other endpoints still answer")
        # A list answers format=csv itself (its own rows); the export formats
        # are /api/export's only.
        with urllib.request.urlopen(f"{base}/api/events?format=csv&limit=1", timeout=20) as resp:
            check(resp.status == 200 and resp.headers.get("Content-Type", "").startswith("text/csv"), "a list as CSV")
        try:
            urllib.request.urlopen(f"{base}/api/events?format=plover", timeout=20)
            check(False, "format=plover on /api/events is refused")
        except urllib.error.HTTPError as e:
            check(e.code == 400 and "format" in json.loads(e.read())["error"]["message"], "export formats only on /api/export")
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=20)

finish("export tests")
