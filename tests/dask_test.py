#!/usr/bin/python3
"""attache on a Dask cluster (contrib/dask/attache_dask.py): a scheduler and
two workers started as separate processes on 127.0.0.1, the shared dev
documents repeated to a few thousand under new ids, extracted through the
driver: the shards hold, sorted by id, exactly what one `attache extract`
run writes; again with one worker killed mid-run (SIGKILL), the job still
completes with the same results, each partition in one shard. The same
documents ingested through the driver into PostgreSQL (tests/pg_server.py)
give the same `stats` as one sequential SQLite ingest. Everything is torn
down at the end, and the whole test is bounded in time.

Runs with Debian's /usr/bin/python3, for which python3-distributed is installed.

    dask_test.py ATTACHE SHARED_DIR SOURCE_DIR
"""
import glob
import json
import os
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tally  # noqa: E402
from pg_server import PostgresServer  # noqa: E402
from tally import check, finish  # noqa: E402

ATTACHE, SHARED, SOURCE = (os.path.abspath(a) for a in sys.argv[1:4])
DRIVER = os.path.join(SOURCE, "contrib", "dask", "attache_dask.py")
DOCUMENTS = 2000
PARTITION = 100


def by_id(lines):
    return sorted((json.loads(line) for line in lines), key=lambda d: d["id"])


def shards(out):
    return [line for f in sorted(glob.glob(os.path.join(out, "part-*.jsonl"))) for line in open(f, encoding="utf-8")]


def start_cluster(tmp, log):
    """A scheduler and two workers (no nanny: a killed worker stays dead), each its own process."""
    from dask.distributed import Client

    sched_file = os.path.join(tmp, "scheduler.json")
    procs = {"scheduler": subprocess.Popen(
        ["/usr/bin/python3", "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port", "0",
         "--no-dashboard", "--scheduler-file", sched_file], stdout=log, stderr=log, start_new_session=True)}
    deadline = time.monotonic() + 60
    while not os.path.exists(sched_file) and time.monotonic() < deadline:
        time.sleep(0.2)
    for name in ("a", "b"):
        procs[name] = subprocess.Popen(
            ["/usr/bin/python3", "-m", "distributed.cli.dask_worker", "--scheduler-file", sched_file, "--host",
             "127.0.0.1", "--nthreads", "1", "--no-nanny", "--no-dashboard", "--name", f"worker-{name}",
             "--local-directory", os.path.join(tmp, f"worker-{name}")], stdout=log, stderr=log,
            start_new_session=True)
    with Client(scheduler_file=sched_file, timeout=30) as client:
        client.wait_for_workers(2, timeout=60)
        address = client.scheduler.address
    return procs, address


def stop(procs):
    for p in procs.values():
        if p.poll() is None:
            os.killpg(p.pid, signal.SIGTERM)
    for p in procs.values():
        try:
            p.wait(timeout=5)
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL)
            p.wait()


