#!/usr/bin/python3
"""attache on a Dask cluster: documents cut into partitions, each partition
piped through `attache extract` on a Dask worker, the results written as one
shard per partition or stored in a database.

    attache_dask.py (--scheduler tcp://HOST:PORT | --local N) extract --out DIR INPUT...
    attache_dask.py (--scheduler tcp://HOST:PORT | --local N) ingest --db URL INPUT...

INPUT is a JSON Lines file (.jsonl), a web page or a text file, or a
directory searched for them. A JSON Lines file is cut into partitions of
about --partition-size documents (by byte ranges that end at a line's end,
so the driver never reads the documents); pages and text files go by
lists of paths. A worker reads its partition itself, so every input must be
at the same path on every worker (a shared file system), as must the output
directory and attache (--attache, default `attache` on PATH).

`extract` writes DIR/part-NNNNNN.jsonl, one shard per partition, named by the
partition: a shard is written to a temporary name and renamed when complete,
so a partition that Dask runs again (its worker died, or the task failed)
replaces its shard and nothing is written twice. `ingest` pipes each
partition's results (`attache extract --with-text`) into `attache ingest
--results --db URL`: a partition run again finds its stored documents
unchanged, so nothing is stored twice there either. Many workers may ingest
into one PostgreSQL database (or one SQLite file on one machine) at once.

Dask is Debian's python3-distributed, installed for /usr/bin/python3.
"""
import argparse
import json
import os
import subprocess
import sys
import time

# A partition's inputs: ("jsonl", path, start, end) a byte range of a JSON
# Lines file, or ("files", [paths]) pages and text files.
DOCUMENT_SUFFIXES = (".txt", ".md", ".html", ".htm", ".html.gz", ".htm.gz")


def find_inputs(args):
    """The input files, in a stable order: each directory walked in name order."""
    found = []
    for arg in args:
        if os.path.isdir(arg):
            for root, dirs, files in os.walk(arg):
                dirs.sort()
                for name in sorted(files):
                    if name.endswith(".jsonl") or name.endswith(DOCUMENT_SUFFIXES):
                        found.append(os.path.join(root, name))
        elif os.path.isfile(arg):
            found.append(arg)
        else:
            sys.exit(f"attache_dask: error: {arg}: no such file or directory")
    return found


