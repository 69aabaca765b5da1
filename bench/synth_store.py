#!/usr/bin/env python3
"""Fills an attache database with a synthetic defense-diplomacy record of
N events (default one million) for the query benchmark: sources with one
sentence each, people, events with countries, areas and participants,
agreements, figures and relations, spread over 2000-2025. The schema is the
one `attache ingest` creates; run that first on any document.

    synth_store.py DB [EVENTS]
"""
import random
import sqlite3
import sys

db, n = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
rng = random.Random(42)
TYPES = ["reception", "talks", "visit", "dialogue", "multilateral", "signing", "port_call", "exercise", "exchange",
         "call", "meeting"]
AREAS = ["training", "peacekeeping", "war_legacy", "military_medicine", "defense_industry", "maritime_security"]
MECHS = ["ADMM", "ADMM-PLUS", "ARF", "SLD", "XSF"]
con = sqlite3.connect(db)
con.execute("PRAGMA journal_mode=WAL")
con.execute("PRAGMA synchronous=OFF")
countries = [r[0] for r in con.execute("SELECT code FROM countries WHERE code <> 'VN'")]
people = 20_000
con.executemany("INSERT OR IGNORE INTO people(id, name, name_key, country) VALUES (?, ?, ?, ?)",
                ((100000 + i, f"Person {i}", f"{i} person", rng.choice(countries + ["VN"] * 5)) for i in range(people)))
# name_key: the folded words of the name in sorted order, as attache keys people.
sources = n // 4
con.executemany("INSERT INTO sources(id, url, title, published, outlet, lang, content_hash, ingested_at) "
                "VALUES (?, NULL, ?, ?, 'synthetic', 'vi', 'x', '2025-01-01T00:00:00Z')",
                ((f"syn-{i}", f"Tin số {i}", f"{rng.randint(2000, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
                 for i in range(sources)))
con.executemany("INSERT INTO sentences(id, source_id, idx, start, end, text, folded) VALUES (?, ?, 0, 0, 10, ?, ?)",
                ((1_000_000 + i, f"syn-{i}", f"Bộ trưởng Quốc phòng tiếp đoàn số {i} về hợp tác quốc phòng.",
                  f"bo truong quoc phong tiep doan so {i} ve hop tac quoc phong.") for i in range(sources)))


def events():
    for i in range(n):
        t = rng.choice(TYPES)
        y, m, d = rng.randint(2000, 2025), rng.randint(1, 12), rng.randint(1, 28)
        yield (2_000_000 + i, t, f"{y}-{m:02d}-{d:02d}", None, None, rng.choice(countries),
               rng.choice(MECHS) if t == "multilateral" else None)


con.executemany("INSERT INTO events(id, type, date, date_end, place, location_country, mechanism) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)", events())
con.executemany("INSERT INTO event_sources(event_id, source_id, sentence_id) VALUES (?, ?, ?)",
                ((2_000_000 + i, f"syn-{i % sources}", 1_000_000 + i % sources) for i in range(n)))
con.executemany("INSERT OR IGNORE INTO event_countries(event_id, country) VALUES (?, ?)",
                ((2_000_000 + i, c) for i in range(n) for c in ("VN", rng.choice(countries))))
con.executemany("INSERT OR IGNORE INTO event_areas(event_id, area) VALUES (?, ?)",
                ((2_000_000 + i, rng.choice(AREAS)) for i in range(n) if i % 3 == 0))
con.executemany("INSERT OR IGNORE INTO participants(event_id, person_id, source_id, rank, position, country) "
                "VALUES (?, ?, ?, 'Đại tướng', 'Bộ trưởng Bộ Quốc phòng', NULL)",
                ((2_000_000 + i, 100000 + rng.randrange(people), f"syn-{i % sources}") for i in range(n) for _ in range(2)))
con.executemany("INSERT INTO relations(source_id, sentence_id, country_a, country_b, framework, as_of) "
                "VALUES (?, ?, 'VN', ?, 'strategic_partnership', ?)",
                ((f"syn-{i}", 1_000_000 + i, rng.choice(countries), f"{rng.randint(2000, 2025)}") for i in range(n // 100)))
con.executemany("INSERT INTO figures(source_id, sentence_id, metric, value, qualifier, as_of, subject) "
                "VALUES (?, ?, 'defense_partners', ?, 'more_than', ?, 'VN')",
                ((f"syn-{i}", 1_000_000 + i, 50 + i % 60, f"{2000 + i % 26}-01-01") for i in range(n // 1000)))
con.commit()
con.execute("ANALYZE")
con.close()
print(f"synthetic database {db}: {n} events, {sources} sources, {people} people")
