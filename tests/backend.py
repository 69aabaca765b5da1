"""The database a test runs against, SQLite or PostgreSQL, so that one test
runs on both backends (the test's command line names it):

    with backend("postgresql", tmp) as b:
        db = b.database("kb")          # a file in tmp, or a new database on a
                                       # PostgreSQL 15 of the test's own (pg_server.py)
        b.column(db, "SELECT name FROM api_tokens")   # one column of a query, as text
"""
import contextlib
import os
import sqlite3

from pg_server import PostgresServer

BACKENDS = ("sqlite", "postgresql")


class _SQLite:
    def __init__(self, tmp):
        self.tmp = tmp

    def database(self, name):
        return os.path.join(self.tmp, name + ".db")

    def column(self, db, sql):
        with contextlib.closing(sqlite3.connect(db)) as con:
            return [str(r[0]) for r in con.execute(sql)]


class _Postgres:
    def __init__(self, server):
        self.server = server

    def database(self, name):
        self.server.create(name)
        return self.server.url(name)

    def column(self, db, sql):
        return [line for line in self.server.sql(db.rsplit("/", 1)[1], sql).split("\n") if line]


@contextlib.contextmanager
def backend(name, tmp):
    if name not in BACKENDS:
        raise SystemExit(f"backend {name!r}: one of {', '.join(BACKENDS)}")
    if name == "sqlite":
        yield _SQLite(tmp)
        return
    with PostgresServer() as server:
        yield _Postgres(server)
