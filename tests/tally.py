"""The tally every Python test of the suite keeps: check() counts and prints
an expectation that failed, finish() prints the count and exits non-zero when
any failed."""
import sys

_failures = 0


def check(cond, what):
    global _failures
    if not cond:
        _failures += 1
        print("FAIL", what)


def finish(name):
    print(f"{name}: {_failures} failed")
    sys.exit(1 if _failures else 0)
