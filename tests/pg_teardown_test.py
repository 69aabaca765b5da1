#!/usr/bin/env python3
"""A test's PostgreSQL server (pg_server.py) does not outlive the test. A
test killed outright (as ctest's timeout kills it) leaves its server to the
watchdog started with it, which stops the server and removes its directory
within seconds; a server whose test and watchdog were both killed is stopped
and removed by the next test that starts a server.

    pg_teardown_test.py
"""
import os
import signal
import socket
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tally import check, finish  # noqa: E402
from pg_server import PostgresServer  # noqa: E402

HARNESS = ("import sys, time; sys.path.insert(0, sys.argv[1]); from pg_server import PostgresServer\n"
           "with PostgresServer() as pg:\n    print(pg.port, pg.dir, flush=True)\n    time.sleep(300)\n")


def answers(port):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=2):
            return True
    except OSError:
        return False


def harness():
    """A test holding a server: its process, the server's port and directory."""
    p = subprocess.Popen([sys.executable, "-c", HARNESS, os.path.dirname(os.path.abspath(__file__))],
                         stdout=subprocess.PIPE, text=True)
    port, directory = p.stdout.readline().split()
    return p, int(port), directory


def gone(port, directory, seconds):
    for _ in range(seconds * 4):
        if not answers(port) and not os.path.exists(directory):
            return True
        time.sleep(0.25)
    return False


# The test killed: its watchdog stops the server.
test, port, directory = harness()
check(answers(port) and os.path.isdir(directory), f"a test's server answers on {port}")
test.kill()
test.wait()
check(gone(port, directory, 30), f"the server of a killed test is stopped and {directory} removed")

# The test and its watchdog killed: the next server stops the stale one.
test, port, directory = harness()
with open(os.path.join(directory, "watchdog")) as f:
    watchdog = int(f.read().split()[0])
os.kill(watchdog, signal.SIGKILL)
test.kill()
test.wait()
time.sleep(1)
check(answers(port), "the server outlives its killed test and watchdog")
with PostgresServer() as pg:
    check(gone(port, directory, 5), f"the next server stopped the stale one and removed {directory}")
    check(answers(pg.port), "the next server answers")
check(not os.path.exists(pg.dir) and not answers(pg.port), "a server is stopped and removed at its test's end")

finish("pg server teardown")
