#!/bin/sh
# What `attache extract` promises beyond single records: byte-identical output
# for the same input, NFC and NFD input alike, stdin like a file, nothing taken
# from site chrome of the seed pages, and one usage text per command.
# usage: behaviour.sh ATTACHE SHARED_DIR
set -u
attache=$1 shared=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
check() { if ! eval "$2"; then echo "FAIL $1" >&2; fail=$((fail + 1)); fi; }

seeds="$shared/eval/docs/seeds.jsonl"
dev="$shared/eval/docs/dev-vi.jsonl"

"$attache" extract "$seeds" "$dev" > "$tmp/a"
"$attache" extract "$seeds" "$dev" > "$tmp/b"
check deterministic 'cmp -s "$tmp/a" "$tmp/b"'

python3 -c '
import json, sys, unicodedata
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    d["text"] = unicodedata.normalize("NFD", d["text"])
    print(json.dumps(d, ensure_ascii=False))
' "$seeds" > "$tmp/nfd.jsonl"
"$attache" extract "$seeds" > "$tmp/nfc.out"
"$attache" extract "$tmp/nfd.jsonl" > "$tmp/nfd.out"
check nfd-equals-nfc 'cmp -s "$tmp/nfc.out" "$tmp/nfd.out"'

"$attache" extract < "$seeds" > "$tmp/stdin.out"
check stdin-like-file 'cmp -s "$tmp/nfc.out" "$tmp/stdin.out"'
"$attache" extract - < "$seeds" > "$tmp/dash.out"
check dash-is-stdin 'cmp -s "$tmp/nfc.out" "$tmp/dash.out"'

# Every record of the seeds comes from the story, never from the blocks of
# other headlines, comment boxes or attachments that follow it.
check seeds-chrome 'python3 - "$shared/seeds" "$tmp/nfc.out" <<PY
import json, os, sys, unicodedata
seeds, out = sys.argv[1], sys.argv[2]
ends = ("Tin mới", "Tin cùng chuyên mục", "BÌNH LUẬN", "File đính kèm:")
bad = 0
for line in open(out, encoding="utf-8"):
    d = json.loads(line)
    text = unicodedata.normalize("NFC", open(os.path.join(seeds, d["id"] + ".txt"), encoding="utf-8").read())
    cut = min([i for i in (text.find("\n" + e) for e in ends) if i >= 0] or [len(text)])
    story = text[:cut]
    for kind in ("events", "agreements", "figures", "relations"):
        for r in d[kind]:
            if r["evidence"] not in story:
                print("record from chrome:", d["id"], kind, r["evidence"][:80]); bad += 1
    if d["id"].startswith("004_"):
        evs = [(e["type"], e["mechanism"]) for e in d["events"]]
        if evs != [("multilateral", "ADMM-PLUS")]:
            print("004: want only the ADMM+ event, got", evs); bad += 1
sys.exit(1 if bad else 0)
PY'

# The language: identified per document, or forced with --lang.
printf '%s\n' '{"id":"vi","text":"Sáng 6/5, Bộ trưởng Quốc phòng tiếp Đại sứ Nhật Bản."}' \
  '{"id":"en","text":"On May 6, the Defense Minister received the Japanese Ambassador."}' > "$tmp/lang.jsonl"
check lang-identified '[ "$("$attache" extract "$tmp/lang.jsonl" | grep -o "\"lang\":\"[a-z]*\"" | tr "\n" " ")" = "\"lang\":\"vi\" \"lang\":\"en\" " ]'
check lang-forced '[ "$("$attache" extract --lang en "$tmp/lang.jsonl" | grep -c "\"lang\":\"en\"")" -eq 2 ]'
check lang-bad '"$attache" extract --lang fr "$tmp/lang.jsonl" 2>&1 >/dev/null | grep -q "lang takes vi or en"'

# One id rule for files, in extract, clean and ingest: the path as named,
# extension kept (README "Usage"). Same name in two directories, or one stem
# with two extensions, are distinct documents; the same file named from a
# directory walk or on its own is the same document.
mkdir -p "$tmp/ids/a" "$tmp/ids/b"
for f in a/report.txt b/report.txt a/report.md; do
  printf 'Sáng 6/5, Bộ trưởng Quốc phòng tiếp Đại sứ Nhật Bản (%s).\n' "$f" > "$tmp/ids/$f"
done
printf '<html><body><p>Sáng 6/5, Bộ trưởng Quốc phòng tiếp Đại sứ Nhật Bản.</p></body></html>' > "$tmp/ids/a/report.html"
check ids-extract '[ "$(cd "$tmp/ids" && "$attache" extract a/report.txt ./b//report.txt a/report.md | grep -o "^{\"id\":\"[^\"]*\"" | tr "\n" " ")" = "{\"id\":\"a/report.txt\" {\"id\":\"b/report.txt\" {\"id\":\"a/report.md\" " ]'
check ids-clean '(cd "$tmp/ids" && "$attache" clean --format json a/report.html) | grep -q "^{\"id\":\"a/report.html\","'
check ids-ingest-walk '(cd "$tmp/ids" && "$attache" ingest --db "$tmp/ids.db" .) 2>&1 | grep -q ": 4 new, 0 updated, 0 unchanged, 0 failed"'
check ids-ingest-again '(cd "$tmp/ids" && "$attache" ingest --db "$tmp/ids.db" a/report.txt b b/report.txt ./a) 2>&1 | grep -q ": 0 new, 0 updated, 6 unchanged, 0 failed"'

# A file name that is not UTF-8 still gives a UTF-8 id: each invalid byte
# written \xHH.
mkdir "$tmp/raw"
printf 'Sáng 6/5, Bộ trưởng Quốc phòng tiếp Đại sứ Nhật Bản.\n' > "$tmp/raw/caf$(printf '\351').txt"
(cd "$tmp/raw" && "$attache" extract "caf$(printf '\351').txt") > "$tmp/raw.out"
check ids-not-utf8 'python3 -c "import json, sys; sys.exit(json.load(open(sys.argv[1]))[\"id\"] != sys.argv[2])" "$tmp/raw.out" "caf\\xE9.txt"'

"$attache" help extract > "$tmp/help1"
"$attache" extract --help > "$tmp/help2"
check one-usage-text 'cmp -s "$tmp/help1" "$tmp/help2" && grep -q "usage: attache extract" "$tmp/help1"'
check version '"$attache" --version | grep -Eq "^attache [0-9]+\.[0-9]+\.[0-9]+$"'
check no-command '! "$attache" > /dev/null 2>&1'

echo "cli behaviour: $fail failed"
[ "$fail" -eq 0 ]
