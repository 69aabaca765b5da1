#!/usr/bin/env python3
"""The benchmarks' corpus: documents of the shared eval sets repeated (each
copy with an id of its own, "ID#N") until the file holds MB megabytes.

    python3 bench/make_corpus.py OUT MB SET...    (SET: seeds, dev-vi, dev-en, dev2-vi ...)
"""
import json
import sys

out, mb, sets = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
docs = []
for name in sets:
    docs += [json.loads(l) for l in open(f"../shared/eval/docs/{name}.jsonl", encoding="utf-8")]
size, n = 0, 0
with open(out, "w", encoding="utf-8") as f:
    while size < mb * 1_000_000:
        d = dict(docs[n % len(docs)])
        d["id"] = f"{d['id']}#{n}"
        n += 1
        line = json.dumps(d, ensure_ascii=False) + "\n"
        f.write(line)
        size += len(line.encode())
