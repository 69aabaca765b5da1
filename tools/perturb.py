#!/usr/bin/env python3
"""How much the scores move when the studied documents are written the way
another outlet or crawl would write them (metamorphic testing).

    tools/perturb.py [ATTACHE] [--shared DIR] [--rewrite NAME ...] [--metric M]
                     [--json] [--check TOLERANCE] [--list]

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

--check T exits 1 when a checked rewrite (all but the shown-only ones)
drops events F1 of any set by more than T (the ctest
`perturb_robustness`).
"""
import argparse
import html
import importlib.util
import json
import os
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
        yield name, docs, fold_names(gold)


def run(attache, shared, names):
    """{rewrite: {set: (scorer result, documents touched)}}, "none" first."""
    table = {}
    for set_name, docs, gold in studied(shared):
        base = scores.score(shared, gold, fold_names(extract(attache, docs)))
        table.setdefault("none", {})[set_name] = (base, 0)
        for name in names:
            new = [rewrite(name, d) for d in docs]
            touched = sum(d is not None for d in new)
            if touched:
                pred = fold_names(extract(attache, [n or d for n, d in zip(new, docs)]))
                result = scores.score(shared, gold, pred)
            else:
                result = base
            table.setdefault(name, {})[set_name] = (result, touched)
    return table


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("attache", nargs="?", default=os.path.join(ROOT, "build", "attache"))
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("--rewrite", action="append", choices=sorted(REWRITES), help="only these rewrites")
    ap.add_argument("--metric", choices=sorted(METRICS), default="events", help="the F1 shown (default events)")
    ap.add_argument("--json", action="store_true", help="every metric of every cell as JSON")
    ap.add_argument("--check", type=float, metavar="T",
                    help="exit 1 if a checked rewrite drops events F1 of a set by more than T")
    ap.add_argument("--list", action="store_true", help="list the rewrites")
    args = ap.parse_args()
    if args.list:
        for name, (fn, lang, _) in REWRITES.items():
            print(f"{name:18} {lang or 'both':5} {(fn.__doc__ or '').strip().splitlines()[0] if fn.__doc__ else ''}")
        return 0
    names = args.rewrite or [n for n, (_, _, checked) in REWRITES.items() if checked or args.check is None]
    table = run(args.attache, args.shared, names)

    if args.json:
        print(json.dumps({rw: {s: {m: METRICS[m](r) for m in METRICS} | {"touched": n} for s, (r, n) in row.items()}
                          for rw, row in table.items()}, indent=1))
    else:
        metric = METRICS[args.metric]
        print(f"{args.metric} F1 (date: accuracy) change per rewrite; (n) = documents the rewrite changed")
        print(f"{'rewrite':18}" + "".join(f"{s:>16}" for s in SETS))
        base = table["none"]
        print(f"{'none':18}" + "".join(f"{metric(base[s][0]):16.3f}" for s in SETS))
        for name in names:
            cells = []
            for s in SETS:
                r, n = table[name][s]
                d = metric(r) - metric(base[s][0])
                cells.append(f"{d:+10.3f} ({n:3d})" if n else f"{'':>16}")
            print(f"{name:18}" + "".join(cells))

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
