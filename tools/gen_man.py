#!/usr/bin/env python3
"""Writes the man page attache(1) from the program's own help, at build time:
`attache --help` (the synopsis and the list of commands), `attache --version`,
and `attache help CMD` for every command `attache help --commands` names
(commands that share one text, as the queries do, are one section). The help
text stays the only copy of what each option does.

    gen_man.py ATTACHE OUTPUT
"""
import subprocess
import sys


def run(exe, *args):
    return subprocess.run([exe, *args], capture_output=True, text=True, check=True).stdout


def roff(text):
    """Text for a no-fill block: backslashes escaped, no line read as a request."""
    out = []
    for line in text.rstrip("\n").split("\n"):
        line = line.replace("\\", "\\e").replace("-", "\\-")
        if line.startswith((".", "'")):
            line = "\\&" + line
        # groff reads ASCII: every other character as its \[uXXXX] escape
        out.append("".join(c if ord(c) < 128 else f"\\[u{ord(c):04X}]" for c in line))
    return "\n".join(out)


def main():
    exe, output = sys.argv[1:3]
    usage = run(exe, "--help")
    version = run(exe, "--version").split()[-1]
    commands = run(exe, "help", "--commands").split()
    tagline = usage.split("\n\n")[1].strip()
    body = usage.split("\n\n", 2)[2]
    page = [
        f'.TH ATTACHE 1 "" "attache {version}" "User Commands"',
        ".SH NAME",
        "attache \\- " + roff(tagline.rstrip(".").removeprefix("attache ")),
        ".SH SYNOPSIS",
        ".B attache",
        ".I command",
        "[\\fIoptions\\fR] [\\fIargs\\fR]",
        ".SH DESCRIPTION",
        ".nf",
        roff(body),
        ".fi",
        ".SH COMMANDS",
    ]
    seen = {}
    for name in commands:
        text = run(exe, "help", name)
        if text in seen:
            continue
        sharing = [c for c in commands if run(exe, "help", c) == text]
        seen[text] = sharing
        page += [".SS " + ", ".join(sharing), ".nf", roff(text), ".fi"]
    page += [
        ".SH FILES",
        "The lexicons and the data files of the exports are read from",
        "\\fB\\-\\-data\\fR \\fIDIR\\fR, else \\fB$ATTACHE_DATA\\fR, else",
        "\\fI<prefix>/share/attache/data\\fR beside the installed program;",
        "the web UI from \\fI<prefix>/share/attache/web\\fR (\\fB\\-\\-web\\fR, \\fB$ATTACHE_WEB\\fR).",
        ".SH SEE ALSO",
        "The README and docs/data-dictionary.md of the source tree; the library: attache.pc (pkg-config).",
    ]
    text = "\n".join(page) + "\n"
    with open(output, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
