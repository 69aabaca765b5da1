#!/usr/bin/env python3
"""How much the scores move when the studied documents are written the way
another outlet or crawl would write them (metamorphic testing).

    tools/perturb.py [ATTACHE] [--shared DIR] [--rewrite NAME ...] [--metric M]
                     [--swap-seed N ...] [--json] [--check TOLERANCE] [--list]

Each rewrite below keeps the meaning of a document and changes only how it is
written: old tone placement (hoà, thuỷ), decomposed Unicode, invisible
characters, Title Case offices, an ALL-CAPS headline, other date forms,
"Viet Nam" for "Vietnam", hard-wrapped lines, the text as an HTML page, and so
on. The studied documents (seeds, dev-vi, dev-en and the studied part of
dev2-vi and dev2-en; never the unread quarter) are rewritten in memory, run
through `attache extract` and scored against the same gold with the shared
scorer: the table shows, per rewrite and per set, the change of the chosen
metric and how many documents the rewrite touched. A drop is a brittleness of
the language handling, not of one sentence. Nothing of the sets is written
anywhere but temporary files.

Names are compared after folding the ways of writing them that the rewrites
introduce (tone placement, invisible characters, case), so the participants
column measures what was found, not how it is spelled.

The swaps (swap-country, swap-vi-people, swap-foreign-people, swap-rank,
shift-dates) ask whether the rules hold for the language or only for the
partners, people, ranks and dates the studied news named: each rewrites a
document and its gold the same way (in memory), with random choices seeded
by --swap-seed (repeatable; 1, 2 and 3 by default), one row per seed.

--check T exits 1 when a checked rewrite (all but the shown-only ones)
drops events F1 of any set by more than T (the ctest
`perturb_robustness`).
"""
import argparse
import html
import importlib.util
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_spec = importlib.util.spec_from_file_location("scores", os.path.join(ROOT, "tools", "scores.py"))
scores = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(scores)

SETS = ["seeds", "dev-vi", "dev-en", "dev2-vi", "dev2-en"]

VI_LETTERS = "ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"


def is_vietnamese(text):
    """Most documents say their language by their letters."""
    low = text.lower()
    return sum(low.count(c) for c in VI_LETTERS) > len(text) / 50


# ---- Vietnamese rewrites -----------------------------------------------------

TONES = "\u0300\u0301\u0309\u0303\u0323"  # huyền, sắc, hỏi, ngã, nặng


def _move_tone(m):
    """oà for òa: the tone mark on the second vowel of an open oa/oe/uy."""
    first, second = m.group(1), m.group(2)
    d = unicodedata.normalize("NFD", first)
    tone = [c for c in d if c in TONES]
    if not tone:
        return m.group(0)
    base = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))
    return base + unicodedata.normalize("NFC", second + tone[0])


# An open syllable ending in oa, oe or uy (not after q: "quý" keeps its mark on y).
OLD_TONE = re.compile(r"(?<![qQ])([òóỏõọÒÓỎÕỌùúủũụÙÚỦŨỤ])([aeyAEY])(?!\w)")


def vi_old_tone(t):
    """hoà, khoẻ, thuỷ, uỷ, tuỳ: the old tone placement on open oa, oe, uy."""
    return OLD_TONE.sub(lambda m: _move_tone(m) if m.group(1).lower() in "òóỏõọ" and m.group(2).lower() in "ae"
                        or m.group(1).lower() in "ùúủũụ" and m.group(2).lower() == "y" else m.group(0), t)


def nfd(t):
    """The text decomposed (NFD), as some Mac and legacy tools save it."""
    return unicodedata.normalize("NFD", t)


def invisible(t):
    """A zero-width space after every 9th word, a soft hyphen inside every 13th
    long word and a no-break space for every 5th space, as pasted text gives."""
    out, words = [], re.split(r"( )", t)
    n = 0
    for w in words:
        if w == " ":
            n += 1
            out.append("\u00a0" if n % 5 == 0 else " ")
            continue
        if n % 9 == 3 and w:
            w = w + "\u200b"
        if n % 13 == 7 and len(w) > 6 and w.isalpha():
            w = w[:3] + "\u00ad" + w[3:]
        out.append(w)
    return "".join(out)


OFFICE_HEADS = set("Bộ Thứ Thượng Đại Trung Thiếu Tổng Cục Quân Tùy Tuỳ Tư Chủ Phó Ủy Uỷ Bí Tham Hải Học Viện "
                   "Chuẩn Đô Lục Không Bộ Cảnh Ban Văn Đoàn Sư Lữ".split())
OFFICE_WORDS = set("quốc phòng trưởng tướng tá úy uý ủy uỷ tham mưu cục chính trị đối ngoại viên lệnh thư nhiệm "
                   "đội quân giao đô đốc sự tổng ương trung nhân dân hải không biên thường vụ sứ quan "
                   "đại biểu cấp cao".split())


def vi_title_case(t):
    """Bộ Quốc Phòng, Thượng Tướng: each word of an office or rank capitalised."""
    words = re.split(r"(\s+)", t)
    in_office = False
    for i, w in enumerate(words):
        if w.isspace() or not w:
            continue
        core = w.strip(",.;:()\"'")
        if core in OFFICE_HEADS:
            in_office = True
        elif in_office and core in OFFICE_WORDS:
            words[i] = w.replace(core, core[0].upper() + core[1:], 1)
        else:
            in_office = False
        if core != w:  # punctuation ends the office
            in_office = False
    return "".join(words)


def _headline_span(t):
    """(start, end) of the headline: the first non-empty line (past a
    crawler's " date 2023-05-19 " stamp and a site's clock, "Thứ năm,
    06/05/2021"), when it reads as one."""
    pos = 0
    stamp = re.match(r"\s*date \S+ ", t)
    if stamp:
        pos = stamp.end()
    for m in re.finditer(r"[^\s][^\n]*", t[pos:]):
        line = m.group(0)
        if len(re.findall(r"\d", line)) >= 6 and len(line) <= 60:
            continue  # a clock or dateline
        if len(line) > 160 or line.rstrip().endswith(".") or not t[pos + m.end():].strip():
            return None
        return pos + m.start(), pos + m.end()
    return None


def caps_headline(t):
    """The headline in capitals, as some sites print it."""
    span = _headline_span(t)
    if not span:
        return t
    a, b = span
    return t[:a] + t[a:b].upper() + t[b:]


def vi_vn_headline(t):
    """"VN" for "Việt Nam" in the headline."""
    span = _headline_span(t)
    if not span:
        return t
    a, b = span
    return t[:a] + t[a:b].replace("Việt Nam", "VN") + t[b:]


DMY = re.compile(r"(?<![\d/.-])(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)(?![\d/])")
DM = re.compile(r"(?<![\d/.-])(\d{1,2})/(\d{1,2})(?![\d/])")


def vi_date_padded(t):
    """05/03/2024 and 05/03 for 5/3/2024 and 5/3."""
    t = DMY.sub(lambda m: f"{int(m[1]):02d}/{int(m[2]):02d}/{m[3]}", t)
    return DM.sub(lambda m: f"{int(m[1]):02d}/{int(m[2]):02d}" if int(m[2]) <= 12 else m[0], t)


def vi_date_dash(t):
    """5-3-2024 for 5/3/2024."""
    return DMY.sub(lambda m: f"{m[1]}-{m[2]}-{m[3]}", t)


def vi_date_dot(t):
    """5.3.2024 for 5/3/2024."""
    return DMY.sub(lambda m: f"{m[1]}.{m[2]}.{m[3]}", t)


def vi_date_dash_short(t):
    """5-3 for 5/3 (a day and month, no year), as Tuổi Trẻ and others write it."""
    return DM.sub(lambda m: f"{m[1]}-{m[2]}" if int(m[2]) <= 12 else m[0], t)


def vi_date_dot_short(t):
    """5.3 for 5/3, as Tiền Phong and others write it."""
    return DM.sub(lambda m: f"{m[1]}.{m[2]}" if int(m[2]) <= 12 else m[0], t)


def vi_date_words(t):
    """ngày 5 tháng 3 năm 2024 for 5/3/2024, ngày 5 tháng 3 for 5/3 ("ngày" not
    repeated, nor put inside a range: "ngày 11 và 12 tháng 4")."""
    def words(m, year):
        before = t[max(0, m.start() - 12):m.start()]
        lead = "" if re.search(r"(ngày|\d\s*(và|đến|tới|-|–))\s*$", before, re.I) else "ngày "
        return f"{lead}{m[1]} tháng {m[2]}" + (f" năm {m[3]}" if year else "")
    t = DMY.sub(lambda m: words(m, True), t)
    return DM.sub(lambda m: words(m, False) if int(m[2]) <= 12 else m[0], t)


# ---- English rewrites --------------------------------------------------------

def _swap(a, b):
    def f(t):
        return re.sub(rf"\b({re.escape(a)}|{re.escape(b)})\b", lambda m: b if m[1] == a else a, t)
    f.__doc__ = f'"{b}" for "{a}" and the other way round.'
    return f


def en_curly(t):
    """Curly quotes and apostrophes (Vietnam’s) for straight ones."""
    t = re.sub(r"(\w)'", "\\1\u2019", t)
    t = re.sub(r"'(\w)", "\u2018\\1", t)
    t = re.sub(r'"(?=\w)', "\u201c", t)
    return t.replace('"', "\u201d")


