#!/usr/bin/env python3
"""The write API against the real server: a write without a token is a 401,
with an unknown or a revoked token a 401, with a valid one a 200 whose change
the next GET and the history show, with the token's name as its author; a
body over the limit is a 413; a bad field or value a 400 naming it; merge
and undo over HTTP; accept (the record leaves the review queue) and distinct
(the pair leaves the likely duplicates), each in the history. Reads stay open. It runs on SQLite or on PostgreSQL (a
server of its own, tests/backend.py), with the same checks.

    api_write_test.py ATTACHE [sqlite|postgresql]
"""
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from backend import backend  # noqa: E402
from tally import check, finish  # noqa: E402

ATTACHE = sys.argv[1]
BACKEND = sys.argv[2] if len(sys.argv) > 2 else "sqlite"
ARTICLES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corrections", "articles.jsonl")
ENV = dict(os.environ, ATTACHE_USER="cli-user")


def cli(db, *args):
    return subprocess.run([ATTACHE, *args, "--db", db], capture_output=True, text=True, env=ENV)


with tempfile.TemporaryDirectory() as tmp, backend(BACKEND, tmp) as b:
    db = b.database("kb")
    check(cli(db, "ingest", ARTICLES).returncode == 0, "ingest")
    made = cli(db, "token", "create", "lan")
    token = made.stdout.strip()
    check(made.returncode == 0 and len(token) == 64, f"token create prints a token: {made.stdout!r} {made.stderr}")
    stored = b.column(db, "SELECT hash FROM api_tokens WHERE name = 'lan'")[0]
    check(token not in stored and len(stored) == 64, "only the token's hash is stored")
    check(cli(db, "token", "create", "lan").returncode == 2, "a live token's name is not given twice")
    other = cli(db, "token", "create", "minh").stdout.strip()

    server = subprocess.Popen([ATTACHE, "serve", "--db", db, "--port", "0", "--threads", "2"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV)
    try:
        line = server.stdout.readline()
        base = line.strip().split(" at ")[-1].rstrip("/")
        check(base.startswith("http://127.0.0.1:"), f"the server starts: {line!r}")

        def call(method, path, body=None, token=None, raw=None):
            data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
            req = urllib.request.Request(base + path, method=method, data=data)
            if token:
                req.add_header("Authorization", "Bearer " + token)
            try:
                with urllib.request.urlopen(req, timeout=10) as r:
                    return r.status, json.loads(r.read())
            except urllib.error.HTTPError as e:
                return e.code, json.loads(e.read() or b"null")

        status, body = call("GET", "/api/events")
        check(status == 200, "reads need no token")
        talks = [e for e in body["events"] if "Ngày 4/6/2024" in (e["evidence"] or "")][0]
        path = f"/api/events/{talks['id']}"
        edit = {"set": {"date": "2024-06-03"}, "note": "the talks were on the 3rd"}

        status, body = call("PATCH", path, edit)
        check(status == 401 and body["error"]["code"] == "unauthorized", f"no token: 401 {status} {body}")
        status, body = call("PATCH", path, edit, token="0" * 64)
        check(status == 401, f"an unknown token: 401 ({status})")
        check(call("GET", path)[1]["event"][0]["date"] == "2024-06-04", "nothing changed without a valid token")

        status, body = call("PATCH", path, edit, token=token)
        check(status == 200 and body.get("author") == "lan", f"a valid token: 200 {status} {body}")
        check(call("GET", path)[1]["event"][0]["date"] == "2024-06-03", "the next GET shows the change")
        status, hist = call("GET", f"/api/history/event/{talks['id']}")
        check(status == 200 and [(h["author"], h["field"], h["note"]) for h in hist["history"]]
              == [("lan", "date", "the talks were on the 3rd")], f"the history names the token: {hist}")
        h = cli(db, "history", "--format", "json")
        check(json.loads(h.stdout)["history"][0]["author"] == "lan", "and so does attache history")

        status, body = call("PATCH", path, {"set": {"date": "2024-02-30"}}, token=token)
        check(status == 400 and "date=2024-02-30" in body["error"]["message"], f"a bad date: 400 naming it: {body}")
        status, body = call("PATCH", path, {"set": {"colour": "red"}}, token=token)
        check(status == 400 and "colour" in body["error"]["message"], f"an unknown field: 400 naming it: {body}")
        status, body = call("PATCH", "/api/events/999999", edit, token=token)
        check(status == 404, f"an unknown event: 404 ({status})")
        status, body = call("PATCH", path, raw=b"{not json", token=token)
        check(status == 400 and body["error"]["code"] == "bad_body", f"a body that is not JSON: 400 ({status})")
        status, body = call("POST", "/api/undo", raw=b"{" + b" " * 20000 + b"}", token=token)
        check(status == 413 and body["error"]["code"] == "too_large", f"a body over the limit: 413 ({status})")

        # merge two people over HTTP, then undo it
        people = {p["name"]: p["id"] for p in call("GET", "/api/people")[1]["people"]}
        status, body = call("POST", "/api/merge", {"kind": "person", "ids": [people["Ashford Calloway"],
                                                                           people["Ash Calloway"]]}, token=other)
        check(status == 200 and body["author"] == "minh", f"merge: {status} {body}")
        names = [p["name"] for p in call("GET", "/api/people")[1]["people"]]
        check("Ash Calloway" not in names, "the merge shows in the next GET")
        status, body = call("POST", "/api/undo", {"change": body["change"]}, token=token)
        check(status == 200, f"undo: {status} {body}")
        names = [p["name"] for p in call("GET", "/api/people")[1]["people"]]
        check("Ash Calloway" in names, "the undo shows in the next GET")

        # PostgreSQL: the server holds a pool of --threads read connections and
        # one connection for writes, kept (the same ones before and after more writes)
        def connections():
            return set(b.column(db, "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
                                    " AND pid <> pg_backend_pid()"))

        held = connections() if BACKEND == "postgresql" else set()

        # a partner's history: the changes of its agreements and figures, a
        # rejected one included (it is no longer in the partner's lists)
        partner = call("GET", "/api/partners/US")[1]
        agreement, figure = partner["agreements"][0]["id"], partner["figures"][0]["id"]
        check(call("PATCH", f"/api/agreements/{agreement}", {"set": {"status": "signed"}}, token=token)[0] == 200,
              "edit an agreement")
        status, body = call("DELETE", f"/api/figures/{figure}", {"note": "not a figure"}, token=token)
        check(status == 200 and call("GET", "/api/partners/US")[1]["figures"] == [], f"reject a figure: {status}")
        status, hist = call("GET", "/api/history/partner/US")
        check(status == 200 and [(h["kind"], h["op"]) for h in hist["history"]]
              == [("agreement", "edit"), ("figure", "reject")], f"the partner's history: {hist}")
        check(call("GET", "/api/history/partner/JP")[1]["history"] == [], "another partner's history is empty")
        check(call("GET", "/api/history/partner/us")[0] == 400, "a partner's code in capitals")
        # a person's history holds the changes of their participations
        khoa = people["Lê Văn Khoa"]
        event = call("GET", f"/api/people/{khoa}")[1]["offices"][0]["event_id"]
        status, body = call("PATCH", f"/api/participants/{event}:{khoa}", {"set": {"rank": "Thượng tướng"}}, token=token)
        check(status == 200, f"edit a participant: {status} {body}")
        offices = call("GET", f"/api/people/{khoa}")[1]["offices"]  # the page asked before is not kept
        check([o["rank"] for o in offices if o["event_id"] == event] == ["Thượng tướng"] * sum(
            o["event_id"] == event for o in offices), f"the person's page after the edit: {offices}")
        hist = call("GET", f"/api/history/person/{khoa}")[1]["history"]
        check([(h["kind"], h["record"], h["field"]) for h in hist] == [("participant", f"{event}:{khoa}", "rank")],
              f"the person's history: {hist}")

        now = connections() if BACKEND == "postgresql" else set()
        check(now == held and len(held) == (3 if BACKEND == "postgresql" else 0),
              f"two read connections and one for writes, kept across writes: {held}, then {now}")

        # accept: the record leaves the review queue, the history names who checked it
        queue = call("GET", "/api/review?limit=1000")[1]
        record = next(x for x in queue["records"] if x["kind"] == "participant")
        accept = {"kind": "participant", "id": record["id"], "note": "checked against the article"}
        status, body = call("POST", "/api/accept", accept)
        check(status == 401 and body["error"]["code"] == "unauthorized", f"accept without a token: 401 ({status})")
        status, body = call("POST", "/api/accept", accept, token=token)
        check(status == 200 and body["op"] == "accept" and body["author"] == "lan", f"accept: {status} {body}")
        after = call("GET", "/api/review?limit=1000")[1]["records"]
        check(not [x for x in after if (x["kind"], x["id"]) == ("participant", record["id"])]
              and len(after) == len(queue["records"]) - 1, "the accepted record left the queue")
        hist = call("GET", f"/api/history/participant/{record['id']}")[1]["history"]
        check([(h["op"], h["author"], h["note"]) for h in hist] == [("accept", "lan", "checked against the article")],
              f"the accept's history: {hist}")
        status, body = call("POST", "/api/accept", {"kind": "event", "id": 999999}, token=token)
        check(status == 404, f"accept of no event: 404 ({status})")
        status, body = call("POST", "/api/accept", {"kind": "event"}, token=token)
        check(status == 400 and "id" in body["error"]["message"], f"accept without an id: 400 ({status} {body})")
        status, body = call("POST", "/api/accept", raw=b'{"kind": "event", "note": "' + b"x" * 20000 + b'"}',
                            token=token)
        check(status == 413, f"accept with a body over the limit: 413 ({status})")

        # distinct: the pair leaves the likely duplicates; undo puts it back
        pair = next(p for p in queue["duplicate_people"] if "Calloway" in p["name"])
        distinct = {"kind": "person", "ids": [pair["other"], pair["person"]], "note": "two people"}
        status, body = call("POST", "/api/distinct", distinct)
        check(status == 401, f"distinct without a token: 401 ({status})")
        status, body = call("POST", "/api/distinct", dict(distinct, ids=[pair["person"]] * 3), token=token)
        check(status == 400 and "ids" in body["error"]["message"], f"distinct of three ids: 400 ({status} {body})")
        status, body = call("POST", "/api/distinct", dict(distinct, kind="agreement"), token=token)
        check(status == 400 and "KIND" in body["error"]["message"], f"distinct agreements: 400 ({status} {body})")
        status, body = call("POST", "/api/distinct", distinct, token=other)
        check(status == 200 and body["op"] == "distinct" and body["author"] == "minh", f"distinct: {status} {body}")
        people = [(p["person"], p["other"]) for p in call("GET", "/api/review")[1]["duplicate_people"]]
        check((pair["person"], pair["other"]) not in people, f"the pair left the likely duplicates: {people}")
        for one in (pair["person"], pair["other"]):
            hist = call("GET", f"/api/history/person/{one}")[1]["history"]
            check([(h["op"], h["author"], h["record"]) for h in hist if h["op"] == "distinct"]
                  == [("distinct", "minh", f"{pair['other']} {pair['person']}")], f"person {one}'s history: {hist}")
        check(call("POST", "/api/undo", {"change": body["change"]}, token=token)[0] == 200, "undo the distinct")
        people = [(p["person"], p["other"]) for p in call("GET", "/api/review")[1]["duplicate_people"]]
        check((pair["person"], pair["other"]) in people, f"after undo the pair is offered again: {people}")

        # a revoked token is refused
        check(cli(db, "token", "revoke", "lan").returncode == 0, "token revoke")
        status, body = call("POST", "/api/accept", {"kind": "event", "id": talks["id"]}, token=token)
        check(status == 401, f"accept with a revoked token: 401 ({status})")
        status, body = call("PATCH", path, {"set": {"date": "2024-06-05"}}, token=token)
        check(status == 401, f"a revoked token: 401 ({status})")
        check(call("GET", path)[1]["event"][0]["date"] == "2024-06-03", "nothing changed with a revoked token")
        status, body = call("POST", "/api/stats", {"x": 1}, token=other)
        check(status == 405, f"no write on a read endpoint: 405 ({status})")
    finally:
        server.terminate()
        server.wait(timeout=30)
    errors = server.stderr.read()
    check("Sanitizer" not in errors and "runtime error" not in errors, f"the server's stderr: {errors[-2000:]}")

finish(f"api_write ({BACKEND})")
