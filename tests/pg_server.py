"""A PostgreSQL 15 server for a test: initdb (as the `postgres` user when
run as root) in a fresh directory, started on 127.0.0.1 at a free port,
stopped and removed at the end.

    with PostgresServer() as pg:
        pg.create("kb")
        url = pg.url("kb")      # postgresql://postgres@127.0.0.1:PORT/kb
        pg.sql("kb", "SELECT 1")

The server runs apart from the test (pg_ctl detaches it), so a test killed
before its end (ctest's timeout kills it outright) would leave it running
with its directory. Two things stop it then: a watchdog started with it
(`python3 pg_server.py --watch DIR`, detached from the test too) stops the
server and removes its directory as soon as the test that started it is
gone; and each new server first stops those whose test is gone and whose
watchdog is gone too. The directory's file `harness` names the test's
process (its pid and start time, so a reused pid is not taken for it).
"""
import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time

BIN = "/usr/lib/postgresql/15/bin"
PREFIX = "attache-pg-"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def as_postgres():
    return ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []


def process_start(pid):
    """When process `pid` started (clock ticks after boot), or None when
    there is none or it has ended (a zombie its parent has not reaped)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return fields[19] if len(fields) > 19 and fields[0] != "Z" else None


def alive(record):
    """Whether the process a `harness` file names still runs."""
    try:
        with open(record) as f:
            pid, start = f.read().split()
    except (OSError, ValueError):
        return True  # being written, or not ours to judge
    return process_start(int(pid)) == start


def tear_down(directory):
    """Stops the server of `directory` (if it runs) and removes the directory."""
    data = os.path.join(directory, "data")
    if os.path.exists(os.path.join(data, "postmaster.pid")):
        subprocess.run(as_postgres() + [f"{BIN}/pg_ctl", "-D", data, "-m", "immediate", "-w", "stop"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60)
    shutil.rmtree(directory, ignore_errors=True)


def stop_stale():
    """Stops the servers whose test and watchdog are both gone."""
    for directory in glob.glob(os.path.join(tempfile.gettempdir(), PREFIX + "*")):
        harness, watchdog = os.path.join(directory, "harness"), os.path.join(directory, "watchdog")
        if os.path.exists(harness) and not alive(harness) and not (os.path.exists(watchdog) and alive(watchdog)):
            tear_down(directory)


def record(path, pid):
    with open(path + ".new", "w") as f:
        f.write(f"{pid} {process_start(pid)}\n")
    os.replace(path + ".new", path)


def watch(directory):
    """The watchdog: detached from the test (its own session, its parent
    gone), it waits for the test to end and tears its server down if the
    test did not (the directory is gone when it did)."""
    if os.fork():
        os._exit(0)  # the test waits for this one; the watchdog goes on, a child of init
    record(os.path.join(directory, "watchdog"), os.getpid())
    harness = os.path.join(directory, "harness")
    while os.path.isdir(directory):
        if not alive(harness):
            tear_down(directory)
            break
        time.sleep(0.5)
    os._exit(0)


class PostgresServer:
    def __enter__(self):
        stop_stale()
        self.dir = tempfile.mkdtemp(prefix=PREFIX)
        try:
            self.start()
        except BaseException:
            tear_down(self.dir)
            raise
        return self

    def start(self):
        record(os.path.join(self.dir, "harness"), os.getpid())
        self.as_postgres = as_postgres()
        if self.as_postgres:
            shutil.chown(self.dir, "postgres")
        subprocess.run([sys.executable, os.path.abspath(__file__), "--watch", self.dir], start_new_session=True,
                       stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       check=True, timeout=60)
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
        tear_down(self.dir)
        return False


if __name__ == "__main__" and len(sys.argv) == 3 and sys.argv[1] == "--watch":
    watch(sys.argv[2])
