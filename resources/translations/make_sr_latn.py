#!/usr/bin/env python3
"""Writes vigil_sr_Latn.ts from vigil_sr.ts, and qtbase_sr_Latn.ts from qtbase_sr.ts: Serbian in Latin script is the same
language letter for letter (Vuk's alphabet and Gaj's Latin alphabet map one to
one), so its translations are derived, never kept by hand. Run it after every
change to either:

    python3 resources/translations/make_sr_latn.py
"""

import pathlib
import re

HERE = pathlib.Path(__file__).resolve().parent

LETTERS = {
    "А": "A", "Б": "B", "В": "V", "Г": "G", "Д": "D", "Ђ": "Đ", "Е": "E", "Ж": "Ž", "З": "Z", "И": "I",
    "Ј": "J", "К": "K", "Л": "L", "Љ": "Lj", "М": "M", "Н": "N", "Њ": "Nj", "О": "O", "П": "P", "Р": "R",
    "С": "S", "Т": "T", "Ћ": "Ć", "У": "U", "Ф": "F", "Х": "H", "Ц": "C", "Ч": "Č", "Џ": "Dž", "Ш": "Š",
}
LETTERS.update({k.lower(): v.lower() for k, v in list(LETTERS.items())})


def latin(text):
    out = []
    for i, c in enumerate(text):
        l = LETTERS.get(c, c)
        # A capital digraph in a word written in capitals stays all capitals: ЉУБАВ -> LJUBAV.
        if len(l) == 2 and c.isupper():
            nxt = text[i + 1] if i + 1 < len(text) else ""
            if nxt.isupper():
                l = l.upper()
        out.append(l)
    return "".join(out)


def main():
    for name in ("vigil", "qtbase"):
        source = (HERE / f"{name}_sr.ts").read_text(encoding="utf-8")
        # Only the translations change; the sources, contexts and comments are English.
        result = re.sub(r"(<translation[^>]*>)(.*?)(</translation>)",
                        lambda m: m.group(1) + latin(m.group(2)) + m.group(3), source, flags=re.S)
        result = result.replace('language="sr"', 'language="sr_Latn"')
        (HERE / f"{name}_sr_Latn.ts").write_text(result, encoding="utf-8")


if __name__ == "__main__":
    main()
