#!/usr/bin/env python3
"""Web pages through the CLI: the project's Vietnamese test pages give exactly
their story; each seed article wrapped in a page gives the same records in
UTF-8 (NFC and NFD), Windows-1258, VISCII, TCVN3 and VNI; broken pages give
a result or a clear error, in bounded time, never a crash.

    html_test.py ATTACHE SOURCE_DIR SHARED_DIR
"""
import html
import json
import resource
import os
import subprocess
import sys
import tempfile
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tally import check, finish  # noqa: E402

ATTACHE, SRC, SHARED = sys.argv[1:4]
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def run(*args, timeout=60):
    return subprocess.run([ATTACHE, *args], capture_output=True, timeout=timeout)


def table(name):
    """data/charsets/NAME.tsv as {unicode text: bytes}, for encoding."""
    out = {}
    for line in open(os.path.join(SRC, "data", "charsets", name + ".tsv"), encoding="utf-8"):
        if line.startswith("#") or not line.strip() or line.startswith("bytes"):
            continue
        b, u = line.rstrip("\n").split("\t")[:2]
        text = "".join(chr(int(x, 16)) for x in u.split())
        out.setdefault(unicodedata.normalize("NFC", text), bytes.fromhex(b))
    return out


ASCII_PUNCTUATION = {"\u2026": "...", "\u2013": "-", "\u2014": "-", "\u201c": '"', "\u201d": '"',
                     "\u2018": "'", "\u2019": "'", "\u00a0": " "}


def expressible(text, name):
    """The text as the encoding can hold it: TCVN3 has no capitals with tone
    marks (its documents use a capitals font at the lower-case codes), VISCII
    has no typographic punctuation."""
    if name in ("utf-8", "utf-8-nfd", "windows-1258"):
        return text
    t = table(name)
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ord(ch) < 0x80 or ch in t:
            out.append(ch)
        elif ch.lower() in t:
            out.append(ch.lower())
        else:
            out.append(ASCII_PUNCTUATION.get(ch, "?"))
    return "".join(out)


def encode_with(text, name):
    t = table(name)
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        if ord(ch) < 0x80:
            out += ch.encode()
        elif ch in t:
            out += t[ch]
        else:
            raise ValueError(f"{name} cannot write {ch!r}")
    return bytes(out)


def encode_1258(text):
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            d = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))
            out += base.encode("cp1258") + "".join(c for c in d if c in TONES).encode("cp1258")
    return bytes(out)


ENCODINGS = {
    "utf-8": lambda t: unicodedata.normalize("NFC", t).encode(),
    "utf-8-nfd": lambda t: unicodedata.normalize("NFD", t).encode(),
    "windows-1258": encode_1258,
    "viscii": lambda t: encode_with(t, "viscii"),
    "tcvn3": lambda t: encode_with(t, "tcvn3"),
    "vni": lambda t: encode_with(t, "vni"),
}