def en_straight(t):
    """Straight quotes and apostrophes for curly ones."""
    return t.translate(str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'}))


def en_us(t):
    """US spelling: defense, organization, program."""
    for uk, us in (("defence", "defense"), ("Defence", "Defense"), ("organisation", "organization"),
                   ("Organisation", "Organization"), ("favour", "favor"), ("programme", "program")):
        t = t.replace(uk, us)
    return t


def en_uk(t):
    """UK spelling: defence, organisation."""
    for us, uk in (("defense", "defence"), ("Defense", "Defence"), ("organization", "organisation"),
                   ("Organization", "Organisation"), ("favor", "favour")):
        t = re.sub(rf"\b{us}", uk, t)
    return t


MONTHS = "January February March April May June July August September October November December".split()
MONTH = "(" + "|".join(MONTHS) + ")"


def en_date_dmy(t):
    """5 March 2024 for March 5, 2024; 5 March for March 5."""
    t = re.sub(r"(?<![A-Za-z])" + MONTH + r" (\d{1,2}),? ((?:19|20)\d\d)\b", r"\2 \1 \3", t)
    return re.sub(r"(?<![A-Za-z])" + MONTH + r" (\d{1,2})\b(?!,? \d)", r"\2 \1", t)  # not "onSeptember 5"


def en_date_mdy(t):
    """March 5, 2024 for 5 March 2024; March 5 for 5 March."""
    t = re.sub(r"\b(\d{1,2}) " + MONTH + r",? ((?:19|20)\d\d)\b", r"\2 \1, \3", t)
    return re.sub(r"\b(\d{1,2}) " + MONTH + r"\b", r"\2 \1", t)


def en_date_abbr(t):
    """Mar. 5, Sept. 12 (AP style): months of more than five letters shortened."""
    abbr = {"January": "Jan.", "February": "Feb.", "August": "Aug.", "September": "Sept.",
            "October": "Oct.", "November": "Nov.", "December": "Dec."}
    return re.sub(r"\b(" + "|".join(abbr) + r") (\d{1,2})\b", lambda m: f"{abbr[m[1]]} {m[2]}", t)


def _ordinal(n):
    n = int(n)
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def en_date_ordinal(t):
    """5th March 2024 for March 5, 2024 and 5 March 2024; March 5th for March 5."""
    t = re.sub(MONTH + r" (\d{1,2}),? ((?:19|20)\d\d)\b", lambda m: f"{_ordinal(m[2])} {m[1]} {m[3]}", t)
    t = re.sub(r"\b(\d{1,2}) " + MONTH + r"\b", lambda m: f"{_ordinal(m[1])} {m[2]}", t)
    return re.sub(MONTH + r" (\d{1,2})\b(?!,? \d)", lambda m: f"{m[1]} {_ordinal(m[2])}", t)


def en_caps_dateline(t):
    """HANOI (VNA) – for Hanoi (VNA) –: the place of a wire dateline in capitals, as agencies print it."""
    return re.sub(r"(?m)^([A-Z][a-z]+(?: [A-Z][a-z]+)*)(?= \((?:VNA|VNS|Reuters|AFP|AP|VOV|Xinhua)\))",
                  lambda m: m[1].upper(), t)


RANK_ABBREVIATIONS = ["Sen", "Lt", "Lieut", "Gen", "Maj", "Col", "Brig", "Adm", "Capt", "Cdr", "Rear", "Vice"]


def en_rank_no_periods(t):
    """Lt Gen, Maj Gen, Col for Lt. Gen., Maj. Gen., Col. (British style)."""
    return re.sub(r"\b(" + "|".join(RANK_ABBREVIATIONS) + r")\.(?= [A-Z])", r"\1", t)


def en_rank_spelled(t):
    """Senior Lieutenant General, Major General, Colonel for Sen. Lt. Gen., Maj. Gen., Col."""
    words = {"Sen": "Senior", "Lt": "Lieutenant", "Lieut": "Lieutenant", "Gen": "General", "Maj": "Major",
             "Col": "Colonel", "Brig": "Brigadier", "Adm": "Admiral", "Capt": "Captain", "Cdr": "Commander"}
    return re.sub(r"\b(" + "|".join(words) + r")\.(?= [A-Z])", lambda m: words[m[1]], t)


def en_hyphens(t):
    """Hyphens for en and em dashes."""
    return t.replace("\u2013", "-").replace("\u2014", "-")


def en_dashes(t):
    """En dashes for spaced hyphens ("Hanoi (VNA) – ")."""
    return t.replace(" - ", " \u2013 ")


# ---- Both languages ----------------------------------------------------------

def hard_wrap(t, width=70):
    """A newline every ~70 characters inside paragraphs, as some crawls give."""
    out = []
    for line in t.split("\n"):
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            if cut <= 0:
                break
            out.append(line[:cut])
            line = line[cut + 1:]
        out.append(line)
    return "\n".join(out)


def hard_wrapped(t):
    """Is the text wrapped already (lines of at most 100 characters, several
    stopping mid-sentence)? Its lines are not paragraphs."""
    lines = [ln.strip() for ln in t.split("\n") if ln.strip()]
    return max(map(len, lines), default=0) <= 100 and sum(
        not ln.endswith((".", ":", ")", '"', "”")) and len(ln) >= 40 for ln in lines) >= 3


def join_paragraphs(t):
    """Paragraphs one newline apart, no blank line between them."""
    return re.sub(r"\n\s*\n+", "\n", t)


def one_line(t):
    """Every paragraph on one line, a space between them, as a crawl that
    loses the page's breaks gives (the headline too)."""
    return " ".join(ln.strip() for ln in t.split("\n") if ln.strip())


def blank_lines(t):
    """Every paragraph followed by a blank line (not every line of a wrapped text)."""
    return t if hard_wrapped(t) else re.sub(r"\n+", "\n\n", t)


def html_page(t):
    """The text as a plain page: the headline as <title> and <h1>, a <p> per
    line (per paragraph in hard-wrapped text), a crawler's date stamp as the
    page's meta tag."""
    stamp = re.match(r"\s*date (\d{4}-\d\d(-\d\d)?) ", t)
    meta = f'<meta property="article:published_time" content="{stamp[1]}">' if stamp and stamp[2] else ""
    span = _headline_span(t)
    head = t[span[0]:span[1]].lstrip("# ") if span else ""
    start = stamp.end() if stamp else 0
    before = t[start:span[0]] if span else ""
    after = t[span[1]:] if span else t[start:]
    if stamp and not stamp[2]:
        before = f"date {stamp[1]}\n" + before  # a month alone: no page says it in a meta tag
    # A hard-wrapped text came from paragraphs split at blank lines; a
    # newline inside a <p> is a space.
    sep = r"\n\s*\n" if hard_wrapped(t) else r"\n"
    paras = lambda s: "".join(f"<p>{html.escape(p.strip())}</p>\n" for p in re.split(sep, s) if p.strip())  # noqa: E731
    body = paras(after)
    if not body:
        return None
    h1 = f"<h1>{html.escape(head)}</h1>\n" if head else ""
    return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\">{meta}<title>{html.escape(head)}</title></head>"
            f"<body><article>{paras(before)}{h1}{body}</article></body></html>")


def vi_bo_truong_qp(t):
    """Bộ trưởng Quốc phòng for Bộ trưởng Bộ Quốc phòng (and Thứ trưởng): the ministry folded into the office."""
    return re.sub(r"\b(Bộ trưởng|Thứ trưởng|bộ trưởng|thứ trưởng) Bộ Quốc phòng", r"\1 Quốc phòng", t)


def vi_ky(t):
    """ký for ký kết (signed), as shorter headlines and captions write it."""
    return re.sub(r"\b([Kk])ý kết\b", r"\1ý", t)


def en_inked(t):
    """inked for signed when a document is its object ("signed a memorandum"; not "signed agreements" as an adjective)."""
    return re.sub(r"\b(signed|signing)\b(?= (?:an?|the|two|three|four|five|several|\d+) \w*(?:[\w-]+ ){0,4}(?:[Mm]emorand|MoU|MOU|[Aa]greement|[Pp]lan|[Pp]rotocol|[Dd]eclaration|[Cc]ontract|[Ll]etter))",
                  lambda m: {"signed": "inked", "signing": "inking"}[m[1]], t)


def en_defence_minister(t):
    """Defence Minister for Minister of (National) Defence, Defense Minister for Minister of (National) Defense."""
    return re.sub(r"\bMinister of (?:National )?(Defen[cs]e)\b", r"\1 Minister", t)


VI_STRIP = str.maketrans("đĐ", "dD")


def en_no_diacritics(t):
    """Phan Van Giang for Phan Văn Giang: Vietnamese names in English text without their diacritics."""
    d = unicodedata.normalize("NFD", t)
    d = re.sub("[\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b]", "", d)
    return unicodedata.normalize("NFC", d).translate(VI_STRIP)


def en_mou(t):
    """MoU for Memorandum of Understanding, as most outlets shorten it."""
    return re.sub(r"\b[Mm]emorandum of [Uu]nderstanding\b(?: \((?:MoU|MOU)\))?", "MoU", t)


# How sites and crawls give the publication date: a crawler's " date
# 2019-12-05 " stamp becomes one of the lines pages print, in its place
# (below the headline, at the story's end, in a byline), or only a page's
# meta tag, <time datetime> or URL path. The date is the same.
VI_WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def _stamp(t):
    """(date, text without the stamp) when the text opens with a day's stamp."""
    m = re.match(r"\s*date (\d{4})-(\d\d)-(\d\d) ", t)
    if not m:
        return None, t
    import datetime
    try:
        d = datetime.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None, t
    return d, t[m.end():]


def _pub_line(form, d, vi):
    if form == "updated":
        return f"Cập nhật: 10:30, {d.day:02d}/{d.month:02d}/{d.year}" if vi else \
            f"Published: {EN_MONTHS[d.month - 1][:3]} {d.day}, {d.year}, 10:30 AM"
    if form == "weekday":
        return f"{VI_WEEKDAYS[d.weekday()]}, {d.day:02d}/{d.month:02d}/{d.year} - 10:30 (GMT+7)" if vi else \
            f"Updated {EN_MONTHS[d.month - 1]} {d.day}, {d.year}"
    if form == "bar":
        return f"{d.day:02d}/{d.month:02d}/{d.year} | 10:30" if vi else \
            f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year} | 10:30"
    if form == "iso":
        return f"{d.isoformat()}T10:30:00+07:00"
    if form == "url":
        return f"https://www.example.com/{d.year}/{d.month:02d}/{d.day:02d}/story-{d.day}{d.month}.html"
    raise ValueError(form)


def _pubdate(form, where):
    def f(t):
        d, rest = _stamp(t)
        if not d:
            return None
        line = _pub_line(form, d, is_vietnamese(t))
        if where == "end":
            return rest.rstrip() + "\n" + line + "\n"
        if where == "top":
            return line + "\n" + rest
        # (the first line of a hard-wrapped text is no headline: the line is
        # not set inside a paragraph)
        span = None if hard_wrapped(rest) else _headline_span(rest)
        if not span:
            # A weekday's date opening a page before any headline is how
            # sites print their clock (the day the page was read): the
            # meaning would change.
            return None if form == "weekday" else line + "\n" + rest
        return rest[:span[1]] + "\n" + line + rest[span[1]:]
    f.__doc__ = {"updated": 'The crawler\'s date stamp as a site\'s line "Cập nhật: 10:30, 05/12/2019" / "Published: Dec 5, 2019, 10:30 AM"',
                 "weekday": 'The date stamp as a byline "Thứ Năm, 05/12/2019 - 10:30 (GMT+7)" / "Updated December 5, 2019"',
                 "bar": 'The date stamp as "05/12/2019 | 10:30" / "December 5, 2019 | 10:30"',
                 "iso": 'The date stamp as "2019-12-05T10:30:00+07:00"',
                 "url": 'The date stamp only as a URL path line (.../2019/12/05/...)'}[form] + f" ({where})."
    return f


def _html_pub(kind):
    def f(t):
        d, rest = _stamp(t)
        if not d:
            return None
        page = html_page(t)
        if not page:
            return None
        if kind == "time":  # no meta tag: a <time datetime> in the article
            page = re.sub(r'<meta property="article:published_time"[^>]*>', "", page)
            page = page.replace("<article>", f'<article><time datetime="{d.isoformat()}T10:30:00+07:00">10:30</time>', 1)
        return page
    f.__doc__ = ("The page with the date only in <time datetime>." if kind == "time"
                 else "The page with the date only in <meta property=\"article:published_time\">.")
    return f

VI_RANKS = ("Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đô đốc", "Phó Đô đốc", "Chuẩn Đô đốc",
            "Đại tá", "Thượng tá", "Trung tá", "Thiếu tá")

VI_SURNAMES = ("Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Phùng|Trịnh|Đào|Đinh|"
               "Lương|Mai|Tô|Hà|Lâm|Cao|Thái|Trương|Đoàn|Vương|Lưu|Tạ|Chu|Nghiêm|Triệu|Quách|Kiều")