def driver(address, corpus, *command):
    return subprocess.Popen(["/usr/bin/python3", DRIVER, "--scheduler", address, "--attache", ATTACHE,
                             "--partition-size", str(PARTITION), *command, corpus],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def stats(db):
    r = subprocess.run([ATTACHE, "stats", "--db", db, "--format", "json"], capture_output=True, text=True)
    check(r.returncode == 0, f"stats: {r.stderr}")
    return r.stdout


with tempfile.TemporaryDirectory() as tmp, PostgresServer() as pg:
    docs = [json.loads(line) for f in sorted(glob.glob(os.path.join(SHARED, "eval", "docs", "*.jsonl")))
            for line in open(f, encoding="utf-8")]
    corpus = os.path.join(tmp, "corpus.jsonl")
    with open(corpus, "w", encoding="utf-8") as f:
        for i in range(DOCUMENTS):
            d = docs[i % len(docs)]
            f.write(json.dumps(dict(d, id=f"{d['id']}#{i // len(docs)}"), ensure_ascii=False) + "\n")
    # The one run to compare with, while the cluster starts.
    one_run = subprocess.Popen([ATTACHE, "extract", corpus], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    log = open(os.path.join(tmp, "cluster.log"), "w")
    procs = {}
    try:
        started = time.monotonic()
        procs, address = start_cluster(tmp, log)
        check(address.startswith("tcp://127.0.0.1:"), f"scheduler address {address}")
        print(f"a scheduler and two workers up in {time.monotonic() - started:.1f} s")
        stdout, stderr = one_run.communicate(timeout=180)
        check(one_run.returncode == 0, f"attache extract: {stderr[-500:]}")
        expected = by_id(stdout.splitlines())
        check(len(expected) == DOCUMENTS, f"one run: {len(expected)} results")

        # Both workers.
        out = os.path.join(tmp, "out")
        started = time.monotonic()
        d = driver(address, corpus, "extract", "--out", out)
        stdout, stderr = d.communicate(timeout=180)
        check(d.returncode == 0, f"driver: exit {d.returncode}: {stderr[-1500:]}")
        got = shards(out)
        check(by_id(got) == expected, f"two workers: {len(got)} results, not those of one attache extract run")
        parts = (DOCUMENTS + PARTITION - 1) // PARTITION
        check(len(glob.glob(os.path.join(out, "part-*.jsonl"))) >= parts - 2, "one shard per partition")
        print(f"two workers: {len(got)} documents in {time.monotonic() - started:.1f} s")

        # Ingested into PostgreSQL by the workers: what one sequential SQLite
        # ingest holds. (The first 500 documents: every dev document twice,
        # under two ids; storing, serialized, is the slow part of a test.)
        pg.create("kb")
        some = os.path.join(tmp, "some.jsonl")
        with open(corpus, encoding="utf-8") as f, open(some, "w", encoding="utf-8") as out:
            out.writelines(f.readlines()[:500])
        sequential = subprocess.Popen([ATTACHE, "ingest", "-q", "--db", os.path.join(tmp, "kb.db"), some])
        d = driver(address, some, "ingest", "--db", pg.url("kb"))
        stdout, stderr = d.communicate(timeout=180)
        check(d.returncode == 0, f"driver ingest: exit {d.returncode}: {stderr[-1500:]}")
        print(f"ingest into PostgreSQL: {stderr.strip().splitlines()[-1]}")
        check(sequential.wait(timeout=180) == 0, "sequential SQLite ingest")
        check(stats(pg.url("kb")) == stats(os.path.join(tmp, "kb.db")),
              "stats of the Dask ingest into PostgreSQL differ from a sequential SQLite ingest")

        # One worker killed while the job runs: its partitions are run again
        # on the other, and each is still one shard.
        out = os.path.join(tmp, "out-killed")
        d = driver(address, corpus, "extract", "--out", out)
        deadline = time.monotonic() + 120
        while not glob.glob(os.path.join(out, "part-*.jsonl")) and time.monotonic() < deadline and d.poll() is None:
            time.sleep(0.05)
        running = d.poll() is None
        procs["b"].send_signal(signal.SIGKILL)
        procs["b"].wait()
        check(running, "the job was still running when the worker was killed")
        stdout, stderr = d.communicate(timeout=180)
        check(d.returncode == 0, f"driver after a kill: exit {d.returncode}: {stderr[-1500:]}")
        got = shards(out)
        check(len(got) == DOCUMENTS and by_id(got) == expected,
              f"one worker killed: {len(got)} results, not those of one attache extract run")
        check(not glob.glob(os.path.join(out, ".part-*")), "the killed worker's unfinished shard is cleared")
        print(f"one worker killed: {len(got)} documents; {stderr.strip().splitlines()[-1]}")
    finally:
        if one_run.poll() is None:
            one_run.kill()
        stopping = time.monotonic()
        stop(procs)
        print(f"cluster stopped in {time.monotonic() - stopping:.1f} s")
        log.close()
    if tally._failures:  # what the scheduler and the workers said
        print(open(os.path.join(tmp, "cluster.log"), encoding="utf-8", errors="replace").read()[-4000:])

finish("dask tests")