with tempfile.TemporaryDirectory() as tmp:
    # 1. The project's pages: exactly the story.
    pages = os.path.join(SRC, "tests", "html")
    for name in sorted(os.listdir(pages)):
        if not name.endswith(".html"):
            continue
        path = os.path.join(pages, name)
        if "windows1258" in name:
            path = os.path.join(tmp, name)
            with open(path, "wb") as f:
                f.write(encode_1258(open(os.path.join(pages, name), encoding="utf-8").read()))
        r = run("clean", path)
        want = open(os.path.join(pages, name[:-5] + ".expected.txt"), encoding="utf-8").read()
        check(r.returncode == 0 and r.stdout.decode() == want, f"clean {name}: {r.stderr.decode()[:200]}")

    # 2. Each seed wrapped in a page, in every encoding: the same records as
    # the same page in UTF-8 (the page as that encoding can hold it).
    def page_of(title, body, charset):
        return (f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>{html.escape(title)} - Báo</title>'
                '</head><body><nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/qp">Quốc phòng</a></li>'
                f'</ul></nav><article class="article-body"><h1>{html.escape(title)}</h1>'
                + "".join(f"<p>{html.escape(p)}</p>" for p in body)
                + '</article><div class="comment-box"><h3>Bình luận</h3><form><textarea></textarea></form></div>'
                '<footer>Liên hệ quảng cáo</footer></body></html>')

    def records(path):
        r = run("extract", path)
        if r.returncode != 0:
            return None, r.stderr.decode()[:200]
        d = json.loads(r.stdout)
        return {k: d[k] for k in ("title", "events", "agreements", "figures", "relations")}, ""

    seeds = os.path.join(SHARED, "seeds")
    for seed in sorted(os.listdir(seeds)):
        lines = [l.strip() for l in open(os.path.join(seeds, seed), encoding="utf-8") if l.strip()]
        for enc, encode in ENCODINGS.items():
            variant = [expressible(l, enc.replace("-nfd", "")) for l in lines]
            title, body = variant[0].lstrip("# "), variant[1:]
            charset = {"utf-8-nfd": "utf-8"}.get(enc, enc)
            path = os.path.join(tmp, f"{seed[:-4]}.{enc}.html")
            with open(path, "wb") as f:
                f.write(encode(page_of(title, body, charset)))
            ref = os.path.join(tmp, f"{seed[:-4]}.{enc}.ref.html")
            with open(ref, "w", encoding="utf-8") as f:
                f.write(page_of(title, body, "utf-8"))
            got, why = records(path)
            want, _ = records(ref)
            check(got is not None and got == want, f"{seed} in {enc}: other records than in UTF-8 {why}")
        page, _ = records(os.path.join(tmp, f"{seed[:-4]}.utf-8.html"))
        text = json.loads(run("extract", os.path.join(seeds, seed)).stdout)
        check(page and page["events"] == text["events"] and page["agreements"] == text["agreements"],
              f"{seed}: the page gives other events or agreements than the text")

    # A weekday's date line above the page's <h1> is the site's clock (the
    # day the page was read), as in text; below the <h1> it is the story's.
    story = ("<p>Sáng 12/3, Thượng tướng Lê Văn An, Thứ trưởng Bộ Quốc phòng đã tiếp Đoàn đại biểu Bộ Quốc phòng "
             "Lào tại Hà Nội, khẳng định quan hệ đặc biệt giữa hai quân đội.</p>")
    for name, page, want in (
            ("clock.html", f"<html><body><div class=\"top\">Thứ năm, 06/05/2021</div><article><h1>Thứ trưởng tiếp "
                           f"đoàn Lào</h1>{story}</article></body></html>", None),
            ("dated.html", f"<html><body><article><h1>Thứ trưởng tiếp đoàn Lào</h1><div>Thứ năm, 14/03/2019 "
                           f"09:53</div>{story}</article></body></html>", "2019-03-14")):
        path = os.path.join(tmp, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(page)
        r = run("clean", "--format", "json", path)
        got = json.loads(r.stdout)["published"] if r.returncode == 0 else "error"
        check(got == want, f"{name}: published {got}, not {want}")

    # 3. Broken pages: a result or a clear error, in bounded time and memory.
    cases = {
        "deep.html": b"<html><body>" + b"<div>" * 10000 + "Sáng 6/11, Đại tướng Ngô Xuân Lịch đã tiếp Đại sứ Pháp.".encode()
                     + b"</div>" * 10000 + b"</body></html>",
        "unclosed.html": "<html><body><div><p>Sáng 6/11, Đại tướng Ngô Xuân Lịch đã tiếp<b> Đại sứ Pháp<div>".encode(),
        "garbage.html": bytes((i * 7919 + 13) % 256 for i in range(200000)),
        "wrongcharset.html": ('<meta charset="windows-1258"><p>Sáng 6/11, Đại tướng Ngô Xuân Lịch đã tiếp Đại sứ Pháp '
                              'tại Hà Nội, khẳng định quan hệ hai nước.</p>').encode(),
        "huge.html": b"<html><body>" + b"<p>" + b"x" * (100 * 1024 * 1024) + b"</p></body></html>",
    }
    for name, data in cases.items():
        path = os.path.join(tmp, name)
        with open(path, "wb") as f:
            f.write(data)
        try:
            r = subprocess.run([ATTACHE, "extract", path], capture_output=True, timeout=60)
        except subprocess.TimeoutExpired:
            check(False, f"{name}: no answer in 60 s")
            continue
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        check(peak < 1500, f"{name}: {peak:.0f} MB of memory")
        ok = (r.returncode == 0 and json.loads(r.stdout)["id"]) or (
            r.returncode == 1 and r.stderr.decode().startswith("attache: error: "))
        check(ok, f"{name}: exit {r.returncode}: {r.stderr.decode()[:200]}")
    r = run("extract", os.path.join(tmp, "wrongcharset.html"))
    check(r.returncode == 0 and json.loads(r.stdout)["events"], "a wrong declared charset is overridden")

finish("html tests")
