#!/usr/bin/env python3
"""The HTTP API, through a real server on a free loopback port, against a
database built from the shared dev corpus: answers, status codes, error
bodies, hostile parameters, headers, and a clean stop on SIGTERM.

    api_test.py ATTACHE SHARED_DIR
"""
import http.client
import json
import random
import resource
import socket
import threading
import time
import os
import signal
import subprocess
import sys
import tempfile
import urllib.error
import urllib.parse
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tally import check, finish  # noqa: E402

ATTACHE, SHARED = sys.argv[1], sys.argv[2]

def answered_from(host, port, source):
    """The status of GET /api/stats sent from the address source, or None when refused (or unanswered in 5 s)."""
    try:
        conn = http.client.HTTPConnection(host, port, timeout=5, source_address=(source, 0))
        conn.request("GET", "/api/stats")
        status = conn.getresponse().status
        conn.close()
        return status
    except OSError:  # reset or closed: refused
        return None
    except http.client.HTTPException:
        return None


def address_limit_holds(host, port, source, limit):
    """limit keep-alive connections from source, each answered (so the server
    counts it), leave it no more while 127.0.0.1 is still answered; once one
    of them closes, source is answered again."""
    held = []
    try:
        for _ in range(limit):
            conn = http.client.HTTPConnection(host, port, timeout=5, source_address=(source, 0))
            conn.request("GET", "/api/stats")
            answer = conn.getresponse()
            answer.read()
            held.append(conn)
            if answer.status != 200:
                return False
        refused = answered_from(host, port, source) is None
        others = answered_from(host, port, "127.0.0.1") == 200
        held.pop().close()
        deadline = time.monotonic() + 10  # the server notices the close on its next poll
        while answered_from(host, port, source) != 200:
            if time.monotonic() > deadline:
                return False
            time.sleep(0.1)
        return refused and others
    except (OSError, http.client.HTTPException):
        return False
    finally:
        for conn in held:
            conn.close()