def vi_dong_chi(t):
    """đồng chí Thượng tướng Hoàng Xuân Chiến for Thượng tướng Hoàng Xuân Chiến, as army papers address a comrade
    (a Vietnamese officer only: a foreign one is not "đồng chí")."""
    ranks = "|".join(sorted(VI_RANKS, key=len, reverse=True))
    return re.sub(r"(?<![Đđ]ồng chí )(?<!Phó )(?<!Chuẩn )\b(" + ranks + r")(?= (?:" + VI_SURNAMES + r") [A-ZĐ])",
                  lambda m: ("Đồng chí " if re.search(r"(?:^|[.!?:]\s*|\n\s*)$", t[max(0, m.start() - 3):m.start()])
                             else "đồng chí ") + m[1], t)


EN_RANKS_SHORT = [("Senior Lieutenant General", "Sr. Lt. Gen."), ("Lieutenant General", "Lt. Gen."),
                  ("Major General", "Maj. Gen."), ("Senior Colonel", "Sr. Col."), ("Lieutenant Colonel", "Lt. Col."),
                  ("Colonel", "Col."), ("Rear Admiral", "Rear Adm."), ("Vice Admiral", "Vice Adm."),
                  ("Admiral", "Adm."), ("General", "Gen.")]


def en_rank_short(t):
    """Sr. Lt. Gen., Lt. Gen., Gen., Col. for the spelled ranks before a name (the short forms papers use)."""
    alts = "|".join(re.escape(a) for a, _ in EN_RANKS_SHORT)
    short = dict(EN_RANKS_SHORT)
    return re.sub(r"(?<![\w.] )(?<!the )(?<![-.])\b(" + alts + r")(?= [A-Z][a-z]+ [A-Z])", lambda m: short[m[1]], t)


# How stories tell the dates of their happenings, in documents with a day's
# stamp (the publication date is known, so the meaning is kept): "hôm nay
# (5/12)" or "sáng nay" for the publication day, a year added to or dropped
# from a day of the publication year up to the publication, "on Thursday
# (Dec. 5)" for "on December 5".
VI_PART = r"([Nn]gày|[Ss]áng|[Tt]rưa|[Cc]hiều|[Tt]ối)"
VI_NAY = {"ngày": "hôm nay", "sáng": "sáng nay", "trưa": "trưa nay", "chiều": "chiều nay", "tối": "tối nay"}
EN_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _story_dates(kind):
    def f(t):
        d, _ = _stamp(t)
        if not d:
            return None
        head = t[:len(t) - len(_)]
        body = _
        vi = is_vietnamese(t)
        def upto(day, month):  # a day of the publication year, not after it
            return (month, day) <= (d.month, d.day)
        if kind in ("today", "nay") and vi:
            def rep(m):
                day, month, year = int(m[2]), int(m[3]), m[4]
                if (day, month) != (d.day, d.month) or (year and int(year) != d.year):
                    return m[0]
                word = VI_NAY[m[1].lower()]
                word = word[0].upper() + word[1:] if m[1][0].isupper() else word
                return f"{word} ({day}/{month})" if kind == "today" else word
            body = re.sub(VI_PART + r" (?:ngày )?(\d{1,2})/(\d{1,2})(?:/(\d{4}))?(?![\d/])", rep, body)
        elif kind == "year-add" and vi:
            body = DM.sub(lambda m: f"{m[0]}/{d.year}" if 1 <= int(m[2]) <= 12 and upto(int(m[1]), int(m[2])) else m[0], body)
        elif kind == "year-drop" and vi:
            body = DMY.sub(lambda m: f"{m[1]}/{m[2]}" if int(m[3]) == d.year and 1 <= int(m[2]) <= 12
                           and upto(int(m[1]), int(m[2])) else m[0], body)
        elif not vi:
            months = "|".join(EN_MONTHS)
            if kind == "weekday":
                import datetime
                def rep(m):
                    mo, day = EN_MONTHS.index(m[1]) + 1, int(m[2])
                    if not upto(day, mo):
                        return m[0]
                    try:
                        wd = datetime.date(d.year, mo, day).weekday()
                    except ValueError:
                        return m[0]
                    return f"on {EN_WEEKDAYS[wd]} ({m[1][:3]} {day})"
                body = re.sub(rf"\bon ({months}) (\d{{1,2}})\b(?!,? \d)(?!\d)", rep, body)
            elif kind == "year-add":
                body = re.sub(rf"\b({months}) (\d{{1,2}})\b(?!,? \d)(?! and| to| or|-|–)",
                              lambda m: f"{m[0]}, {d.year}" if upto(int(m[2]), EN_MONTHS.index(m[1]) + 1) else m[0], body)
            elif kind == "year-drop":
                body = re.sub(rf"\b({months}) (\d{{1,2}}), (\d{{4}})\b",
                              lambda m: f"{m[1]} {m[2]}" if int(m[3]) == d.year
                              and upto(int(m[2]), EN_MONTHS.index(m[1]) + 1) else m[0], body)
        return head + body
    f.__doc__ = {"today": "hôm nay (5/12), sáng nay (5/12) for ngày 5/12, sáng 5/12 when 5/12 is the day of publication.",
                 "nay": "hôm nay, chiều nay for ngày 5/12, chiều 5/12 when 5/12 is the day of publication.",
                 "year-add": "5/12/2019, December 5, 2019 for 5/12, December 5: the publication year added (days up to the publication).",
                 "year-drop": "5/12, December 5 for 5/12/2019, December 5, 2019: the publication year dropped (days up to the publication).",
                 "weekday": "on Thursday (Dec 5) for on December 5 (days of the publication year up to it)."}[kind]
    return f


VI_PARTY_TITLES = ("Ủy viên Bộ Chính trị|Uỷ viên Bộ Chính trị|Ủy viên Trung ương Đảng|Uỷ viên Trung ương Đảng|"
                   "Phó Bí thư Quân ủy Trung ương|Ủy viên Thường vụ Quân ủy Trung ương|Ủy viên Quân ủy Trung ương|"
                   "Bí thư Trung ương Đảng")


def vi_ong(t):
    """ông Phan Văn Giang for Đại tướng Phan Văn Giang: a Vietnamese officer called "ông" instead of by rank, as
    VnExpress, Tuổi Trẻ and others write (the rank is lost, the person is not)."""
    ranks = "|".join(sorted(VI_RANKS, key=len, reverse=True))
    return re.sub(r"(?<![Đđ]ồng chí )(?<!Phó )(?<!Chuẩn )\b(?:" + ranks + r")(?= (?:" + VI_SURNAMES + r") [A-ZĐ])",
                  lambda m: "Ông" if re.search(r"(?:^|[.!?:]\s*|\n\s*)$", t[max(0, m.start() - 3):m.start()])
                  else "ông", t)


EN_RANK_WORDS = (r"(?:(?:Senior |Sr\. |Sen\. )?(?:Lieutenant |Lt\. |Lt )?General|(?:Sr\. |Sen\. )?(?:Lt\. |Lt )?Gen\.?|"
                 r"Major General|Maj\. Gen\.|(?:Senior |Sr\. )?Colonel|Col\.|(?:Rear |Vice )?Admiral|(?:Rear |Vice )?Adm\.)")


def en_office_after(t):
    """Gen. Phan Van Giang, Defence Minister, met for Defence Minister Gen. Phan Van Giang met: the office after the
    name between commas instead of before it."""
    office = r"((?:Vietnamese |Vietnam's )?(?:Deputy |Vice )?(?:Defen[cs]e Minister|Minister of (?:National )?Defen[cs]e))"
    return re.sub(r"(?<![,\w] )\b" + office + r" ((?:" + EN_RANK_WORDS + r" )?[A-Z][a-z]+(?: [A-Z][a-z]+){1,3})"
                  r"(?= (?:has |had |was |will |and |on |yesterday )?[a-z]+ed\b| (?:met|held|made|paid|led|said|told|"
                  r"hosted|chaired|co-chaired|received|visited|welcomed|signed|attended)\b)",
                  lambda m: f"{m[2]}, {m[1]},", t)


def vi_no_party(t):
    """The party titles between a name and its office left out ("Đại tướng X, Ủy viên Bộ Chính trị, Bộ trưởng
    Bộ Quốc phòng" as "Đại tướng X, Bộ trưởng Bộ Quốc phòng"), as short reports do: no party title is a main position."""
    return re.sub(r"(?<=[,-] )(?:(?:" + VI_PARTY_TITLES + r")(?:, | - ))+(?=[A-ZĐ])", "", t)


def vi_ky_ket(t):
    """ký kết for ký after đã, sẽ, chính thức, tiến tới (not thư ký, ký ức)."""
    return re.sub(r"\b(đã|sẽ|cùng|chính thức|tiến tới|đi đến|vừa) ký\b(?! kết)", r"\1 ký kết", t)


def vi_bien_ban(t):
    """Biên bản ghi nhớ for Bản ghi nhớ and the other way round: both are a memorandum of understanding."""
    t = re.sub(r"(?<![Bb]iên )\b([Bb])ản ghi nhớ", lambda m: ("Biên" if m[1] == "B" else "biên") + " bản ghi nhớ", t.replace("Biên bản ghi nhớ", "\0B").replace("biên bản ghi nhớ", "\0b"))
    return t.replace("\0B", "Bản ghi nhớ").replace("\0b", "bản ghi nhớ")


def vi_mou_paren(t):
    """Bản ghi nhớ (MOU) for Bản ghi nhớ: the English short form added in brackets, as many papers do."""
    return re.sub(r"\b([Bb]ản ghi nhớ)(?! \()", r"\1 (MOU)", t)


# ---- Entity swaps: the text and its gold rewritten the same way ---------------
#
# Do the rules hold for the language, or only for the partners, people and
# ranks the studied news happened to name? Each swap below replaces an entity
# consistently in a document's text AND in its gold (in memory), so the score
# should not move. A swap draws its replacements from a random generator seeded
# by --swap-seed and the document's id: several seeds, so one lucky mapping
# does not hide a fault.