def jsonl_ranges(path, docs_per_partition):
    """Byte ranges of `path` holding about `docs_per_partition` lines each,
    found from the file's size and a sample of its lines, each ending at a
    line's end. Reads only around the cut points."""
    size = os.path.getsize(path)
    if size == 0:
        return []
    with open(path, "rb") as f:
        sample = f.read(1 << 20)
        lines = max(1, sample.count(b"\n"))
        step = max(1, len(sample) // lines * docs_per_partition)
        ranges, start = [], 0
        while start < size:
            f.seek(min(start + step, size))
            f.readline()  # to the end of the line the cut falls in
            end = min(f.tell(), size)
            ranges.append((start, end))
            start = end
    return ranges


def partitions(inputs, docs_per_partition):
    parts, files = [], []
    for path in inputs:
        if path.endswith(".jsonl"):
            parts += [("jsonl", os.path.abspath(path), a, b) for a, b in jsonl_ranges(path, docs_per_partition)]
        else:
            files.append(path)
    for i in range(0, len(files), docs_per_partition):
        parts.append(("files", files[i:i + docs_per_partition]))
    return parts


def run_partition(index, part, attache, command, target, extra, cwd):
    """On a worker: one partition through attache, run in `cwd` (the
    driver's directory: document ids of files are their paths as named
    there). Returns what it did."""
    import re
    import tempfile

    started = time.monotonic()
    name = f"part-{index:06d}"
    extract = [attache, "extract"] + extra
    extract += part[1] if part[0] == "files" else ["-"]
    if command == "ingest":
        extract.insert(2, "--with-text")
    err = tempfile.TemporaryFile()
    if command == "extract":
        final = os.path.join(target, name + ".jsonl")
        partial = os.path.join(target, f".{name}.{os.getpid()}.tmp")
        out = open(partial, "wb")
    else:
        out = subprocess.PIPE
    p = subprocess.Popen(extract, stdin=subprocess.PIPE if part[0] == "jsonl" else subprocess.DEVNULL,
                         stdout=out, stderr=err, cwd=cwd)
    loader = None
    if command == "ingest":
        loader = subprocess.Popen([attache, "ingest", "--results", "--db", target, "-"], stdin=p.stdout,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=cwd)
        p.stdout.close()  # the loader holds the pipe now
    if part[0] == "jsonl":
        _, path, start, end = part
        with open(path, "rb") as f:
            f.seek(start)
            left = end - start
            try:
                while left > 0:
                    chunk = f.read(min(left, 1 << 20))
                    if not chunk:
                        break
                    p.stdin.write(chunk)
                    left -= len(chunk)
                p.stdin.close()
            except BrokenPipeError:
                pass
    code = p.wait()
    err.seek(0)
    messages = err.read().decode("utf-8", "replace")
    err.close()
    summary = ""
    if loader:
        summary = loader.stderr.read().decode("utf-8", "replace")
        loader_code = loader.wait()
        if loader_code not in (0, 1):
            raise RuntimeError(f"{name}: attache ingest exited {loader_code}: {summary[-2000:]}")
    else:
        out.close()
    # 0: all documents read; 1: some failed (each said in `messages`, the rest done).
    if code not in (0, 1):
        if command == "extract":
            os.unlink(partial)
        raise RuntimeError(f"{name}: attache extract exited {code}: {messages[-2000:]}")
    if command == "extract":
        os.replace(partial, final)  # whole or not at all; a rerun replaces it
        with open(final, "rb") as f:
            documents = sum(1 for _ in f)
    else:
        told = re.search(r"(\d+) new, (\d+) updated, (\d+) unchanged", summary)
        documents = sum(int(n) for n in told.groups()) if told else 0
    return {"partition": name, "documents": documents, "errors": messages + summary,
            "seconds": time.monotonic() - started, "host": os.uname().nodename}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    where = ap.add_mutually_exclusive_group(required=True)
    where.add_argument("--scheduler", help="the Dask scheduler, tcp://HOST:PORT")
    where.add_argument("--local", type=int, metavar="N", help="start a local cluster of N workers")
    ap.add_argument("--attache", default=os.environ.get("ATTACHE", "attache"),
                    help="the attache program on the workers (default: $ATTACHE, else attache on PATH)")
    ap.add_argument("--partition-size", type=int, default=1000, metavar="DOCS",
                    help="documents per partition (default 1000)")
    ap.add_argument("--retries", type=int, default=3, help="times a failed partition is run again (default 3)")
    sub = ap.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="results as shards DIR/part-NNNNNN.jsonl")
    ex.add_argument("--out", required=True, metavar="DIR")
    ex.add_argument("--with-text", action="store_true", help="results that attache ingest --results can store")
    ig = sub.add_parser("ingest", help="results stored in a database")
    ig.add_argument("--db", required=True, metavar="URL", help="postgresql://... or an SQLite file all workers reach")
    for p in (ex, ig):
        p.add_argument("--lang", choices=("vi", "en"))
        p.add_argument("inputs", nargs="+", metavar="INPUT")
    args = ap.parse_args(argv)
    if args.partition_size < 1:
        ap.error("--partition-size must be at least 1")

    from dask.distributed import Client, LocalCluster, as_completed

    parts = partitions(find_inputs(args.inputs), args.partition_size)
    if not parts:
        sys.exit("attache_dask: error: no documents in the inputs")
    if args.command == "extract":
        target = os.path.abspath(args.out)
        os.makedirs(target, exist_ok=True)
    else:
        target = args.db if "://" in args.db else os.path.abspath(args.db)
    extra = ["--lang", args.lang] if args.lang else []
    if args.command == "extract" and args.with_text:
        extra.append("--with-text")

    cluster = LocalCluster(n_workers=args.local, threads_per_worker=1, processes=True,
                           dashboard_address=None) if args.local else None
    client = Client(cluster or args.scheduler)
    started = time.monotonic()
    futures = [client.submit(run_partition, i, part, args.attache, args.command, target, extra, os.getcwd(),
                             key=f"attache-{args.command}-{i:06d}", retries=args.retries, pure=False)
               for i, part in enumerate(parts)]
    documents, failed_lines = 0, 0
    for future in as_completed(futures):
        done = future.result()  # raises once a partition has failed past its retries
        documents += done["documents"]
        for line in done["errors"].splitlines():
            if line.startswith("attache: error:"):
                failed_lines += 1
                print(line, file=sys.stderr)
            elif args.command == "ingest" and line.startswith("attache: ingested"):
                print(f"attache_dask: {done['partition']}: {line[len('attache: '):]}", file=sys.stderr)
    elapsed = time.monotonic() - started
    if args.command == "extract":  # what a killed worker left unfinished (each partition is whole in its shard)
        for name in os.listdir(target):
            if name.startswith(".part-") and name.endswith(".tmp"):
                os.unlink(os.path.join(target, name))
    summary = {"partitions": len(parts), "documents": documents, "failed": failed_lines, "seconds": round(elapsed, 3),
               "documents_per_second": round(documents / elapsed, 1) if elapsed else None}
    print("attache_dask: " + json.dumps(summary), file=sys.stderr)
    client.close()
    if cluster:
        cluster.close()
    return 1 if failed_lines else 0


if __name__ == "__main__":
    sys.exit(main())
