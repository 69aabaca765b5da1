#!/usr/bin/env python3
"""Writes docs/data-dictionary.md from data/export_columns.tsv, the one list of
the exported tables and their columns (`attache export --format schema` prints
the same file as JSON). With --check, fails when the page is not current.

    python3 tools/gen_data_dictionary.py [--check]
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCE = os.path.join(ROOT, "data", "export_columns.tsv")
PAGE = os.path.join(ROOT, "docs", "data-dictionary.md")


def render():
    rows = []
    with open(SOURCE, encoding="utf-8") as f:
        lines = [line.rstrip("\n") for line in f if not line.startswith("#") and line.strip()]
    for line in lines[1:]:
        rows.append(line.split("\t"))
    out = ["# Data dictionary", "",
           "The tables `attache export --format csv|jsonl --table TABLE` writes (and",
           "`/api/export?format=csv&table=TABLE`), column by column. Ids join across",
           "tables: `event_id`, `person_id`, `agreement_id`, `source_id`. Where a value",
           "would be a list (an event's states, areas, documents, people), it is a table",
           "of its own with one row per value. Empty cells (CSV) and `null` (JSON Lines)",
           "mean unknown. `attache export --format schema` gives the same as JSON.", "",
           "Generated from `data/export_columns.tsv` by `tools/gen_data_dictionary.py`;",
           "edit that file, not this page.", ""]
    for table, column, kind, description in rows:
        if column == "-":
            out += [f"## {table}", "", description, "", "| column | type | description |", "|---|---|---|"]
        else:
            out.append(f"| `{column}` | {kind} | {description.replace('|', chr(92) + '|')} |")
            continue
    text = "\n".join(out) + "\n"
    # a blank line after each table
    return text.replace("\n## ", "\n\n## ").replace("\n\n\n## ", "\n\n## ")


def main():
    text = render()
    if "--check" in sys.argv[1:]:
        with open(PAGE, encoding="utf-8") as f:
            if f.read() != text:
                sys.exit(f"{PAGE} is not current: run python3 tools/gen_data_dictionary.py")
        return
    os.makedirs(os.path.dirname(PAGE), exist_ok=True)
    with open(PAGE, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