with tempfile.TemporaryDirectory() as tmp:
    db = os.path.join(tmp, "kb.db")
    docs = [os.path.join(SHARED, "eval", "docs", n) for n in ("seeds.jsonl", "dev-vi.jsonl", "dev-en.jsonl")]
    # One document of this test's own: a title and a date that look like numbers.
    numeric = os.path.join(tmp, "numeric.jsonl")
    with open(numeric, "w", encoding="utf-8") as f:
        f.write(json.dumps({"id": "api-title-2024", "title": "2024", "published": "2024",
                            "text": "Bộ trưởng Quốc phòng tiếp Đại sứ Pháp."}) + "\n")
        # and one dated by a word relative to its publication (invented)
        f.write(json.dumps({"id": "api-relative", "published": "2024-05-07",
                            "text": "Bộ trưởng tiếp Đại sứ\n\nHôm qua, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến, "
                                    "Thứ trưởng Bộ Quốc phòng đã tiếp Đại sứ Nhật Bản tại Việt Nam."}) + "\n")
    subprocess.run([ATTACHE, "ingest", "-q", "--db", db, *docs, numeric], check=True)
    server = subprocess.Popen([ATTACHE, "serve", "--db", db, "--port", "0", "--threads", "8"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    # stderr is drained all along: a server blocked on a full pipe would hang.
    server_log = []
    drain = threading.Thread(target=lambda: server_log.extend(server.stderr), daemon=True)
    drain.start()
    line = server.stdout.readline()
    base = line.strip().split(" at ")[-1].rstrip("/")
    check(base.startswith("http://127.0.0.1:"), f"server did not say where: {line!r}")

    def get(path, method="GET", data=None):
        req = urllib.request.Request(base + path, method=method, data=data)
        try:
            with urllib.request.urlopen(req, timeout=10) as r:
                body = r.read()
                if not r.headers.get("Content-Type", "").startswith("application/json"):
                    return r.status, dict(r.headers), body
                return r.status, dict(r.headers), json.loads(body or b"null")
        except urllib.error.HTTPError as e:
            body = e.read()
            try:
                return e.code, dict(e.headers), json.loads(body)
            except json.JSONDecodeError:
                return e.code, dict(e.headers), body

    try:
        status, headers, stats = get("/api/stats")
        check(status == 200 and {s["what"]: s["count"] for s in stats["stats"]}["sources"] == 108, "stats")
        check("script-src 'self'" in headers.get("Content-Security-Policy", ""), "CSP header")
        check(headers.get("X-Content-Type-Options") == "nosniff", "nosniff header")
        # No event is missing from the dashboard's counts: each is counted
        # once, by its own date, by its reports' date, or as undated.
        periods = stats["events_by_period"]
        total = {s["what"]: s["count"] for s in stats["stats"]}["events"]
        check(sum(p["count"] for p in periods) == total, f"by period: {sum(p['count'] for p in periods)} of {total}")
        check(all((p["year"] is None) == (p["placed_by"] == "undated") for p in periods), "undated counted apart")
        check(any(p["placed_by"] == "reported" and p["year"] for p in periods), "events placed by their reports")
        check(all(p["quarter"] in (None, 1, 2, 3, 4) for p in periods), "quarters 1-4")

        status, _, fr = get("/api/partners/FR")
        check(status == 200 and fr["partner"][0]["framework"] == "strategic_partnership", "partner FR")
        check(any(e["type"] == "talks" and "Florence Parly" in (e["participants"] or "") for e in fr["events"]),
              "partner FR talks with Florence Parly")

        # A long profile comes in pages: each list of /api/partners/XX holds
        # `limit` rows (50 unless told), `totals` says how long each is, and
        # /api/partners/XX/LIST pages through it; its CSV has every row.
        status, _, laos = get("/api/partners/LA?limit=3")
        for name in ("events", "agreements", "people", "figures", "timeline"):
            status, _, whole = get(f"/api/partners/LA/{name}?limit=1000")
            rows, cursor = [], None
            for _ in range(100):
                status, _, part = get(f"/api/partners/LA/{name}?limit=3" + (f"&cursor={cursor}" if cursor else ""))
                rows += part[name]
                cursor = part["next_cursor"]
                if not cursor:
                    break
            check(rows == whole[name], f"LA {name}: the pages do not join up into the list")
            check(laos["totals"][0][name] == len(whole[name]), f"LA {name}: total {laos['totals'][0][name]}, {len(whole[name])} rows")
            check(laos[name] == whole[name][:3], f"LA {name}: the profile's page is not the list's first")
            status, _, csv = get(f"/api/partners/LA/{name}?format=csv")
            check(status == 200 and len(csv.decode().strip().split("\n")) == len(whole[name]) + 1, f"LA {name}: CSV rows")
        check(laos["totals"][0]["events"] > 3, "LA has few events")
        _, _, events = get("/api/events?partner=LA&limit=1000")
        check([e["id"] for e in events["events"]] == [e["id"] for e in get("/api/partners/LA/events?limit=1000")[2]["events"]],
              "a partner's events are the events list filtered by partner")
        by_year = sum(r["count"] for r in laos["events_by_year"])
        check(by_year == len(events["events"]), f"LA events by year: {by_year} of {len(events['events'])}")
        status, _, full = get("/api/partners/LA")
        check(len(full["events"]) == min(50, laos["totals"][0]["events"]), "the profile's default page is 50 rows")
        check(get("/api/partners/LA/sources")[0] == 404 and get("/api/partners/LA?format=csv")[0] == 400,
              "an unknown list of a partner, a profile as CSV")

        # A profile is kept (by its URL) until the database changes: an
        # ingest by another process while the server runs shows at once.
        kept = get("/api/partners/FR?limit=3")[2]
        check(get("/api/partners/FR?limit=3")[2] == kept, "a profile asked twice")
        later = os.path.join(tmp, "later.jsonl")
        with open(later, "w", encoding="utf-8") as f:
            f.write(json.dumps({"id": "api-profile-later", "published": "2031-03-02",
                                "text": "Bộ trưởng tiếp Đại sứ\n\nNgày 1/3/2031, tại Hà Nội, Thượng tướng Hoàng"
                                        " Xuân Chiến, Thứ trưởng Bộ Quốc phòng đã tiếp Đại sứ Pháp tại Việt Nam."})
                    + "\n")
        subprocess.run([ATTACHE, "ingest", "-q", "--db", db, later], check=True)
        fresh = get("/api/partners/FR?limit=3")[2]
        check(fresh["totals"][0]["events"] == kept["totals"][0]["events"] + 1
              and fresh["totals"][0]["last"].startswith("2031"), f"the profile after an ingest: {fresh['totals']}")

        # Paging: the pages join up into the whole list, without repeats.
        status, _, whole = get("/api/events?limit=1000")
        ids, cursor, pages = [], None, 0
        while pages < 100:
            status, _, page = get("/api/events?limit=7" + (f"&cursor={cursor}" if cursor else ""))
            ids += [e["id"] for e in page["events"]]
            cursor, pages = page["next_cursor"], pages + 1
            if not cursor:
                break
        check(ids == [e["id"] for e in whole["events"]], "paging covers the list once")
        # Dates an analyst can trust: how precise, from where, and the
        # reports' date of an event without a year of its own.
        evs = whole["events"]
        want = {None: None, 10: "day", 7: "month", 4: "year"}
        check(all(e["date_precision"] == ("unknown_year" if (e["date"] or "").startswith("X")
                                          else want[len(e["date"]) if e["date"] else None]) for e in evs),
              "date precision")
        check(all((e["date_source"] in ("sentence", "relative", "publication", "url")) == bool(e["date"]) for e in evs),
              "every dated event says where its date came from")
        check({e["date_source"] for e in evs} >= {"sentence", "relative", "publication", "url"}, "all four date sources seen")
        # "Hôm qua" in an article of 7 May 2024: the 6th, relative to the
        # publication date (the sentence's before: failed with "sentence").
        relative = [e for e in evs if e["evidence"] and e["evidence"].startswith("Hôm qua, tại Hà Nội, Thượng tướng")]
        check([(e["date"], e["date_source"]) for e in relative] == [("2024-05-06", "relative")],
              f"an event dated 'hôm qua': {[(e['date'], e['date_source']) for e in relative]}")
        unplaced = [e for e in evs if (not e["date"] or e["date"].startswith("X")) and e["reported"]]
        check(unplaced, "events placed by their reports' date")
        year = unplaced[0]["reported"][:4]
        status, _, in_year = get(f"/api/events?since={year}&until={year}&limit=1000")
        check(unplaced[0]["id"] in [e["id"] for e in in_year["events"]],
              "an event without a year of its own is found by a date filter on its reports' date")
        # format=csv: the same rows as the JSON list, with a header.
        import csv as csvmod
        status, headers, body = get("/api/events?partner=JP&format=csv&limit=1000")
        check(status == 200 and headers.get("Content-Type", "").startswith("text/csv")
              and "attachment" in headers.get("Content-Disposition", ""), "events as CSV")
        table = list(csvmod.reader(body.decode("utf-8").splitlines()))
        status, _, jp = get("/api/events?partner=JP&limit=1000")
        check(table[0][:2] == ["id", "date"] and [int(r[0]) for r in table[1:]] == [e["id"] for e in jp["events"]],
              "the CSV rows are the JSON rows")
        for path in ("/api/partners?format=csv", "/api/people?format=csv", "/api/agreements?format=csv",
                     "/api/figures?format=csv", "/api/search?q=quoc%20phong&format=csv"):
            status, headers, body = get(path)
            check(status == 200 and headers.get("Content-Type", "").startswith("text/csv") and body.count(b"\n") > 1,
                  f"{path} as CSV")
        status, _, body = get("/api/events/1?format=csv")
        check(status == 400, "format=csv only for lists")
        # Mechanisms, each with its events: the counts are the events'.
        status, _, mech = get("/api/mechanisms")
        counts = {}
        for e in whole["events"]:
            if e["mechanism"]:
                counts[e["mechanism"]] = counts.get(e["mechanism"], 0) + 1
        check(status == 200 and {m["mechanism"]: m["events"] for m in mech["mechanisms"]} == counts, "mechanisms")
        status, headers, body = get("/api/mechanisms?format=csv")
        check(status == 200 and body.decode().count("\n") == len(counts) + 1, "mechanisms as CSV")
        # The network, counted here from /api/events: two partners are linked
        # by each event both took part in beside Vietnam (three countries or
        # more: multilateral), two people by each event both took part in.
        from collections import Counter

        def pairs(events, members):
            links = Counter()
            for e in events:
                m = sorted(set(members(e)))
                links.update(frozenset((a, b)) for i, a in enumerate(m) for b in m[i + 1:])
            return links

        def partners_of(e):
            return [c for c in (e["countries"] or "").split() if c != "VN"]

        def people_of(e):
            return [n for n in (e["participants"] or "").split("; ") if n]

        def network_links(net, key):
            name = {n["id"]: n[key] for n in net["nodes"]}
            return Counter({frozenset((name[x["source"]], name[x["target"]])): x["weight"] for x in net["edges"]})

        status, _, net = get("/api/network/partners?limit=1000")
        expected = pairs(whole["events"], partners_of)
        check(status == 200 and network_links(net, "id") == expected and expected[frozenset(("KH", "LA"))] == 2,
              f"partners linked by the events both attended: {sorted(map(sorted, expected))}")
        check({n["id"] for n in net["nodes"]} == {e for x in net["edges"] for e in (x["source"], x["target"])},
              "the network's nodes are the ends of its edges")
        check(all(n["events"] == sum(1 for e in whole["events"] if n["id"] in partners_of(e) and len(partners_of(e)) >= 2)
                  for n in net["nodes"]), "a partner's node counts its multilateral events")
        status, _, net = get("/api/network/people?limit=1000")
        expected = pairs(whole["events"], people_of)
        check(status == 200 and network_links(net, "name") == expected and len(expected) > 10,
              f"people linked by the events both attended ({len(expected)} links)")
        status, _, top = get("/api/network/people?limit=3")
        check([x["weight"] for x in top["edges"]] == sorted(expected.values(), reverse=True)[:3],
              "limit keeps the strongest links")
        status, _, in_2023 = get("/api/events?since=2023-01&until=2023-06&limit=1000")
        status, _, net = get("/api/network/people?since=2023-01&until=2023-06&limit=1000")
        expected = pairs(in_2023["events"], people_of)
        check(status == 200 and network_links(net, "name") == expected and 0 < len(expected),
              f"the network over a time range is the range's events' ({len(expected)} links)")
        status, _, body = get("/api/network/partners?until=2023-13")
        check(status == 400 and "until" in body["error"]["message"], "a bad date in the network's range is refused")
        status, _, body = get("/api/network/ships")
        check(status == 404, "a network of partners or of people only")
        # Labels from data/: every way a rank is written maps to a class with
        # both names; current country names; every mechanism named.
        status, headers, labels = get("/api/labels")
        check(status == 200 and labels["rank"]["G3"]["en"] == "Senior Lieutenant General", "rank labels")
        rank_of = dict(labels["rank_of"])
        check(rank_of.get("Thượng tướng") == rank_of.get("Senior Lieutenant General") == "G3"
              and all(c in labels["rank"] for c in rank_of.values()), "every rank phrase maps to a labelled class")
        check(labels["country"]["CA"]["vi"] == "Canada" and labels["country"]["NZ"]["vi"] == "New Zealand",
              "current Vietnamese country names")
        check(all(m in labels["mechanism"] for m in counts), "every mechanism of the events has a label")
        # The UI's modules are served by form, nothing else under web/js.
        for path, want in [("/js/core.js", 200), ("/js/views/map.js", 200), ("/js/views/../core.js", 404),
                           ("/js/Core.js", 404), ("/js/views/x.js.map", 404), ("/vendor/leaflet.js", 200),
                           ("/vendor/countries-50m.json", 200)]:
            status, headers, _ = get(path)
            check(status == want, f"{path}: {status}, want {want}")

        eid = whole["events"][0]["id"]
        status, _, ev = get(f"/api/events/{eid}")
        check(status == 200 and ev["event"][0]["id"] == eid and ev["sources"], "one event with its sources")
        status, _, people = get("/api/people?partner=FR")
        check(status == 200 and people["people"], "people of a partner")
        pid = people["people"][0]["id"]
        status, _, person = get(f"/api/people/{pid}")
        check(status == 200 and person["person"][0]["id"] == pid and "offices" in person, "one person")
        status, _, src = get("/api/sources/002_398e8338239bd2b4")
        check(status == 200 and src["sentences"], "one source")
        # Text stays text, numbers stay numbers: the title "2024" is a string.
        status, _, src = get("/api/sources/api-title-2024")
        check(status == 200 and src["source"][0]["title"] == "2024" and src["sentences"][0]["idx"] == 0,
              f"a title that looks like a number: {src!r:.200}")
        check(all(isinstance(e["date"], str) and isinstance(e["id"], int) for e in whole["events"] if e["date"]),
              "event dates are strings, ids numbers")
        status, _, hits = get("/api/search?q=dai%20tuong%20phung%20quang%20thanh")
        check(status == 200 and hits["matches"] and "«Đại tướng Phùng Quang Thanh»" in hits["matches"][0]["sentence"],
              "search without tone marks")
        status, _, figs = get("/api/figures?metric=defense_partners")
        values = [f["value"] for f in figs["figures"]] if status == 200 else []
        values = [x for i, x in enumerate(values) if i == 0 or x != values[i - 1]]  # 80 is told twice
        check(values[:2] == [80, 100], f"figures: {values}")
        status, _, ag = get("/api/agreements?partner=FR")
        check(status == 200 and any(a["kind"] == "letter_of_intent" for a in ag["agreements"]), "agreements")
        status, _, events = get("/api/events?partner=JP&type=talks&since=2015&until=2025-12")
        check(status == 200 and all(e["type"] == "talks" for e in events["events"]), "filters")
        status, _, review = get("/api/review?limit=5")
        confs = [x["confidence"] for x in review.get("records", [])] if status == 200 else []
        check(len(confs) == 5 and confs == sorted(confs) and review.get("next_cursor") == "5"
              and "duplicate_events" in review and "duplicate_people" in review, f"review: {str(review)[:200]}")
        status, _, page2 = get("/api/review?limit=5&cursor=5")
        check(status == 200 and page2["records"] and page2["records"][0]["confidence"] >= confs[-1],
              "review, the next page")
        status, _, api = get("/api/openapi.json")
        check(status == 200 and api["openapi"].startswith("3.") and
              all(p in api["paths"] for p in ("/api/events", "/api/review", "/api/mechanisms", "/api/labels",
                                                   "/api/network/partners", "/api/network/people")), "openapi")

        # Hostile and wrong parameters: 400 with an error body, never 500.
        hostile = [
            "/api/events?partner=FR%27%3B%20DROP%20TABLE%20events%3B--",
            "/api/events?type=talks%27%20OR%20%271%27=%271",
            "/api/events?limit=-1", "/api/events?limit=0", "/api/events?limit=99999", "/api/events?cursor=-5",
            "/api/events?since=yesterday", "/api/events?until=2019-13-45x", "/api/events?since=2019-02-31",
            "/api/events?person=" + "a" * 10000, "/api/search?q=" + "%C3%28",
            "/api/events?bogus=1", "/api/search", "/api/figures?metric=DROP%20TABLE",
        ]
        for path in hostile:
            status, _, body = get(path)
            check(status in (400, 414) and isinstance(body, dict) and "error" in body and body["error"]["code"],
                  f"{path[:60]}: {status} {str(body)[:80]}")
        # Every 400 names the parameter in a message, even one whose name is
        # not UTF-8 (shown escaped), and the UTF-8 check is strict.
        for path, part in [("/api/events?%FF%FEx=1", "\\xFF\\xFEx"), ("/api/events?%1B%5D0%3Bpwn%07=1", "\\x1B]0;pwn"),
                           ("/api/search?q=%ED%A0%80", "q"), ("/api/search?q=%E0%80%AF", "q"),
                           ("/api/search?q=%C0%AF", "q"), ("/api/events?person=a%00b", "person"),
                           ("/api/events?since=2019-02-30", "since"), ("/api/events?type=talks&type=call", "type")]:
            status, _, body = get(path)
            message = body.get("error", {}).get("message", "") if isinstance(body, dict) else ""
            check(status == 400 and part in message, f"{path}: {status} {body!r:.120}")
        # A filter's value is checked as the CLI checks it (one check in the
        # library): the 400 names the values the parameter takes, and a
        # well-formed partner or mechanism the knowledge base does not know is
        # a 400 naming the ones it knows, not an empty list.
        for path, parts in [("/api/events?type=meet", ["type", "reception, talks"]),
                            ("/api/events?partner=France", ["partner", "two capital letters"]),
                            ("/api/events?partner=ZZ", ["ZZ", "FR"]),
                            ("/api/events?mechanism=NOPE", ["NOPE", "ADMM"]),
                            ("/api/events?limit=abc", ["limit", "1 to 1000"])]:
            status, _, body = get(path)
            message = body.get("error", {}).get("message", "") if isinstance(body, dict) else ""
            check(status == 400 and all(p in message for p in parts), f"{path}: {status} {body!r:.160}")
        status, _, body = get("/api/search?q=%27%20OR%201%3D1%20--")
        check(status == 200 and "matches" in body, "SQL in a search is just words")
        status, _, body = get("/api/search?q=%22%20OR%20NEAR(a%20b)%20*")
        check(status == 200 and "matches" in body, "FTS syntax in a search is just words")
        for path, want in [("/api/nope", 404), ("/api/events/999999999", 404), ("/api/events/abc", 404),
                           ("/api/partners/ZZ", 404), ("/api/people/0", 404), ("/api/sources/none", 404),
                           # a record's lists: only its own, under a record name that fits
                           ("/api/people/1/sources", 404), ("/api/partners/LAOSLAOSLAOS/events", 404),
                           ("/api/people/" + "1" * 40 + "/events", 404),
                           ("/../../etc/passwd", 404), ("/.git/config", 404),
                           # only the UI's own files are served from web/
                           ("/package.json", 404), ("/package-lock.json", 404), ("/README.md", 404),
                           ("/node_modules/chart.js/package.json", 404), ("/app.js", 200), ("/", 200),
                           ("/style.css", 200)]:
            status, _, body = get(path)
            check(status == want, f"{path}: {status}, want {want}")
        status, _, body = get("/api/stats", method="POST", data=b"x" * 100)
        check(status == 405 and body["error"]["code"] == "method_not_allowed", "POST is refused")
        status, _, body = get("/api/stats", method="DELETE")
        check(status == 405, "DELETE is refused")
        check(get("/api/stats")[0] == 200, "still serving after all that")

        # 8 client threads at once get, byte for byte, the answers that the same
        # queries got one at a time (the person filter once shared strtok's
        # state between the server's worker threads).
        host, port = base.split("//")[1].split(":")

        def fetch_all(paths):
            conn, bodies = http.client.HTTPConnection(host, int(port), timeout=30), {}
            for path in paths:
                conn.request("GET", path)
                r = conn.getresponse()
                bodies[path] = (r.status, r.read())
            conn.close()
            return bodies

        people_names = [p["name"] for p in get("/api/people?limit=1000")[2]["people"]]
        codes = sorted({c for e in whole["events"] for c in (e["countries"] or "").split()})
        queries = [f"/api/events?person={urllib.parse.quote(n)}" for n in people_names]
        queries += [f"/api/search?q={urllib.parse.quote(n.split()[-1])}&limit=5" for n in people_names[:100]]
        queries += [f"/api/events?partner={c}&limit=20" for c in codes] + [f"/api/partners/{c}" for c in codes]
        queries += [f"/api/events/{e['id']}" for e in whole["events"][:150]]
        one_at_a_time = fetch_all(queries)
        check(all(status == 200 for status, _ in one_at_a_time.values()), "concurrency queries answered")
        answers, lock = [], threading.Lock()

        def client(seed):
            order = queries[:]
            random.Random(seed).shuffle(order)
            got = fetch_all(order)
            with lock:
                answers.append(got)

        clients = [threading.Thread(target=client, args=(i,)) for i in range(8)]
        for t in clients:
            t.start()
        for t in clients:
            t.join()
        differing = sum(1 for got in answers for q in queries if got.get(q) != one_at_a_time[q])
        check(len(answers) == 8 and differing == 0,
              f"8 concurrent clients: {differing} of {8 * len(queries)} answers differ from one at a time")
        print(f"concurrency: 8 clients x {len(queries)} queries, {differing} differing")

        # Idle sockets cannot lock other clients out: 4,200 connections that
        # send nothing from 127.0.0.2 (more than the 4,096 that once filled the
        # server for 60 s), then a new client from 127.0.0.1 is answered at once.
        # A connection idle past the server's 10 s is closed by the server.
        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        flood = 4200
        if soft < flood + 500:
            resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, flood + 500), hard))
            flood = min(flood, min(hard, flood + 500) - 500)
        lone = socket.create_connection((host, int(port)), timeout=30, source_address=("127.0.0.3", 0))
        lone_opened = time.monotonic()
        idle = []
        try:
            for _ in range(flood):
                s = socket.socket()
                s.setblocking(False)
                s.bind(("127.0.0.2", 0))
                s.connect_ex((host, int(port)))
                idle.append(s)
            time.sleep(1)
            started = time.monotonic()
            answered = answered_from(host, int(port), "127.0.0.1")
            check(answered == 200, f"a new client during {flood} idle connections: {answered} after "
                                   f"{time.monotonic() - started:.1f} s")
        finally:
            for s in idle:
                s.close()
        try:
            closed = lone.recv(1) == b""
        except OSError:
            closed = True
        lone.close()
        waited = time.monotonic() - lone_opened
        check(closed and waited < 25, f"an idle connection is closed by the server ({waited:.0f} s)")

        # One client address holds at most 32 connections by default; the
        # next one from it is refused while other addresses are answered.
        check(address_limit_holds(host, int(port), "127.0.0.6", 32), "32 connections of one address are answered, the 33rd is refused")
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            code = server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            code = "hung"
        check(code == 0, f"server stops cleanly on SIGTERM (exit {code}): {''.join(server_log)[-500:]}")
        drain.join(timeout=5)
        check(sum("more messages not shown" in x or "connection limit" in x for x in server_log) <= 21,
              f"refused connections flood the log: {len(server_log)} lines")

    # --per-address sets what one address may hold (a proxy in front, a load generator).
    bad = subprocess.run([ATTACHE, "serve", "--db", db, "--port", "0", "--per-address", "0"],
                         capture_output=True, text=True, timeout=10)
    check(bad.returncode == 2 and "--per-address" in bad.stderr, f"--per-address 0 is refused: {bad.stderr!r}")
    narrow = subprocess.Popen([ATTACHE, "serve", "--db", db, "--port", "0", "--per-address", "3"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        narrow_port = int(narrow.stdout.readline().strip().rstrip("/").rsplit(":", 1)[-1])
        check(address_limit_holds("127.0.0.1", narrow_port, "127.0.0.7", 3),
              "--per-address 3: three connections of one address are answered, the fourth is refused")
    finally:
        narrow.send_signal(signal.SIGTERM)
        narrow.wait(timeout=20)

finish("api tests")