def _tsv(name):
    """The rows (phrase, value, match, attr) of data/NAME."""
    rows = []
    with open(os.path.join(ROOT, "data", name), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t") + ["", "", ""]
            if cols[0] == "phrase":
                continue
            rows.append(tuple(cols[:4]))
    return rows


_DATA = {}


def _data(name):
    if name not in _DATA:
        _DATA[name] = _tsv(name)
    return _DATA[name]


# Partners of a similar kind: a state is swapped only for another of its group.
COUNTRY_GROUPS = [
    "LA KH TH MY ID SG PH MM BN",          # neighbours and ASEAN
    "JP KR CN RU US IN AU FR GB DE",       # the large partners
    "IT ES NL BE CZ PL HU BG RO SE NO FI DK AT PT GR SK BY UA",  # Europe
    "MN KZ UZ BD PK LK NP KG AZ AM IL TR IR",  # the rest of Asia
    "CU BR AR CL MX CA VE NI CO PE NZ",     # the Americas and the Pacific
    "EG ZA NG DZ MZ AO TZ ET SA AE QA KW OM",  # Africa and the Middle East
]
# Short names Vietnamese news uses alone ("phía Nhật", "Quân đội Hàn") but
# that countries.tsv leaves out as too ambiguous on their own.
VI_SHORT = {"JP": "Nhật", "KR": "Hàn"}
WORD = r"[^\W_]"


def _trie(phrases):
    """A regex source matching any of the phrases, longest first, factored by their common beginnings (a
    thousand alternatives tried one by one at every position would be slow)."""
    root = {}
    for p in phrases:
        node = root
        for ch in p:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node):
        alts = [re.escape(ch) + emit(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body
    return emit(root)


def _bounded(phrases, flags=0):
    """One regex for the phrases (the longest that fits first) as whole words."""
    phrases = {p.lower() for p in phrases} if flags & re.I else set(phrases)
    return re.compile(rf"(?<!{WORD})(?:{_trie(phrases)})(?!{WORD})", flags)


def _walk(obj, fn):
    """obj with every string s replaced by fn(s)."""
    if isinstance(obj, dict):
        return {k: (v if k == "id" else _walk(v, fn)) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_walk(v, fn) for v in obj]
    if isinstance(obj, str):
        return fn(obj)
    return obj


def _gold_codes(g):
    codes = set()
    def note(s):
        if re.fullmatch(r"[A-Z]{2}", s):
            codes.add(s)
        return s
    _walk({k: v for k, v in g.items() if k not in ("id", "lang", "published")}, note)
    return codes


def _script(p):
    """How a name is written: the Vietnamese phonetic spelling (hyphens), plain Latin letters, or Vietnamese."""
    if "-" in p and not re.search(r"\s[-–]\s", p):
        return "phonetic"
    return "latin" if all(ord(c) < 128 for c in p) else "vi"


def _forms(code):
    """{attr: [(phrase, match)]} of a state in countries.tsv (not the "Việt - Nhật" pair rows)."""
    if ("forms", code) in _DATA:
        return _DATA[("forms", code)]
    out = _DATA[("forms", code)] = {}
    for phrase, value, match, attr in _data("countries.tsv"):
        if value == code and " - " not in phrase and " – " not in phrase and phrase[0].isupper():
            out.setdefault(attr, []).append((phrase, match))
    return out


def _places(code):
    """{kind: {script: [phrases]}} of a state in places.tsv."""
    if ("places", code) in _DATA:
        return _DATA[("places", code)]
    out = _DATA[("places", code)] = {}
    for phrase, value, match, attr in _data("places.tsv"):
        if value == code:
            out.setdefault(attr, {}).setdefault(_script(phrase), []).append(phrase)
    return out


def _name_spans(text, g):
    """Spans of the gold participants' names in the text: a country's short name inside one ("Nguyễn Thị Nga") is a name."""
    spans = []
    names = {p.get("name") for ev in g.get("events") or [] for p in ev.get("participants") or [] if p.get("name")}
    for n in names:
        for m in re.finditer(re.escape(n), text):
            spans.append((m.start(), m.end()))
    return spans


def _person_before(text, start):
    """Is the word at start the last syllable of a Vietnamese name ("Nguyễn Thị Nga", "Trần Đức")?"""
    families = {p for p, _, _, a in _data("family_names.tsv") if a != "title"}
    words = re.findall(rf"({WORD}+) $", text[max(0, start - 40):start])
    run = re.findall(rf"((?:[A-ZĐÂĂÊÔƠƯ]{WORD}* )+)$", text[max(0, start - 60):start])
    return bool(words and run and run[0].split()[0] in families)


def _found(table, text, keep=lambda row: True):
    """{phrase: row} of the rows of data/TABLE whose phrase the text holds (as their match column says), by
    one regex per table for the case-sensitive rows and one for the others."""
    key = f"{table}-index"
    if key not in _DATA:
        rows = [r for r in _data(table) if len(r[0]) > 1]
        exact = {r[0]: r for r in rows if r[2] == "exact"}
        other = {r[0].lower(): r for r in rows if r[2] != "exact"}
        _DATA[key] = (_bounded(list(exact)), exact, _bounded(list(other), re.I), other)
    rx_exact, exact, rx_other, other = _DATA[key]
    found = {}
    for m in rx_exact.finditer(text):
        found[m[0]] = exact[m[0]]
    for m in rx_other.finditer(text):
        row = other.get(m[0].lower())
        if row:
            found[row[0]] = row
    return {p: r for p, r in found.items() if keep(r)}


def _mechanism_spans(text):
    """Spans of the named mechanisms (data/mechanisms.tsv) in the text: "Hội nghị An ninh Quốc tế Moscow",
    "Đối thoại Quốc phòng Seoul", "ASEAN - Mỹ" are names, their place or partner part of the name."""
    rx = _DATA.get("mechanisms-rx")
    if rx is None:
        rx = _DATA["mechanisms-rx"] = _bounded([p for p, _, _, _ in _data("mechanisms.tsv") if len(p) > 4], re.I)
    return [(m.start(), m.end()) for m in rx.finditer(text)]


def _pair_short(code):
    """The short names of a state in the "Việt - Trung" rows of countries.tsv."""
    return sorted({re.sub(r"\s*[-–]\s*", " ", p).replace("Việt", "").strip() for p, v, _, _ in _data("countries.tsv")
                   if v == code and re.fullmatch(r"(?:Việt\s*[-–]\s*\S+|\S+\s*[-–]\s*Việt)", p)})


def _main_forms(forms, attr):
    """A state's names of one kind as news writes it most (the table's first two, not "Nước Nga")."""
    return [p for p, _ in forms.get(attr, []) if not p.startswith("Nước ")][:2]


def swap_country(doc, g, rng):
    """Each partner state (not Vietnam) for another of its group, in every form the text uses
    (name, phonetic name, demonym, capital and cities, "phía Nhật"), the gold's codes with it. Named
    mechanisms ("Đối thoại Quốc phòng Seoul") keep their names; a document naming an office, a body or a
    ship's prefix only the old state has ("Secretary of Defense", "Quân Giải phóng Nhân dân", "USS") or an
    anniversary of its
    relations (counted from the old state's year) is left as it is."""
    text = doc.get("text") or ""
    vi = is_vietnamese(text)
    codes = sorted(_gold_codes(g) - {"VN"})
    used = set(_gold_codes(g))
    repl, code_map = {}, {}  # (phrase regex, flags): (in a Vietnamese line, in an English one)
    in_text = _found("countries.tsv", text)
    codes_in_text = {r[1] for r in in_text.values()}
    places_in_text = _found("places.tsv", text)
    for c in codes:
        group = next((grp.split() for grp in COUNTRY_GROUPS if c in grp.split()), None)
        if not group:
            return None
        present = {}
        for p, (_, value, match, attr) in in_text.items():
            if value != c or p not in {q for qs in _forms(c).values() for q, _ in qs}:
                continue
            # the new state's name of the same kind, Vietnamese or English as the line is written
            kind = ("vi-phonetic" if attr == "vi-phonetic" else "vi", "en-adj" if attr == "en-adj" else "en")
            present.setdefault(kind, []).append((re.escape(p), 0 if match == "exact" else re.I))
        for short in _pair_short(c):  # "Việt - Trung", "Việt-Trung", "Trung - Việt"
            for pair in (rf"Việt ?[-–] ?{short}", rf"{short} ?[-–] ?Việt(?! Nam)"):
                if re.search(rf"(?<!{WORD}){pair}(?!{WORD})", text):
                    present.setdefault(("pair", "en"), []).append((pair, 0))
        if c in VI_SHORT and re.search(rf"(?<!Chủ )(?<!{WORD}){VI_SHORT[c]}(?!{WORD})", text):
            present.setdefault(("short", "en"), []).append((re.escape(VI_SHORT[c]), 0))
        if not present:
            return None
        cands = []
        for d in group:
            if d in used:
                continue
            df = _forms(d)
            if any(not _main_forms(df, "vi" if a in ("short", "pair") else a) for kind in present for a in kind):
                continue
            # the new state must not be in the text already
            if d in codes_in_text:
                continue
            cands.append(d)
        if not cands:
            return None
        d = rng.choice(cands)
        used.add(d)
        code_map[c] = d
        df = _forms(d)
        for kind, found in present.items():
            new = []
            for attr in kind:
                choices = _main_forms(df, "vi" if attr in ("short", "pair") else attr)
                new.append(min(choices, key=len) if attr == "short" else
                           "Việt Nam - " + rng.choice(choices) if attr == "pair" else rng.choice(choices))
            for p, flags in found:
                repl[(p, flags)] = tuple(new)
        # the state's places for the new state's, written the same way
        cp, dp = _places(c), _places(d)
        for kind, by_script in cp.items():
            for script, phrases in by_script.items():
                for p in phrases:
                    # (not a state's name that is a city's too: "Singapore")
                    if p not in places_in_text or p in in_text:
                        continue
                    pool = (dp.get(kind) or dp.get("capital") or {})
                    pool = pool.get(script) or [q for s in ("vi", "phonetic", "latin") for q in pool.get(s, [])]
                    if pool:
                        flags = 0 if places_in_text[p][2] == "exact" else re.I
                        repl[(re.escape(p), flags)] = (rng.choice(sorted(pool)),) * 2
    if not repl:
        return None
    # an office only the old state has ("Secretary of Defense": positions.tsv state:US) would still name it
    if _found("positions.tsv", text, lambda r: r[3].startswith("state:") and r[3][6:] in code_map):
        return None
    # so would a ship's prefix ("USS", "HMAS": function_words.tsv state:XX)
    if _found("function_words.tsv", text, lambda r: r[3].startswith("state:") and r[3][6:] in code_map):
        return None
    # as would a body only the old state has, its name a proper name ("Quân Giải phóng Nhân dân Trung Quốc")
    if _found("bodies.tsv", text, lambda r: r[1] in code_map):
        return None
    # one pass over the text: a replacement is never replaced again
    pats = sorted(repl, key=lambda k: len(k[0]), reverse=True)
    # (an anniversary of relations counts the years from the old state's: the new one's would be another)
    if re.search(r"\d+ năm (?:[Nn]gày )?thiết lập quan hệ|anniversary of (?:the )?(?:establishment of )?(?:their )?"
                 r"(?:diplomatic )?(?:ties|relations)", text):
        return None
    # (not "US" in "US$430 million": a currency)
    rx = re.compile("|".join(rf"(?<!{WORD})({'(?i:' if f else '(?:'}{p}))(?!{WORD}|\$)" for p, f in pats))

    def sub_text(s, protect=()):
        protect = list(protect) + _mechanism_spans(s)

        def one(m):
            if any(a <= m.start() < b for a, b in protect):
                return m[0]
            key = pats[m.lastindex - 1]
            # a state's one-syllable name as a person's given name ("Nguyễn Thị Nga") stays
            if re.fullmatch(rf"{WORD}+", key[0]) and _person_before(s, m.start()):
                return m[0]
            line = s[s.rfind("\n", 0, m.start()) + 1:s.find("\n", m.end()) % (len(s) + 1)]
            # (an English story writes Vietnamese names with their marks: the story's language first)
            return repl[key][0 if vi and is_vietnamese(line) else 1]
        return rx.sub(one, s)

    new_text = sub_text(text, _name_spans(text, g))
    if new_text == text:
        return None
    new_g = _walk(g, lambda s: code_map.get(s, s) if re.fullmatch(r"[A-Z]{2}", s) else sub_text(s))
    # names are names: a participant's name is not rewritten
    for ev_new, ev_old in zip(new_g.get("events") or [], g.get("events") or []):
        for pn, po in zip(ev_new.get("participants") or [], ev_old.get("participants") or []):
            pn["name"] = po.get("name")
    return dict(doc, text=new_text), new_g


VI_FAMILIES_AMBIGUOUS = set("Ông Văn Phó Ma La Vi Từ Quan Quang Hồng Kim Đồng Âu Tôn Thân Lò Hàn Viên Giáp Châu".split())
VI_MIDDLES = "Văn Hữu Đức Minh Quang Xuân Thanh Công Ngọc Trọng Quốc Đình Tiến Thành Hồng Mạnh Duy Viết Khắc Bá".split()
# Invented given names (none a state's short name, a place or a common word capitalised).
VI_GIVENS = "Hưng Dũng Thắng Tuấn Cường Khải Phong Sơn Bình Toàn Hiếu Kiên Lợi Quyết Vinh Thịnh Khang Tùng Hùng Lực Thuận Khiêm".split()
# Invented names in the naming pattern of a state's people; a token with a
# hyphen is replaced by one with a hyphen.
FOREIGN_NAMES = {
    "slavic": ("RU BY UA KZ UZ KG", "Sergei Andrei Nikolai Viktor Dmitry Alexei Mikhail Igor Ivanovich Petrovich "
               "Nikolaevich Sergeevich Volkov Morozov Lebedev Sokolov Orlov Zaitsev Belov Kovalenko"),
    "japanese": ("JP", "Tanaka Suzuki Watanabe Kobayashi Hiroshi Kenji Takeshi Masato Yoshida Nakamura"),
    "korean": ("KR", "Kim Park Choi Jung Kang Yoon", "Min-ho Jae-won Sung-min Dong-hyun Min Jae Sung Hyun Chul Yeon"),
    "chinese": ("CN TW", "Wang Zhang Liu Chen Zhao", "Jianguo Weidong Haitao Zhiming Guoqiang"),
    "lao": ("LA", "Souksavanh Phommachanh Vilayvong Keomany Sisouk Bounthong Khamphanh Vongsa"),
    "khmer": ("KH", "Chea Sok Meas Pich", "Sophal Vannak Dara Sovann Rith"),
    "thai": ("TH", "Somchai Prasert Wongsawat Chaiyaporn Kittisak Suwannarat Thanakorn"),
    "malay": ("MY ID BN SG", "Ahmad Hassan Ibrahim Rahman Yusof Hidayat Santoso Wibowo Kamal"),
    "western": ("US GB AU NZ CA IE FR DE IT ES NL BE SE NO DK FI AT PT",
                "John Richard Peter Michael David Anderson Miller Clarke Bennett Harris Laurent Becker Rossi"),
    "indian": ("IN", "Rajesh Suresh Anil Kumar Sharma Verma Singh Menon Rao"),
}
# (a pattern with two pools writes the family name first, from the first pool: "Kim Min-ho", "Chen Weidong")


def _token_map(old_tokens, pools, taken, rng):
    """{old token: new token}: the first token from pools[0] and the others from pools[-1], a hyphen for a hyphen."""
    out = {}
    for i, t in enumerate(old_tokens):
        if t in out:
            continue
        pool = pools[0] if i == 0 else pools[-1]
        cands = [p for p in pool if p not in taken and ("-" in p) == ("-" in t) and p != t]
        if not cands:
            return None
        out[t] = rng.choice(cands)
        taken.add(out[t])
    return out


def _participants(g, pred):
    seen = {}
    for ev in g.get("events") or []:
        for p in ev.get("participants") or []:
            if p.get("name") and pred(p):
                seen[p["name"]] = p
    return seen


# The words after which a story names a person again by one of the name's words ("ông Giang", "ngài Kishi",
# "Minister Austin", "Gen. Giang").
TITLE_BEFORE = (r"(?:ông|bà|Ông|Bà|ngài|Ngài|đồng chí|Đồng chí|tướng|Tướng|đốc|tá|trưởng|lệnh|nhiệm|Mr\.|Mrs\.|Ms\.|"
                r"Gen\.|General|Minister|Secretary|Admiral|Adm\.|Col\.|Colonel|Chief|Commander|Ambassador) ")


def _unmarked(s):
    """s without Vietnamese marks, character for character (so its positions are s's)."""
    return "".join(c if len(u := en_no_diacritics(c)) != 1 else u for c in s)


def _rename(doc, g, maps, short, anywhere=False):
    """doc and gold with each person's name rewritten per maps {old name: {old token: new token}}: every
    whole occurrence of the name, with or without marks (the new one written as the occurrence is), and
    the tokens allowed by short(name) where they stand alone after a title (anywhere: wherever they stand
    alone, as a foreign name's words do: "Huân tước Howe", "Carter said"); every gold participant's name
    the same way."""
    text = doc.get("text") or ""
    # keys without marks: the text is read without them, position for position; a name written without
    # marks matches only where it is so written ("Han" is not "Hàn")
    full, alone, marked = {}, {}, set()
    for name, m in maps.items():
        full[_unmarked(name)] = " ".join(m.get(t, t) for t in name.split())
        if _unmarked(name) != name:
            marked.add(_unmarked(name))
        for t in short(name):
            if t in m:
                alone[_unmarked(t)] = m[t]
                if _unmarked(t) != t:
                    marked.add(_unmarked(t))
    if not full:
        return None
    plain = _unmarked(text)
    if anywhere:
        # a word also written in lower case in the story is a word, not only a name
        anywhere = {t: n for t, n in alone.items() if len(t) > 1 and not re.search(
            rf"(?<!{WORD}){re.escape(t.lower())}(?!{WORD})", plain)}
        alone = {}
    # one pass: a name written anew is not rewritten again by its own words
    parts = [rf"(?<!{WORD})(?P<full>{_trie(full)})(?!{WORD})"]
    if alone:
        parts.append(rf"(?<!{WORD})(?P<title>{TITLE_BEFORE})(?P<alone>{_trie(alone)})(?!{WORD})")
    if anywhere:
        parts.append(rf"(?<!{WORD})(?P<any>{_trie(anywhere)})(?!{WORD})")
    rx = re.compile("|".join(parts))

    def rewrite_in(s):
        plain_s, out, at = _unmarked(s), [], 0
        for m in rx.finditer(plain_s):
            key = m["full"] or m.groupdict().get("alone") or m["any"]
            new = (full if m["full"] else alone if m.groupdict().get("alone") else anywhere)[key]
            start = m.start("full") if m["full"] else m.start("alone") if m.groupdict().get("alone") else m.start("any")
            written = s[start:m.end()]
            if _unmarked(written) != written and key not in marked:
                continue
            out += [s[at:start], new if _unmarked(written) != written else _unmarked(new)]
            at = m.end()
        return "".join(out) + s[at:]
    new_text = rewrite_in(text)
    if new_text == text:
        return None
    new_g = json.loads(json.dumps(g))
    for ev in new_g.get("events") or []:
        for p in ev.get("participants") or []:
            if p.get("name") and _unmarked(p["name"]) in full:
                p["name"] = rewrite_in(p["name"])
    return dict(doc, text=new_text), new_g


def swap_vi_people(doc, g, rng):
    """Each Vietnamese participant's family, middle and given names for others (data/family_names.tsv and invented
    given names), wherever the text writes them, with or without diacritics; the gold's names with them."""
    text = doc.get("text") or ""
    # (not the family names that are also words or titles: "Ông Văn Hưng" reads as "Mr Văn Hưng")
    families = [p for p, _, _, a in _data("family_names.tsv") if a != "title" and not p.isascii()
                and p not in VI_FAMILIES_AMBIGUOUS]
    people = _participants(g, lambda p: p.get("country") == "VN")
    taken = {en_no_diacritics(w) for w in re.findall(rf"{WORD}+", text)}
    if not is_vietnamese(text):  # English writes them without marks: the ones that need no title there
        plain = {p for p, _, _, a in _data("family_names.tsv") if a != "title"}
        families = [f for f in families if en_no_diacritics(f) in plain]
    maps = {}
    for name in people:
        toks = name.split()
        if len(toks) < 2 or any("-" in t for t in toks):
            continue
        stripped = en_no_diacritics(name)
        written = name if re.search(rf"(?<!{WORD}){re.escape(name)}(?!{WORD})", text) else \
            stripped if re.search(rf"(?<!{WORD}){re.escape(stripped)}(?!{WORD})", text) else None
        if not written:
            continue
        pools = [families] + [VI_MIDDLES] * (len(toks) - 2) + [VI_GIVENS]
        m = {}
        for t, pool in zip(toks, pools):
            if t in m:
                continue
            cands = [p for p in pool if en_no_diacritics(p) not in taken and p != t]
            if not cands:
                break
            m[t] = rng.choice(cands)
            taken.add(en_no_diacritics(m[t]))
        else:
            maps[name] = m
    # two people sharing a token (two Nguyễn) would get two mappings for it: keep the first
    # English stories call a Vietnamese by the given name alone ("Chiến held talks"), Vietnamese ones after a title
    return _rename(doc, g, maps, lambda n: n.split()[-1:], anywhere=not is_vietnamese(text))


def swap_foreign_people(doc, g, rng):
    """Each foreign participant's name tokens for invented ones in their state's naming pattern (Russian,
    Japanese, Korean, Chinese, Lao, Khmer, Thai, Malay, Western, Indian), in text and gold."""
    text = doc.get("text") or ""
    style = {c: [pool.split() for pool in pools] for codes, *pools in FOREIGN_NAMES.values() for c in codes.split()}
    people = _participants(g, lambda p: p.get("country") in style)
    vi_tokens = {t for n in _participants(g, lambda p: p.get("country") == "VN") for t in n.split()}
    taken = set(re.findall(rf"{WORD}+", text))
    maps = {}
    for name, p in people.items():
        toks = [t for t in name.split() if re.fullmatch(rf"[A-Z]{WORD}+(?:-{WORD}+)?", t)]
        if not toks or len(toks) != len(name.split()) or vi_tokens & set(toks) or name not in text:
            continue
        # a token glued to the next word by the crawl ("Wolfin Hanoi") would be left behind
        if any(text.count(t) != len(_bounded([t]).findall(text)) for t in toks):
            continue
        m = _token_map(toks, style[p["country"]], taken, rng)
        if m:
            maps[name] = m
    return _rename(doc, g, maps, lambda n: n.split(), anywhere=True)


# Ranks of one level: a general's for a general's, a field officer's for a field officer's.
RANK_LEVELS = [("Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng"),
               ("Đô đốc", "Phó Đô đốc", "Chuẩn Đô đốc"),
               ("Đại tá", "Thượng tá", "Trung tá", "Thiếu tá"),
               ("Senior Lieutenant General", "Lieutenant General", "Major General"),
               ("Sr. Lt. Gen.", "Lt. Gen.", "Maj. Gen."),
               ("Senior Colonel", "Colonel", "Lieutenant Colonel"),
               ("Vice Admiral", "Rear Admiral")]


def swap_rank(doc, g, rng):
    """Each participant's rank, where the text writes it before the name, for another of the same level
    (Thượng tướng for Trung tướng, Major General for Lieutenant General); "Deputy Minister" and "Vice
    Minister" swapped; the gold's ranks and positions with them."""
    text = doc.get("text") or ""
    people = _participants(g, lambda p: p.get("rank"))
    new_text, ranks = text, {}
    for name, p in people.items():
        level = next((lv for lv in RANK_LEVELS if p["rank"] in lv), None)
        if not level:
            continue
        other = rng.choice([r for r in level if r != p["rank"]])
        # the rank before the name or before its last token
        last = name.split()[-1]
        rx = re.compile(rf"(?<!{WORD}){re.escape(p['rank'])}(?= (?:{re.escape(name)}|{re.escape(last)})(?!{WORD}))")
        if rx.search(new_text):
            new_text = rx.sub(other, new_text)
            ranks[name] = other
    offices = {"Deputy Minister": "Vice Minister", "Vice Minister": "Deputy Minister"}
    office_rx = re.compile(r"\b(Deputy|Vice) Minister\b")
    new_text = office_rx.sub(lambda m: offices[m[0]], new_text)
    if new_text == text:
        return None
    new_g = json.loads(json.dumps(g))
    for ev in new_g.get("events") or []:
        for p in ev.get("participants") or []:
            if p.get("name") in ranks:
                p["rank"] = ranks[p["name"]]
            if p.get("position"):
                p["position"] = office_rx.sub(lambda m: offices[m[0]], p["position"])
    return dict(doc, text=new_text), new_g


EN_MONTH_FORMS = {m: i + 1 for i, m in enumerate(EN_MONTHS)} | {
    a: i + 1 for i, a in enumerate("Jan. Feb. Mar. Apr. May Jun. Jul. Aug. Sept. Oct. Nov. Dec.".split())} | {"Sep.": 9}
EN_MONTH_RX = "|".join(re.escape(m) for m in sorted(EN_MONTH_FORMS, key=len, reverse=True))
# Date forms the shift does not rewrite: where one is written the document is left as it is (a range whose
# first day takes the month of the second, a month alone, a date in words or with dashes or dots).
DATE_SHIFT_UNSURE = {
    "vi": [r"\d{1,2}\s*(?:-|–|đến|và|tới|,)\s*(?:ngày\s*)?\d{1,2}[-/.]\d", r"\d\s+tháng\s+\d", r"(?<!\d/)tháng\s+\d",
           r"\d{1,2}[-.]\d{1,2}[-.](?:19|20)\d\d", r"(?<![\d/.-])\d{1,2}[-.](?:0?[1-9]|1[0-2])(?![\d/-])(?!\.\d)",
           r"\d{4}-\d\d(?![\d-])"],
    "en": [rf"(?:{EN_MONTH_RX})\s*\d{{1,2}}\s*(?:-|–|and|to|through)\s*\d", rf"\d{{1,2}}\s*(?:-|–|and|to)\s*\d{{1,2}}\s+(?:{EN_MONTH_RX})",
           rf"(?<![\d\s])\s*(?<!\d )\b(?:{EN_MONTH_RX})(?!\s*\d)(?<!May)", rf"(?:{EN_MONTH_RX})\d", r"\d{1,2}/\d{1,2}",
           r"\d{4}-\d\d(?![\d-])", r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b(?!\.)"],
}


def shift_dates(doc, g, rng):
    """Every date of the story, its stamp and its gold moved by the same weeks (7 to 28 days, so a weekday
    stays right; across month ends), where the story writes only dates the shift reads (5/3/2024 and 5/3;
    March 5, 2024, 5 March and Mar. 5) and the year of none changes."""
    import datetime
    text = doc.get("text") or ""
    vi = is_vietnamese(text)
    stamp = re.match(r"\s*date (\d{4}-\d\d-\d\d) ", text)
    body_at = stamp.end() if stamp else 0
    body = text[body_at:]
    if any(re.search(rx, body) for rx in DATE_SHIFT_UNSURE["vi" if vi else "en"]):
        return None
    # a date in the page's address (".../20170428/...") would still say the old publication day
    if re.search(r"(?:19|20)\d\d[-/_]?[01]\d[-/_]?[0-3]\d", doc.get("url") or ""):
        return None
    # with no publication day, a day's year is guessed from the years the story names, and moving the day
    # may move the guess (a period "2020-2021" and "July 21" or "June 30"): not a question of how dates are written
    if not stamp and not doc.get("published") and re.search(r"\b(?:19|20)\d\d\b", body):
        return None
    gold_dates = []

    def note(s):
        if re.fullmatch(r"(?:\d{4}|XXXX)-\d\d(?:-\d\d)?|\d{4}", s):
            gold_dates.append(s)
        return s
    _walk({k: v for k, v in g.items() if k not in ("id", "lang")}, note)
    if any(re.fullmatch(r"(?:\d{4}|XXXX)-\d\d", s) for s in gold_dates):
        return None  # a month alone: what would it be?
    days = rng.choice([-28, -21, -14, -7, 7, 14, 21, 28])
    ok = [True]

    def moved(year, month, day):
        """The date days later, or None (and the rewrite off) when its year would change."""
        try:
            d = datetime.date(year, month, day)
        except ValueError:
            ok[0] = False
            return None
        n = d + datetime.timedelta(days=days)
        if n.year != d.year:
            ok[0] = False
        return n

    ref = int(stamp[1][:4]) if stamp else 2019  # a year for dates without one (not a leap year's 29 February)
    if vi:
        def dmy(m):
            n = moved(int(m[3]), int(m[2]), int(m[1]))
            return m[0] if not n else (f"{n.day:02d}/{n.month:02d}/{n.year}" if len(m[1]) == 2 else f"{n.day}/{n.month}/{n.year}")

        def dm(m):
            if not 1 <= int(m[2]) <= 12:
                return m[0]
            n = moved(ref, int(m[2]), int(m[1]))
            return m[0] if not n else (f"{n.day:02d}/{n.month:02d}" if len(m[1]) == 2 else f"{n.day}/{n.month}")
        new_body = DM.sub(dm, DMY.sub(dmy, body))
    else:
        names = {v: k for k, v in EN_MONTH_FORMS.items() if k in EN_MONTHS}
        abbr = {v: k for k, v in EN_MONTH_FORMS.items() if k not in EN_MONTHS and k != "Sep."} | {5: "May"}

        def month_name(form, month):
            return names[month] if form in EN_MONTHS else abbr[month]

        def mdy(m):
            n = moved(int(m[4]) if m[4] else ref, EN_MONTH_FORMS[m[1]], int(m[2]))
            return m[0] if not n else f"{month_name(m[1], n.month)} {n.day}{m[3] or ''}{n.year if m[4] else ''}"

        def dmy_en(m):
            n = moved(int(m[4]) if m[4] else ref, EN_MONTH_FORMS[m[2]], int(m[1]))
            return m[0] if not n else f"{n.day} {month_name(m[2], n.month)}{m[3] or ''}{n.year if m[4] else ''}"
        new_body = re.sub(rf"\b({EN_MONTH_RX}) (\d{{1,2}})\b(,? )?((?:19|20)\d\d)?", mdy, body)
        new_body = re.sub(rf"\b(\d{{1,2}}) ({EN_MONTH_RX})(,? )?((?:19|20)\d\d)?", dmy_en, new_body)
    if not ok[0] or new_body == body:
        return None
    new_stamp = ""
    if stamp:
        y, mo, d = map(int, stamp[1].split("-"))
        n = moved(y, mo, d)
        if not n:
            return None
        new_stamp = text[:body_at].replace(stamp[1], n.isoformat())

    def gold_date(s):
        m = re.fullmatch(r"(\d{4}|XXXX)-(\d\d)-(\d\d)", s)
        if not m:
            return s
        n = moved(ref if m[1] == "XXXX" else int(m[1]), int(m[2]), int(m[3]))
        return s if not n else f"{m[1] if m[1] == 'XXXX' else n.year}-{n.month:02d}-{n.day:02d}"
    new_g = _walk(g, gold_date)
    if not ok[0]:
        return None
    out = dict(doc, text=new_stamp + new_body)
    if doc.get("published"):
        out["published"] = gold_date(doc["published"][:10]) + doc["published"][10:]
    return out, new_g


# ---- site chrome around the story (the gold unchanged) -----------------------
# Each puts what a news site prints around a story - other stories' headlines
# under a related-news label, breadcrumbs, tags, a comment box, a newspaper's
# address - around a studied document, the headlines taken from the OTHER
# documents of its set. The gold stays the same: an event from the chrome is
# invented. The labels, seeded per document, vary across the set.

CHROME_RELATED = {"vi": ["Tin liên quan", "Tin cùng chuyên mục", "Xem thêm", "Đọc thêm", "Tin mới",
                         "Bài viết liên quan", "TIN LIÊN QUAN", "Tin liên quan:", "Có thể bạn quan tâm",
                         "Tin cùng chủ đề", "Tin nổi bật", "Xem nhiều nhất", "Tin khác"],
                  "en": ["Related news", "Read more", "See also", "More from Defence", "Most read",
                         "You may also like", "RELATED NEWS", "Related:", "Top stories", "Latest news",
                         "Also read", "Trending", "More in Politics"]}
CHROME_INLINE = {"vi": ["Xem thêm: ", "Đọc thêm: ", ">> "], "en": ["Read more: ", "See also: ", ">> "]}
CHROME_TOP = {"vi": [["Trang chủ > Quốc phòng > Đối ngoại quốc phòng"],
                     ["Thời sự | Chính trị | Quốc phòng | Kinh tế | Xã hội | Thế giới", "Đăng nhập | Đăng ký"],
                     ["Trang chủ / Chính trị", "Đăng ký nhận bản tin"]],
              "en": [["Home / News / Politics"],
                     ["News | Politics | Business | Society | World | Sports", "Sign in | Subscribe"],
                     ["Home > Politics > Defence", "Subscribe to our newsletter"]]}
CHROME_TAGS = {"vi": ["Việt Nam", "Lào", "Campuchia", "Nhật Bản", "Hàn Quốc", "Ấn Độ", "Hoa Kỳ", "Liên bang Nga",
                      "Phan Văn Giang", "Hoàng Xuân Chiến", "hợp tác quốc phòng", "đối ngoại quốc phòng"],
               "en": ["Vietnam", "Laos", "Cambodia", "Japan", "Republic of Korea", "India", "United States",
                      "Russia", "Phan Van Giang", "Hoang Xuan Chien", "defence cooperation", "defence diplomacy"]}
CHROME_BOTTOM = {"vi": [["Bình luận", "Gửi bình luận", "Chia sẻ: Facebook Zalo"],
                        ["Chia sẻ", "Ý kiến bạn đọc", "Bạn vui lòng đăng nhập để bình luận"],
                        ["Bản quyền thuộc về Báo Tin Tức Quốc Phòng", "Địa chỉ: Số 7 Phan Đình Phùng, Ba Đình, Hà Nội",
                         "Điện thoại: 024 3747 0000"]],
                 "en": [["Comments", "Leave a comment", "Share: Facebook Twitter Email"],
                        ["Share", "Post a Comment"],
                        ["Copyright © 2024 The Defence Daily. All rights reserved.",
                         "Address: 7 Phan Dinh Phung Street, Ba Dinh District, Hanoi", "Tel: 024 3747 0000"]]}


def _story_parts(t):
    """(what comes before the headline, the headline or None, the story after it)."""
    span = _headline_span(t)
    if not span:
        stamp = re.match(r"\s*date \S+ ", t)
        pos = stamp.end() if stamp else 0
        return t[:pos], None, t[pos:]
    return t[:span[0]], t[span[0]:span[1]], t[span[1]:]


META_LINE = re.compile(r"(Published at|Author|Original|Tác giả|Nguồn|Ảnh):|\(|date \d")


def _teaser(t):
    """(headline, first sentence) of a document as a related-news box shows it."""
    _, head, body = _story_parts(t)
    if not head:
        return None
    head = head.strip().lstrip("# ").strip()
    first = next((ln.strip() for ln in body.split("\n") if len(ln.strip()) > 80 and not META_LINE.match(ln.strip())),
                 "")
    m = re.match(r".{40,}?[.!?](?=\s|$)", first)
    return head, (m.group(0) if m else "")


def _teasers(doc, others, rng, lo=3, hi=6):
    pool = [x for x in (_teaser(o.get("text") or "") for o in others if o["id"] != doc["id"]) if x]
    rng.shuffle(pool)
    return pool[:rng.randint(lo, hi)]


def _teaser_date(rng, vi):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2018, 2024)
    return f"{d:02d}/{m:02d}/{y}" if vi else f"{EN_MONTHS[m - 1][:3]} {d}, {y}"


def _related_block(doc, others, rng, vi):
    """A related-news label, then 3-6 other stories' headlines, some with a date and their first sentence."""
    lang = "vi" if vi else "en"
    lines = [rng.choice(CHROME_RELATED[lang])]
    for head, first in _teasers(doc, others, rng):
        lines.append(head)
        if rng.random() < 0.5:
            lines.append(_teaser_date(rng, vi))
        if first and rng.random() < 0.5:
            lines.append(first)
    return lines if len(lines) > 1 else None


def _sep(t):
    return "\n\n" if re.search(r"\n\s*\n", t) else "\n"


def chrome_related_end(doc, others, rng, vi):
    """A related-news box after the story: a label ("Tin liên quan", "Read more" ...) and 3-6
    other studied stories' headlines, with or without a date and their first sentence."""
    t = doc.get("text") or ""
    block = _related_block(doc, others, rng, vi)
    if not block or hard_wrapped(t):
        return None
    sep = _sep(t)
    return t.rstrip() + sep + sep.join(block) + "\n"


def chrome_inline(doc, others, rng, vi):
    """"Xem thêm: <headline>" / "Read more: <headline>" / ">> <headline>" on a line of its own
    after the story's 2nd paragraph, as sites insert."""
    t = doc.get("text") or ""
    if hard_wrapped(t):
        return None
    teasers = _teasers(doc, others, rng, 1, 1)
    if not teasers:
        return None
    before, head, body = _story_parts(t)
    paras = [m for m in re.finditer(r"[^\n]*\S[^\n]*", body) if len(m.group(0).strip()) > 80]
    if len(paras) < 3:
        return None
    cut = paras[1].end()
    line = rng.choice(CHROME_INLINE["vi" if vi else "en"]) + teasers[0][0]
    sep = _sep(body)
    return before + (head or "") + body[:cut] + sep + line + body[cut:]


def chrome_top(doc, others, rng, vi):
    """Breadcrumbs ("Trang chủ > Quốc phòng > Đối ngoại quốc phòng", "Home / News / Politics"),
    a menu line, a login or subscribe line above the headline."""
    t = doc.get("text") or ""
    if hard_wrapped(t):
        return None
    before, head, body = _story_parts(t)
    lines = rng.choice(CHROME_TOP["vi" if vi else "en"])
    sep = _sep(t)
    top = sep.join(lines) + sep
    if head is None:
        return before + top + body.lstrip("\n")
    return before + top + head + body


def chrome_bottom(doc, others, rng, vi):
    """Tags ("Từ khóa: ...", "Tags: ..." with states and people), a comment box, a share line, a
    newspaper's copyright and address under the story."""
    t = doc.get("text") or ""
    if hard_wrapped(t):
        return None
    lang = "vi" if vi else "en"
    tags = rng.sample(CHROME_TAGS[lang], 4)
    lines = [("Từ khóa: " if vi else "Tags: ") + ", ".join(tags)] + rng.choice(CHROME_BOTTOM[lang])
    sep = _sep(t)
    return t.rstrip() + sep + sep.join(lines) + "\n"


def chrome_top_list(doc, others, rng, vi):
    """A site's list of latest headlines above the story: a label ("Tin mới", "Tin nổi bật",
    "Đọc nhiều"; "Latest news", "Top stories", "Trending") and 3-4 other stories' headlines
    before the story's own headline: clean.c drops the list, and the story's headline when its lead
    does not retell it."""
    t = doc.get("text") or ""
    if hard_wrapped(t):
        return None
    teasers = _teasers(doc, others, rng, 3, 4)
    if not teasers:
        return None
    label = rng.choice(["Tin mới", "Tin nổi bật", "Đọc nhiều"] if vi else ["Latest news", "Top stories", "Trending"])
    before, head, body = _story_parts(t)
    sep = _sep(t)
    block = sep.join([label] + [h for h, _ in teasers]) + sep
    return before + block + ((head or "") + body if head else body.lstrip("\n"))


def chrome_html(doc, others, rng, vi):
    """The story as an HTML page with a <nav> menu and breadcrumbs, an <aside>, a <ul
    class="related"> or a <section> of teaser <article>s under a list label, of other stories'
    headlines, and a <footer> with tags and the newspaper's address: the front end should drop
    them by structure."""
    t = doc.get("text") or ""
    page = html_page(t)
    teasers = _teasers(doc, others, rng)
    if not page or not teasers:
        return None
    lang = "vi" if vi else "en"
    e = html.escape
    nav = "<nav>" + "".join(f"<a href=\"/m{i}\">{e(x)}</a> " for i, x in enumerate(rng.choice(CHROME_TOP[lang]))) + "</nav>"
    items = "".join(f"<li><a href=\"/s{i}\">{e(h)}</a><span>{_teaser_date(rng, vi)}</span><p>{e(f)}</p></li>"
                    for i, (h, f) in enumerate(teasers))
    label = e(rng.choice(CHROME_RELATED[lang]))
    form = rng.randrange(3)
    if form == 0:
        related = f"<aside><h3>{label}</h3><ul>{items}</ul></aside>"
    elif form == 1:
        related = f"<div class=\"related\"><h3>{label}</h3><ul class=\"related\">{items}</ul></div>"
    else:  # a section of teaser <article>s, known by its heading alone
        related = (f"<section class=\"more-news\"><h2>{label}</h2>"
                   + "".join(f"<article><h3><a href=\"/s{i}\">{e(h)}</a></h3><p>{e(f)}</p></article>"
                             for i, (h, f) in enumerate(teasers)) + "</section>")
    tags = ("Từ khóa: " if vi else "Tags: ") + ", ".join(rng.sample(CHROME_TAGS[lang], 4))
    footer = "<footer>" + "".join(f"<p>{e(x)}</p>" for x in [tags] + rng.choice(CHROME_BOTTOM[lang])) + "</footer>"
    page = page.replace("<body>", "<body>" + nav, 1)
    page = page.replace("</article>", "</article>" + related + footer, 1)
    return page


# name -> (function(doc, other documents of its set, rng, is Vietnamese) -> text or None, checked)
CHROME = {
    "chrome-related-end": (chrome_related_end, True),
    "chrome-inline": (chrome_inline, True),
    "chrome-top": (chrome_top, True),
    "chrome-bottom": (chrome_bottom, True),
    "chrome-html": (chrome_html, True),
    "chrome-top-list": (chrome_top_list, True),
}


def chromed(name, seed, docs):
    """The documents with the chrome around them (None where it does not apply)."""
    fn, _ = CHROME[name]
    out = []
    for d in docs:
        text = d.get("text")
        new = fn(d, docs, random.Random(f"{name}:{seed}:{d['id']}"), is_vietnamese(text or "")) if text else None
        if new is None or new == text:
            out.append(None)
            continue
        n = dict(d)
        if name == "chrome-html":
            del n["text"]
            n["html"] = new
        else:
            n["text"] = new
        out.append(n)
    return out


# name -> (function(doc, gold, rng) -> (doc, gold) or None, language or None)
SWAPS = {
    "swap-country": (swap_country, None),
    "swap-vi-people": (swap_vi_people, None),
    "swap-foreign-people": (swap_foreign_people, None),
    "swap-rank": (swap_rank, None),
    "shift-dates": (shift_dates, None),
}


# name -> (function, language: "vi", "en" or None for both, checked: held to by --check)
REWRITES = {
    "vi-old-tone": (vi_old_tone, "vi", True),
    "nfd": (nfd, None, True),
    "invisible": (invisible, None, True),
    "vi-title-case": (vi_title_case, "vi", True),
    "caps-headline": (caps_headline, None, True),
    "vi-date-padded": (vi_date_padded, "vi", True),
    "vi-date-dash": (vi_date_dash, "vi", True),
    "vi-date-dot": (vi_date_dot, "vi", True),
    "vi-date-dash-short": (vi_date_dash_short, "vi", True),
    "vi-date-dot-short": (vi_date_dot_short, "vi", True),
    "vi-date-words": (vi_date_words, "vi", True),
    "vi-vn-headline": (vi_vn_headline, "vi", True),
    "en-viet-nam": (_swap("Vietnam", "Viet Nam"), "en", True),
    "en-ha-noi": (_swap("Hanoi", "Ha Noi"), "en", True),
    "en-hcm-city": (_swap("Ho Chi Minh City", "HCM City"), "en", True),
    "en-curly": (en_curly, "en", True),
    "en-straight": (en_straight, "en", True),
    "en-us-spelling": (en_us, "en", True),
    "en-uk-spelling": (en_uk, "en", True),
    "en-date-dmy": (en_date_dmy, "en", True),
    "en-date-mdy": (en_date_mdy, "en", True),
    "en-date-abbr": (en_date_abbr, "en", True),
    "en-date-ordinal": (en_date_ordinal, "en", True),
    "en-caps-dateline": (en_caps_dateline, "en", True),
    "en-rank-no-periods": (en_rank_no_periods, "en", True),
    "en-rank-spelled": (en_rank_spelled, "en", True),
    "en-hyphens": (en_hyphens, "en", True),
    "en-dashes": (en_dashes, "en", True),
    "vi-bo-truong-qp": (vi_bo_truong_qp, "vi", True),
    "vi-ky": (vi_ky, "vi", True),
    "en-inked": (en_inked, "en", True),
    "en-defence-minister": (en_defence_minister, "en", True),
    "en-no-diacritics": (en_no_diacritics, "en", True),
    "en-mou": (en_mou, "en", True),
    "vi-dong-chi": (vi_dong_chi, "vi", True),
    "vi-ky-ket": (vi_ky_ket, "vi", True),
    "vi-no-party": (vi_no_party, "vi", True),
    "vi-ong": (vi_ong, "vi", True),
    "en-office-after": (en_office_after, "en", True),
    "vi-bien-ban": (vi_bien_ban, "vi", True),
    "vi-mou-paren": (vi_mou_paren, "vi", True),
    "en-rank-short": (en_rank_short, "en", True),
    "hard-wrap": (hard_wrap, None, True),
    "join-paragraphs": (join_paragraphs, None, True),
    "blank-lines": (blank_lines, None, True),
    "one-line": (one_line, None, True),
    "html": (html_page, None, True),
    "pub-updated-below": (_pubdate("updated", "below"), None, False),
    "pub-updated-end": (_pubdate("updated", "end"), None, False),
    "pub-weekday-below": (_pubdate("weekday", "below"), None, False),
    "pub-bar-below": (_pubdate("bar", "below"), None, False),
    "pub-iso-top": (_pubdate("iso", "top"), None, False),
    "pub-url-top": (_pubdate("url", "top"), None, False),
    "pub-html-time": (_html_pub("time"), None, False),
    "vi-date-today": (_story_dates("today"), "vi", False),
    "vi-date-nay": (_story_dates("nay"), "vi", False),
    "date-year-add": (_story_dates("year-add"), None, False),
    "date-year-drop": (_story_dates("year-drop"), None, False),
    "en-date-weekday": (_story_dates("weekday"), "en", False),
}


def rewrite(name, doc):
    """The document rewritten, or None when the rewrite does not apply to it."""
    fn, lang, _ = REWRITES[name]
    text = doc.get("text") or ""
    if lang and (lang == "vi") != is_vietnamese(text):
        return None
    new = fn(text)
    if new is None or new == text:
        return None
    out = dict(doc)
    if name == "html" or name.startswith("pub-html"):
        del out["text"]
        out["html"] = new
    else:
        out["text"] = new
    return out


def extract(attache, docs):
    """scores.extract, except that a document attache refuses (exit 1: its
    error is printed) is scored as giving nothing."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
        path = f.name
    try:
        run = subprocess.run([attache, "extract", "--jsonl", path], capture_output=True)
    finally:
        os.unlink(path)
    if run.returncode not in (0, 1):
        sys.exit(f"perturb: attache extract failed ({run.returncode}): {run.stderr.decode(errors='replace')}")
    for line in run.stderr.decode(errors="replace").splitlines():
        print(f"perturb: {line}", file=sys.stderr)
    return [json.loads(line) for line in run.stdout.decode("utf-8").splitlines() if line.strip()]


_SCORER = {}


def score(shared, gold, pred):
    """scores.score, with the shared scorer's own main run in this process (a Python started per score,
    ~300 of them, was most of the run's time)."""
    import contextlib
    import io
    if shared not in _SCORER:
        spec = importlib.util.spec_from_file_location("shared_score", os.path.join(shared, "eval", "score.py"))
        _SCORER[shared] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(_SCORER[shared])
    with scores.scorer_files(gold, pred) as paths:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            _SCORER[shared].main(paths + ["--json"])
        return json.loads(out.getvalue().strip().splitlines()[-2])


def fold_name(s):
    """A name as the scorer should see it whatever the rewrite did to its spelling."""
    s = unicodedata.normalize("NFC", s or "")
    s = re.sub("[\u200b\u200c\u200d\u00ad\ufeff]", "", s).replace("\u00a0", " ")
    s = unicodedata.normalize("NFC", vi_old_tone(unicodedata.normalize("NFC", s.lower())))
    s = s.replace("viet nam", "vietnam")
    # English outlets write Vietnamese names with or without their diacritics.
    return en_no_diacritics(s)


def fold_title(s):
    """An agreement's title as the rewrites leave it: "MoU" spelled out (en-mou), no "(MOU)" after the
    name (vi-mou-paren), "bản ghi nhớ" for "biên bản ghi nhớ" (vi-bien-ban)."""
    s = re.sub(r"\s*\((?:MoU|MOU|mou)\)", "", s or "")
    s = re.sub(r"\b[Bb]iên (bản ghi nhớ)", r"\1", s)
    s = re.sub(r"\b(?:MoU|MOU|mou)s?\b", "memorandum of understanding", s)
    # en-us-spelling and en-uk-spelling respell a title's words, glued ones too ("bilateraldefence")
    s = re.sub(r"\bprogram\b", "programme", s.replace("defense", "defence").replace("Defense", "Defence"))
    return en_uk(s)


def fold_names(rows):
    rows = json.loads(json.dumps(rows))
    for r in rows:
        for ev in r.get("events") or []:
            for p in ev.get("participants") or []:
                if "name" in p:
                    p["name"] = fold_name(p["name"])
        for a in r.get("agreements") or []:
            if "title" in a:
                a["title"] = fold_title(a["title"])
    return rows


METRICS = {"events": lambda r: r["events"]["f1"],
           "participants": lambda r: r.get("participants", {}).get("f1", 0.0),
           "agreements": lambda r: r.get("agreements", {}).get("f1", 0.0),
           "date": lambda r: (r.get("event date") or {}).get("acc") or 0.0,
           "overall": lambda r: r["overall_f1"]}


def studied(shared):
    """(set name, documents, gold) of every studied set; dev2's unread quarter is left out."""
    for name in SETS:
        label, docs, gold = scores.parts(shared, name)[0]
        yield name, docs, gold


def swapped(name, seed, docs, gold):
    """(documents, gold) with the swap applied to each document it finds something to swap in, and how many."""
    fn, lang = SWAPS[name]
    by_id = {g["id"]: g for g in gold}
    new_docs, new_gold, touched = [], dict(by_id), 0
    for d in docs:
        g = by_id.get(d["id"])
        text = d.get("text") or ""
        out = None
        # (a hard-wrapped text's lines would change length: how it is unwrapped is the hard-wrap rewrite's test)
        if g and not (lang and (lang == "vi") != is_vietnamese(text)) and not hard_wrapped(text):
            out = fn(d, g, random.Random(f"{name}:{seed}:{d['id']}"))
        if out:
            touched += 1
            new_docs.append(out[0])
            new_gold[d["id"]] = out[1]
        else:
            new_docs.append(d)
    return new_docs, [new_gold[g["id"]] for g in gold], touched


def run(attache, shared, names, seeds=(1,)):
    """{rewrite: {set: (scorer result, documents touched)}}, "none" first; a swap is run once per seed
    ("swap-country:2"). Only the documents a rewrite changed are extracted again: each document is
    extracted on its own, so the others' results are the unchanged run's."""
    table = {}
    for set_name, docs, gold in studied(shared):
        base_pred = extract(attache, docs)
        base = score(shared, fold_names(gold), fold_names(base_pred))
        table.setdefault("none", {})[set_name] = (base, 0)

        def score_with(changed, gold_rows):
            """The set scored with the changed documents' new results."""
            new = {r["id"]: r for r in extract(attache, changed)}
            pred = [new.get(r["id"], r) for r in base_pred]
            return score(shared, fold_names(gold_rows), fold_names(pred))

        for name in names:
            if name in CHROME:
                for seed in seeds:
                    changed = [n for n in chromed(name, seed, docs) if n is not None]
                    result = score_with(changed, gold) if changed else base
                    table.setdefault(f"{name}:{seed}", {})[set_name] = (result, len(changed))
                continue
            if name in SWAPS:
                for seed in seeds:
                    new, new_gold, touched = swapped(name, seed, docs, gold)
                    changed = [n for n, d in zip(new, docs) if n is not d]
                    result = score_with(changed, new_gold) if touched else base
                    table.setdefault(f"{name}:{seed}", {})[set_name] = (result, touched)
                continue
            new = [rewrite(name, d) for d in docs]
            changed = [n for n in new if n is not None]
            result = score_with(changed, gold) if changed else base
            table.setdefault(name, {})[set_name] = (result, len(changed))
    return table


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("attache", nargs="?", default=os.path.join(ROOT, "build", "attache"))
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("--rewrite", action="append", choices=sorted(REWRITES) + sorted(SWAPS) + sorted(CHROME),
                    help="only these rewrites (and swaps)")
    ap.add_argument("--swap-seed", type=int, action="append", metavar="N",
                    help="a seed of the swaps' random choices (repeatable; default 1, 2 and 3)")
    ap.add_argument("--metric", choices=sorted(METRICS), default="events", help="the F1 shown (default events)")
    ap.add_argument("--json", action="store_true", help="every metric of every cell as JSON")
    ap.add_argument("--check", type=float, metavar="T",
                    help="exit 1 if a checked rewrite drops events F1 of a set by more than T")
    ap.add_argument("--list", action="store_true", help="list the rewrites")
    args = ap.parse_args()
    if args.list:
        for name, (fn, lang, *_) in list(REWRITES.items()) + list(SWAPS.items()) + [
                (n, (f, None)) for n, (f, _) in CHROME.items()]:
            print(f"{name:18} {lang or 'both':5} {(fn.__doc__ or '').strip().splitlines()[0] if fn.__doc__ else ''}")
        return 0
    names = args.rewrite or ([n for n, (_, _, checked) in REWRITES.items() if checked or args.check is None] + list(SWAPS)
                             + [n for n, (_, checked) in CHROME.items() if checked or args.check is None])
    seeds = args.swap_seed or [1, 2, 3]
    table = run(args.attache, args.shared, names, seeds)
    # a swap's rows, one per seed
    names = [row for n in names for row in ([f"{n}:{s}" for s in seeds] if n in SWAPS or n in CHROME else [n])]

    if args.json:
        print(json.dumps({rw: {s: {m: METRICS[m](r) for m in METRICS} | {"touched": n} for s, (r, n) in row.items()}
                          for rw, row in table.items()}, indent=1))
    else:
        metric = METRICS[args.metric]
        print(f"{args.metric} F1 (date: accuracy) change per rewrite; (n) = documents the rewrite changed")
        print(f"{'rewrite':22}" + "".join(f"{s:>16}" for s in SETS))
        base = table["none"]
        print(f"{'none':22}" + "".join(f"{metric(base[s][0]):16.3f}" for s in SETS))
        for name in names:
            cells = []
            for s in SETS:
                r, n = table[name][s]
                d = metric(r) - metric(base[s][0])
                cells.append(f"{d:+10.3f} ({n:3d})" if n else f"{'':>16}")
            print(f"{name:22}" + "".join(cells))

    if args.check is not None:
        bad = [(name, s, table[name][s][0]["events"]["f1"] - table["none"][s][0]["events"]["f1"])
               for name in names for s in SETS]
        bad = [b for b in bad if b[2] < -args.check]
        for name, s, d in bad:
            print(f"perturb: {name} drops events F1 of {s} by {-d:.3f} (more than {args.check})", file=sys.stderr)
        return 1 if bad else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
