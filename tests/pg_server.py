"""A PostgreSQL 15 server for a test: initdb (as the `postgres` user when
run as root) in a fresh directory, started on 127.0.0.1 at a free port,
stopped and removed at the end.

    with PostgresServer() as pg:
        pg.create("kb")
        url = pg.url("kb")      # postgresql://postgres@127.0.0.1:PORT/kb
        pg.sql("kb", "SELECT 1")
"""
import os
import shutil
import socket
import subprocess
import tempfile

BIN = "/usr/lib/postgresql/15/bin"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresServer:
    def __enter__(self):
        self.dir = tempfile.mkdtemp(prefix="attache-pg-")
        self.as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self.as_postgres:
            shutil.chown(self.dir, "postgres")
        data = os.path.join(self.dir, "data")
        subprocess.run(self.as_postgres + [f"{BIN}/initdb", "-D", data, "-U", "postgres", "--auth=trust",
                                           "--no-sync", "--locale=C.UTF-8", "-E", "UTF8"],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=60)
        self.port = free_port()
        # fsync off: a test's database need not survive a power cut.
        options = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60"
        subprocess.run(self.as_postgres + [f"{BIN}/pg_ctl", "-D", data, "-o", options, "-l",
                                           os.path.join(self.dir, "log"), "-w", "-t", "60", "start"],
                       check=True, stdout=subprocess.DEVNULL, timeout=90)
        self.data = data
        return self

    def url(self, db):
        return f"postgresql://postgres@127.0.0.1:{self.port}/{db}"

    def sql(self, db, statement):
        r = subprocess.run(["psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", self.url(db), "-c", statement],
                           capture_output=True, text=True, timeout=60)
        if r.returncode != 0:
            raise RuntimeError(f"psql: {r.stderr}")
        return r.stdout

    def create(self, db):
        self.sql("postgres", f'CREATE DATABASE "{db}"')

    def __exit__(self, *exc):
        subprocess.run(self.as_postgres + [f"{BIN}/pg_ctl", "-D", self.data, "-m", "immediate", "-w", "stop"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60)
        shutil.rmtree(self.dir, ignore_errors=True)
        return False
