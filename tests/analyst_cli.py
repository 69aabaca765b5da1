"""The attache command line as the tests over the corrections articles
(tests/corrections/articles.jsonl, written for this project) drive it:
corrections_test, summaries_test and placed_test. Every command runs as the
analyst "lan" at a fixed time against one database; a command that fails is
an expectation counted by tally.

    cli = AnalystCli(sys.argv[1])
    cli.ok(db, "ingest", ARTICLES)
    cli.event_with(db, "held talks with")   # the one event told by that text
"""
import json
import os
import subprocess

from tally import check

ARTICLES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corrections", "articles.jsonl")
ENV = dict(os.environ, ATTACHE_USER="lan", SOURCE_DATE_EPOCH="1700000000")


class AnalystCli:
    def __init__(self, attache):
        self.attache = attache

    def run(self, db, *args):
        return subprocess.run([self.attache, *args, "--db", db], capture_output=True, text=True, env=ENV)

    def ok(self, db, *args):
        """The command's output; its failure is counted."""
        r = self.run(db, *args)
        check(r.returncode == 0, f"{args}: exit {r.returncode}: {r.stderr}")
        return r.stdout

    def query(self, db, *args):
        """A query command's JSON answer ({} when it failed)."""
        out = self.ok(db, *args, "--format", "json")
        return json.loads(out) if out else {}

    def events(self, db, *args):
        return self.query(db, "events", *args).get("events", [])

    def event_with(self, db, text):
        """The one event whose evidence holds `text`."""
        found = [e for e in self.events(db) if text in (e["evidence"] or "")]
        check(len(found) == 1, f"one event told by {text!r}: {found}")
        return found[0] if found else {"id": 0}


def articles():
    return [json.loads(line) for line in open(ARTICLES, encoding="utf-8")]


def write_jsonl(path, documents):
    with open(path, "w", encoding="utf-8") as f:
        for d in documents:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
